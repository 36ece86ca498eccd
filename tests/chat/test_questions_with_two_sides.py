"""Questions that name a thing twice over: two parts of a day set side by side ('the morning
ones vs the afternoon ones') ask for the whole day; a word of a topic's name said beside its
other name ('domain shift / adaptation') asks for that topic; 'where is it being held' asks
where the conference is."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_two_parts_of_a_day_side_by_side_ask_for_both(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "both",
            "iclr2019",
            "wednesday poster sessions, morning ones versus afternoon ones?",
            expect=("11:00", "16:30"),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_topic_said_in_two_names_is_that_topic(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "topic",
            "iclr2019",
            "when are the domain shift / adaptation posters on",
            expect=("Poster session", "16:30"),
        ),
    )


@pytest.mark.imported_schedules
async def test_where_it_is_being_held_is_the_venue(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "venue",
            "iclr2019",
            "which building is the conference being held in",
            expect=("Ernest N. Morial Convention Center",),
        ),
    )
