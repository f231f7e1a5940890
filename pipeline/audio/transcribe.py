"""Audio -> speaker-attributed transcript (FORMATS.md §2): the whole audio stage.

One :class:`Transcriber` loads Whisper (faster-whisper) and the diarizer once
and turns any number of recordings into :class:`records.Transcript`::

    decode once -> VAD once -> diarize (shares audio and VAD regions)
      -> pack speech regions into chunks of <= ~25 s, cut at pauses
      -> Whisper per chunk (word timestamps, no conditioning on previous text,
         initial prompt from prompts/ + the sidecar's names, vocabulary and agenda)
      -> re-decode any speech region a chunk dropped
      -> hallucination guard -> OpenCC t2s for Mandarin
      -> attribute words to speaker turns -> name the speakers

Whisper base sometimes decodes a whole 30 s window as one sentence and drops
the rest; decoding chunks of speech cut at pauses, and re-decoding any region
that came back without words, keeps that from losing speech.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from pipeline import records, runtime
from pipeline.audio.decode import SAMPLE_RATE, DecodedAudio, decode
from pipeline.audio.vad import VadOptions, speech_regions
from pipeline.progress import ProgressHook, report
from pipeline.sidecar import Sidecar

PROMPTS_DIR = runtime.PROJECT_ROOT / "prompts"
LANGUAGES = ("zh", "en")
FALLBACK_TEMPERATURES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)  # faster-whisper's default


@dataclass
class TranscribeOptions:
    """Every knob of the audio stage, with its default in one place."""

    model: str | None = None  # --model: path, name under models/, or (online) a size name; None: whisper-base
    allow_download: bool = False  # let faster-whisper fetch a size name from the hub
    device: str = "auto"  # auto | cpu | cuda
    compute_type: str = "auto"  # auto: int8 on CPU, float16 on CUDA
    cpu_threads: int = 0  # 0: CTranslate2's default (all cores)
    beam_size: int = 5
    language: str | None = None  # zh | en; None: the sidecar's, else detected (restricted to zh/en)
    fallback_language: str = "zh"  # for a recording without speech
    # diarization
    diarizer: str = "builtin"  # builtin | pyannote | none
    diarizer_model: str | None = None  # pyannote pipeline folder
    num_speakers: int | None = None
    min_speakers: int | None = None
    max_speakers: int | None = None  # None: the sidecar's attendee count when it has attendees
    # cutting the audio before Whisper
    # one VAD run shared with the diarizer (its tight regions suit it); Whisper gets them padded
    vad: VadOptions = field(default_factory=lambda: VadOptions(max_speech_duration_s=20.0))
    asr_pad_s: float = 0.3  # context added around each region for Whisper (less clips its endings)
    max_chunk_s: float = 25.0  # seconds of speech per Whisper call (its window is 30 s)
    # Whisper re-reads a chunk from its last word on: when that leaves less than this, stop (a
    # fresh 30 s window on a breath mostly hallucinates and falls back to slow sampling; any
    # speech left there is caught by the re-decoding of uncovered speech)
    tail_s: float = 1.5
    parallel_diarization: bool = True  # diarize in a thread while Whisper decodes
    batch_size: int = 0  # > 0: decode that many chunks at once (BatchedInferencePipeline), one window each
    redecode_min_s: float = 1.5  # this much speech without a word in a chunk is decoded again on its own
    word_margin_s: float = 0.3  # around each word, speech counts as covered by it
    # hallucination guard
    max_no_speech_prob: float = 0.5  # with avg_logprob below min_avg_logprob: silence decoded as text
    min_avg_logprob: float = -0.9  # (Whisper's own -1.0/0.6 lets "试试" after a sentence's end through)
    max_compression_ratio: float = 2.4  # above: the text loops
    min_loop_repeats: int = 4  # a phrase repeated this many times in a row is a loop


# --- prompts (data files under prompts/) ------------------------------------------------


@lru_cache(maxsize=1)
def _prompt_table() -> dict:
    return tomllib.loads((PROMPTS_DIR / "prompts.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _known_hallucinations() -> frozenset[str]:
    lines = (PROMPTS_DIR / "hallucinations.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(_normalize(x) for x in lines if x.strip() and not x.startswith("#"))


def initial_prompt(language: str, sidecar: Sidecar | None = None) -> str:
    """The prompt for ``language``: hints (attendee names, sidecar vocabulary, title and agenda)
    then the style sentence."""
    table = _prompt_table()[language]
    hints = ""
    if sidecar is not None:
        names = [a.name for a in sidecar.meeting.attendees]
        agenda = [x for x in [sidecar.meeting.title, *sidecar.meeting.agenda] if x]
        space = " " if language == "en" else ""
        for key, items in (("names", names), ("vocabulary", sidecar.vocabulary), ("agenda", agenda)):
            if items:
                hints += table[key].format(items=table["separator"].join(items)) + space
        hints = hints[: table["max_hint_chars"]]
        if hints and not hints.endswith(space):
            hints += space
    return hints + table["prompt"]


# --- the stage ------------------------------------------------------------------------


class Transcriber:
    """Loads Whisper and the diarizer once; ``transcriber(path, sidecar)`` -> Transcript."""

    def __init__(self, options: TranscribeOptions | None = None):
        from faster_whisper import WhisperModel

        from pipeline.models import resolve_model

        self.options = o = options or TranscribeOptions()
        self.device = _device(o.device)
        compute_type = o.compute_type if o.compute_type != "auto" else (
            "float16" if self.device == "cuda" else "int8")
        self.model_path = resolve_model(o.model, allow_download=o.allow_download)
        self.model = WhisperModel(self.model_path, device=self.device, compute_type=compute_type,
                                  cpu_threads=o.cpu_threads, local_files_only=not o.allow_download)
        self._diarizer = None
        self._batched = None  # faster-whisper's BatchedInferencePipeline, when batch_size > 0
        self.timings: dict[str, float] = {}  # seconds per stage of the last call (benchmarks read it)

    @property
    def diarizer(self):
        """The diarizer, loaded on first use (so a transcriber with diarizer="none" never loads one)."""
        if self._diarizer is None and self.options.diarizer != "none":
            from pipeline.audio.diarize import make_diarizer

            self._diarizer = make_diarizer(self.options.diarizer, self.options.diarizer_model)
        return self._diarizer

    def __call__(self, audio_path: str | Path, sidecar: Sidecar | None = None,
                 hook: ProgressHook | None = None, sha256: str | None = None) -> records.Transcript:
        """Transcribe one recording; progress stages: decode, vad, language, diarize, transcribe.

        ``sha256``: the recording's digest if the caller already took it (not computed again).
        """
        import time

        o = self.options
        timings = self.timings = {}
        clock = time.perf_counter()

        def lap(stage: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            timings[stage] = timings.get(stage, 0.0) + now - clock
            clock = now

        report(hook, "decode", 0, 1)
        audio = decode(audio_path, sha256=sha256)
        report(hook, "decode", 1, 1)
        lap("decode")

        regions = speech_regions(audio.samples, o.vad)  # [(start, end)] seconds
        report(hook, "vad", 1, 1)
        lap("vad")

        language = o.language or (sidecar.language if sidecar else None)
        if language is None:
            language = self.detect_language(audio, regions) if regions else o.fallback_language
        lap("language")

        annotation = diarization = None
        if regions and self.diarizer is not None:
            lo, hi = o.min_speakers, o.max_speakers
            if o.num_speakers is None and lo is None and hi is None and sidecar and sidecar.meeting.attendees:
                hi = max(2, len(sidecar.meeting.attendees))

            def diarize():
                started = time.perf_counter()
                result = self.diarizer(audio.samples, num_speakers=o.num_speakers, min_speakers=lo,
                                       max_speakers=hi, hook=hook, speech=regions)
                timings["diarize"] = time.perf_counter() - started
                return result

            if o.parallel_diarization:  # Whisper leaves the second core mostly idle: diarize there
                from concurrent.futures import ThreadPoolExecutor

                pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="diarize")
                diarization = pool.submit(diarize)
                pool.shutdown(wait=False)
            else:
                annotation = diarize()
                lap("diarize")

        words = self.transcribe_words(audio, regions, language, sidecar, hook)
        lap("transcribe")
        if diarization is not None:
            annotation = diarization.result()
            lap("diarize_wait")  # what diarization added after transcription ended

        from pyannote.core import Annotation, Segment

        from pipeline.audio.attribute import attribute
        from pipeline.audio.naming import name_speakers

        if annotation is None:
            annotation = Annotation()
            for start, end in regions:
                annotation[Segment(start, end)] = "SPEAKER_00"
        utterances = attribute(words, annotation, language) if words else []
        encoder = getattr(self.diarizer, "encoder", None) if sidecar and sidecar.voices else None  # loaded once
        speakers = name_speakers(utterances, annotation, audio.samples, sidecar, language,
                                 encoder=encoder) if utterances else {}
        lap("attribute")

        return records.Transcript(
            language=language,
            meeting=sidecar.meeting if sidecar else records.Meeting(),
            speakers=speakers,
            utterances=utterances,
            audio=records.AudioInfo(file=audio.path.name, sha256=audio.sha256, duration=round(audio.duration, 3)),
        )

    # --- pieces, usable on their own -------------------------------------------------

    def detect_language(self, audio: DecodedAudio, regions: Sequence[tuple[float, float]]) -> str:
        """zh or en, whichever Whisper finds more probable on the first ~30 s of speech."""
        speech = np.concatenate([_cut(audio.samples, s, e) for s, e in _first_seconds(regions, 30.0)])
        _, _, probabilities = self.model.detect_language(audio=speech)
        scores = dict(probabilities)
        return max(LANGUAGES, key=lambda lang: scores.get(lang, 0.0))

    def transcribe_words(self, audio: DecodedAudio, regions: Sequence[tuple[float, float]], language: str,
                         sidecar: Sidecar | None = None, hook: ProgressHook | None = None) -> list[records.Word]:
        """Words of the whole recording, in time order, guarded and (zh) in Simplified characters."""
        o = self.options
        prompt = initial_prompt(language, sidecar)
        padded = pad_regions(regions, o.asr_pad_s, audio.duration, o.max_chunk_s)
        chunks = plan_chunks(padded, o.max_chunk_s)
        total = sum(e - s for s, e in padded) or 1.0
        done = 0.0
        words: list[records.Word] = []
        holes: list[list[tuple[float, float]]] = []  # speech Whisper skipped, [(start, end)] pieces each
        report(hook, "transcribe", 0, total)
        batches = [chunks[i:i + o.batch_size] for i in range(0, len(chunks), o.batch_size)] if o.batch_size else []
        decoded = (word_lists for batch in batches for word_lists in self._decode_batch(audio, batch, language, prompt))
        for chunk in chunks:
            chunk_words = next(decoded) if o.batch_size else self._decode_chunk(audio, chunk, language, prompt)
            speech = [r for r in regions if r[1] > chunk[0][0] and r[0] < chunk[-1][1]]
            holes += uncovered(speech, chunk_words, o.word_margin_s, o.redecode_min_s)
            words += chunk_words
            done += sum(e - s for s, e in chunk)
            report(hook, "transcribe", done, total)
        # second pass on what was skipped, holes packed together (few windows), greedy decoding only:
        # sampling fallbacks on hard audio cost much and mostly yield text the guard drops anyway
        for group in plan_chunks(holes, o.max_chunk_s):
            words += self._decode_chunk(audio, [piece for hole in group for piece in hole], language, prompt,
                                        temperature=0.0)
        self.redecoded = holes  # benchmarks print them
        words.sort(key=lambda w: w.start)
        if language == "zh":
            for w in words:
                w.text = to_simplified(w.text)
        return words

    def _decode_chunk(self, audio: DecodedAudio, chunk: Sequence[tuple[float, float]], language: str,
                      prompt: str, temperature: float | tuple[float, ...] = FALLBACK_TEMPERATURES,
                      ) -> list[records.Word]:
        """Whisper on the chunk's speech regions laid end to end; times mapped back to the recording."""
        o = self.options
        pieces = [_cut(audio.samples, s, e) for s, e in chunk]
        samples = np.concatenate(pieces)  # shape: (sum of region samples,)
        offsets = TimeMap(chunk)
        segments, _ = self.model.transcribe(
            samples, language=language, beam_size=o.beam_size, word_timestamps=True,
            condition_on_previous_text=False, vad_filter=False, initial_prompt=prompt,
            without_timestamps=False, temperature=temperature)
        length = len(samples) / SAMPLE_RATE
        out = []
        for segment in segments:  # lazy: each new window is decoded only when asked for
            if keep_segment(segment, prompt, o):
                out += self._words(segment, offsets)
            if segment.end >= length - o.tail_s:
                break
        return out

    def _decode_batch(self, audio: DecodedAudio, chunks: Sequence[Sequence[tuple[float, float]]], language: str,
                      prompt: str) -> list[list[records.Word]]:
        """Several chunks through faster-whisper's BatchedInferencePipeline: one 30 s window each,
        decoded together. Returns each chunk's words."""
        from faster_whisper import BatchedInferencePipeline

        o = self.options
        if self._batched is None:
            self._batched = BatchedInferencePipeline(self.model)
        pieces = [region for chunk in chunks for region in chunk]
        samples = np.concatenate([_cut(audio.samples, s, e) for s, e in pieces])  # chunks end to end
        offsets = TimeMap(pieces)
        bounds, t = [], 0.0
        for chunk in chunks:
            length = sum(len(_cut(audio.samples, s, e)) for s, e in chunk) / SAMPLE_RATE
            bounds.append({"start": t, "end": t + length})
            t += length
        segments, _ = self._batched.transcribe(
            samples, language=language, beam_size=o.beam_size, word_timestamps=True, vad_filter=False,
            initial_prompt=prompt, without_timestamps=False, clip_timestamps=bounds, batch_size=len(chunks))
        out: list[list[records.Word]] = [[] for _ in chunks]
        for segment in segments:
            if keep_segment(segment, prompt, o):
                index = next((i for i, b in enumerate(bounds) if segment.start < b["end"]), len(chunks) - 1)
                out[index] += self._words(segment, offsets)
        return out

    @staticmethod
    def _words(segment, offsets: TimeMap) -> list[records.Word]:
        """A faster-whisper segment's words, on the recording's clock."""
        out = []
        for w in segment.words or []:
            if not w.word.strip():
                continue
            start, end = offsets.to_recording(w.start), offsets.to_recording(w.end)
            out.append(records.Word(start=round(start, 3), end=round(max(end, start), 3),
                                    text=w.word, p=round(float(w.probability), 3)))
        return out


