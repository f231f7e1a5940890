"""The language layer on eval/dev: deadline accuracy on the gold due_texts, leak-free
rewriting, and the time per 1,000 utterances of find_dates, neutralize, find_key_data.

    .venv/bin/python benchmarks/text_language.py [path/to/shared]
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

from pipeline.text.dates import due_from, find_dates
from pipeline.text.keydata import find_key_data
from pipeline.text.rewrite import neutralize

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MINUTES_SHARED") or Path(__file__).resolve().parents[2] / "shared")
EVAL_DEV = SHARED / "eval" / "dev"


def main() -> None:
    cases = [(p, json.loads(p.read_text()), json.loads(Path(str(p).replace(".transcript.", ".gold.")).read_text()))
             for p in sorted(EVAL_DEV.glob("*.transcript.json"))]

    right, total, wrong = 0, 0, []
    for path, transcript, gold in cases:
        meeting = dt.date.fromisoformat(transcript["meeting"]["date"])
        next_date = (gold.get("next_meeting") or {}).get("date")
        for item in gold["action_items"]:
            if not item.get("due_text"):
                continue
            total += 1
            due, _ = due_from(find_dates(item["due_text"], transcript["language"], meeting,
                                         transcript["meeting"].get("start")), next_date)
            if due == item["due"]:
                right += 1
            else:
                wrong.append((path.stem, item["due_text"], item["due"], due))
    print(f"find_dates on gold due_texts: {right}/{total} correct")
    for w in wrong:
        print("  wrong:", w)

    utterances = [(u["text"], t["language"], dt.date.fromisoformat(t["meeting"]["date"]), t["meeting"].get("start"),
                   (t["speakers"].get(u["speaker"]) or {}).get("name"))
                  for _, t, _ in cases for u in t["utterances"]]
    start = time.perf_counter()
    for u in utterances:
        find_dates(u[0], u[1], u[2], u[3])
    cold = (time.perf_counter() - start) / len(utterances) * 1000
    print(f"find_dates     {cold:6.3f} s per 1,000 utterances, first pass in a fresh process"
          " (loads the rule tables, jionlp and dateparser on first use)")
    # warm the caches (rule tables, jieba) so the figures below are per-utterance costs
    neutralize("嗯", "zh"); neutralize("um", "en"); find_key_data("四十多家客户", "zh"); find_key_data("two days", "en")

    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    for name, fn in [("find_dates", lambda u: find_dates(u[0], u[1], u[2], u[3])),
                     ("neutralize", lambda u: neutralize(u[0], u[1], u[4])),
                     ("find_key_data", lambda u: find_key_data(u[0], u[1]))]:
        start = time.perf_counter()
        for _ in range(2):
            results = [fn(u) for u in utterances]
        per_1000 = (time.perf_counter() - start) / (2 * len(utterances)) * 1000
        extra = ""
        if name == "neutralize":
            leaks = sum(1 for r in results if any(m in r.lower() for m in score.LEAK_MARKERS))
            extra = f"  (lines still holding a leak marker: {leaks}/{len(results)})"
        if name == "find_dates":
            extra = f"  (mentions found: {sum(len(r) for r in results)} in {len(results)} utterances)"
        print(f"{name:14s} {per_1000:6.3f} s per 1,000 utterances{extra}")


if __name__ == "__main__":
    main()
