"""Merging hand-curated papers with a full paper list: curated words survive every import, the
list fills the gaps, and nothing disappears without a line in the operator's report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from bot.domain.imported import ConferenceData, PaperData, PaperList
from bot.imports.merge import merge_papers, title_key


def paper(slug: str, title: str, **fields: Any) -> PaperData:
    base = PaperData(
        slug=slug,
        title=title,
        authors=(),
        openreview_id=None,
        arxiv_id=None,
        kind="poster",
        award=None,
        aliases=(),
        topics=(),
        sessions=(),
        day=None,
        placement="unknown",
        poster_board=None,
        code_url=None,
        summary="",
    )
    return replace(base, **fields)


CURATED = paper(
    "moth-lamps",
    "Why Moths Circle Lamps: A Gradient View",
    authors=("Ada Quill",),
    openreview_id="Xq1MothAA",
    kind="oral",
    award="Best Paper",
    aliases=("moth paper",),
    topics=("insect navigation",),
    sessions=("thu-orals",),
    day=date(2031, 6, 3),
    placement="verified",
    summary="Our own words about moths.",
)
LISTED_TWIN = paper(
    "xq1mothaa",
    "WHY MOTHS CIRCLE LAMPS: A GRADIENT VIEW",
    authors=("Ada Quill", "Bo Renn"),
    openreview_id="Xq1MothAA",
    kind="poster",
    affiliations=("Lakeside Institute",),
    keywords=("moths", "light"),
    site_url="https://example.org/virtual/poster/1",
    code_url="https://example.org/code/moths",
)
LISTED_OTHER = paper(
    "zz9pluralz",
    "Counting Pebbles With Transformers",
    authors=("Cy Dorn",),
    openreview_id="Zz9PluralZ",
)


def conference(*papers: PaperData) -> ConferenceData:
    return ConferenceData(
        slug="wsn2031",
        name="WSN 2031",
        full_name="Workshop on Small Networks 2031",
        edition=None,
        start_date=date(2031, 6, 2),
        end_date=date(2031, 6, 3),
        city="Harbourtown",
        venue="Old Mill",
        timezone="Europe/Lisbon",
        website=None,
        description="",
        details={},
        rooms=(),
        topics=(),
        sessions=(),
        papers=papers,
    )


def listing(*papers: PaperData) -> PaperList:
    return PaperList(papers=papers, source="wsn2031.json")


def test_every_list_paper_is_in_the_merged_conference_once() -> None:
    merged, _ = merge_papers(conference(CURATED), listing(LISTED_TWIN, LISTED_OTHER))
    assert [p.slug for p in merged.papers] == ["moth-lamps", "zz9pluralz"]


def test_a_curated_paper_keeps_everything_a_person_wrote() -> None:
    merged, _ = merge_papers(conference(CURATED), listing(LISTED_TWIN))
    (kept,) = merged.papers
    assert kept.slug == "moth-lamps"
    assert kept.title == CURATED.title, "the list's shouting title does not replace ours"
    assert kept.summary == "Our own words about moths."
    assert kept.sessions == ("thu-orals",)
    assert kept.award == "Best Paper"
    assert kept.aliases == ("moth paper",)
    assert kept.topics == ("insect navigation",)
    assert kept.day == date(2031, 6, 3)
    assert kept.placement == "verified"
    assert kept.kind == "oral"
    assert kept.authors == ("Ada Quill",), "curated authors are not replaced"


def test_a_curated_paper_gains_what_only_the_list_has() -> None:
    merged, _ = merge_papers(conference(CURATED), listing(LISTED_TWIN))
    (kept,) = merged.papers
    assert kept.affiliations == ("Lakeside Institute",)
    assert kept.keywords == ("moths", "light")
    assert kept.site_url == "https://example.org/virtual/poster/1"
    assert kept.code_url == "https://example.org/code/moths"


def test_a_curated_code_link_is_not_overwritten() -> None:
    own = replace(CURATED, code_url="https://example.org/our-code")
    merged, _ = merge_papers(conference(own), listing(LISTED_TWIN))
    assert merged.papers[0].code_url == "https://example.org/our-code"


def test_a_curated_paper_without_authors_takes_the_lists() -> None:
    merged, _ = merge_papers(conference(replace(CURATED, authors=())), listing(LISTED_TWIN))
    assert merged.papers[0].authors == ("Ada Quill", "Bo Renn")


def test_without_an_id_the_title_matches_whatever_its_case_and_accents() -> None:
    curated = replace(CURATED, openreview_id=None, title="Why Mothś circle lamps — a gradient view")
    merged, report = merge_papers(conference(curated), listing(LISTED_TWIN))
    assert [p.slug for p in merged.papers] == ["moth-lamps"]
    assert merged.papers[0].openreview_id == "Xq1MothAA", "the id comes with the match"
    assert report == ()


def test_the_id_wins_over_a_title_that_names_another_paper() -> None:
    curated = replace(CURATED, title=LISTED_OTHER.title)
    merged, _ = merge_papers(conference(curated), listing(LISTED_TWIN, LISTED_OTHER))
    assert [p.slug for p in merged.papers] == ["moth-lamps", "zz9pluralz"]
    assert merged.papers[0].site_url == LISTED_TWIN.site_url


def test_list_papers_not_curated_are_added_as_they_are() -> None:
    merged, report = merge_papers(conference(CURATED), listing(LISTED_TWIN, LISTED_OTHER))
    assert merged.papers[1] == LISTED_OTHER
    assert merged.papers[1].summary == ""
    assert report == ()


def test_a_curated_paper_the_list_lacks_stays_and_is_reported() -> None:
    merged, report = merge_papers(conference(CURATED), listing(LISTED_OTHER))
    assert merged.papers[0] == CURATED
    assert [item.entry for item in report] == ["papers (moth-lamps)"]
    assert "not in wsn2031.json" in report[0].reason


def test_a_list_paper_whose_slug_a_curated_paper_holds_is_renamed_not_dropped() -> None:
    squatter = replace(LISTED_OTHER, slug="moth-lamps")
    merged, report = merge_papers(conference(CURATED), listing(LISTED_TWIN, squatter))
    assert [p.slug for p in merged.papers] == ["moth-lamps", "moth-lamps-2"]
    assert merged.papers[1].title == LISTED_OTHER.title
    (item,) = report
    assert item.entry == "wsn2031.json (moth-lamps)"
    assert "taken by a curated paper" in item.reason
    assert "'moth-lamps-2'" in item.reason


def test_renaming_is_the_same_on_every_import() -> None:
    taken = replace(CURATED, slug="pebbles")
    also_taken = paper("pebbles-2", "Pebbles, Continued", openreview_id="Pb2Cont00")
    squatter = replace(LISTED_OTHER, slug="pebbles")
    curated = conference(taken, also_taken)
    first, _ = merge_papers(curated, listing(squatter))
    again, _ = merge_papers(curated, listing(squatter))
    assert [p.slug for p in first.papers] == ["pebbles", "pebbles-2", "pebbles-3"]
    assert first == again


def test_the_merge_leaves_the_rest_of_the_conference_alone() -> None:
    original = conference(CURATED)
    merged, _ = merge_papers(original, listing(LISTED_TWIN))
    assert replace(merged, papers=original.papers) == original
    assert original.papers == (CURATED,), "the input is not changed"


def test_titles_compare_without_case_punctuation_or_accents() -> None:
    assert title_key("Ordre: NÉURONES, en Réseau!") == title_key("ordre neurones en reseau")
    assert title_key("Moths") != title_key("Moth")
