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

from bot.chat.catalogue import reader
from bot.chat.context import Subject
from bot.chat.retrieval import SessionIndex
from bot.chat.service import Known
from bot.domain.text import words


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
    for tag in reader().spoken.names_in:
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
    cues = reader().spoken
    either = cues.fill(cues.either, said).search(text)
    if either or cues.which.search(text):
        left = text.replace(either.group(0), " ") if either else text
        rest = cues.asking.sub(" ", left).strip(" ,-—?")
        if following and not rest and not either:
            return None
        return Spoken(rest, None)
    named = cues.fill(cues.named, said).search(text)
    if named is None:
        return None
    code = names[next(group for group in named.groups() if group).lower()]
    rest = f"{text[: named.start()]} {text[named.end() :]}".strip()
    if cues.of_a_talk.match(rest):  # 'is the X talk in german?': X's card says
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
    """Whether the question names a talk only given in other languages (the title of one
    given in English, asked 'in german?'): that talk answers, its card naming its language,
    rather than a listing of nothing. A word of a type or track the language's own talks have
    ('lightning', of the German lightning talks inside a block held in English) names them."""
    talks = reader().spoken.talks
    asked = {word for word in words(text) if len(word) > 4 and word not in talks}
    held = {
        word
        for s in known.sessions
        if s.language == code
        for word in words(" ".join((s.title, *s.topics)))
    }
    titled = {word for s in known.sessions for word in words(s.title)}
    return bool(asked & titled - held)
