"""`minutes --help` stays fast: the CLI module imports no heavy library (issue 6).

Times are measured by benchmarks/startup.py; this checks the cause, which is stable:
torch, spaCy, jionlp, faster-whisper and friends are imported inside commands only.
"""
from __future__ import annotations

import re
import subprocess
import sys

from pipeline import runtime

HEAVY = ("torch", "spacy", "jionlp", "jieba", "faster_whisper", "ctranslate2", "onnxruntime", "librosa",
         "resemblyzer", "numba", "dateparser", "docx", "openpyxl", "pyannote", "sklearn", "scipy", "av")


def _imported(*args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "pipeline", *args],
                          capture_output=True, text=True, cwd=runtime.PROJECT_ROOT, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    names = re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s+(\S+)", done.stderr, flags=re.M)
    return {n.split(".")[0] for n in names}


def test_help_imports_no_heavy_library():
    heavy = _imported("--help") & set(HEAVY)
    assert heavy == set(), f"`minutes --help` imports {sorted(heavy)}: move those imports into the commands"


def test_every_command_help_imports_no_heavy_library():
    done = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True,
                          cwd=runtime.PROJECT_ROOT, env={"COLUMNS": "200", "PATH": ""}, timeout=60)
    commands = re.findall(r"^│ (\w[\w-]*)\s", done.stdout, flags=re.M)
    assert "process" in commands
    for command in commands:
        heavy = _imported(command, "--help") & set(HEAVY)
        assert heavy == set(), f"`minutes {command} --help` imports {sorted(heavy)}"
