"""A conference as a file gives it, checked and typed, before it reaches the store.

Every importer (our TOML, c3voc/pretalx/frab JSON and XML, iCalendar, paper lists) produces
these records, and the store applies them one way, so a format is only a parser. Times are
aware datetimes (any zone; the store keeps UTC). Keys (`slug`) are stable across re-imports:
they come from the file's own ids (guid, UID, OpenReview id), never from titles, so a retitled
or moved session is still the same session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from bot.domain.records import ConferenceFacts


@dataclass(frozen=True)
class RoomData:
    slug: str
    name: str
    purpose: str = ""


@dataclass(frozen=True)
class TopicData:
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SessionData:
    """`room` is a room slug of the same conference; `people` are (name, role) pairs, and
    never carry an e-mail address."""

    slug: str
    kind: str
    title: str
    starts_at: datetime | None
    ends_at: datetime | None
    timing: str
    room: str | None = None
    topics: tuple[str, ...] = ()
    people: tuple[tuple[str, str], ...] = ()
    talk_title: str | None = None
    description: str = ""
    url: str | None = None
    links: tuple[tuple[str, str], ...] = ()
    """(label, url) of each link the schedule gives beside its page: slides, source code."""
    language: str | None = None
    """The code of the language it is given in ("de", "en"), when the schedule says."""


@dataclass(frozen=True)
class PaperData:
    """`summary` is empty unless someone wrote one in their own words; `sessions` are session
    slugs of the same conference (empty: no session known)."""

    slug: str
    title: str
    authors: tuple[str, ...]
    openreview_id: str | None
    arxiv_id: str | None
    kind: str
    award: str | None
    aliases: tuple[str, ...]
    topics: tuple[str, ...]
    sessions: tuple[str, ...]
    day: date | None
    placement: str
    poster_board: str | None
    code_url: str | None
    summary: str
    affiliations: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    site_url: str | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    """The paper's own slot inside its session, where a source gives one (a 15-minute oral)."""
    summary_source: str | None = None
    """The page the summary's facts were taken from, shown beside it as its source."""


@dataclass(frozen=True)
class ConferenceData(ConferenceFacts):
    """`source` says where it came from (a path or a URL, as the operator gave it)."""

    details: dict[str, Any]
    rooms: tuple[RoomData, ...]
    topics: tuple[TopicData, ...]
    sessions: tuple[SessionData, ...]
    papers: tuple[PaperData, ...]
    source: str = ""


@dataclass(frozen=True)
class Skipped:
    """An entry an importer left out on purpose, and why, for the operator's report."""

    entry: str
    reason: str


@dataclass(frozen=True)
class Imported:
    """What a parser read: the conference, and what it skipped (the file still imports)."""

    conference: ConferenceData
    skipped: tuple[Skipped, ...] = ()


@dataclass(frozen=True)
class PaperList:
    """A list of papers without a programme (papercopilot/paperlists): it joins a conference
    that the store or another file already has."""

    papers: tuple[PaperData, ...]
    skipped: tuple[Skipped, ...] = ()
    source: str = ""
    suggested_slug: str | None = field(default=None)
