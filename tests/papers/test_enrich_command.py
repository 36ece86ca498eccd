"""`confbot enrich` as an operator runs it, against the OpenReview-shaped server: Ctrl-C ends
it with one line and exit code 130, a kill -9 loses nothing committed, and the next run asks
only for what is missing."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

from bench.synthetic import write_conference
from tests.papers.openreview_server import Note, OpenReviewServer

pytestmark = pytest.mark.slow  # runs confbot in processes of its own

PAPERS = 60
RATE = 10
"""The highest rate the command allows: 60 papers take six seconds."""
BATCH = 50
"""The command's batch (bot.papers.enrich.BATCH)."""
HELD = 10.0
"""Seconds an answer of the second batch waits in the interrupted run."""


def forum(index: int) -> str:
    return f"SYN{index:07d}"


def _as_from_a_terminal() -> None:
    """Ctrl-C reaches the command as it does from a terminal, also when the tests run in a
    background job, whose processes start with SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


async def confbot_enrich(
    tmp_path: Path, server: OpenReviewServer, slug: str = "synth"
) -> asyncio.subprocess.Process:
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'confbot.db'}",
        "CONFBOT_DATA_DIR": str(tmp_path / "data"),
        "CONFBOT_OPENREVIEW_API": ",".join(server.bases),
        "CONFBOT_OPENREVIEW_RATE": str(RATE),
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "enrich",
        "--conference",
        slug,
        env=environment,
        cwd=tmp_path,
        preexec_fn=_as_from_a_terminal,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


def kept(tmp_path: Path) -> dict[str, str]:
    """Abstracts stored so far, by forum id (papers OpenReview was asked about)."""
    with sqlite3.connect(tmp_path / "confbot.db") as connection:
        rows = connection.execute(
            "SELECT openreview_id, abstract FROM papers WHERE abstract_checked_at IS NOT NULL"
        ).fetchall()
    return dict(rows)


@pytest.fixture
async def server(tmp_path: Path) -> OpenReviewServer:
    write_conference(tmp_path / "data", PAPERS)
    return OpenReviewServer(
        {forum(i): Note(f"Abstract of paper {i}. It is short.") for i in range(PAPERS)}
    )


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGKILL])
async def test_an_interrupted_enrich_keeps_its_batches_and_the_next_run_finishes(
    tmp_path: Path, server: OpenReviewServer, stop: signal.Signals
) -> None:
    # The second batch's answers wait until the run is stopped, however late a busy machine
    # lets the signal go: the run is stopped in the middle of that batch, never after it.
    server.hold_after, server.held = BATCH + 1, HELD
    async with server:
        first = await confbot_enrich(tmp_path, server)
        async with asyncio.timeout(60):
            await server.asked_at_least(BATCH + 2)  # the first batch is kept before the second
        first.send_signal(stop)
        _, err = await first.communicate()
        server.hold_after = None

        done = kept(tmp_path)
        assert len(done) == BATCH, "the first batch is kept whole, the second not at all"
        assert all(done[forum(i)] == f"Abstract of paper {i}. It is short." for i in range(BATCH))
        if stop == signal.SIGINT:
            assert first.returncode == 130
            last = err.decode().strip().splitlines()[-1]
            assert last == (
                f"confbot: enrich interrupted: {BATCH} of {PAPERS} papers of synth are done "
                "and kept; run it again to go on."
            )
            assert "Traceback" not in err.decode()

        second = await confbot_enrich(tmp_path, server)
        out, err = await second.communicate()

    assert second.returncode == 0, err.decode()
    assert out.decode().strip() == (
        f"synth: {PAPERS - BATCH} abstracts fetched, 0 papers not on OpenReview, {BATCH} "
        f"already done in earlier runs, of {PAPERS} papers with an OpenReview id "
        f"({PAPERS - BATCH} requests)."
    )
    assert "enrich synth [" in err.decode(), "a progress line on stderr"
    assert len(kept(tmp_path)) == PAPERS, "nothing lost"
    assert all(server.asked["v1", forum(i)] == 1 for i in range(BATCH)), "none asked twice"


async def test_enrich_of_a_conference_the_store_lacks_names_the_ones_it_has(
    tmp_path: Path, server: OpenReviewServer
) -> None:
    async with server:
        process = await confbot_enrich(tmp_path, server, "nosuch")
        _, err = await process.communicate()

    assert process.returncode == 2, err.decode()
    (line,) = err.decode().strip().splitlines()
    assert "nosuch" in line
    assert "synth" in line
    assert server.asked.total() == 0
