"""An evening asked of a room holds the talk still running there as the evening begins: an
attendee free from six can still catch the last of a talk that started at a quarter past
five, so it is listed beside the talks that start later."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_talk_running_into_the_evening_is_listed_with_it(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "evening",
            "31c3",
            "what's on in saal 6 monday evening?",
            expect=("Die Krise der Bilder ist die Krise der Politik",),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_talk_over_before_the_evening_is_not(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "afternoon",
            "31c3",
            "anything in saal 6 on monday evening",
            forbid=("16:00", "16:45"),
        ),
    )
