"""Whether a paper was an oral or only a poster, asked with its short name ('td-vae: oral or
only poster?', 'ist darts ein oral oder bloß ein poster?'), is its card, which says how it was
presented: the choice names nothing to search for, however 'only' is said."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
CONFERENCE = "iclr2019"
NOTHING = ("Nothing matches", "Keine Treffer", "did you mean", "Meintest du")


async def test_a_paper_asked_oral_or_only_poster_is_its_card(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "td-vae-en",
            CONFERENCE,
            "td-vae: oral or only poster?",
            expect=("Temporal Difference Variational Auto-Encoder", "Oral"),
            forbid=NOTHING,
        ),
        Blind(
            "darts-de",
            CONFERENCE,
            "ist darts ein oral oder bloß ein poster?",
            locale="de",
            expect=("DARTS: Differentiable Architecture Search", "Poster"),
            forbid=NOTHING,
        ),
    )
