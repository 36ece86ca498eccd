"""The catalogues hold every sentence the code asks for, in every language, with the same
placeholders as the English; a missing entry would make a reply fall back to English."""

from __future__ import annotations

import pytest

from bot.discord.translator import NAME
from bot.discord.words import KIND
from bot.domain.kinds import GROUPS, Kind, label_of
from bot.i18n.catalogues import Domain, catalogue, placeholders
from bot.i18n.languages import TRANSLATED, Language
from tests.i18n.messages import Message, code_messages

MESSAGES = code_messages()


def _implied() -> list[Message]:
    """Messages the code looks up by a value rather than a written-out string."""
    kinds = [Message(label_of(kind), None, "confbot", KIND, "kinds") for kind in Kind]
    groups = [
        Message(text, None, "confbot", None, "groups")
        for info in GROUPS.values()
        for text in (info.choice, info.label)
    ]
    return kinds + groups


def _missing(language: Language, messages: list[Message]) -> list[str]:
    gaps = []
    for message in messages:
        entry = catalogue(language, Domain(message.domain)).get(message.text, message.context)
        if entry is None or entry.fuzzy or not entry.string:
            gaps.append(f"{message.where}: {message.text!r}")
        elif message.plural is not None and not isinstance(entry.string, tuple):
            gaps.append(f"{message.where}: {message.text!r} needs plural forms")
    return gaps


def test_the_code_asks_for_sentences_at_all() -> None:
    texts = {message.text for message in MESSAGES}
    assert "Nothing is scheduled on this day." in texts
    assert "No paper matches “{name}”." in texts  # marked in the domain's own errors


@pytest.mark.parametrize("language", TRANSLATED, ids=str)
def test_every_sentence_of_the_code_is_in_the_catalogue(language: Language) -> None:
    assert _missing(language, MESSAGES + _implied()) == []


@pytest.mark.parametrize("language", TRANSLATED, ids=str)
@pytest.mark.parametrize("domain", list(Domain), ids=str)
def test_each_translation_has_the_placeholders_of_its_english(
    language: Language, domain: Domain
) -> None:
    wrong = []
    for entry in catalogue(language, domain):
        if not entry.id:
            continue
        if isinstance(entry.id, tuple):
            english = placeholders(entry.id[0]) | placeholders(entry.id[1])
            forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
            if any(placeholders(form) != english for form in forms if form):
                wrong.append(entry.id[0])
        elif entry.string and placeholders(entry.string) != placeholders(entry.id):
            wrong.append(entry.id)
    assert wrong == []


@pytest.mark.parametrize("language", TRANSLATED, ids=str)
def test_translated_command_names_are_lowercase_words(language: Language) -> None:
    names = [entry for entry in catalogue(language, Domain.CONFBOT) if entry.context == NAME]
    assert names
    assert [entry.string for entry in names if entry.string != entry.string.lower()] == []
    assert [entry.string for entry in names if " " in entry.string] == []
