"""Talks and papers asked for by their subject in German, French or English words that the
programme says otherwise: a German talk's own German words (the book market and its
publishers, housing portals, fuel from sunlight, the Friday school strikes for the climate),
a paper's English words (bounces, a trained network repurposed, high likelihood given to
another dataset's data, whose authors are asked), the link asked as a reply in French, and
a weekday written in its two German letters before a part of the day (wordings of this
file's own)."""

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

BOOKS = dict(conference="39c3", expect=("Burn Gatekeepers",))
HOUSING = dict(conference="39c3", expect=("RedScout42",))
SOLAR = dict(conference="camp2019", expect=("Solare Brennstoffe",))
STRIKES = dict(conference="camp2019", expect=("FridaysForFuture",), forbid=("Deaths per TWh",))

GERMAN_TALKS = (
    Blind(
        "books-fr", ask="quelqu'un parle des éditeurs et du marché du livre ?", locale="fr", **BOOKS
    ),
    Blind("books-en", ask="any talk about publishers and the book market?", **BOOKS),
    Blind("housing-de", ask="vortrag zu wohnungsportalen?", locale="de", **HOUSING),
    Blind("housing-en", ask="a talk on housing platforms and rents?", **HOUSING),
    Blind("solar-de", ask="wie macht man treibstoff aus sonnenlicht", locale="de", **SOLAR),
    Blind("solar-en", ask="was anything about artificial photosynthesis?", **SOLAR),
    Blind("strikes-fr", ask="la grève scolaire pour le climat, un talk ?", locale="fr", **STRIKES),
    Blind("strikes-en", ask="school strike for the climate, was that a talk?", **STRIKES),
)

PAPERS = (
    Blind(
        "bounces-fr",
        "iclr2019",
        "l'article où on apprend comment les balles rebondissent dans une vraie pièce",
        locale="fr",
        expect=("Bounce and Learn",),
    ),
    Blind(
        "bounces-link-fr",
        "iclr2019",
        "tu me donnes le lien ?",
        reply_to="bounces-fr",
        locale="fr",
        expect=("BJxssoA5KX",),
    ),
    Blind(
        "likelihood-authors-fr",
        "iclr2019",
        "c'est qui les auteurs de l'article qui montre qu'un modèle génératif donne une forte "
        "vraisemblance à des images d'un autre jeu de données ?",
        locale="fr",
        expect=("Nalisnick",),
    ),
    Blind(
        "repurposed-de",
        "iclr2019",
        "gibts ein paper wo man ein fertiges netz für eine ganz andere aufgabe umfunktioniert?",
        locale="de",
        expect=("Adversarial Reprogramming",),
    ),
)

TWO_LETTER_DAYS = (
    Blind(
        "tuesday-posters-de",
        "iclr2019",
        "welche poster gibts di nachmittag",
        locale="de",
        expect=("16:30", "adversarial"),
        language_words=("Dienstag",),
    ),
    Blind(
        "thursday-morning-de",
        "iclr2019",
        "was ist do vormittag los",
        locale="de",
        language_words=("Donnerstag",),
    ),
)


async def test_a_german_talk_is_found_from_its_subject_in_french_german_or_english(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *GERMAN_TALKS)


async def test_a_paper_described_in_french_or_german_is_found_with_its_link_or_authors(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *PAPERS)


async def test_a_weekday_in_two_german_letters_before_a_part_of_the_day_is_that_day(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *TWO_LETTER_DAYS)
