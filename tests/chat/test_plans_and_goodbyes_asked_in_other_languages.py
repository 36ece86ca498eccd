"""The evening's plans, a toast and a goodbye, and a whole day asked in German, French and
Spanish (wordings of this file's own): 'geplant' and 'prévu' ask what is planned for a part of
the day, raising a glass is done at the socials, saying goodbye at the closing, 'du matin au
soir' asks the whole day, and 'ce jour-là' in a reply is the day the answer before showed."""

from __future__ import annotations

from typing import Any

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
NOTHING = ("No paper matches", "Nothing matches", "did you mean")
WEDNESDAY_AFTERNOON = "2019-05-08T16:10:00-05:00"
"""Before Wednesday evening's sponsor parties (19:00)."""
THURSDAY_AFTERNOON = "2019-05-09T16:40:00-05:00"
"""Before Thursday evening's closing reception (19:00)."""


def _asked(name: str, locale: str, text: str, **expected: Any) -> Blind:
    return Blind(name, ICLR, text, locale=locale, forbid=NOTHING, **expected)


async def test_what_is_planned_for_the_evening_is_its_programme(
    store: Store, database_url: str
) -> None:
    """Before, the word for 'planned' was searched for and nothing matched."""
    await asked(
        store,
        database_url,
        _asked(
            "planned-de",
            "de",
            "haben die für heute abend irgendwas geplant",
            now=WEDNESDAY_AFTERNOON,
            expect=("Sponsor parties", "19:00"),
        ),
        _asked(
            "planned-fr",
            "fr",
            "qu'est-ce qui est prévu pour ce soir",
            now=THURSDAY_AFTERNOON,
            expect=("Closing reception", "19:00"),
        ),
    )


async def test_a_toast_and_a_goodbye_are_the_social_and_the_closing(
    store: Store, database_url: str
) -> None:
    """Raising a glass together is what the socials are for, and a goodbye is said at the
    closing: before, both words were searched for and nothing matched."""
    await asked(
        store,
        database_url,
        _asked(
            "toast-de",
            "de",
            "wo können wir am letzten abend anstoßen",
            expect=("Closing reception", "19:00"),
        ),
        _asked(
            "goodbye-es",
            "es-ES",
            "hay algo para despedirse esta noche?",
            now=THURSDAY_AFTERNOON,
            expect=("Closing reception", "19:00"),
        ),
    )


async def test_a_day_from_morning_to_evening_is_the_whole_day(
    store: Store, database_url: str
) -> None:
    """'du matin au soir' names no part of the day: the morning's invited talk is listed
    beside the evening's party, where before only the evening was."""
    await asked(
        store,
        database_url,
        _asked(
            "whole-day-fr",
            "fr",
            "le programme du mercredi du matin au soir svp",
            expect=("Oudeyer", "Sponsor parties"),
        ),
    )


async def test_that_day_in_a_french_reply_is_the_day_shown(store: Store, database_url: str) -> None:
    """Asked after Wednesday's programme, the afternoon's posters of 'ce jour-là' are
    Wednesday's, where before the words were searched for."""
    day = _asked("day-fr", "fr", "le programme de mercredi", expect=("Tufekci",))
    await asked(
        store,
        database_url,
        day,
        _asked(
            "that-day-fr",
            "fr",
            "les posters de l'après-midi ce jour-là portent sur quoi",
            reply_to=day.id,
            expect=("quantization",),
        ),
    )
