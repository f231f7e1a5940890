"""A transcript as text for people: SubRip subtitles (.srt) or plain lines (.txt).

JSON (FORMATS.md §2) is written by :func:`pipeline.records.save_json`; these
two are views of the same record, one line or cue per utterance, the speaker's
name (or label) in front.
"""
from __future__ import annotations

from pipeline.records import Transcript

FORMATS = ("json", "srt", "txt")


def speaker_display(transcript: Transcript, label: str) -> str:
    return transcript.speaker_name(label) or label


def to_srt(transcript: Transcript) -> str:
    """One SubRip cue per utterance: ``[name] text``."""
    cues = []
    for i, u in enumerate(transcript.utterances, 1):
        cues.append(f"{i}\n{_srt_time(u.start)} --> {_srt_time(u.end)}\n"
                    f"[{speaker_display(transcript, u.speaker)}] {u.text.strip()}\n")
    return "\n".join(cues)


def to_txt(transcript: Transcript) -> str:
    """One line per utterance: ``[mm:ss] name: text``."""
    return "".join(f"[{_clock(u.start)}] {speaker_display(transcript, u.speaker)}: {u.text.strip()}\n"
                   for u in transcript.utterances)


def render(transcript: Transcript, fmt: str) -> str:
    """The transcript in ``fmt`` (json | srt | txt)."""
    from pipeline.records import dumps

    return {"json": dumps, "srt": to_srt, "txt": to_txt}[fmt](transcript)


def _srt_time(t: float) -> str:
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def _clock(t: float) -> str:
    m, s = divmod(int(t), 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"
