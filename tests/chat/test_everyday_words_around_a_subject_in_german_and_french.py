"""Papers, talks and the programme asked in everyday German and French, in wordings of this
file's own: the words said around a subject ('warum das in manchen städten klappt', 'wie man
X findet', a coffee in one's hand, eating while asking) name nothing to search for, and the
subject is read in the English words the conference uses; a poster asked by its number is
the paper at that board, and French 'son' before a talk is whose it is, not a sound."""

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
ICLR, CCC = "iclr2019", "39c3"
DE, FR = "de", "fr"
NOTHING = ("No paper matches", "Nothing matches", "did you mean")
TUESDAY_COFFEE = "2019-05-07T16:10:00-05:00"
TUESDAY_LUNCH = "2019-05-07T13:40:00-05:00"


async def test_papers_described_in_everyday_german_are_found(
    store: Store, database_url: str
) -> None:
    """Before, 'umprogrammiert', 'wie man ... findet' and the physics built into a network
    were searched as typed, and nothing matched."""
    await asked(
        store,
        database_url,
        Blind("reprogram", ICLR, "kann man ein netz heimlich umprogrammieren, so dass es ne "
              "ganz andere aufgabe löst?", locale=DE, expect=("Adversarial Reprogramming",),
              forbid=NOTHING),
        Blind("by", ICLR, "von wem?", locale=DE, reply_to="reprogram",
              expect=("Elsayed", "Sohl-Dickstein")),
        Blind("offensive", ICLR, "hat jemand erforscht wie man beleidigende antworten bei "
              "dialogmodellen findet?", locale=DE, expect=("Egregious Responses",),
              forbid=NOTHING),
        Blind("physics", ICLR, "lagrangesche mechanik ins netz eingebaut, gibts das?",
              locale=DE, expect=("Deep Lagrangian Networks",), forbid=NOTHING),
    )  # fmt: skip


async def test_a_talk_on_shared_bikes_asked_with_why_it_works_in_cities(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("bikes", CCC, "ein talk über fahrradverleih und warum der in manchen städten "
              "klappt?", locale=DE, expect=("Bike-Sharing",), forbid=NOTHING),
    )  # fmt: skip


async def test_what_the_asker_holds_or_how_far_a_room_is_names_nothing(
    store: Store, database_url: str
) -> None:
    """'bier in der hand' is not a search for a person called Hand, and 'weit weg vom great
    hall' asks where the workshops are, not what runs in the great halls."""
    await asked(
        store,
        database_url,
        Blind("holding", ICLR, "mit nem bier in der hand: was läuft als nächstes?",
              now=TUESDAY_COFFEE, locale=DE, expect=("16:30", "adversarial"), forbid=NOTHING),
        Blind("far", ICLR, "die workshops am montag, ist das weit weg von der great hall?",
              locale=DE, expect=("Workshop rooms",), forbid=NOTHING),
    )  # fmt: skip


async def test_a_poster_asked_by_its_number(store: Store, database_url: str) -> None:
    """Before, the board's number was read only after 'board'; 'poster number 27' listed
    every session of the hall."""
    await asked(
        store,
        database_url,
        Blind("fr", ICLR, "c'est quoi le poster numéro 27 dans le hall bc", locale=FR,
              expect=("Many Consistent Explanations",)),
        Blind("en", ICLR, "which paper is poster no 27 in great hall bc", expect=("Many "
              "Consistent Explanations",)),
    )  # fmt: skip


async def test_french_talk_titles_shapes_and_lunch_in_everyday_words(
    store: Store, database_url: str
) -> None:
    """'son exposé' is the speaker's talk (it was read as a sound), 'la forme' the shape a
    network sees, and what runs while one eats over lunch is the expo beside the meal."""
    await asked(
        store,
        database_url,
        Blind("when", ICLR, "quand est-ce que bottou parle ?", locale=FR,
              expect=("Bottou",)),
        Blind("title", ICLR, "et le titre de son exposé ?", locale=FR, reply_to="when",
              expect=("Causal Invariance",)),
        Blind("shape", ICLR, "un papier où les cnn apprennent à regarder la forme des objets ?",
              locale=FR, expect=("increasing shape bias",), forbid=NOTHING),
        Blind("lunch", ICLR, "on mange, il y a quoi à voir pendant la pause du midi ?",
              now=TUESDAY_LUNCH, locale=FR, expect=("R09",), forbid=NOTHING),
    )  # fmt: skip
