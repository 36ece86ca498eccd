"""Papers and talks described in German or French in words no title holds (wordings of this
file's own): a network solving the cube without any human knowledge, denoising speech with
complex-valued layers, cars painted against object detectors, whether transformers are
Turing-complete, and the Camp's German talk on electronic directories.
Before, each was "nothing matches" or a guess whose first suggestion a reply then followed, so
"who wrote it?" named the authors of another item."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked, import_schedules
from tests.conftest import venue_time

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

NOTHING = ("No paper matches", "Nothing matches", "did you mean")


def _found(key: str, locale: str, wording: str, *shown: str, **more: str) -> Blind:
    return Blind(
        key,
        more.get("conference", "iclr2019"),
        wording,
        locale=locale,
        reply_to=more.get("reply_to"),
        expect=shown,
        forbid=NOTHING,
    )


async def test_papers_described_in_german_are_found_and_a_reply_asks_about_them(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        _found(
            "cube",
            "de",
            "hat ein netz gelernt den zauberwürfel zu lösen, ganz ohne menschliches vorwissen?",
            "Rubik",
        ),
        _found("cube-who", "de", "von wem ist das?", "McAleer", reply_to="cube"),
        _found(
            "speech",
            "de",
            "netze mit komplexwertigen schichten, die rauschen aus sprachaufnahmen filtern?",
            "Phase-Aware Speech Enhancement",
        ),
        _found(
            "paint",
            "de",
            "kann eine tarnlackierung autos vor objektdetektoren verstecken?",
            "CAMOU",
        ),
    )


async def test_papers_described_in_french_are_found_and_a_reply_asks_about_them(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        _found("turing", "fr", "un transformer est-il turing-complet ?", "Turing Completeness"),
        _found("turing-where", "fr", "et les auteurs sont d'où ?", "Chile", reply_to="turing"),
    )


async def test_a_german_talk_is_found_from_french_words_without_english_ones_read_in(
    store: Store, database_url: str
) -> None:
    """The French words read as the talk's own German word: an English one would make "phone"
    a subject word English questions about phones are then held to."""
    await import_schedules(store, venue_time("2019-05-01T12:00"))
    await asked(
        store,
        database_url,
        _found(
            "directory",
            "fr",
            "c'est quand la conf sur les annuaires électroniques ?",
            "Little Big Data",
            conference="camp2019",
        ),
    )
