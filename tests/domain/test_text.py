"""Text as the search index and the queries see it, counts with their nouns, and typed input
checked before it reaches a search."""

from __future__ import annotations

import re

import pytest

from bot.domain.errors import DomainError, EmptyQuery, QueryTooLong
from bot.domain.text import (
    MAX_QUERY_CHARS,
    checked_text,
    counted,
    fold,
    holds_phrase,
    slugify,
    without_phrase,
    words,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Tramèr", "tramer"), ("ÉCOLE Polytechnique", "ecole polytechnique"), ("Straße", "strasse")],
)
def test_fold_drops_accents_and_case(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_unifies_compatibility_forms() -> None:
    assert fold("ﬁne-tuning") == "fine-tuning"


def test_words_are_cut_like_sqlites_unicode61_tokenizer() -> None:
    assert words("Tramèr's GAN_v2 — 3D-vision, (2019)!") == [
        "tramer",
        "s",
        "gan",
        "v2",
        "3d",
        "vision",
        "2019",
    ]


def test_a_typed_name_without_accents_meets_the_indexed_one() -> None:
    assert words("Florian Tramer") == words("Florian Tramèr")


def test_words_of_punctuation_are_none() -> None:
    assert words(" — ?! … ") == []


def test_slugify_makes_a_url_safe_key() -> None:
    slug = slugify("Adversarial Robustness & Tramèr's GANs")
    assert slug == "adversarial-robustness-tramer-s-gans"


def test_slugify_of_nothing_usable_is_still_a_key() -> None:
    assert slugify("?!") == "topic"


def test_slugify_keeps_keys_short() -> None:
    assert len(slugify("word " * 100)) <= 120


@pytest.mark.parametrize(
    ("number", "text"), [(0, "0 reminders"), (1, "1 reminder"), (2, "2 reminders")]
)
def test_counted_puts_the_noun_in_the_plural_unless_there_is_one(number: int, text: str) -> None:
    assert counted(number, "reminder") == text


def test_checked_text_strips_what_was_typed() -> None:
    assert checked_text("  lottery ticket \n", "a paper") == "lottery ticket"


def test_checked_text_accepts_the_longest_query_allowed() -> None:
    longest = "x" * MAX_QUERY_CHARS
    assert checked_text(f" {longest} ", "a search") == longest


@pytest.mark.parametrize("typed", ["", "   ", "\n\t"])
def test_blank_text_is_an_empty_query_that_says_what_to_type(typed: str) -> None:
    with pytest.raises(EmptyQuery) as raised:
        checked_text(typed, "a topic")
    message = str(raised.value)
    assert isinstance(raised.value, DomainError)
    assert "a topic" in message
    assert "type a few words" in message
    assert message.endswith(".")


def test_overlong_text_is_refused_with_the_limit_to_keep_to() -> None:
    with pytest.raises(QueryTooLong) as raised:
        checked_text("x" * (MAX_QUERY_CHARS + 1), "a search")
    assert isinstance(raised.value, DomainError)
    assert raised.value.limit == MAX_QUERY_CHARS
    message = str(raised.value)
    assert str(MAX_QUERY_CHARS) in message
    assert "too long" in message
    assert message.endswith(".")


@pytest.mark.parametrize(
    ("text", "phrase", "left"),
    [
        ("what's on may 6 at noon", "may 6", "what's on   at noon"),
        ("what's on may 16", "may 6", "what's on may 16"),
        ("tomorrow, and tomorrow", "tomorrow", " , and  "),
        ("this evening's posters", "evening", "this  's posters"),
        ("eveningness", "evening", "eveningness"),
    ],
)
def test_a_phrase_is_taken_out_only_where_it_is_whole_words(
    text: str, phrase: str, left: str
) -> None:
    assert without_phrase(text, phrase) == left


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("anything on cross-stitch?", "cross-stitch"),
        ("cross-stitch workshops", "cross-stitch"),
        ("a cross-stitching class", "cross-stitch"),
        ("the 3cross-stitch kit", "cross-stitch"),
        ("my_cross-stitch", "cross-stitch"),
        ("crèmecross-stitch, cross-stitch", "cross-stitch"),
        ("hernandez-lobato's talk", "lobato-hernandez"),
        ("", "cross-stitch"),
    ],
)
def test_a_phrase_is_held_where_a_whole_word_pattern_finds_it(text: str, phrase: str) -> None:
    pattern = re.compile(rf"\b{re.escape(phrase)}\b")
    assert holds_phrase(text, phrase) == (pattern.search(text) is not None)
