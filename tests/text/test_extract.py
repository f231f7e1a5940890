"""Extraction on the real evaluation meetings: regression floors, behaviours, bad input, CLI."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import records
from pipeline.cli import app
from pipeline.text.extract import ExtractOptions, extract
from pipeline.text.scoring import score_dirs

# what the extractor reaches on ../shared/eval (minus a small margin); raise them as it improves
DEV_FLOORS = {"decisions_f1": 0.93, "actions_f1": 0.95, "owner": 0.96, "due": 0.96, "next": 0.93}
# AMI reaches 0.60 / 0.62 with the learned model trained on it (tuned); cross-validated by meeting it is
# 0.1-0.2 / ~0.5 (benchmarks/generalization.py): a check against drowning, not a quality target
AMI_FLOORS = {"decisions_f1": 0.37, "actions_precision": 0.55}


def _predict(eval_dir: Path, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(eval_dir.glob("*.transcript.json")):
        stem = path.name[: -len(".transcript.json")]
        records.save_json(extract(records.load_transcript(path)), out / f"{stem}.minutes.json")
    return out


@pytest.fixture(scope="module")
def dev_predictions(eval_dev: Path, tmp_path_factory) -> Path:
    return _predict(eval_dev, tmp_path_factory.mktemp("pred_dev"))


@pytest.fixture(scope="module")
def dev_minutes(dev_predictions: Path) -> dict[str, dict]:
    return {p.name[: -len(".minutes.json")]: json.loads(p.read_text(encoding="utf-8"))
            for p in dev_predictions.glob("*.minutes.json")}


def test_dev_scores_stay_above_floors(eval_dev, dev_predictions):
    t = score_dirs(eval_dev, dev_predictions)["total"]
    assert t["decisions"]["f1"] >= DEV_FLOORS["decisions_f1"]
    assert t["action_items"]["f1"] >= DEV_FLOORS["actions_f1"]
    assert t["owner_accuracy"] >= DEV_FLOORS["owner"]
    assert t["due_accuracy"] >= DEV_FLOORS["due"]
    assert t["next_meeting_accuracy"] >= DEV_FLOORS["next"]
    assert t["leak_rate"] <= 0.02


def test_ami_is_not_drowned_in_false_alarms(shared, tmp_path):
    ami = shared / "eval" / "ami"
    t = score_dirs(ami, _predict(ami, tmp_path))["total"]
    assert t["decisions"]["f1"] >= AMI_FLOORS["decisions_f1"]
    assert t["action_items"]["precision"] >= AMI_FLOORS["actions_precision"]


def test_package_scorer_gives_the_scorer_of_records_figures(shared, eval_dev, dev_predictions):
    run = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(eval_dev), str(dev_predictions), "--json"],
                         capture_output=True, text=True, check=True)
    assert json.loads(run.stdout) == json.loads(json.dumps(score_dirs(eval_dev, dev_predictions), ensure_ascii=False))


def _owners_by_evidence(minutes: dict) -> dict[str, str | None]:
    return {e: a["owner"] for a in minutes["action_items"] for e in a["evidence"]}


def test_reassigned_cancelled_and_hypothetical_tasks_are_not_action_items(dev_minutes):
    zh01 = dev_minutes["zh01_cross_dept_promo"]
    evidence = _owners_by_evidence(zh01)
    assert "u0021" not in evidence  # 那个不用做了
    assert "u0024" not in evidence  # 陈浩 declined (抽不出人); the video went to 王磊
    assert evidence.get("u0026") == "王磊"
    assert "u0032" not in evidence  # 要不搞个线下培训会? rejected
    zh04 = _owners_by_evidence(dev_minutes["zh04_resource_realloc_asr"])
    assert "u0027" not in zh04  # 要是报价超过15万…到时候再说


def test_next_meeting_same_time_and_to_be_announced(dev_minutes):
    assert dev_minutes["zh01_cross_dept_promo"]["next_meeting"]["date"] == "2024-08-13"
    assert dev_minutes["zh01_cross_dept_promo"]["next_meeting"]["time"] == "14:00"  # 下周二同一时间
    later = dev_minutes["zh11_payment_outage"]["next_meeting"]  # 时间另行通知
    assert later is not None and later["date"] is None
    # "下次开会之前" takes the next meeting's date
    bugfix = [a for a in dev_minutes["zh01_cross_dept_promo"]["action_items"] if a["owner"] == "陈浩"]
    assert bugfix and bugfix[0]["due"] == "2024-08-13"


def test_vague_deadline_is_null_with_a_review_note(dev_minutes):
    zh04 = dev_minutes["zh04_resource_realloc_asr"]
    k, item = next((k, a) for k, a in enumerate(zh04["action_items"]) if "u0026" in a["evidence"])  # 好我尽快问
    assert item["due"] is None and item["due_text"] == "尽快"
    assert any(r["where"] == f"action_items[{k}].due" for r in zh04["review"])


def test_department_only_owner_and_unnamed_speakers(dev_minutes):
    zh02 = dev_minutes["zh02_cross_dept_onboarding"]
    legal = [a for a in zh02["action_items"] if a["department"] == "法务部"]
    assert legal and legal[0]["owner"] is None
    zh05 = dev_minutes["zh05_customer_complaint"]
    assert _owners_by_evidence(zh05).get("u0011") == "孙涛"  # S2 introduced himself: 我是物流部的孙涛
    assert any(r["where"] == "speakers.S2" for r in zh05["review"])


def test_every_item_has_evidence_and_confidence_and_no_colloquial_markers(dev_minutes):
    from pipeline.text.wording import LEAK_MARKERS

    for minutes in dev_minutes.values():
        for item in minutes["action_items"] + minutes["decisions"]:
            assert item["evidence"] and 0 < item["confidence"] <= 1
        for a in minutes["action_items"]:
            assert not any(m in f" {a['task'].lower()}" for m in LEAK_MARKERS)


def test_empty_transcript_gives_empty_minutes_with_a_note():
    minutes = extract(records.Transcript(language="zh", meeting=records.Meeting(title="空会")))
    assert minutes.decisions == [] and minutes.action_items == [] and minutes.next_meeting is None
    assert minutes.review and minutes.review[0].where == "transcript"
    assert minutes.meeting.title == "空会"


def test_options_have_their_defaults_in_one_place():
    assert ExtractOptions().min_action_confidence == 0.5


runner = CliRunner()


def test_cli_extract_writes_minutes_beside_the_input(eval_dev, tmp_path):
    src = tmp_path / "zh05.transcript.json"
    shutil.copy(eval_dev / "zh05_customer_complaint.transcript.json", src)
    result = runner.invoke(app, ["extract", str(src)])
    assert result.exit_code == 0, result.output
    minutes = records.load_minutes(tmp_path / "zh05.minutes.json")
    assert minutes.action_items and minutes.meeting.date == "2025-09-16"


@pytest.mark.parametrize("content, key", [
    ('{"language": "zh", "utterances": [', "line 1"),
    ('{"language": "zh"}', "utterances"),
    ('{"language": "zh", "utterances": [{"id": "u1", "speaker": "S1", "start": "0", "end": 1, "text": "好"}]}',
     "utterances[0].start"),
])
def test_cli_extract_bad_input_names_file_and_key(tmp_path, content, key):
    bad = tmp_path / "bad.transcript.json"
    bad.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(bad), "-o", str(tmp_path / "out.json")])
    assert result.exit_code != 0
    text = result.output.replace("\n", "")  # rich wraps long paths
    assert "bad.transcript.json" in text and key in text
    assert not (tmp_path / "out.json").exists()


def test_cli_eval_prints_the_scorers_table(eval_dev, tmp_path):
    small = tmp_path / "eval"
    small.mkdir()
    for name in ("en01_release_planning.transcript.json", "en01_release_planning.gold.json"):
        shutil.copy(eval_dev / name, small / name)
    result = runner.invoke(app, ["eval", str(small), "--out", str(tmp_path / "pred")])
    assert result.exit_code == 0, result.output
    assert "en01_release_planning" in result.output and "TOTAL" in result.output
    assert (tmp_path / "pred" / "en01_release_planning.minutes.json").exists()


def test_a_yes_misattributed_to_another_voice_keeps_the_named_owner(eval_dev):
    transcript = records.load_transcript(eval_dev / "en01_release_planning.transcript.json")
    reply = next(u for u in transcript.utterances if u.id == "u0022")  # "Sure, I'll take it." (Bob)
    reply.speaker = "S2"  # diarization gave Bob's answer to Tom
    minutes = extract(transcript)
    runbook = [a for a in minutes.action_items if "u0021" in a.evidence]
    assert runbook and runbook[0].owner == "Bob Kim" and runbook[0].due == "2025-10-24"


def test_request_by_name_and_a_deadline_corrected_in_a_later_turn(eval_dev):
    zh02 = records.load_transcript(eval_dev / "zh02_cross_dept_onboarding.transcript.json")
    said = [("S1", "马骏，培训材料周三之前发我。"), ("S4", "好的，周三之前发您。"),
            ("S1", "不对，周三我出差，改成周四吧。")]  # the roster and date of a real meeting
    zh02.utterances = [records.Utterance(id=f"u{i + 1}", speaker=s, start=i, end=i + 1, text=x)
                       for i, (s, x) in enumerate(said)]
    items = extract(zh02).action_items
    assert len(items) == 1 and items[0].owner == "马骏"
    assert items[0].due == "2025-03-20" and items[0].evidence == ["u1", "u2", "u3"]


def test_before_our_next_sync_is_a_deadline_not_the_next_meeting():
    """heldout en07: "Sure, I'll take the first pass. I'll have drafts before our next sync." / "same time next week"."""
    path = Path(__file__).resolve().parent.parent / "data" / "heldout" / "en07_hr_recruiting_sync.transcript.json"
    minutes = extract(records.load_transcript(path))
    assert minutes.next_meeting.date == "2026-03-11"
    drafts = [a for a in minutes.action_items if "u0028" in a.evidence]
    assert drafts and drafts[0].due == "2026-03-11" and drafts[0].owner == "Marcus Lee"
    assert not drafts[0].task.startswith("Marcus")


def test_comments_on_the_work_leave_the_task(dev_minutes):
    """zh07 "…并发送恒美，好排产" / "…，内部审批用"; zh04 "…，问清楚在说" / "测试去协调，这个问题不大";
    zh10 "回归用例我这边三个工作日内补齐，等他们修完就直接开测"."""
    tasks = [a["task"] for stem in ("zh04_resource_realloc_asr", "zh07_supplier_price", "zh10_app_release")
             for a in dev_minutes[stem]["action_items"]]
    for comment in ("好排产", "内部审批用", "在说", "问题不大", "直接开测"):
        assert not any(comment in t for t in tasks), comment
    assert "补齐回归用例" in tasks


def test_spoken_object_first_tasks_read_verb_object(dev_minutes):
    """zh10 "六个严重bug…必须修完" -> 修复六个严重bug; zh09 "酒店你去谈" -> 与酒店洽谈;
    zh05 "这个赔偿你去跟客户谈" -> 与客户协商赔偿; zh06 "让他们把这一批的检测报告给我们" -> 请其提供… (他们 is 其, not 对方)"""
    tasks = [a["task"] for m in dev_minutes.values() for a in m["action_items"]]
    assert "修复六个严重bug" in tasks
    assert any(t.startswith("与酒店洽谈") for t in tasks)
    assert any(t.startswith("与客户协商赔偿") for t in tasks)
    assert any("请其提供这一批的检测报告" in t for t in tasks)


def test_a_speaker_named_from_a_misheard_name_is_flagged_for_review():
    """Whisper wrote 崔佳 as "随家" (zh05 from audio); naming named S4 by sound, and the draft says so."""
    from pipeline.audio.naming import name_speakers
    from pipeline.sidecar import parse_sidecar

    transcript = records.load_transcript(Path(__file__).parent.parent / "data" / "asr" / "zh05.transcript.json")
    sidecar = parse_sidecar({"attendees": [{"name": a.name} for a in transcript.meeting.attendees],
                             "absent": [{"name": a.name} for a in transcript.meeting.absent]}, None)
    transcript.speakers = name_speakers(transcript.utterances, None, None, sidecar, "zh")
    label = next(k for k, s in transcript.speakers.items() if s.extra.get("heard_as"))
    notes = [n.why for n in extract(transcript).review if n.where == f"speakers.{label}"]
    assert any("崔佳" in why and "随家" in why for why in notes), notes


# --- speech recognition's own confidence (words[].p) ----------------------------------------------

HEARD_LOW = ("转写置信度低", "Low transcription confidence")


def _asr(stem: str, with_p: bool = True) -> records.Transcript:
    transcript = records.load_transcript(Path(__file__).parent.parent / "data" / "asr" / f"{stem}.transcript.json")
    if not with_p:  # as if written by hand
        for u in transcript.utterances:
            for w in u.words or []:
                w.p = None
    return transcript


def test_an_action_item_heard_in_doubt_is_kept_with_a_review_note():
    """zh03 from audio: "下周三他们有个周立魂" (周例会) is in doubt; the action said in it stays, highlighted
    (confidence below the draft's 0.6) with a note quoting the words to check against the recording."""
    heard, typed = extract(_asr("zh03")), extract(_asr("zh03", with_p=False))
    assert [a.task for a in heard.action_items] == [a.task for a in typed.action_items]  # never dropped
    k = next(i for i, a in enumerate(heard.action_items) if "u0028" in a.evidence)
    assert heard.action_items[k].confidence <= ExtractOptions().doubtful_confidence < 0.6
    assert typed.action_items[k].confidence >= 0.6
    notes = [n.why for n in heard.review if n.where == f"action_items[{k}].task"]
    assert notes == ["转写置信度低:“下周三他们有个周立魂”,请对照录音核实"]


def test_a_decision_heard_in_doubt_gets_a_review_note_in_english():
    minutes = extract(_asr("en01"))
    k = next(i for i, d in enumerate(minutes.decisions) if "ship's dark" in d.text)
    assert minutes.decisions[k].confidence < 0.6
    assert any(n.where == f"decisions[{k}]" and n.why == 'Low transcription confidence: "You search ship\'s dark"; '
               "check against the recording" for n in minutes.review)


def test_without_word_probabilities_nothing_is_in_doubt(dev_minutes):
    """Hand-written transcripts (no p) are read as before: no confidence notes, the same items."""
    for minutes in dev_minutes.values():
        assert not any(h in n["why"] for n in minutes["review"] for h in HEARD_LOW)
    typed = extract(_asr("zh05", with_p=False))
    assert not any(h in n.why for n in typed.review for h in HEARD_LOW)
    heard = extract(_asr("zh05"))
    assert [(a.task, a.owner, a.due) for a in heard.action_items] == [(a.task, a.owner, a.due) for a in typed.action_items]
    assert [d.text for d in heard.decisions] == [d.text for d in typed.decisions]


def test_a_task_that_says_no_work_is_flagged_for_the_recorder():
    """Whisper on zh03 (a third transcription): "请谢鹏你那个两周内搞定" — what "那个" is was said turns
    before, by no request to 谢鹏: the task reads only "完成", so the draft asks the recorder to complete it."""
    transcript = records.load_transcript(Path(__file__).parent.parent / "data" / "asr" / "zh03_c.transcript.json")
    minutes = extract(transcript)
    notes = {n.where: n.why for n in minutes.review}
    k, item = next((k, a) for k, a in enumerate(minutes.action_items) if a.owner == "谢鹏" and len(a.task) < 4)
    assert "不完整" in notes[f"action_items[{k}].task"] and item.confidence <= 0.5
    complete = [k for k, a in enumerate(minutes.action_items) if len(a.task) >= 6]
    assert complete and not any("不完整" in notes.get(f"action_items[{k}].task", "") for k in complete)


@pytest.mark.parametrize("stem, task_words, due, evidence", [
    # "下周一我给你。" / "下周一太晚了，…你周六前给我。": Saturday, and the turn that turned Monday down
    ("f_zh202_logistics_depot_peak", "车辆清单", "2025-10-25", "u0017"),
    # "I'll update the incident process doc with the comms role." / "Next Monday?"
    ("f_en202_cert_expiry_postmortem", "incident process", "2026-02-16", "u0053"),
])
def test_a_deadline_said_in_the_turns_after_an_item(stem, task_words, due, evidence):
    """The date turned down and replaced, or asked for right after an undated item, is the deadline, and
    its turn is evidence (tests/data/fresh, written by someone who never read the code)."""
    root = Path(__file__).resolve().parents[1] / "data" / "fresh"
    transcript = records.load_transcript(root / f"{stem}.transcript.json")
    for options in (ExtractOptions(learned=False), ExtractOptions()):
        item = next(a for a in extract(transcript, options).action_items if task_words in a.task)
        assert item.due == due and evidence in item.evidence
