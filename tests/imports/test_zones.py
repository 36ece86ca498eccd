"""Which time zone an imported conference keeps: the file's zone name when it is right, the
offsets its times carry when the name is wrong or missing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.imports.zones import zone_for

WINTER = timedelta(hours=1)
SUMMER = timedelta(hours=2)


def test_a_valid_zone_name_is_kept() -> None:
    assert zone_for("Europe/Lisbon", [timedelta(0), timedelta(hours=1)]) == "Europe/Lisbon"


def test_a_zone_name_in_the_wrong_case_is_the_zone() -> None:
    assert zone_for("europe/berlin", []) == "Europe/Berlin"


def test_a_zone_that_changes_clocks_keeps_its_name_across_the_change() -> None:
    assert zone_for("Europe/Berlin", [WINTER, SUMMER, WINTER]) == "Europe/Berlin"


def test_a_bare_city_becomes_its_zone() -> None:
    assert zone_for("Berlin", [WINTER]) == "Europe/Berlin"
    assert zone_for("new york", []) == "America/New_York"


def test_a_city_known_under_an_old_alias_too_is_still_one_zone() -> None:
    assert zone_for("Buenos Aires", []) == "America/Argentina/Buenos_Aires"


def test_a_city_name_shared_by_two_different_clocks_is_not_guessed() -> None:
    assert zone_for("West", []) == "UTC"


@pytest.mark.parametrize(
    ("offset", "zone"),
    [
        (timedelta(hours=1), "Etc/GMT-1"),
        (timedelta(hours=-5), "Etc/GMT+5"),
        (timedelta(hours=14), "Etc/GMT-14"),
        (timedelta(0), "UTC"),
    ],
)
def test_without_a_usable_name_the_zone_is_fixed_at_the_offset(
    offset: timedelta, zone: str
) -> None:
    assert zone_for(None, [offset]) == zone


def test_a_half_hour_offset_gets_a_real_zone_that_keeps_it_all_year() -> None:
    assert zone_for(None, [timedelta(hours=5, minutes=30)]) in {"Asia/Calcutta", "Asia/Kolkata"}


def test_the_offsets_win_when_the_name_disagrees_with_them() -> None:
    assert zone_for("UTC", [WINTER, WINTER]) == "Etc/GMT-1"
    assert zone_for("Asia/Tokyo", [WINTER]) == "Etc/GMT-1"


def test_a_name_that_is_no_zone_falls_back_to_the_offsets() -> None:
    assert zone_for("Central European Time", [WINTER]) == "Etc/GMT-1"


def test_the_most_common_offset_wins_when_a_wrong_name_leaves_several() -> None:
    assert zone_for("Nowhere", [SUMMER, WINTER, WINTER]) == "Etc/GMT-1"


def test_a_file_that_says_nothing_is_in_utc() -> None:
    assert zone_for(None, []) == "UTC"
    assert zone_for("", []) == "UTC"


def test_an_offset_no_zone_keeps_falls_back_to_utc() -> None:
    assert zone_for(None, [timedelta(hours=13, minutes=7)]) == "UTC"
