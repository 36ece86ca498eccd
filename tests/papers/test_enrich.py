"""`confbot enrich` against an OpenReview-shaped server on 127.0.0.1: both note formats, a
paper OpenReview lacks, 429s and 5xx answers, slow answers, the request rate, and a run cut
off mid-way and resumed, on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.imports.packaged import open_store
from bot.papers import answers
from bot.papers.enrich import Progress, Run, enrich
from bot.papers.openreview import Outcome, Politeness, TooLongToWait
from bot.papers.render import ABSTRACT, TLDR
from bot.papers.service import search_papers
from bot.store.models import Paper
from bot.store.setup import Store
from tests.conftest import empty_database, venue_time
from tests.papers.openreview_server import Fault, Note, OpenReviewServer

SLUG = "synth"
PAPERS = 24
UNREACHABLE = "http://127.0.0.1:9/v1"
"""Nothing listens on the discard port."""
IN_FLIGHT = 0.1
"""Seconds after a refusal in which a request sent before the client read it may still arrive
(on a busy machine the server takes its requests late); one asked after reading it would
come at the run's pace, 20 ms apart."""
STALL = 1 / 3
"""Seconds the event loop recording the requests' arrivals may stall on a loaded machine."""
FAST = Politeness(rate=500.0, attempts=4, backoff=0.05, timeout=2.0)
"""Quick enough for tests: the waits keep their shape (doubling), not their length."""


def forum(index: int) -> str:
    return f"SYN{index:07d}"


def note(index: int) -> Note:
    """Half the papers on v1, half on v2; every third with a TL;DR; each abstract with a
    word no title, author or summary has, to search for."""
    return Note(
        abstract=f"We study quorvex{index} networks. They converge. Results hold at scale.",
        tldr=f"Quorvex{index} in one line." if index % 3 == 0 else "",
        api="v1" if index % 2 == 0 else "v2",
    )


@pytest.fixture
async def store(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path
) -> AsyncIterator[Store]:
    """A store holding one generated conference of PAPERS papers with OpenReview ids."""
    from bench.synthetic import write_conference

    write_conference(tmp_path / "data", PAPERS)
    opened = await open_store(empty_database(request, backend, tmp_path), tmp_path / "data")
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture
async def server() -> AsyncIterator[OpenReviewServer]:
    async with OpenReviewServer({forum(i): note(i) for i in range(PAPERS)}) as running:
        yield running


@dataclass(frozen=True)
class Stored:
    abstract: str
    tldr: str
    source: str | None
    checked: bool


async def stored(store: Store) -> dict[str, Stored]:
    async with store.sessions() as db:
        rows = await db.execute(
            select(
                Paper.openreview_id,
                Paper.abstract,
                Paper.tldr,
                Paper.abstract_source,
                Paper.abstract_checked_at,
            )
        )
        return {
            str(forum_id): Stored(abstract, tldr, source, checked is not None)
            for forum_id, abstract, tldr, source, checked in rows
        }


async def run(
    store: Store,
    server: OpenReviewServer,
    politeness: Politeness = FAST,
    *,
    batch: int = 5,
    bases: Sequence[str] | None = None,
    report: Callable[[Progress], None] = lambda progress: None,
) -> Progress:
    clock = ManualClock(venue_time("2026-12-06T09:00"))
    plan = Run(bases or server.bases, politeness, batch=batch, report=report)
    return await enrich(store.sessions, clock, SLUG, plan)


async def test_every_paper_gets_its_authors_text_from_v1_or_v2(
    store: Store, server: OpenReviewServer
) -> None:
    progress = await run(store, server)

    assert progress.outcomes[Outcome.FOUND] == PAPERS
    found = await stored(store)
    for index in range(PAPERS):
        expected = note(index)
        paper = found[forum(index)]
        assert (paper.abstract, paper.tldr) == (expected.abstract, expected.tldr)
        base = server.bases[0 if expected.api == "v1" else 1]
        assert paper.source == f"{base}/notes?id={forum(index)}"
    assert all(server.asked["v1", forum(i)] == 1 for i in range(PAPERS)), "v1 is asked first"
    assert sum(count for (api, _), count in server.asked.items() if api == "v2") == PAPERS // 2


