"""The one rule for which topics a typed phrase names, shared by /topic, chat and reminder
targets so that "adversarial" means the same thing everywhere.

A phrase names a topic when it is one of the topic's labels (its name or an alias: "GANs",
"RL"); failing that, every topic one of whose labels holds all the typed words ("adversarial"
names "adversarial examples" and "adversarial robustness"). A longer phrase that merely
contains a label ("Sparse GAN Tricks" holds the alias "GAN") names no topic: a paper might.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TypeVar

from bot.domain.text import fold, words

T = TypeVar("T")
LABELS_KEPT = 4096
"""Labels whose words are kept: every question about a topic compares what was typed with all
of a conference's labels (a few hundred), and cutting them into words again was most of it."""


def _stem(word: str) -> str:
    """Plural and singular alike: 'GANs' names the topic 'GAN'."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


@lru_cache(maxsize=LABELS_KEPT)
def label_words(label: str) -> frozenset[str]:
    return frozenset(_stem(word) for word in words(label))


def match_topics(typed: str, topics: Sequence[tuple[T, Sequence[str]]]) -> list[T]:
    """The topics `typed` names, from (topic, labels) pairs, in the order given."""
    wanted = label_words(typed)
    if not wanted:
        return []
    labelled = [(topic, [label_words(label) for label in labels]) for topic, labels in topics]
    exact = [topic for topic, sets in labelled if wanted in sets]
    if exact:
        return exact
    return [topic for topic, sets in labelled if any(wanted <= found for found in sets)]


def close_names(typed: str, names: Sequence[str]) -> list[str]:
    """Topic names sharing a longer word with what was typed: suggestions when none matched."""
    wanted = [word for word in words(typed) if len(word) > 2]
    return sorted((name for name in names if any(w in fold(name) for w in wanted)), key=len)


def completes(typed: str, labels: Sequence[str]) -> bool:
    """Autocomplete's looser test: what was typed so far appears in one of the labels."""
    wanted = fold(typed.strip())
    return any(wanted in fold(label) for label in labels)
