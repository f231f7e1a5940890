"""Action tracking after review: edited drafts -> 行动项跟踪表 (.xlsx) + reminders (.ics).

:func:`track` reads the action table back from each recorder-edited draft
(found by its header row, Chinese or English; whatever rows were changed,
added or deleted), merges it into the tracking sheet by meeting and item, and
writes an iCalendar file with one all-day event per dated action and an alarm
the day before.

Identity: a draft carries its meeting id in the core properties
(``identifier``, set by :mod:`pipeline.render.docx`) and each rendered action
row a hidden bookmark ``_mi_<key>``; a row the recorder added has none and is
keyed by its task text. The draft is the source of truth for task, owner,
department, due date and deliverable; the sheet is the source of truth for the
status and for rows the team added there by hand (no item id): rerunning keeps
both. A rendered row the recorder deleted from the draft leaves the sheet.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn

from pipeline.errors import DraftUnreadable, NotATrackingSheet, TrackerUnreadable
from pipeline.files import atomic_write, zip_hazard
from pipeline.jobs import edited_since_written
from pipeline.render.docx import ITEM_BOOKMARK_PREFIX, KEYWORDS_TAG, LABELS
from pipeline.render.followup import follow_up_key, is_follow_up_table, read_follow_up_table

SHEET_TITLE = "行动项跟踪表"
STATUSES = ("未开始", "进行中", "已完成", "延期")
DEFAULT_STATUS = STATUSES[0]
DONE_STATUS = STATUSES[2]

#: sheet columns: (key, header); the header is what people see and what a rerun reads back
COLUMNS: tuple[tuple[str, str], ...] = (
    ("meeting", "会议"),
    ("meeting_date", "会议日期"),
    ("no", "序号"),
    ("task", "任务"),
    ("owner", "负责人"),
    ("department", "部门"),
    ("due", "截止时间"),
    ("deliverable", "交付成果"),
    ("support", "所需支持/备注"),
    ("status", "状态"),
    ("updated", "最后更新"),
    ("note", "提示"),
    ("delay_reason", "延期原因"),  # the team fills these two; reruns keep them
    ("remedy", "协调方案"),
    ("series", "会议系列"),
    ("followup", "跟进来源"),  # hidden: which later meeting's follow-up set the status/date (applied once)
    ("meeting_id", "会议ID"),
    ("item_id", "条目ID"),
)
COLUMN_WIDTHS = {"meeting": 24, "meeting_date": 11, "series": 14, "delay_reason": 18, "remedy": 18, "followup": 12,
                 "no": 5, "task": 40, "owner": 10, "department": 10,
                 "due": 12, "deliverable": 22, "support": 22, "status": 8, "updated": 11, "note": 24,
                 "meeting_id": 12, "item_id": 12}
#: fields copied from the draft (a change in any of them refreshes "last updated")
DRAFT_FIELDS = ("task", "owner", "department", "due", "deliverable", "support")

#: draft table headers (normalised: lower case, no spaces) -> field; zh and en, with common edits
DRAFT_HEADERS: dict[str, str] = {
    "序号": "no", "no.": "no", "no": "no", "#": "no",
    "任务": "task", "任务事项": "task", "task": "task", "action": "task",
    "负责人": "owner", "owner": "owner",
    "部门": "department", "责任部门": "department", "department": "department", "dept.": "department",
    "截止时间": "due", "截止日期": "due", "完成时间": "due", "due": "due", "deadline": "due", "duedate": "due",
    "交付成果": "deliverable", "交付物": "deliverable", "deliverable": "deliverable",
    "所需支持/备注": "support", "备注": "support", "所需支持": "support",
    "support/notes": "support", "support": "support", "notes": "support",
}

#: the weekly digest `minutes track --digest` writes beside the sheet (actions.2026-W49.docx): no draft
DIGEST_NAME = re.compile(r"\.\d{4}-W\d{2}\.docx$")

PLACEHOLDERS = tuple(labels["placeholder"] for labels in LABELS.values())

#: a text cell starting with one of these could be taken for a formula (OWASP, CSV/formula injection;
#: the full-width ＝ too, which some input methods turn into =): stored as text with Excel's quote prefix
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
#: the headers that make a sheet a tracking sheet, when its tab was renamed
SHEET_KEY_HEADERS = ("任务", "条目ID")


class Formula(str):
    """A formula the team wrote in a column of their own in the sheet: written back as a formula.
    Every other text (all of a draft's) is written as text, whatever it starts with."""


@dataclass
class ActionRow:
    """One row of the tracking sheet (or of a draft's action table)."""

    meeting: str = ""
    meeting_date: str = ""
    series: str = ""
    no: str = ""
    task: str = ""
    owner: str = ""
    department: str = ""
    due: dt.date | str | None = None  # a date when understood, else the text typed (flagged)
    deliverable: str = ""
    support: str = ""
    status: str = ""
    delay_reason: str = ""
    remedy: str = ""
    updated: dt.date | str | None = None
    note: str = ""
    followup: str = ""
    meeting_id: str = ""
    item_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # the team's own columns: header -> value

    def key(self) -> tuple[str, str]:
        return (self.meeting_id, self.item_id)


@dataclass
class DraftActions:
    """The action table of one draft, with the meeting it belongs to."""

    path: Path
    meeting_id: str
    meeting: str
    meeting_date: str
    rows: list[ActionRow] = field(default_factory=list)
    series: str = ""
    follow_ups: list = field(default_factory=list)  # FollowUpRow: the earlier items this meeting updated


@dataclass
class TrackReport:
    """What :func:`track` did, for the CLI to print."""

    xlsx_path: Path
    ics_path: Path | None
    meetings: int = 0
    rows: int = 0  # rows in the sheet after the merge
    added: int = 0  # draft rows new to the sheet
    changed: int = 0  # draft rows whose fields changed since the last run
    removed: int = 0  # rendered rows the recorder deleted from the draft
    kept_status: int = 0  # rows whose status the team had set (kept)
    kept_manual: int = 0  # rows the team added in the sheet (kept)
    events: int = 0
    followed_up: int = 0  # rows whose status or date a later meeting's follow-up set
    auto_delayed: int = 0  # rows marked 延期: their date passed and they are not done
    flagged: list[str] = field(default_factory=list)  # e.g. a due date that could not be read
    superseded: list[Path] = field(default_factory=list)  # other drafts of a meeting given twice, ignored
    superseded_by: list[Path] = field(default_factory=list)  # ... and the draft read instead of each
    skipped: list[Path] = field(default_factory=list)  # Word's "~$…docx" owner files (a draft is open in Word)
    not_drafts: list[Path] = field(default_factory=list)  # other Word files found in a drafts folder


def track(drafts: list[Path], xlsx_path: Path, ics_path: Path | None = None,
          today: dt.date | None = None, skip_unreadable: bool = False) -> TrackReport:
    """Merge the action tables of ``drafts`` into ``xlsx_path``; write reminders to ``ics_path``.

    ``skip_unreadable``: a file that is no draft (a folder's other Word files) is listed in
    ``report.not_drafts`` instead of stopping the run."""
    today = today or dt.date.today()
    report = TrackReport(Path(xlsx_path), Path(ics_path) if ics_path else None)
    by_meeting: dict[str, DraftActions] = {}
    for path in drafts:
        if Path(path).name.startswith("~$"):  # Word's owner file beside a draft open in Word
            report.skipped.append(Path(path))
            continue
        if skip_unreadable and DIGEST_NAME.search(Path(path).name):  # our own weekly digest in the folder
            continue
        try:
            found = read_draft(Path(path))
        except DraftUnreadable:
            if not skip_unreadable:
                raise
            report.not_drafts.append(Path(path))
            continue
        previous = by_meeting.get(found.meeting_id)
        if previous is not None:  # e.g. x.docx and x.v2.docx: the recorder's edit wins, then the newest
            older, found = sorted((previous, found), key=_draft_rank)
            report.superseded.append(older.path)
            report.superseded_by.append(found.path)
        by_meeting[found.meeting_id] = found
    report.meetings = len(by_meeting)

    existing = read_sheet(Path(xlsx_path)) if Path(xlsx_path).exists() else []
    old_by_key = {r.key(): r for r in existing if r.item_id}
    fresh = {mid: _merge_meeting(meeting, old_by_key, today, report) for mid, meeting in by_meeting.items()}
    merged: list[ActionRow] = []
    for row in existing:  # the sheet's order stays: a meeting's rows replace its old rows in place
        if row.item_id and row.meeting_id in by_meeting:
            merged.extend(fresh.pop(row.meeting_id, []))  # at the first old row; later ones dropped
            continue
        if not row.item_id:
            report.kept_manual += 1
        merged.append(row)
    for rows in fresh.values():  # meetings new to the sheet go at the end
        merged.extend(rows)
    for meeting in by_meeting.values():
        live = {row.key() for row in meeting.rows}
        report.removed += sum(1 for k in old_by_key if k[0] == meeting.meeting_id and k not in live)
    report.followed_up = apply_follow_ups(merged, list(by_meeting.values()), today)
    report.auto_delayed = mark_delayed(merged, today)
    for row in merged:
        if isinstance(row.due, str) and row.due.strip():
            row.note = _flag_note(row.note, row.due)
            report.flagged.append(f"{row.meeting} / {row.task}: 截止时间无法识别 “{row.due}”")
    report.rows = len(merged)
    write_sheet(merged, Path(xlsx_path))
    if ics_path is not None:
        report.events = write_ics(merged, Path(ics_path))
    return report


def _draft_rank(draft: DraftActions) -> tuple[int, float]:
    """Which of two drafts of one meeting to read: the final (``minutes finalize``), then one the
    recorder edited (the batch's job store no longer matches it) over one unknown to the store over a
    machine draft as written (a ``.v2.docx`` written beside an edited draft); then the newer."""
    if draft.path.name.endswith(".final.docx"):  # issued by `minutes finalize`: the reviewed version
        return 3, draft.path.stat().st_mtime
    edited = edited_since_written(draft.path)
    return (2 if edited else 1 if edited is None else 0), draft.path.stat().st_mtime


def _merge_meeting(meeting: DraftActions, old_by_key: dict[tuple[str, str], ActionRow],
                   today: dt.date, report: TrackReport) -> list[ActionRow]:
    """The meeting's rows from its draft, with the status, note and date of the sheet's rows."""
    rows = []
    for row in meeting.rows:
        old = old_by_key.get(row.key())
        if old is None:
            report.added += 1
            row.status, row.updated = DEFAULT_STATUS, today
        else:
            if old.status and old.status != DEFAULT_STATUS:
                report.kept_status += 1
            row.status = old.status or DEFAULT_STATUS
            row.note = _unflag(old.note)
            row.extra = old.extra
            row.delay_reason, row.remedy, row.followup = old.delay_reason, old.remedy, old.followup
            if old.followup and old.due is not None:
                row.due = old.due  # a later meeting moved the date: its word is newer than this draft's
            same = all(_same(getattr(row, f), getattr(old, f)) for f in DRAFT_FIELDS)
            row.updated = old.updated if same and old.updated else today
            report.changed += 0 if same else 1
        rows.append(row)
    return rows


#: follow-up status codes (records.FOLLOW_UP_STATUSES) -> the sheet's statuses
SHEET_STATUS = {"not_started": STATUSES[0], "in_progress": STATUSES[1], "done": STATUSES[2], "delayed": STATUSES[3]}
DELAYED_STATUS = STATUSES[3]
AUTO_DELAYED_NOTE = "已过截止时间未完成，自动标为延期"
FOLLOW_UP_NOTE = "{date}会议跟进：{status}"


def apply_follow_ups(rows: list[ActionRow], drafts: list[DraftActions], today: dt.date) -> int:
    """Take into the sheet what later meetings said about earlier items (their drafts' follow-up
    tables, as the recorder left them): status and due date. Each meeting's word on an item is
    applied once (remembered in the hidden 跟进来源 column), so a status the team set afterwards
    stays; a later meeting's word wins over an earlier one's. Returns the rows changed."""
    by_key = {follow_up_key(r.meeting_id, r.item_id): r for r in rows if r.item_id}
    changed = 0
    for draft in sorted(drafts, key=lambda d: d.meeting_date or ""):
        for fu in draft.follow_ups:
            row = by_key.get(fu.key)
            if row is None or not fu.updated or row.meeting_id == draft.meeting_id:
                continue
            status = SHEET_STATUS.get(fu.status or "")
            mark = f"{draft.meeting_id[:16]}:{fu.status or ''}:{fu.due.isoformat() if fu.due else ''}"
            if row.followup == mark or _applied_later(row.followup, draft, drafts):
                continue
            moved = fu.due is not None and fu.due != row.due
            if status:
                row.status = status
            if moved:
                row.due = fu.due
            row.followup, row.updated = mark, today
            said = FOLLOW_UP_NOTE.format(date=draft.meeting_date or draft.meeting, status=status or row.status)
            if moved:
                said += f"，截止时间改为{fu.due.isoformat()}"
            row.note = said if not row.note else (row.note if said in row.note else f"{row.note}；{said}")
            changed += 1
    return changed


def _applied_later(mark: str, draft: DraftActions, drafts: list[DraftActions]) -> bool:
    """Was the row last set by a meeting later than ``draft``?"""
    source = next((d for d in drafts if mark.startswith(d.meeting_id[:16] + ":")), None)
    return source is not None and (source.meeting_date or "") > (draft.meeting_date or "")


def mark_delayed(rows: list[ActionRow], today: dt.date) -> int:
    """延期 on every row whose due date has passed and that is neither done nor marked already."""
    count = 0
    for row in rows:
        if isinstance(row.due, dt.date) and row.due < today and row.status not in (DONE_STATUS, DELAYED_STATUS):
            row.status = DELAYED_STATUS
            if AUTO_DELAYED_NOTE not in (row.note or ""):
                row.note = f"{row.note}；{AUTO_DELAYED_NOTE}" if row.note else AUTO_DELAYED_NOTE
            count += 1
    return count


# --- reading a draft -------------------------------------------------------------


def read_draft(path: Path) -> DraftActions:
    """The action table of one draft .docx, placeholders read as empty."""
    if (hazard := zip_hazard(path)) is not None:
        raise DraftUnreadable(path, f"not read: {hazard}",
                              "pass the .docx drafts written by `minutes render`/`minutes process`") from None
    try:
        document = docx.Document(str(path))
    except Exception as e:
        raise DraftUnreadable(path, f"not a Word .docx draft ({type(e).__name__})",
                              "pass the .docx drafts written by `minutes render`/`minutes process`") from None
    cp = document.core_properties
    meeting_id = (cp.identifier or "").strip() or path.stem.removesuffix(".v2")
    meeting_date = ""
    match = re.search(r"date=(\d{4}-\d{2}-\d{2})", cp.keywords or "")
    if match and KEYWORDS_TAG in (cp.keywords or ""):
        meeting_date = match.group(1)
    title = (cp.title or "").strip() or path.stem
    series = re.search(r"series=([^;]+)", cp.keywords or "") if KEYWORDS_TAG in (cp.keywords or "") else None
    meeting = DraftActions(path, meeting_id, title, meeting_date, series=series.group(1).strip() if series else "")
    ref = _iso_date(meeting_date)
    meeting.follow_ups = read_follow_up_table(document, ref)

    table, columns = _find_action_table(document)
    if table is None:
        raise DraftUnreadable(path, "no action-item table found (a table whose header has 任务 and 负责人, "
                                    "or Task and Owner)",
                              "keep the header row of the 行动项 table when editing the draft")
    seen_bookmarks: set[str] = set()
    for tr in table.rows[1:]:
        cells = [_cell_text(c) for c in tr.cells]
        values = {name: cells[i] for name, i in columns.items() if i < len(cells)}
        if not any(v for k, v in values.items() if k != "no"):
            continue  # an empty row
        row = ActionRow(meeting=title, meeting_date=meeting_date, meeting_id=meeting_id, series=meeting.series,
                        **{k: v for k, v in values.items() if k in DRAFT_FIELDS + ("no",) and k != "due"})
        due_text = values.get("due", "")
        parsed = parse_due(due_text, ref)
        row.due = parsed if parsed is not None else (due_text or None)
        bookmark = _row_bookmark(tr._tr)
        if bookmark and bookmark not in seen_bookmarks:
            seen_bookmarks.add(bookmark)
            row.item_id = bookmark
        else:  # a row the recorder added (or copied): keyed by its words
            row.item_id = "r" + hashlib.sha1(_normal(row.task).encode("utf-8")).hexdigest()[:9]
        meeting.rows.append(row)
    return meeting


def _find_action_table(document) -> tuple[Any, dict[str, int]]:
    for table in document.tables:
        if not table.rows or is_follow_up_table([c.text for c in table.rows[0].cells]):
            continue  # the follow-up of an earlier meeting's actions has 任务 and 负责人 too
        columns: dict[str, int] = {}
        for i, cell in enumerate(table.rows[0].cells):
            name = DRAFT_HEADERS.get(re.sub(r"\s+", "", cell.text).lower())
            if name and name not in columns:
                columns[name] = i
        if "task" in columns and "owner" in columns:
            return table, columns
    return None, {}


def _cell_text(cell) -> str:
    text = "\n".join(p.text for p in cell.paragraphs).strip()
    for placeholder in PLACEHOLDERS:
        text = text.replace(placeholder, "")
    return text.strip()


def _row_bookmark(tr) -> str | None:
    for el in tr.iter(qn("w:bookmarkStart")):
        name = el.get(qn("w:name")) or ""
        if name.startswith(ITEM_BOOKMARK_PREFIX):
            return name[len(ITEM_BOOKMARK_PREFIX):]
    return None


# --- dates typed by people --------------------------------------------------------

_MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], 1) for m in names}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def parse_due(text: Any, ref: dt.date | None = None) -> dt.date | None:
    """A date from what a person typed: 2024-08-15, 2024/8/15, 2024年8月15日, 8月15日, 8/15,
    八月十五日, Aug 15, 15 August 2024, October 17, 2025. The year, when missing, is the
    meeting's (``ref``), or the next one if that would put the date long before the meeting.
    Returns None when no date can be read."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    if not isinstance(text, str) or not text.strip():
        return None
    t = unicodedata.normalize("NFKC", text).strip().lower()
    t = re.sub(r"[〇零一二两三四五六七八九十]+(?=[月日号])", lambda m: str(_cn_number(m.group(0))), t)
    patterns: list[tuple[str, tuple[str, str, str]]] = [
        (r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", ("y", "m", "d")),
        (r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", ("m", "d", "y")),
        (r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?", ("m", "d", "")),
        (r"(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(\d{4}))?", ("d", "M", "y")),
        (_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?", ("M", "d", "y")),
        (r"(?<![\d.])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d.])", ("m", "d", "")),
    ]
    for pattern, roles in patterns:
        m = re.search(pattern, t)
        if not m:
            continue
        parts: dict[str, int] = {}
        for role, value in zip(roles, m.groups()):
            if not role or value is None:
                continue
            if role == "M":
                parts["m"] = _MONTHS[value.rstrip(".")]
            else:
                parts[role] = int(value)
        if roles == ("m", "d", "y") and parts["m"] > 12 >= parts["d"]:
            parts["m"], parts["d"] = parts["d"], parts["m"]  # 17/10/2025: day first
        year = parts.get("y")
        base = ref or dt.date.today()
        try:
            if year is not None:
                return dt.date(year, parts["m"], parts["d"])
            candidate = dt.date(base.year, parts["m"], parts["d"])
            if candidate < base - dt.timedelta(days=60):
                candidate = dt.date(base.year + 1, parts["m"], parts["d"])
            return candidate
        except ValueError:
            return None
    return _relative_due(text, ref) if ref is not None else None


_AROUND_A_DUE = re.compile(r"[\s,，.。;；:：、]+|之前|以前|前|截止|为止|by|before|until|no later than", re.I)


def _relative_due(text: str, ref: dt.date) -> dt.date | None:
    """A due date typed relative to the meeting (下周五, 本月底, 两周内, next Friday, end of month),
    resolved against the meeting's date as the minutes' own deadlines are. Only when the cell says
    nothing but that date, and it names a day ("下周", "下周找时间" stay unread)."""
    from pipeline.text.dates import find_dates

    lang = "zh" if _has_cjk(text) else "en"
    found = [m for m in find_dates(text, lang, ref) if not m.superseded]
    if len(found) != 1 or not found[0].date or (found[0].rule or "").endswith("_week"):
        return None  # 下周 / next week names no day: the team picks one
    if _AROUND_A_DUE.sub("", text.replace(found[0].text, "")):
        return None
    return _iso_date(found[0].date)


def _cn_number(s: str) -> int:
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    n = 0
    for ch in s:
        n = n * 10 + _CN_DIGITS.get(ch, 0)
    return n


def _iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def _normal(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).lower()


def _same(a: Any, b: Any) -> bool:
    def norm(v: Any) -> str:
        if isinstance(v, dt.datetime):
            v = v.date()
        if isinstance(v, dt.date):
            return v.isoformat()
        return "" if v is None else str(v).strip()
    return norm(a) == norm(b)


DUE_FLAG = "截止时间无法识别，请核实"


def _flag_note(note: str, due: str) -> str:
    return note if DUE_FLAG in (note or "") else (f"{note}；{DUE_FLAG}" if note else DUE_FLAG)


def _unflag(note: str | None) -> str:
    """The team's own note, without the flag a previous run added (it is re-added if still true)."""
    return (note or "").replace(f"；{DUE_FLAG}", "").replace(DUE_FLAG, "").strip()


