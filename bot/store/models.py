"""The schema: the conference as seeded from data/, and the user data that must survive re-seeding.

Conference rows (sessions, papers, topics, rooms) are owned by the seed and keyed by stable
slugs; rows users create (subscriptions, guild settings, deliveries) point at them by id, so
sessions and papers are retired rather than deleted when they vanish from data/.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from bot.store.types import UTCDateTime


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[str]: JSON,
    }


session_topics = Table(
    "session_topics",
    Base.metadata,
    Column("session_id", ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True),
)

paper_topics = Table(
    "paper_topics",
    Base.metadata,
    Column("paper_id", ForeignKey("papers.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True),
)

paper_sessions = Table(
    "paper_sessions",
    Base.metadata,
    Column("paper_id", ForeignKey("papers.id", ondelete="CASCADE"), primary_key=True),
    Column("session_id", ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True),
)


class Conference(Base):
    __tablename__ = "conferences"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    full_name: Mapped[str] = mapped_column(String(300))
    edition: Mapped[int | None]
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    city: Mapped[str] = mapped_column(String(200))
    venue: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    website: Mapped[str | None] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    source: Mapped[str] = mapped_column(String(1000), default="")
    imported_at: Mapped[datetime | None]
    revision: Mapped[int] = mapped_column(Integer, default=0)
    """Counts imports that changed something: running bots reload when it moves."""


class Room(Base):
    __tablename__ = "rooms"
    __table_args__ = (UniqueConstraint("conference_id", "slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")


class Topic(Base):
    __tablename__ = "topics"
    __table_args__ = (UniqueConstraint("conference_id", "slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(120))
    name: Mapped[str] = mapped_column(String(200))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)


class Session(Base):
    __tablename__ = "sessions"
    __table_args__ = (
        UniqueConstraint("conference_id", "slug"),
        Index("ix_sessions_conference_start", "conference_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    timing: Mapped[str] = mapped_column(String(16))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="SET NULL"))
    talk_title: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(String(500))
    people: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    links: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    language: Mapped[str | None] = mapped_column(String(16))

    room: Mapped[Room | None] = relationship(lazy="raise")
    topics: Mapped[list[Topic]] = relationship(secondary=session_topics, lazy="raise")
    papers: Mapped[list[Paper]] = relationship(
        secondary=paper_sessions, back_populates="sessions", lazy="raise"
    )


class Paper(Base):
    __tablename__ = "papers"
    __table_args__ = (
        UniqueConstraint("conference_id", "slug"),
        Index("ix_papers_live_title", "retired", "conference_id", "title"),
        Index("ix_papers_live_kind_title", "retired", "conference_id", "kind", "title"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(500))
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    openreview_id: Mapped[str | None] = mapped_column(String(64))
    arxiv_id: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    award: Mapped[str | None] = mapped_column(String(200))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    day: Mapped[date | None] = mapped_column(Date)
    placement: Mapped[str] = mapped_column(String(16))
    poster_board: Mapped[str | None] = mapped_column(String(100))
    code_url: Mapped[str | None] = mapped_column(String(500))
    summary: Mapped[str] = mapped_column(Text, default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    affiliations: Mapped[list[str]] = mapped_column(JSON, default=list)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    site_url: Mapped[str | None] = mapped_column(String(500))
    summary_source: Mapped[str | None] = mapped_column(String(500))
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    abstract: Mapped[str] = mapped_column(Text, default="")
    """The authors' abstract as OpenReview publishes it (`confbot enrich`): their words, shown
    as theirs and never as the bot's summary. A re-seed leaves it alone."""
    tldr: Mapped[str] = mapped_column(Text, default="")
    """The authors' one-line TL;DR, where they gave one."""
    abstract_source: Mapped[str | None] = mapped_column(String(500))
    """The address the abstract was read from."""
    abstract_checked_at: Mapped[datetime | None]
    """When OpenReview was last asked (found or not): a resumed run skips these papers."""

    topics: Mapped[list[Topic]] = relationship(secondary=paper_topics, lazy="raise")
    sessions: Mapped[list[Session]] = relationship(
        secondary=paper_sessions, back_populates="papers", lazy="raise"
    )


