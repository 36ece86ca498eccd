"""A longer description whose one word is a talk's title word means the talk holding most of
its words: the e-waste study inviting interviews, not the e-waste talk; of two talks a word
each names, the one holding the rest too. A short question a title's words name keeps that
talk (wordings of this file's own)."""

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
        "study",
        "camp2019",
        "a student wants to interview hardware hackers about their e-waste and junk, which talk",
        expect=("zwecklose",),
        forbid=("Welchen letzten Weg",),
    ),
    Blind(
        "two named",
        "39c3",
        "longevity and ai sold as the fix for a broken healthcare system, who is critiquing that",
        expect=("Hofmann",),
        forbid=("Supplements",),
    ),
    Blind(
        "short",
        "camp2019",
        "when is the e-waste talk",
        expect=("Welchen letzten Weg",),
    ),
)


async def test_the_talk_holding_most_of_the_words_is_the_one_meant(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)
