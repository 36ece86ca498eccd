"""How the asker feels, said and not asked ('day 2 and my feet are already dead lol'): a
remark, answered as small talk, never searched for; said beside a question it is left aside
and the question answered."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
SEARCHED = ("Nothing matches", "No paper matches", "not sure what you")


@pytest.mark.imported_schedules
async def test_a_feeling_said_alone_is_small_talk(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("legs", "camp2019", "so exhausted, my legs are dying", forbid=SEARCHED),
        Blind("brain", "39c3", "brain totally fried, knackered after day one", forbid=SEARCHED),
        Blind("eyes", "iclr2019", "my eyes are dying from all these posters lol", forbid=SEARCHED),
        Blind("feet", "31c3", "ugh feet hurt, starving too", forbid=SEARCHED),
        Blind("sleepy", "camp2019", "sleepy af but the lake was worth it", forbid=SEARCHED),
    )


@pytest.mark.imported_schedules
async def test_a_feeling_beside_a_question_leaves_the_question_answered(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "coffee",
            "iclr2019",
            "exhausted. when's the next coffee break?",
            now="2019-05-07T09:30:00-05:00",
            expect=("Coffee break",),
        ),
        Blind(
            "topic",
            "iclr2019",
            "tired of gans honestly, any posters on graph networks?",
            expect=("graph",),
            forbid=SEARCHED,
        ),
    )
