"""Inside a block of orals running at a moment, the one paper whose own slot holds that moment
is named with its authors and slot, and a reply asking for the names on it gets that paper's
authors; outside its slot the block alone is shown."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

IN_ITS_SLOT = "2019-05-09T10:40:00-05:00"


@pytest.mark.imported_schedules
async def test_the_oral_in_its_own_slot_is_named_and_its_authors_follow(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "on stage",
            "iclr2019",
            "which oral is being given in great hall ad right now",
            now=IN_ITS_SLOT,
            expect=("Thursday morning orals", "Ordered Neurons", "10:30–10:45"),
        ),
        Blind(
            "its names",
            "iclr2019",
            "who are the people behind it",
            now=IN_ITS_SLOT,
            reply_to="on stage",
            expect=("Yikang Shen", "Aaron Courville"),
        ),
    )


@pytest.mark.imported_schedules
async def test_before_its_slot_only_the_block_is_shown(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "earlier",
            "iclr2019",
            "what's on now?",
            now="2019-05-09T10:00:00-05:00",
            expect=("Thursday morning orals",),
            forbid=("Ordered Neurons",),
        ),
    )
