"""Settings: one typed view of the environment and .env, with a clear error for a bad value."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.domain.shards import Shards
from bot.settings import (
    SOURCE_DATA_DIR,
    Role,
    Settings,
    SettingsError,
    load_settings,
    packaged_data_dir,
    parse_now,
    settings_from_mapping,
)

CONFBOT_VARIABLES = (
    "DISCORD_TOKEN",
    "DATABASE_URL",
    "CONFBOT_DATA_DIR",
    "CONFBOT_CONFERENCE",
    "CONFBOT_NOW",
    "CONFBOT_SPEED",
    "CONFBOT_REMINDER_GRACE_MINUTES",
    "CONFBOT_HOME",
    "CONFBOT_LOG_LEVEL",
    "CONFBOT_DISCORD_API",
    "CONFBOT_DISCORD_GATEWAY",
    "CONFBOT_SHARDS",
    "CONFBOT_SHARD_IDS",
    "CONFBOT_INSTANCE",
    "CONFBOT_LEASE_SECONDS",
    "CONFBOT_OPENREVIEW_API",
    "CONFBOT_OPENREVIEW_RATE",
    "CONFBOT_METRICS_PORT",
    "CONFBOT_METRICS_HOST",
)


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The process environment without any of the bot's variables."""
    for name in CONFBOT_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_nothing_configured_gives_working_defaults() -> None:
    settings = settings_from_mapping({})

    assert settings == Settings()
    assert settings.discord_token is None
    assert settings.conference == "iclr2019"
    assert settings.data_dir == SOURCE_DATA_DIR
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.database_url.endswith("confbot.db")
    assert settings.now is None
    assert settings.speed == 1.0
    assert settings.reminder_grace_minutes == 15
    assert settings.log_level == "INFO"


def test_every_variable_is_parsed_into_its_type() -> None:
    settings = settings_from_mapping(
        {
            "DISCORD_TOKEN": "token-123",
            "DATABASE_URL": "sqlite+aiosqlite:///other.db",
            "CONFBOT_DATA_DIR": "/srv/confbot/data",
            "CONFBOT_CONFERENCE": "neurips2019",
            "CONFBOT_NOW": "2019-05-07T08:30-05:00",
            "CONFBOT_SPEED": "60",
            "CONFBOT_REMINDER_GRACE_MINUTES": "30",
            "CONFBOT_LOG_LEVEL": "debug",
        }
    )

    assert settings.discord_token == "token-123"
    assert settings.database_url == "sqlite+aiosqlite:///other.db"
    assert settings.data_dir == Path("/srv/confbot/data")
    assert settings.conference == "neurips2019"
    assert settings.now == datetime(2019, 5, 7, 13, 30, tzinfo=UTC)
    assert settings.now is not None
    assert settings.now.utcoffset() == timedelta(hours=-5)
    assert settings.speed == 60.0
    assert settings.reminder_grace_minutes == 30
    assert settings.log_level == "DEBUG"


def test_empty_values_count_as_unset() -> None:
    settings = settings_from_mapping(
        {"DISCORD_TOKEN": "", "CONFBOT_SPEED": "", "CONFBOT_NOW": "", "CONFBOT_LOG_LEVEL": None}
    )

    assert settings == Settings()


def test_settings_cannot_be_changed_after_loading() -> None:
    settings = settings_from_mapping({})

    with pytest.raises(AttributeError):
        settings.speed = 2.0  # type: ignore[misc]


def test_command_line_overrides_win_over_the_environment() -> None:
    settings = settings_from_mapping({"CONFBOT_SPEED": "10"})

    overridden = settings.with_overrides(speed=60.0)

    assert overridden.speed == 60.0
    assert settings.speed == 10.0


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("CONFBOT_SPEED", "abc"),
        ("CONFBOT_SPEED", "0"),
        ("CONFBOT_SPEED", "-3"),
        ("CONFBOT_SPEED", "inf"),
        ("CONFBOT_SPEED", "nan"),
        ("CONFBOT_NOW", "2019-05-07T08:30"),
        ("CONFBOT_NOW", "tuesday morning"),
        ("CONFBOT_LOG_LEVEL", "LOUD"),
        ("CONFBOT_REMINDER_GRACE_MINUTES", "soon"),
        ("CONFBOT_REMINDER_GRACE_MINUTES", "-1"),
        ("CONFBOT_REMINDER_GRACE_MINUTES", "1000"),
        ("CONFBOT_SHARDS", "0"),
        ("CONFBOT_SHARDS", "many"),
        ("CONFBOT_SHARD_IDS", "0"),
        ("CONFBOT_INSTANCE", "bot one"),
        ("CONFBOT_INSTANCE", "x" * 65),
        ("CONFBOT_LEASE_SECONDS", "0.1"),
        ("CONFBOT_LEASE_SECONDS", "soon"),
    ],
)
def test_a_bad_value_is_refused_with_a_message_naming_the_variable(
    variable: str, value: str
) -> None:
    with pytest.raises(SettingsError) as raised:
        settings_from_mapping({variable: value})

    assert variable in str(raised.value)


