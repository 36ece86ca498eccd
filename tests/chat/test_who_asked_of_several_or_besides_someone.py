"""Who is asked of several talks found at once, or of someone's talk besides them: every
talk listed names its speakers ('qui a présenté sur heartbleed' lists both talks with their
speakers), and 'who else besides X' is the card of X's talk with everyone on it, in any of
the languages (wordings of this file's own)."""

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
        "heartbleed-fr",
        "31c3",
        "qui a présenté sur heartbleed cette année ?",
        locale="fr",
        expect=("Durumeric", "Sullivan"),
    ),
    Blind(
        "heartbleed-en",
        "31c3",
        "who gave the heartbleed talks?",
        expect=("Durumeric",),
    ),
    Blind(
        "kangaroo-de",
        "39c3",
        "wann liest marc-uwe kling?",
        locale="de",
        expect=("19:15",),
    ),
    Blind(
        "kangaroo-besides-de",
        "39c3",
        "und wer steht außer kling noch auf der bühne?",
        locale="de",
        reply_to="kangaroo-de",
        expect=("Linus Neumann",),
    ),
    Blind(
        "kangaroo-besides-fr",
        "39c3",
        "à part kling, qui d'autre parle ?",
        locale="fr",
        expect=("Linus Neumann",),
    ),
    Blind(
        "kangaroo-besides-en",
        "39c3",
        "who's on stage apart from kling?",
        expect=("Linus Neumann",),
    ),
)


async def test_who_is_answered_with_every_speaker(store: Store, database_url: str) -> None:
    await asked(store, database_url, *ASKED)
