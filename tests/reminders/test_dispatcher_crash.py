"""The crash test: a dispatcher process is killed with SIGKILL and restarted, until everything
due has been sent. Discord's side (the offline harness's record file, written and fsynced before
each send returns) outlives every process, as Discord would.

Promise checked: 0 lost (every due delivery's nonce is in the record) and 0 visible duplicates
(no nonce twice: a re-send after a crash between send and mark is dropped by Discord's nonce
check). The kills take turns between three moments of a run, so each is hit three times over
however fast the machine is: during start-up and the recovery of the last run's claims (a
random time before the run's first message, up to the longest start-up seen so far), right
after the run's first message is recorded (a random sub-millisecond wait: as it is marked
sent, or as the next one goes out), and midway (after a random share of what is left). The
waits are drawn with a fixed seed, printed with the figures.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from select import select as wait_readable

import pytest
from sqlalchemy import func, select

from bot.clock import ManualClock
from bot.domain.records import ConferenceView
from bot.offline import DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID, OfflineDiscord
from bot.reminders import announcements, subscriptions
from bot.store.models import Delivery
from bot.store.setup import Store
from tests.conftest import PROJECT_ROOT

pytestmark = pytest.mark.slow  # kills dispatcher processes for many seconds

SEED = 20190507
DM_USERS = 160
HERE_USERS = 60
MIN_KILLS = 9
MIN_DELIVERIES = 200
RUN_LIMIT = 20
STARTUP_TIMEOUT = 30.0
FIRST_STARTUP = 0.5
"""Seconds a start-up is taken to last until one has been seen to take longer."""


class Moment(StrEnum):
    """Where in a dispatcher's run a kill lands; the kills take turns, in this order."""

    MIDWAY = "midway through the sends"
    STARTING = "during start-up and recovery"
    SENDING = "between a send and its mark"


Venue = Callable[[str], datetime]


async def subscribe_crowd(store: Store, conf: ConferenceView, clock: ManualClock) -> None:
    """DM users following the keynote (10 min) and the orals (60 min), 'here' users following
    the keynote, and a server announcing keynotes: at 08:55 all of them are due (except the
    server's later keynotes) and no session has started yet."""
    async with store.sessions() as db:
        for n in range(DM_USERS + HERE_USERS):
            via = "dm" if n < DM_USERS else "here"
            targets = [("session:tue-keynote-morning", 10)]
            if via == "dm":
                targets.append(("session:tue-orals-morning", 60))
            for target, minutes in targets:
                await subscriptions.subscribe(
                    db,
                    conf,
                    clock,
                    user_id=700_000_000_000_000_000 + n,
                    guild_id=DEFAULT_GUILD_ID,
                    channel_id=DEFAULT_CHANNEL_ID,
                    target_text=target,
                    minutes=minutes,
                    via=via,
                )
        await announcements.setup(
            db,
            conf,
            clock,
            guild_id=DEFAULT_GUILD_ID,
            channel_id=DEFAULT_CHANNEL_ID,
            role_id=None,
            kinds=["keynote"],
        )


