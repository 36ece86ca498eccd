"""A reply asking how long the session shown runs is told its length beside its times, so
the asker can plan around it without working out the difference."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_a_sessions_length_is_told_beside_its_times(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("keynote", "iclr2019", "the bottou keynote"),
        Blind(
            "long",
            "iclr2019",
            "how long is that one?",
            reply_to="keynote",
            expect=("14:30", "(45 min)"),
        ),
    )
