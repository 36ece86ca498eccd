"""A speaker named by three initials ('rms'), a word the conference's text lacks, is the one
speaker whose given name and surname begin with its first and last letters: their talks and
times answer, not 'nothing matches'."""

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


async def test_a_speaker_is_found_by_initials(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "initials",
            "31c3",
            "is rms giving a talk this year?? what time",
            expect=("Richard Stallman", "Freedom in your computer", "11:30"),
        ),
    )
