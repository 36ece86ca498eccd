"""When a paper answers a search: the one rule for /paper, chat and reminder targets.

A paper answers when it has every word of the query (or a correction of a misspelt one), or,
for a longer query, most of them. A paper with only some of the words is a near miss: it may
be offered as "did you mean", never shown in full as if it were the answer. That is what keeps
"protein folding with AlphaFold" from returning whichever paper mentions "finding".
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bot.domain.records import PaperView
from bot.domain.text import edit_distance, fold, stem, words

NEAR_MISSES = 3
"""As many suggestions as a "did you mean" line holds."""
TEXTS_KEPT = 2048
"""Texts (a title, an author's name) whose words are kept: one search judges a dozen papers
two or three times over."""


def holds(paper: PaperView, term: str) -> bool:
    """Whether any text of the paper (its names or its summary) has a word of `term`'s stem."""
    return _has_stem(_folded(paper), stem(term))


def _folded(paper: PaperView) -> str:
    """Every text of the paper folded, one per line: a word never runs across texts."""
    return _kept_folded("\n".join([*_names(paper), paper.summary]))


@lru_cache(maxsize=TEXTS_KEPT)
def _kept_folded(text: str) -> str:
    """A paper's texts folded, kept: lower-casing a summary costs a few microseconds, and
    one search folds each of a dozen papers for every check it makes of them, and again
    for the next question that meets them."""
    return fold(text)


def _has_stem(folded: str, wanted: str) -> bool:
    """Whether a folded text has a word whose stem is `wanted`. Such a word begins with it, so
    only the words where it occurs are cut and stemmed: stemming every word of a dozen
    summaries, for papers a question meets for the first time, was most of a search's time.
    A word is a run of letters and digits, as `words` cuts them."""
    start = folded.find(wanted)
    while start >= 0:
        if start == 0 or not folded[start - 1].isalnum():
            end = start + len(wanted)
            while end < len(folded) and folded[end].isalnum():
                end += 1
            if stem(folded[start:end]) == wanted:
                return True
        start = folded.find(wanted, start + 1)
    return False


@lru_cache(maxsize=TEXTS_KEPT)
def _words(text: str) -> frozenset[str]:
    return frozenset(words(text))


def _named_words(paper: PaperView) -> set[str]:
    return set().union(*map(_words, _names(paper)))


def _names(paper: PaperView) -> list[str]:
    return [paper.title, *paper.aliases, *paper.authors, *paper.topics, *paper.keywords]


def covered(terms: Sequence[str], paper: PaperView) -> int:
    """How many of the query's words the paper has, as they were typed."""
    folded = _folded(paper)
    return sum(_has_stem(folded, stem(term)) for term in terms)


def answers_enough(terms: Sequence[str], paper: PaperView) -> bool:
    """All words of a one- or two-word query; at least 60% of a longer one, and never one."""
    needed = len(terms) if len(terms) <= 2 else max(2, -(-len(terms) * 3 // 5))
    return covered(terms, paper) >= needed


def near_enough(terms: Sequence[str], paper: PaperView) -> bool:
    """At least half of the query's words in its title, aliases, authors, topics or keywords:
    worth naming as a suggestion (a word its summary happens to use is not)."""
    named = _kept_folded("\n".join(_names(paper)))
    shared = sum(_has_stem(named, stem(term)) for term in terms)
    return len(terms) >= 2 and shared * 2 >= len(terms)


def names_closely(terms: Sequence[str], paper: PaperView) -> bool:
    """Every typed word is, or is a typo away from, a word of the paper's title, aliases,
    authors, topics or keywords. A correction is trusted only there: 'atention' is a title's
    word misspelt, while 'raining outside' is not about a paper whose summary mentions
    training."""
    return _all_named(terms, _named_words(paper))


def title_names(terms: Sequence[str], title: str) -> bool:
    """The same test against a title alone, for autocomplete, which shows only titles."""
    return _all_named(terms, set(words(title)))


def readings(terms: Sequence[str], paper: PaperView) -> list[tuple[str, str]]:
    """(as typed, as the paper has it) for each typed word the paper has only misspelt
    otherwise, so an answer found through a correction can say what it searched for."""
    named = _named_words(paper)
    found = []
    for term in terms:
        if term not in named and (word := _typo_of(term, named)) is not None:
            found.append((term, word))
    return found


def _all_named(terms: Sequence[str], named: set[str]) -> bool:
    return all(term in named or _typo_of(term, named) is not None for term in terms)


def _typo_of(term: str, named: set[str]) -> str | None:
    """The closest of the named words within a typo of `term` (ties alphabetically). Two
    slips that also change the first letter make another word ('hinton' is not 'anton')."""
    allowed = 1 if len(term) <= 5 else 2
    letters = set(term)
    near = [
        (distance, word)
        for word in named
        if _may_be_within(letters, word, allowed)
        and (distance := edit_distance(term, word, allowed)) <= allowed
        and (distance < allowed or word[:1] == term[:1] or allowed < 2)
    ]
    return min(near)[1] if near else None


def _may_be_within(letters: set[str], word: str, allowed: int) -> bool:
    """A cheap test that never rejects a word within `allowed` edits: each letter one word has
    and the other lacks costs at least one edit. Most of a paper's words fail it, and the
    edit distance, in Python, costs some twenty times more."""
    return len(letters.difference(word)) <= allowed and len(set(word) - letters) <= allowed
