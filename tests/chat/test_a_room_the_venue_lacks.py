"""A room asked for by a number the venue has no room for ('hall 7', 'saal 4') matches
nothing: the answer says so and offers the rooms there are, rather than answering as though
no room had been named (what runs now everywhere, or one day's whole programme). A room the
venue has is still answered with its own sessions."""

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

ICLR_WEDNESDAY = "2019-05-08T11:00:00-05:00"


async def test_a_numbered_room_nobody_has_is_said_to_match_nothing(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "hall-7",
            "iclr2019",
            "is anything happening in hall 7 right now",
            now=ICLR_WEDNESDAY,
            nothing=True,
            expect=("Room R04", "Great Hall BC"),
            forbid=("Poster session",),
        ),
    )


async def test_a_day_asked_of_a_missing_room_is_not_that_days_programme(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "saal-4",
            "31c3",
            "whats on in saal 4 on the 29th",
            nothing=True,
            expect=("Saal 6",),
        ),
    )


async def test_a_room_the_venue_has_still_lists_its_sessions(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "r04",
            "iclr2019",
            "what's in room r04 on monday",
            expect=("Structure & Priors",),
        ),
    )
