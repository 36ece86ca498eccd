"""Agenda reminders through the real dispatcher: one setting reminds its owner by DM before
everything on their agenda, once per session, following what is added or removed later; and a
session that moves is announced to everyone who has it on their agenda."""

from __future__ import annotations

from bot.app import ConfBot
from bot.clock import ManualClock
from bot.imports.changes import seed
from bot.imports.packaged import load_data
from bot.offline import OfflineDiscord
from tests.cogs.conftest import ATTENDEE, OTHER_ATTENDEE, embed_text, only_reply, text_of
from tests.datacopy import DataCopy
from tests.reminders.conftest import StartBot, Venue, at, dms, remind

KEYNOTE, POSTERS, EXPO = "tue-keynote-morning", "tue-posters-morning", "tue-expo"


async def agenda(
    offline: OfflineDiscord, sub: str, user: object = ATTENDEE, **options: object
) -> str:
    sent = await offline.slash(user, f"agenda {sub}", options)  # type: ignore[arg-type]
    reply = only_reply(sent)
    assert reply.ephemeral
    return text_of([reply])


def reminded(offline: OfflineDiscord) -> list[str]:
    """The session title of every reminder DM, in the order they arrived."""
    return [embed_text(s.embeds[0]).splitlines()[0] for s in dms(offline)]


async def test_every_agenda_item_is_reminded_once_and_later_changes_are_followed(
    start_bot: StartBot, clock: ManualClock, venue: Venue
) -> None:
    offline = await start_bot(clock)
    await agenda(offline, "add", target=f"session:{KEYNOTE}")
    text = await agenda(offline, "remind", minutes=10)
    assert "10 minutes before everything on your agenda" in text
    assert "1 reminder planned" in text
    await agenda(offline, "add", target=f"session:{POSTERS}")
    await agenda(offline, "add", target=f"session:{EXPO}")
    await agenda(offline, "remove", target=f"session:{EXPO}")

    await at(offline, clock, venue("2019-05-07T08:50"))
    await at(offline, clock, venue("2019-05-07T08:55"))
    assert reminded(offline) == ["Invited talk: Emily Shuckburgh"]
    assert "/agenda remind minutes:0" in text_of(dms(offline))
    await at(offline, clock, venue("2019-05-07T10:50"))
    await at(offline, clock, venue("2019-05-07T12:50"))
    assert reminded(offline) == ["Invited talk: Emily Shuckburgh", "Poster session: GANs"]


async def test_turning_it_off_stops_what_was_planned(
    start_bot: StartBot, clock: ManualClock, venue: Venue
) -> None:
    offline = await start_bot(clock)
    await agenda(offline, "add", target=f"session:{KEYNOTE}")
    await agenda(offline, "remind", minutes=10)
    assert "Agenda reminders off" in await agenda(offline, "remind", minutes=0)
    await at(offline, clock, venue("2019-05-07T09:30"))
    assert dms(offline) == []


async def test_a_subscription_and_the_agenda_asking_for_the_same_send_one_dm(
    start_bot: StartBot, clock: ManualClock, venue: Venue
) -> None:
    offline = await start_bot(clock)
    await remind(offline, f"session:{KEYNOTE}", minutes=10)
    await agenda(offline, "add", target=f"session:{KEYNOTE}")
    await agenda(offline, "remind", minutes=10)
    await agenda(offline, "remove", target=f"session:{KEYNOTE}")
    await agenda(offline, "add", target=f"session:{KEYNOTE}")
    await at(offline, clock, venue("2019-05-07T08:50"))
    await at(offline, clock, venue("2019-05-07T09:10"))
    assert reminded(offline) == ["Invited talk: Emily Shuckburgh"]


async def test_a_moved_session_is_announced_once_to_each_agenda_holder(
    start_bot: StartBot, clock: ManualClock, venue: Venue, data_copy: DataCopy
) -> None:
    offline = await start_bot(clock)
    await agenda(offline, "add", target=f"session:{POSTERS}")
    await agenda(offline, "remind", minutes=10)
    await remind(offline, f"session:{POSTERS}", minutes=10)
    await agenda(offline, "add", OTHER_ATTENDEE, target=f"session:{POSTERS}")
    bot = offline.bot
    assert isinstance(bot, ConfBot)

    data_copy.set_field(POSTERS, "start", "2019-05-07T13:00:00")
    data_copy.set_field(POSTERS, "end", "2019-05-07T15:00:00")
    await seed(bot.store.sessions, load_data(data_copy.folder))
    assert await bot.refresh_conferences()
    await bot.settle()

    notices = dms(offline)
    assert sorted(s.recipient_id or 0 for s in notices) == sorted(
        [ATTENDEE.id, OTHER_ATTENDEE.id]
    ), "one notice per person, with or without a reminder"
    assert all("moved from 11:00 to 13:00" in embed_text(s.embeds[0]) for s in notices)

    await at(offline, clock, venue("2019-05-07T12:50"))
    assert [s.recipient_id for s in dms(offline)[2:]] == [ATTENDEE.id]
