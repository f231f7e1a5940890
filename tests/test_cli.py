"""What `minutes` prints for a recorder to act on."""
from __future__ import annotations

from pathlib import Path

from pipeline.cli import _finalize_command, _track_command


def test_the_next_step_names_the_real_output_folder(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    line = _track_command(Path("my drafts"))
    assert line == "minutes track 'my drafts' -o 'my drafts/actions.xlsx' --ics 'my drafts/reminders.ics'"
    elsewhere = tmp_path.parent / "drafts"
    assert _track_command(elsewhere).startswith(f"minutes track {elsewhere} -o {elsewhere}/actions.xlsx")


def test_the_finalize_step_is_ready_to_paste(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    line = _finalize_command(tmp_path / "my drafts" / "周会.docx")
    assert line == "minutes finalize 'my drafts/周会.docx' --reviewed-by NAME --mail"


def test_help_shows_no_value_beside_a_flag():
    """`--quiet <bool>` reads as if the flag took a value; a flag is shown alone."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    for command in (["process"], ["track"], ["transcribe"], ["render"], ["finalize"], ["models", "install"], []):
        result = CliRunner().invoke(app, [*command, "--help"], terminal_width=100)
        assert result.exit_code == 0 and "--help" in result.output
        assert "<bool>" not in result.output, command
    assert "<path>" in CliRunner().invoke(app, ["process", "--help"], terminal_width=100).output


def test_a_transcript_given_to_render_names_the_command_that_takes_it(eval_dev: Path, tmp_path: Path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    transcript = eval_dev / "zh01_cross_dept_promo.transcript.json"
    result = CliRunner().invoke(app, ["render", str(transcript), "-o", str(tmp_path / "x.docx")], terminal_width=300)
    assert result.exit_code == 2 and not (tmp_path / "x.docx").exists()
    said = " ".join(result.output.split())  # the console wraps long lines
    assert f"fix: this is a transcript; extract the minutes from it first: minutes extract {transcript}" in said


def test_the_summary_never_cuts_a_path_short(tmp_path: Path, shared_audio: Path):
    """A long sidecar path in the 'needs consent' row wraps whole: the recorder must find the file."""
    import shutil

    from typer.testing import CliRunner

    from pipeline.cli import app

    folder = tmp_path / "inbox" / "2025_第三季度_客户投诉处理专题会_录音"
    folder.mkdir(parents=True)
    shutil.copyfile(shared_audio / "zh" / "aishell_BAC009S0724W0121.flac", folder / "zh05_customer_complaint_meeting.flac")
    sidecar = folder / "zh05_customer_complaint_meeting.meeting.toml"
    sidecar.write_text('title = "客户投诉处理专题会"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["process", str(tmp_path / "inbox"), "-q"], terminal_width=80)
    assert result.exit_code == 0 and "needs consent" in result.output
    detail = "".join(line.split("│")[-2].strip() for line in result.output.splitlines() if line.count("│") == 4)
    assert str(sidecar) in detail and "…" not in result.output  # the detail column, its wrapping taken away
    said = " ".join(result.output.split())
    assert f'minutes process {tmp_path / "inbox"} --consent-confirmed-by "<name>"' in said  # the real inbox


def test_process_given_a_recording_names_its_folder(tmp_path: Path, shared_audio: Path):
    import shutil

    from typer.testing import CliRunner

    from pipeline.cli import app

    recording = tmp_path / "inbox" / "周会.flac"
    recording.parent.mkdir()
    shutil.copyfile(shared_audio / "zh" / "funasr_example.flac", recording)
    result = CliRunner().invoke(app, ["process", str(recording)], terminal_width=300)
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and "is a file" in said and f"minutes process {recording.parent}" in said


def test_process_refuses_an_unknown_review_audio_before_doing_anything(tmp_path: Path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    (tmp_path / "inbox").mkdir()
    result = CliRunner().invoke(app, ["process", str(tmp_path / "inbox"), "--out", str(tmp_path / "drafts"),
                                      "--review-audio", "copy"])
    assert result.exit_code == 2 and "use one of: link, embed" in result.output
    assert not (tmp_path / "drafts").exists()
