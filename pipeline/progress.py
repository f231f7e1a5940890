"""Progress reporting: stages call ``hook(stage, completed, total)``; the CLI renders it with rich.

Tests and library callers pass nothing (``None``) and get no output.
"""
from __future__ import annotations

from collections.abc import Callable

ProgressHook = Callable[[str, float, float], None]


def report(hook: ProgressHook | None, stage: str, completed: float, total: float) -> None:
    if hook is not None:
        hook(stage, completed, total)
