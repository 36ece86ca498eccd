"""A session said to drag on, and then 'it' or 'they' said to end (wordings of this file's
own): what follows that session answers, where before 'no paper matches' the leftover words
or the programme now was shown."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"

RUNNING_LONG = (
    Blind(
        "lunch",
        ICLR,
        "lunch is running late, who speaks once it's over?",
        now="2019-05-06T14:10-05:00",
        expect=("Bottou", "14:30"),
    ),
    Blind(
        "orals",
        ICLR,
        "ugh the thursday morning orals are going long, anything good when they finish?",
        now="2019-05-09T10:40-05:00",
        expect=("11:00",),
    ),
)


async def test_what_follows_a_session_running_long(store: Store, database_url: str) -> None:
    """Before, "no paper matches" the words left over."""
    await asked(store, database_url, *RUNNING_LONG)
