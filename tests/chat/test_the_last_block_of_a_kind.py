"""The last block of a kind ('the very last poster block', 'the final oral block') is that
session, with its papers, so a reply asking which papers is answered from it."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_last_oral_block_is_one_session_with_its_papers(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "block",
            "iclr2019",
            "the absolute final oral block, when is it?",
            expect=("Thursday afternoon orals", "15:15"),
            forbid=("Monday morning orals",),
        ),
        Blind(
            "papers",
            "iclr2019",
            "papers in it?",
            reply_to="block",
            expect=("Transferring Knowledge across Learning Processes",),
        ),
    )
