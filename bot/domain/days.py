"""Days of a conference: how they are named, and how typed days ('wed', 'day 3', 'tomorrow')
map onto them. One label everywhere, so a day offered in autocomplete reads like a heading."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from bot.clock import Clock
from bot.domain.errors import UnknownDay
from bot.domain.records import ConferenceView
from bot.domain.text import fold

ORDINAL = re.compile(r"^\d{1,2}(st|nd|rd|th)$")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
"""What autocomplete sends for a day: matched as itself, without naming every day first."""
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class WeekdayNames:
    """Weekday names (folded) and their index, Monday 0: what a typed day is matched against.
    Every start a name may be typed as is found in one look-up, since every day option of
    every command is matched against some seventy names in five languages."""

    def __init__(self, names: Mapping[str, int]) -> None:
        starts: dict[str, set[int]] = {}
        for name, index in names.items():
            for typed in {name, *(name[:end] for end in range(3, len(name)))}:
                starts.setdefault(typed, set()).add(index)
        self._starts = {typed: frozenset(found) for typed, found in starts.items()}

    def named(self, text: str) -> frozenset[int]:
        """The weekdays a folded text names: a whole name ('di', '周二'), or the start of one
        three letters long or more ('dien', 'mar'). One start may name two days: then both."""
        return self._starts.get(text.rstrip("."), frozenset())


ENGLISH_WEEKDAYS = WeekdayNames({name: index for index, name in enumerate(WEEKDAYS)})


def day_label(day: date) -> str:
    """How days are named to users and offered in autocomplete: 'Wednesday 8 May'."""
    return f"{WEEKDAYS[day.weekday()].title()} {day.day} {day.strftime('%B')}"


def today(conf: ConferenceView, clock: Clock) -> date:
    """The date at the venue right now."""
    return clock.now().astimezone(conf.zone).date()


def default_day(conf: ConferenceView, clock: Clock) -> date:
    """Today while the conference runs, otherwise its first day."""
    current = today(conf, clock)
    return current if conf.start_date <= current <= conf.end_date else conf.start_date


def resolve_day(
    conf: ConferenceView,
    typed: str | None,
    clock: Clock,
    weekdays: WeekdayNames = ENGLISH_WEEKDAYS,
) -> date:
    """Understand 'Wednesday', 'wed', '2019-05-08', '8 May', 'day 3', 'today', 'tomorrow';
    `weekdays` may name the days of the week in more languages ('dienstag', '星期二')."""
    if typed is None or not typed.strip():
        return default_day(conf, clock)
    text = fold(typed.strip())
    days = conf.days
    candidates: list[date] = []
    shifts = {"today": 0, "now": 0, "tomorrow": 1, "day after tomorrow": 2, "yesterday": -1}
    if text in shifts:
        candidates = [date.fromordinal(today(conf, clock).toordinal() + shifts[text])]
    elif text in ("first day", "last day"):
        candidates = [days[0] if text == "first day" else days[-1]]
    elif ORDINAL.match(text):
        candidates = [day for day in days if day.day == int(text[:-2])]
    elif ISO_DAY.match(text):
        candidates = [day for day in days if day.isoformat() == text]
    elif text.startswith("day ") and text[4:].strip().isdigit():
        index = int(text[4:].strip()) - 1
        candidates = [days[index]] if 0 <= index < len(days) else []
    else:
        named = weekdays.named(text)
        candidates = [day for day in days if day.weekday() in named or _day_matches(day, text)]
    if len(candidates) == 1 and candidates[0] in days:
        return candidates[0]
    raise UnknownDay(typed, days)


def _day_matches(day: date, text: str) -> bool:
    """Whether the text is the day's date, its label, or its day of the month before the
    month's name, whole or in its three letters ('23 august', '23 aug')."""
    months = (fold(day.strftime("%B")), fold(day.strftime("%b")))
    return text in (day.isoformat(), fold(day_label(day)), *(f"{day.day} {m}" for m in months))
