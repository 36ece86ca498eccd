"""Files the bot attaches reach the offline Discord with their bytes, on every route, and are
refused past Discord's limits: ten files a message, 10 MiB a file."""

from __future__ import annotations

import io
from zoneinfo import ZoneInfo

import discord
import pytest

from bot.discord import limits
from bot.offline import DiscordRejected, OfflineDiscord
from bot.offline.console import format_sent
from tests.offline.conftest import ALICE


def files(count: int, size: int = 5) -> list[discord.File]:
    return [discord.File(io.BytesIO(b"x" * size), filename=f"part-{n}.ics") for n in range(count)]


def channel(offline: OfflineDiscord) -> discord.PartialMessageable:
    return offline.bot.get_partial_messageable(offline.channel_id, guild_id=offline.guild_id)


async def test_the_bytes_of_each_file_are_kept(offline: OfflineDiscord) -> None:
    message = await channel(offline).send("Two calendars", files=files(2, size=7))
    sent = offline.transcript[0]
    assert [(f.name, f.data) for f in sent.files] == [
        ("part-0.ics", b"x" * 7),
        ("part-1.ics", b"x" * 7),
    ]
    assert [a.size for a in message.attachments] == [7, 7]


async def test_ten_files_pass_and_eleven_are_refused(offline: OfflineDiscord) -> None:
    await channel(offline).send(files=files(limits.ATTACHMENTS))
    with pytest.raises(DiscordRejected, match="attachments: Must be 10 or fewer"):
        await channel(offline).send(files=files(limits.ATTACHMENTS + 1))
    assert len(offline.transcript) == 1
    offline.violations.clear()


async def test_a_file_over_the_upload_limit_is_refused_with_413(offline: OfflineDiscord) -> None:
    with pytest.raises(DiscordRejected) as refused:
        await channel(offline).send(files=files(1, size=limits.ATTACHMENT_BYTES + 1))
    assert refused.value.status == 413
    assert refused.value.code == 40005
    assert offline.transcript == []
    offline.violations.clear()


async def test_a_dm_carries_its_file_and_the_console_prints_it(offline: OfflineDiscord) -> None:
    offline.add_user(ALICE)
    dm = await offline.bot.create_dm(discord.Object(ALICE.id))
    await dm.send("Your agenda", file=files(1, size=42)[0])
    lines = list(format_sent(offline.transcript[0], offline, ZoneInfo("UTC")))
    assert lines == ["[DM @alice] Your agenda", "[attachment part-0.ics, 42 bytes]"]
