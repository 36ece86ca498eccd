"""What an operator reads when the store is at fault: one line and a non-zero exit, never a
traceback: another import holding the write lock, a damaged file, a DATABASE_URL that names no
usable database, a database from a newer confbot; and `confbot check`'s exit code."""

from __future__ import annotations

import asyncio
import logging
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import cli
from bot.store import engine
from bot.store.bulk_lock import sole_bulk_writer
from bot.store.setup import Store
from tests.conftest import PROJECT_ROOT
from tests.damage import truncate

SCHEDULE = PROJECT_ROOT / "tests" / "imports" / "fixtures" / "frab-schedule.json"
QUIETED = ("discord", "bot.store.failures")


@pytest.fixture(autouse=True)
def loggers_left_as_found() -> Iterator[None]:
    """`main` quiets some loggers for terminal commands; other tests must not inherit that."""
    levels = {name: logging.getLogger(name).level for name in QUIETED}
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


@pytest.fixture
def seeded(seeded_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "confbot.db"
    shutil.copyfile(seeded_template, path)
    return path


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("command", [["import", str(SCHEDULE)], ["seed"]])
async def test_a_bulk_command_while_another_runs_says_so_at_once(
    store: Store,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    """No silent wait for the busy timeout (10 s on SQLite, for ever on PostgreSQL): the
    second bulk writer is told in one line and stops, and the first is left to finish."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    async with sole_bulk_writer(store):  # what a running `confbot import` holds
        started = time.perf_counter()
        code = await asyncio.to_thread(cli.main, command)
        waited = time.perf_counter() - started
    assert code == 2
    assert "another import is running" in one_line(capsys)
    assert waited < engine.BUSY_TIMEOUT_MS / 1000 / 2, "told at once, not after the busy wait"


def test_an_import_while_another_holds_the_write_lock_says_another_import_is_running(
    seeded: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)  # the real wait is 10 s
    other = sqlite3.connect(seeded, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        code = cli.main(["import", str(SCHEDULE), "--db", str(seeded)])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 2
    assert "another import is running" in one_line(capsys)


def test_a_damaged_file_is_one_line_that_points_at_confbot_check(
    seeded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    truncate(seeded)
    assert cli.main(["conferences", "--db", str(seeded)]) == 2
    line = one_line(capsys)
    assert "damaged" in line
    assert "confbot check" in line


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("not a url", "not a database URL"),
        ("mysql://confbot@localhost/confbot", "cannot use"),
        ("postgresql+asyncpg://confbot@127.0.0.1:9/confbot", "cannot be reached"),
    ],
    ids=["nonsense", "unknown driver", "refused"],
)
def test_a_database_url_that_cannot_work_is_named(
    url: str, said: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    assert cli.main(["conferences"]) == 2
    assert said in one_line(capsys)


def test_a_database_from_a_newer_confbot_says_to_upgrade(
    seeded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(seeded) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    assert cli.main(["conferences", "--db", str(seeded)]) == 2
    line = one_line(capsys)
    assert "newer confbot" in line
    assert "0999" in line


def test_check_exits_0_when_sound_and_1_when_damaged(
    seeded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["check", "--db", str(seeded)]) == 0
    assert "is sound" in capsys.readouterr().out
    truncate(seeded)
    assert cli.main(["check", "--db", str(seeded)]) == 1
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert "damaged" in out
