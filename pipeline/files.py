"""Safe file writing: nothing half-written is ever visible under its final name.

Files are written with the permissions ``open()`` would give them (``0o666``
less the process umask), so a draft in a folder shared with a colleague is
readable as any other file there; ``private=True`` keeps one to its owner (``0o600``).
"""
from __future__ import annotations

import errno
import hashlib
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from pipeline.errors import OutputNotWritable


ANY = object()  # atomic_write(expect_sha256=ANY): replace whatever is there


class TargetChanged(Exception):
    """atomic_write(expect_sha256=...): the file at the target is not the one expected any more
    (a draft saved in Word while the run worked on it); nothing was written. Not user-facing: the
    caller writes elsewhere."""

    def __init__(self, path: Path):
        self.path = Path(path)
        super().__init__(f"{path} changed since it was checked")


def atomic_write(path: Path, write: Callable[[Path], None], private: bool = False,
                 expect_sha256: str | None | object = ANY) -> Path:
    """Call ``write(tmp_path)`` for a temporary file beside ``path``, then rename it into place.

    The temporary file is removed if ``write`` fails; the old ``path`` (if any) is untouched.
    The file gets the umask's permissions, as ``open()`` would give it, or ``0o600`` when ``private``.
    ``expect_sha256``: replace ``path`` only if its bytes still have this sha256 (None: only if there
    is no file there), checked at the moment of the rename; else raise :class:`TargetChanged`.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{_temporary_name(path)}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise OutputNotWritable(path.parent, f"cannot write here: {e.strerror}",
                                "choose another output folder (--out) or fix its permissions") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if not private and os.name == "posix":  # mkstemp makes it 0o600
            os.chmod(tmp, 0o666 & ~current_umask())
        write(tmp)
        if expect_sha256 is ANY:
            os.replace(tmp, path)
        else:
            _replace_if_unchanged(tmp, path, expect_sha256)
    except BaseException as e:
        tmp.unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise OutputNotWritable(path, f"writing failed: {e.strerror}", _write_fix(e, path)) from None
        raise
    return path


_TEMPORARY_EXTRA = len(".") + len(".") + 8 + len(".tmp")  # mkstemp: ".<name>.<8 random characters>.tmp"


def name_length(name: str) -> int:
    """A file name's length as the file system counts it for its limit: UTF-16 units on Windows,
    UTF-8 bytes elsewhere (a Chinese character is 3 there)."""
    return len(name.encode("utf-16-le")) // 2 if os.name == "nt" else len(name.encode("utf-8"))


def name_max(folder: Path) -> int:
    """The longest file name (in :func:`name_length` units) the file system of ``folder`` takes (255 where it does not say)."""
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (AttributeError, OSError, ValueError):
        return 255


def _temporary_name(path: Path) -> str:
    """``path``'s name for its temporary file, the part before the extension shortened so that
    ``.<name>.<random>.tmp`` fits the name limit: a name that fits on its own is written, however long."""
    room = name_max(path.parent) - _TEMPORARY_EXTRA
    name = path.name
    if name_length(name) <= room:
        return name
    suffix = path.suffix if len(path.suffix) < 16 else ""
    stem = name[: len(name) - len(suffix)] if suffix else name
    while stem and name_length(stem + suffix) > room:
        stem = stem[:-1]
    return stem + suffix


def _replace_if_unchanged(tmp: Path, path: Path, expect_sha256: str | None) -> None:
    """Rename ``tmp`` to ``path`` if ``path`` still holds what was expected (nothing, when None)."""
    if expect_sha256 is None:
        try:
            os.link(tmp, path)  # fails if a file appeared there: nothing is overwritten, not even in a race
        except FileExistsError:
            raise TargetChanged(path) from None
        except OSError:  # no hard links here (FAT, some network shares): check, then rename
            if os.path.lexists(path):
                raise TargetChanged(path) from None
            os.replace(tmp, path)
        else:
            tmp.unlink()
        return
    try:
        current = sha256_file(path)
    except FileNotFoundError:
        current = None
    if current != expect_sha256:
        raise TargetChanged(path)
    os.replace(tmp, path)


def _write_fix(error: OSError, path: Path) -> str:
    if error.errno == errno.ENAMETOOLONG:
        return (f"the name {path.name} is {name_length(path.name)} bytes long, more than this file system takes "
                f"({name_max(path.parent)}): give the file (or the recording it is named after) a shorter name")
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return (f"free disk space where {path.parent} is (or choose another output folder with --out), "
                "then run again")
    return "free disk space or fix permissions, then run again"


_umask_lock = threading.Lock()


def current_umask() -> int:
    """The process umask, read without changing it where the system tells (Linux), else set and restored."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def atomic_write_text(path: Path, text: str, private: bool = False) -> Path:
    return atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"), private=private)


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    """The hex sha256 of a file's bytes, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


QUICK_SAMPLE = 1 << 20  # bytes read at the start, the middle and the end of a file by quick_fingerprint


def quick_fingerprint(path: Path, sample: int = QUICK_SAMPLE) -> str:
    """A content check cheap enough for every run: sha256 of the size and of the first, middle and
    last ``sample`` bytes (the whole file when it is no longer than three samples). A file replaced
    by another of the same size and modification time (a copy tool that keeps times, a re-export)
    differs there; size and mtime alone cannot tell. Reads at most 3 MiB."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        h.update(str(size).encode("ascii") + b"\0")
        if size <= 3 * sample:
            while block := f.read(1 << 20):
                h.update(block)
        else:
            for offset in (0, size // 2 - sample // 2, size - sample):
                f.seek(offset)
                h.update(f.read(sample))
    return h.hexdigest()


#: limits on a .docx/.xlsx (a zip) before it is parsed: a few MB on disk must not expand to gigabytes
ZIP_MAX_BYTES = 512 << 20  # all parts together, uncompressed (pictures in a template can be large)
ZIP_MAX_RATIO = 100  # uncompressed / compressed, for a part of more than ZIP_RATIO_FROM (XML is ~5-20x)
ZIP_RATIO_FROM = 16 << 20
ZIP_MAX_PARTS = 10_000


def zip_hazard(source: Path | bytes) -> str | None:
    """Why the zip package ``source`` (a path or its bytes) is not to be parsed, or None.

    Read from its directory only (the sizes it declares; Python's zipfile never inflates a part beyond
    its declared size): too many parts, too large once expanded, or a part that expands more than
    ZIP_MAX_RATIO times beyond ZIP_RATIO_FROM (a zip bomb, or a damaged file). Not a zip: None, and
    the parser says what is wrong.
    """
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as z:
            parts = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    if len(parts) > ZIP_MAX_PARTS:
        return f"it holds {len(parts)} parts (at most {ZIP_MAX_PARTS} are read)"
    total = sum(p.file_size for p in parts)
    if total > ZIP_MAX_BYTES:
        return (f"it would expand to {total / 2**20:,.0f} MiB (at most {ZIP_MAX_BYTES >> 20} MiB are read): "
                "a zip bomb or a damaged file")
    for p in parts:
        if p.file_size > ZIP_RATIO_FROM and p.file_size > ZIP_MAX_RATIO * max(p.compress_size, 1):
            return (f"its part {p.filename} would expand from {p.compress_size / 1024:,.0f} KiB to "
                    f"{p.file_size / 2**20:,.0f} MiB ({p.file_size // max(p.compress_size, 1):,}×): "
                    "a zip bomb or a damaged file")
    return None
