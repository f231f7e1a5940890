"""`minutes process --cluster local:2` (issue 13) on three short cuts of the shared synthetic meetings.

One serial run and one cluster run, during which a worker is killed with ``kill -9`` as soon as it is
working on a recording; then a rerun. The cluster's minutes must equal the serial ones, the batch must
finish with three drafts and no partial file, the rerun must redo nothing, and the recording without
consent must never reach a worker (the workers' own "started" events, kept by the scheduler, say what
each received).
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

pytest.importorskip("distributed")

from pipeline import cluster as cluster_module  # noqa: E402
from pipeline.batch import DONE, UNCHANGED, BatchOptions, _open_batch, process_inbox  # noqa: E402
from pipeline.errors import ClusterUnavailable  # noqa: E402
from pipeline.inbox import NEEDS_CONSENT, InboxOptions  # noqa: E402

pytestmark = pytest.mark.slow

SETTLED = InboxOptions(min_age_seconds=0, settle_seconds=0)
CUTS = {"en01_release_planning": (30.0, 22.0), "zh01_cross_dept_promo": (40.0, 18.0),
        "zh03_milestone_slip": (60.0, 15.0)}  # stem -> (start, seconds)
NO_CONSENT = "zh05_customer_complaint"


def cut(source: Path, target: Path, start: float, seconds: float) -> None:
    """A piece of a recording, decoded with the project's decoder and written as FLAC."""
    import soundfile

    from pipeline.audio.decode import SAMPLE_RATE, decode

    samples = decode(source).samples[int(start * SAMPLE_RATE):int((start + seconds) * SAMPLE_RATE)]
    soundfile.write(str(target), samples, SAMPLE_RATE, format="FLAC")


@pytest.fixture(scope="module")
def runs(tmp_path_factory, shared_audio: Path):
    synth = shared_audio / "synth"
    root = tmp_path_factory.mktemp("cluster")
    inbox = root / "inbox"
    inbox.mkdir()
    for stem, (start, seconds) in CUTS.items():
        cut(synth / f"{stem}.flac", inbox / f"{stem}.flac", start, seconds)
        shutil.copy(synth / f"{stem}.meeting.toml", inbox / f"{stem}.meeting.toml")
        shutil.copytree(synth / "voices" / stem, inbox / "voices" / stem)
    cut(synth / f"{NO_CONSENT}.flac", inbox / f"{NO_CONSENT}.flac", 0.0, 5.0)
    sidecar = (synth / f"{NO_CONSENT}.meeting.toml").read_text(encoding="utf-8")
    (inbox / f"{NO_CONSENT}.meeting.toml").write_text(re.sub(r"\[consent\][^\[]*", "", sidecar), encoding="utf-8")

    serial = process_inbox(inbox, root / "serial", BatchOptions(inbox=SETTLED))

    out = root / "cluster"
    options = BatchOptions(inbox=SETTLED, cluster="local:2")
    working, killed = threading.Event(), []

    def hook(stage: str, done: float, total: float) -> None:  # called from the client's event loop: only signal
        if stage.endswith("· vad"):
            working.set()

    with _open_batch(inbox, out, options, hook) as (batch, store):
        def kill_a_busy_worker() -> None:
            if not working.wait(600):
                return
            client = batch._cluster.client
            busy = [w for w, keys in client.processing().items() if keys]
            pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

        killer = threading.Thread(target=kill_a_busy_worker, daemon=True)
        killer.start()
        first = batch.run_once(store)
        killer.join(5)
        rerun = batch.run_once(store)
        events = [msg for _, msg in batch._cluster.client.get_events(cluster_module.STARTED_TOPIC)]
    return SimpleNamespace(inbox=inbox, serial=serial, serial_out=root / "serial", first=first, rerun=rerun,
                           out=out, killed=killed, events=events)


def outcomes(report) -> dict[str, str]:
    return {r.key: r.outcome for r in report.recordings}


def test_cluster_minutes_equal_a_serial_run_despite_a_killed_worker(runs):
    expected = {f"{stem}.flac": DONE for stem in CUTS} | {f"{NO_CONSENT}.flac": NEEDS_CONSENT}
    assert outcomes(runs.serial) == expected
    assert outcomes(runs.first) == expected, [(r.key, r.reason) for r in runs.first.recordings]
    assert runs.killed, "no worker was killed during the run"
    for stem in CUTS:
        for suffix in (".minutes.json", ".transcript.json"):
            assert (runs.out / f"{stem}{suffix}").read_bytes() == (runs.serial_out / f"{stem}{suffix}").read_bytes(), \
                stem + suffix
        assert (runs.out / f"{stem}.docx").is_file()
    assert sorted(p.name for p in runs.out.glob("*.docx")) == sorted(f"{stem}.docx" for stem in CUTS)
    assert not [p for p in runs.out.rglob("*") if p.name.endswith(".tmp")]  # no partial file
    retried = [r for r in runs.first.recordings if any(n.startswith("retried:") for n in r.notes)]
    assert len(retried) == 1, [r.notes for r in runs.first.recordings]
    started = [e["recording"] for e in runs.events]
    assert started.count(retried[0].key) == 2 and len(started) == len(CUTS) + 1


