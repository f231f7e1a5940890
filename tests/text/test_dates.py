"""find_dates: the README's deadline conventions and every gold due_text of eval/dev."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from pipeline.text.dates import due_from, find_dates

# (said, lang, meeting date, expected due, expected rule): the README's rule table
# and the further rules below it, on meeting dates of different weekdays.
RULE_TABLE = [
    ("今天下班前", "zh", "2024-08-06", "2024-08-06", "today"),
    ("today", "en", "2024-08-06", "2024-08-06", "today"),
    ("明天下班前", "zh", "2024-08-06", "2024-08-07", "tomorrow"),
    ("by end of day tomorrow", "en", "2026-02-11", "2026-02-12", "tomorrow"),
    ("EOD tomorrow", "en", "2026-02-11", "2026-02-12", "tomorrow"),
    ("后天", "zh", "2024-08-06", "2024-08-08", "days:2"),
    ("本周五前", "zh", "2024-08-06", "2024-08-09", "this:fri"),
    ("这周五之前", "zh", "2025-03-17", "2025-03-21", "this:fri"),
    ("周五前", "zh", "2025-09-16", "2025-09-19", "this:fri"),
    ("by Friday", "en", "2025-10-13", "2025-10-17", "this:fri"),
    ("下周三", "zh", "2024-11-13", "2024-11-20", "next:wed"),
    ("下周一之前", "zh", "2025-12-04", "2025-12-08", "next:mon"),
    ("next Wednesday", "en", "2024-05-24", "2024-05-29", "next:wed"),
    ("end of next week", "en", "2025-10-13", "2025-10-24", "next:fri"),
    ("下下周一", "zh", "2025-06-12", "2025-06-23", "next2:mon"),
    ("月底前", "zh", "2026-01-09", "2026-01-31", "month_end"),
    ("end of the month", "en", "2024-05-24", "2024-05-31", "month_end"),
    ("本月25号之前", "zh", "2024-11-13", "2024-11-25", "dom:25"),
    ("这个月20号之前", "zh", "2024-12-10", "2024-12-20", "dom:20"),
    ("by the 15th", "en", "2024-05-24", "2024-06-15", "next_dom:15"),
    ("by the fifteenth", "en", "2024-05-24", "2024-06-15", "next_dom:15"),
    ("8月15号", "zh", "2026-07-16", "2026-08-15", "md:08-15"),
    ("August 15", "en", "2026-07-16", "2026-08-15", "md:08-15"),
    ("十五号", "zh", "2024-08-20", "2024-09-15", "md:09-15"),
    ("三十一号", "zh", "2025-03-17", "2025-03-31", "md:03-31"),
    ("一月十六号", "zh", "2025-12-04", "2026-01-16", "md:01-16"),
    ("国庆节前", "zh", "2025-09-16", "2025-09-30", "eve:10-01"),
    ("五一前", "zh", "2026-04-22", "2026-04-30", "eve:05-01"),
    ("元旦前", "zh", "2025-12-04", "2025-12-31", "eve:01-01"),
    ("中秋前", "zh", "2025-09-01", "2025-10-05", "eve:10-06"),
    ("春节前", "zh", "2025-12-04", "2026-02-16", "eve:02-17"),
    ("两周内", "zh", "2025-06-12", "2025-06-26", "weeks:2"),
    ("two weeks from today", "en", "2024-05-24", "2024-06-07", "days:14"),
    ("三个工作日内", "zh", "2025-03-17", "2025-03-20", "workdays:3"),
    ("3个工作日内", "zh", "2026-01-09", "2026-01-14", "workdays:3"),
    ("within two business days", "en", "2026-02-11", "2026-02-13", "workdays:2"),
    ("Q3结束前", "zh", "2026-07-16", "2026-09-30", "quarter_end:3"),
    ("年底前", "zh", "2025-09-16", "2025-12-31", "year_end"),
    ("月中", "zh", "2025-09-03", "2025-09-15", "dom:15"),
    ("本周内", "zh", "2025-09-16", "2025-09-21", "within_week"),
    ("这周之内", "zh", "2025-09-16", "2025-09-21", "within_week"),
    ("国庆节后第一天", "zh", "2025-09-16", "2025-10-09", "md:10-09"),
    # beyond the README's table: same conventions, other phrasings
    ("节前", "zh", "2025-09-16", "2025-09-30", "eve:10-01"),
    ("年前", "zh", "2025-12-04", "2026-02-16", "eve:02-17"),
    ("下周末", "zh", "2025-09-16", "2025-09-28", "next:sun"),
    ("半个月内", "zh", "2025-09-16", "2025-10-01", "days:15"),
    ("9月下旬", "zh", "2025-08-16", "2025-09-30", "md:09-30"),
    ("下礼拜三", "zh", "2025-09-16", "2025-09-24", "next:wed"),
    ("2025年12月1日", "zh", "2025-09-16", "2025-12-01", "md:12-01"),
    ("end of week", "en", "2025-09-16", "2025-09-19", "this:fri"),
    ("end of day Friday", "en", "2025-09-16", "2025-09-19", "this:fri"),
    ("within 48 hours", "en", "2025-09-16", "2025-09-18", "days:2"),
    ("within a week", "en", "2025-09-16", "2025-09-23", "weeks:1"),
    ("before Christmas", "en", "2025-09-16", "2025-12-24", "eve:12-25"),
    ("by 10/15", "en", "2025-09-16", "2025-10-15", "md:10-15"),
    ("by 15 March", "en", "2025-09-16", "2026-03-15", "md:03-15"),
    ("the day after tomorrow", "en", "2025-09-16", "2025-09-18", "days:2"),
    ("双十一前", "zh", "2025-09-16", "2025-11-11", "md:11-11"),
    ("下季度末", "zh", "2025-09-16", "2025-12-31", "quarter_end:4"),
    ("24小时内", "zh", "2025-09-16", "2025-09-17", "days:1"),
    ("by COB Friday", "en", "2025-09-16", "2025-09-19", "this:fri"),
]


@pytest.mark.parametrize("said,lang,meeting,due,rule", RULE_TABLE)
def test_rule_table(said, lang, meeting, due, rule):
    mentions = find_dates(said, lang, dt.date.fromisoformat(meeting))
    assert [(m.date, m.rule) for m in mentions] == [(due, rule)]
    assert mentions[0].text == said


@pytest.mark.parametrize("said,lang", [
    ("下次会议前", "zh"), ("下次开会之前", "zh"), ("before the next sync", "en"),
    ("before we meet again", "en")])
def test_next_meeting_has_no_date_of_its_own(said, lang):
    mentions = find_dates(said, lang, dt.date(2024, 8, 6))
    assert [(m.rule, m.date) for m in mentions] == [("next_meeting", None)]
    assert due_from(mentions, "2024-08-13")[0] == "2024-08-13"
    assert due_from(mentions, None)[0] is None


@pytest.mark.parametrize("said,lang", [("尽快", "zh"), ("回头", "zh"), ("ASAP", "en")])
def test_vague_deadline_is_null(said, lang):
    mentions = find_dates(said, lang, dt.date(2024, 8, 6))
    assert [(m.rule, m.date) for m in mentions] == [("vague", None)]
    assert due_from(mentions)[0] is None


def test_corrected_date_is_superseded():
    zh = find_dates("周三，不对，周四前给我", "zh", dt.date(2024, 8, 6))
    assert [(m.text, m.superseded) for m in zh] == [("周三", True), ("周四前", False)]
    assert due_from(zh)[0] == "2024-08-08"
    en = find_dates("Wednesday — sorry, Thursday", "en", dt.date(2024, 8, 6))
    assert [m.superseded for m in en] == [True, False]
    # "不是" that is not a correction of a date
    plain = find_dates("这个回头看吧，不是今天的事儿", "zh", dt.date(2024, 8, 6))
    assert not any(m.superseded for m in plain)


def test_clock_times_and_same_time():
    [m] = find_dates("下周四下午两点，我们去你们厂里看一下产线", "zh", dt.date(2024, 12, 10))
    assert (m.date, m.time) == ("2024-12-19", "14:00")
    [m] = find_dates("下周四早上九点半，咱们再过一下进度", "zh", dt.date(2026, 7, 16))
    assert (m.date, m.time) == ("2026-07-23", "09:30")
    [m] = find_dates("下周二同一时间咱们再碰一下", "zh", dt.date(2024, 8, 6), "14:00")
    assert (m.date, m.time, m.same_time) == ("2024-08-13", "14:00", True)
    [m] = find_dates("Let's do the next sync Thursday, same time.", "en", dt.date(2025, 10, 13), "10:00")
    assert (m.date, m.time, m.same_time) == ("2025-10-16", "10:00", True)
    [m] = find_dates("next Friday at 3pm", "en", dt.date(2024, 8, 6))
    assert m.time == "15:00"
    [m] = find_dates("next Tuesday at 10", "en", dt.date(2024, 8, 6))
    assert m.time == "10:00"
    [m] = find_dates("下周三两点", "zh", dt.date(2024, 8, 6))
    assert m.time == "14:00"


def test_not_dates():
    meeting = dt.date(2026, 1, 9)
    for text in ["大概还差百分之30吧", "这个2号线的事情大家应该都知道了", "八点十五就出来了",
                 "一个月三百多一台", "上周四又改了一版", "昨天下午才拿回来",
                 "we've got fourteen open bugs"]:
        assert find_dates(text, "en" if text.isascii() else "zh", meeting) == [], text


def test_raw_asr_sentence_and_offsets():
    text = "好的下周三之前 我把需求拍期一起弄出来"
    [m] = find_dates(text, "zh", dt.date(2024, 11, 13))
    assert text[m.start:m.end] == m.text == "下周三之前"
    text = "I'll get it to you by the thirty-first."
    [m] = find_dates(text, "en", dt.date(2024, 5, 24))
    assert text[m.start:m.end] == m.text == "by the thirty-first"
    assert m.date == "2024-05-31"


def test_asr_spaces():
    text = "本月 25 号之前 能提测吗"
    [m] = find_dates(text, "zh", dt.date(2024, 11, 13))
    assert (m.text, m.date) == ("本月 25 号之前", "2024-11-25")
    assert text[m.start:m.end] == m.text
    # a space between two raw-ASR sentences is not inside a word: no 下下周二 here
    [m] = find_dates("谭雪你那边路温曲线重新测一下 下周二之前给我结果", "zh", dt.date(2026, 1, 9))
    assert (m.text, m.rule) == ("下周二之前", "next:tue")


def test_weekday_describing_a_date_is_folded_in():
    [m] = find_dates("那这样，上线时间往后推到八月六号，周四。", "zh", dt.date(2026, 7, 16))
    assert (m.text, m.date) == ("八月六号，周四", "2026-08-06")


def _gold_items(eval_dev):
    for gold_path in sorted(eval_dev.glob("*.gold.json")):
        transcript = json.loads(gold_path.with_name(gold_path.name.replace(".gold.", ".transcript.")).read_text())
        gold = json.loads(gold_path.read_text())
        next_meeting = (gold.get("next_meeting") or {}).get("date")
        for item in gold["action_items"]:
            if item.get("due_text"):
                yield gold_path.stem, transcript, next_meeting, item


def test_every_gold_due_text(eval_dev):
    """find_dates on each gold due_text, resolved with the gold next meeting, gives the gold due."""
    results = []
    for stem, transcript, next_meeting, item in _gold_items(eval_dev):
        meeting = dt.date.fromisoformat(transcript["meeting"]["date"])
        mentions = find_dates(item["due_text"], transcript["language"], meeting,
                              transcript["meeting"].get("start"))
        due, _ = due_from(mentions, next_meeting)
        results.append((stem, item["due_text"], item["due"], due))
    wrong = [r for r in results if r[2] != r[3]]
    assert len(results) >= 50
    assert wrong == []


def test_next_meeting_utterances_of_eval_dev(eval_dev):
    """The utterance each gold next_meeting cites states its date and time."""
    checked = 0
    for gold_path in sorted(eval_dev.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text())
        nm = gold.get("next_meeting") or {}
        if not nm.get("date"):
            continue
        transcript = json.loads(gold_path.with_name(gold_path.name.replace(".gold.", ".transcript.")).read_text())
        text = {u["id"]: u["text"] for u in transcript["utterances"]}[nm["evidence"][0]]
        meeting = transcript["meeting"]
        mentions = [m for m in find_dates(text, transcript["language"], dt.date.fromisoformat(meeting["date"]),
                                          meeting.get("start")) if m.rule != "today"]
        assert (mentions[-1].date, mentions[-1].time) == (nm["date"], nm["time"]), text
        checked += 1
    assert checked >= 10


def test_deadline_and_start_roles():
    meeting = dt.date(2026, 1, 9)
    said = find_dates("好的3个工作日内 我今天就给他们发邮件", "zh", meeting)
    assert [(m.rule, m.deadline, m.starts) for m in said] == [("workdays:3", True, False), ("today", False, False)]
    assert due_from(said)[0] == "2026-01-14"
    said = find_dates("三个工作日没问题，我今天先把配置单列出来。", "zh", dt.date(2025, 3, 17))
    assert due_from(said)[0] == "2025-03-20"
    [m] = find_dates("行 那我这边安排 今天夜班就开始全检", "zh", meeting)
    assert m.starts and not m.deadline
    [m] = find_dates("Starting Monday, all changes need two reviewers.", "en", meeting)
    assert m.starts
    [m] = find_dates("I'll have it ready by end of next week.", "en", meeting)
    assert m.deadline and not m.starts


def test_gold_due_is_found_in_the_evidence_utterances(eval_dev):
    """Run on whole utterances (not just the due_text): the evidence of every gold action
    item with a due date mentions that date (or 下次会议前 with the gold next meeting)."""
    missing, checked = [], 0
    for gold_path in sorted(eval_dev.glob("*.gold.json")):
        transcript = json.loads(gold_path.with_name(gold_path.name.replace(".gold.", ".transcript.")).read_text())
        gold = json.loads(gold_path.read_text())
        next_meeting = (gold.get("next_meeting") or {}).get("date")
        text = {u["id"]: u["text"] for u in transcript["utterances"]}
        meeting = dt.date.fromisoformat(transcript["meeting"]["date"])
        for item in gold["action_items"]:
            if not item["due"]:
                continue
            checked += 1
            dates = {next_meeting if m.rule == "next_meeting" else m.date
                     for e in item["evidence"]
                     for m in find_dates(text[e], transcript["language"], meeting) if not m.superseded}
            if item["due"] not in dates:
                missing.append((gold_path.stem, item["evidence"], item["due"], sorted(d for d in dates if d)))
    assert checked >= 50
    assert missing == []


def test_a_bare_weekday_echoing_a_fuller_one_is_the_same_date():
    """From audio (tests/data/asr/zh03): "…下下周一能不能完成。下下" / "周一,加了人的话,应该可疑"."""
    from pipeline.text.dates import drop_echoes

    meeting = dt.date(2025, 6, 12)
    said = find_dates("罗琳加了人以后,下下周一能不能完成。下下", "zh", meeting) + find_dates(
        "周一,加了人的话,应该可疑,我尽量。", "zh", meeting)
    kept = drop_echoes(said, "zh")
    assert [m.date for m in kept] == ["2025-06-23"]
    # a weekday said on its own, with nothing before it, stays
    assert [m.date for m in drop_echoes(find_dates("周一给你", "zh", meeting), "zh")] == ["2025-06-16"]
    said = find_dates("Can it be done by next Friday?", "en", meeting) + find_dates("Friday, sure.", "en", meeting)
    assert [m.rule for m in drop_echoes(said, "en")] == ["next:fri"]


@pytest.mark.parametrize("said, lang", [
    ("Okay, same time next week. Thanks, all.", "en"),  # tests/data/heldout en07
    ("Let's meet next week at the same time.", "en"),
    ("下周同一时间再碰一下。", "zh"),
    ("下周这个时候再过一下。", "zh"),
])
def test_same_time_next_week_is_a_week_from_the_meeting(said, lang):
    found = find_dates(said, lang, dt.date(2026, 3, 4), meeting_start="10:00")
    assert [m.date for m in found] == ["2026-03-11"]


@pytest.mark.parametrize("said, due", [
    ("I'll do the thank-you emails myself, before Thanksgiving.", "2025-11-26"),  # 4th Thursday: Nov 27
    ("by Labor Day", "2026-09-06"),  # first Monday of September, 2026-09-07
    ("before Memorial Day", "2026-05-24"),  # last Monday of May, 2026-05-25
])
def test_floating_holidays(said, due):
    assert [m.date for m in find_dates(said, "en", dt.date(2025, 11, 19))] == [due]


def test_a_weekday_naming_a_day_of_the_month_and_make_it():
    """heldout en06: "Monday the first, actually no, make it Tuesday the second, same time." (meeting Thu 20 Nov)."""
    found = find_dates("Monday the first, actually no, make it Tuesday the second, same time.", "en",
                       dt.date(2025, 11, 20), meeting_start="18:30")
    assert [(m.date, m.superseded) for m in found] == [("2025-12-01", True), ("2025-12-02", False)]
    assert found[-1].time == "18:30"


def test_a_date_word_misheard_by_speech_recognition():
    """From audio (tests/data/asr/zh03_b): "下下中一能不能完成" is 下下周一; the words said stay the mention's text."""
    found = find_dates("然后连调节点,罗琳加了人以后,下下中一能不能完成。", "zh", dt.date(2025, 6, 12))
    assert [(m.text, m.date) for m in found] == [("下下中一", "2025-06-23")]
    assert find_dates("中一点的那个", "zh", dt.date(2025, 6, 12)) == []


