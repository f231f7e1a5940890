"""Learned dialogue acts: which utterances state a decision, an action item or the next meeting.

The rule tagger (:mod:`pipeline.text.acts`) and the ledger (:mod:`pipeline.text.ledger`) propose;
this model, trained on every labelled meeting we have (hand-written meetings in Chinese and English
and real AMI meetings, ``make train``), decides. Per utterance, in context, it gives the probability
that the utterance is evidence of

- ``action``: an action item the minutes should record,
- ``decision``: a decision,
- ``next_meeting``: the arrangement of the next meeting.

Features (:func:`turn_features`) are the utterance's words (Chinese: characters and character
pairs; English: words and word pairs), the rule acts found in it and in its neighbours (as
features, not verdicts), who speaks (the host?), who is named or addressed, the dates said, where
in the meeting it is, and what the ledger made of it (an item accepted, declined, cancelled,
reassigned; a decision). Each feature is also given a copy marked for long meetings (150+
utterances: real conversations such as AMI), so one model learns what differs there without a
second model (Daumé's "frustratingly easy" domain adaptation).

The model is a logistic regression per label over hashed features: small (a few MB, committed
under ``pipeline/text/models/``), deterministic, fast (a 60-minute meeting in well under a second).
:func:`choose` turns its probabilities into the items the minutes keep; the thresholds are in
:class:`SelectOptions`, measured by ``benchmarks/generalization.py`` (cross-validated by meeting).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from pipeline.text.ledger import (DECISION_MERGE_WINDOW, LIVE, Candidate, DecisionCandidate, Ledger, LedgerResult,
                                  Turn, _overlap)

LABELS = ("action", "decision", "next_meeting")
#: bump when turn_features changes: a model trained on other features is not used (retrain: make train)
FEATURES_VERSION = 4
N_FEATURES = 2 ** 18
MODELS_DIR = Path(__file__).parent / "models"
LONG_MEETING = 150  # utterances: real conversations (AMI) rather than written-up meetings


@dataclass
class SelectOptions:
    """How the model's probabilities become items (the values per kind of meeting: DEFAULT_OPTIONS)."""

    #: a ledger item is kept when one of its utterances is at least this likely to be an action item
    keep_action: float
    #: an utterance no ledger item covers starts an action item of its own at this probability
    new_action: float
    #: a ledger decision is kept at this probability of one of its utterances
    keep_decision: float
    #: an utterance no ledger decision covers states a decision of its own at this probability
    new_decision: float
    #: the next meeting is the most likely utterance at least this likely
    next_meeting: float = 0.3
    #: a decision the model adds this close (in utterances) to one already kept is part of it (long
    #: real meetings state a decision over a run of utterances); 0: only when their words overlap
    merge_decisions_within: int = 0


#: per kind of meeting: Chinese, English, and long real conversations (any language, LONG_MEETING+),
#: chosen by ``benchmarks/generalization.py --thresholds`` on out-of-fold probabilities
DEFAULT_OPTIONS = {
    "zh": SelectOptions(keep_action=0.6, new_action=0.8, keep_decision=0.2, new_decision=0.2, merge_decisions_within=5),
    "en": SelectOptions(keep_action=0.5, new_action=0.8, keep_decision=0.3, new_decision=0.2, merge_decisions_within=10),
    "long": SelectOptions(keep_action=0.2, new_action=0.2, keep_decision=0.3, new_decision=0.2,
                          merge_decisions_within=10),
}


def options_for(lang: str, n_utterances: int) -> SelectOptions:
    """The selection thresholds for a meeting of this language and length."""
    if n_utterances >= LONG_MEETING:
        return DEFAULT_OPTIONS["long"]
    return DEFAULT_OPTIONS.get(lang, DEFAULT_OPTIONS["en"])


@dataclass
class DialogueModel:
    """Per label a coefficient vector over the hashed features (one model for both languages)."""

    coef: dict[str, np.ndarray]  # label -> shape (N_FEATURES,)
    intercept: dict[str, float]

    def predict(self, feature_lists: list[list[str]]) -> dict[str, np.ndarray]:
        """Probability of each label for each utterance: label -> shape (n_utterances,)."""
        x = hash_features(feature_lists)
        out = {}
        for label in LABELS:
            z = x @ self.coef[label] + self.intercept[label]
            out[label] = 1.0 / (1.0 + np.exp(-z))
        return out

    def save(self, path: Path) -> None:
        arrays = {}
        for label in LABELS:
            nz = np.flatnonzero(self.coef[label])
            arrays[f"{label}_index"] = nz.astype(np.int32)
            arrays[f"{label}_value"] = self.coef[label][nz].astype(np.float32)
            arrays[f"{label}_intercept"] = np.array([self.intercept[label]], dtype=np.float64)
        arrays["features_version"] = np.array([FEATURES_VERSION], dtype=np.int32)
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, **arrays)

    @classmethod
    def read(cls, path: Path) -> "DialogueModel | None":
        with np.load(path) as data:
            if "features_version" not in data or int(data["features_version"][0]) != FEATURES_VERSION:
                return None
            coef, intercept = {}, {}
            for label in LABELS:
                w = np.zeros(N_FEATURES, dtype=np.float64)
                w[data[f"{label}_index"]] = data[f"{label}_value"]
                coef[label] = w
                intercept[label] = float(data[f"{label}_intercept"][0])
        return cls(coef=coef, intercept=intercept)