# --- the sheet --------------------------------------------------------------------


def read_sheet(path: Path) -> list[ActionRow]:
    """The rows of an existing tracking sheet (header row read back by name).

    Refuses (NotATrackingSheet) a workbook that is none: no 行动项跟踪表 tab, and a first sheet
    without the tracker's 任务 and 条目ID columns (a budget given to -o by mistake)."""
    wb = _load_workbook(path)
    ws = wb[SHEET_TITLE] if SHEET_TITLE in wb.sheetnames else wb.worksheets[0]
    _check_tracking_sheet(wb, ws, path)
    header_to_key = {h: k for k, h in COLUMNS}
    cells = ws.iter_rows()
    header = [c.value for c in next(cells, ())] or None
    formulas: list[list[bool]] = []
    rows = ([c.value for c in row] for row in _remember(cells, formulas))
    if header is None:
        return []
    index = {header_to_key[str(h).strip()]: i for i, h in enumerate(header) if h and str(h).strip() in header_to_key}
    extra = {str(h).strip(): i for i, h in enumerate(header)
             if h is not None and str(h).strip() and str(h).strip() not in header_to_key}  # the team's columns
    out = []
    for values in rows:
        if values is None or all(v is None or str(v).strip() == "" for v in values):
            continue
        row = ActionRow()
        for key, i in index.items():
            v = values[i] if i < len(values) else None
            if key in ("due", "updated"):
                v = v.date() if isinstance(v, dt.datetime) else v
                setattr(row, key, v if isinstance(v, dt.date) else (str(v).strip() if v is not None else None))
            else:
                setattr(row, key, "" if v is None else str(v).strip())
        is_formula = formulas[-1]
        row.extra = {h: Formula(values[i]) if is_formula[i] else values[i]
                     for h, i in extra.items() if i < len(values) and values[i] is not None}
        if isinstance(row.due, str):  # a team-typed date in the sheet
            row.due = parse_due(row.due, _iso_date(row.meeting_date)) or row.due or None
        out.append(row)
    return out


