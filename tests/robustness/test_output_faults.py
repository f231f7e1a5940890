"""Output that cannot be written: a clear E501 naming the folder and the fix; nothing half-written."""
from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys

import pytest

from pipeline import runtime
from pipeline.errors import OutputNotWritable
from pipeline.files import atomic_write, atomic_write_text

CONSENT = 'language = "en"\n[consent]\nconfirmed = true\nmethod = "口头同意"\nby = "李四"\n'


def _minutes(*args: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "400"}
    return subprocess.run([*prefix, sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                          env=env, timeout=300, cwd=runtime.PROJECT_ROOT)


def _mount_works() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0


def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "会议 纪要.minutes.json"
    atomic_write_text(target, '{"schema": "minutes/1"}')
    before = target.read_bytes()

    def half_then_disk_full(tmp):
        with open(tmp, "w", encoding="utf-8") as f:
            f.write('{"schema": "minutes/1", "topics": [')
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(OutputNotWritable) as caught:
        atomic_write(target, half_then_disk_full)
    assert str(target) in str(caught.value) and "No space left" in str(caught.value)
    assert "fix:" in str(caught.value)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_output_folder_under_a_regular_file_is_refused(tmp_path, make_audio):
    """Root ignores chmod, so an output path under a regular file is what cannot be created."""
    make_audio("half_second")
    (tmp_path / "inputs" / "meeting.toml").write_text(CONSENT, encoding="utf-8")
    blocker = tmp_path / "not a folder.txt"
    blocker.write_text("x")
    done = _minutes("process", str(tmp_path / "inputs"), "--out", str(blocker / "drafts"), "--quiet")
    assert done.returncode == 2
    assert "[E501]" in done.stderr and str(blocker / "drafts") in done.stderr
    assert "fix:" in done.stderr
    assert blocker.read_text() == "x"


def test_read_only_output_folder_is_refused(tmp_path, make_audio):
    if not _mount_works():
        pytest.skip("mounting a tmpfs in a private mount namespace is not permitted here")
    make_audio("half_second")
    (tmp_path / "inputs" / "meeting.toml").write_text(CONSENT, encoding="utf-8")
    out = tmp_path / "drafts"
    out.mkdir()
    script = (f'mount -t tmpfs -o size=1m,ro tmpfs "{out}" && exec "$@"')
    done = _minutes("process", str(tmp_path / "inputs"), "--out", str(out), "--quiet",
                    prefix=("unshare", "-m", "sh", "-c", script, "sh"))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "[E501]" in done.stderr and str(out) in done.stderr, done.stderr
    assert "Read-only" in done.stderr


@pytest.mark.slow
def test_disk_full_half_way_through_a_batch(tmp_path, make_audio):
    """A 48 KB output disk: the job store and the transcript fit, the draft does not. Clear E501 naming the draft, nothing partial left."""
    if not _mount_works():
        pytest.skip("mounting a tmpfs in a private mount namespace is not permitted here")
    make_audio("half_second", name="周会 🎤.wav")
    (tmp_path / "inputs" / "meeting.toml").write_text(CONSENT, encoding="utf-8")
    import time

    time.sleep(3.5)  # past the batch's "still copying" window
    out = tmp_path / "drafts"
    out.mkdir()
    listing = tmp_path / "listing.txt"
    script = (f'mount -t tmpfs -o size=48k tmpfs "{out}" && "$@"; code=$?; '
              f'find "{out}" -type f -printf "%P\\t%s\\n" > "{listing}"; '
              f'for f in "{out}"/*.json; do [ -e "$f" ] && cat "$f" > "$f.copy"; done; '
              f'cp "{out}"/*.json.copy "{tmp_path}"/ 2>/dev/null; exit $code')
    done = _minutes("process", str(tmp_path / "inputs"), "--out", str(out), "--quiet",
                    "--model", "whisper-tiny.en", "--diarizer", "none",
                    prefix=("unshare", "-m", "sh", "-c", script, "sh"))
    assert done.returncode in (1, 2), done.stdout + done.stderr
    shown = done.stdout + done.stderr
    assert "[E501]" in shown or "No space left" in shown, shown
    assert "fix:" in shown and "disk" in shown
    assert "周会 🎤.docx" in shown and ".minutes-jobs.sqlite" not in shown, shown  # the file being written
    assert "Traceback" not in done.stderr
    files = dict(line.split("\t") for line in listing.read_text().splitlines())
    assert not [f for f in files if f.endswith(".tmp")], files  # temporaries removed
    assert not [f for f in files if f.endswith(".docx")], files  # no partial draft under its name
    for copy in tmp_path.glob("*.json.copy"):
        import json

        json.loads(copy.read_text(encoding="utf-8"))  # what is visible is whole
