"""A word naming a topic as well as an author, said in a list of topics, is the topic: 'adam'
beside weight decay is the optimizer, not the author Adams, so the question asks where those
posters are; and 'this minute' asks what runs now."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_adam_beside_other_topics_is_the_optimizer(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "optimizer",
            "iclr2019",
            "adam and weight decay posters, which room this minute?",
            now="2019-05-08T17:00:00-05:00",
            expect=("Great Hall BC", "On now"),
            forbid=("Adams",),
        ),
    )
