"""The batch: inbox -> per recording <stem>.transcript.json, <stem>.minutes.json, <stem>.docx, <stem>.review.html.

:func:`process_inbox` runs once over an inbox; :func:`watch_inbox` keeps
polling it. Per recording the job store (:mod:`pipeline.jobs`) decides what is
left to do: nothing (unchanged), extraction and rendering only (the sidecar
changed: the cached transcript gets the new meeting info and speaker names),
or everything (new or changed audio). One bad recording never stops the batch.
The speech models are loaded once per batch (once per worker with ``jobs``
> 1), and only when some recording needs transcribing. A lock file keeps two
runs off the same output folder; every output is written atomically and a
draft the recorder has edited is never overwritten (``<stem>.v2.docx``).
Recordings are only ever read.
"""
from __future__ import annotations

import contextlib
import copy
import os
import shlex
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.errors import InboxLocked, MinutesError, OutputNotWritable
from pipeline.files import atomic_write, quick_fingerprint, sha256_file
from pipeline.inbox import BAD_SIDECAR, NEEDS_CONSENT, READY, STILL_COPYING, InboxOptions, Recording, confirm_consent, scan
from pipeline.jobs import Job, JobStore, stage_key
from pipeline.lock import EXCLUSIVE, FileLock, LockHeld
from pipeline.progress import ProgressHook, report
from pipeline.records import ReviewNote, Speaker, Transcript, load_minutes, load_transcript, save_json
from pipeline.sidecar import Sidecar, sidecar_fingerprint

LOCK_NAME = ".minutes.lock"

# outcomes of one recording in a batch
DONE = "done"
UNCHANGED = "unchanged"
FAILED = "failed"
OUTCOMES = (DONE, UNCHANGED, NEEDS_CONSENT, STILL_COPYING, FAILED)


@dataclass
class BatchOptions:
    """Everything `minutes process` can be told. Defaults in one place."""

    consent_confirmed_by: str | None = None  # confirm the whole batch on the record
    jobs: int = 1  # worker processes; each loads the models once
    cluster: str | None = None  # dask.distributed: "tcp://HOST:8786" or "local:N" (pipeline.cluster)
    shared_storage: bool = False  # --cluster: every worker sees the inbox at the same path (sent paths, not bytes)
    device: str | None = None  # auto | cpu | cuda (None: the transcriber's default, auto)
    model: str | None = None  # speech model (None: the transcriber's default)
    diarizer: str | None = None  # None: the transcriber's default
    appendix: bool = False  # full transcript appended to the draft
    template: Path | None = None  # an organisation's .docx template
    review_audio: str = "link"  # the review page's audio: "link" to the recording | "embed" a compressed copy
    wait: bool = False  # wait for another run's lock instead of refusing
    retry_failed: bool = False  # try again the recordings that failed before, though unchanged
    poll_seconds: float = 10.0  # --watch: seconds between looks at the inbox
    inbox: InboxOptions = field(default_factory=InboxOptions)  # copy-check timings


@dataclass
class RecordingReport:
    """What happened to one recording."""

    key: str  # path relative to the inbox
    path: Path
    outcome: str  # one of OUTCOMES
    reason: str | None = None
    fix: str | None = None
    stages: list[str] = field(default_factory=list)  # the stages that ran
    seconds: dict[str, float] = field(default_factory=dict)  # stage -> wall seconds
    draft: Path | None = None
    review_page: Path | None = None  # <stem>.review.html beside the draft
    notes: list[str] = field(default_factory=list)  # e.g. an edited draft was kept


@dataclass
class BatchReport:
    """The summary of one pass over the inbox."""

    inbox: Path
    out_dir: Path
    recordings: list[RecordingReport] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, outcome: str) -> int:
        return sum(r.outcome == outcome for r in self.recordings)

    @property
    def failed(self) -> list[RecordingReport]:
        return [r for r in self.recordings if r.outcome == FAILED]

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


# --- the lock ------------------------------------------------------------------


class OutputLock:
    """An exclusive lock on an output folder (``.minutes.lock``, holding the pid).

    Held through :class:`pipeline.lock.FileLock`: an ``flock`` on POSIX (a killed run leaves no
    stale lock), ``msvcrt`` on Windows, else a lock file whose holder is checked for staleness.
    """

    def __init__(self, out_dir: Path, wait: bool = False, method: str | None = None):
        self.path = Path(out_dir) / LOCK_NAME
        self._lock = FileLock(self.path, wait=wait, method=method)

    def __enter__(self) -> OutputLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock.__enter__()
        except LockHeld as e:
            fix = "wait for it to finish, or run again with --wait"
            if self._lock.method == EXCLUSIVE:  # a lock file outlives its run if the pid was reused or is remote
                fix += f"; if no `minutes process` is running there, delete {self.path}"
            raise InboxLocked(self.path.parent,
                              f"another `minutes process` (pid {e.holder}) is working on this output folder",
                              fix) from None
        except OSError as e:
            raise OutputNotWritable(self.path.parent, f"cannot write in the output folder: {e.strerror}",
                                    "choose another output folder (--out) or fix its permissions") from None
        return self

    def __exit__(self, *exc) -> None:
        self._lock.release()


