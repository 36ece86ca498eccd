"""The asker wanting to learn something ('where can we learn to dance?') asks for every
session on it, not the one whose subtitle happens to say 'learn to dance': their learning is
no word a session must hold."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_learning_a_subject_lists_every_session_on_it(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "dancing",
            "camp2019",
            "where could we learn how to dance at camp?",
            expect=("Lindy Hop", "Latin-Danceparty", "18:45", "20:00"),
        ),
    )