def model_path() -> Path:
    return MODELS_DIR / "acts.npz"


@lru_cache(maxsize=None)
def load() -> DialogueModel | None:
    """The committed model (None if it was never trained, or on features the code no longer computes:
    the rules alone then decide; ``make train`` rebuilds it)."""
    path = model_path()
    return DialogueModel.read(path) if path.exists() else None


def hash_features(feature_lists: list[list[str]]):
    """Sparse matrix of shape (n_utterances, N_FEATURES), binary."""
    from sklearn.feature_extraction import FeatureHasher

    hasher = FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False)
    return hasher.transform(feature_lists)


# --- features ------------------------------------------------------------------

WORD = re.compile(r"[a-z][a-z']*|\d+")


def _text_grams(text: str, lang: str) -> list[str]:
    if lang == "en":
        words = WORD.findall(text.lower())
        words = ["0" if w.isdigit() else w for w in words]
        return [f"w:{w}" for w in words] + [f"b:{a}_{b}" for a, b in zip(words, words[1:])]
    chars = [("0" if c.isdigit() else c) for c in re.sub(r"\s+", "", text) if not re.match(r"[，,。.、]", c)]
    return [f"c:{c}" for c in chars] + [f"b:{a}{b}" for a, b in zip(chars, chars[1:])]


def _size(n: int, steps: tuple[int, ...]) -> str:
    for s in steps:
        if n <= s:
            return str(s)
    return f">{steps[-1]}"


FILLER = re.compile(r"^(?:(?:um+|uh+|er+|erm|hmm+|mm+|oh|ah)\b[\s,.]*)+", re.IGNORECASE)


def _shape(turns: list[Turn], i: int, host: str | None, lang: str) -> list[str]:
    """How the utterance is built and where it sits in the exchange: how it starts and ends (a chair's
    "那就…" / "行，就按…" / "So we'll…" / "Fine, do it."; a question), and whether the chair speaks after
    others have been discussing."""
    turn = turns[i]
    text = FILLER.sub("", turn.text.strip())
    f = []
    if lang == "en":
        words = WORD.findall(text.lower())
        if words:
            f.append(f"s1:{words[0]}")
            f.append(f"s2:{'_'.join(words[:2])}")
    else:
        chars = re.sub(r"[\s，,。.、…]+", "", text)
        if chars:
            f.append(f"s1:{chars[0]}")
            f.append(f"s2:{chars[:2]}")
            f.append(f"e1:{chars[-1]}")
    f += _grammar(turn.words, lang)
    if text.rstrip().endswith(("?", "？")):
        f.append("ends_question")
    before = [turns[j] for j in range(max(0, i - 4), i)]
    voices = {t.name or t.speaker for t in before} - {turn.name or turn.speaker}
    f.append(f"voices_before:{min(len(voices), 3)}")
    if host and turn.name == host and voices:
        f.append("host_after_others")
        if any(t.has("propose", "ask") for t in before[-2:]):
            f.append("host_answers_proposal")
    if i > 0 and turns[i - 1].text.rstrip().endswith(("?", "？")) and turns[i - 1].name != turn.name:
        f.append("answers_question")
    return f


OPENERS = {"okay", "ok", "so", "right", "yeah", "yes", "well", "alright", "fine", "good", "and", "then", "now"}


def _grammar(words: list[tuple[str, str]], lang: str) -> list[str]:
    """English: the part of speech the utterance opens with once "okay, so" is past (a bare verb:
    an instruction or a ruling, "Put 412 on the telesitter", "Scratch the insert"), a modal after
    "we" ("we'll", "we won't"), a negation. Chinese: jieba's words."""
    if lang != "en":
        return [f"j:{w}" for w, _ in words if len(w) > 1]
    rest = list(words)
    while rest and (rest[0][1] == "UH" or rest[0][0] in OPENERS):
        rest = rest[1:]
    if not rest:
        return ["opens:none"]
    tags = [tag for _, tag in rest]
    f = [f"opens:{tags[0]}", f"opens2:{'_'.join(tags[:2])}"]
    if tags[0] == "VB":
        f.append("imperative")
    for (w, tag), (w2, tag2) in zip(rest, rest[1:]):
        if w in ("we", "i", "you", "they") and tag2 == "MD":
            f.append(f"{w}_modal")
        if w2 in ("not", "n't", "never", "no"):
            f.append("negated")
    return f


