"""/help lists what the asking member can do, read from the real command tree."""

from __future__ import annotations

import inspect

from discord.ext import commands

from bot.help.catalogue import MODERATORS
from bot.offline import OfflineDiscord
from tests.cogs.conftest import ATTENDEE, ORGANISER, only_reply, text_of

EVERYONES = (
    "/schedule",
    "/now",
    "/next",
    "/keynotes",
    "/posters",
    "/session",
    "/topic",
    "/conference",
    "/changes",
    "/paper",
    "/help",
    "/remind add",
    "/remind list",
    "/remind remove",
    "/remind clear",
    "/privacy show",
    "/privacy delete",
    "/agenda add",
    "/agenda remove",
    "/agenda show",
    "/agenda clear",
    "/agenda ics",
    "/agenda remind",
)
ADMINS = ("/announce setup", "/announce status", "/announce off", "/calendar", "/follow")


def listed(text: str) -> set[str]:
    """The commands a help text lists, one per line as '**/name** — description'."""
    return {line.split("**")[1] for line in text.splitlines() if line.startswith("**/")}


async def test_help_lists_every_command_a_member_can_use_privately(
    offline: OfflineDiscord,
) -> None:
    reply = only_reply(await offline.slash(ATTENDEE, "help"))

    assert reply.ephemeral
    assert listed(text_of([reply])) == set(EVERYONES)


async def test_help_lists_announcements_only_to_those_who_can_set_them_up(
    offline: OfflineDiscord,
) -> None:
    reply = only_reply(await offline.slash(ORGANISER, "help"))

    assert listed(text_of([reply])) == {*EVERYONES, *ADMINS}


async def test_help_gives_the_conferences_own_examples(offline: OfflineDiscord) -> None:
    text = text_of([only_reply(await offline.slash(ATTENDEE, "help"))])

    assert "@bot when are the RL posters?" in text
    assert "/paper query:lottery ticket" in text


def test_every_command_group_has_a_description_written_for_members(
    offline: OfflineDiscord,
) -> None:
    groups = [cog for cog in offline.bot.cogs.values() if isinstance(cog, commands.GroupCog)]
    assert groups
    for cog in groups:
        docstring = inspect.getdoc(type(cog)) or ""
        description = cog.__cog_group_description__
        assert description, type(cog).__name__
        assert description != docstring.split("\n")[0][:100], type(cog).__name__


async def test_a_member_asking_in_chat_learns_the_commands_a_moderator_would_run(
    offline: OfflineDiscord,
) -> None:
    """A member cannot run /events publish or /follow, but may be asking how it is done: chat
    help names them under the permission they need, which /help leaves to the picker."""
    asked = text_of(
        await offline.mention(ATTENDEE, "which command puts the keynotes in the server's events?")
    )
    switching = text_of(
        await offline.mention(ATTENDEE, "how can our server switch to another conference?")
    )
    picked = text_of([only_reply(await offline.slash(ATTENDEE, "help"))])

    assert "For members with the Manage Events permission" in asked
    assert "/events publish" in listed(asked) - set(EVERYONES)
    assert "For members with the Manage Server permission" in switching
    assert "/follow" in listed(switching) - set(EVERYONES)
    assert "/events publish" not in picked


def test_every_permission_a_command_needs_has_a_title_in_chat_help(
    offline: OfflineDiscord,
) -> None:
    """A command needing a permission help has no title for would be left out of chat help."""
    needed = {
        flag
        for command in offline.bot.tree.walk_commands()
        if (root := command.root_parent or command).default_permissions is not None
        for flag, on in root.default_permissions
        if on
    }
    assert needed
    assert needed <= MODERATORS.keys()
