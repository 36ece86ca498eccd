"""An organiser's .ics export becomes a conference: sessions keyed by UID, in the right zone,
with rooms, kinds and topics from its own fields, and nobody's e-mail address."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.domain.imported import Imported, SessionData
from bot.imports.ical import parse_ical
from bot.imports.problems import DataError

FIXTURES = Path(__file__).parent / "fixtures"
LISBON = ZoneInfo("Europe/Lisbon")


def _fixture(name: str) -> Imported:
    return parse_ical((FIXTURES / name).read_text(encoding="utf-8"), name)


@pytest.fixture(scope="module")
def summit() -> Imported:
    return _fixture("with-vtimezone.ics")


def _session(result: Imported, slug: str) -> SessionData:
    return next(session for session in result.conference.sessions if session.slug == slug)


def _calendar(*events: str, header: str = "") -> str:
    """A calendar around the given VEVENT bodies (their properties, one per line)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tests//Hand-written//EN"]
    lines += [line for line in header.strip().splitlines() if line]
    for event in events:
        lines += ["BEGIN:VEVENT", *event.strip().splitlines(), "END:VEVENT"]
    return "\r\n".join([*lines, "END:VCALENDAR", ""])


def _event(uid: str = "talk-1@test.example", summary: str = "A talk", extra: str = "") -> str:
    return "\n".join(
        line
        for line in (
            f"UID:{uid}",
            f"SUMMARY:{summary}",
            "DTSTART:20300402T090000Z",
            "DTEND:20300402T093000Z",
            *extra.strip().splitlines(),
        )
        if line
    )


def _reasons(result: Imported) -> list[str]:
    return [item.reason for item in result.skipped]


def test_the_calendar_becomes_a_two_day_conference_in_its_own_zone(summit: Imported) -> None:
    conference = summit.conference
    assert conference.name == "Harbourlight Systems Summit 2031"
    assert conference.slug == "harbourlight-systems-summit-2031"
    assert (conference.start_date, conference.end_date) == (date(2031, 6, 10), date(2031, 6, 11))
    assert conference.timezone == "Europe/Lisbon"
    assert (conference.city, conference.venue) == ("", "")
    assert conference.details == {"descriptions": "organisers"}, "its descriptions are theirs"
    assert conference.source == "with-vtimezone.ics"
    assert conference.description == "Two days of small robots and large harbours."
    assert conference.papers == ()
    assert {session.timing for session in conference.sessions} == {"verified"}


def test_session_keys_come_from_the_uid(summit: Imported) -> None:
    slugs = [session.slug for session in summit.conference.sessions]
    assert "keynote-tide-harbourlight-example" in slugs
    assert "opening-2031-harbourlight-example" in slugs
    assert len(slugs) == len(set(slugs))


def test_a_retitled_event_keeps_its_key() -> None:
    before = parse_ical(_calendar(_event(summary="Old title")), "a.ics")
    after = parse_ical(_calendar(_event(summary="New title")), "a.ics")
    assert before.conference.sessions[0].slug == after.conference.sessions[0].slug


def test_a_long_uid_is_cut_to_a_hundred_characters() -> None:
    result = parse_ical(_calendar(_event(uid="x" * 300 + "@test.example")), "a.ics")
    assert result.conference.sessions[0].slug == "x" * 100


def test_two_uids_that_differ_only_in_case_stay_two_sessions() -> None:
    result = _fixture("utc-only.ics")
    assert [session.slug for session in result.conference.sessions] == ["qw-talk-1", "qw-talk-1-2"]


def test_times_with_a_tzid_are_local_times_of_that_zone(summit: Imported) -> None:
    keynote = _session(summit, "keynote-tide-harbourlight-example")
    assert keynote.starts_at == datetime(2031, 6, 10, 8, 30, tzinfo=UTC)
    assert keynote.ends_at == datetime(2031, 6, 10, 9, 30, tzinfo=UTC)


def test_utc_times_and_durations_are_read(summit: Imported) -> None:
    closing = _session(summit, "closing-2031-harbourlight-example")
    assert closing.starts_at == datetime(2031, 6, 11, 16, 0, tzinfo=UTC)
    panel = _session(summit, "panel-ethics-harbourlight-example")
    assert panel.ends_at == datetime(2031, 6, 10, 15, 0, tzinfo=LISBON)


