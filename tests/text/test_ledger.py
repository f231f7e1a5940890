"""The conversation ledger: acts linked across turns into decisions and action items."""
from __future__ import annotations

from pathlib import Path

from pipeline import records
from pipeline.text.extract import ExtractOptions
from pipeline.text.extract import extract as extract_with_model


def extract(transcript: records.Transcript) -> records.Minutes:
    """The ledger's own items (the rules alone): what these tests are about. The learned model that
    chooses among them is tested in test_dialogue_model.py and measured by benchmarks/generalization.py."""
    return extract_with_model(transcript, ExtractOptions(learned=False))

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


HELDOUT = Path(__file__).resolve().parent.parent / "data" / "heldout"


def _decisions(stem: str) -> list:
    return extract(records.load_transcript(HELDOUT / f"{stem}.transcript.json")).decisions


def test_the_chairs_proposal_taken_up_by_another_voice_is_decided():
    """zh17: "这样吧，平安夜和跨年夜这两天，营业时间延长到晚上十二点…" / "十二点可以。" / "嗯，十二点也行。"."""
    hours = [d for d in _decisions("zh17_restaurant_region_call") if "十二点" in d.text or "12点" in d.text]
    assert len(hours) == 1 and {"u0011", "u0012"} <= set(hours[0].evidence)


def test_a_backchannel_takes_up_no_proposal(shared):
    """AMI ES2004c: "so we could incorporate voice recognition…" / "Yeah I think" decides nothing."""
    transcript = records.load_transcript(shared / "eval" / "ami" / "ami_ES2004c.transcript.json")
    assert not [d for d in extract(transcript).decisions if "u0698" in d.evidence]


def test_the_chair_summing_up_and_a_rule_for_everyone_are_decisions():
    """en06 "Okay, so let's do distribution at the St. Luke's parking lot on Tuesday, and Derek, we plan…";
    en05 "So for now, everyone books mass spec through Carla, no more individual bookings…";
    zh15 "从这周开始，超期工单一律由分管领导签字说明原因。"."""
    site = [d.text for d in _decisions("en06_food_drive_volunteers") if "St. Luke's" in d.text]
    assert site and "Derek" not in site[0] and "two truck runs" in site[0]
    booking = [d.text for d in _decisions("en05_lab_group_meeting") if "mass spec" in d.text]
    assert booking and "through Carla" in booking[0]  # a name the sentence needs is no vocative
    assert any("分管领导签字" in d.text for d in _decisions("zh15_street_office_weekly"))


def _items(stem: str) -> list:
    return extract(records.load_transcript(HELDOUT / f"{stem}.transcript.json")).action_items


def test_someone_saying_the_person_asked_is_away_moves_the_task():
    """zh16: "郭鹏你把往来邮件、送货单这些都整理一下——" / "沈律，郭鹏下周要…去杭州开庭，整整一周都不在。" /
    "那证据整理何佳你来吧": one task, 何佳's; and "另外管辖，…那就在浦东法院起诉" decides nothing about 方琳's task."""
    items = _items("zh16_law_firm_case")
    assert not [a for a in items if "u0015" in a.evidence]
    assert [a.owner for a in items if "u0017" in a.evidence] == ["何佳"]
    assert [a.owner for a in items if "u0022" in a.evidence] == ["方琳"]  # 方经理，您那边把合同原件…准备好


def test_the_speakers_own_schedule_in_a_correction_is_no_task():
    """zh15: "周敏，…本周三，哦不对，周三我要去区里开党工委扩大会，周四之前报给我审定。" is 周敏's task;
    zh17: "压缩机直接换新的，让工程部去弄" and zh15 "请城管执法中队牵头去现场核查" go to a department."""
    items = _items("zh15_street_office_weekly")
    assert [a.owner for a in items if "u0014" in a.evidence] == ["周敏"]
    assert not [a for a in items if "u0001" in a.evidence]  # "好，人差不多了，我们开会。…主要是三个事"
    assert not [a for a in items if "u0004" in a.evidence]  # "你先把值班的初步安排讲一下" is said on the spot
    squad = [a for a in items if "u0026" in a.evidence]
    assert squad and squad[0].owner is None and squad[0].department == "城管执法中队"
    works = [a for a in _items("zh17_restaurant_region_call") if "u0019" in a.evidence]
    assert works and works[0].department == "工程部" and works[0].due == "2025-12-17"


