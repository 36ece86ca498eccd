"""A topic named beside words describing one of its talks: that talk is offered, not buried in
the topic's whole list, and so is a talk the programme files elsewhere when the words describe
none of the topic's; beside words no talk holds, the topic is still the closest answer
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
        "described outside it",
        "camp2019",
        "citizen science: can folks without 3d vision learn to see depth?",
        expect=("Did you mean", "Hacking how we see"),
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
