"""Typed records mirroring ../shared/FORMATS.md, with JSON round trips.

Every record is a dataclass; ``to_dict()`` gives the JSON object of the
format (keys in the documented order, ``None`` kept as ``null``) and
``Record.from_dict(obj, source=path)`` reads one back, raising
:class:`pipeline.errors.BadRecord` that names the file and the key when a
key is missing or has the wrong type. Keys this version does not know are
kept in ``extra`` so a newer file survives a round trip.
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from pipeline.errors import BadRecord

TRANSCRIPT_SCHEMA = "minutes.transcript/1"
MINUTES_SCHEMA = "minutes/1"
GOLD_SCHEMA = "minutes.gold/1"

R = TypeVar("R", bound="Record")


class Record:
    """Mixin: JSON conversion for the dataclasses below."""

    #: keys that must be present when reading (others take their defaults)
    required: ClassVar[tuple[str, ...]] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            if f.name == "extra":
                continue
            out[f.name] = _dump(getattr(self, f.name))
        out.update(getattr(self, "extra", {}) or {})
        return out

    @classmethod
    def from_dict(cls: type[R], obj: Any, source: str | Path | None = None, where: str = "") -> R:
        if not isinstance(obj, dict):
            raise BadRecord(source, where or "(top level)", f"expected an object, got {type(obj).__name__}")
        hints = typing.get_type_hints(cls)
        kwargs: dict[str, Any] = {}
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        for name in cls.required:
            if name not in obj:
                raise BadRecord(source, _join(where, name), "missing key")
        for name in names - {"extra"}:
            if name in obj:
                kwargs[name] = _load(hints[name], obj[name], source, _join(where, name))
        if "extra" in names:
            kwargs["extra"] = {k: v for k, v in obj.items() if k not in names}
        return cls(**kwargs)


def _join(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def _dump(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def _load(tp: Any, value: Any, source: str | Path | None, where: str) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _load(inner[0], value, source, where)
    if tp is Any:
        return value
    if origin is list:
        if not isinstance(value, list):
            raise BadRecord(source, where, f"expected a list, got {type(value).__name__}")
        return [_load(args[0], v, source, _join(where, i)) for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise BadRecord(source, where, f"expected an object, got {type(value).__name__}")
        return {k: _load(args[1], v, source, _join(where, k)) for k, v in value.items()}
    if isinstance(tp, type) and issubclass(tp, Record):
        return tp.from_dict(value, source, where)
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise BadRecord(source, where, f"expected a number, got {value!r}")
        return float(value)
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadRecord(source, where, f"expected a whole number, got {value!r}")
        return value
    if tp is bool:
        if not isinstance(value, bool):
            raise BadRecord(source, where, f"expected true or false, got {value!r}")
        return value
    if tp is str:
        if not isinstance(value, str):
            raise BadRecord(source, where, f"expected text, got {value!r}")
        return value
    return value


# --- the meeting (FORMATS.md §1 as it appears inside §2 and §3) -------------


#: an attendee's ``role`` in the sidecar: who takes the decisions (决策人), who sits in without a say (列席人员)
ROLES = ("decision-maker", "observer")


@dataclass
class Attendee(Record):
    name: str
    department: str | None = None
    title: str | None = None
    email: str | None = None  # the final's .eml is addressed to it (minutes finalize --mail)
    role: str | None = None  # one of ROLES, or None: an attendee like any other
    extra: dict[str, Any] = field(default_factory=dict)
    required: ClassVar[tuple[str, ...]] = ("name",)

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        for key in ("email", "role"):  # keys added to FORMATS.md §1: written only when given
            if out.get(key) is None:
                out.pop(key, None)
        return out


@dataclass
class Absentee(Record):
    name: str
    department: str | None = None
    reason: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    required: ClassVar[tuple[str, ...]] = ("name",)


@dataclass
class Consent(Record):
    confirmed: bool = False
    method: str | None = None
    by: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Meeting(Record):
    """The ``meeting`` object of a transcript or minutes file."""

    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    start: str | None = None  # HH:MM
    end: str | None = None
    location: str | None = None
    host: str | None = None
    recorder: str | None = None
    attendees: list[Attendee] = field(default_factory=list)
    absent: list[Absentee] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    consent: Consent | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def department_of(self, name: str | None) -> str | None:
        for a in self.attendees:
            if name and a.name == name:
                return a.department
        return None


# --- transcript (FORMATS.md §2) ----------------------------------------------


@dataclass
class Word(Record):
    start: float
    end: float
    text: str
    p: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    required: ClassVar[tuple[str, ...]] = ("start", "end", "text")


@dataclass
class Utterance(Record):
    id: str
    speaker: str
    start: float
    end: float
    text: str
    words: list[Word] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    required: ClassVar[tuple[str, ...]] = ("id", "speaker", "start", "end", "text")

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        if out.get("words") is None:
            out.pop("words", None)
        return out


@dataclass
class Speaker(Record):
    name: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. {"named_by": "voice", "confidence": 0.8}


@dataclass
class AudioInfo(Record):
    file: str
    sha256: str | None = None
    duration: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    required: ClassVar[tuple[str, ...]] = ("file",)


@dataclass
class Transcript(Record):
    language: str
    meeting: Meeting = field(default_factory=Meeting)
    speakers: dict[str, Speaker] = field(default_factory=dict)
    utterances: list[Utterance] = field(default_factory=list)
    audio: AudioInfo | None = None
    schema: str = TRANSCRIPT_SCHEMA
    extra: dict[str, Any] = field(default_factory=dict)
    required: ClassVar[tuple[str, ...]] = ("language", "utterances")

    def to_dict(self) -> dict[str, Any]:
        out = {"schema": self.schema, "language": self.language}
        if self.audio is not None:
            out["audio"] = self.audio.to_dict()
        out["meeting"] = self.meeting.to_dict()
        out["speakers"] = {k: v.to_dict() for k, v in self.speakers.items()}
        out["utterances"] = [u.to_dict() for u in self.utterances]
        out.update(self.extra)
        return out

    def speaker_name(self, label: str) -> str | None:
        s = self.speakers.get(label)
        return s.name if s else None


# --- minutes (FORMATS.md §3) -------------------------------------------------


@dataclass
class Viewpoint(Record):
    who: str | None
    text: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Side(Record):
    """One side of a controversy: who held the position (a speaker of the roster) and what it was."""

    who: str
    position: str
    department: str | None = None
    evidence: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    required: ClassVar[tuple[str, ...]] = ("who", "position")


@dataclass
class Controversy(Record):
    """A 核心争议点: two sides of a topic holding different positions, stated neutrally in ``text``."""

    text: str
    sides: list[Side] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    required: ClassVar[tuple[str, ...]] = ("text",)


@dataclass
class Topic(Record):
    title: str
    points: list[str] = field(default_factory=list)
    viewpoints: list[Viewpoint] = field(default_factory=list)
    key_data: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    controversies: list[Controversy] = field(default_factory=list)  # added key; written only when there are some
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        if not out.get("controversies"):
            out.pop("controversies", None)
        return out


@dataclass
class Decision(Record):
    text: str
    evidence: list[str] = field(default_factory=list)
    confidence: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class ActionItem(Record):
    task: str
    owner: str | None = None
    department: str | None = None
    due: str | None = None  # ISO date
    due_text: str | None = None  # the words said
    deliverable: str | None = None
    support: str | None = None
    evidence: list[str] = field(default_factory=list)
    confidence: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class NextMeeting(Record):
    date: str | None = None
    time: str | None = None
    text: str | None = None
    evidence: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class ReviewNote(Record):
    where: str
    why: str
    extra: dict[str, Any] = field(default_factory=dict)


#: follow-up statuses in the minutes JSON (the tracking sheet shows them as 未开始/进行中/已完成/延期)
FOLLOW_UP_STATUSES = ("not_started", "in_progress", "done", "delayed")


@dataclass
class StatusUpdate(Record):
    """What a later meeting said about an earlier meeting's action item."""

    status: str | None = None  # one of FOLLOW_UP_STATUSES, None when only the date moved
    due: str | None = None  # the new ISO date, when one was said
    due_text: str | None = None  # the words said for it
    said: str = ""  # the words said, quoted for the reviewer
    evidence: list[str] = field(default_factory=list)
    confidence: float = 0.7
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class FollowUpItem(Record):
    """An open action item of an earlier meeting of the series, as this meeting found it."""

    task: str
    meeting: str = ""  # the earlier meeting's title
    meeting_date: str | None = None
    meeting_id: str = ""  # with item_id: the item's key in the drafts and the tracking sheet
    item_id: str = ""
    owner: str | None = None
    department: str | None = None
    due: str | None = None
    status: str = "not_started"  # one of FOLLOW_UP_STATUSES, before this meeting
    update: StatusUpdate | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    required: ClassVar[tuple[str, ...]] = ("task",)