def test_i_will_take_that_takes_the_work_of_the_declined_request():
    """en05: "Ben, can you go through the waste labels before then?" / "I can, but actually I'm away at the
    conference…" / "I'll take that. I'm here all month." / "Great, thanks Kenji. So the waste labels done by the
    twentieth…"; and "Five I can do." … "Amara, can you run the five substrates?" / "…end of next week should be fine"."""
    items = _items("en05_lab_group_meeting")
    labels = [a for a in items if "u0030" in a.evidence]
    assert labels and labels[0].owner == "Kenji Sato" and "waste labels" in labels[0].task
    assert labels[0].due == "2025-10-20" and "here all month" not in labels[0].task
    substrates = [a for a in items if a.owner == "Amara Osei"]
    assert len(substrates) == 1 and substrates[0].due == "2025-10-17" and "substrates" in substrates[0].task


def test_english_tasks_start_at_the_work():
    """en06: "…, but he does the driver schedule anyway, so Paul will book the rental truck by Monday." ->
    "Book the rental truck"; "Can you do that tonight?" takes its work from "I can post in the volunteer Facebook
    group again"; "…myself, before Thanksgiving" is due the day before Thanksgiving."""
    items = {a.owner: a for a in _items("en06_food_drive_volunteers") if a.owner in ("Paul Jensen", "Maria Lopez")}
    assert items["Paul Jensen"].task == "Book the rental truck"
    assert "myself" not in items["Maria Lopez"].task and items["Maria Lopez"].due == "2025-11-26"
    post = [a for a in _items("en06_food_drive_volunteers") if "u0009" in a.evidence]
    assert post and "Facebook group" in post[0].task


def test_a_question_cancels_nothing_and_relaying_is_no_task():
    """zh14: "那个之前说的全员体检，还搞不搞了？" right after 钱芳 took the supplies keeps her task;
    en06: "…so Paul will book the rental truck by Monday. I'll text him after this." is Paul's task only."""
    supplies = [a for a in _items("zh14_site_safety") if "u0015" in a.evidence]
    assert supplies and supplies[0].owner == "钱芳" and supplies[0].due == "2025-07-09"
    truck = [a for a in _items("en06_food_drive_volunteers") if "u0018" in a.evidence]
    assert [a.owner for a in truck] == ["Paul Jensen"]


def test_a_commitment_reported_for_someone_outside_the_room():
    """en07: "And Tara Nguyen, their account lead, said she'll send us the senior shortlist by the thirteenth.";
    zh17: the chair's "下周二的例会就不开了" dates no one's task."""
    shortlist = [a for a in _items("en07_hr_recruiting_sync") if "u0030" in a.evidence]
    assert shortlist and shortlist[0].owner == "Tara Nguyen" and shortlist[0].due == "2026-03-13"
    assert shortlist[0].task == "Send the senior shortlist"
    cutlery = [a for a in _items("zh17_restaurant_region_call") if "u0035" in a.evidence]
    assert cutlery and cutlery[0].due is None


def test_a_decision_agreeing_to_a_proposal_reads_as_the_proposal():
    """zh16: "那就这样，律师函就不发了，直接起诉…。方经理，您这边确认一下？" / "确认，就按沈律师说的办。";
    zh17: "这样吧，平安夜和跨年夜…" and "定一条，从下周起…" lose their openers."""
    texts = [d.text for d in _decisions("zh16_law_firm_case")]
    suit = [t for t in texts if "直接起诉" in t]
    assert suit and "说的办" not in suit[0] and "确认" not in suit[0]
    assert all(not t.startswith(("这样", "定一条")) for t in (d.text for d in _decisions("zh17_restaurant_region_call")))


def test_a_commitment_with_at_all_lost_its_negation():
    """From audio (tests/data/asr/en01): "If search isn't solid, I'd rather. You know, So, I'll chip it at all."
    (said: "I'd rather not ship it at all") commits no one."""
    minutes = extract(records.load_transcript(ASR / "en01.transcript.json"))
    assert not [a for a in minutes.action_items if "u0006" in a.evidence]


def test_a_yes_to_a_task_asked_in_between_does_not_join_two_decisions():
    """From audio, a second transcription (tests/data/asr/zh03_b): "…那就这么订了啊,从冷练向母抽两个后端,支援两中。…
    然后连调节点,罗琳加了人以后,下下中一能不能完成。" / "周一,加了人的话,应该可以" / "好,那连调完成的节点就到下下周一"
    are two decisions; the first stops where the speaker moves on (然后…)."""
    decisions = extract(records.load_transcript(ASR / "zh03_b.transcript.json")).decisions
    staff = [d for d in decisions if "抽两个后端" in d.text]
    assert staff and "然后" not in staff[0].text and "连调" not in staff[0].text
    assert any("下下周一" in d.text for d in decisions if d is not staff[0])


