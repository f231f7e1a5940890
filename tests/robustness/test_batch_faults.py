"""Faults around the batch that tests/test_batch.py does not cover: two real `minutes process`
runs at once on the same inbox, and kill -9 at several moments (the batch's own kill -9
test covers one kill between recordings)."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import soundfile as sf

from pipeline import runtime

CONSENT = 'language = "en"\n[consent]\nconfirmed = true\nmethod = "口头同意"\nby = "李四"\n'
FAST = ("--quiet", "--model", "whisper-tiny.en", "--diarizer", "none")


def _command(inbox: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", "process", str(inbox), "--out", str(out), *FAST, *extra]


def _runs(out: Path) -> dict[str, int]:
    with sqlite3.connect(out / ".minutes-jobs.sqlite") as db:
        return dict(db.execute("SELECT key, transcribe_runs FROM jobs"))


def _visible_outputs_are_whole(out: Path) -> None:
    """Every output under its final name is complete: JSON parses, .docx is a valid zip."""
    for path in out.rglob("*"):
        if path.name.startswith("."):
            continue
        if path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".docx":
            with zipfile.ZipFile(path) as z:
                assert z.testzip() is None, path


@pytest.fixture
def inbox(tmp_path, write_audio):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "meeting.toml").write_text(CONSENT, encoding="utf-8")
    for i, name in enumerate(("周一 例会.wav", "周三 例会.wav", "周五 例会 🎤.wav")):
        path = write_audio("speech", folder, name)
        samples, rate = sf.read(path, dtype="float32")
        sf.write(path, samples[i * 1600:], rate)  # three different recordings (same audio would be reused)
    time.sleep(3.5)  # past the batch's "still copying" window
    return folder


@pytest.mark.slow
def test_two_runs_at_once_one_refuses_nothing_done_twice(tmp_path, inbox):
    out = tmp_path / "drafts"
    env = {**os.environ, "COLUMNS": "400"}
    first = subprocess.Popen(_command(inbox, out), cwd=runtime.PROJECT_ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline and not (out / ".minutes-jobs.sqlite").exists():
        time.sleep(0.05)
    second = subprocess.run(_command(inbox, out), cwd=runtime.PROJECT_ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    waiting = subprocess.Popen(_command(inbox, out, "--wait"), cwd=runtime.PROJECT_ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first_out, first_err = first.communicate(timeout=300)
    waited_out, waited_err = waiting.communicate(timeout=300)

    assert first.returncode == 0, first_out + first_err
    assert second.returncode == 2, second.stdout + second.stderr
    assert "[E502]" in second.stderr and str(out) in second.stderr and "--wait" in second.stderr
    assert waiting.returncode == 0, waited_out + waited_err
    assert "3 unchanged" in waited_out  # it waited for the lock, then found everything done
    assert _runs(out) == {"周一 例会.wav": 1, "周三 例会.wav": 1, "周五 例会 🎤.wav": 1}


@pytest.mark.slow
def test_kill_9_at_any_moment_never_shows_a_half_written_output(tmp_path, inbox):
    out = tmp_path / "drafts"
    for delay in (2.5, 5.5):  # during model load and transcription, then during extraction or rendering
        run = subprocess.Popen(_command(inbox, out), cwd=runtime.PROJECT_ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        run.send_signal(signal.SIGKILL)
        run.wait()
        _visible_outputs_are_whole(out)
    final = subprocess.run(_command(inbox, out), cwd=runtime.PROJECT_ROOT, capture_output=True, text=True,
                           timeout=300, env={**os.environ, "COLUMNS": "400"})
    assert final.returncode == 0, final.stdout + final.stderr
    _visible_outputs_are_whole(out)
    assert sorted(p.name for p in out.glob("*.docx")) == ["周一 例会.docx", "周三 例会.docx", "周五 例会 🎤.docx"]
    assert not [p for p in out.rglob("*.tmp")]
    assert all(n >= 1 for n in _runs(out).values())  # each transcribed (none skipped by the kills)
