"""A paper described in everyday words that share few of its own: each everyday word counts
as the field's term it stands for ('database' as a paper's "knowledge base", 'behaviours' as
its "skills"), instead of being one more word the paper must hold, so the paper meant leads
the rest; one that stands far enough ahead is offered first even though none of the
question's words is rare among the papers."""

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


async def test_many_behaviours_learned_without_reward_offer_the_skills_paper(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "skills",
            ICLR,
            "an agent picking up lots of varied behaviours though it never gets a reward",
            expect=("Diversity is All You Need",),
        ),
    )
