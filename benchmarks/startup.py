"""Start-up time: `minutes --help` and `minutes extract` on a small transcript (issue 6).

Runs each command several times in fresh processes and prints the median and the best
wall time, then the modules that cost most to import for `--help` (python -X importtime).

    .venv/bin/python benchmarks/startup.py [--runs 5]

Target on the 2-core machine: `minutes --help` <= 1 s.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MINUTES_SHARED") or ROOT.parent / "shared")
MINUTES = [sys.executable, "-m", "pipeline"]  # same as the `minutes` script, without relying on PATH
HEAVY = ("torch", "spacy", "jionlp", "faster_whisper", "ctranslate2", "onnxruntime", "librosa", "resemblyzer",
         "jieba", "dateparser", "docx", "pyannote")


def timed(command: list[str], runs: int) -> tuple[float, float, subprocess.CompletedProcess]:
    times, done = [], None
    for _ in range(runs):
        t = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        times.append(time.perf_counter() - t)
    return statistics.median(times), min(times), done


def heavy_imports(command: list[str]) -> list[str]:
    """Heavy top-level packages imported by ``command`` (from -X importtime)."""
    done = subprocess.run([sys.executable, "-X", "importtime", *command[1:]], capture_output=True, text=True, cwd=ROOT)
    found = set()
    for line in done.stderr.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \|\s+(\S+)", line)
        # a probe that failed at once (e.g. thinc's hidden torch) shows a few microseconds: not an import
        if m and m.group(2).split(".")[0] in HEAVY and int(m.group(1)) > 1000:
            found.add(m.group(2).split(".")[0])
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    transcripts = sorted((SHARED / "eval" / "dev").glob("*.transcript.json"), key=lambda p: p.stat().st_size)
    out = Path(tempfile.mkdtemp(prefix="minutes-startup-"))
    rows = []
    help_cmd = [*MINUTES, "--help"]
    median, best, done = timed(help_cmd, args.runs)
    rows.append(("minutes --help", median, best, done.returncode, ", ".join(heavy_imports(help_cmd)) or "-"))
    if transcripts:
        small = transcripts[0]
        extract_cmd = [*MINUTES, "extract", str(small), "-o", str(out / "small.minutes.json")]
        median, best, done = timed(extract_cmd, args.runs)
        label = f"minutes extract {small.name}"
        if done.returncode != 0:
            label += f" (exit {done.returncode}: {(done.stderr.strip().splitlines() or [''])[-1][:60]})"
        rows.append((label, median, best, done.returncode, ", ".join(heavy_imports(extract_cmd)) or "-"))
    shutil.rmtree(out, ignore_errors=True)

    print(f"{'command':<60} {'median s':>9} {'best s':>8}  heavy imports")
    for label, median, best, _, heavy in rows:
        print(f"{label:<60} {median:9.3f} {best:8.3f}  {heavy}")
    print(f"target: minutes --help <= 1.0 s -> {'OK' if rows[0][1] <= 1.0 else 'MISSED'}")


if __name__ == "__main__":
    main()
