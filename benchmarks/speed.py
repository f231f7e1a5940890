"""`minutes transcribe` against bare faster-whisper on the same audio, alternating A/B in one run.

A = `minutes transcribe AUDIO -o OUT.json` (decode, VAD, diarization,
transcription, attribution, naming), B = a bare faster-whisper script with
the same model and options (Whisper base int8 on CPU, beam 5, word
timestamps, VAD filter, no conditioning on previous text, the same prompt).
Each run is a fresh process, model loading included; the rounds alternate
A, B, A, B so a load change on the machine hits both. Printed: wall and CPU
seconds per run, the median ratio A/B (targets: <= 1.25, issue 2; <= 1.10,
issue 6), each process's peak RSS, then the per-stage times of one more run
of the audio stage in this process.

    .venv/bin/python benchmarks/speed.py [--audio ../shared/audio/speed_10min_en.flac] [--rounds 2]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MINUTES_SHARED") or ROOT.parent / "shared")
sys.path.insert(0, str(ROOT))

BARE = """
import sys
from pipeline import runtime
runtime.configure()
from faster_whisper import WhisperModel
from pipeline.audio.transcribe import initial_prompt
from pipeline.models import resolve_model
model = WhisperModel(resolve_model(None), device="cpu", compute_type="int8")
audio = sys.argv[1]
language, _, _ = model.detect_language(__import__("faster_whisper").decode_audio(audio)[: 16000 * 30])
language = language if language in ("zh", "en") else "en"
segments, info = model.transcribe(audio, language=language, beam_size=5, word_timestamps=True,
                                  condition_on_previous_text=False, vad_filter=True,
                                  initial_prompt=initial_prompt(language))
words = sum(len(s.words or []) for s in segments)
print(f"bare: {words} words")
"""


def run(command: list[str]) -> tuple[float, float, float, str]:
    """(wall s, CPU s, peak RSS MB, stdout tail) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    out, err = process.stdout.read(), process.stderr.read()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, (out or err).strip()[-200:]


def stage_times(audio: Path) -> dict[str, float]:
    """Per-stage seconds of one run of the audio stage in this process (models loaded first)."""
    from pipeline import runtime

    runtime.configure()
    from pipeline.audio.transcribe import Transcriber

    transcriber = Transcriber()
    transcriber(audio)
    return transcriber.timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audio", type=Path, default=SHARED / "audio" / "speed_10min_en.flac")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage run")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        variants = {
            "minutes": [sys.executable, "-m", "pipeline", "transcribe", str(args.audio), "-o",
                        str(Path(tmp) / "out.json"), "--quiet"],
            "bare": [sys.executable, "-c", BARE, str(args.audio)],
        }
        results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in variants}
        print(f"{args.audio.name}: {args.rounds} rounds, alternating")
        print(f"{'round':>5} {'variant':<8} {'wall s':>8} {'cpu s':>8} {'peak RSS MB':>12}")
        for i in range(args.rounds):
            for name, command in variants.items():
                wall, cpu, rss, _ = run(command)
                results[name].append((wall, cpu, rss))
                print(f"{i + 1:>5} {name:<8} {wall:>8.1f} {cpu:>8.1f} {rss:>12.0f}", flush=True)

    def median(name: str, index: int) -> float:
        return statistics.median(r[index] for r in results[name])

    print(f"median wall: minutes {median('minutes', 0):.1f} s, bare {median('bare', 0):.1f} s")
    print(f"ratio (wall) minutes/bare: {median('minutes', 0) / median('bare', 0):.3f}   (targets <= 1.25, <= 1.10)")
    print(f"ratio (cpu)  minutes/bare: {median('minutes', 1) / median('bare', 1):.3f}")
    print(f"peak RSS: minutes {max(r[2] for r in results['minutes']):.0f} MB, "
          f"bare {max(r[2] for r in results['bare']):.0f} MB")
    if not args.no_stages:
        timings = stage_times(args.audio)
        print("stages (one in-process run, models already loaded): " + ", ".join(
            f"{k} {v:.1f} s" for k, v in timings.items()))
        # diarization runs in a thread during transcription: only its wait after it counts
        serial = {k: v for k, v in timings.items() if k != "diarize" or "diarize_wait" not in timings}
        added = sum(serial.values()) - timings.get("transcribe", 0.0)
        print(f"wall time added around transcription ({', '.join(k for k in serial if k != 'transcribe')}): "
              f"{added:.1f} s = {added / max(timings.get('transcribe', 1e-9), 1e-9):.1%} of transcription")


if __name__ == "__main__":
    main()
