"""Render a minutes record into the draft .docx a recorder reviews in Word.

The layout follows the standard formal minutes (会议纪要): title, basic
information table, agenda and discussion, decisions, action-item table,
follow-up, cc, signature line; in the meeting's language (Chinese or English).

Review aids, never guesses:
- a value the meeting did not give is a yellow-highlighted placeholder
  (``【待补充】`` / ``[to be completed]``);
- an item extracted with low confidence is highlighted in turquoise;
- every extracted item carries a Word comment quoting its evidence (speaker,
  hh:mm:ss, the words said) looked up from the transcript;
- the extractor's review notes are listed under the follow-up section.

The meeting's identity goes into the core properties (``identifier``, ``title``,
``keywords``) and every action row holds a hidden bookmark ``_mi_<key>``, so
:mod:`pipeline.render.tracker` can merge the recorder's edited drafts by meeting
and by item.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from pipeline import records
from pipeline.errors import TemplateUnreadable
from pipeline.files import ANY, atomic_write, zip_hazard

#: bookmark prefix marking an action row with its stable item key (hidden in Word: starts with "_")
ITEM_BOOKMARK_PREFIX = "_mi_"
#: keywords core property prefix carrying the meeting date and language
KEYWORDS_TAG = "minutes-draft"

PLACEHOLDER_HIGHLIGHT = WD_COLOR_INDEX.YELLOW
LOW_CONFIDENCE_HIGHLIGHT = WD_COLOR_INDEX.TURQUOISE


@dataclass
class RenderOptions:
    """How to render a draft. Defaults live here and nowhere else."""

    appendix: bool = False  # add the full speaker-attributed transcript at the end
    template: Path | None = None  # an organisation's .docx: its styles, header, footer and logo
    language: str | None = None  # "zh" | "en"; default: the minutes' language
    meeting_id: str | None = None  # default: audio sha256 from the transcript, else the output stem
    low_confidence: float = 0.6  # items below this are highlighted for review
    comment_author: str = "minutes"
    comment_initials: str = "M"
    quote_chars: int = 240  # longest quotation of one utterance in a comment
    now: dt.datetime | None = None  # timestamp for core properties (tests pin it)


# --- the words of the layout, per language ------------------------------------

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "title_suffix": " 会议纪要（草稿，待审核）",
        "notice": "本稿由会议录音自动生成，请审核后定稿。黄色底纹为待补充内容，"
                  "蓝色底纹为置信度较低、需核实的内容；批注中为对应的原话与时间。",
        "placeholder": "【待补充】",
        "sec_info": "一、会议基本信息",
        "sec_topics": "二、议程及讨论要点",
        "sec_decisions": "三、决策结论",
        "sec_actions": "四、行动项",
        "sec_followup": "五、后续安排",
        "sec_cc": "六、抄送",
        "sec_appendix": "附录：会议录音转写全文",
        "f_title": "会议名称", "f_date": "日期", "f_time": "时间", "f_location": "地点",
        "f_host": "主持人", "f_recorder": "记录人", "f_attendees": "参会人员",
        "f_absent": "缺席人员及原因", "f_consent": "录音告知",
        "f_decision_makers": "决策人", "f_observers": "列席人员",
        "consent_by": "告知人", "consent_batch": "批量处理确认", "consent_none": "未记录录音同意",
        "viewpoints": "各方观点", "key_data": "关键数据", "controversies": "核心争议点",
        "no_topics": "（未提取到讨论要点，请根据录音补充）",
        "no_decisions": "（未提取到明确决策，请核实）",
        "no_actions": "（未提取到行动项，请核实）",
        "h_no": "序号", "h_task": "任务", "h_owner": "负责人", "h_department": "部门",
        "h_due": "截止时间", "h_deliverable": "交付成果", "h_support": "所需支持/备注",
        "next_meeting": "下次会议", "open_items": "待确认事项",
        "no_open_items": "无",
        "signature": "记录人：{recorder}      审核人：{placeholder}      日期：{placeholder}",
        "evidence": "依据", "said": "原话", "low_confidence": "置信度较低（{c:.2f}），请核实。",
        "due_said": "截止时间原话", "unknown_speaker": "未知发言人",
        "sep": "、", "colon": "：", "lparen": "（", "rparen": "）",
        "where_action": "行动项{n}", "where_decision": "决策{n}", "where_topic": "议题{n}",
        "where_next": "下次会议", "where_meeting": "会议信息", "where_speaker": "发言人 {label}",
        "where_follow_up": "跟进事项{n}",
    },
    "en": {
        "title_suffix": " — Minutes (DRAFT, for review)",
        "notice": "Generated from the meeting recording; review before release. Yellow marks "
                  "values to be completed, blue marks low-confidence items to check; comments "
                  "quote the words said and when.",
        "placeholder": "[to be completed]",
        "sec_info": "1. Meeting information",
        "sec_topics": "2. Agenda and discussion",
        "sec_decisions": "3. Decisions",
        "sec_actions": "4. Action items",
        "sec_followup": "5. Follow-up",
        "sec_cc": "6. Distribution (cc)",
        "sec_appendix": "Appendix: full transcript",
        "f_title": "Meeting", "f_date": "Date", "f_time": "Time", "f_location": "Location",
        "f_host": "Chair", "f_recorder": "Minutes taker", "f_attendees": "Attendees",
        "f_absent": "Absent (reason)", "f_consent": "Recording consent",
        "f_decision_makers": "Decision-makers", "f_observers": "Observers (in attendance)",
        "consent_by": "by", "consent_batch": "confirmed for the batch by", "consent_none": "no consent recorded",
        "viewpoints": "Views", "key_data": "Key figures", "controversies": "Points of disagreement",
        "no_topics": "(no discussion points extracted; complete from the recording)",
        "no_decisions": "(no decisions extracted; please check)",
        "no_actions": "(no action items extracted; please check)",
        "h_no": "No.", "h_task": "Task", "h_owner": "Owner", "h_department": "Department",
        "h_due": "Due", "h_deliverable": "Deliverable", "h_support": "Support / notes",
        "next_meeting": "Next meeting", "open_items": "Open items",
        "no_open_items": "none",
        "signature": "Minutes taker: {recorder}    Approved by: {placeholder}    Date: {placeholder}",
        "evidence": "Evidence", "said": "said", "low_confidence": "Low confidence ({c:.2f}); please check.",
        "due_said": "Deadline as said", "unknown_speaker": "unknown speaker",
        "sep": ", ", "colon": ": ", "lparen": " (", "rparen": ")",
        "where_action": "Action {n}", "where_decision": "Decision {n}", "where_topic": "Topic {n}",
        "where_next": "Next meeting", "where_meeting": "Meeting information", "where_speaker": "Speaker {label}",
        "where_follow_up": "Follow-up {n}",
    },
}

#: fonts per language: (Latin body, East Asian body, Latin heading, East Asian heading)
FONTS: dict[str, tuple[str, str, str, str]] = {
    "zh": ("Times New Roman", "宋体", "Times New Roman", "黑体"),
    "en": ("Calibri", "宋体", "Calibri", "黑体"),
}

#: action table columns: (label key, minutes field); widths per language in cm sum to the A4 text width
ACTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("h_no", "no"),
    ("h_task", "task"),
    ("h_owner", "owner"),
    ("h_department", "department"),
    ("h_due", "due"),
    ("h_deliverable", "deliverable"),
    ("h_support", "support"),
)
#: wide enough for 【待补充】 and a date on one line at 9.5 pt
ACTION_WIDTHS_CM: dict[str, tuple[float, ...]] = {
    "zh": (1.2, 3.8, 2.1, 2.1, 2.5, 2.6, 2.7),
    "en": (1.0, 3.9, 2.2, 2.6, 2.3, 2.5, 2.5),
}

TEXT_WIDTH_CM = 17.0  # A4 with 2 cm side margins


def render_docx(minutes: records.Minutes, out_path: Path,
                transcript: records.Transcript | None = None,
                options: RenderOptions | None = None, expect_sha256: str | None | object = ANY) -> Path:
    """Write the draft minutes for ``minutes`` to ``out_path`` (atomically) and return the path.

    ``transcript`` (optional) supplies the words and timestamps quoted in the
    evidence comments and the appendix; without it comments list the utterance ids.
    ``expect_sha256``: see :func:`pipeline.files.atomic_write` (raises TargetChanged).
    """
    options = options or RenderOptions()
    doc = build_document(minutes, transcript, options, Path(out_path).stem)
    return atomic_write(Path(out_path), lambda tmp: tmp.write_bytes(document_bytes(doc)),
                        expect_sha256=expect_sha256)


def document_bytes(doc: DocxDocument) -> bytes:
    """The .docx file's bytes, made in memory: a full disk then fails one plain write, and no
    half-closed zip file is left to complain on stderr ("Exception ignored in ZipFile.__del__")."""
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def build_document(minutes: records.Minutes, transcript: records.Transcript | None,
                   options: RenderOptions, fallback_id: str = "meeting") -> DocxDocument:
    """Build the python-docx Document (not saved); :func:`render_docx` is the usual entry."""
    lang = (options.language or minutes.language or "zh").lower()
    lang = "zh" if lang.startswith("zh") else "en" if lang.startswith("en") else "zh"
    return _Renderer(minutes, transcript, options, lang, fallback_id).build()


def meeting_id_for(minutes: records.Minutes, transcript: records.Transcript | None,
                   fallback: str) -> str:
    """The stable id of a meeting: audio sha256 when known, else the file stem."""
    if transcript is not None and transcript.audio is not None and transcript.audio.sha256:
        return transcript.audio.sha256
    audio = minutes.extra.get("audio")
    if isinstance(audio, dict) and audio.get("sha256"):
        return str(audio["sha256"])
    stem = fallback
    for suffix in (".minutes", ".transcript", ".v2"):
        stem = stem.removesuffix(suffix)
    return stem


def item_key(item: records.ActionItem, index: int) -> str:
    """A short stable key for an action item: from its evidence ids (stable across reruns)."""
    basis = ",".join(item.evidence) if item.evidence else f"{index}:{item.task}"
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:10]


def hhmmss(seconds: float) -> str:
    s = max(0, int(round(seconds)))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def where_label(where: str, labels: dict[str, str]) -> str:
    """`action_items[0].owner` -> 行动项1 负责人 / Action 1 owner (a review note's place, for people)."""
    L = labels
    m = re.match(r"(\w+)(?:\[(\d+)\])?(?:\.(\w+))?", where or "")
    if not m:
        return where
    kind, idx, fld = m.group(1), m.group(2), m.group(3)
    n = int(idx) + 1 if idx is not None else None
    names = {"action_items": "where_action", "decisions": "where_decision", "topics": "where_topic",
             "follow_up": "where_follow_up"}
    if kind in names and n is not None and names[kind] in L:
        text = L[names[kind]].format(n=n)
    elif kind == "next_meeting":
        text = L["where_next"]
    elif kind == "meeting":
        text = L["where_meeting"]
    elif kind == "speakers" and fld:
        return L["where_speaker"].format(label=fld)
    else:
        return where
    if fld:
        field_label = L.get("h_" + fld) or L.get("f_" + fld) or fld
        text += " " + field_label
    return text


class _Renderer:
    """One rendering: holds the document, labels and fonts while sections are added."""

    def __init__(self, minutes: records.Minutes, transcript: records.Transcript | None,
                 options: RenderOptions, lang: str, fallback_id: str):
        self.minutes = minutes
        self.transcript = transcript
        self.options = options
        self.lang = lang
        self.labels = LABELS[lang]
        self.fonts = FONTS[lang]
        self.fallback_id = fallback_id
        self.utterances = {u.id: u for u in transcript.utterances} if transcript else {}
        self.doc = self._open()
        self.text_width_cm = _text_width_cm(self.doc)
        self.style_names = _style_names(self.doc)
        self.sections_numbered = 0  # level-1 headings so far: numbered as they come (a follow-up section shifts them)

    # --- document setup --------------------------------------------------------

    def _open(self) -> DocxDocument:
        if self.options.template is None:
            doc = docx.Document()
            section = doc.sections[0]
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
            section.left_margin = section.right_margin = Cm(2.0)
            section.top_margin = section.bottom_margin = Cm(2.2)
            self._style_fonts(doc, from_template=False)
            _theme_font_language(doc, "zh-CN")  # python-docx's template says ja-JP
            return doc
        doc = _open_template(Path(self.options.template))
        body = doc.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):  # keep the last section: page setup, header, logo
                body.remove(child)
        self._style_fonts(doc, from_template=True)
        return doc

    def _style_fonts(self, doc: DocxDocument, from_template: bool) -> None:
        """Fonts: ours on every style we use; in a template only what Chinese text needs.

        A template keeps its fonts, except where its East Asian font comes from a
        theme resolved for a non-Chinese script (python-docx's own and many Western
        templates say ja-JP): there 宋体/黑体 are filled in so Chinese renders.
        """
        latin, east, h_latin, h_east = self.fonts
        styles = doc.styles
        names = _style_names(doc)
        if from_template:
            if not _theme_is_chinese(doc):
                _fill_east_asian(doc, east, h_east)
            return
        _set_doc_defaults(doc, east)
        for name in ("Normal", "Table Grid", "List Bullet", "Caption"):
            if name in names:
                _set_style_font(styles[name], latin, east)
        normal = styles["Normal"]
        normal.font.size = Pt(11 if self.lang == "en" else 10.5)
        normal.paragraph_format.space_after = Pt(4)
        normal.paragraph_format.line_spacing = 1.25
        for name, size in (("Title", 18), ("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
            if name not in names:
                continue
            style = styles[name]
            _set_style_font(style, h_latin, h_east)
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.italic = False
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
            style.paragraph_format.space_after = Pt(6)
            if name == "Title":
                style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
                pPr = style.element.get_or_add_pPr()
                border = pPr.find(qn("w:pBdr"))
                if border is not None:
                    pPr.remove(border)

    # --- building blocks ---------------------------------------------------------

    def para(self, style: str | None = None) -> Paragraph:
        if style and style in self.style_names:
            return self.doc.add_paragraph(style=style)
        p = self.doc.add_paragraph()
        if style and style.startswith(("Heading", "Title")):  # a template without it: bold text
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
        return p

    def bullet(self) -> Paragraph:
        """A bulleted paragraph; with a template lacking "List Bullet", a typed bullet."""
        if "List Bullet" in self.style_names:
            return self.para("List Bullet")
        p = self.para()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.4)
        self.run(p, "• ")
        return p

    def heading(self, text: str, level: int) -> Paragraph:
        style = "Title" if level == 0 else f"Heading {level}"
        if level == 1:
            text = self._numbered(text)
        p = self.para(style)
        heading_fonts = style not in self.style_names
        self.run(p, text, bold=heading_fonts, heading=True)
        if level == 0:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def _numbered(self, text: str) -> str:
        """A section heading ("二、议程…", "2. Agenda…") with its number in the order sections come."""
        m = re.match(r"(?:[一二三四五六七八九十]+、|\d+\. )", text)
        if not m:
            return text
        self.sections_numbered += 1
        n = self.sections_numbered
        return (f"{_cn_num(n)}、" if self.lang == "zh" else f"{n}. ") + text[m.end():]

    def run(self, p: Paragraph, text: str, bold: bool = False, heading: bool = False,
            size: float | None = None, highlight: WD_COLOR_INDEX | None = None,
            grey: bool = False) -> Run:
        r = p.add_run(zh_punctuation(text) if self.lang == "zh" else text)
        if self.options.template is None:  # a template's styles decide its fonts
            latin, east = (self.fonts[2], self.fonts[3]) if heading else (self.fonts[0], self.fonts[1])
            _set_run_font(r, latin, east)
        elif _has_cjk(text):
            r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hint"), "eastAsia")
        if bold:
            r.bold = True
        if size:
            r.font.size = Pt(size)
        if highlight is not None:
            r.font.highlight_color = highlight
        if grey:
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        return r

    def value(self, p: Paragraph, text: str | None, size: float | None = None,
              low_confidence: bool = False) -> Run:
        """A value, or the highlighted placeholder when it is missing."""
        if text is None or not str(text).strip():
            return self.run(p, self.labels["placeholder"], size=size, highlight=PLACEHOLDER_HIGHLIGHT)
        return self.run(p, str(text), size=size,
                        highlight=LOW_CONFIDENCE_HIGHLIGHT if low_confidence else None)

    def comment(self, runs: Run | Sequence[Run], evidence: Sequence[str],
                extra_lines: Sequence[str] = ()) -> None:
        """Attach a Word comment quoting each evidence utterance: speaker, hh:mm:ss, words."""
        lines = list(extra_lines)
        for uid in evidence:
            u = self.utterances.get(uid)
            if u is None:
                lines.append(f"{self.labels['evidence']}{self.labels['colon']}{uid}")
                continue
            who = (self.transcript.speaker_name(u.speaker) if self.transcript else None) or u.speaker or self.labels["unknown_speaker"]
            words = u.text if len(u.text) <= self.options.quote_chars else u.text[: self.options.quote_chars] + "…"
            quote = f"「{words}」" if self.lang == "zh" else f"\u201c{words}\u201d"
            lines.append(f"{who} {hhmmss(u.start)} {quote}")
        if not lines:
            return
        c = self.doc.add_comment(runs, text=lines[0], author=self.options.comment_author,
                                 initials=self.options.comment_initials)
        for line in lines[1:]:
            c.add_paragraph(line)

    def table(self, rows: int, widths_cm: Sequence[float]) -> Table:
        """A bordered table with fixed column widths, scaled to this document's text width."""
        scale = self.text_width_cm / sum(widths_cm)
        widths_cm = [w * scale for w in widths_cm]
        t = self.doc.add_table(rows=rows, cols=len(widths_cm))
        if "Table Grid" in self.style_names:
            t.style = self.doc.styles["Table Grid"]
        else:
            _add_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        _fixed_layout(t, widths_cm)
        for row in t.rows:
            for cell, w in zip(row.cells, widths_cm):
                cell.width = Cm(w)
        return t

    # --- sections ---------------------------------------------------------------

    def build(self) -> DocxDocument:
        meeting = self.minutes.meeting
        title = (meeting.title or "").strip()
        heading = self.heading((title or self.labels["placeholder"]) + self.labels["title_suffix"], 0)
        if not title:  # no name given: the placeholder, marked like every other missing value
            heading.runs[0].text = self.labels["placeholder"]
            heading.runs[0].font.highlight_color = PLACEHOLDER_HIGHLIGHT
            self.run(heading, self.labels["title_suffix"], heading=True,
                     bold="Title" not in self.style_names)
        size = _title_size(heading.text, self.text_width_cm)
        if size is not None:  # a long meeting name: smaller, rather than one orphaned character
            for r in heading.runs:
                r.font.size = Pt(size)
        notice = self.para()
        self.run(notice, self.labels["notice"], size=9, grey=True)
        self.info_section(meeting)
        if self.minutes.follow_up:  # a meeting of a series opens with the earlier meetings' open actions
            from pipeline.render.followup import render_follow_up

            render_follow_up(self)
        self.topics_section()
        self.decisions_section()
        self.actions_section()
        self.followup_section()
        self.cc_section(meeting)
        self.signature(meeting)
        if self.options.appendix and self.transcript is not None:
            self.appendix_section()
        self.core_properties(meeting, title or self.fallback_id)
        return self.doc

    def info_section(self, meeting: records.Meeting) -> None:
        L = self.labels
        self.heading(L["sec_info"], 1)
        time = None
        if meeting.start or meeting.end:
            time = f"{meeting.start or L['placeholder']}–{meeting.end or L['placeholder']}"
        rows: list[tuple[str, list[str | None]]] = [
            (L["f_title"], [meeting.title]),
            (L["f_date"], [meeting.date]),
            (L["f_time"], [time]),
            (L["f_location"], [meeting.location]),
            (L["f_host"], [meeting.host]),
            (L["f_recorder"], [meeting.recorder]),
            (L["f_attendees"], [self._person(a.name, a.department, a.title) for a in meeting.attendees
                                if a.role != "observer"] or [None]),
            (L["f_absent"], [self._absent(a) for a in meeting.absent] or ["—"]),
            (L["f_consent"], [self._consent(meeting.consent)]),
        ]
        # roles from the sidecar (role = "decision-maker" | "observer"): rows only where given
        deciders = [self._person(a.name, a.department, None) for a in meeting.attendees if a.role == "decision-maker"]
        observers = [self._person(a.name, a.department, a.title) for a in meeting.attendees if a.role == "observer"]
        attendees_row = 6
        if observers:  # 列席人员 right after 参会人员
            rows.insert(attendees_row + 1, (L["f_observers"], observers))
        if deciders:  # 决策人 right before it
            rows.insert(attendees_row, (L["f_decision_makers"], [L["sep"].join(deciders)]))
        t = self.table(len(rows), (3.4, TEXT_WIDTH_CM - 3.4))
        for row, (label, values) in zip(t.rows, rows):
            label_cell, value_cell = row.cells
            _shade(label_cell, "F2F2F2")
            self.run(label_cell.paragraphs[0], label, bold=True)
            for i, v in enumerate(values):
                p = value_cell.paragraphs[0] if i == 0 else value_cell.add_paragraph()
                if v is not None and L["placeholder"] in v and v != L["placeholder"]:
                    self._mixed(p, v)  # a time with one end missing
                else:
                    self.value(p, v)
        _tighten(t)

    def _mixed(self, p: Paragraph, text: str) -> None:
        ph = self.labels["placeholder"]
        parts = text.split(ph)
        for i, part in enumerate(parts):
            if part:
                self.run(p, part)
            if i < len(parts) - 1:
                self.run(p, ph, highlight=PLACEHOLDER_HIGHLIGHT)

    def _person(self, name: str, department: str | None, title: str | None) -> str:
        rest = "  ".join(x for x in (department, title) if x)
        return f"{name}  {rest}" if rest else name

    def _absent(self, a: records.Absentee) -> str:
        L = self.labels
        head = self._person(a.name, a.department, None)
        return f"{head}{L['lparen']}{a.reason}{L['rparen']}" if a.reason else head

    def _consent(self, consent: records.Consent | None) -> str | None:
        L = self.labels
        if consent is None or not consent.confirmed:
            return L["consent_none"]
        parts = []
        if consent.method:
            parts.append(consent.method)
        if consent.by:
            parts.append(f"{L['consent_by']}{L['colon']}{consent.by}" if self.lang == "zh"
                         else f"{L['consent_by']} {consent.by}")
        by = consent.extra.get("confirmed_by")
        if by:
            on = consent.extra.get("confirmed_on")
            batch = f"{L['consent_batch']}{L['colon']}{by}" if self.lang == "zh" else f"{L['consent_batch']} {by}"
            parts.append(f"{batch}{L['lparen']}{on}{L['rparen']}" if on else batch)
        sep = "；" if self.lang == "zh" else "; "
        return sep.join(parts) or None

    def topics_section(self) -> None:
        L = self.labels
        self.heading(L["sec_topics"], 1)
        if not self.minutes.topics:
            agenda = self.minutes.meeting.agenda
            for i, item in enumerate(agenda, 1):
                p = self.heading(f"{i}. {item}" if self.lang == "en" else f"（{_cn_num(i)}）{item}", 2)
                self.value(self.para(), None)
            if not agenda:
                self.run(self.para(), L["no_topics"], highlight=PLACEHOLDER_HIGHLIGHT)
            return
        for i, topic in enumerate(self.minutes.topics, 1):
            label = f"（{_cn_num(i)}）{topic.title}" if self.lang == "zh" else f"{i}. {topic.title}"
            head = self.heading(label, 2)
            anchored: list[Run] = list(head.runs)
            for point in topic.points:
                p = self.bullet()
                anchored.append(self.run(p, point))
            if topic.controversies:  # above the viewpoints: where two sides held different positions
                p = self.para()
                self.run(p, L["controversies"] + L["colon"], bold=True)
                for c in topic.controversies:
                    run = self.run(self.bullet(), c.text)
                    anchored.append(run)
                    self.comment(run, c.evidence)
            if topic.viewpoints:
                p = self.para()
                self.run(p, L["viewpoints"] + L["colon"], bold=True)
                for v in topic.viewpoints:
                    vp = self.bullet()
                    who = v.who or L["unknown_speaker"]
                    self.run(vp, who + L["colon"], bold=True)
                    anchored.append(self.run(vp, v.text))
            if topic.key_data:
                p = self.para()
                self.run(p, L["key_data"] + L["colon"], bold=True)
                anchored.append(self.run(p, ("；" if self.lang == "zh" else "; ").join(topic.key_data)))
            if not topic.points and not topic.viewpoints and not topic.key_data:
                anchored.append(self.value(self.para(), None))
            self.comment([anchored[0], anchored[-1]], topic.evidence)

    def decisions_section(self) -> None:
        L = self.labels
        self.heading(L["sec_decisions"], 1)
        if not self.minutes.decisions:
            self.run(self.para(), L["no_decisions"], highlight=PLACEHOLDER_HIGHLIGHT)
            return
        for i, d in enumerate(self.minutes.decisions, 1):
            p = self.para()
            p.paragraph_format.left_indent = Cm(0.74)
            p.paragraph_format.first_line_indent = Cm(-0.74)
            self.run(p, f"{i}. " if self.lang == "en" else f"{i}．")
            low = d.confidence < self.options.low_confidence
            r = self.value(p, d.text, low_confidence=low)
            self.comment(r, d.evidence, [L["low_confidence"].format(c=d.confidence)] if low else [])

    def actions_section(self) -> None:
        L = self.labels
        self.heading(L["sec_actions"], 1)
        items = self.minutes.action_items
        t = self.table(1 + len(items), ACTION_WIDTHS_CM[self.lang])
        header = t.rows[0]
        _repeat_header(header)
        for cell, (key, _) in zip(header.cells, ACTION_COLUMNS):
            _shade(cell, "D9D9D9")
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.run(p, L[key], bold=True, size=9.5)
        to_check = self._action_review_notes()  # {(row index, field): why}
        for n, (item, row) in enumerate(zip(items, t.rows[1:]), 1):
            low = item.confidence < self.options.low_confidence
            task_run: Run | None = None
            for cell, (_, name) in zip(row.cells, ACTION_COLUMNS):
                p = cell.paragraphs[0]
                why = to_check.get((n - 1, name))
                if name == "no":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    _bookmark(p, ITEM_BOOKMARK_PREFIX + item_key(item, n), n)
                    self.run(p, str(n), size=9.5)
                elif name == "task":
                    task_run = self.value(p, item.task, size=9.5, low_confidence=low)
                else:
                    r = self.value(p, getattr(item, name), size=9.5, low_confidence=why is not None)
                    if why:  # the extractor's doubt about this very cell, where the recorder looks
                        self.comment(r, [], [why])
            extra = []
            if low:
                extra.append(L["low_confidence"].format(c=item.confidence))
            if item.due_text:
                extra.append(f"{L['due_said']}{L['colon']}{item.due_text}")
            assert task_run is not None
            self.comment(task_run, item.evidence, extra)
        _tighten(t)
        if not items:
            self.run(self.para(), L["no_actions"], highlight=PLACEHOLDER_HIGHLIGHT)

    def _action_review_notes(self) -> dict[tuple[int, str], str]:
        notes: dict[tuple[int, str], str] = {}
        for note in self.minutes.review:
            m = re.fullmatch(r"action_items\[(\d+)\]\.(\w+)", (note.where or "").strip())
            if m:
                key = (int(m.group(1)), m.group(2))
                notes[key] = f"{notes[key]}\n{note.why}" if key in notes else note.why
        return notes

    def followup_section(self) -> None:
        L = self.labels
        self.heading(L["sec_followup"], 1)
        p = self.para()
        self.run(p, L["next_meeting"] + L["colon"], bold=True)
        nm = self.minutes.next_meeting
        if nm is None:
            self.value(p, None)
        else:
            when = " ".join(x for x in (with_weekday(nm.date, self.lang), nm.time) if x) or None
            first = self.value(p, when)
            last = first
            if nm.text:
                last = self.run(p, ("，" if self.lang == "zh" else ", ") + nm.text)
            self.comment([first, last], nm.evidence)
        p = self.para()
        self.run(p, L["open_items"] + L["colon"], bold=True)
        if not self.minutes.review:
            self.run(p, L["no_open_items"])
        for note in self.minutes.review:
            q = self.bullet()
            self.run(q, self._where(note.where) + L["colon"], bold=True)
            self.run(q, note.why, highlight=LOW_CONFIDENCE_HIGHLIGHT)  # to check, not to fill in

    def _where(self, where: str) -> str:
        return where_label(where, self.labels)

    def cc_section(self, meeting: records.Meeting) -> None:
        self.heading(self.labels["sec_cc"], 1)
        p = self.para()
        self.value(p, self.labels["sep"].join(meeting.cc) if meeting.cc else None)

    def signature(self, meeting: records.Meeting) -> None:
        L = self.labels
        p = self.para()
        p.paragraph_format.space_before = Pt(18)
        text = L["signature"].format(recorder=meeting.recorder or L["placeholder"],
                                     placeholder=L["placeholder"])
        self._mixed(p, text)

    def appendix_section(self) -> None:
        assert self.transcript is not None
        L = self.labels
        p = self.heading(L["sec_appendix"], 1)
        p.paragraph_format.page_break_before = True
        for u in self.transcript.utterances:
            q = self.para()
            q.paragraph_format.space_after = Pt(2)
            who = self.transcript.speaker_name(u.speaker) or u.speaker
            self.run(q, f"[{hhmmss(u.start)}] ", size=9, grey=True)
            self.run(q, who + L["colon"], bold=True, size=9.5)
            self.run(q, u.text, size=9.5)

    def core_properties(self, meeting: records.Meeting, title: str) -> None:
        cp = self.doc.core_properties
        now = self.options.now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        cp.title = title
        cp.subject = "会议纪要(草稿)" if self.lang == "zh" else "Meeting minutes (draft)"
        cp.identifier = self.options.meeting_id or meeting_id_for(self.minutes, self.transcript, self.fallback_id)
        cp.keywords = f"{KEYWORDS_TAG}; date={meeting.date or ''}; lang={self.lang}"
        series = str(meeting.extra.get("series") or "").replace(";", "；").strip()
        if series:  # read back by `minutes track` into the sheet's 会议系列 column
            cp.keywords += f"; series={series}"
        cp.category = "minutes"
        cp.content_status = "草稿" if self.lang == "zh" else "Draft"
        cp.language = "zh-CN" if self.lang == "zh" else "en-US"
        cp.author = meeting.recorder or "minutes"
        cp.last_modified_by = "minutes"
        cp.created = now.replace(tzinfo=None)
        cp.modified = now.replace(tzinfo=None)
        cp.revision = 1
        cp.comments = ""


def _open_template(path: Path) -> DocxDocument:
    """Open an organisation's .docx or .dotx (a Word template is read as a document)."""
    try:
        data = path.read_bytes()
        if (hazard := zip_hazard(data)) is not None:
            raise TemplateUnreadable(path, f"the template is not read: {hazard}",
                                     "pass the organisation's .docx or .dotx as Word/WPS/LibreOffice saved it")
        if path.suffix.lower() == ".dotx":
            data = _template_as_document(data)
        return docx.Document(io.BytesIO(data))
    except TemplateUnreadable:
        raise
    except Exception as e:  # python-docx raises several kinds for a bad package
        raise TemplateUnreadable(path, f"cannot open as a Word template: {type(e).__name__}: {e}",
                                 "pass a .docx or .dotx saved by Word/WPS/LibreOffice (not .doc/.dot/.dotm)") from None


_CT_TEMPLATE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_CT_DOCUMENT = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _template_as_document(data: bytes) -> bytes:
    """The same package with the main part's content type of a document instead of a template."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(_CT_TEMPLATE, _CT_DOCUMENT)
            target.writestr(info, content)
    return out.getvalue()


# --- low-level XML helpers -----------------------------------------------------------


def _style_names(doc: DocxDocument) -> set[str]:
    return {s.name for s in doc.styles}


def _rfonts(rPr):
    """The w:rFonts of a run/style rPr, created in its schema position when missing."""
    return rPr.get_or_add_rFonts()


def _set_style_font(style, latin: str, east: str) -> None:
    """Explicit Latin + East Asian fonts on a style (theme references removed: they win in Word)."""
    rFonts = _rfonts(style.element.get_or_add_rPr())
    for theme_attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rFonts.attrib.pop(qn(theme_attr), None)
    rFonts.set(qn("w:ascii"), latin)
    rFonts.set(qn("w:hAnsi"), latin)
    rFonts.set(qn("w:eastAsia"), east)


def _theme_is_chinese(doc: DocxDocument) -> bool:
    el = doc.settings.element.find(qn("w:themeFontLang"))
    return el is not None and (el.get(qn("w:eastAsia")) or "").lower().startswith("zh")


def _fill_east_asian(doc: DocxDocument, east: str, heading_east: str) -> None:
    """Replace East Asian *theme* fonts (docDefaults and styles) by 宋体 / 黑体 (headings)."""
    _set_doc_defaults(doc, east)
    for style in doc.styles:
        rPr = style.element.rPr
        rFonts = rPr.find(qn("w:rFonts")) if rPr is not None else None
        if rFonts is None or rFonts.get(qn("w:eastAsiaTheme")) is None:
            continue
        rFonts.attrib.pop(qn("w:eastAsiaTheme"))
        if not rFonts.get(qn("w:eastAsia")):
            heading = (style.name or "").startswith(("Heading", "Title"))
            rFonts.set(qn("w:eastAsia"), heading_east if heading else east)


_HAN = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]"
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}


def zh_punctuation(text: str) -> str:
    """Chinese text with Chinese punctuation: ``,;:?!`` after a Chinese character (or a ``,``
    before one) and ``(…)`` around or right after Chinese become full-width, so a draft does not
    read "推断(被点名),请核实". Times (10:00), figures (12,000) and English stay as they are."""
    text = re.sub(rf"(?<={_HAN})\s*([,;:?!])\s*", lambda m: _HALF_TO_FULL[m[1]], text)
    text = re.sub(rf"(?<![\d\sA-Za-z]),\s*(?={_HAN})", "，", text)
    return re.sub(rf"(?:(?<={_HAN})\s*)?\(([^()]*)\)",
                  lambda m: f"（{m[1]}）" if re.search(_HAN, m[0]) and not m[0].startswith(" ") else m[0], text)


def _has_cjk(text: str) -> bool:
    return any("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in text)


def _set_run_font(run: Run, latin: str, east: str) -> None:
    rPr = run._r.get_or_add_rPr()
    rFonts = _rfonts(rPr)
    rFonts.set(qn("w:ascii"), latin)
    rFonts.set(qn("w:hAnsi"), latin)
    rFonts.set(qn("w:eastAsia"), east)
    if _has_cjk(run.text):
        rFonts.set(qn("w:hint"), "eastAsia")


def _set_doc_defaults(doc: DocxDocument, east: str) -> None:
    """docDefaults: an explicit East Asian font and language, so any text without a style renders."""
    styles_el = doc.styles.element
    defaults = styles_el.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rPrDefault = defaults.find(qn("w:rPrDefault"))
    if rPrDefault is None:
        return
    rPr = rPrDefault.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        rPrDefault.append(rPr)
    rFonts = _rfonts(rPr)
    rFonts.attrib.pop(qn("w:eastAsiaTheme"), None)
    if not rFonts.get(qn("w:eastAsia")):
        rFonts.set(qn("w:eastAsia"), east)
    lang_el = rPr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rPr.append(lang_el)
    lang_el.set(qn("w:eastAsia"), "zh-CN")


def _text_width_cm(doc: DocxDocument) -> float:
    """The width between the margins of the last section (a template may be Letter, A4, …)."""
    section = doc.sections[-1]
    try:
        width = section.page_width - section.left_margin - section.right_margin
        return max(8.0, width / 360000)  # EMU per cm
    except TypeError:  # a template without page size or margins
        return TEXT_WIDTH_CM


def _title_size(text: str, width_cm: float, largest: float = 18, smallest: float = 14) -> float | None:
    """A font size (pt) that fits ``text`` on one line, or None when the style's size fits."""
    ems = sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.55 for ch in text)
    fits = width_cm / 2.54 * 72 / max(ems, 1)  # pt per em that fits the line
    if fits >= largest:
        return None
    return max(smallest, float(int(fits * 2) / 2))


