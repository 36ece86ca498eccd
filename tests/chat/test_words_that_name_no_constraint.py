"""Words that look like a constraint but are said in passing: what the asker is busy with
'rn' is no moment asked, a venue's word used as a verb ('building') beside a talk's words
does not ask about the venue, and a room's name shared by a word of the question ('kids')
asks for no room when none of its talks has the other words. Wordings of this file's own."""

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
        "occupied",
        "39c3",
        "i'm doing an apprenticeship right now, is there anything for trainees?",
        expect=("Azubi-Tag",),
        forbid=("on now",),
    ),
    Blind(
        "building",
        "31c3",
        "open database for our food, anyone building one?",
        expect=("open food",),
        forbid=("Time zone",),
    ),
    Blind(
        "in passing",
        "camp2019",
        "kids doing school strikes, a talk about that?",
        expect=("FridaysForFuture",),
        forbid=("Kids Stage:",),
    ),
)


async def test_words_said_in_passing_constrain_nothing(store: Store, database_url: str) -> None:
    await asked(store, database_url, *ASKED)
