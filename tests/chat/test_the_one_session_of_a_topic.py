"""A topic asked beside a kind of session that only one session of that kind carries ('the
limited data workshop'): that session is meant, shown in full with when it ends, not listed
as a topic's sessions."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question is read as does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_a_workshop_named_by_its_topic_is_shown_with_its_end(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "limited",
            "iclr2019",
            "the limited data workshop, until what time does it go on",
            expect=("18:30",),
        ),
    )
