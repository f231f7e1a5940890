"""Golden tests for the draft .docx: render real meetings, read the file back with python-docx."""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn

from pipeline import records
from pipeline.errors import TemplateUnreadable
from pipeline.render.docx import LABELS, RenderOptions, hhmmss, render_docx


def _info(document) -> dict[str, str]:
    """The basic-information table as {label: value text}."""
    return {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}


def _action_rows(document) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in document.tables[1].rows]


def _headings(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


@pytest.mark.parametrize("meeting_fixture", ["zh_meeting", "en_meeting"])
def test_draft_layout_matches_the_minutes(meeting_fixture, request, tmp_path: Path):
    minutes, transcript = request.getfixturevalue(meeting_fixture)
    minutes.action_items[0].owner = None  # the meeting did not say: a placeholder, never a guess
    minutes.action_items[-1].due = None
    L = LABELS[minutes.language]
    out = render_docx(minutes, tmp_path / "draft.docx", transcript)

    document = docx.Document(str(out))
    assert document.paragraphs[0].text == minutes.meeting.title + L["title_suffix"]
    headings = _headings(document)
    for key in ("sec_info", "sec_topics", "sec_decisions", "sec_actions", "sec_followup", "sec_cc"):
        assert L[key] in headings
    assert [h for h in headings if h in {L["sec_info"], L["sec_actions"]}] == [L["sec_info"], L["sec_actions"]]

    info = _info(document)
    meeting = minutes.meeting
    assert info[L["f_title"]] == meeting.title
    assert info[L["f_date"]] == meeting.date
    assert info[L["f_time"]] == f"{meeting.start}–{meeting.end}"
    assert info[L["f_host"]] == meeting.host and info[L["f_recorder"]] == meeting.recorder
    for a in meeting.attendees:
        assert a.name in info[L["f_attendees"]] and a.department in info[L["f_attendees"]]
    for a in meeting.absent:
        assert a.name in info[L["f_absent"]] and a.reason in info[L["f_absent"]]
    assert meeting.consent.by in info[L["f_consent"]]

    rows = _action_rows(document)
    assert rows[0] == [L[k] for k in ("h_no", "h_task", "h_owner", "h_department", "h_due",
                                       "h_deliverable", "h_support")]
    assert len(rows) == 1 + len(minutes.action_items)
    for n, (row, item) in enumerate(zip(rows[1:], minutes.action_items), 1):
        assert row[0] == str(n) and row[1] == item.task
        assert row[2] == (item.owner or L["placeholder"])
        assert row[3] == (item.department or L["placeholder"])
        assert row[4] == (item.due or L["placeholder"])
        assert row[5] == (item.deliverable or L["placeholder"])
        assert row[6] == (item.support or L["placeholder"])
    owner_run = document.tables[1].rows[1].cells[2].paragraphs[0].runs[0]
    assert owner_run.font.highlight_color == WD_COLOR_INDEX.YELLOW

    decisions = [p.text for p in document.paragraphs if any(d.text in p.text for d in minutes.decisions)]
    assert len(decisions) == len(minutes.decisions)

    # every decision, action row and the next meeting carries its evidence as a Word comment
    comments = list(document.comments)
    assert len(comments) == len(minutes.decisions) + len(minutes.action_items) + 1
    by_id = {u.id: u for u in transcript.utterances}
    for item in minutes.action_items:
        first = by_id[item.evidence[0]]
        speaker = transcript.speaker_name(first.speaker)
        assert any(speaker in c.text and hhmmss(first.start) in c.text and first.text[:20] in c.text
                   for c in comments), item.task
    assert all(c.author == "minutes" for c in comments)
    task_cell = document.tables[1].rows[1].cells[1]._tc
    assert task_cell.findall(".//" + qn("w:commentRangeStart"))
    assert task_cell.findall(".//" + qn("w:commentReference"))

    # East Asian fonts on the styles and the runs, so Chinese renders in Word, WPS and LibreOffice
    normal_fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert normal_fonts.get(qn("w:eastAsia")) == "宋体"
    heading_fonts = document.styles["Heading 1"].element.rPr.find(qn("w:rFonts"))
    assert heading_fonts.get(qn("w:eastAsia")) == "黑体"
    assert heading_fonts.get(qn("w:asciiTheme")) is None
    first_run = document.paragraphs[0].runs[0]._r.rPr.find(qn("w:rFonts"))
    assert first_run.get(qn("w:eastAsia"))

    cp = document.core_properties
    assert cp.identifier == "draft" and cp.title == meeting.title
    assert f"date={meeting.date}" in cp.keywords


def test_low_confidence_review_notes_and_batch_consent(zh_meeting, tmp_path: Path):
    minutes, transcript = zh_meeting
    minutes.decisions[0].confidence = 0.3
    minutes.review = [records.ReviewNote(where="action_items[1].owner", why="负责人由上下文推断，请核实"),
                      records.ReviewNote(where="speakers.S2", why="发言人 S2 的姓名由自我介绍推断")]
    minutes.meeting.consent.extra.update(confirmed_by="赵敏", confirmed_on="2024-08-07")
    transcript.audio = records.AudioInfo(file="x.m4a", sha256="ab" * 32)
    document = docx.Document(str(render_docx(minutes, tmp_path / "d.docx", transcript)))

    decision = next(p for p in document.paragraphs if minutes.decisions[0].text in p.text)
    text_run = next(r for r in decision.runs if r.text == minutes.decisions[0].text)
    assert text_run.font.highlight_color == WD_COLOR_INDEX.TURQUOISE
    assert any("置信度较低" in c.text for c in document.comments)
    note = next(p for p in document.paragraphs if "负责人由上下文推断" in p.text)
    assert note.text.startswith("行动项2 负责人")
    assert any(p.text.startswith("发言人 S2：") for p in document.paragraphs)
    owner_cell = document.tables[1].rows[2].cells[2]  # the cell the note is about: marked and commented
    assert owner_cell.paragraphs[0].runs[0].font.highlight_color == WD_COLOR_INDEX.TURQUOISE
    assert any(c.text == "负责人由上下文推断，请核实" for c in document.comments)
    consent = _info(document)["录音告知"]
    assert "赵敏" in consent and "2024-08-07" in consent
    assert document.core_properties.identifier == "ab" * 32


def test_without_transcript_comments_name_the_ids(en_meeting, tmp_path: Path):
    minutes, _ = en_meeting
    document = docx.Document(str(render_docx(minutes, tmp_path / "d.docx")))
    ids = {uid for item in minutes.action_items for uid in item.evidence}
    texts = "\n".join(c.text for c in document.comments)
    assert all(uid in texts for uid in ids)


def test_missing_values_are_placeholders(tmp_path: Path):
    minutes = records.Minutes(language="zh", meeting=records.Meeting(title="周例会"),
                              action_items=[records.ActionItem(task="整理会议室预订规则")])
    document = docx.Document(str(render_docx(minutes, tmp_path / "d.docx")))
    info = _info(document)
    for label in ("日期", "时间", "地点", "主持人", "记录人", "参会人员"):
        assert info[label] == "【待补充】", label
    assert _action_rows(document)[1][2:] == ["【待补充】"] * 5
    text = "\n".join(p.text for p in document.paragraphs)
    assert "下次会议：【待补充】" in text
    minutes.meeting.title = None
    untitled = docx.Document(str(render_docx(minutes, tmp_path / "u.docx")))
    assert untitled.paragraphs[0].text == "【待补充】 会议纪要（草稿，待审核）"
    assert untitled.paragraphs[0].runs[0].font.highlight_color == WD_COLOR_INDEX.YELLOW


def test_appendix_has_the_whole_transcript(zh_meeting, tmp_path: Path):
    minutes, transcript = zh_meeting
    out = render_docx(minutes, tmp_path / "d.docx", transcript, RenderOptions(appendix=True))
    document = docx.Document(str(out))
    paragraphs = [p.text for p in document.paragraphs]
    start = paragraphs.index(LABELS["zh"]["sec_appendix"])
    lines = paragraphs[start + 1:]
    assert len(lines) == len(transcript.utterances)
    u = transcript.utterances[0]
    assert lines[0] == f"[{hhmmss(u.start)}] {transcript.speaker_name(u.speaker)}：{u.text}"


def test_template_keeps_the_organisations_header_and_styles(zh_meeting, tmp_path: Path):
    template = docx.Document()
    template.sections[0].header.paragraphs[0].text = "某某集团有限公司 内部文件"
    template.add_paragraph("模板正文,应被清除")
    template.styles["Normal"].font.name = "Arial"
    template.save(str(tmp_path / "org.docx"))
    minutes, transcript = zh_meeting
    out = render_docx(minutes, tmp_path / "d.docx", transcript,
                      RenderOptions(template=tmp_path / "org.docx", now=dt.datetime(2024, 8, 6, 16, 0)))
    document = docx.Document(str(out))
    assert document.sections[0].header.paragraphs[0].text == "某某集团有限公司 内部文件"
    assert all("模板正文" not in p.text for p in document.paragraphs)
    assert document.styles["Normal"].font.name == "Arial"  # the organisation's choice stays
    runs = [r for p in document.paragraphs for r in p.runs]
    assert all(r.font.name is None for r in runs)  # ... and is not overridden run by run
    # python-docx's template resolves East Asian theme fonts for ja-JP: 宋体/黑体 are filled in
    defaults = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    assert defaults.get(qn("w:eastAsia")) == "宋体" and defaults.get(qn("w:eastAsiaTheme")) is None
    heading = document.styles["Heading 1"].element.rPr.find(qn("w:rFonts"))
    assert heading.get(qn("w:eastAsia")) == "黑体"
    assert len(document.tables) == 2


def test_bad_template_is_a_user_facing_error(zh_meeting, tmp_path: Path):
    bad = tmp_path / "org.docx"
    bad.write_text("not a docx")
    minutes, _ = zh_meeting
    with pytest.raises(TemplateUnreadable) as err:
        render_docx(minutes, tmp_path / "d.docx", options=RenderOptions(template=bad))
    assert "E550" in str(err.value)
    assert not (tmp_path / "d.docx").exists()


def test_template_without_our_styles_still_renders(en_meeting, tmp_path: Path):
    template = docx.Document()
    for name in ("Heading 1", "Heading 2", "Title", "List Bullet", "Table Grid"):
        element = template.styles[name].element
        element.getparent().remove(element)
    template.save(str(tmp_path / "bare.docx"))
    minutes, transcript = en_meeting
    minutes.topics[0].points = ["Scope is frozen for v4.2"]
    out = render_docx(minutes, tmp_path / "d.docx", transcript, RenderOptions(template=tmp_path / "bare.docx"))
    document = docx.Document(str(out))
    title = document.paragraphs[0]
    assert title.text.startswith(minutes.meeting.title) and title.runs[0].bold
    assert any(p.text == "• Scope is frozen for v4.2" for p in document.paragraphs)
    assert document.tables[1]._tbl.tblPr.find(qn("w:tblBorders")) is not None
    assert len(document.tables[1].rows) == 1 + len(minutes.action_items)


def test_a_word_template_dotx_is_accepted(zh_meeting, tmp_path: Path):
    template = docx.Document()
    template.sections[0].header.paragraphs[0].text = "某某集团 内部文件"
    template.save(str(tmp_path / "org.docx"))
    with zipfile.ZipFile(tmp_path / "org.docx") as src, zipfile.ZipFile(tmp_path / "org.dotx", "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(info, data)
    minutes, transcript = zh_meeting
    out = render_docx(minutes, tmp_path / "d.docx", transcript, RenderOptions(template=tmp_path / "org.dotx"))
    document = docx.Document(str(out))  # opens as a document, not a template
    assert document.sections[0].header.paragraphs[0].text == "某某集团 内部文件"


def test_a_chinese_template_keeps_its_theme_fonts(zh_meeting, tmp_path: Path):
    template = docx.Document()
    template.settings.element.find(qn("w:themeFontLang")).set(qn("w:eastAsia"), "zh-CN")  # e.g. 等线 by theme
    template.save(str(tmp_path / "org.docx"))
    minutes, transcript = zh_meeting
    out = render_docx(minutes, tmp_path / "d.docx", transcript, RenderOptions(template=tmp_path / "org.docx"))
    document = docx.Document(str(out))
    defaults = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    assert defaults.get(qn("w:eastAsiaTheme")) == "minorEastAsia" and defaults.get(qn("w:eastAsia")) is None


@pytest.mark.parametrize("meeting_fixture, weekday", [("zh_meeting", "（周"), ("en_meeting", " (")])
def test_the_next_meeting_shows_its_weekday(meeting_fixture, weekday, request, tmp_path: Path):
    minutes, _ = request.getfixturevalue(meeting_fixture)
    nm = minutes.next_meeting
    assert nm is not None and nm.date
    document = docx.Document(str(render_docx(minutes, tmp_path / "d.docx")))
    line = next(p.text for p in document.paragraphs if p.text.startswith(LABELS[minutes.language]["next_meeting"]))
    day = dt.date.fromisoformat(nm.date)
    expected = f"（周{'一二三四五六日'[day.weekday()]}）" if minutes.language == "zh" else f" ({day:%a})"
    assert nm.date + expected in line and weekday in expected


def test_a_chinese_draft_has_chinese_punctuation_and_quotes_stay_verbatim(zh_meeting, tmp_path: Path):
    """Review notes and decisions written with ASCII ',' and '(…)' read as Chinese in the draft;
    the words said, quoted in the comments, are left exactly as transcribed."""
    from pipeline.text.extract import REVIEW

    minutes, transcript = zh_meeting
    note = REVIEW["zh"]["speaker_inferred"].format(label="S2", name="王磊", how=REVIEW["zh"]["how"]["addressed by name"])
    minutes.review.append(records.ReviewNote(where="speakers.S2", why=note))
    minutes.decisions[0].text = "功能B先推,功能A放到9月(下个版本)"
    first = transcript.utterances[0]
    first.text = "好,我们开始(先说推广)。"
    minutes.decisions[0].evidence = [first.id]
    out = render_docx(minutes, tmp_path / "draft.docx", transcript)

    document = docx.Document(str(out))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "功能B先推，功能A放到9月（下个版本）" in body
    assert "推断，请核实" in body and "推断,请核实" not in body
    assert minutes.meeting.start in "\n".join(c.text for r in document.tables[0].rows for c in r.cells)  # 14:00 kept
    with zipfile.ZipFile(out) as z:
        comments = z.read("word/comments.xml").decode("utf-8")
    assert "「好,我们开始(先说推广)。」" in comments


@pytest.mark.parametrize("meeting_fixture", ["zh_meeting", "en_meeting"])
def test_roles_decision_makers_and_observers_in_the_information_table(meeting_fixture, request, tmp_path: Path):
    """Sidecar ``role = "decision-maker" | "observer"``: 决策人 above 参会人员, 列席人员 below it (observers
    are not listed as attendees); without roles the table is as before."""
    minutes, transcript = request.getfixturevalue(meeting_fixture)
    L = LABELS[minutes.language]
    plain = _info(docx.Document(str(render_docx(minutes, tmp_path / "plain.docx", transcript))))
    assert L["f_decision_makers"] not in plain and L["f_observers"] not in plain

    host, observer = minutes.meeting.attendees[0], minutes.meeting.attendees[-1]
    host.role, observer.role = "decision-maker", "observer"
    document = docx.Document(str(render_docx(minutes, tmp_path / "roles.docx", transcript)))
    info = _info(document)
    labels = list(info)
    assert labels.index(L["f_decision_makers"]) + 1 == labels.index(L["f_attendees"])
    assert labels.index(L["f_attendees"]) + 1 == labels.index(L["f_observers"])
    assert info[L["f_decision_makers"]] == f"{host.name}  {host.department}"
    assert observer.name in info[L["f_observers"]] and observer.name not in info[L["f_attendees"]]
    assert host.name in info[L["f_attendees"]]
