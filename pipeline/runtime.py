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
    # onnxruntime (faster-whisper's silero VAD) otherwise starts its 1DS telemetry on import:
    # it writes ~/.cache/Microsoft/DeveloperTools/.onnxruntime/{deviceid,onnxruntime.db} and
    # $TMPDIR/.ses. Read by the C++ library at import, so it must be set before that.
    "ORT_DISABLE_TELEMETRY": "1",
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
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")  # telemetry stays off even when downloading
    redirects = {
        "NUMBA_CACHE_DIR": cache / "numba",          # librosa (via Resemblyzer) caches jitted code
        "HF_HOME": cache / "huggingface",
        "TORCH_HOME": cache / "torch",
        "TORCHINDUCTOR_CACHE_DIR": cache / "torchinductor",
        "MPLCONFIGDIR": cache / "matplotlib",
    }
    for k, v in redirects.items():
        os.environ.setdefault(k, str(v))
    _after_import("jieba", configure_jieba)
    _import_without("thinc.compat", "torch")
    _configured = True


# --- jieba: its dictionary cache goes to $TMPDIR unless told otherwise ---------------


def configure_jieba(jieba) -> None:
    """Point jieba's prefix-dictionary cache into cache_dir() and silence its log lines."""
    import logging

    folder = cache_dir() / "jieba"
    folder.mkdir(parents=True, exist_ok=True)
    jieba.dt.tmp_dir = str(folder)
    jieba.setLogLevel(logging.WARNING)


def _after_import(module_name: str, configure_module) -> None:
    """Call ``configure_module(module)`` once ``module_name`` is imported, by whoever imports it."""
    import sys

    if module_name in sys.modules:
        configure_module(sys.modules[module_name])
        return

    def run_then_configure(run, module):
        run(module)
        configure_module(module)

    _wrap_import(module_name, run_then_configure)


# --- spaCy without torch: thinc imports torch (2-3 s) just to see whether it is there ---------


def _import_without(module_name: str, hidden: str) -> None:
    """Import ``module_name`` as if ``hidden`` were not installed, unless ``hidden`` is already loaded.

    thinc (under spaCy) tries ``import torch`` at import time only to offer torch interop,
    which our spaCy pipelines do not use; a text-only command (``minutes extract``) then
    starts 2-3 s faster. A process that loaded torch first (the audio stage) is unaffected,
    and torch can still be imported normally afterwards.
    """
    import importlib.abc
    import sys

    class _Hide(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name == hidden or name.startswith(hidden + "."):
                raise ImportError(f"{hidden} hidden while importing {module_name}")
            return None

    def run_hidden(run, module):
        if hidden in sys.modules:
            run(module)
            return
        finder = _Hide()
        sys.meta_path.insert(0, finder)
        try:
            run(module)
        finally:
            sys.meta_path.remove(finder)

    _wrap_import(module_name, run_hidden)


def _wrap_import(module_name: str, wrap) -> None:
    """When ``module_name`` is first imported (by anyone), execute its code as ``wrap(run, module)``."""
    import importlib.abc
    import importlib.util
    import sys

    if module_name in sys.modules:
        return

    class _Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name != module_name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            run = spec.loader.exec_module
            spec.loader.exec_module = lambda module: wrap(run, module)
            return spec

    sys.meta_path.insert(0, _Finder())


# --- network guard --------------------------------------------------------------------


_real_socket_methods: dict[str, object] = {}
LOOPBACK = (None, "localhost", "127.0.0.1", "::1", b"localhost")
_allowed_hosts: set = set()  # hosts the user named (the --cluster scheduler), with their addresses


def forbid_network() -> None:
    """Refuse every Internet connection from this process (Unix sockets still work).

    The CLI turns this on unless the user asks to download a model; tests use it to
    prove a run needs no network. Undo with :func:`allow_network`.
    """
    import socket

    from pipeline.errors import NetworkForbidden

    if _real_socket_methods:
        return

    def refuse(original):
        def guarded(sock, *args, **kwargs):
            address = args[-1] if args else None  # connect(address), sendto(data[, flags], address)
            host = address[0] if isinstance(address, tuple) and address else address
            if sock.family in (socket.AF_INET, socket.AF_INET6) and host not in LOOPBACK \
                    and host not in _allowed_hosts:
                raise NetworkForbidden(address)
            return original(sock, *args, **kwargs)
        return guarded

    for name in ("connect", "connect_ex", "sendto"):
        original = getattr(socket.socket, name)
        _real_socket_methods[name] = original
        setattr(socket.socket, name, refuse(original))
    _real_socket_methods["getaddrinfo"] = socket.getaddrinfo

    def no_lookup(host, *args, **kwargs):
        if host in LOOPBACK or host in _allowed_hosts:
            return _real_socket_methods["getaddrinfo"](host, *args, **kwargs)
        raise NetworkForbidden(host)

    socket.getaddrinfo = no_lookup


def allow_host(host: str, addresses: tuple[str, ...] = ()) -> None:
    """Let the socket guard pass connections to one host the user named (``--cluster tcp://HOST:PORT``)
    and to the ``addresses`` it resolves to (ask :func:`resolve` for them); every other stays refused."""
    _allowed_hosts.update((host, *addresses))


def resolve(host: str) -> tuple[str, ...]:
    """The IP addresses of ``host``, looked up past the socket guard (for :func:`allow_host`)."""
    import socket

    lookup = _real_socket_methods.get("getaddrinfo", socket.getaddrinfo)
    return tuple(sorted({info[4][0] for info in lookup(host, None)}))


def allow_network() -> None:
    """Undo :func:`forbid_network`."""
    import socket

    for name, original in _real_socket_methods.items():
        if name == "getaddrinfo":
            socket.getaddrinfo = original
        else:
            setattr(socket.socket, name, original)
    _real_socket_methods.clear()
    _allowed_hosts.clear()


def network_forbidden() -> bool:
    """Whether the socket guard is on."""
    return bool(_real_socket_methods)
