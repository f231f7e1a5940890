"""Speaker naming accuracy.

1. Text cues on the hand-written dev transcripts (../shared/eval/dev): every
   speaker name is blanked, then self-introductions and vocatives must find
   them again. Prints, per transcript and in total, how many speakers were
   named right, wrong, or not at all (a speaker whose true name is null and
   who gets one is listed for reading).
2. Voice clips on the synthetic meetings that have them (../shared/audio/synth):
   the built-in diarizer's speakers (ref utterance times attributed to its
   turns) named with name_speakers(); right/wrong/unnamed against the
   script's speaker at most of each diarized speaker's time, and seconds taken.

    .venv/bin/python benchmarks/naming.py [--shared ../shared] [--no-voice]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import runtime  # noqa: E402

runtime.configure()

from pipeline.audio.attribute import attribute  # noqa: E402
from pipeline.audio.decode import decode  # noqa: E402
from pipeline.audio.diarize import BuiltinDiarizer  # noqa: E402
from pipeline.audio.naming import name_speakers, names_from_text  # noqa: E402
from pipeline.records import Word, load_transcript  # noqa: E402
from pipeline.sidecar import read_sidecar  # noqa: E402


def text_cues(dev: Path) -> None:
    right = wrong = missed = 0
    print("text cues on eval/dev (names blanked)")
    for path in sorted(dev.glob("*.transcript.json")):
        t = load_transcript(path)
        found = names_from_text(t.utterances, [a.name for a in t.meeting.attendees], t.language)
        r = w = m = 0
        notes = []
        for label, speaker in t.speakers.items():
            got = found.get(label)
            if speaker.name is None:
                if got:
                    notes.append(f"{label}(null)->{got[0]}/{got[1]}")
                continue
            if got is None:
                m += 1
            elif got[0] == speaker.name:
                r += 1
            else:
                w += 1
                notes.append(f"{label} WRONG {got[0]} (is {speaker.name})")
        right, wrong, missed = right + r, wrong + w, missed + m
        print(f"  {path.name.split('.')[0]:30s} right {r} wrong {w} unnamed {m}  {' '.join(notes)}")
    print(f"  total: right {right} wrong {wrong} unnamed {missed}")


def voices(synth: Path) -> None:
    print("voice clips on audio/synth (built-in diarizer)")
    diarizer = BuiltinDiarizer()
    for sidecar_path in sorted(synth.glob("*.meeting.toml")):
        sidecar = read_sidecar(sidecar_path)
        if not sidecar.voices:
            continue
        stem = sidecar_path.name.removesuffix(".meeting.toml")
        ref = load_transcript(synth / f"{stem}.ref.json")
        true_name = {k: v.name for k, v in ref.speakers.items()}
        audio = decode(synth / f"{stem}.flac").samples
        annotation = diarizer(audio)
        words = [Word(start=u.start, end=u.end, text=u.text) for u in ref.utterances]
        utterances = attribute(words, annotation, ref.language)
        t0 = time.perf_counter()
        speakers = name_speakers(utterances, annotation, audio, sidecar, ref.language)
        took = time.perf_counter() - t0
        r = w = m = 0
        for label, speaker in speakers.items():
            share = Counter()
            for u in utterances:
                if u.speaker == label:
                    for g in ref.utterances:
                        overlap = min(g.end, u.end) - max(g.start, u.start)
                        if overlap > 0:
                            share[true_name[g.speaker]] += overlap
            truth = share.most_common(1)[0][0]
            if speaker.name is None:
                m += 1
            elif speaker.name == truth:
                r += 1
            else:
                w += 1
        print(f"  {stem:30s} speakers {len(speakers)} right {r} wrong {w} unnamed {m}  {took:.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("MINUTES_SHARED") or ROOT.parent / "shared"))
    ap.add_argument("--no-voice", action="store_true")
    args = ap.parse_args()
    text_cues(args.shared / "eval" / "dev")
    if not args.no_voice:
        voices(args.shared / "audio" / "synth")


if __name__ == "__main__":
    main()
