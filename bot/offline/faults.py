"""Failures that Discord or the network cause without the bot doing anything wrong.

A fault is injected on a route and consumed per attempt rather than per send, because
discord.py retries on its own: that is how a test sees the duplicate a retried 5xx makes when
the message was created anyway, or a 429 eating the 3-second response deadline.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass
from typing import Final

from bot.offline.checks import error_body
from bot.offline.transport import TIMEOUT, Reply, reason

FAULT_ROUTES: Final = frozenset(
    {"response", "followup", "edit", "autocomplete", "channel", "dm", "create_dm", "event"}
)
"""What the bot does, as the routes count it: interaction answers, posts and DMs, and the
scheduled events it creates."""


@dataclass
class Fault:
    """One injected failure; ``after_create`` means Discord acted and only the answer failed."""

    status: int
    code: int
    message: str
    retry_after: float | None
    remaining: int
    after_create: bool

    def reply(self) -> Reply:
        if self.status == TIMEOUT:
            return Reply(TIMEOUT, {})
        if self.status == 429:
            retry_after = 1.0 if self.retry_after is None else self.retry_after
            body = {
                "message": self.message or "You are being rate limited.",
                "retry_after": retry_after,
                "global": False,
                "code": self.code,
            }
            # discord.py only honours retry_after when Cloudflare's Via header is present.
            headers = {"Via": "1.1 google", "Retry-After": str(retry_after)}
            return Reply(429, body, headers=headers)
        return Reply(self.status, error_body(self.code, self.message or reason(self.status)))


class Faults:
    """The queue of injected failures per route, and the count of attempts on each."""

    def __init__(self, requests: collections.Counter[str]) -> None:
        self._requests = requests
        self._queues: dict[str, collections.deque[Fault]] = collections.defaultdict(
            collections.deque
        )

    def inject(
        self,
        route: str,
        status: int,
        *,
        code: int = 0,
        message: str = "",
        retry_after: float | None = None,
        times: int = 1,
        after_create: bool = False,
    ) -> None:
        """Makes the next ``times`` requests (attempts, not sends) on ``route`` fail.

        Attempts, because discord.py itself retries: 500/502/504/524 on channel and DM sends
        (any 5xx on interaction routes) are retried up to 5 times, and a 429 is waited out.
        So a single 5xx with ``after_create=True`` shows what really happens, a duplicate
        message (unless the bot sent a nonce), and ``times=5`` makes the error reach the bot.
        Waits are not slept; they advance the clock the 3-second response deadline uses.
        """
        _check_route(route)
        if not 400 <= status <= 599 or times < 1:
            raise ValueError("status must be an HTTP error (400-599) and times at least 1")
        self._queues[route].append(Fault(status, code, message, retry_after, times, after_create))

    def inject_timeout(self, route: str, *, times: int = 1, after_create: bool = False) -> None:
        """Makes the next ``times`` requests on ``route`` time out, as a network stall would;
        with ``after_create`` Discord did create the message, the answer was what got lost."""
        _check_route(route)
        if times < 1:
            raise ValueError("times must be at least 1")
        self._queues[route].append(Fault(TIMEOUT, 0, "", None, times, after_create))

    def take(self, route: str) -> Fault | None:
        """Counts one attempt on ``route`` and returns the fault that hits it, if any."""
        self._requests[route] += 1
        queue = self._queues.get(route)
        if not queue:
            return None
        fault = queue[0]
        fault.remaining -= 1
        if fault.remaining == 0:
            queue.popleft()
        return fault


def _check_route(route: str) -> None:
    if route not in FAULT_ROUTES:
        raise ValueError(f"unknown route {route!r}; expected one of {sorted(FAULT_ROUTES)}")
