"""A talk whose title joins a word to a number ('c3Power') is found by that word: a talk
whose subtitle only shares the German for one of the words asked is not shown instead."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_word_joined_to_a_number_in_a_title_finds_the_talk(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "grid",
            "camp2019",
            "when is the power monitoring session",
            expect=("c3Power Monitoring",),
        ),
    )