# --- one recording's work (runs in this process or in a worker) --------------------


@dataclass
class _Task:
    key: str
    label: str  # shown in progress: the output stem
    audio: Path
    sidecar: Sidecar
    audio_sha256: str
    stages: tuple[str, ...]  # which of transcribe / extract / render to run
    transcript_path: Path
    minutes_path: Path
    draft_path: Path
    options: BatchOptions
    out_dir: Path | None = None  # the drafts folder: a meeting of a series follows up the earlier ones there
    draft_sha256: str | None = None  # what draft_path held when planned (None: nothing): only that is replaced
    # the records the stages start from, read by the client and sent along (--cluster: workers never
    # read the output folder); None: read from transcript_path / minutes_path when needed
    transcript: Transcript | None = None
    minutes: object | None = None


@dataclass
class _Result:
    key: str
    finished: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)  # absolute path -> sha256
    duration: float | None = None
    failed_stage: str | None = None
    error: str | None = None
    fix: str | None = None
    error_path: str | None = None  # the file the error is about
    input_fault: bool = True  # False: the machine's fault (a model missing, a full disk), not the recording's
    code: str | None = None  # the MinutesError's code (E501: the output folder cannot be written)
    draft_path: Path | None = None  # the draft written (another version when the planned one changed meanwhile)
    # outputs not written yet, in order: (stage, path, record or .docx bytes); a cluster worker returns them
    # for the client, the only writer, to write (pipeline.cluster.write_outputs)
    unwritten: list[tuple[str, str, object]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class _LazyTranscriber:
    """Builds the Transcriber (loads the models) on first use only."""

    def __init__(self, options: BatchOptions, cpu_threads: int | None = None):
        self.options = options
        self.cpu_threads = cpu_threads
        self._transcriber = None

    def __call__(self, audio: Path, sidecar: Sidecar, hook: ProgressHook | None,
                 sha256: str | None = None) -> Transcript:
        if self._transcriber is None:
            self._transcriber = _make_transcriber(self.options, self.cpu_threads)
        return self._transcriber(audio, sidecar=sidecar, hook=hook, sha256=sha256)

    @property
    def loaded(self) -> bool:
        return self._transcriber is not None


def _make_transcriber(options: BatchOptions, cpu_threads: int | None):
    from pipeline.audio.transcribe import TranscribeOptions, Transcriber

    given = {"model": options.model, "diarizer": options.diarizer, "cpu_threads": cpu_threads,
             "device": options.device}
    return Transcriber(TranscribeOptions(**{k: v for k, v in given.items() if v is not None}))


def _render_options(options: BatchOptions):
    from pipeline.render.docx import RenderOptions

    return RenderOptions(appendix=options.appendix, template=options.template)


def _run_task(task: _Task, transcribe: Callable, hook: ProgressHook | None = None, write: bool = True) -> _Result:
    """Run the task's stages in order; stop at the first failure and say which stage and why.

    ``write=False`` (a cluster worker): the outputs are returned in ``result.unwritten``, not written.
    """
    result = _Result(task.key)
    transcript, minutes = task.transcript, task.minutes
    stage = task.stages[0] if task.stages else None

    def output(path: Path, content) -> None:  # a record, or a draft's bytes
        if write:
            result.written[str(path)] = write_output(path, content)
        else:
            result.unwritten.append((stage, str(path), content))

    def sub(name: str) -> ProgressHook | None:  # a stage's own progress, one bar per inner stage
        if hook is None:
            return None
        return lambda inner, done, total: hook(f"{task.label} · {inner or name}", done, total)

    try:
        for stage in task.stages:
            t0 = time.perf_counter()
            report(hook, f"{task.label} · {stage}", 0, 1)
            if stage == "transcribe":
                transcript = transcribe(task.audio, task.sidecar, sub("transcribe"), sha256=task.audio_sha256)
                _fill_audio_info(transcript, task)
                apply_sidecar(transcript, task.sidecar)
                output(task.transcript_path, transcript)
                result.duration = transcript.audio.duration if transcript.audio else None
            elif stage == "extract":
                from pipeline.text.extract import extract

                if transcript is None:
                    transcript = load_transcript(task.transcript_path)
                if apply_sidecar(transcript, task.sidecar):
                    output(task.transcript_path, transcript)
                minutes = extract(transcript, hook=sub("extract"))
                _finish_minutes(minutes, transcript, task.sidecar)
                if task.out_dir is not None:
                    from pipeline.series import add_follow_up

                    add_follow_up(minutes, transcript, task.out_dir, task.minutes_path, meeting_id=task.audio_sha256)
                output(task.minutes_path, minutes)
            elif stage == "render":
                if minutes is None:
                    minutes = load_minutes(task.minutes_path)
                if transcript is None and task.transcript_path.exists():
                    transcript = load_transcript(task.transcript_path)
                draft = _render_draft(task, minutes, transcript, result, write)
                if draft is not None:
                    result.written[str(draft)] = sha256_file(draft)
            result.seconds[stage] = time.perf_counter() - t0
            result.finished.append(stage)
            report(hook, f"{task.label} · {stage}", 1, 1)
    except MinutesError as e:
        result.failed_stage, result.error, result.fix = stage, e.problem, e.fix
        result.error_path = str(e.path) if e.path is not None else None
        result.input_fault = e.input_fault
        result.code = e.code
    except Exception as e:  # a bug in a stage must not stop the batch; say where it happened
        result.failed_stage, result.error = stage, f"internal error: {type(e).__name__}: {e}"
        result.fix = "please report this message; the other recordings are not affected"
        result.input_fault = not isinstance(e, (OSError, MemoryError))  # else the machine's: retried next run
    return result


def _render_draft(task: _Task, minutes, transcript: Transcript | None, result: _Result,
                  write: bool = True) -> Path | None:
    """Build the draft and write it (:func:`write_draft`); ``write=False`` (a cluster worker): its bytes go
    in ``result.unwritten`` for the client to write, and None is returned."""
    from pipeline.render.docx import build_document, document_bytes

    content = document_bytes(build_document(minutes, transcript, _render_options(task.options), task.draft_path.stem))
    if not write:
        result.unwritten.append(("render", str(task.draft_path), content))
        return None
    return write_draft(task, content, result)


def write_draft(task: _Task, content: bytes, result: _Result) -> Path:
    """Write the draft's bytes to the planned path, unless the recorder saved it (in Word) since it was
    planned: checked again at the moment of writing, and then the next free ``<stem>.vN.docx``."""
    from pipeline.files import TargetChanged

    draft, expect = task.draft_path, task.draft_sha256
    while True:
        try:
            atomic_write(draft, lambda tmp: tmp.write_bytes(content), expect_sha256=expect)
        except TargetChanged:
            changed, draft, expect = draft, _next_version(task.draft_path), None
            result.notes.append(f"{changed.name} was saved while this run worked on it (or is not ours); it is "
                                f"kept as it is and the new draft is {draft.name}")
            continue
        result.draft_path = draft
        return draft


def _next_version(draft: Path) -> Path:
    """The first ``<stem>.vN.docx`` (N >= 2) beside ``draft`` that does not exist."""
    stem = draft.name.removesuffix(".docx")
    stem = stem.rsplit(".v", 1)[0] if stem.rsplit(".v", 1)[-1].isdigit() and ".v" in stem else stem
    n = 2
    while (candidate := draft.with_name(f"{stem}.v{n}.docx")).exists():
        n += 1
    return candidate


def _save(record, path: Path) -> str:
    save_json(record, path)
    return sha256_file(path)


def write_output(path: Path, content) -> str:
    """Write a record (as JSON) or a draft's bytes atomically; returns the sha256 of the file now there."""
    if isinstance(content, bytes):
        atomic_write(path, lambda tmp: tmp.write_bytes(content))
        return sha256_file(path)
    return _save(content, path)


def _fill_audio_info(transcript: Transcript, task: _Task) -> None:
    from pipeline.records import AudioInfo

    if transcript.audio is None:
        transcript.audio = AudioInfo(file=task.audio.name)
    transcript.audio.file = task.audio.name
    transcript.audio.sha256 = task.audio_sha256


def apply_sidecar(transcript: Transcript, sidecar: Sidecar) -> bool:
    """Put the sidecar's meeting info and speaker names on a (cached) transcript; True if anything changed.

    Speaker names: ``[speakers]`` wins; an attendee renamed in the sidecar is renamed on the
    speakers named after them (matched by position in the attendee list); a mapping removed from
    ``[speakers]`` gives back the name the transcriber had found.
    """
    before = transcript.to_dict()
    old_names = [a.name for a in transcript.meeting.attendees]
    new_names = [a.name for a in sidecar.meeting.attendees]
    renamed = {o: n for o, n in zip(old_names, new_names) if o != n}
    meeting = copy.deepcopy(sidecar.meeting)
    meeting.extra = {**transcript.meeting.extra, **meeting.extra}
    transcript.meeting = meeting
    for label, speaker in transcript.speakers.items():
        if speaker.extra.get("named_by") == "sidecar" and label not in sidecar.speakers:
            speaker.name = speaker.extra.pop("auto_name", None)
            speaker.extra.pop("named_by", None)
            if "auto_named_by" in speaker.extra:
                speaker.extra["named_by"] = speaker.extra.pop("auto_named_by")
        if speaker.name in renamed:
            speaker.name = renamed[speaker.name]
    for label, name in sidecar.speakers.items():
        speaker = transcript.speakers.setdefault(label, Speaker())
        if speaker.extra.get("named_by") != "sidecar":
            speaker.extra["auto_name"] = speaker.name
            if "named_by" in speaker.extra:
                speaker.extra["auto_named_by"] = speaker.extra["named_by"]
        speaker.name = name
        speaker.extra["named_by"] = "sidecar"
    return transcript.to_dict() != before


def _finish_minutes(minutes, transcript: Transcript, sidecar: Sidecar) -> None:
    """The batch's part of the minutes: the consent record as given, and a flag on a guessed date."""
    minutes.meeting.consent = copy.deepcopy(transcript.meeting.consent)
    if sidecar.date_from in ("mtime", "none") and not any(r.where == "meeting.date" for r in minutes.review):
        why = {"mtime": "会议日期取自录音文件的修改时间，请核实" if minutes.language == "zh"
               else "meeting date taken from the recording file's modification time; please check",
               "none": "会议日期未知，请补充" if minutes.language == "zh" else "meeting date unknown; please fill in"}
        minutes.review.append(ReviewNote(where="meeting.date", why=why[sidecar.date_from]))


# --- worker processes (--jobs N) ---------------------------------------------------

_worker_transcribe: _LazyTranscriber | None = None
_worker_queue = None


def _init_worker(options: BatchOptions, cpu_threads: int, queue) -> None:
    global _worker_transcribe, _worker_queue
    from pipeline import runtime

    runtime.configure()
    runtime.forbid_network()  # a spawned worker starts without the parent's socket guard
    _worker_transcribe = _LazyTranscriber(options, cpu_threads)
    _worker_queue = queue


def _run_in_worker(task: _Task) -> _Result:
    queue = _worker_queue
    hook = (lambda stage, done, total: queue.put((stage, done, total))) if queue is not None else None
    return _run_task(task, _worker_transcribe, hook)


# --- the batch -------------------------------------------------------------------


class Batch:
    """One output folder's batch processor; keeps the models loaded across passes (``--watch``)."""

    def __init__(self, inbox: Path, out_dir: Path, options: BatchOptions | None = None,
                 hook: ProgressHook | None = None):
        self.inbox = Path(inbox)
        self.out_dir = Path(out_dir)
        self.options = options or BatchOptions()
        self.hook = hook
        self.transcribe = _LazyTranscriber(self.options)
        self._pool = None
        self._queue = None
        self._cluster = None  # pipeline.cluster.ClusterRunner, with --cluster
        self._keys: dict[str, dict[str, str]] = {}  # recording key -> stage -> key, for tasks under way
        self._quick: dict[str, tuple[tuple, str]] = {}  # recording key -> (file state, quick fingerprint)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    # one pass

    def run_once(self, store: JobStore) -> BatchReport:
        """Scan the inbox and bring every ready recording's outputs up to date."""
        t0 = time.perf_counter()
        o = self.options
        inbox_options = replace(o.inbox, consent_confirmed_by=o.consent_confirmed_by,
                                skip=tuple(o.inbox.skip) + (self.out_dir,))
        batch = BatchReport(self.inbox, self.out_dir)
        tasks: list[_Task] = []
        reports: dict[str, RecordingReport] = {}
        ready: list[tuple[Recording, RecordingReport]] = []
        for rec in scan(self.inbox, inbox_options):
            job = store.get(rec.key)
            self._remember_consent(rec, job, store)
            rep = RecordingReport(rec.key, rec.path, rec.status, rec.reason, rec.fix, notes=list(rec.warnings))
            batch.recordings.append(rep)
            if job and job.final:  # issued by `minutes finalize`: never processed again
                rep.outcome, rep.reason, rep.fix = UNCHANGED, None, None  # no draft to review: "next" lists none
                rep.notes = [f"finalized on {job.finalized_on} ({job.final}): left as it is, whatever changed "
                             "in the recording or its sidecar"]
                continue
            if rec.status != READY:
                if rec.status == BAD_SIDECAR:
                    rep.outcome = FAILED
                continue
            ready.append((rec, rep))
            try:
                task = self._plan(rec, job, store, rep)
            except MinutesError as e:
                rep.outcome, rep.reason, rep.fix = FAILED, e.problem, e.fix
                continue
            except OSError as e:  # a voice clip or the recording vanished between scan and plan
                rep.outcome, rep.reason = FAILED, f"cannot read {e.filename}: {e.strerror}"
                rep.fix = "check the file is still there and readable, then run again"
                continue
            if task is None:
                if rep.outcome != FAILED:  # else it failed before and nothing it depends on changed
                    rep.outcome = UNCHANGED
                    rep.draft = self.out_dir / job.draft if job and job.draft else None
                continue
            tasks.append(task)
            reports[task.key] = rep
        unwritable: OutputNotWritable | None = None  # the output folder cannot be written (a full disk)
        finished: set[str] = set()
        for wave in series_waves(tasks):
            for task, result in self._execute(wave, store, stop=lambda: unwritable is not None):
                finished.add(task.key)
                try:
                    self._record(task, result, store, reports[task.key])
                except OutputNotWritable as e:  # the job store too: named as this recording's failure
                    self._keys.pop(task.key, None)
                    unwritable = e
                    rep = reports[task.key]
                    rep.outcome, rep.reason, rep.fix = FAILED, f"{result.failed_stage}: {e.path}: {e.problem}", e.fix
                    continue
                if result.code == OutputNotWritable.code:
                    unwritable = OutputNotWritable(result.error_path, result.error, result.fix)
        for task in tasks:  # left undone once the output folder could not be written: each draft named
            if task.key not in finished:
                self._keys.pop(task.key, None)
                rep = reports[task.key]
                rep.outcome, rep.fix = FAILED, unwritable.fix
                rep.reason = (f"not started: {task.draft_path} was not written, the output folder could not be "
                              f"written ({unwritable.problem})")
        self._review_pages(ready, store)
        batch.seconds = time.perf_counter() - t0
        return batch

    def _review_pages(self, ready: list[tuple[Recording, RecordingReport]], store: JobStore) -> None:
        """``<stem>.review.html`` beside each draft, (re)written when its minutes, recording or options changed.

        A page that cannot be written is a note, never a failed recording: the draft is what counts."""
        from pipeline.render.review_page import ReviewPageOptions, page_path_for, refresh_review_page

        for rec, rep in ready:
            job = store.get(rec.key)
            if rep.outcome not in (DONE, UNCHANGED) or job is None or not job.render_key:
                continue
            sidecar = rec.sidecar.path if rec.sidecar and rec.sidecar.path else rec.path.with_suffix(".meeting.toml")
            options = ReviewPageOptions(audio=self.options.review_audio, sidecar_name=_inbox_relative(sidecar, self.inbox))
            rep.review_page = page_path_for(self.out_dir / rec.out_stem)
            try:
                page = refresh_review_page(self.out_dir, rec.out_stem, rec.path, job.render_key, options)
            except (MinutesError, OSError) as e:
                rep.review_page = None
                rep.notes.append(f"review page not written: {e}")
                continue
            if page is not None:
                rep.notes += page.notes

    def _remember_consent(self, rec: Recording, job: Job | None, store: JobStore) -> None:
        """A batch confirmation given on an earlier run still covers the same recording, unless its
        sidecar now says ``confirmed = false``: then the sidecar wins and the confirmation is forgotten.

        "The same" is checked by content (size, mtime and :func:`quick_fingerprint`), never by size and
        mtime alone; that reads a few MiB of a recording the record confirmed consent for at this path.
        """
        if job is None or not job.consent_by or rec.sidecar is None:
            return
        if rec.sidecar.consent_withheld:  # withdrawn: the record's confirmation ends here
            job.consent_by = job.consent_on = None
            store.save(job)
            return
        if rec.status == NEEDS_CONSENT:
            try:
                st = rec.path.stat()
                if (st.st_size, st.st_mtime_ns) != (job.audio_size, job.audio_mtime_ns):
                    return
                if job.audio_quick is not None:
                    same = self._quick_fingerprint(rec) == job.audio_quick
                else:  # a store from before quick fingerprints
                    same = sha256_file(rec.path) == job.audio_sha256
            except OSError:
                return
            if not same:
                return
            rec.status, rec.reason, rec.fix = READY, None, None
            rec.size, rec.mtime_ns = st.st_size, st.st_mtime_ns
            confirm_consent(rec.sidecar, job.consent_by, job.consent_on)
            return
        consent = rec.sidecar.meeting.consent
        if rec.status == READY and consent is not None and "confirmed_by" in consent.extra:
            rec.sidecar.meeting.consent = None  # the first confirmation on the record stands
            confirm_consent(rec.sidecar, job.consent_by, job.consent_on)

    def _plan(self, rec: Recording, job: Job | None, store: JobStore, rep: RecordingReport) -> _Task | None:
        """Which stages this recording needs now, or None when its outputs are up to date."""
        o = self.options
        sidecar = rec.sidecar
        assert sidecar is not None
        _check_output_names(rec, self.out_dir)
        try:
            quick = self._quick_fingerprint(rec)
            if (job and job.audio_sha256 and job.audio_quick == quick
                    and (job.audio_size, job.audio_mtime_ns) == (rec.size, rec.mtime_ns)):
                sha = job.audio_sha256  # same size, mtime and samples of its bytes: the fingerprint still holds
            else:
                sha = sha256_file(rec.path)
        except OSError as e:
            from pipeline.errors import AudioUnreadable

            raise AudioUnreadable(rec.path, f"cannot read the recording: {e.strerror}",
                                  "check the file's permissions") from None
        consent = sidecar.meeting.consent.to_dict() if sidecar.meeting.consent else None
        template = sha256_file(o.template) if o.template else None

        def stage_keys(voices: list) -> dict[str, str]:
            keys = {"transcribe": stage_key("transcribe", sha, o.model, o.diarizer, sidecar.language,
                                            sidecar.vocabulary, voices)}
            keys["extract"] = stage_key("extract", keys["transcribe"], sidecar_fingerprint(sidecar), consent,
                                        sidecar.date_from)
            keys["render"] = stage_key("render", keys["extract"], o.appendix, template)
            return keys

        # voice clips by their place in the inbox and their bytes: moving or copying the whole inbox
        # (or a sync tool touching the clips) redoes nothing. Jobs keyed the older way (absolute
        # path, size, mtime) keep those keys while they match, so an upgrade redoes nothing either.
        keys = stage_keys([(_inbox_relative(v.path, self.inbox), sha256_file(v.path)) for v in sidecar.voices])
        if job and job.transcribe_key and job.transcribe_key != keys["transcribe"] and sidecar.voices:
            legacy = stage_keys([(str(v.path), v.path.stat().st_size, v.path.stat().st_mtime_ns)
                                 for v in sidecar.voices])
            if job.transcribe_key == legacy["transcribe"]:
                keys = legacy
        if job and job.status == "failed" and job.failed_key == failure_key(keys) and not o.retry_failed:
            rep.outcome, rep.fix = FAILED, job.fix
            rep.reason = f"failed before: {job.stage}: {job.error} — fix the file or run with --retry-failed"
            if (job.audio_size, job.audio_mtime_ns, job.audio_quick) != (rec.size, rec.mtime_ns, quick):
                job.audio_size, job.audio_mtime_ns, job.audio_quick = rec.size, rec.mtime_ns, quick  # same bytes
                store.save(job)
            return None

        transcript_path = self.out_dir / f"{rec.out_stem}.transcript.json"
        minutes_path = self.out_dir / f"{rec.out_stem}.minutes.json"
        last_draft = self.out_dir / job.draft if job and job.draft else None
        stages: list[str] = []
        if not job or job.transcribe_key != keys["transcribe"] or not transcript_path.exists():
            stages = ["transcribe", "extract", "render"]
        elif job.minutes_key != keys["extract"] or not minutes_path.exists():
            stages = ["extract", "render"]
        elif job.render_key != keys["render"] or last_draft is None or not last_draft.exists():
            stages = ["render"]

        job = job or Job(key=rec.key)
        job.out_stem, job.audio_size, job.audio_mtime_ns, job.audio_sha256 = rec.out_stem, rec.size, rec.mtime_ns, sha
        job.audio_quick = quick
        extras = sidecar.meeting.consent.extra if sidecar.meeting.consent else {}
        if "confirmed_by" in extras and not job.consent_by:
            job.consent_by, job.consent_on = extras["confirmed_by"], extras.get("confirmed_on")
        if stages and stages[0] == "transcribe":
            donor = self._reuse_transcript(rec, sha, keys["transcribe"], store, transcript_path)
            if donor is not None:
                stages = ["extract", "render"]
                job.transcribe_key = keys["transcribe"]
                rep.notes.append(f"same audio as {donor}: its transcript was reused, not transcribed again")
        if not stages:
            store.save(job)
            return None
        # a stage's key is stored only once it is done; the later ones are invalid from now on
        if stages[0] == "transcribe":
            job.transcribe_key = None
        if stages[0] in ("transcribe", "extract"):
            job.minutes_key = None
        job.render_key = None
        job.status, job.stage, job.error, job.fix, job.failed_key = "running", stages[0], None, None, None
        store.save(job)
        self._keys[rec.key] = keys
        draft, note = self._draft_path(rec.out_stem, store)
        if note:
            rep.notes.append(note)
        return _Task(rec.key, rec.out_stem, rec.path, sidecar, sha, tuple(stages), transcript_path, minutes_path,
                     draft, o, out_dir=self.out_dir,
                     draft_sha256=store.written_sha256(draft) if draft.exists() else None)

    def _quick_fingerprint(self, rec: Recording) -> str:
        """:func:`quick_fingerprint` of the recording, taken once per state of the file in this process
        (``--watch`` looks every few seconds): the same inode, size, mtime and ctime need no second look."""
        st = rec.path.stat()
        state = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        cached = self._quick.get(rec.key)
        if cached is not None and cached[0] == state:
            return cached[1]
        quick = quick_fingerprint(rec.path)
        self._quick[rec.key] = (state, quick)
        return quick

    def _reuse_transcript(self, rec: Recording, sha: str, transcribe_key: str, store: JobStore,
                          transcript_path: Path) -> str | None:
        """A recording renamed, moved or copied within the inbox: take the transcript already made of that audio.

        Returns the key of the recording it came from, or None. Only a transcript whose bytes are still
        the ones we wrote is reused.
        """
        for donor in store.find_transcribed(sha, transcribe_key, exclude=rec.key):
            source = self.out_dir / f"{donor.out_stem}.transcript.json"
            if not source.is_file() or sha256_file(source) != store.written_sha256(source):
                continue
            try:
                transcript = load_transcript(source)
            except MinutesError:
                continue
            if transcript.audio is not None:
                transcript.audio.file = rec.path.name
            store.record_output(rec.key, transcript_path, _save(transcript, transcript_path))
            return donor.key
        return None

    def _draft_path(self, out_stem: str, store: JobStore) -> tuple[Path, str | None]:
        """``<stem>.docx``, unless the recorder edited it: then the first ``<stem>.vN.docx`` that is ours."""
        base = self.out_dir / f"{out_stem}.docx"
        n = 1
        while True:
            candidate = base if n == 1 else self.out_dir / f"{out_stem}.v{n}.docx"
            if not candidate.exists() or sha256_file(candidate) == store.written_sha256(candidate):
                if n == 1:
                    return candidate, None
                return candidate, (f"{base.name} was edited since it was written (or is not ours); "
                                   f"it is kept as it is and the new draft is {candidate.name}")
            n += 1

    def _execute(self, tasks: list[_Task], store: JobStore, stop: Callable[[], bool] = lambda: False):
        """Yield (task, result) as each finishes: in this process, or in worker processes (jobs > 1).

        Once ``stop()`` is true, tasks not started are not run (nor yielded)."""
        if not tasks:
            return
        if self.options.cluster:  # dask.distributed workers compute, this process writes
            if self._cluster is None:
                from pipeline.cluster import ClusterRunner

                self._cluster = ClusterRunner(self.options, self.inbox, self.hook)
            yield from self._cluster.execute(tasks, stop)
            return
        if self.options.jobs <= 1 or len(tasks) == 1:
            for task in tasks:
                if stop():
                    return
                yield task, _run_task(task, self.transcribe, self.hook)
            return
        from concurrent.futures import as_completed

        pool = self._worker_pool()
        futures = {pool.submit(_run_in_worker, t): t for t in tasks}
        for future in as_completed(futures):
            if stop():
                for other in futures:
                    other.cancel()  # those not started yet
            if future.cancelled():
                continue
            task = futures[future]
            try:
                yield task, future.result()
            except Exception as e:  # the worker process died (killed, out of memory)
                yield task, _Result(task.key, failed_stage=task.stages[0],
                                    error=f"the worker process stopped: {type(e).__name__}: {e}",
                                    fix="run again; if it repeats, run with --jobs 1", input_fault=False)

    def _worker_pool(self):
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            ctx = multiprocessing.get_context("spawn")
            jobs = self.options.jobs
            threads = max(1, (os.cpu_count() or 2) // jobs)
            self._queue = ctx.Queue() if self.hook is not None else None
            self._pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker,
                                             initargs=(self.options, threads, self._queue))
            if self._queue is not None:
                threading.Thread(target=self._drain_progress, daemon=True).start()
        return self._pool

    def _drain_progress(self) -> None:
        while True:
            try:
                stage, done, total = self._queue.get()
            except (EOFError, OSError, ValueError):
                return
            report(self.hook, stage, done, total)

    def _record(self, task: _Task, result: _Result, store: JobStore, rep: RecordingReport) -> None:
        """Put a task's result in the job store and its report.

        A failure to write the store right after a stage failed to write its output (a full disk)
        is reported as the stage's: it names the file being written, not the job store.
        """
        try:
            self._store_result(task, result, store, rep)
        except OutputNotWritable:
            if result.error and not result.input_fault and result.error_path:
                raise OutputNotWritable(result.error_path, result.error,
                                        f"{result.fix} (finished recordings are not redone)") from None
            raise

    def _store_result(self, task: _Task, result: _Result, store: JobStore, rep: RecordingReport) -> None:
        job = store.get(task.key) or Job(key=task.key)
        keys = self._keys.pop(task.key)
        for path, sha in result.written.items():
            store.record_output(task.key, Path(path), sha)
        for stage in result.finished:
            setattr(job, {"transcribe": "transcribe_key", "extract": "minutes_key", "render": "render_key"}[stage],
                    keys[stage])
            setattr(job, f"{stage}_seconds", result.seconds[stage])
            setattr(job, f"{stage}_runs", getattr(job, f"{stage}_runs") + 1)
        if result.duration is not None:
            job.audio_duration = result.duration
        draft = result.draft_path or task.draft_path
        if "render" in result.finished:
            job.draft = draft.relative_to(self.out_dir).as_posix()
        rep.stages, rep.seconds = list(result.finished), dict(result.seconds)
        rep.notes += result.notes
        if result.error:
            job.status, job.stage, job.error, job.fix = "failed", result.failed_stage, result.error, result.fix
            job.failed_key = failure_key(keys) if result.input_fault else None  # None: retried next run
            where = f"{result.error_path}: " if result.error_path and Path(result.error_path) != task.audio else ""
            rep.outcome, rep.reason, rep.fix = FAILED, f"{result.failed_stage}: {where}{result.error}", result.fix
        else:
            job.status, job.stage, job.error, job.fix, job.failed_key = "done", None, None, None, None
            rep.outcome, rep.draft = DONE, draft
        store.save(job)


def series_waves(tasks: list[_Task]) -> list[list[_Task]]:
    """The tasks in the order their meetings were held, in waves: a meeting of a series waits for
    the earlier meetings of its series in this batch (it follows up their action items), also
    with --jobs N. Without series: one wave."""
    def when(t: _Task) -> tuple[str, str]:
        return (t.sidecar.meeting.date or "", t.sidecar.meeting.start or "")

    def series(t: _Task) -> str | None:
        return t.sidecar.meeting.extra.get("series")

    seen: dict[str, int] = {}  # series -> how many of its meetings are in earlier waves
    waves: list[list[_Task]] = []
    for t in sorted(tasks, key=when):
        name = series(t)
        wave = 0
        if name:
            wave = seen.get(name, 0)
            seen[name] = wave + 1
        while len(waves) <= wave:
            waves.append([])
        waves[wave].append(t)
    return waves


#: the longest name a recording's outputs get after its stem (<stem>.transcript.json)
LONGEST_OUTPUT_SUFFIX = ".transcript.json"


def _check_output_names(rec: Recording, out_dir: Path) -> None:
    """Refuse, before any work, a recording whose outputs' names the output folder's file system cannot hold."""
    from pipeline.errors import NameTooLong
    from pipeline.files import name_length, name_max

    stem = rec.out_stem.rsplit("/", 1)[-1]
    longest = stem + LONGEST_OUTPUT_SUFFIX
    limit = name_max(out_dir if out_dir.is_dir() else out_dir.parent)
    size = name_length(longest)
    if size <= limit:
        return
    room = limit - name_length(LONGEST_OUTPUT_SUFFIX)
    raise NameTooLong(rec.path, f"the name is too long for its outputs: {longest[:24]}…{LONGEST_OUTPUT_SUFFIX} "
                                f"would be {size} bytes, and the output folder's file system takes at most {limit}",
                      f"rename {rec.path.name} to a shorter name (at most {room} letters or digits before the "
                      f"extension, or {room if os.name == 'nt' else room // 3} Chinese characters), then run again")


def _inbox_relative(path: Path, inbox: Path) -> str:
    """``path`` relative to the inbox (resolved), with "/" separators; absolute when outside it."""
    full, root = Path(path).resolve(), Path(inbox).resolve()
    return full.relative_to(root).as_posix() if full.is_relative_to(root) else full.as_posix()


def failure_key(keys: dict[str, str]) -> str:
    """What a failure is remembered with: everything the stages depend on (the render key chains the audio,
    the sidecar and the options) and the software's version, so an upgrade retries it too."""
    from pipeline import __version__

    return stage_key("failed", keys["render"], __version__)


def _remove_stale_temporaries(out_dir: Path, inbox: Path) -> None:
    """Temporary files a killed run left behind (never visible under a final name; see pipeline.files).

    Only ours: ``.<name>.docx.<random>.tmp`` / ``.<name>.json.<random>.tmp`` / ``.<name>.html.<random>.tmp``,
    never inside the inbox.
    """
    inbox = Path(inbox).resolve()
    for pattern in (".*.docx.*.tmp", ".*.json.*.tmp", ".*.html.*.tmp"):
        for tmp in Path(out_dir).rglob(pattern):
            if tmp.resolve().is_relative_to(inbox):
                continue
            try:
                tmp.unlink()
            except OSError:
                pass


@contextlib.contextmanager
def _open_batch(inbox: Path, out_dir: Path, options: BatchOptions, hook: ProgressHook | None):
    """Check the inbox, take the output folder's lock, clear stale temporaries; yield (batch, store)."""
    _check_inbox(inbox, options)
    with OutputLock(out_dir, wait=options.wait):
        _remove_stale_temporaries(out_dir, inbox)
        batch = Batch(inbox, out_dir, options, hook)
        try:
            with JobStore(out_dir) as store:
                store.set_setting("inbox", str(Path(inbox).resolve()))  # where `minutes finalize` finds the sidecars
                yield batch, store
        finally:
            batch.close()


def process_inbox(inbox: Path, out_dir: Path, options: BatchOptions | None = None,
                  hook: ProgressHook | None = None) -> BatchReport:
    """Process every ready recording of ``inbox`` into ``out_dir`` once; see the module docstring."""
    with _open_batch(inbox, out_dir, options or BatchOptions(), hook) as (batch, store):
        return batch.run_once(store)


def watch_inbox(inbox: Path, out_dir: Path, options: BatchOptions | None = None, hook: ProgressHook | None = None,
                on_report: Callable[[BatchReport], None] | None = None,
                stop: Callable[[], bool] = lambda: False) -> None:
    """Process the inbox, then keep polling it every ``options.poll_seconds`` until ``stop()`` or Ctrl-C.

    ``retry_failed`` applies to the first pass only: a recording that fails again is not retried every poll.
    """
    options = options or BatchOptions()
    with _open_batch(inbox, out_dir, options, hook) as (batch, store):
        while True:
            result = batch.run_once(store)
            batch.options = replace(batch.options, retry_failed=False)
            if on_report is not None:
                on_report(result)
            if stop():
                return
            time.sleep(options.poll_seconds)


def _check_inbox(inbox: Path, options: BatchOptions) -> None:
    """Errors about the whole run, raised before anything is done."""
    from pipeline.errors import InputNotFound, TemplateUnreadable
    from pipeline.inbox import consent_name

    if options.consent_confirmed_by is not None:
        consent_name(options.consent_confirmed_by)

    if Path(inbox).is_file():
        raise InputNotFound(inbox, "is a file; process takes the folder that holds the recordings",
                            f"give its folder: minutes process {shlex.quote(str(Path(inbox).parent))} "
                            "(every consented recording there is processed; finished ones are not redone)")
    if not Path(inbox).is_dir():
        raise InputNotFound(inbox, "the inbox folder does not exist",
                            "give the folder that holds the recordings and their .meeting.toml sidecars")
    if options.template is not None and not Path(options.template).is_file():
        raise TemplateUnreadable(options.template, "the template does not exist",
                                 "give the path of an organisation's .docx or .dotx, or leave out --template")
