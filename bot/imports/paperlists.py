"""Reads a papercopilot/paperlists JSON file: every submission of a conference, one record each.

Such a file lists rejected and withdrawn submissions beside the accepted ones; only accepted
papers join a conference, and the rest are counted per decision in a single line, because
thousands of "left out: Reject" lines would bury anything the operator needs to see. The
lists are large (100,000 records), so the file is read in one pass.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlparse

from bot.domain.imported import PaperData, PaperList, Skipped
from bot.domain.kinds import PaperKind
from bot.domain.text import slugify, unique_slug
from bot.imports.event_text import shortened, without_emails
from bot.imports.problems import DataError
from bot.imports.titles import acronyms_in, is_shouting, readable_title

MAX_TITLE = 500
MAX_SUGGESTED_SLUG = 64
MAX_SLUG = 120
MAX_URL = 500
_ACRONYM_START = re.compile(r"[A-Z][A-Z0-9']")
"""An acronym ("GNN", "A3C") is a capital followed by a capital or a digit: a title without
that pair teaches acronyms_in() nothing."""
SPOTLIGHT = PaperKind.ORAL.value
"""A spotlight is a short talk plus a poster: presented as an oral, as the paper shows it."""
_NOT_ACCEPTED = ("reject", "withdr")
_BY_WORD = (
    ("oral", PaperKind.ORAL.value),
    ("top-5%", PaperKind.ORAL.value),
    ("spotlight", SPOTLIGHT),
    ("top-25%", SPOTLIGHT),
    ("poster", PaperKind.POSTER.value),
)
"""Words of a decision that say how an accepted paper is presented ("Accept (Oral)")."""


def _kind(status: str) -> str | None:
    """The paper kind a decision gives, or None when the submission was not accepted."""
    folded = status.casefold()
    if any(word in folded for word in _NOT_ACCEPTED):
        return None
    for word, kind in _BY_WORD:
        if word in folded:
            return kind
    return PaperKind.POSTER.value if folded.startswith("accept") else None


def _records(text: str, source: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(source, "file", "*", f"is not JSON ({exc.msg}, line {exc.lineno})") from exc
    if not isinstance(data, list):
        raise DataError(source, "file", "*", "must be a JSON array of paper records")
    for index, record in enumerate(data):
        if not isinstance(record, dict):
            raise DataError(source, f"record[{index}]", "*", "must be an object")
    return data


def _text(record: dict[str, Any], field: str) -> str:
    value = record.get(field)
    return value.strip() if isinstance(value, str) else ""


def _items(record: dict[str, Any], field: str, separator: str) -> list[str]:
    """The stripped, non-empty items of a list written in one string, addresses taken out."""
    value = record.get(field)
    if not value or not isinstance(value, str):
        return []
    if "@" in value:
        value = without_emails(value)
    return [item for part in value.split(separator) if (item := part.strip())]


_LAST_NAMES = re.compile(r"\s+(?:&|and)\s+|^and\s+")
"""What joins the last names of a list written as prose ("Ann Lee & Bo Yu", "A, B, and C")."""


def _authors(record: dict[str, Any]) -> tuple[str, ...]:
    """Each author once: a list written as prose ("Dan Hendrycks and Thomas Dietterich")
    names two people, each found by their own name, not one person called by both."""
    return tuple(
        name
        for item in _items(record, "author", ",")
        for part in _LAST_NAMES.split(item)
        if (name := part.strip())
    )


def _distinct(items: list[str]) -> tuple[str, ...]:
    """The items once each, in order; "Robotics" and "robotics" are one item."""
    by_key: dict[str, str] = {}
    for item in items:
        by_key.setdefault(item.casefold(), item)
    return tuple(by_key.values())


def _link(value: str) -> str | None:
    """event_text.link()'s rule (an absolute web address, no spaces, short enough to store)
    by string methods alone: it runs twice for every paper."""
    if len(value) > MAX_URL or not value.startswith(("http://", "https://")):
        return None
    return value if value.isprintable() and " " not in value else None


class _Titles:
    """Titles made readable. The file's acronyms are learnt from all its titles, but only once
    a title in capitals needs them: most lists have none, and learning costs a pass."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.records = records
        self.acronyms: frozenset[str] | None = None

    def readable(self, title: str) -> str:
        title = " ".join(title.split())
        if is_shouting(title):
            if self.acronyms is None:
                self.acronyms = _acronyms(self.records)
            title = readable_title(title, self.acronyms)
        return shortened(title, MAX_TITLE)


