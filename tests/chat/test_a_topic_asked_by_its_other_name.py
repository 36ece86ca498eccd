"""A topic asked by another of its names ('adversarial attacks' for adversarial robustness)
lists the topic: the words of that name describe no one talk of it, so no talk is offered
instead."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
ROBUST = ("Are adversarial examples inevitable", "Robustness May Be at Odds with Accuracy")


async def test_the_topic_is_listed_by_its_other_name(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("en", ICLR, "what got published on adversarial attacks?", expect_any=ROBUST),
        Blind("zh", ICLR, "关于对抗攻击都有哪些论文", locale="zh-CN", expect_any=ROBUST),
    )  # fmt: skip
