"""Nothing lost, nothing stale (issue 14 §4-6): a draft saved in Word while a run works on it,
a recording replaced by another of the same size and time, a workbook that is no tracking sheet."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pipeline.batch import DONE, Batch, BatchOptions, OutputLock, process_inbox
from pipeline.errors import MinutesError
from pipeline.files import sha256_file
from pipeline.inbox import InboxOptions
from pipeline.jobs import JobStore

SETTLED = dict(min_age_seconds=0, settle_seconds=0)  # InboxOptions: no wait for copies in progress
FAST_BATCH = dict(model="whisper-tiny.en", diarizer="none")  # BatchOptions: the cheapest real stages
SIDECAR = 'language = "en"\ntitle = "Weekly"\n[consent]\nconfirmed = true\nmethod = "口头同意"\nby = "李四"\n'


def _options(**kw) -> BatchOptions:
    return BatchOptions(inbox=InboxOptions(**SETTLED), **FAST_BATCH, **kw)


@pytest.fixture(scope="module")
def processed(tmp_path_factory, write_audio):
    root = tmp_path_factory.mktemp("lost")
    inbox, out = root / "inbox", root / "drafts"
    inbox.mkdir()
    write_audio("speech", inbox, "周会.wav")
    (inbox / "周会.meeting.toml").write_text(SIDECAR, encoding="utf-8")
    [rep] = process_inbox(inbox, out, _options()).recordings
    assert rep.outcome == DONE, rep
    return root


@pytest.fixture
def copy(processed, tmp_path):
    shutil.copytree(processed, tmp_path / "run", symlinks=True)
    return tmp_path / "run" / "inbox", tmp_path / "run" / "drafts"


def _save_in_word(draft: Path, words: str) -> None:
    """What Word does on Ctrl-S: the same document with the recorder's words, written in place."""
    import docx

    document = docx.Document(str(draft))
    document.add_paragraph(words)
    document.save(str(draft))


def _text(draft: Path) -> str:
    import docx

    return "\n".join(p.text for p in docx.Document(str(draft)).paragraphs)


@pytest.mark.slow
def test_a_draft_saved_in_word_while_the_run_renders_it_is_kept(copy):
    inbox, out = copy
    (inbox / "周会.meeting.toml").write_text(SIDECAR.replace("Weekly", "Weekly sync"), encoding="utf-8")
    draft = out / "周会.docx"

    def hook(stage: str, done: float, total: float) -> None:  # the recorder saves just as rendering starts
        if stage.endswith("· render") and done == 0:
            _save_in_word(draft, "the recorder's edit, saved in Word")

    batch = Batch(inbox, out, _options(), hook)
    with OutputLock(out), JobStore(out) as store:
        [rep] = batch.run_once(store).recordings
    assert rep.outcome == DONE and rep.stages == ["extract", "render"], rep
    assert "the recorder's edit, saved in Word" in _text(draft)  # not overwritten
    assert rep.draft == out / "周会.v2.docx" and "Weekly sync" in _text(rep.draft)
    assert any("周会.docx" in n and "周会.v2.docx" in n for n in rep.notes), rep.notes
    with JobStore(out) as store:
        assert store.get("周会.wav").draft == "周会.v2.docx"
        assert store.written_sha256(out / "周会.v2.docx") == sha256_file(out / "周会.v2.docx")
    [again] = process_inbox(inbox, out, _options()).recordings  # and the next run knows where the draft is
    assert again.outcome == "unchanged" and again.draft == out / "周会.v2.docx"


@pytest.mark.slow
def test_a_recording_replaced_by_another_of_the_same_size_and_time_is_transcribed_again(copy):
    import soundfile as sf

    inbox, out = copy
    audio = inbox / "周会.wav"
    st = audio.stat()
    samples, rate = sf.read(audio, dtype="int16")
    sf.write(audio, samples[::-1], rate, subtype="PCM_16")  # another recording, as many bytes
    os.utime(audio, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the time a copy tool keeps
    assert (audio.stat().st_size, audio.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)
    [rep] = process_inbox(inbox, out, _options()).recordings
    assert rep.outcome == DONE and rep.stages[0] == "transcribe", rep
    with JobStore(out) as store:
        assert store.get("周会.wav").audio_sha256 == sha256_file(audio)


def test_the_quick_fingerprint_sees_a_change_in_a_long_file(tmp_path):
    """Beyond 3 MiB it samples the start, the middle and the end: a re-export differs there."""
    from pipeline.files import quick_fingerprint

    path = tmp_path / "long.wav"
    data = bytearray(os.urandom(8 << 20))
    path.write_bytes(bytes(data))
    first = quick_fingerprint(path)
    for where in (0, len(data) // 2, len(data) - 1):
        changed = bytearray(data)
        changed[where] ^= 0xFF
        path.write_bytes(bytes(changed))
        assert quick_fingerprint(path) != first, where
    path.write_bytes(bytes(data))
    assert quick_fingerprint(path) == first


def _budget(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "预算"
    ws.append(["项目", "金额", "负责人"])
    ws.append(["推广物料", 12000, "林晓"])
    ws.append(["合计", "=SUM(B2:B2)", None])
    wb.save(path)
    return path


def test_track_refuses_a_workbook_that_is_not_a_tracking_sheet(tmp_path, make_draft):
    from pipeline.render.tracker import track

    draft = make_draft(tmp_path / "周会.docx")
    budget = _budget(tmp_path / "budget.xlsx")
    before = budget.read_bytes()
    with pytest.raises(MinutesError) as caught:
        track([draft], budget)
    message = str(caught.value)
    assert message.startswith("[E555]") and str(budget) in message, message
    assert "预算" in message and "fix:" in message and "-o" in message
    assert budget.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["budget.xlsx", "周会.docx"]


def test_track_still_merges_into_its_own_sheet_renamed_by_the_team(tmp_path, make_draft):
    import openpyxl

    from pipeline.render.tracker import track

    draft = make_draft(tmp_path / "周会.docx")
    sheet = tmp_path / "actions.xlsx"
    first = track([draft], sheet)
    wb = openpyxl.load_workbook(sheet)
    wb.active.title = "八月行动项"  # the team renamed the tab; the columns are the tracker's
    wb.save(sheet)
    again = track([draft], sheet)
    assert again.rows == first.rows and again.added == 0
