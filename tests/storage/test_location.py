from __future__ import annotations

import pytest

from welcome_point.domain.errors import DataFolderError
from welcome_point.storage import location


def test_option_beats_environment_beats_default(tmp_path):
    env = {"WELCOME_POINT_DATA": str(tmp_path / "env")}
    assert location.resolve_data_dir(str(tmp_path / "opt"), env) == (tmp_path / "opt", True)
    assert location.resolve_data_dir(None, env) == (tmp_path / "env", True)
    path, explicit = location.resolve_data_dir(None, {})
    assert path.name == "welcome-point"
    assert not explicit


@pytest.mark.parametrize("empty", ["", "  "])
def test_an_empty_folder_name_is_refused_not_replaced_by_the_default(empty):
    with pytest.raises(DataFolderError, match="empty"):
        location.resolve_data_dir(empty, {})
    with pytest.raises(DataFolderError, match="empty"):
        location.resolve_data_dir(None, {"WELCOME_POINT_DATA": empty})


def test_a_new_folder_is_private(tmp_path):
    made = location.prepare_data_dir(tmp_path / "new", explicit=True)
    assert made.is_dir()
    assert made.stat().st_mode & 0o077 == 0
    assert list(made.iterdir()) == []  # the write probe leaves nothing behind


def test_a_folder_without_write_permission_is_refused(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        probe = locked / "x"
        try:
            probe.write_bytes(b"")
            probe.unlink()
            pytest.skip("this user writes anywhere (root); the read-only medium test covers it")
        except PermissionError:
            pass
        with pytest.raises(DataFolderError, match="not writable"):
            location.prepare_data_dir(locked, explicit=True)
    finally:
        locked.chmod(0o700)


def test_a_folder_that_refuses_writes_is_refused_even_for_root(tmp_path, monkeypatch):
    """Root passes os.access on a read-only stick; only a real write tells. Simulate the medium."""
    import errno
    from pathlib import Path

    real_write = Path.write_bytes

    def read_only_medium(self, data):
        if self.parent == tmp_path:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", read_only_medium)
    with pytest.raises(DataFolderError, match="not writable"):
        location.prepare_data_dir(tmp_path, explicit=True)
