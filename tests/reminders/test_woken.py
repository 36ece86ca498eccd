"""What reminders are planned from wakes the dispatcher by being written: a subscription, an
agenda, a server's announcements written through the features' own functions, with nobody
telling the bot, wake it all the same."""

from __future__ import annotations

from bot.agenda import service as agenda
from bot.clock import ManualClock
from bot.domain.reminders import Via
from bot.offline import OfflineDiscord
from bot.reminders import announcements, subscriptions
from tests.reminders.conftest import StartBot

USER, GUILD, CHANNEL = 4242, 5, 6


async def _woken(offline: OfflineDiscord) -> int:
    assert offline.bot.dispatcher is not None
    return offline.bot.dispatcher.wakes


async def test_a_subscription_written_by_the_service_wakes_the_dispatcher(
    start_bot: StartBot, clock: ManualClock
) -> None:
    offline = await start_bot(clock)
    before = await _woken(offline)
    async with offline.bot.store.sessions() as db:
        await subscriptions.subscribe(
            db,
            offline.bot.conference,
            clock,
            user_id=USER,
            guild_id=GUILD,
            channel_id=CHANNEL,
            target_text="keynotes",
            minutes=10,
            via=Via.DM,
        )
    assert await _woken(offline) == before + 1


async def test_an_agenda_and_announcements_written_by_their_services_wake_it(
    start_bot: StartBot, clock: ManualClock
) -> None:
    offline = await start_bot(clock)
    before = await _woken(offline)
    conf = offline.bot.conference
    async with offline.bot.store.sessions() as db:
        await agenda.add(db, conf, clock, USER, "tue-keynote-afternoon")
    async with offline.bot.store.sessions() as db:
        await agenda.set_reminder(db, conf, clock, USER, 10)
    async with offline.bot.store.sessions() as db:
        await announcements.setup(db, conf, clock, guild_id=GUILD, channel_id=CHANNEL, role_id=None)
    assert await _woken(offline) == before + 3
