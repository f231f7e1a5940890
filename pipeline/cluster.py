"""`minutes process --cluster`: the per-recording work on dask.distributed workers; this process writes.

The batch (:mod:`pipeline.batch`) stays in charge: it scans the inbox, applies
the consent gate, plans each recording's stages from the job store and holds
the output folder's lock. Only the recordings it has planned reach
:class:`ClusterRunner`, which sends each one's work (decode -> VAD -> diarize
-> transcribe -> extract -> the draft's content) to the cluster and hands the
results back as they finish. Workers get the recording's bytes (or, with
``--shared-storage``, its path), its voice clips, its sidecar and the cached
records a later stage starts from; they return records and the draft's bytes
and never write anything. This process writes every output atomically
(:func:`write_outputs`), before the job store records the stage as done, so a
worker lost mid-recording leaves nothing behind: the scheduler runs the task
again on another worker and the recording's report says so.

``--cluster local:N`` starts a ``LocalCluster`` of N single-threaded worker
processes on loopback; ``--cluster tcp://HOST:8786`` (or ``tls://``) connects to
a running scheduler (docs/cluster.md). Models load once per worker process
(:data:`_transcribers`), on its first recording that needs them.
"""
from __future__ import annotations

import hashlib
import logging
import os
import uuid
import warnings
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.batch import BatchOptions, _LazyTranscriber, _Result, _run_task, _Task
from pipeline.errors import ClusterUnavailable, MinutesError, OutputNotWritable
from pipeline.progress import ProgressHook, report

LOCAL = "local:"
PROGRESS_TOPIC = "minutes-progress"  # worker -> client: (stage, completed, total)
STARTED_TOPIC = "minutes-started"  # worker -> scheduler: a task started, with what the worker received
PROGRESS_EVERY_S = 0.5  # a worker sends a stage's progress at most this often (and always its end)
CLUSTER_FIX = ("start the scheduler and workers (docs/cluster.md), or use --cluster local:N; "
               "finished recordings are not redone")

try:  # the worker plugin's base class, when dask.distributed is installed (the `cluster` extra)
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - without the extra, ClusterRunner says how to install it
    WorkerPlugin = object


@dataclass
class WorkerTask:
    """What one recording sends to a worker."""

    task: _Task  # its stages, sidecar (voice clips as bytes unless shared storage) and the records they start from
    audio: bytes | None  # the recording's bytes; None: the worker reads task.audio (--shared-storage)
    run: str  # this submission's id, in the worker's "started" events
    version: str = ""  # minutes' version on the client: a worker running another one refuses the work


def parse_cluster(value: str) -> tuple[str, int | str]:
    """``local:N`` -> ("local", N); ``tcp://HOST:PORT`` / ``tls://HOST:PORT`` -> ("remote", address)."""
    if value.startswith(LOCAL):
        n = value[len(LOCAL):]
        if not n.isdigit() or int(n) < 1:
            raise ClusterUnavailable(None, f"--cluster {value}: N in local:N is a number of workers (1 or more)",
                                     "e.g. --cluster local:2")
        return "local", int(n)
    scheme, sep, rest = value.partition("://")
    host, _, port = rest.rpartition(":")
    if not sep or scheme not in ("tcp", "tls") or not host or not port.isdigit():
        raise ClusterUnavailable(None, f"--cluster {value}: not a scheduler address",
                                 "give tcp://HOST:8786 (tls://HOST:8786 with TLS, docs/cluster.md) or local:N")
    return "remote", value


def cluster_host(address: str) -> str:
    """The scheduler's host in ``tcp://HOST:PORT`` (brackets of an IPv6 address removed)."""
    host = address.partition("://")[2].rpartition(":")[0]
    return host.strip("[]")


