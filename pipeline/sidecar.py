"""Meeting sidecars (`<stem>.meeting.toml`, FORMATS.md §1): read, check, find.

A sidecar is checked key by key; a wrong type or a TOML syntax error is a
:class:`BadSidecar` naming the file, the line or key, and the fix. Unknown keys
are kept out of the record and reported as warnings, never fatal. Paths in the
sidecar (attendee ``voice`` clips) must stay inside the sidecar's folder tree.
"""
from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import BadSidecar
from pipeline.records import Absentee, Attendee, Consent, Meeting

SIDECAR_SUFFIX = ".meeting.toml"
FOLDER_SIDECAR = "meeting.toml"
LANGUAGES = ("zh", "en")
#: what recorders write for a language -> its code
LANGUAGE_NAMES = {
    **dict.fromkeys(("zh-cn", "zh-hans", "cn", "chinese", "mandarin", "中文", "汉语", "普通话", "简体中文"), "zh"),
    **dict.fromkeys(("en-us", "en-gb", "english", "英文", "英语"), "en"),
}

KNOWN_KEYS = {
    "title", "date", "start", "end", "location", "host", "recorder", "language",
    "agenda", "cc", "vocabulary", "consent", "attendees", "absent", "speakers", "series",
}

CONSENT_FIX = """add these lines to the sidecar once every participant has agreed to the recording:

[consent]
confirmed = true
method    = "会前口头告知录音用途,全体参会人同意"   # how consent was given
by        = "<recorder's name>"

or confirm the whole batch on the record: minutes process INBOX --consent-confirmed-by "<name>\""""


def consent_fix(language: str | None) -> str:
    """CONSENT_FIX with the example ``method`` in the meeting's language (it is printed in the draft)."""
    if language == "en":
        return CONSENT_FIX.replace('"会前口头告知录音用途,全体参会人同意"', '"announced before the meeting; all agreed"')
    return CONSENT_FIX.replace("录音用途,全体", "录音用途，全体")


@dataclass
class VoiceClip:
    """An attendee's enrollment clip, resolved to a path inside the inbox."""

    name: str
    path: Path


@dataclass
class Sidecar:
    """What a recorder says about one recording."""

    path: Path | None
    meeting: Meeting = field(default_factory=Meeting)
    language: str | None = None
    vocabulary: list[str] = field(default_factory=list)
    speakers: dict[str, str] = field(default_factory=dict)  # diarization label -> attendee name
    voices: list[VoiceClip] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    date_from: str = "sidecar"  # sidecar | filename | mtime | none
    consent_withheld: bool = False  # it says [consent] confirmed = false: nothing on the record overrides that

    @property
    def consent_confirmed(self) -> bool:
        return bool(self.meeting.consent and self.meeting.consent.confirmed) and not self.consent_withheld


def sidecar_for(recording: Path) -> Path | None:
    """``<stem>.meeting.toml`` beside the recording, else the folder's ``meeting.toml``."""
    own = recording.with_name(recording.name.rsplit(".", 1)[0] + SIDECAR_SUFFIX)
    if _exists(own):  # a recording named close to the name limit has no room for <stem>.meeting.toml
        return own
    shared = recording.with_name(FOLDER_SIDECAR)
    return shared if _exists(shared) else None


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # ENAMETOOLONG: Path.exists raises it
        return False


def read_sidecar(path: Path, recording: Path | None = None, root: Path | None = None) -> Sidecar:
    """Parse and check a sidecar. ``root`` bounds where voice clips may live (default: its folder)."""
    path = Path(path)
    try:
        content = path.read_bytes()
        raw = sidecar_text(content)
    except FileNotFoundError:
        raise BadSidecar(path, "sidecar not found", "create it next to the recording (FORMATS.md §1)") from None
    except UnicodeDecodeError:
        raise BadSidecar(path, "not UTF-8 text" + _which_encoding(content),
                         "save the file as UTF-8 (Notepad: File > Save As > Encoding: UTF-8)") from None
    try:
        data = load_toml(raw)
    except tomllib.TOMLDecodeError as e:
        line = _error_line(raw, str(e))
        raise BadSidecar(path, f"TOML syntax error: {e}{line}", _syntax_fix(raw, str(e))) from None
    except TomlTooDeep:
        raise BadSidecar(path, "arrays or tables nested too deeply to read (thousands of [ or { inside each other)",
                         "a sidecar needs no nesting beyond its [consent] and [[attendees]] tables: remove the "
                         "nested brackets (FORMATS.md §1)") from None
    return parse_sidecar(data, path, recording=recording, root=root)


