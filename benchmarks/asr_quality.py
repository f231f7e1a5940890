"""Transcription quality (CER for Mandarin, WER for English) on ../shared/audio, per decoding mode.

Modes, all with Whisper base int8, beam 5, word timestamps, no conditioning on
previous text, the same prompt, output converted to Simplified for zh:

* ``pipeline``: what `minutes transcribe` does (VAD regions packed into <= 25 s
  chunks cut at pauses, dropped regions re-decoded, hallucination guard);
* ``bare``: faster-whisper's own ``transcribe(vad_filter=True)`` on the file;
* ``batched``: faster-whisper's ``BatchedInferencePipeline`` (batch_size 8) on its own VAD chunks;
* ``pipeline-batched``: the pipeline's chunks decoded 8 at a time through it
  (``TranscribeOptions.batch_size = 8``).

Error rates are over the whole file: the recognised text against the
reference, punctuation and spaces removed (zh: characters; en: lower-case
words). Also printed: seconds taken.

    .venv/bin/python benchmarks/asr_quality.py [--modes pipeline,bare,batched] [--only NAME]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MINUTES_SHARED") or ROOT.parent / "shared")
sys.path.insert(0, str(ROOT))

from pipeline import runtime  # noqa: E402
from pipeline.audio.scoring import error_rate  # noqa: E402

runtime.configure()

REFERENCES = {  # from ../shared/audio/README.md
    "zh/funasr_example.flac": ("zh", "欢迎大家来体验达摩院推出的语音识别模型"),
    "zh/aishell_BAC009S0724W0121.flac": ("zh", "广州市房地产中介协会分析"),
    "en/jfk.flac": ("en", "And so my fellow Americans, ask not what your country can do for you, "
                          "ask what you can do for your country."),
}


def synth_references() -> dict[str, tuple[str, str]]:
    refs = {}
    for path in sorted((SHARED / "audio" / "synth").glob("*.ref.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sep = "" if data["language"] == "zh" else " "
        refs[f"synth/{path.name.replace('.ref.json', '.flac')}"] = (
            data["language"], sep.join(u["text"] for u in data["utterances"]))
    return refs


def tokens(text: str, language: str) -> list[str]:
    from pipeline.audio.transcribe import to_simplified

    kept = "".join(c if unicodedata.category(c)[0] in "LN" or c.isspace() else " "
                   for c in unicodedata.normalize("NFKC", text).lower())
    if language == "zh":
        return [c for c in to_simplified(kept) if not c.isspace()]
    return kept.split()


def run_pipeline(transcriber, path: Path, language: str) -> str:
    from pipeline.audio.decode import decode
    from pipeline.audio.vad import speech_regions

    audio = decode(path)
    regions = speech_regions(audio.samples, transcriber.options.vad)
    words = transcriber.transcribe_words(audio, regions, language)
    if transcriber.redecoded:
        print(f"  redecoded {len(transcriber.redecoded)}: {sum(e - s for h in transcriber.redecoded for s, e in h):.1f} s")
    return ("" if language == "zh" else " ").join(w.text.strip() for w in words)


def run_faster_whisper(model, path: Path, language: str, batched: bool) -> str:
    from faster_whisper import BatchedInferencePipeline, decode_audio

    from pipeline.audio.transcribe import initial_prompt

    audio = decode_audio(str(path))
    kwargs = dict(language=language, beam_size=5, word_timestamps=True, condition_on_previous_text=False,
                  vad_filter=True, initial_prompt=initial_prompt(language))
    if batched:
        segments, _ = BatchedInferencePipeline(model).transcribe(audio, batch_size=8, **kwargs)
    else:
        segments, _ = model.transcribe(audio, **kwargs)
    return ("" if language == "zh" else " ").join(s.text.strip() for s in segments)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modes", default="pipeline,bare,batched",
                        help="comma-separated: pipeline, bare, batched, pipeline-batched")
    parser.add_argument("--only", help="substring of the file names to run")
    parser.add_argument("--show", action="store_true", help="print the recognised text too")
    args = parser.parse_args()

    from pipeline.audio.transcribe import TranscribeOptions, Transcriber

    transcriber = Transcriber(TranscribeOptions(diarizer="none"))
    cases = {**REFERENCES, **synth_references()}
    modes = args.modes.split(",")
    print(f"{'file':<42}" + "".join(f"{m + ' ER':>13}{'s':>7}" for m in modes))
    totals = {m: [] for m in modes}
    for name, (language, reference) in cases.items():
        if args.only and args.only not in name:
            continue
        path = SHARED / "audio" / name
        row = f"{name:<42}"
        for mode in modes:
            start = time.perf_counter()
            if mode.startswith("pipeline"):
                transcriber.options.batch_size = 8 if mode == "pipeline-batched" else 0
                text = run_pipeline(transcriber, path, language)
            else:
                text = run_faster_whisper(transcriber.model, path, language, batched=mode == "batched")
            seconds = time.perf_counter() - start
            rate = error_rate(tokens(text, language), tokens(reference, language))
            totals[mode].append(rate)
            row += f"{rate:>13.3f}{seconds:>7.1f}"
            if args.show:
                print(f"  [{mode}] {text}")
        print(row, flush=True)
    print(f"{'mean':<42}" + "".join(f"{sum(v) / max(1, len(v)):>13.3f}{'':>7}" for v in totals.values()))


if __name__ == "__main__":
    main()
