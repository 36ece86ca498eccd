"""Calendar files as a calendar app reads them: the icalendar library parses them back to the
same sessions at the same instants, with one stable UID each and the venue's time zone."""

from __future__ import annotations

from datetime import UTC, datetime

from icalendar import Calendar  # type: ignore[import-untyped]
from sqlalchemy.ext.asyncio import AsyncSession

from bot.agenda import service
from bot.agenda.calendar import calendar_bytes, calendar_file
from bot.clock import ManualClock
from bot.domain.kinds import Group
from bot.domain.records import ConferenceView
from tests.conftest import venue_time

STAMP = datetime(2019, 5, 7, 13, 30, tzinfo=UTC)


async def agenda_file(db: AsyncSession, conf: ConferenceView, *targets: str) -> Calendar:
    clock = ManualClock(venue_time("2019-05-07T08:30"))
    for target in targets:
        await service.add(db, conf, clock, 7, target)
    sessions = await service.sessions(db, conf, 7)
    return Calendar.from_ical(calendar_bytes(conf, sessions, "My agenda", STAMP))


async def test_events_come_back_with_their_utc_times_rooms_and_titles(
    db: AsyncSession, conf: ConferenceView
) -> None:
    calendar = await agenda_file(db, conf, "session:tue-posters-morning", "session:tue-expo")
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    posters = events["Poster session: GANs"]
    assert posters.decoded("dtstart").astimezone(UTC) == datetime(2019, 5, 7, 16, tzinfo=UTC)
    assert posters.decoded("dtend").astimezone(UTC) == datetime(2019, 5, 7, 18, tzinfo=UTC)
    assert str(posters["location"]) == "Great Hall BC"
    assert str(posters["status"]) == "CONFIRMED"
    assert len(events) == 2


async def test_the_venue_zone_travels_with_the_file(db: AsyncSession, conf: ConferenceView) -> None:
    calendar = await agenda_file(db, conf, "session:tue-posters-morning")
    zones = [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")]
    assert zones == ["America/Chicago"]
    event = calendar.walk("VEVENT")[0]
    assert event["dtstart"].params["TZID"] == "America/Chicago"


async def test_uids_are_the_same_in_every_export(db: AsyncSession, conf: ConferenceView) -> None:
    first = await agenda_file(db, conf, "session:tue-expo")
    again = await agenda_file(db, conf, "session:tue-keynote-morning")
    uids = {str(e["summary"]): str(e["uid"]) for e in again.walk("VEVENT")}
    expo = "Industry expo: Google AI on machine learning for musical creativity"
    assert uids[expo] == str(first.walk("VEVENT")[0]["uid"])
    assert len(set(uids.values())) == 2


async def test_approximate_times_are_tentative_and_say_so(
    db: AsyncSession, conf: ConferenceView
) -> None:
    calendar = await agenda_file(db, conf, "session:tue-keynote-morning")
    keynote = calendar.walk("VEVENT")[0]
    assert str(keynote["status"]) == "TENTATIVE"
    description = str(keynote["description"])
    assert "Approximate time" in description
    assert "Speakers: Emily Shuckburgh" in description


async def test_the_programme_of_one_kind(db: AsyncSession, conf: ConferenceView) -> None:
    keynotes = await service.programme_sessions(db, conf, Group.KEYNOTE)
    calendar = Calendar.from_ical(calendar_bytes(conf, keynotes, "Keynotes", STAMP))
    summaries = [str(e["summary"]) for e in calendar.walk("VEVENT")]
    assert "Invited talk: Ian Goodfellow" in summaries
    assert all(e["categories"].cats[0] in ("Keynote", "Debate") for e in calendar.walk("VEVENT"))
    everything = await service.programme_sessions(db, conf, None)
    assert len(everything) > len(keynotes)


async def test_a_session_with_a_page_links_to_it(db: AsyncSession, conf: ConferenceView) -> None:
    calendar = await agenda_file(db, conf, "session:thu-keynote-morning")
    event = calendar.walk("VEVENT")[0]
    assert str(event["url"]) == "https://iclr.cc/Conferences/2019/Schedule?showEvent=1147"


async def test_a_file_that_would_be_too_large_stops_at_the_limit_and_still_reads(
    db: AsyncSession, conf: ConferenceView
) -> None:
    everything = await service.programme_sessions(db, conf, None)
    whole = calendar_file(conf, everything, "Programme", STAMP)
    cut = calendar_file(conf, everything, "Programme", STAMP, limit=len(whole.data) // 2)
    assert whole.sessions == len(everything)
    assert 0 < cut.sessions < len(everything)
    assert len(cut.data) <= len(whole.data) // 2
    calendar = Calendar.from_ical(cut.data)
    titles = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert titles == [session.title for session in everything[: cut.sessions]]
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["America/Chicago"]
