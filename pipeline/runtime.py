"""Where the tool reads and writes, and the switches that keep it offline.

Call :func:`configure` before importing any heavy library (the CLI does it
first thing). It sets the offline switches of the libraries we use and points
every cache they keep into one folder we name, so a run writes only to the
output folder, ``models/`` and :func:`cache_dir`.
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

_configured = False


def models_dir() -> Path:
    """Model store: ``$MINUTES_MODELS`` or ``models/`` at the project root."""
    return Path(os.environ.get("MINUTES_MODELS") or PROJECT_ROOT / "models")


def cache_dir() -> Path:
    """The one cache folder: ``$MINUTES_CACHE``, else ``$XDG_CACHE_HOME/minutes`` or ``~/.cache/minutes``."""
    if os.environ.get("MINUTES_CACHE"):
        return Path(os.environ["MINUTES_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "minutes"


OFFLINE_SWITCHES = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
    "TOKENIZERS_PARALLELISM": "false",
}


def configure(allow_network: bool = False) -> None:
    """Set offline switches and cache locations (idempotent)."""
    global _configured
    if _configured:
        return
    cache = cache_dir()
    if not allow_network:
        for k, v in OFFLINE_SWITCHES.items():
            os.environ.setdefault(k, v)
    redirects = {
        "NUMBA_CACHE_DIR": cache / "numba",
        "HF_HOME": cache / "huggingface",
        "TORCH_HOME": cache / "torch",
        "MPLCONFIGDIR": cache / "matplotlib",
    }
    for k, v in redirects.items():
        os.environ.setdefault(k, str(v))
    _configured = True
