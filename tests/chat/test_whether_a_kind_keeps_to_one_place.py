"""Asked whether a kind of session keeps to one place ('do the orals change rooms', 'are the
keynotes always in the same room'), the answer lists those sessions with their rooms, which
show where they are; the words asking it search for nothing."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


async def test_whether_a_kind_changes_rooms_shows_its_rooms(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "change",
            ICLR,
            "do the orals change rooms",
            expect=("Monday morning orals", "Great Hall AD"),
            forbid=("No paper",),
        ),
    )


async def test_always_in_the_same_room_asks_where(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "same",
            ICLR,
            "are the keynotes always in the same room?",
            expect=("Dwork", "Great Hall AD"),
        ),
    )