def test_it_in_a_reply_is_what_the_request_named():
    """en05: "And Kenji, the KIE?" / "Yeah, I'll set it up. I need to order the deuterated substrate first…"."""
    kie = [a for a in _items("en05_lab_group_meeting") if "u0015" in a.evidence]
    assert kie and kie[0].task.startswith("Set up the KIE")


# --- owners and the next meeting, said as people say them (issue 10 §3) --------------------------


def _meeting(lang: str, date: str, start: str, people: list[str], lines: list[tuple[str, str]]) -> records.Minutes:
    """Extract the minutes of a small meeting: ``lines`` are (speaker name, words); the first person chairs."""
    speakers = {name: f"S{i + 1}" for i, name in enumerate(people)}
    transcript = records.Transcript.from_dict({
        "schema": "minutes.transcript/1", "language": lang,
        "meeting": {"title": "例会" if lang == "zh" else "Weekly meeting", "date": date, "start": start,
                    "host": people[0], "attendees": [{"name": n} for n in people]},
        "speakers": {sid: {"name": name} for name, sid in speakers.items()},
        "utterances": [{"id": f"u{i + 1:04d}", "speaker": speakers[who], "start": 10.0 * i, "end": 10.0 * i + 8,
                        "text": text} for i, (who, text) in enumerate(lines)],
    })
    return extract(transcript)


def _owners(minutes: records.Minutes) -> list[tuple[str | None, str | None]]:
    return [(a.owner, a.due) for a in minutes.action_items]


def test_the_person_named_and_told_you_owns_it_not_the_we_that_opened():
    minutes = _meeting("zh", "2024-09-14", "09:30", ["周启明", "邹凯", "段晓雯"], [
        ("周启明", "人员这块，我们这边六个人的名单，邹凯你来出，国庆前给我。"),
        ("邹凯", "好。"),
    ])
    assert _owners(minutes) == [("邹凯", "2024-09-30")]


def test_the_askers_own_i_after_the_request_is_not_the_owner():
    minutes = _meeting("zh", "2025-12-26", "20:30", ["高远", "方敏", "韩东"], [
        ("高远", "方敏，赔偿方案写成正式的函，明早八点前发我，我要带着去。"),
        ("方敏", "好，八点前。"),
    ])
    assert _owners(minutes) == [("方敏", "2025-12-27")]   # "八点前" echoes 明早八点前


def test_a_person_named_as_a_possessor_is_not_the_addressee():
    minutes = _meeting("zh", "2025-09-03", "14:00", ["许文涛", "钱晓曼", "郑国强"], [
        ("钱晓曼", "粗算下来，分批到岗应该能省六七十万，精确的数还没出来。"),
        ("许文涛", "那你回去出一个对比表，郑总原来的方案和分批的方案都列上，分月列。"),
        ("钱晓曼", "可以，下周一给。"),
    ])
    assert _owners(minutes) == [("钱晓曼", "2025-09-08")]


def test_the_one_who_names_the_date_takes_it_not_the_one_who_asked():
    minutes = _meeting("zh", "2025-09-03", "14:00", ["许文涛", "石蕾", "范琳"], [
        ("石蕾", "常熟店的开业日期我这边尽快落实。"),
        ("许文涛", "尽快不行，你给我个日子。"),
        ("石蕾", "……那下周二吧，下周二之前我至少给个结论，能不能按期开。"),
    ])
    owners = _owners(minutes)
    assert owners and all(owner == "石蕾" for owner, _ in owners)
    assert ("石蕾", "2025-09-09") in owners


def test_the_reassigned_final_owner_and_the_volunteer():
    minutes = _meeting("zh", "2026-07-15", "10:00", ["周凯", "黄敏", "邱月"], [
        ("周凯", "版本更新说明，黄敏，你写一下？"),
        ("黄敏", "我这周排得满满的，实在顾不过来。"),
        ("周凯", "那就让邱月写，黄敏你就不用管了，下周三之前给我。"),
        ("邱月", "好的，下周三之前。"),
    ])
    assert _owners(minutes) == [("邱月", "2026-07-22")]


def test_english_owner_is_the_addressee_not_the_askers_i():
    minutes = _meeting("en", "2025-11-18", "18:30", ["Fiona Blackwood", "Sam Okafor", "Helen Marsh"], [
        ("Fiona Blackwood", "Sam, get the two quotes in by close of play Thursday, I'll need them for the board."),
        ("Sam Okafor", "Thursday's fine."),
    ])
    assert _owners(minutes) == [("Sam Okafor", "2025-11-20")]


