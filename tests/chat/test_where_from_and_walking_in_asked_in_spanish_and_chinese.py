"""Replies and moments asked in Spanish and Chinese, in this file's own wordings: where the
authors just shown come from, asked by "what place" ("de qué sitio"), which is their
universities and companies and not a room; and what runs on the stage of a hall one has just
walked into, which is what runs there now (in English too)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what a question means does not depend on the store; the blind sets grade "
        "retrieval on both backends"
    ),
]


async def test_where_the_authors_shown_come_from_asked_by_place(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("paper", "iclr2019", "quién escribió Slimmable Neural Networks?", locale="es-ES",
              expect=("Jiahui Yu",)),
        Blind("place", "iclr2019", "y esta gente de qué sitio son?", locale="es-ES",
              reply_to="paper", expect=("Illinois",)),
    )  # fmt: skip


async def test_a_hall_just_walked_into_is_asked_of_now(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("zh", "31c3", "刚走进 Saal 6，台上那位讲的是啥", now="2014-12-27T17:30:00+01:00",
              locale="zh-CN", expect=("eXperimental Robot",),
              forbid=("Personal Tracking Devices",)),
        Blind("en", "31c3", "walked into saal 6, what's the one on stage?",
              now="2014-12-27T17:30:00+01:00", expect=("eXperimental Robot",),
              forbid=("Personal Tracking Devices",)),
    )  # fmt: skip
