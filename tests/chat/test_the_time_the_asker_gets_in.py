"""A time said right after the place the asker travels to is when they get in, not the
moment asked: beside something named ('too late for the opening ceremony?'), that thing is
answered with its own time, not the programme at the hour they arrive. Wordings of this
file's own."""

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

THE_EVE = "2025-12-26T18:00+01:00"
OPENING = {"expect": ("Opening Ceremony", "10:30"), "now": THE_EVE}
"""39C3 opens on 27 Dec at 10:30 in Saal One."""


async def test_the_arrival_hour_is_the_askers_and_the_named_session_is_answered(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("bus", "39c3", "bus gets to hamburg tmrw at 12, too late for the opening ceremony?",
              **OPENING),
        Blind("flight", "39c3", "flight lands in hamburg at 11:30 tmrw, missed the opening?",
              **OPENING),
    )  # fmt: skip
