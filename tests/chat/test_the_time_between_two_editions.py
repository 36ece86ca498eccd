"""The time between two editions of an event, said in an attendee's words ('between
congresses'), is what a programme calls 'all year round': the talk about staying involved
then is found."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_being_involved_between_editions_is_all_year_round(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "between",
            "39c3",
            "what can i do for chaos between congresses, is there a talk?",
            expect=("Chaos all year round",),
        ),
        Blind(
            "rest",
            "39c3",
            "anything about being part of chaos between congresses",
            expect=("Chaos all year round",),
        ),
    )
