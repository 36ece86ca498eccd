"""Asked whether a talk has an overflow or stream room, the answer lists the talk beside its
relay (the same title with an aside, at the same time in another hall), so both rooms are
told; the words asking for it name nothing to search for."""

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


async def test_a_talks_relay_hall_is_told_beside_its_own(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "relay",
            "31c3",
            "the fnord show: is there an overflow saal, and where",
            expect=("Saal 1", "Saal 2", "00:15"),
            forbid=("Nothing matches",),
        ),
        Blind(
            "stream room",
            "31c3",
            "security nightmares has a stream room?",
            expect=("Saal 1", "Saal 6"),
        ),
    )
