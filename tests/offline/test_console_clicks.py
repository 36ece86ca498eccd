"""`:click` in the console presses a button of the last message that has buttons."""

from __future__ import annotations

from pathlib import Path

from tests.processes import confbot_here

PAPER = '/paper query:"Learning deep representations by mutual information estimation"\n'


def test_a_click_on_a_paper_answer_adds_its_sessions_to_the_agenda(tmp_path: Path) -> None:
    lines = PAPER + ":click Add to agenda\n:click 1\n:click 9\n:click\n/agenda show day:Wednesday\n"
    result = confbot_here(tmp_path, "console", "--now", "2019-05-07T11:30-05:00", stdin=lines)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[Add to agenda] [Remind me]" in out
    assert "(only you can see this) == Added to your agenda: Learning deep" in out
    assert "== Already on your agenda: Learning deep" in out
    assert "! there is no button 9: the message has 2" in out
    assert "! say which button" in out
    assert "Wednesday morning orals" in out.split("Your agenda")[-1]
    assert "Traceback" not in result.stderr


def test_click_without_any_buttons_says_so(tmp_path: Path) -> None:
    result = confbot_here(tmp_path, "console", stdin="/conference\n:click 1\n")
    assert result.returncode == 0, result.stderr
    assert "! no message has buttons yet" in result.stdout
