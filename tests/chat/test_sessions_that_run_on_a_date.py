"""'Run' says when something is on, not what it is about: 'which orals run on the 9th' asks
for that day's oral sessions, not for a paper about running."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_oral_sessions_that_run_on_a_date(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "orals",
            "iclr2019",
            "what oral blocks run on the 9th",
            expect=("Thursday morning orals", "Thursday afternoon orals"),
        ),
    )
