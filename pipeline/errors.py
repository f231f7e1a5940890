"""User-facing errors, in one place.

Every error a recorder can meet is a subclass of :class:`MinutesError` with a
stable ``code`` (``E1xx`` input files, ``E2xx`` audio, ``E3xx`` models,
``E4xx`` extraction, ``E5xx`` output), the file it is about, what went wrong
and the fix. The CLI prints ``str(error)``; nothing else should format
messages for people. Add new errors here, not in the stage modules.
"""
from __future__ import annotations

from pathlib import Path


class MinutesError(Exception):
    """An error that names the file, what is wrong and how to fix it."""

    code = "E000"
    exit_code = 2

    def __init__(self, path: str | Path | None, problem: str, fix: str | None = None):
        self.path = Path(path) if path is not None else None
        self.problem = problem
        self.fix = fix
        super().__init__(str(self))

    @property
    def input_fault(self) -> bool:
        """True when the input (recording, sidecar) is at fault; False for the machine's own faults
        (models E3xx, output E5xx: a model missing, a full disk), which fixing the input would not cure."""
        return not self.code.startswith(("E3", "E5"))

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path is not None else ""
        text = f"[{self.code}] {where}{self.problem}"
        if self.fix:
            text += f"\n  fix: {self.fix}"
        return text


# --- input files (E1xx) ------------------------------------------------------


class BadRecord(MinutesError):
    """A JSON record (transcript, minutes) is malformed: names the file and the key."""

    code = "E101"

    def __init__(self, path: str | Path | None, key: str, problem: str):
        self.key = key
        super().__init__(path, f"{key}: {problem}",
                         "correct that key (formats: FORMATS.md) or regenerate the file")


class BadSidecar(MinutesError):
    """A `*.meeting.toml` that cannot be used: TOML syntax, wrong type, unsafe path."""

    code = "E102"


class ConsentMissing(MinutesError):
    """The recording's sidecar does not confirm consent; the audio is not opened."""

    code = "E103"
    exit_code = 3


class InputNotFound(MinutesError):
    code = "E104"


class ConsentNameInvalid(MinutesError):
    """``--consent-confirmed-by`` is not a person's name (blank, punctuation, a placeholder left as it is)."""

    code = "E105"

    def __init__(self, name: str, why: str):
        self.name = name
        super().__init__(None, f"--consent-confirmed-by {name!r} {why}; nothing was done",
                         'give the name of the person who confirms every participant agreed: '
                         '--consent-confirmed-by "吴婷"')


class NameTooLong(MinutesError):
    """A recording's name is too long for the names of its outputs on the output folder's file system."""

    code = "E106"


class BadWeek(MinutesError):
    """A `--week` that is not an ISO week (2026-W49)."""

    code = "E107"


# --- audio (E2xx) ------------------------------------------------------------


class AudioUnreadable(MinutesError):
    """Not audio, corrupt, truncated, zero bytes, no audio track."""

    code = "E201"


class AudioTooShort(MinutesError):
    code = "E202"


# --- models (E3xx) -----------------------------------------------------------


class ModelMissing(MinutesError):
    """A speech or diarization model is not installed (and we are offline)."""

    code = "E301"


class ModelCorrupt(MinutesError):
    code = "E302"


class BackendUnavailable(MinutesError):
    """An optional backend (pyannote.audio) is not installed or cannot run here."""

    code = "E303"


class ClusterUnavailable(MinutesError):
    """`--cluster`: dask.distributed is not installed, the scheduler cannot be reached, or the value is wrong.

    An E3xx code: the machine's fault, so a recording that failed with it is tried again on the next run.
    """

    code = "E360"


# --- extraction (E4xx) -------------------------------------------------------


class ExtractionFailed(MinutesError):
    code = "E401"


# --- output (E5xx) -----------------------------------------------------------


class OutputNotWritable(MinutesError):
    code = "E501"


class InboxLocked(MinutesError):
    """Another `minutes process` is already working on this output folder."""

    code = "E502"


class JobStoreUnreadable(MinutesError):
    """The output folder's job store (.minutes-jobs.sqlite) is damaged or not a database."""

    code = "E503"


class NetworkForbidden(MinutesError, ConnectionError):
    """Something tried to reach the network while the tool runs offline (the socket guard).

    A ConnectionError too, so libraries that probe the network treat it as "offline".
    """

    code = "E304"

    def __init__(self, address: object):
        super().__init__(None, f"network access refused: {address!r}",
                         "minutes runs offline; put the model under models/, or pass --allow-download")


# --- render and track (E55x) ---------------------------------------------------


class TemplateUnreadable(MinutesError):
    """`--template ORG.docx` is not a Word document python-docx can open."""

    code = "E550"


class DraftUnreadable(MinutesError):
    """A draft given to `minutes track` is not a .docx, or has no action-item table."""

    code = "E551"


class TrackerUnreadable(MinutesError):
    """The existing tracking sheet (actions.xlsx) cannot be read back to merge into."""

    code = "E552"


class DraftHasGaps(MinutesError):
    """`minutes finalize`: the reviewed draft still has 【待补充】/[to be completed] placeholders."""

    code = "E553"

    def __init__(self, path: str | Path, gaps: list[str], language: str = "zh"):
        self.gaps = gaps
        listed = "".join(f"\n    - {gap}" for gap in gaps)
        placeholder = "【待补充】" if language == "zh" else "[to be completed]"
        super().__init__(path, f"{len(gaps)} placeholder(s) {placeholder} still to fill in:{listed}",
                         f"open the draft in Word, search for {placeholder}, fill each in (write 无 / none "
                         "where there is nothing to say), save, and finalize again; or pass --allow-gaps "
                         "to issue the final with them")


class FinalRefused(MinutesError):
    """`minutes finalize` will not write: the input is a final already, or a final it did not write
    (or that was edited since) is in the way."""

    code = "E554"


class NotATrackingSheet(MinutesError):
    """``minutes track -o BOOK.xlsx`` names a workbook that is not a tracking sheet: it is left as it is."""

    code = "E555"
