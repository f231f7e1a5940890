"""Transcript text as the taggers need it to read: apostrophes a typist or recognizer left out.

A transcript written without any apostrophe ("ill ring em first thing tomorrow", "thats fine",
"theyre flat out") hides every commitment and refusal from rules and model alike, which look for
"I'll", "that's", "don't". :func:`restore_apostrophes` gives such a transcript its contractions back
(the table is data: rules/en/spelling.toml). A transcript with its apostrophes is left as it is, and
so is any utterance with recognized words (the recognizer's own text, timed word by word).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline import records
from pipeline.text.rulebook import load_rules

_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=None)
def _table() -> tuple[dict[str, str], int]:
    data = load_rules("en", "spelling")
    return dict(data["contractions"]), int(data["min_bare"])


def lacks_apostrophes(texts: list[str]) -> bool:
    """Whether English ``texts`` were written without apostrophes: none at all, and several words
    that are contractions with theirs taken out."""
    if any("'" in t or "\u2019" in t for t in texts):
        return False
    table, min_bare = _table()
    bare = sum(1 for t in texts for w in _WORD.findall(t) if w.lower() in table)
    return bare >= min_bare


def with_apostrophes(text: str) -> str:
    """``text`` with each bare contraction written out ("ill do it" -> "I'll do it")."""
    table, _ = _table()

    def fix(m: re.Match) -> str:
        word = m.group(0)
        full = table.get(word.lower())
        if full is None:
            return word
        return full if full.startswith("I'") or not word[0].isupper() else full[0].upper() + full[1:]

    return _WORD.sub(fix, text)


def restore_apostrophes(transcript: records.Transcript) -> records.Transcript:
    """``transcript`` with its apostrophes back where it was written without any (English only;
    utterances with recognized words are the recognizer's text and stay as they are)."""
    if not transcript.language.startswith("en"):
        return transcript
    untimed = [u for u in transcript.utterances if not u.words]
    if not untimed or not lacks_apostrophes([u.text for u in untimed]):
        return transcript
    utterances = [u if u.words else replace(u, text=with_apostrophes(u.text)) for u in transcript.utterances]
    return replace(transcript, utterances=utterances)
