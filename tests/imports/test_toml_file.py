"""The conference data file: complete and faithful to the checked facts, and a broken copy is
refused with a message naming the file, the entry and the field."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from bot.domain.imported import ConferenceData
from bot.imports.packaged import data_files, load_conference
from bot.imports.problems import DataError
from bot.imports.toml_file import parse_toml
from tests.conftest import PROJECT_ROOT
from tests.datacopy import DataCopy

FACTS_FILE = PROJECT_ROOT.parent / "shared" / "facts" / "iclr2019-papers.yaml"
"""The checked facts sit beside the project (../shared), where the team keeps them."""
CONFERENCE_DAYS = [date(2019, 5, 6), date(2019, 5, 7), date(2019, 5, 8), date(2019, 5, 9)]


def read_facts(path: Path) -> list[dict[str, str | None]]:
    """The few scalar fields of each paper in the facts YAML (a flat list of mappings).

    PyYAML is not a dependency of the project, and the file keeps to a plain subset: one
    `- key: value` item per paper, double-quoted or bare scalars, flow lists on one line.
    """
    entries = []
    for item in re.split(r"^- ", path.read_text(encoding="utf-8"), flags=re.M)[1:]:
        fields: dict[str, str | None] = {}
        for key in ("title", "openreview_id", "arxiv_id", "iclr2019_paper", "kind", "authors"):
            found = re.search(rf"^\s*{key}:[ \t]*(.*?)[ \t]*(?:#.*)?$", item, re.M)
            raw = found.group(1) if found else None
            if raw is None or raw == "null":
                fields[key] = None
            elif raw.startswith('"'):
                fields[key] = raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            else:
                fields[key] = raw
        entries.append(fields)
    return entries


@pytest.fixture(scope="module")
def facts() -> list[dict[str, str | None]]:
    if not FACTS_FILE.is_file():
        pytest.skip(f"the checked facts are not available at {FACTS_FILE}")
    return read_facts(FACTS_FILE)


@pytest.fixture(scope="module")
def iclr() -> ConferenceData:
    """The data file alone, without the paper list it names: the curated conference."""
    path = PROJECT_ROOT / "data" / "iclr2019.toml"
    return parse_toml(path.read_text(encoding="utf-8"), path.name)


def sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?=\s+[A-Z\"'(]|\s*$)", text))


# --- The real data file ------------------------------------------------------------------------


def test_the_data_folder_holds_the_iclr_2019_file(data_dir: Path) -> None:
    assert [path.name for path in data_files(data_dir)] == ["iclr2019.toml"]


def test_the_conference_runs_four_days_in_new_orleans(iclr: ConferenceData) -> None:
    assert iclr.slug == "iclr2019"
    assert iclr.name == "ICLR 2019"
    assert (iclr.start_date, iclr.end_date) == (date(2019, 5, 6), date(2019, 5, 9))
    assert iclr.timezone == "America/Chicago"
    assert "New Orleans" in iclr.city


def test_every_conference_day_has_sessions(iclr: ConferenceData) -> None:
    days = {session.starts_at.date() for session in iclr.sessions if session.starts_at is not None}

    assert sorted(days) == CONFERENCE_DAYS


def test_session_times_are_venue_local_and_aware(iclr: ConferenceData) -> None:
    opening = next(session for session in iclr.sessions if session.slug == "mon-opening")

    assert opening.starts_at is not None
    assert opening.starts_at.tzinfo is not None
    assert opening.starts_at.isoformat() == "2019-05-06T08:45:00-05:00"


def test_there_are_eight_keynote_slots_two_a_day(iclr: ConferenceData) -> None:
    keynotes = [session for session in iclr.sessions if session.kind == "keynote"]

    assert len(keynotes) == 8
    per_day = sorted(session.starts_at.date() for session in keynotes if session.starts_at)
    assert per_day == [day for day in CONFERENCE_DAYS for _ in range(2)]


def test_the_debate_has_no_time_because_its_timing_is_unknown(iclr: ConferenceData) -> None:
    (debate,) = [session for session in iclr.sessions if session.kind == "debate"]

    assert debate.starts_at is None
    assert debate.ends_at is None
    assert debate.timing == "unknown"
    assert ("Leslie Kaelbling", "moderator") in debate.people


def test_every_poster_session_has_topics(iclr: ConferenceData) -> None:
    posters = [session for session in iclr.sessions if session.kind == "poster"]

    assert len(posters) == 6
    for session in posters:
        assert session.topics, f"{session.slug} has no topics"


def test_there_are_31_papers(iclr: ConferenceData) -> None:
    assert len(iclr.papers) == 31
    assert len({paper.slug for paper in iclr.papers}) == 31


def test_the_papers_are_exactly_the_iclr_2019_papers_of_the_facts(
    iclr: ConferenceData, facts: list[dict[str, str | None]]
) -> None:
    iclr_ids = {item["openreview_id"] for item in facts if item["iclr2019_paper"] == "true"}

    assert {paper.openreview_id for paper in iclr.papers} == iclr_ids


def test_each_paper_title_is_the_exact_title_for_its_openreview_id(
    iclr: ConferenceData, facts: list[dict[str, str | None]]
) -> None:
    titles = {item["openreview_id"]: item["title"] for item in facts if item["openreview_id"]}

    for paper in iclr.papers:
        assert paper.title == titles[paper.openreview_id], paper.slug


def test_each_paper_has_the_authors_kind_and_arxiv_id_of_the_facts(
    iclr: ConferenceData, facts: list[dict[str, str | None]]
) -> None:
    by_id = {item["openreview_id"]: item for item in facts if item["openreview_id"]}

    for paper in iclr.papers:
        fact = by_id[paper.openreview_id]
        authors = [name.strip() for name in (fact["authors"] or "").strip("[]").split(",")]
        assert list(paper.authors) == authors, paper.slug
        assert paper.kind == fact["kind"], paper.slug
        assert paper.arxiv_id == fact["arxiv_id"], paper.slug


def test_the_five_linked_works_that_are_not_iclr_2019_papers_are_absent(
    iclr: ConferenceData, facts: list[dict[str, str | None]]
) -> None:
    others = [item for item in facts if item["iclr2019_paper"] == "false"]
    titles = {paper.title.casefold() for paper in iclr.papers}
    arxiv_ids = {paper.arxiv_id for paper in iclr.papers}

    assert len(others) == 5
    for item in others:
        assert item["title"] is not None
        assert item["title"].casefold() not in titles
        assert item["arxiv_id"] not in arxiv_ids


def test_every_paper_summary_is_two_to_four_sentences(iclr: ConferenceData) -> None:
    for paper in iclr.papers:
        assert 2 <= sentences(paper.summary) <= 4, f"{paper.slug}: {paper.summary}"


def test_the_two_best_papers_carry_their_award(iclr: ConferenceData) -> None:
    awarded = {paper.slug for paper in iclr.papers if paper.award}

    assert awarded == {"lottery-ticket-hypothesis", "ordered-neurons"}


def test_papers_without_a_known_session_say_so(iclr: ConferenceData) -> None:
    for paper in iclr.papers:
        if not paper.sessions:
            assert paper.placement == "unknown", paper.slug


# --- Broken copies ----------------------------------------------------------------------------


def test_invalid_toml_is_refused_naming_the_file_and_the_line(data_copy: DataCopy) -> None:
    text = data_copy.text
    line = text[: text.index('slug = "tue-lunch"')].count("\n") + 1
    data_copy.replace('slug = "tue-lunch"', 'slug = "tue-lunch')

    with pytest.raises(DataError) as raised:
        load_conference(data_copy.path)

    message = str(raised.value)
    assert message.startswith("iclr2019.toml: ")
    assert "not valid TOML" in message
    assert f"line {line}" in message
    assert raised.value.source == data_copy.path.name


def test_a_session_ending_before_it_starts_is_refused(data_copy: DataCopy) -> None:
    data_copy.set_field("tue-posters-morning", "end", "2019-05-07T10:00:00")

    with pytest.raises(DataError) as raised:
        load_conference(data_copy.path)

    error = raised.value
    assert error.entry.endswith("(tue-posters-morning)")
    assert error.field == "end"
    assert str(error) == (f"iclr2019.toml: {error.entry}: field 'end': must be after start")


def test_a_paper_pointing_at_a_missing_session_is_refused(data_copy: DataCopy) -> None:
    data_copy.set_field("slalom", "sessions", '["tue-orals-evening"]')

    with pytest.raises(DataError) as raised:
        load_conference(data_copy.path)

    message = str(raised.value)
    assert message.startswith("iclr2019.toml: papers[")
    assert "(slalom): field 'sessions'" in message
    assert "tue-orals-evening" in message


def test_a_duplicate_paper_slug_is_refused(data_copy: DataCopy) -> None:
    data_copy.set_field("leap", "slug", '"slalom"')

    with pytest.raises(DataError) as raised:
        load_conference(data_copy.path)

    error = raised.value
    assert re.fullmatch(r"papers\[\d+\] \(slalom\)", error.entry)
    assert error.field == "slug"
    assert "iclr2019.toml" in str(error)
    assert "used twice" in str(error)


def test_a_bad_timezone_is_refused(data_copy: DataCopy) -> None:
    data_copy.set_field("iclr2019", "timezone", '"Mars/Olympus_Mons"')

    with pytest.raises(DataError) as raised:
        load_conference(data_copy.path)

    assert str(raised.value).startswith("iclr2019.toml: conference: field 'timezone': ")
    assert "Mars/Olympus_Mons" in str(raised.value)


@pytest.mark.parametrize(
    ("slug", "field", "entry"),
    [
        ("biggan", "title", "papers[0] (biggan)"),
        ("leap", "authors", "(leap)"),
        ("leap", "summary", "(leap)"),
        ("tue-posters-morning", "timing", "(tue-posters-morning)"),
        ("tue-posters-morning", "kind", "(tue-posters-morning)"),
        ("iclr2019", "city", "conference"),
    ],
)
def test_a_missing_required_field_is_refused(
    data_copy: DataCopy, slug: str, field: str, entry: str
) -> None:
    data_copy.set_field(slug, field, None)

    with pytest.raises(DataError) as raised:
        load_conference(data_copy.path)

    error = raised.value
    assert error.entry.endswith(entry)
    assert error.field == field
    assert str(error).startswith(f"iclr2019.toml: {error.entry}: field '{field}': ")


def test_a_session_outside_the_conference_days_is_refused(data_copy: DataCopy) -> None:
    data_copy.set_field("thu-reception", "start", "2019-05-10T19:00:00")
    data_copy.set_field("thu-reception", "end", "2019-05-10T22:00:00")

    with pytest.raises(DataError, match=r"\(thu-reception\): field 'start': .*outside"):
        load_conference(data_copy.path)


@pytest.mark.parametrize(
    ("slug", "field", "value", "said"),
    [
        pytest.param(
            "tue-lunch",
            "end",
            "2019-05-07T13:00:00",
            r"\(tue-lunch\): field 'end'",
            id="a session of zero length",
        ),
        pytest.param(
            "wed-lunch",
            "slug",
            '"tue-lunch"',
            r"sessions\[\d+\] \(tue-lunch\): field 'slug'",
            id="a duplicate session slug",
        ),
        pytest.param(
            "tue-lunch",
            "start",
            "2019-05-07T13:00:00-05:00",
            r"\(tue-lunch\): field 'start': .*local date-time",
            id="a time with an offset, because times are venue local",
        ),
        pytest.param(
            "tue-lunch",
            "timing",
            '"unknown"',
            r"\(tue-lunch\): field 'timing'",
            id="a timed session marked unknown",
        ),
        pytest.param(
            "tue-posters-morning",
            "room",
            '"the-moon"',
            r"\(tue-posters-morning\): field 'room': .*the-moon",
            id="a session in an unknown room",
        ),
        pytest.param(
            "tue-lunch",
            "kind",
            '"picnic"',
            r"\(tue-lunch\): field 'kind': 'picnic' is not one of",
            id="an unknown session kind",
        ),
        pytest.param(
            "leap",
            "slug",
            '"Leap Paper"',
            r"field 'slug': 'Leap Paper' must be lowercase",
            id="a slug with capitals or spaces",
        ),
        pytest.param(
            "leap",
            "authors",
            '"Sebastian Flennerhag"',
            r"\(leap\): field 'authors': must be a list",
            id="a field of the wrong type",
        ),
    ],
)
def test_a_wrong_value_is_refused_naming_its_field(
    data_copy: DataCopy, slug: str, field: str, value: str, said: str
) -> None:
    data_copy.set_field(slug, field, value)

    with pytest.raises(DataError, match=said):
        load_conference(data_copy.path)


def test_a_missing_file_is_reported_by_name(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"^nowhere\.toml: file: .*cannot be read"):
        load_conference(tmp_path / "nowhere.toml")


def test_a_file_that_is_not_utf8_is_reported(data_copy: DataCopy) -> None:
    data_copy.path.write_bytes(data_copy.path.read_bytes().replace(b"Tram\xc3\xa8r", b"Tram\xe8r"))

    with pytest.raises(DataError, match=r"^iclr2019\.toml: file: "):
        load_conference(data_copy.path)


def test_an_unchanged_copy_loads_the_same_conference(data_copy: DataCopy, data_dir: Path) -> None:
    copy = load_conference(data_copy.path)

    assert copy == load_conference(data_dir / data_copy.path.name)
    assert all(
        isinstance(session.starts_at, datetime) for session in copy.sessions if session.starts_at
    )


def test_a_papers_own_slot_outside_its_sessions_is_refused(data_copy: DataCopy) -> None:
    data_copy.set_field("ordered-neurons", "start", "2019-05-09T10:40:00")
    data_copy.set_field("ordered-neurons", "end", "2019-05-09T10:55:00")

    with pytest.raises(DataError) as raised:
        load_conference(data_copy.path)

    error = raised.value
    assert error.entry.endswith("(ordered-neurons)")
    assert error.field == "start"
    assert "not inside any of the paper's sessions" in str(error)


def test_a_papers_own_slot_needs_both_ends(data_copy: DataCopy) -> None:
    data_copy.set_field("ordered-neurons", "end", None)

    with pytest.raises(DataError, match=r"\(ordered-neurons\): field 'end': give both"):
        load_conference(data_copy.path)


def test_a_tentative_session_keeps_its_slot(iclr: ConferenceData) -> None:
    (oudeyer,) = [session for session in iclr.sessions if session.slug == "wed-keynote-morning"]

    assert oudeyer.timing == "tentative"
    assert oudeyer.starts_at is not None


def test_a_paper_list_outside_the_data_folder_is_refused(data_copy: DataCopy) -> None:
    data_copy.set_field("iclr2019", "paper_list", '"../elsewhere/papers.json"')

    with pytest.raises(DataError, match=r"conference: field 'paper_list': .*file name next to"):
        load_conference(data_copy.path)


def test_a_missing_paper_list_is_reported_by_name(data_copy: DataCopy) -> None:
    data_copy.set_field("iclr2019", "paper_list", '"lost-papers.json"')

    with pytest.raises(DataError, match=r"^lost-papers\.json: file: .*cannot be read"):
        load_conference(data_copy.path)
