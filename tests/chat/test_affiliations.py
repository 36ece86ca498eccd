"""Where authors work, as a question's words name it: two words in a row that start a lab's
name are the lab's, whatever language their first word is also a word of."""

from __future__ import annotations

import pytest

from bot.chat.affiliations import Affiliations

LABS = Affiliations(
    [
        (1, ["Uber AI Labs"]),
        (2, ["Google Brain Amsterdam", "Stanford University"]),
        (3, ["University of GrenobleAlpes"]),
        (4, ["MIT"]),
    ]
)


@pytest.mark.parametrize(
    ("question", "lab"),
    [
        ("uber ai labs papers", {0, 1}),
        ("anything from the google brain folks", {3, 4}),
        ("what did google brains write", {2, 3}),  # as the question says it, in the plural
        ("papers of university of grenoblealpes", {2, 3}),
        ("posters by stanford university people", {2, 3}),
    ],
)
def test_two_words_starting_a_labs_name_are_the_labs(question: str, lab: set[int]) -> None:
    assert LABS.opening(question.split()) == lab


@pytest.mark.parametrize(
    "question",
    ["stanford papers", "ai labs papers", "brain amsterdam", "mit papers", "papers on uber"],
)
def test_words_starting_no_labs_name_are_no_labs(question: str) -> None:
    """A name's first word alone, its later words, or a one-word name: no two words open it."""
    assert LABS.opening(question.split()) == set()


def test_two_words_open_a_name_exactly_where_the_name_starts_with_them() -> None:
    said = ["uber", "ai", "google", "brain", "stanford", "university", "of", "grenoblealpes"]
    said += ["mit", "uber"]
    pairs = [i for i in range(len(said) - 1) if LABS.named(" ".join(said[i : i + 2]))]
    assert LABS.opening(said) == {i + step for i in pairs for step in (0, 1)}
