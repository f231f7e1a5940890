"""Dialogue-act tagging (rules as data, a spaCy component) and the spaCy pipelines."""
from __future__ import annotations

import pytest

from pipeline import runtime
from pipeline.text import nlp
from pipeline.text.acts import clause_spans, load_rules


def acts(text: str, lang: str) -> set[str]:
    return {a.label for a in nlp.load(lang)(text)._.acts}


@pytest.mark.parametrize("text, act", [
    ("好，那就这么定了啊，八月这一波主推功能B。", "decide"),
    ("那个不用做了，A都推迟了。", "cancel"),
    ("要是集团真定了换飞书，那到时候再说。", "hypothetical"),
    ("要不搞个线下培训会？", "propose"),
    ("我这边本周五前把初稿搞定。", "commit"),
    ("林晓，B的海报你这边能弄吗？", "assign"),
    ("呃，这周真抽不出人。", "decline"),
    ("下周二同一时间咱们再碰一下。", "schedule"),
])
def test_zh_acts(text, act):
    assert act in acts(text, "zh")


@pytest.mark.parametrize("text, act", [
    ("Sure, I'll take it. I'll have it ready by end of next week.", "commit"),
    ("Can you own the migration runbook, Bob?", "assign"),
    ("No, we don't need the load test anymore, skip it.", "cancel"),
    ("Cool, so we agreed: new search ships dark.", "decide"),
    ("If they sign off, sure, but let's not plan around it.", "hypothetical"),
])
def test_en_acts(text, act):
    assert act in acts(text, "en")


def test_a_veto_keeps_an_opinion_from_being_a_commitment():
    assert "commit" not in acts("我觉得报表是好看。", "zh")
    assert "decide" not in acts("能定的今天都定下来。", "zh")


def test_rules_are_data_and_the_component_declares_what_it_assigns():
    assert any(r.label == "decide" for r in load_rules("zh"))
    meta = nlp.load("zh").get_pipe_meta("minutes_dialogue_acts")
    assert "doc._.acts" in meta.assigns


def test_unpunctuated_asr_text_is_split_into_clauses():
    text = "那就这么定了 彭磊你那边抽两个人给小程序 下周一开始过去"
    assert [text[a:b].strip() for a, b in clause_spans(text)] == ["那就这么定了", "彭磊你那边抽两个人给小程序", "下周一开始过去"]


def test_jieba_cache_lives_in_our_cache_dir():
    import jieba

    nlp.load("zh")
    assert str(runtime.cache_dir()) in jieba.dt.tmp_dir
