"""Commands that only make sense in a server are registered for servers only: Discord does not
offer them in a DM with the bot, and the offline Discord refuses them there as Discord would."""

from __future__ import annotations

import json

import pytest

from bot import cli
from bot.offline import OfflineDiscord, OptionError
from tests.cogs.conftest import ATTENDEE, ORGANISER, text_of

SERVER_ONLY = ("announce", "events", "calendar", "follow")
"""Choosing the conference (/follow) is a command of its own: a context is given per command,
and /conference, which only shows the conference, is useful in a DM too."""
EVERYWHERE = ("help", "conference", "changes", "remind", "agenda", "paper")


def contexts_of(offline: OfflineDiscord) -> dict[str, list[int] | None]:
    tree = offline.bot.tree
    return {command.name: command.to_dict(tree).get("contexts") for command in tree.get_commands()}


async def test_server_only_commands_are_registered_for_servers_only(
    offline: OfflineDiscord,
) -> None:
    contexts = contexts_of(offline)
    for name in SERVER_ONLY:
        assert contexts[name] == [0], f"/{name} is offered in servers only"
    for name in EVERYWHERE:
        assert contexts[name] is None, f"/{name} works in a DM too"


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("announce status", {}),
        ("events status", {}),
        ("calendar", {}),
        ("follow", {"conference": "iclr2019"}),
    ],
)
async def test_discord_does_not_offer_a_server_only_command_in_a_dm(
    offline: OfflineDiscord, command: str, options: dict[str, str]
) -> None:
    with pytest.raises(OptionError, match="not available in DMs"):
        await offline.slash(ORGANISER, command, options, in_dm=True)


async def test_a_command_for_everywhere_runs_in_a_dm(offline: OfflineDiscord) -> None:
    assert "remind" in text_of(await offline.slash(ATTENDEE, "help", in_dm=True)).lower()
    assert "502 papers" in text_of(await offline.slash(ATTENDEE, "conference", in_dm=True))


def test_the_payload_confbot_sync_registers_keeps_them_to_servers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """What Discord is told, read from `confbot sync --print` as an operator would."""
    assert cli.main(["sync", "--print"]) == 0
    payload = {command["name"]: command for command in json.loads(capsys.readouterr().out)}
    for name in SERVER_ONLY:
        assert payload[name]["contexts"] == [0], f"/{name} is offered in servers only"
        assert payload[name]["dm_permission"] is False
    for name in EVERYWHERE:
        assert payload[name].get("contexts") is None, f"/{name} is offered in DMs too"
    assert [o["name"] for o in payload["conference"]["options"]] == []
