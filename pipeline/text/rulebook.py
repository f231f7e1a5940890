"""The rule and lexicon files under ``pipeline/text/rules/<lang>/``: where they are, how to read one.

Each extractor caches what it builds from its file; this module only reads.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent / "rules"


def load_rules(lang: str, name: str) -> dict:
    """``rules/<lang>/<name>.toml`` parsed into a fresh dict (the caller may change it)."""
    with open(RULES_DIR / lang / f"{name}.toml", "rb") as f:
        return tomllib.load(f)
