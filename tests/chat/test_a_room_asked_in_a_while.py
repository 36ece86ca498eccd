"""A room asked with a while from now ('in curie in 10 min', 'dans 10 min en saal 1') is what
runs there at that moment, not the room's whole programme, so a reply asking who gives it
names the talk's speaker."""

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

CAMP_THURSDAY = "2019-08-22T15:45:00+02:00"
"""A quarter of an hour before Curie's four o'clock talk on the Camp's Thursday."""


async def test_a_room_in_a_while_is_what_runs_there_then(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "curie-soon",
            "camp2019",
            "anything in curie in 15 minutes?",
            now=CAMP_THURSDAY,
            expect=("Fully Open, Fully Sovereign mobile devices", "16:00"),
            forbid=("Opening Ceremony",),
        ),
    )


async def test_a_reply_asking_who_speaks_is_about_the_talk_then(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "curie-fr",
            "camp2019",
            "dans un quart d'heure il y a quoi en curie",
            now=CAMP_THURSDAY,
            locale="fr",
            expect=("Fully Open, Fully Sovereign mobile devices",),
        ),
        Blind(
            "curie-who",
            "camp2019",
            "et l orateur il s appelle comment",
            now="2019-08-22T15:46:00+02:00",
            reply_to="curie-fr",
            locale="fr",
            expect=("Gardner-Stephen",),
        ),
    )


TUFEKCI_SOON = "2019-05-08T14:20:00-05:00"
"""Ten minutes before Wednesday's afternoon invited talk in Great Hall AD."""


@pytest.mark.parametrize(
    ("locale", "first", "then"),
    [
        ("es-ES", "que empieza en la great hall ad en 10 minutos", "y despues de ella, ahi mismo?"),
        ("fr", "dans 10 minutes ca commence quoi en great hall ad", "et apres elle, meme salle ?"),
        ("de", "was fängt in 10 minuten in der great hall ad an", "und nach ihr, im selben saal?"),
    ],
)
async def test_what_follows_her_in_the_same_room_is_the_session_after_her_talk(
    store: Store, database_url: str, locale: str, first: str, then: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("soon", "iclr2019", first, now=TUFEKCI_SOON, locale=locale, expect=("Tufekci",)),
        Blind(
            "after-her",
            "iclr2019",
            then,
            now="2019-05-08T14:21:00-05:00",
            reply_to="soon",
            locale=locale,
            expect=("Wednesday afternoon orals", "15:15"),
        ),
    )
