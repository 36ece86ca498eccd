"""Publishing a plan to a server's Events tab with discord.py, one event at a time.

Each event done is recorded at once, so a run stopped half-way (a lost permission, an outage)
knows what it did and the next run goes on from there. An event Discord made whose record was
never written (the answer to the create was lost, the process stopped, the store failed) is a
stray: the bot made it and recorded it nowhere. The next publish adopts a stray that shows a
session it is about to create, instead of making a duplicate, and /events clear deletes the
others. Deletions go first, to free places
under Discord's limit of 100 scheduled events per server; what does not fit is counted, not
tried, and a refusal of one event is reported without stopping the others.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import discord
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.background import Stopping
from bot.discord import limits
from bot.discord.reader import server_language
from bot.domain.errors import N_, StorageFailure
from bot.domain.kinds import Group
from bot.domain.records import ConferenceView
from bot.events import persistence as store
from bot.events import service
from bot.events.service import Draft

if TYPE_CHECKING:
    from bot.app import ConfBot

log = logging.getLogger(__name__)

FOLLOW_RETRIES = (30.0, 120.0, 600.0)
"""Seconds before each further try of events that did not follow a re-import; the last is
repeated until they have."""
TOO_MANY_EVENTS = 30038
"""Discord's JSON error code for "Maximum number of guild scheduled events reached (100)"."""


REFUSALS = {
    403: N_("{name}: the bot lacks the Manage Events permission here"),
    404: N_("{name}: Discord no longer has that event"),
    400: N_("{name}: Discord found the event's details invalid (error {code})"),
    429: N_("{name}: Discord asked the bot to slow down; run it again later"),
}
"""Why Discord refused an event, by HTTP status, in the bot's words: Discord's own text is
English whatever the reader's language."""
UNAVAILABLE = N_("{name}: Discord was unavailable (HTTP {status}); run it again later")
REFUSED = N_("{name}: Discord refused it (HTTP {status}, error {code})")


@dataclass(frozen=True)
class Refusal:
    """One event Discord refused, and the sentence saying why."""

    name: str
    message: str
    status: int
    code: int

    def __str__(self) -> str:
        """The English sentence, for the log."""
        return self.message.format(name=self.name, status=self.status, code=self.code)


def refusal(name: str, error: discord.HTTPException) -> Refusal:
    """`error` as a sentence a reader in any language can be shown."""
    message = REFUSALS.get(error.status, UNAVAILABLE if error.status >= 500 else REFUSED)
    return Refusal(name, message, error.status, error.code)


@dataclass
class Report:
    """What one run did, for the reply."""

    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    started: int = 0
    over_limit: int = 0
    failed: list[Refusal] = field(default_factory=list)


async def publish(
    bot: ConfBot,
    guild: discord.Guild,
    conf: ConferenceView,
    groups: tuple[Group, ...] | None,
) -> Report:
    """Make the server's events match the programme. With ``groups`` (from /events publish)
    the sessions of those groups are published and others the bot published are removed;
    with None (after a re-import) only what was published follows its session."""
    async with bot.store.sessions() as db:
        wanted = await service.drafts(db, conf, groups, server_language(guild))
        done = await service.published(db, guild.id, conf)
        recorded = await store.event_ids(db, guild.id)
    existing = {event.id: event for event in await guild.fetch_scheduled_events()}
    strays = {_key(e.name, e.start_time): e for e in _strays(bot, existing.values(), recorded)}
    alive = [item for item in done if item.event_id in existing]
    plan = service.plan(wanted, alive, bot.clock.now(), create=groups is not None)
    report = Report(unchanged=plan.unchanged, started=plan.started)
    async with bot.store.sessions() as db:
        for gone in (item for item in done if item.event_id not in existing):
            await store.forget(db, guild.id, conf.id, gone.session_slug)
        for item in plan.delete:
            if await _deleted(report, item.session_slug, existing[item.event_id]):
                await store.forget(db, guild.id, conf.id, item.session_slug)
                report.deleted += 1
        for item, target in plan.update:
            try:
                await _edit(existing[item.event_id], target)
            except discord.HTTPException as error:
                report.failed.append(refusal(target.name, error))
                continue
            await _save(db, bot, guild, conf, target, item.event_id)
            report.updated += 1
        missing = []
        for target in plan.create:
            stray = strays.pop(_key(target.name, target.starts_at), None)
            if stray is None:
                missing.append(target)
            elif await _adopted(report, stray, target):
                await _save(db, bot, guild, conf, target, stray.id)
        room = limits.SCHEDULED_EVENTS - (len(existing) - report.deleted)
        await _create_all(db, bot, guild, conf, report, missing, room)
    return report


async def _create_all(
    db: AsyncSession,
    bot: ConfBot,
    guild: discord.Guild,
    conf: ConferenceView,
    report: Report,
    targets: list[Draft],
    room: int,
) -> None:
    """Create and record each, soonest first, while the server has room for them."""
    for number, target in enumerate(targets):
        if number >= room:
            report.over_limit = len(targets) - number
            return
        try:
            created = await _create(guild, target)
        except discord.HTTPException as error:
            if error.code == TOO_MANY_EVENTS:
                report.over_limit = len(targets) - number
                return
            report.failed.append(refusal(target.name, error))
            continue
        try:
            await _save(db, bot, guild, conf, target, created.id)
        except Exception:
            # Unrecorded, the event would be a stray: take it back while we can.
            await _deleted(report, target.name, created)
            raise
        report.created += 1