# --- the grammar as people say it (issue 10 §3) -----------------------------------------------
# A fixed meeting: Wednesday 2025-06-11 (weeks run Monday-Sunday: this week 06-09..06-15).
SPOKEN_ON = dt.date(2025, 6, 11)
SPOKEN = [
    # relative day, relative week, relative week + weekday
    ("这个我后天给你", "zh", "2025-06-13"),
    ("大后天之前弄完", "zh", "2025-06-14"),
    ("下下周之前交上来", "zh", "2025-06-29"),
    ("这礼拜四之前", "zh", "2025-06-12"),
    ("I can have it by the day after tomorrow", "en", "2025-06-13"),
    ("sometime the following week", "en", "2025-06-22"),
    ("the week after next", "en", "2025-06-29"),
    ("I'll send it by Friday week", "en", "2025-06-20"),
    ("a week from Friday works for me", "en", "2025-06-20"),
    ("the following Tuesday", "en", "2025-06-17"),
    ("within a fortnight", "en", "2025-06-25"),
    # a clock time alone, a part of the day, the end of work: today
    ("你中午十二点之前发群里", "zh", "2025-06-11"),
    ("我下午就去各个班组说", "zh", "2025-06-11"),
    ("走之前把记录导出来", "zh", "2025-06-11"),
    ("I'll have the rooms ready by ten.", "en", "2025-06-11"),
    ("have it set up before nine", "en", "2025-06-11"),
    ("I'll ring them straight after this", "en", "2025-06-11"),
    # month-end, quarter-end, ordinals, ordinal weekdays, holidays
    ("月底前报上来", "zh", "2025-06-30"),
    ("本月底", "zh", "2025-06-30"),
    ("by the end of the month", "en", "2025-06-30"),
    ("by the end of Q3", "en", "2025-09-30"),
    ("by the twentieth", "en", "2025-06-20"),
    ("at their meeting, the first Wednesday in July", "en", "2025-07-02"),
    ("the last Friday of the month", "en", "2025-06-27"),
    ("端午节前", "zh", "2026-06-18"),
    ("国庆51前都行", "zh", "2026-04-30"),  # speech recognition writes 五一 as 51
    ("by close of play Thursday", "en", "2025-06-12"),
    # corrections: only the corrected value counts
    ("周三，不对，周四前给我", "zh", "2025-06-12"),
    ("我十四号之前补完……哎不对，十四号是礼拜六，十六号之前弄好", "zh", "2025-06-16"),
    ("月底来不及，最早下个月五号", "zh", "2025-07-05"),
    ("上午十点够呛，下午三点吧", "zh", "2025-06-11"),
    ("原定下周二，现在提前到这周五", "zh", "2025-06-13"),
    ("by Thursday. Oh, wait, Thursday is the holiday. Wednesday.", "en", "2025-06-11"),
    ("Friday — sorry, Thursday", "en", "2025-06-12"),
    # a deadline said in so many words wins over a date that only frames the work or is a condition
    ("五一前发，我这周在弄", "zh", "2026-04-30"),
    ("如果到月底还联系不上就先暂停，两周内我把材料补齐", "zh", "2025-06-25"),
    ("大纲周五拿到的话，我们下周三前出第一版", "zh", "2025-06-18"),
    ("If it's not in by Friday, I'll have it to you within three working days", "en", "2025-06-16"),
    # "at tomorrow's stand-up" is a deadline; a routine ("每天早上十点") is no date
    ("下午回来查一下，明天早会上给我说结论", "zh", "2025-06-12"),
    ("我明天就去设置好，每天早上十点和下午四点我自己盯一下", "zh", "2025-06-12"),
]


