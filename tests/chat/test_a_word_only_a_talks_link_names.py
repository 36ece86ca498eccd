"""A talk is found by the words of its links' labels too: a project a talk points to
(its source repository, its demo) is often named there and nowhere else in its text."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_a_project_named_only_in_a_link_label_finds_its_talk(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "labelled",
            "31c3",
            "when is the jackline talk?",
            expect=("Trustworthy secure modular", "12:45"),
        ),
        Blind(
            "labelled-code",
            "31c3",
            "where's the mirleft code from?",
            expect=("Trustworthy secure modular",),
        ),
    )
