"""A topic asked in another language opens with a sentence in it, saying how many sessions
and papers the topic holds ("Es gibt 1 Sitzung. 10 Paper handeln davon."), as a reader of
that language expects before a card of labels; an English topic card opens as it always
has. Wordings of this file's own."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

ICLR = "iclr2019"
QUANTIZED = "Relaxed Quantization for Discretized Neural Networks"

ASKED = (
    Blind(
        "de",
        ICLR,
        "was gibts so zum thema quantisierung?",
        locale="de",
        expect=(QUANTIZED, "Sitzung", "Paper handeln davon"),
    ),
    Blind(
        "fr",
        ICLR,
        "des papiers sur la quantification ?",
        locale="fr",
        expect=(QUANTIZED, "articles portent sur ce sujet"),
    ),
    Blind(
        "es",
        ICLR,
        "papers sobre cuantización?",
        locale="es-ES",
        expect=(QUANTIZED, "artículos sobre el tema"),
    ),
    Blind("zh", ICLR, "量化相关的论文有哪些", locale="zh-CN", expect=(QUANTIZED, "篇论文与此有关")),
    Blind("en", ICLR, "papers on quantization", expect=(QUANTIZED,), forbid=("are about it",)),
)


async def test_a_topic_card_opens_with_how_many_sessions_and_papers_it_holds(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)
