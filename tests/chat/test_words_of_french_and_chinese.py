"""Words of French and Chinese questions the catalogues read: subjects said the French way
('compression d'images … de bout en bout', 'sans rétropropagation'), the board a paper is on
('sur quel panneau'), how to see the programme ('comment on voit'), who gives the opening's
words ('致辞'), a title's words ('三种机制') and the conference's one-line summaries
('一句话摘要')."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


@pytest.mark.imported_schedules
async def test_french_words_of_a_subject_and_of_the_programme_are_read(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "compression",
            ICLR,
            "un papier sur la compression d'images optimisée de bout en bout ?",
            expect=("Context-adaptive Entropy Model",),
            locale="fr",
        ),
        Blind(
            "backprop",
            ICLR,
            "apprendre sans rétropropagation, quelqu'un a essayé ?",
            expect=("Initialized Equilibrium Propagation",),
            locale="fr",
        ),
        Blind("slalom", ICLR, "le papier slalom", locale="fr"),
        Blind(
            "board",
            ICLR,
            "c'est sur quel panneau ?",
            reply_to="slalom",
            expect=("#44",),
            forbid=("Auteurs",),
            locale="fr",
        ),
        Blind(
            "programme",
            ICLR,
            "comment on voit le programme de jeudi avec le bot ?",
            expect=("/schedule",),
            locale="fr",
        ),
    )


@pytest.mark.imported_schedules
async def test_chinese_words_of_the_opening_and_of_the_summaries_are_read(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("remarks", ICLR, "开幕式上是谁致辞的", expect=("Rush",), locale="zh-CN"),
        Blind(
            "mechanisms",
            ICLR,
            "讲权重衰减有三种机制的论文 作者有谁",
            expect=("Grosse",),
            locale="zh-CN",
        ),
        Blind(
            "summaries",
            ICLR,
            "有没有把论文做成一句话摘要的网站",
            expect=("paperdigest.org",),
            locale="zh-CN",
        ),
    )