def _remember(rows, formulas: list):
    """Rows of cells, passed on; ``formulas[-1]`` says, per cell of the row just passed, whether it holds a formula."""
    for row in rows:
        formulas.append([c.data_type == "f" for c in row])
        yield row


def _load_workbook(path: Path):
    import openpyxl

    if (hazard := zip_hazard(path)) is not None:
        raise TrackerUnreadable(path, f"the tracking sheet is not read: {hazard}; it is left as it is",
                                "pass another -o path for the tracking sheet")
    try:
        return openpyxl.load_workbook(path)
    except Exception as e:
        raise TrackerUnreadable(path, f"cannot read the tracking sheet: {e}",
                                "close it in Excel/WPS if it is open, or pass another -o path") from None


def _check_tracking_sheet(wb, ws, path: Path) -> None:
    if ws.title == SHEET_TITLE:
        return
    header = {str(c.value).strip() for c in next(ws.iter_rows(max_row=1), ()) if c.value is not None}
    if all(h in header for h in SHEET_KEY_HEADERS):
        return  # the team renamed the tab
    if all(sheet.max_row <= 1 and sheet.max_column <= 1 and sheet["A1"].value is None for sheet in wb.worksheets):
        return  # an empty workbook: nothing to lose
    raise NotATrackingSheet(path, f"is not a tracking sheet: it has no sheet named {SHEET_TITLE}, and its first sheet "
                                  f"'{ws.title}' has no {' and '.join(SHEET_KEY_HEADERS)} columns; it was left as it is",
                            "give -o a new file for the tracking sheet (e.g. -o actions.xlsx), or the sheet "
                            "`minutes track` wrote before")


