"""Scoring recognised speech against a reference: edit distance and error rate (CER or WER).

The tests and ``benchmarks/asr_quality.py`` both score with these, so a figure
in a test and in a benchmark table mean the same thing. Pass characters for a
character error rate (Mandarin), words for a word error rate (English).
"""
from __future__ import annotations

from collections.abc import Sequence


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
