"""Live music one organiser files as a band and the next as a concert is one thing to an
attendee: asking for either lists both. Wordings of this file's own."""

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

FRIDAY_EVENING = "2019-08-23T19:30+02:00"
BOTH = ("Systemabsturz", "Jake Chambers")
"""On the Friday night a band plays the Plank at 21:30, a concert the Kemistry Lounge at 22:00."""


async def test_a_band_asked_for_lists_the_concerts_too(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("band", "camp2019", "is any band playing later tonight", now=FRIDAY_EVENING,
              expect=BOTH),
        Blind("concert", "camp2019", "concerts on friday night?", expect=BOTH),
    )  # fmt: skip
