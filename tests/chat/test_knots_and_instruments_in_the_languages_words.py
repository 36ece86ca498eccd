"""Subjects said in the language's own words: a German "Knoten" is a rope's knot at a camp
whose programme titles hold the word; turning music from one instrument into another, in
Spanish, French, German or Chinese, is translating it between instruments. Wordings of this
file's own."""

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

CAMP, ICLR = "camp2019", "iclr2019"
TIMBRE = ("A Universal Music Translation Network", "TimbreTron")
TRANSLATION = ("A Universal Music Translation Network",)

KNOTS = (
    Blind("binden", CAMP, "kann man da knoten binden lernen", locale="de", expect=("Knoten 101",)),
    Blind("seemann", CAMP, "irgendwas zu seemannsknoten?", locale="de", expect=("Knoten 101",)),
)
INSTRUMENTS = (
    Blind(
        "es",
        ICLR,
        "algo de pasar musica de un instrumento a otro",
        locale="es-ES",
        expect_any=TIMBRE,
    ),
    Blind(
        "fr",
        ICLR,
        "la traduction de musique d'un instrument à l'autre, y a un papier ?",
        locale="fr",
        expect_any=TRANSLATION,
    ),
    Blind(
        "de",
        ICLR,
        "musik von einem instrument in ein anderes übertragen, gibts das",
        locale="de",
        expect_any=TIMBRE,
    ),
    Blind("zh", ICLR, "能把一段音乐换成另一种乐器的论文", locale="zh-CN", expect_any=TIMBRE),
)


async def test_a_knot_is_found_where_the_programme_says_knoten(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *KNOTS)


async def test_music_moved_to_another_instrument_is_translated_between_instruments(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *INSTRUMENTS)
