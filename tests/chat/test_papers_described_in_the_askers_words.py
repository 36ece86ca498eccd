"""Papers and talks described in the asker's own words, in German, Spanish and Chinese, where
the titles say it in English ("mathematische Sätze beweisen" for theorem proving, "el estado
del mundo", "可切换归一化", "芯片开封"): the subject lexicon reads them, and a phrase of how
the question is asked ("kam sowas vor", "a qué hora exacta", "como está el mundo ahora") is
not left over as a word to search, nor read as asking what is on now."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked
from tests.chat.conftest import CCC

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
NOTHING = ("No paper matches", "Nothing matches", "did you mean")


def _found(name: str, locale: str, wording: str, *expect: str, conference: str = ICLR) -> Blind:
    return Blind(name, conference, wording, locale=locale, expect=expect, forbid=NOTHING)


async def test_papers_described_in_german_are_found(store: Store, database_url: str) -> None:
    """Before, 'nichts gefunden': the German words were searched as typed."""
    await asked(
        store,
        database_url,
        _found(
            "theorems",
            "de",
            "gibts ne lernumgebung, in der ein modell mathematische sätze beweisen lernt?",
            "GamePad",
        ),
        _found(
            "theorems-came-up",
            "de",
            "automatisches beweisen in einer lernumgebung, kam so was vor?",
            "GamePad",
        ),
        _found(
            "preferences",
            "de",
            "kann man menschliche präferenzen am zustand der welt erkennen? paper dazu?",
            "Preferences Implicit",
        ),
        _found(
            "restarts",
            "de",
            "bringen neustarts der lernrate und warmup wirklich was? wer hat das untersucht",
            "Deep Learning Heuristics",
        ),
    )


async def test_papers_described_in_spanish_are_found(store: Store, database_url: str) -> None:
    """Before, a topic beside them or what runs now ('ahora'): the Spanish words were left
    over."""
    await asked(
        store,
        database_url,
        _found(
            "baby",
            "es",
            "hay una plataforma para ver cuántos datos hacen falta para aprender el lenguaje?",
            "BabyAI",
        ),
        _found(
            "scenes", "es", "algún trabajo para describir escenas mediante programas?", "Scenes"
        ),
        _found(
            "world",
            "es",
            "deducir preferencias humanas a partir de cómo está el mundo ahora, existe eso?",
            "Preferences Implicit",
        ),
        _found(
            "ordered",
            "es",
            "las neuronas ordenadas, a qué hora exacta es?",
            "10:30",
        ),
    )


async def test_papers_and_a_talk_described_in_chinese_are_found(
    ccc: None, store: Store, database_url: str
) -> None:
    """Before, the nearest topic (batch normalization, optimizers) or nothing."""
    await asked(
        store,
        database_url,
        _found("switchable", "zh-CN", "有没有可切换归一化的论文", "Switchable Normalization"),
        _found("sets", "zh-CN", "通过优化排列学习集合表示的论文", "Optimized Permutations"),
        _found("decap", "zh-CN", "有没有讲芯片开封的演讲", "Uncaging Microchips", conference=CCC),
    )


async def test_a_reply_asking_for_another_country_finds_its_talk(
    ccc: None, store: Store, database_url: str
) -> None:
    """Internet voting in Estonia, then in 'another country': Norway's talk."""
    await asked(
        store,
        database_url,
        Blind(
            "estonia",
            CCC,
            "onlinewahlen in estland, gab es da einen vortrag?",
            locale="de",
            expect=("Estonia",),
            forbid=NOTHING,
        ),
        Blind(
            "norway",
            CCC,
            "und zu wahlen übers internet in einem anderen land?",
            locale="de",
            reply_to="estonia",
            expect=("Norway",),
            forbid=NOTHING,
        ),
    )
