"""An hour asked just after it struck is the session just begun, for someone arriving late;
Spanish and Chinese words of this file's own for running late, for an hour a talk is named
by, for grid cells, for deep and narrow networks approximating any function, for adversarial
reprogramming, for the conference's very last evening and for saved sessions that clash."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
ES, ZH = "es-ES", "zh-CN"
THURSDAY_MORNING = "2019-05-09T09:25:00-05:00"
THURSDAY_NIGHT = "2019-05-09T20:30:00-05:00"


async def test_an_hour_just_gone_is_the_session_just_begun(store: Store, database_url: str) -> None:
    """At 9:25, 'the talk at 9' is the keynote that began this morning, not 21:00."""
    await asked(
        store,
        database_url,
        Blind("en", ICLR, "who is giving the talk at 9?", now=THURSDAY_MORNING,
              expect=("Lapata",)),
        Blind("es", ICLR, "voy con retraso, quién da la charla de las 9?", locale=ES,
              now=THURSDAY_MORNING, expect=("Lapata",)),
    )  # fmt: skip


async def test_papers_described_in_spanish(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("grid", ICLR, "hay trabajos sobre celdas de rejilla?", locale=ES,
              expect=("Grid Cells",)),
        Blind("skinny", ICLR, "una red profundísima pero estrechita puede aproximar cualquier "
              "función?", locale=ES, expect=("Skinny",)),
    )  # fmt: skip


async def test_papers_and_the_programme_asked_in_chinese(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("reprogram", ICLR, "对抗性重编程有论文吗", locale=ZH,
              expect=("Adversarial Reprogramming",)),
        Blind("evening", ICLR, "最后一晚有啥活动", locale=ZH, now=THURSDAY_NIGHT,
              expect=("Closing reception",)),
        Blind("clash", ICLR, "收藏的场次时间撞了你会说吗", locale=ZH,
              expect_any=("/agenda",)),
    )  # fmt: skip
