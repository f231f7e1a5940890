"""Shared fixtures: the real recordings and transcripts in ../shared."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MINUTES_SHARED") or ROOT.parent / "shared")


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the checkout (as in CI): audio/, eval/, FORMATS.md."""
    if not (SHARED / "FORMATS.md").exists():
        pytest.fail(f"shared data not found at {SHARED}; set MINUTES_SHARED")
    return SHARED


@pytest.fixture(scope="session")
def eval_dev(shared: Path) -> Path:
    return shared / "eval" / "dev"


@pytest.fixture(scope="session")
def shared_audio(shared: Path) -> Path:
    return shared / "audio"


# --- a series of two meetings (issue 11 §2): a dev meeting and its follow-up a week later ----------

SERIES_CASES = {
    "zh": ("zh01_cross_dept_promo", "zh01_followup", "8月新版本推广"),
    "en": ("en01_release_planning", "en01_followup", "v4.2 release"),
}


@pytest.fixture(scope="session")
def series_extracted(eval_dev: Path):
    """lang -> (transcript A, minutes A, transcript B, minutes B), extracted once per session."""
    from pipeline import records
    from pipeline.text.extract import extract

    cache = {}

    def get(lang: str):
        if lang not in cache:
            first, second, series = SERIES_CASES[lang]
            ta = records.load_transcript(eval_dev / f"{first}.transcript.json")
            ta.meeting.extra["series"] = series
            tb = records.load_transcript(ROOT / "tests" / "data" / "series" / f"{second}.transcript.json")
            cache[lang] = (ta, extract(ta), tb, extract(tb))
        return cache[lang]

    return get


@pytest.fixture()
def series_drafts(series_extracted, tmp_path: Path):
    """build(lang) -> the drafts folder as the batch leaves it for the two meetings (a.*, b.*), the
    second one's minutes with its follow-up of the first; returns (folder, minutes B, transcript B)."""
    import copy

    from pipeline import records
    from pipeline.render.docx import render_docx
    from pipeline.series import add_follow_up

    def build(lang: str, folder: Path | None = None):
        ta, ma, tb, mb = (copy.deepcopy(x) for x in series_extracted(lang))
        out = folder or tmp_path / f"drafts-{lang}"
        out.mkdir(parents=True, exist_ok=True)
        records.save_json(ta, out / "a.transcript.json")
        records.save_json(ma, out / "a.minutes.json")
        render_docx(ma, out / "a.docx", ta)
        records.save_json(tb, out / "b.transcript.json")
        add_follow_up(mb, tb, out, out / "b.minutes.json")
        records.save_json(mb, out / "b.minutes.json")
        render_docx(mb, out / "b.docx", tb)
        return out, mb, tb

    return build
