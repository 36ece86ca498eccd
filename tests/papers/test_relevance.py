"""When a paper answers a search: all of a short query's words, most of a long one's; a near
miss shares half of them in its names; a typo is trusted only against the paper's names."""

from __future__ import annotations

from bot.domain.records import PaperView
from bot.papers.relevance import answers_enough, names_closely, near_enough, readings

LOTTERY = PaperView(
    id=1,
    slug="lottery",
    title="The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks",
    authors=("Jonathan Frankle", "Michael Carbin"),
    kind="oral",
    award=None,
    openreview_id=None,
    arxiv_id=None,
    code_url=None,
    aliases=("winning tickets",),
    topics=("pruning",),
    summary="Dense networks hold small subnetworks that train well from their original start.",
    day=None,
    placement="verified",
    poster_board=None,
)


def test_a_two_word_query_needs_both_words() -> None:
    assert answers_enough(["lottery", "tickets"], LOTTERY)
    assert not answers_enough(["lottery", "quasars"], LOTTERY)


def test_a_long_query_needs_most_of_its_words() -> None:
    assert answers_enough(["sparse", "trainable", "networks", "quasars", "pruning"], LOTTERY)
    assert not answers_enough(["protein", "folding", "finding"], LOTTERY)


def test_a_near_miss_shares_half_the_words_in_its_names_not_its_summary() -> None:
    assert near_enough(["lottery", "quasars"], LOTTERY)
    assert not near_enough(["original", "quasars"], LOTTERY), "'original' is only in the summary"
    assert not near_enough(["lottery"], LOTTERY), "one word is a match or nothing"


def test_a_typo_is_trusted_only_against_the_papers_names() -> None:
    assert names_closely(["lotery", "tiket"], LOTTERY)
    assert not names_closely(["raining", "outside"], LOTTERY)


def test_a_reading_names_each_misspelt_word_with_the_papers_spelling() -> None:
    assert readings(["lotery", "hypothesis", "tiket"], LOTTERY) == [
        ("lotery", "lottery"),
        ("tiket", "ticket"),
    ]
    assert readings(["lottery", "ticket"], LOTTERY) == [], "words found as typed are not read"
    assert readings(["quasars"], LOTTERY) == [], "nothing within a typo is no reading"


def test_a_reading_takes_the_closest_of_the_papers_words() -> None:
    assert readings(["carbon"], LOTTERY) == [("carbon", "carbin")]
