"""Reminder records and the names of their states: what subscriptions follow, how deliveries
travel, and what the store, the reminders feature and the dispatcher hand each other.

Kept apart from `records.py` because they describe user data (subscriptions, deliveries), not
the conference.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.domain.errors import N_, DomainError
from bot.domain.records import SessionView

DEFAULT_LEAD_MINUTES = 10
MIN_LEAD_MINUTES, MAX_LEAD_MINUTES = 1, 120


_LEAD_RULE = {
    "Reminders": N_("Reminders can come {lowest} to {highest} minutes before a session."),
    "Announcements": N_("Announcements can come {lowest} to {highest} minutes before a session."),
    "Agenda reminders": N_(
        "Agenda reminders can come {lowest} to {highest} minutes before a session."
    ),
}


def check_lead(minutes: int, what: str) -> int:
    """The one rule for lead times, for reminders and announcements alike."""
    if not MIN_LEAD_MINUTES <= minutes <= MAX_LEAD_MINUTES:
        raise DomainError(_LEAD_RULE[what], lowest=MIN_LEAD_MINUTES, highest=MAX_LEAD_MINUTES)
    return minutes


class TargetType(StrEnum):
    """What a subscription follows."""

    SESSION = "session"
    PAPER = "paper"
    TOPIC = "topic"
    KIND = "kind"


class Via(StrEnum):
    """How a person asked to be reminded."""

    DM = "dm"
    HERE = "here"


class Route(StrEnum):
    """How a delivery travels: a DM, a channel mentioning one user, or a server announcement."""

    DM = "dm"
    HERE = "here"
    GUILD = "guild"


RECIPIENT_SEPARATOR = ":"


def recipient(route: Route, *ids: int) -> str:
    """A delivery's recipient, encoded once here: its route, then the ids that say who, all
    separated by RECIPIENT_SEPARATOR (the reminders' SQL builds the same text from the same
    parts, `bot.reminders.persistence.deliveries.recipient_sql`)."""
    return RECIPIENT_SEPARATOR.join([route, *map(str, ids)])


def dm_recipient(user_id: int) -> str:
    """A DM to a user..."""
    return recipient(Route.DM, user_id)


def here_recipient(channel_id: int, user_id: int) -> str:
    """...a channel message mentioning one user..."""
    return recipient(Route.HERE, channel_id, user_id)


def guild_recipient(guild_id: int) -> str:
    """...or a server's announcement."""
    return recipient(Route.GUILD, guild_id)


def subscription_recipient(via: str, user_id: int, channel_id: int | None) -> str:
    if via == Via.HERE and channel_id is not None:
        return here_recipient(channel_id, user_id)
    return dm_recipient(user_id)


def route_of(recipient: str) -> Route:
    """How a recipient is reached, from its encoded form."""
    return Route(recipient.split(RECIPIENT_SEPARATOR, 1)[0])


DM_RECIPIENTS = f"{Route.DM}{RECIPIENT_SEPARATOR}%"
GUILD_RECIPIENTS = f"{Route.GUILD}{RECIPIENT_SEPARATOR}%"
"""SQL LIKE patterns matching every recipient of one route."""


class DeliveryState(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    SENT = "sent"
    LATE = "late"
    MISSED = "missed"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Saved(StrEnum):
    """What /remind add did with the reminder asked for."""

    CREATED = "created"
    UPDATED = "updated"
    """A new lead time."""
    REACTIVATED = "reactivated"
    UNCHANGED = "unchanged"


class SubscriptionStatus(StrEnum):
    ACTIVE = "active"
    RETIRED = "retired"
    DMS_CLOSED = "dms_closed"
    CHANNEL_GONE = "channel_gone"


STATUS_NOTES = {
    SubscriptionStatus.ACTIVE: "",
    SubscriptionStatus.RETIRED: N_("no longer in the programme: nothing will be sent"),
    SubscriptionStatus.DMS_CLOSED: N_(
        "paused: your DMs were closed to me, so all your DM reminders are paused; "
        "re-add one once DMs are open"
    ),
    SubscriptionStatus.CHANNEL_GONE: N_(
        "paused: I could not post in that channel; re-add it in another one"
    ),
}
"""Subscription states other than active, as /remind list explains them."""


@dataclass(frozen=True)
class Target:
    """What a subscription follows: `type` is session, paper, topic or kind; `ref` its key."""

    type: TargetType
    ref: str
    label: str

    @property
    def value(self) -> str:
        """The encoded form autocomplete offers, e.g. 'kind:keynote' or 'session:<slug>'."""
        return f"{self.type}:{self.ref}"


@dataclass(frozen=True)
class PlannedReminder:
    """One session a subscription will remind of, and when the reminder goes out."""

    session: SessionView
    due_at: datetime


@dataclass(frozen=True)
class Subscribed:
    """The answer to /remind add: what was saved and what it will do."""

    id: int
    target: Target
    lead_minutes: int
    via: Via
    channel_id: int | None
    outcome: Saved
    previous_lead: int | None
    planned: tuple[PlannedReminder, ...]
    """The soonest of the reminders to come (at most PLANNED_SHOWN): a reply shows no more."""
    planned_count: int
    """How many reminders are to come in all."""
    already_started: int
    """Sessions of the target that have started or ended: never reminded."""


@dataclass(frozen=True)
class SubscriptionInfo:
    """One of a user's subscriptions as /remind list shows it."""

    id: int
    target: Target
    lead_minutes: int
    via: str
    channel_id: int | None
    status: SubscriptionStatus
    next_reminder: PlannedReminder | None


@dataclass(frozen=True)
class DeliveryProblem:
    """A reminder that did not go out on time (late, missed, failed or cancelled), and why."""

    session_title: str
    starts_at: datetime | None
    state: str
    reason: str | None
    when: datetime | None


@dataclass(frozen=True)
class ReminderList:
    subscriptions: tuple[SubscriptionInfo, ...]
    problems: tuple[DeliveryProblem, ...]


@dataclass(frozen=True)
class AnnouncementInfo:
    """A server's announcement settings as /announce status shows them."""

    guild_id: int
    channel_id: int
    role_id: int | None
    lead_minutes: int
    kinds: tuple[str, ...]
    enabled: bool
    disabled_reason: str | None
    upcoming: tuple[PlannedReminder, ...]
    problems: tuple[DeliveryProblem, ...]


@dataclass(frozen=True)
class Job:
    """A claimed delivery with everything needed to render and send it, without the database.

    `route` is 'dm' (to `user_id`), 'here' (in `channel_id`, mentioning `user_id`) or 'guild'
    (in `channel_id`, pinging `role_id` if set).
    """

    delivery_id: int
    route: Route
    user_id: int | None
    guild_id: int | None
    channel_id: int | None
    role_id: int | None
    subscription_id: int | None
    lead_minutes: int
    due_at: datetime
    session: SessionView
    conference_id: int = 0
    attempts: int = 0
    """Earlier tries that Discord failed on its side (or that a crash cut short)."""
    first_claimed_at: datetime | None = None
    """Wall-clock time of the first of those tries (None: this is the first): the channel is
    read back from then on, to tell whether that try was delivered."""

    @property
    def nonce(self) -> str:
        """Deterministic per delivery, so a re-send after a crash is dropped by Discord.

        Discord accepts nonces of at most 25 characters; 'confbot-' leaves 17 digits.
        """
        return f"confbot-{self.delivery_id}"
