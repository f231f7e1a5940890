"""Diarization error rate of the built-in diarizer on every ../shared/audio recording with an .rttm.

DER is pyannote.metrics' DiarizationErrorRate with no collar and overlap
scored (collar=0.0, skip_overlap=False), over the whole file. Also printed:
the speaker count found vs true, and the seconds taken (VAD excluded, as the
transcription stage computes it once for both). Last line: the speed on
speed_10min_en.flac.

    .venv/bin/python benchmarks/diarization.py [--shared ../shared] [--only NAME]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import runtime  # noqa: E402

runtime.configure()

import numpy as np  # noqa: E402
import soundfile as sf  # noqa: E402
from pyannote.core import Annotation, Segment  # noqa: E402
from pyannote.metrics.diarization import DiarizationErrorRate  # noqa: E402

from pipeline.audio.diarize import BuiltinDiarizer, DiarizeOptions  # noqa: E402
from pipeline.audio.vad import speech_regions  # noqa: E402


def load_audio(path: Path) -> np.ndarray:
    """16 kHz mono float32."""
    data, rate = sf.read(str(path), dtype="float32", always_2d=True)
    data = data.mean(axis=1)
    if rate != 16000:
        import librosa
        data = librosa.resample(data, orig_sr=rate, target_sr=16000)
    return data.astype(np.float32)


def load_rttm(path: Path) -> Annotation:
    ref = Annotation(uri=path.stem)
    for line in path.read_text().splitlines():
        f = line.split()
        if len(f) >= 8 and f[0] == "SPEAKER":
            start, dur = float(f[3]), float(f[4])
            ref[Segment(start, start + dur), ref.new_track(Segment(start, start + dur))] = f[7]
    return ref


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("MINUTES_SHARED") or ROOT.parent / "shared"))
    ap.add_argument("--only", default=None, help="substring of the recordings to run")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args()
    audio_dir = args.shared / "audio"
    rttms = sorted(audio_dir.rglob("*.rttm"))
    if args.only:
        rttms = [r for r in rttms if args.only in r.stem]
    diarizer = BuiltinDiarizer(DiarizeOptions(step_s=float(os.environ.get("STEP", "0.4"))))
    _ = diarizer.encoder
    print(f"{'recording':32s} {'DER %':>6s} {'found':>5s} {'true':>4s} {'sec':>6s} {'dur':>6s}")
    groups: dict[str, list[float]] = {}
    for rttm in rttms:
        audio = load_audio(rttm.with_suffix(".flac"))
        ref = load_rttm(rttm)
        speech = speech_regions(audio)
        t0 = time.perf_counter()
        hyp = diarizer(audio, speech=speech)
        took = time.perf_counter() - t0
        duration = len(audio) / 16000
        metric = DiarizationErrorRate(collar=0.0, skip_overlap=False)
        der = metric(ref, hyp, uem=Segment(0, duration)) * 100
        group = "debug" if rttm.stem.startswith("debug_") else rttm.parent.name
        groups.setdefault(group, []).append(der)
        print(f"{rttm.stem:32s} {der:6.1f} {len(hyp.labels()):5d} {len(ref.labels()):4d} {took:6.2f} {duration:6.1f}",
              flush=True)
    for group, ders in groups.items():
        print(f"mean {group:27s} {np.mean(ders):6.1f}")
    if not args.no_speed and not args.only:
        audio = load_audio(audio_dir / "speed_10min_en.flac")
        t0 = time.perf_counter()
        speech = speech_regions(audio)
        t1 = time.perf_counter()
        hyp = diarizer(audio, speech=speech)
        t2 = time.perf_counter()
        print(f"speed_10min_en ({len(audio) / 16000:.0f} s): VAD {t1 - t0:.2f} s, diarization {t2 - t1:.2f} s, "
              f"{len(hyp.labels())} speakers")


if __name__ == "__main__":
    main()
