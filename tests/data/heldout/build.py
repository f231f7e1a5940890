#!/usr/bin/env python3
"""Build the held-out JSON files (tests/data/heldout) from the case sources in ./cases/*.py.

    python3 tests/data/heldout/build.py          # all cases (from the repository root)
Dates come from compute_due in ../shared/eval/dev/check.py (found via MINUTES_SHARED or ../shared).
The JSON files are generated: edit the sources, not the JSON. Same source format as
../shared/eval/dev/src/build.py (this file is its copy writing here).


Each case module defines CASE = dict(stem, language, meeting_type, features,
meeting, speakers, lines, gold). `lines` is text, one utterance a line:
    S1: 好,那我们开始吧。
    S2 @a1: 我这边周五前给大家。          (@label names the utterance for gold evidence)
Gold evidence refers to labels; dates are computed with check.compute_due.
"""
import datetime as dt
import importlib.util
import json
import os
import random
import re
import sys

DEV = os.path.dirname(os.path.abspath(__file__))  # tests/data/heldout: where the JSON goes
SHARED = os.environ.get("MINUTES_SHARED") or os.path.join(DEV, "..", "..", "..", "..", "shared")
sys.path.insert(0, os.path.join(SHARED, "eval", "dev"))
sys.dont_write_bytecode = True  # keep eval/dev free of __pycache__
from check import compute_due  # noqa: E402

LINE = re.compile(r"^(S\d+)(?:\s+@(\w+))?:\s*(.*)$")
PUNCT = re.compile(r"[\s\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\u2014\u2026\u201c\u201d\u2018\u2019,.?!;:'\"()\-]")


ZH_PUNCT = {",": "\uff0c", "?": "\uff1f", "!": "\uff01", ";": "\uff1b", "(": "\uff08", ")": "\uff09"}


def zh_punct(obj):
    """ASCII punctuation typed in the sources -> full-width, as Chinese ASR/punctuation models write it."""
    if isinstance(obj, str):
        s = "".join(ZH_PUNCT.get(ch, ch) for ch in obj)
        return re.sub(r"(?<!\d):(?!\d)", "\uff1a", s)
    if isinstance(obj, list):
        return [zh_punct(x) for x in obj]
    if isinstance(obj, dict):
        return {k: zh_punct(v) for k, v in obj.items()}
    return obj


def parse_lines(text):
    out = []
    for raw in text.strip().splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        m = LINE.match(raw)
        if not m:
            raise SystemExit(f"bad line: {raw!r}")
        out.append((m.group(1), m.group(2), m.group(3).strip()))
    return out


def _zh_gold(G):
    G = dict(G)
    G["decisions"] = [(zh_punct(t), ev) for t, ev in G["decisions"]]
    G["actions"] = [{k: (zh_punct(v) if k in ("task", "due_text", "deliverable", "support", "note") and v else v)
                     for k, v in a.items()} for a in G["actions"]]
    if G.get("next_meeting"):
        G["next_meeting"] = dict(G["next_meeting"], text=zh_punct(G["next_meeting"]["text"]))
    G["not_actions"] = [(ev, zh_punct(why), kind) for ev, why, kind in G["not_actions"]]
    return G


def timings(lines, lang, seed):
    rnd = random.Random(seed)
    t = round(rnd.uniform(1.5, 6.0), 2)
    res = []
    for i, (_, _, text) in enumerate(lines):
        if lang == "zh":
            n = len(PUNCT.sub("", text))
            dur = n / rnd.uniform(3.8, 5.2) + rnd.uniform(0.2, 0.6)
        else:
            n = len(text.split())
            dur = n / rnd.uniform(2.3, 3.0) + rnd.uniform(0.2, 0.5)
        dur = max(dur, 0.8)
        start = t
        end = round(start + dur, 2)
        res.append((round(start, 2), end))
        if text.endswith(("——", "…", "—", "...")):
            gap = rnd.uniform(0.05, 0.2)     # cut off / trailing off: next speaker jumps in
        elif rnd.random() < 0.08:
            gap = rnd.uniform(2.0, 5.0)      # a pause: someone looks something up
        else:
            gap = rnd.uniform(0.2, 1.1)
        t = round(end + gap, 2)
    return res


