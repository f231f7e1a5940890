"""Inbox discovery, sidecar pairing, the consent gate and the copy check, on real recordings."""
from __future__ import annotations

import builtins
import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from pipeline.inbox import BAD_SIDECAR, NEEDS_CONSENT, READY, STILL_COPYING, InboxOptions, find_recordings, scan

CONSENT = '[consent]\nconfirmed = true\nmethod = "会前口头告知,全体同意"\nby = "李四"\n'
SETTLED = InboxOptions(min_age_seconds=0, settle_seconds=0)


def _copy_old(src: Path, dst: Path) -> Path:
    """Copy a recording and date it an hour back, as a file that finished copying long ago."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    old = time.time() - 3600
    os.utime(dst, (old, old))
    return dst


@pytest.fixture
def inbox(tmp_path: Path, shared_audio: Path) -> Path:
    inbox = tmp_path / "inbox"
    _copy_old(shared_audio / "en" / "jfk.flac", inbox / "jfk.flac")
    (inbox / "jfk.meeting.toml").write_text('title = "Inaugural"\nlanguage = "en"\n' + CONSENT, encoding="utf-8")
    _copy_old(shared_audio / "zh" / "funasr_example.flac", inbox / "团队" / "周会 2024-08-12.flac")
    (inbox / "团队" / "meeting.toml").write_text('title = "周会"\n' + CONSENT, encoding="utf-8")
    _copy_old(shared_audio / "zh" / "aishell_BAC009S0724W0121.flac", inbox / "no_consent.flac")
    return inbox


def test_finds_recordings_in_subfolders_and_skips_voice_clips(tmp_path: Path, shared_audio: Path):
    synth = shared_audio / "synth"
    found = [p.relative_to(synth).as_posix() for p in find_recordings(synth)]
    assert found == ["en01_release_planning.flac", "zh01_cross_dept_promo.flac",
                     "zh03_milestone_slip.flac", "zh05_customer_complaint.flac"]


def test_pairs_own_and_folder_sidecars(inbox: Path):
    recs = {r.key: r for r in scan(inbox, SETTLED)}
    assert set(recs) == {"jfk.flac", "团队/周会 2024-08-12.flac", "no_consent.flac"}
    assert recs["jfk.flac"].status == READY and recs["jfk.flac"].sidecar.meeting.title == "Inaugural"
    team = recs["团队/周会 2024-08-12.flac"]
    assert team.status == READY and team.sidecar.meeting.title == "周会"
    assert team.sidecar.meeting.date == "2024-08-12" and team.sidecar.date_from == "filename"
    assert team.out_stem == "团队/周会 2024-08-12"


def test_no_consent_is_listed_with_the_fix_and_never_opened(inbox: Path, monkeypatch):
    target = inbox / "no_consent.flac"
    before = (target.read_bytes(), target.stat().st_mtime_ns)
    opened = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file, *a, **k):
        opened.append(str(file))
        return real_open(file, *a, **k)

    def spy_os_open(path, *a, **k):
        opened.append(str(path))
        return real_os_open(path, *a, **k)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    recs = {r.key: r for r in scan(inbox, SETTLED)}
    monkeypatch.undo()
    rec = recs["no_consent.flac"]
    assert rec.status == NEEDS_CONSENT
    assert "[consent]" in rec.fix and "confirmed = true" in rec.fix and "--consent-confirmed-by" in rec.fix
    assert "no_consent.meeting.toml" in rec.fix
    assert not any(p.endswith("no_consent.flac") for p in opened)
    assert (target.read_bytes(), target.stat().st_mtime_ns) == before


def test_sidecar_without_consent_needs_consent(inbox: Path):
    (inbox / "no_consent.meeting.toml").write_text('title = "x"\n[consent]\nconfirmd = true\n', encoding="utf-8")
    rec = {r.key: r for r in scan(inbox, SETTLED)}["no_consent.flac"]
    assert rec.status == NEEDS_CONSENT and "confirmed = true" in rec.fix
    assert any("confirmd" in w for w in rec.warnings)  # the typo is pointed out


def test_batch_confirmation_goes_on_the_record(inbox: Path):
    options = InboxOptions(consent_confirmed_by="王五", today="2026-11-23", min_age_seconds=0, settle_seconds=0)
    rec = {r.key: r for r in scan(inbox, options)}["no_consent.flac"]
    assert rec.status == READY
    consent = rec.sidecar.meeting.consent
    assert consent.confirmed and consent.extra == {"confirmed_by": "王五", "confirmed_on": "2026-11-23"}


def test_a_copy_finished_just_now_is_taken_once_it_has_settled(inbox: Path, shared_audio: Path):
    """A recorder who copies the files in and runs the command at once gets them in this run."""
    (inbox / "arriving.flac").write_bytes((shared_audio / "en" / "jfk.flac").read_bytes())
    (inbox / "arriving.meeting.toml").write_text(CONSENT, encoding="utf-8")
    t0 = time.monotonic()
    recs = {r.key: r for r in scan(inbox, InboxOptions(min_age_seconds=1.5, settle_seconds=0.2))}
    assert recs["arriving.flac"].status != STILL_COPYING
    assert time.monotonic() - t0 >= 1.0  # it waited for the file to be left alone


def test_a_file_written_to_while_the_scan_waits_is_still_copying(inbox: Path, shared_audio: Path):
    data = (shared_audio / "en" / "jfk.flac").read_bytes()
    target = inbox / "arriving.flac"
    target.write_bytes(data[: len(data) // 3])
    (inbox / "arriving.meeting.toml").write_text(CONSENT, encoding="utf-8")
    more = threading.Timer(0.5, lambda: target.write_bytes(data[: len(data) // 2]))
    more.start()
    try:
        recs = {r.key: r for r in scan(inbox, InboxOptions(min_age_seconds=1.5, settle_seconds=0.2))}
    finally:
        more.join()
    assert recs["arriving.flac"].status == STILL_COPYING
    assert "next run" in recs["arriving.flac"].reason


def test_a_growing_file_with_an_old_mtime_is_still_copying(inbox: Path, shared_audio: Path):
    """Copy tools that restore the original mtime first: the size still grows."""
    data = (shared_audio / "en" / "jfk.flac").read_bytes()
    target = inbox / "restored.flac"
    target.write_bytes(data[:10000])
    (inbox / "restored.meeting.toml").write_text(CONSENT, encoding="utf-8")
    stop = threading.Event()

    def keep_copying():
        with open(target, "ab") as f:
            for i in range(10000, len(data), 20000):
                if stop.is_set():
                    return
                f.write(data[i:i + 20000])
                f.flush()
                old = time.time() - 3600
                os.utime(target, (old, old))
                time.sleep(0.05)

    writer = threading.Thread(target=keep_copying)
    writer.start()
    try:
        recs = {r.key: r for r in scan(inbox, InboxOptions(min_age_seconds=0, settle_seconds=0.3))}
    finally:
        stop.set()
        writer.join()
    assert recs["restored.flac"].status == STILL_COPYING


def test_bad_sidecar_names_the_line(inbox: Path):
    (inbox / "no_consent.meeting.toml").write_text('title = 周会\n' + CONSENT, encoding="utf-8")
    rec = {r.key: r for r in scan(inbox, SETTLED)}["no_consent.flac"]
    assert rec.status == BAD_SIDECAR and "line 1" in rec.reason


def test_voice_clip_outside_the_inbox_is_refused(inbox: Path):
    (inbox / "no_consent.meeting.toml").write_text(
        CONSENT + '[[attendees]]\nname = "张三"\nvoice = "../../etc/passwd"\n', encoding="utf-8")
    rec = {r.key: r for r in scan(inbox, SETTLED)}["no_consent.flac"]
    assert rec.status == BAD_SIDECAR and "outside" in rec.reason


def test_output_folder_inside_the_inbox_is_not_searched(inbox: Path, shared_audio: Path):
    _copy_old(shared_audio / "en" / "jfk.flac", inbox / "drafts" / "jfk.flac")
    keys = [r.key for r in scan(inbox, InboxOptions(min_age_seconds=0, settle_seconds=0, skip=(inbox / "drafts",)))]
    assert "drafts/jfk.flac" not in keys and "jfk.flac" in keys


def test_the_sample_inbox_holds_a_mandarin_and_an_english_meeting_with_their_voices():
    samples = Path(__file__).resolve().parent.parent / "samples" / "inbox"
    recs = {r.key: r for r in scan(samples, SETTLED)}
    assert set(recs) == {"zh01_cross_dept_promo.flac", "en01_release_planning.flac"}
    for rec in recs.values():
        assert rec.ready and rec.sidecar.consent_confirmed and not rec.warnings
        assert len(rec.sidecar.voices) >= 4 and all(v.path.is_file() for v in rec.sidecar.voices)
    assert {r.sidecar.language for r in recs.values()} == {"zh", "en"}


def test_voice_clips_a_sidecar_does_not_name_are_not_meetings(tmp_path: Path, shared_audio: Path):
    """A recorder's voices/ folder: clips whose attendee lost its voice line, and clips for a meeting
    whose sidecar is misnamed, are enrollment clips, not recordings needing consent."""
    synth = shared_audio / "synth"
    inbox = tmp_path / "inbox"
    for folder in ("zh03_milestone_slip", "en01_release_planning"):
        shutil.copytree(synth / "voices" / folder, inbox / "voices" / folder)
    _copy_old(synth / "zh03_milestone_slip.flac", inbox / "zh03.flac")
    (inbox / "zh03.meeting.toml").write_text(  # only 高翔's clip named: 罗琳, 谢鹏, … are not
        CONSENT + '[[attendees]]\nname = "高翔"\nvoice = "voices/zh03_milestone_slip/高翔.flac"\n'
        '[[attendees]]\nname = "罗琳"\n', encoding="utf-8")
    _copy_old(synth / "voices" / "zh01_cross_dept_promo" / "林晓.flac", inbox / "clips" / "林晓.flac")
    _copy_old(synth / "voices" / "zh01_cross_dept_promo" / "周凯.flac", inbox / "clips" / "周凯.flac")
    (inbox / "clips" / "周凯.meeting.toml").write_text(CONSENT, encoding="utf-8")  # a sidecar: a meeting
    (inbox / "zh01.meeting.toml").write_text(
        CONSENT + '[[attendees]]\nname = "林晓"\nvoice = "clips/林晓.flac"\n', encoding="utf-8")

    found = [p.relative_to(inbox).as_posix() for p in find_recordings(inbox)]
    assert found == ["clips/周凯.flac", "zh03.flac"]


def test_a_misnamed_sidecar_is_named_in_the_fix(inbox: Path):
    (inbox / "no_consent.toml").write_text('title = "房地产"\n' + CONSENT, encoding="utf-8")
    rec = {r.key: r for r in scan(inbox, SETTLED)}["no_consent.flac"]
    assert rec.status == NEEDS_CONSENT
    assert "no_consent.toml" in rec.reason and "misnamed" in rec.reason
    assert rec.fix.startswith("rename no_consent.toml to no_consent.meeting.toml")
    (inbox / "no_consent.toml").rename(inbox / "no_consent.meeting.toml.txt")  # as a Windows editor saves it
    rec = {r.key: r for r in scan(inbox, SETTLED)}["no_consent.flac"]
    assert rec.fix.startswith("rename no_consent.meeting.toml.txt to no_consent.meeting.toml")


def test_the_consent_lines_to_add_are_in_the_meetings_language(inbox: Path):
    """The example `method` is printed in the draft: an English meeting gets an English one."""
    (inbox / "no_consent.meeting.toml").write_text('title = "Q3 review"\nlanguage = "en"\n', encoding="utf-8")
    rec = {r.key: r for r in scan(inbox, SETTLED)}["no_consent.flac"]
    assert rec.status == NEEDS_CONSENT and 'method    = "announced before the meeting; all agreed"' in rec.fix
    (inbox / "no_consent.meeting.toml").write_text('title = "周会"\n', encoding="utf-8")
    rec = {r.key: r for r in scan(inbox, SETTLED)}["no_consent.flac"]
    assert "会前口头告知录音用途，全体参会人同意" in rec.fix
