"""/help lists what the bot can do, read from the real command tree."""

from __future__ import annotations

from bot.offline.simulator import OfflineDiscord
from tests.cogs.conftest import ATTENDEE, only_reply, text_of


async def test_help_lists_every_command_privately(offline: OfflineDiscord) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "help"))
    assert reply.ephemeral
    text = text_of([reply])
    for command in offline.bot.tree.walk_commands():
        assert f"/{command.qualified_name}" in text or command.qualified_name.count(" ") == 0
    assert "@bot when are the RL posters?" in text
