"""Recordings asked of talks that have none of their own (wordings of this file's own): the
conference's page of talk videos answers, where before the talk's card was shown, with no
recording on it; a session with a video of its own keeps it."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
VIDEOS = "facebook.com/pg/iclr.cc/videos"

RECORDINGS = (
    Blind(
        "invited", ICLR, "couldnt make the invited talks, any recordings of them?", expect=(VIDEOS,)
    ),
    Blind("person", ICLR, "is goodfellow's keynote recorded anywhere online", expect=(VIDEOS,)),
    Blind("replay", ICLR, "where could i see a replay of lapata's talk", expect=(VIDEOS,)),
)
OWN = (Blind("debate", ICLR, "is there a video of the debate?", expect=("1323173737834962",)),)


async def test_recordings_of_talks_point_to_the_conferences_videos(
    store: Store, database_url: str
) -> None:
    """Before, the talk's card, whose links hold no recording."""
    await asked(store, database_url, *RECORDINGS, *OWN)
