"""Times as replies show them: a Discord timestamp, which every reader's client shows in their
own zone, beside the venue's wall clock, which is what the printed programme and the signs in
the building say. Approximate times are marked so nobody mistakes an inferred slot for a fact."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from discord.utils import format_dt

from bot.domain.records import ConferenceView, SessionView

APPROX = "≈"
DAY_UNCERTAIN = "day and time not confirmed"


def venue_clock(when: datetime, zone: ZoneInfo) -> str:
    """'09:00 CDT': the wall-clock time at the venue."""
    return when.astimezone(zone).strftime("%H:%M %Z")


def when_text(session: SessionView, zone: ZoneInfo, *, with_day: bool = True) -> str:
    """The session's time for a reader anywhere, plus the venue's clock."""
    if session.starts_at is None or session.ends_at is None:
        return "time not known"
    start_local = session.starts_at.astimezone(zone)
    span = f"{start_local:%H:%M}–{session.ends_at.astimezone(zone):%H:%M %Z}"
    day = f"{start_local:%a} {start_local.day} {start_local:%b}, " if with_day else ""
    stamp = format_dt(session.starts_at, "t")
    marker = f"{APPROX} " if session.approximate else ""
    note = " (approximate)" if session.approximate else ""
    if session.day_uncertain:
        note = f" ({DAY_UNCERTAIN})"
    return f"{marker}{day}{span}{note} · {stamp} your time"


def approx_footer(sessions: Iterable[SessionView], conf: ConferenceView) -> str:
    """The footer every answer with times carries: the venue's zone, and what ≈ means."""
    zone_note = f"Venue times are {conf.zone_label}."
    if any(session.approximate for session in sessions):
        return f"{APPROX} marks approximate times (not confirmed by a schedule). {zone_note}"
    return zone_note
