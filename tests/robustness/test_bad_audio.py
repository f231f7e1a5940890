"""Bad recordings at the decoding stage: a clear error naming the file and the fix, or usable audio."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.audio.decode import decode
from pipeline.audio.vad import speech_regions
from pipeline.errors import AudioUnreadable

UNUSABLE = {
    "truncated_wav": "truncated",
    "truncated_flac": "truncated",
    "corrupt_header": "not a readable audio",
    "zero_bytes": "empty",
    "text_as_wav": "not a readable audio",
}


@pytest.mark.parametrize("kind", sorted(UNUSABLE))
def test_unusable_audio_is_refused_with_file_and_fix(make_audio, kind):
    path = make_audio(kind)
    with pytest.raises(AudioUnreadable) as caught:
        decode(path)
    message = str(caught.value)
    assert message.startswith("[E201]")
    assert str(path) in message
    assert UNUSABLE[kind] in message
    assert "fix:" in message


@pytest.mark.parametrize("name", ["周例会 录音 🎤.wav", "notes with spaces.wav", "会议😀.wav"])
def test_error_names_a_file_with_spaces_chinese_and_emoji(make_audio, name):
    path = make_audio("text_as_wav", name=name)
    with pytest.raises(AudioUnreadable, match=name):
        decode(path)


@pytest.mark.parametrize("kind,seconds", [("8k_stereo", 11.0), ("48k_6ch", 11.0), ("half_second", 0.5)])
def test_any_rate_and_channel_count_decodes_to_16k_mono(make_audio, kind, seconds):
    audio = decode(make_audio(kind, name=f"{kind} 会议 🎤.{'flac' if kind == '48k_6ch' else 'wav'}"))
    assert audio.samples.ndim == 1 and audio.samples.dtype == np.float32
    assert audio.sample_rate == 16000
    assert abs(audio.duration - seconds) < 0.05
    assert np.abs(audio.samples).max() <= 1.0
    assert len(audio.sha256) == 64


def test_garbage_in_the_middle_keeps_the_rest(make_audio):
    """A few KB of damage loses a moment of sound, not the meeting."""
    audio = decode(make_audio("corrupt_middle"))
    assert audio.duration > 0.9 * 11.0


def test_ten_minutes_of_silence_has_no_speech(make_audio):
    audio = decode(make_audio("silence_10min"))
    assert abs(audio.duration - 600) < 0.1
    assert speech_regions(audio.samples) == []
