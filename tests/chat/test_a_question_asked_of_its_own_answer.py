"""A question that asks, in the same message, for more of whoever its answer is about ('the
emv talk; does the speaker give any other?') is the thing asked, then the follow-up asked
of it: every talk of its speaker. Wordings of this file's own."""

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
        "semicolon",
        "31c3",
        "the chip and pin emv fraud talk; is the presenter giving other talks too?",
        expect=("EMV PIN interception", "USB armory"),
    ),
    Blind(
        "and",
        "31c3",
        "when is forging the usb armory and has that speaker got another talk",
        expect=("EMV PIN interception", "USB armory"),
    ),
)


async def test_the_follow_up_is_asked_of_the_answer_it_follows(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)
