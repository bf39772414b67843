"""SIGKILL at a random moment, 20 times on one growing database: nothing acknowledged is ever lost.

tests/crash_writer.py records visits through the service layer as fast as it can and prints each
acknowledged visit (id, topics, referrals, volunteers). This test kills it with SIGKILL after a
random number of acknowledgements (the writer is mid-transaction most of the time), then checks the
file with plain sqlite3: integrity_check ok, no broken foreign key, and every acknowledged visit
there with all of its rows. The next writer continues on the same file, so recovery of a hot WAL
is exercised 19 times too.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from welcome_point.storage.location import database_file

RUNS = 20
WRITER = Path(__file__).with_name("crash_writer.py")
START_TIMEOUT = 60.0  # seconds until the first acknowledgement (imports, the first run's migrations)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _read_until(process: subprocess.Popen[bytes], wanted: int) -> list[bytes]:
    """Complete lines from the writer until ``wanted`` of them were read (or the writer ended)."""
    assert process.stdout is not None
    lines: list[bytes] = []
    deadline = time.monotonic() + START_TIMEOUT
    while len(lines) < wanted:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        assert time.monotonic() < deadline, "the writer is far too slow"
    return lines


def _acknowledged(lines: list[bytes]) -> dict[int, tuple[int, int, int]]:
    """visit id -> (topics, referrals, volunteers), from complete lines only."""
    found = {}
    for line in lines:
        if line.endswith(b"\n"):
            visit, topics, referrals, volunteers = (int(part) for part in line.split())
            found[visit] = (topics, referrals, volunteers)
    return found


def _check(path: Path, acknowledged: dict[int, tuple[int, int, int]]) -> int:
    """Check the file after a kill; returns the number of visits stored (acknowledged or not)."""
    connection = sqlite3.connect(path)  # plain sqlite3: recovers the WAL as any reader would
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = connection.execute(
            "SELECT v.id,"
            " (SELECT count(*) FROM visit_topics t WHERE t.visit_id = v.id),"
            " (SELECT count(*) FROM referrals r WHERE r.visit_id = v.id),"
            " (SELECT count(*) FROM visit_volunteers w WHERE w.visit_id = v.id)"
            " FROM visits v")
        stored = {visit: (topics, referrals, volunteers) for visit, topics, referrals, volunteers in rows}
    finally:
        connection.close()
    missing = sorted(set(acknowledged) - set(stored))
    assert missing == [], f"acknowledged visits lost: {missing[:10]}"
    different = {visit: (expected, stored[visit]) for visit, expected in acknowledged.items()
                 if stored[visit] != expected}
    assert different == {}, "acknowledged visits lost some of their rows"
    return len(stored)


def test_sigkill_loses_nothing_acknowledged(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    rng = random.Random(20261125)
    env = {**os.environ, "PYTHONPATH": str(WRITER.parent.parent), "PYTHONDONTWRITEBYTECODE": "1"}
    everything: dict[int, tuple[int, int, int]] = {}
    committed_unacknowledged = 0  # kills that fell between a commit and its line: the tightest moment
    started = time.monotonic()
    for run in range(RUNS):
        wanted = rng.randint(5, 400)
        process = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), str(run)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        try:
            lines = _read_until(process, wanted)
            if rng.random() < 0.5:  # now and then a moment later than right after an acknowledgement
                time.sleep(rng.random() * 0.004)
            os.kill(process.pid, signal.SIGKILL)
            rest, errors = process.communicate(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        assert process.returncode == -signal.SIGKILL, (
            f"run {run}: the writer ended by itself ({process.returncode}): "
            f"{errors.decode(errors='replace')}")
        acknowledged = _acknowledged(lines + rest.splitlines(keepends=True))
        assert len(acknowledged) >= min(wanted, 5), f"run {run}: the writer acknowledged too little"
        assert not set(acknowledged) & set(everything), "a visit id was acknowledged twice"
        everything.update(acknowledged)
        stored = _check(database_file(data_dir), everything)  # this run's visits and every earlier run's
        committed_unacknowledged += stored > len(everything) + committed_unacknowledged
    elapsed = time.monotonic() - started
    print(f"{RUNS} kills, {len(everything)} acknowledged visits, {committed_unacknowledged} kills after a "
          f"commit and before its acknowledgement, {elapsed:.1f} s")