def build(mod_path):
    spec = importlib.util.spec_from_file_location("case", mod_path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    C = mod.CASE
    stem, lang = C["stem"], C["language"]
    lines = parse_lines(C["lines"])
    if lang == "zh":
        lines = [(s_, l_, zh_punct(t_)) for s_, l_, t_ in lines]
        C = dict(C, meeting=zh_punct(C["meeting"]), gold=_zh_gold(C["gold"]))
    label2id = {}
    for i, (_, lab, _) in enumerate(lines, 1):
        if lab:
            if lab in label2id:
                raise SystemExit(f"{stem}: duplicate label {lab}")
            label2id[lab] = f"u{i:04d}"
    used = set()

    def ids(labels):
        out = []
        for l in labels:
            if l not in label2id:
                raise SystemExit(f"{stem}: unknown label {l}")
            used.add(l)
            out.append(label2id[l])
        return sorted(set(out))

    tim = timings(lines, lang, seed=stem)
    utts = [{"id": f"u{i:04d}", "speaker": s, "start": a, "end": b, "text": text}
            for i, ((s, _, text), (a, b)) in enumerate(zip(lines, tim), 1)]
    transcript = {
        "schema": "minutes.transcript/1",
        "language": lang,
        "meeting": C["meeting"],
        "speakers": {k: {"name": v} for k, v in C["speakers"].items()},
        "utterances": utts,
    }
    roster = {a["name"]: a["department"] for a in C["meeting"]["attendees"]}
    mdate = dt.date.fromisoformat(C["meeting"]["date"])
    G = C["gold"]

    nm = G.get("next_meeting")
    nm_out, nm_date = None, None
    if nm is not None:
        nm_date = compute_due(mdate, nm["rule"]) if nm.get("rule") else None
        nm_out = {"date": nm_date.isoformat() if nm_date else None, "time": nm.get("time")}
        if nm.get("rule"):
            nm_out["date_rule"] = nm["rule"]
        nm_out["text"] = nm["text"]
        nm_out["evidence"] = ids(nm["ev"])

    decisions = [{"text": t, "evidence": ids(ev)} for t, ev in G["decisions"]]
    actions = []
    for a in G["actions"]:
        owner = a.get("owner")
        dept = a.get("dept") or roster.get(owner)
        due = compute_due(mdate, a["rule"], nm_date)
        item = {"task": a["task"], "owner": owner, "department": dept,
                "due": due.isoformat() if due else None,
                "due_text": a.get("due_text"), "due_rule": a["rule"],
                "deliverable": a.get("deliverable"), "evidence": ids(a["ev"])}
        if a.get("support"):
            item["support"] = a["support"]
        if a.get("note"):
            item["note"] = a["note"]
        actions.append(item)
    not_actions = [{"evidence": ids(ev), "why": why, "kind": kind} for ev, why, kind in G["not_actions"]]
    gold = {"schema": "minutes.gold/1", "meeting_type": C["meeting_type"], "features": C.get("features", []),
            "decisions": decisions, "action_items": actions,
            "next_meeting": nm_out, "not_actions": not_actions}
    unused = set(label2id) - used
    if unused:
        print(f"  {stem}: labels not used in gold: {sorted(unused)}")
    for name, obj in ((f"{stem}.transcript.json", transcript), (f"{stem}.gold.json", gold)):
        with open(os.path.join(DEV, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(f"built {stem}: {len(utts)} utterances")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    paths = sys.argv[1:] or sorted(os.path.join(here, "cases", p) for p in os.listdir(os.path.join(here, "cases")) if p.endswith(".py"))
    for p in paths:
        build(p)
