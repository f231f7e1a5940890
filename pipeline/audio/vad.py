"""Speech regions with the silero VAD bundled in faster-whisper.

Run once per recording; transcription (to cut the audio) and diarization
(to know where to embed) share the result.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SAMPLE_RATE = 16000


@dataclass
class VadOptions:
    threshold: float = 0.5
    min_speech_duration_ms: int = 250
    min_silence_duration_ms: int = 300
    speech_pad_ms: int = 100
    max_speech_duration_s: float = float("inf")


def speech_regions(audio: np.ndarray, options: VadOptions | None = None) -> list[tuple[float, float]]:
    """(start, end) in seconds of each speech region; ``audio`` is 16 kHz mono float32."""
    from faster_whisper.vad import VadOptions as FwVadOptions
    from faster_whisper.vad import get_speech_timestamps

    o = options or VadOptions()
    if audio.size == 0:
        return []
    stamps = get_speech_timestamps(audio, FwVadOptions(
        threshold=o.threshold, min_speech_duration_ms=o.min_speech_duration_ms,
        min_silence_duration_ms=o.min_silence_duration_ms, speech_pad_ms=o.speech_pad_ms,
        max_speech_duration_s=o.max_speech_duration_s))
    return [(s["start"] / SAMPLE_RATE, s["end"] / SAMPLE_RATE) for s in stamps]
