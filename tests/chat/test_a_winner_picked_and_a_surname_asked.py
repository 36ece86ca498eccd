"""A reply picking one of the papers an answer listed on their own ('the second one', '2nd
one') is that paper, counted in the order the answer showed them, which for an award's
winners is the order they are presented in; and 'last name' asks a name, never the last
item listed."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_winners_are_listed_as_presented_and_a_reply_picks_one(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind("won", "iclr2019", "which papers got the best paper award?"),
        Blind(
            "second",
            "iclr2019",
            "what day is the second one on",
            reply_to="won",
            expect=("Ordered Neurons", "Thu 9 May"),
            forbid=("Lottery Ticket",),
        ),
        Blind("won again", "iclr2019", "best paper winners pls"),
        Blind(
            "2nd",
            "iclr2019",
            "2nd one, when?",
            reply_to="won again",
            expect=("Ordered Neurons",),
            forbid=("not a day",),
        ),
    )


@pytest.mark.imported_schedules
async def test_a_last_name_asked_of_an_offer_is_its_authors_not_its_last_item(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "offer",
            "iclr2019",
            "nearest neighbour search made faster by spreading vectors out evenly",
        ),
        Blind(
            "surname",
            "iclr2019",
            "senior author's last name?",
            reply_to="offer",
            expect=("Jégou",),
        ),
    )
