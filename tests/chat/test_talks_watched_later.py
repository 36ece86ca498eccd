"""Watching talks again, later or from home asks for their recordings: the conference's page
of talk videos, or a session's own video when one session is named; not what runs after now."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_the_videos_answer_watching_talks_later(store: Store, database_url: str) -> None:
    """Before, the first was read as 'what's on afterwards' and got the programme now."""
    await asked(
        store,
        database_url,
        Blind(
            "home",
            "iclr2019",
            "can i rewatch the talks at home?",
            expect=("facebook.com/pg/iclr.cc/videos",),
            forbid=("On now",),
        ),
        Blind(
            "debate",
            "iclr2019",
            "can i watch the debate again later?",
            expect=("facebook.com/iclr.cc/videos/1323173737834962",),
        ),
    )


async def test_being_able_to_watch_later_asks_the_same(store: Store, database_url: str) -> None:
    """Before, 'able' was searched for beside the debate and only offered it as a guess."""
    await asked(
        store,
        database_url,
        Blind(
            "able",
            "iclr2019",
            "would we be able to see the debate afterwards",
            expect=("facebook.com/iclr.cc/videos/1323173737834962",),
            forbid=("Nothing at",),
        ),
    )
