"""Papers like this one: for every paper, the few of the same conference closest in meaning.

Closeness is the cosine of `meaning` vectors of what a paper is about (title, summary,
abstract, keywords and topics). It is computed for a whole conference at once, when its papers
change, and kept in the store (`persistence.related`), so a paper card only reads three ids.
Only pairs at or above `THRESHOLD` count: a paper with nothing that close shows no related
papers rather than the least unrelated ones. The threshold and the text each paper is read
from were chosen on judged pairs (tests/papers/related_pairs.toml; see bench/related.py).

Every paper is compared with every other while a conference is small enough for that to take
seconds (`EXACT_UP_TO`); above it, papers are first grouped by meaning (k-means on a sample)
and each is compared only with the papers of its own and its nearest groups: the same top
three for nearly every paper, at a small share of the work.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from bot.papers.meaning import Vectors, embed

SHOWN = 3
"""Related papers a card lists."""
THRESHOLD = 0.46
"""The least cosine at which two papers count as related (chosen on the judged pairs)."""
EXACT_UP_TO = 20_000
"""Papers up to which every pair is compared."""
BLOCK = 256
"""Rows compared at once: the scratch matrix is BLOCK × papers floats, 100 MB at 100,000."""
PROBES = 3
"""Groups a paper is compared with beyond its own, above `EXACT_UP_TO`."""
ROUNDS = 8
"""k-means rounds: groups only narrow the candidates, so they need not be optimal."""


@dataclass(frozen=True)
class Related:
    """One paper's related paper: `index` into the conference's papers, and the cosine."""

    index: int
    score: float


def about(title: str, summary: str, abstract: str, keywords: Sequence[str]) -> str:
    """The text a paper's meaning is read from: everything that says what it is about. On
    the judged pairs this found more related papers than the title alone, or the title
    weighted twice (see bench/related_quality.py)."""
    return " ".join(part for part in (title, summary, abstract, ", ".join(keywords)) if part)


def related_of(texts: Sequence[str]) -> list[list[Related]]:
    """For each text, up to `SHOWN` others at or above `THRESHOLD`, closest first."""
    return nearest(embed(texts), SHOWN, THRESHOLD)


def nearest(vectors: Vectors, shown: int, threshold: float) -> list[list[Related]]:
    """Up to `shown` nearest other rows of each row at or above `threshold`, closest first
    (equal scores by index): the same vectors always give the same answer, so seeding the
    same files twice shows the same related papers."""
    found: list[list[Related]] = [[] for _ in range(len(vectors))]
    for rows, candidates in _candidates(vectors):
        scores = vectors[rows] @ vectors[candidates].T
        scores[candidates[None, :] == rows[:, None]] = -np.inf
        take = min(shown, scores.shape[1])
        top = np.argpartition(-scores, take - 1, axis=1)[:, :take]
        best = np.take_along_axis(scores, top, axis=1)
        order = np.lexsort((candidates[top], -best), axis=1)
        top, best = np.take_along_axis(top, order, axis=1), np.take_along_axis(best, order, axis=1)
        for row, indexes, values in zip(
            rows.tolist(), candidates[top].tolist(), best.tolist(), strict=True
        ):
            found[row] = [
                Related(index, value)
                for index, value in zip(indexes, values, strict=True)
                if value >= threshold
            ]
    return found


def _candidates(vectors: Vectors) -> Iterator[tuple[NDArray[np.intp], NDArray[np.intp]]]:
    """Blocks of rows, each with the rows they are compared with."""
    count = len(vectors)
    if count <= EXACT_UP_TO:
        every = np.arange(count)
        for start in range(0, count, BLOCK):
            yield every[start : start + BLOCK], every
        return
    groups = _groups(vectors)
    members = [np.flatnonzero(groups.assigned == group) for group in range(len(groups.centres))]
    for group, rows in enumerate(members):
        near = groups.neighbours[group]
        candidates = np.sort(np.concatenate([members[other] for other in near]))
        for start in range(0, len(rows), BLOCK):
            yield rows[start : start + BLOCK], candidates


@dataclass(frozen=True)
class _Groups:
    centres: Vectors
    assigned: NDArray[np.intp]
    neighbours: list[NDArray[np.intp]]
    """Each group's own index and its `PROBES` nearest groups."""


def _groups(vectors: Vectors) -> _Groups:
    """About √n groups by k-means from a fixed seed, so a conference always splits alike."""
    count = len(vectors)
    size = int(np.sqrt(count))
    rng = np.random.default_rng(0)
    centres = vectors[rng.choice(count, size, replace=False)].copy()
    sample = vectors[rng.choice(count, min(count, size * 64), replace=False)]
    for _ in range(ROUNDS):
        assigned = _closest_centre(sample, centres)
        for group in range(size):
            mine = sample[assigned == group]
            if len(mine):
                centre = mine.sum(axis=0)
                centres[group] = centre / max(float(np.linalg.norm(centre)), 1e-9)
    assigned = _closest_centre(vectors, centres)
    between = centres @ centres.T
    neighbours = [np.argsort(-between[group], kind="stable")[: PROBES + 1] for group in range(size)]
    return _Groups(centres, assigned, neighbours)


def _closest_centre(vectors: Vectors, centres: Vectors) -> NDArray[np.intp]:
    return np.concatenate(
        [
            np.argmax(vectors[start : start + BLOCK * 16] @ centres.T, axis=1)
            for start in range(0, len(vectors), BLOCK * 16)
        ]
    )
