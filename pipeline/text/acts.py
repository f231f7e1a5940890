"""Dialogue-act tagging: which speech acts an utterance performs.

Acts: assign, commit, accept, decline, propose, reject, decide, cancel,
done (report-done), ask, schedule, hypothetical, opinion, info (an information
question, not a request), confirm. The rules are data, one JSON object a line in
``rules/<lang>/acts.jsonl``::

    {"act": "decide", "regex": "就这么定"}
    {"act": "commit", "pattern": [{"LOWER": "i"}, {"LOWER": "'ll"}]}   # spaCy Matcher syntax
    {"act": "commit", "regex": "我来", "unless": "我来说"}               # veto inside the clause

The ``minutes_dialogue_acts`` component (registered with ``@Language.factory``)
assigns ``doc._.acts``: a list of :class:`Act` (label and character span).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from pipeline.text.rulebook import RULES_DIR


if not Doc.has_extension("acts"):
    Doc.set_extension("acts", default=None)


@dataclass(frozen=True)
class Act:
    """One dialogue act found in an utterance: ``label`` over text[start:end]."""

    label: str
    start: int
    end: int


@dataclass
class ActRule:
    label: str
    regex: re.Pattern | None = None
    pattern: list | None = None
    unless: re.Pattern | None = None


@lru_cache(maxsize=None)
def load_rules(lang: str) -> tuple[ActRule, ...]:
    """Read ``rules/<lang>/acts.jsonl`` (comments start with //)."""
    rules = []
    path = RULES_DIR / lang / "acts.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        obj = json.loads(line)
        flags = re.IGNORECASE
        rules.append(ActRule(
            label=obj["act"],
            regex=re.compile(obj["regex"], flags) if "regex" in obj else None,
            pattern=obj.get("pattern"),
            unless=re.compile(obj["unless"], flags) if "unless" in obj else None,
        ))
    return tuple(rules)


CLAUSE_END = re.compile(r"[。！？!?；;…]+|\.(?=\s|$)|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff\w])|(?<=[\u4e00-\u9fff])(?=然后)")


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the clauses of ``text`` (split at sentence ends, "." only before a space
    so "4.2" stays whole; in unpunctuated Chinese ASR text, at the spaces between runs and
    before 然后, where run-on speech moves to its next point)."""
    spans, start = [], 0
    for m in CLAUSE_END.finditer(text):
        if m.end() > start:
            spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


class DialogueActTagger:
    """spaCy component: tags ``doc._.acts`` from the act rules of one language."""

    def __init__(self, nlp: Language, name: str, lang: str):
        self.rules = load_rules(lang)
        self.matcher = Matcher(nlp.vocab)
        self.pattern_rules: dict[str, ActRule] = {}
        for i, rule in enumerate(self.rules):
            if rule.pattern:
                key = f"{rule.label}#{i}"
                self.matcher.add(key, [rule.pattern])
                self.pattern_rules[key] = rule

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        clauses = clause_spans(text)

        def clause_of(pos: int) -> tuple[int, int]:
            for a, b in clauses:
                if a <= pos < b:
                    return a, b
            return 0, len(text)

        def vetoed(rule: ActRule, pos: int) -> bool:
            if rule.unless is None:
                return False
            a, b = clause_of(pos)
            return bool(rule.unless.search(text[a:b]))

        found: list[Act] = []
        for rule in self.rules:
            if rule.regex is None:
                continue
            for m in rule.regex.finditer(text):
                if not vetoed(rule, m.start()):
                    found.append(Act(rule.label, m.start(), m.end()))
        for match_id, start, end in (self.matcher(doc) if self.pattern_rules else []):
            rule = self.pattern_rules[doc.vocab.strings[match_id]]
            span = doc[start:end]
            if not vetoed(rule, span.start_char):
                found.append(Act(rule.label, span.start_char, span.end_char))
        doc._.acts = sorted(set(found), key=lambda a: (a.start, a.label))
        return doc


@Language.factory(
    "minutes_dialogue_acts",
    assigns=["doc._.acts"],
    default_config={"lang": "zh"},
)
def make_dialogue_act_tagger(nlp: Language, name: str, lang: str) -> DialogueActTagger:
    return DialogueActTagger(nlp, name, lang)
