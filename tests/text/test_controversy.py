"""核心争议点 per topic: two sides holding different positions, stated neutrally (issue 11 §4)."""
from __future__ import annotations

import copy

import pytest

from pipeline import records
from pipeline.render.docx import render_docx
from pipeline.text.controversy import add_controversies, takes_other_side
from pipeline.text.extract import extract


@pytest.fixture(scope="module")
def zh01(eval_dev):
    transcript = records.load_transcript(eval_dev / "zh01_cross_dept_promo.transcript.json")
    return transcript, extract(transcript)


def test_the_promotion_meeting_has_the_market_and_sales_positions(zh01):
    _, minutes = zh01
    first = minutes.topics[0]
    assert first.title == "功能A与功能B推广优先级"
    [c] = first.controversies
    assert [(s.who, s.department) for s in c.sides] == [("林晓", "市场部"), ("王磊", "销售部")]
    assert c.text.startswith("市场部（林晓）倾向先推A") and "；销售部（王磊）认为" in c.text
    assert "u0003" in c.evidence and "u0005" in c.evidence  # her position, his "但是"
    assert not minutes.topics[1].controversies
    [training] = minutes.topics[2].controversies  # her proposal, his "线下成本太高了"
    assert training.text.startswith("市场部（林晓）提议") and "；市场部（周凯）认为还是线上" in training.text
    assert minutes.to_dict()["topics"][0]["controversies"][0]["sides"][1]["who"] == "王磊"
    assert "controversies" not in minutes.to_dict()["topics"][1]  # added only where there are some


@pytest.mark.parametrize("case", ["en01_release_planning", "zh09_annual_party", "zh03_milestone_slip"])
def test_meetings_without_two_sides_get_none(eval_dev, case):
    minutes = extract(records.load_transcript(eval_dev / f"{case}.transcript.json"))
    assert not any(t.controversies for t in minutes.topics)


def test_an_objection_to_a_proposal_on_the_root_cause(eval_dev):
    minutes = extract(records.load_transcript(eval_dev / "zh11_payment_outage.transcript.json"))
    [c] = [c for t in minutes.topics for c in t.controversies]
    assert [s.who for s in c.sides] == ["秦朗", "孟涛"]  # 秦朗 proposes replacing the middleware; "现在不现实"
    assert c.text.startswith("技术部（秦朗）认为根子上是连接池中间件太老了")


def test_a_speaker_without_a_name_is_never_a_party(zh01):
    transcript, minutes = (copy.deepcopy(x) for x in zh01)
    transcript.speakers["S4"].name = None  # 王磊 not identified
    add_controversies(minutes, transcript)
    assert not minutes.topics[0].controversies  # his side of 功能A/B has nobody to name
    assert {s.who for t in minutes.topics for c in t.controversies for s in c.sides} == {"林晓", "周凯"}


def test_without_departments_the_parties_are_the_names(zh01):
    transcript, minutes = (copy.deepcopy(x) for x in zh01)
    for a in transcript.meeting.attendees:
        a.department = None
    add_controversies(minutes, transcript)
    assert minutes.topics[0].controversies[0].text.startswith("林晓倾向先推A")


@pytest.mark.parametrize("text, lang, other_side", [
    ("我觉得报表是好看，但是客户真正愿意掏钱的，是B。", "zh", True),
    ("我不同意，线下成本太高。", "zh", True),
    ("同意，不过要注意时间。", "zh", False),
    ("嗯，线上也行，代理商也省得跑。", "zh", False),
    ("I don't think we should skip the beta.", "en", True),
    ("Agreed, but let's keep it short.", "en", False),
    ("That works for me.", "en", False),
])
def test_what_takes_the_other_side(text, lang, other_side):
    assert takes_other_side(text, lang) is other_side


def test_the_draft_states_it_above_the_viewpoints(zh01, tmp_path):
    import docx

    transcript, minutes = zh01
    path = render_docx(minutes, tmp_path / "zh01.docx", transcript)
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    at = texts.index("核心争议点：")
    assert texts[at + 1].startswith("市场部（林晓）倾向先推A") and texts.index("各方观点：") == at + 2
