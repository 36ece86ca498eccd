"""Which topics a typed phrase names: exact labels first, then every label holding the words,
and never a topic merely contained in a longer phrase."""

from __future__ import annotations

import pytest

from bot.domain.topics import close_names, completes, match_topics

TOPICS: list[tuple[str, list[str]]] = [
    ("GAN", ["GAN", "generative adversarial networks"]),
    ("GAN evaluation", ["GAN evaluation"]),
    ("adversarial examples", ["adversarial examples"]),
    ("adversarial robustness", ["adversarial robustness"]),
    ("reinforcement learning", ["reinforcement learning", "RL"]),
    ("RL theory", ["RL theory"]),
    ("meta-learning", ["meta-learning"]),
]


@pytest.mark.parametrize("typed", ["GAN", "gan", "GANs", "Generative Adversarial Networks"])
def test_an_exact_label_wins_over_partial_matches(typed: str) -> None:
    assert match_topics(typed, TOPICS) == ["GAN"]


def test_an_alias_is_an_exact_label() -> None:
    assert match_topics("RL", TOPICS) == ["reinforcement learning"]


def test_a_word_names_every_topic_with_a_label_holding_it() -> None:
    assert match_topics("adversarial", TOPICS) == [
        "GAN",
        "adversarial examples",
        "adversarial robustness",
    ]


def test_matches_keep_the_order_given() -> None:
    reversed_topics = list(reversed(TOPICS))
    assert match_topics("adversarial", reversed_topics) == [
        "adversarial robustness",
        "adversarial examples",
        "GAN",
    ]


def test_a_longer_phrase_that_only_contains_a_label_names_nothing() -> None:
    assert match_topics("Sparse GAN Tricks", TOPICS) == []


@pytest.mark.parametrize("typed", ["", "   ", "?!", "— …"])
def test_empty_or_punctuation_only_input_names_nothing(typed: str) -> None:
    assert match_topics(typed, TOPICS) == []


def test_close_names_suggests_names_sharing_a_longer_word_shortest_first() -> None:
    names = ["deep reinforcement learning", "adversarial robustness", "GAN", "meta-learning"]
    assert close_names("robust learning", names) == [
        "meta-learning",
        "adversarial robustness",
        "deep reinforcement learning",
    ]


def test_close_names_ignores_short_words() -> None:
    assert close_names("RL of AI", ["RL theory", "theory of AI"]) == []


def test_close_names_of_something_unrelated_is_empty() -> None:
    assert close_names("quantum chemistry", [name for name, _ in TOPICS]) == []


@pytest.mark.parametrize("typed", ["tram", "TRAMER", "Tramèr", "  florian  ", "rian tr"])
def test_completes_is_a_case_and_accent_insensitive_substring_test(typed: str) -> None:
    assert completes(typed, ["Florian Tramèr", "adversarial robustness"])


def test_completes_is_false_for_text_in_no_label() -> None:
    assert not completes("goodfellow", ["Florian Tramèr", "adversarial robustness"])
