"""A subject asked that a German title writes only as the last part of a compound
('Staat' in 'Rechtsstaat') finds that talk, as one written as a compound's first part
('Staatswohl', 'Staatliche') always did: the compound's first part is a word of its own, so
the word asked is really there."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CONGRESS = "39c3"
ENDING = "Wie unser Rechtsstaat auf dem Highway"
STARTING = ("Staatswohl", "Staatliche Überwachung")


@pytest.mark.imported_schedules
async def test_a_word_ending_a_compound_finds_its_talk(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "staat-de",
            CONGRESS,
            "vorträge zum staat?",
            locale="de",
            expect=(ENDING, *STARTING),
        ),
    )
