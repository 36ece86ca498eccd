"""Someone else's prose made shorter: cut where a sentence ends, never inside a word."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.sentences import ELLIPSIS, sentence_ends, shorten


def test_a_text_that_fits_is_kept_whole() -> None:
    assert shorten("A short talk.  On two\nlines.", 300).text == "A short talk. On two lines."
    assert not shorten("A short talk.", 300).cut


def test_no_description_stays_empty() -> None:
    assert shorten("", 300).text == ""
    assert not shorten("   ", 300).cut


def test_a_long_text_ends_at_the_last_sentence_that_fits() -> None:
    text = "First sentence here. Second one is a bit longer. " + "Third " * 80
    short = shorten(text, 100)

    assert short.text == "First sentence here. Second one is a bit longer."
    assert short.cut


@pytest.mark.parametrize(
    "text",
    [
        "Methods, e.g. pruning and distillation, shrink networks. ",
        "Attention, i.e. a soft lookup, is everywhere. ",
        "A keynote by Dr. Ada Lovelace on engines. ",
        "Results from Smith et al. Were confirmed in a second study. ",
        "The speaker, J. R. Hartley, wrote a book on fly fishing. ",
        "See Fig. 3 for the architecture we trained. ",
    ],
)
def test_an_abbreviation_does_not_end_a_sentence(text: str) -> None:
    first = text.strip()
    ends = sentence_ends(text + "Then more follows, and more, and more.")
    assert ends[0] == len(first)


def test_a_web_address_does_not_end_a_sentence() -> None:
    first = "Slides at https://example.org/talks/v1.2/slides.pdf?page=3 for all."
    assert sentence_ends(first + " Next part follows.") == [len(first)]


def test_a_sentence_ending_in_a_web_address_ends_there() -> None:
    text = "Read more at https://example.org/a. Then come along."
    assert sentence_ends(text) == [len("Read more at https://example.org/a.")]


def test_a_number_with_a_point_is_not_an_end() -> None:
    assert sentence_ends("Version 3.5 is faster by 2.5 times. It ships today.") == [
        len("Version 3.5 is faster by 2.5 times.")
    ]


def test_question_and_exclamation_marks_and_closing_quotes_end_sentences() -> None:
    text = "Why now? Because “it works!” Really. Done"
    assert sentence_ends(text) == [8, 28, 36]


def test_cjk_full_stops_end_sentences_without_a_space() -> None:
    text = "本讲座介绍开源基础设施。我们讨论二十年的经验！最后回答问题。"
    assert sentence_ends(text) == [12, 23]
    short = shorten(text * 20, 29)
    assert short.text == "本讲座介绍开源基础设施。我们讨论二十年的经验！"
    assert short.cut


def test_cjk_without_a_sentence_end_is_cut_between_characters() -> None:
    text = "本讲座介绍开源基础设施" * 40
    short = shorten(text, 50)
    assert short.text.endswith(ELLIPSIS)
    assert len(short.text) <= 50


def test_a_first_sentence_too_long_is_cut_between_words_and_marked() -> None:
    text = "This talk " + "covers a great many things " * 30 + "at length."
    short = shorten(text, 120)

    assert short.text.endswith(ELLIPSIS)
    assert len(short.text) <= 120
    body = short.text.removesuffix(ELLIPSIS)
    assert text.startswith(body)
    assert text[len(body)] == " ", "never cut mid-word"


def test_an_early_sentence_end_does_not_throw_most_of_the_room_away() -> None:
    text = "Hi. " + "word " * 200
    short = shorten(text, 300)
    assert len(short.text) > 200
    assert short.text.endswith(ELLIPSIS)


def test_a_ten_thousand_character_description_fits_an_embed() -> None:
    sentence = "Volunteers kept the mirrors, the wiki and the mail running for twenty years. "
    text = sentence * (10_000 // len(sentence) + 1)
    assert len(text) > 10_000

    short = shorten(text, 4000)

    assert len(short.text) <= 4000
    assert short.text.endswith("years.")
    assert short.cut


def test_one_enormous_word_is_cut_hard_as_nothing_else_can_be_done() -> None:
    short = shorten("x" * 10_000, 300)
    assert len(short.text) == 300
    assert short.text.endswith(ELLIPSIS)


@given(st.text(alphabet=st.sampled_from("ab .。?!\n”e"), max_size=400), st.integers(5, 300))
def test_the_result_always_fits_and_is_a_start_of_the_text(text: str, limit: int) -> None:
    short = shorten(text, limit)
    tidy = " ".join(text.split())
    assert len(short.text) <= limit
    assert tidy.startswith(short.text.removesuffix(ELLIPSIS).rstrip())
    assert short.cut == (len(tidy) > limit)
