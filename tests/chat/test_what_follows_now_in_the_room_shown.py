"""A reply asking what comes afterwards in the same room (or 'there'), after an answer that
showed a room's talk on now and the one next there, asks about that room from the end of the
talk on now: the one next is its answer, then the rest of the room's evening, not only what
follows the next."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CONGRESS = "31c3"
ON_NOW = "Automatically Subtitling"
NEXT_THERE = "The Machine To Be Another"
"""Saal G on the second evening: a talk from 22:00 to 22:30, then this one at 22:45."""
ASKED = "2014-12-29T22:10:00+01:00"
REPLIED = "2014-12-29T22:11:00+01:00"


def room_then_after(key: str, locale: str, room: str, after: str) -> list[Blind]:
    """What runs in Saal G now, then a reply asking what follows in that room."""
    return [
        Blind(f"{key}-now", CONGRESS, room, locale=locale, now=ASKED, expect=(ON_NOW,)),
        Blind(
            f"{key}-after",
            CONGRESS,
            after,
            locale=locale,
            now=REPLIED,
            reply_to=f"{key}-now",
            expect=(NEXT_THERE, "22:45"),
        ),
    ]


@pytest.mark.imported_schedules
async def test_afterwards_in_the_same_room_starts_from_the_talk_on_now(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        *room_then_after("de", "de", "was ist jetzt in saal G?", "und danach im gleichen saal?"),
        *room_then_after("en", "en-US", "what's on in saal G now", "and afterwards, same room?"),
        *room_then_after("de-there", "de", "was ist jetzt in saal G?", "und hinterher dort?"),
        *room_then_after("en-there", "en-US", "what's on in saal G now", "and afterwards there?"),
    )
