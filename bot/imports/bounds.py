"""Limits checked before a parser builds anything: how deep a file nests and how long one
field may be.

Python's parsers recurse per level of nesting (tomllib, our own walks over JSON), so a file
nested thousands deep ends in a RecursionError; and a parser keeps every string it reads, so
one field of 200 MB costs several times that in objects. Both are scanned for first, in one
pass of C-speed regular expressions over the text, and refused with one DataError line.
"""

from __future__ import annotations

import re

from bot.imports.problems import DataError

MAX_DEPTH = 64
"""Real schedules nest about eight deep (schedule, conference, days, rooms, events, persons);
a paper list three."""
MAX_FIELD = 1 << 20
"""One string in a schedule: the longest real talk abstract is a few kilobytes, a whole
paper's summary far under a megabyte."""

_JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
_TOML_TOKENS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"|\'[^\'\n]*\'|#[^\n]*'
    r"|[\[\]{}]"
)
_OPENING = frozenset("[{")
_CLOSING = frozenset("]}")


def _too_long(source: str, text: str, at: int) -> DataError:
    line = text.count("\n", 0, at) + 1
    return DataError(source, f"line {line}", "*", f"has a text longer than {MAX_FIELD >> 20} MB")


def _scan(tokens: re.Pattern[str], text: str, source: str, comment: str | None) -> None:
    depth = 0
    for match in tokens.finditer(text):
        start, end = match.span()
        token = text[start]  # never the whole match: it may be the 200 MB string refused here
        if token in _OPENING:
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, start) + 1
                raise DataError(
                    source, f"line {line}", "*", f"nests deeper than {MAX_DEPTH} levels"
                )
        elif token in _CLOSING:
            depth -= 1
        elif token != comment and end - start > MAX_FIELD:
            raise _too_long(source, text, start)


def check_json(text: str, source: str) -> None:
    """DataError when JSON text nests deeper than MAX_DEPTH or holds a string over MAX_FIELD."""
    _scan(_JSON_TOKENS, text, source, None)


def check_toml(text: str, source: str) -> None:
    """The same for TOML: its table headers (`[a]`, `[[a]]`) open and close on one line, so
    only arrays and inline tables count as nesting."""
    _scan(_TOML_TOKENS, text, source, "#")


_XML_OPEN = re.compile(r"<(?![/?!])[^>]*?(?<!/)>|</")
_XML_LONG_TEXT = re.compile(rf">[^<]{{{MAX_FIELD + 1}}}")
_CALENDAR_LINE = re.compile(r"^[^ \t\r\n]", re.MULTILINE)
"""Where a logical iCalendar line starts: a line that is no folded continuation."""


def check_calendar(text: str, source: str) -> None:
    """DataError when one iCalendar property, its folded lines joined, is over MAX_FIELD."""
    previous = 0
    for match in _CALENDAR_LINE.finditer(text):
        if match.start() - previous > MAX_FIELD:
            raise _too_long(source, text, previous)
        previous = match.start()
    if len(text) - previous > MAX_FIELD:
        raise _too_long(source, text, previous)


def check_markup(text: str, source: str) -> None:
    """XML nesting, from its tags (an element that closes itself, `<a/>`, does not count),
    and the length of each element's text."""
    long_text = _XML_LONG_TEXT.search(text)
    if long_text is not None:
        raise _too_long(source, text, long_text.start())
    depth = 0
    for match in _XML_OPEN.finditer(text):
        if match.group() == "</":
            depth -= 1
            continue
        depth += 1
        if depth > MAX_DEPTH:
            line = text.count("\n", 0, match.start()) + 1
            raise DataError(source, f"line {line}", "*", f"nests deeper than {MAX_DEPTH} levels")
