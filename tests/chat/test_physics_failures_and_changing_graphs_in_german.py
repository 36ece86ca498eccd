"""Papers described in everyday German find their English titles: particles, rigid bodies,
modelling clay and liquids; an agent's rare catastrophic failures; and graphs "that change over
time", a clause after the noun that English says as one word before it (dynamic graphs)."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
PARTICLES = "Learning Particle Dynamics"
FAILURES = "Rigorous Agent Evaluation"
CHANGING = "DyRep"


@pytest.mark.imported_schedules
async def test_papers_described_in_german_everyday_words(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "particles",
            "iclr2019",
            "hat jemand was zu flüssigkeiten und starren körpern, simuliert mit teilchen?",
            locale="de",
            expect=(PARTICLES,),
        ),
        Blind(
            "failures",
            "iclr2019",
            "wie testet man RL agenten auf seltene katastrophale fehler?",
            locale="de",
            expect=(FAILURES,),
        ),
        Blind(
            "changing-networks",
            "iclr2019",
            "embeddings von graphen, die sich laufend verändern, wie soziale netze usw.",
            locale="de",
            expect=(CHANGING,),
        ),
    )
