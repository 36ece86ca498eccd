"""A question after a joke taken back ('jk') asks only what follows it; 'what happens <day>
after the last orals' follows the orals themselves, not a session whose text mentions them;
and asking whether the first item is even confirmed still gets the first item, whose card
says how sure its time is."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

CARD = "Presented as"


async def test_what_is_said_before_a_joke_taken_back_asks_nothing(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "jk",
            "iclr2019",
            "is there free beer all week?? just kidding. what happens on tuesday after the keynote",
            expect=("Tuesday morning orals",),
            forbid=(CARD,),
        ),
    )


async def test_after_the_last_orals_is_what_follows_those_orals(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "orals",
            "iclr2019",
            "what's happening on thursday after the final orals",
            expect=("Addis Ababa",),
        ),
    )


async def test_the_first_item_asked_with_a_doubt_about_its_time(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "doubt",
            "iclr2019",
            "who opens this morning, is that even confirmed?",
            now="2019-05-08T07:00:00-05:00",
            expect=("Oudeyer", "not confirmed"),
            forbid=(CARD,),
        ),
    )
