"""When a meal starts and when things pick up again afterwards: the words for taking up again
('pick up', 'resume') ask nothing of their own, so the meal's slot, with its start and end,
answers, never a paper that happens to hold them."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
WEDNESDAY_NOON = "2019-05-08T11:50:00-05:00"


async def test_a_meal_and_when_things_pick_up_again(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "pick",
            ICLR,
            "so hungry, when is lunch and when do things pick up after it",
            now=WEDNESDAY_NOON,
            expect=("13:00", "14:30"),
            forbid=("Authors",),
        ),
        Blind(
            "resume",
            ICLR,
            "what time does lunch begin and when do we resume?",
            now=WEDNESDAY_NOON,
            expect=("13:00", "14:30"),
            forbid=("Authors",),
        ),
    )
