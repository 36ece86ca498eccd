"""'Where is everyone' asks where the people are: what runs at that moment, and where, draws
them, whatever the asker says of the empty hall they stand in."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_where_everybody_went_is_what_runs_now(store: Store, database_url: str) -> None:
    """Before, both were searched for as words ("Nothing at ICLR 2019 matches …")."""
    await asked(
        store,
        database_url,
        Blind(
            "deserted",
            "iclr2019",
            "this place is deserted, where did everybody go?",
            now="2019-05-06T11:40:00-05:00",
            expect=("On now", "Workshop"),
            forbid=("Nothing at",),
        ),
        Blind(
            "everyone",
            "iclr2019",
            "where's everyone at right now",
            now="2019-05-08T11:30:00-05:00",
            expect=("On now", "Poster session"),
        ),
    )