def test_a_calendar_in_utc_only_is_named_after_its_file() -> None:
    conference = _fixture("utc-only.ics").conference
    assert (conference.name, conference.slug, conference.timezone) == (
        "utc-only",
        "utc-only",
        "UTC",
    )
    assert (conference.start_date, conference.end_date) == (date(2030, 4, 2), date(2030, 4, 3))


def test_the_operator_may_choose_the_conference_slug() -> None:
    result = parse_ical(_calendar(_event()), "https://host.example/feeds/summit.ics", "my-summit")
    assert result.conference.slug == "my-summit"
    assert result.conference.name == "summit"


def test_a_chosen_slug_that_is_not_a_slug_is_refused() -> None:
    with pytest.raises(DataError) as caught:
        parse_ical(_calendar(_event()), "a.ics", "My Summit")
    assert (caught.value.entry, caught.value.field) == ("conference", "slug")


def test_floating_times_are_in_the_calendars_zone() -> None:
    event = "UID:f@test.example\nSUMMARY:Floating\nDTSTART:20300402T090000\nDTEND:20300402T100000"
    result = parse_ical(_calendar(event, header="X-WR-TIMEZONE:America/Halifax"), "f.ics")
    assert result.conference.sessions[0].starts_at == datetime(
        2030, 4, 2, 9, tzinfo=ZoneInfo("America/Halifax")
    )
    assert result.conference.timezone == "America/Halifax"


def test_floating_times_without_a_calendar_zone_are_utc() -> None:
    event = "UID:f@test.example\nSUMMARY:Floating\nDTSTART:20300402T090000\nDTEND:20300402T100000"
    result = parse_ical(_calendar(event, header="X-WR-TIMEZONE:Harbour/Nowhere"), "f.ics")
    assert result.conference.sessions[0].starts_at == datetime(2030, 4, 2, 9, tzinfo=UTC)
    assert result.conference.timezone == "UTC"


def test_a_zone_of_its_own_keeps_its_offsets_but_the_conference_stays_in_utc() -> None:
    zone = """
BEGIN:VTIMEZONE
TZID:Quillmere Harbour Time
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
"""
    event = (
        "UID:z@test.example\nSUMMARY:Own zone\n"
        "DTSTART;TZID=Quillmere Harbour Time:20300402T090000\n"
        "DTEND;TZID=Quillmere Harbour Time:20300402T100000"
    )
    text = _calendar(event).replace("BEGIN:VEVENT", zone.strip() + "\r\nBEGIN:VEVENT", 1)
    result = parse_ical(text, "z.ics")
    assert result.conference.sessions[0].starts_at == datetime(2030, 4, 2, 12, tzinfo=UTC)
    assert result.conference.timezone == "UTC"


def test_locations_become_rooms(summit: Imported) -> None:
    rooms = {room.slug: room.name for room in summit.conference.rooms}
    assert rooms == {
        "main-hall": "Main Hall",
        "foyer": "Foyer",
        "room-2": "Room 2",
        "hall-b": "Hall B",
        "terrace": "Terrace",
    }
    assert _session(summit, "panel-ethics-harbourlight-example").room == "room-2"
    assert _fixture("utc-only.ics").conference.sessions[0].room is None


@pytest.mark.parametrize(
    ("slug", "kind"),
    [
        ("opening-2031-harbourlight-example", "opening"),
        ("keynote-tide-harbourlight-example", "keynote"),
        ("coffee-harbourlight-example-20310610t1030", "break"),
        ("lunch-harbourlight-example-20310610t1230", "meal"),
        ("panel-ethics-harbourlight-example", "debate"),
        ("posters-day1-harbourlight-example", "poster"),
        ("closing-2031-harbourlight-example", "closing"),
    ],
)
def test_a_category_that_names_a_kind_gives_the_kind(
    summit: Imported, slug: str, kind: str
) -> None:
    assert _session(summit, slug).kind == kind


