"""Text for pictures: the font the package depends on, measuring, wrapping into lines and
shortening with an ellipsis, and drawing glyph by glyph from a cache.

Noto Sans comes from the package fontpkg-noto-sans, so nothing is downloaded at run time. It
has Latin, Greek and Cyrillic but no CJK glyphs (nor emoji): FreeType would draw boxes for
them, so `drawable` leaves them out; the text answer and the picture's alt text carry the real
title.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from PIL import Image, ImageDraw, ImageFont

Colour = tuple[int, int, int]


@cache
def font(size: int, weight: str = "Regular") -> ImageFont.FreeTypeFont:
    """Noto Sans at a size and weight, loaded once from the package that ships it."""
    path = files("fontpkg_noto_sans").joinpath("files", "NotoSans[wdth,wght].ttf")
    loaded = ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)
    loaded.set_variation_by_name(weight)
    return loaded


@dataclass(frozen=True)
class Glyph:
    """One character drawn once: its coverage mask, where the mask sits against the pen,
    and how far the pen moves on."""

    mask: Image.Image
    left: int
    advance: float


@lru_cache(maxsize=8192)
def glyph(face: ImageFont.FreeTypeFont, char: str) -> Glyph:
    """Drawing text with FreeType costs about a millisecond a line here; a picture has two
    hundred lines of a few dozen characters it keeps reusing, so each character is drawn
    once per font and pasted after that (kerning is left out, which titles do not miss)."""
    left, _, right, bottom = face.getbbox(char, anchor="la")
    mask = Image.new("L", (max(int(right - left), 0) + 2, max(int(bottom), 0) + 2), 0)
    ImageDraw.Draw(mask).text((-left, 0), char, font=face, fill=255, anchor="la")
    return Glyph(mask, int(left), face.getlength(char))


@lru_cache(maxsize=16384)
def text_width(face: ImageFont.FreeTypeFont, text: str) -> float:
    """The width the text takes when drawn by `_Canvas.text`."""
    return sum(glyph(face, char).advance for char in text)


def _pieces(word: str, face: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """A word wider than the line, cut by characters (CJK titles have no spaces)."""
    if text_width(face, word) <= width:
        return [word]
    pieces, current = [], ""
    for char in word:
        hyphen = "-" if current[-1:].isalpha() and char.isalpha() and not _wide(char) else ""
        if current and text_width(face, current + char + hyphen) > width:
            pieces.append(current + hyphen)
            current = ""
        current += char
    return [*pieces, current] if current else pieces


def _wide(char: str) -> bool:
    """CJK characters break anywhere without a hyphen."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def wrap(text: str, face: ImageFont.FreeTypeFont, width: float, max_lines: int) -> list[str]:
    """At most `max_lines` lines no wider than `width`; the last ends with "…" when text
    was left out."""
    if max_lines <= 0 or width <= 0:
        return []
    lines: list[str] = []
    current = ""
    for word in text.split():
        for piece in _pieces(word, face, width):
            candidate = f"{current} {piece}" if current else piece
            if current and text_width(face, candidate) > width:
                lines.append(current)
                candidate = piece
            current = candidate
    if current:
        lines.append(current)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    kept[-1] = ellipsis(kept[-1] + " " + lines[max_lines], face, width)
    return kept


def ellipsis(line: str, face: ImageFont.FreeTypeFont, width: float) -> str:
    """The line shortened until it fits with "…" after it."""
    line = line.rstrip()
    while line and text_width(face, line + "…") > width:
        line = line[:-1].rstrip()
    return line + "…" if text_width(face, line + "…") <= width else ""


def ellipsis_fit(text: str, face: ImageFont.FreeTypeFont, width: float) -> str:
    """The text as it is when it fits, else shortened with "…"."""
    return text if text_width(face, text) <= width else ellipsis(text, face, width)


def draw_text(
    image: Image.Image,
    xy: tuple[float, float],
    text: str,
    face: ImageFont.FreeTypeFont,
    fill: Colour,
) -> None:
    """The text with its top-left at xy, pasted glyph by glyph from the cache."""
    x, y = xy
    for char in text:
        drawn = glyph(face, char)
        if not char.isspace():
            image.paste(fill, (round(x) + drawn.left, round(y)), drawn.mask)
        x += drawn.advance


MISSING = "\U0010fffd"
"""A private-use character no font draws: its glyph is the font's "missing" box."""


@lru_cache(maxsize=8192)
def has_glyph(face: ImageFont.FreeTypeFont, char: str) -> bool:
    """Whether the font draws this character, rather than its box for a missing one."""
    if char.isspace():
        return True
    box = glyph(face, MISSING).mask
    drawn = glyph(face, char).mask
    return drawn.size != box.size or drawn.tobytes() != box.tobytes()


def drawable(text: str, face: ImageFont.FreeTypeFont, stand_in: str) -> str:
    """The text as the font can draw it: a run of characters it lacks (CJK, emoji) becomes
    "…" between drawn ones and is left out at either end; `stand_in` when nothing is left.
    Rows of boxes would look broken, and the list beside the picture has the real text."""
    kept: list[str] = []
    for char in text:
        if has_glyph(face, char):
            kept.append(char)
        elif kept and kept[-1] != "…":
            kept.append("…")
    shown = "".join(kept).strip().removesuffix("…").strip()
    return shown if any(char.isalnum() for char in shown) or not text.strip() else stand_in