async def test_an_abstract_is_searchable_once_fetched(
    store: Store, server: OpenReviewServer
) -> None:
    async with store.sessions() as db:
        conf = await get_conference(db, SLUG)
        assert await search_papers(db, conf, "quorvex7") == []

    await run(store, server)

    async with store.sessions() as db:
        found = await search_papers(db, conf, "quorvex7")
        by_tldr = await search_papers(db, conf, "quorvex9 line")
        rows = await db.scalar(text("SELECT count(*) FROM paper_search"))
    assert [paper.openreview_id for paper in found] == [forum(7)]
    assert [paper.openreview_id for paper in by_tldr] == [forum(9)]
    assert rows == PAPERS, "one index row per paper, none doubled"


async def test_the_paper_card_shows_the_abstract_as_the_authors_words(
    store: Store, server: OpenReviewServer
) -> None:
    await run(store, server)

    async with store.sessions() as db:
        conf = await get_conference(db, SLUG)
        embed = await answers.paper(db, conf, "quorvex3")
    fields = {field.name: field.value for field in embed.fields}
    assert fields[ABSTRACT] == note(3).abstract
    assert fields[TLDR] == note(3).tldr
    assert note(3).abstract not in (embed.description or ""), "never shown as our summary"


async def test_a_paper_openreview_does_not_have_is_recorded_and_not_asked_again(
    store: Store, server: OpenReviewServer
) -> None:
    del server.notes[forum(4)]

    first = await run(store, server)
    again = await run(store, server)

    assert first.outcomes[Outcome.NOT_FOUND] == 1
    assert server.asked["v1", forum(4)] == server.asked["v2", forum(4)] == 1
    missing = (await stored(store))[forum(4)]
    assert (missing.abstract, missing.checked) == ("", True)
    assert (again.to_ask, again.already, again.requests) == (0, PAPERS, 0)


async def test_a_429_pauses_every_request_for_its_retry_after(
    store: Store, server: OpenReviewServer
) -> None:
    server.faults[forum(2)] = [Fault(429, {"Retry-After": "1"})]

    progress = await run(store, server, Politeness(rate=50.0, backoff=0.05, timeout=2.0))

    assert progress.outcomes[Outcome.FOUND] == PAPERS
    (refused_at, _), *_ = server.refused
    later = [t - refused_at for t, _, _ in server.started if t > refused_at]
    assert later, "the run went on after the 429"
    waited = [gap for gap in later if gap > IN_FLIGHT]
    assert waited, "the refused paper was asked again"
    assert min(waited) >= 0.95, "nothing was asked while the server said to wait"


async def test_5xx_answers_are_retried_after_waits_that_double(
    store: Store, server: OpenReviewServer
) -> None:
    server.faults[forum(8)] = [Fault(500), Fault(502), Fault(503)]

    progress = await run(store, server)

    assert progress.outcomes[Outcome.FOUND] == PAPERS
    times = [t for t, _, forum_id in server.started if forum_id == forum(8)]
    assert len(times) == 4
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert gaps[0] >= 0.05 * 0.9
    assert gaps[1] >= 0.10 * 0.9
    assert gaps[2] >= 0.20 * 0.9


async def test_a_paper_that_keeps_failing_is_left_for_the_next_run(
    store: Store, server: OpenReviewServer
) -> None:
    server.faults[forum(6)] = [Fault(503)] * FAST.attempts

    first = await run(store, server)

    assert first.outcomes[Outcome.FAILED] == 1
    assert "1 failed after retries: run enrich again" in first.summary()
    assert not (await stored(store))[forum(6)].checked

    again = await run(store, server)

    assert (again.to_ask, again.outcomes[Outcome.FOUND]) == (1, 1)
    assert (await stored(store))[forum(6)].abstract == note(6).abstract


async def test_a_slow_answer_holds_up_only_its_own_paper(
    store: Store, server: OpenReviewServer
) -> None:
    server.delays[forum(0)] = 2.0
    patient = Politeness(rate=500.0, attempts=4, backoff=0.05, timeout=5.0)

    progress = await run(store, server, patient, batch=PAPERS)

    assert progress.outcomes[Outcome.FOUND] == PAPERS
    slow_started = next(t for t, _, forum_id in server.started if forum_id == forum(0))
    others = [t for t, _, forum_id in server.started if forum_id != forum(0)]
    assert max(others) - slow_started < 2.0, "the others were asked while it was slow"