@pytest.mark.parametrize(
    ("category", "kind"),
    [("Workshop", "workshop"), ("Social", "social"), ("Debate", "debate"), ("Robots", "talk")],
)
def test_other_kinds_and_the_default(category: str, kind: str) -> None:
    result = parse_ical(_calendar(_event(extra=f"CATEGORIES:{category}")), "a.ics")
    assert result.conference.sessions[0].kind == kind


def test_an_event_without_categories_is_a_talk() -> None:
    assert _fixture("utc-only.ics").conference.sessions[0].kind == "talk"


def test_the_other_categories_are_topics_named_once(summit: Imported) -> None:
    assert [topic.name for topic in summit.conference.topics] == ["Robotics", "Ethics"]
    assert _session(summit, "posters-day1-harbourlight-example").topics == ("Robotics",)
    assert _session(summit, "keynote-tide-harbourlight-example").topics == ("Robotics",)
    assert _session(summit, "opening-2031-harbourlight-example").topics == ()


def test_a_title_in_capitals_is_shown_in_title_case_with_its_acronyms(summit: Imported) -> None:
    keynote = _session(summit, "keynote-tide-harbourlight-example")
    assert keynote.title == "Robust SLAM for Harbour Drones"


def test_people_are_named_by_cn_only_and_a_chair_keeps_the_role(summit: Imported) -> None:
    keynote = _session(summit, "keynote-tide-harbourlight-example")
    assert keynote.people == (("Ines Quarrel", "chair"), ("Tavi Morrow", "speaker"))


def test_no_e_mail_address_is_kept_anywhere(summit: Imported) -> None:
    assert "@" not in repr(summit.conference)
    assert "mailto" not in repr(summit.conference)


def test_the_description_is_plain_text(summit: Imported) -> None:
    description = _session(summit, "keynote-tide-harbourlight-example").description
    assert description.startswith("Drones that map a working harbour while ships move.")
    assert "<" not in description
    assert "& more." in description


def test_a_long_description_is_cut_at_a_word() -> None:
    words = " ".join(f"word{number}" for number in range(400))
    result = parse_ical(_calendar(_event(extra=f"DESCRIPTION:{words}")), "a.ics")
    description = result.conference.sessions[0].description
    assert len(description) <= 1500
    assert description.endswith("…")
    assert description[:-1] in words
    assert words[len(description) - 1] == " "


def test_a_web_address_is_kept_and_anything_else_dropped(summit: Imported) -> None:
    keynote = _session(summit, "keynote-tide-harbourlight-example")
    assert keynote.url == "https://harbourlight.example/2031/keynote-tide"
    assert _fixture("utc-only.ics").conference.sessions[1].url is None


def test_a_daily_repeat_is_expanded_and_an_override_replaces_its_instance(
    summit: Imported,
) -> None:
    first = _session(summit, "coffee-harbourlight-example-20310610t1030")
    moved = _session(summit, "coffee-harbourlight-example-20310611t1030")
    assert first.starts_at == datetime(2031, 6, 10, 10, 30, tzinfo=LISBON)
    assert (moved.title, moved.room, moved.kind) == (
        "Morning coffee (on the terrace)",
        "terrace",
        "break",
    )
    assert moved.starts_at == datetime(2031, 6, 11, 11, 0, tzinfo=LISBON)
    assert len([s for s in summit.conference.sessions if s.slug.startswith("coffee-")]) == 2


def test_an_excluded_date_and_the_end_of_a_repeat_are_respected(summit: Imported) -> None:
    lunches = [s for s in summit.conference.sessions if s.slug.startswith("lunch-")]
    assert [lunch.starts_at for lunch in lunches] == [datetime(2031, 6, 10, 12, 30, tzinfo=LISBON)]


def test_a_weekly_repeat_on_its_own_weekday_is_expanded() -> None:
    rule = "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=3"
    result = parse_ical(_calendar(_event(extra=rule)), "a.ics")
    starts = [session.starts_at for session in result.conference.sessions]
    first = datetime(2030, 4, 2, 9, tzinfo=UTC)
    assert starts == [first, first + timedelta(weeks=1), first + timedelta(weeks=2)]
    assert result.conference.end_date == date(2030, 4, 16)


