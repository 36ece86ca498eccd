"""Building a ready bot for an entry point (`confbot run`, `sync`, the console): the store
opened (created, migrated, seeded from the conferences in data/) and the bot built around it."""

from __future__ import annotations

from bot.app import ConfBot, ShardedConfBot, make_clock
from bot.clock import Clock
from bot.conferences import get_conference
from bot.imports.packaged import open_store
from bot.settings import Settings


async def create_bot(
    settings: Settings, clock: Clock | None = None, *, deliver: bool = True
) -> ConfBot:
    """Open (create, migrate, seed) the store and build the bot around it: sharded when
    CONFBOT_SHARDS is set."""
    store = await open_store(settings.database_url, settings.data_dir)
    try:
        async with store.sessions() as db:
            conference = await get_conference(db, settings.conference)
    except BaseException:
        await store.close()
        raise
    kind = ConfBot if settings.shards is None else ShardedConfBot
    return kind(settings, store, clock or make_clock(settings), conference, deliver=deliver)
