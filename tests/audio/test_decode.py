"""Decoding: any container, rate and channel count to 16 kHz mono float32; bad input named."""
from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest
import soundfile as sf

from pipeline.audio.decode import decode
from pipeline.errors import AudioUnreadable, InputNotFound
from pipeline.files import sha256_file


@pytest.fixture(scope="module")
def jfk(shared_audio: Path) -> Path:
    return shared_audio / "en" / "jfk.flac"


def _write_mp4(path: Path, samples: np.ndarray | None, rate: int = 44100) -> Path:
    """A small video file (black frames) with ``samples`` as its stereo AAC track, or no audio."""
    with av.open(str(path), "w") as container:
        video = container.add_stream("mpeg4", rate=10)
        video.width, video.height, video.pix_fmt = 64, 48, "yuv420p"
        audio = container.add_stream("aac", rate=rate, layout="stereo") if samples is not None else None
        for _ in range(10):
            frame = av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), format="rgb24")
            for packet in video.encode(frame):
                container.mux(packet)
        for packet in video.encode():
            container.mux(packet)
        if audio is not None:
            frame = av.AudioFrame.from_ndarray(np.stack([samples, samples]).astype(np.float32),
                                               format="fltp", layout="stereo")
            frame.sample_rate = rate
            for packet in audio.encode(frame):
                container.mux(packet)
            for packet in audio.encode(None):
                container.mux(packet)
    return path


def test_flac_decodes_to_16k_mono_with_fingerprint(jfk):
    audio = decode(jfk)
    assert audio.samples.dtype == np.float32 and audio.samples.ndim == 1
    assert audio.duration == pytest.approx(11.0, abs=0.01)
    assert audio.sha256 == sha256_file(jfk)


def test_odd_rate_and_channels(jfk, tmp_path):
    samples, rate = sf.read(jfk, dtype="float32", always_2d=True)
    samples = samples.mean(axis=1)
    from scipy.signal import resample_poly

    odd = resample_poly(samples, 22050, rate).astype(np.float32)
    path = tmp_path / "three_channels_22k.wav"
    sf.write(path, np.stack([odd, odd * 0.5, np.zeros_like(odd)], axis=1), 22050)
    audio = decode(path)
    assert audio.duration == pytest.approx(11.0, abs=0.02)
    assert np.abs(audio.samples).max() > 0.1


def test_video_file_uses_its_audio_track(jfk, tmp_path):
    samples, rate = sf.read(jfk, dtype="float32", always_2d=True)
    samples = samples.mean(axis=1)
    from scipy.signal import resample_poly

    path = _write_mp4(tmp_path / "meeting video.mp4", resample_poly(samples, 44100, rate).astype(np.float32))
    audio = decode(path)
    assert audio.duration == pytest.approx(11.0, abs=0.1)


def test_video_without_audio_track(tmp_path):
    path = _write_mp4(tmp_path / "screen.mp4", None)
    with pytest.raises(AudioUnreadable, match="no audio track") as caught:
        decode(path)
    assert "screen.mp4" in str(caught.value)


@pytest.mark.parametrize("kind,message", [
    ("empty", "empty"), ("text", "not a readable audio"), ("truncated", "truncated"), ("folder", "folder")])
def test_bad_input_names_the_file_and_the_fix(jfk, tmp_path, kind, message):
    path = tmp_path / f"会议 {kind}.flac"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("minutes of the meeting", encoding="utf-8")
    elif kind == "truncated":
        path.write_bytes(jfk.read_bytes()[:20_000])
    else:
        path.mkdir()
    with pytest.raises(AudioUnreadable, match=message) as caught:
        decode(path)
    assert str(path) in str(caught.value) and "fix:" in str(caught.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputNotFound):
        decode(tmp_path / "nope.m4a")


def test_bytes_in_memory_decode_as_the_file_does(jfk, tmp_path):
    """What a cluster worker receives (AudioBytes): the same samples and fingerprint; bad bytes named by the
    sender's path, as a bad file is."""
    from pipeline.audio.decode import AudioBytes

    from_file, in_memory = decode(jfk), decode(AudioBytes(jfk, jfk.read_bytes()))
    assert np.array_equal(from_file.samples, in_memory.samples) and in_memory.sha256 == from_file.sha256
    assert in_memory.path == jfk and jfk.name in repr(AudioBytes(jfk, b"xyz")) and "xyz" not in repr(AudioBytes(jfk, b"xyz"))
    wav = tmp_path / "会议.wav"
    sf.write(str(wav), from_file.samples, 16000)
    for data, message in ((b"", "empty"), (b"minutes of the meeting", "not a readable audio"),
                          (jfk.read_bytes()[:20_000], "truncated"), (wav.read_bytes()[:40_000], "truncated")):
        with pytest.raises(AudioUnreadable, match=message) as caught:
            decode(AudioBytes(wav, data))
        assert str(wav) in str(caught.value) and "fix:" in str(caught.value)
    assert np.array_equal(decode(AudioBytes(wav, wav.read_bytes())).samples, decode(wav).samples)
