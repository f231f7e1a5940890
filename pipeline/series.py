"""Meetings of one series (sidecar ``series = "…"``): the open actions a meeting follows up.

:func:`open_items` gathers the open action items of the earlier meetings of a meeting's series
from a drafts folder: from the tracking sheet (``actions.xlsx`` there) when it holds them, else
from the earlier meetings' drafts as the recorder left them (read back like ``minutes track``
does), each draft's own follow-up table applied in date order so an item closed at the second
meeting is not listed at the third. :func:`add_follow_up` puts them on this meeting's minutes
(``follow_up``) with what this meeting said about each (:mod:`pipeline.text.followup`) and a
review note per spoken update.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pipeline import records
from pipeline.errors import MinutesError

CODES = ("not_started", "in_progress", "done", "delayed")


@dataclass
class SeriesOptions:
    """Where a series' earlier meetings are looked for. Defaults in one place."""

    sheet_name: str = "actions.xlsx"  # the tracking sheet in the drafts folder, as the batch suggests


def series_of(meeting: records.Meeting) -> str | None:
    value = meeting.extra.get("series")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _order(meeting: records.Meeting) -> tuple[str, str]:
    return (meeting.date or "", meeting.start or "")


@dataclass
class _Earlier:
    stem_path: Path  # <folder>/<stem> (no suffix)
    minutes: records.Minutes
    transcript: records.Transcript | None


def earlier_meetings(meeting: records.Meeting, drafts_dir: Path, exclude: Path | None = None) -> list[_Earlier]:
    """The meetings of ``meeting``'s series in ``drafts_dir`` (subfolders too) held before it, oldest first."""
    series = series_of(meeting)
    if not series or not meeting.date:
        return []
    found = []
    for path in sorted(Path(drafts_dir).rglob("*.minutes.json")):
        if exclude is not None and path.resolve() == Path(exclude).resolve():
            continue
        try:
            minutes = records.load_minutes(path)
        except MinutesError:
            continue
        if series_of(minutes.meeting) != series or _order(minutes.meeting) >= _order(meeting):
            continue
        stem = path.with_name(path.name.removesuffix(".minutes.json"))
        transcript_path = stem.with_name(stem.name + ".transcript.json")
        transcript = None
        if transcript_path.is_file():
            try:
                transcript = records.load_transcript(transcript_path)
            except MinutesError:
                transcript = None
        found.append(_Earlier(stem, minutes, transcript))
    return sorted(found, key=lambda e: _order(e.minutes.meeting))


def _draft_of(stem: Path) -> Path | None:
    """The draft to read for a meeting, as `minutes track` picks it: the final (`minutes finalize`), the
    recorder's edit over a machine draft, then the newest."""
    from pipeline.render.tracker import _draft_rank, read_draft

    candidates = [p for p in [stem.with_name(stem.name + ".final.docx"), stem.with_name(stem.name + ".docx"),
                              *sorted(stem.parent.glob(stem.name + ".v*.docx"))] if p.is_file()]
    ranked = []
    for path in candidates:
        try:
            ranked.append((_draft_rank(read_draft(path)), path))
        except MinutesError:
            continue
    return max(ranked)[1] if ranked else None


