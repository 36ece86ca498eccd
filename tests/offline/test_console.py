"""The offline console end to end: piped stdin, the README's examples; the README's first
example and a reader gone early in real processes, the rest through the same entry point here."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import SystemClock
from bot.imports.packaged import open_store
from bot.offline.console import parse_duration, venue_times
from bot.offline.slash_lines import LineError
from bot.reminders.persistence import lease
from tests.conftest import DATA_DIR, VENUE_ZONE
from tests.processes import confbot_here, run_confbot


def run_console(tmp_path: Path, lines: str, *args: str) -> subprocess.CompletedProcess[str]:
    return confbot_here(tmp_path, "console", *args, stdin=lines)


@pytest.mark.slow  # a real process, as the README pipes into it
def test_readme_example_answers_paper_posters_and_chat(tmp_path: Path) -> None:
    result = run_confbot(
        tmp_path,
        "console",
        stdin="/paper query:lottery ticket\n/posters day:Wednesday\n"
        "@bot when are the RL posters?\n",
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "The Lottery Ticket Hypothesis" in out
    assert "Jonathan Frankle, Michael Carbin" in out
    assert "winning ticket" in out, "the summary is printed"
    assert "Poster session: optimizers" in out
    assert "quantization" in out
    assert "[#general]" in out
    assert out.count("Poster session: reinforcement learning") == 2
    assert "Traceback" not in result.stderr


def test_now_in_rehearsal_names_the_tuesday_gan_posters(tmp_path: Path) -> None:
    result = run_console(tmp_path, "/now\n", "--now", "2019-05-07T11:30-05:00")
    assert result.returncode == 0, result.stderr
    assert "Poster session: GANs" in result.stdout
    assert "11:30 CDT" in result.stdout


def test_locale_stands_for_the_users_and_the_servers_language(tmp_path: Path) -> None:
    result = run_console(tmp_path, "/now\n", "--now", "2019-05-07T11:30-05:00", "--locale", "fr")
    assert result.returncode == 0, result.stderr
    assert "ICLR 2019 : en ce moment et ensuite" in result.stdout
    assert "Poster session: GANs" in result.stdout
    refused = run_console(tmp_path, "", "--locale", "klingon")
    assert refused.returncode == 2
    assert "not a Discord locale" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_bad_lines_print_one_line_and_the_console_goes_on(tmp_path: Path) -> None:
    result = run_console(
        tmp_path,
        "/nope\n/paper\n/paper colour:red\nhello\n:advance soon\n:frobnicate\n/conference\n",
    )
    assert result.returncode == 0
    errors = [line for line in result.stdout.splitlines() if line.startswith("! ")]
    assert len(errors) == 6
    assert "Ernest N. Morial Convention Center" in result.stdout
    assert "Traceback" not in result.stderr


def test_advance_moves_rehearsal_time(tmp_path: Path) -> None:
    result = run_console(
        tmp_path,
        ":advance 90m\n:now\n/now\n:quit\n/conference\n",
        "--now",
        "2019-05-07T08:30-05:00",
    )
    assert "Tue 07 May 2019, 10:00 CDT" in result.stdout
    assert "Tuesday morning orals" in result.stdout
    assert "Ernest N. Morial" not in result.stdout, ":quit stops reading"


def test_ephemeral_replies_are_marked(tmp_path: Path) -> None:
    result = run_console(tmp_path, "/help\n")
    assert result.stdout.startswith("(only you can see this)")


def test_timestamps_are_printed_in_venue_time() -> None:
    assert venue_times("at <t:1557244800:t>", VENUE_ZONE) == "at 11:00 CDT"


@pytest.mark.parametrize(("text", "minutes"), [("15m", 15), ("2h", 120), ("1d", 1440)])
def test_durations(text: str, minutes: int) -> None:
    assert parse_duration(text).total_seconds() == minutes * 60


def test_a_duration_without_unit_is_refused() -> None:
    with pytest.raises(LineError):
        parse_duration("15")


def test_options_use_their_discord_names_and_mentions_read_as_names(tmp_path: Path) -> None:
    result = run_console(
        tmp_path,
        '/remind add target:"lottery ticket" via:here\n/remind remove id:1\n',
        "--now",
        "2019-05-06T08:00-05:00",
    )
    assert result.returncode == 0, result.stderr
    assert "in #general" in result.stdout
    assert "<#" not in result.stdout
    assert "Removed reminder #1" in result.stdout


@pytest.mark.slow  # a real process whose stdout pipe is closed
def test_a_reader_that_stops_early_ends_the_console_quietly(tmp_path: Path) -> None:
    """`confbot console | head -1`: no BrokenPipeError traceback once head has gone."""
    confbot = shutil.which("confbot", path=str(Path(sys.executable).parent))
    assert confbot is not None, "confbot is not installed beside this interpreter"
    environment = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'c.db'}"}
    environment.pop("DISCORD_TOKEN", None)
    process = subprocess.Popen(
        [confbot, "console", "--now", "2019-05-07T11:30-05:00"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=environment,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write("/now\n")
    process.stdin.flush()
    first = process.stdout.readline()
    process.stdout.close()
    # Everything printed from here on goes into a pipe nobody reads any more.
    _, stderr = process.communicate("/paper query:lottery\n/now\n", timeout=120)
    assert first.startswith("== ICLR 2019"), first
    assert process.returncode in (0, -signal.SIGPIPE), stderr
    assert "Traceback" not in stderr
    assert "BrokenPipeError" not in stderr


def test_a_console_on_a_database_another_process_delivers_from_says_it_sends_nothing(
    tmp_path: Path,
) -> None:
    database = tmp_path / "shared.db"
    seeded = confbot_here(tmp_path, "seed", DATABASE_URL=f"sqlite+aiosqlite:///{database}")
    assert seeded.returncode == 0, seeded.stderr
    asyncio.run(_hold_the_reminders_lease(database, "serving-host:4242:live"))

    result = run_console(
        tmp_path,
        "/remind add target:keynotes\n:advance 1d\n/remind list\n",
        "--db",
        str(database),
        "--now",
        "2019-05-07T08:30-05:00",
    )

    assert result.returncode == 0, result.stderr
    assert "Reminders are off in this console: serving-host:4242:live" in result.stdout
    assert "[DM @" not in result.stdout, "the console sent a reminder another process owns"


async def _hold_the_reminders_lease(database: Path, holder: str) -> None:
    store = await open_store(f"sqlite+aiosqlite:///{database}", DATA_DIR)
    try:
        async with store.sessions() as db:
            now = SystemClock().now()
            assert await lease.hold(db, holder, "live", now, timedelta(hours=1))
    finally:
        await store.close()
