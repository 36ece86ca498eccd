"""Times as replies show them: a Discord timestamp, which every reader's client shows in their
own zone, beside the venue's wall clock, which is what the printed programme and the signs in
the building say. Approximate times are marked so nobody mistakes an inferred slot for a fact."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from discord.utils import format_dt

from bot.domain.records import ConferenceView, SessionView
from bot.i18n.catalogues import N_, translate, translate_filled
from bot.i18n.formats import day_label
from bot.i18n.languages import Language

APPROX = "≈"
DAY_UNCERTAIN = "day and time not confirmed"


_WHEN = {
    (True, ""): N_("{day}, {span} · {stamp} your time"),
    (False, ""): N_("{span} · {stamp} your time"),
    (True, "approximate"): N_("{day}, {span} (approximate) · {stamp} your time"),
    (False, "approximate"): N_("{span} (approximate) · {stamp} your time"),
    (True, "uncertain"): N_("{day}, {span} (day and time not confirmed) · {stamp} your time"),
    (False, "uncertain"): N_("{span} (day and time not confirmed) · {stamp} your time"),
}
"""A session's time, by whether the day is shown and what is uncertain about it."""


def venue_clock(when: datetime, zone: ZoneInfo) -> str:
    """'09:00 CDT': the wall-clock time at the venue."""
    return when.astimezone(zone).strftime("%H:%M %Z")


def day_uncertain(language: Language) -> str:
    return translate(language, "day and time not confirmed")


def when_text(
    session: SessionView,
    zone: ZoneInfo,
    *,
    with_day: bool = True,
    language: Language = Language.ENGLISH,
) -> str:
    """The session's time for a reader anywhere, plus the venue's clock."""
    if session.starts_at is None or session.ends_at is None:
        return translate(language, "time not known")
    start_local = session.starts_at.astimezone(zone)
    span = f"{start_local:%H:%M}–{session.ends_at.astimezone(zone):%H:%M %Z}"
    stamp = format_dt(session.starts_at, "t")
    marker = f"{APPROX} " if session.approximate else ""
    values = {"span": span, "stamp": stamp, "day": day_label(start_local.date(), language)}
    note = "uncertain" if session.day_uncertain else "approximate" if session.approximate else ""
    return marker + translate_filled(language, _WHEN[with_day, note], values)


def approx_footer(
    sessions: Iterable[SessionView], conf: ConferenceView, language: Language = Language.ENGLISH
) -> str:
    """The footer every answer with times carries: the venue's zone, and what ≈ means."""
    if any(session.approximate for session in sessions):
        return translate(
            language,
            "≈ marks approximate times (not confirmed by a schedule). Venue times are {zone}.",
            zone=conf.zone_label,
        )
    return translate(language, "Venue times are {zone}.", zone=conf.zone_label)