def open_items(meeting: records.Meeting, meeting_id: str, drafts_dir: Path, exclude: Path | None = None,
               options: SeriesOptions | None = None,
               ) -> tuple[list[records.FollowUpItem], dict[tuple[str, str], str]]:
    """The open items of the earlier meetings of the series, oldest meeting first, and the words
    said when each was given (for matching), keyed by (meeting_id, item_id)."""
    from pipeline.render.docx import item_key, meeting_id_for
    from pipeline.render.tracker import SHEET_STATUS, read_draft, read_sheet

    options = options or SeriesOptions()
    earlier = earlier_meetings(meeting, drafts_dir, exclude)
    if not earlier:
        return [], {}
    said: dict[tuple[str, str], str] = {}
    ids: dict[str, _Earlier] = {}
    for e in earlier:
        mid = meeting_id_for(e.minutes, e.transcript, e.stem_path.name)
        ids[mid] = e
        texts = {u.id: u.text for u in e.transcript.utterances} if e.transcript else {}
        for n, item in enumerate(e.minutes.action_items, 1):
            said[(mid, item_key(item, n))] = " ".join(texts.get(i, "") for i in item.evidence)

    code_of = {v: k for k, v in SHEET_STATUS.items()}
    when = dt.date.fromisoformat(meeting.date) if meeting.date else None
    sheet = Path(drafts_dir) / options.sheet_name
    items: dict[tuple[str, str], records.FollowUpItem] = {}
    rows = []
    if sheet.is_file():
        try:
            rows = read_sheet(sheet)
        except MinutesError:
            rows = []
    series = series_of(meeting)
    rows = [r for r in rows if r.item_id and r.meeting_id != meeting_id and (r.meeting_id in ids or r.series == series)
            and (r.meeting_date or "") < (meeting.date or "")]
    if rows:  # the sheet is where the team keeps the statuses
        for r in rows:
            code = code_of.get(r.status, "not_started")
            set_here = r.followup.startswith(meeting_id[:16] + ":")  # closed by this very meeting (a rerun)
            if code == "done" and not set_here:
                continue
            items[(r.meeting_id, r.item_id)] = _item(r, "not_started" if set_here else code)
    else:
        for e in earlier:
            draft = _draft_of(e.stem_path)
            mid = meeting_id_for(e.minutes, e.transcript, e.stem_path.name)
            if draft is None:  # no draft: the minutes as extracted
                actions = read_minutes_actions(e.minutes, mid)
                follow_ups = []
            else:
                found = read_draft(draft)
                actions, follow_ups = found.rows, found.follow_ups
            _apply_follow_ups(items, follow_ups)
            for r in actions:
                items[(r.meeting_id, r.item_id)] = _item(r, "not_started")
    out = list(items.values())
    for item in out:  # as the sheet does: past its date and not done is delayed
        due = _date(item.due)
        if when is not None and due is not None and due < when and item.status != "done":
            item.status = "delayed"
    return out, said


def read_minutes_actions(minutes: records.Minutes, meeting_id: str):
    """A meeting's action items as sheet rows, from its minutes (when its draft is gone)."""
    from pipeline.render.docx import item_key
    from pipeline.render.tracker import ActionRow

    return [ActionRow(meeting=minutes.meeting.title or "", meeting_date=minutes.meeting.date or "",
                      task=a.task, owner=a.owner or "", department=a.department or "", due=_date(a.due) or a.due,
                      deliverable=a.deliverable or "", meeting_id=meeting_id, item_id=item_key(a, n))
            for n, a in enumerate(minutes.action_items, 1)]


def _apply_follow_ups(items: dict[tuple[str, str], records.FollowUpItem], follow_ups: list) -> None:
    """A later draft's follow-up table on the items gathered so far: done ones leave, dates move."""
    from pipeline.render.followup import follow_up_key

    by_key = {follow_up_key(*k): k for k in items}
    for fu in follow_ups:
        k = by_key.get(fu.key)
        if k is None:
            continue
        if fu.status == "done":
            items.pop(k)
            continue
        if fu.status:
            items[k].status = fu.status
        if fu.due is not None:
            items[k].due = fu.due.isoformat()


def _item(row, status: str) -> records.FollowUpItem:
    due = row.due.isoformat() if isinstance(row.due, dt.date) else None
    extra = {"deliverable": row.deliverable} if row.deliverable else {}
    return records.FollowUpItem(task=row.task, meeting=row.meeting, meeting_date=row.meeting_date or None,
                                meeting_id=row.meeting_id, item_id=row.item_id, owner=row.owner or None,
                                department=row.department or None, due=due, status=status, extra=extra)


def _date(text) -> dt.date | None:
    if isinstance(text, dt.date):
        return text
    try:
        return dt.date.fromisoformat(text or "")
    except (TypeError, ValueError):
        return None


def add_follow_up(minutes: records.Minutes, transcript: records.Transcript, drafts_dir: Path,
                  minutes_path: Path | None = None, meeting_id: str | None = None,
                  options: SeriesOptions | None = None) -> int:
    """Put the series' open items, with this meeting's spoken updates, on ``minutes``; returns how
    many items. Nothing happens for a meeting in no series, or the first of its series."""
    from pipeline.render.docx import meeting_id_for
    from pipeline.text.followup import find_updates, review_note

    if not series_of(minutes.meeting):
        return 0
    meeting_id = meeting_id or meeting_id_for(minutes, transcript, Path(minutes_path).stem if minutes_path else "")
    items, said = open_items(minutes.meeting, meeting_id, drafts_dir, exclude=minutes_path, options=options)
    find_updates(items, transcript, said)
    minutes.follow_up = items
    minutes.review = [n for n in minutes.review if not n.where.startswith("follow_up[")]
    for k, item in enumerate(items):
        if item.update is not None:
            minutes.review.append(records.ReviewNote(where=f"follow_up[{k}]", why=review_note(item, transcript)))
    return len(items)
