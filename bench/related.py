"""What related papers cost: computing them for a conference, and reading them with a card.

Compute: `like.refresh` from scratch (read the papers' text, embed, top three, write), beside
embedding alone, the part no method of comparing can skip; at sizes above
`related.EXACT_UP_TO`, where papers are compared by groups, beside comparing every pair,
timed on a sample of rows and scaled to all of them (comparing every pair of 100,000 papers
takes many minutes). Card read: `find_card` (search, load, related ids, related papers in
full) beside `find_papers` on the same titles: the card without its section.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sqlalchemy import func, select, text

from bench import report
from bench.measure import Figure, Row, timed_ms
from bench.stores import BenchStore, StoreCache
from bot.papers import related
from bot.papers.like import refresh
from bot.papers.meaning import embed
from bot.papers.persistence.related import paper_texts
from bot.papers.service import find_card, find_papers
from bot.store.models import Paper, RelatedPaper

SAMPLE_ROWS = 2048
"""Rows compared with every paper to time the exhaustive baseline."""


async def related_rows(bench: BenchStore, rounds: int, titles: int) -> list[Row]:
    """The compute row and the card-read row of one store."""
    size = f"{bench.label} ({bench.papers:,} papers)"
    return [await _compute_row(bench, size), await _read_row(bench, size, rounds, titles)]


async def _compute_row(bench: BenchStore, size: str) -> Row:
    async with bench.store.sessions() as db, db.begin():
        await db.execute(text("DELETE FROM related_runs"))
    start = time.perf_counter()
    await refresh(bench.store.sessions)
    computed = time.perf_counter() - start
    async with bench.store.sessions() as db:
        texts = await paper_texts(db, bench.conference.id)
    about = [related.about(t.title, t.summary, t.abstract, t.keywords) for t in texts]
    start = time.perf_counter()
    vectors = embed(about)
    embedding = time.perf_counter() - start
    if len(vectors) <= related.EXACT_UP_TO:
        return Row(
            "related",
            "compute from scratch (read, embed, top 3 of every paper, write)",
            size,
            Figure.single(computed, "s"),
            Figure.single(embedding, "s"),
            "embedding alone",
        )
    rows = vectors[:SAMPLE_ROWS]
    start = time.perf_counter()
    for at in range(0, len(rows), related.BLOCK):
        scores = rows[at : at + related.BLOCK] @ vectors.T
        np.argpartition(-scores, related.SHOWN, axis=1)
    exhaustive = embedding + (time.perf_counter() - start) * len(vectors) / len(rows)
    return Row(
        "related",
        "compute from scratch (read, embed, top 3 by groups, write)",
        size,
        Figure.single(computed, "s"),
        Figure.single(exhaustive, "s"),
        f"embed + every pair (scaled from {SAMPLE_ROWS:,} rows)",
    )


async def _read_row(bench: BenchStore, size: str, rounds: int, titles: int) -> Row:
    """Titles of papers that have related papers, each read as a card and as a bare search."""
    async with bench.store.sessions() as db:
        chosen = list(
            await db.scalars(
                select(Paper.title)
                .where(
                    Paper.conference_id == bench.conference.id,
                    Paper.id.in_(select(RelatedPaper.paper_id)),
                )
                .order_by(func.length(Paper.title), Paper.id)
                .limit(titles)
            )
        )
    conf = bench.conference
    with_section: list[float] = []
    without: list[float] = []
    for _ in range(rounds):
        for title in chosen:
            async with bench.store.sessions() as db:
                elapsed, found = await timed_ms(find_card, db, conf, title)
            assert found.related, f"no related papers read for {title!r}"
            with_section.append(elapsed)
            async with bench.store.sessions() as db:
                elapsed, _ = await timed_ms(find_papers, db, conf, title)
            without.append(elapsed)
    return Row(
        "related",
        "card read with its related papers (`find_card`)",
        size,
        Figure.of(with_section),
        Figure.of(without),
        "the same search without the section (`find_papers`)",
    )


async def _sizes(sizes: list[int | None], rounds: int, titles: int, workdir: Path) -> list[Row]:
    cache = StoreCache(workdir)
    rows: list[Row] = []
    try:
        for size in sizes:
            bench = await cache.get(size)
            rows += await related_rows(bench, rounds, titles)
    finally:
        await cache.close()
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m bench.related [--sizes 10000 100000]`: these rows alone, without the whole
    benchmark (the seed's store is always measured first)."""
    parser = argparse.ArgumentParser(prog="python -m bench.related", description=main.__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--titles", type=int, default=10)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="confbot-bench-") as workdir:
        sizes: list[int | None] = [None, *args.sizes]
        rows = asyncio.run(_sizes(sizes, args.rounds, args.titles, Path(workdir)))
    print(report.table(rows))


if __name__ == "__main__":
    main()
