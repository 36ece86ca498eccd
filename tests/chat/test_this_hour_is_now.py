"""'At this hour', 'at this time of night' and 'still playing' say the moment the asker is in:
what runs now, where before the leftover 'hour' was searched for and nothing matched."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CAMP = "camp2019"
NOTHING = ("No paper matches", "Nothing matches", "did you mean")
SMALL_HOURS = "2019-08-26T01:00:00+02:00"
"""One in the morning of the camp's final night, while a DJ set runs in the Kemistry Lounge."""


@pytest.mark.imported_schedules
async def test_the_hour_the_asker_is_in_is_now(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "hour",
            CAMP,
            "who is still playing at this hour?",
            now=SMALL_HOURS,
            expect=("dj-spock",),
            forbid=NOTHING,
        ),
        Blind(
            "night",
            CAMP,
            "anyone djing at this time of night?",
            now=SMALL_HOURS,
            expect=("dj-spock",),
            forbid=NOTHING,
        ),
    )
