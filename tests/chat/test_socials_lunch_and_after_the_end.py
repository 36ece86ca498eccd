"""Small things an attendee asks of the programme: the social events as a list, when the
lunch break ends as well as when it starts, the evening once the asker is done with the
posters, and the day after the conference answered with when it ended."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_the_social_events_are_listed(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "socials",
            "iclr2019",
            "show me the social events pls",
            expect=("Sponsor parties", "Closing reception"),
        ),
    )


async def test_lunch_is_given_with_its_end(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("lunch", "iclr2019", "when do we get lunch", expect=("13:00–14:30",)),
    )


async def test_done_with_the_posters_asks_the_evening_from_now(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "done",
            "iclr2019",
            "finished with the posters, anything for tonight?",
            now="2019-05-08T18:40:00-05:00",
            expect=("Sponsor parties",),
        ),
    )


async def test_the_day_after_the_end_says_when_it_ended(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "after",
            "iclr2019",
            "stayed an extra day, is there still something on today?",
            now="2019-05-10T11:00:00-05:00",
            expect=("9 May",),
        ),
    )
