"""/agenda add | remove | show | clear | ics | remind: your own picks from the programme, and
/calendar, the programme (or one kind of session) as a calendar file for a server.

Agenda replies are ephemeral: an agenda is personal. Commands that write defer first, so the
3-second answer window holds even when the database is busy with the dispatcher.
"""

from __future__ import annotations

import asyncio
import io
from functools import partial

import discord
from discord import app_commands
from discord.ext import commands

from bot.agenda import service
from bot.agenda.buttons import AgendaButton
from bot.agenda.calendar import CalendarFile, CalendarWriter, calendar_bytes
from bot.agenda.picture import agenda_attachment
from bot.agenda.render import (
    added_embed,
    cleared_text,
    day_embed,
    reminder_set_embed,
    removed_text,
)
from bot.app import ConfBot
from bot.discord import limits
from bot.discord.choices import app_choices
from bot.discord.pictures import picture_file
from bot.discord.reader import reader_language
from bot.discord.replies import send
from bot.discord.translator import choice, described
from bot.discord.tree import NeedsManageServer
from bot.domain.errors import N_, DomainError
from bot.domain.kinds import ASKABLE, GROUPS, Group
from bot.domain.reminders import MAX_LEAD_MINUTES
from bot.i18n.catalogues import translate, translate_plural
from bot.i18n.days import day_choices
from bot.i18n.formats import number
from bot.i18n.languages import Language

TargetText = app_commands.Range[str, 1, 200]
DayText = app_commands.Range[str, 1, 40]
Minutes = app_commands.Range[int, 0, MAX_LEAD_MINUTES]
QUICK_CALENDAR = 500
"""Sessions a calendar file is written for in well under a second: for more, the reply says
that it is being written."""
WRITING = N_("Writing a calendar file of a large programme: this can take a minute…")
PROGRAMME = N_("programme")
"""What /calendar names a file of every kind of session."""
KIND_CHOICES = [choice(GROUPS[g].choice, g.value) for g in ASKABLE]


