"""Days of the week and of a conference in every language the bot speaks: what a person may
type in a day option ('dienstag', 'mardi', 'martes', '星期二'), and the days offered to them
in their own language. The names are CLDR's, through Babel, so a new language brings its own."""

from __future__ import annotations

from functools import cache

from babel.dates import get_day_names

from bot.domain.days import WeekdayNames
from bot.domain.records import Choice, ConferenceView
from bot.domain.text import fold
from bot.i18n.formats import long_day_label
from bot.i18n.languages import Language


@cache
def weekday_names() -> WeekdayNames:
    """Every language's weekday names, whole and abbreviated, folded, with their index
    (Monday 0): "dienstag", "di", "mardi", "mar", "martes", "星期二", "周二" are all 1."""
    names: dict[str, int] = {}
    for language in Language:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                found = get_day_names(width, context, locale=language.babel_tag)
                for index, name in found.items():
                    names[fold(name).rstrip(".")] = index
    return WeekdayNames(names)


def day_choices(conf: ConferenceView, typed: str, language: Language) -> list[Choice[str]]:
    """Autocomplete for day options: the conference's days that match what was typed, in
    the reader's language or any other the bot speaks, named in the reader's language."""
    wanted = fold(typed.strip())
    named = weekday_names().named(wanted) if wanted else frozenset()
    return [
        Choice(name=long_day_label(day, language), value=day.isoformat())
        for day in conf.days
        if not wanted
        or day.weekday() in named
        or wanted in day.isoformat()
        or any(wanted in fold(long_day_label(day, other)) for other in {language, Language.ENGLISH})
    ]
