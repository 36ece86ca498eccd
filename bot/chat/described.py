"""A paper or talk described in the asker's own words, not its title's: 'the freiburg automl
folks had something on rna sequences' is "Learning to Design RNA", 'pacemaker / heart implant
security stuff' the talk "Security of Cardiac Implantable Electronic Devices".

One retrieval over everything a paper holds (its title, aliases, keywords, topics, summary and
abstract, its authors and the places they work) and everything a talk holds (title, subtitle,
speakers, track, description), each word weighed by how rare it is among the papers or among
the talks (`ItemWords`), added to how close the question's meaning is to the item's (the
vectors of `bot.chat.meaning`). A lab or a name in the question is one of its rarest words, so
it narrows the items as a filter would, while one that lacks it can still win on the rest.

Thresholds were measured on the English blind sets' questions (`SURE` and `CLEAR` on held5,
tune5 and tune4's paper questions; `FAR` and `SEVERAL` on every English set's 297 questions
that describe a talk or paper), never on a set held back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from bot.chat.indexed import Item, ItemWords, Meant, Shares, typed_terms
from bot.domain.records import SessionView
from bot.papers.meaning import Vectors

SURE = 1.1
"""The least score (share of the question's word weight a paper holds, plus its closeness in
meaning) at which a paper is shown as the answer. Measured on the paper questions of held5,
tune5 and tune4 that describe a paper: the paper meant scored 1.13 to 1.71 where no other
step found it (the MAESTRO oral 1.34); 'papers by andrew ng' (no such author) reached 1.15
and is kept out by `CLEAR`, 'predicting earthquakes w/ deep nets' (1.34) by the rule that a
word no paper holds beside common ones is offered, never shown. Over 21 such questions the
sum put the paper meant first 17 times and in the top three 19; words alone 16 and 20,
meaning alone 8 and 12."""
THEIRS = 0.6
"""The least score of a paper found among the papers of a lab or person the question names,
by its other words: 'the freiburg automl folks had something on rna sequences' scored 0.79,
0.26 ahead of the lab's next paper. One measured question: the margin is not known well."""
CLEAR = 0.15
"""How far ahead of the second paper the first must be to be shown: the papers meant led by
0.16 to 0.78 (MAESTRO 0.36), while 'papers by andrew ng' led by 0.06 and topic questions'
first papers by at most 0.12 (a topic has many papers alike)."""
SEVERAL = 3
"""At most this many talks shown together as the ones a description means. Only talks: on
all the English blind sets, where a second talk was sure and clear of the third, both were
meant in each of seven questions ('heartbleed talks', 'internet voting talks'); where a
second paper was, only the first was meant (twice), a subject having many papers alike."""
FAR_SURE = 0.9
FAR = 0.5
"""A lower least score for a first far ahead of the second: 'pacemaker / heart implant
security stuff' scored 1.08, 0.75 ahead of the next talk. On all the English blind sets'
questions that describe a talk or paper (297), a first at least 0.9 and 0.5 ahead was the
one meant each time (over 30 questions); a wrong first led by at most 0.43."""
TITLED_LEAD = 0.3
"""How far ahead of the second a first at least `FAR_SURE` must be when its title alone holds
a word of the question, or two of its words in a row ('timbre something', 'curiosity via
reachability'): the asker half-remembers its name. On every English blind set, 28 firsts
whose title alone held such a word were neither sure nor far: led by 0.33 to 0.59 where
shown by this rule (the TimbreTron, reachability and debate questions among them, 0.35 to
0.43), while the wrong firsts it would have shown led by at most 0.25 (a climate strike
talk for a school strike one, the GAN posters for a keynote on adversarial examples)."""
NEAREST = 10
"""Papers nearest in meaning ranked beside those sharing words: a description in other words
than the paper's may share none."""


