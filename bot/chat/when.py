"""The times people name in a question: a day ('Thursday', 'tomorrow', '9 May'), a part of it
('morning', 'after lunch', 'tonight'), or an instant ('in an hour').

These are words of a language, not of a conference, so they live in the catalogues
(`catalogue`); which day and which hours they mean is decided against the bot's clock and
the venue's zone, and 'lunch' by the day's own meal session where the programme has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from bot.chat.catalogue import Times, reader
from bot.clock import Clock
from bot.domain.days import resolve_day, today
from bot.domain.kinds import Kind
from bot.domain.records import ConferenceView, SessionView


class Part(StrEnum):
    """A part of a day, as people name it."""

    MORNING = "morning"
    BEFORE_LUNCH = "before lunch"
    LUNCH = "lunch"
    AFTER_LUNCH = "after lunch"
    AFTERNOON = "afternoon"
    EVENING = "evening"


NIGHT_ENDS = time(6)
"""An evening runs into the small hours: a set at 01:00 is that night's, not the next day's."""
HOURS = {
    Part.MORNING: (NIGHT_ENDS, time(12)),
    Part.BEFORE_LUNCH: (NIGHT_ENDS, time(13)),
    Part.LUNCH: (time(12), time(14)),
    Part.AFTER_LUNCH: (time(14), time(23, 59)),
    Part.AFTERNOON: (time(12), time(18)),
    Part.EVENING: (time(18), time(23, 59)),
}
"""Hours of each part; lunch and after lunch follow the day's meal session when it has one.
A morning begins when the night before ends: its 00:20 talk is no one's first of the day.
Before lunch, with no meal session to end it, runs to the middle of the usual lunch hours: a
talk at noon is still before most people eat."""

NOON = 12
TOMORROW = "tomorrow"
AFTERNOON_FROM = 8
ARRIVAL_REACH = 3
"""How many words before a time of day a word of the asker's journey makes it theirs."""
"""A bare hour below this ('at 3:30') means the afternoon: nothing is scheduled at 3:30 am."""


@dataclass(frozen=True)
class Named:
    """The time words of a question, and the text they covered (to leave out of the rest)."""

    day: str | None = None
    part: Part | None = None
    offset: timedelta | None = None
    spans: tuple[str, ...] = ()
    at: time | None = None
    """A time of day named ('2pm'), on `day` or today."""
    onward: bool = False
    """The time of day is where a stretch begins ('after 10pm'), not an instant."""
    either_half: bool = False
    """The time of day was said without am or pm before noon ('at 8'): 20:00 as well."""
    until: time | None = None
    """Where a stretch of hours asked about ends ('between 4 and 6pm'); `at` begins it."""


