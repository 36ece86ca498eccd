"""Topics asked in an attendee's own words, in wordings of this file's own (not the blind
sets'): a question whose words name no topic, paper or talk, yet whose meaning does, gets
the conference's papers on that topic when its nearest papers agree; a question nothing at the
conference answers says so, and never gets a topic list."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what a question means does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"
TUESDAY = "2019-05-07T10:00:00-05:00"
SMALLER = ("Pruning", "Quantiz", "Compress")
"""Papers on shrinking networks ('Rethinking the Value of Network Pruning', 'Relaxed
Quantization for Discretized Neural Networks', 'Energy-Constrained Compression ...')."""

ON_TOPIC = (
    Blind(
        "phone",
        ICLR,
        "anything about making neural nets small enough for a phone?",
        TUESDAY,
        expect_any=SMALLER,
        forbid=("Nothing",),
    ),
    Blind(
        "squeeze",
        ICLR,
        "stuff on squeezing big models down so they fit on devices",
        TUESDAY,
        expect_any=SMALLER,
        forbid=("Nothing",),
    ),
    Blind(
        "bits",
        ICLR,
        "any work on storing the weights with fewer bits?",
        TUESDAY,
        expect=("Quantiz",),
        forbid=("Nothing",),
    ),
    Blind(
        "translate",
        ICLR,
        "models that translate between languages?",
        TUESDAY,
        expect=("Translation",),
        forbid=("Nothing",),
    ),
    Blind(
        "handful",
        ICLR,
        "recognising a new class from only a handful of examples?",
        TUESDAY,
        expect_any=("Few-Shot", "few-shot"),
        forbid=("Nothing",),
    ),
    Blind(
        "agents",
        ICLR,
        "agents learning from rewards and punishment, what is there",
        TUESDAY,
        expect_any=("Reinforcement", "Policy"),
        forbid=("Nothing",),
    ),
    Blind(
        "graphs",
        ICLR,
        "neural nets that work on molecules and social graphs?",
        TUESDAY,
        expect=("Graph",),
        forbid=("Nothing",),
    ),
)
ELSEWHERE = (
    Blind(
        "watch", "39c3", "someone hacked a smartwatch made for kids?", expect=("Watch Your Kids",)
    ),
    Blind(
        "stars",
        "39c3",
        "finding your way at sea with a sextant and the stars",
        expect=("Celestial navigation", "Trammell Hudson"),
    ),
    Blind(
        "tickets",
        "39c3",
        "fraud with those cheap train tickets, any talk?",
        expect=("Deutschlandtickets", "Q Misell"),
    ),
    Blind(
        "swing", "camp2019", "a beginners class for swing dancing?", expect=("Lindy Hop", "zitro")
    ),
    Blind(
        "toilets", "31c3", "smart toilets connected to the net lol", expect=("toilets", "tbsprs")
    ),
    Blind(
        "norway",
        "31c3",
        "voting online in scandinavia, how did that go",
        expect=("Internet voting in Norway", "Bjørstad"),
    ),
)
NOTHING = (
    Blind("bbq", ICLR, "any good bbq spots near the venue?", TUESDAY, nothing=True),
    Blind("knit", ICLR, "papers about knitting patterns?", TUESDAY, nothing=True),
    Blind("poetry", ICLR, "anything on medieval poetry?", TUESDAY, nothing=True),
    Blind("horses", ICLR, "horse racing tips anyone has?", TUESDAY, nothing=True),
    Blind("volcano", ICLR, "anything on volcano eruptions?", TUESDAY, nothing=True),
    Blind("bread", ICLR, "sourdough baking?", TUESDAY, nothing=True),
    Blind("fishing", ICLR, "anything about deep sea fishing", TUESDAY, nothing=True),
    Blind("golf", "39c3", "is there a talk on improving your golf swing?", nothing=True),
    Blind("wedding", "camp2019", "any talks about planning a wedding?", nothing=True),
    Blind("ballet", "31c3", "anything about classical ballet?", nothing=True),
)


async def test_a_topic_in_other_words_gets_its_papers(store: Store, database_url: str) -> None:
    """'making nets small enough for a phone' is compression, pruning and quantization, though
    no paper says 'phone'; before, it was "nothing matches" beside unrelated guesses."""
    await asked(store, database_url, *ON_TOPIC)


@pytest.mark.imported_schedules
async def test_a_talk_in_other_words_is_found(store: Store, database_url: str) -> None:
    """At an imported conference the talk meant is found or offered (its tracks are too broad
    to answer with as a topic), with who gives it, so a right guess needs no second question."""
    await asked(store, database_url, *ELSEWHERE)


@pytest.mark.imported_schedules
async def test_what_nothing_answers_gets_no_topic_list(store: Store, database_url: str) -> None:
    await asked(store, database_url, *NOTHING)
