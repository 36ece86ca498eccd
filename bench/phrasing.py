"""Another language's phrases found in a question (`bot.chat.phrases`), with the catalogues as
shipped and with twice as many phrases, beside one regular expression of every phrase, longest
first, which finds the same phrases: per question, and making either once per language.

The subject lexicons grow with the field, so the doubled catalogues are made up here (each
new phrase an existing one with another's last word after it) and never written anywhere.
Each question is timed several times and its least time kept: these are microseconds, which a
shared machine's load would otherwise decide.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable
from functools import partial

from bench.measure import Figure, Row
from bot.chat.catalogue import language_names
from bot.chat.glossary import Glossary, glossary
from bot.chat.language import spaced, written_in
from bot.chat.phrases import Phrases
from bot.domain.text import fold
from tests.chat.blind import QUESTIONS, load_blind

REPEATS = 5
BASELINE = "one regular expression of every phrase"


def doubled(phrases: dict[str, str], *, spaced_out: bool, seed: int = 2) -> dict[str, str]:
    """The phrases and as many again, each new one an existing phrase with the last word (in
    Chinese, the last character) of another after it."""
    chosen = random.Random(seed)
    listed = list(phrases)
    grown = dict(phrases)
    while len(grown) < 2 * len(phrases):
        first, second = chosen.choice(listed), chosen.choice(listed)
        added = f"{first} {second.split()[-1]}" if spaced_out else first + second[-1]
        grown[added] = phrases[first]
    return grown


def alternation(phrases: dict[str, str], *, spaced_out: bool) -> re.Pattern[str]:
    """The regular expression chat read phrases with before: every phrase, longest first."""
    ordered = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])(?:{ordered})(?![\w-])" if spaced_out else ordered)


def _asked() -> dict[str, list[str]]:
    """The multilingual tuning set's questions as the glossary reads them, by language."""
    by_language: dict[str, list[str]] = {}
    for question in load_blind(QUESTIONS / "i18n" / "tune.toml"):
        folded = spaced(fold(question.ask).replace("’", "'"))
        found = written_in(folded)
        if found is not None:
            text = " ".join(folded.replace("'", " ").split())
            by_language.setdefault(found.name, []).append(text)
    return by_language


def _least_us(find: Callable[[str], object], text: str) -> float:
    spent = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        find(text)
        spent.append(time.perf_counter() - started)
    return min(spent) * 1e6


def _made_ms(make: Callable[[], object]) -> float:
    re.purge()  # a pattern compiled before is not compiled again
    started = time.perf_counter()
    make()
    return (time.perf_counter() - started) * 1000


def phrase_rows() -> list[Row]:
    """Per question and per language made, at the shipped and the doubled catalogues."""
    asked = _asked()
    languages = [glossary(name) for name in language_names() if name in asked]
    rows = []
    for label, grow in (("shipped", False), ("doubled", True)):
        found_us: list[float] = []
        matched_us: list[float] = []
        made_ms: list[float] = []
        compiled_ms: list[float] = []
        phrases_in_all = 0
        for language in languages:
            phrases = _phrases_of(language, grow)
            phrases_in_all += len(phrases)
            compile_it = partial(alternation, phrases, spaced_out=language.spaced)
            make_it = partial(Phrases, phrases, spaced=language.spaced)
            compiled_ms.append(_made_ms(compile_it))
            made_ms.append(_made_ms(make_it))
            lookup, pattern = make_it(), compile_it()
            for text in asked[language.name]:
                found_us.append(_least_us(lookup.found, text))
                matched_us.append(_least_us(pattern.findall, text))
        size = f"{label} ({phrases_in_all:,} phrases, {len(languages)} languages)"
        rows += [
            Row(
                "chat",
                f"another language's phrases found in a question ({len(found_us)} questions)",
                size,
                Figure.of(found_us, "µs"),
                Figure.of(matched_us, "µs"),
                BASELINE,
            ),
            Row(
                "chat",
                "another language's phrases: made once per language",
                size,
                Figure.of(made_ms, "ms"),
                Figure.of(compiled_ms, "ms"),
                f"compiling {BASELINE}",
            ),
        ]
    return rows


def _phrases_of(language: Glossary, grow: bool) -> dict[str, str]:
    return doubled(language.phrases, spaced_out=language.spaced) if grow else language.phrases
