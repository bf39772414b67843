"""One instance per data folder: a second process is refused, a crashed owner's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from welcome_point.domain.errors import AnotherInstanceError
from welcome_point.ui.instance_lock import LOCK_FILE, InstanceLock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and process checks are POSIX")

# Takes the lock, says so, then holds it until stdin closes (or is killed). Exit 3: refused.
HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from welcome_point.domain.errors import AnotherInstanceError
    from welcome_point.ui.instance_lock import InstanceLock

    lock = InstanceLock(Path(sys.argv[1]))
    try:
        lock.acquire()
    except AnotherInstanceError as exc:
        print("refused", exc, flush=True)
        sys.exit(3)
    print("locked", flush=True)
    if sys.argv[2] == "hold":
        sys.stdin.read()
    lock.release()
""")


def start(folder, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", HOLDER, str(folder), mode], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)


def try_once(folder) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-c", HOLDER, str(folder), "once"], capture_output=True, text=True,
                          timeout=60)
    return done.returncode, done.stdout


def test_a_second_process_is_refused_while_the_first_holds_the_lock(tmp_path):
    first = InstanceLock(tmp_path)
    assert first.acquire() is True
    assert first.held
    assert (tmp_path / LOCK_FILE).exists()
    code, out = try_once(tmp_path)
    assert code == 3
    assert "already running on this data folder" in out
    assert f"(process {os.getpid()})" in out
    first.release()
    assert not (tmp_path / LOCK_FILE).exists()
    assert try_once(tmp_path) == (0, "locked\n")


def test_a_lock_held_by_another_process_refuses_this_one(tmp_path):
    holder = start(tmp_path, "hold")
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "locked\n"
        with pytest.raises(AnotherInstanceError, match=f"process {holder.pid}") as refused:
            InstanceLock(tmp_path).acquire()
        assert refused.value.pid == holder.pid
    finally:
        holder.communicate("", timeout=60)  # closes stdin: the holder releases and ends
    with InstanceLock(tmp_path) as lock:
        assert lock.held


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path):
    holder = start(tmp_path, "hold")
    assert holder.stdout is not None
    assert holder.stdout.readline() == "locked\n"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=60)
    assert (tmp_path / LOCK_FILE).exists()  # left behind
    lock = InstanceLock(tmp_path)
    assert lock.acquire() is True
    lock.release()


def test_a_second_lock_in_the_same_process_is_refused(tmp_path):
    with InstanceLock(tmp_path), pytest.raises(AnotherInstanceError):
        InstanceLock(tmp_path).acquire()
