"""Two words said next to each other as a paper says them ('reward function') tell more than
either word alone, which many papers hold apart: the paper saying them so is the one
described, not the topic they share."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_a_paper_found_by_a_phrase_it_uses(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "skills",
            "iclr2019",
            "robots learning a wide range of behaviours with no reward function",
            expect=("Diversity is All You Need",),
        ),
    )
