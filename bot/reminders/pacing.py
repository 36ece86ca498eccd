"""How fast and how often the dispatcher may call Discord, all in real seconds.

Discord's limits (50 requests a second for the whole bot) run on real time whatever clock the
bot follows, so the retry waits and the fan-out head start are all real seconds here, turned
into programme time only where a due time is written (`programme_span`). A rehearsal at speed
60 thus waits the same real seconds before a retry as a live bot.
"""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

from bot.clock import Clock

GLOBAL_RATE = 45.0
"""Requests per second the dispatcher allows itself: under Discord's global 50, leaving room
for what commands send meanwhile, so the bot never trips the global limit on purpose."""
FANOUT_RATE = 40.0
"""Messages per second a large fan-out is planned at: the global budget less a margin for
retries and DM channels that still have to be opened."""
IN_FLIGHT = 16
"""Sends at once: enough to keep the budget busy at a 100 ms round trip, few enough that a
crash leaves little uncertain."""
QUEUED = 64
"""Deliveries claimed and not yet finished; claiming resumes when half of them are done."""
RETRY_FIRST = 2.0
RETRY_LONGEST = 60.0
"""Waits before trying a transient failure again: doubling from RETRY_FIRST, never longer than
RETRY_LONGEST, until the grace rule calls the reminder missed."""
LOOKAHEAD = 3600.0
"""How far ahead (real seconds of sending) a fan-out is looked for, to start it early."""


def programme_span(clock: Clock, seconds: float) -> timedelta:
    """`seconds` of real time as a span of the clock's time (longer in a fast rehearsal)."""
    speed = float(getattr(clock, "speed", 1.0))
    return timedelta(seconds=seconds * speed)


def retry_wait(attempts: int, retry_after: float | None = None) -> float:
    """Real seconds before the next try after `attempts` failed ones; a 429's `retry_after`
    is honoured when it asks for longer."""
    backoff = min(RETRY_LONGEST, RETRY_FIRST * 2.0 ** max(0, attempts - 1))
    return max(backoff, retry_after or 0.0)


def head_start(requests: int) -> float:
    """Real seconds a fan-out of `requests` needs at FANOUT_RATE: it starts that long before
    its due time, so the last message still arrives before its lead time."""
    return requests / FANOUT_RATE


class RateBudget:
    """A token bucket of `rate` requests a second (a burst of one second's worth): every
    request the dispatcher makes takes a token first, so Discord's global limit is never hit
    by the dispatcher however many sends are in flight."""

    def __init__(self, rate: float = GLOBAL_RATE) -> None:
        self.rate = rate
        self._tokens = rate
        self._stamp = time.monotonic()
        self._lock = asyncio.Lock()

    async def take(self) -> None:
        """Wait until a request may go out."""
        async with self._lock:
            now = time.monotonic()
            self._tokens = min(self.rate, self._tokens + (now - self._stamp) * self.rate)
            self._stamp = now
            if self._tokens < 1.0:
                await asyncio.sleep((1.0 - self._tokens) / self.rate)
                self._tokens = 1.0
                self._stamp = time.monotonic()
            self._tokens -= 1.0
