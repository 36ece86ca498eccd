"""Who follows an act in a room whose name is several words (wordings of this file's own):
what starts there as the act ends, where before the act's own card was shown, as if it were
what was asked."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CAMP = "camp2019"


@pytest.mark.imported_schedules
@pytest.mark.parametrize(
    ("ask", "now", "following"),
    [
        (
            "who plays at the kemistry lounge after jake chambers",
            "2019-08-23T21:30:00+02:00",
            "tschunkelmusic",
        ),
        (
            "who's on in the kemistry lounge after marco morelle?",
            "2019-08-21T20:30:00+02:00",
            "DJ Bosch",
        ),
    ],
)
async def test_what_starts_in_the_room_as_the_act_ends_is_next(
    store: Store, database_url: str, ask: str, now: str, following: str
) -> None:
    await asked(store, database_url, Blind("after-act", CAMP, ask, now=now, expect=(following,)))
