"""The conference's last evening asked in German, French or Spanish is its final evening, not
yesterday's: 'am letzten Abend', 'le dernier soir' and 'la última noche' name the closing
night, where English's bare 'last evening' is the night before."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
MONDAY_NOON = "2019-05-06T12:00:00-05:00"


@pytest.mark.parametrize(
    ("locale", "question", "day"),
    [
        ("de", "und was ist am letzten abend geplant?", "Donnerstag"),
        ("fr", "il se passe quoi le dernier soir ?", "jeudi"),
        ("es-ES", "y la ultima noche que hay?", "jueves"),
    ],
)
async def test_the_last_evening_is_the_conferences_final_one(
    store: Store, database_url: str, locale: str, question: str, day: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "final-evening",
            "iclr2019",
            question,
            now=MONDAY_NOON,
            expect=("19:00",),
            locale=locale,
            language_words=(day,),
        ),
    )
