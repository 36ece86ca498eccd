"""Background loops stop between steps: a step in hand is finished, a stuck one is cut off."""

from __future__ import annotations

import asyncio
import time

from bot.background import Stopping, finish


async def test_a_pause_runs_its_length_when_nobody_asks_to_stop() -> None:
    started = time.monotonic()
    assert await Stopping().pause(0.05) is False
    assert time.monotonic() - started >= 0.05


async def test_a_pause_ends_at_once_when_a_stop_is_requested() -> None:
    stopping = Stopping()
    pausing = asyncio.create_task(stopping.pause(float("inf")))
    await asyncio.sleep(0)
    stopping.request()
    assert await asyncio.wait_for(pausing, timeout=1) is True


async def test_a_loop_asked_to_stop_finishes_the_step_it_is_in() -> None:
    stopping, steps_done = Stopping(), []

    async def loop() -> None:
        while not stopping.requested:
            await asyncio.sleep(0.05)  # a step that must not be cut short
            steps_done.append(1)

    task = asyncio.create_task(loop())
    await asyncio.sleep(0.01)
    stopping.request()
    await finish(task, grace=1)
    assert steps_done == [1]
    assert not task.cancelled()


async def test_a_step_stuck_past_the_grace_is_cancelled() -> None:
    never = asyncio.Event()
    task = asyncio.create_task(never.wait())
    await asyncio.sleep(0)
    await finish(task, grace=0.01)
    assert task.cancelled()
