"""How well Whisper's own word probabilities predict a garbled clause (issues 3/4 follow-up).

Each transcript made from audio (tests/data/asr/*.transcript.json, Whisper base on the
synthetic meetings) is set against the true script (../shared/audio/synth/<stem>.ref.json):
every clause of an utterance (cut at commas and sentence ends, pipeline.text.confidence) is
aligned to the script said around the same time (the reference utterances overlapping it,
±3 s; free start and end in the reference), and called *garbled* when its character (zh) /
word (en) error rate against the best matching stretch exceeds 0.3. Then, for each way of
scoring a clause by its word probabilities, a table: threshold -> how many clauses it flags,
precision and recall of "garbled". The same for whole utterances (mean / min word p).

    .venv/bin/python benchmarks/asr_confidence.py [tests/data/asr]      (VERBOSE=1: every clause)
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import records  # noqa: E402
from pipeline.text.confidence import clause_confidence, clause_spans, unscored_words  # noqa: E402

SHARED = Path(os.environ.get("MINUTES_SHARED") or ROOT.parent / "shared")
GARBLED_CER = 0.3
SLACK = 3.0
NUMERALS = r"[0-9〇零一二两三四五六七八九十百千万%.]"  # seconds either side of an utterance where its script may lie


def tokens(text: str, lang: str) -> list[str]:
    """Characters (zh) or lower-case words (en), without punctuation."""
    if lang == "en":
        return re.findall(r"[a-z0-9']+", text.lower().replace("-", " "))
    # figures are left out: the script writes 8月15号 where speech recognition writes 八月十五号
    return re.findall(r"[\u4e00-\u9fff]|[a-z]+", re.sub(NUMERALS, "", text.lower()))


def substring_error(said: list[str], ref: list[str]) -> float:
    """Edit distance of ``said`` to the stretch of ``ref`` it matches best, over len(said)."""
    if not said:
        return 0.0
    prev = [0] * (len(ref) + 1)  # a free start anywhere in ref
    for i, s in enumerate(said, 1):
        cur = [i] + [0] * len(ref)
        for j, r in enumerate(ref, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s != r))
        prev = cur
    return min(prev) / len(said)  # a free end


def script_of(stem: str) -> Path | None:
    base = stem.split("_")[0]  # zh03_b: a second transcription of zh03
    found = sorted((SHARED / "audio" / "synth").glob(f"{base}_*.ref.json"))
    return found[0] if found else None


def unscored(transcript: records.Transcript, lang: str, variant: str) -> tuple[str, ...]:
    """Words left out of a clause's score: none, the people's names, or names and fillers (rules/<lang>/confidence.toml)."""
    if variant == "plain":
        return ()
    m = transcript.meeting
    names = [p.name for p in [*m.attendees, *m.absent]] + [s.name for s in transcript.speakers.values() if s.name]
    names += [part for n in names if " " in n for part in n.split()]
    return unscored_words(transcript) if variant == "names+fillers" else tuple(names)  # what extraction leaves out


VARIANTS = ("plain", "names", "names+fillers")


def collect(folder: Path, word_ps: list[float]):
    """(clause rows, utterance rows): per row its error rate, language and probability scores."""
    clauses, utterances = [], []
    for path in sorted(folder.glob("*.transcript.json")):
        ref_path = script_of(path.name.split(".")[0])
        if ref_path is None:
            continue
        said, ref = records.load_transcript(path), records.load_transcript(ref_path)
        lang = "en" if said.language.startswith("en") else "zh"
        skip = {v: unscored(said, lang, v) for v in VARIANTS}
        for u in said.utterances:
            near = [r for r in ref.utterances if r.end > u.start - SLACK and r.start < u.end + SLACK]
            ref_tokens = tokens(" ".join(r.text for r in near), lang)
            scored = {(v, p): {(c.start, c.end): c for c in clause_confidence(u, p, skip[v])}
                      for v in VARIANTS for p in word_ps}
            for span, c in scored[("plain", word_ps[0])].items():
                if len(tokens(c.text, lang)) < 2:
                    continue  # "好" / "Okay": too short to call garbled
                row = {"lang": lang, "text": c.text, "error": substring_error(tokens(c.text, lang), ref_tokens),
                       "mean_p": c.mean_p, "min_p": c.min_p}
                for (v, p), by_span in scored.items():
                    row[f"{v} low<{p}"] = by_span[span].share_low if span in by_span else 0.0
                clauses.append(row)
            ps = [w.p for w in u.words or [] if w.p is not None]
            utterances.append({"lang": lang, "error": substring_error(tokens(u.text, lang), ref_tokens),
                               "mean_p": sum(ps) / len(ps), "min_p": min(ps)})
    return clauses, utterances


def garbled_clauses(path: Path) -> list[str]:
    """The clauses of a transcript made from audio that are garbled against its true script ([] without one)."""
    ref_path = script_of(path.name.split(".")[0])
    said = records.load_transcript(path)
    if ref_path is None or said.audio is None:
        return []
    ref = records.load_transcript(ref_path)
    lang = "en" if said.language.startswith("en") else "zh"
    out = []
    for u in said.utterances:
        near = [r for r in ref.utterances if r.end > u.start - SLACK and r.start < u.end + SLACK]
        ref_tokens = tokens(" ".join(r.text for r in near), lang)
        for a, b in clause_spans(u.text):
            clause = u.text[a:b].strip()
            if len(tokens(clause, lang)) >= 2 and substring_error(tokens(clause, lang), ref_tokens) > GARBLED_CER:
                out.append(clause)
    return out


def table(rows: list[dict], feature: str, thresholds: list[float], flag_above: bool) -> None:
    """Threshold -> flagged, precision, recall of "garbled" (error > GARBLED_CER)."""
    garbled = [r["error"] > GARBLED_CER for r in rows]
    cells = []
    for t in thresholds:
        flagged = [(r[feature] >= t) if flag_above else (r[feature] < t) for r in rows]
        hits = sum(f and g for f, g in zip(flagged, garbled))
        n = sum(flagged)
        cells.append(f"{('>=' if flag_above else '<') + format(t, 'g'):>5} {n:>3} {hits / n if n else 0:.2f}/{hits / max(1, sum(garbled)):.2f}")
    print(f"  {feature:<24}" + "  ".join(cells))


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv else ROOT / "tests" / "data" / "asr"
    word_ps = [0.3, 0.5, 0.6]
    clauses, utterances = collect(folder, word_ps)
    print("cells: threshold, clauses flagged, precision/recall of garbled; "
          "'low<p' = share of the clause's characters heard below word probability p")
    for lang in ("zh", "en", "all"):
        rows = [r for r in clauses if lang in ("all", r["lang"])]
        if not rows:
            continue
        n_bad = sum(r["error"] > GARBLED_CER for r in rows)
        print(f"== clauses ({lang}): {len(rows)}, garbled (error > {GARBLED_CER}) {n_bad} ({n_bad / len(rows):.0%}) ==")
        for v in VARIANTS:
            for p in word_ps:
                table(rows, f"{v} low<{p}", [0.3, 0.4, 0.5, 0.6], flag_above=True)
        table(rows, "mean_p", [0.5, 0.6, 0.7, 0.8], flag_above=False)
        table(rows, "min_p", [0.1, 0.2, 0.3, 0.4], flag_above=False)
    n_bad = sum(r["error"] > GARBLED_CER for r in utterances)
    print(f"== utterances: {len(utterances)}, garbled {n_bad} ==")
    table(utterances, "mean_p", [0.6, 0.7, 0.8, 0.9], flag_above=False)
    table(utterances, "min_p", [0.1, 0.2, 0.3, 0.4], flag_above=False)
    if os.environ.get("VERBOSE"):
        for r in sorted(clauses, key=lambda r: -r["error"]):
            print(f"{r['error']:.2f} {r['names+fillers low<0.5']:.2f} {r['mean_p']:.2f} {r['text']}")


if __name__ == "__main__":
    main(sys.argv[1:])
