"""Asks of the programme said in German or French (wordings of this file's own): how many
posters hang in one session, whether a kind keeps the same slot every day (its end is part of
the slot), the papers from a city an affiliation writes glued to the next word
("GrenobleAlpes"), and who takes which side of the debate. Before, each was "nothing matches",
a list of starts alone, or only the papers of the affiliation spelt apart."""

from __future__ import annotations

import pytest

from bot.chat.affiliations import Affiliations
from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

NOTHING = ("No paper matches", "Nothing matches", "did you mean")


def _shown(key: str, locale: str, wording: str, *shown: str) -> Blind:
    return Blind(key, "iclr2019", wording, locale=locale, expect=shown, forbid=NOTHING)


async def test_programme_asks_in_german_and_french_are_answered(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        _shown("count", "de", "ungefähr wie viele poster gibts pro postersession?", "70-80"),
        _shown(
            "slot",
            "fr",
            "les posters du matin, c'est le même créneau tous les jours ?",
            "11:00–13:00",
        ),
        _shown(
            "sides",
            "fr",
            "dans le débat, qui défend l'apprentissage à partir des données ?",
            "Precup",
            "Clune",
        ),
    )


async def test_papers_from_a_city_written_glued_to_the_next_word_are_found(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        _shown("city", "fr", "des articles venant de grenoble ?", "Sparse PCA", "mirror descent"),
    )


def test_names_written_as_one_word_are_kept_whole() -> None:
    """ "DeepMind" is a name as written: 'deep' alone names no lab."""
    labs = Affiliations([(1, ["DeepMind"]), (2, ["University of GrenobleAlpes"])])
    assert labs.mentions("grenoble")
    assert not labs.mentions("deep")
