"""Small asides around a question: whether a party serves food is told by its card, a wish
for coffee beside a time is the asker's own, and 'oral presentations' are the orals."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


@pytest.mark.imported_schedules
async def test_food_asked_of_the_closing_party_shows_its_card(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("food", ICLR, "closing party: will they serve food?", expect_any=("buffet",)),
    )


@pytest.mark.imported_schedules
async def test_needing_a_coffee_beside_a_time_asks_nothing_of_the_breaks(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "coffee",
            ICLR,
            "today's morning keynote, who is it? i need a coffee before",
            now="2019-05-07T08:20:00-05:00",
            expect=("Shuckburgh",),
        ),
    )


@pytest.mark.imported_schedules
async def test_oral_presentations_counted_are_the_orals(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("orals", ICLR, "how many oral presentations did iclr have?", expect=("24",)),
    )


@pytest.mark.imported_schedules
async def test_nosy_agents_are_curiosity_driven_exploration(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "nosy",
            ICLR,
            "rl agents that are nosy and get no reward, any work on this?",
            expect_any=(
                "Curiosity-Driven Learning",
                "Episodic Curiosity",
                "random network distillation",
            ),
        ),
    )
