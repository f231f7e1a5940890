"""Speech recognition's own confidence: which clauses of an utterance it probably misheard.

    spans = doubtful_clauses(utterance, word_p=0.6, share=0.5)   # [(start, end), …] in utterance.text

A transcript made from audio carries Whisper's probability of every word
(``utterances[].words[].p``, FORMATS.md §2). A clause is *doubtful* when at least
``share`` of its characters (Chinese characters, letters, digits) come from words
heard with a probability below ``word_p``. Hand-written transcripts have no ``p``:
nothing is ever doubtful there, so extraction on them is unchanged. The thresholds
are ExtractOptions' (measured by benchmarks/asr_confidence.py).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from pipeline import records

# clause boundaries: sentence ends, commas, and the spaces between runs of unpunctuated Chinese ASR text
CLAUSE_END = re.compile(r"[，,。！？!?；;、…]+|(?<=[a-z0-9])\.(?=\s|$)|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff\w])")
COMMAS = "，,、"
SCORED = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")  # characters that carry a word's probability
MIN_SCORED = 2  # a clause with fewer scored characters ("吴婷晨" once the name 吴婷 is unscored) is not judged


@dataclass
class ClauseConfidence:
    """How sure speech recognition was of one clause of an utterance."""

    start: int  # character span in the utterance's text
    end: int
    text: str
    share_low: float  # share of its scored characters heard below word_p
    mean_p: float  # mean word probability over its scored characters
    min_p: float


def unscored_words(transcript: records.Transcript) -> tuple[str, ...]:
    """Words whose probability says little about a clause: the meeting's people's names (rare words
    speech recognition gets right with a low probability; English first and last names apart) and
    the fillers of rules/<lang>/confidence.toml."""
    from pipeline.text.rulebook import load_rules

    lang = "en" if transcript.language.startswith("en") else "zh"
    m = transcript.meeting
    names = [p.name for p in [*m.attendees, *m.absent] if p.name]
    names += [s.name for s in transcript.speakers.values() if s.name]
    names += [part for n in names if " " in n for part in n.split()]
    return tuple(dict.fromkeys(names)) + tuple(load_rules(lang, "confidence")["unscored_words"])


def char_confidence(utterance: records.Utterance) -> list[float | None] | None:
    """The probability of the word each character of ``utterance.text`` came from
    (``None`` where unknown); ``None`` when no word carries a probability."""
    words = utterance.words or []
    if not any(w.p is not None for w in words):
        return None
    joined = "".join(w.text for w in words)
    per_char: list[float | None] = [w.p for w in words for _ in w.text]  # shape: (len(joined),)
    text = utterance.text
    if joined == text:
        return per_char
    # the text was tidied after transcription ("sign -off", spaces dropped): map through the matching runs
    out: list[float | None] = [None] * len(text)
    for a, b, size in difflib.SequenceMatcher(None, joined, text, autojunk=False).get_matching_blocks():
        out[b:b + size] = per_char[a:a + size]
    return out


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the clauses of ``text`` (cut at commas and sentence ends), without the punctuation."""
    spans, start = [], 0
    for m in CLAUSE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def clause_confidence(utterance: records.Utterance, word_p: float,
                      unscored: tuple[str, ...] = ()) -> list[ClauseConfidence]:
    """Every clause of the utterance that has scored characters with a known probability; the
    characters of ``unscored`` words (attendees' names, fillers: rare or short words speech
    recognition gets right with a low probability) are not scored."""
    probs = char_confidence(utterance)
    if probs is None:
        return []
    text = utterance.text
    if unscored:
        probs = list(probs)
        alts = "|".join(re.escape(w) for w in sorted(set(unscored), key=len, reverse=True) if w)
        for m in re.finditer(rf"(?i)(?<![A-Za-z])(?:{alts})(?![A-Za-z])", text) if alts else ():
            probs[m.start():m.end()] = [None] * (m.end() - m.start())
    out = []
    for a, b in clause_spans(text):
        ps = [p for ch, p in zip(text[a:b], probs[a:b]) if p is not None and SCORED.match(ch)]
        if len(ps) < MIN_SCORED:
            continue
        out.append(ClauseConfidence(a, b, text[a:b].strip(), share_low=sum(p < word_p for p in ps) / len(ps),
                                    mean_p=sum(ps) / len(ps), min_p=min(ps)))
    return out


def doubtful_clauses(utterance: records.Utterance, word_p: float, share: float,
                     unscored: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Spans of the clauses at least ``share`` of which was heard below ``word_p`` ([] without probabilities)."""
    return [(c.start, c.end) for c in clause_confidence(utterance, word_p, unscored) if c.share_low >= share]


def without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the clauses at ``spans`` left out (``text`` itself when there are none)."""
    if not spans:
        return text
    cut = list(text)
    for a, b in spans:
        lead = a
        while lead > 0 and text[lead - 1] in COMMAS + " ":
            lead -= 1
        if lead < a and text[lead] in COMMAS:
            a = lead  # "A，B。" -> "A。": the comma before it goes
        else:  # the first clause of a sentence: the comma after it goes ("B，C。" -> "C。")
            while b < len(text) and text[b] in COMMAS + " ":
                b += 1
        for i in range(a, b):
            cut[i] = ""
    return "".join(cut).strip(" ，,")
