"""The agenda's rules on plain records: what counts as a clash, and how one day reads against
the clock (over folded away, now and next marked, other days counted)."""

from __future__ import annotations

from datetime import date

from bot.domain.agenda import Moment, agenda_day, clashes_among, first_day, overlaps
from bot.domain.records import SessionView
from tests.conftest import VENUE_ZONE, venue_time


def session(number: int, start: str, end: str, title: str = "") -> SessionView:
    return SessionView(
        id=number,
        slug=f"s{number}",
        kind="poster",
        title=title or f"Session {number}",
        starts_at=venue_time(start),
        ends_at=venue_time(end),
        timing="verified",
        room=None,
        topics=(),
        people=(),
        talk_title=None,
        description="",
        url=None,
    )


MORNING = session(1, "2019-05-07T09:00", "2019-05-07T10:00")
OVERLAPPING = session(2, "2019-05-07T09:30", "2019-05-07T11:00")
BACK_TO_BACK = session(3, "2019-05-07T10:00", "2019-05-07T10:30")
AFTERNOON = session(4, "2019-05-07T14:00", "2019-05-07T15:00")
WEDNESDAY = session(5, "2019-05-08T09:00", "2019-05-08T10:00")


def test_sessions_overlap_when_each_starts_before_the_other_ends() -> None:
    assert overlaps(MORNING, OVERLAPPING)
    assert overlaps(OVERLAPPING, MORNING)
    assert not overlaps(MORNING, BACK_TO_BACK), "back to back is no clash"
    assert not overlaps(MORNING, AFTERNOON)


def test_an_untimed_session_clashes_with_nothing() -> None:
    untimed = SessionView(
        9, "s9", "talk", "Untimed", None, None, "unknown", None, (), (), None, "", None
    )
    assert not overlaps(untimed, MORNING)


def test_each_clash_of_new_sessions_is_named_once() -> None:
    found = clashes_among([OVERLAPPING], [MORNING, BACK_TO_BACK, AFTERNOON])
    assert [(c.first.title, c.second.title) for c in found] == [
        ("Session 2", "Session 1"),
        ("Session 2", "Session 3"),
    ]
    assert clashes_among([AFTERNOON], [MORNING, OVERLAPPING]) == []


def test_a_day_marks_now_and_next_and_counts_what_is_over() -> None:
    now = venue_time("2019-05-07T10:15")
    day = agenda_day(
        [AFTERNOON, WEDNESDAY, MORNING, BACK_TO_BACK], date(2019, 5, 7), VENUE_ZONE, now, 10
    )
    assert [(e.session.title, e.moment) for e in day.entries] == [
        ("Session 1", Moment.OVER),
        ("Session 3", Moment.NOW),
        ("Session 4", Moment.NEXT),
    ]
    assert [e.session.title for e in day.over] == ["Session 1"]
    assert day.other_days == ((date(2019, 5, 8), 1),)
    assert (day.total, day.reminder_minutes) == (4, 10)


def test_next_may_be_on_a_later_day_and_clashes_are_listed_per_entry() -> None:
    now = venue_time("2019-05-07T16:00")
    tuesday = agenda_day([MORNING, OVERLAPPING, WEDNESDAY], date(2019, 5, 7), VENUE_ZONE, now, None)
    assert {e.moment for e in tuesday.entries} == {Moment.OVER}
    assert [other.title for other in tuesday.entries[0].clashes_with] == ["Session 2"]
    wednesday = agenda_day([MORNING, WEDNESDAY], date(2019, 5, 8), VENUE_ZONE, now, None)
    assert [e.moment for e in wednesday.entries] == [Moment.NEXT]


def test_the_first_day_is_that_of_the_earliest_session_at_the_venue() -> None:
    late_monday = session(6, "2019-05-06T22:30", "2019-05-06T23:30")  # Tuesday in UTC
    assert first_day([WEDNESDAY, late_monday], VENUE_ZONE) == date(2019, 5, 6)
    assert first_day([], VENUE_ZONE) is None
