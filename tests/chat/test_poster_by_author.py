"""A paper asked for by its author's name and its subject, in wordings of this file's own:
the author's one paper is shown in full, where its card tells the poster's board, instead of
a list of one paper under the author's name."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
CARD = ("Authors", "Presented as")
"""A paper's card, not a list under a name."""

THEIR_ONE = (
    Blind(
        "wen",
        ICLR,
        "the wen poster matching voices to faces, which board number is it hung on?",
        expect=CARD,
    ),
    Blind(
        "riemer",
        ICLR,
        "riemer's thing on forgetting, what board number and which session pls",
        expect=CARD,
    ),
    Blind(
        "lin",
        ICLR,
        "where's tsung-han lin standing with the sparse dictionary poster, board number?",
        expect=CARD,
    ),
    Blind(
        "chang",
        ICLR,
        "michael chang's representation transformations poster, what number is the board",
        expect=CARD,
    ),
    Blind("kim", ICLR, "seung wook kim visual reasoning modules poster", expect=CARD),
)


async def test_an_authors_one_paper_on_the_subject_asked_is_shown_in_full(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *THEIR_ONE)


AMONG_THEIRS = (
    Blind(
        "levine",
        ICLR,
        "levine's poster on learning skills without a reward, which board?",
        expect=("Diversity is All You Need", *CARD),
    ),
    Blind(
        "bengio",
        ICLR,
        "bengio quaternion recurrent nets poster number",
        expect=("Quaternion Recurrent Neural Networks", *CARD),
    ),
    Blind(
        "vinyals",
        ICLR,
        "vinyals universal transformers board?",
        expect=("Universal Transformers", *CARD),
    ),
    Blind(
        "socher",
        ICLR,
        "socher's dialogue memory pointer poster, what number",
        expect=("Global-to-local Memory Pointer Networks", *CARD),
    ),
    Blind(
        "grosse",
        ICLR,
        "roger grosse, the weight decay one: where is it",
        expect=("Three Mechanisms of Weight Decay Regularization", "#55"),
    ),
)


async def test_the_paper_on_the_subject_asked_among_an_authors_several_is_shown_in_full(
    store: Store, database_url: str
) -> None:
    """An author of several papers and a subject only one of them holds: before, the list of
    all their papers, where the board is not told."""
    await asked(store, database_url, *AMONG_THEIRS)
