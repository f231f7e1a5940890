"""Consent, the first promise, under an adversarial round (issue 14 §1-3).

A name on the record must be a real name; an explicit ``confirmed = false`` in a sidecar
wins over ``--consent-confirmed-by``; the sidecar as it is now decides on every run, not a
confirmation stored for the file; and `minutes transcribe --meeting OTHER` still consults the
recording's own sidecar. A refused recording is never opened and nothing already written changes.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.batch import DONE, BatchOptions, process_inbox
from pipeline.cli import app
from pipeline.inbox import NEEDS_CONSENT, InboxOptions, confirm_consent, scan
from pipeline.jobs import JobStore
from pipeline.sidecar import read_sidecar

SETTLED = dict(min_age_seconds=0, settle_seconds=0)  # InboxOptions: no wait for copies in progress
FAST_BATCH = dict(model="whisper-tiny.en", diarizer="none")  # BatchOptions: the cheapest real stages

WITHDRAWN = 'language = "en"\n[consent]\nconfirmed = false\nmethod = "张三不同意录音"\nby = "李四"\n'
NO_CONSENT = 'language = "en"\ntitle = "周会"\n'


def _inbox(tmp_path: Path, write_audio, sidecar: str | None) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_audio("half_second", inbox, "周会.wav")
    if sidecar is not None:
        (inbox / "周会.meeting.toml").write_text(sidecar, encoding="utf-8")
    return inbox


@pytest.mark.parametrize("name", ["   ", "", "\t", "-", "…", "<name>", '"<recorder\'s name>"', "王\x0b五"])
def test_a_blank_or_placeholder_consent_name_is_refused_before_anything_is_done(tmp_path, write_audio, name):
    inbox = _inbox(tmp_path, write_audio, NO_CONSENT)
    out = tmp_path / "drafts"
    result = CliRunner().invoke(app, ["process", str(inbox), "--out", str(out), "--quiet",
                                      "--consent-confirmed-by", name, "--model", "whisper-tiny.en",
                                      "--diarizer", "none"])
    assert result.exit_code == 2, result.output
    assert "[E105]" in result.output and "--consent-confirmed-by" in result.output and "fix:" in result.output
    assert not out.exists() or not list(out.glob("*.docx"))
    from pipeline.errors import ConsentNameInvalid

    with pytest.raises(ConsentNameInvalid):
        confirm_consent(read_sidecar(inbox / "周会.meeting.toml"), name)


def test_an_explicit_false_in_the_sidecar_wins_over_the_batch_flag(tmp_path, write_audio):
    inbox = _inbox(tmp_path, write_audio, WITHDRAWN)
    [rec] = scan(inbox, InboxOptions(consent_confirmed_by="王五", **SETTLED))
    assert rec.status == NEEDS_CONSENT
    assert "confirmed = false" in rec.reason and "周会.meeting.toml" in rec.reason
    assert "--consent-confirmed-by" in rec.reason  # says the flag does not override it
    assert "confirmed = true" in rec.fix and "周会.meeting.toml" in rec.fix
    assert not rec.sidecar.consent_confirmed


@pytest.fixture(scope="module")
def confirmed_on_record(tmp_path_factory, write_audio):
    """An inbox whose one recording (sidecar without [consent]) was processed under --consent-confirmed-by."""
    root = tmp_path_factory.mktemp("consent")
    inbox, out = root / "inbox", root / "drafts"
    inbox.mkdir()
    write_audio("speech", inbox, "周会.wav")
    (inbox / "周会.meeting.toml").write_text(NO_CONSENT, encoding="utf-8")
    report = process_inbox(inbox, out, BatchOptions(consent_confirmed_by="王五", inbox=InboxOptions(**SETTLED),
                                                    **FAST_BATCH))
    assert [r.outcome for r in report.recordings] == [DONE], report.recordings
    return root


def _copy(root: Path, tmp_path: Path) -> tuple[Path, Path]:
    shutil.copytree(root, tmp_path / "run", symlinks=True)
    return tmp_path / "run" / "inbox", tmp_path / "run" / "drafts"


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}


@pytest.mark.slow
def test_consent_withdrawn_in_the_sidecar_beats_the_stored_confirmation(confirmed_on_record, tmp_path):
    inbox, out = _copy(confirmed_on_record, tmp_path)
    before = _outputs(out)
    (inbox / "周会.meeting.toml").write_text(WITHDRAWN, encoding="utf-8")
    for flag in (None, "王五"):  # the stored confirmation, then the flag given again
        report = process_inbox(inbox, out, BatchOptions(consent_confirmed_by=flag, inbox=InboxOptions(**SETTLED),
                                                        **FAST_BATCH))
        [rep] = report.recordings
        assert rep.outcome == NEEDS_CONSENT, (flag, rep)
        assert "confirmed = false" in rep.reason
        assert _outputs(out) == before  # nothing redone, nothing removed
    # the withdrawal also ends the confirmation on the record: taking the false line out is not enough
    (inbox / "周会.meeting.toml").write_text(NO_CONSENT, encoding="utf-8")
    [rep] = process_inbox(inbox, out, BatchOptions(inbox=InboxOptions(**SETTLED), **FAST_BATCH)).recordings
    assert rep.outcome == NEEDS_CONSENT, rep


@pytest.mark.slow
def test_a_replaced_recording_does_not_inherit_the_stored_confirmation(confirmed_on_record, tmp_path, write_audio):
    """Same size, same mtime, other bytes: the confirmation was for the old recording."""
    import soundfile as sf

    inbox, out = _copy(confirmed_on_record, tmp_path)
    audio = inbox / "周会.wav"
    st = audio.stat()
    samples, rate = sf.read(audio, dtype="int16")
    sf.write(audio, samples[::-1], rate, subtype="PCM_16")  # another recording, byte for byte as long
    assert audio.stat().st_size == st.st_size
    import os

    os.utime(audio, ns=(st.st_atime_ns, st.st_mtime_ns))
    [rep] = process_inbox(inbox, out, BatchOptions(inbox=InboxOptions(**SETTLED), **FAST_BATCH)).recordings
    assert rep.outcome == NEEDS_CONSENT, rep


def test_transcribe_with_another_meeting_file_still_consults_the_recordings_own_sidecar(tmp_path, write_audio):
    inbox = _inbox(tmp_path, write_audio, WITHDRAWN)
    other = tmp_path / "other.meeting.toml"
    other.write_text('language = "en"\n[consent]\nconfirmed = true\nmethod = "口头同意"\nby = "李四"\n',
                     encoding="utf-8")
    target = tmp_path / "周会.transcript.json"
    result = CliRunner().invoke(app, ["transcribe", str(inbox / "周会.wav"), "--meeting", str(other), "-o", str(target),
                                      "--model", "whisper-tiny.en", "--diarizer", "none", "--quiet"])
    assert result.exit_code == 3, result.output
    assert "[E103]" in result.output and "周会.meeting.toml" in result.output and "confirmed = false" in result.output
    assert not target.exists()


def test_transcribe_with_a_meeting_file_that_withdraws_consent_is_refused_too(tmp_path, write_audio):
    inbox = _inbox(tmp_path, write_audio, None)
    other = tmp_path / "other.meeting.toml"
    other.write_text(WITHDRAWN, encoding="utf-8")
    result = CliRunner().invoke(app, ["transcribe", str(inbox / "周会.wav"), "--meeting", str(other),
                                      "--model", "whisper-tiny.en", "--diarizer", "none", "--quiet"])
    assert result.exit_code == 3, result.output
    assert "other.meeting.toml" in result.output


def test_no_job_row_for_a_refused_recording(tmp_path, write_audio):
    inbox = _inbox(tmp_path, write_audio, WITHDRAWN)
    out = tmp_path / "drafts"
    process_inbox(inbox, out, BatchOptions(consent_confirmed_by="王五", inbox=InboxOptions(**SETTLED), **FAST_BATCH))
    with JobStore(out) as store:
        assert store.get("周会.wav") is None  # not even fingerprinted
