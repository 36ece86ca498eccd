"""Sends in flight, one lane per destination: sends to one DM or channel go one after another
(Discord limits each channel on its own, and one recipient's order is kept), while different
destinations never wait for each other, so one recipient's trouble delays nobody else."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from bot.domain.reminders import Job, Route

log = logging.getLogger(__name__)


def lane_of(job: Job) -> str:
    """Where a delivery goes, as Discord rate-limits it: one DM, or one channel."""
    if job.route == Route.DM:
        return f"dm:{job.user_id}"
    return f"channel:{job.channel_id}"


class Lanes:
    """The claimed deliveries being sent; `submit` them, `wait` for room, `drain` to stop."""

    def __init__(self, deliver: Callable[[Job], Awaitable[None]]) -> None:
        self._deliver = deliver
        self._tails: dict[str, asyncio.Task[None]] = {}
        self._jobs: dict[asyncio.Task[None], int] = {}
        self._changed = asyncio.Event()
        self._failure: BaseException | None = None

    @property
    def count(self) -> int:
        """Deliveries claimed and not finished yet."""
        return len(self._jobs)

    def submit(self, job: Job) -> None:
        """Send `job` after whatever its lane is sending already."""
        key = lane_of(job)
        task = asyncio.create_task(self._send_after(self._tails.get(key), job))
        self._tails[key] = task
        self._jobs[task] = job.delivery_id
        task.add_done_callback(lambda done: self._done(key, done))

    async def _send_after(self, previous: asyncio.Task[None] | None, job: Job) -> None:
        if previous is not None:
            with contextlib.suppress(BaseException):
                await asyncio.shield(previous)
        await self._deliver(job)

    def _done(self, key: str, task: asyncio.Task[None]) -> None:
        self._jobs.pop(task, None)
        if self._tails.get(key) is task:
            del self._tails[key]
        if not task.cancelled() and task.exception() is not None and self._failure is None:
            self._failure = task.exception()
        self._changed.set()

    async def wait(self, at_most: float) -> None:
        """Until a delivery finishes, `at_most` real seconds pass, or `poke` is called."""
        self._changed.clear()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(at_most):  # wait_for may swallow a cancel (3.11)
                await self._changed.wait()

    def poke(self) -> None:
        """Something new may be due: let a waiting `wait` return."""
        self._changed.set()

    def raise_failure(self) -> None:
        """Re-raise what made a delivery fail to record its outcome (the store failing)."""
        failure, self._failure = self._failure, None
        if failure is not None:
            raise failure

    async def drain(self, grace: float) -> list[int]:
        """Let sends in flight finish for `grace` real seconds, cancel the rest; returns the
        ids of the deliveries left unfinished, for their claims to be released."""
        tasks = list(self._jobs)
        if not tasks:
            return []
        _, pending = await asyncio.wait(tasks, timeout=grace)
        unfinished = [self._jobs[task] for task in pending if task in self._jobs]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        self._failure = None
        return unfinished
