"""An award question whose other words name one of the winners answers with that winner's
card (its own slot, its room), not every paper that won."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_the_winner_the_other_words_name(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "sparse",
            "iclr2019",
            "the award-winning one on pruning, when is it",
            expect=("The Lottery Ticket Hypothesis", "Authors"),
            forbid=("Ordered Neurons",),
        ),
    )


async def test_a_clause_asking_if_it_has_started(store: Store, database_url: str) -> None:
    """'has the ... started' after a remark is a question, whatever words come before it."""
    await asked(
        store,
        database_url,
        Blind(
            "started",
            "iclr2019",
            "cycling back from the river, has the award-winning lstm oral started or nah",
            now="2019-05-09T10:10:00-05:00",
            expect=("Ordered Neurons", "10:30"),
            forbid=("Lottery",),
        ),
    )


async def test_every_winner_when_none_is_named(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "all",
            "iclr2019",
            "which papers got the best paper award",
            expect=("Ordered Neurons", "Lottery Ticket"),
        ),
    )