@pytest.mark.parametrize("said,lang,due", SPOKEN)
def test_dates_as_people_say_them(said, lang, due):
    meeting = SPOKEN_ON
    if "51" in said or "五一" in said or "端午" in said:
        meeting = dt.date(2026, 4, 22)   # holidays: a meeting before them
    mentions = find_dates(said, lang, meeting)
    # extract.py hands the mentions over last-said first: the last word said wins within a kind
    assert due_from(list(reversed(mentions)))[0] == due, [(m.text, m.date, m.superseded) for m in mentions]


@pytest.mark.parametrize("said,lang,start,time,same", [
    ("下周一还是老时间", "zh", "09:15", "09:15", True),
    ("下周三还是这个点儿再碰一下", "zh", "09:15", "09:15", True),
    ("明早还是七点半这儿", "zh", "07:30", "07:30", False),
    ("下周四同一时间，下午四点，再碰一次", "zh", "09:15", "16:00", True),
    ("下周二还是七点", "zh", "19:30", "19:00", False),   # an evening meeting: seven in the evening
    ("next Monday, usual time", "en", "09:15", "09:15", True),
    ("the following week, still at seven", "en", "18:30", "19:00", False),
    ("the following week, still at seven", "en", "07:30", "07:00", False),
    ("next call in four weeks, same hour", "en", "14:00", "14:00", True),
])
def test_the_next_meeting_keeps_its_time(said, lang, start, time, same):
    found = [m for m in find_dates(said, lang, SPOKEN_ON, meeting_start=start) if m.date]
    assert len(found) == 1
    assert (found[0].time, found[0].same_time) == (time, same)