class Agenda(commands.GroupCog, group_name="agenda", group_description="Your personal agenda"):
    """Sessions and papers you picked, your day, clashes, and a calendar file of it all."""

    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(AgendaButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(AgendaButton)

    async def add_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        conf = self.bot.conference_for(interaction)
        return await self.bot.choices_from(
            lambda db: service.add_choices(db, conf, self.bot.clock, current)
        )

    async def remove_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        conf = self.bot.conference_for(interaction)
        return await self.bot.choices_from(
            lambda db: service.remove_choices(db, conf, interaction.user.id, current)
        )

    async def day_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return app_choices(
            day_choices(self.bot.conference_for(interaction), current, reader_language(interaction))
        )

    @app_commands.command(name="add", description="Put a session or a paper on your agenda")
    @described(target="A session or a paper (start typing to pick one)")
    @app_commands.autocomplete(target=add_autocomplete)
    async def add(self, interaction: discord.Interaction, target: TargetText) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        conf = self.bot.conference_for(interaction)
        async with self.bot.store.sessions() as db:
            result = await service.add(db, conf, self.bot.clock, interaction.user.id, target)
        embed = added_embed(conf, result, reader_language(interaction))
        await send(interaction, embed=embed, ephemeral=True)

    @app_commands.command(name="remove", description="Take a session or a paper off your agenda")
    @described(target="Something on your agenda (start typing to pick one)")
    @app_commands.autocomplete(target=remove_autocomplete)
    async def remove(self, interaction: discord.Interaction, target: TargetText) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        conf = self.bot.conference_for(interaction)
        async with self.bot.store.sessions() as db:
            result = await service.remove(db, conf, self.bot.clock, interaction.user.id, target)
        language = reader_language(interaction)
        removed = removed_text(result.label, len(result.removed), language)
        await send(interaction, removed, ephemeral=True)

    @app_commands.command(name="show", description="Your agenda for one day, clashes marked")
    @described(day="A day, e.g. Wednesday (default: today, else your first day)")
    @app_commands.autocomplete(day=day_autocomplete)
    async def show(self, interaction: discord.Interaction, day: DayText | None = None) -> None:
        conf = self.bot.conference_for(interaction)
        async with self.bot.store.sessions() as db:
            agenda = await service.show(db, conf, self.bot.clock, interaction.user.id, day)
        file = None
        if agenda.entries:
            defer = partial(interaction.response.defer, ephemeral=True)
            picture = await agenda_attachment(
                conf, agenda, self.bot.clock.now(), defer, reader_language(interaction)
            )
            file = picture_file(picture.filename, picture.png, picture.description)
        embed = day_embed(conf, agenda, reader_language(interaction))
        await send(interaction, embed=embed, ephemeral=True, file=file)

    @app_commands.command(name="clear", description="Remove everything from your agenda")
    async def clear(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        conf = self.bot.conference_for(interaction)
        async with self.bot.store.sessions() as db:
            count = await service.clear(db, conf, self.bot.clock, interaction.user.id)
        await send(interaction, cleared_text(count, reader_language(interaction)), ephemeral=True)

    @app_commands.command(name="ics", description="Your agenda as a calendar file (.ics)")
    async def ics(self, interaction: discord.Interaction) -> None:
        conf = self.bot.conference_for(interaction)
        async with self.bot.store.sessions() as db:
            mine = await service.sessions(db, conf, interaction.user.id)
        if not mine:
            raise DomainError(N_("Your agenda is empty: add sessions with /agenda add first."))
        data = calendar_bytes(conf, mine, f"{conf.name}: my agenda", self.bot.clock.now())
        file = discord.File(io.BytesIO(data), filename=f"{conf.slug}-agenda.ics")
        text = translate(
            reader_language(interaction),
            "Your agenda, {count} sessions. Importing this file again later updates the same "
            "events instead of adding copies.",
            count=len(mine),
        )
        await send(interaction, text, ephemeral=True, file=file)

    @app_commands.command(name="remind", description="A DM before everything on your agenda")
    @described(minutes=f"How long before each item (1-{MAX_LEAD_MINUTES}; 0: off)")
    async def remind(self, interaction: discord.Interaction, minutes: Minutes) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        conf = self.bot.conference_for(interaction)
        async with self.bot.store.sessions() as db:
            result = await service.set_reminder(
                db, conf, self.bot.clock, interaction.user.id, minutes, str(interaction.locale)
            )
        embed = reminder_set_embed(conf, result, reader_language(interaction))
        await send(interaction, embed=embed, ephemeral=True)


class ProgrammeCalendar(commands.Cog):
    """The programme as a calendar file, for organisers to share. Hidden by default from
    members without Manage Server, and checked again when it runs, as /announce is."""

    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot

    @app_commands.command(name="calendar", description="The programme as a calendar file (.ics)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @described(kind="Only sessions of this kind, e.g. keynotes (default: everything)")
    @app_commands.choices(kind=KIND_CHOICES)
    async def calendar(
        self, interaction: discord.Interaction, kind: app_commands.Choice[str] | None = None
    ) -> None:
        if interaction.guild_id is None or not interaction.permissions.manage_guild:
            raise NeedsManageServer("send the programme as a calendar file")
        await interaction.response.defer(thinking=True)
        conf = self.bot.conference_for(interaction)
        group = Group(kind.value) if kind is not None else None
        what = GROUPS[group].choice if group is not None else PROGRAMME
        name = f"{conf.name}: {what}"
        language = reader_language(interaction)
        writer = CalendarWriter(conf, name, self.bot.clock.now(), limits.ATTACHMENT_BYTES)
        async with self.bot.store.sessions() as db:
            async for page in service.programme_pages(db, conf, group):
                if writer.sessions == 0 and len(page) >= QUICK_CALENDAR:
                    await interaction.edit_original_response(content=translate(language, WRITING))
                if not await asyncio.to_thread(writer.add, page):
                    break
        made = await asyncio.to_thread(writer.finish)  # joins up to 10 MB
        if not made.sessions:
            raise DomainError(N_("No timed sessions of that kind are in the programme."))
        filename = f"{conf.slug}-{group or 'programme'}.ics"
        file = discord.File(io.BytesIO(made.data), filename=filename)
        shown = translate(
            language, "{name}: {what}", name=conf.name, what=translate(language, what)
        )
        await send(interaction, calendar_text(shown, made, language), file=file)


def calendar_text(name: str, made: CalendarFile, language: Language) -> str:
    """What a calendar file holds, and why not everything when it could not. `name` is the
    calendar's, in the reader's language."""
    if made.complete:
        return translate_plural(
            language,
            "{name}, {count} session.",
            "{name}, {count} sessions.",
            made.sessions,
            name=name,
            count=number(made.sessions, language),
        )
    return translate_plural(
        language,
        "{name}: the first {count} session, all that fit in a file under Discord's "
        "{megabytes} MB limit. Pick a kind of session for a smaller calendar.",
        "{name}: the first {count} sessions, all that fit in a file under Discord's "
        "{megabytes} MB limit. Pick a kind of session for a smaller calendar.",
        made.sessions,
        name=name,
        count=number(made.sessions, language),
        megabytes=limits.ATTACHMENT_BYTES // (1024 * 1024),
    )


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Agenda(bot))
    await bot.add_cog(ProgrammeCalendar(bot))
