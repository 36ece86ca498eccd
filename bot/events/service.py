"""What a server's Events tab should hold for a conference, against what the bot published
there: which events to create, which to send again, which to delete.

Plain code over the store. A session becomes an external event at its room; one that has
already started cannot be created or moved (Discord refuses a start in the past), so it is
counted rather than tried.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.agenda import service as agenda
from bot.discord import limits
from bot.discord.literal import links_shown, literal, literals
from bot.discord.words import kind_label
from bot.domain.kinds import Group, kinds_of
from bot.domain.records import ConferenceView, SessionView
from bot.events import persistence as store
from bot.events.persistence import Published
from bot.i18n.catalogues import translate
from bot.i18n.languages import Language

PUBLISHED_GROUPS = (Group.KEYNOTE, Group.POSTER)
"""What /events publish publishes unless told otherwise."""


@dataclass(frozen=True)
class Draft:
    """One session as a scheduled event, inside Discord's limits."""

    slug: str
    name: str
    description: str
    location: str
    starts_at: datetime
    ends_at: datetime

    @property
    def digest(self) -> str:
        """Changes whenever anything the event shows changes (time, room, title, text)."""
        parts = (self.name, self.description, self.location, self.starts_at, self.ends_at)
        return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()


@dataclass(frozen=True)
class Plan:
    create: tuple[Draft, ...]
    update: tuple[tuple[Published, Draft], ...]
    delete: tuple[Published, ...]
    unchanged: int
    started: int
    """Sessions left alone because they have begun: Discord takes no start in the past."""


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def draft(
    conf: ConferenceView, session: SessionView, language: Language = Language.ENGLISH
) -> Draft:
    """A session as the server's Events tab shows it, in the server's language (`language`);
    the conference's own text (titles, names, topics, description) as it gives it."""
    assert session.starts_at is not None
    assert session.ends_at is not None
    lines = [f"{kind_label(session.kind, language)} · {conf.name}"]
    if session.approximate:
        lines.append(translate(language, "The time is approximate: no schedule confirms it."))
    if session.talk_title:
        lines.append(literal(session.talk_title))
    speakers = [name for name, _ in session.people]
    if speakers:
        lines.append(", ".join(literals(speakers)))
    if session.topics:
        # Sorted: the store gives a session's topics in no set order, and the digest of an
        # unchanged session must not change.
        topics = ", ".join(literals(sorted(session.topics)))
        lines.append(translate(language, "Topics: {topics}", topics=topics))
    if session.description:
        lines.append(links_shown(session.description))
    if session.url:
        lines.append(session.url)
    return Draft(
        slug=session.slug,
        name=_clip(session.title, limits.EVENT_NAME),
        description=_clip("\n".join(lines), limits.EVENT_DESCRIPTION),
        location=_clip(session.room or conf.venue, limits.EVENT_LOCATION),
        starts_at=session.starts_at,
        ends_at=session.ends_at,
    )


async def drafts(
    db: AsyncSession,
    conf: ConferenceView,
    groups: Iterable[Group] | None,
    language: Language = Language.ENGLISH,
) -> list[Draft]:
    """The live, timed sessions of these groups (every kind with None) as events."""
    kinds = None if groups is None else [kind for group in groups for kind in kinds_of(group)]
    found = await agenda.sessions_of_kinds(db, conf.id, kinds)
    return [draft(conf, session, language) for session in found]


async def published(db: AsyncSession, guild_id: int, conf: ConferenceView) -> list[Published]:
    return await store.published(db, guild_id, conf.id)


def plan(wanted: list[Draft], done: list[Published], now: datetime, *, create: bool = True) -> Plan:
    """Compare. Published events whose session is gone (cancelled, retired, or no longer of
    the kinds asked for) are deleted; changed ones sent again; with ``create``, missing ones
    made, soonest first."""
    by_slug = {item.slug: item for item in wanted}
    known = {item.session_slug for item in done}
    update, delete, unchanged, started = [], [], 0, 0
    for item in done:
        target = by_slug.get(item.session_slug)
        if target is None:
            delete.append(item)
        elif target.digest == item.digest:
            unchanged += 1
        elif target.starts_at <= now or item.starts_at <= now:
            started += 1
        else:
            update.append((item, target))
    missing = [item for item in wanted if item.slug not in known] if create else []
    fresh = tuple(item for item in missing if item.starts_at > now)
    return Plan(fresh, tuple(update), tuple(delete), unchanged, started + len(missing) - len(fresh))


async def following_guilds(db: AsyncSession, conf: ConferenceView) -> list[int]:
    """Servers with events of this conference: after a re-import their events follow."""
    return await store.guilds_with_events(db, conf.id)