def test_shards_default_to_all_of_them_and_take_ids_and_ranges() -> None:
    assert settings_from_mapping({}).shards is None
    every = settings_from_mapping({"CONFBOT_SHARDS": "3"}).shards
    assert every is not None
    assert (every.count, every.ids, every.all) == (3, frozenset({0, 1, 2}), True)
    some = settings_from_mapping({"CONFBOT_SHARDS": "8", "CONFBOT_SHARD_IDS": "0, 2-4"}).shards
    assert some is not None
    assert (some.ids, some.all) == (frozenset({0, 2, 3, 4}), False)


@pytest.mark.parametrize("ids", ["4", "1-9", "-1", "2-1", "a"])
def test_a_shard_id_outside_the_total_is_refused_naming_the_range(ids: str) -> None:
    with pytest.raises(SettingsError, match="CONFBOT_SHARD_IDS") as raised:
        settings_from_mapping({"CONFBOT_SHARDS": "4", "CONFBOT_SHARD_IDS": ids})

    assert "between" in str(raised.value) or "whole number" in str(raised.value)


def test_an_instance_name_and_a_lease_length_are_read() -> None:
    settings = settings_from_mapping({"CONFBOT_INSTANCE": "bot-1", "CONFBOT_LEASE_SECONDS": "5"})

    assert (settings.instance, settings.lease_seconds) == ("bot-1", 5.0)
    assert (Settings().instance, Settings().lease_seconds) == (None, 30.0)


def test_a_rehearsal_time_without_offset_explains_what_to_write() -> None:
    with pytest.raises(SettingsError, match="CONFBOT_NOW") as raised:
        settings_from_mapping({"CONFBOT_NOW": "2019-05-07T08:30"})

    assert "UTC offset" in str(raised.value)
    assert "2019-05-07T08:30-05:00" in str(raised.value)


def test_an_unknown_log_level_lists_the_valid_ones() -> None:
    with pytest.raises(SettingsError, match="CONFBOT_LOG_LEVEL") as raised:
        settings_from_mapping({"CONFBOT_LOG_LEVEL": "LOUD"})

    for level in ("DEBUG", "INFO", "WARNING", "ERROR"):
        assert level in str(raised.value)


def test_now_given_on_the_command_line_is_checked_under_its_option_name() -> None:
    assert parse_now("2019-05-07T08:30-05:00") == datetime(2019, 5, 7, 13, 30, tzinfo=UTC)
    with pytest.raises(SettingsError, match="--now"):
        parse_now("2019-05-07T08:30")


def test_settings_are_read_from_a_dotenv_file(
    tmp_path: Path, clean_environment: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# local configuration\n"
        "DISCORD_TOKEN=from-dotenv\n"
        "CONFBOT_SPEED=30\n"
        'CONFBOT_NOW="2019-05-08T09:00-05:00"\n',
        encoding="utf-8",
    )

    settings = load_settings(env_file)

    assert settings.discord_token == "from-dotenv"
    assert settings.speed == 30.0
    assert settings.now == datetime(2019, 5, 8, 14, 0, tzinfo=UTC)


