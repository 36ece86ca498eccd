"""A topic named beside words describing one of its talks: that talk is offered, not buried in
the topic's whole list; beside words no talk holds, the topic is still the closest answer
(wordings of this file's own)."""

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
        "described",
        "39c3",
        "microscopic algae in the arctic sea, something in the science track?",
        expect=("Did you mean", "Eisblumen"),
    ),
    Blind(
        "not described",
        "39c3",
        "science track, anything on pizza toppings?",
        expect=("The closest topic", "Science"),
        forbid=("Did you mean",),
    ),
)


async def test_a_talk_a_topics_question_describes_is_offered(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *ASKED)
