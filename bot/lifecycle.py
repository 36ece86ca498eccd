"""Stopping `confbot run` cleanly: `systemctl stop` and `docker stop` send SIGTERM, Ctrl-C sends
SIGINT; either closes the bot as `close()` does (the dispatcher stops claiming and settles what
is in flight, the gateway closes with 1000, the store closes), and the process exits 0."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def close_on_signals(close: Callable[[], Awaitable[None]]) -> Callable[[], None]:
    """Run `close` once on the first SIGTERM or SIGINT; returns what removes the handlers."""
    loop = asyncio.get_running_loop()
    closing: list[asyncio.Task[None]] = []

    def stop(name: str) -> None:
        if closing:
            return
        log.info("%s received: closing the gateway and the store", name)
        closing.append(asyncio.ensure_future(close()))

    for sig in STOP_SIGNALS:
        loop.add_signal_handler(sig, stop, sig.name)

    def restore() -> None:
        for sig in STOP_SIGNALS:
            loop.remove_signal_handler(sig)

    return restore
