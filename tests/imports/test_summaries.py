"""Summaries kept beside a paper list: joined to their papers by OpenReview id, each with the
page it was written from, and a file with a mistake refused whole."""

from __future__ import annotations

import json

import pytest

from bot.domain.imported import ConferenceData
from bot.imports.problems import DataError
from bot.imports.summaries import parse_summaries, with_summaries
from tests.imports.test_merge import conference, paper

SOURCE = "https://openreview.net/forum?id="


def written(**entries: tuple[str, str]) -> str:
    papers = {key: {"summary": text, "source": source} for key, (text, source) in entries.items()}
    return json.dumps({"papers": papers})


def two_papers() -> ConferenceData:
    return conference(
        paper("listed", "A Listed Paper", openreview_id="aaa"),
        paper("curated", "A Curated Paper", openreview_id="bbb", summary="Our own earlier words."),
    )


def test_a_summary_joins_its_paper_with_its_source() -> None:
    summaries = parse_summaries(written(aaa=("Short and ours.", SOURCE + "aaa")), "s.json")
    (listed, curated) = with_summaries(two_papers(), summaries, "s.json").papers
    assert (listed.summary, listed.summary_source) == ("Short and ours.", SOURCE + "aaa")
    assert curated.summary == "Our own earlier words."


def test_a_summary_written_in_the_conference_file_is_kept() -> None:
    summaries = parse_summaries(written(bbb=("Another try.", SOURCE + "bbb")), "s.json")
    (_, curated) = with_summaries(two_papers(), summaries, "s.json").papers
    assert curated.summary == "Our own earlier words."


def test_a_summary_without_a_source_is_refused() -> None:
    with pytest.raises(DataError) as failure:
        parse_summaries(json.dumps({"papers": {"aaa": {"summary": "Ours."}}}), "s.json")
    assert "papers.aaa" in str(failure.value)
    assert "source" in str(failure.value)


def test_a_source_that_is_no_web_address_is_refused() -> None:
    with pytest.raises(DataError, match="http"):
        parse_summaries(written(aaa=("Ours.", "the abstract")), "s.json")


def test_two_papers_with_the_same_summary_are_refused() -> None:
    text = written(aaa=("Same words.", SOURCE + "aaa"), bbb=("Same words.", SOURCE + "bbb"))
    with pytest.raises(DataError, match=r"papers\.aaa"):
        parse_summaries(text, "s.json")


def test_a_summary_for_a_paper_the_conference_lacks_is_a_typo() -> None:
    summaries = parse_summaries(written(zzz=("Ours.", SOURCE + "zzz")), "s.json")
    with pytest.raises(DataError, match=r"papers\.zzz"):
        with_summaries(two_papers(), summaries, "s.json")


def test_a_file_that_is_not_json_names_itself() -> None:
    with pytest.raises(DataError, match=r"s\.json"):
        parse_summaries('{"papers": {', "s.json")


def test_a_paper_without_an_openreview_id_is_left_as_it_is() -> None:
    bare = paper("bare", "A Paper Without An Id")
    summaries = parse_summaries(written(aaa=("Ours.", SOURCE + "aaa")), "s.json")
    with_both = conference(bare, paper("listed", "A Listed Paper", openreview_id="aaa"))
    assert with_summaries(with_both, summaries, "s.json").papers[0] == bare


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(DataError, match="papers"):
        parse_summaries("[]", "s.json")