def test_a_rerun_on_the_cluster_redoes_nothing(runs):
    assert outcomes(runs.rerun) == {f"{stem}.flac": UNCHANGED for stem in CUTS} | {f"{NO_CONSENT}.flac": NEEDS_CONSENT}
    assert len(runs.events) == len(CUTS) + 1  # nothing was sent for the rerun


def test_a_recording_without_consent_is_never_sent(runs):
    no_consent = (runs.inbox / f"{NO_CONSENT}.flac").read_bytes()
    assert {e["recording"] for e in runs.events} == {f"{stem}.flac" for stem in CUTS}
    assert hashlib.sha256(no_consent).hexdigest() not in {e["audio_sha256"] for e in runs.events}
    sent = {e["audio_sha256"] for e in runs.events}
    assert sent == {hashlib.sha256((runs.inbox / f"{stem}.flac").read_bytes()).hexdigest() for stem in CUTS}
    assert all(NO_CONSENT not in v for e in runs.events for v in e["voices"])
    assert not list(runs.out.glob(f"{NO_CONSENT}*"))


@pytest.mark.parametrize("value", ["local:0", "local:x", "http://host:8786", "tcp://host", "host:8786"])
def test_a_wrong_cluster_value_says_what_to_give(value):
    with pytest.raises(ClusterUnavailable) as e:
        cluster_module.parse_cluster(value)
    assert "local:N" in str(e.value) or "local:2" in str(e.value)


def test_process_refuses_a_wrong_cluster_address_before_doing_anything(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["process", str(tmp_path), "--out", str(tmp_path / "drafts"),
                                      "--cluster", "http://10.0.0.5:8786"])
    assert result.exit_code == 2 and "E360" in result.output and "tcp://HOST:8786" in result.output
    assert not (tmp_path / "drafts").exists()


def test_what_a_worker_is_sent_bytes_or_shared_paths(tmp_path, shared_audio):
    """Bytes of the recording and its voice clips by default; paths with --shared-storage; a --template
    stays here (the draft is rendered on this computer)."""
    from pipeline.audio.decode import AudioBytes
    from pipeline.batch import _Task
    from pipeline.cluster import ClusterRunner
    from pipeline.files import sha256_file
    from pipeline.inbox import READY, scan

    inbox = tmp_path / "inbox"
    (inbox / "voices").mkdir(parents=True)
    shutil.copy(shared_audio / "en" / "jfk.flac", inbox / "jfk.flac")
    shutil.copy(shared_audio / "synth" / "voices" / "en01_release_planning" / "Bob_Kim.flac", inbox / "voices" / "jfk.flac")
    (inbox / "jfk.meeting.toml").write_text('language = "en"\n[consent]\nconfirmed = true\nmethod = "told"\n'
                                            '[[attendees]]\nname = "JFK"\nvoice = "voices/jfk.flac"\n', encoding="utf-8")
    rec = next(r for r in scan(inbox, SETTLED) if r.status == READY)
    out = tmp_path / "drafts"

    def sent(stages=("transcribe", "extract", "render"), **options):
        runner = object.__new__(ClusterRunner)
        runner.options = BatchOptions(**options)
        task = _Task(rec.key, "jfk", rec.path, rec.sidecar, sha256_file(rec.path), stages, out / "jfk.transcript.json",
                     out / "jfk.minutes.json", out / "jfk.docx", runner.options)
        return runner._work(task)

    work, here = sent()
    assert work.audio == rec.path.read_bytes() and not here and work.task.stages == ("transcribe", "extract", "render")
    assert [type(v.path) for v in work.task.sidecar.voices] == [AudioBytes]
    assert work.task.sidecar.voices[0].path.data == (inbox / "voices" / "jfk.flac").read_bytes()
    work, _ = sent(shared_storage=True)
    assert work.audio is None and work.task.audio == rec.path and work.task.sidecar.voices == rec.sidecar.voices
    work, here = sent(template=tmp_path / "org.docx")
    assert here and work.task.stages == ("transcribe", "extract")
    work, here = sent(template=tmp_path / "org.docx", shared_storage=True)
    assert not here and work.task.stages == ("transcribe", "extract", "render")