class RecordWatch:
    """Counts the messages in the record file as it grows, reading only what is new (the
    file is polled every millisecond while a worker runs)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0
        self.messages = 0
        self.partial = b""

    def count(self) -> int:
        try:
            with self.path.open("rb") as file:
                file.seek(self.offset)
                chunk = file.read()
        except FileNotFoundError:
            return 0
        self.offset += len(chunk)
        lines = (self.partial + chunk).split(b"\n")
        self.partial = lines.pop()
        self.messages += sum(1 for line in lines if b'"message"' in line)
        return self.messages


class Workers:
    """The crash worker server (tests/reminders/crash_worker.py): one process that imports the
    bot once and forks a dispatcher process per run, so a run costs the dispatcher's own start
    (store, recovery, the offline Discord) and not the seconds of imports. Its output is read
    straight from the pipe, so whether a worker has said more is never hidden in a buffer."""

    def __init__(self, url: str, record: Path, now: datetime) -> None:
        self.server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.reminders.crash_worker",
                url,
                str(record),
                now.isoformat(),
            ],
            cwd=PROJECT_ROOT,
            env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert self.server.stdout is not None
        self.output = self.server.stdout.fileno()
        self.pending = b""
        first = self.line()
        assert first == "ready", f"the worker server did not start: {first!r}"

    def close(self) -> None:
        assert self.server.stdin is not None
        self.server.stdin.close()
        try:
            self.server.wait(STARTUP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.server.kill()
            self.server.wait()

    def _read(self, timeout: float | None) -> None:
        if wait_readable([self.output], [], [], timeout)[0]:
            chunk = os.read(self.output, 65536)
            assert chunk, "the worker server ended"
            self.pending += chunk

    def line(self) -> str:
        while b"\n" not in self.pending:
            self._read(None)
        line, self.pending = self.pending.split(b"\n", 1)
        return line.decode().strip()

    def start(self) -> int:
        """Fork a worker; its process id."""
        assert self.server.stdin is not None
        self.server.stdin.write(b"go\n")
        self.server.stdin.flush()
        first = self.line()
        assert first.startswith("worker "), f"worker did not start: {first!r}"
        return int(first.removeprefix("worker "))

    def said_more(self) -> bool:
        """Whether the running worker has printed past its first line: it is ending."""
        self._read(0)
        return bool(self.pending)

    def end(self, pid: int) -> tuple[bool, str]:
        """SIGKILL the worker unless it has ended by itself. Returns (killed, last output
        line), from the way the server saw it end."""
        with contextlib.suppress(ProcessLookupError):  # it ended and was reaped meanwhile
            os.kill(pid, signal.SIGKILL)
        output = []
        while not (line := self.line()).startswith("exit "):
            output.append(line)
        status = int(line.removeprefix("exit "))
        if status == -signal.SIGKILL:
            return True, ""
        assert status == 0, f"worker failed: {output}"
        return False, output[-1] if output else ""


@dataclass
class Run:
    """What the next kill is drawn from: the longest start-up seen so far (seconds until a
    run's first message), and how many messages a midway kill may wait for."""

    startup: float = FIRST_STARTUP
    share: int = 0


def run_once(
    rng: random.Random, workers: Workers, watch: RecordWatch, moment: Moment | None, run: Run
) -> tuple[bool, str]:
    """Start a dispatcher and kill it at `moment`, or once it has had as long as a start-up
    may take to say it is done (None). Returns (killed, last output line)."""
    started = time.monotonic()
    pid = workers.start()
    before = watch.count()
    if moment is None:
        seen = wait_for(workers, watch, before, sys.maxsize, STARTUP_TIMEOUT)
    elif moment is Moment.STARTING:
        seen = wait_for(workers, watch, before, before + 1, rng.uniform(0, run.startup))
    else:
        more = 1 if moment is Moment.SENDING else rng.randint(2, max(2, run.share))
        seen = wait_for(workers, watch, before, before + more, STARTUP_TIMEOUT)
        time.sleep(rng.uniform(0, 0.003))
    if seen is not None:
        run.startup = max(run.startup, seen - started)
    return workers.end(pid)


def wait_for(
    workers: Workers, watch: RecordWatch, before: int, target: int, seconds: float
) -> float | None:
    """Poll until the record holds `target` messages, the worker ends, or `seconds` pass.
    Returns when the record first grew past `before`, if it did."""
    seen = None
    deadline = time.monotonic() + seconds
    while True:
        if seen is None and watch.count() > before:
            seen = time.monotonic()
        if workers.said_more() or watch.count() >= target or time.monotonic() > deadline:
            return seen
        time.sleep(0.001)


async def test_killed_dispatchers_lose_nothing_and_double_nothing(
    store: Store,
    conf: ConferenceView,
    venue: Venue,
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    record_property: Callable[[str, object], None],
) -> None:
    now = venue("2019-05-07T08:55")
    await subscribe_crowd(store, conf, ManualClock(venue("2019-05-07T08:30")))
    async with store.sessions() as db:
        due = await db.scalars(select(Delivery.id).where(Delivery.due_at <= now))
        expected = {f"confbot-{delivery_id}" for delivery_id in due}
    await store.close()  # from here on only the worker processes touch the database
    assert len(expected) >= MIN_DELIVERIES
    record = tmp_path / "discord.jsonl"
    watch = RecordWatch(record)
    rng = random.Random(SEED)
    kills = runs = 0
    finished = ""
    moments = itertools.cycle(Moment)
    run = Run()
    workers = Workers(database_url, record, now)
    try:
        while runs < RUN_LIMIT:
            runs += 1
            # The midway kills must land before the work runs out: spread over what is left.
            midway_left = max(0, MIN_KILLS - kills) // len(Moment)
            run.share = (len(expected) - watch.count()) // (midway_left + 1)
            moment = next(moments) if kills < MIN_KILLS else None
            killed, last = run_once(rng, workers, watch, moment, run)
            kills += killed
            if not killed and last == "done 0":
                finished = last
                break
    finally:
        workers.close()
    sent = Counter(message.get("nonce") for message in OfflineDiscord.read_record(record))
    dropped = len(OfflineDiscord.dropped_repeats(record))
    missing = expected - set(sent)
    duplicates = sum(count - 1 for count in sent.values() if count > 1)
    async with store.sessions() as db:
        rows = await db.execute(
            select(Delivery.state, func.count())
            .where(Delivery.due_at <= now)
            .group_by(Delivery.state)
        )
        states = {state: count for state, count in rows}
        ids = [int(nonce.removeprefix("confbot-")) for nonce in missing]
        how = await db.execute(
            select(Delivery.id, Delivery.state, Delivery.reason).where(Delivery.id.in_(ids))
        )
        lost_how = [tuple(row) for row in how]
    figures = (
        f"crash test (seed {SEED}): {kills} kills over {runs} runs, {len(expected)} deliveries, "
        f"{sum(sent.values())} messages, {dropped} re-sends dropped by their nonce, "
        f"lost {len(missing)}, duplicates {duplicates}; states {states}; lost {lost_how}"
    )
    with capsys.disabled():
        print(f"\n{figures}")
    for name, value in (("kills", kills), ("deliveries", len(expected))):
        record_property(name, value)
    record_property("lost", len(missing))
    record_property("duplicates", duplicates)
    assert finished == "done 0", f"never finished: {figures}"
    assert kills >= MIN_KILLS
    assert not missing, figures
    assert duplicates == 0, figures
    assert states == {"sent": len(expected)}, figures
