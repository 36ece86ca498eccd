"""A reply asking for 'the other' talk with some words, or 'any other' such thing, gets the
talks holding those words past the one the answer showed, those titled so first, never the
one shown again (wordings of this file's own)."""

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
        "first",
        "31c3",
        "the cloudflare heartbleed private key challenge story",
        expect=("Heartache and Heartbleed",),
    ),
    Blind(
        "the other",
        "31c3",
        "who gave the other heartbleed one",
        reply_to="first",
        expect=("The Matter of Heartbleed", "Durumeric"),
        forbid=("Heartache", "State of the Onion"),
    ),
    Blind(
        "dance", "camp2019", "when is the lindy hop one", expect=("Lindy Hop",), forbid=("Latin",)
    ),
    Blind(
        "any other",
        "camp2019",
        "any other dance things",
        reply_to="dance",
        expect=("Latin-Danceparty",),
        forbid=("Lindy Hop",),
    ),
)


async def test_the_other_talk_with_the_words_is_answered(store: Store, database_url: str) -> None:
    await asked(store, database_url, *ASKED)
