"""Minutes built from the evaluation gold answers, so render/track tests run on real meetings."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import records

ZH_CASE = "zh01_cross_dept_promo"
EN_CASE = "en01_release_planning"


def minutes_from_gold(eval_dev: Path, case: str) -> tuple[records.Minutes, records.Transcript]:
    """A Minutes record from ``<case>.gold.json`` + its transcript's meeting (topics from the agenda)."""
    transcript = records.load_transcript(eval_dev / f"{case}.transcript.json")
    gold = records.read_json(eval_dev / f"{case}.gold.json")
    obj = {
        "schema": records.MINUTES_SCHEMA,
        "language": transcript.language,
        "meeting": transcript.meeting.to_dict(),
        "topics": [{"title": title, "points": [], "evidence": []} for title in transcript.meeting.agenda],
        "decisions": gold["decisions"],
        "action_items": gold["action_items"],
        "next_meeting": gold.get("next_meeting"),
    }
    return records.Minutes.from_dict(obj, source=eval_dev / f"{case}.gold.json"), transcript


@pytest.fixture()
def zh_meeting(eval_dev: Path) -> tuple[records.Minutes, records.Transcript]:
    return minutes_from_gold(eval_dev, ZH_CASE)


@pytest.fixture()
def en_meeting(eval_dev: Path) -> tuple[records.Minutes, records.Transcript]:
    return minutes_from_gold(eval_dev, EN_CASE)
