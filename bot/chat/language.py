"""Which language a chat question is written in, and the asker's own words to echo.

Discord tells a bot nothing about the language of a message, so it is read from the words:
the language whose catalogue knows more of them than English does. A question of nothing but
names and titles knows no language's words and stays English.

Matching folds text (accents and marks dropped), which would damage what is shown: ポスター
folds to ホスター. So an echo ("Nothing matches “…”") maps each searched word back onto the
characters the asker typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from babel.dates import get_day_names, get_month_names

from bot.chat.catalogue import reader
from bot.chat.glossary import HAN, Glossary, glossaries
from bot.domain.text import fold, words
from bot.domain.vocabulary import Sense, Vocabulary

_HAN = "\u3400-\u9fff"
SCRIPTS = re.compile(rf"(?<=[{_HAN}])(?=[^\W\d_{_HAN}])|(?<=[^\W\d_{_HAN}])(?=[{_HAN}])")
"""Where a Han run meets Latin letters or digits ('katzenpost的讲座'): a word boundary."""


def written_in(folded: str, before: str | None = None) -> Glossary | None:
    """The language of a folded question, or None for English. Where two languages know as
    many of its words ('y a le code ?' is French and Spanish alike), the one of the answer
    it follows (`before`, a locale) is the one it continues."""
    if HAN.search(folded):
        return next((found for found in glossaries() if not found.spaced), None)
    said = words(folded)
    english = sum(1 for word in said if word in english_words())
    best, score = None, english
    for found in glossaries():
        if not found.spaced:
            continue
        own = sum(1 for word in said if found.owns(word))
        if own > score or (own == score and own > english and found.locale == before):
            best, score = found, own
    return best


def someone(names: Vocabulary) -> Callable[[str], bool]:
    """Whether a word names a speaker or an author, in any ending: 'armas' of the speaker
    arma."""
    return lambda word: any(
        item.keys(Sense.PERSON) or item.keys(Sense.AUTHOR) for item in names.find([word])
    )


def people_apart(folded: str, names: Vocabulary) -> list[tuple[str, bool]]:
    """`folded` cut at the full names of people it holds (two words or more), each piece with
    whether it is such a name: a name is read in no language, so 'han' of Song Han is no
    Spanish 'have' ('papers de song han')."""
    tokens = words(folded)
    full = [
        tokens[item.start : item.end]
        for item in names.find(tokens)
        if item.end - item.start > 1 and (item.keys(Sense.PERSON) or item.keys(Sense.AUTHOR))
    ]
    if not full:
        return [(folded, False)]
    said = "|".join(r"\W+".join(map(re.escape, name)) for name in full)
    pieces = re.split(rf"(?<!\w)({said})(?!\w)", folded)
    return [(piece, index % 2 == 1) for index, piece in enumerate(pieces) if piece.strip()]


def outside_names(
    folded: str, names: Vocabulary, affiliated: Callable[[list[str]], set[int]] | None = None
) -> str:
    """The words of a question that are not part of a name of several words, nor a person's
    name ('schoen' is a speaker before it is a spelt-out 'schön'), nor the first two words
    of an affiliation's ('uber ai labs papers' is English)."""
    tokens = words(folded)
    inside = {
        index
        for item in names.find(tokens)
        if item.end - item.start > 1 or item.keys(Sense.PERSON) or item.keys(Sense.AUTHOR)
        for index in range(item.start, item.end)
    }
    inside |= affiliated(tokens) if affiliated else set()
    return " ".join(token for index, token in enumerate(tokens) if index not in inside)


@cache
def english_words() -> frozenset[str]:
    """English's own words: those no other language's catalogue also has ('was', 'am' and
    'die' tell nothing) and no other language borrows ('paper', 'github'), and its names of
    days, months and parts of a day, so that loan words with an English day ('posters
    monday') are read as English."""
    others = {word for found in glossaries() for phrase in found.phrases for word in phrase.split()}
    return (reader().known | _calendar_words()) - others - reader().loanwords


