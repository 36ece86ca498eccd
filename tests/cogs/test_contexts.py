"""Commands that only make sense in a server are registered for servers only: Discord does not
offer them in a DM with the bot, and the offline Discord refuses them there as Discord would."""

from __future__ import annotations

import pytest

from bot.offline import OfflineDiscord, OptionError
from tests.cogs.conftest import ATTENDEE, ORGANISER, text_of

SERVER_ONLY = ("announce", "events", "calendar")


def contexts_of(offline: OfflineDiscord) -> dict[str, list[int] | None]:
    tree = offline.bot.tree
    return {command.name: command.to_dict(tree).get("contexts") for command in tree.get_commands()}


async def test_server_only_commands_are_registered_for_servers_only(
    offline: OfflineDiscord,
) -> None:
    contexts = contexts_of(offline)
    for name in SERVER_ONLY:
        assert contexts[name] == [0], f"/{name} is offered in servers only"
    assert contexts["help"] != [0], "/help works in a DM too"


@pytest.mark.parametrize("command", ["announce status", "events status", "calendar"])
async def test_discord_does_not_offer_a_server_only_command_in_a_dm(
    offline: OfflineDiscord, command: str
) -> None:
    with pytest.raises(OptionError, match="not available in DMs"):
        await offline.slash(ORGANISER, command, in_dm=True)


async def test_a_command_for_everywhere_runs_in_a_dm(offline: OfflineDiscord) -> None:
    assert "remind" in text_of(await offline.slash(ATTENDEE, "help", in_dm=True)).lower()
