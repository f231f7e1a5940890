"""Edit distance and error rate, as the transcription tests and benchmarks/asr_quality.py score."""
from __future__ import annotations

from pipeline.audio.scoring import edit_distance, error_rate


def test_edit_distance_counts_insertions_deletions_substitutions():
    assert edit_distance("广州市房地产中介协会分析", "广州市房地产中介协会分析") == 0
    assert edit_distance("广州是房地产中介协会分析", "广州市房地产中介协会分析") == 1  # one substitution
    assert edit_distance("广州市房地产协会分析", "广州市房地产中介协会分析") == 2  # two deletions
    assert edit_distance("", "abc") == 3 and edit_distance("abc", "") == 3


def test_error_rate_on_characters_and_on_words():
    assert error_rate("广州是房地产中介协会分析", "广州市房地产中介协会分析") == 1 / 12  # CER
    reference = "ask not what your country can do for you".split()
    assert error_rate("ask not what you country can do for you".split(), reference) == 1 / 9  # WER
    assert error_rate("anything", "") == 8  # an empty reference divides by one
