"""A lab named beside a word many labs share ('institute', 'university') is that lab: of the
words one by one, the one naming the fewest papers decides, not every institute's papers."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


@pytest.mark.imported_schedules
async def test_the_specific_lab_wins_over_the_generic_word(store: Store, database_url: str) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "lab",
            "iclr2019",
            "that institute... skoltech, what did they bring?",
            expect=("Skolkovo", "Latent Convolutional Models"),
            forbid=("Vector Institute",),
        ),
    )
