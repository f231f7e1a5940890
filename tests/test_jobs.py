"""The SQLite job store: rows and output hashes survive reopening."""
from __future__ import annotations

from pathlib import Path

from pipeline.jobs import STORE_NAME, Job, JobStore, stage_key


def test_jobs_and_outputs_round_trip(tmp_path: Path):
    with JobStore(tmp_path) as store:
        assert store.get("a.flac") is None
        store.save(Job(key="a.flac", audio_sha256="abc", transcribe_key="k1", transcribe_runs=1,
                       transcribe_seconds=2.5, status="done", draft="a.docx"))
        store.record_output("a.flac", tmp_path / "a.docx", "f00d")
    assert (tmp_path / STORE_NAME).is_file()
    with JobStore(tmp_path) as store:
        job = store.get("a.flac")
        assert (job.audio_sha256, job.transcribe_key, job.transcribe_runs, job.status) == ("abc", "k1", 1, "done")
        assert job.updated_at
        assert store.written_sha256(tmp_path / "a.docx") == "f00d"
        assert store.written_sha256(Path("a.docx")) == "f00d"
        assert store.written_sha256(tmp_path / "b.docx") is None
        assert store.outputs("a.flac") == {"a.docx": "f00d"}
        assert [j.key for j in store.all()] == ["a.flac"]


def test_stage_keys_are_stable_and_sensitive():
    assert stage_key("extract", "abc", {"b": 1, "a": 2}) == stage_key("extract", "abc", {"a": 2, "b": 1})
    assert stage_key("extract", "abc", None) != stage_key("extract", "abd", None)
    assert stage_key("张三") != stage_key("张山")
