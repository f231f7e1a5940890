"""The weekly digest of the tracking sheet: per owner, what is due this week, overdue and delayed.

:func:`weekly_digest` groups the sheet's rows (:func:`pipeline.render.tracker.read_sheet`) for one
ISO week; :func:`write_digest` writes them as a .docx, :func:`write_mails` as one ``.eml`` per
owner (stdlib :mod:`email`, marked unsent: it opens as a draft in Outlook or Thunderbird;
nothing is sent). In the meetings' language: Chinese when most of the rows are.

- due this week: not done, due between the week's Monday and Sunday;
- overdue: not done, due before the Monday;
- delayed: 延期 and due after the week (or with no date): postponed, with the 延期原因 and
  协调方案 the team wrote in the sheet.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Cm, Pt

from pipeline.errors import BadWeek
from pipeline.files import atomic_write
from pipeline.render.tracker import DONE_STATUS, STATUSES, ActionRow, _has_cjk

DUE, OVERDUE, DELAYED = "due", "overdue", "delayed"
CATEGORIES = (OVERDUE, DUE, DELAYED)

WORDS = {
    "zh": {
        "title": "行动项周报 {week}（{monday}—{sunday}）",
        "intro": "据行动项跟踪表（{sheet}）整理：本周到期、已逾期和延期的行动项，按负责人列出。延期原因与协调方案取自跟踪表。",
        "due": "本周到期", "overdue": "已逾期", "delayed": "延期",
        "h": ("类别", "任务", "来源会议", "截止时间", "状态", "延期原因", "协调方案"),
        "nobody": "（未指定负责人）", "none": "本周没有到期、逾期或延期的行动项。",
        "subject": "行动项周报 {week}：{owner}", "greeting": "{owner}，您好：",
        "body_intro": "以下是您在 {week}（{monday}—{sunday}）需要关注的行动项：",
        "closing": "如有延期，请在跟踪表中填写延期原因和协调方案。",
        "meeting": "来源会议", "due_label": "截止", "status": "状态", "reason": "延期原因", "remedy": "协调方案",
        "sep": "，", "colon": "：", "statuses": {},
    },
    "en": {
        "title": "Action items: week {week} ({monday} – {sunday})",
        "intro": "From the tracking sheet ({sheet}): items due this week, overdue and delayed, by owner. "
                 "Delay reasons and remedies are the team's entries in the sheet.",
        "due": "Due this week", "overdue": "Overdue", "delayed": "Delayed",
        "h": ("", "Task", "Meeting", "Due", "Status", "Reason for delay", "Remedy"),
        "nobody": "(no owner)", "none": "No action items due, overdue or delayed this week.",
        "subject": "Action items, week {week}: {owner}", "greeting": "Dear {owner},",
        "body_intro": "These action items need your attention in week {week} ({monday} – {sunday}):",
        "closing": "If an item is delayed, please add the reason and the remedy to the tracking sheet.",
        "meeting": "Meeting", "due_label": "Due", "status": "Status", "reason": "Reason for delay",
        "remedy": "Remedy", "sep": ", ", "colon": ": ",
        "statuses": dict(zip(STATUSES, ("not started", "in progress", "done", "delayed"))),
    },
}
WIDTHS_CM = (1.7, 4.4, 3.0, 2.2, 1.5, 2.1, 2.1)  # sum: the A4 text width


@dataclass
class Week:
    label: str  # 2026-W49
    monday: dt.date
    sunday: dt.date


def parse_week(text: str | None, today: dt.date | None = None) -> Week:
    """An ISO week: "2026-W49" (also 2026W49, 2026-w49), or the week of ``today`` when None."""
    if text is None:
        year, week, _ = (today or dt.date.today()).isocalendar()
    else:
        m = re.fullmatch(r"\s*(\d{4})-?[Ww](\d{1,2})\s*", text)
        if not m:
            raise BadWeek(None, f"--week {text!r} is not an ISO week",
                          "write the year and the week number, e.g. --week 2026-W49 (weeks start on Monday)")
        year, week = int(m.group(1)), int(m.group(2))
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        raise BadWeek(None, f"--week {text!r}: {year} has no week {week}",
                      f"give a week from 1 to {dt.date(year, 12, 28).isocalendar()[1]}") from None
    return Week(f"{year}-W{week:02d}", monday, monday + dt.timedelta(days=6))


@dataclass
class OwnerDigest:
    owner: str  # "" for rows without one
    department: str = ""
    items: dict[str, list[ActionRow]] = field(default_factory=lambda: {c: [] for c in CATEGORIES})

    def count(self) -> int:
        return sum(len(v) for v in self.items.values())


def category(row: ActionRow, week: Week) -> str | None:
    """Which part of the digest a row goes in, or None."""
    if row.status == DONE_STATUS:
        return None
    due = row.due if isinstance(row.due, dt.date) else None
    if due is not None and due < week.monday:
        return OVERDUE
    if due is not None and due <= week.sunday:
        return DUE
    if row.status == STATUSES[3]:
        return DELAYED
    return None


def weekly_digest(rows: list[ActionRow], week: Week) -> list[OwnerDigest]:
    """The owners with something this week, in the order they first appear in the sheet."""
    owners: dict[str, OwnerDigest] = {}
    for row in rows:
        c = category(row, week)
        if c is None:
            continue
        d = owners.setdefault(row.owner, OwnerDigest(row.owner, row.department))
        d.items[c].append(row)
    for d in owners.values():
        for c in CATEGORIES:
            d.items[c].sort(key=lambda r: r.due if isinstance(r.due, dt.date) else dt.date.max)
    return list(owners.values())


def language_of(rows: list[ActionRow]) -> str:
    """zh when most rows are written in Chinese, else en."""
    zh = sum(_has_cjk(r.task + r.meeting) for r in rows)
    return "zh" if not rows or zh * 2 >= len(rows) else "en"


def _date_text(day: dt.date, lang: str) -> str:
    return f"{day.month}月{day.day}日" if lang == "zh" else day.strftime("%d %b %Y").lstrip("0")


def write_digest(digest: list[OwnerDigest], week: Week, path: Path, lang: str, sheet_name: str = "") -> Path:
    """The digest as a .docx: a heading and a table per owner."""
    from pipeline.render.docx import (FONTS, _fixed_layout, _set_doc_defaults, _set_run_font, _shade,
                                      _theme_font_language, _tighten)

    W = WORDS[lang]
    latin, east, h_latin, h_east = FONTS[lang]
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    _set_doc_defaults(document, east)
    _theme_font_language(document, "zh-CN")

    def run(p, text: str, bold: bool = False, size: float | None = None, heading: bool = False, grey: bool = False):
        r = p.add_run(text)
        _set_run_font(r, h_latin if heading else latin, h_east if heading else east)
        r.bold = bold or None
        if size:
            r.font.size = Pt(size)
        if grey:
            from docx.shared import RGBColor

            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        return r

    title = W["title"].format(week=week.label, monday=_date_text(week.monday, lang), sunday=_date_text(week.sunday, lang))
    p = document.add_paragraph()
    run(p, title, bold=True, size=16, heading=True)
    run(document.add_paragraph(), W["intro"].format(sheet=sheet_name), size=9, grey=True)
    if not digest:
        run(document.add_paragraph(), W["none"])
    for d in digest:
        who = d.owner or W["nobody"]
        p = document.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        run(p, who + (f"（{d.department}）" if lang == "zh" and d.department else
                      f" ({d.department})" if d.department else ""), bold=True, size=12, heading=True)
        rows = [(c, r) for c in CATEGORIES for r in d.items[c]]
        table = document.add_table(rows=1 + len(rows), cols=len(WIDTHS_CM))
        table.style = document.styles["Table Grid"]
        table.autofit = False
        _fixed_layout(table, WIDTHS_CM)
        for cell, text, w in zip(table.rows[0].cells, W["h"], WIDTHS_CM):
            _shade(cell, "D9D9D9")
            cell.width = Cm(w)
            run(cell.paragraphs[0], text, bold=True, size=9)
        for tr, (c, r) in zip(table.rows[1:], rows):
            due = r.due.isoformat() if isinstance(r.due, dt.date) else (r.due or "")
            meeting = " ".join(x for x in (r.meeting_date, r.meeting) if x)
            values = (W[c], r.task, meeting, due, W["statuses"].get(r.status, r.status), r.delay_reason, r.remedy)
            for i, (cell, text, w) in enumerate(zip(tr.cells, values, WIDTHS_CM)):
                cell.width = Cm(w)
                rr = run(cell.paragraphs[0], str(text or ""), size=9, bold=(i == 0 and c == OVERDUE))
                if i == 0 and c == OVERDUE:
                    rr.font.highlight_color = WD_COLOR_INDEX.YELLOW
        _tighten(table)
    cp = document.core_properties
    cp.title, cp.keywords, cp.language = title, f"minutes-digest; week={week.label}", "zh-CN" if lang == "zh" else "en-US"
    from pipeline.render.docx import document_bytes  # made in memory: a full disk leaves no half-closed zip

    return atomic_write(Path(path), lambda tmp: tmp.write_bytes(document_bytes(document)))


def write_mails(digest: list[OwnerDigest], week: Week, folder: Path, lang: str,
                addresses: dict[str, str] | None = None) -> list[Path]:
    """One unsent ``<owner>.eml`` per owner in ``folder``, addressed when the sidecars give an
    ``email`` for the owner; never sent."""
    W = WORDS[lang]
    addresses = addresses or {}
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for d in digest:
        owner = d.owner or W["nobody"]
        msg = EmailMessage()
        msg["Subject"] = W["subject"].format(week=week.label, owner=owner)
        if d.owner and addresses.get(d.owner):
            msg["To"] = formataddr((d.owner, addresses[d.owner]))
        msg["X-Unsent"] = "1"  # Outlook opens it as a draft to send
        lines = [W["greeting"].format(owner=owner), "",
                 W["body_intro"].format(week=week.label, monday=_date_text(week.monday, lang),
                                        sunday=_date_text(week.sunday, lang)), ""]
        for c in CATEGORIES:
            if not d.items[c]:
                continue
            lines.append(f"{W[c]}{W['colon']}")
            for r in d.items[c]:
                due = r.due.isoformat() if isinstance(r.due, dt.date) else (r.due or "—")
                detail = [f"{W['due_label']} {due}", f"{W['status']}{W['colon']}{W['statuses'].get(r.status, r.status)}"]
                if r.meeting:
                    detail.append(f"{W['meeting']}{W['colon']}{' '.join(x for x in (r.meeting_date, r.meeting) if x)}")
                if r.delay_reason:
                    detail.append(f"{W['reason']}{W['colon']}{r.delay_reason}")
                if r.remedy:
                    detail.append(f"{W['remedy']}{W['colon']}{r.remedy}")
                lines.append(f"  - {r.task}（{W['sep'].join(detail)}）" if lang == "zh"
                             else f"  - {r.task} ({W['sep'].join(detail)})")
            lines.append("")
        lines.append(W["closing"])
        msg.set_content("\n".join(lines), cte="8bit")  # readable as text, as mail programs write drafts
        path = folder / (_safe_name(owner) + ".eml")
        atomic_write(path, lambda tmp, m=msg: tmp.write_bytes(bytes(m)))
        written.append(path)
    return written


def _safe_name(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", name).strip("._") or "owner"


def addresses_beside(drafts: list[Path]) -> dict[str, str]:
    """Attendee name -> ``email`` (sidecar key) from the minutes beside the drafts (``<stem>.minutes.json``)."""
    from pipeline.errors import MinutesError
    from pipeline.records import load_minutes

    out: dict[str, str] = {}
    for draft in drafts:
        stem = re.sub(r"\.v\d+$", "", Path(draft).stem)
        path = Path(draft).with_name(stem + ".minutes.json")
        if not path.is_file():
            continue
        try:
            minutes = load_minutes(path)
        except MinutesError:
            continue
        for a in minutes.meeting.attendees:
            email = getattr(a, "email", None) or a.extra.get("email")
            if isinstance(email, str) and "@" in email:
                out.setdefault(a.name, email.strip())
    return out