def test_a_cancelled_instance_is_left_out() -> None:
    master = _event(uid="r@test.example", extra="RRULE:FREQ=DAILY;COUNT=2")
    cancelled = (
        "UID:r@test.example\nSUMMARY:A talk\nRECURRENCE-ID:20300403T090000Z\n"
        "DTSTART:20300403T090000Z\nDTEND:20300403T093000Z\nSTATUS:CANCELLED"
    )
    result = parse_ical(_calendar(master, cancelled), "a.ics")
    assert [session.slug for session in result.conference.sessions] == [
        "r-test-example-20300402t0900"
    ]
    assert _reasons(result) == ["cancelled by the organiser"]


@pytest.mark.parametrize(
    ("rule", "reason"),
    [
        ("RRULE:FREQ=MONTHLY;COUNT=3", "repeats by a rule this importer does not expand"),
        ("RRULE:FREQ=DAILY;BYHOUR=9,10;COUNT=3", "repeats by a rule this importer does not"),
        ("RRULE:FREQ=WEEKLY;BYDAY=MO,TU;COUNT=4", "repeats by a rule this importer does not"),
        ("RRULE:FREQ=DAILY", "repeats without an end"),
        ("RRULE:FREQ=DAILY;COUNT=500", "repeats more than 60 times"),
    ],
)
def test_a_repeat_that_is_not_simple_is_left_out_with_the_reason(rule: str, reason: str) -> None:
    result = parse_ical(_calendar(_event(), _event(uid="rule@test.example", extra=rule)), "a.ics")
    assert [session.slug for session in result.conference.sessions] == ["talk-1-test-example"]
    assert len(result.skipped) == 1
    assert result.skipped[0].reason.startswith(reason)
    assert "rule@test.example" in result.skipped[0].entry


def test_cancelled_and_all_day_events_are_left_out_with_the_reason(summit: Imported) -> None:
    by_entry = {item.entry: item.reason for item in summit.skipped}
    assert (
        by_entry["event 8 'Harbour boat tour' (UID boat-tour@harbourlight.example)"]
        == "cancelled by the organiser"
    )
    registration = next(reason for entry, reason in by_entry.items() if "Registration" in entry)
    assert "all-day" in registration
    assert len(summit.skipped) == 3


@pytest.mark.parametrize(
    ("event", "field"),
    [
        ("UID:a@test.example\nDTSTART:20300402T090000Z", "SUMMARY"),
        ("UID:a@test.example\nSUMMARY:No start", "DTSTART"),
        ("SUMMARY:No uid\nDTSTART:20300402T090000Z", "UID"),
        ("UID:a@test.example\nSUMMARY:Bad end\nDTSTART:20300402T090000Z\nDTEND:soon", "DTEND"),
    ],
)
def test_an_event_without_a_needed_field_is_left_out_naming_it(event: str, field: str) -> None:
    result = parse_ical(_calendar(_event(uid="kept@test.example"), event), "a.ics")
    assert len(result.conference.sessions) == 1
    assert [f"field '{field}'" in reason for reason in _reasons(result)] == [True]


def test_a_second_event_with_the_same_uid_is_left_out() -> None:
    result = parse_ical(_calendar(_event(summary="First"), _event(summary="Second")), "a.ics")
    assert [session.title for session in result.conference.sessions] == ["First"]
    assert _reasons(result) == ["repeats the UID of an earlier event"]


@pytest.mark.parametrize("text", ["", "not a calendar at all", '[{"id": "x"}]'])
def test_a_file_that_is_not_icalendar_is_refused(text: str) -> None:
    with pytest.raises(DataError) as caught:
        parse_ical(text, "notes.txt")
    assert (caught.value.source, caught.value.entry) == ("notes.txt", "file")


def test_a_calendar_without_events_is_refused() -> None:
    with pytest.raises(DataError) as caught:
        parse_ical(_calendar(), "empty.ics")
    assert (caught.value.entry, caught.value.field) == ("calendar", "VEVENT")


def test_a_calendar_whose_events_are_all_left_out_is_refused() -> None:
    all_day = "UID:a@test.example\nSUMMARY:All day\nDTSTART;VALUE=DATE:20300402"
    with pytest.raises(DataError) as caught:
        parse_ical(_calendar(all_day), "all-day.ics")
    assert caught.value.field == "VEVENT"
    assert "1 left out" in caught.value.problem