def named_times(folded: str) -> Named:
    """Day, part of day, a time of day and 'in N minutes' in a folded question, in the
    reader's terms (the English catalogue's)."""
    said = reader().times
    spans: list[str] = []
    overnight = said.overnight.search(folded)
    if overnight:  # 'thursday night into friday morning': thursday's night, not friday's morning
        spans.append(overnight.group(0))
        folded = folded.replace(overnight.group(0), overnight.group(1))
    at = until = None
    onward = either_half = False
    stretch = said.hours.search(folded)
    if stretch:
        at, until = _stretch(stretch)
        onward = at is not None
        spans.append(stretch.group(0))
    clock_match, theirs = (None, []) if stretch else _asked_clock(folded, said)
    spans += theirs
    if clock_match:
        at = _clock(clock_match, said)
        either_half = at is not None and at.hour < NOON and _without_half(clock_match)
        before = folded[: clock_match.start()].split()
        onward = bool(before) and before[-1] in said.onward
        missed = said.missed.search(folded)  # 'arriving at 2, what will i have missed by then'
        spans += [missed.group(0)] if missed else []
        said_before = bool(before) and before[-1] in said.before and at is not None
        ahead = said_before or (bool(missed) and at is not None)
        begins = folded.rfind(before[-1], 0, clock_match.start()) if onward or said_before else -1
        spans.append(folded[begins : clock_match.end()] if begins >= 0 else clock_match.group(0))
        if ahead:  # 'anything before 10am': the morning up to then; 'before 5': the day
            at, until, either_half = None, at, False
    half_past = None if clock_match or stretch else said.half_past.search(folded)
    if half_past:  # 'who talks at half two today'
        at = _half_past(half_past.group(1), said)
        either_half = at is not None and at.hour < NOON
        spans.append(half_past.group(0))
    quarter = None if clock_match or stretch or half_past else said.quarter.search(folded)
    if quarter:  # 'what starts at quarter past 7'
        at = _quarter(quarter.group(1), quarter.group(2), said)
        either_half = at is not None and at.hour < NOON
        spans.append(quarter.group(0))
    found_parts = list(said.part.finditer(folded))
    parts = [found.group(1) for found in found_parts]
    part = None
    day = None
    if parts:  # 'landing late tonight, what's first tmrw morning': the last part is asked
        named = parts[-1]
        spans += parts
        part = None if _side_by_side(folded, found_parts, said) else _part(named, said)
        if named in said.today_parts:
            day = "today"
    if until is not None and at is None and until <= time(NOON):
        part = part or Part.MORNING
    found_days = [found for found in said.day.finditer(folded)]
    found_days = [found for found in found_days if found.group(1) not in said.not_a_day]
    kept = [found for found in found_days if not _stays_until(found, said)]
    if kept or parts:  # 'anything tonight? not flying till tmrw': tonight's
        spans += [found.group(1) for found in found_days if found not in kept]
        found_days = kept
    if _either_day(folded, found_days, said):  # 'monday or tuesday?': the asker does not know
        spans += [found.group(1) for found in found_days]
        found_days = []
    days = [found.group(1) for found in found_days]
    if days:  # 'monday's programme (the 29th)': one day said twice, the last way is the one
        day = _day_text(days[-1], said)
        spans += days
        if found_parts and _the_askers_own(found_parts[-1], found_days):
            part = None  # 'arrived sunday eve, monday in a nutshell?': the evening was sunday's
        if parts and parts[-1] in said.today_parts and day in said.not_today:
            part = None  # 'arriving tonight, what's first tmrw': tonight is the asker's, not asked
    if part is Part.EVENING and at is not None and clock_match and _without_half(clock_match):
        at = _small_hour(at)  # 'who plays at 3:30 tonight': after midnight
    offset = None
    while_match = said.in_a_while.search(folded)
    if while_match:
        offset = _offset(while_match.group(0), said)
        spans.append(while_match.group(0))
    return Named(day, part, offset, tuple(spans), at, onward, either_half, until)


def hour_after(followed: str, times: Named) -> bool:
    """Whether the words after 'after' open with the hour a stretch begins at, read as a
    time of day ('after 7 in saal zero'), rather than naming a session to follow."""
    said = followed.split()
    spans = [span.split() for span in times.spans]
    return times.onward and any(
        span[0] in reader().times.onward and said[: len(span) - 1] == span[1:] for span in spans
    )


def _asked_clock(folded: str, said: Times) -> tuple[re.Match[str] | None, list[str]]:
    """The time of day asked, and the text of the others that are the asker's own: a time
    said just after a word of the asker's journey ('before 11? getting in around 8:30')
    tells when they arrive, not what they ask about, when another time is named beside it."""
    found = list(said.clock.finditer(folded))
    if not found:
        return None, []
    arriving = [match for match in found if _arriving(match)]
    asked = next((match for match in found if match not in arriving), found[0])
    return asked, [match.group(0) for match in arriving if match is not asked]


