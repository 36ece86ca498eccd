"""The language a talk is given in, asked in chat: 'german talks tonight' keeps an answer to
the talks in German; 'is the X talk in english?' and 'what language is X in' ask for the
talk, whose card names its language.

Only the languages the conference's own talks are given in are read: a programme that names
none has every word left for the search, and 'in java' never becomes a language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from babel import Locale

from bot.chat.context import Subject
from bot.chat.retrieval import SessionIndex
from bot.chat.service import Known
from bot.domain.text import words

NAMED_IN = ("en", "de")
"""The languages whose names for a language are read ('german', 'deutsch', 'englisch')."""
_KINDS = r"talks?|sessions?|lectures?|ones|presentations?|events?"
_ASKS_WHICH = re.compile(
    r"\b(?:in )?(?:what|which) language(?: is| are| will be)?\b|\bin\s*\?*$", re.I
)


@dataclass(frozen=True)
class Spoken:
    """What a question says of the language talks are given in."""

    text: str
    """The question without the words naming a language: what is left to search."""
    code: str | None
    """The language the talks asked for are given in; None when a talk's is asked."""


@lru_cache(maxsize=64)
def _names(codes: frozenset[str]) -> dict[str, str]:
    """Each one-word name of the given languages, folded, with its code."""
    found: dict[str, str] = {}
    for tag in NAMED_IN:
        names = Locale.parse(tag).languages
        found.update({names[code].lower(): code for code in codes if code in names})
    return {name: code for name, code in found.items() if " " not in name}


def spoken_asked(text: str, known: Known, *, following: bool = False) -> Spoken | None:
    """The language the question keeps its talks to or asks of a talk, if it names one the
    conference's talks are given in. Asked alone of an answer it `follows` ('what
    language?'), it is the fact of the talk shown, read with the other facts a reply asks."""
    names = _names(frozenset(s.language for s in known.sessions if s.language))
    if not names:
        return None
    said = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    either = re.search(rf"\b(?:{said})\s+or\s+(?:{said})\b", text, re.I)
    if either or re.search(r"\b(?:what|which) language\b", text, re.I):
        left = text.replace(either.group(0), " ") if either else text
        rest = _ASKS_WHICH.sub(" ", left).strip(" ,-—?")
        if following and not rest and not either:
            return None
        return Spoken(rest, None)
    named = re.search(
        rf"\bin\s+({said})\b|\b({said})(?:[- ]language|[- ]speaking)?(?=\s+(?:{_KINDS})\b)"
        rf"|\b({said})[- ]language\b",
        text,
        re.I,
    )
    if named is None:
        return None
    code = names[next(group for group in named.groups() if group).lower()]
    rest = f"{text[: named.start()]} {text[named.end() :]}".strip()
    if re.match(r"(?:is|was|will)\b", rest, re.I):  # 'is the X talk in german?': X's card says
        return Spoken(rest, None)
    return Spoken(rest, code)


def in_language(known: Known, code: str) -> Known:
    """The conference as far as its talks in one language go."""
    kept = tuple(s for s in known.sessions if s.language == code)
    return replace(known, sessions=kept, index=SessionIndex(list(kept)), _listed={})


def kept_to_spoken(text: str, known: Known, context: Subject | None = None) -> tuple[str, Known]:
    """The question without its words naming a language, and the conference as far as the
    talks it keeps to ('german talks tonight') go: every talk when it asks a talk's language.
    `context` is what the answer it follows was about."""
    spoken = spoken_asked(text, known, following=context is not None)
    if spoken is None:
        return text, known
    if spoken.code is None or _names_another(spoken.text, known, spoken.code):
        return spoken.text, known
    return spoken.text, in_language(known, spoken.code)


def _names_another(text: str, known: Known, code: str) -> bool:
    """Whether the question names a talk only given in other languages ('which of the
    lightning talks are in german', of a block held in English): that talk answers, its card
    naming its language, rather than a listing of nothing."""
    asked = {word for word in words(text) if len(word) > 4 and not re.fullmatch(_KINDS, word)}
    held = {word for s in known.sessions if s.language == code for word in words(s.title)}
    titled = {word for s in known.sessions for word in words(s.title)}
    return bool(asked & titled - held)
