"""German talks on society asked about in everyday English, whose words the catalogue knows
the German for (housing, devices the police seize, apprentices, the school strikes for the
climate, a club's magazine, the environment) or whose meaning it knows ('rain' is weather):
the talk is found, shown or offered; and an English talk found by another name for its
subject ('autism' for neurodiversity). Wordings of this file's own."""

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
)


async def test_a_talk_is_found_by_the_everyday_english_for_its_subject(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)
