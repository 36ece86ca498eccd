"""Asked where a room is or whether it is far, the answer leads with what the programme notes
about that room (what it is for, how far a walk it is) before listing its sessions."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_how_far_the_workshop_rooms_are_is_their_note(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "far",
            "iclr2019",
            "the workshop rooms, how far away are they?",
            expect=("minutes' walk",),
        ),
    )


async def test_where_the_sponsor_hall_is_says_what_it_holds(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("hall", "iclr2019", "where is the sponsor hall", expect=("sponsors' booths",)),
    )