def turn_features(turns: list[Turn], result: LedgerResult, host: str | None, lang: str) -> list[list[str]]:
    """The features of every utterance, in context (see the module's docstring)."""
    n = len(turns)
    long_meeting = n >= LONG_MEETING
    ledger: list[list[str]] = [[] for _ in turns]
    for c in result.all_items:
        for t in set(c.turns):
            ledger[t].append(f"li:{c.state}")
            if c.owner:
                ledger[t].append("li:owner")
        ledger[c.created].append(f"lic:{c.state}")
    for d in result.decisions:
        for t in set(d.turns):
            ledger[t].append(f"ld:{d.kind}")
        ledger[d.text_turn].append("ldt")
    if result.next_meeting_turn is not None:
        ledger[result.next_meeting_turn].append("lnext")

    acts = [sorted({a.label for a in turn.acts}) for turn in turns]
    out = []
    for i, turn in enumerate(turns):
        words = _text_grams(turn.text, lang)
        f = [f"a:{a}" for a in acts[i]]
        for off, tag in ((-2, "p2"), (-1, "p"), (1, "n"), (2, "n2")):
            j = i + off
            if 0 <= j < n:
                f += [f"{tag}a:{a}" for a in acts[j]]
                if abs(off) == 1:
                    words += [f"{tag}{g}" for g in _text_grams(turns[j].text, lang) if not g.startswith("b:")]
                if turns[j].speaker == turn.speaker:
                    f.append(f"{tag}:same")
                f += [f"{tag}{x}" for x in ledger[j]]
            else:
                f.append(f"{tag}:none")
        f += ledger[i]
        if host and turn.name == host:
            f.append("host")
            f += [f"host|a:{a}" for a in acts[i]]  # the chair's "那就…" / "so let's…" decides more often
        others = [m for m in turn.mentions if m.name and m.name != turn.name]
        if others:
            f.append("names_other")
            if i + 1 < n and turns[i + 1].name in {m.name for m in others}:
                f.append("named_speaks_next")
        if any(m.name is None and m.department for m in turn.mentions):
            f.append("names_department")
        if turn.dates:
            f.append("date")
            f += [f"date:{(m.rule or '').split(':')[0]}" for m in turn.dates]
            if any(getattr(m, "deadline", False) for m in turn.dates):
                f.append("deadline")
            if any(m.time for m in turn.dates):
                f.append("clock_time")
        length = len(WORD.findall(turn.text.lower())) if lang == "en" else len(turn.text)
        f.append("len:" + _size(length, (2, 4, 8, 16, 32, 64) if lang == "en" else (4, 8, 16, 32, 64, 128)))
        f.append(f"pos:{min(9, int(10 * i / max(1, n)))}")
        if i + 1 < n and turns[i + 1].has("accept") and len(turns[i + 1].text) <= (40 if lang == "en" else 15):
            f.append("next_short_accept")
        f += _shape(turns, i, host, lang)
        f.append("bias")
        # what the conversation's shape says is shared by both languages; each language and long
        # meetings also get their own copy (the words are a language's own already)
        f = words + f + [f"{lang}|{x}" for x in f]
        if long_meeting:
            f += [f"L|{x}" for x in f]
        out.append(f)
    return out


# --- selection -------------------------------------------------------------------


