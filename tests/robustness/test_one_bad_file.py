"""One bad file never stops the batch; errors name the file and the fix (issue 14 §7-10):
a sidecar nested thousands deep, a control character in sidecar text, a very long recording
name, a disk that fills up with two drafts still to write."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import runtime
from pipeline.batch import FAILED, Batch, BatchOptions, OutputLock, process_inbox
from pipeline.errors import BadSidecar, MinutesError
from pipeline.files import atomic_write_text
from pipeline.inbox import BAD_SIDECAR, NEEDS_CONSENT, READY, InboxOptions, scan
from pipeline.jobs import JobStore
from pipeline.sidecar import read_sidecar

SETTLED = dict(min_age_seconds=0, settle_seconds=0)  # InboxOptions: no wait for copies in progress
FAST_BATCH = dict(model="whisper-tiny.en", diarizer="none")  # BatchOptions: the cheapest real stages
CONSENT = '[consent]\nconfirmed = true\nmethod = "口头同意"\nby = "李四"\n'


def _options(**kw) -> BatchOptions:
    return BatchOptions(inbox=InboxOptions(**SETTLED), **FAST_BATCH, **kw)


def _run(inbox: Path, out: Path, **kw):
    """One pass, and whether the speech model was loaded."""
    batch = Batch(inbox, out, _options(**kw))
    with OutputLock(out), JobStore(out) as store:
        report = batch.run_once(store)
    return report, batch.transcribe.loaded


# --- 7. nested thousands deep ---------------------------------------------------------------

DEEP = {
    "arrays": "agenda = " + "[" * 5000 + "]" * 5000 + "\n",
    "inline tables": "x = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n",
    "in consent": "[consent]\nconfirmed = true\nby = " + "[" * 5000 + "]" * 5000 + "\n",
}


@pytest.mark.parametrize("kind", sorted(DEEP))
def test_a_sidecar_nested_thousands_deep_is_a_sidecar_error(tmp_path, kind):
    path = tmp_path / "周会.meeting.toml"
    path.write_text('language = "en"\n' + DEEP[kind], encoding="utf-8")
    with pytest.raises(BadSidecar) as caught:
        read_sidecar(path)
    message = str(caught.value)
    assert message.startswith("[E102]") and str(path) in message and "nested" in message and "fix:" in message
    assert len(message) < 600, message


def test_a_value_nested_hundreds_deep_is_named_shortly(tmp_path):
    """Nested less than the parser's limit, the wrong type is refused without printing it whole."""
    path = tmp_path / "周会.meeting.toml"
    path.write_text("title = " + "[" * 200 + "]" * 200 + "\n" + CONSENT, encoding="utf-8")
    with pytest.raises(BadSidecar) as caught:
        read_sidecar(path)
    assert "title" in str(caught.value) and len(str(caught.value)) < 600, str(caught.value)


