"""The domain's own words in the reader's language: a session kind's tag, a group's name, and
the "… and N more" that ends a cut list, and a programme change. Their English is the
catalogue's message id."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo

from bot.domain.changes import ChangeView, Moment, account
from bot.domain.kinds import GROUPS, Group, label_of
from bot.domain.reminders import Target, TargetType
from bot.i18n.catalogues import translate, translate_filled
from bot.i18n.formats import day_time_label, time_label
from bot.i18n.languages import Language

KIND: Final = "kind"
"""The catalogue context of kind tags ("Posters" the tag, apart from "posters" the choice)."""


@lru_cache(maxsize=256)
def kind_label(kind: str, language: Language) -> str:
    """A session kind's tag in lists ("Keynote", "Hauptvortrag"). Remembered: every line of a
    day's list asks, and a conference has a handful of kinds."""
    return translate(language, label_of(kind), context=KIND)


def group_name(group: Group, language: Language) -> str:
    """A group as pickers name it ("keynotes", "talks and orals")."""
    return translate(language, GROUPS[group].choice)


def target_label(target: Target, language: Language) -> str:
    """What a reminder follows: a group or a topic in the reader's words; a session's or a
    paper's title as the conference gives it."""
    if target.type == TargetType.KIND and target.ref in set(Group):
        return translate(language, GROUPS[Group(target.ref)].label)
    opening, closing = "topic “", "”"
    if target.type == TargetType.TOPIC and target.label.startswith(opening):
        name = target.label.removeprefix(opening).removesuffix(closing)
        return translate(language, "topic “{name}”", name=name)
    return target.label


def more_counter(language: Language, message: str) -> Callable[[int], str]:
    """The ending of a cut list, given how many were left out; `message` has `{count}`."""
    return lambda count: translate_filled(language, message, {"count": count})


def _moment_text(moment: Moment, language: Language) -> str:
    if language is Language.ENGLISH:
        return str(moment)
    if moment.local is None:
        return translate(language, "no time")
    if moment.with_day:
        return day_time_label(moment.local, language)
    return time_label(moment.local)


def change_text(change: ChangeView, zone: ZoneInfo, language: Language) -> str:
    """A programme change in the reader's words: the same sentence in a notice and /changes.
    Titles and rooms are the conference's; times are the venue's, in the language's form."""
    told = account(change, zone)
    values = {
        name: _moment_text(value, language) if isinstance(value, Moment) else value
        for name, value in told.values.items()
    }
    return translate_filled(language, told.message, values)
