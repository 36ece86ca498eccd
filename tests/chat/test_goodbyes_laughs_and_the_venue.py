"""Messages to the channel that ask the programme nothing: a goodbye naming where we will meet,
asking who else has arrived, a story told with a laugh that happens to name a talk's word, and a
grumble about a room's heating, an invitation to go and eat. None of them turns into a search or
a room's listing."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
NOT_FOUND = ("Nothing matches", "No paper matches", "did you mean")


async def test_a_goodbye_naming_an_event_is_a_goodbye(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "bye",
            "iclr2019",
            "alright bye, see you all at the reception tonight",
            expect=("See you there",),
            forbid=NOT_FOUND,
        ),
    )


async def test_asking_who_else_has_arrived_is_not_the_programme(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "else",
            "iclr2019",
            "morning all, who else is here at the venue this early",
            forbid=("Poster session", "Invited talk", *NOT_FOUND),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_story_told_with_a_laugh_is_not_a_search(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "laugh",
            "39c3",
            "met my entire hackspace at the coat check haha",
            forbid=("Hackspace Beyond Hacking", *NOT_FOUND),
        ),
        Blind("invite", "camp2019", "lockpicking haha anyone", expect=("Lockpicking",)),
    )


@pytest.mark.imported_schedules
async def test_the_heating_of_a_room_is_not_its_programme(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "heat",
            "31c3",
            "saal 2 is boiling, who turned the heating up",
            forbid=("Saal 2", *NOT_FOUND),
        ),
    )


@pytest.mark.imported_schedules
async def test_an_invitation_to_go_and_eat_is_not_a_search(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "falafel",
            "31c3",
            "anybody up for falafel after this one? 🧆",
            forbid=("Saal", *NOT_FOUND),
        ),
        Blind("kebab", "39c3", "anyone fancy a kebab later", forbid=("Saal", *NOT_FOUND)),
    )
