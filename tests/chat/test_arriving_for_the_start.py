"""Whether one arriving makes it for the start: the hour the asker arrives at is theirs, not
asked, and the start of the day named is answered with what opens it (wordings of this file's
own, the evening before 39C3 and 31C3)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what a question means does not depend on the store; the blind sets grade "
        "retrieval on both backends"
    ),
]


async def test_the_start_is_shown_to_one_arriving_at_an_hour(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "bus",
            "39c3",
            "my bus gets to hamburg at 8 tomorrow, can i make it for the start",
            now="2025-12-26T21:00:00+01:00",
            expect=("Opening Ceremony", "10:30"),
        ),
        Blind(
            "arriving",
            "31c3",
            "arriving in hamburg at 10 tomorrow, will i be there before the beginning?",
            now="2014-12-26T20:00:00+01:00",
            expect=("Opening Event", "11:00"),
        ),
    )
