"""Extraction speed and quality: a 1,000-utterance meeting in <= 10 s, and the scorer's tables.

    .venv/bin/python benchmarks/extract_speed.py [path/to/shared]

Prints the time to extract the AMI meeting ES2004c (944 utterances) and a 1,000+
utterance Chinese meeting made by concatenating the dev cases (models loaded
beforehand, as in a batch run), then the `minutes eval` tables for eval/dev, tests/data/heldout and eval/ami.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from pipeline import records, runtime

runtime.configure()

from pipeline.text.extract import extract  # noqa: E402
from pipeline.text.scoring import format_table, score_dirs  # noqa: E402

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MINUTES_SHARED")
              or Path(__file__).resolve().parents[2] / "shared")


def long_chinese_meeting(dev: Path, at_least: int = 1000) -> records.Transcript:
    """The zh dev cases one after another (ids renumbered) until there are ``at_least`` utterances."""
    cases = [records.load_transcript(p) for p in sorted(dev.glob("zh*.transcript.json"))]
    first = cases[0]
    utterances, n = [], 0
    while n < at_least:
        for case in cases:
            for u in case.utterances:
                n += 1
                utterances.append(records.Utterance(id=f"u{n:05d}", speaker=u.speaker, start=u.start, end=u.end, text=u.text))
    return records.Transcript(language="zh", meeting=first.meeting, speakers=first.speakers, utterances=utterances)


def timed(transcript: records.Transcript) -> float:
    start = time.perf_counter()
    extract(transcript)
    return time.perf_counter() - start


def main() -> None:
    dev, ami = SHARED / "eval" / "dev", SHARED / "eval" / "ami"
    # warm up: load spaCy (zh + en) and the rule tables once, as a batch run does
    extract(records.load_transcript(next(dev.glob("zh01*.transcript.json"))))
    extract(records.load_transcript(next(dev.glob("en01*.transcript.json"))))
    es2004c = records.load_transcript(ami / "ami_ES2004c.transcript.json")
    zh_long = long_chinese_meeting(dev)
    for name, transcript in (("AMI ES2004c (en)", es2004c), ("dev zh cases concatenated", zh_long)):
        seconds = timed(transcript)
        print(f"{name}: {len(transcript.utterances)} utterances extracted in {seconds:.2f} s "
              f"({1000 * seconds / len(transcript.utterances):.2f} s per 1,000; target <= 10 s)")
    heldout = Path(__file__).resolve().parent.parent / "tests" / "data" / "heldout"  # meetings never tuned on
    for folder in (dev, heldout, ami):
        with tempfile.TemporaryDirectory() as tmp:
            for path in sorted(folder.glob("*.transcript.json")):
                stem = path.name[: -len(".transcript.json")]
                records.save_json(extract(records.load_transcript(path)), Path(tmp) / f"{stem}.minutes.json")
            print(f"\n== {folder}")
            print(format_table(score_dirs(folder, Path(tmp))))


if __name__ == "__main__":
    main()
