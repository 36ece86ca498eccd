"""Two days offered as a choice ('was it monday or tuesday?'): the asker does not know which,
so neither is the day asked, and the answer says which it is."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_speakers_day_asked_as_a_choice_of_two(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "choice",
            "iclr2019",
            "did bottou speak on monday or on tuesday?",
            expect=("Bottou",),
            expect_any=("Monday", "6 May", "May 6"),
        ),
    )
