"""定稿 on real meetings: drafts extracted and rendered from ../shared/eval/dev transcripts, reviewed
here with python-docx as a recorder would in Word, then finalized."""
from __future__ import annotations

import datetime as dt
import email
import shutil
import subprocess
import zipfile
from email import policy
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from pipeline import records
from pipeline.errors import DraftHasGaps, DraftUnreadable, FinalRefused
from pipeline.render.docx import LABELS, render_docx
from pipeline.render.finalize import FinalizeOptions, finalize
from pipeline.text.extract import extract

ZH, EN = "zh01_cross_dept_promo", "en01_release_planning"
DAY = dt.date(2024, 8, 8)


@pytest.fixture(scope="module")
def extracted(eval_dev: Path) -> dict[str, tuple[records.Minutes, records.Transcript]]:
    """The project's own extraction of two dev meetings (once per module: it is the slow part)."""
    out = {}
    for case in (ZH, EN):
        transcript = records.load_transcript(eval_dev / f"{case}.transcript.json")
        out[case] = (extract(transcript), transcript)
    return out


def make_draft(extracted, case: str, folder: Path, meeting: records.Meeting | None = None) -> Path:
    """``folder/<case>.docx`` with ``<case>.minutes.json`` beside it, as `minutes process` leaves them."""
    minutes, transcript = extracted[case]
    minutes = records.Minutes.from_dict(minutes.to_dict())
    if meeting is not None:
        minutes.meeting = meeting
    records.save_json(minutes, folder / f"{case}.minutes.json")
    return render_docx(minutes, folder / f"{case}.docx", transcript)


def all_paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def fill_placeholders(path: Path, value: str = "无") -> int:
    """What the recorder does in Word: type over every 【待补充】/[to be completed] (the signature line's
    审核人 and 日期 are left to finalize); returns how many."""
    document = docx.Document(str(path))
    placeholders = [labels["placeholder"] for labels in LABELS.values()]
    filled = 0
    for p in all_paragraphs(document):
        if "审核人" in p.text or "Approved by" in p.text:
            continue
        for run in p.runs:
            for ph in placeholders:
                if ph in run.text:
                    run.text = run.text.replace(ph, value)
                    filled += 1
    document.save(str(path))
    return filled


def body_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_finalize_refuses_while_placeholders_remain_listing_each(extracted, tmp_path: Path):
    draft = make_draft(extracted, ZH, tmp_path)
    with pytest.raises(DraftHasGaps) as refused:
        finalize(draft, FinalizeOptions(reviewed_by="周凯"), today=DAY)
    gaps = refused.value.gaps
    # zh01: action 2 has no deliverable, no action says what support it needs
    assert "四、行动项 › 第2项 交付成果" in gaps
    assert sum("所需支持/备注" in g for g in gaps) == len(extracted[ZH][0].action_items)
    assert "【待补充】" in str(refused.value) and "--allow-gaps" in str(refused.value)
    assert refused.value.code == "E553"
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{ZH}.docx", f"{ZH}.minutes.json"]  # nothing written

    fill_placeholders(draft)
    with pytest.raises(DraftHasGaps) as refused:  # 审核人 is a gap too until it is given or typed
        finalize(draft, FinalizeOptions(), today=DAY)
    assert refused.value.gaps == ["签名行 › 审核人（或用 --reviewed-by 姓名）"]


def test_final_after_review_keeps_the_edits_without_comments_highlights_or_draft_marks(extracted, tmp_path: Path):
    draft = make_draft(extracted, ZH, tmp_path)
    document = docx.Document(str(draft))
    assert len(list(document.comments)) > 0 and "w:highlight" in body_xml(draft)  # the draft's review aids
    task_cell = document.tables[1].rows[1].cells[1]
    task_cell.paragraphs[0].runs[0].text = "完成功能B推广海报初稿并发送王磊审阅"  # the recorder's rewording
    document.save(str(draft))
    fill_placeholders(draft)

    report = finalize(draft, FinalizeOptions(reviewed_by="周凯"), today=DAY)
    assert report.final == tmp_path / f"{ZH}.final.docx" and report.gaps_left == []
    final = docx.Document(str(report.final))
    xml = body_xml(report.final)
    with zipfile.ZipFile(report.final) as z:
        assert not any("comments" in name for name in z.namelist())
    assert "commentReference" not in xml and "commentRangeStart" not in xml and list(final.comments) == []
    assert "w:highlight" not in xml
    text = "\n".join(p.text for p in all_paragraphs(final))
    assert final.paragraphs[0].text == "8月新版本功能推广协调会 会议纪要"
    assert "草稿" not in text and "请审核后定稿" not in text and "待确认事项" not in text
    assert "草稿" not in (final.core_properties.subject + final.core_properties.content_status)
    assert final.core_properties.content_status == "定稿"
    assert final.tables[1].rows[1].cells[1].text == "完成功能B推广海报初稿并发送王磊审阅"
    for decision in extracted[ZH][0].decisions:
        assert decision.text.rstrip("。") in text
    assert "记录人：吴婷" in text and "审核人：周凯" in text and "定稿日期：2024-08-08" in text
    assert "分管副总、市场部、研发部、销售部全体" in text  # 抄送 from the sidecar's cc
    assert "_mi_" in xml  # the action rows keep their ids: `minutes track` reads a final too

    again = finalize(draft, FinalizeOptions(reviewed_by="周凯", pdf=False), today=DAY)  # re-issued: ours, replaced
    assert again.final == report.final


