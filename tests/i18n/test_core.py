"""The translation core: which language a Discord locale gets, catalogue look-ups with an
English fallback that never mixes languages, and CLDR formats of days, numbers and lists."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import discord
import pytest

from bot.i18n import catalogues
from bot.i18n.catalogues import Domain, catalogue, placeholders, translate, translate_plural
from bot.i18n.formats import day_label, day_time_label, list_of, long_day_label, number
from bot.i18n.languages import Language, language_of

TOO_LONG = "That query is too long: keep it to {limit} characters or fewer."


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (discord.Locale.german, Language.GERMAN),
        ("de", Language.GERMAN),
        (discord.Locale.french, Language.FRENCH),
        (discord.Locale.spain_spanish, Language.SPANISH),
        ("es-419", Language.SPANISH),
        (discord.Locale.chinese, Language.CHINESE),
        ("zh-TW", Language.ENGLISH),
        (discord.Locale.american_english, Language.ENGLISH),
        ("en-GB", Language.ENGLISH),
        (discord.Locale.japanese, Language.ENGLISH),
        (None, Language.ENGLISH),
        ("", Language.ENGLISH),
    ],
)
def test_a_discord_locale_picks_its_language_or_english(locale: object, expected: Language) -> None:
    assert language_of(locale) is expected


def test_a_sentence_comes_back_in_the_readers_language_with_its_values() -> None:
    german = translate(Language.GERMAN, TOO_LONG, limit=200)
    assert "200" in german
    assert german != TOO_LONG.format(limit=200)
    assert translate(Language.ENGLISH, TOO_LONG, limit=200) == TOO_LONG.format(limit=200)


def test_a_sentence_no_catalogue_holds_is_given_whole_in_english() -> None:
    text = "A sentence no catalogue has, about {what}."
    assert translate(Language.FRENCH, text, what="x") == "A sentence no catalogue has, about x."


def test_a_translation_with_a_placeholder_the_english_lacks_falls_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "confbot.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Hello {name}."\nmsgstr "Hallo {nom}."\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(catalogues, "LOCALES", tmp_path)
    catalogue.cache_clear()
    try:
        assert translate(Language.GERMAN, "Hello {name}.", name="Ada") == "Hello Ada."
    finally:
        catalogue.cache_clear()


def test_a_counted_sentence_takes_the_languages_plural_form() -> None:
    one = translate_plural(Language.FRENCH, "{count} paper", "{count} papers", 1)
    many = translate_plural(Language.FRENCH, "{count} paper", "{count} papers", 3)
    assert (one, many) == ("1 article", "3 articles")
    assert translate_plural(Language.CHINESE, "{count} paper", "{count} papers", 3) == "3 篇论文"
    assert translate_plural(Language.ENGLISH, "{count} paper", "{count} papers", 2) == "2 papers"


def test_the_chat_domain_has_a_catalogue_for_every_language() -> None:
    for language in Language:
        if language is not Language.ENGLISH:
            assert catalogues.catalogue_path(language, Domain.CHAT).exists()


def test_placeholders_are_the_named_fields() -> None:
    assert placeholders("{count} of {total} at {room}") == {"count", "total", "room"}


TUESDAY = date(2019, 5, 7)


@pytest.mark.parametrize(
    ("language", "short", "long"),
    [
        (Language.ENGLISH, "Tue 7 May", "Tuesday 7 May"),
        (Language.GERMAN, "Di., 7. Mai", "Dienstag, 7. Mai"),
        (Language.FRENCH, "mar. 7 mai", "mardi 7 mai"),
        (Language.SPANISH, "mar, 7 de mayo", "martes, 7 de mayo"),
        (Language.CHINESE, "5月7日 星期二", "5月7日 星期二"),
    ],
)
def test_days_are_written_as_each_language_writes_them(
    language: Language, short: str, long: str
) -> None:
    assert day_label(TUESDAY, language) == short
    assert long_day_label(TUESDAY, language) == long


def test_a_day_and_time_and_numbers_and_lists_follow_the_language() -> None:
    eleven = datetime(2019, 5, 7, 11, 0)  # noqa: DTZ001 - a wall-clock time at the venue
    assert day_time_label(eleven, Language.GERMAN) == "Di., 7. Mai, 11:00"
    assert number(1234, Language.GERMAN) == "1.234"
    assert number(1234, Language.ENGLISH) == "1,234"
    assert list_of(["a", "b", "c"], Language.GERMAN) == "a, b und c"
    assert list_of(["a", "b"], Language.CHINESE) == "a和b"
