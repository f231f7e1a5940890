"""Words + speaker turns -> utterances (FORMATS.md §2).

Each word goes to the speaker turn it overlaps most (the nearest turn when it
overlaps none). Consecutive words of one speaker form an utterance, which is
also cut at a long pause (a shorter one after a sentence end), and at a
sentence end once it has grown long, so no utterance runs for minutes. Speakers are relabelled S1, S2, … in order of first
appearance; utterance ids are u0001, u0002, … in time order, so a rerun on the
same input gives the same ids.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pyannote.core import Annotation

from pipeline.records import Utterance, Word


@dataclass
class AttributeOptions:
    max_pause_s: float = 1.5  # a silence this long between two words starts a new utterance
    sentence_pause_s: float = 0.8  # ...and this long after a sentence end
    long_utterance_s: float = 20.0  # past this length, cut at the next sentence end
    max_utterance_s: float = 45.0  # past this length, cut at the next word whatever it is
    lone_word_s: float = 0.6  # a run shorter than this between two runs of one speaker joins them


SENTENCE_END = re.compile(r"[。！？!?…]$|(?<![A-Z0-9])\.$")
CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
SPACE_NEXT_TO_CJK = re.compile(rf"(?<=[{CJK}])\s+|\s+(?=[{CJK}])")
NO_SPACE_BEFORE = re.compile(r"^[,.;:!?%)\]}'’”…]")


def attribute(words: list[Word], annotation: Annotation, language: str | None,
              options: AttributeOptions | None = None) -> list[Utterance]:
    """Utterances with speakers S1.. from ``words`` (any order) and the diarizer's ``annotation``."""
    o = options or AttributeOptions()
    words = sorted((w for w in words if w.text.strip()), key=lambda w: (w.start, w.end))
    if not words:
        return []
    turns = [(seg.start, seg.end, lab) for seg, _, lab in annotation.itertracks(yield_label=True)]
    speakers = smooth_runs([speaker_of(w, turns) for w in words], words, o.lone_word_s)

    groups: list[list[int]] = [[0]]
    for i in range(1, len(words)):
        group = groups[-1]
        first, prev, word = words[group[0]], words[i - 1], words[i]
        length = word.end - first.start
        if (speakers[i] != speakers[group[0]]
                or word.start - prev.end >= o.max_pause_s
                or (word.start - prev.end >= o.sentence_pause_s and SENTENCE_END.search(prev.text.strip()))
                or (length > o.long_utterance_s and SENTENCE_END.search(prev.text.strip()))
                or length > o.max_utterance_s):
            groups.append([i])
        else:
            group.append(i)

    names: dict[str, str] = {}
    utterances = []
    for n, group in enumerate(groups, start=1):
        own = [words[i] for i in group]
        original = speakers[group[0]]
        names.setdefault(original, f"S{len(names) + 1}")
        utterances.append(Utterance(
            id=f"u{n:04d}", speaker=names[original], start=round(own[0].start, 3), end=round(own[-1].end, 3),
            text=join_words([w.text for w in own], language),
            words=[Word(start=w.start, end=w.end, text=w.text, p=w.p, extra=dict(w.extra)) for w in own]))
    return utterances


def speaker_of(word: Word, turns: list[tuple[float, float, str]]) -> str:
    """The label of the turn overlapping ``word`` most, else of the nearest turn ("?" when there are none)."""
    best, best_overlap, nearest, nearest_gap = "?", 0.0, "?", float("inf")
    mid = (word.start + word.end) / 2
    for start, end, lab in turns:
        overlap = min(end, word.end) - max(start, word.start)
        if overlap > best_overlap:
            best, best_overlap = lab, overlap
        gap = 0.0 if start <= mid <= end else min(abs(mid - start), abs(mid - end))
        if gap < nearest_gap:
            nearest, nearest_gap = lab, gap
    return best if best_overlap > 0 else nearest


def smooth_runs(speakers: list[str], words: list[Word], lone_s: float) -> list[str]:
    """A very short run of one speaker, said without a pause between two runs of another, takes theirs."""
    out = list(speakers)
    runs: list[list[int]] = []  # [first, last] word index of each run
    for i, s in enumerate(out):
        if runs and out[runs[-1][0]] == s:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    for (a0, a1), (b0, b1), (c0, _c1) in zip(runs, runs[1:], runs[2:]):
        joined = words[b0].start - words[a1].end < lone_s and words[c0].start - words[b1].end < lone_s
        if out[a0] == out[c0] and words[b1].end - words[b0].start < lone_s and joined:
            for i in range(b0, b1 + 1):
                out[i] = out[a0]
    return out


def join_words(texts: list[str], language: str | None) -> str:
    """Utterance text from word texts: faster-whisper English words carry their leading space,
    Chinese words none; spaces next to Chinese characters are dropped."""
    out = ""
    for t in texts:
        if language != "zh" and out and t and not t[0].isspace() and not NO_SPACE_BEFORE.match(t):
            out += " "
        out += t
    out = re.sub(r"\s+", " ", out).strip()
    if language == "zh" or (language is None and re.search(f"[{CJK}]", out)):
        out = SPACE_NEXT_TO_CJK.sub("", out)
    return out


def label_map(utterances: list[Utterance], annotation: Annotation) -> dict[str, str]:
    """Diarizer label -> utterance speaker label (S1..), by the time they share."""
    shared: dict[tuple[str, str], float] = {}
    for u in utterances:
        for seg, _, lab in annotation.itertracks(yield_label=True):
            overlap = min(seg.end, u.end) - max(seg.start, u.start)
            if overlap > 0:
                shared[(lab, u.speaker)] = shared.get((lab, u.speaker), 0.0) + overlap
    mapping: dict[str, str] = {}
    for (lab, speaker), _ in sorted(shared.items(), key=lambda kv: -kv[1]):
        mapping.setdefault(lab, speaker)
    return mapping
