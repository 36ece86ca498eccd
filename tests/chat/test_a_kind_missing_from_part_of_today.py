"""A kind asked for a part of today that holds none of it (wordings of this file's own): the
answer says nothing is scheduled then, and names the next of that kind, where before it only
said nothing is scheduled; with none to come it still says only that."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"

NONE_TODAY = (
    Blind(
        "afternoon",
        ICLR,
        "any poster sessions this afternoon?",
        now="2019-05-06T09:30-05:00",
        expect=("Nothing is scheduled", "GANs", "11:00"),
        expect_any=("7 May", "May 7", "Tuesday"),
    ),
)
NONE_TO_COME = (
    Blind(
        "evening",
        ICLR,
        "are there workshops this afternoon?",
        now="2019-05-09T09:00-05:00",
        nothing=True,
        forbid=("Next:",),
    ),
)


async def test_a_kind_none_of_today_holds_names_its_next(store: Store, database_url: str) -> None:
    """Before, only 'Nothing is scheduled' for that part of the day."""
    await asked(store, database_url, *NONE_TODAY, *NONE_TO_COME)
