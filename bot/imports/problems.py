"""The one error an import raises: it names the source, the entry and the field.

A source that cannot be read at all changes nothing; entries that can be left out are reported
as `Skipped` records instead (bot.domain.imported).
"""

from __future__ import annotations


class DataError(ValueError):
    """A source that cannot be imported; `source` is the file name or URL as given."""

    def __init__(self, source: str, entry: str, field: str, problem: str) -> None:
        self.source = source
        self.entry = entry
        self.field = field
        self.problem = problem
        super().__init__(f"{source}: {entry}: field '{field}': {problem}")
