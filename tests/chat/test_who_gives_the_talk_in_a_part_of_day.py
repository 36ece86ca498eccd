"""Who gives 'the talk' in a part of a day: a keynote is an invited talk, so it is among what
the answer lists, not only the sessions a programme files as talks."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_who_gives_the_talk_after_lunch_includes_the_keynote(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "after lunch",
            "iclr2019",
            "who does the talk after lunch on tuesday?",
            expect=("Goodfellow", "14:30"),
        ),
    )
