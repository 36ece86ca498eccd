"""The time zone of an imported conference, from a zone name that files often get wrong.

Schedule exports carry a `time_zone_name` typed by an organiser ("Berlin", "CET", a zone left
at its default "UTC") next to event times that carry their own UTC offsets, written by the
software. The offsets are the better witness: a name is kept only when it agrees with them,
so a wrong name never shifts a session.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from bot.imports.problems import DataError

SAMPLED_YEARS = range(2000, 2041)
"""The years whose monthly offsets stand for "the clock a zone keeps"."""


@cache
def _zones_by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


@cache
def _clock_of(name: str) -> tuple[timedelta | None, ...]:
    """A zone's UTC offset on the first of every month over the sampled years: two names
    with the same clock are links to one zone."""
    zone = ZoneInfo(name)
    return tuple(
        datetime(year, month, 1, tzinfo=UTC).astimezone(zone).utcoffset()
        for year in SAMPLED_YEARS
        for month in range(1, 13)
    )


def _offsets_of(name: str) -> frozenset[timedelta | None]:
    return frozenset(_clock_of(name))


def _named(name: str) -> str | None:
    """The IANA zone a name means: itself (in any case), or the zone of that city when
    every zone of that name keeps the same clock (old aliases such as America/Buenos_Aires
    and America/Argentina/Buenos_Aires do; Australia/West and Brazil/West do not)."""
    typed = name.strip()
    zones = _zones_by_folded_name()
    exact = zones.get(typed.casefold())
    if exact is not None:
        return exact
    city = "/" + typed.replace(" ", "_").casefold()
    matches = [zone for folded, zone in zones.items() if folded.endswith(city)]
    if not matches or len({_clock_of(zone) for zone in matches}) > 1:
        return None
    return max(matches, key=lambda zone: (zone.count("/"), zone))


def _fixed_zone(offset: timedelta) -> str:
    """A zone that is always `offset` from UTC. POSIX-style Etc names count west of Greenwich
    as positive, so +01:00 is Etc/GMT-1."""
    if offset == timedelta(0):
        return "UTC"
    hours, rest = divmod(offset, timedelta(hours=1))
    if not rest and -12 <= hours <= 14:
        return f"Etc/GMT{-hours:+d}"
    for name in sorted(_zones_by_folded_name().values()):
        if _keeps_offset(name, offset):
            return name
    return "UTC"


def _keeps_offset(name: str, offset: timedelta) -> bool:
    """True for a zone at `offset` all year; two samples rule most zones out cheaply."""
    zone = ZoneInfo(name)
    for month in (1, 7):
        if datetime(2030, month, 1, tzinfo=UTC).astimezone(zone).utcoffset() != offset:
            return False
    return _offsets_of(name) == {offset}


def zone_for(name: str | None, offsets: Sequence[timedelta]) -> str:
    """The IANA zone to keep for a file: the zone its name means (a zone, or a city whose
    zones all keep one clock) when that zone's offsets include every offset the file's times
    carry; otherwise a zone fixed at the file's most common offset; "UTC" when the file says
    nothing usable."""
    named = _named(name) if name else None
    seen = set(offsets)
    if named is not None and seen <= _offsets_of(named):
        return named
    if not offsets:
        return "UTC"
    most_common = Counter(offsets).most_common(1)[0][0]
    return _fixed_zone(most_common)


_OFFSET = re.compile(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)


def chosen_zone(raw: str) -> str:
    """The zone an operator names with --timezone: an IANA name (in any case), a city whose
    zones all keep one clock, or an offset such as +01:00 or UTC+1 (kept as a zone fixed at
    that offset, shown as "UTC+01:00")."""
    typed = raw.strip()
    if typed.upper() in ("UTC", "GMT", "Z"):
        return "UTC"
    offset = _OFFSET.fullmatch(typed)
    if offset is not None:
        sign, hours, minutes = offset.groups()
        span = timedelta(hours=int(hours), minutes=int(minutes or 0))
        if span <= timedelta(hours=14):
            return _fixed_zone(span if sign == "+" else -span)
    named = _named(typed) if typed else None
    if named is None:
        raise DataError(
            "--timezone",
            "argument",
            "timezone",
            f"{raw!r} is neither an IANA zone such as Europe/London nor an offset such as "
            "UTC+01:00",
        )
    return named