def _key(name: str, starts_at: datetime) -> tuple[str, datetime]:
    """What ties a stray to the session it was made for: the name and start it was given."""
    return name, starts_at


def _strays(
    bot: ConfBot, events: Iterable[discord.ScheduledEvent], recorded: set[int]
) -> list[discord.ScheduledEvent]:
    """The events this bot made here and recorded under no conference."""
    mine = bot.user.id if bot.user is not None else None
    return [event for event in events if event.creator_id == mine and event.id not in recorded]


async def _adopted(report: Report, stray: discord.ScheduledEvent, target: Draft) -> bool:
    """Take a stray on as the event of `target`, sent again if it shows anything else."""
    shows = (stray.description, stray.location, stray.end_time)
    if shows == (target.description, target.location, target.ends_at):
        report.unchanged += 1
        return True
    try:
        await _edit(stray, target)
    except discord.HTTPException as error:
        report.failed.append(refusal(target.name, error))
        return False
    report.updated += 1
    return True


async def clear(bot: ConfBot, guild: discord.Guild, conf: ConferenceView) -> Report:
    """Delete every event the bot published here for this conference, and its strays (no
    other event: not a member's, nor one the bot recorded for another conference)."""
    async with bot.store.sessions() as db:
        done = await service.published(db, guild.id, conf)
        recorded = await store.event_ids(db, guild.id)
        existing = {event.id: event for event in await guild.fetch_scheduled_events()}
        report = Report()
        for item in done:
            event = existing.get(item.event_id)
            if event is None or await _deleted(report, item.session_slug, event):
                await store.forget(db, guild.id, conf.id, item.session_slug)
                report.deleted += event is not None
        for stray in _strays(bot, existing.values(), recorded):
            report.deleted += await _deleted(report, stray.name, stray)
    return report


async def follow_until_done(bot: ConfBot, stopping: Stopping) -> None:
    """After a re-import, or a start: the published events follow the programme, tried again
    after each of FOLLOW_RETRIES and then every last one of them, for as long as some
    server's could not (until the bot stops). The import is recorded as applied already, so
    nothing else would bring a moved session's event along later."""
    waits = itertools.chain(FOLLOW_RETRIES, itertools.repeat(FOLLOW_RETRIES[-1]))
    while not await follow(bot):
        wait = next(waits)
        log.warning("scheduled events did not all follow the programme; trying again in %gs", wait)
        if await stopping.pause(wait):
            return


async def follow(bot: ConfBot) -> bool:
    """In every server with published events, they follow the programme; False when some
    could not (Discord or the store failed), so the caller tries again."""
    complete = True
    for conf in bot.all_conferences():
        try:
            async with bot.store.sessions() as db:
                guild_ids = await service.following_guilds(db, conf)
        except StorageFailure:
            return False  # the store's health has logged the outage, once
        for guild_id in guild_ids:
            guild = bot.get_guild(guild_id)
            if guild is None:
                continue
            try:
                report = await publish(bot, guild, conf, None)
            except StorageFailure:
                complete = False
                continue
            except (discord.HTTPException, OperationalError):
                log.exception("scheduled events of guild %s did not follow a re-import", guild_id)
                complete = False
                continue
            for problem in report.failed:
                log.warning("scheduled event in guild %s not updated: %s", guild_id, problem)
            complete = complete and not report.failed
    return complete


async def _deleted(report: Report, what: str, event: discord.ScheduledEvent) -> bool:
    """Deleted now, or gone already (someone deleted it by hand): either way not there."""
    try:
        await event.delete()
    except discord.NotFound:
        return True
    except discord.HTTPException as error:
        report.failed.append(refusal(what, error))
        return False
    return True


async def _edit(event: discord.ScheduledEvent, target: Draft) -> discord.ScheduledEvent:
    return await event.edit(**_shown(target))


async def _create(guild: discord.Guild, target: Draft) -> discord.ScheduledEvent:
    return await guild.create_scheduled_event(**_shown(target))


def _shown(target: Draft) -> dict[str, Any]:
    """What Discord is told of a session's event, the same whether it is made or brought up to
    date: an external event at the session's room, seen by the server's members only."""
    return {
        "name": target.name,
        "description": target.description,
        "start_time": target.starts_at,
        "end_time": target.ends_at,
        "entity_type": discord.EntityType.external,
        "location": target.location,
        "privacy_level": discord.PrivacyLevel.guild_only,
    }


async def _save(
    db: AsyncSession,
    bot: ConfBot,
    guild: discord.Guild,
    conf: ConferenceView,
    target: Draft,
    event_id: int,
) -> None:
    await store.save(
        db,
        guild.id,
        conf.id,
        target.slug,
        event_id=event_id,
        digest=target.digest,
        starts_at=target.starts_at,
        now=bot.clock.now(),
    )
