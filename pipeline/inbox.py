"""The inbox: find recordings, pair them with sidecars, apply the consent gate, defer files still copying.

Nothing here opens a recording: discovery and the copy check use only the
file system's metadata (``stat``), so a recording without consent is never
read, not even hashed. A recording is *ready* when its sidecar (its own
``<stem>.meeting.toml``, else the folder's ``meeting.toml``) confirms consent,
or when the batch is confirmed on the record (``--consent-confirmed-by``).
The attendee ``voice`` clips the sidecars name are enrollment clips, not
recordings, and are skipped.
"""
from __future__ import annotations

import datetime as dt
import os
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import BadSidecar, ConsentMissing, ConsentNameInvalid
from pipeline.records import Consent
from pipeline.sidecar import (FOLDER_SIDECAR, SIDECAR_SUFFIX, Sidecar, TomlTooDeep, consent_fix, load_toml,
                              parse_sidecar, read_sidecar, sidecar_for, sidecar_text)

AUDIO_EXTENSIONS = frozenset({
    ".wav", ".mp3", ".m4a", ".flac", ".ogg", ".oga", ".opus", ".webm", ".mp4", ".m4v", ".mov", ".mkv",
    ".aac", ".wma", ".amr", ".3gp", ".aiff", ".aif", ".caf", ".wv", ".ac3", ".mka", ".avi", ".wmv",
    ".ts", ".mts", ".spx",
})

# statuses of a discovered recording
READY = "ready"
NEEDS_CONSENT = "needs consent"
STILL_COPYING = "still copying"
BAD_SIDECAR = "bad sidecar"


@dataclass
class InboxOptions:
    """How the inbox is read. Defaults in one place."""

    consent_confirmed_by: str | None = None  # confirms every recording of this batch on the record
    today: str | None = None  # ISO date written as consent "confirmed_on"; default: today
    min_age_seconds: float = 3.0  # a file must stay unchanged this long before it is read (the scan waits)
    settle_seconds: float = 1.0  # recently changed files are stat'ed again after at least this long
    recent_seconds: float = 120.0  # ... "recently" meaning within this many seconds
    skip: tuple[Path, ...] = ()  # folders never searched (the output folder when it sits in the inbox)


@dataclass
class Recording:
    """One recording found in the inbox, with what the inbox knows about it."""

    path: Path
    key: str  # path relative to the inbox, with "/" separators: the job store's key
    out_stem: str  # relative output stem, e.g. "team/2024-08-12_q3" -> team/2024-08-12_q3.docx
    status: str = READY
    sidecar: Sidecar | None = None
    reason: str | None = None  # why it is not ready
    fix: str | None = None
    size: int = 0
    mtime_ns: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return self.status == READY


def is_recording(path: Path) -> bool:
    return path.suffix.lower() in AUDIO_EXTENSIONS and not path.name.startswith(".")


def voice_clips(inbox: Path) -> set[Path]:
    """Every attendee ``voice`` clip named by a sidecar under ``inbox`` (resolved), read leniently."""
    clips: set[Path] = set()
    for sidecar in _walk(inbox, lambda p: p.name == FOLDER_SIDECAR or p.name.endswith(SIDECAR_SUFFIX), ()):
        try:
            data = load_toml(sidecar_text(sidecar.read_bytes()))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, TomlTooDeep):
            continue  # reported when the recording it belongs to is read
        attendees = data.get("attendees")
        for a in attendees if isinstance(attendees, list) else []:
            voice = a.get("voice") if isinstance(a, dict) else None
            if isinstance(voice, str) and voice.strip():
                clips.add((sidecar.parent / voice.strip().replace("\\", "/")).resolve())
    return clips


VOICE_FOLDERS = frozenset({"voices", "voice", "声纹", "声音样本"})  # folders of enrollment clips (README's voices/)


def find_recordings(inbox: Path, skip: tuple[Path, ...] = ()) -> list[Path]:
    """Recordings under ``inbox`` (subfolders included, hidden ones and ``skip`` not), sorted, voice clips left out.

    A voice clip is one a sidecar names, or any audio without a sidecar of its own in a
    folder that holds clips: one named ``voices`` (``VOICE_FOLDERS``) or one where a
    sidecar's clip lives (another attendee's clip whose ``voice`` line was left out).
    """
    inbox = Path(inbox)
    clips = voice_clips(inbox)
    clip_folders = {c.parent for c in clips}
    return [p for p in _walk(inbox, is_recording, skip)
            if p.resolve() not in clips and not _in_voice_folder(p, inbox, clip_folders)]


def _in_voice_folder(path: Path, inbox: Path, clip_folders: set[Path]) -> bool:
    if sidecar_for(path) is not None:
        return False  # a recording with a sidecar is a meeting, wherever it sits
    folders = path.relative_to(inbox).parts[:-1]
    return path.parent.resolve() in clip_folders or any(f.lower() in VOICE_FOLDERS for f in folders)