class ClusterRunner:
    """Runs planned tasks on a dask.distributed cluster; yields (task, result) with every output written here."""

    def __init__(self, options: BatchOptions, inbox: Path, hook: ProgressHook | None = None):
        kind, where = parse_cluster(options.cluster or "")
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ClusterUnavailable(None, "--cluster needs dask.distributed, which is not installed",
                                     "pip install -e '.[cluster]' (make setup installs it)") from None
        from pipeline import runtime

        self.options, self.inbox, self.hook = options, Path(inbox), hook
        self.cluster = None
        logging.getLogger("distributed").setLevel(logging.ERROR)  # a lost worker is reported per recording
        try:
            if kind == "local":
                import dask

                # loopback only; each worker single-threaded, its speech model sharing out the cores. dask's
                # scratch folders go to the cache folder, not the system's temporary one, and nothing is
                # spilled to disk (results are meeting content)
                dask.config.set({"temporary-directory": str(runtime.cache_dir() / "dask"),
                                 "distributed.worker.memory.target": False,
                                 "distributed.worker.memory.spill": False})
                self.cluster = LocalCluster(n_workers=where, threads_per_worker=1, processes=True,
                                            host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
                cpu_threads = max(1, (os.cpu_count() or 2) // where)
            else:
                if runtime.network_forbidden():  # the one host the user named, nothing else
                    host = cluster_host(where)
                    runtime.allow_host(host, runtime.resolve(host))
                self.client = Client(where, timeout="20s")
                cpu_threads = None  # each worker: its machine's cores over its threads
        except (OSError, TimeoutError) as e:
            self.close()
            raise ClusterUnavailable(None, f"cannot reach the dask scheduler at {options.cluster}: {e}",
                                     CLUSTER_FIX) from None
        self.client.register_plugin(MinutesWorkerPlugin(loopback=kind == "local", cpu_threads=cpu_threads),
                                    name="minutes")
        if hook is not None:
            self.client.subscribe_topic(PROGRESS_TOPIC, lambda event: report(hook, *event[1]))

    def close(self) -> None:
        for part in ("client", "cluster"):
            thing = getattr(self, part, None)
            if thing is not None:
                try:
                    thing.close()
                except Exception:  # closing a cluster that is already gone
                    pass
                setattr(self, part, None)

    @property
    def in_flight(self) -> int:
        """Tasks submitted at a time: enough to keep every worker thread busy, few enough that this process
        does not read the whole backlog's audio into memory (the scheduler holds a task's bytes until it is done)."""
        return max(2, 2 * sum(self.client.nthreads().values()))

    def execute(self, tasks: list[_Task], stop: Callable[[], bool] = lambda: False) -> Iterator[tuple[_Task, _Result]]:
        """Yield (task, result) as each finishes, its outputs written (or the write's failure in the result).

        Once ``stop()`` is true (the output folder cannot be written), nothing more is sent and the tasks under
        way are cancelled, not yielded."""
        from distributed import as_completed

        waiting = deque(tasks)
        ready: deque[tuple[_Task, _Result]] = deque()  # failed before being sent (audio unreadable)
        running: dict = {}  # future -> (task, the stages rendered here after it)
        finished = as_completed()

        def refill() -> None:
            while waiting and len(running) < self.in_flight:
                task = waiting.popleft()
                try:
                    work, local_render = self._work(task)
                except MinutesError as e:
                    ready.append((task, _failed(task, e.problem, e.fix, e.input_fault, e.path)))
                    continue
                except OSError as e:  # a cached record or a voice clip vanished since the plan
                    ready.append((task, _failed(task, f"cannot read {e.filename}: {e.strerror}",
                                                "check the file is still there and readable, then run again",
                                                False, e.filename)))
                    continue
                if not work.task.stages:  # only the draft, with a template that stays here: nothing to send
                    ready.append((task, _run_task(task, None, self.hook)))
                    continue
                with warnings.catch_warnings():  # a recording's bytes are a "large object in the graph", knowingly
                    warnings.simplefilter("ignore", UserWarning)
                    future = self.client.submit(run_on_worker, work, key=work.run, pure=False)
                running[future] = (task, work.run, local_render)
                finished.add(future)

        refill()
        while ready or running:
            while ready and not stop():
                yield ready.popleft()
                refill()
            if stop():
                self.client.cancel(list(running))
                return
            if not running:
                break
            future = next(finished)
            task, run, local_render = running.pop(future)
            result = self._collect(future, task, run)
            if task.out_dir is not None and "extract" in result.finished:
                self._follow_up_here(task, result)
            write_outputs(task, result)
            if local_render and not result.error:
                self._render_here(task, result)
            yield task, result
            refill()

    def _work(self, task: _Task) -> tuple[WorkerTask, bool]:
        """The task as a worker gets it: bytes instead of paths (unless shared storage), cached records included.

        Returns it and whether the draft is rendered here: a ``--template`` stays on this machine, and a
        meeting of a series gets its follow-up of the earlier meetings here, from the drafts folder that only
        this machine reads (:meth:`_follow_up_here`), so its draft is built here too."""
        from pipeline.records import load_minutes, load_transcript
        from pipeline.series import series_of
        from pipeline.sidecar import VoiceClip

        shared = self.options.shared_storage
        stages = task.stages
        transcript = minutes = None
        if stages[:1] != ("transcribe",) and task.transcript_path.exists():
            transcript = load_transcript(task.transcript_path)
        in_series = task.out_dir is not None and "extract" in stages and (
            series_of(task.sidecar.meeting) or (transcript is not None and series_of(transcript.meeting)))
        local_render = "render" in stages and ((task.options.template is not None and not shared) or bool(in_series))
        if local_render:
            stages = tuple(s for s in stages if s != "render")
        if stages[:1] == ("render",):
            minutes = load_minutes(task.minutes_path)
        sidecar, audio = task.sidecar, None
        if not shared:
            sidecar = replace(sidecar, voices=[VoiceClip(v.name, _read_bytes(v.path)) for v in sidecar.voices])
            if "transcribe" in stages:
                audio = _read(task.audio)
                if hashlib.sha256(audio).hexdigest() != task.audio_sha256:
                    raise ClusterUnavailable(task.audio, "the recording changed while it was being read",
                                             "run again once it is no longer being written")
        sent = replace(task, stages=stages, sidecar=sidecar, transcript=transcript, minutes=minutes, out_dir=None)
        from pipeline import __version__

        return WorkerTask(sent, audio, f"minutes-{uuid.uuid4().hex}", __version__), local_render

    def _collect(self, future, task: _Task, run: str) -> _Result:
        """The worker's result, or a failure saying what happened to the workers; notes a retry."""
        from distributed import KilledWorker

        try:
            result = future.result()
        except KilledWorker as e:
            return _failed(task, f"the cluster's workers running it stopped each time it was tried ({e})",
                           "run again (finished recordings are not redone); if it repeats, look at the workers' "
                           "logs (out of memory?)", input_fault=False)
        except Exception as e:  # the scheduler went away, the connection broke
            return _failed(task, f"the cluster stopped: {type(e).__name__}: {e}", CLUSTER_FIX, input_fault=False)
        finally:
            future.release()
        workers = [msg["worker"] for _, msg in self.client.get_events(STARTED_TOPIC) if msg.get("run") == run]
        if len(workers) > 1:
            result.notes.append(f"retried: the worker running it ({workers[0]}) was lost; "
                                f"run again on {workers[-1]}, nothing of the lost run was written")
        return result

    def _follow_up_here(self, task: _Task, result: _Result) -> None:
        """A series' follow-up of the earlier meetings' open items, put on the returned minutes before they
        are written (as the batch does during extraction, reading the drafts folder)."""
        from pipeline.records import Minutes, Transcript, load_transcript
        from pipeline.series import add_follow_up

        minutes = next((c for _, path, c in result.unwritten if isinstance(c, Minutes)), None)
        transcript = next((c for _, path, c in reversed(result.unwritten) if isinstance(c, Transcript)), None)
        if minutes is None:
            return
        try:
            if transcript is None:
                transcript = load_transcript(task.transcript_path)
            add_follow_up(minutes, transcript, task.out_dir, task.minutes_path, meeting_id=task.audio_sha256)
        except Exception as e:  # as a failure during extraction: its minutes are not written
            at = result.finished.index("extract")
            for later in result.finished[at:]:
                result.seconds.pop(later, None)
            del result.finished[at:]
            result.unwritten = [u for u in result.unwritten if u[0] != "extract" or not isinstance(u[2], Minutes)]
            result.failed_stage = "extract"
            if isinstance(e, MinutesError):
                result.error, result.fix, result.input_fault = e.problem, e.fix, e.input_fault
                result.error_path = str(e.path) if e.path is not None else None
            else:
                result.error = f"internal error: {type(e).__name__}: {e}"
                result.fix = "please report this message; the other recordings are not affected"
                result.input_fault = not isinstance(e, (OSError, MemoryError))

    def _render_here(self, task: _Task, result: _Result) -> None:
        """Render the draft in this process (a --template not on shared storage) from the worker's records."""
        from pipeline.records import load_minutes, load_transcript

        try:
            transcript = load_transcript(task.transcript_path) if task.transcript_path.exists() else None
            minutes = load_minutes(task.minutes_path)
        except MinutesError as e:
            result.failed_stage, result.error, result.fix = "render", e.problem, e.fix
            return
        rendered = _run_task(replace(task, stages=("render",), transcript=transcript, minutes=minutes), None,
                             self.hook)
        result.finished += rendered.finished
        result.seconds.update(rendered.seconds)
        result.written.update(rendered.written)
        result.notes += rendered.notes
        for name in ("failed_stage", "error", "fix", "error_path", "input_fault", "code", "draft_path"):
            setattr(result, name, getattr(rendered, name))


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as e:
        from pipeline.errors import AudioUnreadable

        raise AudioUnreadable(path, f"cannot read the recording: {e.strerror}", "check the file's permissions") from None


def _read_bytes(path: Path):
    """A voice clip as bytes for a worker; a clip that cannot be read stays a path (the worker skips it with a
    warning, as a missing clip is skipped without a cluster)."""
    from pipeline.audio.decode import AudioBytes

    try:
        return AudioBytes(Path(path), Path(path).read_bytes())
    except OSError:
        return path


def _failed(task: _Task, error: str, fix: str | None, input_fault: bool, path=None) -> _Result:
    return _Result(task.key, failed_stage=task.stages[0], error=error, fix=fix, input_fault=input_fault,
                   error_path=str(path) if path is not None else None)


def write_outputs(task: _Task, result: _Result) -> None:
    """Write what a worker returned, in order, atomically, here; a write that fails ends the result there.

    The draft as the batch writes it (a draft the recorder saved meanwhile is kept: the next ``vN``). The
    stage whose output could not be written, and those after it, are not finished: the job store will not
    mark them done, and the next run redoes them.
    """
    from pipeline.batch import write_draft, write_output
    from pipeline.files import sha256_file

    for stage, path, content in result.unwritten:
        try:
            if stage == "render" and Path(path) == task.draft_path:
                draft = write_draft(task, content, result)
                result.written[str(draft)] = sha256_file(draft)
            else:
                result.written[path] = write_output(Path(path), content)
        except OutputNotWritable as e:
            if stage in result.finished:
                for later in result.finished[result.finished.index(stage):]:
                    result.seconds.pop(later, None)
                del result.finished[result.finished.index(stage):]
            result.failed_stage, result.error = stage, e.problem
            result.fix, result.error_path, result.input_fault = e.fix, str(e.path), False
            result.code = e.code
            break
    result.unwritten = []


# --- on the workers ---------------------------------------------------------------------

_transcribers: dict[tuple, _LazyTranscriber] = {}  # this worker process's speech models, loaded once


class MinutesWorkerPlugin(WorkerPlugin):
    """Set up each worker process once: the offline switches, and on loopback the socket guard."""

    def __init__(self, loopback: bool, cpu_threads: int | None):
        self.loopback, self.cpu_threads = loopback, cpu_threads

    def setup(self, worker) -> None:
        from pipeline import runtime

        runtime.configure()
        if self.loopback:  # a local cluster's worker talks to this machine only
            runtime.forbid_network()
        threads = self.cpu_threads or max(1, (os.cpu_count() or 1) // max(1, worker.state.nthreads))
        worker.minutes_cpu_threads = threads


def run_on_worker(work: WorkerTask) -> _Result:
    """One recording's stages on a worker; outputs come back in the result, nothing is written."""
    from distributed import get_worker

    from pipeline.audio.decode import AudioBytes

    worker = get_worker()
    task = work.task
    # what this worker received, kept by the scheduler even if this worker dies (a second start: retried)
    worker.log_event(STARTED_TOPIC, {"run": work.run, "worker": worker.address, "recording": task.key,
                                     "audio_bytes": len(work.audio or b""),
                                     "audio_sha256": hashlib.sha256(work.audio).hexdigest() if work.audio else None,
                                     "voices": [str(v.path) for v in task.sidecar.voices]})
    from pipeline import __version__

    if work.version != __version__:  # other code would write other minutes
        return _failed(task, f"the worker {worker.address} runs minutes {__version__}, this computer {work.version}",
                       "install the same version of minutes on every worker (docs/cluster.md)", input_fault=False)
    o = task.options
    cpu_threads = getattr(worker, "minutes_cpu_threads", None)
    cache_key = (o.model, o.diarizer, o.device, cpu_threads)
    if cache_key not in _transcribers:
        _transcribers[cache_key] = _LazyTranscriber(o, cpu_threads)
    transcriber = _transcribers[cache_key]
    audio = AudioBytes(task.audio, work.audio) if work.audio is not None else task.audio

    def transcribe(_path, sidecar, hook, sha256=None):
        return transcriber(audio, sidecar, hook, sha256=sha256)

    return _run_task(task, transcribe, _ProgressSender(worker), write=False)


class _ProgressSender:
    """A progress hook on a worker: sends each stage's progress to the client, at most every PROGRESS_EVERY_S."""

    def __init__(self, worker):
        self.worker = worker
        self.last: dict[str, float] = {}

    def __call__(self, stage: str, completed: float, total: float) -> None:
        import time

        now = time.monotonic()
        if completed < total and now - self.last.get(stage, -1e9) < PROGRESS_EVERY_S:
            return
        self.last[stage] = now
        self.worker.log_event(PROGRESS_TOPIC, (stage, completed, total))
