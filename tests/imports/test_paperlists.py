"""A papercopilot/paperlists file becomes the accepted papers of a conference, with one line
for everything left out, and without anyone's e-mail address."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from bot.domain.imported import PaperData, PaperList
from bot.imports.paperlists import parse_paperlist, suggested_slug
from bot.imports.problems import DataError

FIXTURE = Path(__file__).parent / "fixtures" / "paperlist.json"


@pytest.fixture(scope="module")
def papers() -> PaperList:
    return parse_paperlist(FIXTURE.read_text(encoding="utf-8"), "lists/summit2031.json")


def _paper(result: PaperList, slug: str) -> PaperData:
    return next(paper for paper in result.papers if paper.slug == slug)


def _parse(records: list[dict[str, Any]], source: str = "list.json") -> PaperList:
    return parse_paperlist(json.dumps(records), source)


def test_only_accepted_papers_are_kept(papers: PaperList) -> None:
    assert [paper.slug for paper in papers.papers] == [
        "hq7tidenet",
        "ww3spot",
        "pp9poster",
        "pp9poster-2",
        "aa1accept",
    ]


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        ("Oral", "oral"),
        ("ORAL", "oral"),
        ("Spotlight", "oral"),
        ("poster", "poster"),
        ("Accept (Oral)", "oral"),
        ("Accept (Spotlight)", "oral"),
        ("Accept (poster)", "poster"),
        ("Accept", "poster"),
        ("Top-5%", "oral"),
        ("Top-25%", "oral"),
        ("Reject", None),
        ("Withdraw", None),
        ("Desk Reject", None),
        ("Desk Rejected Submission", None),
        ("", None),
    ],
)
def test_the_decision_gives_the_kind(status: str, kind: str | None) -> None:
    result = _parse([{"id": "abc", "title": "A paper", "status": status}])
    assert [paper.kind for paper in result.papers] == ([kind] if kind else [])


def test_submissions_not_accepted_are_one_line_counted_per_decision(papers: PaperList) -> None:
    left_out = papers.skipped[-1]
    assert (left_out.entry, left_out.reason) == (
        "5 submissions not accepted",
        "3 Reject, 1 Withdraw, 1 Desk Reject",
    )


def test_large_counts_are_written_with_separators() -> None:
    records = [{"id": f"r{n}", "title": "T", "status": "Reject"} for n in range(921)]
    records += [{"id": f"w{n}", "title": "T", "status": "Withdraw"} for n in range(156)]
    result = _parse(records)
    assert [(item.entry, item.reason) for item in result.skipped] == [
        ("1,077 submissions not accepted", "921 Reject, 156 Withdraw")
    ]


def test_records_without_a_title_or_an_id_are_left_out_naming_them(papers: PaperList) -> None:
    assert [(item.entry, item.reason) for item in papers.skipped[:-1]] == [
        ("record[5]", "field 'title' is missing"),
        ("record[6]", "field 'id' is missing"),
    ]


def test_a_title_in_capitals_is_shown_in_title_case_with_the_files_acronyms(
    papers: PaperList,
) -> None:
    assert _paper(papers, "ww3spot").title == "CRANEBENCH: A GNN Benchmark for Autonomous Cranes"
    assert _paper(papers, "hq7tidenet").title.startswith("TideNet: Forecasting")


def test_authors_affiliations_and_keywords_are_split_and_cleaned(papers: PaperList) -> None:
    tide = _paper(papers, "hq7tidenet")
    assert tide.authors == ("Ines Quarrel", "Tavi Morrow")
    assert tide.affiliations == ("Harbourlight Institute", "Quillmere University")
    assert tide.keywords == ("graph networks", "forecasting")
    again = _paper(papers, "pp9poster-2")
    assert again.authors == ("Odd Selwyn", "Rue Callard")
    assert again.affiliations == ("Harbourlight Institute",)


@pytest.mark.parametrize(
    ("written", "authors"),
    [
        ("Ada Byron & Cy Dorn", ("Ada Byron", "Cy Dorn")),
        ("Ada Byron and Cy Dorn and Eve Fenn", ("Ada Byron", "Cy Dorn", "Eve Fenn")),
        ("Ada Byron, Cy Dorn, and Eve Fenn", ("Ada Byron", "Cy Dorn", "Eve Fenn")),
        ("Sandra Andersen, Randall Anders", ("Sandra Andersen", "Randall Anders")),
    ],
)
def test_authors_written_as_prose_are_each_their_own_person(
    written: str, authors: tuple[str, ...]
) -> None:
    """Otherwise a search by one of their names finds a person called by both."""
    result = _parse([{"id": "a", "title": "T", "status": "Oral", "author": written}])
    assert result.papers[0].authors == authors


def test_a_paper_without_authors_is_kept(papers: PaperList) -> None:
    assert _paper(papers, "pp9poster").authors == ()


def test_no_e_mail_address_is_kept(papers: PaperList) -> None:
    assert _paper(papers, "ww3spot").affiliations == ("Quillmere University",)
    assert "@" not in repr(papers)
    result = _parse([{"id": "a", "title": "T", "status": "Oral", "author": "Ann <ann@x.example>"}])
    assert "@" not in repr(result)


def test_the_fields_a_paper_list_cannot_know_are_left_empty(papers: PaperList) -> None:
    tide = _paper(papers, "hq7tidenet")
    assert tide.openreview_id == "Hq7TideNet"
    assert tide.code_url == "https://code.example/tidenet"
    assert tide.site_url == "https://summit.example/virtual/2031/poster/101"
    assert (tide.arxiv_id, tide.award, tide.day, tide.poster_board) == (None, None, None, None)
    assert (tide.aliases, tide.topics, tide.sessions) == ((), (), ())
    assert (tide.placement, tide.summary) == ("unknown", "")
    spot = _paper(papers, "ww3spot")
    assert (spot.code_url, _paper(papers, "pp9poster").site_url) == (None, None)


def test_the_list_names_its_source_and_suggests_a_conference(papers: PaperList) -> None:
    assert papers.source == "lists/summit2031.json"
    assert papers.suggested_slug == "summit2031"


@pytest.mark.parametrize(
    ("source", "slug"),
    [
        ("summit2031.json", "summit2031"),
        ("https://lists.example/summit/summit2031.json", "summit2031"),
        ("C:\\lists\\Summit2031.JSON", "summit2031"),
        ("https://lists.example/api/papers", None),
        ("-", None),
        ("", None),
    ],
)
def test_a_slug_is_suggested_only_by_a_json_file_name(source: str, slug: str | None) -> None:
    assert suggested_slug(source) == slug


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("not json", "file"),
        ('{"papers": []}', "file"),
        ('[{"id": "a"}, 3]', "record[1]"),
    ],
)
def test_a_file_that_is_not_an_array_of_records_is_refused(text: str, entry: str) -> None:
    with pytest.raises(DataError) as caught:
        parse_paperlist(text, "list.json")
    assert (caught.value.source, caught.value.entry) == ("list.json", entry)


def test_values_of_the_wrong_type_count_as_missing() -> None:
    records = [{"id": "a", "title": 7, "status": "Oral"}, {"id": "b", "title": "T", "status": []}]
    result = _parse(records)
    assert result.papers == ()
    assert [item.entry for item in result.skipped] == ["record[0]", "1 submission not accepted"]


@pytest.mark.slow
def test_a_hundred_thousand_records_take_a_small_multiple_of_reading_the_json() -> None:
    """Reading the JSON is the part no parser can avoid; the rest must be one linear pass
    (quadratic work on 100,000 records would be hundreds of times slower)."""
    statuses = ("Poster", "Oral", "Spotlight", "Reject", "Withdraw")
    records = [
        {
            "id": f"Id{number:07d}x",
            "title": f"Harbour robots number {number} with GNN",
            "status": statuses[number % len(statuses)],
            "author": "Ann Author, Bo Author, Cy Author",
            "aff": "Harbourlight Institute; Quillmere University; Quillmere University",
            "keywords": "robots; harbours; Robots",
            "site": f"https://summit.example/virtual/poster/{number}",
            "github": "",
            "rating": [5, 6, 7],
        }
        for number in range(100_000)
    ]
    text = json.dumps(records)
    started = time.perf_counter()
    json.loads(text)
    reading = time.perf_counter() - started
    started = time.perf_counter()
    result = parse_paperlist(text, "big.json")
    parsing = time.perf_counter() - started
    assert len(result.papers) == 60_000
    assert parsing < 8 * reading, f"{parsing:.2f}s to parse, {reading:.2f}s to read the JSON"
