"""A question in another language is read at its catalogue's phrases: at each place the
longest phrase there, a whole word or words where the language puts spaces between words,
anywhere in Chinese. (What finding them costs as the catalogues grow is measured by the
chat bench, `bench/phrasing.py`.)"""

from __future__ import annotations

import random
import re

from bot.chat.catalogue import language_names, load
from bot.chat.glossary import glossary
from bot.chat.phrases import Phrases

GERMAN = {"neuronale": "neural", "neuronale netze": "neural networks", "netze": "networks"}


def _read(phrases: Phrases, text: str) -> list[str]:
    return [text[start:end] for start, end in phrases.found(text)]


def test_the_longest_phrase_at_a_place_is_read_whole() -> None:
    phrases = Phrases(GERMAN, spaced=True)
    assert _read(phrases, "vorträge über neuronale netze heute") == ["neuronale netze"]
    assert _read(phrases, "neuronale und andere netze") == ["neuronale", "netze"]


def test_a_phrase_is_never_read_inside_a_longer_word_or_a_hyphenated_name() -> None:
    phrases = Phrases(GERMAN, spaced=True)
    assert _read(phrases, "neuronalere netzwerke") == []
    assert _read(phrases, "das netze-projekt und open-netze") == []
    assert _read(phrases, "netze? neuronale!") == ["netze", "neuronale"]


def test_where_words_are_joined_by_a_hyphen_the_last_may_be_a_phrase() -> None:
    """German joins a word to a short form or a name by a hyphen ('CNN-Netze'): the word
    after it is read, never one before it, nor a piece of a longer word."""
    phrases = Phrases(GERMAN, spaced=True, heads=True)
    assert _read(phrases, "cnn-netze und neuronale-x") == ["netze"]
    assert _read(phrases, "3d-netzwerke") == []


def test_in_chinese_a_phrase_is_read_wherever_it_begins_the_longest_first() -> None:
    phrases = Phrases({"强化学习": "", "学习": "", "深度强化学习": ""}, spaced=False)
    assert _read(phrases, "有深度强化学习的论文吗") == ["深度强化学习"]
    assert _read(phrases, "机器学习和强化学习") == ["学习", "强化学习"]


def _texts(words: list[str], spaced: bool, count: int, seed: int) -> list[str]:
    chosen = random.Random(seed)
    marks = ["", "", "", "-", "s", "?", ",", "'"]
    joined = " " if spaced else ""
    return [
        joined.join(
            chosen.choice(words) + chosen.choice(marks) for _ in range(chosen.randint(1, 8))
        )
        for _ in range(count)
    ]


def test_each_catalogue_finds_what_an_alternation_of_its_phrases_longest_first_finds() -> None:
    """The phrases found are those one alternation of every phrase, longest first, finds,
    with a phrase standing as a word of its own where the language is spaced (or as the last
    of words it joins by a hyphen)."""
    for name in language_names():
        found = glossary(name)
        ordered = "|".join(map(re.escape, sorted(found.phrases, key=len, reverse=True)))
        joins = (load(name).get("forms") or {}).get("hyphens")
        begins = r"(?:(?<![\w-])|(?<=\w-))" if joins else r"(?<![\w-])"
        alternation = re.compile(rf"{begins}(?:{ordered})(?![\w-])" if found.spaced else ordered)
        words = [word for phrase in found.phrases for word in phrase.split()] + ["x", "über"]
        for text in _texts(words, found.spaced, 2000, seed=len(name)):
            expected = [match.span() for match in alternation.finditer(text)]
            assert found.phrase.found(text) == expected, (name, text)
