"""The VEVENTs of a calendar as timed occurrences: repeats expanded, overrides applied.

A calendar names a session by its UID, and one instance of a repeating session by its UID and
RECURRENCE-ID (the instance's original start), so those two, and nothing a person edits, make
an occurrence's key. Only repeats that can be expanded without guessing (daily or weekly, with
an end) are expanded; anything else is left out with the reason, for the operator.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from bot.domain.imported import Skipped
from bot.domain.text import words

MAX_SLUG = 100
"""Room for an instance's date after the UID's part (the store keeps 120 characters)."""
MAX_OCCURRENCES = 60
"""More repeats than any conference session has: beyond it a rule is not a session's."""
_STEPS = {"DAILY": timedelta(days=1), "WEEKLY": timedelta(weeks=1)}
_SIMPLE_PARTS = frozenset({"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST", "BYDAY"})
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_TIME_FIELDS = ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID")


@dataclass(frozen=True)
class Occurrence:
    """One timed session of the calendar. `events` are the components whose properties
    describe it, the override first: an override that leaves out a property keeps the
    series' own."""

    slug: str
    start: datetime
    end: datetime
    events: tuple[Any, ...]

    def text(self, name: str) -> str:
        """A property as text, from the first component that has it ('' when none does)."""
        for event in self.events:
            if name in event:
                return str(event[name])
        return ""

    def all(self, name: str) -> list[Any]:
        """Every value of a property that may repeat (ATTENDEE, CATEGORIES)."""
        for event in self.events:
            if name in event:
                value = event[name]
                return value if isinstance(value, list) else [value]
        return []


