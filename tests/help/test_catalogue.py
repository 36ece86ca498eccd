"""Help lists exactly the commands Discord's picker would show the member: admin commands only
to those allowed to manage the server, server-only commands only in a server. Help asked in
chat also names the commands only moderators see, under the permission each needs."""

from __future__ import annotations

import discord
import pytest
from discord import app_commands

from bot.help.catalogue import usable_commands, withheld_commands

MANAGERS = discord.Permissions(manage_guild=True)
ADMINISTRATORS = discord.Permissions(administrator=True)
ATTENDEES = discord.Permissions(send_messages=True, read_messages=True)
EVERYONES = [("now", "What is on now"), ("remind", "Remind me of a session")]
ADMINS = [("admin off", "Stop announcing"), ("admin setup", "Announce sessions here")]


@pytest.fixture
def tree() -> app_commands.CommandTree[discord.Client]:
    tree: app_commands.CommandTree[discord.Client] = app_commands.CommandTree(
        discord.Client(intents=discord.Intents.none())
    )

    @tree.command(name="now", description="What is on now")
    async def now(interaction: discord.Interaction) -> None: ...

    @tree.command(name="remind", description="Remind me of a session")
    @app_commands.guild_only()
    async def remind(interaction: discord.Interaction) -> None: ...

    admin = app_commands.Group(
        name="admin",
        description="Server settings",
        default_permissions=discord.Permissions(manage_guild=True),
    )

    @admin.command(name="setup", description="Announce sessions here")
    async def setup(interaction: discord.Interaction) -> None: ...

    @admin.command(name="off", description="Stop announcing")
    async def off(interaction: discord.Interaction) -> None: ...

    tree.add_command(admin)
    return tree


def test_a_member_without_manage_server_does_not_see_admin_subcommands(
    tree: app_commands.CommandTree[discord.Client],
) -> None:
    assert usable_commands(tree, ATTENDEES, in_guild=True) == EVERYONES


@pytest.mark.parametrize("permissions", [MANAGERS, ADMINISTRATORS], ids=["manager", "admin"])
def test_a_member_who_may_manage_the_server_sees_them_qualified_and_sorted(
    tree: app_commands.CommandTree[discord.Client], permissions: discord.Permissions
) -> None:
    assert usable_commands(tree, permissions, in_guild=True) == [*ADMINS, *EVERYONES]


def test_server_only_commands_are_hidden_outside_a_server(
    tree: app_commands.CommandTree[discord.Client],
) -> None:
    assert usable_commands(tree, ATTENDEES, in_guild=False) == [("now", "What is on now")]


def test_groups_themselves_are_not_listed_only_their_subcommands(
    tree: app_commands.CommandTree[discord.Client],
) -> None:
    names = [name for name, _ in usable_commands(tree, ADMINISTRATORS, in_guild=True)]
    assert "admin" not in names


def test_commands_a_member_cannot_run_are_named_under_the_permission_that_shows_them(
    tree: app_commands.CommandTree[discord.Client],
) -> None:
    assert withheld_commands(tree, ATTENDEES, in_guild=True) == [
        ("For members with the Manage Server permission", ADMINS)
    ]


@pytest.mark.parametrize("permissions", [MANAGERS, ADMINISTRATORS], ids=["manager", "admin"])
def test_nothing_is_withheld_from_a_member_who_may_run_every_command(
    tree: app_commands.CommandTree[discord.Client], permissions: discord.Permissions
) -> None:
    assert withheld_commands(tree, permissions, in_guild=True) == []
