"""What is on: /schedule, /now, /next, /keynotes, /posters, /session, /topic."""

from __future__ import annotations

from functools import partial

import discord
from discord import app_commands
from discord.ext import commands

from bot.agenda.buttons import session_buttons
from bot.app import ConfBot
from bot.discord.choices import app_choices
from bot.discord.pictures import picture_file
from bot.discord.reader import reader_language
from bot.discord.replies import acknowledge, send
from bot.discord.translator import choice, described
from bot.domain.days import resolve_day
from bot.domain.kinds import ASKABLE, GROUPS, Group
from bot.domain.records import Choice
from bot.i18n.days import day_choices, weekday_names
from bot.programme import answers, pictures, render, service

DayText = app_commands.Range[str, 1, 40]
NameText = app_commands.Range[str, 1, 200]
QUICK_DAY = 1000
"""Sessions a day's picture is laid out for in well under a second; for more, the command
acknowledges at once, so Discord's three seconds never run out."""
GROUP_CHOICES = [choice(GROUPS[g].choice, g.value) for g in ASKABLE]


class Programme(commands.Cog):
    """Questions about the programme, answered for everyone in the channel."""

    def __init__(self, bot: ConfBot) -> None:
        self.bot = bot

    async def day_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return app_choices(
            day_choices(self.bot.conference_for(interaction), current, reader_language(interaction))
        )

    async def session_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        async with self.bot.store.sessions() as db:
            found = await service.session_choices(db, self.bot.conference_for(interaction), current)
        return app_choices(Choice(title, slug) for slug, title in found)

    async def topic_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        async with self.bot.store.sessions() as db:
            found = await service.topic_choices(db, self.bot.conference_for(interaction), current)
        return app_choices(Choice(name, name) for _, name in found)

    @app_commands.command(name="schedule", description="The programme of one day of the conference")
    @described(day="A day, e.g. Wednesday (default: today, or the first day)")
    @app_commands.autocomplete(day=day_autocomplete)
    async def schedule(self, interaction: discord.Interaction, day: DayText | None = None) -> None:
        conf = self.bot.conference_for(interaction)
        which = resolve_day(conf, day, self.bot.clock, weekday_names())
        async with self.bot.store.sessions() as db:
            sessions = await service.day_programme(db, conf, which)
        if len(sessions) > QUICK_DAY:
            await acknowledge(interaction)
        file = None
        if sessions:
            picture = await pictures.day_attachment(
                conf,
                which,
                sessions,
                self.bot.clock.now(),
                partial(acknowledge, interaction),
                reader_language(interaction),
            )
            file = picture_file(picture.filename, picture.png, picture.description)
        embed = render.schedule_embed(conf, which, sessions, reader_language(interaction))
        await send(interaction, embed=embed, file=file)

    @app_commands.command(name="now", description="What is on right now, and what comes next")
    async def now(self, interaction: discord.Interaction) -> None:
        await self._now_and_next(interaction, None)

    @app_commands.command(name="next", description="The next session to start, and what is on")
    @described(kind="Only sessions of this kind, e.g. keynotes or posters")
    @app_commands.choices(kind=GROUP_CHOICES)
    async def next_session(
        self, interaction: discord.Interaction, kind: app_commands.Choice[str] | None = None
    ) -> None:
        await self._now_and_next(interaction, Group(kind.value) if kind is not None else None)

    async def _now_and_next(self, interaction: discord.Interaction, group: Group | None) -> None:
        """/now and /next give the one answer, what is on and what comes next; /next can keep
        to one kind of session."""
        await self.bot.reply_with_embed(
            interaction,
            lambda db: answers.now_and_next(
                db,
                self.bot.conference_for(interaction),
                self.bot.clock,
                group,
                reader_language(interaction),
            ),
        )

    @app_commands.command(name="keynotes", description="All keynotes and debates")
    async def keynotes(self, interaction: discord.Interaction) -> None:
        await self.bot.reply_with_embed(
            interaction,
            lambda db: answers.keynotes(
                db, self.bot.conference_for(interaction), reader_language(interaction)
            ),
        )

    @app_commands.command(name="posters", description="Poster sessions and their topics")
    @described(day="A day, e.g. Wednesday (default: every day)")
    @app_commands.autocomplete(day=day_autocomplete)
    async def posters(self, interaction: discord.Interaction, day: DayText | None = None) -> None:
        await self.bot.reply_with_embed(
            interaction,
            lambda db: answers.posters(
                db,
                self.bot.conference_for(interaction),
                self.bot.clock,
                day,
                reader_language(interaction),
            ),
        )

    @app_commands.command(name="session", description="One session: time, room, topics, papers")
    @described(name="The session's name (start typing to pick one)")
    @app_commands.autocomplete(name=session_autocomplete)
    async def session(self, interaction: discord.Interaction, name: NameText) -> None:
        conf = self.bot.conference_for(interaction)
        async with self.bot.store.sessions() as db:
            detail = await service.session_detail(db, conf, name)
        language = reader_language(interaction)
        view = session_buttons(conf, detail, language)
        embed = render.session_embed(conf, detail, language)
        await send(interaction, embed=embed, view=view)

    @app_commands.command(name="topic", description="Sessions and papers on a topic")
    @described(query="A topic, e.g. reinforcement learning (start typing to pick)")
    @app_commands.autocomplete(query=topic_autocomplete)
    async def topic(self, interaction: discord.Interaction, query: NameText) -> None:
        await self.bot.reply_with_embed(
            interaction,
            lambda db: answers.topic(
                db,
                self.bot.conference_for(interaction),
                query,
                language=reader_language(interaction),
            ),
        )


async def setup(bot: ConfBot) -> None:
    await bot.add_cog(Programme(bot))
