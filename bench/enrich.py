"""`confbot enrich` per 1,000 papers against the OpenReview-shaped server on 127.0.0.1, beside
the same requests alone: the difference is what parsing the notes, storing each batch and
indexing the abstracts cost.

Pacing is off on both sides (a rate no server would allow), so the figure is the command's own
cost; at the default two requests a second, 1,000 papers take 500 s whatever this costs.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import aiohttp

from bench.measure import Figure, Row
from bench.synthetic import SLUG, write_conference
from bot.clock import SystemClock
from bot.imports.packaged import open_store
from bot.papers.enrich import Run, enrich
from bot.papers.openreview import Politeness
from tests.papers.openreview_server import Note, OpenReviewServer

UNPACED = Politeness(rate=1_000_000.0, attempts=1, timeout=30.0)
WORKERS = 4
SENTENCE = "We study how {word} networks learn representations that transfer across tasks. "


def _notes(papers: int) -> dict[str, Note]:
    """An abstract of about 1,000 characters (a typical one) and a TL;DR for every paper."""
    return {
        f"SYN{index:07d}": Note(
            abstract=(SENTENCE.format(word=f"w{index}") * 12).strip(),
            tldr=f"A one-line summary of paper {index}.",
        )
        for index in range(papers)
    }


async def _fetch_alone(bases: tuple[str, str], forums: list[str]) -> float:
    """The same GETs, four at a time, answers read and thrown away: seconds."""
    gate = asyncio.Semaphore(WORKERS)
    async with aiohttp.ClientSession() as http:

        async def one(forum: str) -> None:
            async with gate, http.get(f"{bases[0]}/notes?id={forum}") as response:
                await response.read()

        start = time.perf_counter()
        await asyncio.gather(*(one(forum) for forum in forums))
        return time.perf_counter() - start


async def enrich_rows(workdir: Path, papers: int) -> list[Row]:
    """Seconds per 1,000 papers: the whole command, and the raw fetch it rests on."""
    write_conference(workdir / "data", papers)
    store = await open_store(f"sqlite+aiosqlite:///{workdir / 'enrich.db'}", workdir / "data")
    try:
        async with OpenReviewServer(_notes(papers)) as server:
            baseline = await _fetch_alone(server.bases, list(server.notes))
            start = time.perf_counter()
            run = Run(server.bases, UNPACED, workers=WORKERS)
            done = await enrich(store.sessions, SystemClock(), SLUG, run)
            measured = time.perf_counter() - start
    finally:
        await store.close()
    per_thousand = 1000 / papers
    return [
        Row(
            "enrich",
            "`confbot enrich`: fetch, parse, store and index abstracts, per 1,000 papers "
            f"(pacing off; {done.stored:,} stored)",
            f"{papers:,} papers",
            Figure.single(measured * per_thousand, "s"),
            Figure.single(baseline * per_thousand, "s"),
            "the same GETs alone (aiohttp, 4 at a time)",
        )
    ]
