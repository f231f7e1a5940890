"""The job store: one SQLite file in the output folder remembering what each recording went through.

Per recording (keyed by its path relative to the inbox): the audio fingerprint
(sha256, with the size, mtime and quick fingerprint it was taken at, so an
unchanged file is not re-read in full), the key of each finished stage, timings, run counts, the last
error, the consent confirmation given on the record, and the final version
once `minutes finalize` issued it (the batch then never touches the meeting
again). Per output file: the sha256 of the bytes we wrote, so a draft the
recorder has edited is noticed and never overwritten.

A failure the recording is to blame for is remembered with the key of what
failed (audio, sidecar, options, software version: ``failed_key``), so an
unchanged recording is not retried, models loaded, on every run; the machine's
own faults (a model missing, a full disk) are not remembered that way.

Stage keys chain (transcribe -> minutes -> render): a stage is finished when
its stored key equals the key the batch computes now, and a key is stored only
after its stage's output is safely in place. A run killed half-way therefore
leaves the interrupted stage unfinished, and the next run redoes it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, fields
from pathlib import Path

from pipeline.errors import JobStoreUnreadable, OutputNotWritable

STORE_NAME = ".minutes-jobs.sqlite"
STAGES = ("transcribe", "extract", "render")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    key               TEXT PRIMARY KEY,   -- recording path relative to the inbox
    out_stem          TEXT,
    audio_size        INTEGER,
    audio_mtime_ns    INTEGER,
    audio_sha256      TEXT,
    audio_quick       TEXT,               -- files.quick_fingerprint at that size and mtime
    audio_duration    REAL,
    transcribe_key    TEXT,               -- set when the transcript for this key is written
    minutes_key       TEXT,
    render_key        TEXT,
    status            TEXT,               -- running | done | failed
    stage             TEXT,               -- stage running, or the one that failed
    error             TEXT,
    fix               TEXT,               -- the fix the error came with
    failed_key        TEXT,               -- what failed (see Job.failed_key); NULL: retry on the next run
    consent_by        TEXT,               -- --consent-confirmed-by, remembered for this recording
    consent_on        TEXT,
    transcribe_seconds REAL, extract_seconds REAL, render_seconds REAL,
    transcribe_runs   INTEGER NOT NULL DEFAULT 0,
    extract_runs      INTEGER NOT NULL DEFAULT 0,
    render_runs       INTEGER NOT NULL DEFAULT 0,
    draft             TEXT,               -- the draft last written, relative to the output folder
    final             TEXT,               -- minutes finalize: the final .docx, relative to the output folder
    finalized_on      TEXT,               -- its 定稿日期 (ISO date); a finalized meeting is never processed again
    updated_at        TEXT
);
CREATE TABLE IF NOT EXISTS outputs (
    path       TEXT PRIMARY KEY,          -- relative to the output folder
    key        TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    written_at TEXT
);
CREATE TABLE IF NOT EXISTS settings (
    name  TEXT PRIMARY KEY,               -- "inbox": the inbox last processed into this folder (absolute)
    value TEXT
);
"""
_ADDED_COLUMNS = {"fix": "TEXT", "failed_key": "TEXT", "audio_quick": "TEXT", "final": "TEXT",
                  "finalized_on": "TEXT"}  # columns added since the first version of the store


@dataclass
class Job:
    """One row of the job store."""

    key: str
    out_stem: str | None = None
    audio_size: int | None = None
    audio_mtime_ns: int | None = None
    audio_sha256: str | None = None
    audio_quick: str | None = None  # pipeline.files.quick_fingerprint: size and mtime alone are not trusted
    audio_duration: float | None = None
    transcribe_key: str | None = None
    minutes_key: str | None = None
    render_key: str | None = None
    status: str | None = None
    stage: str | None = None
    error: str | None = None
    fix: str | None = None
    failed_key: str | None = None  # set when the recording (not the machine) failed: unchanged, it is not retried
    consent_by: str | None = None
    consent_on: str | None = None
    transcribe_seconds: float | None = None
    extract_seconds: float | None = None
    render_seconds: float | None = None
    transcribe_runs: int = 0
    extract_runs: int = 0
    render_runs: int = 0
    draft: str | None = None
    final: str | None = None  # set by `minutes finalize`: the batch then leaves the meeting alone
    finalized_on: str | None = None
    updated_at: str | None = None


_COLUMNS = [f.name for f in fields(Job)]


def stage_key(*parts: object) -> str:
    """A stable hash of what a stage's output depends on."""
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


