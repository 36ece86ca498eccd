"""A paper described in everyday words, beside the name of its topic or a word its alias
shares: the description decides, not the topic's list nor an alias that is a name only
with its marks."""

from __future__ import annotations

import pytest

from bot.store.setup import Store
from tests.chat.blind import Blind, asked

pytestmark = pytest.mark.sqlite_only(
    reason="what is read from a question does not depend on the store; the blind sets grade "
    "retrieval on both backends"
)


async def test_one_paper_of_a_named_topic_on_the_day_asked(store: Store, database_url: str) -> None:
    """'cnns' names a topic, yet the rest of the question describes one of its papers, and
    that paper is presented on the day asked."""
    await asked(
        store,
        database_url,
        Blind(
            "texture",
            "iclr2019",
            "cnns get fooled coz they look at surface texture more than shape, talk on tuesday?",
            expect=("biased towards texture", "Tue"),
        ),
    )


async def test_the_topic_stays_when_that_paper_is_on_another_day(
    store: Store, database_url: str
) -> None:
    await asked(
        store,
        database_url,
        Blind(
            "texture-wednesday",
            "iclr2019",
            "cnns get fooled coz they look at surface texture more than shape, talk on wednesday?",
            expect=("convolutional neural networks",),
            forbid=("Authors",),
        ),
    )


async def test_a_plain_word_is_not_an_alias_kept_by_its_marks(
    store: Store, database_url: str
) -> None:
    """'Baseline++' is one paper's name; 'a baseline' is what many papers compare with."""
    await asked(
        store,
        database_url,
        Blind(
            "baseline",
            "iclr2019",
            "random untrained sentence encoders as a baseline, who looked at that",
            expect=("Random Encoders",),
            forbid=("A Closer Look at Few-shot",),
        ),
    )


async def test_a_paper_asked_for_within_its_topic(store: Store, database_url: str) -> None:
    """'paper' asks for one: the topic named ('gans') is where it is, not the answer; its
    keyword gives the topic inside a longer label."""
    await asked(
        store,
        database_url,
        Blind(
            "averaged",
            "iclr2019",
            "moving average of generator weights makes gans better, paper?",
            expect=("Averaging in GAN Training",),
        ),
    )
