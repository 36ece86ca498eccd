"""A quarter past or to an hour is a time of day: 'a quarter past five' is 17:15, 'quarter to
one' 12:45, and what runs then answers (wordings of this file's own, at 31C3)."""

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


async def test_a_quarter_past_or_to_an_hour_asks_what_runs_then(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "past",
            "31c3",
            "on monday what begins at a quarter past five?",
            expect=("Nuclear Weapons", "Authorship Attribution"),
        ),
        Blind(
            "to",
            "31c3",
            "tuesday at quarter to one, which talks are on",
            expect=("Diamonds", "Attribution revolution"),
        ),
    )
