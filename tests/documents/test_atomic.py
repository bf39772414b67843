from __future__ import annotations

import pytest

from welcome_point.documents.atomic import write_atomically


def test_writes_and_replaces_whole_files(tmp_path):
    target = tmp_path / "report.csv"
    write_atomically(target, b"old")
    write_atomically(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_litter(tmp_path, monkeypatch):
    target = tmp_path / "report.csv"
    write_atomically(target, b"old")

    def disk_full(_descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("welcome_point.documents.atomic.os.fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]
