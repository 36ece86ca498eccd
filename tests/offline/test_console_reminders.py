"""Reminders in the offline console, as the issue's acceptance runs them: `confbot console`
with piped stdin, rehearsal time moved with :advance, reminders printed as [DM @user] /
[#channel] lines."""

from __future__ import annotations

from pathlib import Path

from tests.datacopy import DATA_FILE_NAME, DataCopy
from tests.processes import confbot_here


def console(tmp_path: Path, lines: str, *args: str) -> str:
    result = confbot_here(
        tmp_path, "console", "--now", "2019-05-07T08:30-05:00", *args, stdin=lines
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def test_the_keynote_reminder_is_printed_once_at_0850(tmp_path: Path) -> None:
    out = console(tmp_path, "/remind add target:keynotes minutes:10\n:advance 30m\n")
    assert out.count("[DM @attendee]") == 1
    dm = out.index("[DM @attendee]")
    assert out[:dm].rstrip().endswith("-- Tue 07 May, 08:50 CDT --")
    line = out[dm:].splitlines()[0]
    assert "Invited talk: Emily Shuckburgh starts in 10 minutes (09:00 CDT)" in line
    assert out.rstrip().endswith("Time is now Tue 07 May, 09:00 CDT.")


def test_an_admin_sets_up_announcements_by_channel_name(tmp_path: Path) -> None:
    out = console(
        tmp_path,
        "/announce setup channel:#general kinds:poster\n:advance 3h\n",
        "--admin",
    )
    assert "Announcements are on" in out
    assert "[#general] 📣 Poster session: GANs starts in 10 minutes (11:00 CDT)" in out
    assert "-- Tue 07 May, 10:50 CDT --" in out


def test_without_manage_server_announce_is_not_offered(tmp_path: Path) -> None:
    out = console(tmp_path, "/announce status\n")
    assert "default_member_permissions" in out


def test_after_a_restart_a_reminder_missed_while_down_is_sent_late_and_listed(
    tmp_path: Path,
) -> None:
    first = confbot_here(
        tmp_path, "console", "--now", "2019-05-07T08:00-05:00", stdin="/remind add target:posters\n"
    )
    assert first.returncode == 0, first.stderr
    second = confbot_here(
        tmp_path, "console", "--now", "2019-05-07T11:05-05:00", stdin="/remind list\n"
    )
    out = second.stdout
    assert "[DM @attendee] ⏰ Reminder: Poster session: GANs started 5 minutes ago" in out
    assert out.index("[DM @attendee]") < out.index("Recent trouble")
    assert "sent late: sent 5 minutes after the session started" in out


def test_a_re_import_that_moves_a_session_is_told_once_and_reminded_at_the_new_time(
    tmp_path: Path, data_dir: Path
) -> None:
    edited = DataCopy(tmp_path / "edited", data_dir / DATA_FILE_NAME)
    edited.set_field("tue-posters-morning", "start", "2019-05-07T13:00:00")
    edited.set_field("tue-posters-morning", "end", "2019-05-07T15:00:00")
    lines = (
        f"/remind add target:tue-posters-morning minutes:10\n:import {edited.path}\n:advance 5h\n"
    )

    out = console(tmp_path, lines)

    assert "programme changes: 1 moved (1 notices to send)" in out
    assert out.count("Poster session: GANs moved from 11:00 to 13:00, Great Hall BC.") == 1
    assert "-- Tue 07 May, 10:50 CDT --" not in out  # nothing at the old time
    reminder = out.index("-- Tue 07 May, 12:50 CDT --")
    assert "Poster session: GANs starts in 10 minutes (13:00 CDT)" in out[reminder:]
