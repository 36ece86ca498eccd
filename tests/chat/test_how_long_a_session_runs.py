"""A reply asking how long the session shown runs is told its length beside its times, so
the asker can plan around it without working out the difference."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_a_sessions_length_is_told_beside_its_times(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("keynote", "iclr2019", "the bottou keynote"),
        Blind(
            "long",
            "iclr2019",
            "how long is that one?",
            reply_to="keynote",
            expect=("14:30", "(45 min)"),
        ),
    )


async def test_when_this_session_ends_is_the_one_running_in_the_room_named(
    store: Store, database_url: str
) -> None:
    """'This' session is the one the asker sits in: at 11:40 on Tuesday, the GAN posters in
    Great Hall BC (until 13:00), never papers of a university whose address holds 'BC'."""
    moment = "2019-05-07T11:40:00-05:00"
    running = {"expect": ("Poster session: GANs", "13:00"), "forbid": ("British Columbia",)}
    await asked(
        store,
        database_url,
        Blind(
            "en",
            "iclr2019",
            "when does this poster session finish? i'm in BC",
            now=moment,
            **running,
        ),
        Blind("zh", "iclr2019", "在 BC 厅 这个海报几点结束", now=moment, locale="zh-CN", **running),
    )