async def test_an_answer_slower_than_the_timeout_is_tried_again_then_left(
    store: Store, server: OpenReviewServer
) -> None:
    server.delays[forum(1)] = 1.0
    impatient = Politeness(rate=500.0, attempts=2, backoff=0.05, timeout=0.3)

    progress = await run(store, server, impatient)

    assert progress.outcomes[Outcome.FAILED] == 1
    assert server.asked["v1", forum(1)] == 2
    assert not (await stored(store))[forum(1)].checked


async def test_requests_start_no_faster_than_the_rate(
    store: Store, server: OpenReviewServer
) -> None:
    await run(store, server, Politeness(rate=20.0, timeout=2.0), batch=PAPERS)

    starts = sorted(t for t, _, _ in server.started)
    # Unpaced, ten requests arrive within a few milliseconds; paced, 0.5 s apart less the
    # jitter of a loaded machine's event loop, which records them: a stall of a third of a
    # second lets the requests due meanwhile arrive together, the first ones too.
    assert starts[-1] - starts[0] >= (len(starts) - 1) * 0.05 - STALL, "20 a second at most"
    spans = [later - earlier for earlier, later in zip(starts, starts[10:], strict=False)]
    assert min(spans) >= 0.15, "no burst, even with 4 workers"


async def test_a_base_that_is_down_falls_back_to_the_next(
    store: Store, server: OpenReviewServer
) -> None:
    quick = Politeness(rate=500.0, attempts=2, backoff=0.01, timeout=1.0)

    progress = await run(store, server, quick, bases=[UNREACHABLE, *server.bases])

    assert progress.outcomes[Outcome.FOUND] == PAPERS


async def test_a_paper_no_base_answered_for_is_failed_not_missing(
    store: Store, server: OpenReviewServer
) -> None:
    quick = Politeness(rate=500.0, attempts=2, backoff=0.01, timeout=1.0)

    progress = await run(store, server, quick, bases=[UNREACHABLE])

    assert progress.outcomes[Outcome.FAILED] == PAPERS, "a base that never answers is not a no"
    assert not any(paper.checked for paper in (await stored(store)).values())


async def test_a_pause_longer_than_a_run_waits_stops_the_run_keeping_its_batches(
    store: Store, server: OpenReviewServer
) -> None:
    server.faults[forum(6)] = [Fault(429, {"Retry-After": "3600"})]

    with pytest.raises(TooLongToWait, match="3600 s"):
        await run(store, server, batch=5)

    kept = {forum_id for forum_id, paper in (await stored(store)).items() if paper.checked}
    assert kept == {forum(i) for i in range(5)}, "the first batch kept, the second not"
    asked = {forum_id for _, _, forum_id in server.started}
    assert asked <= {forum(i) for i in range(10)}, "nothing asked after the server said wait"


async def test_a_run_cut_off_mid_way_and_resumed_loses_and_doubles_nothing(
    store: Store, server: OpenReviewServer
) -> None:
    for index in range(PAPERS):
        server.delays[forum(index)] = 0.05
    polite = Politeness(rate=100.0, timeout=2.0)
    third_batch = asyncio.Event()

    def watch(progress: Progress) -> None:
        if progress.asked > 8:  # the first two batches of 4 are kept before the third starts
            third_batch.set()

    first = asyncio.create_task(run(store, server, polite, batch=4, report=watch))
    await third_batch.wait()
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first

    kept = {forum_id for forum_id, paper in (await stored(store)).items() if paper.checked}
    assert len(kept) >= 8, "the batches done before the cut are kept"
    assert len(kept) % 4 == 0, "whole batches only"
    asked_before = dict(server.asked)

    resumed = await run(store, server, polite, batch=4)

    assert resumed.to_ask == PAPERS - len(kept)
    for forum_id in kept:
        assert server.asked["v1", forum_id] == asked_before["v1", forum_id], "not asked again"
    final = await stored(store)
    assert all(paper.checked and paper.abstract for paper in final.values()), "nothing lost"
    async with store.sessions() as db:
        rows = await db.scalar(text("SELECT count(*) FROM paper_search"))
        papers = await db.scalar(select(func.count()).select_from(Paper))
    assert rows == papers == PAPERS, "no index row doubled"