def _arriving(found: re.Match[str]) -> bool:
    """Whether a time of day follows a word of the asker's journey closely enough to be
    theirs ('landing at 8', 'getting in around 8:30')."""
    before = found.string[: found.start()].split()[-ARRIVAL_REACH:]
    return any(word in reader().travel for word in before)


def _without_half(found: re.Match[str]) -> bool:
    """Whether a time of day was said without am, pm or midnight."""
    _, _, half, _, _, _, midnight = found.groups()
    return half is None and midnight is None


def _small_hour(at: time) -> time:
    """A bare hour said of the evening that would fall before the evening begins ('3:30
    tonight' is not 15:30) is in the night's small hours."""
    early = time(at.hour - NOON, at.minute) if at.hour >= NOON else at
    return early if at < HOURS[Part.EVENING][0] and early < NIGHT_ENDS else at


def _clock(found: re.Match[str], said: Times) -> time | None:
    hour_text, minute_text, half, hour_colon, minute_colon, bare, named = found.groups()
    if named:  # 'midnight', 'noon'
        return time(NOON) if named in said.noon else time(0)
    return _hour(int(hour_text or hour_colon or bare), int(minute_text or minute_colon or 0), half)


def _stretch(found: re.Match[str]) -> tuple[time | None, time | None]:
    """Where a stretch of hours begins and ends; a start said without am or pm takes the
    end's when that keeps it before the end ('between 4 and 6pm' begins at 16:00)."""
    hour, minute, half, end_hour, end_minute, end_half = found.groups()
    before_end = end_half is not None and int(hour) <= int(end_hour)
    start = _hour(int(hour), int(minute or 0), half or (end_half if before_end else None))
    end = _hour(int(end_hour), int(end_minute or 0), end_half)
    return (start, end) if start is not None and end is not None else (None, None)


def _hour(hour: int, minute: int, half: str | None) -> time | None:
    """A time of day from its hour, minutes and am or pm; a bare hour below AFTERNOON_FROM is
    the afternoon's."""
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    elif half is None and hour < AFTERNOON_FROM:
        hour += 12
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _half_past(hour_said: str, said: Times) -> time | None:
    """Half an hour past the hour said, in words or digits; a bare hour below
    AFTERNOON_FROM is the afternoon's."""
    hour = int(said.days.get(hour_said, hour_said))
    if hour < AFTERNOON_FROM:
        hour += NOON
    return time(hour, 30) if hour < 24 else None


def _quarter(side: str, hour_said: str, said: Times) -> time | None:
    """A quarter of an hour past or before the hour said, in words or digits; a bare hour
    below AFTERNOON_FROM is the afternoon's."""
    hour = int(said.days.get(hour_said, hour_said))
    if hour < AFTERNOON_FROM:
        hour += NOON
    if side not in said.quarter_to:
        return time(hour, 15) if hour < 24 else None
    return time(hour - 1, 45) if 0 < hour <= 24 else None


def _stays_until(day: re.Match[str], said: Times) -> bool:
    """Whether a day is said after a word of how long the asker stays ('till tmrw')."""
    before = day.string[: day.start()].split()
    return bool(before) and before[-1] in said.until


def _the_askers_own(part: re.Match[str], days: list[re.Match[str]]) -> bool:
    """Whether a part of a day is said right after a day other than the one asked, the last
    named ('landing sunday night, what's on monday'): it tells the asker's own time."""
    before = [
        d
        for d in days[:-1]
        if d.end() <= part.start() and not part.string[d.end() : part.start()].strip()
    ]
    return bool(before) and part.start() < days[-1].start()


def _side_by_side(folded: str, found: list[re.Match[str]], said: Times) -> bool:
    """Whether the last two parts of a day named are set side by side ('the morning one vs
    the afternoon one'): then neither alone is asked."""
    if len(found) < 2 or _part(found[-2].group(1), said) == _part(found[-1].group(1), said):
        return False
    return bool(said.both_parts.search(folded[found[-2].end() : found[-1].start()]))


