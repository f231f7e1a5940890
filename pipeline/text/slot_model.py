"""Learned choice of an action item's deadline and owner among what was said around it.

The rules (pipeline/text/extract.py, ledger.py, dates.py) give every action item a due date and an
owner. They are often right, but a deadline is as often said in the request before the reply, in the
reply after it ("下周二给我。" / "Next Monday?"), corrected by the one who asked ("下周一太晚了，…周六前给
我"), or said in the same turn for another item; the owner may be the one asked, the one who answered,
or whoever took it over. This stage sees every candidate: each date said in the item's utterances and
around them (one before, two after) and "no deadline"; each person who speaks or is named there and "no
one". Per slot a logistic regression scores each candidate from how and where it was said (who said it,
in which turn relative to the item, the date's kind: a firm deadline, a start, a condition, a correction
after it, the rules' own pick as one feature among others); the likeliest candidate wins.

It is trained with the dialogue acts (``make train``) on the action items of every written-up meeting
matched to their gold answers (pipeline/text/train_acts.py); ``benchmarks/generalization.py`` trains it
fold by fold. Long real conversations (AMI: no deadlines, role owners) keep the rules' choice.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline import records

SLOTS = ("due", "owner")
N_FEATURES = 2 ** 16
#: bump when the features change: a model trained on other features is not used
FEATURES_VERSION = 1
BEFORE, AFTER = 1, 2  # utterances around an item's own whose dates and people are candidates
ACTS = ("correct", "accept", "commit", "assign", "ask", "decline", "done", "info", "cancel", "reassign",
        "propose", "decide", "schedule")


@dataclass
class Choice:
    """One candidate value of a slot and its features."""

    value: str | None
    features: list[str]
    said: str | None = None  # the words (a due date's due_text)


@dataclass
class SlotModel:
    coef: dict[str, np.ndarray]
    intercept: dict[str, float]

    def scores(self, slot: str, choices: list[Choice]) -> np.ndarray:
        x = hash_features([c.features for c in choices])
        return x @ self.coef[slot] + self.intercept[slot]

    def pick(self, slot: str, choices: list[Choice]) -> Choice:
        return choices[int(np.argmax(self.scores(slot, choices)))]

    def save(self, path: Path) -> None:
        arrays = {"features_version": np.array([FEATURES_VERSION], dtype=np.int32)}
        for slot in SLOTS:
            nz = np.flatnonzero(self.coef[slot])
            arrays[f"{slot}_index"] = nz.astype(np.int32)
            arrays[f"{slot}_value"] = self.coef[slot][nz].astype(np.float32)
            arrays[f"{slot}_intercept"] = np.array([self.intercept[slot]])
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, **arrays)

    @classmethod
    def read(cls, path: Path) -> "SlotModel | None":
        if not path.exists():
            return None
        with np.load(path) as data:
            if "features_version" not in data or int(data["features_version"][0]) != FEATURES_VERSION:
                return None
            coef, intercept = {}, {}
            for slot in SLOTS:
                w = np.zeros(N_FEATURES)
                w[data[f"{slot}_index"]] = data[f"{slot}_value"]
                coef[slot], intercept[slot] = w, float(data[f"{slot}_intercept"][0])
        return cls(coef, intercept)


def hash_features(feature_lists: list[list[str]]):
    from sklearn.feature_extraction import FeatureHasher

    return FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False).transform(feature_lists)


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3+"


def _window(evidence: list[int], n: int) -> range:
    return range(max(0, min(evidence) - BEFORE), min(n, max(evidence) + AFTER + 1))


def _where(t: int, evidence: list[int]) -> list[str]:
    first, last = min(evidence), max(evidence)
    if t in evidence:
        return ["in", f"in:{'first' if t == first else 'last' if t == last else 'mid'}"]
    return [f"off:{max(-2, t - first)}" if t < first else f"off:+{min(3, t - last)}"]


def _acts(turn) -> list[str]:
    return [f"a:{a}" for a in ACTS if turn.has(a)]


def _with_language(features: list[str], lang: str) -> list[str]:
    return features + [f"{lang}|{f}" for f in features]


def due_choices(item: records.ActionItem, evidence: list[int], turns, others: set[int], lang: str,
                meeting_date: str | None, next_date: str | None) -> list[Choice]:
    """"No deadline" and every date said in and around the item's utterances, with their features."""
    window = _window(evidence, len(turns))
    said = [(t, m) for t in window for m in turns[t].dates]
    dated = [(t, m) for t, m in said if m.date or (m.rule == "next_meeting" and next_date)]
    values = [m.date or next_date for _, m in dated]
    later_correction = {t: any(turns[u].has("correct") or turns[u].has("decline") for u in window if u > t)
                        for t in window}
    none = ["none", f"dated:{_bucket(len(set(values)))}"]
    if item.due is None:
        none.append("rule_none")
    if any(m.date is None and m.rule != "next_meeting" for _, m in said):
        none.append("vague_said")
    if not any(m.deadline for _, m in dated):
        none.append("no_deadline_words")
    choices = [Choice(None, _with_language(none, lang))]
    for k, (t, m) in enumerate(dated):
        value = values[k]
        turn = turns[t]
        f = ["date"] + _where(t, evidence) + [f"{x}:{name}" for x in ("t",) for name in _acts(turn)]
        f.append(f"rule:{(m.rule or '').split(':')[0]}")
        for flag in ("deadline", "firm", "starts", "conditional", "superseded", "same_time"):
            if getattr(m, flag, False):
                f.append(flag)
        if m.time:
            f.append("clock")
        if value == item.due:
            f.append("rule_value")
            if m.text == item.due_text:
                f.append("rule_pick")
        if item.owner and turn.name == item.owner:
            f.append("by_owner")
        elif item.owner and any(x.name == item.owner for x in turn.mentions):
            f.append("to_owner")
        else:
            f.append("by_other")
        if t in others:
            f.append("other_item")
        if later_correction[t]:
            f.append("corrected_later")
        same = sum(1 for v in values if v == value)
        f.append(f"said:{_bucket(same)}")
        if k == len(dated) - 1:
            f.append("last")
        if k == 0:
            f.append("first")
        if all(u <= t for u, _ in dated):
            f.append("last_turn")
        if meeting_date and value:
            f.append("past" if value < meeting_date else "today" if value == meeting_date else "future")
        if len(turn.text) <= (40 if lang == "en" else 15):
            f.append("short_turn")
        choices.append(Choice(value, _with_language(f, lang), m.text))
    return choices


