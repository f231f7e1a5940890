"""What the tool prints is never wrapped or cut, whatever the terminal's width or the path's length
(issue 11 §0): a command or path a recorder copies from the output must come out on one line."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pipeline import runtime
from pipeline.cli import _track_command, out


def test_off_a_terminal_nothing_is_wrapped_at_any_width():
    assert not out.is_terminal
    assert out.width >= 1000  # a log, a pipe or a test: no 80-column wrapping


def test_next_step_command_stays_on_one_line_in_a_narrow_terminal_and_a_long_path(tmp_path: Path):
    deep = tmp_path.joinpath(*["a-rather-long-folder-name-for-the-drafts"] * 4)
    deep.mkdir(parents=True)
    code = ("from pathlib import Path; from pipeline.cli import out, _track_command; "
            f"out.print('  ' + _track_command(Path({str(deep)!r})), highlight=False, markup=False)")
    for columns in ("30", None):
        env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
        if columns:
            env["COLUMNS"] = columns
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                              cwd=runtime.PROJECT_ROOT, timeout=60)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == _track_command(deep), (columns, done.stdout)
