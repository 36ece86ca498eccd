"""Each language's subject lexicon (`words/subjects/<language>.toml`): its own words for what
talks and papers are about, and the English words the conference's text uses for them.

A question names its subject in its own language ("Empfehlungssysteme", "去噪"), while titles,
keywords and descriptions say it in English. The main catalogue reads how a question is asked;
this one reads what it is about, so it grows with the field without touching the other.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from bot.chat.catalogue import language_names
from bot.domain.text import fold, words

SUBJECTS = Path(__file__).resolve().parent / "words" / "subjects"


@cache
def subjects(name: str) -> dict[str, str]:
    """A language's subject phrases (folded) and their English; empty where it has none."""
    path = SUBJECTS / f"{name}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as file:
        tables = tomllib.load(file)
    return {
        fold(phrase): meaning
        for entries in tables.values()
        if isinstance(entries, dict)
        for phrase, meaning in entries.items()
    }


@cache
def subject_words() -> frozenset[str]:
    """Every word of a subject's English name in the lexicons ('cancer', 'brain'): a word that
    says what papers are about, which a lab's name may hold without the word naming the lab
    ("German Cancer Research Center", "Google Brain")."""
    return frozenset(
        word
        for name in language_names()
        for meaning in subjects(name).values()
        for word in words(meaning)
    )
