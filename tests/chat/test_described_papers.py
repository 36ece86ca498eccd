"""Papers, people and labs asked in an attendee's own words, in wordings of this file's own
(not the blind sets'): a paper described by what it does, or by its authors' lab and its
subject, is shown; a reply asking where its authors work is told; every keynote speaker is
listed; a paper asked for by its authors' names with a link gets its card and links."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"

DESCRIBED = (
    Blind(
        "jump",
        ICLR,
        "wasnt there something on an lstm that speed-reads text by jumping over words?",
        expect=("Structural-Jump-LSTM",),
    ),
    Blind(
        "cells",
        ICLR,
        "the one where a cnn guesses where proteins sit in human cells from microscope pics",
        expect=("Human-level Protein Localization",),
    ),
    Blind(
        "norms",
        ICLR,
        "a paper letting every layer learn which normalisation (batch, layer, instance) to use",
        expect=("Switchable Normalization",),
    ),
    Blind(
        "freiburg",
        ICLR,
        "those freiburg people had a poster about designing rna molecules right?",
        expect=("Learning to Design RNA",),
    ),
    Blind(
        "deakin",
        ICLR,
        "the deakin uni group had something on memory in recurrent nets, whats it called",
        expect=("Learning to Remember More with Less Memorization",),
    ),
)
LABS = (
    Blind(
        "piano",
        ICLR,
        "wasn't there an oral with a huge dataset of piano performances aligned to midi?",
        expect=("MAESTRO",),
    ),
    Blind(
        "linz",
        ICLR,
        "the copenhagen group had a speed reading lstm, who are the authors?",
        expect=("Structural-Jump-LSTM", "Lioma"),
    ),
    Blind(
        "linz-uni",
        ICLR,
        "which university are they from",
        reply_to="linz",
        expect=("University of Copenhagen",),
    ),
)
LAB_ALONE = (
    Blind("borealis", ICLR, "what did borealis bring to the conference?", expect=("Borealis AI",)),
    Blind("deakin", ICLR, "deakin work at this conf?", expect=("Learning to Remember More",)),
    Blind(
        "copenhagen",
        ICLR,
        "what did the copenhagen people bring to this",
        expect=("Structural-Jump-LSTM",),
    ),
)
KEYNOTES = (
    Blind("list", ICLR, "list every keynote speaker", expect=("Dwork", "Tufekci", "Lapata")),
    Blind("all", ICLR, "who are all the keynote speakers?", expect=("Dwork", "Oudeyer")),
    Blind("each", ICLR, "all keynote speakers pls", expect=("Bottou", "Shuckburgh")),
)
CO_AUTHORS = (
    Blind(
        "lottery",
        ICLR,
        "link to frankle and carbin's paper on openreview?",
        expect=("rJl-b3RcF7",),
    ),
    Blind(
        "adabound",
        ICLR,
        "openreview link of the zugner and gunnemann paper",
        expect=("Bylnx209YX",),
    ),
)


async def test_a_paper_described_in_other_words_is_shown(store: Store, database_url: str) -> None:
    """Its words are spread over its title, keywords, summary and the places its authors
    work; before, these got a topic list, "nothing matches" or an unrelated guess."""
    await asked(store, database_url, *DESCRIBED)


async def test_where_its_authors_work_is_told_of_a_paper_shown(
    store: Store, database_url: str
) -> None:
    await asked(store, database_url, *LABS)


async def test_a_lab_named_with_no_subject_gets_its_papers(store: Store, database_url: str) -> None:
    """Words beside the lab's name that tell no subject ('work', 'bring') left it "nothing
    matches" before."""
    await asked(store, database_url, *LAB_ALONE)


async def test_every_keynote_speaker_is_listed(store: Store, database_url: str) -> None:
    """Before, 'list every keynote speaker' named only the next keynote's."""
    await asked(store, database_url, *KEYNOTES)


async def test_a_link_of_co_authors_paper_gets_its_card(store: Store, database_url: str) -> None:
    await asked(store, database_url, *CO_AUTHORS)
