"""Where papers' authors work, as a question names it ('papers from google brain'): the
affiliations the papers list, held in memory per conference revision beside the vocabulary.

Affiliations are not in the papers' search index (a lab's name in every paper of its authors
would outrank what papers are about), so a question whose words are the start of an
affiliation's name ('google brain' for "Google Brain Amsterdam", 'stanford' for "Stanford
University") is answered with the papers listing it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from bot.domain.text import words
from bot.domain.vocabulary import phrase_key

GLUED = re.compile(r"\b([A-Z][a-z]{4,})([A-Z][a-z]{4,})\b")
"""Two names written as one ("University of GrenobleAlpes"): each long enough to be a word
of its own, so "DeepMind" or "OpenAI", which are names as written, stay whole."""
JOINED = re.compile(r"\s+(?:and|&)\s+")
"""Between two places an author lists as one ("University of Tübingen and Max Planck
Institute for Intelligent Systems", "University of Tübingen & U. of Edinburgh")."""


@dataclass(frozen=True)
class Affiliated:
    """The papers of the affiliations a question named, and the name they are listed under
    most often."""

    name: str
    paper_ids: tuple[int, ...]


class Affiliations:
    """Each affiliation's words, to the papers that list it."""

    def __init__(self, papers: Iterable[tuple[int, Iterable[str]]]) -> None:
        listed: dict[tuple[str, ...], dict[int, None]] = defaultdict(dict)
        spelt: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        every = [(paper_id, list(names)) for paper_id, names in papers]
        openings = {key[0] for _, names in every for name in names if (key := phrase_key(name))}
        for paper_id, names in every:
            for name in (place for as_listed in names for place in _places(as_listed, openings)):
                for key in dict.fromkeys((phrase_key(name), phrase_key(_apart(name)))):
                    if key:
                        listed[key][paper_id] = None
                        spelt[key][name.strip()] += 1
        self._papers = {key: tuple(ids) for key, ids in listed.items()}
        self._spelt = {key: names.most_common(1)[0][0] for key, names in spelt.items()}
        # By first word, in the order listed: a question looks only among the affiliations
        # that start with its first word, not through every name the papers list.
        starting: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for key in self._papers:
            starting[key[0]].append(key)
        self._starting = dict(starting)
        self._openings = frozenset(key[:2] for key in self._papers)
        """The first two words of every name: each question asks of each two words in a row
        whether a name starts with them (`opening`)."""
        self._words = frozenset(word for key in self._papers for word in key)

    def mentions(self, word: str) -> bool:
        """Whether some affiliation's name has the word ('tubingen'): asked of each word a
        question leaves over, so it is one look-up, not a pass over every name."""
        wanted = phrase_key(word)
        if len(wanted) != 1:
            return self.named(word, inside=True) is not None
        return wanted[0] in self._words

    @property
    def words(self) -> frozenset[str]:
        """Every word of every affiliation's name."""
        return self._words

    def common_words(self, papers: int) -> frozenset[str]:
        """Words of affiliations that more than `papers` papers list: such a word ('google')
        says where authors work, so it cannot name a session on its own."""
        spread: Counter[str] = Counter()
        for key, ids in self._papers.items():
            for word in set(key):
                spread[word] += len(ids)
        return frozenset(word for word, count in spread.items() if count > papers)

    def named(self, text: str, *, inside: bool = False) -> Affiliated | None:
        """The papers of every affiliation that starts with all of `text`'s words (or, if
        `inside`, has them in a row anywhere), if any."""
        wanted = phrase_key(text)
        if not wanted:
            return None
        # A name that starts with the words is among those starting with the first word.
        among = self._papers if inside else self._starting.get(wanted[0], ())
        keys = [key for key in among if _within(wanted, key, inside=inside)]
        if not keys:
            return None
        ids = dict.fromkeys(paper_id for key in keys for paper_id in self._papers[key])
        shortest = min(keys, key=lambda key: (len(key), -len(self._papers[key])))
        return Affiliated(self._spelt[shortest], tuple(ids))

    def opening(self, tokens: list[str]) -> set[int]:
        """Where among `tokens` two words in a row start an affiliation's name: 'uber ai' is
        the lab, in whichever language its first word is also a word."""
        pairs = [i for i in range(len(tokens) - 1) if self._opens(" ".join(tokens[i : i + 2]))]
        return {i + step for i in pairs for step in (0, 1)}

    def _opens(self, pair: str) -> bool:
        """Whether an affiliation's name starts with these two words: one look-up, not a pass
        over the names starting with the first word."""
        wanted = phrase_key(pair)
        if len(wanted) == 2:
            return wanted in self._openings
        return self.named(pair) is not None

    def all_named(self, text: str, *, inside: bool = False) -> Affiliated | None:
        """The papers of every affiliation `text` names one after another ('naver / clova
        ai'): each run of its words, longest first, must start an affiliation's name, or,
        beside another that does, be in one ("Clova AI Research, NAVER" for 'naver'). Only
        if `inside` (the words follow 'from'), all of it may be inside one name ("Applied AI
        Institute, Deakin University"), or it may name several."""
        whole = self.named(text) or (self.named(text, inside=True) if inside else None)
        if whole is not None or not inside:
            return whole
        wanted = words(text)
        found: list[Affiliated] = []
        starting = False
        start = 0
        while start < len(wanted):
            end, named, first = self._longest(wanted, start)
            if named is None:
                return None
            found.append(named)
            starting, start = starting or first, end
        if len(found) < 2 or not starting:
            return None
        ids = dict.fromkeys(paper_id for one in found for paper_id in one.paper_ids)
        return Affiliated(" / ".join(one.name for one in found), tuple(ids))

    def _longest(self, wanted: list[str], start: int) -> tuple[int, Affiliated | None, bool]:
        """The longest run of words from `start` an affiliation has, and whether it starts
        that affiliation's name."""
        for end in range(len(wanted), start, -1):
            said = " ".join(wanted[start:end])
            named = self.named(said)
            if named is not None:
                return end, named, True
            named = self.named(said, inside=True)
            if named is not None:
                return end, named, False
        return start, None, False


def _within(wanted: tuple[str, ...], key: tuple[str, ...], *, inside: bool) -> bool:
    if not inside:
        return key[: len(wanted)] == wanted
    size = len(wanted)
    return any(key[start : start + size] == wanted for start in range(len(key) - size + 1))


def _apart(name: str) -> str:
    """The name with words written together set apart, so a question naming one of them
    ('grenoble') finds it as it finds the same place spelt with a space."""
    return GLUED.sub(r"\1 \2", name)


def _places(listed: str, openings: set[str]) -> list[str]:
    """The name as listed, and each place it joins: a question naming the second ('max
    planck institute') finds the paper as it finds those listing that place alone. A name is
    cut only where every part starts as some listed name does (`openings`, first words): the
    "and" of "Institute of Science and Technology" joins no two places."""
    parts = [part for part in JOINED.split(listed) if part.strip()]
    starts = [phrase_key(part)[:1] for part in parts]
    if len(parts) < 2 or not all(start and start[0] in openings for start in starts):
        return [listed]
    return [listed, *parts]
