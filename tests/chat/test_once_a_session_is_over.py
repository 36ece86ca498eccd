"""What is asked for 'once the posters wrap up' starts after they end: the posters themselves,
still up when the question is asked, are past by then, so an evening holding nothing else
says nothing is on rather than showing them, and what runs now leaves them out."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

LATE_POSTERS = "adversarial attacks, defences and robustness"
"""Tuesday's last poster session, 16:30 to 18:30; nothing follows it that day."""


async def test_an_evening_with_nothing_after_the_posters_says_so(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "empty",
            "iclr2019",
            "tonight after the poster session is finished, is there anything?",
            now="2019-05-07T17:30:00-05:00",
            nothing=True,
            forbid=(LATE_POSTERS,),
        ),
    )


async def test_an_evening_with_a_party_after_the_posters_shows_it(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "party",
            "iclr2019",
            "this evening when the posters are over, what's happening",
            now="2019-05-08T17:00:00-05:00",
            expect=("Sponsor parties",),
        ),
    )


async def test_what_runs_once_the_posters_end_leaves_them_out(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "next",
            "iclr2019",
            "as soon as the posters finish, anything?",
            now="2019-05-07T17:30:00-05:00",
            forbid=(LATE_POSTERS,),
        ),
    )
