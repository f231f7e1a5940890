"""The audio stage on real recordings: Mandarin and English clips, silence, bad input, the CLI."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from typer.testing import CliRunner

from pipeline.audio.scoring import error_rate
from pipeline.audio.transcribe import (TimeMap, TranscribeOptions, Transcriber, _normalize, initial_prompt, is_loop,
                                       is_prompt_echo, pad_regions, plan_chunks, to_simplified)
from pipeline.errors import AudioUnreadable
from pipeline.records import Attendee, Meeting, load_transcript
from pipeline.sidecar import Sidecar, read_sidecar


def letters(text: str) -> str:
    """Characters without punctuation or spaces (NFKC)."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c)[0] in "LN")


@pytest.fixture(scope="module")
def transcriber() -> Transcriber:
    """Whisper base + the built-in diarizer, loaded once for the module (as the batch command does)."""
    return Transcriber(TranscribeOptions())


def full_text(transcript) -> str:
    return "".join(u.text for u in transcript.utterances)


# --- real recordings (slow: they run Whisper) --------------------------------------------


@pytest.mark.slow
def test_funasr_clip_is_exact(transcriber, shared_audio):
    transcript = transcriber(shared_audio / "zh" / "funasr_example.flac")
    assert transcript.language == "zh"  # detected: no sidecar, no --language
    assert letters(full_text(transcript)) == "欢迎大家来体验达摩院推出的语音识别模型"
    assert transcript.audio.file == "funasr_example.flac" and len(transcript.audio.sha256) == 64


@pytest.mark.slow
def test_aishell_clip_comes_out_simplified(transcriber, shared_audio):
    transcript = transcriber(shared_audio / "zh" / "aishell_BAC009S0724W0121.flac")
    text = letters(full_text(transcript))
    assert text == to_simplified(text)
    assert error_rate(text, "广州市房地产中介协会分析") <= 0.17


@pytest.mark.slow
def test_jfk_in_english_with_word_timestamps(transcriber, shared_audio):
    transcript = transcriber(shared_audio / "en" / "jfk.flac")
    assert transcript.language == "en"
    text = " ".join(letters(w).lower() for w in full_text(transcript).split())
    assert "ask not what your country can do for you" in text
    assert "ask what you can do for your country" in text
    words = [w for u in transcript.utterances for w in u.words]
    assert all(0 <= w.start <= w.end <= 11.0 for w in words)
    assert [w.start for w in words] == sorted(w.start for w in words)
    assert [u.id for u in transcript.utterances][:1] == ["u0001"]


@pytest.mark.slow
def test_silence_gives_no_utterances(transcriber, tmp_path):
    path = tmp_path / "silence.wav"
    rng = np.random.default_rng(0)
    sf.write(path, (rng.standard_normal(16000 * 20) * 1e-4).astype(np.float32), 16000)  # 20 s of room hiss
    transcript = transcriber(path)
    assert transcript.utterances == []
    assert transcript.audio.duration == pytest.approx(20.0)


def test_bad_file_is_named(transcriber, tmp_path):
    path = tmp_path / "周例会.m4a"
    path.write_text("not audio", encoding="utf-8")
    with pytest.raises(AudioUnreadable, match="周例会.m4a"):
        transcriber(path)


