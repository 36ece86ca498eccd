"""/agenda and /calendar through the real command tree: private replies, clash warnings with
both sessions' times, the day in order, calendar files as attachments, autocomplete that fits
Discord, and only ever your own agenda."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from icalendar import Calendar  # type: ignore[import-untyped]

from bot.clock import ManualClock
from bot.offline import OfflineDiscord, OfflineUser, OptionError, Sent
from tests.cogs.conftest import ATTENDEE, ORGANISER, OTHER_ATTENDEE, only_reply, text_of

Venue = Callable[[str], datetime]
EXPO = "Industry expo: Google AI on machine learning for musical creativity"


@pytest.fixture
def clock(venue: Venue) -> ManualClock:
    """Tuesday 7 May 2019, 08:30: the whole day is still ahead."""
    return ManualClock(venue("2019-05-07T08:30"))


async def agenda(
    offline: OfflineDiscord, sub: str, user: OfflineUser = ATTENDEE, **options: object
) -> Sent:
    reply = only_reply(await offline.slash(user, f"agenda {sub}", options))
    assert reply.ephemeral, "agenda replies are private"
    return reply


async def say(offline: OfflineDiscord, sub: str, **options: object) -> str:
    return text_of([await agenda(offline, sub, **options)])


async def test_an_overlap_names_both_sessions_with_their_times(
    offline: OfflineDiscord, venue: Venue
) -> None:
    await say(offline, "add", target="session:tue-expo")
    text = await say(offline, "add", target="session:tue-lunch")
    assert "Added to your agenda: Lunch break" in text
    assert f"⚠ **Lunch break** overlaps **{EXPO}**" in text
    assert text.count("≈ Tue 7 May, 13:00–14:30 CDT (approximate)") == 3
    start = int(venue("2019-05-07T13:00").timestamp())
    end = int(venue("2019-05-07T14:30").timestamp())
    assert f"<t:{start}:t> your time, until <t:{end}:t>" in text


async def test_show_lists_the_day_in_order_with_now_next_and_clashes(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue
) -> None:
    for slug in ("tue-lunch", "tue-keynote-morning", "tue-posters-morning", "tue-expo"):
        await say(offline, "add", target=f"session:{slug}")
    clock.set(venue("2019-05-07T11:30"))
    embed = (await agenda(offline, "show")).embeds[0]
    assert embed["title"] == "Your agenda — Tuesday 7 May"
    lines = [line for line in embed["description"].splitlines() if not line.startswith("  ")]
    assert lines[0] == "*1 earlier item is over.*", "what is over is folded into one line"
    assert lines[1].startswith("▶ **now** **11:00–13:00")
    assert lines[1].endswith("Poster session: GANs · Great Hall BC")
    assert lines[2].startswith("⏭ **next** **≈13:00–14:30")
    assert EXPO in lines[2]
    assert "Lunch break" in lines[3], "both start at 13:00; the expo sorts first"
    assert len(lines) == 4
    assert embed["description"].count("⚠ clashes with") == 2
    assert "Emily Shuckburgh" not in embed["description"]


async def test_re_adding_says_it_is_there_and_clear_counts(offline: OfflineDiscord) -> None:
    await say(offline, "add", target="session:tue-expo")
    assert "Already on your agenda" in await say(offline, "add", target="session:tue-expo")
    assert "removed 1 item" in await say(offline, "clear")
    assert "already empty" in await say(offline, "clear")
    assert "Your agenda is empty" in await say(offline, "show")


async def test_unknown_names_get_an_honest_answer(offline: OfflineDiscord) -> None:
    text = await say(offline, "add", target="zzzqqqxx")
    assert "No session or paper matches “zzzqqqxx”." in text
    assert "not on your agenda" in await say(offline, "remove", target="session:tue-expo")


async def test_ics_is_an_attachment_the_icalendar_library_reads_back(
    offline: OfflineDiscord,
) -> None:
    await say(offline, "add", target="session:tue-posters-morning")
    await say(offline, "add", target="session:tue-expo")
    reply = await agenda(offline, "ics")
    assert [file.name for file in reply.files] == ["iclr2019-agenda.ics"]
    assert reply.attachments == ["iclr2019-agenda.ics"]
    calendar = Calendar.from_ical(reply.files[0].data)
    starts = {
        str(e["summary"]): e.decoded("dtstart").astimezone(UTC) for e in calendar.walk("VEVENT")
    }
    assert starts == {
        "Poster session: GANs": datetime(2019, 5, 7, 16, tzinfo=UTC),
        EXPO: datetime(2019, 5, 7, 18, tzinfo=UTC),
    }


async def test_an_empty_agenda_has_no_calendar_file(offline: OfflineDiscord) -> None:
    reply = await agenda(offline, "ics")
    assert reply.files == []
    assert "Your agenda is empty" in text_of([reply])


async def test_each_person_sees_only_their_own_agenda(offline: OfflineDiscord) -> None:
    await say(offline, "add", target="session:tue-expo")
    other = text_of([await agenda(offline, "show", OTHER_ATTENDEE)])
    assert "Your agenda is empty" in other
    choices = await offline.autocomplete(OTHER_ATTENDEE, "agenda remove", {"target": ""}, "target")
    assert choices == []


@pytest.mark.parametrize("typed", ["", "poster", "gan", "x" * 200, "🙂"])
async def test_add_autocomplete_fits_discord(offline: OfflineDiscord, typed: str) -> None:
    choices = await offline.autocomplete(ATTENDEE, "agenda add", {"target": typed}, "target")
    assert len(choices) <= 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)


async def test_remove_autocomplete_offers_what_is_on_your_agenda(offline: OfflineDiscord) -> None:
    await say(offline, "add", target="session:tue-expo")
    choices = await offline.autocomplete(ATTENDEE, "agenda remove", {"target": ""}, "target")
    assert [c["value"] for c in choices] == ["session:tue-expo"]
    assert "Removed" in await say(offline, "remove", target=choices[0]["value"])


async def test_remind_minutes_out_of_range_is_refused_by_the_client(
    offline: OfflineDiscord,
) -> None:
    with pytest.raises(OptionError, match="minutes"):
        await offline.slash(ATTENDEE, "agenda remind", {"minutes": 500})


async def test_calendar_needs_manage_server_at_run_time(offline: OfflineDiscord) -> None:
    offline.grant_to_everyone("calendar")
    refused = only_reply(await offline.slash(ATTENDEE, "calendar", {"kind": "keynote"}))
    assert refused.ephemeral
    assert "Manage Server" in text_of([refused])
    assert refused.files == []


async def test_calendar_sends_one_kind_or_the_whole_programme(offline: OfflineDiscord) -> None:
    keynotes = only_reply(await offline.slash(ORGANISER, "calendar", {"kind": "keynote"}))
    assert [file.name for file in keynotes.files] == ["iclr2019-keynote.ics"]
    events = Calendar.from_ical(keynotes.files[0].data).walk("VEVENT")
    assert events
    assert all(re.match(r"Invited talk|Debate", str(e["summary"])) for e in events)
    whole = only_reply(await offline.slash(ORGANISER, "calendar"))
    assert len(Calendar.from_ical(whole.files[0].data).walk("VEVENT")) > len(events)


async def test_privacy_shows_and_deletes_the_agenda(offline: OfflineDiscord) -> None:
    await say(offline, "add", target="paper:deep-infomax")
    await say(offline, "remind", minutes=15)
    shown = text_of([only_reply(await offline.slash(ATTENDEE, "privacy show"))])
    assert "Agenda items\n2" in shown
    assert "Agenda reminder\non" in shown
    deleted = text_of(
        [only_reply(await offline.slash(ATTENDEE, "privacy delete", {"confirm": True}))]
    )
    assert "2 agenda items, your agenda reminder setting and your language for DMs" in deleted
    assert "Your agenda is empty" in await say(offline, "show")


@pytest.mark.parametrize(
    "typed", ['"', "AND OR NOT (", "*", "session:", "paper:nope", "\x00\x01", "🙂", "%_\\"]
)
async def test_odd_targets_get_a_clear_private_answer(offline: OfflineDiscord, typed: str) -> None:
    for sub in ("add", "remove"):
        reply = await agenda(offline, sub, target=typed)
        assert reply.embeds[0]["title"] == "That did not work"


async def test_a_title_many_sessions_share_adds_the_next_of_them_all(
    offline: OfflineDiscord, clock: ManualClock, venue: Venue
) -> None:
    """Eight coffee breaks share a title: on Thursday morning the next one is Thursday's, the
    seventh in programme order."""
    clock.set(venue("2019-05-09T08:30"))
    text = await say(offline, "add", target="Coffee break")
    assert "Added to your agenda: Coffee break" in text
    assert "Thu 9 May, 10:45–11:00" in text
    assert "Mon 6 May" not in text
