"""Writing an export folder: all files and their manifest, or nothing at all."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from welcome_point.documents import report_bundle
from welcome_point.documents.report_bundle import MANIFEST, manifest, write_bundle
from welcome_point.domain.errors import ExportError

FILES = [("report.pdf", b"%PDF-1.4 fake"), ("report-totals.csv", "\ufeffkey,value\r\n".encode()),
         ("report.json", b'{"format": "welcome-point-monthly"}\n')]
NAME = "welcome-point-DUS-HBF-2026-10"


def verify(folder: Path) -> dict[str, str]:
    """Check SHA256SUMS as sha256sum -c would; returns name -> digest."""
    listed = {}
    for line in (folder / MANIFEST).read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
        listed[name] = digest
    return listed


def test_the_files_and_their_manifest_land_in_a_new_subfolder(tmp_path: Path):
    calls: list[tuple[int, int]] = []
    target = write_bundle(tmp_path, NAME, FILES, lambda done, total: calls.append((done, total)))
    assert target == tmp_path / NAME
    assert sorted(p.name for p in target.iterdir()) == sorted([*(n for n, _ in FILES), MANIFEST])
    for name, data in FILES:
        assert (target / name).read_bytes() == data
    assert sorted(verify(target)) == sorted(n for n, _ in FILES)
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert [p.name for p in tmp_path.iterdir()] == [NAME]  # no temporary folder left
    assert target.stat().st_mode & 0o755 == 0o755


def test_the_manifest_is_in_sha256sum_format_sorted_by_name():
    text = manifest(FILES).decode()
    lines = text.splitlines()
    assert [line[66:] for line in lines] == sorted(name for name, _ in FILES)
    assert lines[1] == f"{hashlib.sha256(FILES[2][1]).hexdigest()}  report.json"
    assert text.endswith("\n")


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="coreutils' sha256sum is not installed")
def test_sha256sum_accepts_the_manifest(tmp_path: Path):
    target = write_bundle(tmp_path, NAME, FILES)
    done = subprocess.run(["sha256sum", "-c", MANIFEST], cwd=target, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_earlier_export_of_the_same_month_is_replaced_whole(tmp_path: Path):
    write_bundle(tmp_path, NAME, [*FILES, ("report-old-table.csv", b"old")])
    target = write_bundle(tmp_path, NAME, FILES[:1])
    assert sorted(p.name for p in target.iterdir()) == ["SHA256SUMS", "report.pdf"]
    assert [p.name for p in tmp_path.iterdir()] == [NAME]


def test_a_folder_of_the_same_name_with_other_files_is_left_alone(tmp_path: Path):
    (tmp_path / NAME).mkdir()
    (tmp_path / NAME / "my notes.txt").write_text("keep me")
    with pytest.raises(ExportError, match="holds other files than an export; it was left as it is"):
        write_bundle(tmp_path, NAME, FILES)
    assert [p.name for p in (tmp_path / NAME).iterdir()] == ["my notes.txt"]
    assert [p.name for p in tmp_path.iterdir()] == [NAME]


def test_a_pdf_saved_into_an_earlier_export_keeps_it_from_being_replaced(tmp_path: Path):
    write_bundle(tmp_path, NAME, FILES)
    (tmp_path / NAME / "signed-scan.pdf").write_bytes(b"%PDF signed by the city")
    with pytest.raises(ExportError, match="left as it is"):
        write_bundle(tmp_path, NAME, FILES[:1])
    assert (tmp_path / NAME / "signed-scan.pdf").read_bytes() == b"%PDF signed by the city"


def test_when_the_last_rename_fails_the_earlier_export_is_put_back(tmp_path: Path, monkeypatch):
    write_bundle(tmp_path, NAME, FILES)
    real_rename = os.rename

    def rename(source, target):
        if Path(source).name.endswith(".part"):
            raise OSError(errno.EIO, "Input/output error")
        real_rename(source, target)

    monkeypatch.setattr(report_bundle.os, "rename", rename)
    with pytest.raises(ExportError, match="was removed or cannot be reached"):
        write_bundle(tmp_path, NAME, FILES[:1])
    assert [p.name for p in tmp_path.iterdir()] == [NAME]
    assert sorted(verify(tmp_path / NAME)) == sorted(n for n, _ in FILES)


def fail_on_write(monkeypatch, number: int, code: int) -> None:
    real = report_bundle._write_file
    count = 0

    def write(path: Path, data: bytes) -> None:
        nonlocal count
        count += 1
        if count == number:
            with path.open("wb") as out:  # half a file, as a full disk leaves it
                out.write(data[: len(data) // 2])
            raise OSError(code, os.strerror(code), str(path))
        real(path, data)

    monkeypatch.setattr(report_bundle, "_write_file", write)


@pytest.mark.parametrize(("code", "expected"), [
    (errno.ENOSPC, "The drive of .* is full"),
    (getattr(errno, "EDQUOT", errno.ENOSPC), "is full"),
    (errno.EIO, "was removed or cannot be reached"),
    (errno.ENODEV, "was removed or cannot be reached"),
    (errno.EROFS, "is read-only, or you have no permission"),
    (errno.EACCES, "is read-only, or you have no permission"),
    (errno.ENAMETOOLONG, "Writing to .* failed: File name too long. Nothing was written."),
])
def test_a_failure_midway_leaves_nothing_behind(tmp_path: Path, monkeypatch, code: int, expected: str):
    fail_on_write(monkeypatch, 3, code)
    with pytest.raises(ExportError, match=expected) as caught:
        write_bundle(tmp_path, NAME, FILES)
    assert str(tmp_path) in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_while_writing_the_manifest_leaves_nothing(tmp_path: Path, monkeypatch):
    fail_on_write(monkeypatch, 4, errno.ENOSPC)
    with pytest.raises(ExportError, match="is full"):
        write_bundle(tmp_path, NAME, FILES)
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_folder_fails_cleanly_and_leaves_no_file(tmp_path: Path, monkeypatch):
    folder = tmp_path / "stick"
    folder.mkdir()
    if os.geteuid() == 0:  # root writes anyway: simulate what the kernel says to everybody else
        def refuse(*args, **kwargs):
            raise OSError(errno.EROFS, "Read-only file system", str(folder))

        monkeypatch.setattr(report_bundle.tempfile, "mkdtemp", refuse)
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(ExportError, match=r"The folder .*stick is read-only, or you have no permission"):
            write_bundle(folder, NAME, FILES)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_missing_folder_is_reported_as_unreachable(tmp_path: Path):
    with pytest.raises(ExportError, match=r"The folder .*gone was removed or cannot be reached"):
        write_bundle(tmp_path / "gone", NAME, FILES)
    assert not (tmp_path / "gone").exists()


def test_a_cancel_from_the_progress_callback_leaves_nothing(tmp_path: Path):
    class CancelledError(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == 2:
            raise CancelledError

    with pytest.raises(CancelledError):
        write_bundle(tmp_path, NAME, FILES, progress)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["", ".hidden", "a/b", "..", MANIFEST])
def test_file_names_from_the_code_are_checked(tmp_path: Path, name: str):
    with pytest.raises(ValueError, match="name"):
        write_bundle(tmp_path, NAME, [(name, b"x")])
    assert list(tmp_path.iterdir()) == []
