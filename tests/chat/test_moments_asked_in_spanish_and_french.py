"""A moment's questions in Spanish and French (wordings of this file's own): how much of what
runs is left, whether posters are still up or already taken down, and what the posters of the
slot one is in are about."""

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
TUESDAY_TALK = "2019-05-07T14:40:00-05:00"
"""During Goodfellow's invited talk (14:30-15:15)."""
TUESDAY_POSTERS = "2019-05-07T17:10:00-05:00"
"""During Tuesday's afternoon posters on adversarial robustness (16:30-18:30)."""
WEDNESDAY_POSTERS = "2019-05-08T12:10:00-05:00"
"""During Wednesday's morning posters on reinforcement and meta-learning (11:00-13:00)."""


def _asked(name: str, locale: str, text: str, **expected: Any) -> Blind:
    return Blind(name, ICLR, text, locale=locale, forbid=NOTHING, **expected)


async def test_how_much_is_left_asked_as_a_reply_is_when_it_ends(
    store: Store, database_url: str
) -> None:
    """Before, 'queda' was searched for and nothing matched."""
    on = _asked("on-es", "es-ES", "que hay ahora en el great hall ad", now=TUESDAY_TALK)
    await asked(
        store,
        database_url,
        on,
        _asked(
            "left-es",
            "es-ES",
            "cuanto le falta?",
            now=TUESDAY_TALK,
            reply_to=on.id,
            expect=("15:15",),
        ),
    )


async def test_posters_still_up_or_taken_down_is_whether_they_still_run(
    store: Store, database_url: str
) -> None:
    """The session that runs, with its end; before, every session on the subject was listed
    with its start only, and the words of the asker's search echoed as matching nothing."""
    await asked(
        store,
        database_url,
        _asked(
            "still-up-es",
            "es-ES",
            "ando buscando los posters de meta-learning, siguen puestos?",
            now=WEDNESDAY_POSTERS,
            expect=("13:00",),
        ),
    )


async def test_the_posters_of_this_slot_are_those_on_now(store: Store, database_url: str) -> None:
    """Wandering among the boards names nothing to search for, and 'ce créneau' is now."""
    await asked(
        store,
        database_url,
        _asked(
            "slot-fr",
            "fr",
            "je traîne un peu, les posters sur ce créneau ils parlent de quoi ?",
            now=TUESDAY_POSTERS,
            expect=("adversarial",),
        ),
    )
