"""Which papers a kind of session presents right now: the one such session running, with its
papers, where before only its name and room were shown beside what starts next."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
NOTHING = ("No paper matches", "Nothing matches", "did you mean")
TUESDAY_ORALS = "2019-05-07T15:25:00-05:00"
"""Ten minutes into Tuesday's afternoon orals in Great Hall AD (15:15-16:00)."""
MONDAY_LUNCH = "2019-05-06T12:30:00-05:00"
"""Over Monday's lunch, when no orals run."""


async def test_the_papers_of_the_orals_running_now(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "orals-now",
            ICLR,
            "what papers are the oral talks presenting at the moment",
            now=TUESDAY_ORALS,
            expect=("Slalom", "Superficial Statistics"),
            forbid=NOTHING,
        ),
        Blind(
            "orals-rn",
            ICLR,
            "papers being given in the orals rn?",
            now=TUESDAY_ORALS,
            expect=("Slalom", "Superficial Statistics"),
            forbid=NOTHING,
        ),
    )


async def test_no_orals_running_is_what_runs_now(store: Store, database_url: str) -> None:
    """With no orals on, the answer is still the moment, never a paper picked by a word."""
    await asked(
        store,
        database_url,
        Blind(
            "orals-lunch",
            ICLR,
            "what papers are the oral talks presenting at the moment",
            now=MONDAY_LUNCH,
            expect=("on now and next",),
            forbid=NOTHING,
        ),
    )
