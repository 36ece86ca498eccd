"""Injected failures, counted per attempt because discord.py retries on its own."""

from __future__ import annotations

import aiohttp
import discord
import pytest

from bot.offline import OfflineDiscord
from tests.offline.conftest import ALICE, SampleBot, text_channel


async def test_5xx_after_creation_then_error_reaches_the_bot(offline: OfflineDiscord) -> None:
    # 503 is not one of the statuses discord.py retries, so the bot sees it at once.
    offline.faults.inject(route="channel", status=503, after_create=True)
    with pytest.raises(discord.DiscordServerError):
        await text_channel(offline).send("Doors open")
    assert [s.content for s in offline.transcript] == ["Doors open"]


async def test_retried_500_after_creation_is_deduplicated_by_the_nonce(
    offline: OfflineDiscord,
) -> None:
    offline.faults.inject(route="channel", status=500, after_create=True)
    await text_channel(offline).send("Doors open")
    assert [s.content for s in offline.transcript] == ["Doors open"]
    assert offline.requests["channel"] == 2


async def test_retried_follow_up_without_nonce_is_duplicated(offline: OfflineDiscord) -> None:
    offline.faults.inject(route="followup", status=502, after_create=True)
    sent = await offline.slash(ALICE, "search", {"query": "x"})
    assert [s.content for s in sent if s.route == "followup"] == [
        "results for x",
        "results for x",
        "and one more thing",
    ]


async def test_persistent_5xx_surfaces_after_discord_py_gives_up(offline: OfflineDiscord) -> None:
    offline.faults.inject(route="channel", status=500, times=5)
    with pytest.raises(discord.DiscordServerError):
        await text_channel(offline).send("Doors open")
    assert offline.requests["channel"] == 5
    assert offline.transcript == []


async def test_rate_limit_is_waited_out_on_a_virtual_clock(offline: OfflineDiscord) -> None:
    offline.faults.inject(route="channel", status=429, retry_after=2.0)
    await text_channel(offline).send("after the wait")
    assert offline.requests["channel"] == 2
    offline.faults.inject(route="channel", status=429, retry_after=60.0)
    with pytest.raises(discord.RateLimited):
        await text_channel(offline).send("too long a wait")


async def test_rate_limited_response_misses_the_deadline(offline: OfflineDiscord) -> None:
    offline.faults.inject(route="response", status=429, retry_after=5.0)
    assert await offline.slash(ALICE, "ping") == []
    assert "10062" in offline.violations[0]
    assert offline.requests["response"] == 2


async def test_injected_403_on_dm_reaches_the_bot_as_forbidden(offline: OfflineDiscord) -> None:
    offline.faults.inject(
        route="dm", status=403, code=50007, message="Cannot send messages to this user"
    )
    sent = await offline.slash(ALICE, "dmme")
    assert [s.content for s in sent] == ["cannot DM you (50007)"]
    assert offline.requests["dm"] == 1
    assert offline.violations == []


async def test_a_timeout_after_creation_loses_only_the_answer(offline: OfflineDiscord) -> None:
    offline.faults.inject_timeout(route="channel", after_create=True)
    with pytest.raises(aiohttp.ServerTimeoutError):
        await text_channel(offline).send("Doors open")
    assert [s.content for s in offline.transcript] == ["Doors open"]
    assert offline.requests["channel"] == 1


def test_inject_fault_refuses_unknown_routes() -> None:
    harness = OfflineDiscord(SampleBot())
    with pytest.raises(ValueError, match="unknown route"):
        harness.faults.inject(route="chanel", status=500)
    with pytest.raises(ValueError, match="HTTP error"):
        harness.faults.inject(route="channel", status=200)