def _walk(root: Path, want, skip: tuple[Path, ...]) -> list[Path]:
    skipped = {s.resolve() for s in skip}
    found = []
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and (here / d).resolve() not in skipped)
        found += [here / f for f in sorted(files) if want(here / f)]
    return sorted(found)


def scan(inbox: Path, options: InboxOptions | None = None) -> list[Recording]:
    """Discover the recordings of ``inbox`` and say, for each, whether it is ready to process.

    Reads sidecars and ``stat``s recordings; never opens a recording.
    """
    o = options or InboxOptions()
    inbox = Path(inbox)
    paths = find_recordings(inbox, o.skip)
    stems = _output_stems(inbox, paths)
    recordings = []
    for path in paths:
        rec = Recording(path=path, key=path.relative_to(inbox).as_posix(), out_stem=stems[path])
        _read_sidecar(rec, inbox, o)
        recordings.append(rec)
    _defer_copying([r for r in recordings if r.ready], o)
    return recordings


def _output_stems(inbox: Path, paths: list[Path]) -> dict[Path, str]:
    """``sub/name`` per recording; two recordings sharing a stem in one folder keep their extension."""
    stems = {p: p.relative_to(inbox).with_suffix("").as_posix() for p in paths}
    seen: dict[str, int] = {}
    for s in stems.values():
        seen[s] = seen.get(s, 0) + 1
    return {p: (s + "_" + p.suffix.lstrip(".").lower()) if seen[s] > 1 else s for p, s in stems.items()}


def _read_sidecar(rec: Recording, inbox: Path, o: InboxOptions) -> None:
    path = sidecar_for(rec.path)
    try:
        sidecar = read_sidecar(path, recording=rec.path, root=inbox) if path else parse_sidecar({}, None, rec.path)
    except BadSidecar as e:
        rec.status, rec.reason, rec.fix = BAD_SIDECAR, e.problem, e.fix
        rec.sidecar = None
        return
    rec.sidecar = sidecar
    rec.warnings += sidecar.warnings
    if sidecar.consent_confirmed:
        return
    if o.consent_confirmed_by is not None and not sidecar.consent_withheld:
        confirm_consent(sidecar, o.consent_confirmed_by, o.today)
        return
    error = consent_error(rec.path, path, sidecar.language, withheld=sidecar.consent_withheld)
    rec.status, rec.reason, rec.fix = NEEDS_CONSENT, error.problem, error.fix


def consent_error(recording: Path, sidecar: Path | None, language: str | None = None,
                  withheld: bool = False) -> ConsentMissing:
    """The refusal for a recording without consent, with the exact sidecar lines to add.

    ``withheld``: the sidecar says ``confirmed = false``; only editing that very file changes it."""
    if withheld:
        problem = (f"its sidecar {sidecar} says [consent] confirmed = false (consent withheld or withdrawn), "
                   "which neither --consent-confirmed-by nor an earlier confirmation overrides")
        fix = (f"only if every participant has agreed since: change it to confirmed = true in {sidecar} "
               "(with method and by), then run again")
        return ConsentMissing(recording, problem + "; the recording was not opened", fix)
    if sidecar is None:
        target = recording.with_name(recording.name.rsplit(".", 1)[0] + SIDECAR_SUFFIX)
        problem = f"no sidecar confirms consent for this recording (looked for {target.name} and {FOLDER_SIDECAR})"
        fix = f"create {target} and " + consent_fix(language)
        if (near := misnamed_sidecar(recording)) is not None:
            problem = (f"no sidecar found under the name {target.name} ({FOLDER_SIDECAR} neither); "
                       f"{near.name} beside it looks like its sidecar, misnamed")
            fix = (f"rename {near.name} to {target.name}; if it does not say so yet, "
                   f"{consent_fix(language)}")
    else:
        problem = f"its sidecar {sidecar} does not confirm consent ([consent] confirmed = true is missing)"
        fix = consent_fix(language)
    return ConsentMissing(recording, problem + "; the recording was not opened", fix)


def consented_sidecar(recording: Path, meeting: Path | None = None) -> tuple[Path | None, Sidecar | None]:
    """The sidecar for a recording transcribed on its own (``minutes transcribe``): ``meeting`` when
    given, else its own; raises ConsentMissing unless each of them that exists confirms consent.

    The recording's own sidecar (``<stem>.meeting.toml``, else the folder's ``meeting.toml``) is
    consulted even when ``meeting`` names another file: that other file cannot override it."""
    own = sidecar_for(recording)
    path = meeting or own
    sidecar = read_sidecar(path, recording=recording) if path else None
    consulted = [(path, sidecar)] if sidecar is not None else []
    if meeting is not None and own is not None and own.resolve() != Path(meeting).resolve():
        consulted.append((own, read_sidecar(own, recording=recording)))
    for where, said in consulted:
        if said.consent_confirmed:
            continue
        if said.consent_withheld:
            problem = "the sidecar says [consent] confirmed = false (consent withheld or withdrawn)"
            fix = f"only if every participant has agreed since: change it to confirmed = true in {where}"
        else:
            problem = "the sidecar does not confirm that the participants consented"
            fix = consent_fix(said.language)
        if where != path:
            problem += f"; it is the recording's own sidecar, consulted though --meeting {meeting} was given"
        raise ConsentMissing(where, problem + "; the recording was not opened", fix)
    return path, sidecar


