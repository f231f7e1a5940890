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


def test_a_store_from_before_failures_were_remembered_is_upgraded(tmp_path: Path):
    import sqlite3

    old = sqlite3.connect(tmp_path / STORE_NAME)  # the first version of the jobs table, with one row
    old.execute("CREATE TABLE jobs (key TEXT PRIMARY KEY, out_stem TEXT, audio_size INTEGER, audio_mtime_ns INTEGER,"
                " audio_sha256 TEXT, audio_duration REAL, transcribe_key TEXT, minutes_key TEXT, render_key TEXT,"
                " status TEXT, stage TEXT, error TEXT, consent_by TEXT, consent_on TEXT, transcribe_seconds REAL,"
                " extract_seconds REAL, render_seconds REAL, transcribe_runs INTEGER NOT NULL DEFAULT 0,"
                " extract_runs INTEGER NOT NULL DEFAULT 0, render_runs INTEGER NOT NULL DEFAULT 0, draft TEXT,"
                " updated_at TEXT)")
    old.execute("INSERT INTO jobs (key, status, error) VALUES ('a.flac', 'failed', 'truncated')")
    old.commit()
    old.close()
    with JobStore(tmp_path) as store:
        job = store.get("a.flac")
        assert (job.status, job.error, job.fix, job.failed_key) == ("failed", "truncated", None, None)  # retried
        job.fix, job.failed_key = "re-copy it", "k"
        store.save(job)
    with JobStore(tmp_path) as store:
        assert (store.get("a.flac").fix, store.get("a.flac").failed_key) == ("re-copy it", "k")


def test_output_paths_are_keyed_alike_however_the_folder_was_given(tmp_path: Path, monkeypatch):
    """`--out drafts` one day and `--out /abs/drafts` the next: the draft is still known as ours."""
    monkeypatch.chdir(tmp_path)
    with JobStore(Path("drafts")) as store:
        store.record_output("a.flac", Path("drafts") / "sub" / "a.docx", "f00d")
        assert store.outputs("a.flac") == {"sub/a.docx": "f00d"}
    with JobStore(tmp_path / "drafts") as store:
        assert store.written_sha256(tmp_path / "drafts" / "sub" / "a.docx") == "f00d"
        assert store.written_sha256(Path("sub/a.docx")) == "f00d"


def test_a_store_keyed_by_the_working_folder_still_knows_its_drafts(tmp_path: Path, monkeypatch):
    import sqlite3

    monkeypatch.chdir(tmp_path)
    with JobStore(Path("drafts")):
        pass
    db = sqlite3.connect(tmp_path / "drafts" / STORE_NAME)  # as stores written before paths were normalised
    db.execute("INSERT INTO outputs (path, key, sha256) VALUES ('drafts/a.docx', 'a.flac', 'f00d')")
    db.commit()
    db.close()
    with JobStore(tmp_path / "drafts") as store:
        assert store.written_sha256(tmp_path / "drafts" / "a.docx") == "f00d"


def test_edited_since_written_reads_the_store_of_the_drafts_folder(tmp_path: Path):
    from pipeline.files import sha256_file
    from pipeline.jobs import edited_since_written

    draft = tmp_path / "ami" / "a.docx"
    draft.parent.mkdir()
    draft.write_bytes(b"as written")
    assert edited_since_written(draft) is None  # no store
    with JobStore(tmp_path) as store:
        store.record_output("ami/a.flac", draft, sha256_file(draft))
    assert edited_since_written(draft) is False
    draft.write_bytes(b"edited in Word")
    assert edited_since_written(draft) is True
    assert edited_since_written(tmp_path / "ami" / "b.docx") is None  # not one of ours
