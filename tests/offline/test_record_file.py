"""The record file: what Discord created, across processes, even if one was killed mid-write."""

from __future__ import annotations

from pathlib import Path

from bot.offline.record_file import RecordFile


def test_a_line_cut_short_is_skipped_and_never_glued_onto(tmp_path: Path) -> None:
    record = RecordFile(tmp_path / "record.jsonl")
    record.append({"message": {"id": "1"}}, at=1.0)
    with record.path.open("a") as file:
        file.write('{"message": {"id": "2"')
    record.append({"dropped_nonce": "n1"}, at=2.0)
    assert record.messages() == [{"id": "1"}]
    assert record.dropped_repeats() == ["n1"]


def test_a_missing_file_holds_nothing(tmp_path: Path) -> None:
    assert RecordFile(tmp_path / "none.jsonl").lines() == []