def test_a_clock_time_after_a_date_is_that_date_s_time():
    [m] = find_dates("明天下午两点前给我", "zh", SPOKEN_ON)
    assert (m.date, m.time, m.firm) == ("2025-06-12", "14:00", True)
    [m] = find_dates("before nine", "en", SPOKEN_ON)
    assert (m.date, m.time) == ("2025-06-11", "09:00")


@pytest.mark.parametrize("said,lang", [
    ("好，这个是今天最重要的一件事", "zh"),   # today's meeting, not a deadline
    ("increase the dose by ten percent", "en"),
    ("Wednesday week 7 is the carnival", "en"),  # a school week, not "Wednesday week"
])
def test_not_deadlines(said, lang):
    assert [m.date for m in find_dates(said, lang, SPOKEN_ON) if m.date and m.rule != "upcoming:wed"
            and not m.rule.startswith("this:")] == []


@pytest.mark.parametrize("said,lang", [("我一会儿就给集控打电话", "zh"), ("I'll post it as soon as I've got it", "en")])
def test_vague_spoken_deadlines_are_null(said, lang):
    mentions = find_dates(said, lang, SPOKEN_ON)
    assert [m.rule for m in mentions] == ["vague"]
    assert due_from(mentions)[0] is None


# said in session 4's batches (tests/data/fresh301, fresh401) or like them: the meeting's date, the due
SPOKEN_DUES = [
    ("I'll send the revised shortlist tomorrow, end of day.", "en", "2026-07-01", "2026-07-02"),  # that day's end
    ("Three alternative taglines by Friday, end of day.", "en", "2026-07-01", "2026-07-03"),
    ("I'll do the medication review this morning, before the ward round.", "en", "2026-07-01", "2026-07-01"),
    ("Can you get the incident report in by the end of your shift?", "en", "2026-07-01", "2026-07-01"),
    ("I'll move him before I go home.", "en", "2026-07-01", "2026-07-01"),
    ("I'll do the stairs with him after lunch.", "en", "2026-07-01", "2026-07-01"),
    ("I'll email them to you after this.", "en", "2026-07-01", "2026-07-01"),  # after this meeting
    ("I'll recount aisle twelve before I knock off at six.", "en", "2026-07-01", "2026-07-01"),
    ("The part's coming Monday, I'll fit it Monday.", "en", "2026-10-08", "2026-10-12"),  # on a Thursday: not past
    ("I'll do a dry run on staging this week, Friday.", "en", "2026-10-08", "2026-10-09"),  # that week's Friday
    ("下周，周二给我。", "zh", "2026-10-08", "2026-10-13"),
    ("I'll open a claim within forty-eight hours.", "en", "2026-10-08", "2026-10-10"),
    ("i'll submit the form by the the twelfth before the deadline", "en", "2026-10-08", "2026-10-12"),  # raw ASR
    ("End of May I'll have names and shifts to Priya.", "en", "2025-04-24", "2025-05-31"),
    ("I'll have names for you by the end of July.", "en", "2025-04-24", "2025-07-31"),
    ("Can we aim for mid-May?", "en", "2025-04-24", "2025-05-15"),
    ("Right. Next management meeting, two weeks today, same time.", "en", "2026-11-17", "2026-12-01"),
    ("Let's do a week today.", "en", "2026-11-17", "2026-11-24"),
    ("Next forum's second Tuesday in May, same time, half six. That's the twelfth.", "en", "2026-03-10", "2026-05-12"),
    ("Next meeting same time Wednesday next week.", "en", "2026-06-03", "2026-06-10"),
    ("下次选题会，五月二十一号，还是下午两点。", "zh", "2026-04-16", "2026-05-21"),  # still at two: not a correction
    ("国庆后第一个周三再碰一下。", "zh", "2026-09-22", "2026-10-14"),
]


