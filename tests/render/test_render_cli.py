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
