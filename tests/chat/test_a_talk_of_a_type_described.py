"""A talk asked by the type its programme files it under and a description of its own ('a
lightning talk about helping people choose better passwords') is that one talk, not the
block titled after the type."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what a question is read as does not depend on the store; the blind sets grade "
        "retrieval on both backends"
    ),
]


async def test_a_lightning_talk_described_is_that_talk(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "lightning",
            "camp2019",
            "a lightning talk about helping people choose better passwords - when?",
            expect=("12:10", "Chris K"),
        ),
    )
