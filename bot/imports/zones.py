"""The time zone of an imported conference, from a zone name that files often get wrong.

Schedule exports carry a `time_zone_name` typed by an organiser ("Berlin", "CET", a zone left
at its default "UTC") next to event times that carry their own UTC offsets, written by the
software. The offsets are the better witness: a name is kept only when it agrees with them,
so a wrong name never shifts a session.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

SAMPLED_YEARS = range(2000, 2041)
"""The years whose January and July offsets stand for "the offsets a zone uses"."""


@cache
def _zones_by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


@cache
def _offsets_of(name: str) -> frozenset[timedelta]:
    """The UTC offsets a zone uses in winter and in summer over the sampled years."""
    zone = ZoneInfo(name)
    found = set()
    for year in SAMPLED_YEARS:
        for month in (1, 7):
            offset = datetime(year, month, 15, 12, tzinfo=UTC).astimezone(zone).utcoffset()
            if offset is not None:
                found.add(offset)
    return frozenset(found)


def _named(name: str) -> str | None:
    """The IANA zone a name means: itself (in any case), or the one zone of that city."""
    typed = name.strip()
    zones = _zones_by_folded_name()
    exact = zones.get(typed.casefold())
    if exact is not None:
        return exact
    city = "/" + typed.replace(" ", "_").casefold()
    matches = sorted(zone for folded, zone in zones.items() if folded.endswith(city))
    return matches[0] if len(matches) == 1 else None


def _fixed_zone(offset: timedelta) -> str:
    """A zone that is always `offset` from UTC. POSIX-style Etc names count west of Greenwich
    as positive, so +01:00 is Etc/GMT-1."""
    if offset == timedelta(0):
        return "UTC"
    hours, rest = divmod(offset, timedelta(hours=1))
    if not rest and -12 <= hours <= 14:
        return f"Etc/GMT{-hours:+d}"
    for name in sorted(available_timezones()):
        if _offsets_of(name) == {offset}:
            return name
    return "UTC"


def zone_for(name: str | None, offsets: Sequence[timedelta]) -> str:
    """The IANA zone to keep for a file: its named zone when the name is a zone (or a city of
    exactly one zone) whose offsets include every offset the file's times carry; otherwise a
    fixed zone at the file's most common offset; "UTC" when the file says nothing usable."""
    named = _named(name) if name else None
    seen = set(offsets)
    if named is not None and seen <= _offsets_of(named):
        return named
    if not offsets:
        return "UTC"
    most_common = Counter(offsets).most_common(1)[0][0]
    return _fixed_zone(most_common)
