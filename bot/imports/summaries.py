"""Summaries of list papers, written in our own words, kept apart from the paper list.

A paper list is the organisers' facts and is replaced whole when they publish a new one; the
summaries are ours and carry the address each was written from. Keyed by OpenReview id, the
one key both files share that survives a retitled paper. JSON, like the paper list beside it,
so that a folder of conference files (*.toml) never mistakes it for a conference:

    {"about": "...", "papers": {"rJl-b3RcF7": {"summary": "One to three sentences of our own.",
                                               "source": "https://openreview.net/forum?id=..."}}}
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from bot.domain.imported import ConferenceData, PaperData
from bot.imports.problems import DataError

MAX_SUMMARY = 1500
MAX_SOURCE = 500


@dataclass(frozen=True)
class Summary:
    text: str
    source: str


def _field(path: str, entry: str, table: dict[str, Any], field: str, limit: int) -> str:
    value = table.get(field)
    if not isinstance(value, str) or not value.strip():
        raise DataError(path, entry, field, "must be a non-empty string")
    if len(value) > limit:
        raise DataError(path, entry, field, f"is longer than {limit} characters")
    return value.strip()


def parse_summaries(text: str, path: str) -> dict[str, Summary]:
    """Every summary of the file by OpenReview id. A summary needs its source, and two papers
    never share one: a pasted duplicate would tell readers two papers say the same thing."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(path, "file", "*", f"is not JSON ({exc.msg}, line {exc.lineno})") from exc
    papers = raw.get("papers") if isinstance(raw, dict) else None
    if not isinstance(papers, dict):
        raise DataError(path, "papers", "*", "must be an object of papers by OpenReview id")
    found: dict[str, Summary] = {}
    first_with: dict[str, str] = {}
    for paper_id, table in papers.items():
        entry = f"papers.{paper_id}"
        if not isinstance(table, dict):
            raise DataError(path, entry, "*", "expected an object")
        summary = Summary(
            _field(path, entry, table, "summary", MAX_SUMMARY),
            _field(path, entry, table, "source", MAX_SOURCE),
        )
        if not summary.source.startswith(("http://", "https://")) or " " in summary.source:
            raise DataError(path, entry, "source", "must be an http(s) address without spaces")
        if summary.text in first_with:
            raise DataError(
                path, entry, "summary", f"is the same as papers.{first_with[summary.text]}'s"
            )
        first_with[summary.text] = paper_id
        found[paper_id] = summary
    return found


def with_summaries(
    conference: ConferenceData, summaries: dict[str, Summary], path: str
) -> ConferenceData:
    """The conference with each summary on its paper. A paper that has a summary written for
    it in the conference file keeps it; an id that no paper has is a typo and fails the file."""
    known = {paper.openreview_id for paper in conference.papers if paper.openreview_id}
    for paper_id in summaries:
        if paper_id not in known:
            raise DataError(path, f"papers.{paper_id}", "*", "no paper has this OpenReview id")
    return replace(
        conference, papers=tuple(_summarised(paper, summaries) for paper in conference.papers)
    )


def _summarised(paper: PaperData, summaries: dict[str, Summary]) -> PaperData:
    found = summaries.get(paper.openreview_id or "")
    if paper.summary or found is None:
        return paper
    return replace(paper, summary=found.text, summary_source=found.source)
