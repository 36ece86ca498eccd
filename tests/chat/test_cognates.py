"""A word no catalogue lists, read as the English word of the conference's own text it
corresponds to by its ending ('vulnérabilité' as 'vulnerability', 'probabilistischen' as
'probabilistic'), and a German compound split where its parts are words of that text."""

from __future__ import annotations

import pytest

from bot.chat.glossary import glossary
from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

HELD = frozenset({"molecular", "photonics", "persistence", "quantum"})


def held(word: str) -> bool:
    return word in HELD


def test_a_word_is_read_as_its_english_cognate_only_where_the_conference_holds_it() -> None:
    assert glossary("fr").gloss("hasard moleculaire", held=held)[0] == "randomness molecular"
    assert glossary("fr").gloss("moleculaire")[0] == "moleculaire"
    assert glossary("fr").gloss("catalytique", held=held)[0] == "catalytique"
    assert glossary("de").gloss("photonik", held=held)[0] == "photonics"
    assert glossary("es").gloss("persistencia", held=held)[0] == "persistence"


def test_a_word_the_conference_holds_as_typed_stays_as_typed() -> None:
    """A German talk's own word is searched as its title writes it."""
    own = {"topologie", "topology"}.__contains__
    assert glossary("de").gloss("topologie", held=own)[0] == "topologie"


def test_a_german_compound_splits_into_words_of_the_conference() -> None:
    """'photonik' joins no phrase of the catalogue: the conference's 'photonics' splits it."""
    german = glossary("de")
    assert german.gloss("quantenphotonik", held=held)[0] == "quantum photonics"
    assert german.gloss("quantenphotonik")[0] == "quantenphotonik"


def _asked(locale: str, wording: str, word: str) -> Blind:
    return Blind(
        f"cognate-{locale}",
        "iclr2019",
        wording,
        locale=locale,
        expect=("Neural Persistence",),
        language_words=(word,),
    )


async def test_a_paper_is_found_by_words_no_catalogue_lists(
    store: Store, database_url: str
) -> None:
    """'Neural Persistence: … Using Algebraic Topology', asked in words of each language that
    its catalogue does not list."""
    await asked(
        store,
        database_url,
        _asked("fr", "des papiers qui utilisent la topologie ?", "de"),
        _asked("de", "gibt es was mit algebraischer Topologie?", "von"),
        _asked("es", "algún artículo sobre la persistencia de redes neuronales?", "de"),
    )


def test_a_word_of_a_longer_phrase_said_alone_is_read_as_its_cognate() -> None:
    """'graphiques' belongs to 'modèles graphiques'; said without 'modèles' it is still a word
    the conference holds in English, in French and in Spanish alike."""
    graphic = {"graphic"}.__contains__
    assert glossary("fr").gloss("mises en page graphiques", held=graphic)[0] == "layouts graphic"
    assert glossary("es").gloss("diseños graficos", held=graphic)[0].endswith("graphic")
    assert glossary("fr").gloss("modeles graphiques", held=graphic)[0] == "graphical models"
    assert glossary("fr").gloss("graphiques")[0] == "graphiques"
