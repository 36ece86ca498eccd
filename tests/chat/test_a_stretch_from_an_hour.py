"""A day asked from an hour on, with no room named ('thursday after 3pm whats on'), lists
every session that starts in that stretch up to that night's end, not only what runs at
the hour and the one after it: the evening's reception is as much an answer as the orals."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_the_rest_of_a_day_from_an_hour_is_listed(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "from-3pm",
            "iclr2019",
            "thursday after 3pm whats on",
            expect=("Thursday afternoon orals", "Closing: ICLR 2020", "Closing reception"),
            forbid=("Thursday morning orals",),
        ),
    )