# --- chunks ----------------------------------------------------------------------------


def plan_chunks(regions: Sequence, max_chunk_s: float) -> list[list]:
    """Group consecutive speech regions into chunks of at most ``max_chunk_s`` seconds of speech.

    A chunk is cut only between regions (at a pause), so no word is split; a
    region longer than the limit (VAD caps them) forms a chunk of its own. A
    region is ``(start, end)``, or a list of such pieces kept together.
    """
    def seconds(region) -> float:
        pieces = region if isinstance(region, list) else [region]
        return sum(e - s for s, e in pieces)

    chunks: list[list] = []
    current: list = []
    length = 0.0
    for region in regions:
        if current and length + seconds(region) > max_chunk_s:
            chunks.append(current)
            current, length = [], 0.0
        current.append(region)
        length += seconds(region)
    if current:
        chunks.append(current)
    return chunks


def pad_regions(regions: Sequence[tuple[float, float]], pad_s: float, duration: float,
                max_s: float = float("inf")) -> list[tuple[float, float]]:
    """Each region widened by ``pad_s`` on both sides (within the recording). Regions whose
    padding overlaps are merged while the result stays within ``max_s``, else they meet halfway."""
    out: list[tuple[float, float]] = []
    for start, end in regions:
        start, end = max(0.0, start - pad_s), min(duration, end + pad_s)
        if out and start <= out[-1][1]:
            if max(out[-1][1], end) - out[-1][0] <= max_s:
                out[-1] = (out[-1][0], max(out[-1][1], end))
                continue
            middle = (start + out[-1][1]) / 2
            out[-1] = (out[-1][0], middle)
            start = middle
        out.append((start, end))
    return out


