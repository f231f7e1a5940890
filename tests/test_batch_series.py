"""The batch and a series (issue 11 §2): earlier meetings first, the later one follows them up."""
from __future__ import annotations

import copy
from pathlib import Path

from pipeline import records
from pipeline.batch import BatchOptions, _run_task, _Task, series_waves
from pipeline.sidecar import Sidecar

ROOT = Path(__file__).resolve().parent


def _task(out: Path, stem: str, transcript: records.Transcript) -> _Task:
    path = out / f"{stem}.transcript.json"
    records.save_json(transcript, path)
    sidecar = Sidecar(path=None, meeting=copy.deepcopy(transcript.meeting))
    return _Task(stem, stem, out / f"{stem}.m4a", sidecar, stem, ("extract", "render"), path,
                 out / f"{stem}.minutes.json", out / f"{stem}.docx", BatchOptions(), out_dir=out)


def test_a_series_meeting_waits_for_the_earlier_ones_and_follows_them_up(eval_dev: Path, tmp_path: Path):
    first = records.load_transcript(eval_dev / "zh01_cross_dept_promo.transcript.json")
    first.meeting.extra["series"] = "8月新版本推广"
    second = records.load_transcript(ROOT / "data" / "series" / "zh01_followup.transcript.json")
    other = records.load_transcript(eval_dev / "zh03_milestone_slip.transcript.json")  # no series
    b, a, c = _task(tmp_path, "b", second), _task(tmp_path, "a", first), _task(tmp_path, "c", other)

    waves = series_waves([b, a, c])  # given in the inbox's order: the second meeting first
    assert [[t.key for t in w] for w in waves] == [["c", "a"], ["b"]] or \
        [[t.key for t in w] for w in waves] == [["a", "c"], ["b"]]
    for wave in waves:
        for task in wave:
            result = _run_task(task, transcribe=None)
            assert result.error is None, result.error
    minutes = records.load_minutes(tmp_path / "b.minutes.json")
    assert {i.owner for i in minutes.follow_up} == {"林晓", "王磊", "吴婷", "陈浩"}
    assert sum(i.update is not None for i in minutes.follow_up) == 3
    assert not records.load_minutes(tmp_path / "a.minutes.json").follow_up
    assert "follow_up" not in records.read_json(tmp_path / "c.minutes.json")
