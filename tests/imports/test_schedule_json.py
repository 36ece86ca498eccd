"""Importing a pretalx or frab schedule.json (and the flat draft format): the programme an
attendee sees, every event that was left out named with its reason, and a file that cannot
be read refused with its source, entry and field."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.domain.imported import Imported, SessionData
from bot.imports.problems import DataError
from bot.imports.schedule_json import parse_schedule_json

FIXTURES = Path(__file__).parent / "fixtures"
KEYNOTE = "7d3f1c2a-5b6e-4f70-8a91-b2c3d4e5f001"
ASK = "7d3f1c2a-5b6e-4f70-8a91-b2c3d4e5f601"
PLUS_ONE = timedelta(hours=1)


def text_of(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def raw(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(text_of(name))
    return loaded


def parsed(document: dict[str, Any], source: str = "edited.json") -> Imported:
    return parse_schedule_json(json.dumps(document), source)


def events_of(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        event
        for day in document["schedule"]["conference"]["days"]
        for events in day["rooms"].values()
        for event in events
    ]


def session(imported: Imported, slug: str) -> SessionData:
    return next(item for item in imported.conference.sessions if item.slug == slug)


def by_title(imported: Imported, title: str) -> SessionData:
    return next(item for item in imported.conference.sessions if item.title == title)


@pytest.fixture(scope="module")
def pretalx() -> Imported:
    return parse_schedule_json(text_of("pretalx-schedule.json"), "pretalx-schedule.json")


@pytest.fixture(scope="module")
def frab() -> Imported:
    return parse_schedule_json(text_of("frab-schedule.json"), "frab-schedule.json")


@pytest.fixture(scope="module")
def draft() -> Imported:
    return parse_schedule_json(text_of("schema2-events.json"), "schema2-events.json")


def test_the_conference_is_named_by_its_acronym_and_titled_in_full(pretalx: Imported) -> None:
    conference = pretalx.conference
    assert (conference.slug, conference.name) == ("tosd2031", "tosd2031")
    assert conference.full_name == "Tidewater Open Source Days 2031"
    assert (conference.start_date, conference.end_date) == (date(2031, 3, 4), date(2031, 3, 5))
    assert conference.website == "https://tidewater-osd.example/2031/"
    assert conference.source == "pretalx-schedule.json"
    assert (conference.city, conference.venue, conference.description) == ("", "", "")
    assert (conference.edition, conference.papers) == (None, ())
    assert conference.details == {"descriptions": "organisers"}, "its descriptions are theirs"


def test_a_bare_city_as_zone_name_becomes_its_zone(pretalx: Imported) -> None:
    assert pretalx.conference.timezone == "Europe/Berlin"


def test_the_slug_argument_names_the_conference() -> None:
    imported = parse_schedule_json(text_of("pretalx-schedule.json"), "x.json", slug="tide-31")
    assert imported.conference.slug == "tide-31"


def test_a_bad_slug_argument_is_refused() -> None:
    with pytest.raises(DataError) as caught:
        parse_schedule_json(text_of("pretalx-schedule.json"), "x.json", slug="Tide 31")
    assert (caught.value.entry, caught.value.field) == ("conference", "slug")


def test_without_an_acronym_the_title_names_the_conference() -> None:
    document = raw("pretalx-schedule.json")
    del document["schedule"]["conference"]["acronym"]
    conference = parsed(document).conference
    assert conference.slug == "tidewater-open-source-days-2031"
    assert conference.name == "Tidewater Open Source Days 2031"


def test_every_clean_event_becomes_a_session(pretalx: Imported) -> None:
    assert len(pretalx.conference.sessions) == 12
    assert pretalx.skipped == ()


def test_listed_rooms_are_kept_in_order(pretalx: Imported) -> None:
    rooms = [(room.slug, room.name) for room in pretalx.conference.rooms]
    assert rooms == [
        ("main-hall", "Main Hall"),
        ("harbour-room", "Harbour Room"),
        ("workshop-loft", "Workshop Loft"),
    ]
    assert session(pretalx, KEYNOTE).room == "main-hall"


def test_rooms_only_events_name_are_created(frab: Imported) -> None:
    assert [room.slug for room in frab.conference.rooms] == ["stage", "basement"]
    assert by_title(frab, "Badge Hacking Table").room == "basement"


def test_tracks_become_topics_of_their_sessions(pretalx: Imported) -> None:
    names = [topic.name for topic in pretalx.conference.topics]
    # the file types one talk "Lecture" and another "Talk": its lecture is told apart
    assert names == ["Infrastructure", "Community", "Hardware", "Lightning Talk", "Lecture"]
    assert session(pretalx, KEYNOTE).topics == ("Community",)
    assert by_title(pretalx, "Coffee Break").topics == ()


def test_a_type_that_says_more_than_talk_is_a_topic_beside_the_track(pretalx: Imported) -> None:
    """'Lightning Talk' is what the organisers call those events: asking for the lightning
    talks finds them. A plain 'Talk' or a known kind (keynote, workshop) adds nothing."""
    assert by_title(pretalx, "Flaky CI and How to Tame It").topics == (
        "Infrastructure",
        "Lightning Talk",
    )
    assert session(pretalx, KEYNOTE).topics == ("Community",)


def test_a_track_no_list_names_is_still_a_topic(frab: Imported) -> None:
    assert [topic.name for topic in frab.conference.topics] == ["Security"]


def test_a_session_is_keyed_by_its_guid(pretalx: Imported) -> None:
    assert session(pretalx, KEYNOTE).title.startswith("Keeping the Lights On")


def test_a_retitled_event_keeps_its_key() -> None:
    document = raw("pretalx-schedule.json")
    events_of(document)[0]["title"] = "Keeping the Lights On, Revised"
    assert session(parsed(document), KEYNOTE).title == "Keeping the Lights On, Revised"


def test_an_event_without_a_guid_is_keyed_by_its_id(frab: Imported) -> None:
    assert by_title(frab, "Badge Hacking Table").slug == "77"


def test_a_very_long_guid_makes_a_key_of_at_most_100_characters() -> None:
    document = raw("pretalx-schedule.json")
    events_of(document)[0]["guid"] = "segment-" * 30
    keys = [item.slug for item in parsed(document).conference.sessions]
    assert all(len(key) <= 100 and not key.endswith("-") for key in keys)
    assert ("segment-" * 30)[:100] in keys


def test_a_talk_given_twice_is_two_sessions_with_numbered_keys(pretalx: Imported) -> None:
    first, second = session(pretalx, ASK), session(pretalx, f"{ASK}-2")
    assert first.title == second.title == "Ask the Maintainers"
    assert second.starts_at - first.starts_at == timedelta(days=1)  # type: ignore[operator]


def test_a_third_slot_of_the_same_talk_is_numbered_three() -> None:
    document = raw("pretalx-schedule.json")
    repeat = dict(next(event for event in events_of(document) if event["guid"] == ASK))
    repeat["date"] = "2031-03-05T18:00:00+01:00"
    document["schedule"]["conference"]["days"][1]["rooms"]["Harbour Room"].append(repeat)
    assert session(parsed(document), f"{ASK}-3").starts_at == datetime(2031, 3, 5, 17, tzinfo=UTC)


def test_a_shouting_title_reads_in_title_case_with_its_acronyms(pretalx: Imported) -> None:
    titles = {item.title for item in pretalx.conference.sessions}
    assert "SBOM: Supply Chains Without Tears in CI" in titles


def test_the_subtitle_is_the_talk_title(pretalx: Imported) -> None:
    flaky = by_title(pretalx, "Flaky CI and How to Tame It")
    assert flaky.talk_title == "Retries are not a strategy"
    assert session(pretalx, KEYNOTE).talk_title is None


def test_the_description_is_plain_text_without_repeating_the_abstract(pretalx: Imported) -> None:
    assert session(pretalx, KEYNOTE).description == (
        "An honest look at the servers & the people behind them. With a few stories from the pager."
    )


def test_markdown_emphasis_and_e_mail_addresses_leave_the_description(pretalx: Imported) -> None:
    description = by_title(pretalx, "SBOM: Supply Chains Without Tears in CI").description
    assert description.startswith("Why a bill of materials is not just paperwork.")
    assert "@" not in description
    assert "*" not in description
    assert "syft-style scanners and policy." in description


def test_a_long_description_is_cut_at_a_word_with_an_ellipsis() -> None:
    document = raw("pretalx-schedule.json")
    events_of(document)[0]["description"] = "tide " * 600
    description = session(parsed(document), KEYNOTE).description
    assert len(description) <= 1500
    assert description.endswith("tide…")


def test_speakers_are_kept_and_e_mail_addresses_are_never_stored(pretalx: Imported) -> None:
    flaky = by_title(pretalx, "Flaky CI and How to Tame It")
    assert flaky.people == (("Ines Varga", "speaker"),)
    workshop = by_title(pretalx, "Soldering for the Terrified")
    assert workshop.people == (("Kofi Brannigan", "speaker"), ("Ada Solberg", "speaker"))
    assert all("@" not in name for item in pretalx.conference.sessions for name, _ in item.people)


def test_frab_names_people_by_their_public_names(frab: Imported) -> None:
    assert by_title(frab, "Fuzzing Firmware").people == (("Rosa Quint", "speaker"),)
    assert by_title(frab, "Badge Hacking Table").people == (("The Badge Team", "speaker"),)


def test_an_event_without_persons_has_nobody(pretalx: Imported) -> None:
    assert by_title(pretalx, "Poster Walk").people == ()


def test_the_event_page_is_the_link_else_its_first_link(pretalx: Imported) -> None:
    assert session(pretalx, KEYNOTE).url == "https://tidewater-osd.example/2031/talk/KLO101/"
    mesh = by_title(pretalx, "Mesh Networks on the Waterfront")
    assert mesh.url == "https://tidewater-osd.example/2031/slides/mesh.pdf"
    assert by_title(pretalx, "Lunch").url is None


def test_times_keep_the_offset_the_file_wrote(pretalx: Imported) -> None:
    keynote = session(pretalx, KEYNOTE)
    assert keynote.starts_at == datetime(2031, 3, 4, 8, tzinfo=UTC)
    assert keynote.starts_at.utcoffset() == PLUS_ONE  # type: ignore[union-attr]
    assert keynote.ends_at == datetime(2031, 3, 4, 9, tzinfo=UTC)
    assert keynote.timing == "verified"


def test_an_event_written_in_another_offset_keeps_its_moment() -> None:
    document = raw("pretalx-schedule.json")
    events_of(document)[0]["date"] = "2031-03-04T04:00:00-04:00"
    assert session(parsed(document), KEYNOTE).starts_at == datetime(2031, 3, 4, 8, tzinfo=UTC)


def test_a_duration_with_seconds_is_read(frab: Imported) -> None:
    fuzzing = by_title(frab, "Fuzzing Firmware")
    assert fuzzing.ends_at - fuzzing.starts_at == timedelta(minutes=45)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Keeping the Lights On: Twenty Years of Volunteer Infrastructure", "keynote"),
        ("Coffee Break", "break"),
        ("Lunch", "meal"),
        ("Soldering for the Terrified", "workshop"),
        ("Poster Walk", "poster"),
        ("Ask the Maintainers", "debate"),
        ("Closing", "closing"),
        ("Harbour Party", "social"),
        ("Flaky CI and How to Tame It", "talk"),
        ("Mesh Networks on the Waterfront", "talk"),
    ],
)
def test_the_event_type_gives_the_kind(pretalx: Imported, title: str, kind: str) -> None:
    assert by_title(pretalx, title).kind == kind


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ("events[c0ffee00-1111-4222-8333-000000000002]", "field 'title' is missing"),
        ("events[c0ffee00-1111-4222-8333-000000000003]", "field 'duration': 'soon'"),
        ("events[c0ffee00-1111-4222-8333-000000000004]", "not longer than zero"),
        ("events[c0ffee00-1111-4222-8333-000000000001]", "same guid at the same time"),
        ("events[c0ffee00-1111-4222-8333-000000000007]", "field 'date': '2032-02-31"),
        ("events[7]", "neither a guid nor an id"),
        ("events[c0ffee00-1111-4222-8333-000000000009]", "field 'start'"),
    ],
)
def test_every_event_left_out_is_reported_with_the_field(
    frab: Imported, entry: str, reason: str
) -> None:
    reasons = [item.reason for item in frab.skipped if item.entry == entry]
    assert len(reasons) == 1
    assert reason in reasons[0]


def test_what_is_left_out_does_not_stop_the_rest(frab: Imported) -> None:
    titles = [item.title for item in frab.conference.sessions]
    assert titles == ["Fuzzing Firmware", "Badge Hacking Table"]
    assert len(frab.skipped) == 7


def test_an_event_without_a_date_starts_at_its_clock_time_on_its_day(frab: Imported) -> None:
    badge = by_title(frab, "Badge Hacking Table")
    assert badge.starts_at == datetime(2032, 2, 11, 0, 30, tzinfo=UTC)
    assert badge.ends_at == datetime(2032, 2, 11, 2, 30, tzinfo=UTC)


def test_a_wrong_zone_name_gives_way_to_the_offsets(frab: Imported) -> None:
    assert frab.conference.timezone == "Etc/GMT-1"
    assert by_title(frab, "Fuzzing Firmware").starts_at == datetime(2032, 2, 10, 10, tzinfo=UTC)


@pytest.mark.parametrize("zone_name", ["UTC", "CET", "Berlin", "Asia/Tokyo", "", None])
def test_no_zone_name_moves_a_session(pretalx: Imported, zone_name: str | None) -> None:
    document = raw("pretalx-schedule.json")
    conference = document["schedule"]["conference"]
    if zone_name is None:
        del conference["time_zone_name"]
    else:
        conference["time_zone_name"] = zone_name
    moved = parsed(document).conference.sessions
    assert [(item.slug, item.starts_at, item.ends_at) for item in moved] == [
        (item.slug, item.starts_at, item.ends_at) for item in pretalx.conference.sessions
    ]


def test_keys_the_reader_does_not_know_change_nothing(pretalx: Imported) -> None:
    document = raw("pretalx-schedule.json")
    del document["schedule"]["conference"]["ferry_timetable"]
    for event in events_of(document):
        del event["stream_quality"]
    assert parsed(document, "pretalx-schedule.json") == pretalx


def test_without_declared_dates_the_days_give_them(frab: Imported) -> None:
    assert (frab.conference.start_date, frab.conference.end_date) == (
        date(2032, 2, 10),
        date(2032, 2, 10),
    )
    assert frab.conference.website == "https://lantern-hackfest.example/"


def test_without_dates_or_days_the_sessions_give_the_dates() -> None:
    document = raw("pretalx-schedule.json")
    conference = document["schedule"]["conference"]
    del conference["start"], conference["end"]
    document["schedule"]["events"] = events_of(document)
    del conference["days"]
    imported = parsed(document).conference
    assert (imported.start_date, imported.end_date) == (date(2031, 3, 4), date(2031, 3, 5))


def test_the_draft_format_lists_events_flat_with_rooms_and_tracks_by_reference(
    draft: Imported,
) -> None:
    tide = by_title(draft, "Tide Gauges as Open Data")
    assert (tide.room, tide.topics) == ("pier-room", ("Open Data",))
    assert tide.starts_at == datetime(2033, 6, 1, 8, tzinfo=UTC)
    assert tide.ends_at == datetime(2033, 6, 1, 8, 30, tzinfo=UTC)
    assert tide.description == "Reading the sea level, in public."
    assert tide.people == (("Jun Ito", "speaker"), ("Pia Lund", "moderator"))
    assert by_title(draft, "Tea on the Quay").room == "foyer"
    assert by_title(draft, "Tea on the Quay").kind == "break"


def test_the_draft_format_reads_iso_durations(draft: Imported) -> None:
    buoys = by_title(draft, "Five Minutes on Buoys")
    assert buoys.room == "pier-room"
    assert buoys.ends_at - buoys.starts_at == timedelta(minutes=5)  # type: ignore[operator]


def test_the_draft_format_without_a_zone_name_takes_the_offsets(draft: Imported) -> None:
    conference = draft.conference
    assert conference.timezone == "Etc/GMT-2"
    assert (conference.start_date, conference.end_date) == (date(2033, 6, 1), date(2033, 6, 1))
    assert [room.slug for room in conference.rooms] == ["pier-room", "foyer"]


def test_conference_fields_at_the_top_beside_a_flat_event_list_are_read() -> None:
    document = {
        "acronym": "quaytalks",
        "title": "Quay Talks",
        "events": [
            {
                "guid": "1e1e1e1e-0000-4000-8000-000000000001",
                "title": "Knots for Beginners",
                "date": "2034-09-09T18:00:00-04:00",
                "duration": "00:20",
                "room": "Boathouse",
            }
        ],
    }
    imported = parsed(document)
    assert imported.conference.slug == "quaytalks"
    assert imported.conference.timezone == "Etc/GMT+4"
    assert imported.conference.sessions[0].starts_at == datetime(2034, 9, 9, 22, tzinfo=UTC)
    assert imported.conference.start_date == date(2034, 9, 9)


@pytest.mark.parametrize(
    ("text", "entry", "field", "problem"),
    [
        ("{not json", "file", "*", "is not JSON"),
        ("[1, 2]", "file", "*", "is not a JSON object"),
        ('{"schedule": {"version": "1"}}', "schedule", "conference", "is missing"),
        (
            '{"schedule": {"conference": {"acronym": "empty", "days": []}}}',
            "schedule",
            "events",
            "has no events",
        ),
    ],
)
def test_a_file_that_cannot_be_read_names_source_entry_and_field(
    text: str, entry: str, field: str, problem: str
) -> None:
    with pytest.raises(DataError) as caught:
        parse_schedule_json(text, "broken.json")
    error = caught.value
    assert (error.source, error.entry, error.field) == ("broken.json", entry, field)
    assert problem in error.problem


def test_a_conference_start_that_is_not_a_date_is_refused() -> None:
    document = raw("pretalx-schedule.json")
    document["schedule"]["conference"]["start"] = "the fourth of March"
    with pytest.raises(DataError) as caught:
        parsed(document, "broken.json")
    assert (caught.value.source, caught.value.entry, caught.value.field) == (
        "broken.json",
        "conference",
        "start",
    )


def test_a_file_whose_every_event_is_broken_is_refused() -> None:
    document = raw("pretalx-schedule.json")
    for event in events_of(document):
        event["duration"] = "00:00"
    with pytest.raises(DataError) as caught:
        parsed(document, "broken.json")
    assert (caught.value.entry, caught.value.field) == ("schedule", "events")
    assert "not longer than zero" in caught.value.problem


def test_an_events_links_beside_its_page_are_kept_with_their_labels() -> None:
    document = raw("pretalx-schedule.json")
    event = events_of(document)[0]
    event["url"] = "https://tidewater-osd.example/2031/talk/one/"
    event["links"] = [
        {"url": "https://slides.example/one.pdf", "title": "Slides"},
        {"url": "https://git.example/one"},
        {"url": event["url"], "title": "This talk"},
        {"url": "not a web address", "title": "Broken"},
    ]
    kept = session(parsed(document), event["guid"]).links
    assert kept == (
        ("Slides", "https://slides.example/one.pdf"),
        ("git.example", "https://git.example/one"),
    )
