"""A seed killed at any moment leaves the database as it was or as it should be: never between."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import DATA_DIR
from tests.datacopy import COMPANIONS

pytestmark = pytest.mark.slow  # runs confbot in processes of its own

EXTRA_PAPERS = 4000


def big_data_file(folder: Path) -> Path:
    """The real file plus thousands of generated papers, so that seeding takes a while."""
    text = (DATA_DIR / "iclr2019.toml").read_text(encoding="utf-8")
    extra = []
    for number in range(EXTRA_PAPERS):
        extra.append(
            f"""
[[papers]]
slug = "generated-{number}"
title = "Generated study number {number} of sparse recurrent attention"
authors = ["Author {number % 97}", "Coauthor {number % 13}"]
kind = "poster"
placement = "unknown"
topics = ["topic {number % 50}"]
summary = "A generated paper used to make seeding slow enough to interrupt. Number {number}."
"""
        )
    path = folder / "big.toml"
    path.write_text(text + "".join(extra), encoding="utf-8")
    for name in COMPANIONS:
        shutil.copyfile(DATA_DIR / name, folder / name)
    return path


def seed_process(database: Path, data: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{database}"}
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "seed", "--data", str(data)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def snapshot(database: Path) -> tuple[int, int, int]:
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.execute("INSERT INTO paper_search(paper_search) VALUES ('integrity-check')")
        papers = connection.execute("SELECT count(*) FROM papers WHERE NOT retired").fetchone()[0]
        indexed = connection.execute("SELECT count(*) FROM paper_search").fetchone()[0]
        sessions = connection.execute("SELECT count(*) FROM sessions").fetchone()[0]
    return papers, indexed, sessions


def timed_seed(database: Path, data: Path) -> float:
    started = time.monotonic()
    assert seed_process(database, data).wait(timeout=120) == 0
    return time.monotonic() - started


def test_a_seed_killed_midway_leaves_a_consistent_database(tmp_path: Path) -> None:
    database = tmp_path / "killed.db"
    assert seed_process(database, DATA_DIR).wait(timeout=120) == 0
    before = snapshot(database)
    data = big_data_file(tmp_path)
    full = (before[0] + EXTRA_PAPERS, before[1] + EXTRA_PAPERS, before[2])
    scratch = tmp_path / "scratch.db"
    shutil.copyfile(database, scratch)
    duration = timed_seed(scratch, data)
    rng = random.Random(2019)
    for _ in range(3):
        process = seed_process(database, data)
        time.sleep(rng.uniform(0.5, 0.95) * duration)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        state = snapshot(database)
        assert state[0] == state[1], "the search index always matches the papers"
        assert state in (before, full)
    assert timed_seed(database, data) > 0
    assert snapshot(database) == full
