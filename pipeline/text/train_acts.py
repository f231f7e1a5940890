"""Train the learned dialogue acts (pipeline/text/dialogue_model.py) on every labelled meeting.

    python -m pipeline.text.train_acts            # make train: writes pipeline/text/models/acts-{zh,en}.npz

The labelled meetings are transcripts with gold answers (FORMATS.md §2 and §4): ../shared/eval/dev,
../shared/eval/train, ../shared/eval/ami and ../shared/eval/ami_train (real AMI meetings, decisions and
actions linked to their dialogue acts), and the project's own tests/data/heldout, tests/data/fresh, fresh301, fresh401, fresh501 and fresh601.
An utterance is a positive example of a label when a gold item of that kind lists it as evidence.
``benchmarks/generalization.py`` cross-validates the same training by meeting.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline import records
from pipeline.text import dialogue_model
from pipeline.text.dialogue_model import LABELS, DialogueModel

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CORPORA = {
    "dev": SHARED / "eval" / "dev",
    "train": SHARED / "eval" / "train",
    "heldout": ROOT / "tests" / "data" / "heldout",
    "fresh": ROOT / "tests" / "data" / "fresh",
    "fresh301": ROOT / "tests" / "data" / "fresh301",
    "fresh401": ROOT / "tests" / "data" / "fresh401",
    "fresh501": ROOT / "tests" / "data" / "fresh501",
    "fresh601": ROOT / "tests" / "data" / "fresh601",
    "ami": SHARED / "eval" / "ami",
    "ami_train": SHARED / "eval" / "ami_train",
}
#: an utterance of a hand-written meeting counts this many times an AMI utterance (AMI has 30x more)
WRITTEN_WEIGHT = 3.0
#: inverse regularization of the logistic regressions
C = 0.3


@dataclass
class Case:
    """One labelled meeting, analysed once."""

    name: str
    corpus: str
    lang: str
    analysis: object  # pipeline.text.extract.Analysis
    features: list[list[str]]
    labels: dict[str, np.ndarray]  # label -> shape (n_utterances,), 0/1
    gold: dict

    @property
    def group(self) -> str:
        """Meetings that must fall in the same fold: an AMI series (ES2002a–d: the same people and design)."""
        if self.corpus.startswith("ami"):
            return self.name.removeprefix("ami_")[:6]
        return self.name


def gold_labels(turn_ids: list[str], gold: dict) -> dict[str, np.ndarray]:
    index = {u: i for i, u in enumerate(turn_ids)}
    out = {label: np.zeros(len(turn_ids), dtype=np.int8) for label in LABELS}
    for label, key in (("action", "action_items"), ("decision", "decisions")):
        for item in gold.get(key) or []:
            for e in item.get("evidence") or []:
                if e in index:
                    out[label][index[e]] = 1
    for e in (gold.get("next_meeting") or {}).get("evidence") or []:
        if e in index:
            out["next_meeting"][index[e]] = 1
    return out


def load_cases(corpora: dict[str, Path] | None = None, log=None) -> list[Case]:
    """Every transcript with a gold file in the corpora, analysed (rules and ledger) once."""
    from pipeline.text.extract import analyse

    cases = []
    for corpus, folder in (corpora or CORPORA).items():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.transcript.json")):
            gold_path = path.with_name(path.name.replace(".transcript.json", ".gold.json"))
            if not gold_path.exists():
                continue
            transcript = records.load_transcript(path)
            if not transcript.utterances:
                continue
            analysis = analyse(transcript)
            features = dialogue_model.turn_features(analysis.turns, analysis.result, analysis.host, analysis.lang)
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            name = path.name.removesuffix(".transcript.json")
            cases.append(Case(name, corpus, analysis.lang, analysis, features,
                              gold_labels([t.id for t in analysis.turns], gold), gold))
            if log:
                log(f"{corpus}/{name}: {len(analysis.turns)} utterances")
    return cases


def fit(cases: list[Case]) -> DialogueModel:
    """One logistic regression per label on all the cases, both languages (the conversation's shape is
    learned from both; words and each language's own copy of the rest from that language)."""
    from sklearn.linear_model import LogisticRegression

    x = dialogue_model.hash_features([f for c in cases for f in c.features])
    weights = np.concatenate([np.full(len(c.features), 1.0 if c.corpus.startswith("ami") else WRITTEN_WEIGHT)
                              for c in cases])
    coef, intercept = {}, {}
    for label in LABELS:
        y = np.concatenate([c.labels[label] for c in cases])
        if y.sum() == 0:
            coef[label], intercept[label] = np.zeros(dialogue_model.N_FEATURES), -10.0
            continue
        lr = LogisticRegression(C=C, solver="liblinear", max_iter=200, random_state=0)
        lr.fit(x, y, sample_weight=weights)
        coef[label], intercept[label] = lr.coef_[0].astype(np.float64), float(lr.intercept_[0])
    return DialogueModel(coef=coef, intercept=intercept)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else dialogue_model.model_path()
    cases = load_cases(log=lambda s: print(s, file=sys.stderr, flush=True))
    model = fit(cases)
    model.save(path)
    counts = ", ".join(f"{lang} {sum(c.lang == lang for c in cases)} meetings "
                       f"({sum(len(c.features) for c in cases if c.lang == lang)} utterances)" for lang in ("zh", "en"))
    print(f"{path}: {counts}; {path.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