def owner_choices(item: records.ActionItem, evidence: list[int], turns, roster, host: str | None,
                  lang: str) -> list[Choice]:
    """"No one" and every person who speaks or is named in and around the item's utterances."""
    window = _window(evidence, len(turns))
    people: list[str] = []
    for t in window:
        for name in [turns[t].name] + [m.name for m in turns[t].mentions]:
            if name and name not in people:
                people.append(name)
    if item.owner and item.owner not in people:
        people.append(item.owner)
    first = min(evidence)
    none = ["none"]
    if item.owner is None:
        none.append("rule_none")
    if item.department:
        none.append("department")
    if any(m.name is None and m.department for t in window for m in turns[t].mentions):
        none.append("department_named")
    choices = [Choice(None, _with_language(none, lang))]
    for name in people:
        f = ["person"]
        if name == item.owner:
            f.append("rule_pick")
        if host and name == host:
            f.append("host")
        for t in window:
            turn = turns[t]
            where = _where(t, evidence)
            if turn.name == name:
                f += [f"speaks|{w}" for w in where] + [f"speaks|{w}|{a}" for w in where[:1] for a in _acts(turn)]
            if any(m.name == name for m in turn.mentions):
                f += [f"named|{w}" for w in where] + [f"named|{w}|{a}" for w in where[:1] for a in _acts(turn)]
                if turn.name and turn.name != name:
                    f.append("named_by_other")
        if first > 0 and turns[first - 1].name == name:
            f.append("spoke_before")
        if first + 1 < len(turns) and turns[first + 1].name == name:
            f.append("spoke_after_first")
        if roster.department(name):
            f.append("has_department")
        choices.append(Choice(name, _with_language(sorted(set(f)), lang)))
    return choices


def _evidence_turns(item: records.ActionItem, index: dict[str, int]) -> list[int]:
    return sorted(index[e] for e in item.evidence if e in index)