def test_the_process_environment_wins_over_the_dotenv_file(
    tmp_path: Path, clean_environment: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("CONFBOT_SPEED=30\nCONFBOT_LOG_LEVEL=WARNING\n", encoding="utf-8")
    clean_environment.setenv("CONFBOT_SPEED", "90")

    settings = load_settings(env_file)

    assert settings.speed == 90.0
    assert settings.log_level == "WARNING"


def test_the_dotenv_file_in_the_working_directory_is_used_by_default(
    tmp_path: Path, clean_environment: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".env").write_text("CONFBOT_CONFERENCE=from-cwd\n", encoding="utf-8")
    clean_environment.chdir(tmp_path)

    assert load_settings().conference == "from-cwd"


def test_a_missing_dotenv_file_is_not_an_error(
    tmp_path: Path, clean_environment: pytest.MonkeyPatch
) -> None:
    assert load_settings(tmp_path / "absent.env") == Settings()


def test_a_bad_value_in_the_dotenv_file_names_the_variable(
    tmp_path: Path, clean_environment: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("CONFBOT_SPEED=fast\n", encoding="utf-8")

    with pytest.raises(SettingsError, match="CONFBOT_SPEED"):
        load_settings(env_file)


def test_the_databases_live_in_the_working_directorys_var_folder(
    tmp_path: Path, clean_environment: pytest.MonkeyPatch
) -> None:
    clean_environment.chdir(tmp_path)

    assert load_settings().database_url == f"sqlite+aiosqlite:///{tmp_path}/var/confbot.db"


def test_the_console_has_a_database_of_its_own(
    tmp_path: Path, clean_environment: pytest.MonkeyPatch
) -> None:
    clean_environment.chdir(tmp_path)

    console = load_settings(role=Role.CONSOLE).database_url
    assert console == f"sqlite+aiosqlite:///{tmp_path}/var/console.db"
    assert console != load_settings().database_url


def test_an_explicit_database_is_shared_by_every_role() -> None:
    env = {"DATABASE_URL": "sqlite+aiosqlite:////srv/shared.db"}
    assert settings_from_mapping(env, Role.CONSOLE).database_url == env["DATABASE_URL"]


def test_confbot_home_holds_the_dotenv_file_and_the_databases(
    tmp_path: Path, clean_environment: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / ".env").write_text("CONFBOT_CONFERENCE=from-home\n", encoding="utf-8")
    clean_environment.setenv("CONFBOT_HOME", str(home))
    clean_environment.chdir(tmp_path)

    settings = load_settings()
    assert settings.conference == "from-home"
    assert settings.database_url == f"sqlite+aiosqlite:///{home}/var/confbot.db"


def test_an_installed_copy_finds_the_data_shipped_under_its_prefix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tmp_path / "share" / "confbot" / "data"
    shipped.mkdir(parents=True)
    monkeypatch.setattr("bot.settings.SOURCE_DATA_DIR", tmp_path / "no-checkout" / "data")
    monkeypatch.setattr("sys.prefix", str(tmp_path))

    assert packaged_data_dir() == shipped


@pytest.mark.parametrize("raw", ["0", "-1", "inf", "nan", "fast"])
def test_a_speed_must_be_a_positive_finite_number(raw: str) -> None:
    with pytest.raises(SettingsError, match="CONFBOT_SPEED"):
        settings_from_mapping({"CONFBOT_SPEED": raw})


def test_every_setting_in_env_example_is_one_the_bot_reads() -> None:
    example = (SOURCE_DATA_DIR.parent / ".env.example").read_text(encoding="utf-8")
    named = {
        line.lstrip("# ").split("=", 1)[0]
        for line in example.splitlines()
        if "=" in line and line.lstrip("# ").split("=", 1)[0].isupper()
    }
    assert named == set(CONFBOT_VARIABLES)


def test_enrich_asks_both_openreview_bases_at_two_requests_a_second_by_default() -> None:
    settings = settings_from_mapping({})
    assert settings.openreview_api == (
        "https://api.openreview.net",
        "https://api2.openreview.net",
    )
    assert settings.openreview_rate == 2.0


def test_enrich_bases_and_rate_come_from_the_environment() -> None:
    settings = settings_from_mapping(
        {
            "CONFBOT_OPENREVIEW_API": "http://127.0.0.1:9/v1, http://127.0.0.1:9/v2",
            "CONFBOT_OPENREVIEW_RATE": "0.5",
        }
    )
    assert settings.openreview_api == ("http://127.0.0.1:9/v1", "http://127.0.0.1:9/v2")
    assert settings.openreview_rate == 0.5


def test_shard_ids_are_read_from_the_process_environment(
    clean_environment: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    clean_environment.setenv("CONFBOT_SHARDS", "2")
    clean_environment.setenv("CONFBOT_SHARD_IDS", "1")
    settings = load_settings(tmp_path / "absent.env")
    assert settings.shards == Shards(2, frozenset({1}))


def test_enrich_bases_separated_by_commas_are_read_from_the_process_environment(
    clean_environment: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    clean_environment.setenv(
        "CONFBOT_OPENREVIEW_API", "http://127.0.0.1:9/v1,http://127.0.0.1:9/v2"
    )
    settings = load_settings(tmp_path / "absent.env")
    assert settings.openreview_api == ("http://127.0.0.1:9/v1", "http://127.0.0.1:9/v2")


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("CONFBOT_OPENREVIEW_RATE", "0"),
        ("CONFBOT_OPENREVIEW_RATE", "50"),
        ("CONFBOT_OPENREVIEW_RATE", "fast"),
        ("CONFBOT_OPENREVIEW_API", "api.openreview.net"),
        ("CONFBOT_OPENREVIEW_API", " , "),
    ],
)
def test_a_bad_enrich_setting_is_named(name: str, raw: str) -> None:
    with pytest.raises(SettingsError, match=name):
        settings_from_mapping({name: raw})


def test_metrics_are_off_by_default_and_served_on_this_machine_only() -> None:
    assert settings_from_mapping({}).metrics_port is None
    settings = settings_from_mapping({"CONFBOT_METRICS_PORT": "9464"})
    assert (settings.metrics_host, settings.metrics_port) == ("127.0.0.1", 9464)
    wider = settings_from_mapping({"CONFBOT_METRICS_PORT": "9464", "CONFBOT_METRICS_HOST": "::"})
    assert wider.metrics_host == "::"


@pytest.mark.parametrize("raw", ["0", "70000", "http"])
def test_a_metrics_port_outside_1_to_65535_is_refused_naming_the_variable(raw: str) -> None:
    with pytest.raises(SettingsError, match="CONFBOT_METRICS_PORT"):
        settings_from_mapping({"CONFBOT_METRICS_PORT": raw})
