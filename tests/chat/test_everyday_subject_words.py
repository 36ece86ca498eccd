"""A subject said in the everyday words of German or French (wordings of this file's own):
fixing bugs in programs, school maths, picking locks, exact clocks, dietary supplements. The
subject lexicons hold the common ways people say the subjects of the conferences' titles,
keywords and descriptions, so a stranger's wording finds the paper or talk as the words of the
people who wrote the lexicon do."""

from __future__ import annotations

import pytest

from bot.chat.glossary import glossary
from bot.store.setup import Store
from tests.chat.blind import Blind, asked, import_schedules
from tests.conftest import venue_time

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

NOTHING = ("No paper matches", "Nothing matches", "did you mean")


def _found(key: str, conference: str, locale: str, wording: str, title: str, word: str) -> Blind:
    return Blind(
        key,
        conference,
        wording,
        locale=locale,
        expect=(title,),
        forbid=NOTHING,
        language_words=(word,),
    )


async def test_a_paper_asked_in_everyday_words_is_found(store: Store, database_url: str) -> None:
    """Before, the everyday words were no subject and nothing, or another paper, was shown."""
    await asked(
        store,
        database_url,
        _found(
            "repair-de",
            "iclr2019",
            "de",
            "hat jemand Programmreparatur mit neuronalen Netzen gemacht?",
            "Program Repair",
            "von",
        ),
        _found(
            "maths-fr",
            "iclr2019",
            "fr",
            "des travaux sur les problèmes de maths niveau école ?",
            "Mathematical Reasoning",
            "de",
        ),
    )


async def test_a_talk_asked_in_everyday_words_is_found(store: Store, database_url: str) -> None:
    """Before, "nothing matches": the talks say these subjects only in English or German."""
    await import_schedules(store, venue_time("2019-05-01T12:00"))
    await asked(
        store,
        database_url,
        _found(
            "locks-de",
            "camp2019",
            "de",
            "ein Vortrag übers Schlösser knacken mit Bluetooth?",
            "lockpicking",
            "Freitag",
        ),
        _found(
            "clock-fr",
            "39c3",
            "fr",
            "un exposé sur l'heure exacte dans les réseaux ?",
            "precise time",
            "déc",
        ),
        _found(
            "supplements-fr",
            "39c3",
            "fr",
            "quelque chose sur les compléments alimentaires ?",
            "Supplements",
            "lundi",
        ),
    )


def test_a_phrase_word_that_looks_spelt_out_is_read_as_typed() -> None:
    """'genaue' of "genaue Uhrzeit" is a word of that phrase, not 'genau' spelt without its
    umlaut: before, the phrase was never matched and only 'exactly' and 'time' were read. A
    word spelt with 'ue' for 'ü' is still read as the phrase word."""
    assert "precise time" in glossary("de").gloss("ganz genaue uhrzeit")[0]
    assert (
        glossary("de").gloss("fuer die naechste")[0] == glossary("de").gloss("fur die nachste")[0]
    )


def test_an_inflected_word_typed_without_its_umlaut_is_read_as_its_phrase_word() -> None:
    """'primaeren' is 'primären', a form of the phrase's 'primäre': before, only a word the
    phrases hold in that very ending was read once its 'ae' was put back as 'ä'."""
    assert "primary visual cortex" in glossary("de").gloss("aufnahmen der primaeren sehrinde")[0]
