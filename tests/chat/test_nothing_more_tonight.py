"""Asked what else is on in a part of today once everything in it has started ('anything
else this evening?' after the day's last session has begun or ended), the answer says
nothing more starts then and names what comes next, rather than listing sessions already
run as if they were still to come. Earlier that day, what is still to start is listed."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

ICLR = "iclr2019"
TUESDAY_LATE = "2019-05-07T19:30:00-05:00"
"""An hour after Tuesday's last poster session ended; nothing else runs that evening."""
WEDNESDAY_AFTERNOON = "2019-05-08T17:00:00-05:00"
"""During Wednesday's afternoon posters, with the sponsor parties still to come."""


async def test_nothing_left_this_evening_is_said_with_what_comes_next(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "late",
            ICLR,
            "is there something else this evening",
            now=TUESDAY_LATE,
            nothing=True,
            expect=("Oudeyer", "Wed 8 May"),
            forbid=("adversarial attacks",),
        ),
    )


async def test_what_is_still_to_start_this_evening_is_listed(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "parties",
            ICLR,
            "anything else tonight?",
            now=WEDNESDAY_AFTERNOON,
            expect=("Sponsor parties",),
        ),
    )
