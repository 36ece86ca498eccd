"""A paper's links asked in an attendee's words, in wordings of this file's own: the words
asking for a link ('forum page', 'open source', 'repo') are what is asked, not words the
paper must hold, so the paper its other words name is shown with its links; a surname typed
alone beside a subject its owner never wrote about is a word, not that person."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="reading a question does not depend on the store; the blind sets grade retrieval "
    "on both backends"
)
ICLR = "iclr2019"

LINKS = (
    Blind(
        "forum",
        ICLR,
        "forum page on openreview for diagnosing and enhancing vae models",
        expect=("B1e0X3C9tQ",),
    ),
    Blind(
        "source",
        ICLR,
        "is ordered neurons open source?",
        expect=("yikangshen/Ordered-Neurons",),
    ),
    Blind(
        "sourced",
        ICLR,
        "did the random encoders for sentence classification paper get open sourced",
        expect=("facebookresearch/randsent",),
    ),
    Blind(
        "page",
        ICLR,
        "openreview page disjoint mapping network voices faces",
        expect=("B1exrnCcF7",),
    ),
    Blind(
        "source-code",
        ICLR,
        "github repo for the initialized equilibrium propagation paper",
        expect=("QUVA-Lab/init-eqprop",),
    ),
)
IN_PASSING = (
    Blind(
        "stock",
        ICLR,
        "deep learning for stock market forecasting, anything?",
        nothing=True,
        forbid=("Pierre Stock at",),
    ),
)


async def test_a_link_asked_in_words_gets_the_paper_with_its_links(
    store: Store, database_url: str
) -> None:
    """Before, the link's words counted against the paper: "nothing matches"."""
    await asked(store, database_url, *LINKS)


async def test_a_surname_in_passing_is_not_that_person(store: Store, database_url: str) -> None:
    """Before, 'stock market' answered with the papers of an author called Stock."""
    await asked(store, database_url, *IN_PASSING)
