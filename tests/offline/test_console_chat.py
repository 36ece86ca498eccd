"""Chat in the console: `:reply` answers the bot's last message as Discord's reply button
does, `:goto` jumps to a moment, and the banner of a conference that is not on says when it
ran and how to live through it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.domain.records import ConferenceView
from bot.offline.prompt import banner
from tests.conftest import venue_time
from tests.processes import confbot_here


def test_a_reply_is_read_in_the_context_of_the_last_answer(tmp_path: Path) -> None:
    lines = "@bot summarise the lottery ticket paper\n:reply who wrote that?\n"
    result = confbot_here(tmp_path, "console", "--now", "2019-05-07T08:30-05:00", stdin=lines)
    assert result.returncode == 0, result.stderr
    reply = result.stdout.split("[#general]")[-1]  # the bot's last message: its answer
    assert "Jonathan Frankle" in reply
    assert "Presented as" not in reply


def test_a_reply_asking_when_gets_the_time_not_the_card_again(tmp_path: Path) -> None:
    lines = "@bot the ordered neurons paper\n:reply when is it?\n"
    result = confbot_here(tmp_path, "console", "--now", "2019-05-07T08:30-05:00", stdin=lines)
    assert result.returncode == 0, result.stderr
    reply = result.stdout.split("[#general]")[-1]  # the bot's last message: its answer
    assert "Ordered Neurons" in reply
    assert "10:30" in reply
    assert "Authors" not in reply


def test_goto_moves_to_a_venue_time(tmp_path: Path) -> None:
    lines = ":goto 2019-05-07T14:40\n@bot what's on now?\n"
    result = confbot_here(tmp_path, "console", "--now", "2019-05-07T08:30-05:00", stdin=lines)
    assert result.returncode == 0, result.stderr
    assert "Time is now Tue 07 May, 14:40 CDT." in result.stdout
    assert "Goodfellow" in result.stdout


async def test_the_banner_after_the_conference_says_when_it_ran(conf: ConferenceView) -> None:
    text = banner(conf, venue_time("2026-12-06T09:00"))
    assert "The conference is over: it ran 6–9 May 2019" in text
    assert ":goto 2019-05-07T11:30" in text
    assert "--now 2019-05-07T11:30-05:00" in text


async def test_the_banner_during_the_conference_shows_the_examples(conf: ConferenceView) -> None:
    text = banner(conf, venue_time("2019-05-07T09:00"))
    assert "is over" not in text
    assert "@bot" in text
    assert conf.start_date == date(2019, 5, 6)
