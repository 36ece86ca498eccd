"""A social named by its occasion ('the closing party') is the social of that occasion, the
closing reception, not the closing talk whose title has the same word, nor any other party."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_the_closing_party_is_the_closing_reception(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "party",
            "iclr2019",
            "what time does the closing party start",
            expect=("Closing reception", "19:00"),
            forbid=("Addis Ababa", "Sponsor parties"),
        ),
    )
