"""What services hand to cogs and renderers: plain frozen records, detached from the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo


class Voice(StrEnum):
    """Whose words a conference's session descriptions are: a data file of ours is written in
    our own words, an imported programme in its organisers', and the bot says which it quotes."""

    OURS = "ours"
    ORGANISERS = "organisers"


@dataclass(frozen=True)
class Examples:
    """Examples for help texts, from the conference's data file: code holds no conference's
    words, so each conference shows questions that make sense for it."""

    paper: str = ""
    topic: str = ""
    session: str = ""
    day: str = ""
    chat: tuple[str, ...] = ("what's on now?", "what's next?")

    @property
    def commands(self) -> list[str]:
        """Slash commands filled in with this conference's examples."""
        found = [
            f"/paper query:{self.paper}" if self.paper else "",
            f"/posters day:{self.day}" if self.day else "",
            f"/topic query:{self.topic}" if self.topic else "",
            f"/session name:{self.session}" if self.session else "",
        ]
        return [line for line in found if line] or ["/schedule", "/now"]


def zone_label(name: str) -> str:
    """A zone as people read it: POSIX's fixed-offset names count west of Greenwich as
    positive (Etc/GMT-1 is an hour ahead of UTC), so they are shown as "UTC+01:00"; every
    other zone by its IANA name."""
    if name in ("UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/GMT+0", "Etc/GMT-0"):
        return "UTC"
    if name.startswith("Etc/GMT") and name[7:8] in ("+", "-") and name[8:].isdigit():
        hours = -int(name[7:])
        return f"UTC{'+' if hours > 0 else '-'}{abs(hours):02d}:00"
    return name


@dataclass(frozen=True)
class ConferenceFacts:
    """What a conference says of itself: the same whether a file gives it or the store holds
    it, so an import and the view built from its row cannot drift apart."""

    slug: str
    name: str
    full_name: str
    edition: int | None
    start_date: date
    end_date: date
    city: str
    venue: str
    timezone: str
    website: str | None
    description: str


@dataclass(frozen=True)
class ConferenceView(ConferenceFacts):
    id: int
    figures: tuple[tuple[str, str], ...]
    links: tuple[tuple[str, str], ...]
    next_edition: dict[str, str]
    day_notes: dict[date, str] = field(default_factory=dict)
    """A note for days something is missing on purpose ('the first day was for workshops')."""
    examples: Examples = field(default_factory=Examples)
    descriptions: Voice = Voice.OURS

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def zone_label(self) -> str:
        """The venue's zone as replies name it (see `zone_label`)."""
        return zone_label(self.timezone)

    @property
    def days(self) -> list[date]:
        count = (self.end_date - self.start_date).days + 1
        return [date.fromordinal(self.start_date.toordinal() + i) for i in range(count)]


@dataclass(frozen=True)
class PaperRef:
    """A paper as a line in a list."""

    slug: str
    title: str
    kind: str
    award: str | None


@dataclass(frozen=True)
class SessionView:
    id: int
    slug: str
    kind: str
    title: str
    starts_at: datetime | None
    ends_at: datetime | None
    timing: str
    room: str | None
    topics: tuple[str, ...]
    people: tuple[tuple[str, str], ...]
    talk_title: str | None
    description: str
    url: str | None
    retired: bool = False
    papers: tuple[PaperRef, ...] = ()
    more_papers: int = 0
    """Live papers beyond `papers`: a session of thousands lists only the first it can show."""
    links: tuple[tuple[str, str], ...] = ()
    """(label, url) of its own links beside its page: slides, source code, a project's site."""
    language: str | None = None
    """The code of the language it is given in ("de", "en"); None when the schedule is silent."""

    @property
    def approximate(self) -> bool:
        return self.timing != "verified"

    @property
    def day_uncertain(self) -> bool:
        """A tentative slot may not even be on the day it is filed under, which the marker
        for approximate times alone would not tell a reader planning their day."""
        return self.timing in ("tentative", "unknown")

    def people_with(self, role: str) -> list[str]:
        return [name for name, person_role in self.people if person_role == role]


@dataclass(frozen=True)
class PaperView:
    id: int
    slug: str
    title: str
    authors: tuple[str, ...]
    kind: str
    award: str | None
    openreview_id: str | None
    arxiv_id: str | None
    code_url: str | None
    aliases: tuple[str, ...]
    topics: tuple[str, ...]
    summary: str
    day: date | None
    placement: str
    poster_board: str | None
    sessions: tuple[SessionView, ...] = ()
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    """The paper's own slot inside its session (a 15-minute oral), where a source gives one."""
    affiliations: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    site_url: str | None = None
    """The conference's own page of the paper (a virtual site), where the paper list gives one."""
    summary_source: str | None = None
    """The page the summary's facts were taken from (see PaperData.summary_source)."""
    abstract: str = ""
    """The authors' own abstract (`confbot enrich`): shown as theirs, never as a summary."""
    tldr: str = ""
    """The authors' own one-line TL;DR, where they gave one."""
    abstract_source: str | None = None
    """The address the abstract and TL;DR were read from."""

    @property
    def openreview_url(self) -> str | None:
        if not self.openreview_id:
            return None
        return f"https://openreview.net/forum?id={self.openreview_id}"

    @property
    def arxiv_url(self) -> str | None:
        return f"https://arxiv.org/abs/{self.arxiv_id}" if self.arxiv_id else None

    @property
    def url(self) -> str | None:
        """Where to read the paper: its OpenReview forum, else its arXiv page."""
        return self.openreview_url or self.arxiv_url


@dataclass(frozen=True)
class NowAndNext:
    """What is running at an instant and what starts next."""

    at: datetime
    current: tuple[SessionView, ...]
    upcoming: tuple[SessionView, ...]
    before_start: bool
    after_end: bool
    last_day: date | None = None
    """The last day anything started on, a set after midnight counted as the night before's:
    a schedule's declared end may be the morning its last night ends."""


@dataclass(frozen=True)
class TopicView:
    """A topic of a conference's glossary: what it is called, and what else it answers to."""

    id: int
    slug: str
    name: str
    aliases: tuple[str, ...]

    @property
    def labels(self) -> list[str]:
        """Every name the topic answers to: what matching and autocomplete compare with."""
        return [self.name, *self.aliases]


@dataclass(frozen=True)
class TopicMatch:
    """Sessions and papers on a topic; `topics` are the topic names that matched."""

    query: str
    topics: tuple[str, ...]
    sessions: tuple[SessionView, ...]
    papers: tuple[PaperRef, ...]
    more_papers: int = 0
    """Papers on the topics beyond those listed: a topic of thousands lists only its first."""


ChoiceValue = TypeVar("ChoiceValue", str, int)


@dataclass(frozen=True)
class Choice(Generic[ChoiceValue]):
    """An autocomplete entry: what the user sees and the value the command receives."""

    name: str
    value: ChoiceValue
