"""Embeds that always fit Discord: clipped texts marked with "…", long lists ending in
"… and N more", and fields and footers that stop before the embed's total overflows."""

from __future__ import annotations

import discord
from hypothesis import given
from hypothesis import strategies as st

from bot.discord import limits
from bot.discord.embeds import (
    ERROR_COLOUR,
    add_field,
    bounded_lines,
    clip,
    error_embed,
    make_embed,
    set_footer,
)


def test_clip_leaves_text_that_fits_alone() -> None:
    assert clip("Posters", 7) == "Posters"


def test_clip_marks_the_cut() -> None:
    clipped = clip("The Lottery Ticket Hypothesis", 12)
    assert clipped == "The Lottery…"
    assert len(clipped) <= 12


@given(st.text(), st.integers(min_value=1, max_value=300))
def test_clip_never_exceeds_the_limit(text: str, limit: int) -> None:
    clipped = clip(text, limit)
    assert len(clipped) <= limit
    if len(text) > limit:
        assert clipped.endswith("…")
    else:
        assert clipped == text


def test_bounded_lines_joins_lines_that_fit() -> None:
    assert bounded_lines(["one", "two", "three"], 100) == "one\ntwo\nthree"


def test_bounded_lines_ends_with_how_many_were_left_out() -> None:
    lines = [f"Paper number {index}" for index in range(50)]
    text = bounded_lines(lines, 200, noun="more papers")
    assert len(text) <= 200
    shown = text.splitlines()
    left_out = len(lines) - (len(shown) - 1)
    assert shown[-1] == f"… and {left_out} more papers"
    assert shown[:-1] == lines[: len(shown) - 1]


def test_bounded_lines_with_no_room_for_any_line_only_counts_them() -> None:
    assert bounded_lines(["x" * 500, "y"], 100) == "… and 2 more"


@given(
    st.lists(st.text(alphabet=st.characters(exclude_characters="\n"), max_size=80), max_size=60),
    st.integers(min_value=20, max_value=1024),
)
def test_bounded_lines_stays_within_the_limit_and_counts_the_rest(
    lines: list[str], limit: int
) -> None:
    text = bounded_lines(lines, limit)
    assert len(text) <= limit
    if text == "\n".join(lines):
        return
    *shown, last = text.split("\n")
    assert shown == lines[: len(shown)]
    assert last == f"… and {len(lines) - len(shown)} more"


def test_make_embed_clips_its_title_and_description() -> None:
    embed = make_embed("T" * 1000, "D" * 10_000, 0x2ECC71)
    assert embed.title is not None
    assert embed.description is not None
    assert len(embed.title) == limits.EMBED_TITLE
    assert len(embed.description) == limits.EMBED_DESCRIPTION
    assert embed.title.endswith("…")
    assert embed.colour == discord.Colour(0x2ECC71)


def test_make_embed_without_a_description_or_colour() -> None:
    embed = make_embed("Schedule")
    assert embed.description is None
    assert embed.colour == discord.Colour.blurple()


def test_add_field_leaves_out_empty_values() -> None:
    embed = make_embed("Schedule")
    add_field(embed, "Monday", "")
    assert embed.fields == []


def test_add_field_clips_name_and_value() -> None:
    embed = make_embed("Schedule")
    add_field(embed, "N" * 500, "V" * 5000, inline=True)
    (field,) = embed.fields
    assert field.name is not None
    assert field.value is not None
    assert len(field.name) == limits.FIELD_NAME
    assert len(field.value) == limits.FIELD_VALUE
    assert field.value.endswith("…")
    assert field.inline


def test_add_field_stops_at_25_fields() -> None:
    embed = make_embed("Schedule")
    for index in range(40):
        add_field(embed, f"Field {index}", "value")
    assert len(embed.fields) == limits.EMBED_FIELDS
    assert embed.fields[-1].name == "Field 24"


def test_add_field_never_lets_the_embed_exceed_its_total() -> None:
    embed = make_embed("T" * 300, "D" * 5000)
    for index in range(10):
        add_field(embed, f"Day {index}", "v" * 2000)
    assert 0 < len(embed.fields) < 10
    assert len(embed) <= limits.EMBED_TOTAL


def test_set_footer_keeps_the_total_within_the_limit() -> None:
    embed = make_embed("T" * 300, "D" * 5000)
    for index in range(10):
        add_field(embed, f"Day {index}", "v" * 2000)
    set_footer(embed, "F" * 5000)
    assert embed.footer.text is not None
    assert embed.footer.text.endswith("…")
    assert len(embed) <= limits.EMBED_TOTAL


def test_set_footer_shows_a_short_footer_whole() -> None:
    embed = set_footer(make_embed("Schedule"), "Venue times are America/Chicago.")
    assert embed.footer.text == "Venue times are America/Chicago."


def test_error_embed_says_it_did_not_work_and_why() -> None:
    embed = error_embed("No paper matches “zebra”.")
    assert embed.title == "That did not work"
    assert embed.description == "No paper matches “zebra”."
    assert embed.colour == discord.Colour(ERROR_COLOUR)
