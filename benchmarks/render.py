"""Render and track speed: every dev meeting, and one long meeting made from them.

Builds minutes from each ../shared/eval/dev/<case>.gold.json (+ its transcript),
renders the draft with the appendix, then runs `track` over all the drafts;
finally a 3-hour meeting (the dev transcripts end to end, all their action
items) to show the cost grows with the transcript, not faster. Prints one row
per draft: utterances, action rows, comments, render time, file size.

    .venv/bin/python benchmarks/render.py
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MINUTES_SHARED") or ROOT.parent / "shared")
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402

from pipeline import records  # noqa: E402
from pipeline.render.docx import RenderOptions, render_docx  # noqa: E402
from pipeline.render.tracker import track  # noqa: E402


def minutes_from_gold(case: Path) -> tuple[records.Minutes, records.Transcript]:
    transcript = records.load_transcript(case.with_name(case.name.replace(".gold.", ".transcript.")))
    gold = records.read_json(case)
    minutes = records.Minutes.from_dict({
        "language": transcript.language, "meeting": transcript.meeting.to_dict(),
        "topics": [{"title": t, "evidence": []} for t in transcript.meeting.agenda],
        "decisions": gold["decisions"], "action_items": gold["action_items"],
        "next_meeting": gold.get("next_meeting")})
    return minutes, transcript


def long_meeting(pairs: list[tuple[records.Minutes, records.Transcript]]) -> tuple[records.Minutes, records.Transcript]:
    """The zh dev meetings end to end, repeated to about 3 hours, ids renumbered."""
    minutes, transcript = (records.Minutes.from_dict(pairs[0][0].to_dict()),
                           records.Transcript.from_dict(pairs[0][1].to_dict()))
    transcript.utterances, minutes.action_items, minutes.decisions = [], [], []
    offset, n = 0.0, 0
    while offset < 3 * 3600:
        for m, t in pairs:
            if t.language != "zh":
                continue
            rename = {}
            for u in t.utterances:
                n += 1
                rename[u.id] = f"u{n:05d}"
                transcript.utterances.append(records.Utterance(rename[u.id], u.speaker, u.start + offset,
                                                               u.end + offset, u.text))
            for item in m.action_items:
                copy = records.ActionItem.from_dict(item.to_dict())
                copy.evidence = [rename[e] for e in item.evidence if e in rename]
                minutes.action_items.append(copy)
            offset += t.utterances[-1].end if t.utterances else 0
    transcript.speakers = {k: v for _, t in pairs for k, v in t.speakers.items()}
    return minutes, transcript


def main() -> None:
    cases = sorted((SHARED / "eval" / "dev").glob("*.gold.json"))
    pairs = [minutes_from_gold(c) for c in cases]
    pairs.append(long_meeting(pairs))
    names = [c.name.removesuffix(".gold.json") for c in cases] + ["long_3h_zh"]
    with tempfile.TemporaryDirectory() as tmp:
        drafts = []
        print(f"{'draft':<32}{'utts':>6}{'rows':>6}{'comments':>10}{'render s':>10}{'KB':>8}")
        for name, (m, t) in zip(names, pairs):
            out = Path(tmp) / f"{name}.docx"
            t0 = time.perf_counter()
            render_docx(m, out, t, RenderOptions(appendix=True))
            seconds = time.perf_counter() - t0
            comments = len(list(docx.Document(str(out)).comments))
            print(f"{name:<32}{len(t.utterances):>6}{len(m.action_items):>6}{comments:>10}"
                  f"{seconds:>10.2f}{out.stat().st_size / 1024:>8.0f}")
            drafts.append(out)
        for _ in range(2):  # first run creates the sheet, the second merges into it
            t0 = time.perf_counter()
            report = track(drafts, Path(tmp) / "actions.xlsx", Path(tmp) / "reminders.ics")
            print(f"track {len(drafts)} drafts: {report.rows} rows, {report.events} reminders, "
                  f"{time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
