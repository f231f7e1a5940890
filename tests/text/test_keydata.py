"""find_key_data: amounts, counts, percentages, durations and dates as short phrases."""
from __future__ import annotations

import json

import pytest

from pipeline.text.keydata import distinct, find_key_data


@pytest.mark.parametrize("said,expected", [
    ("我们销售这边上个月回访了大概，嗯，四十多家客户吧", ["40余家客户"]),
    ("二十七八家吧，差不多，百分之六十几。", ["27–28家", "60%以上"]),
    ("最低那天是百分之89点5", ["89.5%"]),
    ("还差百分之30吧然后商品详情页", ["尚差30%"]),
    ("会员系统的话比原计划已经晚了8天了", ["延期8天"]),
    ("他们说一个人一个月大概两万5", ["每人每月约2.5万元"]),
    ("他们算了一下，损失大概，十二万左右。", ["损失约12万元"]),
    ("上次那个弄下来小十万。", ["近10万元"]),
    ("按现在的标准配置，一台六千五左右，五台就是三万二三。", ["每台约6500元", "5台", "3.2–3.3万元"]),
    ("纸箱大概是两百万只左右，比今年多了差不多百分之二十。", ["200万只", "增加约20%"]),
    ("比今年多两成", ["20%"]),
    ("上线时间往后推到八月六号，周四。推九天", ["8月6日", "推迟9天"]),
    ("一般两三天能批下来", ["2–3天"]),
    ("五六个bug吧，可能还得两周左右", ["5–6个bug", "尚需2周"]),
    # what a figure measures, said right before it
    ("上周一共接了86件，按时办结80件，办结率93%。", ["办结率93%"]),
    ("成功率最低掉到百分之六十左右", ["成功率降至约60%"]),
    # a closing tag question still states the figure
    ("上线时间往后推到八月六号，周四。推九天，大家觉得呢？", ["8月6日", "推迟9天"]),
    ("受影响的订单我们拉了一下，大概一万两千笔。", ["约1.2万笔"]),
    ("那就按货值赔吧，十二万以内", ["12万元以内"]),
])
def test_zh(said, expected):
    assert find_key_data(said, "zh") == expected


@pytest.mark.parametrize("said,expected", [
    ("So we're seventy K over, twenty percent.", ["70K", "20%"]),
    ("Right now we've got fourteen open bugs against 4.2. Three of those are blockers.", ["14 open bugs"]),
    ("roughly four percent of your requests failed, about forty minutes.", ["about 4%", "about 40 minutes"]),
    ("It will cost $12k, maybe twelve thousand dollars.", ["$12k", "$12,000"]),
    ("The release slipped by two weeks.", ["slip of 2 weeks"]),
    ("Let's go with October twenty-eighth.", ["October 28"]),
    ("it's two hundred customers", ["200 customers"]),
])
def test_en(said, expected):
    assert find_key_data(said, "en") == expected


@pytest.mark.parametrize("said,lang", [
    ("2号线的两率一下子掉下来了", "zh"), ("好的，没问题。", "zh"), ("第一个问题", "zh"),
    ("If Q2 closes above plan, could we revisit the cap?", "en"), ("Sounds good.", "en"),
    ("So of the four twenty, events are big.", "en"),
    # a figure asked about, and the meeting counting its own talk (ASR of zh01)
    ("那四十多家里面,课,具体有多少提到必等。", "zh"), ("你们研发哪边这两个功能现在进度是什么情况?", "zh"),
    ("今天主要是两个事儿啊,一个就是新版本上先以后", "zh"), ("现在就两条路", "zh"),
    ("Are we at two hundred customers?", "en"), ("There are three things on the agenda.", "en")])
def test_nothing_to_report(said, lang):
    assert find_key_data(said, lang) == []


def test_every_eval_dev_utterance_runs(eval_dev):
    """No crash on any utterance, and the figures the gold minutes rely on are found."""
    found = {}
    for path in sorted(eval_dev.glob("*.transcript.json")):
        transcript = json.loads(path.read_text())
        for u in transcript["utterances"]:
            found[(path.stem.split("_")[0], u["id"])] = find_key_data(u["text"], transcript["language"])
    assert sum(1 for v in found.values() if v) > 100
    everything = {p for v in found.values() for p in v}
    for phrase in ["延期8天", "推迟9天", "89.5%", "40余家客户", "损失约12万元", "保底180万只"]:
        assert phrase in everything, phrase


def test_distinct_drops_a_figure_another_one_states():
    assert distinct(["40余家客户", "40余家", "约6%", "40余家客户"]) == ["40余家客户", "约6%"]
    assert distinct(["3万元", "3.2–3.3万元", "8%", "上调8%"]) == ["3万元", "3.2–3.3万元", "上调8%"]
    assert distinct(["4%", "about 4%", "40 minutes"]) == ["about 4%", "40 minutes"]


def test_asr_zh01_key_data_are_distinct_figures():
    """Speech recognition's text of the synthetic zh01 meeting: no bare talk counts, no figure twice."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "data" / "asr" / "zh01.transcript.json"
    said = [u["text"] for u in json.loads(path.read_text())["utterances"]]
    found = distinct([p for text in said for p in find_key_data(text, "zh")])
    assert "40余家客户" in found and "40余家" not in found
    assert not any(p.endswith(("事儿", "功能")) for p in found), found
