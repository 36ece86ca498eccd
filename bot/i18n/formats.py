"""Dates, times, numbers and lists the way each language writes them (Babel, from CLDR).

English keeps the bot's own compact forms ("Tue 7 May"), which its answers have always used;
other languages take CLDR's patterns, with the day first where that language puts it first.
Spanish writes the month whole even in a short day ("mar, 7 de mayo"): its abbreviations
("7 may", "24 ago") read as English or as other words."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Literal

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal

from bot.i18n.languages import Language

_SHORT_DAY = {
    Language.GERMAN: "EEE, d. MMM",
    Language.FRENCH: "EEE d MMM",
    Language.SPANISH: "EEE, d 'de' MMMM",
    Language.CHINESE: "M月d日 EEEE",
}
_LONG_DAY = {
    Language.GERMAN: "EEEE, d. MMMM",
    Language.FRENCH: "EEEE d MMMM",
    Language.SPANISH: "EEEE, d 'de' MMMM",
    Language.CHINESE: "M月d日 EEEE",
}
_DAY_TIME_JOIN = {
    Language.ENGLISH: "{day}, {time}",
    Language.GERMAN: "{day}, {time}",
    Language.FRENCH: "{day}, {time}",
    Language.SPANISH: "{day}, {time}",
    Language.CHINESE: "{day} {time}",
}


LABELS_KEPT = 1024
"""Days and counts whose words are remembered: a reply names the same few days and counts
again and again, and each costs Babel (or strftime) tens of microseconds to write."""


@lru_cache(maxsize=LABELS_KEPT)
def day_label(day: date, language: Language) -> str:
    """A short day: "Tue 7 May", "Di., 7. Mai", "mar. 7 mai", "mar, 7 de mayo", "5月7日 星期二"."""
    if language is Language.ENGLISH:
        return f"{day:%a} {day.day} {day:%b}"
    return format_date(day, _SHORT_DAY[language], locale=language.babel_tag)


@lru_cache(maxsize=LABELS_KEPT)
def long_day_label(day: date, language: Language) -> str:
    """A day in full: "Tuesday 7 May", "Dienstag, 7. Mai", "mardi 7 mai", "martes, 7 de mayo"."""
    if language is Language.ENGLISH:
        return f"{day:%A} {day.day} {day:%B}"
    return format_date(day, _LONG_DAY[language], locale=language.babel_tag)


def weekday_label(day: date, language: Language) -> str:
    """A weekday, abbreviated: "Tue", "Di.", "mar.", "mar", "周二"."""
    if language is Language.ENGLISH:
        return f"{day:%a}"
    return format_date(day, "EEE", locale=language.babel_tag)


def time_label(moment: datetime) -> str:
    """The 24-hour wall clock, "11:00": the same in every language served here."""
    return f"{moment:%H:%M}"


def day_time_label(moment: datetime, language: Language) -> str:
    """A day and its time: "Tue 7 May, 11:00", "Di., 7. Mai, 11:00", "5月7日 星期二 11:00"."""
    return _DAY_TIME_JOIN[language].format(
        day=day_label(moment.date(), language), time=time_label(moment)
    )


@lru_cache(maxsize=LABELS_KEPT, typed=True)
def number(value: float, language: Language) -> str:
    """A number with the language's grouping and decimal signs: 1,234 / 1.234 / 1 234."""
    return format_decimal(value, locale=language.babel_tag)


def list_of(
    items: Sequence[str], language: Language, *, style: Literal["standard", "or"] = "standard"
) -> str:
    """Items joined as the language joins them: "a, b and c", "a, b und c", "a、b和c"."""
    if language is Language.ENGLISH and style == "standard":
        return ", ".join(items)
    return format_list(list(items), style=style, locale=language.babel_tag)


def sentence_list(items: Sequence[str], language: Language) -> str:
    """Items joined as a sentence joins them, "and" before the last: "a, b and c" (British
    English, as the bot writes, without the serial comma), "a, b und c", "a、b和c"."""
    tag = "en_GB" if language is Language.ENGLISH else language.babel_tag
    return format_list(list(items), locale=tag)


def language_name(code: str, language: Language) -> str:
    """A language a talk is given in, named in the reader's own language ("Deutsch" for "de"
    to a German reader); the code itself when Babel does not know it."""
    name: str = Locale.parse(language.babel_tag).languages.get(code, code)
    return name