def _tighten(table: Table) -> None:
    """Single spacing inside table cells (the body's 1.25 lines make rows look loose)."""
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(1)
                p.paragraph_format.line_spacing = 1.1


def _theme_font_language(doc: DocxDocument, east_asian: str) -> None:
    """w:themeFontLang: which script's theme fonts Word uses for East Asian text."""
    settings = doc.settings.element
    el = settings.find(qn("w:themeFontLang"))
    if el is not None:
        el.set(qn("w:eastAsia"), east_asian)


def _shade(cell, fill_hex: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()  # holds only w:tcW here, which precedes w:shd
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill_hex)
    tcPr.append(shd)


def _repeat_header(row) -> None:
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _fixed_layout(table: Table, widths_cm: Sequence[float]) -> None:
    """Fixed column widths that Word, WPS and LibreOffice all honour (tblGrid + tblLayout)."""
    tbl = table._tbl
    tblPr = tbl.tblPr
    tblPr.get_or_add_tblLayout().set(qn("w:type"), "fixed")  # (schema order kept by python-docx)
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.insert_element_before(tblW, *_TBLPR_AFTER_TBLW)
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    for gridCol, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gridCol.set(qn("w:w"), str(int(w * 567)))


#: children of w:tblPr that must come after the one being inserted (ECMA-376 sequence)
_TBLPR_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                        "w:tblDescription", "w:tblPrChange")
_TBLPR_AFTER_TBLW = ("w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders") + _TBLPR_AFTER_BORDERS


def _add_borders(table: Table) -> None:
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "auto")
        borders.append(el)
    tblPr.insert_element_before(borders, *_TBLPR_AFTER_BORDERS)


def _bookmark(p: Paragraph, name: str, bid: int) -> None:
    """An (empty) bookmark at the start of paragraph ``p``: invisible, survives Word edits."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(1000 + bid))
    start.set(qn("w:name"), name[:40])
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(1000 + bid))
    p._p.append(start)
    p._p.append(end)


def _cn_num(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    return str(n)


WEEKDAYS = {"zh": "一二三四五六日", "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}


def with_weekday(date: str | None, lang: str) -> str | None:
    """'2024-08-13' -> '2024-08-13（周二）' / '2024-08-13 (Tue)'; anything not an ISO date unchanged."""
    try:
        day = dt.date.fromisoformat(date or "").weekday()
    except ValueError:
        return date
    return f"{date}（周{WEEKDAYS['zh'][day]}）" if lang == "zh" else f"{date} ({WEEKDAYS['en'][day]})"
