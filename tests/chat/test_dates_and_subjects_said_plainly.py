"""A date with its month in three letters ('aug 23', as the Chinese '8月' is read) is that day
of the conference; and subjects said plainly in Spanish and Chinese find the papers on them
(wordings of this file's own)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what is read from a question does not depend on the store; the blind sets "
        "grade retrieval on both backends"
    ),
]
ICLR, CAMP = "iclr2019", "camp2019"
ES, ZH = "es-ES", "zh-CN"


async def test_a_month_in_three_letters_names_the_day(store: Store, database_url: str) -> None:
    """Curie at 22:00 on Friday 23 August holds the KRITIS talk."""
    await asked(
        store,
        database_url,
        Blind("aug-en", CAMP, "curie, aug 23, 10pm - what's running?", expect=("KRITIS",)),
        Blind("aug-zh", CAMP, "8月23日晚上10点 Curie 有什么", locale=ZH, expect=("KRITIS",),
              language_words=("月",)),
    )  # fmt: skip


async def test_subjects_said_plainly_find_their_papers(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("communities-es", ICLR, "hay trabajos para detectar comunidades en una red?",
              locale=ES, expect=("Community Detection",)),
        Blind("complement-es", ICLR, "lo del objetivo complementario cuando es?", locale=ES,
              expect=("Complement Objective Training",)),
        Blind("unknown-zh", ICLR, "有没有讲生成模型不知道自己不知道的论文", locale=ZH,
              expect=("Do Deep Generative Models Know",)),
    )  # fmt: skip