@dataclass(frozen=True)
class Candidate:
    """A paper and how well it fits a description: `words` is the share of the question's
    word weight it has, `meaning` its closeness, `score` the two added."""

    item: Item
    words: float
    meaning: float
    narrowed: bool = False
    """Found among the papers of a lab or a person the question names, by its other words."""
    titled: bool = False
    """Its title alone, of all the items, holds a word of the question or two of its words in
    a row ('timbre', 'averaging … gan'): the asker half-remembers its name."""

    @property
    def score(self) -> float:
        return self.words + self.meaning


def ranked(
    index: ItemWords, typed: str, closeness: Vectors, meant: Meant | None = None
) -> list[Candidate]:
    """The `LEADING` papers best first for a description: `typed` its words (filler read
    away), `closeness` each paper's closeness in meaning to the whole question, `meant` the
    field's terms its everyday words stand for. A lab or a person named narrows the papers
    to theirs, ranked by the other words."""
    said = typed_terms(typed)
    wanted = list(dict.fromkeys([*said, *index.held_pairs(said)]))
    theirs, rest = index.narrowed(wanted)
    if theirs:
        rows = np.array(sorted(theirs), dtype=np.intp)
        found = _leading(index, rows, index.shares(rest, meant), closeness)
        if found and found[0].score >= THEIRS:
            return found
        # none of theirs fits the rest: the name's word is said as a plain one ('hospital
        # records' beside labs named "… Hospital"), and every paper is in the running
    shares = index.shares(wanted, meant)
    running = shares > 0
    running[np.argsort(-closeness)[:NEAREST]] = True
    return _leading(index, np.flatnonzero(running), shares, closeness, titling=wanted)


LEADING = SEVERAL + 1
"""Candidates ranked: what is shown is told by the first few and the one after them
(`shown`)."""


def _leading(
    index: ItemWords,
    rows: NDArray[np.intp],
    shares: Shares,
    closeness: Vectors,
    titling: Sequence[str] | None = None,
) -> list[Candidate]:
    """The best `LEADING` of `rows` by score, ties in the order of the items. Scored as
    arrays: a common word puts hundreds of papers in the running, and a candidate made and
    sorted for each of them cost milliseconds. Without `titling` (the question's terms, for
    whether a title alone holds one) they were found among a lab's or a person's papers."""
    held = shares[rows]
    near = closeness[rows].astype(np.float64)
    order = np.argsort(-(held + near), kind="stable")[:LEADING]
    found = []
    for place in order:
        row = int(rows[place])
        titled = titling is not None and index.titled_alone(titling, row)
        words_held, meaning = float(held[place]), float(near[place])
        found.append(Candidate(index.items[row], words_held, meaning, titling is None, titled))
    return found


def shown(found: list[Candidate], *, agreeing: float = 0.0) -> list[Item]:
    """What to show as the answer: the one paper or talk that stands out enough to be the
    one meant, or the few talks that stand out together ('building qubits / quantum
    processors': two talks on quantum computers, far ahead of the rest); none when nothing
    does. A first paper is sure by its score only if at least `agreeing` close in meaning."""
    if not found:
        return []
    first = found[0]
    second = found[1].score if len(found) > 1 else 0.0
    if first.narrowed:
        return [first.item] if first.score >= THEIRS and first.score - second >= CLEAR else []
    together = _together(found)
    if together:
        return together
    agrees = first.meaning >= agreeing or isinstance(first.item, SessionView)
    sure = first.score >= SURE and first.score - second >= CLEAR and agrees
    far = first.score >= FAR_SURE and first.score - second >= FAR
    named = first.titled and first.score >= FAR_SURE and first.score - second >= TITLED_LEAD
    return [first.item] if sure or far or named else []


def _together(found: list[Candidate]) -> list[Item]:
    """The first few talks, when each is sure and together they are clear of the rest."""
    for size in range(SEVERAL, 1, -1):
        group, rest = found[:size], found[size : size + 1]
        after = rest[0].score if rest else 0.0
        talks = all(isinstance(candidate.item, SessionView) for candidate in group)
        last = group[-1].score
        if len(group) < size or not talks:
            continue
        if last >= SURE and last - after >= CLEAR:
            return [candidate.item for candidate in group]
    return []
