"""`python -m bench [--quick] [--only chat|before|languages] [--out FILE]`: every benchmark.

One run measures everything on the same machine state, each figure beside its baseline, so the
ratios compare like with like. The full run builds 10k- and 100k-paper stores in a temporary
folder (minutes) and writes bench/RESULTS.md; `--quick` uses tiny sizes and few iterations so
the test suite can run it in seconds and the benchmark cannot rot unnoticed. `--only chat` runs
the chat rows alone, at the seed and the largest size, and `--only before` the read paths beside
the code before the feature rooms, and `--only languages` a German reply beside an English one,
so their figures are cheap to repeat; a partial table is written only where `--out` says.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench import report
from bench.autocomplete import autocomplete_rows
from bench.backends import backend_rows
from bench.before import before_rows
from bench.blind import blind_answer_rows, meaning_rows
from bench.commands import command_rows
from bench.enrich import enrich_rows
from bench.floor import hop_row
from bench.imports import import_rows, schedule_rows
from bench.languages import translation_rows
from bench.loop import FULL_SESSIONS, loop_rows
from bench.measure import Row
from bench.phrasing import phrase_rows
from bench.pictures import picture_rows
from bench.questions import question_rows
from bench.related import related_rows
from bench.reminders import reminder_rows
from bench.search import Plan, search_rows
from bench.startup import memory_row, seed_time_rows, startup_rows
from bench.stores import BenchStore, StoreCache
from bench.throughput import throughput_rows

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SEED = None
"""The size that stands for the real data/ folder."""
ONLY_CHAT = "chat"
ONLY_BEFORE = "before"
ONLY_LANGUAGES = "languages"


@dataclass(frozen=True)
class Scale:
    """How big and how long: the full run, or the smoke run."""

    sizes: tuple[int | None, ...]
    search: Plan
    command_rounds: int
    interactions: int
    """How many interactions the rates are measured over."""
    bursts: int
    """How many bursts of concurrent interactions."""
    startup_runs: int
    console_lines: int
    """Piped lines the console's cost per line is measured over."""
    subscribers: int
    small_baseline_rounds: int
    imported_papers: int
    schedule_megabytes: int
    enriched_papers: int
    crowd_sessions: int
    """Sessions added to a synthetic programme for the event-loop rows."""
    spread_sessions: int | None
    """Sessions whose reminders are spread over the programme (None: every timed session)."""
    before_sizes: tuple[int | None, ...]
    """Where the read paths run on the code before the feature rooms too."""
    before_rounds: int
    """Pairs of passes of each command, the two trees back to back, for those rows."""


FULL = Scale(
    sizes=(SEED, 10_000, 100_000),
    search=Plan(queries=10, rounds=20, baseline_rounds=3),
    command_rounds=10,
    interactions=3000,
    bursts=20,
    startup_runs=5,
    console_lines=1000,
    subscribers=10_000,
    small_baseline_rounds=20,
    imported_papers=100_000,
    schedule_megabytes=200,
    enriched_papers=1_000,
    crowd_sessions=FULL_SESSIONS,
    spread_sessions=None,
    before_sizes=(SEED, 10_000),
    before_rounds=30,
)
QUICK = Scale(
    sizes=(SEED, 100),
    search=Plan(queries=3, rounds=1, baseline_rounds=1),
    command_rounds=1,
    interactions=10,
    bursts=1,
    startup_runs=1,
    console_lines=10,
    subscribers=20,
    small_baseline_rounds=1,
    imported_papers=100,
    schedule_megabytes=1,
    enriched_papers=20,
    crowd_sessions=500,
    spread_sessions=4,
    before_sizes=(SEED,),
    before_rounds=1,
)


STARTED = time.perf_counter()


def _say(text: str) -> None:
    print(f"bench: {time.perf_counter() - STARTED:6.1f} s  {text}", file=sys.stderr, flush=True)


def _search_plan(scale: Scale, bench: BenchStore) -> Plan:
    """The LIKE baseline takes up to a second per query at 100k papers, so synthetic stores
    get few baseline rounds; the seed's store gets as many as the service."""
    if bench.papers > 1000:
        return scale.search
    rounds = scale.small_baseline_rounds
    return Plan(scale.search.queries, scale.search.rounds, rounds)


