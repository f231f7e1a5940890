"""The conversation ledger: acts linked across turns into decisions and action items."""
from __future__ import annotations

from pathlib import Path

from pipeline import records
from pipeline.text.extract import extract

ASR = Path(__file__).resolve().parent.parent / "data" / "asr"


def test_one_speaker_listing_decisions_states_each_of_them(shared):
    """AMI IS1009a: "selling price is supposed to be twenty five Euro." then "profit aim for the company
    is fifty million Euro," from the same speaker are two decisions, not one restated."""
    transcript = records.load_transcript(shared / "eval" / "ami" / "ami_IS1009a.transcript.json")
    texts = [d.text.lower() for d in extract(transcript).decisions]
    assert any("selling price" in t for t in texts)
    assert any("profit aim" in t for t in texts)


def test_a_decision_confirmed_by_others_then_restated_is_one_decision(eval_dev):
    """zh09: "选市区酒店…大家没意见吧？" / "没意见。" / "没问题。" / "好，场地就定酒店。…" is one decision."""
    minutes = extract(records.load_transcript(eval_dev / "zh09_annual_party.transcript.json"))
    venue = [d for d in minutes.decisions if "酒店" in d.text]
    assert len(venue) == 1 and {"u0011", "u0014"} <= set(venue[0].evidence)


def test_a_reply_echoing_the_weekday_keeps_the_fuller_deadline():
    """From audio (tests/data/asr/zh03): "下下周一能不能完成。下下" / "周一,加了人的话,应该可疑"."""
    minutes = extract(records.load_transcript(ASR / "zh03.transcript.json"))
    item = [a for a in minutes.action_items if a.owner == "罗琳"]
    assert item and item[0].due == "2025-06-23"
