"""/remind add | list | remove | clear, and the dispatcher that sends the reminders.

Every reply is ephemeral: reminders are personal. Commands that write defer first, so the
3-second answer window holds even when the database is busy with the dispatcher.
"""

from __future__ import annotations

from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.app import ConfBot
from bot.dispatcher import Dispatcher
from bot.replies import send
from bot.services import subscriptions, targets
from bot.services.subscriptions import DEFAULT_MINUTES, MAX_MINUTES, MIN_MINUTES

TargetText = app_commands.Range[str, 1, 200]
Minutes = app_commands.Range[int, MIN_MINUTES, MAX_MINUTES]


class Reminders(commands.GroupCog, group_name="remind", group_description="Your reminders"):
    """Personal reminders before sessions; owns the one dispatcher task of the bot."""

    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot
        self.dispatcher = Dispatcher(bot)

    async def cog_load(self) -> None:
        await self.dispatcher.prepare()
        self.dispatcher.start()
        self.bot.add_settler(self.dispatcher.settle, self.dispatcher.next_due)

    async def cog_unload(self) -> None:
        self.bot.remove_settler(self.dispatcher.settle)
        await self.dispatcher.stop()

    @commands.Cog.listener()
    async def on_reminders_changed(self) -> None:
        """Other cogs (announcements) announce changes this way instead of importing this one."""
        self.dispatcher.wake()

    async def target_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        async with self.bot.store.sessions() as db:
            found = await targets.target_choices(db, self.bot.conference, current)
        return [app_commands.Choice(name=choice.name, value=choice.value) for choice in found]

    async def reminder_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        async with self.bot.store.sessions() as db:
            found = await subscriptions.reminder_choices(
                db, self.bot.conference, interaction.user.id, str(current)
            )
        return [app_commands.Choice(name=name, value=value) for value, name in found]

    @app_commands.command(name="add", description="Get reminded before sessions")
    @app_commands.describe(
        target="A session, a paper, a topic, or keynotes / posters / orals / everything",
        minutes=f"How long before it starts ({MIN_MINUTES}-{MAX_MINUTES}, "
        f"default {DEFAULT_MINUTES})",
        via="dm (default): a direct message; here: in this channel, mentioning only you",
    )
    @app_commands.autocomplete(target=target_autocomplete)
    async def add(
        self,
        interaction: discord.Interaction,
        target: TargetText,
        minutes: Minutes = DEFAULT_MINUTES,
        via: Literal["dm", "here"] = "dm",
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with self.bot.store.sessions() as db:
            result = await subscriptions.subscribe(
                db,
                self.bot.conference,
                self.bot.clock,
                user_id=interaction.user.id,
                guild_id=interaction.guild_id,
                channel_id=interaction.channel_id,
                target_text=target,
                minutes=minutes,
                via=via,
            )
        self.dispatcher.wake()
        await send(
            interaction, embed=render.subscribed_embed(self.bot.conference, result), ephemeral=True
        )

    @app_commands.command(name="list", description="Your reminders, and any that went wrong")
    async def list_reminders(self, interaction: discord.Interaction) -> None:
        async with self.bot.store.sessions() as db:
            listing = await subscriptions.list_reminders(
                db, self.bot.conference, self.bot.clock, interaction.user.id
            )
        await send(
            interaction, embed=render.reminders_embed(self.bot.conference, listing), ephemeral=True
        )

    @app_commands.command(name="remove", description="Remove one of your reminders")
    @app_commands.describe(reminder="The reminder's number, as /remind list shows it")
    @app_commands.rename(reminder="id")
    @app_commands.autocomplete(reminder=reminder_autocomplete)
    async def remove(
        self, interaction: discord.Interaction, reminder: app_commands.Range[int, 1]
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with self.bot.store.sessions() as db:
            target = await subscriptions.remove(
                db, self.bot.conference, self.bot.clock, interaction.user.id, reminder
            )
        await send(interaction, f"Removed reminder #{reminder}: {target.label}.", ephemeral=True)

    @app_commands.command(name="clear", description="Remove all your reminders")
    async def clear(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with self.bot.store.sessions() as db:
            count = await subscriptions.clear(db, self.bot.conference, interaction.user.id)
        text = f"Removed all {count} of your reminders." if count else "You had no reminders."
        await send(interaction, text, ephemeral=True)


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Reminders(bot))
