"""Background loops that stop between steps, never in the middle of one.

Cancelling a task while it talks to the store can land in the rollback that returns its
connection to the pool: SQLAlchemy then logs a traceback on the way out, and the step's write
is cut short. A loop that checks `Stopping` between steps finishes the step it is in and
returns; cancelling stays the last resort, for a step still stuck after a grace period.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from typing import Any

STOP_GRACE = 5.0
"""How long a loop asked to stop may take to finish its step before it is cancelled."""


class Stopping:
    """A stop request shared by a loop and whoever stops it."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    @property
    def requested(self) -> bool:
        return self._event.is_set()

    def request(self) -> None:
        self._event.set()

    async def pause(self, seconds: float) -> bool:
        """Wait `seconds` real seconds (inf: for ever), or less when a stop is requested;
        True when it was."""
        timeout = None if math.isinf(seconds) else max(seconds, 0.0)
        # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow a cancellation.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                await self._event.wait()
        return self.requested


async def finish(task: asyncio.Task[Any] | None, grace: float = STOP_GRACE) -> None:
    """Wait for a loop that was asked to stop; cancel it if it is still busy after `grace`."""
    if task is None or task.done():
        return
    _, pending = await asyncio.wait([task], timeout=grace)
    for late in pending:
        late.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
