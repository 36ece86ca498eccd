"""/remind add | list | remove | clear: your reminders. The cog also wires the feature: it
starts the dispatcher that sends them as it loads and stops it as it unloads, registers the
Remind me button, and has the dispatcher told of every commit that writes what reminders are
planned from (`bot.store.commits`), whoever writes it.

Every reply is ephemeral: reminders are personal. Commands that write defer first, so the
3-second answer window holds even when the database is busy with the dispatcher.
"""

from __future__ import annotations

from collections.abc import Callable

import discord
from discord import app_commands
from discord.app_commands import locale_str
from discord.ext import commands

from bot.app import ConfBot
from bot.discord.reader import reader_language
from bot.discord.replies import send
from bot.discord.translator import choice, described
from bot.discord.words import target_label
from bot.domain.reminders import DEFAULT_LEAD_MINUTES, MAX_LEAD_MINUTES, MIN_LEAD_MINUTES, Via
from bot.i18n.catalogues import translate
from bot.i18n.languages import Language
from bot.reminders import subscriptions, targets
from bot.reminders.buttons import RemindButton
from bot.reminders.dispatcher import PLANNED_FROM, Dispatcher
from bot.reminders.render import reminders_embed, subscribed_embed
from bot.signals import CONFERENCES_CHANGED

TargetText = app_commands.Range[str, 1, 200]
VIA_CHOICES = [choice("DM", Via.DM.value), choice("HERE", Via.HERE.value)]
Minutes = app_commands.Range[int, MIN_LEAD_MINUTES, MAX_LEAD_MINUTES]


class Reminders(commands.GroupCog, group_name="remind", group_description="Your reminders"):
    """Personal reminders before sessions."""

    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot
        self.dispatcher: Dispatcher | None = None
        self._stop_listening: Callable[[], None] = lambda: None

    async def cog_load(self) -> None:
        """Register the button and, unless the bot sends no reminders, take the lease, plan,
        and start the dispatcher (one a test gave the bot beforehand, else a new one)."""
        self.bot.add_dynamic_items(RemindButton)
        if not self.bot.delivers:
            return
        given = self.bot.dispatcher
        self.dispatcher = given if isinstance(given, Dispatcher) else Dispatcher(self.bot)
        self.bot.dispatcher = self.dispatcher
        await self.dispatcher.prepare()
        self.dispatcher.start()
        self._stop_listening = self.bot.store.commits.listen(
            PLANNED_FROM, self.dispatcher.planned_from_changed
        )

    async def cog_unload(self) -> None:
        """Stop claiming, let sends in flight finish, release the lease."""
        self.bot.remove_dynamic_items(RemindButton)
        self._stop_listening()
        if self.dispatcher is not None:
            await self.dispatcher.stop()

    @commands.Cog.listener(f"on_{CONFERENCES_CHANGED}")
    async def replan(self) -> None:
        if self.dispatcher is not None:
            self.dispatcher.replan()

    async def target_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        conf = self.bot.conference_for(interaction)
        return await self.bot.choices_from(
            lambda db: targets.target_choices(db, conf, current, self.bot.clock.now())
        )

    async def reminder_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        conf = self.bot.conference_for(interaction)
        return await self.bot.choices_from(
            lambda db: subscriptions.reminder_choices(db, conf, interaction.user.id, str(current))
        )

    @app_commands.command(name="add", description="Get reminded before sessions")
    @described(
        target="A session, a paper, a topic, or keynotes / posters / orals / everything",
        minutes=f"How long before it starts ({MIN_LEAD_MINUTES}-{MAX_LEAD_MINUTES}, "
        f"default {DEFAULT_LEAD_MINUTES})",
        via="dm (default): a direct message; here: in this channel, mentioning only you",
    )
    @app_commands.choices(via=VIA_CHOICES)
    @app_commands.autocomplete(target=target_autocomplete)
    async def add(
        self,
        interaction: discord.Interaction,
        target: TargetText,
        minutes: Minutes = DEFAULT_LEAD_MINUTES,
        via: app_commands.Choice[str] | None = None,
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with self.bot.store.sessions() as db:
            result = await subscriptions.subscribe(
                db,
                self.bot.conference_for(interaction),
                self.bot.clock,
                user_id=interaction.user.id,
                guild_id=interaction.guild_id,
                channel_id=interaction.channel_id,
                target_text=target,
                minutes=minutes,
                via=Via(via.value) if via is not None else Via.DM,
                locale=str(interaction.locale),
            )
        await send(
            interaction,
            embed=subscribed_embed(
                self.bot.conference_for(interaction), result, reader_language(interaction)
            ),
            ephemeral=True,
        )

    @app_commands.command(name="list", description="Your reminders, and any that went wrong")
    async def list_reminders(self, interaction: discord.Interaction) -> None:
        async with self.bot.store.sessions() as db:
            listing = await subscriptions.list_reminders(
                db, self.bot.conference_for(interaction), self.bot.clock, interaction.user.id
            )
        await send(
            interaction,
            embed=reminders_embed(
                self.bot.conference_for(interaction), listing, reader_language(interaction)
            ),
            ephemeral=True,
        )

    @app_commands.command(name="remove", description="Remove one of your reminders")
    @app_commands.describe(reminder=locale_str("The reminder's number, as /remind list shows it"))
    @app_commands.rename(reminder=locale_str("id"))
    @app_commands.autocomplete(reminder=reminder_autocomplete)
    async def remove(
        self, interaction: discord.Interaction, reminder: app_commands.Range[int, 1]
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with self.bot.store.sessions() as db:
            target = await subscriptions.remove(
                db,
                self.bot.conference_for(interaction),
                self.bot.clock,
                interaction.user.id,
                reminder,
            )
        removed = translate(
            reader_language(interaction),
            "Removed reminder #{number}: {target}.",
            number=reminder,
            target=target_label(target, reader_language(interaction)),
        )
        await send(interaction, removed, ephemeral=True)

    @app_commands.command(name="clear", description="Remove all your reminders")
    async def clear(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with self.bot.store.sessions() as db:
            count = await subscriptions.clear(
                db, self.bot.conference_for(interaction), interaction.user.id
            )
        await send(interaction, _cleared(count, reader_language(interaction)), ephemeral=True)


def _cleared(count: int, language: Language) -> str:
    if count == 0:
        return translate(language, "You had no reminders.")
    if count == 1:
        return translate(language, "Removed your only reminder.")
    return translate(language, "Removed all {count} of your reminders.", count=count)


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Reminders(bot))