def _either_day(folded: str, found: list[re.Match[str]], said: Times) -> bool:
    """Whether the last two days named are offered as a choice ('is it on monday or on
    tuesday'): the asker does not know which, so neither is the day asked."""
    if len(found) < 2 or _day_text(found[-2].group(1), said) == _day_text(found[-1].group(1), said):
        return False
    return bool(said.either_day.search(folded[found[-2].end() : found[-1].start()]))


def _part(named: str, said: Times) -> Part:
    """The part a phrase names, however it joins its words ('post-lunch' is 'post lunch')."""
    named = named.replace("-", " ")
    return next((Part(part) for phrase, part in said.parts if phrase in named), Part.EVENING)


def _day_text(named: str, said: Times) -> str:
    """What `resolve_day` understands: '9th may' -> '9 may', 'may 9' -> '9 may', 'tmrw' ->
    'tomorrow', 'the final day' -> 'last day', 'the 30th' -> '30th'; a phrase whose 'the'
    tells it apart is looked up whole ('last evening' is yesterday's, 'the last evening' the
    conference's)."""
    named = said.days.get(named, named.removeprefix("the "))
    named = " ".join(said.days.get(word, word) for word in named.split())
    named = said.days.get(named, named)
    match = said.month_day.match(named)
    if not match:
        return named
    if match.group(1):
        return f"{match.group(2)} {match.group(1)}"
    return f"{match.group(3)} {match.group(4)}"


def _offset(named: str, said: Times) -> timedelta:
    """How far ahead a while reaches; a half said beside an amount adds to it ('in 2 and a
    half hours'), said alone it is the half hour."""
    amount = re.search(r"\d+", named)
    spelt = (number for spelling, number in said.amounts if spelling.search(named))
    count = int(amount.group(0)) if amount else next(spelt, 0 if said.half in named else 1)
    if said.minutes.search(named):
        return timedelta(minutes=min(count, 24 * 60))
    half = timedelta(minutes=30) if said.half in named else timedelta()
    return timedelta(hours=min(count, 48)) + half


def day_of(conf: ConferenceView, named: Named, clock: Clock) -> date:
    """The conference day a question means; UnknownDay (listing the days) if none.
    'Tomorrow' said in the small hours, before the asker has slept, is the day that dawns:
    'what's first tomorrow' asked at 1am is that morning's first."""
    if named.day is None:
        return today(conf, clock) if named.part else resolve_day(conf, None, clock)
    if named.day == TOMORROW and clock.now().astimezone(conf.zone).time() < NIGHT_ENDS:
        return today(conf, clock)
    return resolve_day(conf, named.day, clock)


def in_part(
    sessions: tuple[SessionView, ...], part: Part | None, day: date, conf: ConferenceView
) -> list[SessionView]:
    """The day's sessions that start in that part of it (all of them without a part)."""
    if part is None:
        return list(sessions)
    first, last = _bounds(sessions, part, day, conf)
    return [s for s in sessions if s.starts_at is not None and first <= s.starts_at < last]


def _bounds(
    sessions: tuple[SessionView, ...], part: Part, day: date, conf: ConferenceView
) -> tuple[datetime, datetime]:
    start, end = (datetime.combine(day, hour, tzinfo=conf.zone) for hour in HOURS[part])
    meals = [
        s
        for s in sessions
        if s.kind == Kind.MEAL
        and s.starts_at
        and s.ends_at
        and s.starts_at.astimezone(conf.zone).hour < 15
    ]
    if meals and part == Part.LUNCH:
        return meals[0].starts_at or start, meals[0].ends_at or end
    if meals and part == Part.BEFORE_LUNCH:
        return start, meals[0].starts_at or end
    if meals and part == Part.AFTER_LUNCH:
        return meals[0].ends_at or start, end
    if part == Part.EVENING:
        return start, datetime.combine(day + timedelta(days=1), NIGHT_ENDS, tzinfo=conf.zone)
    return start, end
