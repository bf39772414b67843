"""Writing a set of report files into a new subfolder as one step: all of them or none.

The files go into a hidden temporary folder next to the final one (same file system), each is
fsynced, the SHA256SUMS manifest is written last, and one rename makes the folder appear under its
name. A USB stick pulled out, a read-only folder or a full disk raises ExportError with a sentence
for people, and the temporary folder is removed; an earlier export of the same name stays whole
until the new one is in place.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from welcome_point.documents.atomic import _fsync_folder
from welcome_point.domain.errors import ExportError

MANIFEST = "SHA256SUMS"
EXPORT_SUFFIXES = frozenset({".pdf", ".csv", ".json"})
Progress = Callable[[int, int], None]

_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_GONE = {errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO, getattr(errno, "ESTALE", errno.EIO)}


def export_error(error: OSError, folder: Path) -> ExportError:
    """The error a person gets when writing into ``folder`` failed with ``error``."""
    if error.errno in _READ_ONLY:
        return ExportError(f"The folder {folder} is read-only, or you have no permission to write there. "
                           "Choose another folder.")
    if error.errno in _FULL:
        return ExportError(f"The drive of {folder} is full. Free some space or choose another folder.")
    if error.errno in _GONE:
        return ExportError(f"The folder {folder} was removed or cannot be reached (was a USB stick "
                           "pulled out?). Nothing was written.")
    reason = error.strerror or str(error) or type(error).__name__
    return ExportError(f"Writing to {folder} failed: {reason}. Nothing was written.")


def manifest(files: Sequence[tuple[str, bytes]]) -> bytes:
    """sha256sum's format: "<hex>  <name>" per file, sorted by name; ``sha256sum -c`` checks it."""
    return "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n"
                   for name, data in sorted(files, key=lambda item: item[0])).encode("utf-8")


def write_bundle(folder: Path, name: str, files: Sequence[tuple[str, bytes]],
                 progress: Progress | None = None) -> Path:
    """Write ``files`` and their SHA256SUMS into ``folder/name`` (replaced if it exists); returns it.

    ``progress(done, total)`` is called after each file (the manifest counts as one). An exception
    raised by ``progress`` cancels the export like an error: nothing is left behind.
    """
    _check_names(name, [file_name for file_name, _ in files])
    target = folder / name
    total = len(files) + 1
    try:
        if not folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, "not a folder", str(folder))
        if target.exists() and not _replaceable(target):
            raise ExportError(f"{target} already exists and holds other files than an export; "
                              "it was left as it is. Rename or remove it, or choose another folder.")
        temp = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".part", dir=folder))
    except OSError as error:
        raise export_error(error, folder) from error
    try:
        os.chmod(temp, 0o755)  # mkdtemp makes it private; the export is for others to read
        for done, (file_name, data) in enumerate([*files, (MANIFEST, manifest(files))], start=1):
            _write_file(temp / file_name, data)
            if progress is not None:
                progress(done, total)
        _fsync_folder(temp)
        _put_in_place(temp, target)
    except BaseException as error:
        shutil.rmtree(temp, ignore_errors=True)
        if isinstance(error, OSError):
            raise export_error(error, folder) from error
        raise
    # The export is complete and in place; a drive that cannot sync the folder entry must not make
    # the message say that nothing was written.
    with contextlib.suppress(OSError):
        _fsync_folder(folder)
    return target


def _check_names(name: str, file_names: Sequence[str]) -> None:
    """Names come from the code, never from a person: a bad one is a bug, not a user error."""
    for item in (name, *file_names):
        if not item or item.startswith(".") or "/" in item or "\\" in item:
            raise ValueError(f"{item!r} cannot be a file name in an export")
    if MANIFEST in file_names or len(set(file_names)) != len(file_names):
        raise ValueError("the files of an export need distinct names other than SHA256SUMS")


def _replaceable(target: Path) -> bool:
    """True when ``target`` is an earlier export: its SHA256SUMS names exactly the files beside it.

    Anything else (a scan someone saved there, a file added by hand) is never deleted.
    """
    if not target.is_dir() or target.is_symlink():
        return False
    try:
        entries = list(target.iterdir())
        listed = (target / MANIFEST).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return False
    names = {line.split("  ", 1)[1] for line in listed if "  " in line}
    return (all(entry.is_file() and not entry.is_symlink()
                and (entry.name == MANIFEST or entry.suffix.lower() in EXPORT_SUFFIXES)
                for entry in entries)
            and names == {entry.name for entry in entries if entry.name != MANIFEST})


def _write_file(path: Path, data: bytes) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    with os.fdopen(descriptor, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _put_in_place(temp: Path, target: Path) -> None:
    """Rename ``temp`` to ``target``; an existing ``target`` is moved aside first and removed after."""
    if not target.exists():
        os.rename(temp, target)
        return
    aside = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    os.rmdir(aside)  # only the unique name is wanted: rename needs a free one
    os.rename(target, aside)
    try:
        os.rename(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.rename(aside, target)
        raise
    shutil.rmtree(aside, ignore_errors=True)
