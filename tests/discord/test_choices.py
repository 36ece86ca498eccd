"""Autocomplete answers as Discord takes them: at most 25, names clipped, values never."""

from __future__ import annotations

from bot.discord import limits
from bot.discord.choices import app_choices
from bot.domain.records import Choice


def test_choices_pass_through_with_their_names_and_values() -> None:
    found = app_choices([Choice("The Lottery Ticket Hypothesis", "lottery-ticket")])
    assert [(choice.name, choice.value) for choice in found] == [
        ("The Lottery Ticket Hypothesis", "lottery-ticket")
    ]


def test_at_most_25_choices_the_first_ones() -> None:
    found = app_choices(Choice(f"Paper {index}", f"paper-{index}") for index in range(40))
    assert len(found) == limits.CHOICES
    assert [choice.value for choice in found] == [f"paper-{index}" for index in range(25)]


def test_long_names_are_clipped_to_100_with_a_mark() -> None:
    (choice,) = app_choices([Choice("word " * 60, "slug")])
    assert len(choice.name) <= limits.CHOICE_TEXT
    assert choice.name.endswith("…")
    assert choice.value == "slug"


def test_a_value_too_long_to_send_is_left_out_not_clipped() -> None:
    found = app_choices(
        [Choice("Too long", "v" * (limits.CHOICE_TEXT + 1)), Choice("Fits", "v" * 100)]
    )
    assert [choice.name for choice in found] == ["Fits"]


def test_left_out_values_do_not_count_towards_the_25() -> None:
    too_long = [Choice(f"Long {index}", "v" * 101) for index in range(10)]
    fitting = [Choice(f"Paper {index}", f"paper-{index}") for index in range(25)]
    found = app_choices([*too_long, *fitting])
    assert len(found) == limits.CHOICES
    assert all(choice.name.startswith("Paper") for choice in found)


def test_int_values_pass_through_as_ints() -> None:
    (choice,) = app_choices([Choice("Reminder for the opening", 42)])
    assert choice.value == 42
    assert isinstance(choice.value, int)
