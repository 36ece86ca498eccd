"""Asking whether the conference starts with something official or formal asks what opens
it: its first session, not the conference's card, which 'official' alone would ask for."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = [
    pytest.mark.imported_schedules,
    pytest.mark.sqlite_only(
        reason="what is read from a question does not depend on the store; the blind sets grade "
        "retrieval on both backends"
    ),
]


async def test_starting_with_something_formal_is_the_opening(
    store: Store, database_url: str
) -> None:
    """Before, both answered with the conference's card."""
    await asked(
        store,
        database_url,
        Blind(
            "camp",
            "camp2019",
            "is the camp kicking off with some official thing?",
            now="2019-08-20T18:00:00+02:00",
            expect=("Opening Ceremony",),
            forbid=("Time zone",),
        ),
        Blind(
            "iclr",
            "iclr2019",
            "will iclr begin with something formal",
            now="2019-05-05T20:00:00-05:00",
            expect=("Opening remarks",),
            forbid=("Time zone",),
        ),
    )
