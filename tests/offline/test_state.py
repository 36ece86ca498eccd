"""Discord's side of the guild: members known to it, and the record of what was sent."""

from __future__ import annotations

import discord
import pytest

from bot.offline import OfflineDiscord, Sent
from tests.offline.conftest import ALICE, SampleBot


@pytest.mark.parametrize("members_intent", [False, True])
async def test_member_cache_follows_the_intents(members_intent: bool) -> None:
    intents = discord.Intents.default()
    intents.members = members_intent
    async with OfflineDiscord(SampleBot(intents)) as harness:
        harness.add_user(ALICE)
        guild = harness.bot.get_guild(harness.guild_id)
        assert guild is not None
        assert (guild.get_member(ALICE.id) is not None) is members_intent


def test_sent_defaults() -> None:
    sent = Sent("channel", 1, "hi", [], False, None, None, None)
    assert (sent.deferred, sent.recipient_id, sent.attachments) == (False, None, [])
