"""A stage play asked for is the programme's theatre, not a session on some stage: 'stage'
beside 'play' is one thing, not the German programme's word for a stage. Wordings of this
file's own."""

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

ASKED = (
    Blind("theatre", "39c3", "any theatre or stage plays?", expect=("freiheit.exe",)),
    Blind("stage play", "39c3", "is a stage play on somewhere", expect=("freiheit.exe", "20:10")),
)


async def test_a_stage_play_is_the_programmes_theatre(store: Store, database_url: str) -> None:
    await asked(store, database_url, *ASKED)
