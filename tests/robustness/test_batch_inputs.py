"""Bad inputs through the public batch command, `minutes process`, in one inbox.

Each bad recording or sidecar fails on its own with a message naming the file and the
fix; the others are processed; a second run redoes nothing and changes no output.
Whisper tiny.en and no diarization keep this cheap; the inputs are made from real speech.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import runtime

CONSENT = '[consent]\nconfirmed = true\nmethod = "会前口头告知,全体同意"\nby = "李四"\n'
FOLDER_SIDECAR = 'language = "en"\n' + CONSENT

# recording name -> (kind of audio, its own sidecar or None for the folder's)
INBOX = {
    "good speech 周会 🎤.wav": ("speech", None),
    "truncated copy.wav": ("truncated_wav", None),
    "truncated.flac": ("truncated_flac", None),
    "zero bytes.wav": ("zero_bytes", None),
    "notes.wav": ("text_as_wav", None),
    "bad header.wav": ("corrupt_header", None),
    "half second.wav": ("half_second", None),
    "silence 10 min.flac": ("silence_10min", None),
    "noise.wav": ("noise", None),
    "music.wav": ("music", None),
    "phone 8k stereo.wav": ("8k_stereo", None),
    "room 48k 6ch 会议室.flac": ("48k_6ch", None),
    "bad_toml.wav": ("half_second", 'title = "周例会\nlanguage = "en"\n' + CONSENT),
    "wrong_date.wav": ("half_second", 'date = "next week"\nlanguage = "en"\n' + CONSENT),
    "unknown_keys.wav": ("half_second", 'language = "en"\ncolour = "blue"\n' + CONSENT),
    "missing_voice.wav": ("half_second", 'language = "en"\n' + CONSENT
                          + '[[attendees]]\nname = "张三"\nvoice = "voices/zhangsan.wav"\n'),
    "escape_voice.wav": ("half_second", 'language = "en"\n' + CONSENT
                         + '[[attendees]]\nname = "张三"\nvoice = "../../etc/passwd"\n'),
}

# recording -> words its row must show (the fix is checked for every failure)
FAILS = {
    "truncated copy.wav": ["truncated"],
    "truncated.flac": ["truncated"],
    "zero bytes.wav": ["empty (0 bytes)"],
    "notes.wav": ["not a readable audio"],
    "bad header.wav": ["not a readable audio"],
    "bad_toml.wav": ["TOML syntax error", "line 1", 'title = "周例会'],
    "wrong_date.wav": ["date", "next week", "date = 2024-08-12"],
    "escape_voice.wav": ["../../etc/passwd", "outside"],
}
DONE = sorted(set(INBOX) - set(FAILS))
WARNED = {"unknown_keys.wav": "unknown key 'colour'", "missing_voice.wav": "voices/zhangsan.wav"}


def run_minutes(*args: str, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """The `minutes` command in a subprocess, wide enough that rich does not wrap the table."""
    env = {**(env or os.environ), "COLUMNS": "400", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=runtime.PROJECT_ROOT)


def rows(stdout: str) -> dict[str, str]:
    """The summary table's rows: recording -> the row's text (cells joined, lines joined)."""
    found, current = {}, []
    for line in stdout.splitlines():
        if line.startswith(("├", "└", "┡")):
            if current:
                cells = [" ".join(c.strip() for c in col).strip() for col in zip(*current)]
                found[cells[0]] = " ".join(cells)
            current = []
        elif line.startswith("│"):
            current.append(line.strip("│").split("│"))
    return found


@pytest.fixture(scope="module")
def batch(tmp_path_factory, write_audio):
    """Build the inbox, run `minutes process` twice; snapshot the outputs in between."""
    root = tmp_path_factory.mktemp("batch")
    inbox, out = root / "inbox", root / "drafts"
    inbox.mkdir()
    (inbox / "meeting.toml").write_text(FOLDER_SIDECAR, encoding="utf-8")
    for name, (kind, sidecar) in INBOX.items():
        write_audio(kind, inbox, name)
        if sidecar is not None:
            stem = name.rsplit(".", 1)[0]
            (inbox / f"{stem}.meeting.toml").write_text(sidecar, encoding="utf-8")
    time.sleep(3.5)  # the batch leaves files changed in the last 3 s for the next run (still copying)
    args = ("process", str(inbox), "--out", str(out), "--quiet", "--model", "whisper-tiny.en", "--diarizer", "none")
    inbox_before = _files(inbox)
    first = run_minutes(*args)
    outputs = _files(out)
    second = run_minutes(*args)
    outputs_after_second, inbox_after = _files(out), _files(inbox)
    # the recorder replaces a processed recording with a broken copy: its earlier outputs must stay
    replaced = inbox / "phone 8k stereo.wav"
    replaced.write_bytes(replaced.read_bytes()[:30000])
    time.sleep(3.5)
    third = run_minutes(*args)
    return dict(inbox=inbox, out=out, first=first, second=second, third=third, outputs_after_first=outputs,
                outputs_after_second=outputs_after_second, outputs_after_third=_files(out),
                inbox_before=inbox_before, inbox_after=inbox_after)


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_each_bad_input_fails_alone_naming_the_file_and_the_fix(batch):
    first = batch["first"]
    assert first.returncode == 1, first.stderr[-2000:]  # some recordings failed; the batch finished
    table = rows(first.stdout)
    assert set(table) == set(INBOX), first.stdout
    for name, words in FAILS.items():
        row = table[name]
        assert " failed " in f" {row} ", row
        for word in words:
            assert word in row, f"{name}: {word!r} not in {row!r}"
        assert "fix:" in row, row


def test_every_usable_recording_gets_its_draft(batch):
    table = rows(batch["first"].stdout)
    out = batch["out"]
    for name in DONE:
        assert " done " in f" {table[name]} ", table[name]
        stem = name.rsplit(".", 1)[0]
        for suffix in (".transcript.json", ".minutes.json", ".docx"):
            assert (out / (stem + suffix)).is_file(), f"{stem}{suffix} missing"
    for name in FAILS:
        stem = name.rsplit(".", 1)[0]
        assert not list(out.glob(f"{re.escape(stem)}.*")), f"output written for failed {name}"


def test_warnings_are_shown_not_fatal(batch):
    table = rows(batch["first"].stdout)
    for name, warning in WARNED.items():
        assert warning in table[name], table[name]


def test_no_speech_gives_empty_minutes_and_no_invented_text(batch):
    out = batch["out"]
    for stem in ("silence 10 min", "noise", "music"):
        transcript = json.loads((out / f"{stem}.transcript.json").read_text(encoding="utf-8"))
        minutes = json.loads((out / f"{stem}.minutes.json").read_text(encoding="utf-8"))
        words = " ".join(u["text"] for u in transcript["utterances"])
        assert len(words.split()) <= 2, f"{stem}: invented text {words!r}"
        assert minutes["decisions"] == [] and minutes["action_items"] == [], stem
    silence = json.loads((out / "silence 10 min.transcript.json").read_text(encoding="utf-8"))
    assert silence["utterances"] == []
    assert abs(silence["audio"]["duration"] - 600) < 1


def test_any_rate_and_channel_count_is_transcribed(batch):
    out = batch["out"]
    for stem in ("good speech 周会 🎤", "phone 8k stereo", "room 48k 6ch 会议室"):
        transcript = json.loads((out / f"{stem}.transcript.json").read_text(encoding="utf-8"))
        text = " ".join(u["text"] for u in transcript["utterances"]).lower()
        assert "country" in text, f"{stem}: {text!r}"


def test_second_run_redoes_nothing_and_changes_no_output(batch):
    second = batch["second"]
    assert second.returncode == 1
    table = rows(second.stdout)
    for name in DONE:
        assert " unchanged " in f" {table[name]} ", table[name]
    for name in FAILS:
        assert " failed " in f" {table[name]} ", table[name]
    before, after = batch["outputs_after_first"], batch["outputs_after_second"]
    visible = lambda files: {k: v for k, v in files.items() if not Path(k).name.startswith(".")}
    assert visible(after) == visible(before)


def test_recordings_are_never_changed_copied_or_moved(batch):
    assert batch["inbox_after"] == batch["inbox_before"]
    out = batch["out"]
    audio = [p for p in out.rglob("*") if p.suffix.lower() in (".wav", ".flac")]
    assert audio == []


def test_a_processed_recording_replaced_by_a_broken_copy_keeps_its_outputs(batch):
    third = batch["third"]
    assert third.returncode == 1
    row = rows(third.stdout)["phone 8k stereo.wav"]
    assert " failed " in f" {row} " and "truncated" in row and "fix:" in row, row
    before, after = batch["outputs_after_second"], batch["outputs_after_third"]
    for suffix in (".transcript.json", ".minutes.json", ".docx"):
        name = "phone 8k stereo" + suffix
        assert after[name] == before[name], f"{name} changed"