def choose(p: dict[str, np.ndarray], turns: list[Turn], result: LedgerResult, ledger: Ledger,
           options: SelectOptions) -> LedgerResult:
    """The ledger's result with the items and decisions the model keeps and the ones it adds, given
    the model's probabilities ``p`` (label -> shape (n_utterances,)). The chosen candidates are
    updated in place (state, score, evidence turns)."""
    n = len(turns)
    lang = ledger.roster.lang
    pa, pd, pn = p["action"], p["decision"], p["next_meeting"]

    # action items: ledger candidates in any state, live ones first, most likely first
    def score(c: Candidate) -> float:
        return float(max(pa[t] for t in set(c.turns)))

    kept: list[Candidate] = []
    covered: set[int] = set()
    for c in sorted(result.all_items, key=lambda c: (c.state not in LIVE, -score(c))):
        s = score(c)
        if s < options.keep_action or set(c.turns) & covered:
            continue
        if c.state not in LIVE:
            if s < max(options.new_action, options.keep_action):
                continue
            c.state = "accepted"
        c.score = s
        kept.append(c)
        covered |= set(c.turns)
    for t in _likely_beyond(pa, options.new_action, covered):
        c = _new_item(t, turns, ledger)
        if c is None:
            continue
        c.score = float(pa[t])
        kept.append(c)
        covered |= set(c.turns)
    kept.sort(key=lambda c: min(c.turns))

    # decisions
    decisions: list[DecisionCandidate] = []
    taken: set[int] = set()
    for d in sorted(result.decisions, key=lambda d: -max(pd[t] for t in d.turns)):
        s = float(max(pd[t] for t in d.turns))
        if s < options.keep_decision or set(d.turns) & taken:
            continue
        d.score = s
        decisions.append(d)
        taken |= set(d.turns)
    for t in _likely_beyond(pd, options.new_decision, taken):
        if not turns[t].text.strip():
            continue
        spans = [sp for sp in turns[t].clauses if "ask" not in turns[t].acts_in(sp)] or turns[t].clauses
        if not spans:
            continue
        said = "".join(turns[t].clause_text(sp) for sp in spans)
        same = [d for d in decisions if min(abs(t - u) for u in d.turns) <= options.merge_decisions_within
                or min(abs(t - u) for u in d.turns) <= DECISION_MERGE_WINDOW
                and _overlap(_stated(d, turns), said, lang) >= 0.2]
        if same:  # the proposal a decision closed, or the decision restated: one decision
            same[0].turns = sorted(set(same[0].turns) | {t})
            taken.add(t)
            continue
        d = DecisionCandidate([t], t, spans, "decide")
        d.score = float(pd[t])
        decisions.append(d)
        taken.add(t)
    decisions.sort(key=lambda d: d.text_turn)

    # the next meeting: the likeliest utterance that says a date, else the ledger's
    next_turn = result.next_meeting_turn
    dated = [t for t in range(n) if any(m.date for m in turns[t].dates) or turns[t].has("schedule")]
    if dated:
        best = max(dated, key=lambda t: pn[t])
        if pn[best] >= options.next_meeting:
            next_turn = best
        elif next_turn is not None and pn[next_turn] < options.next_meeting / 3:
            next_turn = None
    return LedgerResult(kept, decisions, next_turn, result.all_items)


def _likely_beyond(p: np.ndarray, at_least: float, covered: set[int]):
    """Utterances at least this likely, likeliest first, that are not next to one already covered
    (``covered`` is read as it grows)."""
    for t in np.argsort(-p, kind="stable"):
        t = int(t)
        if p[t] < at_least:
            return
        if not any(abs(t - u) <= 1 for u in covered):
            yield t


def _stated(d: DecisionCandidate, turns: list[Turn]) -> str:
    return "".join(turns[d.text_turn].clause_text(sp) for sp in d.text_spans)


def _new_item(t: int, turns: list[Turn], ledger: Ledger) -> Candidate | None:
    """An action item the rules did not see, from the utterance the model points at: its owner is
    the person it addresses, else (a commitment) its speaker, else whoever takes it up next."""
    turn = turns[t]
    spans = [sp for sp in turn.working_clauses() if not turn.acts_in(sp) & {"ask", "info", "done"}] \
        or turn.working_clauses()
    if not spans:
        return None
    target = ledger.addressee(turn)
    owner, department = None, None
    turns_of = [t]
    asked_me = t > 0 and turns[t - 1].name != turn.name and turn.name is not None and (
        any(m.name == turn.name for m in turns[t - 1].mentions) or turns[t - 1].has("assign", "ask"))
    if target is not None and (target.name or target.department):
        owner, department = target.name, target.department
    elif turn.has("commit", "accept") and turn.name or asked_me:
        owner = turn.name  # "明白，晨会跟全部门讲" answers the request just made
    elif t + 1 < len(turns) and turns[t + 1].name and turns[t + 1].name != turn.name \
            and turns[t + 1].has("accept", "commit"):
        owner = turns[t + 1].name
        turns_of.append(t + 1)
    elif turn.name and len(turns) < LONG_MEETING and not turn.has("assign", "ask") and "你" not in turn.text \
            and not re.search(r"(?i)\byou\b", turn.text):
        # said of the speaker's own work, to no one in particular (not in long real conversations,
        # where such remarks are the group's: AMI's owners of group actions are null)
        owner = turn.name
    if owner:
        department = ledger.roster.department(owner) or department
    return Candidate(state="accepted", owner=owner, department=department, assigner=turn.name, created=t,
                     turns=turns_of, pieces=[(t, sp) for sp in spans], steps=1)
