"""Subjects and moments named in German, French and Spanish words no title holds: finding
one's way by the stars, video frames one can predict, a trick for compressing a network, the
announcement of the next edition and the opening talk. Each finds what the English words
would."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
CONGRESS = "39c3"
STARS = "Celestial navigation"


@pytest.mark.imported_schedules
async def test_finding_ones_way_by_the_stars(store: Store, database_url: str) -> None:
    wordings = (
        ("de", "gibt es einen vortrag zur navigation nach den sternen"),
        ("fr", "un exposé pour naviguer avec les étoiles ?"),
        ("es-ES", "alguna charla sobre orientarse por las estrellas?"),
        ("zh-CN", "有没有讲靠星星导航的演讲"),
    )
    await asked(
        store,
        database_url,
        *(
            Blind(f"stars-{locale}", CONGRESS, wording, locale=locale, expect=(STARS,))
            for locale, wording in wordings
        ),
    )


async def test_papers_and_moments_in_everyday_words(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "frames-de",
            ICLR,
            "ein paper, bei dem das netz selber entscheidet, welche videobilder vorhersagbar sind",
            locale="de",
            expect=("Time-Agnostic Prediction",),
        ),
        Blind(
            "bits-back-fr",
            ICLR,
            "l'astuce bits-back pour compresser un réseau, ça vous dit quelque chose ?",
            locale="fr",
            expect=("Minimal Random Code Learning",),
        ),
        Blind(
            "announced-de",
            ICLR,
            "wann wird angekündigt, wo die nächste iclr stattfindet?",
            locale="de",
            expect=("Addis Ababa",),
        ),
        Blind(
            "opening-fr",
            ICLR,
            "le discours d'ouverture, il est à quelle heure ?",
            locale="fr",
            expect=("08:45",),
        ),
    )