async def _in_process(scale: Scale, cache: StoreCache) -> tuple[list[Row], list[BenchStore]]:
    rows: list[Row] = []
    stores = []
    for size in scale.sizes:
        _say(f"building the {'seed' if size is None else size} store")
        bench = await cache.get(size)
        stores.append(bench)
        _say(f"search at {bench.label}")
        rows += await search_rows(bench, _search_plan(scale, bench))
    seed, largest = stores[0], stores[-1]
    rows.append(await hop_row(seed, scale.interactions))
    for bench in [seed] if seed is largest else [seed, largest]:
        _say(f"autocomplete at {bench.label}")
        rows += await autocomplete_rows(bench, _search_plan(scale, bench))
    _say("commands")
    queries = scale.search.queries
    rows += await command_rows(seed, queries, scale.command_rounds, seed_size=True)
    rows += await command_rows(largest, queries, scale.command_rounds, seed_size=False)
    _say(f"event-loop blocks at {scale.crowd_sessions:,} sessions")
    rows += await loop_rows(cache, scale.sizes[1] or 0, scale.crowd_sessions)
    _say("a reply in the reader's language beside English")
    rows += await translation_rows(seed, scale.command_rounds * 3)
    _say("interactions per second, and under load")
    rows += await throughput_rows(seed, queries, scale.interactions, scale.bursts)
    for bench in stores:
        _say(f"related papers at {bench.label}")
        rows += await related_rows(bench, scale.command_rounds, scale.search.queries)
    rows += await _chat_rows(seed, largest)
    _say("timetable pictures")
    rows += await picture_rows(seed, cache.workdir, scale.command_rounds * 5)
    _say("reminders")
    rows += await reminder_rows(cache, scale.subscribers, scale.spread_sessions)
    _say("search and reminders on PostgreSQL beside SQLite")
    rows += await backend_rows(cache, scale.search.queries, scale.search.rounds, scale.subscribers)
    rows += seed_time_rows(stores[1:])
    _say(f"enrich of {scale.enriched_papers:,} papers against a local OpenReview-shaped server")
    rows += await enrich_rows(cache.workdir / "enrich", scale.enriched_papers)
    await cache.close()
    return rows, stores


async def _chat_rows(seed: BenchStore, largest: BenchStore) -> list[Row]:
    """The question table, the blind set at the seed and the largest size, the meaning signal,
    and another language's phrases found in a question."""
    _say("chat questions")
    rows = await question_rows(seed)
    _say("blind chat questions, and the meaning signal")
    rows += await blind_answer_rows(seed, seed=True)
    if largest is not seed:
        rows += await blind_answer_rows(largest, seed=False)
    rows += await meaning_rows(seed)
    _say("another language's phrases, as shipped and doubled")
    return rows + phrase_rows()


async def _chat_only(scale: Scale, cache: StoreCache) -> list[Row]:
    stores = []
    for size in (scale.sizes[0], scale.sizes[-1]):
        _say(f"building the {'seed' if size is None else size} store")
        stores.append(await cache.get(size))
    rows = await _chat_rows(*stores)
    await cache.close()
    return rows


def run_chat(scale: Scale, workdir: Path) -> list[Row]:
    """Only the chat rows: a minute or two instead of the whole run."""
    return asyncio.run(_chat_only(scale, StoreCache(workdir)))


async def _languages_only(scale: Scale, cache: StoreCache) -> list[Row]:
    _say("building the seed store")
    seed = await cache.get(scale.sizes[0])
    _say("a reply in the reader's language beside English")
    rows = await translation_rows(seed, scale.command_rounds * 3)
    await cache.close()
    return rows


def run_languages(scale: Scale, workdir: Path) -> list[Row]:
    """Only what a reply in German costs beside English: seconds instead of the whole run."""
    return asyncio.run(_languages_only(scale, StoreCache(workdir)))


def run_before(scale: Scale, workdir: Path) -> list[Row]:
    """Only /paper and /schedule beside the code before the feature rooms: the read paths the
    house's restructuring had to keep as fast, a few minutes instead of the whole run."""
    return _before(scale, workdir)


def _before(scale: Scale, workdir: Path) -> list[Row]:
    _say("/paper and /schedule beside the code before the feature rooms (subprocesses)")
    return before_rows(workdir / "before", scale.before_sizes, scale.before_rounds)


ONLY = {ONLY_CHAT: run_chat, ONLY_BEFORE: run_before, ONLY_LANGUAGES: run_languages}


def run(scale: Scale, workdir: Path) -> list[Row]:
    rows, stores = asyncio.run(_in_process(scale, StoreCache(workdir)))
    _say("start-up and memory (subprocesses)")
    rows += startup_rows(stores[0], workdir / "startup", scale.startup_runs, scale.console_lines)
    rows.append(memory_row(stores[-1], stores[0], scale.search.queries))
    _say(f"importing {scale.imported_papers:,} papers (subprocesses)")
    rows += import_rows(workdir / "import", scale.imported_papers)
    _say(f"importing a {scale.schedule_megabytes} MB schedule (subprocesses)")
    rows += schedule_rows(workdir / "schedule", scale.schedule_megabytes)
    return rows + _before(scale, workdir)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run")
    parser.add_argument(
        "--out",
        type=Path,
        help="where to write the results (default: bench/RESULTS.md; none with --quick or --only)",
    )
    parser.add_argument(
        "--only",
        choices=sorted(ONLY),
        help="run only these rows (chat: the chat answer at the seed and the largest size; "
        "before: /paper and /schedule beside the code before the feature rooms; "
        "languages: /schedule for a German reader beside an English one)",
    )
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(arguments)
    out = args.out or (None if args.quick or args.only else RESULTS)
    scale = QUICK if args.quick else FULL
    command = " ".join(["python -m bench", *arguments])
    load_at_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="confbot-bench-") as workdir:
        rows = (ONLY[args.only] if args.only else run)(scale, Path(workdir))
    print(report.table(rows))
    print("\n".join(["", *report.verdicts(rows)]))
    if out is not None:
        report.write(out, rows, command, load_at_start)
        _say(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
