"""Topics (议程及讨论要点) on a real meeting: its clean transcript and its speech-recognition transcript."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline import records
from pipeline.text.extract import extract
from pipeline.text.rewrite import LEAK_MARKERS
from pipeline.text.topics import segment, shorten

ASR = Path(__file__).resolve().parent.parent / "data" / "asr"


@pytest.fixture(scope="module")
def zh01_minutes(eval_dev: Path) -> dict[str, records.Minutes]:
    """zh01 extracted from the dev transcript and from the ASR transcript of its recording."""
    return {"clean": extract(records.load_transcript(eval_dev / "zh01_cross_dept_promo.transcript.json")),
            "asr": extract(records.load_transcript(ASR / "zh01.transcript.json"))}


def _size(text: str) -> int:
    return len(re.sub(r"[\W_]+", "", text))


@pytest.mark.parametrize("which", ["clean", "asr"])
def test_every_agenda_item_gets_points(zh01_minutes, which):
    minutes = zh01_minutes[which]
    assert [t.title for t in minutes.topics] == minutes.meeting.agenda
    for topic in minutes.topics:
        assert topic.points, topic.title


@pytest.mark.parametrize("which", ["clean", "asr"])
def test_points_are_short_and_leak_free(zh01_minutes, which):
    for topic in zh01_minutes[which].topics:
        for text in topic.points + [v.text for v in topic.viewpoints]:
            assert 6 <= _size(text) <= 40, text
            assert not any(m in text for m in LEAK_MARKERS["zh"]), text


@pytest.mark.parametrize("which", ["clean", "asr"])
def test_viewpoints_are_one_clause_per_person_without_their_name(zh01_minutes, which):
    for topic in zh01_minutes[which].topics:
        people = [v.who for v in topic.viewpoints]
        assert len(people) == len(set(people)), topic.title
        for v in topic.viewpoints:
            assert v.who not in v.text, v.text
            assert "。" not in v.text[:-1], v.text  # one sentence


def test_decisions_land_in_their_agenda_item(zh01_minutes):
    for which in ("clean", "asr"):
        priority, materials, training = zh01_minutes[which].topics
        assert any("直播" in p for p in training.points), which
        assert any("9月" in p or "九月" in p for p in priority.points), which


def test_a_spoken_cue_moves_to_the_next_item():
    transcript = records.load_transcript(ASR / "zh01.transcript.json")
    from pipeline.text.extract import build_turns
    from pipeline.text.roster import Roster

    turns = build_turns(transcript, Roster.build(transcript))
    assignment = segment(turns, transcript.meeting.agenda, "zh", min_topic_turns=5, host="周凯")
    by_id = dict(zip((t.id for t in turns), assignment))
    assert assignment == sorted(assignment)  # never goes back
    assert by_id["u0002"] == 0  # the agenda overview names every item but opens the first
    assert by_id["u0017"] == 1  # "…然后无料这块，林晓…" (物料 misheard) moves on after the decision
    assert by_id["u0030"] == 2  # "还有就是去到培训带李商那边…"


def test_shorten_keeps_whole_clauses():
    text = "线下成本太高了，上次弄下来小十万，还是线上，安排直播就行，代理商也省得跑，大家都方便一些"
    out = shorten(text, "zh", 20)
    assert out.endswith("。") and _size(out) <= 20
    assert out.startswith("线下成本太高了，上次") and "还是线上" in out and "大家" not in out


def test_a_long_opinion_leads_with_its_position(zh01_minutes):
    priority = zh01_minutes["clean"].topics[0]
    view = next(v.text for v in priority.viewpoints if v.who == "林晓")
    assert view.startswith("倾向先推A"), view
