"""Scoring of extracted minutes against gold answers: ../shared/eval/score.py carried into the package.

The definitions are the scorer of record's, unchanged (a test checks both give
identical figures on the same predictions): one-to-one matching by shared
evidence or character-bigram Dice >= 0.5, precision/recall/F1 for decisions and
action items, owner and due accuracy on matched items, next-meeting date
accuracy, colloquial leak rate.

    result = score_dirs(eval_dir, pred_dir)    # {"total": ..., "cases": ...}
    print(format_table(result, verbose=False))
"""
from __future__ import annotations

import json
import re
from pathlib import Path

MAX_EVIDENCE = 5  # a longer evidence list is cut to its first five ids before matching
TEXT_MATCH = 0.5  # character-bigram Dice needed to match two items without shared evidence

LEAK_MARKERS = [
    "我觉得", "我认为", "我感觉", "我想", "咱们", "嗯", "呃", "那个", "就是说", "然后呢",
    "对吧", "搞定", "啥", "咋", "哈哈",
    "i think", "i guess", "gonna", "wanna", "kinda", "yeah", "you know", " um", " uh", "okay so",
]


def bigrams(text: str) -> list[str]:
    t = re.sub(r"[\W_]+", "", (text or "").lower())
    return [t[i:i + 2] for i in range(len(t) - 1)] or ([t] if t else [])


def dice(a: str, b: str) -> float:
    x, y = bigrams(a), bigrams(b)
    if not x or not y:
        return 0.0
    pool = list(y)
    common = 0
    for g in x:
        if g in pool:
            pool.remove(g)
            common += 1
    return 2 * common / (len(x) + len(y))


