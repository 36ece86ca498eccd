"""'Count the …' asks how many, as 'how many' does; a length said of a kind ('5-minute') is
what the programme's type already names, not a word to search; and a lightning slot is a
lightning talk: each answer counts the talks of that type."""

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
COUNTED = "Lightning Talk (34)"


async def test_a_count_asked_with_its_verb(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind("verb", "camp2019", "could you count the lightning talks", expect=(COUNTED,)),
        Blind(
            "length",
            "camp2019",
            "how many 5-minute lightning slots are there",
            expect=(COUNTED,),
        ),
    )


async def test_a_while_from_now_is_still_a_moment(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "while",
            "camp2019",
            "what's starting in 10 min",
            now="2019-08-22T11:52:00+02:00",
            expect=("How to talk lightning",),
        ),
    )
