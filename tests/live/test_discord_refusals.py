"""`confbot run` and `confbot sync`, unmodified, against a Discord-shaped server on 127.0.0.1
that refuses the login, or against nothing at all: each ends in one readable line and exit code
2. And `sync` publishes to the Discord that CONFBOT_DISCORD_API names, as `run` talks to it."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import sqlite_url
from tests.live.discord_server import DiscordServer

pytestmark = pytest.mark.slow  # runs confbot in processes of its own


@dataclass(frozen=True)
class Ended:
    code: int
    out: str
    err: str


async def confbot(api: str, db: Path, *args: str) -> Ended:
    """`python -m bot ARGS` with a token, talking to the Discord at `api`."""
    env = {
        **os.environ,
        "DISCORD_TOKEN": "live-test-token",
        "CONFBOT_DISCORD_API": api,
        "DATABASE_URL": sqlite_url(db),
        "CONFBOT_LOG_LEVEL": "ERROR",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return Ended(process.returncode, out.decode(), err.decode())


@pytest.fixture
def db(seeded_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "confbot.db"
    shutil.copyfile(seeded_template, path)
    return path


def one_line(ended: Ended) -> str:
    assert ended.code == 2, ended.err
    assert "Traceback" not in ended.err
    lines = ended.err.strip().splitlines()
    assert len(lines) == 1, ended.err
    return lines[0]


@pytest.mark.parametrize(
    ("status", "said"),
    [(400, "HTTP 400"), (401, "rejected DISCORD_TOKEN"), (503, "HTTP 503")],
    ids=["bad request", "bad token", "unavailable"],
)
async def test_a_refused_login_is_one_line(db: Path, status: int, said: str) -> None:
    async with DiscordServer(login_status=status) as server:
        ended = await confbot(server.api, db, "run")
    assert said in one_line(ended)


async def test_discord_out_of_reach_is_one_line(db: Path) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    ended = await confbot(f"http://127.0.0.1:{port}/api/v10", db, "run")
    assert "Cannot reach Discord" in one_line(ended)


async def test_sync_publishes_to_the_discord_named_by_confbot_discord_api(db: Path) -> None:
    async with DiscordServer() as server:
        ended = await confbot(server.api, db, "sync")
    assert ended.code == 0, ended.err
    names = {command["name"] for command in server.synced}
    assert {"schedule", "remind", "paper"} <= names
    assert f"Synced {len(server.synced)} commands" in ended.out
