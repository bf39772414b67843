"""Atomic file writing: a reader (or a pulled USB stick) sees the old file or the new one, never half."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary file to stream into; it replaces ``path`` only when the block ends without error.

    The data goes to a temporary file in the same folder, is fsynced, then renamed over
    ``path``; on any error (a full disk, a removed stick) the temporary file is removed.
    """
    folder = path.parent
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder, fsync, then rename."""
    with atomic_writer(path) as out:
        out.write(data)
    return path


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError as error:
        # Some file systems (FAT sticks through some drivers, network mounts) cannot sync a
        # folder; the files themselves were synced, so that is no reason to fail.
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(descriptor)


def read_at_most(path: Path, limit: int) -> bytes | None:
    """The bytes of the regular file ``path``, or None when it holds more than ``limit`` bytes.

    Reads at most ``limit + 1`` bytes whatever stat says: a device such as /dev/zero reports size 0
    and never ends, and a pipe would block the open. Those, and a name with a NUL in it, are OSError.
    """
    try:
        mode = os.stat(path).st_mode
    except ValueError as error:  # "embedded null byte"
        raise OSError(errno.EINVAL, "the file name holds a character no file name can have") from error
    if not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, "not a regular file")
    with open(path, "rb") as source:
        data = source.read(limit + 1)
    return None if len(data) > limit else data
