"""/privacy: what the bot stores about you, and a way to delete all of it."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import ConfBot
from bot.discord.reader import reader_language
from bot.discord.replies import send
from bot.discord.translator import described
from bot.i18n.catalogues import translate
from bot.privacy import service as privacy
from bot.privacy.render import privacy_deleted_embed, privacy_embed


class Privacy(
    commands.GroupCog,
    group_name="privacy",
    group_description="What this bot stores about you, and deleting it",
):
    """Every reply here is ephemeral: it is about you and nobody else."""

    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="show", description="What this bot stores about you")
    async def show(self, interaction: discord.Interaction) -> None:
        async with self.bot.store.sessions() as db:
            found = await privacy.personal_data(db, interaction.user.id)
        await send(
            interaction, embed=privacy_embed(found, reader_language(interaction)), ephemeral=True
        )

    @app_commands.command(name="delete", description="Delete everything this bot stores about you")
    @described(confirm="Set to True to confirm: your reminders and their history go")
    async def delete(self, interaction: discord.Interaction, confirm: bool) -> None:
        if not confirm:
            text = translate(
                reader_language(interaction), "Nothing was deleted (confirm was False)."
            )
            await send(interaction, text, ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with self.bot.store.sessions() as db:
            deleted = await privacy.forget(db, interaction.user.id)
        await send(
            interaction,
            embed=privacy_deleted_embed(deleted, reader_language(interaction)),
            ephemeral=True,
        )


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Privacy(bot))