class Subscription(Base):
    """A user's wish to be reminded; targets are kept by slug so they survive re-seeding."""

    __tablename__ = "subscriptions"
    __table_args__ = (
        UniqueConstraint(
            "conference_id", "user_id", "target_type", "target_ref", "via", "channel_id"
        ),
        Index("ix_subscriptions_user", "user_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(BigInteger)
    guild_id: Mapped[int | None] = mapped_column(BigInteger)
    channel_id: Mapped[int | None] = mapped_column(BigInteger)
    target_type: Mapped[str] = mapped_column(String(16))
    target_ref: Mapped[str] = mapped_column(String(200))
    lead_minutes: Mapped[int] = mapped_column(Integer)
    via: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="active")
    created_at: Mapped[datetime]


class GuildSettings(Base):
    """Where and how a server wants keynotes and poster sessions announced."""

    __tablename__ = "guild_settings"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    channel_id: Mapped[int] = mapped_column(BigInteger)
    role_id: Mapped[int | None] = mapped_column(BigInteger)
    lead_minutes: Mapped[int] = mapped_column(Integer)
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    disabled_reason: Mapped[str | None] = mapped_column(String(300))
    updated_at: Mapped[datetime]


class GuildConference(Base):
    """Which conference a server follows, when it is not the bot's default."""

    __tablename__ = "guild_conferences"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    updated_at: Mapped[datetime]


class ScheduleChange(Base):
    """A change a re-import found in one session: what it was and what it is now."""

    __tablename__ = "schedule_changes"
    __table_args__ = (Index("ix_schedule_changes_conference", "conference_id", "detected_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    change: Mapped[str] = mapped_column(String(16))
    before: Mapped[dict[str, Any]] = mapped_column(JSON)
    after: Mapped[dict[str, Any]] = mapped_column(JSON)
    detected_at: Mapped[datetime]


class ChangeNotice(Base):
    """One notice of a change to someone who would have been reminded of that session."""

    __tablename__ = "change_notices"
    __table_args__ = (
        UniqueConstraint("change_id", "recipient"),
        Index("ix_change_notices_state", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    change_id: Mapped[int] = mapped_column(ForeignKey("schedule_changes.id", ondelete="CASCADE"))
    recipient: Mapped[str] = mapped_column(String(100))
    guild_id: Mapped[int | None] = mapped_column(BigInteger)
    user_id: Mapped[int | None] = mapped_column(BigInteger)
    channel_id: Mapped[int | None] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    claimed_at: Mapped[datetime | None]
    claimed_by: Mapped[str | None] = mapped_column(Text)
    finished_at: Mapped[datetime | None]
    reason: Mapped[str | None] = mapped_column(String(300))


class Delivery(Base):
    """One reminder or announcement to send: the durable record that prevents loss and doubles."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("recipient", "session_id", "lead_minutes"),
        Index("ix_deliveries_state_due", "state", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(String(100))
    subscription_id: Mapped[int | None] = mapped_column(
        ForeignKey("subscriptions.id", ondelete="SET NULL")
    )
    guild_id: Mapped[int | None] = mapped_column(BigInteger)
    user_id: Mapped[int | None] = mapped_column(BigInteger)
    channel_id: Mapped[int | None] = mapped_column(BigInteger)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    lead_minutes: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16), default="pending")
    claimed_at: Mapped[datetime | None]
    claimed_by: Mapped[str | None] = mapped_column(Text)
    """The dispatcher holding the claim: its claims go back to the queue once its lease lapses."""
    finished_at: Mapped[datetime | None]
    reason: Mapped[str | None] = mapped_column(String(300))
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class DispatcherLease(Base):
    """A dispatcher process allowed to send, while its lease is unexpired (renewed on a
    heartbeat). Processes of one crew send side by side (PostgreSQL); a console rehearsing on
    the store of `confbot run` is of another crew and never sends for it."""

    __tablename__ = "dispatcher_leases"

    holder: Mapped[str] = mapped_column(Text, primary_key=True)
    crew: Mapped[str] = mapped_column(Text)
    expires_at: Mapped[datetime]
    heartbeat_at: Mapped[datetime]


class DmChannel(Base):
    """The DM channel Discord opened with a user: kept, so a DM reminder needs no second
    request to find it again, even after a restart."""

    __tablename__ = "dm_channels"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    opened_at: Mapped[datetime]


class ReaderLocale(Base):
    """The Discord language a person last used with the bot, kept beside their reminders so
    a DM reminder (which no interaction carries a locale for) is written in it. Deleted with
    the rest of their data."""

    __tablename__ = "reader_locales"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    locale: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]


class AgendaItem(Base):
    """A session someone put on their personal agenda, kept by slug like subscriptions so it
    survives re-imports; a paper put on the agenda is stored as its sessions."""

    __tablename__ = "agenda_items"
    __table_args__ = (
        UniqueConstraint("conference_id", "user_id", "session_slug"),
        Index("ix_agenda_items_user", "user_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(BigInteger)
    session_slug: Mapped[str] = mapped_column(String(120))
    added_at: Mapped[datetime]


class AgendaReminder(Base):
    """Someone's wish for a DM some minutes before everything on their agenda: one setting,
    so items added or removed later are followed without a subscription each."""

    __tablename__ = "agenda_reminders"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    lead_minutes: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime]


class ScheduledEvent(Base):
    """A Discord scheduled event the bot published in a server for a session, and a digest of
    what it last sent, so a re-run changes only what changed and never publishes twice."""

    __tablename__ = "scheduled_events"
    __table_args__ = (UniqueConstraint("guild_id", "conference_id", "session_slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id", ondelete="CASCADE"))
    session_slug: Mapped[str] = mapped_column(String(120))
    event_id: Mapped[int] = mapped_column(BigInteger)
    digest: Mapped[str] = mapped_column(String(64))
    starts_at: Mapped[datetime]
    published_at: Mapped[datetime]


class FollowedSource(Base):
    """A schedule URL `confbot run` and `confbot follow` poll, with what the last poll learnt:
    the server's validators for a conditional request, and what the operator should see."""

    __tablename__ = "followed_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(1000), unique=True)
    slug: Mapped[str | None] = mapped_column(String(64))
    timezone: Mapped[str | None] = mapped_column(String(64))
    interval_seconds: Mapped[int] = mapped_column(Integer)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    checked_at: Mapped[datetime | None]
    changed_at: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(Text)
    """The last error or held change, as the operator reads it; None once a poll succeeds."""
    failures: Mapped[int] = mapped_column(Integer, default=0)
    next_check_at: Mapped[datetime | None]


class RelatedPaper(Base):
    """One of a paper's related papers (papers like this one), by rank, with its cosine.
    Rows are written for a whole conference at once, and count only while `RelatedRun` says
    they were computed at the conference's current revision."""

    __tablename__ = "related_papers"

    paper_id: Mapped[int] = mapped_column(
        ForeignKey("papers.id", ondelete="CASCADE"), primary_key=True
    )
    rank: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    related_id: Mapped[int] = mapped_column(ForeignKey("papers.id", ondelete="CASCADE"))
    score: Mapped[float] = mapped_column(Float)


class RelatedRun(Base):
    """The conference revision its related papers were computed at: a card shows them only
    when it is the conference's current one, never pairs from before an import."""

    __tablename__ = "related_runs"

    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), primary_key=True
    )
    revision: Mapped[int] = mapped_column(Integer)
