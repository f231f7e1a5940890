"""Shared fixtures: the real recordings and transcripts in ../shared."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MINUTES_SHARED") or ROOT.parent / "shared")


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the checkout (as in CI): audio/, eval/, FORMATS.md."""
    if not (SHARED / "FORMATS.md").exists():
        pytest.fail(f"shared data not found at {SHARED}; set MINUTES_SHARED")
    return SHARED


@pytest.fixture(scope="session")
def eval_dev(shared: Path) -> Path:
    return shared / "eval" / "dev"


@pytest.fixture(scope="session")
def shared_audio(shared: Path) -> Path:
    return shared / "audio"
