"""An exclusive lock on a file, held by one process at a time, on any platform.

Three ways to hold it, the first the platform offers:

* ``flock`` (POSIX, :mod:`fcntl`): the kernel releases it when the process dies,
  so a killed run leaves no stale lock; the file stays, empty, when released;
* ``msvcrt`` (Windows): a byte-range lock, released by the system likewise;
* ``exclusive``: the lock *is* the file, created with ``O_CREAT | O_EXCL`` and
  removed on release. A file left by a killed run is stale when the pid it
  names no longer runs on this host; it is then taken over.

The file holds the holder's pid and host name, so a refusal can say who holds it.
"""
from __future__ import annotations

import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

FLOCK, MSVCRT, EXCLUSIVE = "flock", "msvcrt", "exclusive"
METHODS = (FLOCK, MSVCRT, EXCLUSIVE)

_MSVCRT_OFFSET = 1 << 30  # the byte msvcrt locks: far past the pid, which others must still read
_POLL_SECONDS = 0.2  # how often a waiting lock looks again when it cannot block in the kernel
_UNNAMED_STALE_SECONDS = 2.0  # a lock file naming no pid (being written, or emptied by flock) is stale after this


@dataclass
class Holder:
    """Who holds a lock, as its file says."""

    pid: int | None
    host: str | None

    def __str__(self) -> str:
        if self.pid is None:
            return "unknown"
        here = self.host is None or self.host == socket.gethostname()
        return f"{self.pid}" if here else f"{self.pid} on {self.host}"


class LockHeld(Exception):
    """The lock is held by another process (internal: callers turn it into a user-facing error)."""

    def __init__(self, holder: Holder):
        super().__init__(str(holder))
        self.holder = holder


def default_method() -> str:
    """``flock`` where :mod:`fcntl` exists, else ``msvcrt`` where that exists, else ``exclusive``."""
    for method, module in ((FLOCK, "fcntl"), (MSVCRT, "msvcrt")):
        try:
            __import__(module)
            return method
        except ImportError:
            continue
    return EXCLUSIVE


class FileLock:
    """``with FileLock(path): ...`` holds ``path`` exclusively.

    Raises :class:`LockHeld` when another process holds it and ``wait`` is False;
    waits for it otherwise. OSError (the folder cannot be written) goes to the caller.
    """

    def __init__(self, path: Path, wait: bool = False, method: str | None = None):
        self.path = Path(path)
        self.wait = wait
        self.method = method or default_method()
        if self.method not in METHODS:
            raise ValueError(f"unknown lock method {self.method!r}; one of {METHODS}")
        self._file = None
        self._fd: int | None = None

    def __enter__(self) -> FileLock:
        {FLOCK: self._acquire_flock, MSVCRT: self._acquire_msvcrt, EXCLUSIVE: self._acquire_exclusive}[self.method]()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def release(self) -> None:
        if self._file is not None:  # flock, msvcrt: emptied, then closing releases the lock
            f, self._file = self._file, None
            try:
                f.seek(0)
                f.truncate()
                if self.method == MSVCRT:
                    import msvcrt

                    f.flush()
                    os.lseek(f.fileno(), _MSVCRT_OFFSET, os.SEEK_SET)
                    msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
            finally:
                f.close()
        if self._fd is not None:  # exclusive: the file is the lock
            os.close(self._fd)
            self._fd = None
            self.path.unlink(missing_ok=True)

    # --- flock (POSIX) ---

    def _acquire_flock(self) -> None:
        import fcntl

        f = open(self.path, "a+", encoding="utf-8")
        try:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not self.wait:
                    raise LockHeld(_read_holder(f)) from None
                fcntl.flock(f, fcntl.LOCK_EX)
        except BaseException:
            f.close()
            raise
        self._keep(f)

    # --- msvcrt (Windows) ---

    def _acquire_msvcrt(self) -> None:
        import msvcrt

        f = open(self.path, "a+", encoding="utf-8")
        try:
            while True:
                os.lseek(f.fileno(), _MSVCRT_OFFSET, os.SEEK_SET)  # locking() starts at the descriptor's position
                try:
                    msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
                    break
                except OSError:
                    if not self.wait:
                        raise LockHeld(_read_holder(f)) from None
                    time.sleep(_POLL_SECONDS)
        except BaseException:
            f.close()
            raise
        self._keep(f)

    def _keep(self, f) -> None:
        """We hold the lock on ``f``: write our pid into it and keep it open."""
        f.seek(0)
        f.truncate()
        f.write(_holder_text())
        f.flush()
        self._file = f

    # --- exclusive creation (anywhere else) ---

    def _acquire_exclusive(self) -> None:
        while True:
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = _read_holder_at(self.path)
                if holder is not None and self._take_over_if_stale(holder):
                    continue
                if not self.wait:
                    raise LockHeld(holder or Holder(None, None)) from None
                time.sleep(_POLL_SECONDS)
                continue
            os.write(fd, _holder_text().encode("utf-8"))
            self._fd = fd
            return

    def _take_over_if_stale(self, holder: Holder) -> bool:
        """Remove a lock file left by a process that is gone; True if it was removed (or already gone)."""
        if holder.pid is not None:
            if holder.host not in (None, socket.gethostname()) or _running(holder.pid):
                return False
        else:  # no pid yet: its creator may be writing it right now
            try:
                age = time.time() - self.path.stat().st_mtime
            except FileNotFoundError:
                return True
            if age < _UNNAMED_STALE_SECONDS:
                return False
        # Move it aside before deleting, so that of two processes finding the same stale file only
        # one removes it, and a fresh lock created meanwhile by a third is put back.
        aside = self.path.with_name(f"{self.path.name}.stale.{os.getpid()}")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            return True
        if _read_holder_at(aside) == holder:
            aside.unlink(missing_ok=True)
        else:
            try:
                os.link(aside, self.path)  # fails if yet another lock exists; then that one stands
            except OSError:
                pass
            aside.unlink(missing_ok=True)
        return True


def _holder_text() -> str:
    return f"{os.getpid()}\n{socket.gethostname()}\n"


def _parse_holder(text: str) -> Holder:
    lines = text.split()
    pid = int(lines[0]) if lines and lines[0].isdigit() else None
    return Holder(pid, lines[1] if len(lines) > 1 else None)


def _read_holder(f) -> Holder:
    f.seek(0)
    return _parse_holder(f.read(256))


def _read_holder_at(path: Path) -> Holder | None:
    """The holder a lock file names; None if the file is gone."""
    try:
        return _parse_holder(Path(path).read_text(encoding="utf-8", errors="replace")[:256])
    except FileNotFoundError:
        return None


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists on this host."""
    if pid == os.getpid():
        return True
    if os.name == "nt":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, owned by someone else
        return True
    return True
