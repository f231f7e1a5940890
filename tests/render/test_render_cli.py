"""The README's render/track examples, run through typer's CliRunner."""
from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from typer.testing import CliRunner

from pipeline import records
from pipeline.cli import app
from pipeline.render.tracker import SHEET_TITLE

runner = CliRunner()


def test_render_then_track(zh_meeting, tmp_path: Path):
    minutes, transcript = zh_meeting
    records.save_json(minutes, tmp_path / "m1.minutes.json")
    records.save_json(transcript, tmp_path / "m1.transcript.json")

    result = runner.invoke(app, ["render", str(tmp_path / "m1.minutes.json"), "-o", str(tmp_path / "d.docx"),
                                 "--appendix"])
    assert result.exit_code == 0, result.output
    document = docx.Document(str(tmp_path / "d.docx"))
    assert document.core_properties.identifier == "m1"
    assert len(list(document.comments)) > len(minutes.action_items)

    result = runner.invoke(app, ["track", str(tmp_path / "d.docx"), "-o", str(tmp_path / "actions.xlsx"),
                                 "--ics", str(tmp_path / "reminders.ics")])
    assert result.exit_code == 0, result.output
    assert "reminder" in result.output
    ws = openpyxl.load_workbook(tmp_path / "actions.xlsx")[SHEET_TITLE]
    assert ws.max_row == 1 + len(minutes.action_items)


def test_render_missing_file_names_the_fix(tmp_path: Path):
    result = runner.invoke(app, ["render", str(tmp_path / "none.minutes.json")])
    assert result.exit_code == 2
    assert "E104" in result.output


def test_track_takes_a_drafts_folder_or_a_pattern_the_shell_left_alone(en_meeting, zh_meeting, tmp_path: Path):
    """`minutes track drafts` (subfolders too) and Windows cmd's unexpanded `drafts\\*.docx`."""
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.render.docx import render_docx

    (tmp_path / "drafts" / "ami").mkdir(parents=True)
    render_docx(zh_meeting[0], tmp_path / "drafts" / "zh01.docx", zh_meeting[1])
    render_docx(en_meeting[0], tmp_path / "drafts" / "ami" / "en01.docx", en_meeting[1])
    notice = docx.Document()
    notice.add_paragraph("会议通知")
    notice.save(str(tmp_path / "drafts" / "会议通知.docx"))  # the team's own Word file in the folder
    runner = CliRunner()
    result = runner.invoke(app, ["track", str(tmp_path / "drafts"), "-o", str(tmp_path / "a.xlsx")])
    assert result.exit_code == 0 and "from 2 meeting(s)" in result.output
    assert "会议通知.docx skipped: no draft" in result.output.replace("\n", "")  # the console wraps lines
    result = runner.invoke(app, ["track", str(tmp_path / "drafts" / "*.docx"), "-o", str(tmp_path / "b.xlsx")],
                           terminal_width=300)
    assert result.exit_code == 0 and "from 1 meeting(s)" in result.output
    result = runner.invoke(app, ["track", str(tmp_path / "nothing"), "-o", str(tmp_path / "c.xlsx")], terminal_width=300)
    assert result.exit_code == 2 and "no such draft" in result.output


def test_track_summary_is_one_line_with_a_long_path(tmp_path: Path, zh_meeting):
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.render.docx import render_docx

    drafts = tmp_path.joinpath(*["drafts-of-the-quarterly-coordination-meetings"] * 3)
    drafts.mkdir(parents=True)
    render_docx(zh_meeting[0], drafts / "zh01.docx", zh_meeting[1])
    for width in (40, 80):
        result = CliRunner().invoke(app, ["track", str(drafts), "-o", str(drafts / "a.xlsx")], terminal_width=width)
        assert result.exit_code == 0, result.output
        line = next(l for l in result.output.splitlines() if "a.xlsx" in l)
        assert line.startswith(str(drafts / "a.xlsx")) and "from 1 meeting(s)" in line, result.output


def test_render_review_page_links_the_recording_given(tmp_path: Path, shared: Path):
    """`minutes render M.minutes.json --review-page --audio REC`: <stem>.review.html beside the draft."""
    transcript = records.load_transcript(Path(__file__).resolve().parents[1] / "data" / "asr" / "en01.transcript.json")
    from pipeline.text.extract import extract

    records.save_json(extract(transcript), tmp_path / "en01.minutes.json")
    records.save_json(transcript, tmp_path / "en01.transcript.json")
    recording = shared / "audio" / "synth" / "en01_release_planning.flac"
    result = runner.invoke(app, ["render", str(tmp_path / "en01.minutes.json"), "--review-page", "--audio", str(recording)])
    assert result.exit_code == 0, result.output
    page = tmp_path / "en01.review.html"
    assert f"review page written: {page} (links to the recording)" in result.output
    assert "en01_release_planning.flac" in page.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "en01.docx", "en01.minutes.json", "en01.review.html", "en01.transcript.json"]

    result = runner.invoke(app, ["render", str(tmp_path / "en01.minutes.json"), "--review-page", "--review-audio", "mp3"])
    assert result.exit_code == 2 and "link, embed" in result.output
    result = runner.invoke(app, ["render", str(tmp_path / "en01.minutes.json"), "--review-page"])
    assert result.exit_code == 0 and "no recording found: pass --audio" in result.output
