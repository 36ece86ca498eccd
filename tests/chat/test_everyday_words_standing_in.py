"""A paper described in everyday words that share few of its own: each everyday word also
counts as the field's term it stands for ('database' as a paper's "knowledge base",
'assistant' as its "dialogue"), rather than only as one more word the paper must hold, so
the paper meant leads the rest and is found; one far ahead of the rest is offered first."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


async def test_a_booking_assistant_that_reads_a_database_is_the_dialogue_paper(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "booking",
            ICLR,
            "a hotel booking assistant bot that looks answers up in a database",
            expect=("Task-Oriented Dialogue",),
        ),
    )


async def test_a_paper_far_ahead_of_the_rest_is_offered_though_no_word_is_rare(
    store: Store, database_url: str
) -> None:
    """Every word of the question is held by several papers, so none told the paper meant
    and other papers were offered; it leads them by far, so it is offered first."""
    await asked(
        store,
        database_url,
        Blind(
            "bodies",
            ICLR,
            "automatically evolving the bodies of robots 🧪🤖",
            expect=("Neural Graph Evolution",),
        ),
    )
