"""What opens or closes the programme, in other words: 'the earliest session' of a day, 'the
last thing before everybody heads home', and the first of a topic ('the earliest dj set'),
not of the whole day."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_earliest_and_before_heading_home(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "earliest",
            "39c3",
            "earliest session on sunday the 28th?",
            expect=("Junghacker:innentag", "10:00"),
        ),
        Blind(
            "home",
            "39c3",
            "what is the final thing before everybody heads home",
            now="2025-12-30T13:00:00+01:00",
            expect=("Closing Ceremony", "16:00"),
        ),
    )


@pytest.mark.imported_schedules
async def test_the_first_of_a_topic_is_the_first_of_that_topic(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "dj",
            "camp2019",
            "when's the earliest dj set at camp",
            expect=("Rockmore Booth", "17:00"),
            forbid=("Opening Ceremony",),
        ),
    )
