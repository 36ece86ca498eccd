"""What runs at a moment names every session running then, however long their titles: five
talks starting together at 39C3, one with a title of over a hundred characters, are all shown
(their topics left out to make room) rather than the last one cut off."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(reason="how an answer is laid out does not depend on the store"),
]


async def test_every_session_starting_together_is_named(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "five",
            "39c3",
            "what's on saturday at 19:15",
            expect=("Känguru", "Algorithmic Art", "Life on Hold", "Sicherheits", "so it begins"),
        ),
    )
