"""A meeting of a series follows up the earlier meetings' open actions (issue 11 §2)."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest

from pipeline import records
from pipeline.series import add_follow_up
from pipeline.text.followup import status_said


@pytest.mark.parametrize("text, lang, status", [
    ("海报初稿已经发了，上周五就发给王磊了", "zh", "done"),
    ("视频小刘在录，但是这周客户那边事情比较多，可能要推到8月20号。", "zh", "delayed"),
    ("还没发，这两天在改", "zh", "delayed"),
    ("方案还在写，差不多了", "zh", "in_progress"),
    ("好，那今天就到这儿。", "zh", None),
    ("The triage is done.", "en", "done"),
    ("The migration slipped to Friday.", "en", "delayed"),
    ("It's not finished yet.", "en", "delayed"),
    ("I'm still working on it.", "en", "in_progress"),
    ("Let's meet again next Thursday.", "en", None),
])
def test_the_status_a_turn_states(text, lang, status):
    assert status_said(text, lang) == status


def _by_owner(items: list[records.FollowUpItem]) -> dict[str, records.FollowUpItem]:
    return {i.owner: i for i in items}


def test_the_second_meeting_lists_the_firsts_open_items_with_what_was_said(series_drafts):
    _, minutes, transcript = series_drafts("zh")
    items = _by_owner(minutes.follow_up)
    assert set(items) == {"林晓", "王磊", "吴婷", "陈浩"}  # every action item of the first meeting
    assert all(i.meeting == "8月新版本功能推广协调会" and i.meeting_date == "2024-08-06" for i in items.values())

    poster = items["林晓"].update
    assert poster.status == "done" and poster.due is None
    assert "海报初稿已经发了" in poster.said and poster.evidence == ["u0001", "u0002"]  # the question, the answer

    video = items["王磊"].update
    assert video.status == "delayed" and video.due == "2024-08-20" and items["王磊"].due == "2024-08-15"
    assert video.due_text == "8月20号" and video.evidence[-1] == "u0005"

    assert items["陈浩"].update.status == "done"  # "排期我昨天已经发群里了" (the 月底前 is about the fixes)
    assert items["吴婷"].update is None  # the quotes were not mentioned
    assert items["吴婷"].status == "delayed"  # due 2024-08-07, a week before, not done: as the sheet marks it

    notes = {n.where: n.why for n in minutes.review if n.where.startswith("follow_up[")}
    assert len(notes) == 3
    k = minutes.follow_up.index(items["王磊"])
    assert "王磊提到" in notes[f"follow_up[{k}]"] and "2024-08-20" in notes[f"follow_up[{k}]"]
    assert minutes.to_dict()["follow_up"][k]["update"]["due"] == "2024-08-20"  # an added key of the minutes JSON


def test_an_english_series_the_migration_slipped(series_drafts):
    _, minutes, _ = series_drafts("en")
    items = _by_owner(minutes.follow_up)
    assert items["Tom Becker"].update.status == "done"
    runbook = items["Bob Kim"].update
    assert runbook.status == "delayed" and runbook.due == "2025-10-29"  # "by next Wednesday", said on 2025-10-23
    assert items["Alice Moreno"].update.status == "done"
    assert items["Priya Raman"].update is None


def test_no_follow_up_outside_a_series_or_for_its_first_meeting(series_extracted, tmp_path: Path):
    ta, ma, tb, mb = (copy.deepcopy(x) for x in series_extracted("zh"))
    records.save_json(ta, tmp_path / "a.transcript.json")
    records.save_json(ma, tmp_path / "a.minutes.json")
    first = copy.deepcopy(ma)
    assert add_follow_up(first, ta, tmp_path, tmp_path / "a.minutes.json") == 0 and not first.follow_up
    assert "follow_up" not in first.to_dict()  # minutes without one look as before

    other = copy.deepcopy(mb)
    other.meeting.extra["series"] = "另一个系列"
    assert add_follow_up(other, tb, tmp_path, tmp_path / "b.minutes.json") == 0
    alone = copy.deepcopy(mb)
    alone.meeting.extra.pop("series")
    assert add_follow_up(alone, tb, tmp_path, tmp_path / "b.minutes.json") == 0


def test_a_third_meeting_no_longer_lists_what_the_second_closed(series_drafts, series_extracted):
    """Without a tracking sheet: the second draft's follow-up table closes the poster and the schedule."""
    out, _, tb = series_drafts("zh")
    third = copy.deepcopy(series_extracted("zh")[3])
    third.meeting.date, third.meeting.title = "2024-08-20", "8月新版本功能推广协调会（第三次）"
    quiet = copy.deepcopy(tb)
    quiet.meeting = third.meeting
    quiet.utterances = quiet.utterances[-1:]  # says nothing about them
    add_follow_up(third, quiet, out, out / "c.minutes.json")
    items = _by_owner(third.follow_up)
    assert set(items) == {"王磊", "吴婷", "林晓"}  # the video, the quotes, and the second meeting's own item
    assert items["王磊"].due == "2024-08-20" and items["王磊"].status == "delayed"
    assert items["林晓"].meeting_date == "2024-08-13"


def test_the_same_people_talking_about_other_work_update_nothing(series_drafts, series_extracted):
    """The owners speak, with dates and "发给", about new work only: no update is read into that."""
    out, _, tb = series_drafts("zh")
    for path in out.glob("b.*"):  # only the first meeting's items are open
        path.unlink()
    later = copy.deepcopy(series_extracted("zh")[3])
    talk = copy.deepcopy(tb)
    talk.utterances = talk.utterances[8:]  # 功能A九月推广: "可以，我下周五前把方案发给大家。"
    later.meeting.date = talk.meeting.date = "2024-08-20"
    add_follow_up(later, talk, out, out / "c.minutes.json")
    assert later.follow_up and not any(i.update for i in later.follow_up)


def test_unrelated_meetings_in_the_series_update_nothing(series_drafts, eval_dev: Path):
    """Every other dev meeting, put in the first one's series: none of them speaks of its items."""
    out, _, _ = series_drafts("zh")
    for case in ("zh03_milestone_slip", "zh05_customer_complaint", "zh09_annual_party", "zh10_app_release"):
        transcript = records.load_transcript(eval_dev / f"{case}.transcript.json")
        transcript.meeting.extra["series"], transcript.meeting.date = "8月新版本推广", "2030-01-01"
        minutes = records.Minutes(language="zh", meeting=transcript.meeting)
        add_follow_up(minutes, transcript, out, out / "z.minutes.json")
        assert minutes.follow_up and not any(i.update for i in minutes.follow_up), case


def test_a_broken_sheet_draft_or_minutes_in_the_folder_does_not_stop_the_follow_up(series_drafts, series_extracted):
    out, _, tb = series_drafts("zh")
    (out / "actions.xlsx").write_bytes(b"not a workbook")  # e.g. a half-synced copy
    (out / "a.docx").write_bytes(b"PK broken")  # the first draft damaged: its minutes are read instead
    (out / "junk.minutes.json").write_text("{", encoding="utf-8")
    again = copy.deepcopy(series_extracted("zh")[3])
    add_follow_up(again, tb, out, out / "b.minutes.json")
    assert {i.owner for i in again.follow_up} == {"林晓", "王磊", "吴婷", "陈浩"}
    assert sum(i.update is not None for i in again.follow_up) == 3