@pytest.mark.parametrize("said, lang, meeting, due", SPOKEN_DUES)
def test_spoken_dates(said, lang, meeting, due):
    assert due_from(find_dates(said, lang, dt.date.fromisoformat(meeting)))[0] == due


@pytest.mark.parametrize("said", ["I'll draft the appeal plan for the September board.", "for the next meeting",
                                  "before the next board"])
def test_for_the_next_board_is_the_next_meeting(said):
    mentions = find_dates(said, "en", dt.date(2026, 6, 9))
    assert [m.rule for m in mentions] == ["next_meeting"]
    assert due_from(mentions, "2026-09-08")[0] == "2026-09-08"


# a clock time said after the date without "at": "half six", ", ten o'clock", ", seven-thirty", "12 45"
SPOKEN_TIMES = [
    ("Next board is Tuesday the twentieth of January, half six, here again.", "2025-11-18", None, "2026-01-20", "18:30"),
    ("Next meeting is Monday the 20th of April, six o'clock, here.", "2026-01-26", None, "2026-04-20", "18:00"),
    ("Tuesday the thirteenth of October at six thirty, here in the chamber.", "2026-09-15", None, "2026-10-13", "18:30"),
    ("So February seventeenth, seven-thirty, here.", "2026-01-20", "19:30", "2026-02-17", "19:30"),
    ("Fifteenth of July, ten o'clock, here.", "2026-06-17", None, "2026-07-15", "10:00"),
    ("ok post incident review tuesday ten oclock everyone on this call", "2026-08-22", None, "2026-08-25", "10:00"),
    ("Thursday the twenty-first, half two.", "2026-05-07", None, "2026-05-21", "14:30"),
    ("Same time next week, quarter past nine.", "2026-05-07", None, "2026-05-14", "09:15"),
    ("Saturday the ninth, quarter to nine.", "2026-05-07", None, "2026-05-09", "08:45"),
    ("Second Tuesday in March as usual, same time. That's the tenth.", "2026-02-10", "12:45", "2026-03-10", "12:45"),
]


@pytest.mark.parametrize("said, meeting, start, date, time", SPOKEN_TIMES)
def test_spoken_times(said, meeting, start, date, time):
    mentions = [m for m in find_dates(said, "en", dt.date.fromisoformat(meeting), start) if m.date == date]
    assert [m.time for m in mentions] == [time]
