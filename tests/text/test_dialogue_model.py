"""The learned dialogue acts (pipeline/text/dialogue_model.py): the committed model, its features,
and what it changes in real meetings. Its quality on unseen meetings is measured by
benchmarks/generalization.py (cross-validated by meeting), not here."""
from __future__ import annotations

import numpy as np

from pipeline import records
from pipeline.text import dialogue_model, train_acts
from pipeline.text.extract import ExtractOptions, analyse, extract


def test_the_committed_models_match_the_code_and_are_small():
    path = dialogue_model.model_path()
    assert path.exists(), f"{path} missing: run `make train`"
    assert path.stat().st_size < 5 * 2 ** 20
    assert dialogue_model.load() is not None, f"{path} was trained on other features: run `make train`"


def test_long_meetings_get_their_own_copy_of_every_feature(shared):
    ami = analyse(records.load_transcript(shared / "eval" / "ami" / "ami_ES2004a.transcript.json"))
    short = analyse(records.load_transcript(shared / "eval" / "dev" / "en01_release_planning.transcript.json"))
    long_features = dialogue_model.turn_features(ami.turns, ami.result, ami.host, "en")[10]
    short_features = dialogue_model.turn_features(short.turns, short.result, short.host, "en")[10]
    assert len(ami.turns) >= dialogue_model.LONG_MEETING > len(short.turns)
    assert {f"L|{f}" for f in long_features if not f.startswith("L|")} <= set(long_features)
    assert not any(f.startswith("L|") for f in short_features)


def test_training_is_deterministic(shared):
    cases = train_acts.load_cases({"dev": shared / "eval" / "dev"})
    a, b = train_acts.fit(cases), train_acts.fit(cases)
    for label in dialogue_model.LABELS:
        assert np.array_equal(a.coef[label], b.coef[label])
    probs = a.predict(cases[0].features)
    assert set(probs) == set(dialogue_model.LABELS) and probs["action"].shape == (len(cases[0].features),)


def test_the_model_chooses_among_the_ledgers_items_and_scores_them(shared):
    """Every item carries the model's doubt in its confidence; the rules alone give the ledger's items."""
    transcript = records.load_transcript(shared / "eval" / "train" / "t_zh101_village_flood.transcript.json")
    learned = extract(transcript)
    rules = extract(transcript, ExtractOptions(learned=False))
    assert learned.action_items and rules.action_items
    assert all(0.5 <= a.confidence <= 0.95 for a in learned.action_items)
    assert all(d.evidence for d in learned.decisions)


def test_without_a_model_the_rules_decide(shared, monkeypatch):
    transcript = records.load_transcript(shared / "eval" / "dev" / "zh01_cross_dept_promo.transcript.json")
    monkeypatch.setattr(dialogue_model, "MODELS_DIR", shared / "no-such-folder")
    dialogue_model.load.cache_clear()
    try:
        assert extract(transcript).to_dict() == extract(transcript, ExtractOptions(learned=False)).to_dict()
    finally:
        dialogue_model.load.cache_clear()


def test_an_utterance_is_read_for_its_shape_and_grammar(shared):
    """A chair's ruling after others spoke opens with a bare verb once "Fine," is past; Chinese gets
    jieba's words."""
    en = analyse(records.load_transcript(shared / "eval" / "train" / "t_en102_nursing_bed_huddle.transcript.json"))
    ruling = next(i for i, t in enumerate(en.turns) if t.text.startswith("Fine, do it."))
    features = dialogue_model.turn_features(en.turns, en.result, en.host, "en")[ruling]
    assert {"imperative", "host_after_others", "s1:fine"} <= set(features)
    zh = analyse(records.load_transcript(shared / "eval" / "dev" / "zh01_cross_dept_promo.transcript.json"))
    words = {f for fs in dialogue_model.turn_features(zh.turns, zh.result, zh.host, "zh") for f in fs}
    assert any(f.startswith("j:") for f in words) and not any(f.startswith("opens:") for f in words)
