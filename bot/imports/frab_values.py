"""Single values of a frab event (date-times, clock times, durations, types) read into
typed ones.

Exports write these in several spellings (frab's "0:45:00", pretalx's "00:45", the draft
schema's "PT45M"); each reader accepts them all and answers None for anything else, so the
caller can name the field in the reason an event is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from bot.domain.kinds import Kind
from bot.domain.text import words
from bot.domain.vocabulary import singular

_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_ISO_DURATION = re.compile(
    r"^P(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$", re.I
)
_KIND_WORDS: tuple[tuple[Kind, tuple[str, ...]], ...] = (
    (Kind.KEYNOTE, ("keynote", "keynotes")),
    (Kind.WORKSHOP, ("workshop", "workshops", "hands on")),
    (Kind.POSTER, ("poster", "posters")),
    (Kind.MEAL, ("lunch", "dinner", "breakfast", "meal", "meals")),
    (Kind.BREAK, ("break", "breaks", "coffee")),
    (Kind.SOCIAL, ("social", "party", "parties")),
    (Kind.OPENING, ("opening",)),
    (Kind.CLOSING, ("closing",)),
    (Kind.DEBATE, ("panel", "panels", "debate", "debates")),
)
"""Checked in order, so "lunch break" is a meal and a "keynote panel" a keynote."""


def date_time(value: str) -> datetime | None:
    """A date-time as written ("2031-03-04T09:30:00+01:00"); None for a bare date or junk."""
    text = value.strip()
    if len(text) <= len("2031-03-04"):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def calendar_day(value: str) -> date | None:
    """The local date a date or a date-time is written on."""
    text = value.strip()
    try:
        return date.fromisoformat(text) if len(text) <= len("2031-03-04") else _date_day(text)
    except ValueError:
        return None


def _date_day(text: str) -> date | None:
    found = date_time(text)
    return found.date() if found else None


def clock(value: str) -> time | None:
    """A time of day such as "09:30" or "09:30:00"."""
    found = _CLOCK.match(value.strip())
    if not found:
        return None
    hours, minutes, seconds = (int(part) for part in found.groups(default="0"))
    if hours > 23 or minutes > 59 or seconds > 59:
        return None
    return time(hours, minutes, seconds)


def duration(value: str) -> timedelta | None:
    """frab's "01:30" or "1:30:00", or the ISO 8601 "PT1H30M" of the draft JSON schema."""
    text = value.strip()
    hms = _CLOCK.match(text)
    if hms:
        hours, minutes, seconds = (int(part) for part in hms.groups(default="0"))
        return timedelta(hours=hours, minutes=minutes, seconds=seconds)
    iso = _ISO_DURATION.match(text)
    if iso and any(iso.groups()):
        parts = [min(float(part), 1e6) for part in iso.groups(default="0")]
        return timedelta(days=parts[0], hours=parts[1], minutes=parts[2], seconds=parts[3])
    return None


PLAIN_TYPES = frozenset(
    {"talk", "talks", "lecture", "lectures", "other", "vortrag", "presentation"}
)
"""Types that say only that an event is a talk: every programme has them, so they tell an
attendee nothing a kind does not."""
_ASIDE = re.compile(r"\s*\([^()]*\)\s*")


UNTOLD_TYPES = frozenset({"talk", "other"})
"""Plain types that tell nothing even beside another: 'talk' is the kind's own name, and
'other' says only that the organisers had no better word."""


def told_apart(event_types: Iterable[str | None]) -> frozenset[str]:
    """The plain types a programme tells its talks apart by: filing some as "lecture" and the
    rest as "Talk" says which are its lectures (the main halls', not the villages' talks),
    which a programme filing every talk alike does not."""
    plain = {_plain(said) for said in event_types if said}
    plain.discard("")
    return frozenset(plain - UNTOLD_TYPES) if len(plain - {"other"}) > 1 else frozenset()


def _plain(event_type: str) -> str:
    """A plain type in one spelling ('Lectures' is 'lecture'); "" for any other type."""
    said = words(_ASIDE.sub(" ", event_type))
    return " ".join(map(singular, said)) if said and set(said) <= PLAIN_TYPES else ""


def type_of(event_type: str | None, apart: frozenset[str] = frozenset()) -> str | None:
    """What an event is in its organisers' words ("Game show", "Theater / Performance", "DJ
    Set"), when that says more than a talk and is not one of the kinds the bot knows, or is a
    plain type the programme tells its talks `apart` by: kept as a topic, so a question about
    the game shows (the lectures) finds them. An aside in brackets ("Live-Podcast Bühne
    (lang)") is left out, so the long and the short ones are one type."""
    said = _ASIDE.sub(" ", event_type or "").strip()
    if said and _plain(said) in apart:
        return said
    if not said or set(words(said)) <= PLAIN_TYPES or kind_of(said, None) is not Kind.TALK:
        return None
    return said


def kind_of(event_type: str | None, track: str | None, title: str | None = None) -> Kind:
    """The kind a type names; the track is the hint when the type is generic ("talk",
    "other"), then a title that calls itself a keynote ("Keynote: ...", "31C3 Keynote"), and
    whatever names no kind is a talk. Other kinds are not read from titles: "Closing the
    Gap" is a talk."""
    for hint in (event_type, track):
        phrase = f" {' '.join(words(hint or ''))} "
        for kind, names in _KIND_WORDS:
            if any(f" {name} " in phrase for name in names):
                return kind
    if "keynote" in words(title or ""):
        return Kind.KEYNOTE
    return Kind.TALK


_LANGUAGE_NAMES = {
    "english": "en",
    "englisch": "en",
    "german": "de",
    "deutsch": "de",
}
"""Languages some exports write out by name rather than by code."""


def language_code(value: str | None) -> str | None:
    """The code of the language a talk is given in ("de" for "de", "de-DE" or "Deutsch"), so
    talks in one language compare alike whichever way the file spells it; None for anything
    that is not a language."""
    text = (value or "").strip().lower()
    if text in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[text]
    code = re.split(r"[-_]", text, maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None