def _paper(
    record: dict[str, Any],
    forum_id: str,
    title: str,
    kind: str,
    slug: str,
    titles: _Titles,
) -> PaperData:
    return PaperData(
        slug=slug,
        title=titles.readable(title),
        authors=_authors(record),
        openreview_id=forum_id,
        arxiv_id=None,
        kind=kind,
        award=None,
        aliases=(),
        topics=(),
        sessions=(),
        day=None,
        placement="unknown",
        poster_board=None,
        code_url=_link(_text(record, "github")),
        summary="",
        affiliations=_distinct(_items(record, "aff", ";")),
        keywords=_distinct(_items(record, "keywords", ";")),
        site_url=_link(_text(record, "site")),
    )


class _Decisions:
    """The kind each decision gives (a file has a dozen decisions, read once each) and how
    many submissions each decision left out."""

    def __init__(self) -> None:
        self.kinds: dict[str, str | None] = {}
        self.labels: dict[str, str] = {}
        self.spelling: dict[str, str] = {}
        self.left_out: Counter[str] = Counter()

    def kind(self, status: Any) -> str | None:
        """The kind of a record's status as the file gives it (any value, even none)."""
        if not isinstance(status, str):
            status = ""
        if status not in self.kinds:
            self._learn(status)
        kind = self.kinds[status]
        if kind is None:
            self.left_out[self.labels[status]] += 1
        return kind

    def _learn(self, status: str) -> None:
        text = status.strip()
        self.kinds[status] = _kind(text)
        self.labels[status] = self.spelling.setdefault(text.casefold(), text or "no status")

    def report(self) -> list[Skipped]:
        """One line for all of them: "1,077 submissions not accepted: 921 Reject, 156 Withdraw"."""
        total = sum(self.left_out.values())
        if not total:
            return []
        noun = "submission" if total == 1 else "submissions"
        parts = ", ".join(f"{count:,} {status}" for status, count in self.left_out.most_common())
        return [Skipped(f"{total:,} {noun} not accepted", parts)]


def _slug(forum_id: str) -> str:
    """slugify(), without its Unicode work for the usual all-ASCII letters-and-digits id."""
    if forum_id.isascii() and forum_id.isalnum():
        return forum_id.lower()[:MAX_SLUG]
    return slugify(forum_id)


def _acronyms(records: list[dict[str, Any]]) -> frozenset[str]:
    """acronyms_in() over every title of the file, skipping titles that cannot hold one."""
    return acronyms_in(
        title
        for record in records
        if isinstance(title := record.get("title"), str) and _ACRONYM_START.search(title)
    )


def suggested_slug(source: str) -> str | None:
    """The conference a file's name suggests ("summit2031.json" -> "summit2031"); None when the
    source is not a named .json file."""
    path = urlparse(source).path if "://" in source else source.replace("\\", "/")
    name = PurePosixPath(path)
    if name.suffix.lower() != ".json":
        return None
    slug = slugify(name.stem)[:MAX_SUGGESTED_SLUG].strip("-")
    return slug if name.stem.strip() and slug != "topic" else None


def parse_paperlist(text: str, source: str) -> PaperList:
    """The accepted papers of a paper list, with one line for every submission left out.

    A record without a title or an id is left out (and named); one without authors is kept.
    A file that is not a JSON array of objects raises DataError.
    """
    records = _records(text, source)
    titles = _Titles(records)
    decisions = _Decisions()
    papers: list[PaperData] = []
    skipped: list[Skipped] = []
    taken: set[str] = set()
    for index, record in enumerate(records):
        kind = decisions.kind(record.get("status"))
        if kind is None:
            continue
        forum_id, title = _text(record, "id"), _text(record, "title")
        missing = "id" if not forum_id else "title" if not title else None
        if missing:
            skipped.append(Skipped(f"record[{index}]", f"field '{missing}' is missing"))
            continue
        slug = unique_slug(_slug(forum_id), taken)
        papers.append(_paper(record, forum_id, title, kind, slug, titles))
    skipped += decisions.report()
    return PaperList(tuple(papers), tuple(skipped), source, suggested_slug(source))
