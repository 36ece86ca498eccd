"""A question that says where the asker sits or how long ago a talk began asks what is on
now in that room: 'standing at saal zero, who's presenting', 'started like 20 min ago'."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_where_the_asker_sits_is_the_room_now(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "standing",
            "39c3",
            "standing at saal zero, who's presenting",
            now="2025-12-28T15:50:00+01:00",
            expect=("Fram2", "akira25"),
        ),
        Blind(
            "ago",
            "31c3",
            "who is talking in saal 6, it started like 20 min ago",
            now="2014-12-27T16:20:00+01:00",
            expect=("Bihlmaier",),
        ),
    )
