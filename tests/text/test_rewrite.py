"""neutralize: the seed example, fillers, attribution, no leak markers on eval/dev, and on the
spoken -> minutes pairs (tests/data/rewrite): no invented party, nothing said cut."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.text.rewrite import has_leak, invented_parties, neutralize, rewrite_leftovers

PAIRS = Path(__file__).resolve().parent.parent / "data" / "rewrite"


def _plain(text: str) -> str:
    return text.replace(",", "，").rstrip("。.")


def test_seed_example():
    assert _plain(neutralize("我觉得这个方案不行", "zh")) == "参会人提出该方案存在风险，暂不采纳"
    assert _plain(neutralize("我觉得这个方案不行", "zh", speaker="周凯")) == "周凯提出该方案存在风险，暂不采纳"


@pytest.mark.parametrize("said,expected", [
    ("嗯，那个，我这边本周五前把初稿搞定，然后发群里。", "张三本周五前把初稿完成，发至工作群。"),
    ("好，那个，人差不多到齐了啊，咱们开始吧。", "人基本到齐了，我们开始。"),  # 咱们 is 我们, not 各方
    ("好，8月15号，王磊你这边跟一下。", "8月15号，王磊跟进。"),
    ("行，那让我们售前小刘录吧，我这边盯着。", "让我们售前小刘录，张三跟进。"),  # not 项目组
    ("这个是啥意思？咋办？", "这个是什么意思？如何处理？"),
    ("这个活动我们搞了三年了", "这个活动我们搞了三年了。"),  # 搞 keeps its sense (not 处理)
    ("你们那边什么时候能给到我们", "你们那边什么时候能给我们。"),  # 你们 is not 对方
    ("这个我来弄吧，呃，周五之前我把排班表给大家发群里。", "这个张三来弄，周五之前张三把排班表给大家发至工作群。"),
    ("我建议先让科室跟家属沟通，沟通不了再上报医务科。", "张三建议先让科室跟家属沟通，沟通不了再上报医务科。"),
])
def test_zh_fillers_and_formal_verbs(said, expected):
    assert neutralize(said, "zh", speaker="张三", attribute=False) == expected


@pytest.mark.parametrize("said,expected", [
    ("好的好的。", "李娟表示同意。"),  # a short reply is what it means, never dropped
    ("明白。", "李娟表示明白。"),
    ("截止到昨天，应收账款是一千三百二十万，其中超过九十天的有四百多万。",
     "李娟表示，截止到昨天，应收账款是1320万，其中超过90天的有400多万。"),
    ("年级平均分是七十二点五，及格率百分之八十一，统一一下", "李娟表示，年级平均分是72.5，及格率81%，统一一下。"),
    ("周六仓库有没有人？", "李娟询问，周六仓库有没有人？"),
    ("我觉得这个活动吧，还是放到国庆之后再搞比较好。", "李娟认为这个活动，还是放到国庆之后再搞比较好。"),
    ("周五晚上上线我是不赞成的，文件请发给我。", "李娟表示，周五晚上上线是不赞成的，文件请发给李娟。"),  # 我 the subject, 给我 not
    ("对对对，就按刚才说的，先上核心功能。", "李娟表示同意，就按刚才说的，先上核心功能。"),
])
def test_zh_attributed_to_the_speaker(said, expected):
    assert neutralize(said, "zh", speaker="李娟") == expected


@pytest.mark.parametrize("said,expected", [
    ("OK.", "Linda agreed."),
    ("Mm-hm, yeah.", "Linda acknowledged this."),
    ("Turnover's at eighteen percent this year.", "Linda said: Turnover's at 18% this year."),
    ("Has anyone told the GPs yet?", "Linda asked: Has anyone told the GPs yet?"),
])
def test_en_attributed_to_the_speaker(said, expected):
    assert neutralize(said, "en", speaker="Linda") == expected


def test_zh_raw_asr_gets_punctuation():
    out = neutralize("好那我们开始吧 今天主要就是这个资源的事情 小程序那边双12要上线", "zh")
    assert out == "我们开始，今天主要就是这个资源的事情，小程序那边双12要上线。"


@pytest.mark.parametrize("said,speaker,expected", [
    ("I think we should ship 4.2 with search behind a feature flag.", None,
     "It was proposed to ship 4.2 with search behind a feature flag."),
    ("I think we should ship 4.2 with search behind a feature flag.", "Priya",
     "Priya proposed to ship 4.2 with search behind a feature flag."),
    ("Yeah, um, so I'm gonna need, like, two more days, you know.", "Tom", "Tom will need two more days."),
    ("Okay so, we're gonna need more time on that one.", None, "We will need more time on that one."),  # not "the team"
    ("I honestly don't know.", "Helen", "Helen does not know."),
])
def test_en(said, speaker, expected):
    assert neutralize(said, "en", speaker, attribute=False) == expected


def test_filler_only_line_is_empty():
    assert neutralize("嗯……", "zh") == ""
    assert neutralize("Um, uh...", "en") in ("", "...")


def _leak_markers(shared):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score.LEAK_MARKERS


def test_no_leak_markers_on_eval_dev(shared, eval_dev):
    markers = _leak_markers(shared)
    leaks, count = [], 0
    for path in sorted(eval_dev.glob("*.transcript.json")):
        transcript = json.loads(path.read_text())
        for u in transcript["utterances"]:
            speaker = (transcript["speakers"].get(u["speaker"]) or {}).get("name")
            for who in (speaker, None):
                out = neutralize(u["text"], transcript["language"], who)
                count += 1
                if any(m in out.lower() for m in markers):
                    leaks.append((path.stem, u["id"], out))
    assert count > 900
    assert leaks == []


def test_cli_rewrite():
    result = subprocess.run([sys.executable, "-m", "pipeline", "rewrite", "--lang", "zh"],
                            input="我觉得这个方案不行\n嗯，搞定了\n", capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["参会人提出该方案存在风险，暂不采纳。", "完成了。"]


def _pairs() -> list[dict]:
    return [json.loads(line) for split in ("dev", "test")
            for line in (PAIRS / f"pairs_{split}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def test_no_invented_party_on_any_pair():
    """项目组 / 对方 / 相关方 / the team…: a rewrite names a party only as often as the speech did."""
    pairs = _pairs()
    assert len(pairs) >= 200
    invented = []
    for p in pairs:
        for speaker in (p["speaker"], None):
            out = neutralize(p["spoken"], p["lang"], speaker=speaker)
            if invented_parties(p["spoken"], out, p["lang"]):
                invented.append((p["id"], speaker, out, invented_parties(p["spoken"], out, p["lang"])))
    assert invented == []


def test_no_pair_is_rewritten_to_nothing_or_leaks():
    """A short reply is never dropped, and no scorer marker is left in any rewrite."""
    for p in _pairs():
        out = neutralize(p["spoken"], p["lang"], speaker=p["speaker"])
        assert out.strip(), p["id"]
        assert not has_leak(out, p["lang"]), (p["id"], out)


def test_invented_parties_counts_what_the_speech_did_not_name():
    assert invented_parties("我们这周做完", "项目组这周做完", "zh") == ["项目组"]
    assert invented_parties("对方说了", "对方说了", "zh") == []
    assert invented_parties("We keep the beta", "The team keeps the beta", "en") == ["the team"]


def test_a_leftover_marker_is_rewritten_not_cut():
    assert rewrite_leftovers("咱们啥时候搞定", "zh") == "我们什么时候完成"
    assert rewrite_leftovers("我觉得可以", "zh", speaker="王磊") == "王磊认为可以"
    assert rewrite_leftovers("we're gonna ship it", "en") == "we're going to ship it"
