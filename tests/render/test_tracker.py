"""`track` round-trips a recorder's edits from the draft into the tracking sheet and reminders."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import icalendar
import openpyxl
import pytest

from pipeline.errors import DraftUnreadable
from pipeline.render.docx import render_docx
from pipeline.render.tracker import SHEET_TITLE, STATUSES, parse_due, track

TODAY = dt.date(2024, 8, 7)


def _sheet(path: Path) -> list[dict]:
    ws = openpyxl.load_workbook(path)[SHEET_TITLE]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def _edit_like_a_recorder(path: Path) -> None:
    """Change an owner, delete a row, add two rows (one with a free-form date, one unreadable)."""
    document = docx.Document(str(path))
    table = document.tables[1]
    table.rows[1].cells[2].paragraphs[0].runs[0].text = "周凯"  # owner of item 1 changed
    table._tbl.remove(table.rows[3]._tr)  # item 3 deleted
    for task, owner, due in (("更新代理商培训报名表", "吴婷", "2024/8/20"), ("确认直播彩排时间", "林晓", "下周找时间")):
        row = table.add_row()
        for i, value in enumerate(("", task, owner, "行政部", due, "", "")):
            row.cells[i].text = value
    document.save(str(path))


def test_track_round_trips_the_edited_draft_and_keeps_statuses(zh_meeting, tmp_path: Path):
    minutes, transcript = zh_meeting
    draft = render_docx(minutes, tmp_path / "zh01.docx", transcript)
    _edit_like_a_recorder(draft)
    xlsx, ics = tmp_path / "actions.xlsx", tmp_path / "reminders.ics"

    report = track([draft], xlsx, ics, today=TODAY)
    rows = _sheet(xlsx)
    items = minutes.action_items
    assert [r["任务"] for r in rows] == [items[0].task, items[1].task, items[3].task,
                                         "更新代理商培训报名表", "确认直播彩排时间"]
    assert rows[0]["负责人"] == "周凯"
    assert rows[0]["截止时间"].date() == dt.date.fromisoformat(items[0].due)
    assert rows[3]["截止时间"].date() == dt.date(2024, 8, 20)  # typed as 2024/8/20
    assert rows[4]["截止时间"] == "下周找时间" and "无法识别" in rows[4]["提示"]
    assert rows[0]["交付成果"] == items[0].deliverable and rows[0]["所需支持/备注"] is None  # placeholder -> empty
    assert all(r["状态"] == "未开始" and r["会议"] == minutes.meeting.title for r in rows)
    assert report.added == 5 and report.flagged and report.events == 4

    ws_book = openpyxl.load_workbook(xlsx)
    validations = ws_book[SHEET_TITLE].data_validations.dataValidation
    assert any(v.formula1 == '"' + ",".join(STATUSES) + '"' for v in validations)

    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 4  # the dated actions; the unreadable date gets no event
    assert {e.decoded("dtstart") for e in events} == {r["截止时间"].date() for r in rows[:4]}
    for event in events:
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        trigger = alarms[0].decoded("trigger")
        assert dt.timedelta(hours=-24) <= trigger < dt.timedelta(0)  # on the day before

    # the team sets a status and adds a row in the sheet; the recorder fixes the task wording
    wb = openpyxl.load_workbook(xlsx)
    ws = wb[SHEET_TITLE]
    header = [c.value for c in ws[1]]
    ws.cell(2, header.index("状态") + 1, "进行中")
    ws.cell(3, header.index("状态") + 1, "已完成")
    ws.cell(3, header.index("提示") + 1, "已交付，待验收")
    ws.append(["部门周会", "2024-08-08", None, "补充采购预算说明", "赵敏", "财务部", "2024-08-30",
               None, None, "未开始"])
    wb.save(xlsx)
    document = docx.Document(str(draft))
    document.tables[1].rows[1].cells[5].paragraphs[0].runs[0].text = "功能B推广海报终稿"
    document.save(str(draft))

    report = track([draft], xlsx, ics, today=TODAY + dt.timedelta(days=2))
    rows = _sheet(xlsx)
    by_task = {r["任务"]: r for r in rows}
    assert by_task[items[0].task]["状态"] == "进行中"
    assert by_task[items[0].task]["交付成果"] == "功能B推广海报终稿"
    assert by_task[items[0].task]["最后更新"].date() == TODAY + dt.timedelta(days=2)
    assert by_task[items[1].task]["状态"] == "已完成"
    assert by_task[items[1].task]["最后更新"].date() == TODAY  # unchanged row keeps its date
    assert by_task[items[1].task]["提示"] == "已交付，待验收"  # the team's note too
    assert rows[-1]["任务"] == "补充采购预算说明" and rows[-1]["负责人"] == "赵敏"  # their row, in place
    assert "无法识别" in by_task["确认直播彩排时间"]["提示"]
    assert len(rows) == 6 and report.kept_status == 2 and report.kept_manual == 1
    assert report.added == 0 and report.changed == 1
    events = list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert len(events) == 4  # one finished (no reminder), one added by the team with a date


def test_track_reads_english_drafts_and_merges_meetings(en_meeting, zh_meeting, tmp_path: Path):
    drafts = [render_docx(m, tmp_path / f"{name}.docx", t)
              for name, (m, t) in (("en01", en_meeting), ("zh01", zh_meeting))]
    xlsx = tmp_path / "actions.xlsx"
    report = track(drafts, xlsx, None, today=TODAY)
    rows = _sheet(xlsx)
    assert report.meetings == 2
    assert len(rows) == len(en_meeting[0].action_items) + len(zh_meeting[0].action_items)
    assert rows[0]["任务"] == en_meeting[0].action_items[0].task
    assert rows[0]["负责人"] == en_meeting[0].action_items[0].owner
    track([drafts[0]], xlsx, None, today=TODAY)  # one meeting again: the other's rows stay
    assert len(_sheet(xlsx)) == len(rows)

    ics = tmp_path / "reminders.ics"
    track(drafts, xlsx, ics, today=TODAY)
    descriptions = {str(e.get("summary")): str(e.get("description"))
                    for e in icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")}
    english = [d for s, d in descriptions.items() if s.startswith("Action due:")]
    chinese = [d for s, d in descriptions.items() if s.startswith("行动项到期")]
    assert english and all("Status: not started" in d for d in english)  # not 'Status: 未开始'
    assert chinese and all("状态：未开始" in d for d in chinese)


def test_a_file_without_an_action_table_is_refused(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("随手记")
    document.save(str(tmp_path / "notes.docx"))
    with pytest.raises(DraftUnreadable):
        track([tmp_path / "notes.docx"], tmp_path / "a.xlsx")
    assert not (tmp_path / "a.xlsx").exists()


@pytest.mark.parametrize("text,expected", [
    ("2024-08-15", "2024-08-15"), ("2024/8/15", "2024-08-15"), ("2024年8月15日", "2024-08-15"),
    ("8月15日前", "2024-08-15"), ("八月十五号", "2024-08-15"), ("8/15", "2024-08-15"),
    ("Aug 15", "2024-08-15"), ("October 17, 2025", "2025-10-17"), ("17/10/2025", "2025-10-17"),
    ("1月10日", "2025-01-10"), ("下周", None), ("", None),
    # typed relative to the meeting (Tue 2024-08-06), as said in it
    ("下周五", "2024-08-16"), ("本月底前", "2024-08-31"), ("三个工作日内", "2024-08-09"),
    ("next Friday", "2024-08-16"), ("by end of month", "2024-08-31"),
    ("下周找时间", None), ("next week", None), ("尽快", None), ("ASAP", None),
])
def test_free_form_due_dates(text, expected):
    parsed = parse_due(text, dt.date(2024, 8, 6))
    assert (parsed.isoformat() if parsed else None) == expected


def test_the_draft_the_recorder_edited_is_tracked_not_the_machine_draft_written_beside_it(zh_meeting, tmp_path: Path):
    """The batch writes x.v2.docx beside an edited x.docx (the sidecar changed); track reads the edit."""
    from pipeline.files import sha256_file
    from pipeline.jobs import JobStore

    minutes, transcript = zh_meeting
    draft = render_docx(minutes, tmp_path / "zh01.docx", transcript)
    with JobStore(tmp_path) as store:
        store.record_output("zh01.flac", draft, sha256_file(draft))
    _edit_like_a_recorder(draft)
    v2 = render_docx(minutes, tmp_path / "zh01.v2.docx", transcript)  # newer, as the machine wrote it
    with JobStore(tmp_path) as store:
        store.record_output("zh01.flac", v2, sha256_file(v2))

    report = track([draft, v2], tmp_path / "actions.xlsx", None, today=TODAY)
    assert report.superseded == [v2] and report.superseded_by == [draft]
    rows = _sheet(tmp_path / "actions.xlsx")
    assert rows[0]["负责人"] == "周凯" and rows[-1]["任务"] == "确认直播彩排时间"  # the recorder's edits

    _edit_like_a_recorder(v2)  # both edited: the newer one
    report = track([draft, v2], tmp_path / "actions.xlsx", None, today=TODAY)
    assert report.superseded == [draft] and report.superseded_by == [v2]


def test_the_teams_own_columns_and_sheets_survive_a_rerun(zh_meeting, tmp_path: Path):
    """A column the team inserted (项目), one appended (优先级) and a summary sheet are kept."""
    minutes, transcript = zh_meeting
    draft = render_docx(minutes, tmp_path / "zh01.docx", transcript)
    xlsx = tmp_path / "actions.xlsx"
    track([draft], xlsx, None, today=TODAY)
    wb = openpyxl.load_workbook(xlsx)
    ws = wb[SHEET_TITLE]
    ws.cell(1, ws.max_column + 1, "优先级")
    ws.cell(2, ws.max_column, "高")
    ws.insert_cols(3)
    ws.cell(1, 3, "项目")
    ws.cell(3, 3, "8月推广")
    status = [c.value for c in ws[1]].index("状态") + 1
    ws.cell(2, status, "进行中")
    summary = wb.create_sheet("统计")
    summary["A1"], summary["B1"] = "已完成", f'=COUNTIF({SHEET_TITLE}!J:J,"已完成")'
    wb.save(xlsx)

    report = track([draft], xlsx, None, today=TODAY)
    rows = _sheet(xlsx)
    assert report.kept_status == 1 and rows[0]["状态"] == "进行中"
    assert rows[0]["优先级"] == "高" and rows[1]["项目"] == "8月推广" and rows[0]["项目"] is None
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == [SHEET_TITLE, "统计"] and wb["统计"]["B1"].value.startswith("=COUNTIF(")


def test_words_lock_file_beside_an_open_draft_is_skipped(zh_meeting, tmp_path: Path):
    """`minutes track drafts/*.docx` while a draft is open in Word also matches Word's '~$…docx'."""
    minutes, transcript = zh_meeting
    draft = render_docx(minutes, tmp_path / "zh01.docx", transcript)
    owner = tmp_path / "~$zh01.docx"
    owner.write_bytes(b"\x05Recorder" + b"\x00" * 153)  # what Word writes: 162 bytes, no zip
    report = track([owner, draft], tmp_path / "actions.xlsx", None, today=TODAY)
    assert report.skipped == [owner] and report.meetings == 1
    assert len(_sheet(tmp_path / "actions.xlsx")) == len(minutes.action_items)
