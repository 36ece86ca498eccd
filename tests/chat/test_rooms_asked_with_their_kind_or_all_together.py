"""A room named beside the word for what kind of place it is, and every room at once on a day
named (wordings of this file's own): the first is that room's programme, not a search for the
word 'stage'; the second is that day's programme across the halls, not what runs at the
moment the question is asked."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CONGRESS = "39c3"
CAMP = "camp2019"


@pytest.mark.imported_schedules
async def test_a_room_named_with_its_kind_of_place_is_that_rooms_programme(
    store: Store, database_url: str
) -> None:
    """Before, 'stage' was searched for inside the room and nothing matched."""
    await asked(
        store,
        database_url,
        Blind(
            "meitner-stage",
            CAMP,
            "meitner stage friday afternoon?",
            expect=("IT-Sicherheit in vernetzten", "Mapping Doomsday"),
        ),
    )


@pytest.mark.imported_schedules
async def test_every_hall_on_a_day_named_is_that_days_programme(
    store: Store, database_url: str
) -> None:
    """Before, the halls asked beside a day read as 'what is on now' on the first day."""
    await asked(
        store,
        database_url,
        Blind(
            "all-halls",
            CONGRESS,
            "monday morning talks in all the halls",
            expect=("Design for 3D-Printing", "Museum of Care"),
            forbid=("Opening Ceremony",),
        ),
    )
