"""The follow-up section of a series' draft, and `minutes track` taking it into the sheet (issue 11 §2, §3)."""
from __future__ import annotations

import datetime as dt
from email import policy
from email.parser import BytesParser
from pathlib import Path

import docx
import icalendar
import openpyxl
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.render.digest import parse_week, weekly_digest
from pipeline.render.tracker import SHEET_TITLE, read_sheet, track

AFTER_SECOND = dt.date(2024, 8, 14)  # the day after the second meeting


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [" | ".join(c.text for c in row.cells) for row in table.rows]
    return "\n".join(parts)


def _sheet(path: Path) -> dict[str, dict]:
    ws = openpyxl.load_workbook(path)[SHEET_TITLE]
    rows = list(ws.iter_rows(values_only=True))
    return {r[rows[0].index("负责人")] + "/" + r[rows[0].index("会议日期")]: dict(zip(rows[0], r)) for r in rows[1:]}


def test_the_second_draft_opens_with_the_follow_up_of_the_first(series_drafts):
    out, minutes, _ = series_drafts("zh")
    text = _text(out / "b.docx")
    headings = [p.text for p in docx.Document(str(out / "b.docx")).paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["一、会议基本信息", "二、上次会议行动项跟进", "三、议程及讨论要点"]
    assert headings[-1].startswith("七、")  # the sections after it are renumbered
    assert "本系列此前会议（2024-08-06 8月新版本功能推广协调会）尚未完成的行动项" in text
    table = next(t for t in docx.Document(str(out / "b.docx")).tables if "本次会议进展" in t.rows[0].cells[-1].text)
    rows = {r.cells[3].text: [c.text for c in r.cells] for r in table.rows[1:]}
    assert rows["林晓"][5] == "已完成" and "海报初稿已经发了" in rows["林晓"][6]
    assert rows["王磊"][4].startswith("2024-08-20") and "原2024-08-15" in rows["王磊"][4] and rows["王磊"][5] == "延期"
    assert rows["吴婷"][6] == "本次会议未提及"
    comments = "\n".join(c.text for c in docx.Document(str(out / "b.docx")).comments)
    assert "王磊 00:00:" in comments and "请核实" in comments  # evidence quoted, the review note with it
    first = _text(out / "a.docx")
    assert "上次会议行动项跟进" not in first and "二、议程及讨论要点" in first  # the first meeting has none


def test_an_english_draft_has_the_follow_up_section(series_drafts):
    out, _, _ = series_drafts("en")
    text = _text(out / "b.docx")
    assert "2. Follow-up of previous actions" in text and "3. Agenda and discussion" in text
    assert "Bob Kim: The runbook slipped" in text and "(was 2025-10-24)" in text


def test_track_takes_the_spoken_updates_into_the_sheet_once(series_drafts):
    out, _, _ = series_drafts("zh")
    xlsx, ics = out / "actions.xlsx", out / "reminders.ics"
    report = track([out / "a.docx", out / "b.docx"], xlsx, ics, today=AFTER_SECOND)
    rows = _sheet(xlsx)
    assert report.meetings == 2 and report.followed_up == 3
    assert rows["林晓/2024-08-06"]["状态"] == "已完成" and "2024-08-13会议跟进：已完成" in rows["林晓/2024-08-06"]["提示"]
    video = rows["王磊/2024-08-06"]
    assert video["状态"] == "延期" and video["截止时间"].date() == dt.date(2024, 8, 20)
    assert "截止时间改为2024-08-20" in video["提示"]
    assert rows["陈浩/2024-08-06"]["状态"] == "已完成"
    quotes = rows["吴婷/2024-08-06"]  # due 2024-08-07, not done, nothing said: marked 延期 by date
    assert quotes["状态"] == "延期" and "自动标为延期" in quotes["提示"] and report.auto_delayed == 1
    assert rows["林晓/2024-08-13"]["状态"] == "未开始" and rows["林晓/2024-08-13"]["会议系列"] == "8月新版本推广"

    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    video_event = next(e for s, e in events.items() if "王磊" in s)
    assert video_event.decoded("dtstart") == dt.date(2024, 8, 20)  # the reminder moved with the date
    alarms = video_event.walk("VALARM")
    assert len(alarms) == 1 and alarms[0].decoded("trigger") == -dt.timedelta(hours=15)  # 09:00 the day before
    assert not any("林晓" in s and "初稿" in s for s in events)  # done: no reminder
    assert int(video_event["sequence"]) == (AFTER_SECOND - dt.date(2020, 1, 1)).days  # its row changed today

    # the team fills the delay columns of the video and, once filming resumed, sets it 进行中; a rerun keeps all
    wb = openpyxl.load_workbook(xlsx)
    ws = wb[SHEET_TITLE]
    header = [c.value for c in ws[1]]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, header.index("负责人") + 1).value == "王磊":
            ws.cell(r, header.index("延期原因") + 1, "客户现场支持占用售前")
            ws.cell(r, header.index("协调方案") + 1, "市场部先用截图版物料")
            ws.cell(r, header.index("状态") + 1, "进行中")
    wb.save(xlsx)
    again = track([out / "a.docx", out / "b.docx"], xlsx, ics, today=AFTER_SECOND + dt.timedelta(days=1))
    rows = _sheet(xlsx)
    assert rows["王磊/2024-08-06"]["延期原因"] == "客户现场支持占用售前"
    assert rows["王磊/2024-08-06"]["协调方案"] == "市场部先用截图版物料"
    assert rows["王磊/2024-08-06"]["状态"] == "进行中"  # the meeting's word was taken once; the team's stands
    assert again.followed_up == 0
    late = track([out / "a.docx", out / "b.docx"], xlsx, ics, today=dt.date(2024, 8, 21))
    assert _sheet(xlsx)["王磊/2024-08-06"]["状态"] == "延期" and late.auto_delayed == 1  # 08-20 passed, not done


