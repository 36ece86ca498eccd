"""What runs beside a session: 'what clashes with the doctorow talk in saal fuse', or a reply
'and in the other halls at the same time?' to an answer about one talk. A clash is a choice
an attendee has to make, so every session that overlaps the one named is listed, in the
rooms asked or in every other room."""

from __future__ import annotations

from bot.chat import moments, render
from bot.chat.aliases import searched
from bot.chat.context import Subject
from bot.chat.facets import AWAY
from bot.chat.intent import Intent
from bot.chat.render import Shown
from bot.chat.service import Known, narrowed
from bot.clock import Clock
from bot.domain.records import ConferenceView, SessionView
from bot.i18n.catalogues import Domain, translate

WHOLE = 0.99
"""A title holds every word asked (the same bar as a talk answering outright)."""


def alongside(conf: ConferenceView, clock: Clock, known: Known, asked: Intent) -> Shown | None:
    """The sessions overlapping the session whose title has every word asked, else the first
    timed session that `asked.keys` name (a session, or a person's), on the day asked if one
    was; None when they name none with a time."""
    titled, named = _titled(known, asked.query), _named(known, asked.keys)
    day = moments.day(conf, clock, asked)
    if day:  # 'the iot talk on saturday': that day's, not another's sharing a word
        titled, named = narrowed(titled, conf, day=day), narrowed(named, conf, day=day)
    if not titled and not named:
        return None
    beside = titled[0] if titled else min(named, key=lambda s: (s.starts_at, s.slug))
    found = [s for s in known.sessions if _overlaps(s, beside) and _elsewhere(s, beside, asked)]
    found.sort(key=lambda s: (s.starts_at, s.room or ""))
    heading = translate(
        asked.language, "At the same time as {title}", domain=Domain.CHAT, title=beside.title
    )
    empty = translate(
        asked.language,
        "Nothing else runs at the same time as {title}.",
        domain=Domain.CHAT,
        title=beside.title,
    )
    shown = render.sessions_embed(conf, heading, found, empty, asked.language)
    return shown, Subject(sessions=tuple(s.slug for s in found))


def _named(known: Known, keys: tuple[str, ...]) -> list[SessionView]:
    """The timed sessions the keys name: a session's slug, or a person's name."""
    found: list[SessionView] = []
    for key in keys:
        session = known.session(key)
        found += [session] if session is not None else known.with_person(key)
    return [s for s in found if s.starts_at is not None and s.ends_at is not None]


def _titled(known: Known, query: str) -> list[SessionView]:
    """The timed sessions whose title has every word of the question ('the secure iot devices
    talk'), best first: a title said whole outranks a phrase of another that the words share."""
    hits = searched(known.index, query) if query else []
    found = [hit.session for hit in hits if hit.named and hit.coverage >= WHOLE]
    return [s for s in found if s.starts_at is not None and s.ends_at is not None]


def _overlaps(session: SessionView, beside: SessionView) -> bool:
    starts, ends = session.starts_at, session.ends_at
    if starts is None or ends is None or beside.starts_at is None or beside.ends_at is None:
        return False
    return starts < beside.ends_at and beside.starts_at < ends


def _elsewhere(session: SessionView, beside: SessionView, asked: Intent) -> bool:
    """In a room asked, or in any other room than the session beside; breaks and meals are
    no choice to make."""
    if session.slug == beside.slug or session.kind in AWAY:
        return False
    return session.room in asked.rooms if asked.rooms else session.room != beside.room
