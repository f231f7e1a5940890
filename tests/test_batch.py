"""The batch on real recordings: reruns, sidecar changes, edited drafts, failures, the lock, kill -9.

One module-scoped inbox (jfk.flac in English, a Mandarin clip in a subfolder
with a folder sidecar, and a clip without consent) is processed once with the
real stages; the tests then change it step by step and run the batch again.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import unquote

import pytest
from typer.testing import CliRunner

from pipeline.batch import DONE, UNCHANGED, Batch, BatchOptions, OutputLock, process_inbox, watch_inbox
from pipeline.cli import app
from pipeline.files import sha256_file
from pipeline.inbox import NEEDS_CONSENT, InboxOptions
from pipeline.jobs import JobStore
from pipeline.records import load_minutes, load_transcript

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SETTLED = InboxOptions(min_age_seconds=0, settle_seconds=0)
CONSENT = '[consent]\nconfirmed = true\nmethod = "会前口头告知录音用途,全体同意"\nby = "李四"\n'
JFK_SIDECAR = 'title = "Inaugural address"\ndate = 1961-01-20\nlanguage = "en"\n' + CONSENT
MIN_AGE = 3.1  # seconds the CLI waits before it trusts a file is not being copied


FAST = ["--quiet", "--diarizer", "none"]  # the batch's logic needs no diarization; it only costs time here


def options(**kw) -> BatchOptions:
    return BatchOptions(inbox=SETTLED, diarizer="none", **kw)


def outcomes(report) -> dict[str, str]:
    return {r.key: r.outcome for r in report.recordings}


def job(out: Path, key: str):
    with JobStore(out) as store:
        return store.get(key)


@pytest.fixture(scope="module")
def processed(tmp_path_factory, shared_audio: Path):
    root = tmp_path_factory.mktemp("batch")
    inbox, out = root / "inbox", root / "drafts"
    (inbox / "例会").mkdir(parents=True)
    shutil.copy(shared_audio / "en" / "jfk.flac", inbox / "jfk.flac")
    (inbox / "jfk.meeting.toml").write_text(JFK_SIDECAR, encoding="utf-8")
    shutil.copy(shared_audio / "zh" / "funasr_example.flac", inbox / "例会" / "2024-08-12 周会.flac")
    (inbox / "例会" / "meeting.toml").write_text('title = "周会"\nlanguage = "zh"\n' + CONSENT, encoding="utf-8")
    shutil.copy(shared_audio / "zh" / "aishell_BAC009S0724W0121.flac", inbox / "no_consent.flac")
    first = process_inbox(inbox, out, options())
    return SimpleNamespace(inbox=inbox, out=out, first=first)


def test_first_run_writes_draft_minutes_and_transcript(processed):
    out = processed.out
    assert outcomes(processed.first) == {"jfk.flac": DONE, "例会/2024-08-12 周会.flac": DONE,
                                         "no_consent.flac": NEEDS_CONSENT}
    assert processed.first.exit_code == 0
    for stem in ("jfk", "例会/2024-08-12 周会"):
        for suffix in (".docx", ".minutes.json", ".transcript.json", ".review.html"):
            assert (out / f"{stem}{suffix}").is_file(), stem + suffix
    for key, rep in ((r.key, r) for r in processed.first.recordings if r.outcome == DONE):
        page = rep.review_page.read_text(encoding="utf-8")  # it links to the recording where it is: nothing copied
        src = unquote(re.search(r'<audio id="audio"[^>]* src="([^"]+)"', page).group(1))
        assert (rep.review_page.parent / src).resolve() == (processed.inbox / key).resolve()
    transcript = load_transcript(out / "jfk.transcript.json")
    assert "country" in " ".join(u.text for u in transcript.utterances).lower()
    assert transcript.audio.sha256 == job(out, "jfk.flac").audio_sha256
    minutes = load_minutes(out / "jfk.minutes.json")
    assert minutes.meeting.title == "Inaugural address" and minutes.meeting.consent.confirmed
    zh = load_transcript(out / "例会" / "2024-08-12 周会.transcript.json")
    assert zh.language == "zh" and zh.meeting.title == "周会"


def test_no_consent_is_not_opened_nor_fingerprinted(processed):
    refused = next(r for r in processed.first.recordings if r.key == "no_consent.flac")
    assert "[consent]" in refused.fix and "confirmed = true" in refused.fix
    assert job(processed.out, "no_consent.flac") is None  # not even hashed
    assert not list(processed.out.glob("no_consent*"))


def test_rerun_does_nothing_and_loads_no_model(processed):
    before = {p: p.stat().st_mtime_ns for p in processed.out.rglob("*") if p.is_file() and not p.name.startswith(".")}
    batch = Batch(processed.inbox, processed.out, options())
    with OutputLock(processed.out), JobStore(processed.out) as store:
        report = batch.run_once(store)
    assert outcomes(report) == {"jfk.flac": UNCHANGED, "例会/2024-08-12 周会.flac": UNCHANGED,
                                "no_consent.flac": NEEDS_CONSENT}
    assert not batch.transcribe.loaded
    after = {p: p.stat().st_mtime_ns for p in before}
    assert after == before
    assert job(processed.out, "jfk.flac").transcribe_runs == 1


def test_review_audio_embed_rewrites_the_review_pages_only(processed):
    out = processed.out
    draft = out / "jfk.docx"
    before = draft.stat().st_mtime_ns, job(out, "jfk.flac").render_runs
    report = process_inbox(processed.inbox, out, options(review_audio="embed"))
    assert outcomes(report)["jfk.flac"] == UNCHANGED
    page = (out / "jfk.review.html").read_text(encoding="utf-8")
    assert 'id="audio-data" data-mime="audio/webm; codecs=opus"' in page and "jfk.flac" not in page.split("<main>")[0]
    assert (draft.stat().st_mtime_ns, job(out, "jfk.flac").render_runs) == before
    process_inbox(processed.inbox, out, options())  # back to a link
    assert 'id="audio-data"' not in (out / "jfk.review.html").read_text(encoding="utf-8")


def test_sidecar_change_reextracts_and_rerenders_only(processed):
    out = processed.out
    runs_before = job(out, "jfk.flac")
    (processed.inbox / "jfk.meeting.toml").write_text(
        JFK_SIDECAR.replace("Inaugural address", "Inauguration 1961") + '[speakers]\nS1 = "John F. Kennedy"\n',
        encoding="utf-8")
    report = process_inbox(processed.inbox, out, options())
    jfk = next(r for r in report.recordings if r.key == "jfk.flac")
    assert jfk.outcome == DONE and jfk.stages == ["extract", "render"]
    assert outcomes(report)["例会/2024-08-12 周会.flac"] == UNCHANGED
    after = job(out, "jfk.flac")
    assert after.transcribe_runs == runs_before.transcribe_runs == 1
    assert after.extract_runs == runs_before.extract_runs + 1
    transcript = load_transcript(out / "jfk.transcript.json")
    assert transcript.speakers["S1"].name == "John F. Kennedy" and transcript.meeting.title == "Inauguration 1961"
    assert load_minutes(out / "jfk.minutes.json").meeting.title == "Inauguration 1961"
    import docx

    text = "\n".join(p.text for p in docx.Document(str(out / "jfk.docx")).paragraphs)
    assert "Inauguration 1961" in text
    assert "Inauguration 1961" in (out / "jfk.review.html").read_text(encoding="utf-8")


def test_an_edited_draft_survives_a_rerun(processed):
    import docx

    out = processed.out
    draft = docx.Document(str(out / "jfk.docx"))
    draft.add_paragraph("Reviewed by the recorder.")
    draft.save(str(out / "jfk.docx"))
    edited = (out / "jfk.docx").read_bytes()
    sidecar = processed.inbox / "jfk.meeting.toml"
    sidecar.write_text('location = "Capitol"\n' + JFK_SIDECAR, encoding="utf-8")
    report = process_inbox(processed.inbox, out, options())
    jfk = next(r for r in report.recordings if r.key == "jfk.flac")
    assert jfk.outcome == DONE and jfk.draft == out / "jfk.v2.docx"
    assert any("jfk.v2.docx" in n for n in jfk.notes)
    assert (out / "jfk.docx").read_bytes() == edited
    assert (out / "jfk.v2.docx").is_file()
    # a further change rewrites our own v2, and still leaves the edited draft alone
    sidecar.write_text('location = "US Capitol"\n' + JFK_SIDECAR, encoding="utf-8")
    report = process_inbox(processed.inbox, out, options())
    assert next(r for r in report.recordings if r.key == "jfk.flac").draft == out / "jfk.v2.docx"
    assert not (out / "jfk.v3.docx").exists() and (out / "jfk.docx").read_bytes() == edited


def test_a_corrupt_recording_fails_alone_with_exit_status_1(processed):
    inbox, out = processed.inbox, processed.out
    (inbox / "a_broken.wav").write_text("this is not audio\n", encoding="utf-8")  # sorts first
    (inbox / "a_broken.meeting.toml").write_text(CONSENT, encoding="utf-8")
    (inbox / "例会" / "meeting.toml").write_text('title = "周例会"\nlanguage = "zh"\n' + CONSENT, encoding="utf-8")
    time.sleep(MIN_AGE)
    try:
        result = CliRunner().invoke(app, ["process", str(inbox), "--out", str(out), *FAST])
        assert result.exit_code == 1, result.output
        assert "a_broken.wav" in result.output and "failed" in result.output
        assert job(out, "a_broken.wav").status == "failed" and job(out, "a_broken.wav").stage == "transcribe"
        zh = job(out, "例会/2024-08-12 周会.flac")  # processed after the failure, in the same run
        assert zh.status == "done" and zh.extract_runs == 2 and zh.transcribe_runs == 1
        assert load_minutes(out / "例会" / "2024-08-12 周会.minutes.json").meeting.title == "周例会"
        assert not list(out.glob("a_broken*"))
    finally:
        (inbox / "a_broken.wav").unlink()
        (inbox / "a_broken.meeting.toml").unlink()


def test_a_second_run_on_the_same_output_refuses(processed):
    with OutputLock(processed.out):
        result = CliRunner().invoke(app, ["process", str(processed.inbox), "--out", str(processed.out), *FAST])
    assert result.exit_code != 0
    assert "E502" in result.output and f"pid {os.getpid()}" in result.output and "--wait" in result.output


def test_wait_takes_the_lock_when_the_other_run_ends(processed):
    held, release = threading.Event(), threading.Event()

    def other_run():
        with OutputLock(processed.out):
            held.set()
            release.wait(5)

    other = threading.Thread(target=other_run)
    other.start()
    held.wait(5)
    threading.Timer(0.5, release.set).start()
    t0 = time.perf_counter()
    report = process_inbox(processed.inbox, processed.out, options(wait=True))
    other.join()
    assert time.perf_counter() - t0 >= 0.4
    assert report.exit_code == 0 and not report.failed


def test_watch_processes_what_changes_between_polls(processed):
    reports = []

    def on_report(report):
        reports.append(report)
        if len(reports) == 1:  # something arrives while the batch watches
            (processed.inbox / "jfk.meeting.toml").write_text('location = "Washington"\n' + JFK_SIDECAR,
                                                              encoding="utf-8")

    watch_inbox(processed.inbox, processed.out, options(poll_seconds=0.1), on_report=on_report,
                stop=lambda: len(reports) >= 2)
    assert len(reports) == 2
    second = next(r for r in reports[1].recordings if r.key == "jfk.flac")
    assert second.outcome == DONE and second.stages == ["extract", "render"]


def test_consent_confirmed_on_the_record_goes_into_the_draft_and_is_remembered(processed):
    import docx

    out = processed.out
    report = process_inbox(processed.inbox, out, options(consent_confirmed_by="王五"))
    assert outcomes(report)["no_consent.flac"] == DONE
    consent = load_minutes(out / "no_consent.minutes.json").meeting.consent
    assert consent.confirmed and consent.extra["confirmed_by"] == "王五" and consent.extra["confirmed_on"]
    cells = [c.text for t in docx.Document(str(out / "no_consent.docx")).tables for row in t.rows for c in row.cells]
    assert any("王五" in c for c in cells)
    again = process_inbox(processed.inbox, out, options())  # without the flag: the confirmation stands
    assert outcomes(again)["no_consent.flac"] == UNCHANGED


def test_a_copied_or_renamed_recording_reuses_its_transcript(processed):
    out = processed.out
    (processed.inbox / "moved").mkdir()
    shutil.copy(processed.inbox / "jfk.flac", processed.inbox / "moved" / "jfk 1961.flac")
    (processed.inbox / "moved" / "jfk 1961.meeting.toml").write_text(JFK_SIDECAR, encoding="utf-8")
    report = process_inbox(processed.inbox, out, options())
    moved = next(r for r in report.recordings if r.key == "moved/jfk 1961.flac")
    assert moved.outcome == DONE and moved.stages == ["extract", "render"]
    assert any("jfk.flac" in n for n in moved.notes)
    assert job(out, "moved/jfk 1961.flac").transcribe_runs == 0
    transcript = load_transcript(out / "moved" / "jfk 1961.transcript.json")
    assert transcript.audio.file == "jfk 1961.flac" and transcript.utterances


def test_kill_9_mid_batch_then_rerun(tmp_path: Path, shared_audio: Path):
    inbox, out = tmp_path / "inbox", tmp_path / "drafts"
    inbox.mkdir()
    shutil.copy(shared_audio / "zh" / "aishell_BAC009S0724W0121.flac", inbox / "a.flac")
    shutil.copy(shared_audio / "zh" / "funasr_example.flac", inbox / "b.flac")
    for stem, lang in (("a", "zh"), ("b", "zh")):
        (inbox / f"{stem}.meeting.toml").write_text(f'language = "{lang}"\n' + CONSENT, encoding="utf-8")
    time.sleep(MIN_AGE)
    command = [sys.executable, "-m", "pipeline", "process", str(inbox), "--out", str(out), *FAST]
    run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and run.poll() is None:
        if (out / ".minutes-jobs.sqlite").exists() and (j := _job_or_none(out, "a.flac")) and j.status == "done":
            break
        time.sleep(0.05)
    killed_mid_batch = run.poll() is None
    run.send_signal(signal.SIGKILL)
    run.wait()
    b_before = _job_or_none(out, "b.flac")
    assert not [p for p in out.rglob("*") if p.suffix in (".json", ".docx") and not _complete(p)]
    rerun = process_inbox(inbox, out, options())  # in this process: its imports are warm
    assert rerun.exit_code == 0, rerun.failed
    a, b = job(out, "a.flac"), job(out, "b.flac")
    assert a.transcribe_runs == 1 and a.status == "done"  # finished before the kill: not redone
    assert b.status == "done" and (out / "b.docx").is_file()
    if killed_mid_batch and b_before is not None:
        assert b_before.status == "running"  # the interrupted one was redone
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert all(_complete(p) for p in out.rglob("*") if p.suffix in (".json", ".docx"))


def _complete(path: Path) -> bool:
    """A final-named output must be whole: JSON that parses, a .docx that opens."""
    try:
        if path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        else:
            import docx

            docx.Document(str(path))
        return True
    except Exception:
        return False


def _job_or_none(out: Path, key: str):
    try:
        return job(out, key)
    except Exception:  # the store is being created by the other process
        return None


# --- failures remembered; one hash per recording; permissions ------------------------------


@pytest.fixture
def broken_inbox(tmp_path: Path, shared_audio: Path) -> SimpleNamespace:
    """An inbox with one recording cut in half (a copy that stopped part way)."""
    inbox, out = tmp_path / "inbox", tmp_path / "drafts"
    inbox.mkdir()
    whole = (shared_audio / "en" / "jfk.flac").read_bytes()
    (inbox / "copy.flac").write_bytes(whole[: len(whole) // 2])
    (inbox / "copy.meeting.toml").write_text(JFK_SIDECAR, encoding="utf-8")
    return SimpleNamespace(inbox=inbox, out=out, whole=whole, written_at=time.time())


def run_batch(inbox: Path, out: Path, **kw):
    """One pass with a fresh Batch (no model loaded yet); returns (report of copy.flac, batch)."""
    batch = Batch(inbox, out, options(**kw))
    with OutputLock(out), JobStore(out) as store:
        report = batch.run_once(store)
    return next(r for r in report.recordings if r.key == "copy.flac"), batch


def test_a_failed_recording_is_not_retried_until_it_or_its_sidecar_changes(broken_inbox, monkeypatch):
    inbox, out = broken_inbox.inbox, broken_inbox.out
    first, batch = run_batch(inbox, out)
    assert first.outcome == "failed" and "truncated" in first.reason and batch.transcribe.loaded
    assert job(out, "copy.flac").failed_key

    again, batch = run_batch(inbox, out)  # unchanged: skipped, no model loaded
    assert again.outcome == "failed" and not batch.transcribe.loaded
    assert again.reason.startswith("failed before: transcribe: truncated")
    assert again.reason.endswith("— fix the file or run with --retry-failed") and again.fix == first.fix

    time.sleep(max(0.0, broken_inbox.written_at + MIN_AGE - time.time()))  # the CLI waits for copies to settle
    result = CliRunner().invoke(app, ["process", str(inbox), "--out", str(out), *FAST])
    assert result.exit_code == 1 and "failed before" in result.output and "--retry-failed" in result.output
    result = CliRunner().invoke(app, ["process", str(inbox), "--out", str(out), *FAST, "--retry-failed"])
    assert result.exit_code == 1 and "failed before" not in result.output and "truncated" in result.output

    (inbox / "copy.meeting.toml").write_text('location = "Capitol"\n' + JFK_SIDECAR, encoding="utf-8")
    retried, batch = run_batch(inbox, out)  # a new sidecar: tried again
    assert retried.outcome == "failed" and not retried.reason.startswith("failed before") and batch.transcribe.loaded

    (inbox / "copy.flac").write_bytes(broken_inbox.whole)  # the recorder copies it again, whole
    hashed = []  # every file fingerprinted during the run, by the batch or by decode

    def counted(path, *args):
        hashed.append(Path(path))
        return sha256_file(path, *args)

    for module in ("pipeline.batch", "pipeline.audio.decode"):
        monkeypatch.setattr(f"{module}.sha256_file", counted)
    fixed, _ = run_batch(inbox, out)
    assert fixed.outcome == DONE
    assert hashed.count(inbox / "copy.flac") == 1  # hashed once, the digest passed on to decode
    assert load_transcript(out / "copy.transcript.json").audio.sha256 == job(out, "copy.flac").audio_sha256
    assert job(out, "copy.flac").failed_key is None


def test_a_missing_model_is_not_held_against_the_recording(broken_inbox):
    whole = broken_inbox.inbox / "copy.flac"
    whole.write_bytes(broken_inbox.whole)
    for _ in range(2):  # the machine's fault (E301): tried again on every run, never "failed before"
        rep, _batch = run_batch(broken_inbox.inbox, broken_inbox.out, model="whisper-not-installed")
        assert rep.outcome == "failed" and "not installed" in rep.reason and "failed before" not in rep.reason
        assert job(broken_inbox.out, "copy.flac").failed_key is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_drafts_have_the_permissions_of_any_new_file(processed):
    from pipeline.files import current_umask

    expected = 0o666 & ~current_umask()  # what open() gives; not mkstemp's private 0o600
    for name in ("jfk.docx", "jfk.minutes.json", "jfk.transcript.json"):
        assert (processed.out / name).stat().st_mode & 0o777 == expected, name


def test_watch_retries_failed_recordings_on_its_first_pass_only(broken_inbox):
    run_batch(broken_inbox.inbox, broken_inbox.out)  # fails, and is remembered
    reports = []
    watch_inbox(broken_inbox.inbox, broken_inbox.out, options(retry_failed=True, poll_seconds=0.1),
                on_report=reports.append, stop=lambda: len(reports) >= 2)
    first, second = (next(r for r in report.recordings if r.key == "copy.flac") for report in reports)
    assert first.outcome == second.outcome == "failed"
    assert first.reason.startswith("transcribe: ") and second.reason.startswith("failed before: ")


def test_moving_the_whole_inbox_with_its_voice_clips_redoes_nothing(tmp_path: Path, shared_audio: Path):
    """Voice clips are keyed by their place in the inbox and their bytes, not their absolute path
    and time: a recorder moving the inbox folder (drafts beside it) is not made to wait again."""
    inbox = tmp_path / "2025" / "inbox"
    (inbox / "voices").mkdir(parents=True)
    shutil.copy(shared_audio / "zh" / "funasr_example.flac", inbox / "体验会.flac")
    shutil.copy(shared_audio / "synth" / "voices" / "zh01_cross_dept_promo" / "林晓.flac", inbox / "voices" / "林晓.flac")
    (inbox / "体验会.meeting.toml").write_text(
        'title = "体验会"\nlanguage = "zh"\n' + CONSENT + '[[attendees]]\nname = "林晓"\nvoice = "voices/林晓.flac"\n',
        encoding="utf-8")
    first = process_inbox(inbox, inbox.parent / "drafts", options())
    assert outcomes(first) == {"体验会.flac": DONE}

    moved = tmp_path / "archive"
    shutil.copytree(tmp_path / "2025", moved)  # a plain copy: new paths, new file times
    shutil.rmtree(tmp_path / "2025")
    again = process_inbox(moved / "inbox", moved / "drafts", options())
    assert outcomes(again) == {"体验会.flac": UNCHANGED}
    assert job(moved / "drafts", "体验会.flac").transcribe_runs == 1
