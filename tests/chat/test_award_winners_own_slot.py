"""An award-winning oral inside a longer oral block is shown with its own slot: someone asking
whether they missed the best paper's talk needs its quarter hour, not the block's start."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="the award list is rendered the same on both backends; the blind sets grade "
    "retrieval on both"
)


async def test_the_best_paper_list_gives_an_orals_own_quarter_hour(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "award",
            "iclr2019",
            "when is the best paper oral about tree structure in recurrent nets",
            now="2019-05-09T09:50:00-05:00",
            expect=("Ordered Neurons", "10:30–10:45"),
        ),
    )
