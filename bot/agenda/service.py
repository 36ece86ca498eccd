"""A personal agenda: add and remove sessions (a paper stands for its sessions), see one day of
it, clear it, and the one setting that reminds its owner before everything on it.

Plain async code over the store. Every change that can alter what is reminded re-plans the
owner's deliveries in the same write transaction, as subscriptions do, so an item added after
the agenda reminder was turned on is reminded too, and a removed one is not.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.agenda import persistence as store
from bot.clock import Clock
from bot.domain.agenda import (
    Added,
    AgendaDay,
    AgendaReminderSet,
    Removed,
    agenda_day,
    clashes_among,
    first_day,
)
from bot.domain.days import resolve_day, today
from bot.domain.errors import N_, DomainError, NotFound
from bot.domain.kinds import Group, kinds_of
from bot.domain.records import Choice, ConferenceView, SessionView
from bot.domain.reminders import check_lead
from bot.domain.text import MAX_QUERY_CHARS, checked_text, fold, words
from bot.i18n import readers
from bot.i18n.days import weekday_names
from bot.papers import service as papers
from bot.programme import service as programme
from bot.reminders import planner
from bot.store.dialect import commit_and_lock_for_write

SESSION, PAPER = "session", "paper"
CHOICE_LIMIT = 25


@dataclass(frozen=True)
class Picked:
    """What a typed target stands for: its label and its live sessions."""

    label: str
    sessions: tuple[SessionView, ...]


async def _paper(db: AsyncSession, conf: ConferenceView, text: str) -> Picked | list[str]:
    """The paper the text names, or the titles to suggest: a paper found only under another
    spelling of a typed word is a guess, offered rather than put on the agenda."""
    found = await papers.find_papers(db, conf, text, limit=1)
    if found.papers and not found.readings:
        return Picked(found.papers[0].title, found.papers[0].sessions)
    return [view.title for view in found.papers + found.near]


async def pick(db: AsyncSession, conf: ConferenceView, text: str, now: datetime) -> Picked:
    """Understand an autocomplete value ('session:slug', 'paper:slug') or free text: a
    session's exact title (the next one to start, when several share it, as breaks do), the
    one session whose words match, then a paper. Several sessions matching otherwise is no
    guess: NotFound names them."""
    typed = checked_text(text, "an agenda item")
    kind, _, ref = typed.partition(":")
    ref = ref.strip()
    if kind == SESSION and ref:
        session = await store.live_session(db, conf.id, ref)
        if session is not None:
            return Picked(session.title, (session,))
        typed = ref
    elif kind == PAPER and ref:
        paper = await _paper(db, conf, ref)
        if isinstance(paper, Picked):
            return paper
        typed = ref
    titled = await programme.next_titled(db, conf, typed, now) if words(typed) else None
    matches = await programme.session_choices(db, conf, typed, limit=5) if words(typed) else []
    if titled is not None or len(matches) == 1:
        session = await store.live_session(db, conf.id, (titled or matches[0])[0])
        assert session is not None  # both list live sessions only
        return Picked(session.title, (session,))
    suggestions = [title for _, title in matches]
    if not matches and words(typed):
        paper = await _paper(db, conf, typed)
        if isinstance(paper, Picked):
            return paper
        suggestions = paper
    raise NotFound("session or paper", typed, suggestions)


def _timed(picked: Picked) -> tuple[SessionView, ...]:
    timed = tuple(s for s in picked.sessions if s.starts_at is not None and s.ends_at is not None)
    if not picked.sessions:
        raise DomainError(
            N_("{label} is not in any session of the programme yet."), label=picked.label
        )
    if not timed:
        raise DomainError(
            N_("{label} has no known time, so it cannot go on your agenda."), label=picked.label
        )
    return timed


async def _replan(db: AsyncSession, conf: ConferenceView, clock: Clock, user_id: int) -> None:
    await planner.replan_user(db, conf, clock.now(), user_id)


async def add(
    db: AsyncSession, conf: ConferenceView, clock: Clock, user_id: int, target: str
) -> Added:
    """Put a session (or a paper's sessions) on the caller's agenda and say what it clashes
    with. Adding what is already there changes nothing and says so."""
    await commit_and_lock_for_write(db)
    picked = await pick(db, conf, target, clock.now())
    sessions = _timed(picked)
    existing = await store.item_sessions(db, conf.id, user_id)
    new = await store.add_items(db, conf.id, user_id, [s.slug for s in sessions], clock.now())
    added = tuple(s for s in sessions if s.slug in new)
    if added:
        await _replan(db, conf, clock, user_id)
    await db.commit()
    return Added(
        label=picked.label,
        added=added,
        already=tuple(s for s in sessions if s.slug not in new),
        clashes=tuple(clashes_among(added, existing)),
    )


async def remove(
    db: AsyncSession, conf: ConferenceView, clock: Clock, user_id: int, target: str
) -> Removed:
    """Take a session (or a paper's sessions) off the caller's agenda, and its reminders."""
    await commit_and_lock_for_write(db)
    picked = await pick(db, conf, target, clock.now())
    gone = await store.remove_items(db, conf.id, user_id, [s.slug for s in picked.sessions])
    if not gone:
        raise DomainError(
            N_("{label} is not on your agenda. /agenda show lists what is."), label=picked.label
        )
    removed = tuple(s for s in picked.sessions if s.slug in gone)
    await planner.drop_agenda_reminders(db, user_id, [s.id for s in removed])
    await _replan(db, conf, clock, user_id)
    await db.commit()
    return Removed(picked.label, removed)


async def clear(db: AsyncSession, conf: ConferenceView, clock: Clock, user_id: int) -> int:
    """Empty the caller's agenda; returns how many items went. The agenda reminder setting
    stays, for whatever is added next."""
    await commit_and_lock_for_write(db)
    count = await store.clear_items(db, conf.id, user_id)
    await planner.drop_agenda_reminders(db, user_id)
    await _replan(db, conf, clock, user_id)
    await db.commit()
    return count


async def sessions(db: AsyncSession, conf: ConferenceView, user_id: int) -> list[SessionView]:
    """Everything on the caller's agenda, in programme order."""
    return await store.item_sessions(db, conf.id, user_id)


async def show(
    db: AsyncSession, conf: ConferenceView, clock: Clock, user_id: int, day: str | None
) -> AgendaDay:
    """One day of the caller's agenda: the day asked for, else today while the conference
    runs, else the first day with something on it."""
    mine = await store.item_sessions(db, conf.id, user_id)
    minutes = await store.reminder_minutes(db, conf.id, user_id)
    if day is not None and day.strip():
        which = resolve_day(conf, day, clock, weekday_names())
    else:
        current = today(conf, clock)
        running = conf.start_date <= current <= conf.end_date
        which = current if running else first_day(mine, conf.zone) or conf.start_date
    return agenda_day(mine, which, conf.zone, clock.now(), minutes)


async def set_reminder(
    db: AsyncSession,
    conf: ConferenceView,
    clock: Clock,
    user_id: int,
    minutes: int,
    locale: str | None = None,
) -> AgendaReminderSet:
    """Turn the agenda reminder on (a DM `minutes` before each session on the agenda), change
    its lead, or turn it off with 0. Turning it on again is acting on it: reminders that could
    not be delivered before (DMs were closed) are tried again."""
    lead = None if minutes == 0 else check_lead(minutes, "Agenda reminders")
    now = clock.now()
    await commit_and_lock_for_write(db)
    await store.save_reminder(db, conf.id, user_id, lead, now)
    if locale is not None:  # the language its DMs will be written in
        await readers.remember(db, user_id, locale, now)
    await planner.drop_agenda_reminders(db, user_id)
    if lead is not None:
        await planner.retry_dms(db, user_id, now)
    await _replan(db, conf, clock, user_id)
    await db.commit()
    if lead is None:
        return AgendaReminderSet(None, 0, None)
    count, first = await planner.agenda_reminders_planned(db, conf.id, user_id, lead, now)
    return AgendaReminderSet(lead, count, first)


async def add_choices(
    db: AsyncSession, conf: ConferenceView, clock: Clock, typed: str
) -> list[Choice[str]]:
    """Autocomplete for /agenda add: sessions still to come first, then papers, then sessions
    already under way or over, marked so."""
    text = typed.strip()[:MAX_QUERY_CHARS]
    now = clock.now()
    found = await programme.session_choices(db, conf, text, limit=CHOICE_LIMIT)
    times = await store.session_times(db, conf.id, [slug for slug, _ in found])
    ahead: list[Choice[str]] = []
    behind: list[Choice[str]] = []
    for slug, title in found:
        start, end = times.get(slug, (None, None))
        if start is None or end is None:
            continue
        when = f"{start.astimezone(conf.zone):%a %H:%M}"
        value = f"{SESSION}:{slug}"
        if start > now:
            ahead.append(Choice(f"{when} · {title}", value))
        else:
            state = "over" if end <= now else "started"
            behind.append(Choice(f"({state}) {when} · {title}", value))
    listed = [
        Choice(f"Paper · {choice.name}", f"{PAPER}:{choice.value}")
        for choice in await papers.paper_choices(db, conf, text)
    ]
    return [*ahead, *listed, *behind][:CHOICE_LIMIT]


async def remove_choices(
    db: AsyncSession, conf: ConferenceView, user_id: int, typed: str
) -> list[Choice[str]]:
    """Autocomplete for /agenda remove: what is on the caller's agenda."""
    wanted = words(typed[:MAX_QUERY_CHARS])
    found = []
    for session in await store.item_sessions(db, conf.id, user_id):
        if all(word in fold(session.title) for word in wanted):
            when = (
                f"{session.starts_at.astimezone(conf.zone):%a %H:%M} · "
                if session.starts_at
                else ""
            )
            found.append(Choice(f"{when}{session.title}", f"{SESSION}:{session.slug}"))
    return found[:CHOICE_LIMIT]


async def programme_sessions(
    db: AsyncSession, conf: ConferenceView, group: Group | None
) -> list[SessionView]:
    """The whole programme, or one group of it (keynotes, posters...), for a calendar file."""
    kinds = None if group is None else kinds_of(group)
    return await programme.timed_programme(db, conf.id, kinds)


def programme_pages(
    db: AsyncSession, conf: ConferenceView, group: Group | None
) -> AsyncIterator[list[SessionView]]:
    """The same a page at a time, for a calendar of a programme of any size."""
    kinds = None if group is None else kinds_of(group)
    return programme.timed_pages(db, conf.id, kinds)


async def sessions_of_kinds(
    db: AsyncSession, conference_id: int, kinds: Iterable[str] | None
) -> list[SessionView]:
    """Every live, timed session of these kinds (all with None), in programme order."""
    return await programme.timed_programme(db, conference_id, kinds)


async def stored_counts(db: AsyncSession, user_id: int) -> tuple[int, int]:
    """(agenda items, agenda reminder settings) naming a user, across conferences."""
    return await store.stored_counts(db, user_id)


async def forget(db: AsyncSession, user_id: int) -> None:
    """Delete a user's agendas and agenda reminder settings; the caller commits."""
    await store.forget(db, user_id)
