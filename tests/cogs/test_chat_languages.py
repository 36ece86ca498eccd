"""Chat in the asker's language: a question written in German, French, Spanish or Chinese is
answered in it, through the offline Discord, and what the asker typed is echoed unchanged."""

from __future__ import annotations

from bot.offline import OfflineDiscord
from tests.cogs.conftest import ATTENDEE, text_of

ENGLISH_PHRASES = ("No paper matches", "Nothing matches", "Did you mean", "Nothing at")


async def test_a_german_question_nothing_answers_is_told_so_in_german(
    offline: OfflineDiscord,
) -> None:
    text = text_of(await offline.mention(ATTENDEE, "gibt es ein paper über Fußball?"))
    assert "nichts" in text
    assert "Fußball" in text, "the asker's word, as typed"
    assert not any(phrase in text for phrase in ENGLISH_PHRASES)


async def test_a_chinese_question_echoes_its_own_characters(offline: OfflineDiscord) -> None:
    text = text_of(await offline.mention(ATTENDEE, "有关于区块链的论文吗"))
    assert "没有" in text
    assert "区块链" in text, "shown as typed, not as the word it was searched by"
    assert not any(phrase in text for phrase in ENGLISH_PHRASES)


async def test_a_day_after_the_conference_is_said_to_be_outside_it_in_spanish(
    offline: OfflineDiscord,
) -> None:
    text = text_of(await offline.mention(ATTENDEE, "qué hay el sábado"))
    assert "No hay nada programado" in text
    assert "lunes, 6 de mayo" in text
    assert "jueves, 9 de mayo" in text


async def test_french_question_words_read_a_part_of_the_programme(
    offline: OfflineDiscord,
) -> None:
    text = text_of(await offline.mention(ATTENDEE, "liste les orals de jeudi"))
    assert "Thursday morning orals" in text
    assert "Thursday afternoon orals" in text


async def test_a_title_alone_is_answered_in_english(offline: OfflineDiscord) -> None:
    text = text_of(await offline.mention(ATTENDEE, "the lottery ticket hypothesis"))
    assert "The Lottery Ticket Hypothesis" in text


async def test_asking_what_the_bot_can_do_is_answered_with_help_in_that_language(
    offline: OfflineDiscord,
) -> None:
    text = text_of(await offline.mention(ATTENDEE, "你能干啥？怎么用"))
    assert "你的 ICLR 2019 助手" in text
    assert "Your ICLR 2019 companion" not in text


async def test_a_greeting_before_a_question_is_not_searched_for(offline: OfflineDiscord) -> None:
    text = text_of(await offline.mention(ATTENDEE, "moin, was läuft morgen früh?"))
    assert "moin" not in text.casefold()
    assert "Mittwoch, 8. Mai" in text


async def test_a_persons_roles_are_named_in_the_askers_language(offline: OfflineDiscord) -> None:
    text = text_of(await offline.mention(ATTENDEE, "qué hace kaelbling en la conferencia"))
    assert "Leslie Kaelbling" in text
    assert "(moderador)" in text
    assert "(moderator)" not in text
