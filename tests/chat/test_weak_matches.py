"""A paper found through a question's common words is not its answer when the question's topic
is a word no paper holds: it is offered, never shown as the card. A rare word the paper does
hold ('sgx', 'bits back') still makes it the answer beside a word no paper uses."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)
ICLR = "iclr2019"


@pytest.mark.parametrize(
    "ask",
    [
        "any papers predicting tsunamis using deep neural networks",
        "predicting hurricanes w/ deep nets?",
        "anything on deep networks predicting landslides",
        "predicting wildfires using deep networks",
        "predicting volcanic eruptions with deep networks",
    ],
)
async def test_a_topic_nothing_mentions_beside_common_words_is_no_match(
    store: Store, database_url: str, ask: str
) -> None:
    await asked(store, database_url, Blind("unheld", ICLR, ask, nothing=True))


@pytest.mark.parametrize(
    ("ask", "title"),
    [
        ("where is the paper on running nets in sgx enclaves", "Slalom"),
        ("electrons going where in chemical reactions, predicting them", "Electron Paths"),
        ("lossless compression with a vae, sort of a neural zip", "bits back"),
    ],
)
async def test_a_rare_word_the_paper_holds_keeps_it_the_answer(
    store: Store, database_url: str, ask: str, title: str
) -> None:
    await asked(store, database_url, Blind("held", ICLR, ask, expect=(title,)))
