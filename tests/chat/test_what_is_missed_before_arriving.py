"""What the asker misses before the hour they get in, asked in English (wordings of this
file's own): what starts before that hour on the day said, as 'before 1pm' asks, where
before 'by then' was read as a speaker's name, or the hour as the moment asked."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CCC = "31c3"


@pytest.mark.imported_schedules
@pytest.mark.parametrize(
    "ask",
    [
        "my train gets into hamburg at 1pm on saturday, what'll i have missed by then",
        "landing in hamburg around 1pm saturday — what will i miss?",
    ],
)
async def test_what_starts_before_the_asker_gets_in_is_what_they_miss(
    store: Store, database_url: str, ask: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "missed",
            CCC,
            ask,
            now="2014-12-26T21:00:00+01:00",
            expect=("31C3 Opening Event", "3D Casting Aluminum"),
            forbid=("SCADA StrangeLove",),
        ),
    )
