"""End to end from audio against the scripts (issue 4, check 0).

Runs `minutes process` on ../shared/audio/synth (the four synthetic meetings with
their sidecars) into a temporary folder and scores it with
../shared/eval/e2e_score.py; then scores extraction on the same four meetings'
hand-made scripts (../shared/eval/dev/{zh01,zh03,zh05,en01}*), as `minutes eval`
does, with ../shared/eval/score.py. Prints both tables and the action-item F1
gap, which check 0 wants within 0.10.

    .venv/bin/python benchmarks/e2e.py [--keep DIR] [--jobs N]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MINUTES_SHARED") or ROOT.parent / "shared")
MINUTES = [sys.executable, "-m", "pipeline"]
STEMS = ("zh01_cross_dept_promo", "zh03_milestone_slip", "zh05_customer_complaint", "en01_release_planning")
MAX_GAP = 0.10


def run(command: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


def score_table(command: list[str]) -> tuple[str, dict]:
    """The scorer's printed table and its JSON totals."""
    table = run(command)
    if table.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{table.stderr}")
    totals = json.loads(run(command + ["--json"]).stdout)["total"]
    return table.stdout, totals


def scripts_minutes(scripts_dir: Path, pred_dir: Path) -> None:
    """Extraction on the hand-made transcripts, into pred_dir (what `minutes eval` scores)."""
    sys.path.insert(0, str(ROOT))
    from pipeline import runtime

    runtime.configure()
    from pipeline.records import load_transcript, save_json
    from pipeline.text.extract import extract

    for stem in STEMS:
        minutes = extract(load_transcript(scripts_dir / f"{stem}.transcript.json"))
        save_json(minutes, pred_dir / f"{stem}.minutes.json")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="write the drafts here (kept) instead of a temporary folder")
    ap.add_argument("--jobs", type=int, default=1)
    a = ap.parse_args(argv)
    synth, dev = SHARED / "audio" / "synth", SHARED / "eval" / "dev"
    with tempfile.TemporaryDirectory(prefix="minutes-e2e-") as tmp:
        tmp = Path(tmp)
        out = a.keep or tmp / "drafts"
        t0 = time.perf_counter()
        done = run(MINUTES + ["process", str(synth), "--out", str(out), "--quiet", "--jobs", str(a.jobs)])
        wall = time.perf_counter() - t0
        print(done.stdout)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return done.returncode
        print(f"minutes process {synth}: {wall:.0f} s wall\n")

        print("== end to end from audio (e2e_score.py) ==")
        e2e_text, e2e = score_table([sys.executable, str(SHARED / "eval" / "e2e_score.py"), str(synth), str(out)])
        print(e2e_text)

        print("== the same meetings' scripts (score.py, as minutes eval) ==")
        cases = tmp / "scripts"
        cases.mkdir()
        for stem in STEMS:
            for kind in ("transcript", "gold"):
                shutil.copy(dev / f"{stem}.{kind}.json", cases / f"{stem}.{kind}.json")
        preds = tmp / "preds"
        preds.mkdir()
        scripts_minutes(cases, preds)
        text_text, text = score_table([sys.executable, str(SHARED / "eval" / "score.py"), str(cases), str(preds)])
        print(text_text)

    f1_audio, f1_text = e2e["action_items"]["f1"], text["action_items"]["f1"]
    gap = f1_text - f1_audio
    verdict = "PASS" if gap <= MAX_GAP else "FAIL"
    print(f"action-item F1: from audio {f1_audio:.3f}, from scripts {f1_text:.3f}, gap {gap:+.3f} "
          f"(check 0: gap <= {MAX_GAP:.2f}: {verdict})")
    print(f"decision F1:    from audio {e2e['decisions']['f1']:.3f}, from scripts {text['decisions']['f1']:.3f}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
