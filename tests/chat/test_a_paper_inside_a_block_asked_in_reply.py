"""A reply naming one paper of the oral block an answer showed ('the tree structures one,
when does it start?') is told that paper's own slot inside the block, not the block's hour."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
THURSDAY_MORNING = "2019-05-09T10:02:00-05:00"


@pytest.mark.imported_schedules
async def test_a_paper_named_in_reply_to_its_block_gets_its_own_slot(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "block",
            ICLR,
            "what's going on in great hall ad at the moment",
            now=THURSDAY_MORNING,
            expect=("Thursday morning orals",),
        ),
        Blind(
            "tree",
            ICLR,
            "the tree structures one, when does it start?",
            now=THURSDAY_MORNING,
            reply_to="block",
            expect=("Ordered Neurons", "10:30"),
            forbid=("09:45",),
        ),
        Blind(
            "tree-zh",
            ICLR,
            "树结构那个几点",
            now=THURSDAY_MORNING,
            reply_to="block",
            expect=("Ordered Neurons", "10:30"),
            forbid=("09:45",),
            locale="zh-CN",
        ),
        Blind(
            "block-again",
            ICLR,
            "when does it end?",
            now=THURSDAY_MORNING,
            reply_to="block",
            expect=("Thursday morning orals", "10:45"),
        ),
    )
