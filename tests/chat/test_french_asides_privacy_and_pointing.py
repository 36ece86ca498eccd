"""French said around a question: needing to unwind beside a party asked for tonight (a
feeling, never searched), wiping what the bot stored about one, a count of papers presented
only as posters, and a reply pointing at the talk shown ('celle-là', 'il s'appelle comment
l'orateur') asking who is on stage (wordings of this file's own)."""

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
WEDNESDAY_AFTERNOON = "2019-05-08T16:40:00-05:00"
PARTY = dict(expect=("Sponsor parties", "19:00"), now=WEDNESDAY_AFTERNOON)

ASKED = (
    Blind(
        "unwind-fr",
        "iclr2019",
        "une soirée ce soir ? j'ai besoin de décompresser",
        locale="fr",
        **PARTY,
    ),
    Blind("unwind-en", "iclr2019", "party somewhere tonight? need to decompress", **PARTY),
    Blind(
        "wipe-fr",
        "iclr2019",
        "je veux effacer tout ce que tu as enregistré sur moi",
        locale="fr",
        expect=("/privacy",),
    ),
    Blind(
        "posters-fr",
        "iclr2019",
        "combien d'articles présentés uniquement en poster ?",
        locale="fr",
        expect=("478",),
    ),
    Blind(
        "appliances-fr",
        "39c3",
        "le talk sur les lave-linge, c'est à quelle heure ?",
        locale="fr",
        expect=("21:45",),
    ),
    Blind(
        "appliances-who-fr",
        "39c3",
        "qui est sur scène pour celle-là ?",
        locale="fr",
        reply_to="appliances-fr",
        expect=("Noerenberg",),
    ),
    Blind(
        "implants-fr",
        "camp2019",
        "qui parle des stimulateurs cardiaques rappelés ?",
        locale="fr",
        expect=("20:00",),
    ),
    Blind(
        "implants-name-fr",
        "camp2019",
        "il s'appelle comment l'orateur ?",
        locale="fr",
        reply_to="implants-fr",
        expect=("Zillner",),
    ),
)


async def test_what_is_said_around_a_french_question_is_read(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)
