"""Someone who drives the asker, asking through them ('my cab driver wants the address'), is
the asker's own journey: the venue is still what is asked, never a search of those words."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_venue_is_named_when_a_driver_is_asking(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "cab",
            "iclr2019",
            "what's the venue called, my cab driver is asking",
            expect=("Ernest N. Morial Convention Center",),
        ),
        Blind(
            "uber",
            "iclr2019",
            "which conference centre is it? uber driver needs the address",
            expect=("Ernest N. Morial Convention Center",),
        ),
    )