def match(preds: list[dict], golds: list[dict], text_key: str) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index), best first."""
    cands = []
    for i, p in enumerate(preds):
        pev = set((p.get("evidence") or [])[:MAX_EVIDENCE])
        for j, g in enumerate(golds):
            gev = set(g.get("evidence") or [])
            sim = dice(p.get(text_key) or "", g.get(text_key) or "")
            if pev & gev:
                cands.append((1 + len(pev & gev) / len(pev | gev) + sim, i, j))
            elif sim >= TEXT_MATCH:
                cands.append((sim, i, j))
    cands.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def norm_name(name: str | None) -> str | None:
    if not name:
        return None
    name = re.sub(r"[((].*?[))]", "", name).strip().lower()
    return name or None


def same_owner(pred: str | None, gold: str | None) -> bool:
    p, g = norm_name(pred), norm_name(gold)
    if p == g:
        return True
    if p and g and " " in g and p == g.split()[0]:  # "alice" for "alice chen"
        return True
    return False


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "pred": n_pred, "gold": n_gold}


def text_fields(minutes: dict) -> list[str]:
    out = []
    for t in minutes.get("topics") or []:
        out += [x for x in t.get("points") or [] if isinstance(x, str)]
    out += [d.get("text") or "" for d in minutes.get("decisions") or []]
    for a in minutes.get("action_items") or []:
        out += [a.get("task") or "", a.get("deliverable") or ""]
    return [x for x in out if x.strip()]


def score_case(gold: dict, pred: dict) -> dict:
    res: dict = {}
    gd, pd = gold.get("decisions") or [], pred.get("decisions") or []
    res["decisions"] = prf(len(match(pd, gd, "text")), len(pd), len(gd))

    ga, pa = gold.get("action_items") or [], pred.get("action_items") or []
    pairs = match(pa, ga, "task")
    res["action_items"] = prf(len(pairs), len(pa), len(ga))
    res["owner_ok"] = sum(same_owner(pa[i].get("owner"), ga[j].get("owner")) for i, j in pairs)
    res["due_ok"] = sum((pa[i].get("due") or None) == (ga[j].get("due") or None) for i, j in pairs)
    res["matched"] = len(pairs)
    res["task_similarity"] = sum(dice(pa[i].get("task") or "", ga[j].get("task") or "") for i, j in pairs)
    res["misses"] = [ga[j].get("task") for j in range(len(ga)) if j not in {b for _, b in pairs}]
    res["false_alarms"] = [pa[i].get("task") for i in range(len(pa)) if i not in {a for a, _ in pairs}]
    res["wrong"] = [
        {"task": ga[j].get("task"), "owner": [pa[i].get("owner"), ga[j].get("owner")],
         "due": [pa[i].get("due"), ga[j].get("due")]}
        for i, j in pairs
        if not same_owner(pa[i].get("owner"), ga[j].get("owner"))
        or (pa[i].get("due") or None) != (ga[j].get("due") or None)
    ]

    gn, pn = gold.get("next_meeting"), pred.get("next_meeting")
    g_date = (gn or {}).get("date")
    p_date = (pn or {}).get("date")
    res["next_meeting_ok"] = int(g_date == p_date)

    fields = text_fields(pred)
    leaks = [f for f in fields if any(m in f.lower() for m in LEAK_MARKERS)]
    res["text_fields"] = len(fields)
    res["leaks"] = leaks
    return res


def total(cases: dict) -> dict:
    def add(key):
        tp = sum(c[key]["tp"] for c in cases.values())
        n_pred = sum(c[key]["pred"] for c in cases.values())
        n_gold = sum(c[key]["gold"] for c in cases.values())
        return prf(tp, n_pred, n_gold)

    matched = sum(c["matched"] for c in cases.values())
    fields = sum(c["text_fields"] for c in cases.values())
    return {
        "cases": len(cases),
        "decisions": add("decisions"),
        "action_items": add("action_items"),
        "owner_accuracy": round(sum(c["owner_ok"] for c in cases.values()) / matched, 4) if matched else 0.0,
        "due_accuracy": round(sum(c["due_ok"] for c in cases.values()) / matched, 4) if matched else 0.0,
        "task_similarity": round(sum(c["task_similarity"] for c in cases.values()) / matched, 4) if matched else 0.0,
        "next_meeting_accuracy": round(sum(c["next_meeting_ok"] for c in cases.values()) / len(cases), 4) if cases else 0.0,
        "leak_rate": round(sum(len(c["leaks"]) for c in cases.values()) / fields, 4) if fields else 0.0,
    }


def score_dirs(eval_dir: Path, pred_dir: Path) -> dict:
    """Score every ``<stem>.gold.json`` in ``eval_dir`` against ``pred_dir/<stem>.minutes.json``."""
    cases = {}
    for gold_path in sorted(Path(eval_dir).glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred_path = Path(pred_dir) / f"{stem}.minutes.json"
        pred = json.loads(pred_path.read_text(encoding="utf-8")) if pred_path.exists() else {}
        cases[stem] = score_case(gold, pred)
    return {"total": total(cases), "cases": cases}


def format_table(result: dict, verbose: bool = False) -> str:
    """The table score.py prints, as text."""
    lines = []
    cases, t = result["cases"], result["total"]
    lines.append(f"{'case':34s} {'dec F1':>7s} {'act F1':>7s} {'owner':>6s} {'due':>6s} {'next':>5s} {'leaks':>6s}")
    for stem, c in cases.items():
        m = c["matched"] or 1
        lines.append(f"{stem:34s} {c['decisions']['f1']:7.2f} {c['action_items']['f1']:7.2f} "
                     f"{c['owner_ok'] / m:6.2f} {c['due_ok'] / m:6.2f} {c['next_meeting_ok']:5d} {len(c['leaks']):6d}")
        if verbose:
            lines += [f"    missed: {x}" for x in c["misses"]]
            lines += [f"    false alarm: {x}" for x in c["false_alarms"]]
            lines += [f"    wrong: {x}" for x in c["wrong"]]
            lines += [f"    colloquial: {x}" for x in c["leaks"]]
    lines.append(f"{'TOTAL':34s} {t['decisions']['f1']:7.2f} {t['action_items']['f1']:7.2f} "
                 f"{t['owner_accuracy']:6.2f} {t['due_accuracy']:6.2f} {t['next_meeting_accuracy']:5.2f} {t['leak_rate']:6.2f}")
    lines.append(f"decisions P/R {t['decisions']['precision']:.2f}/{t['decisions']['recall']:.2f}  "
                 f"action items P/R {t['action_items']['precision']:.2f}/{t['action_items']['recall']:.2f}  "
                 f"task wording similarity to gold {t['task_similarity']:.2f}  "
                 f"leak rate = share of minutes text fields with colloquial markers")
    return "\n".join(lines)
