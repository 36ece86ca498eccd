"""A part of a day's sessions said as a batch ('the afternoon batch of posters') is that part's
session, never the 'batch' of batch normalization, which still names its papers alone."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_batch_of_posters_is_that_parts_session(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "batch",
            "iclr2019",
            "how long does the afternoon batch of posters run on wednesday",
            now="2019-05-06T12:00:00-05:00",
            expect=("18:30",),
            forbid=("Fixup",),
        ),
        Blind("norm", "iclr2019", "batch norm stuff?", expect=("batch normalization",)),
    )
