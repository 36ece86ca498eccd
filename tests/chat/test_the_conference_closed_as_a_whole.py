"""Who closes the conference as a whole is its session of the closing kind, whatever hour it
has on the last day, before an evening 'Closing reception' whose title merely has the word;
'at the closing' said beside it names that same ceremony rather than a search for words."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


async def test_the_closing_is_who_closes_the_conference(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "closes",
            ICLR,
            "who closes the conference?",
            expect=("Bengio", "16:00"),
            forbid=("reception",),
        ),
    )


async def test_at_the_closing_beside_it_names_the_same_ceremony(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "at-closing",
            ICLR,
            "at the closing, who wraps up the conference",
            expect=("Bengio",),
            forbid=("reception",),
        ),
    )
