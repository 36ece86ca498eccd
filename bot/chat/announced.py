"""The session that announces the next edition, when a question asks when that happens
('when do they announce where iclr 2020 will be', 'c quand qu'ils annoncent où sera la
prochaine'): the asker wants the hour to be in the hall, not the next edition's own dates."""

from __future__ import annotations

from bot.chat.catalogue import reader
from bot.chat.intent import Intent
from bot.chat.reading import Asks, later_year
from bot.chat.service import Known
from bot.domain.records import ConferenceView, SessionView
from bot.domain.text import fold


def announcing(conf: ConferenceView, known: Known, asked: Intent) -> SessionView | None:
    """The one session whose title or description names the next edition (a later year, or
    'next edition'), when the question asks when it is announced; None otherwise, and when
    none or several do, since then the programme does not say which tells it. The intent's
    `content` holds the whole question read, filler included: 'will we know' asks it too."""
    if Asks.WHEN not in asked.asks or not reader().announcing.search(asked.content):
        return None
    telling = [session for session in known.sessions if _names_next(conf, session)]
    return telling[0] if len(telling) == 1 else None


def _names_next(conf: ConferenceView, session: SessionView) -> bool:
    text = fold(f"{session.title} {session.description}")
    return bool(reader().next_edition.search(text)) or later_year(text, conf)
