"""Topics (议程及讨论要点) quality on evaluation folders: how many agenda items get points,
how long points and viewpoints are, how many are over the length limit or carry a
colloquial marker (score.py's word-bounded check for English).

    .venv/bin/python benchmarks/topics_quality.py ../shared/eval/dev tests/data/heldout tests/data/asr
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from pipeline import records
from pipeline.text.extract import extract
from pipeline.text.rewrite import LEAK_MARKERS

LIMIT = {"zh": 40, "en": 25}  # characters / words


def size(text: str, lang: str) -> int:
    return len(text.split()) if lang == "en" else len(re.sub(r"[\W_]+", "", text))


def leaks(text: str, lang: str) -> bool:
    if lang == "zh":
        return any(m in text for m in LEAK_MARKERS["zh"])
    return any(re.search(rf"\b{re.escape(m.strip())}\b", text, re.I) for m in LEAK_MARKERS["en"])


def main(folders: list[str]) -> None:
    topics = filled = over = leaky = 0
    points: list[int] = []
    views: list[int] = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.transcript.json")):
            transcript = records.load_transcript(path)
            lang = "en" if transcript.language.startswith("en") else "zh"
            for topic in extract(transcript).topics:
                topics += 1
                filled += bool(topic.points)
                points += [size(p, lang) for p in topic.points]
                views += [size(v.text, lang) for v in topic.viewpoints]
                over += sum(size(p, lang) > LIMIT[lang] for p in topic.points)
                leaky += sum(leaks(t, lang) for t in topic.points + [v.text for v in topic.viewpoints])
    print(f"agenda items {topics}, with points {filled} ({filled / max(1, topics):.0%}); "
          f"points {len(points)}, mean size {sum(points) / max(1, len(points)):.1f}, over the limit {over}; "
          f"viewpoints {len(views)}, mean size {sum(views) / max(1, len(views)):.1f}; with colloquial markers {leaky}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["../shared/eval/dev"])
