"""Hostile content (issue 14 §11-12): formulas typed into a draft never run in the tracking sheet;
a zip bomb posing as a draft, a sheet or a template is refused before it is parsed."""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from pipeline.errors import DraftUnreadable, TemplateUnreadable, TrackerUnreadable

# OWASP's list for CSV/formula injection: = + - @ tab CR
HOSTILE = {
    "task": "=cmd|' /C calc'!A0",
    "owner": "+SUM(1,2)",
    "department": "-2+3",
    "deliverable": "@SUM(A1:A9)",
    "support": '=HYPERLINK("http://example.invalid/x","open")',
}
TITLE = '=HYPERLINK("http://example.invalid/","周会")'
PREFIXES = ("=", "+", "-", "@", "\t", "\r", "＝")


def _cells(xlsx: Path):
    import openpyxl

    ws = openpyxl.load_workbook(xlsx).worksheets[0]
    return [c for row in ws.iter_rows() for c in row if c.value is not None]


def _no_formula_in(xlsx: Path) -> None:
    with zipfile.ZipFile(xlsx) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name


def test_formulas_typed_into_a_draft_stay_text_in_the_tracking_sheet(tmp_path, make_draft):
    from pipeline.render.tracker import track

    draft = make_draft(tmp_path / "周会.docx", title=TITLE, **HOSTILE)
    sheet = tmp_path / "actions.xlsx"
    track([draft], sheet)
    _no_formula_in(sheet)
    by_value = {c.value: c for c in _cells(sheet)}
    for text in (*HOSTILE.values(), TITLE):
        cell = by_value.get(text)
        assert cell is not None, f"{text!r} not stored as it was typed"
        assert cell.data_type == "s" and cell.quotePrefix, (text, cell.data_type, cell.quotePrefix)
    again = track([draft], sheet)  # read back exactly: nothing "changed" on a rerun
    assert again.changed == 0 and again.added == 0
    _no_formula_in(sheet)


@pytest.mark.parametrize("prefix", PREFIXES)
def test_every_text_cell_starting_like_a_formula_is_stored_as_text(tmp_path, prefix):
    from pipeline.render.tracker import ActionRow, write_sheet

    value = prefix + "1+1"
    row = ActionRow(meeting=value, meeting_date="2024-08-12", no="1", task=value, owner=value, department=value,
                    due=dt.date(2024, 8, 15), deliverable=value, support=value, status="未开始",
                    updated=dt.date(2024, 8, 12), note=value, meeting_id="m1", item_id="i1")
    sheet = write_sheet([row], tmp_path / "actions.xlsx")
    _no_formula_in(sheet)
    texts = [c for c in _cells(sheet) if c.value == value]
    assert len(texts) == 7, [c.value for c in _cells(sheet)]
    assert all(c.data_type == "s" and c.quotePrefix for c in texts)


def _bomb(source: Path, target: Path, megabytes: int = 48) -> Path:
    """``source`` with one more part of ``megabytes`` MiB of zeros: a few kB on disk."""
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            out.writestr(info, z.read(info.filename))
        with out.open("word/media/image9.png" if source.suffix == ".docx" else "xl/media/image9.png", "w") as part:
            block = bytes(1 << 20)
            for _ in range(megabytes):
                part.write(block)
    assert target.stat().st_size < source.stat().st_size + 200_000
    return target


def test_a_zip_bomb_draft_is_refused_before_it_is_parsed(tmp_path, make_draft):
    from pipeline.render.tracker import track

    bomb = _bomb(make_draft(tmp_path / "draft.docx"), tmp_path / "周会.docx")
    with pytest.raises(DraftUnreadable) as caught:
        track([bomb], tmp_path / "actions.xlsx")
    message = str(caught.value)
    assert str(bomb) in message and "MiB" in message and "fix:" in message, message
    assert not (tmp_path / "actions.xlsx").exists()


def test_a_zip_bomb_tracking_sheet_is_refused_and_left_as_it_is(tmp_path, make_draft):
    from pipeline.render.tracker import track

    draft = make_draft(tmp_path / "周会.docx")
    track([draft], tmp_path / "good.xlsx")
    sheet = _bomb(tmp_path / "good.xlsx", tmp_path / "actions.xlsx")
    before = sheet.read_bytes()
    with pytest.raises(TrackerUnreadable) as caught:
        track([draft], sheet)
    assert str(sheet) in str(caught.value) and "MiB" in str(caught.value)
    assert sheet.read_bytes() == before


def test_a_zip_bomb_template_is_refused(tmp_path, make_draft, eval_dev):
    from pipeline import records
    from pipeline.render.docx import RenderOptions, render_docx

    template = _bomb(make_draft(tmp_path / "draft.docx"), tmp_path / "org.docx")
    minutes_path = eval_dev / "zh01_cross_dept_promo.transcript.json"
    transcript = records.load_transcript(minutes_path)
    minutes = records.Minutes.from_dict({"schema": records.MINUTES_SCHEMA, "language": "zh",
                                         "meeting": transcript.meeting.to_dict()})
    with pytest.raises(TemplateUnreadable) as caught:
        render_docx(minutes, tmp_path / "out.docx", options=RenderOptions(template=template))
    assert str(template) in str(caught.value) and "MiB" in str(caught.value)
    assert not (tmp_path / "out.docx").exists()


def test_the_teams_own_formula_column_stays_a_formula_and_their_text_stays_text(tmp_path, make_draft):
    import openpyxl

    from pipeline.render.tracker import track

    draft = make_draft(tmp_path / "周会.docx")
    sheet = tmp_path / "actions.xlsx"
    track([draft], sheet)
    wb = openpyxl.load_workbook(sheet)
    ws = wb.worksheets[0]
    column = ws.max_column + 1
    ws.cell(1, column, "剩余天数")
    ws.cell(2, column, "=G2-TODAY()")  # the team's formula
    ws.cell(1, column + 1, "备忘")
    text = ws.cell(2, column + 1, "=not a formula")
    text.data_type, text.quotePrefix = "s", True  # typed in Excel as '=not a formula
    wb.save(sheet)
    track([draft], sheet)
    ws = openpyxl.load_workbook(sheet).worksheets[0]
    header = [c.value for c in ws[1]]
    formula = ws.cell(2, header.index("剩余天数") + 1)
    note = ws.cell(2, header.index("备忘") + 1)
    assert formula.data_type == "f" and formula.value == "=G2-TODAY()"
    assert note.data_type == "s" and note.value == "=not a formula" and note.quotePrefix


def test_a_zip_bomb_given_to_finalize_is_refused(tmp_path, make_draft):
    from pipeline.render.finalize import finalize

    bomb = _bomb(make_draft(tmp_path / "draft.docx"), tmp_path / "周会.docx")
    with pytest.raises(DraftUnreadable) as caught:
        finalize(bomb)
    assert str(bomb) in str(caught.value) and "MiB" in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx", "周会.docx"]
