"""A paper or talk asked for by its subject in the asker's own language (wordings of this
file's own): German, French, Spanish and Chinese name what it is about in their words
("Empfehlungssysteme", "plongements en boîtes", "optimización binivel", "推荐系统") where the
conference's titles, keywords and descriptions use English ones; the subject lexicon reads one
as the other. A subject nothing at the conference is about still gets "nothing", in the
question's language."""

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
CONGRESS = "39c3"
NOTHING = ("No paper matches", "Nothing matches", "did you mean")
NAVIGATION = "Celestial navigation with very little math"
"""39C3's talk on finding one's way by the stars, titled and described in English."""


def _subject(locale: str, wording: str, paper: str, word: str) -> Blind:
    return Blind(
        f"subject-{locale}",
        ICLR,
        wording,
        locale=locale,
        expect=(paper,),
        forbid=NOTHING,
        language_words=(word,),
    )


def _nonsense(locale: str, conference: str, wording: str) -> Blind:
    return Blind(f"nonsense-{locale}", conference, wording, locale=locale, nothing=True)


async def test_a_subject_asked_in_each_language_finds_its_paper(
    store: Store, database_url: str
) -> None:
    """Before, the subject's words were searched as typed and nothing matched them."""
    await asked(
        store,
        database_url,
        _subject("de", "Gibt es Arbeiten über Empfehlungssysteme?", "List-CVAE", "Autoren"),
        _subject(
            "fr",
            "quelque chose sur les plongements en boîtes ?",
            "Probabilistic Box Embeddings",
            "de",
        ),
        _subject(
            "es",
            "hay trabajos sobre la optimización binivel de hiperparámetros?",
            "Self-Tuning Networks",
            "de",
        ),
        _subject("zh-CN", "有没有推荐系统相关的论文", "List-CVAE", "作者"),
    )


async def test_pushing_objects_and_planning_said_in_spanish_finds_its_paper(
    store: Store, database_url: str
) -> None:
    """The verbs a robotics paper is described by ("empujar", "planear") are read as the
    English its title and keywords use."""
    await asked(
        store,
        database_url,
        _subject(
            "es",
            "algún artículo de empujar objetos para luego planear?",
            "Reasoning About Physical Interactions",
            "de",
        ),
    )


def _talk(locale: str, wording: str, word: str) -> Blind:
    return Blind(
        f"talk-{locale}",
        CONGRESS,
        wording,
        locale=locale,
        expect=(NAVIGATION,),
        forbid=NOTHING,
        language_words=(word,),
    )


@pytest.fixture
async def congress(store: Store) -> None:
    """39C3's public schedule (pretalx JSON), imported as `confbot import` does."""
    await import_source(
        store, str(SCHEDULES / "39c3.json"), CONGRESS, venue_time("2019-05-01T12:00")
    )


async def test_a_subject_asked_in_each_language_finds_its_talk(
    congress: None, store: Store, database_url: str
) -> None:
    """Before, "nothing matches": no talk says the subject in the asker's words."""
    await asked(
        store,
        database_url,
        _talk("de", "gibts nen Vortrag zur Himmelsnavigation?", "Montag"),
        _talk("fr", "un talk sur la navigation astronomique ?", "lundi"),
        _talk("es", "¿alguna charla de navegación astronómica?", "lunes"),
        _talk("zh-CN", "有讲天文导航的讲座吗", "星期一"),
    )


def test_a_subject_phrase_is_read_as_the_english_the_conference_uses() -> None:
    """Longest phrase first, and for Chinese, cut out of a question written without spaces."""
    assert glossary("de").gloss("dialogsystemen")[0] == "dialogue systems"
    assert glossary("fr").gloss("restauration d images")[0] == "image restoration"
    assert glossary("es").gloss("series temporales")[0] == "time series"
    assert glossary("zh").gloss("时间序列异常检测")[0] == "time series anomaly detection"


def test_a_subject_phrase_the_conference_holds_as_typed_stays_as_typed() -> None:
    """A German talk that says "Raketen" is found by the word as typed."""
    held = {"raketen"}.__contains__
    assert glossary("de").gloss("raketen", held=held)[0] == "raketen"
    assert glossary("de").gloss("raketen")[0] == "rockets"


async def test_a_subject_nothing_is_about_gets_nothing_in_each_language(
    store: Store, database_url: str
) -> None:
    """Words no lexicon lists and no text holds are no subject of the conference's."""
    await asked(
        store,
        database_url,
        _nonsense("de", ICLR, "gibt es was über Zahnpastatubenorigami?"),
        _nonsense("fr", ICLR, "des papiers sur le tricot de chaussettes pour hamsters ?"),
        _nonsense("es", ICLR, "¿algo sobre la cría de caracoles gigantes?"),
        _nonsense("zh-CN", ICLR, "有关于养蜗牛的论文吗"),
    )


async def test_a_subject_read_that_nothing_is_about_gets_nothing_in_each_language(
    store: Store, database_url: str
) -> None:
    """The lexicon reads beekeeping and chess, which no paper is about: before, the meaning of
    'chess' alone found a paper on land-cover maps and showed it as the answer."""
    await asked(
        store,
        database_url,
        _nonsense("de", ICLR, "gibt es Paper über Imkerei?"),
        _nonsense("fr", ICLR, "des papiers sur l'apiculture ?"),
        _nonsense("es", ICLR, "¿algún artículo sobre ajedrez?"),
        _nonsense("zh-CN", ICLR, "有关于养蜂的论文吗"),
    )