def test_english_final_and_gaps_allowed(extracted, tmp_path: Path):
    draft = make_draft(extracted, EN, tmp_path)
    with pytest.raises(DraftHasGaps) as refused:
        finalize(draft, FinalizeOptions(reviewed_by="Dana Ortiz", pdf=False), today=DAY)
    assert any(g.startswith("4. Action items › item ") for g in refused.value.gaps)
    assert "[to be completed]" in str(refused.value)

    report = finalize(draft, FinalizeOptions(reviewed_by="Dana Ortiz", allow_gaps=True, pdf=False), today=DAY)
    assert report.gaps_left == refused.value.gaps
    final = docx.Document(str(report.final))
    text = "\n".join(p.text for p in all_paragraphs(final))
    assert "DRAFT" not in text and final.paragraphs[0].text.endswith("— Minutes")
    assert "[to be completed]" in text and "w:highlight" not in body_xml(report.final)  # kept, not marked
    assert "Approved by: Dana Ortiz" in text and "Date of issue: 2024-08-08" in text


def test_tracked_changes_are_accepted(extracted, tmp_path: Path):
    """A recorder reviewing with Track Changes on: insertions kept, deletions gone."""
    draft = make_draft(extracted, ZH, tmp_path)
    fill_placeholders(draft)
    document = docx.Document(str(draft))
    decision = next(p for p in document.paragraphs if p.text.startswith("1．"))
    run = decision.runs[-1]._r
    deleted, inserted = OxmlElement("w:del"), OxmlElement("w:ins")
    for el in (deleted, inserted):
        el.set(qn("w:id"), "901" if el is deleted else "902")
        el.set(qn("w:author"), "吴婷")
    old = OxmlElement("w:r")
    old_text = OxmlElement("w:delText")
    old_text.text = "（删去的旧说法）"
    old.append(old_text)
    deleted.append(old)
    new = OxmlElement("w:r")
    new_text = OxmlElement("w:t")
    new_text.text = "（经审核补充）"
    new.append(new_text)
    inserted.append(new)
    run.addnext(deleted)
    deleted.addnext(inserted)
    document.save(str(draft))

    report = finalize(draft, FinalizeOptions(reviewed_by="周凯", pdf=False), today=DAY)
    xml = body_xml(report.final)
    assert "w:ins " not in xml and "w:del " not in xml and "删去的旧说法" not in xml
    final = docx.Document(str(report.final))
    assert any(p.text.startswith("1．") and p.text.endswith("（经审核补充）") for p in final.paragraphs)