class TimeMap:
    """Maps a time in regions laid end to end back to the recording's clock."""

    def __init__(self, regions: Sequence[tuple[float, float]]):
        self.regions = list(regions)
        self.packed_starts = np.cumsum([0.0] + [e - s for s, e in self.regions[:-1]])  # shape: (num_regions,)

    def to_recording(self, t: float) -> float:
        i = max(0, int(np.searchsorted(self.packed_starts, t, side="right")) - 1)
        start, end = self.regions[i]
        return min(start + (t - self.packed_starts[i]), end)


def uncovered(speech: Sequence[tuple[float, float]], words: Sequence[records.Word], margin_s: float,
              min_s: float) -> list[list[tuple[float, float]]]:
    """Stretches of ``speech`` that no word covers (each word widened by ``margin_s``), at least
    ``min_s`` seconds of speech long. A stretch may span several regions (the pauses between
    them are left out): a list of (start, end) pieces, as :func:`plan_chunks` gives."""
    covered = sorted((w.start - margin_s, w.end + margin_s) for w in words)
    holes: list[list[tuple[float, float]]] = []
    open_hole: list[tuple[float, float]] = []
    i = 0
    for start, end in speech:
        t = start
        while i < len(covered) and covered[i][1] <= t:
            i += 1
        while t < end:
            if i < len(covered) and covered[i][0] < end:  # a word ahead inside this region
                if covered[i][0] > t:
                    open_hole.append((t, covered[i][0]))
                holes.append(open_hole)
                open_hole = []
                t = max(t, covered[i][1])
                i += 1
            else:  # speech to the region's end without a word: the hole may go on in the next one
                open_hole.append((t, end))
                t = end
    holes.append(open_hole)
    return [h for h in holes if h and sum(e - s for s, e in h) >= min_s]