class _Left(Exception):
    """An event that cannot become a session, with the reason the operator reads."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class _Series:
    """The events sharing one UID: the series itself and the instances it overrides."""

    uid: str
    index: int
    master: Any = None
    overrides: list[tuple[int, Any]] = field(default_factory=list)


def uid_slug(uid: str) -> str:
    """The key of everything a UID names: its words, lower case, joined by dashes."""
    slug = "-".join(words(uid))[:MAX_SLUG].strip("-")
    return slug or "uid-" + hashlib.sha256(uid.encode()).hexdigest()[:16]


def entry_name(event: Any, index: int) -> str:
    """How the report names an event: its title and UID where it has them."""
    summary = " ".join(str(event.get("SUMMARY", "")).split())
    uid = str(event.get("UID", "")).strip()
    label = f"event {index + 1}" + (f" {summary!r}" if summary else "")
    return f"{label} (UID {uid})" if uid else label


def _aware(value: datetime, floating: tzinfo) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=floating)


def _broken_times(event: Any) -> None:
    for name, problem in getattr(event, "errors", []):
        if name in _TIME_FIELDS:
            raise _Left(f"field '{name}' cannot be read ({problem})")


def _check_summary(*events: Any) -> None:
    if not any(str(event.get("SUMMARY", "")).strip() for event in events if event is not None):
        raise _Left("field 'SUMMARY' is missing")


def _start(event: Any, floating: tzinfo) -> datetime:
    if "DTSTART" not in event:
        raise _Left("field 'DTSTART' is missing")
    value = event["DTSTART"].dt
    if not isinstance(value, datetime):
        raise _Left("is an all-day event (a DATE without a time); only timed sessions import")
    return _aware(value, floating)


def _end(event: Any, start: datetime, floating: tzinfo, default: timedelta) -> datetime:
    if "DTEND" in event:
        value = event["DTEND"].dt
        if not isinstance(value, datetime):
            raise _Left("field 'DTEND' is a date but DTSTART has a time")
        end = _aware(value, floating)
    elif "DURATION" in event:
        end = start + event["DURATION"].dt
    else:
        end = start + default
    if end < start:
        raise _Left("field 'DTEND' is before DTSTART")
    return end


def _check_status(event: Any) -> None:
    if str(event.get("STATUS", "")).strip().upper() == "CANCELLED":
        raise _Left("cancelled by the organiser")


def _rule_text(rule: Any) -> str:
    return str(rule.to_ical().decode())


def _step(rule: Any, start: datetime) -> timedelta:
    """How far apart the instances of a simple rule are; _Left for any other rule."""
    extra = set(rule) - _SIMPLE_PARTS
    freq = rule.get("FREQ", [""])[0]
    byday = [str(day).upper() for day in rule.get("BYDAY", [])]
    weekday = _WEEKDAYS[start.weekday()]
    if extra or freq not in _STEPS or (byday and (freq != "WEEKLY" or byday != [weekday])):
        raise _Left(f"repeats by a rule this importer does not expand ({_rule_text(rule)})")
    if "COUNT" not in rule and "UNTIL" not in rule:
        raise _Left(f"repeats without an end ({_rule_text(rule)})")
    interval = int(rule.get("INTERVAL", [1])[0])
    if interval < 1:
        raise _Left(f"repeats by a rule this importer does not expand ({_rule_text(rule)})")
    return _STEPS[freq] * interval


def _within_until(instance: datetime, until: date | datetime | None) -> bool:
    if until is None:
        return True
    if not isinstance(until, datetime):
        return instance.date() <= until
    return instance <= _aware(until, instance.tzinfo or UTC)


def _is_excluded(instance: datetime, excluded: list[date | datetime]) -> bool:
    for value in excluded:
        if isinstance(value, datetime):
            if _aware(value, instance.tzinfo or UTC) == instance:
                return True
        elif value == instance.date():
            return True
    return False


def _starts(event: Any, start: datetime) -> list[datetime]:
    """The start of every instance of an event: itself alone, or its simple repeats."""
    rules = event.rrules
    if not rules:
        return [start]
    if len(rules) > 1 or "RDATE" in event:
        raise _Left("repeats by more than one rule or on extra dates (RDATE), not expanded")
    rule = rules[0]
    step = _step(rule, start)
    count = int(rule.get("COUNT", [MAX_OCCURRENCES + 1])[0])
    until = rule.get("UNTIL", [None])[0]
    excluded = list(event.exdates)
    starts: list[datetime] = []
    for number in range(min(count, MAX_OCCURRENCES + 1)):
        instance = start + step * number
        if not _within_until(instance, until):
            break
        if number == MAX_OCCURRENCES:
            raise _Left(f"repeats more than {MAX_OCCURRENCES} times, not a session's schedule")
        if not _is_excluded(instance, excluded):
            starts.append(instance)
    return starts


def _instance_slug(base: str, start: datetime) -> str:
    return f"{base}-{start:%Y%m%dt%H%M}"


def _expand(series: _Series, floating: tzinfo) -> dict[datetime, Occurrence]:
    """The occurrences of a series by original start (in UTC, as RECURRENCE-ID names them)."""
    master = series.master
    _check_status(master)
    _check_summary(master)
    _broken_times(master)
    start = _start(master, floating)
    end = _end(master, start, floating, timedelta(0))
    base = uid_slug(series.uid)
    starts = _starts(master, start)
    repeating = bool(master.rrules)
    return {
        when.astimezone(UTC): Occurrence(
            _instance_slug(base, when) if repeating else base,
            when,
            when + (end - start),
            (master,),
        )
        for when in starts
    }


def _override(
    series: _Series, event: Any, floating: tzinfo, known: dict[datetime, Occurrence]
) -> tuple[datetime, Occurrence]:
    """An instance as its override describes it, and the original start it replaces."""
    _broken_times(event)
    original = event["RECURRENCE-ID"].dt
    if not isinstance(original, datetime):
        raise _Left("overrides an all-day instance; only timed sessions import")
    original = _aware(original, floating)
    key = original.astimezone(UTC)
    _check_status(event)
    _check_summary(event, series.master)
    replaced = known.get(key)
    events = (event, *replaced.events) if replaced else (event,)
    start = _start(event, floating) if "DTSTART" in event else original
    duration = replaced.end - replaced.start if replaced else timedelta(0)
    end = _end(event, start, floating, duration)
    slug = replaced.slug if replaced else _instance_slug(uid_slug(series.uid), original)
    return key, Occurrence(slug, start, end, events)


def _group(events: Iterable[Any], skipped: list[Skipped]) -> list[_Series]:
    by_uid: dict[str, _Series] = {}
    for index, event in enumerate(events):
        uid = str(event.get("UID", "")).strip()
        if not uid:
            skipped.append(Skipped(entry_name(event, index), "field 'UID' is missing"))
            continue
        series = by_uid.setdefault(uid, _Series(uid, index))
        if "RECURRENCE-ID" in event:
            series.overrides.append((index, event))
        elif series.master is None:
            series.master = event
            series.index = index
        else:
            skipped.append(Skipped(entry_name(event, index), "repeats the UID of an earlier event"))
    return list(by_uid.values())


def _occurrences_of(series: _Series, floating: tzinfo, skipped: list[Skipped]) -> list[Occurrence]:
    found: dict[datetime, Occurrence] = {}
    if series.master is not None:
        try:
            found = _expand(series, floating)
        except _Left as left:
            skipped.append(Skipped(entry_name(series.master, series.index), left.reason))
            return []
    for index, event in series.overrides:
        try:
            key, occurrence = _override(series, event, floating, found)
        except _Left as left:
            skipped.append(Skipped(entry_name(event, index), left.reason))
            if "RECURRENCE-ID" in event and isinstance(event["RECURRENCE-ID"].dt, datetime):
                found.pop(_aware(event["RECURRENCE-ID"].dt, floating).astimezone(UTC), None)
            continue
        found[key] = occurrence
    return list(found.values())


def occurrences(events: Iterable[Any], floating: tzinfo) -> tuple[list[Occurrence], list[Skipped]]:
    """Every timed occurrence of the events, in time order, and what was left out and why.

    `floating` is the zone for times written without one (X-WR-TIMEZONE, else UTC).
    """
    skipped: list[Skipped] = []
    found: list[Occurrence] = []
    for series in _group(events, skipped):
        found += _occurrences_of(series, floating, skipped)
    found.sort(key=lambda occurrence: (occurrence.start, occurrence.slug))
    return found, skipped
