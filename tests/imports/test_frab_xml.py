"""Importing frab's schedule.xml: the same programme as its schedule.json, and a file that is
not a schedule refused with its source, entry and field."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.domain.imported import Imported, SessionData
from bot.imports.frab_xml import parse_frab_xml
from bot.imports.problems import DataError
from bot.imports.schedule_json import parse_schedule_json

FIXTURES = Path(__file__).parent / "fixtures"
KEYNOTE = "7d3f1c2a-5b6e-4f70-8a91-b2c3d4e5f001"
ASK = "7d3f1c2a-5b6e-4f70-8a91-b2c3d4e5f601"


def text_of(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def by_title(imported: Imported, title: str) -> SessionData:
    return next(item for item in imported.conference.sessions if item.title == title)


@pytest.fixture(scope="module")
def xml() -> Imported:
    return parse_frab_xml(text_of("frab-schedule.xml"), "frab-schedule.xml")


def edited(old: str, new: str) -> Imported:
    text = text_of("frab-schedule.xml")
    assert old in text
    return parse_frab_xml(text.replace(old, new), "edited.xml")


def refused(text: str) -> DataError:
    with pytest.raises(DataError) as caught:
        parse_frab_xml(text, "broken.xml")
    assert caught.value.source == "broken.xml"
    return caught.value


def test_the_xml_and_the_json_of_one_programme_give_the_same_conference(xml: Imported) -> None:
    json = parse_schedule_json(text_of("pretalx-schedule.json"), "pretalx-schedule.json")
    assert xml.conference.sessions == json.conference.sessions
    assert replace(xml.conference, source="") == replace(json.conference, source="")
    assert xml.skipped == json.skipped == ()


def test_the_conference_comes_from_its_element(xml: Imported) -> None:
    conference = xml.conference
    assert (conference.slug, conference.full_name) == (
        "tosd2031",
        "Tidewater Open Source Days 2031",
    )
    assert (conference.start_date, conference.end_date) == (date(2031, 3, 4), date(2031, 3, 5))
    assert conference.timezone == "Europe/Berlin"
    assert conference.website == "https://tidewater-osd.example/2031/"
    assert conference.source == "frab-schedule.xml"


def test_rooms_come_from_the_days_and_tracks_from_the_conference(xml: Imported) -> None:
    assert [room.name for room in xml.conference.rooms] == [
        "Main Hall",
        "Harbour Room",
        "Workshop Loft",
    ]
    topics = [topic.name for topic in xml.conference.topics]
    # the file types one talk "Lecture" and another "Talk": its lecture is told apart
    assert topics == ["Infrastructure", "Community", "Hardware", "Lightning Talk", "Lecture"]


def test_sessions_are_keyed_by_guid_and_a_second_slot_is_numbered(xml: Imported) -> None:
    slugs = [item.slug for item in xml.conference.sessions]
    assert KEYNOTE in slugs
    assert {ASK, f"{ASK}-2"} <= set(slugs)


def test_a_person_element_holding_an_address_keeps_only_the_name(xml: Imported) -> None:
    assert by_title(xml, "Flaky CI and How to Tame It").people == (("Ines Varga", "speaker"),)


def test_the_first_link_stands_in_for_a_missing_url(xml: Imported) -> None:
    mesh = by_title(xml, "Mesh Networks on the Waterfront")
    assert mesh.url == "https://tidewater-osd.example/2031/slides/mesh.pdf"


def test_escaped_html_in_an_abstract_is_read_as_plain_text(xml: Imported) -> None:
    keynote = by_title(xml, "Keeping the Lights On: Twenty Years of Volunteer Infrastructure")
    assert keynote.description.startswith("An honest look at the servers & the people")


@pytest.mark.parametrize("zone_name", ["Berlin", "CET", "UTC", ""])
def test_a_wrong_zone_name_moves_no_session(xml: Imported, zone_name: str) -> None:
    moved = edited(
        "<time_zone_name>Europe/Berlin</time_zone_name>",
        f"<time_zone_name>{zone_name}</time_zone_name>",
    )
    assert [item.starts_at for item in moved.conference.sessions] == [
        item.starts_at for item in xml.conference.sessions
    ]


def test_elements_the_reader_does_not_know_change_nothing(xml: Imported) -> None:
    plain = edited("<ferry_timetable>every twenty minutes</ferry_timetable>", "")
    assert plain.conference.sessions == xml.conference.sessions


def test_an_event_without_its_date_element_starts_at_its_start_on_its_day() -> None:
    imported = edited("<date>2031-03-04T09:00:00+01:00</date>", "")
    keynote = next(item for item in imported.conference.sessions if item.slug == KEYNOTE)
    assert keynote.starts_at == datetime(2031, 3, 4, 8, tzinfo=UTC)


def test_an_event_with_a_broken_duration_is_left_out_and_named() -> None:
    imported = edited("<duration>00:45</duration>", "<duration>about an hour</duration>")
    [skipped] = imported.skipped
    assert skipped.entry == "events[7d3f1c2a-5b6e-4f70-8a91-b2c3d4e5f002]"
    assert "field 'duration'" in skipped.reason
    assert len(imported.conference.sessions) == 11


def test_a_namespaced_export_reads_like_a_plain_one(xml: Imported) -> None:
    text = text_of("frab-schedule.xml").replace(
        "<schedule>", '<schedule xmlns="https://schedule.example/ns">', 1
    )
    assert parse_frab_xml(text, "frab-schedule.xml") == xml


def test_text_that_is_not_xml_is_refused() -> None:
    error = refused("<schedule><conference>")
    assert (error.entry, error.field) == ("file", "*")
    assert "is not XML" in error.problem


def test_a_file_declaring_entities_is_refused_before_it_is_expanded() -> None:
    text = (
        '<?xml version="1.0"?><!DOCTYPE schedule [<!ENTITY lol "lol">]>'
        "<schedule><conference><title>&lol;</title></conference></schedule>"
    )
    error = refused(text)
    assert (error.entry, error.field) == ("file", "*")
    assert "entities" in error.problem


def test_another_kind_of_xml_is_refused() -> None:
    error = refused("<calendar/>")
    assert error.entry == "schedule"
    assert "<calendar>" in error.problem


def test_a_schedule_without_a_conference_is_refused() -> None:
    error = refused("<schedule><version>1</version></schedule>")
    assert (error.entry, error.field, error.problem) == ("schedule", "conference", "is missing")


def test_a_schedule_without_events_is_refused() -> None:
    error = refused("<schedule><conference><acronym>hollow</acronym></conference></schedule>")
    assert (error.entry, error.field, error.problem) == ("schedule", "events", "has no events")


def test_a_conference_start_that_is_not_a_date_is_refused() -> None:
    with pytest.raises(DataError) as caught:
        edited("<start>2031-03-04</start>", "<start>soon</start>")
    assert (caught.value.source, caught.value.entry, caught.value.field) == (
        "edited.xml",
        "conference",
        "start",
    )