@pytest.mark.slow
def test_cli_transcribe_writes_json_and_txt(shared_audio, tmp_path):
    from pipeline.cli import app

    out = tmp_path / "jfk.transcript.json"
    runner = CliRunner()
    result = runner.invoke(app, ["transcribe", str(shared_audio / "en" / "jfk.flac"), "-o", str(out),
                                 "--diarizer", "none", "--quiet"])
    assert result.exit_code == 0, result.output
    transcript = load_transcript(out)
    assert transcript.language == "en" and "your country" in full_text(transcript)
    result = runner.invoke(app, ["transcribe", str(shared_audio / "zh" / "funasr_example.flac"),
                                 "--format", "txt", "--language", "zh", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "达摩院" in result.stdout


def test_cli_transcribe_names_a_bad_file(tmp_path):
    from pipeline.cli import app

    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    result = CliRunner().invoke(app, ["transcribe", str(path), "--quiet"])
    assert result.exit_code != 0
    assert "E201" in result.output and "empty.wav" in result.output


@pytest.mark.parametrize("consent", ["", "[consent]\nconfirmed = false\n"])
def test_cli_transcribe_refuses_a_sidecar_without_consent(shared_audio, tmp_path, consent):
    from pipeline.cli import app

    audio = tmp_path / "jfk.flac"
    audio.write_bytes((shared_audio / "en" / "jfk.flac").read_bytes())
    (tmp_path / "jfk.meeting.toml").write_text(f'title = "Weekly"\n{consent}', encoding="utf-8")
    before = audio.stat().st_mtime_ns, audio.read_bytes()
    result = CliRunner().invoke(app, ["transcribe", str(audio), "--quiet"])
    assert result.exit_code == 3, result.output
    assert "E103" in result.output and "jfk.meeting.toml" in result.output and "confirmed = true" in result.output
    assert (audio.stat().st_mtime_ns, audio.read_bytes()) == before


# --- the pieces, without a model --------------------------------------------------------


def test_chunks_are_cut_at_pauses_and_bounded():
    regions = [(0.0, 10.0), (10.5, 20.0), (21.0, 30.0), (31.0, 55.0), (56.0, 58.0)]
    chunks = plan_chunks(regions, 25.0)
    assert chunks == [[(0.0, 10.0), (10.5, 20.0)], [(21.0, 30.0)], [(31.0, 55.0)], [(56.0, 58.0)]]
    assert [r for c in chunks for r in c] == regions


def test_padding_merges_and_time_map_goes_back_to_the_recording():
    assert pad_regions([(0.1, 1.0), (1.4, 2.0), (5.0, 5.9)], 0.3, 6.0) == [(0.0, 2.3), (4.7, 6.0)]
    packed = TimeMap([(10.0, 12.0), (20.0, 21.5)])  # laid end to end: 0-2 s, then 2-3.5 s
    assert packed.to_recording(0.5) == pytest.approx(10.5)
    assert packed.to_recording(2.25) == pytest.approx(20.25)
    assert packed.to_recording(9.0) == pytest.approx(21.5)


def test_loops_are_caught_but_short_repeats_are_speech():
    assert is_loop("谢谢谢谢谢谢谢谢谢谢谢谢")
    assert is_loop("thankyouthankyouthankyouthankyou")  # texts are compared without spaces
    assert not is_loop("对对对对")
    assert not is_loop("好的,那我们开始吧")


def test_prompt_carries_names_and_vocabulary_before_the_style_sentence():
    sidecar = Sidecar(path=None, meeting=Meeting(attendees=[Attendee("张三"), Attendee("李四")]),
                      vocabulary=["功能B", "OKR"])
    prompt = initial_prompt("zh", sidecar)
    assert prompt.index("张三、李四") < prompt.index("功能B、OKR") < prompt.index("以下是普通话的会议记录")
    assert initial_prompt("en").startswith("The following is")


def test_prompt_carries_the_title_and_agenda_after_the_names(shared: Path):
    zh = read_sidecar(shared / "audio" / "synth" / "zh01_cross_dept_promo.meeting.toml")
    prompt = initial_prompt("zh", zh)
    assert prompt.index("周凯") < prompt.index("议题:8月新版本功能推广协调会、功能A与功能B推广优先级") \
        < prompt.index("以下是普通话的会议记录")
    en = read_sidecar(shared / "audio" / "synth" / "en01_release_planning.meeting.toml")
    assert "Dana Wu. Agenda: v4.2 Release Planning, " in initial_prompt("en", en)


def test_an_agenda_item_read_out_is_speech_but_a_run_of_the_prompt_is_an_echo(shared: Path):
    sidecar = read_sidecar(shared / "audio" / "synth" / "zh01_cross_dept_promo.meeting.toml")
    prompt = initial_prompt("zh", sidecar)
    assert not is_prompt_echo(_normalize("推广物料分工与时间。"), prompt)
    assert is_prompt_echo(_normalize("以下是普通话的会议记录。"), prompt)
    assert is_prompt_echo(_normalize("周凯、林晓、陈浩"), prompt)
    en = read_sidecar(shared / "audio" / "synth" / "en01_release_planning.meeting.toml")
    prompt = initial_prompt("en", en)
    assert not is_prompt_echo(_normalize("v4.2 scope and open bugs."), prompt)
    assert is_prompt_echo(_normalize("The following is a transcript"), prompt)
