"""A session said to have just ended tells the asker's moment, not what is asked: what they
ask for runs from now on ('the closing has just finished, are there posters left?' gets the
posters still to come), never the session itself or the next one sharing its name."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
AFTER_THE_CLOSING = "2019-05-09T16:22:00-05:00"
LAST_POSTERS = "16:30"
CLOSING = "Addis Ababa"


async def test_the_posters_after_a_closing_just_over(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("en", ICLR, "so the closing has just finished, are there posters left?",
              now=AFTER_THE_CLOSING, expect=(LAST_POSTERS,), forbid=(CLOSING,)),
        Blind("es", ICLR, "acaban de terminar la clausura, todavía quedan pósters?",
              now=AFTER_THE_CLOSING, locale="es-ES", expect=(LAST_POSTERS,), forbid=(CLOSING,)),
        Blind("and-now", ICLR, "closing has just wrapped up and now what? any posters left?",
              now=AFTER_THE_CLOSING, expect=(LAST_POSTERS,), forbid=(CLOSING,)),
    )  # fmt: skip
