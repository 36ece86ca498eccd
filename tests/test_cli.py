"""The operator's commands: one clear line and exit code 2 for every mistake, no tracebacks.

A real process for `run`, `seed` and `sync --print` as the README gives them; the rest through
the same entry point in this process (tests/processes.py), which is seconds faster a call."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import discord
import pytest

from bot import cli
from bot.app import ConfBot
from bot.settings import Settings
from tests.conftest import DATA_DIR, sqlite_url
from tests.processes import confbot_here, run_confbot


@pytest.mark.slow  # a real `confbot` process, as the README runs it
def test_run_without_a_token_points_at_env_example_and_the_console(tmp_path: Path) -> None:
    result = run_confbot(tmp_path, "run")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert ".env.example" in lines[0]
    assert "confbot console" in lines[0]


@pytest.mark.slow  # the second seed is a real `confbot` process, as the README runs it
def test_seed_twice_reports_nothing_changed_the_second_time(tmp_path: Path) -> None:
    first = confbot_here(tmp_path, "seed")
    assert first.returncode == 0, first.stderr
    second = run_confbot(tmp_path, "seed")
    assert second.returncode == 0
    assert second.stdout.strip() == "iclr2019: nothing changed."


def test_seed_of_a_broken_file_names_file_entry_and_field(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    text = (DATA_DIR / "iclr2019.toml").read_text(encoding="utf-8")
    broken.write_text(text.replace('kind = "poster"', 'kind = "posterr"', 1), encoding="utf-8")
    result = confbot_here(tmp_path, "seed", "--data", str(broken))
    assert result.returncode == 2
    assert "broken.toml" in result.stderr
    assert "field 'kind'" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_setting_is_named(tmp_path: Path) -> None:
    result = confbot_here(tmp_path, "console", CONFBOT_SPEED="fast")
    assert result.returncode == 2
    assert "CONFBOT_SPEED" in result.stderr


def test_a_missing_data_folder_is_reported(tmp_path: Path) -> None:
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    result = confbot_here(tmp_path, "console", CONFBOT_DATA_DIR=str(empty))
    assert result.returncode == 2
    assert "iclr2019" in result.stderr


def test_sync_without_a_token_is_refused(tmp_path: Path) -> None:
    result = confbot_here(tmp_path, "sync")
    assert result.returncode == 2
    assert "DISCORD_TOKEN" in result.stderr


def test_an_endless_speed_is_refused_in_one_line(tmp_path: Path) -> None:
    result = confbot_here(tmp_path, "console", "--speed", "inf")
    assert result.returncode == 2
    assert "--speed" in result.stderr
    assert "must be a positive number" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_console_keeps_its_own_database_beside_the_bots(tmp_path: Path) -> None:
    result = confbot_here(tmp_path, "console", stdin="/conference\n", DATABASE_URL="")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "var" / "console.db").is_file()
    assert not (tmp_path / "var" / "confbot.db").exists()


def test_seed_uses_the_bots_database_in_the_working_directory(tmp_path: Path) -> None:
    result = confbot_here(tmp_path, "seed", DATABASE_URL="")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "var" / "confbot.db").is_file()


async def test_sync_builds_a_bot_that_never_delivers_reminders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[ConfBot] = []

    async def login_offline(bot: ConfBot, token: str) -> None:
        await bot.setup_hook()
        seen.append(bot)
        raise discord.LoginFailure("no Discord here")

    monkeypatch.setattr(ConfBot, "login", login_offline)
    settings = Settings(database_url=sqlite_url(tmp_path / "sync.db"), discord_token="token")

    with pytest.raises(cli.CliError, match="Discord rejected DISCORD_TOKEN"):
        await cli._sync(settings, guild_id=None)
    (bot,) = seen
    assert bot.dispatcher is None
    assert not [task for task in asyncio.all_tasks() if task.get_name() == "confbot-reminders"]


IMPORT_FIXTURES = Path(__file__).parent / "imports" / "fixtures"


@pytest.mark.parametrize(
    ("fixture", "slug", "schedule_day"),
    [
        ("pretalx-schedule.json", "tosd2031", "2031-03-04"),
        ("frab-schedule.xml", "tosd2031", "2031-03-04"),
        ("with-vtimezone.ics", "harbourlight-systems-summit-2031", "2031-06-10"),
    ],
)
def test_an_imported_conference_answers_in_the_console(
    tmp_path: Path, fixture: str, slug: str, schedule_day: str
) -> None:
    imported = confbot_here(tmp_path, "import", str(IMPORT_FIXTURES / fixture))
    assert imported.returncode == 0, imported.stderr
    assert f"as '{slug}'" in imported.stdout

    listed = confbot_here(tmp_path, "conferences")
    assert slug in listed.stdout
    assert "* iclr2019" in listed.stdout  # the default, starred

    questions = "/schedule\n/now\n/keynotes\n/paper query:anything\n/conference\n"
    console = confbot_here(
        tmp_path,
        "console",
        "--conference",
        slug,
        "--now",
        f"{schedule_day}T09:40+01:00",
        stdin=questions,
    )
    assert console.returncode == 0, console.stderr
    out = console.stdout
    assert "Traceback" not in out + console.stderr
    assert "Keynote" in out or "keynote" in out
    assert "0 papers" in out  # a schedule without papers says so
    assert "Learning Representations" not in out  # nothing of the default conference


def test_the_acceptance_paper_is_one_of_502(tmp_path: Path) -> None:
    result = confbot_here(
        tmp_path,
        "console",
        stdin="/paper query:Graph HyperNetworks for Neural Architecture Search\n/conference\n",
    )
    assert result.returncode == 0, result.stderr
    assert "== Graph HyperNetworks for Neural Architecture Search ==" in result.stdout
    assert "Chris Zhang, Mengye Ren, Raquel Urtasun" in result.stdout
    assert "502 papers" in result.stdout


def test_importing_a_broken_file_is_one_line_and_exit_code_2(tmp_path: Path) -> None:
    broken = tmp_path / "schedule.json"
    broken.write_text('{"schedule": {"conference": {"title": "x"}}}', encoding="utf-8")
    result = confbot_here(tmp_path, "import", str(broken))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("confbot: schedule.json:")


def test_an_unknown_conference_for_the_console_lists_the_known_ones(tmp_path: Path) -> None:
    result = confbot_here(tmp_path, "console", "--conference", "nosuchconf", stdin="")
    assert result.returncode == 2
    assert "nosuchconf" in result.stderr
    assert "iclr2019" in result.stderr


@pytest.mark.slow  # a real `confbot` process, as the README runs it
def test_sync_print_writes_every_localisation_without_a_token(tmp_path: Path) -> None:
    result = run_confbot(tmp_path, "sync", "--print")
    assert result.returncode == 0, result.stderr
    commands = {command["name"]: command for command in json.loads(result.stdout)}
    assert commands["now"]["name_localizations"]["de"] == "jetzt"
    assert commands["help"]["description_localizations"]["zh-CN"] == "我能做什么，附示例"
