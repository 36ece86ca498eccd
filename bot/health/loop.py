"""How long the event loop was held: a task that asks to wake every few milliseconds and
measures how late it woke.

Every command, reminder and heartbeat shares one event loop; a handler that computes for a
second freezes all of them, and nothing in a traceback says so. A wake-up that comes late by
`d` means some callback held the loop for about `d`, whoever it was, so the watch needs no
cooperation from the code it watches (unlike `loop.slow_callback_duration`, which needs debug
mode and slows everything down).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import time
from collections.abc import Callable
from types import TracebackType

TICK_SECONDS = 0.005
"""How often the watch wakes: the finest block it can tell apart."""


def freeze_heap() -> None:
    """Leave everything alive now out of the garbage collector's full collections.

    What a started bot holds (the libraries it imported, its conferences, its caches) lives
    until it stops, yet each full collection walks all of it, holding every thread: hundreds
    of milliseconds in which no command, reminder or heartbeat runs. Frozen, those objects
    are never walked again; whatever is made afterwards is collected as usual."""
    gc.collect()
    gc.freeze()


def keep_frozen() -> None:
    """Leave out of the full collections, as `freeze_heap` did at start, what was made since
    to live as long: a memory read once per revision (chat's), walked by each full collection
    while an answer waits. Only in a process that froze its heap (the bot): one that never did
    (tests, tools) collects as usual, since a frozen object that later dies in a cycle is
    never collected."""
    if gc.get_freeze_count():
        freeze_heap()


class LoopWatch:
    """The longest block seen since it started (or since `reset`), and, for each block longer
    than a tick, a call to `on_block` with its length in seconds."""

    def __init__(
        self, tick: float = TICK_SECONDS, on_block: Callable[[float], None] | None = None
    ) -> None:
        self.tick = tick
        self.longest = 0.0
        """Seconds: the longest the loop was held."""
        self._on_block = on_block
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start watching the running loop."""
        if self._task is None:
            self._task = asyncio.create_task(self._watch(), name="confbot-loop-watch")

    async def stop(self) -> None:
        """Stop watching; `longest` keeps its value."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def reset(self) -> None:
        self.longest = 0.0

    async def __aenter__(self) -> LoopWatch:
        self.start()
        await asyncio.sleep(0)
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        await asyncio.sleep(self.tick)
        await self.stop()

    async def _watch(self) -> None:
        while True:
            before = time.perf_counter()
            await asyncio.sleep(self.tick)
            late = time.perf_counter() - before - self.tick
            if late > self.longest:
                self.longest = late
            if late > self.tick and self._on_block is not None:
                self._on_block(late)
