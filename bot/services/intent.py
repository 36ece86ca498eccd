"""Free text from a chat mention, routed to the question it most likely asks.

Deliberately rule-based and small: the questions people ask a conference bot are few ("what's
on now", "when are the RL posters", "summarise the lottery ticket paper"), and a rule that
misfires is easy to see and fix, unlike a model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.store.text import fold, words

DAY_WORDS = re.compile(
    r"\b(today|tomorrow|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|"
    r"sat(urday)?|sun(day)?|day \d|\d{4}-\d{2}-\d{2}|\d{1,2} may)\b"
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
CONFERENCE_CUES = re.compile(r"\b(conference|venue|where is|dates|iclr( ?\d{4})?)\b")
KIND_CUES = {
    "keynote": re.compile(r"\b(keynotes?|invited talks?|speakers?)\b"),
    "poster": re.compile(r"\b(posters?|poster sessions?)\b"),
    "oral": re.compile(r"\b(orals?|oral sessions?|contributed talks?)\b"),
}


@dataclass(frozen=True)
class Intent:
    """What to answer: `action` names the answer, the rest are its inputs."""

    action: str
    query: str = ""
    day: str | None = None
    kind: str | None = None


def _strip(text: str, *patterns: re.Pattern[str]) -> str:
    for pattern in patterns:
        text = pattern.sub(" ", text)
    return " ".join(word for word in text.split() if word.strip("?!.,") not in FILLER)


def parse(text: str) -> Intent:
    """Route a chat message (without the bot's mention) to an answer."""
    folded = fold(text).replace("’", "'")
    if not words(folded) or re.fullmatch(r"\W*(help|hi|hello|hey|commands?)\W*", folded):
        return Intent("help")
    day_match = DAY_WORDS.search(folded)
    day = day_match.group(0) if day_match else None
    kind = next((name for name, cue in KIND_CUES.items() if cue.search(folded)), None)
    if re.search(r"\b(now|right now|currently|at the moment)\b", folded):
        return Intent("now", kind=kind)
    if re.search(r"\bnext\b", folded):
        return Intent("next", kind=kind)
    if PAPER_CUES.search(folded):
        query = _strip(folded, PAPER_CUES)
        return Intent("paper", query=query or folded)
    rest = _strip(folded, DAY_WORDS, *KIND_CUES.values())
    rest = re.sub(r"[?!.,]+", " ", rest).strip()
    if kind == "keynote" and not rest:
        return Intent("keynotes")
    if kind == "poster":
        return Intent("topic", query=rest, kind="poster") if rest else Intent("posters", day=day)
    if re.search(r"\b(schedule|programme|program|agenda|timetable)\b", folded):
        return Intent("schedule", day=day)
    if CONFERENCE_CUES.search(folded) and not _strip(rest, CONFERENCE_CUES):
        return Intent("conference")
    if day and not rest:
        return Intent("schedule", day=day)
    return Intent("search", query=rest or folded, kind=kind)
