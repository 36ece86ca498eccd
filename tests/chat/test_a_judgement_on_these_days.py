"""A judgement on how things stand these days ('is privacy kind of a privilege now') names a
subject, not a moment: the talk on it answers, not what happens to be on at that minute."""

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


async def test_a_time_word_closing_a_judgement_asks_for_no_moment(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "these days",
            "camp2019",
            "is privacy kind of a privilege of the rich these days? i think there was a talk",
            expect=("Unequally Distributed",),
            forbid=("on now",),
        ),
        Blind(
            "now",
            "camp2019",
            "is privacy sort of a thing for rich folks now? someone spoke about it",
            expect=("Unequally Distributed",),
            forbid=("on now",),
        ),
    )
