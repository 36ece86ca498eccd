"""A reply to one paper's card asking what else its session holds ('and the rest of that
block?', '同一场次里还有别的吗') gets that session in full, with the papers beside the one
shown, not the other work of the paper's authors."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a reply points at does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


async def test_a_reply_asking_for_the_rest_of_the_block_lists_its_papers(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("paper", ICLR, "ordered neurons paper, when is its oral?",
              expect=("Ordered Neurons",)),
        Blind("block", ICLR, "what other papers are in that session?", reply_to="paper",
              expect=("Pay Less Attention", "Neuro-Symbolic")),
        Blind("zh-paper", ICLR, "有序神经元那篇什么时候讲", locale="zh-CN",
              expect=("Ordered Neurons",)),
        Blind("zh-block", ICLR, "同一场次里还有别的吗", locale="zh-CN", reply_to="zh-paper",
              expect=("Pay Less Attention", "Neuro-Symbolic")),
    )  # fmt: skip
