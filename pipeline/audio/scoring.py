"""Scoring the audio stage against a reference: edit distance and error rate (CER or WER)
for recognised speech, RTTM reading and diarization error rate for speaker turns.

The tests and the benchmarks (``asr_quality.py``, ``diarization.py``) both score with
these, so a figure in a test and in a benchmark table mean the same thing. Pass
characters for a character error rate (Mandarin), words for a word error rate (English).
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def edit_distance(hypothesis: Sequence, reference: Sequence) -> int:
    """Levenshtein distance: the fewest insertions, deletions and substitutions turning one into the other."""
    previous = list(range(len(hypothesis) + 1))
    for i, r in enumerate(reference, 1):
        current = [i]
        for j, h in enumerate(hypothesis, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1]


def error_rate(hypothesis: Sequence, reference: Sequence) -> float:
    """Edit distance / reference length (0.0 is perfect; above 1.0 when the hypothesis adds much)."""
    return edit_distance(hypothesis, reference) / max(1, len(reference))


def read_rttm(path: Path):
    """The speaker turns of an RTTM file as a ``pyannote.core.Annotation`` (overlapping turns kept)."""
    from pyannote.core import Annotation, Segment

    ref = Annotation(uri=path.stem)
    for line in path.read_text().splitlines():
        f = line.split()
        if len(f) >= 8 and f[0] == "SPEAKER":
            start, dur = float(f[3]), float(f[4])
            ref[Segment(start, start + dur), ref.new_track(Segment(start, start + dur))] = f[7]
    return ref


def diarization_error_rate(reference, hypothesis, duration: float, detailed: bool = False):
    """pyannote.metrics' DER over the whole recording, no collar, overlapped speech scored
    (the issue's convention); ``detailed``: its dict of components instead of the rate."""
    from pyannote.core import Segment
    from pyannote.metrics.diarization import DiarizationErrorRate

    metric = DiarizationErrorRate(collar=0.0, skip_overlap=False)
    return metric(reference, hypothesis, uem=Segment(0, duration), detailed=detailed)
