"""Recordings asked of talks that hold none of their own ('is her keynote recorded
anywhere?'): the conference's page of talk videos answers, since the talk's card alone, with
no recording on it, reads as 'there is none'."""

from __future__ import annotations

from bot.chat import render
from bot.chat.intent import Action, Intent
from bot.chat.render import Shown
from bot.chat.service import Known
from bot.domain.records import ConferenceView, SessionView
from bot.domain.text import words

RECORDING = frozenset(
    {
        "video",
        "videos",
        "recording",
        "recordings",
        "recorded",
        "rewatch",
        "replay",
        "replays",
        "footage",
    }
)
"""Words that ask for a recording; 'watch' alone is not one: 'what should i watch next'
asks for the programme."""


NAMING = frozenset({Action.PERSON, Action.KEYNOTES, Action.SESSION, Action.WINDOW})
"""Answers about talks the question named, by name or kind: a search's talks, offered for a
subject ('video analysis of tennis matches'), are no talks whose recording was asked."""


def recorded(conf: ConferenceView, known: Known, asked: Intent, shown: Shown) -> Shown:
    """The conference's own recordings pages in place of an answer showing talks, when a
    recording was asked and none of the talks shown has one of its own; an answer showing
    papers is about a subject ('a recording that sounds like a piano'); a recording page
    that belongs to one session (the debate's video) is that session's, not the
    conference's."""
    subject = shown[1]
    if (
        (asked.action not in NAMING and asked.group is None)
        or not subject.sessions
        or subject.papers
        or not RECORDING & set(words(asked.in_english or asked.question))
    ):
        return shown
    if any(_records(s) for s in known.sessions if s.slug in subject.sessions):
        return shown
    owned = {url for s in known.sessions for url in _urls(s)}
    pages = [
        f"[{label}]({url})"
        for label, url in conf.links
        if _names_recording(label) and url not in owned
    ]
    if not pages:
        return shown
    return render.noted_embed(conf, pages, asked.language), subject


def _urls(session: SessionView) -> list[str]:
    own = [url for _, url in session.links]
    return [session.url, *own] if session.url else own


def _records(session: SessionView) -> bool:
    """Whether a session's own links hold a recording (by their label or address)."""
    return any(_names_recording(label) for label, _ in session.links) or any(
        _names_recording(url) for url in _urls(session)
    )


def _names_recording(text: str) -> bool:
    return bool(RECORDING & set(words(text)))