@dataclass
class Minutes(Record):
    language: str
    meeting: Meeting = field(default_factory=Meeting)
    topics: list[Topic] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    action_items: list[ActionItem] = field(default_factory=list)
    next_meeting: NextMeeting | None = None
    review: list[ReviewNote] = field(default_factory=list)
    follow_up: list[FollowUpItem] = field(default_factory=list)  # added key: the series' open items (when any)
    schema: str = MINUTES_SCHEMA
    extra: dict[str, Any] = field(default_factory=dict)
    required: ClassVar[tuple[str, ...]] = ("language",)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema": self.schema, "language": self.language}
        for name in ("meeting", "topics", "decisions", "action_items", "next_meeting", "review"):
            out[name] = _dump(getattr(self, name))
        if self.follow_up:
            out["follow_up"] = _dump(self.follow_up)
        out.update(self.extra)
        return out


# --- files -------------------------------------------------------------------


def read_json(path: str | Path) -> Any:
    """Read a JSON file, turning syntax errors into a BadRecord naming the file and line."""
    path = Path(path)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise BadRecord(path, f"line {e.lineno} column {e.colno}", f"not valid JSON: {e.msg}") from None
    except UnicodeDecodeError:
        raise BadRecord(path, "(file)", "not UTF-8 text") from None


def _check_schema(obj: Any, path: Path, prefix: str) -> None:
    if isinstance(obj, dict) and "schema" in obj:
        schema = obj["schema"]
        if not isinstance(schema, str) or not schema.startswith(prefix + "/"):
            raise BadRecord(path, "schema", f"expected {prefix}/<version>, got {schema!r}")


def load_transcript(path: str | Path) -> Transcript:
    path = Path(path)
    obj = read_json(path)
    _check_schema(obj, path, "minutes.transcript")
    return Transcript.from_dict(obj, source=path)


def load_minutes(path: str | Path) -> Minutes:
    path = Path(path)
    obj = read_json(path)
    _check_schema(obj, path, "minutes")
    return Minutes.from_dict(obj, source=path)


def dumps(record: Record | dict) -> str:
    obj = record.to_dict() if isinstance(record, Record) else record
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def save_json(record: Record | dict, path: str | Path) -> Path:
    """Write atomically: a temporary file beside the target, then rename."""
    from pipeline.files import atomic_write_text

    return atomic_write_text(Path(path), dumps(record))