class JobStore:
    """The SQLite job store of one output folder. Every write commits at once."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.path = self.out_dir / STORE_NAME
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA busy_timeout = 30000")
            self.db.executescript(_SCHEMA)
            self._add_missing_columns()
        except sqlite3.DatabaseError as e:
            raise JobStoreUnreadable(self.path, f"the job store cannot be read: {e}",
                                     "move the file away (the drafts stay; the next run redoes the work)") from None
        except OSError as e:
            raise OutputNotWritable(self.out_dir, f"cannot create the job store here: {e.strerror}",
                                    "choose another output folder (--out) or fix its permissions") from None

    def _add_missing_columns(self) -> None:
        """A store written by an older version lacks the newer columns: add them (NULL in old rows)."""
        have = {row[1] for row in self.db.execute("PRAGMA table_info(jobs)")}
        for column, kind in _ADDED_COLUMNS.items():
            if column not in have:
                self.db.execute(f"ALTER TABLE jobs ADD COLUMN {column} {kind}")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> JobStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- jobs ---

    def get(self, key: str) -> Job | None:
        row = self.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM jobs WHERE key = ?", (key,)).fetchone()
        return Job(**dict(zip(_COLUMNS, row))) if row else None

    def all(self) -> list[Job]:
        rows = self.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM jobs ORDER BY key").fetchall()
        return [Job(**dict(zip(_COLUMNS, r))) for r in rows]

    def find_transcribed(self, audio_sha256: str, transcribe_key: str, exclude: str) -> list[Job]:
        """Other recordings with the same audio whose transcript for ``transcribe_key`` is done."""
        rows = self.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM jobs WHERE audio_sha256 = ? AND transcribe_key = ?"
                               " AND key != ? ORDER BY key", (audio_sha256, transcribe_key, exclude)).fetchall()
        return [Job(**dict(zip(_COLUMNS, r))) for r in rows]

    def save(self, job: Job) -> None:
        job.updated_at = _now()
        values = [getattr(job, c) for c in _COLUMNS]
        self._write(f"INSERT OR REPLACE INTO jobs ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
                    values)

    def _write(self, sql: str, values) -> None:
        """One committed write; a full disk or a read-only folder becomes a user-facing E501."""
        try:
            self.db.execute(sql, values)
        except sqlite3.OperationalError as e:
            raise OutputNotWritable(self.path, f"writing the job store failed: {e}",
                                    "free disk space in the output folder or fix its permissions, then run "
                                    "again (finished recordings are not redone)") from None

    # --- outputs ---

    def _rel(self, path: Path) -> str:
        """``path`` relative to the output folder, however the folder and the path were given
        (absolute, relative to the working folder, or relative to the output folder)."""
        path = Path(path)
        if not path.is_absolute() and not path.is_relative_to(self.out_dir):
            return path.as_posix()  # already relative to the output folder
        full, out = Path(os.path.abspath(path)), Path(os.path.abspath(self.out_dir))
        return (full.relative_to(out) if full.is_relative_to(out) else path).as_posix()

    def _legacy_rel(self, path: Path) -> str:
        """The key stores written before _rel normalised paths hold: the path as the batch gave it,
        relative to the working folder when the output folder was given that way."""
        full = Path(os.path.abspath(path))
        try:
            return Path(os.path.relpath(full)).as_posix()
        except ValueError:  # another drive (Windows)
            return full.as_posix()

    def record_output(self, key: str, path: Path, sha256: str) -> None:
        """Remember the bytes we wrote to ``path`` (absolute, or relative to the output folder)."""
        self._write("INSERT OR REPLACE INTO outputs (path, key, sha256, written_at) VALUES (?, ?, ?, ?)",
                    (self._rel(path), key, sha256, _now()))

    def written_sha256(self, path: Path) -> str | None:
        """The sha256 of what we last wrote to ``path``, or None if we never wrote it."""
        row = self.db.execute("SELECT sha256 FROM outputs WHERE path = ?", (self._rel(path),)).fetchone()
        if row is None:
            row = self.db.execute("SELECT sha256 FROM outputs WHERE path = ?", (self._legacy_rel(path),)).fetchone()
        return row[0] if row else None

    def key_of_output(self, path: Path) -> str | None:
        """The recording whose output ``path`` is (a draft, a transcript), or None."""
        row = self.db.execute("SELECT key FROM outputs WHERE path = ?", (self._rel(path),)).fetchone()
        if row is None:
            row = self.db.execute("SELECT key FROM outputs WHERE path = ?", (self._legacy_rel(path),)).fetchone()
        return row[0] if row else None

    # --- settings ---

    def setting(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def set_setting(self, name: str, value: str) -> None:
        if self.setting(name) != value:
            self._write("INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)", (name, value))

    def outputs(self, key: str) -> dict[str, str]:
        """Every file written for recording ``key``: relative path -> sha256."""
        return dict(self.db.execute("SELECT path, sha256 FROM outputs WHERE key = ? ORDER BY path", (key,)))


def store_folder_of(path: Path) -> Path | None:
    """The output folder whose job store knows ``path`` (its folder or one above: drafts of inbox
    subfolders sit in subfolders of the output), or None."""
    path = Path(path).resolve()
    for folder in list(path.parents)[:6]:
        if (folder / STORE_NAME).is_file():
            return folder
    return None


def edited_since_written(draft: Path) -> bool | None:
    """Whether the recorder changed ``draft`` since a batch wrote it: True (edited), False (as written),
    None (no job store in its folder or the ones above knows the file). Reads the store without writing."""
    from pipeline.files import sha256_file

    draft = Path(draft).resolve()
    for folder in list(draft.parents)[:6]:  # drafts of inbox subfolders sit in subfolders of the output
        store = folder / STORE_NAME
        if not store.is_file():
            continue
        try:
            db = sqlite3.connect(f"{store.as_uri()}?mode=ro", uri=True, timeout=5)
            try:
                row = db.execute("SELECT sha256 FROM outputs WHERE path = ?",
                                 (draft.relative_to(folder).as_posix(),)).fetchone()
            finally:
                db.close()
        except sqlite3.DatabaseError:
            return None
        if row is None:
            return None
        try:
            return sha256_file(draft) != row[0]
        except OSError:
            return None
    return None
