"""Asked what one can ask it ('which questions can i ask you'), the bot shows the commands
for the programme and the papers with questions to ask in chat, not every command with the
conference's search examples, nor a paper whose summary has the word 'questions'."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_what_can_be_asked_gets_the_questions_to_ask(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "ask",
            "iclr2019",
            "which questions can i ask you",
            expect=("what's on now?", "/topic"),
            forbid=("query:lottery ticket", "/privacy", "Partial Feedback"),
        ),
    )