def refine(minutes: records.Minutes, analysis, model: SlotModel, lang: str) -> records.Minutes:
    """Re-choose each action item's due date and owner with the model (in place); the review notes
    of a field the model changed say so."""
    turns = analysis.turns
    index = {t.id: t.index for t in turns}
    next_date = minutes.next_meeting.date if minutes.next_meeting else None
    meeting_date = getattr(analysis.transcript.meeting, "date", None)
    evidence_of = [_evidence_turns(a, index) for a in minutes.action_items]
    for k, item in enumerate(minutes.action_items):
        evidence = evidence_of[k]
        if not evidence:
            continue
        others = {t for j, ev in enumerate(evidence_of) if j != k for t in ev}
        due = model.pick("due", due_choices(item, evidence, turns, others, lang, meeting_date, next_date))
        if due.value != item.due:
            item.due, item.due_text = due.value, due.said
            _renote(minutes, k, "due", _due_note(due, lang))
        owner = model.pick("owner", owner_choices(item, evidence, turns, analysis.roster, analysis.host, lang))
        if owner.value != item.owner:
            item.owner = owner.value
            item.department = analysis.roster.department(owner.value) if owner.value else item.department
            _renote(minutes, k, "owner", _OWNER_NOTE[lang] if owner.value else _OWNER_NULL[lang])
    return minutes


_OWNER_NOTE = {"zh": "负责人由上下文判断(提出、答应或被点名的人),请确认",
               "en": "Owner chosen from the context (who was asked, answered or named); please confirm"}
_OWNER_NULL = {"zh": "未明确负责人", "en": "No owner stated"}


def _due_note(choice: Choice, lang: str) -> str:
    if choice.value is None:
        return "未说明明确期限,请确认" if lang == "zh" else "No firm deadline stated; please confirm"
    return (f"期限取自上下文(“{choice.said}”),请确认" if lang == "zh"
            else f"Deadline taken from the context (\"{choice.said}\"); please confirm")


def _renote(minutes: records.Minutes, k: int, field_name: str, why: str) -> None:
    where = f"action_items[{k}].{field_name}"
    minutes.review = [n for n in minutes.review if n.where != where]
    minutes.review.append(records.ReviewNote(where=where, why=why))


def examples(minutes: records.Minutes, analysis, gold: dict, lang: str) -> dict[str, list[tuple[list[str], int]]]:
    """Training rows (features, 0/1) per slot from the items matched to the gold answers."""
    from pipeline.text import scoring

    turns = analysis.turns
    index = {t.id: t.index for t in turns}
    items = minutes.action_items
    golds = gold.get("action_items") or []
    next_date = minutes.next_meeting.date if minutes.next_meeting else None
    meeting_date = getattr(analysis.transcript.meeting, "date", None)
    evidence_of = [_evidence_turns(a, index) for a in items]
    rows: dict[str, list] = {slot: [] for slot in SLOTS}
    pairs = scoring.match([a.to_dict() for a in items], golds, "task")
    for i, j in pairs:
        evidence = evidence_of[i]
        if not evidence:
            continue
        others = {t for k, ev in enumerate(evidence_of) if k != i for t in ev}
        g = golds[j]
        for c in due_choices(items[i], evidence, turns, others, lang, meeting_date, next_date):
            rows["due"].append((c.features, int(c.value == (g.get("due") or None))))
        for c in owner_choices(items[i], evidence, turns, analysis.roster, analysis.host, lang):
            rows["owner"].append((c.features, int(scoring.same_owner(c.value, g.get("owner")))))
    return rows


def fit(rows: dict[str, list[tuple[list[str], int]]], c: float = 1.0) -> SlotModel:
    from sklearn.linear_model import LogisticRegression

    coef, intercept = {}, {}
    for slot in SLOTS:
        x = hash_features([f for f, _ in rows[slot]])
        y = np.array([label for _, label in rows[slot]])
        if len(set(y)) < 2:
            coef[slot], intercept[slot] = np.zeros(N_FEATURES), 0.0
            continue
        lr = LogisticRegression(C=c, solver="liblinear", max_iter=300, random_state=0)
        lr.fit(x, y)
        coef[slot], intercept[slot] = lr.coef_[0].astype(np.float64), float(lr.intercept_[0])
    return SlotModel(coef, intercept)
