"""Atomic writes: permissions as open() would give them (or private), and a full disk named with its fix."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from pipeline.errors import OutputNotWritable
from pipeline.files import atomic_write, atomic_write_text, current_umask, sha256_file


@pytest.fixture
def umask_027():
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_get_the_umask_permissions_unless_private(tmp_path: Path, umask_027):
    assert current_umask() == 0o027
    shared = atomic_write_text(tmp_path / "会议.minutes.json", "{}")
    assert mode(shared) == 0o640  # 0o666 less the umask, as open() would give
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert mode(shared) == mode(plain)
    private = atomic_write_text(tmp_path / "private.json", "{}", private=True)
    assert mode(private) == 0o600
    rewritten = atomic_write(private, lambda tmp: tmp.write_bytes(b"[]"))  # a rewrite follows the umask again
    assert mode(rewritten) == 0o640 and rewritten.read_bytes() == b"[]"


def test_a_full_disk_names_the_file_and_says_to_free_space(tmp_path: Path):
    target = tmp_path / "drafts" / "周会.docx"

    def disk_full(tmp: Path) -> None:
        tmp.write_bytes(b"PK")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(OutputNotWritable) as caught:
        atomic_write(target, disk_full)
    message = str(caught.value)
    assert message.startswith(f"[E501] {target}: ") and "No space left" in message
    assert f"free disk space where {target.parent} is" in message
    assert list(target.parent.iterdir()) == []


def test_sha256_file_matches_hashlib(shared_audio: Path):
    import hashlib

    path = shared_audio / "en" / "jfk.flac"
    assert sha256_file(path, chunk=4096) == hashlib.sha256(path.read_bytes()).hexdigest()