def _cut(samples: np.ndarray, start: float, end: float) -> np.ndarray:
    return samples[int(start * SAMPLE_RATE): int(end * SAMPLE_RATE)]


def _first_seconds(regions: Sequence[tuple[float, float]], seconds: float) -> list[tuple[float, float]]:
    out, total = [], 0.0
    for s, e in regions:
        take = min(e - s, seconds - total)
        out.append((s, s + take))
        total += take
        if total >= seconds:
            break
    return out


# --- hallucination guard ------------------------------------------------------------------


def _normalize(text: str) -> str:
    """Lower case, without punctuation, symbols or spaces: for comparing texts."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).lower()
                   if unicodedata.category(c)[0] in "LN")


def keep_segment(segment, prompt: str, options: TranscribeOptions) -> bool:
    """False for Whisper's known failure modes: silence decoded as text, prompt echoes, loops."""
    text = _normalize(segment.text)
    if not text:
        return False
    if segment.no_speech_prob > options.max_no_speech_prob and segment.avg_logprob < options.min_avg_logprob:
        return False
    if segment.compression_ratio > options.max_compression_ratio or is_loop(text, options.min_loop_repeats):
        return False
    if text in _known_hallucinations():
        return False
    return not is_prompt_echo(text, prompt)


def is_prompt_echo(text: str, prompt: str) -> bool:
    """True when ``text`` (normalised) is a piece of the prompt Whisper repeated instead of
    hearing speech: part of the style sentence, or a run across several hints. A single
    hint said on its own (an agenda item read out, a name, a term) is speech."""
    if len(text) < 4 or text not in _normalize(prompt):
        return False
    style = next((t["prompt"] for t in _prompt_table().values() if prompt.endswith(t["prompt"])), "")
    hints = re.split(r"[、，,;；:：。!?！？]|\.(?=\s|$)", prompt[:len(prompt) - len(style)])
    return not any(text in _normalize(hint) for hint in hints)


def is_loop(text: str, min_repeats: int = 4, min_share: float = 0.5) -> bool:
    """True when a phrase of 2-15 characters repeats ``min_repeats`` times in a row and fills
    at least ``min_share`` of the text ("对对对对" is speech; a 40-character "谢谢谢谢…" is not)."""
    for m in re.finditer(r"(.{2,15}?)\1{%d,}" % (min_repeats - 1), text):
        if len(m.group(0)) >= max(8, min_share * len(text)):
            return True
    return False


# --- Mandarin script ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> Simplified Chinese characters (OpenCC t2s); other text unchanged."""
    return _t2s().convert(text)


def _device(requested: str) -> str:
    if requested != "auto":
        return requested
    try:
        import ctranslate2

        return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    except Exception:
        return "cpu"
