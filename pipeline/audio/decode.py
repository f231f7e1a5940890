"""Decode any recording once to 16 kHz mono float32, shared by every audio stage.

Anything FFmpeg (through PyAV) reads works: wav, mp3, m4a, flac, ogg, opus,
webm, and the audio track of a video file, at any sample rate and channel
count. The samples are exactly what bare faster-whisper's ``decode_audio``
gives, so transcription quality is comparable with it. Input that cannot be
used (not audio, zero bytes, corrupt, truncated, no audio track) raises
:class:`pipeline.errors.AudioUnreadable` naming the file and the fix.
A recording's bytes held in memory (:class:`AudioBytes`, what a cluster worker
receives) are decoded the same way, without being written anywhere.
"""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

import av
import numpy as np

from pipeline.errors import AudioUnreadable, InputNotFound
from pipeline.files import sha256_file

SAMPLE_RATE = 16000
#: a file that decodes to less than this share of the duration its header declares is truncated
MIN_DECODED_SHARE = 0.9
REENCODE_FIX = "re-copy the original recording, or re-export it (e.g. `ffmpeg -i IN -ac 1 -ar 16000 OUT.flac`)"


@dataclass
class AudioBytes:
    """A recording's bytes in memory (sent to a cluster worker); ``path`` is where it is on the sender's side,
    named in messages and the transcript."""

    path: Path
    data: bytes = field(repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    def __str__(self) -> str:
        return str(self.path)


@dataclass
class DecodedAudio:
    """A recording decoded once: what transcription, VAD and diarization read."""

    path: Path
    samples: np.ndarray  # shape: (num_samples,), float32 in [-1, 1], 16 kHz mono
    sha256: str  # of the file's bytes: the recording's fingerprint
    sample_rate: int = SAMPLE_RATE

    @property
    def duration(self) -> float:
        """Seconds of decoded audio."""
        return len(self.samples) / self.sample_rate


def decode(path: str | Path | AudioBytes, sha256: str | None = None) -> DecodedAudio:
    """Decode ``path`` to 16 kHz mono float32 (the first audio track of any container).

    ``sha256``: the file's digest when the caller has just taken it (the batch does), so the file
    is not read a second time to fingerprint it; by default it is computed here.
    """
    if isinstance(path, AudioBytes):
        return _decode_in_memory(path, sha256)
    path = Path(path)
    if not path.exists():
        raise InputNotFound(path, "no such file", "check the path")
    if path.is_dir():
        raise AudioUnreadable(path, "is a folder, not a recording", "give one audio or video file")
    if path.stat().st_size == 0:
        raise AudioUnreadable(path, "the file is empty (0 bytes)",
                              "the copy or the recording failed; copy the original again")
    samples = _checked(path, _declared_duration(path), _decode_samples(path))
    return DecodedAudio(path=path, samples=samples, sha256=sha256 or sha256_file(path))


def _checked(path: Path, declared: float | None, samples):
    """The decoded samples, unless nothing or much less than the header declares could be decoded."""
    decoded = len(samples) / SAMPLE_RATE
    if len(samples) == 0:
        raise AudioUnreadable(path, "not a readable audio or video file (no sound could be decoded from it)",
                              REENCODE_FIX)
    if declared and declared > 1.0 and decoded < MIN_DECODED_SHARE * declared:
        raise AudioUnreadable(path, f"truncated or corrupt: its header declares {declared:.1f} s "
                                    f"but only {decoded:.1f} s could be decoded", REENCODE_FIX)
    return samples


def _decode_in_memory(audio: AudioBytes, sha256: str | None) -> DecodedAudio:
    """:func:`decode` for bytes in memory: the same checks, the same samples."""
    path = Path(audio.path)
    if not audio.data:
        raise AudioUnreadable(path, "the file is empty (0 bytes)",
                              "the copy or the recording failed; copy the original again")
    declared = _declared_duration(path, io.BytesIO(audio.data), audio.data[:1 << 16])
    samples = _checked(path, declared, _decode_samples(path, io.BytesIO(audio.data)))
    return DecodedAudio(path=path, samples=samples, sha256=sha256 or hashlib.sha256(audio.data).hexdigest())


def _declared_duration(path: Path, source: io.BytesIO | None = None, head: bytes | None = None) -> float | None:
    """The audio track's duration from the container header, or None when it does not say.

    ``source``/``head``: the bytes in memory and their first 64 KiB, instead of reading ``path``.
    """
    try:
        with av.open(source if source is not None else str(path), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                kinds = ", ".join(sorted({s.type for s in container.streams})) or "no streams"
                raise AudioUnreadable(path, f"has no audio track ({kinds})",
                                      "export the recording with its sound, or give the audio file itself")
            stream = container.streams.audio[0]
            if container.format.name == "wav" and (wav := _wav_header_duration(path, head)):
                return wav  # FFmpeg derives a WAV's duration from its size, which hides truncation
            if stream.duration is not None and stream.time_base is not None:
                return float(stream.duration * stream.time_base)
            if container.duration is not None:
                return container.duration / 1_000_000  # av.time_base: microseconds
            return None
    except AudioUnreadable:
        raise
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError, OSError) as e:
        raise AudioUnreadable(path, f"not a readable audio or video file ({_reason(e)})",
                              "give a recording in a common format (m4a, mp3, wav, flac, ogg, opus, webm, mp4)"
                              ) from None


def _wav_header_duration(path: Path, head: bytes | None = None) -> float | None:
    """Seconds a RIFF/WAVE header declares (data chunk size / byte rate), or None when it cannot say."""
    import struct

    if head is None:
        with open(path, "rb") as f:
            head = f.read(1 << 16)  # the fmt and data chunk headers sit at the start
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return None
    byte_rate, at = None, 12
    while at + 8 <= len(head):
        chunk, size = head[at:at + 4], struct.unpack("<I", head[at + 4:at + 8])[0]
        if chunk == b"fmt " and at + 16 <= len(head):
            byte_rate = struct.unpack("<I", head[at + 16:at + 20])[0]
        elif chunk == b"data":
            # 0 and 0xFFFFFFFF mean "unknown" (a stream still being written, or > 4 GB)
            return size / byte_rate if byte_rate and 0 < size < 0xFFFFFFFF else None
        at += 8 + size + (size & 1)
    return None


def _decode_samples(path: Path, source: io.BytesIO | None = None) -> np.ndarray:
    from faster_whisper.audio import decode_audio

    try:
        samples = decode_audio(source if source is not None else str(path), sampling_rate=SAMPLE_RATE)
    except (av.error.FFmpegError, ValueError, OSError, IndexError) as e:
        raise AudioUnreadable(path, f"decoding failed ({_reason(e)})", REENCODE_FIX) from None
    return np.ascontiguousarray(samples, dtype=np.float32)


def _reason(error: Exception) -> str:
    text = getattr(error, "strerror", None) or str(error)
    return text.split(":")[0].strip() or type(error).__name__

