"""What follows a talk named with the hall it is in ('after dwork's talk in the main hall'):
the hall says where, not which words the talk's text must hold, so the talk is still the one
followed and what comes after it is shown, not what runs at the moment of asking."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_a_talk_followed_in_a_named_hall_is_still_that_talk(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "hall",
            "iclr2019",
            "whats on straight after lapata's talk in the main hall?",
            expect=("Thursday morning orals", "09:45"),
        ),
    )