def test_mail_to_the_attendees_and_cc_with_the_final_attached(extracted, tmp_path: Path):
    minutes = extracted[ZH][0]
    meeting = records.Meeting.from_dict(minutes.meeting.to_dict())
    emails = {"周凯": "zhoukai@example.com", "林晓": "linxiao@example.com", "吴婷": "wuting@example.com"}
    for a in meeting.attendees:
        a.email = emails.get(a.name)
    meeting.cc = ["分管副总 <vp@example.com>", "市场部、研发部、销售部全体"]
    draft = make_draft(extracted, ZH, tmp_path, meeting)
    fill_placeholders(draft)

    report = finalize(draft, FinalizeOptions(reviewed_by="周凯", mail=True, pdf=False), today=DAY)
    assert report.eml == tmp_path / f"{ZH}.eml"
    msg = email.message_from_bytes(report.eml.read_bytes(), policy=policy.default)
    to = {a.addr_spec: a.display_name for a in msg["To"].addresses}
    assert to == {"zhoukai@example.com": "周凯", "linxiao@example.com": "林晓", "wuting@example.com": "吴婷"}
    assert [a.addr_spec for a in msg["Cc"].addresses] == ["vp@example.com"]
    assert msg["From"].addresses[0].addr_spec == "wuting@example.com"  # the recorder sends it
    assert msg["Subject"] == "【会议纪要】8月新版本功能推广协调会（2024-08-06）"
    assert msg["X-Unsent"] == "1"  # Outlook opens it ready to send; nothing was sent
    attachments = list(msg.iter_attachments())
    assert [a.get_filename() for a in attachments] == [f"{ZH}.final.docx"]
    assert attachments[0].get_content() == report.final.read_bytes()
    body = msg.get_body(("plain",)).get_content()
    assert "抄送：分管副总、市场部、研发部、销售部全体" in body and "林晓" in body
    assert set(report.not_addressed) == {"陈浩", "王磊", "市场部、研发部、销售部全体"}
    final_text = "\n".join(p.text for p in docx.Document(str(report.final)).paragraphs)
    assert "vp@example.com" not in final_text  # addresses are for the mail, not the minutes


def test_a_final_edited_by_hand_is_never_overwritten(extracted, tmp_path: Path):
    draft = make_draft(extracted, ZH, tmp_path)
    fill_placeholders(draft)
    report = finalize(draft, FinalizeOptions(reviewed_by="周凯", pdf=False), today=DAY)
    edited = docx.Document(str(report.final))
    edited.add_paragraph("（盖章）")
    edited.core_properties.last_modified_by = "吴婷"  # as Word records whoever saved it
    edited.save(str(report.final))
    before = report.final.read_bytes()
    with pytest.raises(FinalRefused) as refused:
        finalize(draft, FinalizeOptions(reviewed_by="周凯", pdf=False), today=DAY)
    assert refused.value.code == "E554" and refused.value.path == report.final
    assert report.final.read_bytes() == before
    with pytest.raises(FinalRefused):
        finalize(report.final, FinalizeOptions())  # a final is not finalized again


def test_a_word_file_that_is_no_draft_is_refused(tmp_path: Path):
    other = tmp_path / "会议通知.docx"
    document = docx.Document()
    document.add_paragraph("请各部门准时参会。")
    document.save(str(other))
    with pytest.raises(DraftUnreadable) as refused:
        finalize(other, FinalizeOptions(reviewed_by="周凯"))
    assert refused.value.path == other and "minutes process" in refused.value.fix
    assert sorted(p.name for p in tmp_path.iterdir()) == ["会议通知.docx"]


def test_without_libreoffice_the_docx_alone_with_a_clear_message(extracted, tmp_path: Path, monkeypatch):
    draft = make_draft(extracted, ZH, tmp_path)
    fill_placeholders(draft)
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    report = finalize(draft, FinalizeOptions(reviewed_by="周凯"), today=DAY)
    assert report.pdf is None and "LibreOffice is not installed" in report.pdf_note
    assert "libreoffice-writer-nogui" in report.pdf_note and report.final.is_file()
    assert not (tmp_path / f"{ZH}.final.pdf").exists()


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice (soffice) or pdftotext not installed: `make test` installs them as root "
                           "(libreoffice-writer-nogui, poppler-utils)")