def _calendar_words() -> frozenset[str]:
    """English names of weekdays and months (whole and short) and its parts of a day."""
    named = [
        *get_day_names("wide", locale="en").values(),
        *get_month_names("wide", locale="en").values(),
    ]
    parts = [word for phrase, _ in reader().times.parts for word in phrase.split()]
    return frozenset(fold(name) for name in [*named, *parts])


_RUN = re.compile(r"([aeiouy])\1{2,}|([a-z])\2{2,}$")
"""A letter typed three times or more: a vowel anywhere ('buenaaas'), or any letter ending the
word ('heyyy'), which words all but never hold, while German writes three consonants inside
one ('Schifffahrt')."""
_LATIN_WORD = re.compile(r"[a-z]+")
_NUMERAL = re.compile(r"^[ivxlcdm]+$")


def unstretched(folded: str) -> str:
    """`folded` with each letter stretched for feeling ('holaaa', 'buenaaas', 'heyyy') written
    once, or twice where that spells a word ('goood'): as typed, the word is in no catalogue
    and no title. A run opening a word ('aaai') or a numeral ('viii') is spelt so."""
    return _LATIN_WORD.sub(_unstretched_word, folded)


def _unstretched_word(said: re.Match[str]) -> str:
    """One word unstretched: the spelling with doubled letters if a catalogue reads it."""
    word = said.group(0)
    runs = [run for run in _RUN.finditer(word) if run.start() > 0]
    if not runs or _NUMERAL.match(word):
        return word
    once: list[str] = []
    twice: list[str] = []
    at = 0
    for run in runs:
        letter = run.group(0)[0]
        once += [word[at : run.start()], letter]
        twice += [word[at : run.start()], letter * 2]
        at = run.end()
    doubled = "".join([*twice, word[at:]])
    return doubled if doubled in _spelt_words() else "".join([*once, word[at:]])


@cache
def _spelt_words() -> frozenset[str]:
    """Every word English or another language's catalogue reads."""
    return reader().known.union(*(found.said for found in glossaries()))


def spaced(folded: str) -> str:
    """A space wherever Chinese meets another script, so names typed against it are words."""
    return SCRIPTS.sub(" ", folded)


def worded(folded: str) -> str:
    """`folded` as its words are read: each stretched word spelt plainly, and a space where
    Chinese meets another script."""
    return spaced(unstretched(folded))


class Echo:
    """The asker's text, folded character by character so that a folded word can be shown
    as it was typed."""

    def __init__(self, typed: str, readings: dict[str, str] | None = None) -> None:
        """`readings`: a word of the reader's terms and the folded phrase typed for it."""
        self._typed = typed
        self._readings = readings or {}
        if typed.isascii():  # each character folds to one: most questions, at no cost
            self._folded, self._origin = typed.lower(), list(range(len(typed)))
            return
        folded: list[str] = []
        origin: list[int] = []
        for index, character in enumerate(typed):
            for piece in fold(character):
                folded.append(piece)
                origin.append(index)
        self._folded = "".join(folded)
        self._origin = origin

    def read_in(self, word: str) -> bool:
        """Whether `word` was put in for a phrase the asker typed in their language."""
        return word in self._readings

    def shown(self, searched: str) -> str:
        """`searched` (folded words) as typed: each word found in the typed text, or the phrase
        it was read from, is shown with the asker's own characters; any other as it is."""
        shown: list[str] = []
        start = 0
        for word in searched.split():
            typed = word if word in self._folded else self._readings.get(word, word)
            at = self._folded.find(typed, start)
            if at < 0:
                at = self._folded.find(typed)
            surface = typed
            if at >= 0:
                first, last = self._origin[at], self._origin[at + len(typed) - 1]
                surface = self._typed[first : last + 1]
                start = at + len(typed)
            if not shown or shown[-1] != surface:
                shown.append(surface)
        return " ".join(shown)
