"""Free text from a chat mention, routed to the question it most likely asks.

Deliberately rule-based and small: the questions people ask a conference bot are few ("what's
on now", "when are the RL posters", "summarise the attention paper"), and a rule that
misfires is easy to see and fix, unlike a model. Words for kinds of session come from the one
kinds table; words for the conference itself from its name and slug.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from bot.domain.kinds import GROUPS, Group
from bot.domain.records import ConferenceView
from bot.domain.text import fold, words


class Action(StrEnum):
    """Which answer a question gets."""

    HELP = "help"
    NOW = "now"
    KEYNOTES = "keynotes"
    POSTERS = "posters"
    SCHEDULE = "schedule"
    CONFERENCE = "conference"
    PAPER = "paper"
    TOPIC = "topic"
    SEARCH = "search"


DAY_WORDS = re.compile(
    r"\b(today|tomorrow|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|"
    r"sat(urday)?|sun(day)?|day \d|\d{4}-\d{2}-\d{2}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)[a-z]*)\b"
)
FILLER = frozenset(
    {
        *("a", "about", "an", "any", "are", "at", "can", "do", "does", "for", "give", "i", "in"),
        *("is", "it", "me", "of", "on", "please", "show", "tell", "the", "there", "this"),
        *("to", "what", "whats", "what's", "when", "where", "which", "who", "will", "you"),
        *("session", "sessions", "talk", "talks", "happening", "held", "find", "s"),
    }
)
PAPER_CUES = re.compile(
    r"\b(summar(y|i[sz]e)|paper|papers|who wrote|authors? of|tell me about|explain|tl;?dr)\b"
)
NOW_CUES = re.compile(r"\b(now|right now|currently|at the moment|next)\b")
SCHEDULE_CUES = re.compile(r"\b(schedule|programme|program|agenda|timetable)\b")
GENERIC_CONFERENCE_CUES = ("conference", "venue", "where is", "dates")
ASKED_GROUPS = (Group.KEYNOTE, Group.POSTER, Group.ORAL)
"""Kinds of session a chat question can narrow to."""


def _cue(phrases: list[str]) -> re.Pattern[str]:
    alternatives = sorted({re.escape(fold(phrase)) for phrase in phrases if phrase}, key=len)
    return re.compile(r"\b(" + "|".join(reversed(alternatives)) + r")\b")


GROUP_CUES = {group: _cue([group.value, *GROUPS[group].words]) for group in ASKED_GROUPS}


@dataclass(frozen=True)
class Intent:
    """What to answer: `action` names the answer, the rest are its inputs."""

    action: Action
    query: str = ""
    day: str | None = None
    group: Group | None = None


def _strip(text: str, *patterns: re.Pattern[str]) -> str:
    for pattern in patterns:
        text = pattern.sub(" ", text)
    return " ".join(word for word in text.split() if word.strip("?!.,") not in FILLER)


def conference_cues(conf: ConferenceView) -> re.Pattern[str]:
    """Words that ask about the conference itself: generic ones and the conference's names."""
    return _cue([*GENERIC_CONFERENCE_CUES, conf.name, conf.slug, *conf.name.split()[:1]])


def parse(text: str, conf: ConferenceView) -> Intent:
    """Route a chat message (without the bot's mention) to an answer."""
    folded = fold(text).replace("’", "'")
    if not words(folded) or re.fullmatch(r"\W*(help|hi|hello|hey|commands?)\W*", folded):
        return Intent(Action.HELP)
    day_match = DAY_WORDS.search(folded)
    day = day_match.group(0) if day_match else None
    group = next((name for name, cue in GROUP_CUES.items() if cue.search(folded)), None)
    if NOW_CUES.search(folded):
        return Intent(Action.NOW, group=group)
    if PAPER_CUES.search(folded):
        query = _strip(folded, PAPER_CUES)
        return Intent(Action.PAPER, query=query or folded)
    rest = _strip(folded, DAY_WORDS, *GROUP_CUES.values())
    rest = re.sub(r"[?!.,]+", " ", rest).strip()
    if group == Group.KEYNOTE and not rest:
        return Intent(Action.KEYNOTES)
    if group == Group.POSTER:
        if rest:
            return Intent(Action.TOPIC, query=rest, group=Group.POSTER)
        return Intent(Action.POSTERS, day=day)
    if SCHEDULE_CUES.search(folded):
        return Intent(Action.SCHEDULE, day=day)
    cues = conference_cues(conf)
    if cues.search(folded) and not _strip(rest, cues):
        return Intent(Action.CONFERENCE)
    if day and not rest:
        return Intent(Action.SCHEDULE, day=day)
    return Intent(Action.SEARCH, query=rest or folded, group=group)
