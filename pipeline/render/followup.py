"""The draft's 上次会议行动项跟进 / Follow-up of previous actions section, and reading it back.

Rendered from ``minutes.follow_up`` (:mod:`pipeline.series`): one row per open item of the
earlier meetings of the series, with its owner, due date and status, and what this meeting
said about it. A status or date this meeting changed is highlighted for review, with a comment
quoting the words said and the review note.

Each row holds a hidden bookmark ``_mf_<key>_<status>_<yyyymmdd>`` (``_mu_`` when the meeting
changed it): ``key`` names the item (:func:`follow_up_key`), the rest is what was rendered, so
:mod:`pipeline.render.tracker` takes into the sheet what the meeting said and what the recorder
corrected in the draft, and nothing else (an untouched row does not undo the team's status).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from pipeline import records

FOLLOW_UP_PREFIX = "_mf_"  # a row as found (no update said)
UPDATED_PREFIX = "_mu_"  # a row this meeting updated
STATUS_LETTERS = {"not_started": "n", "in_progress": "p", "done": "d", "delayed": "l"}

LABELS = {
    "zh": {
        "section": "上次会议行动项跟进",
        "h_no": "序号", "h_meeting": "来源会议", "h_task": "任务", "h_owner": "负责人", "h_due": "截止时间",
        "h_status": "状态", "h_progress": "本次会议进展",
        "not_mentioned": "本次会议未提及",
        "was_due": "（原{due}）",
        "statuses": {"not_started": "未开始", "in_progress": "进行中", "done": "已完成", "delayed": "延期"},
        "intro": "本系列此前会议（{meetings}）尚未完成的行动项及其在本次会议上的进展如下。",
        "sep": "；",
    },
    "en": {
        "section": "Follow-up of previous actions",
        "h_no": "No.", "h_meeting": "Meeting", "h_task": "Task", "h_owner": "Owner", "h_due": "Due",
        "h_status": "Status", "h_progress": "Update at this meeting",
        "not_mentioned": "not mentioned",
        "was_due": " (was {due})",
        "statuses": {"not_started": "not started", "in_progress": "in progress", "done": "done",
                     "delayed": "delayed"},
        "intro": "Open action items of the earlier meetings of this series ({meetings}) and what this "
                 "meeting said about them.",
        "sep": "; ",
    },
}
#: widths in cm (scaled to the page by the renderer)
WIDTHS_CM = {"zh": (1.2, 2.2, 3.9, 1.6, 2.4, 1.5, 4.2), "en": (1.1, 2.4, 3.6, 2.0, 2.4, 1.8, 3.7)}

#: header words of the progress column: how a follow-up table is told from the action table
PROGRESS_HEADERS = {re.sub(r"\s+", "", labels["h_progress"]).lower() for labels in LABELS.values()}
#: status as typed in a follow-up table (either language) -> code
STATUS_CODES = {word.lower(): code for labels in LABELS.values() for code, word in labels["statuses"].items()}


def follow_up_key(meeting_id: str, item_id: str) -> str:
    """A short key for an item of an earlier meeting (its meeting id is a 64-character sha256)."""
    return hashlib.sha1(f"{meeting_id}/{item_id}".encode("utf-8")).hexdigest()[:10]


def current(item: records.FollowUpItem) -> tuple[str, str | None]:
    """The item's status and due date after this meeting: its update's when it has one."""
    update = item.update
    status = (update.status if update and update.status else None) or item.status
    due = (update.due if update and update.due else None) or item.due
    return status, due


def bookmark_name(item: records.FollowUpItem) -> str:
    status, due = current(item)
    prefix = UPDATED_PREFIX if item.update else FOLLOW_UP_PREFIX
    return f"{prefix}{follow_up_key(item.meeting_id, item.item_id)}_{STATUS_LETTERS.get(status, 'n')}_" \
           f"{(due or '').replace('-', '')}"


def render_follow_up(r) -> None:
    """Add the section to renderer ``r`` (a :class:`pipeline.render.docx._Renderer`; it numbers the heading)."""
    from pipeline.render.docx import LOW_CONFIDENCE_HIGHLIGHT, _bookmark, _repeat_header, _shade, _tighten

    items = r.minutes.follow_up
    L = LABELS[r.lang]
    r.heading(("一、" if r.lang == "zh" else "1. ") + L["section"], 1)
    meetings = list(dict.fromkeys(" ".join(x for x in (i.meeting_date, i.meeting) if x) for i in items))
    r.run(r.para(), L["intro"].format(meetings=L["sep"].join(m for m in meetings if m)), size=9, grey=True)
    widths = WIDTHS_CM[r.lang]
    t = r.table(1 + len(items), widths)
    header = t.rows[0]
    _repeat_header(header)
    keys = ("h_no", "h_meeting", "h_task", "h_owner", "h_due", "h_status", "h_progress")
    for cell, key in zip(header.cells, keys):
        _shade(cell, "D9D9D9")
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r.run(p, L[key], bold=True, size=9.5)
    for n, (item, row) in enumerate(zip(items, t.rows[1:]), 1):
        status, due = current(item)
        update = item.update
        cells = row.cells
        p = cells[0].paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _bookmark(p, bookmark_name(item), 500 + n)
        r.run(p, str(n), size=9.5)
        r.run(cells[1].paragraphs[0], item.meeting_date or item.meeting or "—", size=9)
        r.run(cells[2].paragraphs[0], item.task, size=9.5)
        r.value(cells[3].paragraphs[0], item.owner, size=9.5)
        moved = bool(update and update.due)
        r.value(cells[4].paragraphs[0], due, size=9.5, low_confidence=moved)
        if moved and item.due:
            r.run(cells[4].paragraphs[0], L["was_due"].format(due=item.due), size=8.5, grey=True)
        changed = bool(update and update.status and update.status != item.status)
        r.run(cells[5].paragraphs[0], L["statuses"].get(status, status), size=9.5,
              highlight=LOW_CONFIDENCE_HIGHLIGHT if changed else None)
        progress = cells[6].paragraphs[0]
        if update is None:
            r.run(progress, L["not_mentioned"], size=9, grey=True)
            continue
        who = _speaker(r, update.evidence[-1] if update.evidence else None)
        run = r.run(progress, (who + r.labels["colon"] if who else "") + update.said, size=9,
                    highlight=LOW_CONFIDENCE_HIGHLIGHT)
        notes = [note.why for note in r.minutes.review if note.where == f"follow_up[{n - 1}]"]
        r.comment(run, update.evidence, notes)
    _tighten(t)


def _speaker(r, uid: str | None) -> str | None:
    u = r.utterances.get(uid) if uid else None
    if u is None or r.transcript is None:
        return None
    return r.transcript.speaker_name(u.speaker)


# --- reading a reviewed draft's follow-up table back (for `minutes track`) ----------------------


@dataclass
class FollowUpRow:
    """A row of a draft's follow-up table: the item's key and the status and date the draft gives it."""

    key: str
    status: str | None  # code (records.FOLLOW_UP_STATUSES) or None when unreadable
    due: dt.date | None
    updated: bool  # the meeting said something about it, or the recorder changed the row


def is_follow_up_table(header_cells: list[str]) -> bool:
    return any(re.sub(r"\s+", "", c).lower() in PROGRESS_HEADERS for c in header_cells)


def read_follow_up_table(document, ref: dt.date | None) -> list[FollowUpRow]:
    """The rows of a draft's follow-up table (none when it has no such table)."""
    from pipeline.render.tracker import _cell_text, parse_due

    out: list[FollowUpRow] = []
    for table in document.tables:
        if not table.rows or not is_follow_up_table([c.text for c in table.rows[0].cells]):
            continue
        header = [re.sub(r"\s+", "", c.text).lower() for c in table.rows[0].cells]
        col = {key: i for labels in LABELS.values() for key in ("h_due", "h_status")
               for i, h in enumerate(header) if h == re.sub(r"\s+", "", labels[key]).lower()}
        for tr in table.rows[1:]:
            name = next((el.get(qn("w:name")) or "" for el in tr._tr.iter(qn("w:bookmarkStart"))
                         if (el.get(qn("w:name")) or "").startswith((FOLLOW_UP_PREFIX, UPDATED_PREFIX))), "")
            m = re.fullmatch(r"(_m[fu]_)([0-9a-f]{10})_([a-z])_(\d{8})?", name)
            if not m:
                continue
            cells = [_cell_text(c) for c in tr.cells]
            status_text = cells[col["h_status"]].strip().lower() if "h_status" in col else ""
            status = STATUS_CODES.get(status_text)
            due_text = cells[col["h_due"]] if "h_due" in col else ""
            due = parse_due(re.split(r"[（(]", due_text)[0], ref) if due_text else None
            rendered_status = {v: k for k, v in STATUS_LETTERS.items()}.get(m.group(3))
            rendered_due = dt.date(int(m.group(4)[:4]), int(m.group(4)[4:6]), int(m.group(4)[6:])) if m.group(4) else None
            edited = (status is not None and status != rendered_status) or (due is not None and due != rendered_due)
            out.append(FollowUpRow(m.group(2), status, due, m.group(1) == UPDATED_PREFIX or edited))
        break
    return out
