"""A paper described in the asker's own Spanish or Chinese words rather than by its title
('el de componer habilidades complejas aprendiendo políticas de transición', '拟双曲动量那篇')
is found by the words of its title, and asking for its poster board ('en qué panel está',
'展板编号是几') shows its card with the board rather than searching for the word 'board'."""

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


@pytest.mark.parametrize(
    ("locale", "question", "expect"),
    [
        (
            "es-ES",
            "número de tablero del paper que dice que la robustez adversaria puede estar reñida "
            "con la precisión?",
            ("Robustness May Be at Odds with Accuracy", "#32"),
        ),
        (
            "es-ES",
            "el de componer habilidades complejas aprendiendo políticas de transición, en qué "
            "panel está?",
            ("Composing Complex Skills by Learning Transition Policies",),
        ),
        (
            "es-ES",
            "en qué tablero está el estudio de olvido catastrófico orientado a aplicaciones?",
            ("application-oriented study of catastrophic forgetting", "#35"),
        ),
        ("es-ES", "hay algo sobre aprender con muy poquitos ejemplos?", ("few-shot",)),
        (
            "zh-CN",
            "灾难性遗忘那篇面向应用的研究，展板编号是几？",
            ("application-oriented study of catastrophic forgetting", "#35"),
        ),
        ("zh-CN", "拟双曲动量那篇有代码吗", ("Quasi-hyperbolic momentum",)),
        (
            "zh-CN",
            "用GAN在图像不同位置生成多个物体的那篇什么时候展示？",
            ("Generating Multiple Objects at Spatially Distinct Locations", "11:00"),
        ),
    ],
)
async def test_a_paper_described_is_found_by_its_titles_words(
    store: Store, database_url: str, locale: str, question: str, expect: tuple[str, ...]
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "described",
            "iclr2019",
            question,
            locale=locale,
            expect=expect,
            forbid=("Sin resultados", "未找到", "Nothing matches"),
        ),
    )