def misnamed_sidecar(recording: Path) -> Path | None:
    """A file beside ``recording`` that is meant as its sidecar but misnamed (``<stem>.toml``,
    ``<stem>.meeting.toml.txt``, ``<stem>.meetings.toml``, another case, …), or None."""
    stem = recording.name.rsplit(".", 1)[0].lower()
    expected = stem + SIDECAR_SUFFIX
    try:
        siblings = sorted(p for p in recording.parent.iterdir() if p.is_file() and p != recording)
    except OSError:
        return None
    for p in siblings:
        name = p.name.lower()
        if name == expected and p.name != recording.name.rsplit(".", 1)[0] + SIDECAR_SUFFIX:
            return p  # right name, other case (a case-sensitive file system)
        if not name.startswith(stem + ".") or is_recording(p):
            continue
        rest = name[len(stem) + 1:]
        if rest != "meeting.toml" and ("toml" in rest or "meeting" in rest):
            return p
    return None


def consent_name(name: str) -> str:
    """The name given with ``--consent-confirmed-by``, checked: a person's name, not blank, not
    punctuation or the ``<name>`` of an example left as it is. Raises ConsentNameInvalid."""
    import unicodedata

    text = name.strip()
    if not text:
        raise ConsentNameInvalid(name, "is blank")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") and ch != " " for ch in text):
        raise ConsentNameInvalid(name, "contains a control character")
    if "<" in text or ">" in text:
        raise ConsentNameInvalid(name, "is the placeholder of an example, not a name")
    if not any(unicodedata.category(ch).startswith("L") for ch in text):
        raise ConsentNameInvalid(name, "has no letters: it is not a name")
    return text


def confirm_consent(sidecar: Sidecar, confirmed_by: str, on: str | None = None) -> None:
    """Record a batch confirmation in the sidecar's meeting: name and date go into the draft.

    Never over a sidecar that says ``confirmed = false`` (the caller checks); the name must be a name."""
    assert not sidecar.consent_withheld, "an explicit confirmed = false is never overridden"
    confirmed_by = consent_name(confirmed_by)
    old = sidecar.meeting.consent or Consent()
    extra = dict(old.extra)
    extra["confirmed_by"] = confirmed_by
    extra["confirmed_on"] = on or dt.date.today().isoformat()
    sidecar.meeting.consent = Consent(confirmed=True, method=old.method, by=old.by, extra=extra)


def _defer_copying(recordings: list[Recording], o: InboxOptions) -> None:
    """Mark as "still copying" each recording that changes while the scan waits.

    Files changed recently are stat'ed twice: now, and once the newest of them has
    been left alone for ``min_age_seconds`` (at least ``settle_seconds`` later). A file
    whose size or time changed in between is left for the next run; a copy that
    finished just before the command is taken in this run.
    """
    first = {}
    for rec in recordings:
        if (st := _stat_or_defer(rec)) is None:
            continue
        rec.size, rec.mtime_ns = st.st_size, st.st_mtime_ns
        first[rec.path] = st
    now = time.time()
    recent = [r for r in recordings if r.path in first and now - _changed(first[r.path]) < o.recent_seconds]
    if recent:
        # wait until the newest of them is min_age_seconds old (a copy that just finished is then
        # taken in this run, not the next), and at least settle_seconds to catch a growing file
        youngest = min(now - _changed(first[r.path]) for r in recent)
        wait = max(o.settle_seconds, min(o.min_age_seconds - youngest, o.min_age_seconds))
        if wait > 0:
            time.sleep(wait)
        now = time.time()
    for rec in recent:
        if (st := _stat_or_defer(rec)) is None:
            continue
        before = first[rec.path]
        if (st.st_size, st.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
            rec.status, rec.reason = STILL_COPYING, "the file is still growing; it is left for the next run"
        elif now - _changed(st) < o.min_age_seconds:
            rec.status, rec.reason = STILL_COPYING, "the file changed seconds ago; it is left for the next run"
        rec.size, rec.mtime_ns = st.st_size, st.st_mtime_ns


def _stat_or_defer(rec: Recording) -> os.stat_result | None:
    """The recording's stat, or None after marking it "still copying" when it cannot be read."""
    try:
        return rec.path.stat()
    except OSError as e:
        rec.status, rec.reason = STILL_COPYING, f"cannot stat: {e.strerror}"
        return None


def _changed(st: os.stat_result) -> float:
    """When the file's content last changed (ctime too on POSIX: copy tools that restore mtime still bump it)."""
    return max(st.st_mtime, st.st_ctime) if os.name == "posix" else st.st_mtime
