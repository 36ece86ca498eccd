"""`python -m bench.related_quality [--held]`: how well each way of reading papers finds related
papers, on the judged pairs of tests/papers/related_pairs.toml.

For every option, each paper's score against every other paper of ICLR 2019 is computed the
way the bot would; a seed paper's shown papers are its top three at or above the threshold.
Reported per option: how often the related paper scores above the unrelated one (ordered),
the threshold that best separates related from unrelated pairs (chosen on the tuned pairs
only), and at that threshold precision@3 (of the judged papers shown, the share judged
related), hit@3 (related papers shown) and unrelated papers shown. `--held` reports the chosen
option on the held-back pairs, which nothing was tuned on.
"""

from __future__ import annotations

import argparse
import math
import tomllib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.domain.imported import PaperData
from bot.domain.text import stem, words
from bot.imports.packaged import load_data
from bot.papers import related
from bot.papers.meaning import Vectors, embed

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "tests" / "papers" / "related_pairs.toml"


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    related: bool
    part: str
    pooled: bool
    """Judged after the chosen method showed it, rather than blind."""


@dataclass(frozen=True)
class Quality:
    """An option's figures on one set of pairs at one threshold."""

    ordered: float
    threshold: float
    precision: float
    hits: float
    unrelated_shown: int
    """Blind pairs judged unrelated that a card shows."""
    shown_judged: int


def judged_pairs(part: str) -> list[Pair]:
    """The judged pairs of one part ('tuned' or 'held')."""
    found = tomllib.loads(PAIRS.read_text(encoding="utf-8"))["pairs"]
    return [
        Pair(p["a"], p["b"], p["related"], p["part"], p.get("pooled", False))
        for p in found
        if p["part"] == part
    ]


def iclr_papers() -> list[PaperData]:
    """The papers the pairs were judged on: the conference in data/ with papers."""
    (conference,) = [item for item in load_data(ROOT / "data") if item.papers]
    return list(conference.papers)


def about(paper: PaperData) -> str:
    """What the bot reads a paper from."""
    return related.about(paper.title, paper.summary, "", [*paper.keywords, *paper.topics])


def _plain(paper: PaperData) -> str:
    return " ".join([paper.title, paper.summary, ", ".join([*paper.keywords, *paper.topics])])


def _tfidf(texts: Sequence[str]) -> Vectors:
    """Lexical baseline: cosine of TF-IDF over stemmed words (log term frequency)."""
    bags = [Counter(stem(word) for word in words(text)) for text in texts]
    df = Counter(term for bag in bags for term in bag)
    vocabulary = {term: at for at, term in enumerate(sorted(df))}
    matrix = np.zeros((len(texts), len(vocabulary)), dtype=np.float32)
    for row, bag in enumerate(bags):
        for term, count in bag.items():
            idf = math.log(len(texts) / df[term])
            matrix[row, vocabulary[term]] = (1 + math.log(count)) * idf
    lengths = np.linalg.norm(matrix, axis=1, keepdims=True)
    unit: Vectors = np.divide(matrix, lengths, out=np.zeros_like(matrix), where=lengths > 0)
    return unit


OPTIONS: dict[str, Callable[[list[PaperData]], Vectors]] = {
    "wordllama, title only": lambda papers: embed([p.title for p in papers]),
    "wordllama, title twice + summary + keywords": lambda papers: embed(
        [" ".join([p.title, _plain(p)]) for p in papers]
    ),
    "wordllama, title + summary + keywords (chosen)": lambda papers: embed(
        [about(p) for p in papers]
    ),
    "TF-IDF cosine, title + summary + keywords": lambda papers: _tfidf([_plain(p) for p in papers]),
}
CHOSEN = "wordllama, title + summary + keywords (chosen)"


