"""The timetable's colours: a kind's colour is its embed colour where it has one, so a picture
and an embed agree, and block fills are pale tints of it so that dark text stays readable on
Discord's dark and light themes alike (the picture is an opaque light card)."""

from __future__ import annotations

from bot.domain.kinds import Kind, colour_of
from bot.programme.lettering import Colour

BACKGROUND: Colour = (255, 255, 255)
EDGE: Colour = (196, 200, 206)
INK: Colour = (30, 31, 34)
MUTED: Colour = (88, 91, 99)
HOUR_LINE: Colour = (218, 221, 225)
HALF_LINE: Colour = (238, 239, 241)
NOW_LINE: Colour = (229, 57, 53)
CLASH_EDGE: Colour = (230, 126, 34)
FALLBACK: Colour = (127, 140, 141)

PICTURE_COLOURS: dict[str, int] = {
    Kind.OPENING: 0x607D8B,
    Kind.BREAK: 0xA4ACB3,
    Kind.MEAL: 0xB5A642,
    Kind.EXPO: 0x8D6E63,
    Kind.SOCIAL: 0xE84393,
    Kind.CLOSING: 0x607D8B,
}
"""Kinds without an embed colour still need one of their own in a picture."""


def kind_colour(kind: str) -> Colour:
    """A kind's colour: its embed colour where it has one, so a picture and an embed agree."""
    value = colour_of(kind) or PICTURE_COLOURS.get(kind)
    if value is None:
        return FALLBACK
    return ((value >> 16) & 255, (value >> 8) & 255, value & 255)


def tint(colour: Colour, amount: float) -> Colour:
    """The colour mixed with white: block fills are pale so dark text stays readable."""
    r, g, b = colour
    return (
        round(r + (255 - r) * amount),
        round(g + (255 - g) * amount),
        round(b + (255 - b) * amount),
    )
