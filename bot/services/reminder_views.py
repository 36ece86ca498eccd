"""Records the reminder services hand to cogs, renderers and the dispatcher.

Kept apart from `views.py` because they describe user data (subscriptions, deliveries), not the
conference, and because the dispatcher needs them without any of the programme queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.services.views import SessionView

KIND_TARGET_LABELS = {
    "keynote": "all keynotes (and the debate)",
    "poster": "all poster sessions",
    "oral": "all oral sessions",
    "everything": "every session (except breaks and meals)",
}
"""How a kind target is named to users, in confirmations, lists and announcement settings."""
STATUS_NOTES = {
    "active": "",
    "retired": "no longer in the programme: nothing will be sent",
    "dms_closed": "paused: your DMs were closed to me; re-add it once they are open",
    "channel_gone": "paused: I could not post in that channel; re-add it in another one",
}
"""Subscription states other than active, as /remind list explains them."""


@dataclass(frozen=True)
class Target:
    """What a subscription follows: `type` is session, paper, topic or kind; `ref` its key."""

    type: str
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
    via: str
    channel_id: int | None
    outcome: str
    """'created', 'updated' (new lead time), 'reactivated' or 'unchanged'."""
    previous_lead: int | None
    planned: tuple[PlannedReminder, ...]
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
    status: str
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
    route: str
    user_id: int | None
    guild_id: int | None
    channel_id: int | None
    role_id: int | None
    subscription_id: int | None
    lead_minutes: int
    due_at: datetime
    session: SessionView

    @property
    def nonce(self) -> str:
        """Deterministic per delivery, so a re-send after a crash is dropped by Discord.

        Discord accepts nonces of at most 25 characters; 'confbot-' leaves 17 digits.
        """
        return f"confbot-{self.delivery_id}"
