"""Bad inputs made on the fly from real audio in ../shared (nothing binary is stored in the repo).

``make_audio(kind, name=None)`` writes one input of the kinds below into a fresh folder
and returns its path; ``snapshot(*folders)`` records every file's size and mtime so a
test can assert what a run created or changed.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

RATE = 16000

AUDIO_KINDS = (
    "speech", "truncated_wav", "truncated_flac", "corrupt_middle", "corrupt_header", "zero_bytes",
    "text_as_wav", "half_second", "silence_10min", "noise", "music", "8k_stereo", "48k_6ch",
)


@pytest.fixture(scope="session")
def speech(shared_audio: Path) -> np.ndarray:
    """jfk.flac (11 s, one speaker) as 16 kHz mono float32; shape: (176000,)."""
    from scipy.signal import resample_poly

    samples, rate = sf.read(shared_audio / "en" / "jfk.flac", dtype="float32", always_2d=True)
    return resample_poly(samples.mean(axis=1), RATE, rate).astype(np.float32)


def _music(seconds: float) -> np.ndarray:
    """A few bars of chords: harmonic, speech-like energy, no words."""
    t = np.arange(int(seconds * RATE)) / RATE
    chords = [(261.6, 329.6, 392.0), (220.0, 261.6, 329.6), (174.6, 220.0, 261.6), (196.0, 246.9, 293.7)]
    out = np.zeros_like(t)
    for i, chord in enumerate(chords * int(seconds // 2 + 1)):
        part = (t >= i * 0.5) & (t < (i + 1) * 0.5)
        for f in chord:
            out[part] += np.sin(2 * np.pi * f * t[part]) * np.exp(-3 * (t[part] - i * 0.5))
    return (0.2 * out / max(1e-9, np.abs(out).max())).astype(np.float32)


@pytest.fixture
def make_audio(tmp_path: Path, write_audio) -> Callable[..., Path]:
    """Factory: ``make_audio(kind, name=None) -> Path`` of a new file in ``tmp_path/inputs``."""
    folder = tmp_path / "inputs"
    folder.mkdir(exist_ok=True)
    return lambda kind, name=None: write_audio(kind, folder, name)


@pytest.fixture(scope="session")
def write_audio(speech: np.ndarray) -> Callable[..., Path]:
    """Factory: ``write_audio(kind, folder, name=None) -> Path``, one of AUDIO_KINDS."""
    from scipy.signal import resample_poly

    rng = np.random.default_rng(5)

    def make(kind: str, folder: Path, name: str | None = None) -> Path:
        ext = {"truncated_flac": ".flac", "corrupt_middle": ".flac", "silence_10min": ".flac",
               "48k_6ch": ".flac"}.get(kind, ".wav")
        path = folder / (name or kind + ext)
        if kind == "speech":
            sf.write(path, speech, RATE)
        elif kind == "truncated_wav":  # a copy that stopped part way: header says 11 s
            sf.write(path, speech, RATE, subtype="PCM_16")
            data = path.read_bytes()
            path.write_bytes(data[: len(data) * 4 // 10])
        elif kind == "truncated_flac":
            sf.write(path, speech, RATE)
            data = path.read_bytes()
            path.write_bytes(data[: len(data) // 2])
        elif kind == "corrupt_middle":  # 4 KB of garbage a third of the way in
            sf.write(path, speech, RATE)
            data = bytearray(path.read_bytes())
            i = len(data) // 3
            data[i:i + 4096] = rng.integers(0, 256, 4096, dtype=np.uint8).tobytes()
            path.write_bytes(bytes(data))
        elif kind == "corrupt_header":
            sf.write(path, speech, RATE)
            data = bytearray(path.read_bytes())
            data[:44] = rng.integers(0, 256, 44, dtype=np.uint8).tobytes()
            path.write_bytes(bytes(data))
        elif kind == "zero_bytes":
            path.write_bytes(b"")
        elif kind == "text_as_wav":
            path.write_text("会议纪要 draft: these are notes, not a recording\n", encoding="utf-8")
        elif kind == "half_second":
            sf.write(path, speech[RATE: RATE + RATE // 2], RATE)
        elif kind == "silence_10min":
            sf.write(path, np.zeros(600 * RATE, dtype=np.float32), RATE)
        elif kind == "noise":  # 20 s of pink-ish noise
            white = rng.standard_normal(20 * RATE)
            sf.write(path, (0.1 * np.cumsum(white) / np.sqrt(np.arange(1, white.size + 1))
                            + 0.05 * white).astype(np.float32), RATE)
        elif kind == "music":
            sf.write(path, _music(20.0), RATE)
        elif kind == "8k_stereo":
            mono = resample_poly(speech, 1, 2).astype(np.float32)
            sf.write(path, np.stack([mono, 0.5 * mono], axis=1), 8000)
        elif kind == "48k_6ch":
            mono = resample_poly(speech, 3, 1).astype(np.float32)
            sf.write(path, np.stack([mono * (k + 1) / 7 for k in range(6)], axis=1), 48000)
        else:
            raise ValueError(f"unknown kind {kind!r}; one of {AUDIO_KINDS}")
        return path

    return make


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    """relative path -> (size, mtime_ns) of every file under ``folder`` (bytecode caches left out)."""
    found = {}
    if not folder.exists():
        return found
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in ("__pycache__", ".git", ".pytest_cache")]
        for f in files:
            p = Path(root) / f
            try:
                st = p.lstat()
            except FileNotFoundError:
                continue
            found[p.relative_to(folder).as_posix()] = (st.st_size, st.st_mtime_ns)
    return found


@pytest.fixture
def snapshot() -> Callable[..., dict[Path, dict[str, tuple[int, int]]]]:
    """``snapshot(*folders)`` -> {folder: {relative path: (size, mtime_ns)}}."""
    return lambda *folders: {Path(f): _files(Path(f)) for f in folders}


def changed(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    """Files created, changed or removed between two snapshots of one folder."""
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


@pytest.fixture
def changes() -> Callable[[dict, dict], list[str]]:
    return changed


@pytest.fixture
def isolated_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a subprocess whose HOME and TMPDIR are fresh folders (cache_dir() follows HOME)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("XDG_CACHE_HOME", "MINUTES_CACHE", "NUMBA_CACHE_DIR", "HF_HOME", "TORCH_HOME",
                        "MPLCONFIGDIR", "TORCHINDUCTOR_CACHE_DIR")}
    for name in ("home", "tmp"):
        (tmp_path / name).mkdir(exist_ok=True)
    env.update(HOME=str(tmp_path / "home"), TMPDIR=str(tmp_path / "tmp"), PYTHONDONTWRITEBYTECODE="1")
    return env


# --- shared by the adversarial tests (issue 14) ---------------------------------------------

@pytest.fixture
def make_draft(eval_dev: Path) -> Callable[..., Path]:
    """``make_draft(path, title=None, **action_fields) -> path``: a real draft rendered from the
    zh01 gold answers, its first action item's fields (task, owner, …) replaced by ``action_fields``."""
    from pipeline import records
    from pipeline.render.docx import render_docx

    def make(path: Path, title: str | None = None, **fields) -> Path:
        case = "zh01_cross_dept_promo"
        transcript = records.load_transcript(eval_dev / f"{case}.transcript.json")
        gold = records.read_json(eval_dev / f"{case}.gold.json")
        obj = {"schema": records.MINUTES_SCHEMA, "language": transcript.language,
               "meeting": transcript.meeting.to_dict(), "topics": [], "decisions": gold["decisions"],
               "action_items": gold["action_items"], "next_meeting": gold.get("next_meeting")}
        minutes = records.Minutes.from_dict(obj, source=eval_dev / f"{case}.gold.json")
        if title is not None:
            minutes.meeting.title = title
        for key, value in fields.items():
            setattr(minutes.action_items[0], key, value)
        return render_docx(minutes, path, transcript)

    return make


# --- the tally of bad-input kinds (issue 14: "prints the count of bad-input kinds tried and held") ----

_HERE = Path(__file__).resolve().parent
_tally: dict[str, str] = {}  # test id -> passed | failed (skipped: not tried)


def pytest_runtest_logreport(report) -> None:
    if not Path(str(report.fspath)).resolve().is_relative_to(_HERE):
        return
    if report.when == "call" and not report.skipped:
        _tally[report.nodeid] = "passed" if report.passed else "failed"
    elif report.failed:  # a set-up or tear-down that failed: tried, not held
        _tally[report.nodeid] = "failed"


def pytest_terminal_summary(terminalreporter) -> None:
    if not _tally:
        return
    held = sum(v == "passed" for v in _tally.values())
    terminalreporter.write_line(f"robustness: {len(_tally)} bad-input kinds tried, {held} held"
                                + (f", {len(_tally) - held} did not:" if held < len(_tally) else ""))
    for nodeid, outcome in sorted(_tally.items()):
        if outcome != "passed":
            terminalreporter.write_line(f"  not held: {nodeid}")
