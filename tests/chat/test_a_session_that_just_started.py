"""A session said to have just started is the one running now: "which oral just started",
"quel oral vient de commencer", "qué oral acaba de empezar", "刚开始的是哪个口头报告" name the
orals on at that moment, not every oral of the conference. Wordings of this file's own."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

ICLR = "iclr2019"
WEDNESDAY = "2019-05-08T09:52:00-05:00"
ON_NOW = {
    "expect": ("Wednesday morning orals", "mutual information"),
    "forbid": ("Monday morning orals",),
}

ASKED = (
    Blind("en", ICLR, "what oral has just started?", now=WEDNESDAY, **ON_NOW),
    Blind(
        "fr", ICLR, "c'est quoi l'oral qui vient de commencer", locale="fr", now=WEDNESDAY, **ON_NOW
    ),
    Blind(
        "es", ICLR, "cual es el oral que acaba de empezar", locale="es-ES", now=WEDNESDAY, **ON_NOW
    ),
    Blind("zh", ICLR, "刚开始的是哪个口头报告", locale="zh-CN", now=WEDNESDAY, **ON_NOW),
)


async def test_a_session_that_just_started_is_the_one_on_now(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)