def test_the_pdf_has_the_decisions_and_the_action_table(extracted, tmp_path: Path):
    draft = make_draft(extracted, ZH, tmp_path)
    fill_placeholders(draft)
    report = finalize(draft, FinalizeOptions(reviewed_by="周凯"), today=DAY)
    assert report.pdf == tmp_path / f"{ZH}.final.pdf", report.pdf_note
    text = subprocess.run(["pdftotext", "-layout", str(report.pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = "".join(text.split())
    minutes = extracted[ZH][0]
    for decision in minutes.decisions:
        assert "".join(decision.text.rstrip("。").split()) in flat
    for header in ("序号", "任务", "负责人", "部门", "截止时间", "交付成果"):
        assert header in flat
    for item in minutes.action_items:
        assert item.owner in flat and item.due in flat
    assert "审核人：周凯" in flat and "草稿" not in flat
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # its temporaries are gone


JFK_SIDECAR = """title = "Inaugural address"
date = 1961-01-20
language = "en"
cc = ["Press Office <press@example.gov>", "Cabinet"]

[consent]
confirmed = true
method = "announced before the meeting; all agreed"
by = "Evelyn Lincoln"

[[attendees]]
name = "John F. Kennedy"
email = "jfk@example.gov"
role = "decision-maker"

[[attendees]]
name = "Evelyn Lincoln"
role = "observer"
"""


@pytest.mark.slow
def test_process_never_touches_a_finalized_meeting(tmp_path: Path, shared_audio: Path, monkeypatch):
    """jfk.flac through the real batch; finalized (its sidecar found through the job store: roles in the
    final, the mail addressed from it); then a changed sidecar: the rerun leaves the meeting and says so."""
    from pipeline.batch import DONE, UNCHANGED, BatchOptions, process_inbox
    from pipeline.files import sha256_file
    from pipeline.inbox import InboxOptions
    from pipeline.jobs import JobStore

    inbox, out = tmp_path / "inbox", tmp_path / "drafts"
    inbox.mkdir()
    shutil.copy(shared_audio / "en" / "jfk.flac", inbox / "jfk.flac")
    (inbox / "jfk.meeting.toml").write_text(JFK_SIDECAR, encoding="utf-8")
    options = BatchOptions(inbox=InboxOptions(min_age_seconds=0, settle_seconds=0), diarizer="none")
    first = process_inbox(inbox, out, options)
    assert [r.outcome for r in first.recordings] == [DONE]

    monkeypatch.chdir(tmp_path)  # the draft named as a recorder types it, relative to where they are
    report = finalize(Path("drafts/jfk.docx"), FinalizeOptions(reviewed_by="Pierre Salinger", allow_gaps=True,
                                                               mail=True, pdf=False), today=DAY)
    assert report.meeting_from == inbox / "jfk.meeting.toml" and report.final == Path("drafts/jfk.final.docx")
    assert report.job_store.resolve() == (out / ".minutes-jobs.sqlite").resolve()
    info = {r.cells[0].text: r.cells[1].text for r in docx.Document(str(report.final)).tables[0].rows}
    assert info["Decision-makers"] == "John F. Kennedy" and info["Observers (in attendance)"] == "Evelyn Lincoln"
    msg = email.message_from_bytes(report.eml.read_bytes(), policy=policy.default)
    assert [a.addr_spec for a in msg["To"].addresses] == ["jfk@example.gov"]
    assert [a.addr_spec for a in msg["Cc"].addresses] == ["press@example.gov"]
    assert msg["Subject"] == "Minutes: Inaugural address (1961-01-20)"
    with JobStore(out) as store:
        job = store.get("jfk.flac")
        assert (job.final, job.finalized_on) == ("jfk.final.docx", "2024-08-08")
        assert store.written_sha256(out / "jfk.final.docx") == sha256_file(report.final)
        assert store.written_sha256(out / "jfk.eml") == sha256_file(report.eml)

    (inbox / "jfk.meeting.toml").write_text(JFK_SIDECAR.replace("Inaugural address", "Inauguration"), encoding="utf-8")
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if not p.name.startswith(".")}
    rerun = process_inbox(inbox, out, options)
    (jfk,) = rerun.recordings
    assert jfk.outcome == UNCHANGED and jfk.stages == [] and jfk.draft is None
    assert jfk.notes == ["finalized on 2024-08-08 (jfk.final.docx): left as it is, whatever changed in the "
                         "recording or its sidecar"]
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if not p.name.startswith(".")} == before


def test_the_finalize_command(extracted, tmp_path: Path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    draft = make_draft(extracted, ZH, tmp_path)
    runner = CliRunner()
    refused = runner.invoke(app, ["finalize", str(draft), "--reviewed-by", "周凯", "--no-pdf"])
    assert refused.exit_code == 2 and "[E553]" in refused.output
    assert "四、行动项 › 第2项 交付成果" in refused.output and "--allow-gaps" in refused.output
    fill_placeholders(draft)
    done = runner.invoke(app, ["finalize", str(draft), "--reviewed-by", "周凯", "--date", "2024-08-09",
                               "--no-pdf", "--mail"])
    assert done.exit_code == 0, done.output
    assert f"final written: {tmp_path / (ZH + '.final.docx')}" in done.output
    assert "not sent" in done.output and "no address for: 周凯, 林晓, 陈浩, 王磊, 吴婷" in done.output
    final_text = "\n".join(p.text for p in docx.Document(str(tmp_path / f"{ZH}.final.docx")).paragraphs)
    assert "定稿日期：2024-08-09" in final_text
    bad = runner.invoke(app, ["finalize", str(draft), "--date", "8/9"])
    assert bad.exit_code == 2 and "2024-08-15" in bad.output


def test_track_reads_the_final_over_the_draft(extracted, tmp_path: Path):
    from pipeline.render.tracker import track

    draft = make_draft(extracted, ZH, tmp_path)
    fill_placeholders(draft, "同上")
    report = finalize(draft, FinalizeOptions(reviewed_by="周凯", pdf=False), today=DAY)
    tracked = track([draft, report.final], tmp_path / "actions.xlsx")
    assert tracked.meetings == 1 and tracked.superseded == [draft] and tracked.superseded_by == [report.final]
    assert tracked.rows == len(extracted[ZH][0].action_items)


def test_cc_from_the_sidecar_read_anew_in_a_series_draft(extracted, tmp_path: Path):
    """The draft was made before the sidecar had a cc (a placeholder there); the sidecar given now fills
    it, though the series' follow-up section numbered 抄送 七 instead of 六."""
    minutes, transcript = extracted[ZH]
    minutes = records.Minutes.from_dict(minutes.to_dict())
    minutes.meeting.cc = []
    minutes.follow_up = [records.FollowUpItem(task="完成功能B推广海报初稿", meeting="7月推广周会",
                                              meeting_date="2024-07-30", owner="林晓", due="2024-08-02")]
    draft = render_docx(minutes, tmp_path / "w32.docx", transcript)
    headings = [p.text for p in docx.Document(str(draft)).paragraphs if p.style.name == "Heading 1"]
    assert "七、抄送" in headings
    fill_placeholders(draft)
    sidecar = tmp_path / "w32.meeting.toml"
    sidecar.write_text('title = "8月新版本功能推广协调会"\ncc = ["分管副总", "财务部"]\n'
                       '[consent]\nconfirmed = true\n', encoding="utf-8")
    document = docx.Document(str(draft))
    paragraphs = document.paragraphs
    cc_paragraph = paragraphs[[p.text for p in paragraphs].index("七、抄送") + 1]
    cc_paragraph.runs[0].text = "【待补充】"  # as rendered: the recorder left 抄送 to the sidecar
    document.save(str(draft))

    report = finalize(draft, FinalizeOptions(reviewed_by="周凯", pdf=False, sidecar=sidecar), today=DAY)
    text = [p.text for p in docx.Document(str(report.final)).paragraphs]
    assert text[text.index("七、抄送") + 1] == "分管副总、财务部" and report.meeting_from == sidecar


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) not installed")
def test_a_killed_conversion_leaves_nothing_for_long(extracted, tmp_path: Path):
    """LibreOffice's temporary folder from a finalize killed hours ago is removed; a fresh one is not."""
    import os
    import time

    draft = make_draft(extracted, ZH, tmp_path)
    fill_placeholders(draft)
    old, recent = tmp_path / ".minutes-pdf-old", tmp_path / ".minutes-pdf-recent"
    for folder in (old, recent):
        (folder / "profile").mkdir(parents=True)
    hours_ago = time.time() - 3 * 3600
    os.utime(old, (hours_ago, hours_ago))
    report = finalize(draft, FinalizeOptions(reviewed_by="周凯"), today=DAY)
    assert report.pdf is not None and not old.exists() and recent.is_dir()


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) not installed")
def test_a_draft_saved_by_libreoffice_is_finalized_too(extracted, tmp_path: Path):
    """The recorder reviewed in LibreOffice Writer: its .docx (comments, highlights and properties
    written its own way) finalizes like Word's."""
    draft = make_draft(extracted, ZH, tmp_path)
    fill_placeholders(draft)
    saved = tmp_path / "saved"
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(saved), str(draft)],
                   check=True, capture_output=True, timeout=180)
    resaved = saved / draft.name
    assert "w:highlight" in body_xml(resaved) and "commentReference" in body_xml(resaved)
    report = finalize(resaved, FinalizeOptions(reviewed_by="周凯", pdf=False), today=DAY)
    xml = body_xml(report.final)
    assert "w:highlight" not in xml and "commentReference" not in xml and "commentRangeStart" not in xml
    text = "\n".join(p.text for p in all_paragraphs(docx.Document(str(report.final))))
    assert "草稿" not in text and "审核人：周凯" in text and "分管副总" in text
