"""Speaker naming accuracy.

1. Text cues on the hand-written dev transcripts (../shared/eval/dev): every
   speaker name is blanked, then self-introductions and vocatives must find
   them again. Prints, per transcript and in total, how many speakers were
   named right, wrong, or not at all (a speaker whose true name is null and
   who gets one is listed for reading); then the time names_from_text takes
   on 1,000 of the dev set's Mandarin utterances (every name also heard by sound).
2. Text cues on real speech recognition: the synthetic meetings
   (../shared/audio/synth) transcribed by the pipeline (cached in
   cache_dir()/bench-naming, keyed by the audio's sha256; --fresh redoes them),
   every speaker named from what Whisper wrote with names_from_text(), once
   with names matched only as written and once also by sound (随家 for 崔佳).
   Right/wrong/unnamed against the script's speaker at most of each ASR
   speaker's time; names the script leaves to be found (zh05: 孙涛, 崔佳) count
   as true. Lists every name heard by sound.
3. Voice clips on the synthetic meetings that have them (../shared/audio/synth):
   the built-in diarizer's speakers (ref utterance times attributed to its
   turns) named with name_speakers(); right/wrong/unnamed against the
   script's speaker at most of each diarized speaker's time, and seconds taken.

    .venv/bin/python benchmarks/naming.py [--shared ../shared] [--no-asr] [--fresh] [--no-voice]
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
from pipeline.audio.naming import NamingOptions, name_speakers, names_from_text  # noqa: E402
from pipeline.files import sha256_file  # noqa: E402
from pipeline.records import Transcript, Word, load_transcript, save_json  # noqa: E402
from pipeline.sidecar import read_sidecar  # noqa: E402

# speakers the scripts leave unnamed for the tool to find from what they say (see eval/dev/README.md)
SAID_NAMES = {"zh05_customer_complaint": {"S2": "孙涛", "S4": "崔佳"}}


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
    utterances, attendees = [], []
    for path in sorted(dev.glob("zh*.transcript.json")):
        t = load_transcript(path)
        utterances += t.utterances
        attendees += [a.name for a in t.meeting.attendees if a.name not in attendees]
    utterances = (utterances * (1000 // len(utterances) + 1))[:1000]
    names_from_text(utterances[:10], attendees[:8], "zh")  # pypinyin and jieba loaded
    t0 = time.perf_counter()
    names_from_text(utterances, attendees[:8], "zh")
    print(f"  1,000 zh utterances, 8 attendees: {time.perf_counter() - t0:.2f} s")


def asr_transcript(synth: Path, stem: str, fresh: bool) -> Transcript:
    """The pipeline's transcript of a synthetic meeting, from the cache when there."""
    flac = synth / f"{stem}.flac"
    cached = runtime.cache_dir() / "bench-naming" / f"{stem}-{sha256_file(flac)[:16]}.transcript.json"
    if cached.exists() and not fresh:
        return load_transcript(cached)
    from pipeline.audio.transcribe import Transcriber

    t0 = time.perf_counter()
    transcript = Transcriber()(flac, read_sidecar(synth / f"{stem}.meeting.toml"))
    print(f"  (transcribed {stem} in {time.perf_counter() - t0:.0f} s)")
    cached.parent.mkdir(parents=True, exist_ok=True)
    save_json(transcript, cached)
    return transcript


def asr_text_cues(synth: Path, fresh: bool) -> None:
    print("text cues on ASR transcripts of audio/synth (names as written -> also by sound)")
    totals = {False: Counter(), True: Counter()}
    for sidecar_path in sorted(synth.glob("*.meeting.toml")):
        stem = sidecar_path.name.removesuffix(".meeting.toml")
        ref = load_transcript(synth / f"{stem}.ref.json")
        true_name = {k: v.name for k, v in ref.speakers.items()} | SAID_NAMES.get(stem, {})
        t = asr_transcript(synth, stem, fresh)
        attendees = [a.name for a in t.meeting.attendees]
        absent = [a.name for a in t.meeting.absent]
        share: dict[str, Counter] = {}
        for u in t.utterances:
            for g in ref.utterances:
                overlap = min(g.end, u.end) - max(g.start, u.start)
                if overlap > 0:
                    share.setdefault(u.speaker, Counter())[true_name[g.speaker]] += overlap
        truth = {label: c.most_common(1)[0][0] for label, c in share.items()}
        row = []
        for by_sound in (False, True):
            found = names_from_text(t.utterances, attendees, t.language, NamingOptions(match_by_sound=by_sound),
                                    others=absent)
            r = w = m = 0
            notes = []
            for label in truth:
                got = found.get(label)
                if got is None:
                    m += 1
                elif got.name == truth[label]:
                    r += 1
                    if got.heard_as:
                        heard = "/".join(got.heard_as)
                        notes.append(f"{label}={got.name} heard as {heard} ({got.how}, {got.confidence})")
                else:
                    w += 1
                    notes.append(f"{label} WRONG {got.name} (is {truth[label]})")
            totals[by_sound].update(right=r, wrong=w, unnamed=m)
            row.append((f"right {r} wrong {w} unnamed {m}", notes))
        print(f"  {stem:30s} {row[0][0]}  ->  {row[1][0]}  {' '.join(row[1][1])}")
    before, after = totals[False], totals[True]
    print(f"  total: right {before['right']} wrong {before['wrong']} unnamed {before['unnamed']}  ->  "
          f"right {after['right']} wrong {after['wrong']} unnamed {after['unnamed']}")


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
    ap.add_argument("--no-asr", action="store_true", help="skip the ASR transcripts of the synthetic meetings")
    ap.add_argument("--fresh", action="store_true", help="transcribe again instead of using the cached transcripts")
    ap.add_argument("--no-voice", action="store_true")
    args = ap.parse_args()
    text_cues(args.shared / "eval" / "dev")
    if not args.no_asr:
        asr_text_cues(args.shared / "audio" / "synth", args.fresh)
    if not args.no_voice:
        voices(args.shared / "audio" / "synth")


if __name__ == "__main__":
    main()
