"""Long recordings and long batches: peak memory and time (issue 5).

1. ``long``: a 60-minute recording (../shared/audio/speed_10min_en.flac laid end to
   end six times, 63 min) processed by ``minutes process``: wall time, real-time
   factor and peak RSS of the process (target: peak RSS <= 3 GB).
2. ``batch``: N recordings in one batch (copies of the AMI minute under different
   names): resident memory after each recording is finished, to show it does not grow
   with the number of recordings.

    .venv/bin/python benchmarks/long.py [--part long|batch|both] [--copies 6] [--batch 6] [--model whisper-base]

Slow (the 60-minute part takes minutes); a benchmark, not a test. Everything is
written to a temporary folder that is removed afterwards.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MINUTES_SHARED") or ROOT.parent / "shared")
CONSENT = 'language = "en"\n[consent]\nconfirmed = true\nmethod = "benchmark"\nby = "benchmark"\n'

COPY_WINDOW = 3.5  # the batch leaves files changed in the last 3 s for the next run ("still copying")

# Runs in a child process: the batch, with the RSS sampled each time a recording's draft is done.
BATCH_CHILD = r"""
import sys, time
from pathlib import Path
from pipeline import runtime
runtime.configure(); runtime.forbid_network()
from pipeline.batch import BatchOptions, process_inbox

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 1e6

t0 = time.perf_counter()
def hook(stage, done, total):
    if stage.endswith("render") and done and done >= total:
        print(f"  after {stage.split(' · ')[0]:<28} RSS {rss_mb():7.0f} MB   t={time.perf_counter() - t0:6.1f} s", flush=True)

model = sys.argv[3] if len(sys.argv) > 3 else None
report = process_inbox(Path(sys.argv[1]), Path(sys.argv[2]), BatchOptions(model=model), hook=hook)
bad = [(r.key, r.outcome, r.reason) for r in report.recordings if r.outcome != "done"]
print("not done:", bad if bad else "none")
"""


def concatenate(source: Path, copies: int, target: Path) -> float:
    """Write ``copies`` of ``source`` end to end into ``target`` (16 kHz mono FLAC); returns seconds."""
    import numpy as np
    import soundfile as sf

    from pipeline.audio.decode import decode

    samples = decode(source).samples
    with sf.SoundFile(target, "w", samplerate=16000, channels=1, format="FLAC") as f:
        for _ in range(copies):
            f.write(samples)
    return copies * len(samples) / 16000


def peak_rss_of(command: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """(wall seconds, peak RSS in MB of this one child, the finished process)."""
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        t = time.perf_counter()
        child = subprocess.Popen(command, stdout=stdout, stderr=stderr, text=True, cwd=ROOT)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - t
        child.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        stderr.seek(0)
        done = subprocess.CompletedProcess(command, child.returncode, stdout.read(), stderr.read())
    return wall, usage.ru_maxrss / 1024, done  # ru_maxrss: KB on Linux


def bench_long(work: Path, copies: int, model: str | None) -> None:
    inbox, out = work / "long_inbox", work / "long_out"
    inbox.mkdir()
    recording = inbox / "long_meeting.flac"
    seconds = concatenate(SHARED / "audio" / "speed_10min_en.flac", copies, recording)
    (inbox / "meeting.toml").write_text(CONSENT, encoding="utf-8")
    time.sleep(COPY_WINDOW)
    command = [sys.executable, "-m", "pipeline", "process", str(inbox), "--out", str(out), "--quiet"]
    if model:
        command += ["--model", model]
    wall, peak_mb, done = peak_rss_of(command)
    print(f"long: {seconds / 60:.1f} min of audio -> exit {done.returncode}, wall {wall:.1f} s "
          f"({seconds / wall:.1f}x real time), peak RSS {peak_mb:.0f} MB "
          f"(target <= 3000 MB: {'OK' if peak_mb <= 3000 else 'MISSED'})")
    if done.returncode != 0:
        print(done.stdout[-2000:], done.stderr[-2000:])
    drafts = sorted(p.name for p in out.glob("*.docx"))
    print(f"      outputs: {drafts}")


def bench_batch(work: Path, count: int, model: str | None) -> None:
    inbox, out = work / "batch_inbox", work / "batch_out"
    inbox.mkdir()
    source = SHARED / "audio" / "ami" / "ES2004a_752-812.flac"
    for i in range(count):
        shutil.copyfile(source, inbox / f"meeting_{i + 1:02d}.flac")
    (inbox / "meeting.toml").write_text(CONSENT, encoding="utf-8")
    time.sleep(COPY_WINDOW)
    print(f"batch: {count} recordings of 60 s, one process (models loaded once)")
    command = [sys.executable, "-c", BATCH_CHILD, str(inbox), str(out)] + ([model] if model else [])
    wall, peak_mb, done = peak_rss_of(command)
    print(done.stdout.rstrip())
    if done.returncode != 0:
        print(done.stderr[-2000:])
    print(f"batch: wall {wall:.1f} s, peak RSS {peak_mb:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("long", "batch", "both"), default="both")
    parser.add_argument("--copies", type=int, default=6, help="copies of the 10.5 min file (6: 63 min)")
    parser.add_argument("--batch", type=int, default=6, help="recordings in the batch part")
    parser.add_argument("--model", default=None, help="speech model (default: whisper-base)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="minutes-long-"))
    try:
        if args.part in ("batch", "both"):
            bench_batch(work, args.batch, args.model)
        if args.part in ("long", "both"):
            bench_long(work, args.copies, args.model)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