def separating_threshold(scores: Sequence[tuple[float, bool]]) -> float:
    """The cut that classifies the most pairs right (score >= cut: related), in the middle of
    the widest gap among equally good cuts, rounded to two decimals."""
    ordered = sorted(scores)
    best: tuple[int, float, float] | None = None
    for at in range(len(ordered) + 1):
        below = ordered[at - 1][0] if at else ordered[0][0] - 0.1
        above = ordered[at][0] if at < len(ordered) else ordered[-1][0] + 0.1
        right = sum(not r for _, r in ordered[:at]) + sum(r for _, r in ordered[at:])
        candidate = (right, above - below, (above + below) / 2)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    assert best is not None
    return round(best[2], 2)


def quality(
    vectors: Vectors, slugs: list[str], pairs: list[Pair], threshold: float | None = None
) -> Quality:
    """Figures of one option on `pairs`; the threshold is chosen on the blind ones unless
    given (pooled pairs were picked by the chosen method, so they would favour it)."""
    at = {slug: index for index, slug in enumerate(slugs)}
    blind = [p for p in pairs if not p.pooled]
    scores = [(float(vectors[at[p.a]] @ vectors[at[p.b]]), p.related) for p in blind]
    cut = separating_threshold(scores) if threshold is None else threshold
    shown = related.nearest(vectors, related.SHOWN, cut)
    seeds = sorted({p.a for p in blind})
    by_seed = {seed: [p for p in blind if p.a == seed] for seed in seeds}
    ordered = [
        score_of(vectors, at, seed, True, by_seed[seed])
        > score_of(vectors, at, seed, False, by_seed[seed])
        for seed in seeds
    ]
    hits = unrelated = judged_shown = 0
    for pair in pairs:
        on_card = {found.index for found in shown[at[pair.a]]}
        if at[pair.b] in on_card:
            judged_shown += 1
            hits += pair.related
            unrelated += not pair.related and not pair.pooled
    positives = sum(p.related for p in blind)
    found = sum(p.related and at[p.b] in {f.index for f in shown[at[p.a]]} for p in blind)
    return Quality(
        ordered=sum(ordered) / len(ordered),
        threshold=cut,
        precision=hits / judged_shown if judged_shown else 1.0,
        hits=found / positives,
        unrelated_shown=unrelated,
        shown_judged=judged_shown,
    )


def score_of(
    vectors: Vectors, at: dict[str, int], seed: str, judged: bool, pairs: list[Pair]
) -> float:
    """The score of the seed's pair judged `judged` (a missing one scores -inf)."""
    found = [p.b for p in pairs if p.related == judged]
    return float(vectors[at[seed]] @ vectors[at[found[0]]]) if found else -math.inf


def _line(name: str, figures: Quality) -> str:
    return (
        f"| {name} | {figures.ordered:.0%} | {figures.threshold:.2f} | {figures.precision:.0%} "
        f"({figures.shown_judged} judged shown) | {figures.hits:.0%} | {figures.unrelated_shown} |"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--held", action="store_true", help="report the held-back pairs too")
    args = parser.parse_args(argv)
    papers = iclr_papers()
    slugs = [paper.slug for paper in papers]
    tuned = judged_pairs("tuned")
    print(f"Tuned pairs: {len(tuned)}")
    print(
        "| option | related above unrelated | threshold | precision@3 | hit@3 "
        "| blind unrelated shown |"
    )
    print("|---|--:|--:|--:|--:|--:|")
    chosen: Quality | None = None
    for name, build in OPTIONS.items():
        vectors = build(papers)
        figures = quality(vectors, slugs, tuned)
        chosen = figures if name == CHOSEN else chosen
        print(_line(name, figures))
        if name == CHOSEN and args.held:
            held = judged_pairs("held")
            print(f"Held-back pairs ({len(held)}), at the tuned threshold:")
            print(_line(name, quality(vectors, slugs, held, figures.threshold)))
            below = sum(not found for found in related.nearest(vectors, 3, figures.threshold))
            print(f"Papers with no related paper at that threshold: {below} of {len(papers)}")


if __name__ == "__main__":
    main()