def test_the_next_meeting_said_as_still_at_the_usual_hour():
    zh = _meeting("zh", "2024-11-13", "08:00", ["宋立华", "方芮", "邓凯"], [
        ("宋立华", "方芮，整改报告初稿周四下班前给我。"),
        ("方芮", "好的。"),
        ("宋立华", "还有别的吗？没有的话，下周三早上还是八点，碰一下整改进度。"),
        ("方芮", "下周三八点，好。"),
    ])
    assert (zh.next_meeting.date, zh.next_meeting.time) == ("2024-11-20", "08:00")
    assert [a.due for a in zh.action_items] == ["2024-11-14"]
    en = _meeting("en", "2025-11-18", "18:30", ["Fiona Blackwood", "Sam Okafor", "Helen Marsh"], [
        ("Fiona Blackwood", "Helen, can you circulate the draft minutes by Friday?"),
        ("Helen Marsh", "Will do."),
        ("Fiona Blackwood", "Right. Next board is Tuesday the twentieth of January, here again. Thank you all."),
    ])
    assert en.next_meeting.date == "2026-01-20"
    assert [(a.owner, a.due) for a in en.action_items] == [("Helen Marsh", "2025-11-21")]


def test_a_meeting_left_to_be_fixed_later_has_no_date():
    minutes = _meeting("zh", "2026-01-19", "10:00", ["黎志强", "冼国华", "邝宇"], [
        ("黎志强", "冼工，你下午下班前把用量算准了给我。"),
        ("冼国华", "好，下午下班前。"),
        ("黎志强", "那就这样，周四我谈完了在群里说，要不要再碰，到时候再定。"),
    ])
    assert minutes.next_meeting is None or minutes.next_meeting.date is None
    assert [a.due for a in minutes.action_items] == ["2026-01-19"]


def test_a_reply_naming_only_the_date_takes_the_request():
    zh = _meeting("zh", "2024-03-15", "16:00", ["郑立群", "林悦", "叶青"], [
        ("林悦", "叶老师，试卷最晚二十五号要给我，我要送保密室去印。"),
        ("叶青", "二十五号之前给你。"),
    ])
    assert _owners(zh) == [("叶青", "2024-03-25")]
    en = _meeting("en", "2025-11-18", "18:30", ["Margaret Oyelaran", "Helen Marsh", "Gareth Pryce"], [
        ("Gareth Pryce", "I can ring the boatyard tomorrow and get the terms in writing."),
        ("Helen Marsh", "Actually, Gareth, I've been dealing with their office manager all along. Let me do it."),
        ("Gareth Pryce", "Fair enough, it's yours."),
        ("Margaret Oyelaran", "Thanks, Helen. Can we have the quote and the terms by close of play Thursday?"),
        ("Helen Marsh", "Thursday's fine."),
    ])
    assert ("Helen Marsh", "2025-11-20") in _owners(en)
    assert all(owner != "Gareth Pryce" for owner, _ in _owners(en))


def test_the_plain_present_of_raw_or_non_native_speech_commits():
    minutes = _meeting("en", "2024-11-04", "14:00", ["Katrin Vogel", "Agnieszka Wojcik", "Marco Bellini"], [
        ("Katrin Vogel", "ok the calibration data for the deliverable"),
        ("Agnieszka Wojcik", "and i send the calibration data from the lab to marco until friday this friday"),
        ("Katrin Vogel", "ok good"),
    ])
    assert ("Agnieszka Wojcik", "2024-11-08") in _owners(minutes)



def test_a_date_turned_down_in_the_reply_gives_way_to_the_new_one():
    turned_down = _meeting("zh", "2025-12-27", "09:00", ["滕卫东", "阎琳", "杭秀芝"], [
        ("滕卫东", "严会计，处理报告你那边月底之前能出来吗？"),
        ("阎琳", "月底来不及，补单要31号才交齐，我最早也得下个月五号出报告。"),
        ("滕卫东", "那就五号。"),
    ])
    assert _owners(turned_down) == [("阎琳", "2026-01-05")]
    objection = _meeting("zh", "2025-12-26", "20:30", ["高远", "杨柳", "韩东"], [
        ("杨柳", "高总，离线开门这个需求，下周五之前我出个PRD。"),
        ("韩东", "下周五是二号，元旦还在放假呢。"),
        ("杨柳", "哦对，那就一月五号，周一，我一月五号出PRD。"),
        ("高远", "可以。"),
    ])
    assert _owners(objection) == [("杨柳", "2026-01-05")]
