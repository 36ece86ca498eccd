"""A subject said in Spanish whose word is, in another ending, a speaker's name ('armas', of
the speaker arma) is that subject: the talk about weapons, not the speaker's talk; the
speaker is still found by their own name."""

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
CONGRESS, ES = "31c3", "es-ES"


async def test_weapons_are_a_subject_and_the_speaker_still_a_person(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("single", CONGRESS, "hay algo sobre armas?", locale=ES,
              expect=("Nuclear Weapons",), forbid=("State of the Onion",)),
        Blind("pair", CONGRESS, "las armas nucleares, de eso hubo charla?", locale=ES,
              expect=("Nuclear Weapons",), forbid=("State of the Onion",)),
        Blind("speaker", CONGRESS, "qué charla da arma?", locale=ES,
              expect=("State of the Onion",)),
    )  # fmt: skip
