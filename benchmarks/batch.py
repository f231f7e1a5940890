"""Batch throughput (issues 6, 13): audio hours per wall hour with --jobs 1 and --jobs 2, and --cluster.

Runs `minutes process INBOX --quiet --jobs N` into a fresh output folder for
each N (default: the four synthetic meetings of ../shared/audio/synth, about
15 minutes of audio), then a rerun with nothing to do, and prints wall time,
audio duration, audio hours per wall hour and the peak RSS of the run (the
largest process of the run) for each. `--cluster local:1 local:2` adds the
same rows for `minutes process --cluster local:N` (dask.distributed workers
on this machine; the RSS column is then the client's and its children's).

    .venv/bin/python benchmarks/batch.py [--inbox DIR] [--jobs 1 2] [--cluster local:1 local:2]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MINUTES_SHARED") or ROOT.parent / "shared")
MINUTES = [sys.executable, "-m", "pipeline"]


def audio_seconds(inbox: Path) -> float:
    import soundfile

    sys.path.insert(0, str(ROOT))
    from pipeline.inbox import find_recordings

    return sum(soundfile.info(str(p)).duration for p in find_recordings(inbox))


# runs the command in a child and prints the largest peak RSS (KiB) of it and its workers
_MEASURE = ("import resource, subprocess, sys; rc = subprocess.run(sys.argv[1:]).returncode; "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(rc)")


def timed_run(inbox: Path, out: Path, how: list[str]) -> tuple[float, int, float]:
    """Wall seconds, exit status and peak RSS (MiB, largest process) of one `minutes process` (``how``: its
    --jobs or --cluster option)."""
    command = MINUTES + ["process", str(inbox), "--out", str(out), "--quiet", *how]
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        print(done.stdout, done.stderr, file=sys.stderr)
    rss_kib = float(done.stderr.strip().splitlines()[-1]) if done.stderr.strip() else float("nan")
    return wall, done.returncode, rss_kib / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inbox", type=Path, default=SHARED / "audio" / "synth")
    ap.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--cluster", nargs="*", default=[], metavar="local:N|tcp://HOST:PORT")
    a = ap.parse_args(argv)
    seconds = audio_seconds(a.inbox)
    print(f"inbox {a.inbox}: {seconds / 60:.1f} min of audio, {os.cpu_count()} cores\n")
    print(f"{'run':>17}  {'wall s':>7}  {'audio h / wall h':>16}  {'rerun s':>7}  {'peak RSS MB (largest process)':>29}")
    status = 0
    runs = [(f"--jobs {j}", ["--jobs", str(j)]) for j in a.jobs] + [(f"--cluster {c}", ["--cluster", c]) for c in a.cluster]
    for label, how in runs:
        with tempfile.TemporaryDirectory(prefix="minutes-batch-") as tmp:
            wall, rc, rss = timed_run(a.inbox, Path(tmp), how)
            rerun, rc2, _ = timed_run(a.inbox, Path(tmp), how)
        status |= rc | rc2
        print(f"{label:>17}  {wall:>7.1f}  {seconds / wall:>16.1f}  {rerun:>7.1f}  {rss:>29.0f}")
    return status


if __name__ == "__main__":
    sys.exit(main())
