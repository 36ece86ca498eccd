"""When a reminder is due, and what one sent late becomes: the reminders' rules of time,
shared by planning (which writes due times) and sending (which settles each delivery)."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.domain.reminders import DeliveryState


def due_time(starts_at: datetime, lead_minutes: int, now: datetime) -> datetime:
    """When to remind: `lead` before the start, or right away if that moment has passed."""
    return max(starts_at - timedelta(minutes=lead_minutes), now)


def catch_up(starts_at: datetime, now: datetime, grace_minutes: int) -> DeliveryState:
    """What to do with a reminder sent at `now`: SENT before the start, LATE (still worth
    sending, saying it started N minutes ago) within the grace period, MISSED after it."""
    if now < starts_at:
        return DeliveryState.SENT
    if now < starts_at + timedelta(minutes=grace_minutes):
        return DeliveryState.LATE
    return DeliveryState.MISSED
