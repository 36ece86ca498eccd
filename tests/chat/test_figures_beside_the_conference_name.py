"""A figure asked beside the conference's own name ('... to ICLR 2019') is answered with the
figures, not only the links whose addresses hold the name; and 'how big' asks for a figure as
'how many' does."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
NOT_FOUND = ("Nothing matches", "No paper matches", "did you mean")


async def test_the_conference_name_does_not_pick_only_its_links(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "number",
            "iclr2019",
            "the number of submissions ICLR 2019 got",
            expect=("1,579",),
            forbid=NOT_FOUND,
        ),
    )


async def test_how_big_asks_for_a_figure(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "big",
            "iclr2019",
            "how large was the stack of submissions",
            expect=("1,579",),
            forbid=NOT_FOUND,
        ),
    )
