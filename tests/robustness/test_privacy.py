"""Privacy: a run needs no network and writes only to the output folder, models/ and cache_dir().

The pipeline runs in a subprocess whose HOME and TMPDIR are fresh folders, with the
socket guard on and, when this machine allows it, inside a new network namespace
(`unshare -n`: no interfaces but loopback). Every file under HOME, TMPDIR, the
project and the inbox is listed before and after; the cache folder is the one place
besides the output folder and models/ where writing is allowed.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import runtime

# Everything that touches a library with a cache or telemetry: decode, VAD (onnxruntime),
# Whisper (CTranslate2), the builtin diarizer (Resemblyzer -> librosa -> numba), spaCy for
# both languages (jieba for zh), dateparser, jionlp; outputs written atomically.
RUN = r"""
import sys
from pathlib import Path
from pipeline import runtime
runtime.configure()
runtime.forbid_network()
from pipeline.audio.transcribe import Transcriber, TranscribeOptions
from pipeline.files import atomic_write_text
from pipeline.records import save_json
recording, out = Path(sys.argv[1]), Path(sys.argv[2])
transcript = Transcriber(TranscribeOptions(model="whisper-tiny.en", language="en", beam_size=1))(recording)
assert transcript.utterances, "no speech recognised"
save_json(transcript, out / "speech.transcript.json")
from pipeline.text import nlp
nlp.load("en")("We will ship the release on Friday.")
nlp.load("zh")("张三负责在本周四前完成推广海报初稿。")
import dateparser, io, contextlib
dateparser.parse("next Friday")
with contextlib.redirect_stdout(io.StringIO()):
    import jionlp
jionlp.parse_time("下周三", time_base=0)
print("RUN OK", len(transcript.utterances))
"""


def _unshare_works() -> bool:
    tool = shutil.which("unshare")
    if not tool:
        return False
    return subprocess.run([tool, "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.slow
def test_pipeline_runs_offline_and_writes_only_where_it_says(tmp_path, make_audio, isolated_env, snapshot, changes):
    recording = make_audio("speech", name="周会 speech 🎤.wav")
    out = tmp_path / "out"
    out.mkdir()
    home, tmp = Path(isolated_env["HOME"]), Path(isolated_env["TMPDIR"])
    project = runtime.PROJECT_ROOT
    # the usual cache folder, kept warm across runs (a cold numba cache costs a minute); outside HOME
    cache = runtime.cache_dir()
    env = {**isolated_env, "MINUTES_CACHE": str(cache)}
    before = snapshot(home, tmp, project, recording.parent)

    command = [sys.executable, "-c", RUN, str(recording), str(out)]
    if _unshare_works():
        command = ["unshare", "-n", *command]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "RUN OK" in done.stdout

    after = snapshot(home, tmp, project, recording.parent)
    assert changes(before[home], after[home]) == [], "written under $HOME"
    assert changes(before[tmp], after[tmp]) == [], "left files in $TMPDIR"
    assert changes(before[recording.parent], after[recording.parent]) == [], "the inbox changed"
    # new files in the project (source edits by people working in this tree do not count)
    created = [f for f in after[project].keys() - before[project].keys()
               if not f.startswith("models/") and not f.endswith((".py", ".md"))]
    assert created == [], f"written into the project: {created}"
    assert (out / "speech.transcript.json").is_file()
    assert (cache / "jieba" / "jieba.cache").is_file()  # what would have gone to $TMPDIR
    assert (cache / "numba").is_dir()  # what would have gone beside librosa in site-packages


def test_unshare_gives_a_process_without_network():
    """The namespace the privacy test uses really has no way out (only checked where it works)."""
    if not _unshare_works():
        pytest.skip("unshare -n is not permitted here")
    code = "import socket; socket.create_connection(('1.1.1.1', 53), timeout=3)"
    done = subprocess.run(["unshare", "-n", sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode != 0
    assert "Network is unreachable" in done.stderr or "OSError" in done.stderr
