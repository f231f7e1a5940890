"""The output folder's lock on every platform: flock (POSIX), and the lock-file fallback where fcntl is missing."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pipeline.batch import OutputLock
from pipeline.errors import InboxLocked
from pipeline.lock import EXCLUSIVE, FLOCK, FileLock, LockHeld, default_method

ROOT = Path(__file__).resolve().parent.parent
HOLD = """
import sys, time
from pipeline.lock import FileLock
with FileLock(sys.argv[1], method=sys.argv[2]):
    print("held", flush=True)
    time.sleep(float(sys.argv[3]))
"""


def hold_in_another_process(path: Path, method: str, seconds: float) -> subprocess.Popen:
    """A second process that takes the lock and keeps it ``seconds``; returns once it holds it."""
    other = subprocess.Popen([sys.executable, "-c", HOLD, str(path), method, str(seconds)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert other.stdout.readline().strip() == "held"
    return other


def test_flock_where_fcntl_exists_else_a_lock_file(monkeypatch):
    assert default_method() == (FLOCK if os.name == "posix" else "msvcrt")
    monkeypatch.setitem(sys.modules, "fcntl", None)  # import fcntl now raises ImportError
    monkeypatch.setitem(sys.modules, "msvcrt", None)
    assert default_method() == EXCLUSIVE


@pytest.mark.parametrize("method", [FLOCK, EXCLUSIVE] if os.name == "posix" else [EXCLUSIVE])
def test_a_second_holder_is_refused_and_told_who_holds_it(tmp_path: Path, method: str):
    path = tmp_path / ".minutes.lock"
    other = hold_in_another_process(path, method, 30)
    try:
        with pytest.raises(LockHeld) as caught:
            FileLock(path, method=method).__enter__()
        assert caught.value.holder.pid == other.pid and str(caught.value.holder) == str(other.pid)
    finally:
        other.kill()
        other.wait()
    with FileLock(path, method=method):  # killed: its lock is gone (flock) or stale (lock file)
        assert path.read_text().split()[0] == str(os.getpid())
    assert not path.exists() or path.read_text() == ""


def test_lock_file_fallback_waits_for_the_holder_then_removes_its_file(tmp_path: Path):
    path = tmp_path / ".minutes.lock"
    other = hold_in_another_process(path, EXCLUSIVE, 0.6)
    t0 = time.perf_counter()
    with FileLock(path, wait=True, method=EXCLUSIVE):
        assert time.perf_counter() - t0 >= 0.3
        assert other.wait(5) == 0  # it ended normally and removed its file; then we created ours
    assert not path.exists()


def test_lock_file_fallback_takes_over_a_killed_runs_lock_only(tmp_path: Path):
    path = tmp_path / ".minutes.lock"
    other = hold_in_another_process(path, EXCLUSIVE, 30)
    os.kill(other.pid, signal.SIGKILL)
    other.wait()
    assert path.read_text().split()[0] == str(other.pid)  # left behind by kill -9
    with FileLock(path, method=EXCLUSIVE):
        assert path.read_text().split()[0] == str(os.getpid())
    path.write_text("4242\nanother-host\n")  # another machine's run (a shared folder): never taken over
    with pytest.raises(LockHeld) as caught:
        FileLock(path, method=EXCLUSIVE).__enter__()
    assert str(caught.value.holder) == "4242 on another-host"
    path.write_text("")  # an empty lock file, as flock leaves, from long ago: stale
    old = time.time() - 3600
    os.utime(path, (old, old))
    with FileLock(path, method=EXCLUSIVE):
        pass


def test_output_lock_refuses_with_e502_whatever_the_method(tmp_path: Path):
    for method in ([FLOCK] if os.name == "posix" else []) + [EXCLUSIVE]:
        out = tmp_path / method
        with OutputLock(out, method=method):
            with pytest.raises(InboxLocked) as caught:
                OutputLock(out, method=method).__enter__()
        assert f"pid {os.getpid()}" in str(caught.value) and "--wait" in str(caught.value)
        assert (f"delete {out / '.minutes.lock'}" in str(caught.value)) == (method == EXCLUSIVE)


def test_two_threads_waiting_on_the_lock_file_take_turns(tmp_path: Path):
    path, inside, overlaps = tmp_path / ".minutes.lock", [], []

    def work():
        with FileLock(path, wait=True, method=EXCLUSIVE):
            inside.append(1)
            overlaps.append(len(inside))
            time.sleep(0.05)
            inside.pop()

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert overlaps == [1, 1, 1]