def _as_text(cell, given: Any = None) -> None:
    """Store a text cell as text, never as a formula; one that could be taken for one gets Excel's
    quote prefix (shown as typed, and still text when someone edits it in Excel or WPS). ``given``:
    the value as given to the cell (openpyxl keeps no str subclass), a :class:`Formula` stays one."""
    if isinstance(cell.value, str) and not isinstance(given, Formula):
        cell.data_type = "s"
        if cell.value.startswith(FORMULA_PREFIXES):
            cell.quotePrefix = True


def write_sheet(rows: list[ActionRow], path: Path) -> Path:
    """Write the 行动项跟踪表: header, rows, status drop-down, overdue highlight."""
    import openpyxl
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb, ws = _workbook_keeping_other_sheets(path)
    keys = [k for k, _ in COLUMNS]
    extras = list(dict.fromkeys(h for row in rows for h in row.extra))  # the team's columns, kept at the right
    ws.append([h for _, h in COLUMNS] + extras)
    for cell in ws[1]:
        _as_text(cell)  # the team's own headers too
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    flag_fill = PatternFill("solid", fgColor="FFFF00")
    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in ws[1]:
        cell.border = border
    for row in rows:
        ws.append([getattr(row, k) if getattr(row, k) is not None else None for k in keys]
                  + [row.extra.get(h) for h in extras])
        r = ws.max_row
        lines = 1
        for i, key in enumerate(keys, 1):
            cell = ws.cell(r, i)
            _as_text(cell)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            cell.border = border
            if key in ("due", "updated") and isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(cell.value, str) and key not in ("followup", "meeting_id", "item_id"):
                lines = max(lines, _wrapped_lines(cell.value, COLUMN_WIDTHS[key]))
        for i, h in enumerate(extras, len(keys) + 1):  # the team's columns, looking like the rest
            _as_text(ws.cell(r, i), row.extra.get(h))  # their formulas (Formula) stay formulas
            ws.cell(r, i).alignment, ws.cell(r, i).border = Alignment(vertical="top", wrap_text=True), border
        ws.row_dimensions[r].height = 15 * lines  # Excel and LibreOffice do not grow rows on open
        if isinstance(row.due, str) and row.due:
            ws.cell(r, keys.index("due") + 1).fill = flag_fill
    for i, key in enumerate(keys, 1):
        ws.column_dimensions[get_column_letter(i)].width = COLUMN_WIDTHS[key]
    for i, _ in enumerate(extras, len(keys) + 1):
        ws.column_dimensions[get_column_letter(i)].width = 14
        header = ws.cell(1, i)
        header.font, header.fill, header.border = Font(bold=True), PatternFill("solid", fgColor="D9D9D9"), border
    for key in ("followup", "meeting_id", "item_id"):  # the merge keys: kept, out of the way
        ws.column_dimensions[get_column_letter(keys.index(key) + 1)].hidden = True
    last = max(ws.max_row, 2) + 500  # room for rows the team adds
    status_col = get_column_letter(keys.index("status") + 1)
    due_col = get_column_letter(keys.index("due") + 1)
    validation = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"', allow_blank=True,
                                showErrorMessage=True, errorTitle="状态", error="请选择：" + "/".join(STATUSES))
    validation.add(f"{status_col}2:{status_col}{last}")
    ws.add_data_validation(validation)
    ws.conditional_formatting.add(
        f"A2:{get_column_letter(len(keys) + len(extras))}{last}",
        FormulaRule(formula=[f'AND(ISNUMBER(${due_col}2),${due_col}2<TODAY(),${status_col}2<>"{DONE_STATUS}")'],
                    fill=PatternFill("solid", fgColor="F8CBAD")))
    ws.freeze_panes = "A2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(keys) + len(extras))}{max(ws.max_row, 1)}"
    buffer = io.BytesIO()  # made in memory: a full disk fails one plain write, no half-closed zip file
    wb.save(buffer)
    return atomic_write(path, lambda tmp: tmp.write_bytes(buffer.getvalue()))


