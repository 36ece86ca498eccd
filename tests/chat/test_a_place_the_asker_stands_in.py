"""Where the asker has just arrived or stands ('finally made it to the venue', 'this hall is
empty') is their own situation: the question after it is answered, not the venue's card nor
that hall's programme alone."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_arriving_at_the_venue_asks_only_the_question_after(
    store: Store, database_url: str
) -> None:
    """Before, the venue's words brought up the conference's card."""
    await asked(
        store,
        database_url,
        Blind(
            "arrived",
            "iclr2019",
            "finally made it to the convention centre! what's first today",
            now="2019-05-06T08:05:00-05:00",
            expect=("Opening remarks", "08:45"),
            forbid=("Seventh International Conference",),
        ),
    )


async def test_an_empty_hall_asks_what_runs_elsewhere(store: Store, database_url: str) -> None:
    """Before, the hall named kept the answer to that hall, where nothing ran."""
    await asked(
        store,
        database_url,
        Blind(
            "empty",
            "iclr2019",
            "great hall looks empty... where's everybody?",
            now="2019-05-06T11:15:00-05:00",
            expect=("On now", "Workshop"),
            forbid=("Nothing scheduled",),
        ),
    )