def test_a_sidecar_nested_thousands_deep_fails_its_recording_alone(tmp_path, write_audio):
    inbox, out = tmp_path / "inbox", tmp_path / "drafts"
    (inbox / "a").mkdir(parents=True)
    write_audio("half_second", inbox / "a", "deep.wav")
    (inbox / "a" / "deep.meeting.toml").write_text(
        CONSENT + "[[attendees]]\nname = \"林晓\"\nvoice = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    write_audio("half_second", inbox, "no consent.wav")
    report, loaded = _run(inbox, out)
    outcomes = {r.key: r for r in report.recordings}
    assert outcomes["a/deep.wav"].outcome == FAILED and "nested" in outcomes["a/deep.wav"].reason
    assert outcomes["a/deep.wav"].fix
    assert outcomes["no consent.wav"].outcome == NEEDS_CONSENT
    assert not loaded


# --- 8. control characters ---------------------------------------------------------------

@pytest.mark.parametrize("line,key", [
    ('[[attendees]]\nname = "林\\u000b晓"', "attendees[0].name"),
    ('title = "周例会\\u0000"', "title"),
    ('agenda = ["推广\\u001b[31m优先级"]', "agenda"),
    ('[speakers]\nS1 = "王\\u0007磊"', "speakers.S1"),
    ('location = "3楼\\ufffe会议室"', "location"),
])
def test_a_control_character_in_sidecar_text_is_refused_on_reading(tmp_path, line, key):
    path = tmp_path / "周会.meeting.toml"
    path.write_text('language = "en"\n' + (line if not line.startswith("[") else "") + "\n" + CONSENT
                    + (line if line.startswith("[") else "") + "\n", encoding="utf-8")
    with pytest.raises(BadSidecar) as caught:
        read_sidecar(path)
    message = str(caught.value)
    assert str(path) in message and key in message and "U+" in message and "fix:" in message, message


@pytest.mark.slow
def test_a_control_character_fails_before_transcription_and_is_not_remembered(tmp_path, write_audio):
    inbox, out = tmp_path / "inbox", tmp_path / "drafts"
    inbox.mkdir()
    write_audio("half_second", inbox, "周会.wav")
    sidecar = inbox / "周会.meeting.toml"
    sidecar.write_text('language = "en"\n' + CONSENT + '[[attendees]]\nname = "林\\u000b晓"\n', encoding="utf-8")
    report, loaded = _run(inbox, out)
    [rep] = report.recordings
    assert rep.outcome == FAILED and "attendees[0].name" in rep.reason and "internal error" not in rep.reason
    assert not loaded  # refused on reading, before any transcription
    with JobStore(out) as store:
        assert store.get("周会.wav") is None  # not remembered as a failed recording
    sidecar.write_text('language = "en"\n' + CONSENT + '[[attendees]]\nname = "林晓"\n', encoding="utf-8")
    [fixed] = process_inbox(inbox, out, _options()).recordings
    assert fixed.outcome == "done", fixed


# --- 9. a very long name -------------------------------------------------------------------

def test_outputs_of_a_230_character_stem_are_written(tmp_path):
    stem = "2024-08-12 " + "quarterly-planning-" * 11 + "x" * (230 - 11 - 19 * 11)
    assert len(stem) == 230
    for suffix in (".transcript.json", ".minutes.json", ".docx", ".v2.docx"):
        path = atomic_write_text(tmp_path / (stem + suffix), "{}")
        assert path.read_text() == "{}"
    assert not list(tmp_path.glob(".*"))  # no temporary left


def test_a_name_too_long_for_its_outputs_fails_alone_with_the_fix_to_shorten_it(tmp_path, write_audio):
    inbox, out = tmp_path / "inbox", tmp_path / "drafts"
    inbox.mkdir()
    name = "x" * 245 + ".wav"  # allowed; x....transcript.json (261 bytes) is not
    write_audio("half_second", inbox, name)
    (inbox / "meeting.toml").write_text('language = "en"\n' + CONSENT, encoding="utf-8")
    report, loaded = _run(inbox, out)
    [rep] = report.recordings
    assert rep.outcome == FAILED, rep
    assert "too long" in rep.reason and "shorter" in rep.fix and "choose another output folder" not in rep.fix
    assert name in rep.fix or name in rep.reason
    assert not loaded  # found out before any transcription


# --- 10. the disk fills up ------------------------------------------------------------------

def _mount_works() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0


@pytest.mark.slow
def test_disk_full_names_every_unwritten_draft_without_traceback_noise(tmp_path, write_audio):
    if not _mount_works():
        pytest.skip("mounting a tmpfs in a private mount namespace is not permitted here")
    inbox, out = tmp_path / "inbox", tmp_path / "drafts"
    inbox.mkdir()
    write_audio("half_second", inbox, "周一 例会.wav")
    write_audio("speech", inbox, "周三 例会.wav")
    (inbox / "meeting.toml").write_text('language = "en"\n' + CONSENT, encoding="utf-8")
    time.sleep(3.5)  # past the batch's "still copying" window
    out.mkdir()
    script = f'mount -t tmpfs -o size=48k tmpfs "{out}" && exec "$@"'
    done = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", sys.executable, "-m", "pipeline", "process",
                           str(inbox), "--out", str(out), "--quiet", "--model", "whisper-tiny.en",
                           "--diarizer", "none"], capture_output=True, text=True, timeout=300,
                          cwd=runtime.PROJECT_ROOT, env={**os.environ, "COLUMNS": "400"})
    shown = done.stdout + done.stderr
    assert done.returncode in (1, 2), shown
    assert "No space left" in shown and "fix:" in shown, shown
    assert "周一 例会.docx" in shown and "周三 例会.docx" in shown, shown  # both drafts named
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_the_folders_sidecar_read_for_its_series_is_held_to_the_same_rules(tmp_path):
    """A recording with a sidecar of its own still reads the folder's meeting.toml for its series."""
    (tmp_path / "周会.wav").write_bytes(b"")
    own = tmp_path / "周会.meeting.toml"
    own.write_text('language = "en"\n' + CONSENT, encoding="utf-8")
    folder = tmp_path / "meeting.toml"
    folder.write_text("series = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert "series" not in read_sidecar(own, recording=tmp_path / "周会.wav").meeting.extra  # no RecursionError
    folder.write_text('series = "周\\u000b例会"\n', encoding="utf-8")
    with pytest.raises(BadSidecar) as caught:
        read_sidecar(own, recording=tmp_path / "周会.wav")
    assert str(folder) in str(caught.value) and "series" in str(caught.value) and "U+000B" in str(caught.value)
