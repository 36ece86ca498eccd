"""The typo dictionary held in memory: the corrections it gives are those of measuring every
word of the dictionary, measuring only a few of them, and a search through it finds what a
search through the store finds."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.records import ConferenceView
from bot.domain.text import edit_distance
from bot.papers.service import find_papers, spelling
from bot.papers.spelling import Spelling, allowed_distance
from bot.store.search_index import MIN_TYPO_WORD

LETTERS = "aeinorstlü"
"""Few letters, so that generated words are often a typo apart (and one is not a-z)."""


def every_word_measured(counts: dict[str, int], typed: str) -> list[str]:
    """The corrections as the rule states them, by comparing the typed word with each word."""
    if len(typed) < MIN_TYPO_WORD:
        return []
    limit = allowed_distance(typed)
    scored = sorted(
        (distance, -docs, word)
        for word, docs in counts.items()
        if len(word) >= MIN_TYPO_WORD and (distance := edit_distance(typed, word, limit)) <= limit
    )
    return [word for _, _, word in scored[:3]]


words_of = st.text(alphabet=LETTERS, min_size=1, max_size=9)


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(words_of, st.integers(min_value=1, max_value=50), min_size=1, max_size=60),
    words_of,
)
def test_corrections_are_those_of_measuring_every_word(counts: dict[str, int], typed: str) -> None:
    assert Spelling(counts.items()).corrections(typed) == every_word_measured(counts, typed)


@settings(max_examples=150, deadline=None)
@given(st.lists(words_of, min_size=1, max_size=40), words_of)
def test_no_word_within_reach_is_left_unmeasured(dictionary: list[str], typed: str) -> None:
    measured = set(Spelling((word, 1) for word in dictionary).candidates(typed))
    limit = allowed_distance(typed)
    within = {
        word
        for word in dictionary
        if len(word) >= MIN_TYPO_WORD and edit_distance(typed, word, limit) <= limit
    }
    assert within <= measured


def test_a_typo_is_measured_against_a_few_words_of_a_large_dictionary() -> None:
    """A conference of 100,000 papers holds tens of thousands of words: a misspelt one is
    compared letter by letter with a small share of them, and still finds its word."""
    rng = random.Random(22)
    syllables = ["ka", "lo", "mi", "ne", "ra", "tu", "si", "vo", "pe", "dra", "zu", "ben"]
    dictionary = {
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 5))): rng.randint(1, 90)
        for _ in range(40_000)
    }
    dictionary["attention"] = 500
    found = Spelling(dictionary.items())
    measured = found.candidates("atention")
    assert found.corrections("atention")[0] == "attention"
    assert len(measured) < len(dictionary) / 100


@pytest.mark.parametrize(
    "query",
    ["lotery tiket", "atention", "music transformr", "guennemann", "sourdough fermentation"],
)
async def test_a_search_with_the_dictionary_in_memory_finds_what_the_store_finds(
    db: AsyncSession, conf: ConferenceView, query: str
) -> None:
    held = await spelling(db, conf)
    from_memory = await find_papers(db, conf, query, spelling=held)
    from_store = await find_papers(db, conf, query)
    assert [p.slug for p in from_memory.papers] == [p.slug for p in from_store.papers]
    assert [p.slug for p in from_memory.near] == [p.slug for p in from_store.near]
    assert from_memory.readings == from_store.readings


async def test_a_misspelt_title_is_found_through_the_dictionary_in_memory(
    db: AsyncSession, conf: ConferenceView
) -> None:
    found = await find_papers(db, conf, "lotery tiket", spelling=await spelling(db, conf))
    assert found.papers[0].slug == "lottery-ticket-hypothesis"
    assert ("lotery", "lottery") in found.readings
