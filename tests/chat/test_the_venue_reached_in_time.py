"""Where the asker must be in time for something ('be at the convention centre ... for the
first talk') and when they arrive ('landing the night before') are their own journey: the
question asks what they want to catch, not the conference's card or that evening's sessions."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_start_the_asker_wants_to_be_in_time_for(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "landing",
            "iclr2019",
            "landing the night before, when to be at the convention center for the first talk?",
            now="2019-05-05T19:00:00-05:00",
            expect=("Opening remarks", "08:45"),
        ),
    )
