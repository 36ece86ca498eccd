"""A topic or subject asked of a named talk ('dwork keynote topic?', 'what was the subject of
her talk') asks what it is about: the talk's own description, not only its slot."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_keynotes_topic_is_its_description(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "topic",
            "iclr2019",
            "shuckburgh keynote topic?",
            expect=("Shuckburgh", "climate"),
        ),
        Blind(
            "subject",
            "iclr2019",
            "what was the subject of dwork's invited talk",
            expect=("Dwork", "fair"),
        ),
    )