def _workbook_keeping_other_sheets(path: Path):
    """A workbook with an empty 行动项跟踪表 to fill: the existing file's, when the team added
    sheets of their own to it (a summary, a chart's data), so those stay; else a new one."""
    import openpyxl

    if Path(path).is_file():
        if (hazard := zip_hazard(Path(path))) is not None:
            raise TrackerUnreadable(path, f"the tracking sheet is not read: {hazard}; it is left as it is",
                                    "pass another -o path for the tracking sheet")
        try:
            wb = openpyxl.load_workbook(path)
        except Exception:
            wb = None
        if wb is not None and SHEET_TITLE in wb.sheetnames and len(wb.sheetnames) > 1:
            at = wb.sheetnames.index(SHEET_TITLE)
            wb.remove(wb[SHEET_TITLE])
            ws = wb.create_sheet(SHEET_TITLE, at)
            wb.active = at
            return wb, ws
    wb = openpyxl.Workbook()
    wb.active.title = SHEET_TITLE
    return wb, wb.active


def _wrapped_lines(text: str, width_chars: float) -> int:
    """How many lines ``text`` takes in a column ``width_chars`` wide (CJK counts double)."""
    total = 0
    for line in text.split("\n"):
        units = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
        total += max(1, -(-units // max(int(width_chars) - 1, 1)))
    return total


# --- reminders ----------------------------------------------------------------------

#: an event's SEQUENCE is the days from this date to its row's 最后更新 (a moved date is a newer event)
SEQUENCE_EPOCH = dt.date(2020, 1, 1)
#: the alarm fires at 09:00 on the day before an all-day event (its start is 00:00)
ALARM_BEFORE = dt.timedelta(hours=15)


#: the words of a reminder, by the language of the action's text
REMINDER_WORDS = {
    "zh": {"summary": "行动项到期：{task}{owner}", "alarm": "明天到期：{task}{owner}", "owner": "（{}）",
           "meeting": "会议：", "owner_label": "负责人：", "department": "部门：", "deliverable": "交付成果：",
           "status": "状态："},
    "en": {"summary": "Action due: {task}{owner}", "alarm": "Due tomorrow: {task}{owner}", "owner": " ({})",
           "meeting": "Meeting: ", "owner_label": "Owner: ", "department": "Department: ",
           "deliverable": "Deliverable: ", "status": "Status: ",
           "statuses": dict(zip(STATUSES, ("not started", "in progress", "done", "postponed")))},
}


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def write_ics(rows: list[ActionRow], path: Path) -> int:
    """One all-day VEVENT per dated, unfinished action, each with a VALARM the day before."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", "-//minutes//action reminders//ZH")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", SHEET_TITLE)
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    count = 0
    for row in rows:
        if not isinstance(row.due, dt.date) or row.status == DONE_STATUS:
            continue
        event = icalendar.Event()
        uid_basis = f"{row.meeting_id}-{row.item_id}" if row.item_id else _normal(row.meeting + row.task)
        event.add("uid", hashlib.sha1(uid_basis.encode("utf-8")).hexdigest()[:16] + "@minutes")
        event.add("dtstamp", stamp)
        if isinstance(row.updated, dt.date):  # grows when the row changes: calendars take the rerun's event
            event.add("sequence", max(0, (row.updated - SEQUENCE_EPOCH).days))
        event.add("dtstart", row.due)
        event.add("dtend", row.due + dt.timedelta(days=1))
        words = REMINDER_WORDS["zh" if _has_cjk(row.task + row.meeting) else "en"]
        owner = words["owner"].format(row.owner) if row.owner else ""
        event.add("summary", words["summary"].format(task=row.task, owner=owner))
        details = [f"{words['meeting']}{row.meeting} {row.meeting_date}".strip()]
        for key in ("owner_label", "department", "deliverable", "status"):
            value = getattr(row, "owner" if key == "owner_label" else key)
            if key == "status":
                value = words.get("statuses", {}).get(value, value)  # the sheet's 未开始 in an English reminder
            if value:
                details.append(f"{words[key]}{value}")
        event.add("description", "\n".join(details))
        event.add("transp", "TRANSPARENT")
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", words["alarm"].format(task=row.task, owner=owner))
        alarm.add("trigger", -ALARM_BEFORE)
        event.add_component(alarm)
        cal.add_component(event)
        count += 1
    atomic_write(path, lambda tmp: tmp.write_bytes(cal.to_ical()))
    return count
