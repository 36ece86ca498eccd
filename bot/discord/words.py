"""The domain's own words in the reader's language: a session kind's tag, a group's name, and
the "… and N more" that ends a cut list. Their English is the catalogue's message id."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from bot.domain.kinds import GROUPS, Group, label_of
from bot.i18n.catalogues import translate, translate_filled
from bot.i18n.languages import Language

KIND: Final = "kind"
"""The catalogue context of kind tags ("Posters" the tag, apart from "posters" the choice)."""


def kind_label(kind: str, language: Language) -> str:
    """A session kind's tag in lists ("Keynote", "Hauptvortrag")."""
    return translate(language, label_of(kind), context=KIND)


def group_name(group: Group, language: Language) -> str:
    """A group as pickers name it ("keynotes", "talks and orals")."""
    return translate(language, GROUPS[group].choice)


def more_counter(language: Language, message: str) -> Callable[[int], str]:
    """The ending of a cut list, given how many were left out; `message` has `{count}`."""
    return lambda count: translate_filled(language, message, {"count": count})
