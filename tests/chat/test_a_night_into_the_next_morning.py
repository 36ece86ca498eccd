"""A night said to run into the next morning (wordings of this file's own): that night in the
room asked, past midnight included, where before only the morning after was listed, without
what starts before midnight."""

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
    ("ask", "now", "acts"),
    [
        (
            "kemistry lounge friday night into saturday morning, who's on?",
            None,
            ("Jake Chambers", "Dana Ruh", "Klex"),
        ),
        (
            "who's playing at the kemistry lounge tonight till the early morning",
            "2019-08-21T19:00:00+02:00",
            ("Christian Faubel", "Loui Beton"),
        ),
    ],
)
async def test_the_night_asked_is_listed_past_midnight(
    store: Store, database_url: str, ask: str, now: str | None, acts: tuple[str, ...]
) -> None:
    await asked(store, database_url, Blind("overnight", CAMP, ask, now=now, expect=acts))
