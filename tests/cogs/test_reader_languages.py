"""What nobody asked for at that moment reaches them in their language all the same: channel
announcements in the server's, DM reminders in the one the person last used with the bot,
which /privacy shows and deletes with the rest."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import datetime

import pytest

from bot.app import ConfBot
from bot.clock import ManualClock
from bot.conferences import get_conference
from bot.offline import OfflineDiscord
from bot.settings import Settings
from bot.store.setup import Store
from tests.cogs.conftest import ATTENDEE, ORGANISER, only_reply, text_of

Venue = Callable[[str], datetime]


@pytest.fixture
async def french_server(
    store: Store, clock: ManualClock, database_url: str
) -> AsyncIterator[OfflineDiscord]:
    """The bot on a server whose Community language is French."""
    async with store.sessions() as db:
        conf = await get_conference(db, "iclr2019")
    bot = ConfBot(Settings(database_url=database_url), store, clock, conf)
    harness = OfflineDiscord(bot, guild_locale="fr")
    await harness.start()
    try:
        yield harness
        assert harness.violations == []
        assert harness.unexpected == []
    finally:
        await harness.close()


async def test_announcements_follow_the_servers_language(
    french_server: OfflineDiscord, clock: ManualClock, venue: Venue
) -> None:
    clock.set(venue("2019-05-07T10:30"))
    await french_server.slash(ORGANISER, "announce setup", {"channel": french_server.channel_id})
    clock.set(venue("2019-05-07T10:50"))
    await french_server.bot.settle()
    posts = [sent for sent in french_server.transcript if sent.route == "channel"]
    text = text_of(posts[-1:])
    assert "Poster session: GANs" in text
    assert "commence dans 10 minutes" in text
    assert "Annoncé pour ce serveur" in text
    assert "starts in" not in text


async def test_a_dm_reminder_is_written_in_the_language_last_used(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue
) -> None:
    german = replace(ATTENDEE, locale="de")
    clock.set(venue("2019-05-07T10:30"))
    await offline.slash(german, "remind add", {"target": "Poster session: GANs", "minutes": 10})
    clock.set(venue("2019-05-07T10:50"))
    await offline.bot.settle()
    dms = [sent for sent in offline.transcript if sent.route == "dm"]
    text = text_of(dms[-1:])
    assert "⏰ Erinnerung: **Poster session: GANs** beginnt in 10 Minuten" in text
    assert "Du hast das mit /erinnern hinzufügen bestellt" in text


async def test_privacy_shows_the_kept_language_and_deletes_it(offline: OfflineDiscord) -> None:
    spanish = replace(ATTENDEE, locale="es-ES")
    await offline.slash(spanish, "remind add", {"target": "keynotes"})
    shown = text_of([only_reply(await offline.slash(spanish, "privacy show"))])
    assert "Idioma de los mensajes directos\nes-ES" in shown
    deleted = await offline.slash(spanish, "privacy delete", {"confirm": True})
    assert "tu idioma de los mensajes directos" in text_of([only_reply(deleted)])
    again = text_of([only_reply(await offline.slash(spanish, "privacy show"))])
    assert "Idioma de los mensajes directos\nno se guarda ninguno" in again
