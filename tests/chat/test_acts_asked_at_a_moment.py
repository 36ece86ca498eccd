"""A kind of act asked at a moment in everyday words (wordings of this file's own): 'djs' are
the DJ sets, a podcast asked with the word for its recording is the live podcasts then, and
stretching is the programme's yoga."""

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
    Blind(
        "djs",
        "camp2019",
        "kemistry lounge, which djs are on after midnight?",
        now="2019-08-24T22:30+02:00",
        expect=("Marcus Carp",),
        forbid=("Dana Ruh",),
    ),
    Blind(
        "podcast recorded",
        "39c3",
        "live podcast recordings left this evening?",
        now="2025-12-27T18:30+01:00",
        expect=("ein Tag mit der GI", "Landtagsrevue"),
        forbid=("Off The Record",),
    ),
    Blind(
        "stretching",
        "camp2019",
        "some gentle stretching in the morning anywhere?",
        now="2019-08-24T09:00+02:00",
        expect=("Re-boot yourself",),
    ),
)


async def test_acts_asked_in_everyday_words_are_found(store: Store, database_url: str) -> None:
    await asked(store, database_url, *ASKED)
