"""Asked whether someone is still on ('is this still shuckburgh?') once their talk is over,
the answer is what runs in their room at that moment, not their card: the asker wants to know
what they have walked into."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_someone_asked_still_on_after_their_talk_gets_what_runs_there_now(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "walked in late",
            "iclr2019",
            "just slipped in late, is this still shuckburgh or something else by now?",
            now="2019-05-07T10:05:00-05:00",
            expect=("Tuesday morning orals", "On now"),
        ),
    )


@pytest.mark.imported_schedules
async def test_someone_still_on_is_still_shown(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "still there",
            "iclr2019",
            "is this still shuckburgh?",
            now="2019-05-07T09:20:00-05:00",
            expect=("Shuckburgh",),
            forbid=("Tuesday morning orals",),
        ),
    )
