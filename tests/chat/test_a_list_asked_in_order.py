"""Asking for a list in time order ('in order', 'chronologically', 'sorted by time') says how
to lay the answer out, not what to look for: lists already run in time order, so the words
never turn the question into a search for a paper about ordering."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_every_keynote_asked_in_order_lists_them_all(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "keynotes",
            "iclr2019",
            "could u give me the keynotes chronologically",
            expect=("Dwork", "Bottou", "Goodfellow", "Lapata"),
        ),
        Blind(
            "in-order",
            "iclr2019",
            "list the invited speakers in time order",
            expect=("Shuckburgh", "Oudeyer", "Tufekci"),
            forbid=("Ordered Neurons",),
        ),
    )
