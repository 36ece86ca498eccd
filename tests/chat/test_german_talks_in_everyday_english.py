"""German talks asked about in everyday English that the catalogue knows the German for
(flying and pilots, unemployment benefits, the kids' hacker day, referendums, non-profits,
cooking, immigration offices and deportation, accessibility, a rented flat and its tenant, the
CCC's year in review, housing, devices the police seize, apprentices, the school strikes for
the climate, a club's magazine, the environment, climate change explained simply, two decades
of camps) or whose meaning it knows ('rain' is weather): the talk is found, shown or offered;
and an English talk found by another name for its subject ('autism' for neurodiversity,
'accurate' clocks for precise time). Wordings of this file's own."""

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

ASKED = (
    Blind("flying", "39c3", "anything about planes and aviation?", expect=("Comeflywithus",)),
    Blind(
        "benefits",
        "39c3",
        "a session on unemployment benefits in germany?",
        expect=("Bürgergeld",),
    ),
    Blind("kids", "39c3", "where's the day for young hackers", expect=("Junghacker",)),
    Blind(
        "referendum",
        "camp2019",
        "talk about the transparency referendum in berlin?",
        expect=("Transparenzgesetz",),
    ),
    Blind(
        "non-profit",
        "camp2019",
        "writing software as a non-profit, any talk?",
        expect=("Gemeinnützig",),
    ),
    Blind("cooking", "39c3", "tips on cooking for a big crowd of campers?", expect=("Küche",)),
    Blind(
        "deportation",
        "39c3",
        "immigration office seizing smartphones before deportation, a talk?",
        expect=("Cellebrite",),
    ),
    Blind(
        "accessibility",
        "39c3",
        "web accessibility for people with a disability, any session?",
        expect=("Barrierefreiheit",),
    ),
    Blind(
        "flat",
        "31c3",
        "that installation in a rented apartment whose tenant disappeared",
        expect=("VIEL ZU TUN",),
    ),
    Blind("review", "31c3", "when's the ccc year in review on", expect=("Jahresrückblick",)),
    Blind(
        "housing",
        "39c3",
        "rental platforms making money from the housing crisis, is that a talk?",
        expect=("RedScout42",),
    ),
    Blind(
        "seized",
        "39c3",
        "phones seized by cops, how do they get the data out?",
        expect_any=("Verschlüsselung brechen", "Cellebrite"),
    ),
    Blind("apprentices", "39c3", "is there a day for apprentices?", expect=("Azubi-Tag",)),
    Blind(
        "magazine",
        "camp2019",
        "the talk on typesetting the chaos club's magazine",
        expect=("schleuderpackung",),
    ),
    Blind(
        "school strike",
        "camp2019",
        "who's talking about the school strikes for the climate?",
        expect=("FridaysForFuture",),
    ),
    Blind(
        "environment",
        "camp2019",
        "the environmental cost of digital technology, any talk on it",
        expect=("Sozial-ökologische",),
    ),
    Blind(
        "rain",
        "camp2019",
        "can i learn to predict the rain somewhere here",
        expect=("Wettervorhersage",),
    ),
    Blind("autism", "camp2019", "a session for autistic folks?", expect=("Neurodiversity",)),
    Blind(
        "climate change",
        "camp2019",
        "someone explaining climate change simply, for non-experts?",
        expect=("Global Warming Sucks",),
    ),
    Blind(
        "decades",
        "camp2019",
        "the history of the hacker camps over two decades, any talk?",
        expect=("20 Jahre Camp",),
    ),
    Blind(
        "accurate",
        "39c3",
        "keeping time accurate across many devices, what talk should i catch?",
        expect=("precise time",),
    ),
)


async def test_a_german_talk_is_found_by_everyday_english(store: Store, database_url: str) -> None:
    await asked(store, database_url, *ASKED)
