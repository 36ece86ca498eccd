"""Answers in another language read as that language's readers expect: a card opens with a
sentence ("2 Paper von …", "Póster el martes, 7 de mayo a las 11:00 en …"), lists join as the
language joins them, and the commands are named so that any client finds them. English
answers open as they always have."""

from __future__ import annotations

from bot.offline import OfflineDiscord
from tests.cogs.conftest import ATTENDEE, text_of


async def test_a_persons_papers_are_introduced_by_a_german_sentence(
    offline: OfflineDiscord,
) -> None:
    text = text_of(await offline.mention(ATTENDEE, "was hat sepp hochreiter eingereicht"))
    assert "1 Paper von Sepp Hochreiter." in text
    assert "Human-level Protein Localization" in text


async def test_an_english_person_card_has_no_lead_sentence(offline: OfflineDiscord) -> None:
    text = text_of(await offline.mention(ATTENDEE, "papers by sepp hochreiter"))
    assert "Human-level Protein Localization" in text
    assert "paper by Sepp Hochreiter." not in text


async def test_a_spanish_session_card_says_when_and_where_as_a_sentence(
    offline: OfflineDiscord,
) -> None:
    text = text_of(await offline.mention(ATTENDEE, "cuándo es la apertura"))
    assert "Apertura el lunes, 6 de mayo a las 08:45 en Great Hall AD." in text


async def test_a_french_list_of_sessions_says_a_day_at_a_time(offline: OfflineDiscord) -> None:
    text = text_of(await offline.mention(ATTENDEE, "liste les orals de jeudi"))
    assert "jeu. 9 mai à" in text


async def test_commands_asked_for_in_french_are_named_in_french_and_english(
    offline: OfflineDiscord,
) -> None:
    text = text_of(await offline.mention(ATTENDEE, "c'est quoi les commandes ?"))
    assert "(/help)" in text


async def test_a_chinese_follow_up_asking_for_the_affiliation_shows_it(
    offline: OfflineDiscord,
) -> None:
    answer = await offline.mention(ATTENDEE, "LEO 那篇隐空间嵌入优化的论文")
    text = text_of(await offline.reply(ATTENDEE, answer[0], "哪个单位的"))
    assert "DeepMind" in text


async def test_asking_in_german_what_someone_talks_about_summarises_their_talk(
    offline: OfflineDiscord,
) -> None:
    text = text_of(await offline.mention(ATTENDEE, "worüber redet shuckburgh"))
    assert "Invited talk: Emily Shuckburgh" in text
    assert "planetary" in text.casefold(), "what the talk is about, not only when it is"
