"""`confbot run`, unmodified, while its database file is truncated under it: commands are still
answered within Discord's 3 seconds, saying the bot cannot read its data; the process keeps
running and answers normally once the file is back; its log has one ERROR line for the outage
and no traceback; SIGTERM still ends it cleanly."""

from __future__ import annotations

import asyncio
import json
import shutil
import signal
import time
from pathlib import Path

import pytest

from tests.conftest import sqlite_url, venue_time
from tests.damage import kept, truncate
from tests.live.discord_server import OWNER, DiscordServer, start_confbot_run

pytestmark = pytest.mark.slow

DEADLINE = 3.0


async def ask(
    server: DiscordServer, name: str, options: dict[str, str] | None = None
) -> tuple[str, float]:
    """Run /`name` and wait for its answer: its text, and how long it took."""
    before = len(server.callbacks)
    started = time.monotonic()
    await server.slash(name, OWNER, options)
    async with asyncio.timeout(15):
        await server.until(lambda: len(server.callbacks) > before)
    return json.dumps(server.callbacks[before:]), time.monotonic() - started


async def test_a_truncated_file_is_answered_plainly_and_the_bot_recovers(
    seeded_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "confbot.db"
    shutil.copyfile(seeded_template, path)
    log = tmp_path / "confbot.log"
    async with DiscordServer() as server:
        process = await start_confbot_run(
            server, sqlite_url(path), venue_time("2019-05-07T08:30"), log
        )
        try:
            async with asyncio.timeout(30):
                await server.identified.wait()
            with kept(path):
                truncate(path)
                during = [
                    await ask(server, "paper", {"query": "lottery ticket"}),
                    await ask(server, "conference"),
                    await ask(server, "paper", {"query": "lottery ticket"}),
                ]
            after, _ = await ask(server, "paper", {"query": "lottery ticket"})
            assert process.returncode is None, "still running"
            process.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(process.wait(), 30) == 0
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
    failed = [text for text, _ in during if "cannot read its data right now" in text]
    assert failed, during
    assert all(seconds < DEADLINE for _, seconds in during)
    assert "The Lottery Ticket Hypothesis" in after
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" not in logged
    errors = [line for line in logged.splitlines() if " ERROR " in line]
    assert len(errors) == 1, logged
    assert "the store is failing: the database file is damaged" in errors[0]
