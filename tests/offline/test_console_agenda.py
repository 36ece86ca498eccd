"""The agenda in the offline console, as the README shows it: `confbot console`, piped stdin,
a clash warning naming both sessions, the day in order, and a calendar file saved to a folder
that the icalendar library reads back to the same sessions at the same instants; the pictures
of the agenda's day and of the programme's day are saved beside it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from icalendar import Calendar  # type: ignore[import-untyped]
from PIL import Image

from tests.processes import confbot_here

EXPO = "Industry expo: Google AI on machine learning for musical creativity"
LINES = (
    "/agenda add target:session:tue-posters-morning\n"
    "/agenda add target:session:tue-expo\n"
    '/agenda add target:"Lunch break"\n'
    "/agenda show\n"
    "/agenda ics\n"
    "/schedule day:tuesday\n"
)


def test_clash_day_and_calendar_file(tmp_path: Path) -> None:
    saved = tmp_path / "calendars"
    result = confbot_here(
        tmp_path,
        "console",
        "--now",
        "2019-05-07T08:30-05:00",
        "--save-attachments",
        str(saved),
        stdin=LINES,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"⚠ Lunch break overlaps {EXPO}" in out
    assert "Lunch break: ≈ Tue 7 May, 13:00–14:30 CDT (approximate)" in out

    day = out[out.index("== Your agenda — Tuesday 7 May ==") :].splitlines()
    assert day[1].startswith("⏭ next 11:00–13:00")
    assert day[1].endswith("Poster session: GANs · Great Hall BC")
    assert EXPO in day[2]
    assert "Lunch break" in day[4], "each clash is flagged under its item"
    assert "clashes with Lunch break" in day[3]

    assert "[attachment iclr2019-agenda.ics, " in out
    for picture in ("iclr2019-agenda-2019-05-07.png", "iclr2019-2019-05-07.png"):
        size = (saved / picture).stat().st_size
        assert f"[attachment {picture}, {size} bytes]" in out
        assert Image.open(saved / picture).format == "PNG"
    calendar = Calendar.from_ical((saved / "iclr2019-agenda.ics").read_bytes())
    starts = {
        str(e["summary"]): (
            e.decoded("dtstart").astimezone(UTC),
            e.decoded("dtend").astimezone(UTC),
        )
        for e in calendar.walk("VEVENT")
    }
    assert starts == {
        "Poster session: GANs": (
            datetime(2019, 5, 7, 16, tzinfo=UTC),
            datetime(2019, 5, 7, 18, tzinfo=UTC),
        ),
        EXPO: (datetime(2019, 5, 7, 18, tzinfo=UTC), datetime(2019, 5, 7, 19, 30, tzinfo=UTC)),
        "Lunch break": (
            datetime(2019, 5, 7, 18, tzinfo=UTC),
            datetime(2019, 5, 7, 19, 30, tzinfo=UTC),
        ),
    }
    assert "Traceback" not in result.stderr
