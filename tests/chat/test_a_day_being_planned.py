"""A question that opens with what the asker is planning ('planning for thursday: ...') asks
about the day planned; the verb names nothing to search for, while 'planning' inside a
question is still the subject of papers."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_day_being_planned_is_asked(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "plan",
            "iclr2019",
            "just planning wednesday - what's in great hall ad that afternoon?",
            now="2019-05-06T20:00:00-05:00",
            expect=("Tufekci", "Wednesday afternoon orals"),
        ),
        Blind(
            "topic",
            "iclr2019",
            "any planning papers tomorrow?",
            now="2019-05-06T20:00:00-05:00",
            expect=("Planning",),
        ),
    )
