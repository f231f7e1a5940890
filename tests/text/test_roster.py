"""Who is who: roster aliases, unnamed speakers, names misheard by speech recognition."""
from __future__ import annotations

from pathlib import Path

from pipeline import records
from pipeline.text.extract import extract
from pipeline.text.roster import Roster


def test_aliases_titles_and_department_short_forms(eval_dev):
    transcript = records.load_transcript(eval_dev / "zh01_cross_dept_promo.transcript.json")
    roster = Roster.build(transcript)
    said = "好的周总，发给王磊你们销售看一下，交给法务部吧"
    found = [(m.name, m.department) for m in roster.mentions(said)]
    assert ("周凯", "市场部") in found  # 周总
    assert ("王磊", "销售部") in found
    assert (None, "销售部") in found  # 销售 = 销售部
    assert (None, "法务部") in found  # handed to a department not on the roster


def test_unnamed_speakers_named_from_what_is_said(eval_dev):
    transcript = records.load_transcript(eval_dev / "zh09_annual_party.transcript.json")
    roster = Roster.build(transcript)
    assert roster.name_of("S4") == "廖凡"  # 我是人力的廖凡啊
    assert roster.name_of("S2") == "吕斌"  # addressed: 吕斌，预算这块你们财务怎么说？
    assert roster.inferred == {"S4": "self-introduction", "S2": "addressed by name"}


def test_the_unnamed_speaker_who_opens_the_meeting_is_its_host(eval_dev):
    transcript = records.load_transcript(eval_dev / "zh05_customer_complaint.transcript.json")
    transcript.speakers["S1"].name = None  # as from audio with no enrollment clip
    roster = Roster.build(transcript)
    assert roster.name_of("S1") == "韩冬"
    minutes = extract(transcript)
    apology = [a for a in minutes.action_items if "u0032" in a.evidence]
    assert apology and apology[0].owner == "韩冬"
    assert any(r.where == "speakers.S1" for r in minutes.review)


def test_names_written_with_homophones_are_still_found(eval_dev):
    transcript = records.load_transcript(eval_dev / "zh03_milestone_slip.transcript.json")
    for u in transcript.utterances:  # speech recognition wrote 罗林 for 罗琳
        u.text = u.text.replace("罗琳", "罗林")
    minutes = extract(transcript)
    integration = [a for a in minutes.action_items if "u0019" in a.evidence]
    assert integration and integration[0].owner == "罗琳" and integration[0].due == "2025-06-23"


def test_ambiguous_short_forms_and_lowercase_first_names_name_no_one():
    meeting = records.Meeting(attendees=[records.Attendee(name="王磊", department="销售部"),
                                         records.Attendee(name="王强", department="生产部")])
    roster = Roster.build(records.Transcript(language="zh", meeting=meeting))
    assert [m.name for m in roster.mentions("小王你跟王总说一下，王强也来") if m.name] == ["王强"]
    meeting = records.Meeting(attendees=[records.Attendee(name="Will Smith", department="Ops")])
    roster = Roster.build(records.Transcript(language="en", meeting=meeting))
    assert [m.name for m in roster.mentions("I will ask Will.")] == ["Will Smith"]


ASR = Path(__file__).resolve().parent.parent / "data" / "asr"


def test_a_name_misheard_in_one_initial_still_addresses_someone():
    """From audio (tests/data/asr/zh05): "好,随家,你们这两这边检测报告出来没有。" is said to 崔佳 (cui/sui)."""
    transcript = records.load_transcript(ASR / "zh05.transcript.json")
    roster = Roster.build(transcript)
    assert roster.name_of("S4") == "崔佳" and roster.inferred["S4"] == "addressed by name"
    report = [a for a in extract(transcript).action_items if "报告" in a.task]
    assert report and report[0].owner == "崔佳"
    # only in address position, one initial off: a word in the middle of a sentence names no one
    assert [m.name for m in roster.mentions("随家，你来") if m.name] == ["崔佳"]
    assert not [m.name for m in roster.mentions("这批货随家里的车走") if m.name]
    assert not [m.name for m in roster.mentions("对家，你来") if m.name]  # d is not misheard for c


def test_a_capitalised_word_before_a_comma_names_no_speaker():
    """Whisper on the AMI excerpt ES2004a_752-812, with a recorder's sidecar listing Laura, Mark, David
    and Andrew: "Recording, things like that…" / "Obviously, yes…" are no one being addressed."""
    transcript = records.load_transcript(Path(__file__).parent.parent / "data" / "asr" / "ES2004a_752-812.transcript.json")
    roster = Roster.build(transcript)
    assert not roster.inferred
    assert {name for name in roster.speaker_names.values() if name} <= {"Laura", "Mark", "David", "Andrew"}


def test_first_names_in_an_all_lower_case_transcript():
    """Raw English speech recognition without capitals (eval/train en106): "marco you write the sections"
    names Marco; a first name that is also a word ("will") is still not taken for a name."""
    from pipeline import records
    from pipeline.text.roster import Roster

    transcript = records.Transcript.from_dict({
        "schema": "minutes.transcript/1", "language": "en",
        "meeting": {"title": "WP call", "date": "2024-11-04", "attendees": [{"name": "Marco Bellini"}, {"name": "Will Hart"}]},
        "speakers": {"S1": {"name": "Marco Bellini"}, "S2": {"name": "Will Hart"}},
        "utterances": [{"id": "u0001", "speaker": "S1", "start": 0.0, "end": 2.0, "text": "ok"}],
    })
    roster = Roster.build(transcript)
    assert [m.name for m in roster.mentions("marco you write the sections two and three")] == ["Marco Bellini"]
    assert [m.name for m in roster.mentions("i will write it")] == []
    assert [m.name for m in roster.mentions("Will, can you write it?")] == ["Will Hart"]