class TomlTooDeep(ValueError):
    """A TOML text nested deeper than the parser can follow (tomllib recurses; it would raise RecursionError)."""


def load_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads``, with nesting too deep for the parser raised as :class:`TomlTooDeep`, not RecursionError."""
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise TomlTooDeep("nested too deeply") from None


#: characters refused in sidecar text: C0 controls but tab and line breaks, DEL, C1 controls, and the two
#: non-characters; Word's XML cannot hold most of them, and none is typed on purpose
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def _shown(value: Any) -> str:
    """A short repr of a wrong value for a message: a value nested hundreds deep is not printed whole."""
    import reprlib

    r = reprlib.Repr()
    r.maxlevel, r.maxstring, r.maxother, r.maxlist, r.maxdict = 3, 80, 80, 6, 4
    return r.repr(value)


def sidecar_text(data: bytes) -> str:
    """A sidecar's text: UTF-8, with or without the byte-order mark Windows editors write
    ("UTF-8 with BOM"). Raises UnicodeDecodeError for any other encoding."""
    return data.decode("utf-8-sig")


def _which_encoding(data: bytes) -> str:
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        return ""
    return ' (it looks like Chinese GBK text, what Windows saves as "ANSI")'


def _syntax_fix(raw: str, message: str) -> str:
    """The fix for a TOML syntax error, for the mistakes people make most."""
    m = re.search(r"line (\d+)", message)
    lines = raw.splitlines()
    line = lines[int(m.group(1)) - 1] if m and 0 < int(m.group(1)) <= len(lines) else ""
    if re.search(r"=\s*(True|False|TRUE|FALSE|Yes|No|yes|no|是|否)\s*(#.*)?$", line):
        return "write true or false in lowercase, without quotes, e.g. confirmed = true"
    if "\\" in line:
        return ("write paths with / (voice = \"voices/林晓.flac\"), or in single quotes where \\ is kept as it is "
                "(voice = 'voices\\林晓.flac')")
    if re.search(r"[“”＂＝［］]", line):
        return 'type the quotes, = and brackets in English input mode: title = "周例会", not title ＝ “周例会”'
    return 'fix that line; strings need quotes, e.g. title = "周例会"'


def _error_line(raw: str, message: str) -> str:
    m = re.search(r"line (\d+)", message)
    if not m:
        return ""
    lines = raw.splitlines()
    n = int(m.group(1))
    return f"\n  line {n}: {lines[n - 1]}" if 0 < n <= len(lines) else ""


def parse_sidecar(data: dict[str, Any], path: Path | None, recording: Path | None = None,
                  root: Path | None = None) -> Sidecar:
    check = _Checker(path)
    warnings = [f"{path}: unknown key '{k}' ignored{_did_you_mean(k, KNOWN_KEYS)}" for k in data if k not in KNOWN_KEYS]
    warnings += _unknown_nested(path, data)

    date, date_from = _meeting_date(check, data, recording)
    if isinstance(data.get("consent"), bool):
        raise BadSidecar(path, f"consent = {str(data['consent']).lower()} should be a table",
                         "write it on lines of its own: [consent], then confirmed = true, "
                         'method = "…" (how it was given) and by = "…" (who confirmed it)')
    consent_raw = check.table(data, "consent")
    consent = Consent(
        confirmed=check.boolean(consent_raw, "confirmed", "consent.confirmed", default=False),
        method=check.text(consent_raw, "method", "consent.method"),
        by=check.text(consent_raw, "by", "consent.by"),
    ) if consent_raw else None

    attendees, voices = [], []
    for i, a in enumerate(check.people(data, "attendees")):
        where = f"attendees[{i}]"
        name = check.text(a, "name", f"{where}.name")
        if not name:
            raise BadSidecar(path, f"{where}: an attendee needs a name", 'add name = "…" to that [[attendees]] table')
        email = check.text(a, "email", f"{where}.email")
        if email and not _EMAIL.fullmatch(email):
            warnings.append(f"{path}: {where}.email = {email!r} is not an e-mail address; {name} is left out of "
                            "the final's mail (write it as name@example.com)")
            email = None
        attendees.append(Attendee(name=name, department=check.text(a, "department", f"{where}.department"),
                                  title=check.text(a, "title", f"{where}.title"), email=email,
                                  role=_role(check, a, f"{where}.role")))
        voice = check.text(a, "voice", f"{where}.voice")
        voice = voice.replace("\\", "/") if voice else voice  # a Windows path ('voices\林晓.flac' in single quotes)
        if voice:
            clip = _safe_path(path, voice, root, f"{where}.voice")
            if clip.is_file():
                voices.append(VoiceClip(name, clip))
            else:
                warnings.append(f"{path}: {where}.voice = {voice!r} not found; {name} will not be "
                                "recognised by voice (fix the path or remove the key)")
    absent = []
    for i, a in enumerate(check.people(data, "absent")):
        where = f"absent[{i}]"
        name = check.text(a, "name", f"{where}.name")
        if not name:
            raise BadSidecar(path, f"{where}: an absentee needs a name", 'add name = "…" to that [[absent]] table')
        absent.append(Absentee(name=name, department=check.text(a, "department", f"{where}.department"),
                               reason=check.text(a, "reason", f"{where}.reason")))

    language = check.text(data, "language", "language")
    if language is not None:
        language = LANGUAGE_NAMES.get(language.lower().replace("_", "-"), language.lower())
        if language not in LANGUAGES:
            raise BadSidecar(path, f"language = {language!r} is not supported",
                             'use language = "zh" or "en", or remove the key to detect it')

    speakers_raw = check.table(data, "speakers")
    speakers = {}
    for label, name in speakers_raw.items():
        if not isinstance(name, str):
            raise BadSidecar(path, f"speakers.{label} should be a name in quotes, got {_shown(name)}",
                             f'write {label} = "张三"')
        check.clean(label, f"speakers.{label} (the label)")
        speakers[label] = check.clean(name, f"speakers.{label}")

    meeting = Meeting(
        title=check.text(data, "title", "title"),
        date=date,
        start=check.clock(data, "start"),
        end=check.clock(data, "end"),
        location=check.text(data, "location", "location"),
        host=check.text(data, "host", "host"),
        recorder=check.text(data, "recorder", "recorder"),
        attendees=attendees,
        absent=absent,
        agenda=check.texts(data, "agenda"),
        cc=check.texts(data, "cc"),
        consent=consent,
    )
    series = check.text(data, "series", "series") or _folder_series(path, recording)
    if series:  # ties the meetings of a series together (issue 11 §2); kept in the meeting object
        meeting.extra["series"] = series
    return Sidecar(path=path, meeting=meeting, language=language, vocabulary=check.texts(data, "vocabulary"),
                   speakers=speakers, voices=voices, warnings=warnings, date_from=date_from,
                   consent_withheld=consent_raw.get("confirmed") is False)


def _folder_series(path: Path | None, recording: Path | None) -> str | None:
    """``series`` of the folder's ``meeting.toml``, for a recording whose own sidecar names none:
    one line in the folder ties all its meetings together. Unreadable there: no series."""
    if path is None or recording is None or path.name == FOLDER_SIDECAR:
        return None
    folder = recording.with_name(FOLDER_SIDECAR)
    try:
        value = load_toml(sidecar_text(folder.read_bytes())).get("series")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, TomlTooDeep):
        return None
    return _Checker(folder).clean(value, "series").strip() or None if isinstance(value, str) else None


NESTED_KEYS = {
    "consent": {"confirmed", "method", "by"},
    "attendees": {"name", "department", "title", "voice", "email", "role"},
    "absent": {"name", "department", "reason"},
}


_EMAIL = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+")
#: what recorders write for an attendee's role -> records.ROLES
ROLE_NAMES = {
    **dict.fromkeys(("decision-maker", "decision maker", "decision_maker", "decider", "决策人", "决策"),
                    "decision-maker"),
    **dict.fromkeys(("observer", "列席", "列席人员", "列席人"), "observer"),
}


def _role(check: _Checker, attendee: dict, where: str) -> str | None:
    role = check.text(attendee, "role", where)
    if role is None:
        return None
    if role.lower() not in ROLE_NAMES:
        raise BadSidecar(check.path, f"{where} = {role!r} is not a role",
                         'write role = "decision-maker" (决策人) or role = "observer" (列席人员), '
                         "or remove the key for an attendee like any other")
    return ROLE_NAMES[role.lower()]


def _unknown_nested(path: Path | None, data: dict[str, Any]) -> list[str]:
    """Warnings for unknown keys inside [consent], [[attendees]], [[absent]] (a typo there matters)."""
    out = []
    for table, known in NESTED_KEYS.items():
        value = data.get(table)
        rows = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
        for row in rows:
            if isinstance(row, dict):
                out += [f"{path}: unknown key '{k}' in [{table}] ignored{_did_you_mean(k, known)}"
                        for k in row if k not in known]
    return out


def _did_you_mean(key: str, known: set[str]) -> str:
    """' — did you mean 'title'?' for a misspelt or capitalised key, else the known keys."""
    import difflib

    close = [k for k in known if k == key.lower().strip()] or difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6)
    if close:
        return f" (did you mean '{close[0]}'? keys are lowercase and spelt as in FORMATS.md §1)"
    return f" (known: {', '.join(sorted(known))})"


def sidecar_fingerprint(sidecar: Sidecar) -> str:
    """sha256 of what the sidecar says (its bytes; empty for no sidecar), to notice a change."""
    import hashlib

    data = sidecar.path.read_bytes() if sidecar.path is not None and sidecar.path.is_file() else b""
    return hashlib.sha256(data).hexdigest()


# a clock time as people type it: 14:00, 14：00, 9:30, 下午2点, 14点30分, 下午2点半, 2:30 pm, 2pm (digits only)
_CLOCK = re.compile(r"(?P<pre>上午|下午|晚上)?\s*(?P<h>\d{1,2})\s*(?:[:：]\s*(?P<m>\d{2})|[点时]\s*(?:(?P<m2>\d{1,2})\s*分?|"
                    r"(?P<half>半))?)?\s*(?P<post>am|pm|a\.m\.|p\.m\.)?")


def _meeting_date(check: _Checker, data: dict[str, Any], recording: Path | None) -> tuple[str | None, str]:
    value = data.get("date")
    if value is not None:
        if isinstance(value, dt.datetime):
            return value.date().isoformat(), "sidecar"
        if isinstance(value, dt.date):
            return value.isoformat(), "sidecar"
        if isinstance(value, str) and (written := _written_date(value)) is not None:
            return written, "sidecar"
        raise BadSidecar(check.path, f"date = {_shown(value)} is not a date",
                         _date_fix(value) if isinstance(value, str) else
                         "write a TOML date without quotes, e.g. date = 2024-08-12")
    if recording is not None:
        m = re.search(r"(20\d{2})[-_.]?(\d{2})[-_.]?(\d{2})", recording.name)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat(), "filename"
            except ValueError:
                pass
        try:
            return dt.date.fromtimestamp(recording.stat().st_mtime).isoformat(), "mtime"
        except OSError:
            pass
    return None, "none"


_YEAR_FIRST = re.compile(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?\s*")
_YEAR_LAST = re.compile(r"\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\s*")


def _written_date(value: str) -> str | None:
    """A date written year first as a recorder would (2024-8-6, 2024/08/06, 2024.8.6, 2024年8月6日), in ISO form."""
    m = _YEAR_FIRST.fullmatch(value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _date_fix(value: str) -> str:
    """The fix for a date we will not guess: the ISO date(s) it could mean, written as TOML."""
    m = _YEAR_LAST.fullmatch(value)
    readings = []
    if m:
        for month, day in ((m[1], m[2]), (m[2], m[1])):  # month first (US), day first (UK, EU)
            try:
                iso = dt.date(int(m[3]), int(month), int(day)).isoformat()
            except ValueError:
                continue
            if iso not in readings:
                readings.append(iso)
    if len(readings) == 1:
        return f"write the date year first, without quotes: date = {readings[0]}"
    if readings:
        return (f"write the date year first, without quotes: date = {readings[0]} or "
                f"date = {readings[1]}, whichever is meant")
    return "write a TOML date without quotes, e.g. date = 2024-08-12"


def _safe_path(sidecar: Path | None, value: str, root: Path | None, where: str) -> Path:
    base = (sidecar.parent if sidecar else Path.cwd()).resolve()
    bound = (root or base).resolve()
    target = (base / value).resolve()
    if not target.is_relative_to(bound):
        raise BadSidecar(sidecar, f"{where} = {value!r} points outside {bound}",
                         "put the clip inside the inbox and give a path relative to the sidecar")
    return target


class _Checker:
    """Typed getters that raise BadSidecar naming the key."""

    def __init__(self, path: Path | None):
        self.path = path

    def _bad(self, where: str, want: str, value: Any) -> BadSidecar:
        return BadSidecar(self.path, f"{where} should be {want}, got {_shown(value)}",
                          f"fix the value of {where} (FORMATS.md §1)")

    def clean(self, value: str, where: str) -> str:
        """``value``, refused when it holds a control character (it would fail only at render, in Word's XML)."""
        if (m := _CONTROL.search(value)) is not None:
            after = f" after {value[:m.start()][-12:]!r}" if m.start() else " at its start"
            raise BadSidecar(self.path, f"{where} contains the control character U+{ord(m.group()):04X}{after}",
                             f"retype the value of {where} without it (such characters come with text "
                             "pasted from another program)")
        return value

    def text(self, table: dict, key: str, where: str) -> str | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self._bad(where, "text in quotes", value)
        return self.clean(value, where).strip() or None

    def texts(self, table: dict, key: str) -> list[str]:
        value = table.get(key, [])
        if isinstance(value, str):
            return [self.clean(value, key)]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._bad(key, 'a list of texts, e.g. ["a", "b"]', value)
        return [self.clean(v, f"{key}[{i}]").strip() for i, v in enumerate(value) if v.strip()]

    def boolean(self, table: dict, key: str, where: str, default: bool) -> bool:
        value = table.get(key, default)
        if not isinstance(value, bool):
            raise BadSidecar(self.path, f"{where} should be true or false (no quotes), got {_shown(value)}",
                             f"write {key} = true (or false), lowercase and without quotes")
        return value

    def clock(self, table: dict, key: str) -> str | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, dt.time):
            return value.strftime("%H:%M")
        if isinstance(value, str):
            text = value.strip().lower()
            m = _CLOCK.fullmatch(text)
            if m and re.search(r"[:：点时]|[ap]\.?m", text):
                hour = int(m["h"])
                minute = 30 if m["half"] else int(m["m"] or m["m2"] or 0)
                afternoon = m["pre"] in ("下午", "晚上") or (m["post"] or "").startswith("p")
                if afternoon and hour < 12:
                    hour += 12
                elif (m["pre"] == "上午" or (m["post"] or "").startswith("a")) and hour == 12:
                    hour = 0
                if hour < 24 and minute < 60:
                    return f"{hour:02d}:{minute:02d}"
        raise self._bad(key, 'a time like "14:00"', value)

    def table(self, data: dict, key: str) -> dict:
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise self._bad(key, f"a table ([{key}])", value)
        return value

    def people(self, data: dict, key: str) -> list[dict]:
        """[[attendees]] / [[absent]] tables; a plain list of names (attendees = ["林晓", "王磊"]) is read as names."""
        value = data.get(key, [])
        if isinstance(value, list):
            value = [{"name": v} if isinstance(v, str) else v for v in value]
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise BadSidecar(self.path, f"{key} should be a list of tables ([[{key}]]) or of names, got {_shown(value)}",
                             f'write one [[{key}]] table per person with name = "…" (department, title optional), '
                             f'or {key} = ["林晓", "王磊"]')
        return value

    def tables(self, data: dict, key: str) -> list[dict]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self._bad(key, f"a list of tables ([[{key}]])", value)
        return value
