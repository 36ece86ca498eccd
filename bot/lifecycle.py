"""Running `confbot run` until it is told to stop: `systemctl stop` and `docker stop` send
SIGTERM, Ctrl-C sends SIGINT; either closes the bot as `close()` does (the dispatcher stops
claiming and settles what is in flight, the gateway closes with 1000, the store closes), and the
process exits 0."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

import discord

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


async def run_until_stopped(bot: discord.Client, token: str) -> None:
    """Log in and follow the gateway until Discord ends the connection or a stop signal
    arrives, then close the bot completely (its store included) before returning.

    On a signal the gateway's reader is cancelled before `close()`: discord.py answers a close
    that races its own reader with code 4000, which Discord takes for a dropped connection and
    keeps the session (the bot looks online for minutes); with no reader, `close()` sends 1000.
    """
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()

    def stop(name: str) -> None:
        if not stopping.is_set():
            log.info("%s received: closing the gateway and the store", name)
            stopping.set()

    for sig in STOP_SIGNALS:
        loop.add_signal_handler(sig, stop, sig.name)
    try:
        await bot.login(token)
        if not stopping.is_set():
            await _follow_gateway(bot, stopping)
        await bot.close()
    finally:
        for sig in STOP_SIGNALS:
            loop.remove_signal_handler(sig)


async def _follow_gateway(bot: discord.Client, stopping: asyncio.Event) -> None:
    """Until the gateway connection ends by itself (its error is raised) or `stopping` is set."""
    gateway = asyncio.create_task(bot.connect(), name="confbot-gateway")
    signalled = asyncio.create_task(stopping.wait(), name="confbot-stop-signal")
    await asyncio.wait((gateway, signalled), return_when=asyncio.FIRST_COMPLETED)
    signalled.cancel()
    if gateway.done():
        await gateway
        return
    gateway.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await gateway
