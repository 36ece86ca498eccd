"""Subjects asked in Spanish and Chinese in the everyday and technical words of the
language (wordings of this file's own), read as the English words of the conferences' own
titles, keywords and descriptions: an evolutionary method mixed with gradients, gradients
gone stale in asynchronous training, atomic bombs at the congress, and papers from an
institute named in the asker's language."""

from __future__ import annotations

import pytest

from bot.chat.glossary import glossary
from bot.imports.service import import_source
from bot.store.setup import Store
from tests.chat.blind import SCHEDULES, Blind, asked
from tests.conftest import venue_time

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

ICLR = "iclr2019"
CONGRESS = "31c3"
NOTHING = ("No paper matches", "Nothing matches", "did you mean")


def _found(locale: str, conference: str, wording: str, shown: str) -> Blind:
    return Blind(
        f"vocabulary-{locale}", conference, wording, locale=locale, expect=(shown,), forbid=NOTHING
    )


@pytest.fixture
async def congress(store: Store) -> None:
    """31C3's public schedule (Frab XML), imported as `confbot import` does."""
    await import_source(
        store, str(SCHEDULES / "31c3.xml"), CONGRESS, venue_time("2019-05-01T12:00")
    )


async def test_a_paper_asked_in_the_languages_own_words_is_found(
    store: Store, database_url: str
) -> None:
    """Before, the words were searched as typed and no title held them."""
    await asked(
        store,
        database_url,
        _found(
            "es",
            ICLR,
            "algun trabajo que combine estrategias evolutivas y gradientes para buscar politicas",
            "CEM-RL",
        ),
        _found("zh-CN", ICLR, "有没有研究异步训练里梯度过时问题的论文", "Staleness"),
    )


async def test_a_talk_asked_in_everyday_spanish_is_found(
    congress: None, store: Store, database_url: str
) -> None:
    """Before, "bombas atómicas" matched nothing at the congress."""
    await asked(
        store,
        database_url,
        _found("es", CONGRESS, "alguna charla sobre bombas atomicas?", "Nuclear Weapons"),
    )


async def test_papers_from_an_institute_named_in_spanish_or_chinese(
    store: Store, database_url: str
) -> None:
    """Before, "universidad" alone was read as "university" (showing Stanford's papers) and
    SenseTime's Chinese name matched nothing."""
    await asked(
        store,
        database_url,
        _found("es", ICLR, "que articulos hay de la universidad de chile", "Turing Completeness"),
        _found("zh-CN", ICLR, "商汤科技在这次会议上发了哪些论文", "Switchable Normalization"),
    )


def test_a_subject_is_read_as_the_english_of_the_conferences_text() -> None:
    """The lexicons list the field's words beside the everyday ones."""
    assert glossary("es").gloss("redes estrechas")[0] == "skinny networks"
    assert glossary("es").gloss("normalizacion por lotes")[0] == "batch normalization"
    assert glossary("zh").gloss("知识蒸馏")[0] == "knowledge distillation"
    assert glossary("zh").gloss("核武器")[0] == "nuclear weapons"
