"""A date before or after the conference, written as each language writes one: German names
its month as English does ('am 28. August' is German all the same) or writes it in figures
('am 30.8.'), French and Spanish with a slash ('le 28/08', 'el 30/08'). Nothing is planned
then, and the answer says when the conference runs, in the asker's language."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what is read from a question does not depend on the store; the blind sets grade "
        "retrieval on both backends"
    ),
]
CAMP = "camp2019"
NOT_ENGLISH = ("Nothing matches", "did you mean")


def _outside(key: str, locale: str, wording: str, month: str) -> Blind:
    return Blind(
        key, CAMP, wording, locale=locale, nothing=True, forbid=NOT_ENGLISH, language_words=(month,)
    )


async def test_a_date_after_the_camp_says_when_it_ran(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        _outside("de-month", "de", "was geht am 29. august?", "August"),
        _outside("de-figures", "de", "ist am 30.8. noch irgendwas?", "August"),
        _outside("de-before", "de", "lief am 18.08.2019 schon was?", "August"),
        _outside("fr", "fr", "il y a quoi le 28/08 ?", "août"),
        _outside("es", "es-ES", "¿hay algo el 30/08?", "agosto"),
    )


async def test_a_date_in_figures_within_the_camp_is_that_day(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("de-day", CAMP, "was läuft am 23.8. in curie?", locale="de", expect=("23. Aug",)),
    )
