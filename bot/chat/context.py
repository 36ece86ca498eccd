"""What the bot's answers were about, kept in memory for a while so that a reply to one
("when is it?", "and the RL ones?") is read in its context.

The context is what the bot itself showed (sessions, papers, a person, a day and kind of
session), never what anyone typed, and it lives only in memory: by the bot's message, for a
reply made with Discord's reply button, and by person and channel for a bare follow-up written
right after the answer.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TypeVar

from bot.chat.when import Part
from bot.domain.kinds import Group
from bot.i18n.languages import Language

REPLY_WINDOW = timedelta(hours=12)
"""How long a reply to an answer is read in that answer's context."""
FOLLOW_UP_WINDOW = timedelta(minutes=5)
"""How soon after an answer a message without a reply reference still continues it."""
_Key = TypeVar("_Key", int, tuple[int, int])
KEPT = 5_000
"""Answers remembered at most: the oldest are forgotten first."""


@dataclass(frozen=True)
class Subject:
    """What an answer was about: the sessions and papers it showed, whose they were, the
    day, part of day, kind, topics and rooms it was narrowed to, and what it showed on at a
    moment."""

    sessions: tuple[str, ...] = ()
    papers: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    day: str | None = None
    part: Part | None = None
    group: Group | None = None
    topics: tuple[str, ...] = ()
    rooms: tuple[str, ...] = ()
    language: Language = Language.ENGLISH
    """The answer's language: a reply to it in no language's words ('saal?', 'code?') is
    answered in it."""
    now_next: tuple[str, ...] = ()
    """The sessions an answer about a moment showed as on and next: a reply asks a fact of
    them ('title of his talk?'), never a change of them."""

    @property
    def empty(self) -> bool:
        return replace(self, language=Language.ENGLISH) == Subject()


@dataclass(frozen=True)
class _Kept:
    subject: Subject
    until: datetime


class Contexts:
    """The subjects of recent answers, by the bot's message and by who asked where."""

    def __init__(self) -> None:
        self._by_message: OrderedDict[int, _Kept] = OrderedDict()
        self._by_asker: OrderedDict[tuple[int, int], _Kept] = OrderedDict()

    def remember(
        self, subject: Subject, message_id: int, asker: tuple[int, int], at: datetime
    ) -> None:
        """Keep an answer's subject; `asker` is (user id, channel id)."""
        if subject.empty:
            self._by_asker.pop(asker, None)
            return
        _keep(self._by_message, message_id, _Kept(subject, at + REPLY_WINDOW))
        _keep(self._by_asker, asker, _Kept(subject, at + FOLLOW_UP_WINDOW))

    def of_reply(self, message_id: int, at: datetime) -> Subject | None:
        """The subject of the bot's message a reply refers to, while it is kept."""
        return _live(self._by_message.get(message_id), at)

    def of_follow_up(self, asker: tuple[int, int], at: datetime) -> Subject | None:
        """The subject of the last answer to this person in this channel, if it was recent."""
        return _live(self._by_asker.get(asker), at)


def _keep(kept: OrderedDict[_Key, _Kept], key: _Key, value: _Kept) -> None:
    kept[key] = value
    kept.move_to_end(key)
    while len(kept) > KEPT:
        kept.popitem(last=False)


def _live(kept: _Kept | None, at: datetime) -> Subject | None:
    return kept.subject if kept is not None and at <= kept.until else None
