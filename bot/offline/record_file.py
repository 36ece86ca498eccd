"""Discord's memory of created messages, kept in a file so that it outlives a process.

The crash test kills dispatcher processes mid-send and starts new ones. On Discord a message
created just before the kill stays created, a repeat with its nonce is still dropped after the
restart, and a user's DM channel keeps its id; this file is what carries those across.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


class RecordFile:
    """One JSON line per created message, per repeat its nonce dropped, or per DM channel
    opened, appended durably."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, entry: dict[str, Any], at: float) -> None:
        """Durable before the HTTP call returns, as Discord's own storage would be: a process
        killed right after can neither lose the message nor, by its nonce, create it twice."""
        line = {"at": at, **entry}
        with self.path.open("ab+") as file:
            # A process killed mid-write may have left a partial line: never glue onto it.
            end = file.seek(0, os.SEEK_END)
            start = b""
            if end:
                file.seek(end - 1)
                start = b"" if file.read(1) == b"\n" else b"\n"
            file.write(start + json.dumps(line).encode() + b"\n")
            file.flush()
            os.fsync(file.fileno())

    def lines(self) -> list[dict[str, Any]]:
        """The complete lines (a write cut short by a kill is skipped)."""
        if not self.path.exists():
            return []
        found = []
        for raw in self.path.read_text(encoding="utf-8").splitlines():
            try:
                found.append(json.loads(raw))
            except json.JSONDecodeError:
                continue
        return found

    def messages(self) -> list[dict[str, Any]]:
        """The messages created, in creation order."""
        return [line["message"] for line in self.lines() if "message" in line]

    def dropped_repeats(self) -> list[str]:
        """Nonces of sends Discord answered with an existing message instead of a new one."""
        return [line["dropped_nonce"] for line in self.lines() if "dropped_nonce" in line]