def test_the_recorders_correction_of_a_follow_up_row_is_tracked(series_drafts):
    out, _, _ = series_drafts("zh")
    document = docx.Document(str(out / "b.docx"))
    table = next(t for t in document.tables if "本次会议进展" in t.rows[0].cells[-1].text)
    quotes = next(r for r in table.rows[1:] if r.cells[3].text == "吴婷")
    quotes.cells[5].paragraphs[0].runs[0].text = "已完成"  # the recorder knows the quotes were sent
    document.save(str(out / "b.docx"))
    track([out / "a.docx", out / "b.docx"], out / "actions.xlsx", today=AFTER_SECOND)
    assert _sheet(out / "actions.xlsx")["吴婷/2024-08-06"]["状态"] == "已完成"


def test_the_next_meeting_takes_its_open_items_from_the_sheet(series_drafts, series_extracted):
    import copy

    from pipeline.series import add_follow_up

    out, _, tb = series_drafts("zh")
    xlsx = out / "actions.xlsx"
    track([out / "a.docx", out / "b.docx"], xlsx, today=AFTER_SECOND)
    wb = openpyxl.load_workbook(xlsx)
    ws = wb[SHEET_TITLE]
    header = [c.value for c in ws[1]]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, header.index("负责人") + 1).value == "吴婷":
            ws.cell(r, header.index("状态") + 1, "已完成")  # closed by the team in the sheet
    wb.save(xlsx)
    third = copy.deepcopy(series_extracted("zh")[3])
    third.meeting.date = "2024-08-20"
    quiet = copy.deepcopy(tb)
    quiet.meeting, quiet.utterances = third.meeting, quiet.utterances[-1:]
    add_follow_up(third, quiet, out, out / "c.minutes.json", meeting_id="c")
    assert {(i.owner, i.meeting_date) for i in third.follow_up} == {("王磊", "2024-08-06"), ("林晓", "2024-08-13")}


