"""How chat shows what it found: one session in full or several as a list, and talks or
papers offered as "did you mean", never shown as the answer."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.chat import render
from bot.chat.context import Subject
from bot.chat.meaning import meanings
from bot.chat.render import Shown
from bot.chat.service import Known
from bot.domain.records import ConferenceView, SessionView
from bot.i18n.catalogues import Domain, translate
from bot.i18n.languages import Language
from bot.programme import answers as programme


async def sessions_shown(
    db: AsyncSession, conf: ConferenceView, sessions: list[SessionView], language: Language
) -> Shown:
    """One session in full, several as a list."""
    subject = Subject(sessions=tuple(session.slug for session in sessions))
    if len(sessions) == 1:
        return await programme.session(db, conf, sessions[0].slug, language), subject
    heading = translate(language, "sessions", domain=Domain.CHAT)
    return render.sessions_embed(conf, heading, sessions, "", language), subject


def guesses_shown(
    conf: ConferenceView, said: str, guessed: list[SessionView], language: Language
) -> Shown:
    """Talks that have some of the words, offered, never shown as the answer; a reply to
    the offer is about what was offered."""
    subject = Subject(sessions=tuple(session.slug for session in guessed))
    offered = [render.guess_line(s, conf.zone, language) for s in guessed]
    return render.nothing_embed(conf, said, offered, language), subject


async def meant(
    db: AsyncSession,
    conf: ConferenceView,
    known: Known,
    question: str,
    said: str,
    language: Language,
) -> Shown | None:
    """The talks and papers closest in meaning to a question none has the words of, offered
    with when and where each talk is; None when nothing is close enough to offer."""
    found = await meanings(db, conf, known)
    rows = found.nearest(question)
    if not rows:
        return None
    talks = [s for row in rows if (s := found.sessions[row]) is not None]
    offered = [
        render.guess_line(s, conf.zone, language)
        if (s := found.sessions[row])
        else found.titles[row]
        for row in rows
    ]
    subject = Subject(sessions=tuple(s.slug for s in talks))
    return render.nothing_embed(conf, said, offered, language), subject
