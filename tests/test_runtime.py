"""pipeline.runtime: offline switches, caches redirected into cache_dir(), the socket guard."""
from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from pipeline import runtime
from pipeline.errors import NetworkForbidden


def test_configure_sets_offline_switches_and_cache_locations():
    runtime.configure()
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["ORT_DISABLE_TELEMETRY"] == "1"
    assert os.environ["NUMBA_CACHE_DIR"].startswith(str(runtime.cache_dir()))


def test_forbid_network_refuses_internet_but_not_loopback():
    runtime.forbid_network()
    try:
        with pytest.raises(NetworkForbidden, match="E304"):
            socket.create_connection(("pypi.org", 443), timeout=2)
        with pytest.raises(ConnectionError):  # libraries treat it as "offline"
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("8.8.8.8", 53))
        loopback = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        loopback.sendto(b"x", ("127.0.0.1", 9))
        loopback.close()
    finally:
        runtime.allow_network()
    assert not runtime.network_forbidden()


def test_the_cluster_scheduler_named_is_the_one_host_let_through():
    """--cluster tcp://HOST:PORT: the guard passes HOST (and its addresses), nothing else, until allow_network."""
    runtime.forbid_network()
    try:
        runtime.allow_host("192.0.2.77", runtime.resolve("192.0.2.77"))  # a documentation-only address
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            sock.sendto(b"x", ("192.0.2.77", 9))  # past the guard (UDP: nothing waits for an answer)
        except NetworkForbidden:
            raise
        except OSError:  # no route to it here: the system's answer, not the guard's
            pass
        with pytest.raises(NetworkForbidden):
            sock.sendto(b"x", ("192.0.2.78", 9))
        sock.close()
    finally:
        runtime.allow_network()
    runtime.forbid_network()
    try:
        with pytest.raises(NetworkForbidden):  # forgotten with the guard
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("192.0.2.77", 9))
    finally:
        runtime.allow_network()


def test_jieba_cache_goes_to_cache_dir(tmp_path):
    """jieba writes its dictionary cache to $TMPDIR unless configured; ours goes to cache_dir()."""
    env = {**os.environ, "MINUTES_CACHE": str(tmp_path / "cache"), "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    code = ("from pipeline import runtime; runtime.configure()\n"
            "import jieba; print(list(jieba.cut('今天开会')))")
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    assert (tmp_path / "cache" / "jieba" / "jieba.cache").is_file()
    assert list((tmp_path / "tmp").iterdir()) == []


def test_spacy_is_imported_without_torch_unless_torch_is_loaded():
    """thinc's `import torch` probe costs 2-3 s of `minutes extract`; configure() skips it."""
    code = ("from pipeline import runtime; runtime.configure()\n"
            "import sys, spacy, thinc.compat\n"
            "assert 'torch' not in sys.modules and not thinc.compat.has_torch\n"
            "import torch  # still importable afterwards (the diarizer needs it)\n"
            "print(torch.tensor([1.0]).sum().item())")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "1.0"
