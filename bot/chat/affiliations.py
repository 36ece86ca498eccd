"""Where papers' authors work, as a question names it ('papers from google brain'): the
affiliations the papers list, held in memory per conference revision beside the vocabulary.

Affiliations are not in the papers' search index (a lab's name in every paper of its authors
would outrank what papers are about), so a question whose words are the start of an
affiliation's name ('google brain' for "Google Brain Amsterdam", 'stanford' for "Stanford
University") is answered with the papers listing it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from bot.domain.vocabulary import phrase_key


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
        for paper_id, names in papers:
            for name in names:
                key = phrase_key(name)
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

    def common_words(self, papers: int) -> frozenset[str]:
        """Words of affiliations that more than `papers` papers list: such a word ('google')
        says where authors work, so it cannot name a session on its own."""
        spread: Counter[str] = Counter()
        for key, ids in self._papers.items():
            for word in set(key):
                spread[word] += len(ids)
        return frozenset(word for word, count in spread.items() if count > papers)

    def named(self, text: str) -> Affiliated | None:
        """The papers of every affiliation that starts with all of `text`'s words, if any."""
        wanted = phrase_key(text)
        if not wanted:
            return None
        starting = self._starting.get(wanted[0], ())
        keys = [key for key in starting if key[: len(wanted)] == wanted]
        if not keys:
            return None
        ids = dict.fromkeys(paper_id for key in keys for paper_id in self._papers[key])
        shortest = min(keys, key=lambda key: (len(key), -len(self._papers[key])))
        return Affiliated(self._spelt[shortest], tuple(ids))
