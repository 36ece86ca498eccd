"""A chat question read: what it names (from the conference's vocabulary), when (from
`when`), and what it asks (when, where, who, which, how many, a summary).

Reading is separate from deciding (`intent`) so each half can be tested on its own, and so the
question table in the tests can show what was recognised when an answer goes wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time, timedelta
from enum import StrEnum

from bot.chat.when import Named, Part, named_times
from bot.domain.kinds import Group, group_named
from bot.domain.records import ConferenceView
from bot.domain.text import fold, words
from bot.domain.vocabulary import Found, Sense, Vocabulary, singular


class Asks(StrEnum):
    """What a question wants to know."""

    WHEN = "when"
    WHERE = "where"
    WHO = "who"
    WHICH = "which"
    COUNT = "how many"
    SUMMARY = "summary"
    PAPERS = "papers"


ASKING = {
    Asks.WHEN: re.compile(r"\b(when|what time|which day|what day|how long|schedule[ds]?)\b"),
    Asks.WHERE: re.compile(r"\b(where|which room|what room|location|located)\b"),
    Asks.WHO: re.compile(r"\b(who|speaker|speakers|speaking|presenter|presenting)\b"),
    Asks.WHICH: re.compile(r"\b(which|what|list|show|any|all|give|find|tell)\b"),
    Asks.COUNT: re.compile(r"\bhow many\b"),
    Asks.PAPERS: re.compile(r"\bpapers?\b"),
    Asks.SUMMARY: re.compile(r"\b(summar(y|i[sz]e)|explain|tl ?;? ?dr|tell me about|about)\b"),
}
QUESTION = re.compile(
    r"\?|\b(what|whats|when|where|who|which|how|is there|are there|any|show|list|tell|give|"
    r"find|summar\w*|explain|can you|could you|search|look up|papers?|sessions?)\b"
)
NOW = re.compile(r"\b(now|right now|currently|at the moment|happening|going on|next)\b")
NEXT_EDITION = re.compile(
    r"\bnext (year|edition|conference|one|time)\b|\bnext years?\b|\bfuture edition\b"
)
NEGATED = re.compile(
    r"\b(?:besides|except|excluding|other than|apart from|isn'?t|aren'?t|not|but no)"
    r"(?: an?| the| any)? ([a-z]+)"
)
"""A kind of session asked away ('besides workshops', 'that isn't a keynote')."""
BY_PERSON = re.compile(r"\b(?:by|authored by|written by|author|authors)\s+(.+)$")
SMALL_TALK = re.compile(
    r"^(hi|hello|hey|hiya|yo|good (morning|afternoon|evening|bot)|thanks?( you)?( so much)?|"
    r"thx|ty|cheers|great|nice|cool|awesome|ok|okay|bye|goodbye|see you( there| later)?|"
    r"bad bot|love (it|you)|lol|haha|wow|you rock|well done)"
    r"( (bot|confbot|mate|all|everyone|a lot|again|ok|okay|lol))*"
    r"( (thanks?|thank you|see you( there| later)?))*$|"
    r"^(are|r) (you|u) (a )?(real |actual )?(person|human|bot|robot|ai)( or (a )?\w+)*$"
)
HELP = re.compile(
    r"^(help|commands?|what can you do|how does this work|usage|"
    r"how (do|can|should) (i|we|you) (use|ask|talk to) (this|the|you|it)( bot)?)$"
)
FILLER = frozenset(
    {
        *("a", "about", "all", "am", "an", "and", "any", "are", "at", "be", "can", "could", "do"),
        *("does", "for", "from", "get", "give", "going", "happen", "happening", "held", "how"),
        *("i", "if", "in", "is", "it", "its", "list", "look", "me", "my", "of", "on", "one"),
        *("or", "please", "s", "see", "should", "show", "some", "tell", "that", "the", "there"),
        *("this", "to", "up", "us", "want", "was", "we", "what", "whats", "when", "where", "which"),
        *("who", "will", "with", "would", "you", "find", "many", "time", "day", "room", "by"),
        *("paper", "papers", "session", "sessions", "talk", "talks", "speak", "speaks"),
        *("speaking", "present", "presented", "presenting", "presents", "summarise", "summarize"),
        *("summary", "explain", "tldr", "tl", "dr", "wrote", "written", "author", "authors"),
        *("who", "won", "win", "winning", "got", "located", "location", "on", "now", "next"),
        *("today", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "lunch"),
        *("after", "right", "currently", "moment", "go", "attend", "hey", "bot", "pls", "plz"),
        *("anything", "something", "stuff", "interesting", "invited", "know", "more", "out"),
        *("doing", "giving", "gives", "gave", "coming", "starts", "start", "starting", "else"),
        *("exactly", "pls", "plz", "please", "maybe", "r", "u", "ur", "thing", "things"),
        *("did", "write", "writes", "year", "there", "isn", "t", "were", "has", "have"),
        *("last", "latest", "first", "watch", "video", "videos", "recording", "link", "links"),
    }
)


@dataclass(frozen=True)
class Reading:
    """What was recognised in a question."""

    folded: str
    asks: frozenset[Asks]
    question: bool
    found: tuple[Found, ...]
    group: Group | None
    day: str | None
    part: Part | None
    offset: timedelta | None
    at: time | None
    """A time of day named ('2pm')."""
    now: bool
    next_edition: bool
    by: str | None
    """The name after 'by' ('papers by Hinton'), whether or not anyone has it."""
    leftover: tuple[str, ...]
    """Words nothing recognised."""
    content: tuple[str, ...]
    """Every word that is not filler, recognised or not: what a search gets."""
    small_talk: bool = False
    help: bool = False
    without: Group | None = None
    """A kind of session asked away."""

    def keys(self, sense: Sense) -> list[str]:
        return list(dict.fromkeys(key for found in self.found for key in found.keys(sense)))

    def names(self, sense: Sense) -> bool:
        return bool(self.keys(sense))


SPELT_SHORT = {
    "nets": "networks",
    "net": "network",
    "nns": "neural networks",
    "batchnorm": "batch normalization",
    "convnets": "convolutional networks",
    "convnet": "convolutional network",
}
"""Short forms of the field's words as people type them, and the words papers use."""
SHORT_FORM = re.compile(rf"\b({'|'.join(SPELT_SHORT)})\b")


def clean(text: str) -> str:
    """Folded, with Discord's mention tokens and custom emoji out of the way, and short
    forms ('neural nets') spelt as papers spell them."""
    text = re.sub(r"<a?:\w+:\d+>|<[@#][!&]?\d+>|@(everyone|here)", " ", text)
    folded = fold(text).replace("’", "'").replace("'s ", " ").strip()
    return SHORT_FORM.sub(lambda found: SPELT_SHORT[found.group(1)], folded)


def asks_something(text: str) -> bool:
    """Whether a message reads as a question or a request at all: a reply to the bot saying
    'thanks, see you there!' is conversation, not something to answer."""
    return bool(QUESTION.search(clean(text)))


def read(text: str, vocabulary: Vocabulary, conf: ConferenceView) -> Reading:
    """Everything recognised in `text` (a chat message without the bot's mention)."""
    folded = clean(text)
    plain = " ".join(words(folded))
    times = named_times(folded)
    negated = NEGATED.search(folded)
    without = _kind(negated.group(1)) if negated else None
    if negated and without is not None:
        folded = folded.replace(negated.group(0), " ")
    tokens = words(_without(folded, times))
    found = [item for item in vocabulary.find(tokens) if not _only_filler(item, tokens)]
    covered = {index for item in found for index in range(item.start, item.end)}
    group = _group(tokens, covered)
    by = BY_PERSON.search(" ".join(tokens))
    leftover = tuple(
        token
        for index, token in enumerate(tokens)
        if index not in covered
        and token not in FILLER
        and group_named(singular(token)) is None
        and group_named(token) is None
        and token not in _conference_words(conf)
    )
    return Reading(
        folded=plain,
        asks=frozenset(asks for asks, cue in ASKING.items() if cue.search(plain)),
        question=bool(QUESTION.search(folded)),
        found=tuple(found),
        group=group,
        day=times.day,
        part=times.part,
        offset=times.offset,
        at=times.at,
        now=bool(NOW.search(plain)) and not NEXT_EDITION.search(plain) and times.day is None,
        next_edition=bool(NEXT_EDITION.search(plain)) or _later_year(plain, conf),
        by=by.group(1) if by else None,
        leftover=leftover,
        content=tuple(
            token
            for token in tokens
            if token not in FILLER and token not in _conference_words(conf)
        ),
        small_talk=bool(SMALL_TALK.match(plain)) or (not plain and bool(text.strip())),
        without=without,
        help=not plain or bool(HELP.match(plain)),
    )


def _kind(word: str) -> Group | None:
    return group_named(word) or group_named(singular(word))


def _without(plain: str, times: Named) -> str:
    for span in times.spans:
        plain = re.sub(rf"\b{re.escape(span)}\b", " ", plain)
    return plain


def _only_filler(found: Found, tokens: list[str]) -> bool:
    """A phrase of nothing but filler ('the', 'who') names nothing, whatever the data says."""
    return all(token in FILLER for token in tokens[found.start : found.end]) and not any(
        term.sense in (Sense.PERSON, Sense.AUTHOR) for term in found.terms
    )


def _group(tokens: list[str], covered: set[int]) -> Group | None:
    """The kind of session asked for ('keynote', 'poster sessions'), outside named phrases."""
    for size in (3, 2, 1):
        for start in range(len(tokens) - size + 1):
            if any(index in covered for index in range(start, start + size)):
                continue
            phrase = tokens[start : start + size]
            group = group_named(" ".join(phrase)) or group_named(" ".join(map(singular, phrase)))
            if group is not None:
                return group
    return None


def _later_year(plain: str, conf: ConferenceView) -> bool:
    """A later year than the conference's own ('XYZ 2031' asked of XYZ 2030) asks about the
    next edition."""
    own = [int(year) for year in re.findall(r"\d{4}", f"{conf.name} {conf.slug}")]
    this_year = max([conf.start_date.year, *own])
    return any(int(year) > this_year for year in re.findall(r"\b(20\d\d)\b", plain))


def _conference_words(conf: ConferenceView) -> frozenset[str]:
    """Words naming the conference itself ('iclr', 'congress', 'camp' of Camp2019)."""
    named = f"{conf.name} {conf.slug} {conf.full_name} {conf.city} conference"
    return frozenset(words(named)) | frozenset(re.findall(r"[a-z]{3,}", fold(named)))
