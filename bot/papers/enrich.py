"""`confbot enrich`: the authors' abstracts and TL;DRs of a conference's papers, from OpenReview.

Papers are asked about in batches; a few requests run at once (so one slow answer does not
stall the rest) while the client's pacer keeps their starts to the rate. Each batch is stored
in one transaction before the next starts, so an interrupted run (Ctrl-C, a kill, a crash)
loses at most the batch in flight, and a run started again asks only about papers never
answered: resumable without a log of its own.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import aiohttp
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.papers.openreview import Fetched, OpenReview, Outcome, Politeness, TooLongToWait
from bot.papers.persistence.abstracts import Pending, census, keep

BATCH = 50
"""Papers per transaction: at two requests a second, 25 seconds of work at most to lose."""
WORKERS = 4
"""Requests in flight at once; the pacer, not this, sets the rate."""


@dataclass
class Progress:
    """How far a run has come, for the progress line and the closing summary."""

    slug: str
    with_id: int
    already: int
    """Papers answered by earlier runs: skipped."""
    to_ask: int
    asked: int = 0
    stored: int = 0
    """Papers whose answer this run has committed (found, or known not to be there)."""
    requests: int = 0
    outcomes: dict[Outcome, int] = field(default_factory=lambda: dict.fromkeys(Outcome, 0))
    started: float = field(default_factory=time.monotonic)

    def count(self, fetched: Fetched) -> None:
        self.asked += 1
        self.requests += fetched.requests
        self.outcomes[fetched.outcome] += 1

    def line(self) -> str:
        """One progress line: a bar, the counts, the request rate and the time left."""
        done = self.asked / self.to_ask if self.to_ask else 1.0
        bar = "#" * round(done * 20)
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.requests / elapsed
        left = (self.to_ask - self.asked) * elapsed / self.asked if self.asked else 0.0
        return (
            f"enrich {self.slug} [{bar:<20}] {self.asked}/{self.to_ask} papers · "
            f"{self.outcomes[Outcome.FOUND]} abstracts · {self.outcomes[Outcome.NOT_FOUND]} "
            f"not on OpenReview · {self.outcomes[Outcome.FAILED]} failed · {rate:.1f} req/s"
            + (f" · about {_duration(left)} left" if self.asked < self.to_ask else "")
        )

    def summary(self) -> str:
        """What the run did, and what a next run would do."""
        found, missing = self.outcomes[Outcome.FOUND], self.outcomes[Outcome.NOT_FOUND]
        failed = self.outcomes[Outcome.FAILED]
        text = (
            f"{self.slug}: {found} abstracts fetched, {missing} papers not on OpenReview, "
            f"{self.already} already done in earlier runs, of {self.with_id} papers with an "
            f"OpenReview id ({self.requests} requests)."
        )
        if failed:
            text += f" {failed} failed after retries: run enrich again to ask for them."
        return text


def _duration(seconds: float) -> str:
    if seconds >= 90:
        return f"{round(seconds / 60)} min"
    return f"{round(seconds)} s"


@dataclass(frozen=True)
class Run:
    """Where to ask, how politely, and what to tell the operator on the way."""

    bases: Sequence[str]
    politeness: Politeness = field(default_factory=Politeness)
    batch: int = BATCH
    workers: int = WORKERS
    report: Callable[[Progress], None] = lambda progress: None


async def enrich(
    sessions: async_sessionmaker[AsyncSession], clock: Clock, slug: str, run: Run
) -> Progress:
    """Ask OpenReview about every paper of `slug` with an id not yet answered, keeping each
    batch as it completes. Cancelled, it stops at once: the batches kept stay kept."""
    async with sessions() as db:
        found = await census(db, slug)
    progress = Progress(slug, found.with_id, found.with_id - len(found.pending), len(found.pending))
    run.report(progress)
    async with aiohttp.ClientSession() as http:
        client = OpenReview(http, run.bases, run.politeness)
        for start in range(0, len(found.pending), run.batch):
            batch = found.pending[start : start + run.batch]
            answers = await _ask_all(client, batch, run.workers, progress, run.report)
            async with sessions() as db:
                await keep(db, list(zip(batch, answers, strict=True)), clock.now())
            progress.stored += sum(answer.outcome != Outcome.FAILED for answer in answers)
    return progress


async def _ask_all(
    client: OpenReview,
    batch: Sequence[Pending],
    workers: int,
    progress: Progress,
    report: Callable[[Progress], None],
) -> list[Fetched]:
    """Every paper of a batch asked, at most `workers` at a time, in the batch's order."""
    gate = asyncio.Semaphore(workers)

    async def one(pending: Pending) -> Fetched:
        async with gate:
            fetched = await client.fetch(pending.openreview_id)
        progress.count(fetched)
        report(progress)
        return fetched

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(one(pending)) for pending in batch]
    except* TooLongToWait as waits:  # the others were cancelled: the batch is not kept
        raise waits.exceptions[0] from None
    return [task.result() for task in tasks]
