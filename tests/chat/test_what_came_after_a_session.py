"""What followed a session, asked in the past ('what came after ...') or with the kind wanted
before it ('the orals just after ...'), is what started as that session ended, as when asked
in the present."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_what_came_after_a_keynote_the_day_before(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "came",
            "iclr2019",
            "what came just after bottou's talk on monday?",
            now="2019-05-07T20:00:00-05:00",
            expect=("Monday afternoon orals",),
        ),
        Blind(
            "orals",
            "iclr2019",
            "the orals just after shuckburgh yesterday, when were they",
            now="2019-05-08T20:00:00-05:00",
            expect=("Tuesday morning orals",),
        ),
    )