def test_weekly_digest_for_a_chosen_week(series_drafts):
    out, _, _ = series_drafts("zh")
    xlsx = out / "actions.xlsx"
    track([out / "a.docx", out / "b.docx"], xlsx, today=AFTER_SECOND)
    week = parse_week("2024-W34")  # 19–25 August
    assert (week.monday, week.sunday) == (dt.date(2024, 8, 19), dt.date(2024, 8, 25))
    digest = {d.owner: d.items for d in weekly_digest(read_sheet(xlsx), week)}
    assert [r.task for r in digest["王磊"]["due"]]  # the video, moved to 8月20号
    assert [r.owner for r in digest["吴婷"]["overdue"]] == ["吴婷"]  # due 2024-08-07
    assert digest["林晓"]["due"][0].meeting_date == "2024-08-13"  # the second meeting's plan, due 08-23
    assert "陈浩" not in digest  # done

    from pipeline import records

    first = records.load_minutes(out / "a.minutes.json")  # the sidecar gave 王磊 an email
    next(a for a in first.meeting.attendees if a.name == "王磊").extra["email"] = "wanglei@example.com"
    records.save_json(first, out / "a.minutes.json")
    result = CliRunner().invoke(app, ["track", str(out), "-o", str(xlsx), "--digest", "--week", "2024-W34", "--mail"])
    assert result.exit_code == 0, result.output
    assert "actions.2024-W34.docx: week 2024-W34, 3 item(s) for 3 owner(s)" in result.output
    text = _text(out / "actions.2024-W34.docx")
    assert "行动项周报 2024-W34（8月19日—8月25日）" in text and "王磊（销售部）" in text and "已逾期" in text
    mail = BytesParser(policy=policy.default).parsebytes((out / "actions.2024-W34.mail" / "王磊.eml").read_bytes())
    assert mail["Subject"] == "行动项周报 2024-W34：王磊" and mail["X-Unsent"] == "1"
    assert mail["To"].addresses[0].addr_spec == "wanglei@example.com"
    assert "To" not in BytesParser(policy=policy.default).parsebytes(
        (out / "actions.2024-W34.mail" / "吴婷.eml").read_bytes())  # no address given: filled in when sent
    assert "本周到期" in mail.get_content() and "2024-08-20" in mail.get_content()


def test_an_english_digest_and_a_bad_week(series_drafts):
    out, _, _ = series_drafts("en")
    xlsx = out / "actions.xlsx"
    result = CliRunner().invoke(app, ["track", str(out), "-o", str(xlsx), "--digest", "--week", "2025-W44"])
    assert result.exit_code == 0, result.output
    text = _text(out / "actions.2025-W44.docx")
    assert "Action items: week 2025-W44" in text and "Bob Kim (DevOps)" in text and "Due this week" in text
    again = CliRunner().invoke(app, ["track", str(out), "-o", str(xlsx)])
    assert again.exit_code == 0 and "skipped" not in again.output  # the digest in the folder is no draft to mention
    bad = CliRunner().invoke(app, ["track", str(out), "-o", str(out / "other.xlsx"), "--digest", "--week", "44"])
    assert bad.exit_code != 0 and "E107" in bad.output and "2026-W49" in bad.output
    assert not (out / "other.xlsx").exists()  # refused before anything was written


def test_minutes_extract_on_its_own_follows_up_the_series_in_its_output_folder(series_drafts, tmp_path: Path):
    from pipeline import records

    out, _, _ = series_drafts("zh")
    for path in out.glob("b.*"):
        path.unlink()
    transcript = Path(__file__).resolve().parent.parent / "data" / "series" / "zh01_followup.transcript.json"
    result = CliRunner().invoke(app, ["extract", str(transcript), "-o", str(out / "b.minutes.json")])
    assert result.exit_code == 0, result.output
    minutes = records.load_minutes(out / "b.minutes.json")
    assert len(minutes.follow_up) == 4 and sum(i.update is not None for i in minutes.follow_up) == 3


def test_the_final_keeps_the_follow_up_and_is_what_the_next_meeting_and_track_read(series_drafts, series_extracted):
    import copy

    from pipeline.render.finalize import FinalizeOptions, finalize
    from pipeline.render.tracker import read_draft
    from pipeline.series import add_follow_up

    out, _, tb = series_drafts("zh")
    finalize(out / "b.docx", FinalizeOptions(reviewed_by="周凯", allow_gaps=True, pdf=False))
    final = out / "b.final.docx"
    text = _text(final)
    assert "二、上次会议行动项跟进" in text and "请核实" not in text  # the review notes went with the draft's aids
    assert sum(fu.updated for fu in read_draft(final).follow_ups) == 3
    report = track([out / "a.docx", final], out / "actions.xlsx", today=AFTER_SECOND)
    assert report.followed_up == 3
    third = copy.deepcopy(series_extracted("zh")[3])
    third.meeting.date = "2024-08-20"
    quiet = copy.deepcopy(tb)
    quiet.meeting, quiet.utterances = third.meeting, quiet.utterances[-1:]
    (out / "actions.xlsx").unlink()  # from the drafts: the final's follow-up table closes the poster
    add_follow_up(third, quiet, out, out / "c.minutes.json")
    assert "林晓" in {i.owner for i in third.follow_up} and not any("初稿" in i.task for i in third.follow_up)
