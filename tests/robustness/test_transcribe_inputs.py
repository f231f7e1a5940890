"""Bad inputs through `minutes transcribe` (one recording): message, exit status, earlier output kept."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline import cli
from pipeline.cli import app

FAST = ["--model", "whisper-tiny.en", "--diarizer", "none", "--language", "en", "--quiet"]


@pytest.fixture(autouse=True)
def wide_console(monkeypatch):
    """Messages on one line, as in a wide terminal, so a file name is not wrapped."""
    monkeypatch.setattr(cli.console, "width", 1000)


def _transcribe(*args: str):
    return CliRunner().invoke(app, ["transcribe", *args, *FAST])


@pytest.mark.parametrize("kind,words", [
    ("zero_bytes", "empty (0 bytes)"),
    ("text_as_wav", "not a readable audio"),
    ("truncated_wav", "truncated"),
    ("corrupt_header", "not a readable audio"),
])
def test_unusable_recording_exits_2_naming_it_and_keeps_the_earlier_output(tmp_path, make_audio, kind, words):
    recording = make_audio(kind, name=f"周会 {kind} 🎤.wav")
    output = tmp_path / "周会.transcript.json"
    output.write_text('{"schema": "minutes.transcript/1", "earlier": true}', encoding="utf-8")
    before = output.read_bytes()
    result = _transcribe(str(recording), "-o", str(output))
    assert result.exit_code == 2, result.output
    assert "[E201]" in result.output and recording.name in result.output and words in result.output
    assert "fix:" in result.output
    assert output.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inputs", output.name]  # no temporary left


def test_missing_recording_is_e104(tmp_path):
    result = _transcribe(str(tmp_path / "no such 录音.m4a"))
    assert result.exit_code == 2 and "[E104]" in result.output and "no such 录音.m4a" in result.output


@pytest.mark.slow
def test_silence_gives_an_empty_transcript_not_invented_text(tmp_path, make_audio):
    output = tmp_path / "silence.transcript.json"
    result = _transcribe(str(make_audio("silence_10min")), "-o", str(output))
    assert result.exit_code == 0, result.output
    transcript = json.loads(output.read_text(encoding="utf-8"))
    assert transcript["utterances"] == []
    assert abs(transcript["audio"]["duration"] - 600) < 1


@pytest.mark.slow
def test_48k_six_channels_with_a_unicode_name_is_transcribed(tmp_path, make_audio):
    output = tmp_path / "out 输出 🎤.json"
    result = _transcribe(str(make_audio("48k_6ch", name="会议室 48k 🎤.flac")), "-o", str(output))
    assert result.exit_code == 0, result.output
    transcript = json.loads(output.read_text(encoding="utf-8"))
    assert transcript["audio"]["file"] == "会议室 48k 🎤.flac"
    assert "country" in " ".join(u["text"] for u in transcript["utterances"]).lower()


def test_output_under_a_regular_file_is_e501(tmp_path, make_audio):
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    result = _transcribe(str(make_audio("half_second")), "-o", str(blocker / "out.json"))
    assert result.exit_code == 2, result.output
    assert "[E501]" in result.output and str(blocker) in result.output
