"""What the Discord client lets a user send: the commands it shows, their options' values."""

from __future__ import annotations

from typing import Any

import pytest

from bot.offline import OfflineDiscord, OfflineUser, OptionError
from tests.offline.conftest import ALICE, INVITE, OLGA


async def test_options_reach_the_command_with_their_declared_types(
    offline: OfflineDiscord,
) -> None:
    sent = await offline.slash(ALICE, "pick", {"count": 3, "track": "workshop", "label": "am"})
    assert [(s.content, s.ephemeral) for s in sent] == [("3 from workshop am", True)]


async def test_user_channel_role_and_number_options_are_resolved(
    offline: OfflineDiscord,
) -> None:
    sent = await offline.slash(ALICE, "invite", INVITE | {"hours": 1.5})
    assert [s.content for s in sent] == ["olga to #general as @everyone for 1.5h"]


async def test_group_subcommand(offline: OfflineDiscord) -> None:
    sent = await offline.slash(ALICE, "remind add", {"minutes": 15, "note": "poster session"})
    assert [s.content for s in sent] == ["in 15 min: poster session"]


@pytest.mark.parametrize(
    ("user", "command", "options", "fragment"),
    [
        (ALICE, "nosuch", {}, "unknown command /nosuch"),
        (ALICE, "ping", {"loud": True}, "unknown option(s) loud"),
        (ALICE, "pick", {"track": "main"}, "missing required option(s) count"),
        (ALICE, "pick", {"count": "3", "track": "main"}, "expects an integer"),
        (ALICE, "pick", {"count": True, "track": "main"}, "expects an integer"),
        (ALICE, "pick", {"count": 11, "track": "main"}, "must be at most 10 (got 11)"),
        (ALICE, "pick", {"count": 0, "track": "main"}, "must be at least 1 (got 0)"),
        (ALICE, "pick", {"count": 2, "track": "poster"}, "must be one of: 'main' (Main track)"),
        (ALICE, "pick", {"count": 2, "track": "main", "label": "x"}, "at least 2 characters"),
        (ALICE, "pick", {"count": 2, "track": "main", "label": "x" * 9}, "at most 8 characters"),
        (ALICE, "remind", {}, "is a group; choose one of: add"),
        (ALICE, "remind delete", {}, "has no subcommand 'delete'"),
        (ALICE, "announce", {"text": "hi"}, "hides /announce from members without manage_guild"),
        (ALICE, "dmonly", {}, "is not available in servers"),
        (ALICE, "invite", {**INVITE, "who": 4242}, "expects a user"),
        (ALICE, "invite", {**INVITE, "where": 4242}, "expects a channel"),
        (ALICE, "invite", {**INVITE, "role": 4242}, "expects a role"),
        (ALICE, "invite", {**INVITE, "hours": float("nan")}, "expects a number"),
        (ALICE, "invite", {**INVITE, "hours": 9}, "must be at most 8.0 (got 9)"),
    ],
)
async def test_client_side_refusals_raise_option_error(
    offline: OfflineDiscord, user: OfflineUser, command: str, options: dict[str, Any], fragment: str
) -> None:
    with pytest.raises(OptionError) as caught:
        await offline.slash(user, command, options)
    assert fragment in str(caught.value)
    assert "\n" not in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert offline.transcript == []


async def test_autocomplete_needs_an_autocompleted_option(offline: OfflineDiscord) -> None:
    with pytest.raises(OptionError, match="has no autocomplete"):
        await offline.autocomplete(ALICE, "pick", {}, "track")


async def test_a_command_granted_to_everyone_is_offered_to_everyone(
    offline: OfflineDiscord,
) -> None:
    offline.grant_to_everyone("announce")
    await offline.slash(ALICE, "announce", {"text": "hi"})
    assert offline.transcript == []
    assert offline.errors[0][0] == "/announce", "the bot's own permission check still runs"
    assert (await offline.slash(OLGA, "announce", {"text": "hi"}))[-1].content == "posted"
