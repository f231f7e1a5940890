"""Words + speaker turns -> utterances: splitting, labels, ids, text joining."""
from __future__ import annotations

import json
from pathlib import Path

from pyannote.core import Annotation, Segment

from pipeline.audio.attribute import attribute, join_words, label_map
from pipeline.records import Word


def _turns(*spans: tuple[float, float, str]) -> Annotation:
    a = Annotation()
    for s, e, lab in spans:
        a[Segment(s, e)] = lab
    return a


def _words(*items: tuple[float, float, str]) -> list[Word]:
    return [Word(start=s, end=e, text=t, p=0.9) for s, e, t in items]


def test_english_words_keep_their_own_spaces():
    words = _words((0.0, 0.4, " Hello"), (0.4, 0.8, " world."), (2.1, 2.4, " Hi,"), (2.5, 2.8, " Bob"))
    utts = attribute(words, _turns((0, 2, "A"), (2, 4, "B")), "en")
    assert [u.text for u in utts] == ["Hello world.", "Hi, Bob"]
    assert [u.speaker for u in utts] == ["S1", "S2"]
    assert [u.id for u in utts] == ["u0001", "u0002"]
    assert utts[0].words[0].text == " Hello" and utts[0].words[0].p == 0.9


def test_chinese_words_join_without_spaces():
    assert join_words(["好", "的", "，", "功能", " B", "可以", "。"], "zh") == "好的，功能B可以。"
    assert join_words(["We", "ship", "v2", "."], "en") == "We ship v2."


def test_labels_follow_first_appearance_and_ids_time_order():
    words = _words((5.0, 5.5, " later"), (0.0, 0.5, " first"), (2.0, 2.5, " second"))
    ann = _turns((0, 1, "SPEAKER_01"), (1.5, 3, "SPEAKER_00"), (4.5, 6, "SPEAKER_01"))
    utts = attribute(words, ann, "en")
    assert [(u.id, u.speaker, u.text) for u in utts] == [
        ("u0001", "S1", "first"), ("u0002", "S2", "second"), ("u0003", "S1", "later")]
    assert attribute(list(reversed(words)), ann, "en") == utts  # stable whatever the input order
    assert label_map(utts, ann) == {"SPEAKER_01": "S1", "SPEAKER_00": "S2"}


def test_long_pause_and_long_monologue_are_split():
    words = _words((0.0, 0.5, " One."), (5.0, 5.5, " Two."))
    assert len(attribute(words, _turns((0, 10, "A")), "en")) == 2
    monologue = [Word(start=i * 1.0, end=i * 1.0 + 0.9, text=" word." if i % 5 == 4 else " word")
                 for i in range(60)]
    utts = attribute(monologue, _turns((0, 61, "A")), "en")
    assert len(utts) > 1 and all(u.end - u.start <= 45.0 for u in utts)
    assert {u.speaker for u in utts} == {"S1"}


def test_a_short_pause_splits_only_after_a_sentence_end():
    turns = _turns((0, 10, "A"))
    assert len(attribute(_words((0.0, 0.5, "好的。"), (1.5, 2.0, "下一个")), turns, "zh")) == 2
    assert len(attribute(_words((0.0, 0.5, "那三批"), (1.5, 2.0, "都是")), turns, "zh")) == 1


def test_words_outside_every_turn_go_to_the_nearest():
    words = _words((0.0, 0.3, " a"), (9.0, 9.3, " b"))
    utts = attribute(words, _turns((1, 2, "A"), (7, 8, "B")), "en")
    assert [u.speaker for u in utts] == ["S1", "S2"]


def test_a_lone_short_blip_joins_its_neighbours():
    words = _words((0.0, 0.5, "我们"), (0.5, 0.7, "先"), (0.7, 1.2, "开始"))
    utts = attribute(words, _turns((0, 0.55, "A"), (0.55, 0.7, "B"), (0.7, 2, "A")), "zh")
    assert [(u.speaker, u.text) for u in utts] == [("S1", "我们先开始")]


def test_no_words_no_utterances():
    assert attribute([], _turns((0, 1, "A")), "zh") == []


def test_reference_turns_reproduce_the_script(shared_audio: Path):
    """Character 'words' of a synthetic meeting's script + its true turns -> its utterances back."""
    ref = json.loads((shared_audio / "synth" / "zh01_cross_dept_promo.ref.json").read_text(encoding="utf-8"))
    ann, words = Annotation(), []
    for u in ref["utterances"]:
        ann[Segment(u["start"], u["end"])] = u["speaker"]
        step = (u["end"] - u["start"]) / len(u["text"])
        words += [Word(start=u["start"] + i * step, end=u["start"] + (i + 1) * step, text=ch)
                  for i, ch in enumerate(u["text"])]
    utts = attribute(words, ann, "zh")
    assert "".join(u.text for u in utts) == "".join(u["text"] for u in ref["utterances"])
    mapping = label_map(utts, ann)
    for u in utts:
        truth = [r for r in ref["utterances"] if r["start"] <= u.start < r["end"]][0]
        assert mapping[truth["speaker"]] == u.speaker
