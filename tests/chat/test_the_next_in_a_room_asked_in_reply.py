"""A reply to what runs now and next in one room that asks what follows in that same room
('and afterwards, in the same room?'): naming the room again points at the talk on now, so the
answer is the talk after it there, not the rest of the day past the one shown as next; in
German the same."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what is read from a question does not depend on the store; the blind sets "
        "grade retrieval on both backends"
    ),
]

EVENING = "2025-12-28T19:30:00+01:00"
A_MINUTE_LATER = "2025-12-28T19:31:00+01:00"


async def test_the_talk_after_the_one_on_now_in_that_room(store: Store, database_url: str) -> None:
    """Before, both replies got the room's day from 21:05 on, the next talk left out."""
    await asked(
        store,
        database_url,
        Blind(
            "room",
            "39c3",
            "anything going on in saal one at the moment?",
            now=EVENING,
            expect=("In-house",),
        ),
        Blind(
            "english",
            "39c3",
            "and afterwards, in the same room?",
            now=A_MINUTE_LATER,
            reply_to="room",
            expect=("freiheit.exe",),
        ),
        Blind(
            "german",
            "39c3",
            "und danach, im gleichen saal?",
            now=A_MINUTE_LATER,
            reply_to="room",
            expect=("freiheit.exe",),
            locale="de",
        ),
    )
