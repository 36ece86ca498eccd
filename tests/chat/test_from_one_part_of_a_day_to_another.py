"""A stretch from one part of a day to another ('tuesday from lunch till the evening') asks
both, so the day's programme answers, with what runs between them; and 'what's planned' asks
for the programme, never for papers about planning."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_stretch_between_two_parts_lists_what_runs_between(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "span",
            "iclr2019",
            "tuesday post-lunch till the evening, what's on?",
            expect=("Goodfellow", "16:30"),
        ),
        Blind(
            "planned",
            "iclr2019",
            "what's planned on thursday",
            expect=("Thursday morning orals",),
            forbid=("Authors",),
        ),
    )
