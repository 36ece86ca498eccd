"""The bot's HTTP calls land here: a route not simulated is loud, never silently passed."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import discord
import pytest

from bot.offline import OfflineDiscord

Call = Callable[[OfflineDiscord], Coroutine[Any, Any, object]]


@pytest.mark.parametrize(
    ("call", "route"),
    [
        (lambda offline: offline.bot.fetch_guild(offline.guild_id), "GET /guilds/{guild_id}"),
        # Dropped because the product never calls it: a new call must add it knowingly.
        (
            lambda offline: offline.bot.fetch_channel(offline.channel_id),
            "GET /channels/{channel_id}",
        ),
    ],
)
async def test_unsimulated_routes_are_loud(offline: OfflineDiscord, call: Call, route: str) -> None:
    with pytest.raises(discord.NotFound):
        await call(offline)
    assert offline.violations == [
        f"not simulated offline: {route} (add it to bot/offline/routes.py)"
    ]
