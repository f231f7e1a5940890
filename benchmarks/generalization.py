"""How extraction holds on meetings it was not trained on: k-fold cross-validation by meeting.

    .venv/bin/python benchmarks/generalization.py [--folds 5 | --by-batch] [--cache /tmp/cases.pkl] [--thresholds]

Every labelled meeting (pipeline/text/train_acts.py's corpora) is analysed once by the rules and the
ledger; then, fold by fold, the learned dialogue model is trained on the other folds' meetings (an AMI
series, ES2002a–d, stays in one fold) and extracts the minutes of the meetings held out. The table
gives the scorer's figures (../shared/eval/score.py's definitions) per corpus and language for

- ``rules``: the rules and the ledger alone (ExtractOptions(learned=False)): the corpora marked
  "tuned" in the last column are those the rules were written or tuned on, so their ``rules``
  figures are not honest; ``train``, ``ami_train`` and ``fresh`` were never tuned on;
- ``learned``: the cross-validated figure (the model never saw the meeting it extracts).

``--by-batch`` holds out one batch (corpus) at a time instead: every meeting of one writer's session,
or of AMI, is extracted by a model that saw none of them, which is how a new office's meetings meet it
(the k-fold figures are higher: a meeting's batch-mates teach its writer's ways).

``--thresholds`` also searches SelectOptions on the out-of-fold probabilities (evidence matching
only) and prints the best setting; the shipped defaults come from that search.
"""
from __future__ import annotations

import argparse
import copy
import itertools
import pickle
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from pipeline.text import dialogue_model, scoring, train_acts  # noqa: E402
from pipeline.text.extract import Analysis, ExtractOptions, assemble  # noqa: E402

TUNED = {"dev", "heldout", "ami"}  # the rules were written or tuned on these


def folds_of(cases, k: int) -> list[int]:
    """A fold per case, by group, deterministic and balanced per corpus."""
    fold = {}
    for corpus in sorted({c.corpus for c in cases}):
        groups = sorted({c.group for c in cases if c.corpus == corpus})
        for i, g in enumerate(groups):
            fold[(corpus, g)] = i % k
    return [fold[(c.corpus, c.group)] for c in cases]


def batches_of(cases) -> list[int]:
    """A fold per corpus: each batch of meetings (one writer's session, or AMI) is held out whole."""
    corpora = sorted({c.corpus for c in cases})
    return [corpora.index(c.corpus) for c in cases]


def out_of_fold(cases, k: int, fold: list[int] | None = None) -> list[dict]:
    """The probabilities of every case from the model trained without its fold."""
    fold = fold or folds_of(cases, k)
    k = max(fold) + 1
    probs: list[dict | None] = [None] * len(cases)
    for f in range(k):
        model = train_acts.fit([c for c, g in zip(cases, fold) if g != f])
        for i in (i for i in range(len(cases)) if fold[i] == f):
            probs[i] = model.predict(cases[i].features)
        print(f"fold {f + 1}/{k} done", file=sys.stderr, flush=True)
    return probs


def minutes_of(case, probs, options: dialogue_model.SelectOptions | None):
    """Minutes of ``case``: by the rules alone (probs None) or chosen with the given probabilities."""
    a = case.analysis
    fresh = Analysis(a.transcript, a.lang, a.roster, a.turns, a.host, a.ledger, copy.deepcopy(a.result))
    if probs is None:
        return assemble(fresh, ExtractOptions(learned=False))
    return assemble(fresh, ExtractOptions(), probabilities=probs, select_options=options)


def score(cases, probs, options, idx) -> dict:
    scored = {}
    for i in idx:
        m = minutes_of(cases[i], None if probs is None else probs[i], options)
        scored[cases[i].name] = scoring.score_case(cases[i].gold, m.to_dict())
    return scoring.total(scored)


def quick_f1(cases, probs, idx, options) -> tuple[float, float]:
    """Decisions and action items F1 by shared evidence only (no wording, so no extraction past the
    choice): the scorer's own matching (scoring.match, first five evidence ids), for the threshold search."""
    counts = {"decisions": [0, 0, 0], "action_items": [0, 0, 0]}  # tp, predicted, gold
    for i in idx:
        c = cases[i]
        a = c.analysis
        res = dialogue_model.choose(probs[i], a.turns, copy.deepcopy(a.result), a.ledger, options)
        ids = [t.id for t in a.turns]
        for key, chosen in (("decisions", res.decisions), ("action_items", res.items)):
            preds = [{"evidence": [ids[t] for t in sorted(set(x.turns))]} for x in chosen]
            golds = [{"evidence": g.get("evidence") or []} for g in c.gold.get(key) or []]
            n = counts[key]
            n[0] += len(scoring.match(preds, golds, "text"))
            n[1] += len(preds)
            n[2] += len(golds)
    return scoring.prf(*counts["decisions"])["f1"], scoring.prf(*counts["action_items"])["f1"]


