"""enrich's progress on stderr: redrawn in place on a terminal, a line now and then in a log,
and one line saying what was kept when a run is cut short."""

from __future__ import annotations

import io

from bot.cli import ProgressLine
from bot.papers.enrich import Progress
from bot.papers.openreview import Fetched, Outcome


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def progress() -> Progress:
    return Progress("iclr2019", with_id=502, already=100, to_ask=402)


def test_a_log_gets_the_first_line_the_last_and_none_in_between() -> None:
    stream = io.StringIO()
    line, state = ProgressLine(stream), progress()

    line(state)
    state.count(Fetched("a", Outcome.FOUND, requests=1))
    line(state)
    state.asked = state.to_ask
    line(state)

    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("enrich iclr2019 [                    ] 0/402 papers")
    assert lines[1].startswith("enrich iclr2019 [####################] 402/402 papers")


def test_a_terminal_sees_one_line_redrawn() -> None:
    stream = Terminal()
    line, state = ProgressLine(stream), progress()

    line(state)
    state.count(Fetched("a", Outcome.NOT_FOUND, requests=2))
    line(state)
    line.end()

    text = stream.getvalue()
    assert text.count("\r\x1b[K") == 2
    assert text.endswith("\n")
    assert "1 not on OpenReview" in text
    assert "left" in text, "the time left while papers remain"


def test_an_interrupted_run_says_what_it_kept() -> None:
    line = ProgressLine(io.StringIO())
    assert line.interrupted() == "enrich interrupted before it started; nothing was changed."
    state = progress()
    line(state)
    state.stored = 50
    assert line.interrupted() == (
        "enrich interrupted: 150 of 502 papers of iclr2019 are done and kept; "
        "run it again to go on."
    )
