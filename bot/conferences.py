"""The conferences being served: the bot's default, and the one each server chose. Shared by
every feature (each answer is about one conference), so it is wired by the app, not a feature.

Kept in memory (every answer needs its conference, and a lookup must cost nothing) and reloaded
when the store's revisions move, so an import done by another process reaches a running bot
without a restart.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.errors import NotFound
from bot.domain.records import ConferenceView
from bot.store.convert import conference_view
from bot.store.dialect import upsert
from bot.store.models import Conference, GuildConference, GuildSettings


async def get_conference(db: AsyncSession, slug: str) -> ConferenceView:
    """The conference named in the settings; NotFound lists the ones the store has."""
    row = await db.scalar(select(Conference).where(Conference.slug == slug))
    if row is None:
        known = list(await db.scalars(select(Conference.slug)))
        raise NotFound("conference", slug, known)
    return conference_view(row)


class ConferenceBook:
    """Which conference answers where. `load` before use; `reload` when revisions may have
    moved (True when anything did)."""

    def __init__(self, default: ConferenceView) -> None:
        self.default = default
        self._by_id: dict[int, ConferenceView] = {default.id: default}
        self._guilds: dict[int, int] = {}
        self._revisions: dict[int, int] = {}

    def all(self) -> list[ConferenceView]:
        return list(self._by_id.values())

    def by_id(self, conference_id: int) -> ConferenceView:
        return self._by_id.get(conference_id, self.default)

    def by_slug(self, slug: str) -> ConferenceView | None:
        return next((conf for conf in self._by_id.values() if conf.slug == slug), None)

    def revision_of(self, conference_id: int) -> int | None:
        """The conference's revision as last read from the store; None before the first
        `reload`. Lets answers that keep things in memory skip asking the store each time."""
        return self._revisions.get(conference_id)

    def for_guild(self, guild_id: int | None) -> ConferenceView:
        """The server's chosen conference; the default in DMs and servers that chose none."""
        chosen = self._guilds.get(guild_id) if guild_id is not None else None
        return self._by_id.get(chosen, self.default) if chosen is not None else self.default

    async def reload(self, db: AsyncSession) -> bool:
        rows = list(await db.scalars(select(Conference).order_by(Conference.slug)))
        revisions = {row.id: row.revision for row in rows}
        chosen = await db.execute(select(GuildConference.guild_id, GuildConference.conference_id))
        guilds = {guild_id: conference_id for guild_id, conference_id in chosen}
        changed = revisions != self._revisions or guilds != self._guilds
        self._by_id = {row.id: conference_view(row) for row in rows}
        self.default = self._by_id.get(self.default.id, self.default)
        self._revisions, self._guilds = revisions, guilds
        return changed

    async def follow(
        self, db: AsyncSession, guild_id: int, slug: str, now: datetime
    ) -> ConferenceView:
        """Make a server follow conference `slug`; NotFound lists the ones there are."""
        chosen = self.by_slug(slug)
        if chosen is None:
            raise NotFound("conference", slug, [conf.slug for conf in self.all()])
        values = {"guild_id": guild_id, "conference_id": chosen.id, "updated_at": now}
        statement = upsert(db, GuildConference).values(values)
        await db.execute(
            statement.on_conflict_do_update(
                index_elements=["guild_id"],
                set_={"conference_id": chosen.id, "updated_at": now},
            )
        )
        await db.execute(
            update(GuildSettings)
            .where(GuildSettings.guild_id == guild_id)
            .values(conference_id=chosen.id)
        )
        await db.commit()
        self._guilds[guild_id] = chosen.id
        return chosen