def search(cases, probs, idx, base: dialogue_model.SelectOptions):
    best = {}
    grid = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
    for keep_a, new_a in itertools.product(grid, grid + [1.1]):
        o = replace(base, keep_action=keep_a, new_action=new_a)
        _, fa = quick_f1(cases, probs, idx, o)
        if fa > best.get("a", (0,))[0]:
            best["a"] = (fa, keep_a, new_a)
    for keep_d, new_d, merge in itertools.product(grid, grid + [1.1], (0, 5, 10)):
        o = replace(base, keep_decision=keep_d, new_decision=new_d, merge_decisions_within=merge)
        fd, _ = quick_f1(cases, probs, idx, o)
        if fd > best.get("d", (0,))[0]:
            best["d"] = (fd, keep_d, new_d, merge)
    return best


def row(name: str, t: dict) -> str:
    return (f"{name:<26} {t['cases']:>4} {t['decisions']['f1']:>7.2f} {t['decisions']['precision']:>5.2f} "
            f"{t['decisions']['recall']:>5.2f} {t['action_items']['f1']:>7.2f} {t['action_items']['precision']:>5.2f} "
            f"{t['action_items']['recall']:>5.2f} {t['owner_accuracy']:>6.2f} {t['due_accuracy']:>5.2f} "
            f"{t['next_meeting_accuracy']:>5.2f} {t['leak_rate']:>5.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cache", type=Path, help="keep the analysed meetings here (pickle) for the next run")
    ap.add_argument("--thresholds", action="store_true", help="search SelectOptions on the out-of-fold probabilities")
    ap.add_argument("--reuse-probs", action="store_true", help="take the out-of-fold probabilities kept by the last run")
    ap.add_argument("--no-rules", action="store_true", help="skip the rules-only rows")
    ap.add_argument("--by-batch", action="store_true",
                    help="leave one batch (corpus) out instead of k folds by meeting: a new writer, new domains")
    args = ap.parse_args(argv)

    started = time.time()
    if args.cache and args.cache.exists():
        cases = pickle.loads(args.cache.read_bytes())
        for c in cases:  # the features as the code says now
            a = c.analysis
            c.features = dialogue_model.turn_features(a.turns, a.result, a.host, a.lang)
    else:
        cases = train_acts.load_cases()
        if args.cache:
            args.cache.write_bytes(pickle.dumps(cases))
    print(f"{len(cases)} meetings analysed ({time.time() - started:.0f} s)", file=sys.stderr)
    probs_cache = args.cache.with_suffix(".batch-probs.pkl" if args.by_batch else ".probs.pkl") if args.cache else None
    if args.reuse_probs and probs_cache and probs_cache.exists():
        probs = pickle.loads(probs_cache.read_bytes())
    else:
        probs = out_of_fold(cases, args.folds, batches_of(cases) if args.by_batch else None)
        if probs_cache:
            probs_cache.write_bytes(pickle.dumps(probs))
    options = None  # each meeting's own: dialogue_model.options_for(lang, length)
    if args.thresholds:
        for kind, base in dialogue_model.DEFAULT_OPTIONS.items():
            idx = [i for i, c in enumerate(cases)
                   if (len(c.analysis.turns) >= dialogue_model.LONG_MEETING) == (kind == "long")
                   and (kind == "long" or c.lang == kind)]
            print(kind, search(cases, probs, idx, base))

    protocol = "leave one batch out" if args.by_batch else f"{args.folds}-fold cross-validation by meeting"
    print(f"\n{protocol}; dec/act = F1 P R; owner, due, next = accuracy")
    print(f"{'corpus (lang) method':<26} {'n':>4} {'dec F1':>7} {'P':>5} {'R':>5} {'act F1':>7} {'P':>5} {'R':>5} "
          f"{'owner':>6} {'due':>5} {'next':>5} {'leaks':>5}")
    groups = {}
    for i, c in enumerate(cases):
        groups.setdefault((c.corpus, c.lang), []).append(i)
    written = [i for i, c in enumerate(cases) if not c.corpus.startswith("ami")]
    for lang in ("zh", "en"):
        groups[("all written", lang)] = [i for i in written if cases[i].lang == lang]
    groups[("all written", "zh+en")] = written
    for (corpus, lang), idx in groups.items():
        label = f"{corpus} ({lang})"
        tuned = " tuned" if corpus in TUNED else ""
        if not args.no_rules:
            print(row(f"{label} rules", score(cases, None, None, idx)) + tuned)
        print(row(f"{label} learned", score(cases, probs, options, idx)))
    print(f"\n({time.time() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
