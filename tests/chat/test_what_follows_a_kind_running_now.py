"""How long a kind of session running now goes on, and what then ('how long are the posters on
and what's next?'): the kind names what runs, so next is whatever follows it that evening, not
the next session of the same kind a day later; in German the same."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)

DURING_THE_POSTERS = "2019-05-08T17:10:00-05:00"


async def test_what_follows_the_posters_running_is_the_evening(
    store: Store, database_url: str
) -> None:
    """Before, both got the poster session running and the next one, on Thursday."""
    await asked(
        store,
        database_url,
        Blind(
            "english",
            "iclr2019",
            "how long do the posters go on, and what's next after?",
            now=DURING_THE_POSTERS,
            expect=("18:30", "Sponsor parties"),
            forbid=("RNNs, NLP",),
        ),
        Blind(
            "german",
            "iclr2019",
            "bis wann laufen die poster und was kommt danach?",
            now=DURING_THE_POSTERS,
            expect=("18:30", "Sponsor parties"),
            forbid=("RNNs, NLP",),
            locale="de",
        ),
    )
