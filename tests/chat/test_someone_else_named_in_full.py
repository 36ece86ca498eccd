"""A speaker known by one name ('David') is not meant when that name comes with a surname
they do not have ('david graeber'): the talk whose words name that other person answers."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what a question is read as does not depend on the store; the blind sets grade "
        "retrieval on both backends"
    ),
]


async def test_a_first_name_with_another_surname_names_someone_else(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "in full",
            "39c3",
            "that talk about the david graeber institute, what day is it on?",
            expect=("Museum of Care",),
            forbid=("YouTube",),
        ),
        Blind("alone", "39c3", "when is david speaking", expect=("YouTube",)),
    )
