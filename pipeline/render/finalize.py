"""定稿: the reviewed draft -> the final minutes (.docx, .pdf when LibreOffice is there) and a mail.

:func:`finalize` reads the draft as the recorder saved it (their edits win: it is
the document itself that becomes the final), and refuses while a
``【待补充】`` / ``[to be completed]`` placeholder is left, naming each
(``allow_gaps`` issues it all the same). The final is the same document with
the review aids gone and the release fields filled:

- tracked changes accepted, every comment removed, every highlight removed;
- "草稿 / DRAFT" gone from the title and the properties, the review notice and
  the 待确认事项 (the extractor's review notes) left out;
- 审核人 and 定稿日期 in the signature line (``reviewed_by``, ``date``: today);
- 抄送 from the meeting's sidecar, unless the recorder wrote their own there.

Beside it: ``<stem>.final.pdf`` through LibreOffice (``soffice --headless``)
when it is installed, and with ``mail`` a ``<stem>.eml`` addressed to the
attendees' ``email`` (sidecar) and the 抄送 list, the final attached, ready to
open in Outlook or Thunderbird. Nothing is sent.

The drafts folder's job store (:mod:`pipeline.jobs`) records the sha256 of every
file written and marks the meeting finalized: ``minutes process`` leaves it alone
from then on. Every file is written atomically; a file of that name which
finalize did not write (or which was changed since) is never overwritten.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import parseaddr
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from pipeline import records
from pipeline.errors import DraftHasGaps, DraftUnreadable, FinalRefused, MinutesError, OutputNotWritable
from pipeline.files import atomic_write, sha256_file, zip_hazard
from pipeline.render.docx import KEYWORDS_TAG, LABELS, document_bytes

FINAL_SUFFIX = ".final"
#: the final's "last modified by" as finalize writes it (Word and LibreOffice put the editor's name there)
FINALIZED_BY = "minutes finalize"
PLACEHOLDERS = tuple(labels["placeholder"] for labels in LABELS.values())
#: the draft's "nothing extracted, please check" lines: a final must not say that
NOTHING_EXTRACTED = tuple(labels[key] for labels in LABELS.values()
                          for key in ("no_topics", "no_decisions", "no_actions"))


@dataclass
class FinalizeOptions:
    """How to issue the final. Defaults live here and nowhere else."""

    reviewed_by: str | None = None  # 审核人; default: the name typed in the draft's signature line
    date: dt.date | None = None  # 定稿日期; default: a date typed there, else today
    allow_gaps: bool = False  # issue the final though placeholders are left
    pdf: bool = True  # also <stem>.final.pdf when LibreOffice is installed
    mail: bool = False  # also <stem>.eml, addressed and with the final attached (never sent)
    sidecar: Path | None = None  # the meeting's sidecar; default: found through the job store
    soffice: str | None = None  # LibreOffice's soffice; default: the one on PATH
    pdf_timeout: float = 180.0  # seconds LibreOffice may take


@dataclass
class FinalizeReport:
    """What :func:`finalize` wrote, for the CLI to print."""

    draft: Path
    final: Path
    language: str = "zh"
    pdf: Path | None = None
    pdf_note: str | None = None  # why there is no PDF
    eml: Path | None = None
    to: list[str] = field(default_factory=list)  # the mail's recipients, as written in its headers
    cc: list[str] = field(default_factory=list)
    not_addressed: list[str] = field(default_factory=list)  # 抄送 entries and attendees without an address
    gaps_left: list[str] = field(default_factory=list)  # with allow_gaps
    review_notes_dropped: int = 0  # 待确认事项 bullets left out of the final
    meeting_from: Path | None = None  # the sidecar (or minutes) the cc and addresses came from
    job_store: Path | None = None  # where the final was recorded, None when no store knows the draft
    notes: list[str] = field(default_factory=list)


# --- the words finalize reads and writes, per language ------------------------------

SIGNATURE = {
    # (recorder, reviewer, date as the draft says it, date as the final says it)
    "zh": ("记录人", "审核人", "日期", "定稿日期"),
    "en": ("Minutes taker", "Approved by", "Date", "Date of issue"),
}
SIGNATURE_GAP = {"zh": {"reviewer": "签名行 › 审核人（或用 --reviewed-by 姓名）", "recorder": "签名行 › 记录人"},
                 "en": {"reviewer": "signature line › Approved by (or give --reviewed-by NAME)",
                        "recorder": "signature line › Minutes taker"}}
FINAL_WORDS = {
    "zh": {"subject": "会议纪要", "status": "定稿", "mail_subject": "【会议纪要】{title}（{date}）",
           "greeting": "各位好：", "attached": "附件为{date}“{title}”的会议纪要（定稿），请查阅。",
           "actions": "行动项：", "action": "{n}. {task}（{who}，{due}）", "nobody": "负责人待定",
           "undated": "时间待定", "owners": "请各行动项负责人按时完成并反馈进展。", "cc": "抄送：",
           "sep": "、", "item": "第{n}项", "row": "第{n}行"},
    "en": {"subject": "Meeting minutes", "status": "Final", "mail_subject": "Minutes: {title} ({date})",
           "greeting": "Hello all,", "attached": "Attached are the final minutes of \u201c{title}\u201d ({date}).",
           "actions": "Action items:", "action": "{n}. {task} ({who}, {due})", "nobody": "owner to be named",
           "undated": "no date", "owners": "Owners, please complete your items by their dates and report progress.",
           "cc": "Cc: ", "sep": ", ", "item": "item {n}", "row": "row {n}"},
}
#: draft marks in a title: "（草稿，待审核）", "(DRAFT, for review)", "会议纪要草稿", "DRAFT" (not 草稿 in a
#: meeting's own name: "海报草稿评审会" stays)
_TITLE_DRAFT_MARK = re.compile(r"\s*[(（][^()（）]*(?:草稿|DRAFT|Draft)[^()（）]*[)）]|(?<=纪要)草稿|\s*\bDRAFT\b")


def final_path_for(draft: Path) -> Path:
    """``x.docx`` and ``x.v2.docx`` -> ``x.final.docx`` beside it."""
    return draft.with_name(_stem(draft) + FINAL_SUFFIX + ".docx")


def _stem(draft: Path) -> str:
    """The meeting's stem: ``x`` for ``x.docx`` and for ``x.v2.docx`` (a later draft of the same meeting)."""
    return re.sub(r"\.v\d+$", "", draft.name[: -len(draft.suffix)] if draft.suffix else draft.name)


def finalize(draft: Path, options: FinalizeOptions | None = None,
             today: dt.date | None = None) -> FinalizeReport:
    """Issue the final of the reviewed ``draft``; see the module docstring."""
    from pipeline.jobs import JobStore, store_folder_of

    options = options or FinalizeOptions()
    draft = Path(draft)
    if re.search(r"\.final(\.v\d+)?$", draft.stem):
        raise FinalRefused(draft, "this is a final already (written by `minutes finalize`)",
                           f"give the reviewed draft it came from ({_stem(draft).removesuffix(FINAL_SUFFIX)}.docx) "
                           "to issue it again")
    document = _open(draft)
    cp = document.core_properties
    if KEYWORDS_TAG not in (cp.keywords or "") and cp.category != "minutes":
        raise DraftUnreadable(draft, "not a draft of `minutes` (its document properties do not say so)",
                              "give the <stem>.docx written by `minutes process` or `minutes render`, "
                              "reviewed and saved in Word, WPS or LibreOffice")
    lang = _language(document)
    final = final_path_for(draft)
    report = FinalizeReport(draft, final, lang)
    folder = store_folder_of(draft)
    store = JobStore(folder) if folder is not None else None
    try:
        job_key = _job_key(store, draft) if store is not None else None
        meeting, rendered, source = _meeting_info(draft, options, store, job_key, report)
        report.meeting_from = source

        _accept_tracked_changes(document)
        _drop_draft_marks(document, lang, report)
        cc = _fill_cc(document, lang, meeting, rendered)
        issued = _fill_signature(document, lang, options, meeting, today or dt.date.today())
        gaps = find_gaps(document, lang)
        if gaps and not options.allow_gaps:
            raise DraftHasGaps(draft, gaps, lang)
        report.gaps_left = gaps
        _strip_comments(document)
        _strip_highlights(document)
        _final_properties(document, lang, issued)

        targets = [final] + ([final.with_suffix(".pdf")] if options.pdf else []) \
            + ([_eml_path(draft)] if options.mail else [])
        for target in targets:  # before anything is written: nothing of the recorder's is overwritten
            _check_overwrite(target, store)
        written: dict[Path, str] = {}
        try:
            atomic_write(final, lambda tmp: tmp.write_bytes(document_bytes(document)))  # no zip noise on a full disk
        except OutputNotWritable as e:  # on Windows also: the earlier final is open in Word
            raise OutputNotWritable(e.path, e.problem, f"{e.fix}; if {final.name} is open in Word or WPS, "
                                    "close it first") from None
        written[final] = sha256_file(final)
        if options.pdf:
            report.pdf, report.pdf_note = convert_to_pdf(final, final.with_suffix(".pdf"), options.soffice,
                                                         options.pdf_timeout)
            if report.pdf is not None:
                written[report.pdf] = sha256_file(report.pdf)
        if options.mail:
            report.eml = _eml_path(draft)
            write_mail(report, meeting, cc, document)
            written[report.eml] = sha256_file(report.eml)
        if store is not None:
            _record(store, job_key, draft, written, final, issued)
            report.job_store = store.path
    finally:
        if store is not None:
            store.close()
    return report


# --- reading the draft ------------------------------------------------------------------


def _open(path: Path) -> DocxDocument:
    if not path.is_file():
        from pipeline.errors import InputNotFound

        raise InputNotFound(path, "no such draft", "give the reviewed <stem>.docx written by `minutes process`/`render`")
    if (hazard := zip_hazard(path)) is not None:  # checked before parsing: a zip bomb
        raise DraftUnreadable(path, f"not read: {hazard}", "give the reviewed .docx as Word/WPS saved it")
    try:
        return docx.Document(str(path))
    except Exception as e:  # python-docx raises several kinds for a bad package
        raise DraftUnreadable(path, f"not a Word .docx draft ({type(e).__name__})",
                              "give the reviewed .docx (Word/WPS: save as .docx, not .doc or .wps)") from None


def _language(document: DocxDocument) -> str:
    cp = document.core_properties
    match = re.search(r"lang=(\w+)", cp.keywords or "")
    lang = (match.group(1) if match else cp.language or "").lower()
    if lang.startswith(("zh", "en")):
        return lang[:2]
    text = "".join(p.text for p in document.paragraphs[:5])
    return "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"


def _blocks(document: DocxDocument):
    """The body's paragraphs and tables in order."""
    return list(document.iter_inner_content())


def _is_heading(p: Paragraph) -> bool:
    name = p.style.name if p.style is not None else ""
    return name.startswith(("Heading", "Title"))


def find_gaps(document: DocxDocument, lang: str) -> list[str]:
    """Every placeholder left, named by where it is: '四、行动项 › 第2项 负责人', '一、会议基本信息 › 地点'."""
    W = FINAL_WORDS[lang]
    gaps: list[str] = []
    section = subsection = ""
    for block in _blocks(document):
        if isinstance(block, Table):
            gaps += _table_gaps(block, section, W)
            continue
        text = block.text
        is_gap = any(ph in text for ph in PLACEHOLDERS) or any(line in text for line in NOTHING_EXTRACTED)
        style = block.style.name if block.style is not None else ""
        if style.startswith("Heading 1"):
            section, subsection = text.strip(), ""
        elif style.startswith("Heading"):
            subsection = text.strip()
        if is_gap:
            gaps.append(_where_in_paragraph(section, "" if text.strip() == subsection else subsection, text, lang))
    return list(dict.fromkeys(gaps))  # a merged cell is met once per column it spans


def _where_in_paragraph(section: str, subsection: str, text: str, lang: str) -> str:
    rec_label, rev_label = SIGNATURE[lang][:2]
    if rev_label in text and rec_label in text:
        reviewer_part = text.split(rev_label, 1)[1]
        if any(ph in reviewer_part.split(SIGNATURE[lang][3])[0] for ph in PLACEHOLDERS):
            return SIGNATURE_GAP[lang]["reviewer"]
        return SIGNATURE_GAP[lang]["recorder"]
    label = re.match(r"\s*([^：:]{1,20})[：:]", text)
    rest = text
    for ph in PLACEHOLDERS:
        rest = rest.replace(ph, "")
    head = label.group(1).strip() if label else (_short(text) if rest.strip() else "")
    parts = [x for x in (section, subsection, head) if x]
    return " › ".join(parts) or _short(text)


def _short(text: str, n: int = 24) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[:n] + "…"


def _table_gaps(table: Table, section: str, W: dict[str, str]) -> list[str]:
    """Placeholders in a table: by row label (the information table) or item and column (the action table)."""
    rows = table.rows
    if not rows:
        return []
    header = [c.text.strip() for c in rows[0].cells]
    has_header = len(header) > 2 and not any(ph in h for h in header for ph in PLACEHOLDERS)
    gaps = []
    for r, row in enumerate(rows):
        cells = row.cells
        for c, cell in enumerate(cells):
            text = cell.text
            if not any(ph in text for ph in PLACEHOLDERS):
                continue
            if has_header and r > 0:
                number = cells[0].text.strip()
                item = W["item"].format(n=number) if number.isdigit() else W["row"].format(n=r)
                where = f"{item} {header[c]}" if c < len(header) else item
            elif c > 0:
                where = cells[0].text.strip() or W["row"].format(n=r + 1)
            else:
                where = W["row"].format(n=r + 1)
            gaps.append(f"{section} › {where}" if section else where)
    return gaps


# --- the meeting: sidecar, minutes --------------------------------------------------------


def _job_key(store, draft: Path) -> str | None:
    key = store.key_of_output(draft.resolve())
    if key is not None:
        return key
    stem = _stem(draft)
    rel = Path(os.path.relpath(draft.resolve(), store.out_dir.resolve())).parent / stem
    for job in store.all():
        if job.out_stem and Path(job.out_stem) == rel:
            return job.key
    return None


def _meeting_info(draft: Path, options: FinalizeOptions, store, job_key: str | None,
                  report: FinalizeReport) -> tuple[records.Meeting | None, records.Meeting | None, Path | None]:
    """(the meeting as its sidecar says now, the meeting the draft was rendered from, where the first came from).

    The sidecar: ``options.sidecar``, else the recording's in the inbox the job store names; else
    the minutes beside the draft (the sidecar as it was when the draft was made)."""
    from pipeline.sidecar import read_sidecar, sidecar_for

    minutes_path = draft.with_name(_stem(draft) + ".minutes.json")
    rendered = None
    if minutes_path.is_file():
        try:
            rendered = records.load_minutes(minutes_path).meeting
        except MinutesError as e:
            report.notes.append(f"{minutes_path} not read: {e.problem}")
    sidecar_path, recording, root = options.sidecar, None, None
    if sidecar_path is None and store is not None and job_key is not None and store.setting("inbox"):
        root = Path(store.setting("inbox"))
        recording = root / job_key
        sidecar_path = sidecar_for(recording)
    if sidecar_path is not None:
        try:
            sidecar = read_sidecar(Path(sidecar_path), recording=recording, root=root)
        except MinutesError as e:
            if options.sidecar is not None:
                raise
            report.notes.append(f"{sidecar_path} not read ({e.problem}); 抄送 and addresses are those the draft "
                                f"was made with ({minutes_path.name})")
        else:
            report.notes += sidecar.warnings
            return sidecar.meeting, rendered, Path(sidecar_path)
    return rendered, rendered, minutes_path if rendered is not None else None


# --- making the final ----------------------------------------------------------------------


def _accept_tracked_changes(document: DocxDocument) -> None:
    """Word's tracked changes, accepted: insertions kept, deletions dropped, old formatting forgotten."""
    for part_root in _xml_roots(document):
        for tag in ("w:del", "w:moveFrom"):
            for el in list(part_root.iter(qn(tag))):
                parent = el.getparent()
                if parent is None:
                    continue
                if parent.tag in (qn("w:rPr"), qn("w:trPr")):  # a deleted paragraph mark or table row
                    if parent.tag == qn("w:trPr"):
                        row = parent.getparent()
                        row.getparent().remove(row)
                    else:
                        parent.remove(el)
                    continue
                parent.remove(el)
        for tag in ("w:ins", "w:moveTo"):
            for el in list(part_root.iter(qn(tag))):
                parent = el.getparent()
                if parent is None:
                    continue
                if parent.tag in (qn("w:rPr"), qn("w:trPr")):
                    parent.remove(el)
                    continue
                index = parent.index(el)
                for child in list(el):
                    parent.insert(index, child)
                    index += 1
                parent.remove(el)
        for tag in ("w:rPrChange", "w:pPrChange", "w:sectPrChange", "w:tblPrChange", "w:trPrChange",
                    "w:tcPrChange", "w:tblGridChange", "w:numberingChange", "w:moveFromRangeStart",
                    "w:moveFromRangeEnd", "w:moveToRangeStart", "w:moveToRangeEnd"):
            for el in list(part_root.iter(qn(tag))):
                el.getparent().remove(el)
    settings = document.settings.element
    for el in settings.findall(qn("w:trackRevisions")):
        settings.remove(el)


def _xml_roots(document: DocxDocument):
    """The body, then each header and footer."""
    yield document.element.body
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                     section.even_page_header, section.even_page_footer):
            if not part.is_linked_to_previous:
                yield part._element


def _strip_comments(document: DocxDocument) -> None:
    """No comment left: their anchors and references out of the text, the comments parts dropped."""
    for root in _xml_roots(document):
        for tag in ("w:commentRangeStart", "w:commentRangeEnd"):
            for el in list(root.iter(qn(tag))):
                el.getparent().remove(el)
        for ref in list(root.iter(qn("w:commentReference"))):
            run = ref.getparent()
            run.remove(ref)
            if run.tag == qn("w:r") and all(child.tag == qn("w:rPr") for child in run):
                run.getparent().remove(run)
    part = document.part
    for rId, rel in list(part.rels.items()):
        if rel.reltype.rsplit("/", 1)[-1] in ("comments", "commentsExtended", "commentsIds", "commentsExtensible",
                                             "people"):
            part.drop_rel(rId)


def _strip_highlights(document: DocxDocument) -> None:
    for root in _xml_roots(document):
        for el in list(root.iter(qn("w:highlight"))):
            el.getparent().remove(el)


def _drop_draft_marks(document: DocxDocument, lang: str, report: FinalizeReport) -> None:
    """The title without 草稿/DRAFT; the review notice and the 待确认事项 (review notes) left out."""
    paragraphs = document.paragraphs
    titles = [p for p in paragraphs[:3] if p.style is not None and p.style.name == "Title"] or paragraphs[:1]
    for p in titles[:1]:
        cleaned = _TITLE_DRAFT_MARK.sub("", p.text).strip()
        if cleaned != p.text.strip():
            _set_text(p, cleaned)
    notice_start = {labels["notice"][:8] for labels in LABELS.values()}
    for p in paragraphs[:6]:
        if any(p.text.strip().startswith(start) for start in notice_start):
            _remove(p)
    open_items = {labels["open_items"] for labels in LABELS.values()}
    dropping = False
    for block in _blocks(document):
        if not isinstance(block, Paragraph):
            dropping = False
            continue
        text = block.text.strip()
        if any(re.match(re.escape(label) + r"\s*[:：]", text) for label in open_items):
            dropping = True
            _remove(block)
            continue
        if dropping:
            if _is_heading(block) or not text or not _is_bullet(block):
                dropping = False
                continue
            report.review_notes_dropped += 1
            _remove(block)


def _is_bullet(p: Paragraph) -> bool:
    return (p.style is not None and p.style.name.startswith("List")) or p.text.lstrip().startswith("•") \
        or p._p.pPr is not None and p._p.pPr.numPr is not None


_SECTION_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\d+\.\s*)")


def _section_paragraphs(document: DocxDocument, heading_text: str) -> list[Paragraph]:
    """The paragraphs under the Heading 1 ``heading_text`` (whatever its number: a series' follow-up
    section moves the others down), up to the next heading or table."""
    wanted = _SECTION_NUMBER.sub("", heading_text, count=1).strip()
    found, out = False, []
    for block in _blocks(document):
        if isinstance(block, Paragraph) and _is_heading(block):
            if found:
                break
            found = _SECTION_NUMBER.sub("", block.text, count=1).strip() == wanted
            continue
        if found:
            if not isinstance(block, Paragraph):
                break
            out.append(block)
    return out


def _fill_cc(document: DocxDocument, lang: str, meeting: records.Meeting | None,
             rendered: records.Meeting | None) -> list[str]:
    """抄送: the recorder's own text when they wrote one, else the sidecar's ``cc``. Returns the list."""
    L = LABELS[lang]
    signature_label = SIGNATURE[lang][1]
    paragraphs = [p for p in _section_paragraphs(document, L["sec_cc"]) if signature_label not in p.text]
    typed = "\n".join(p.text for p in paragraphs).strip()
    for ph in PLACEHOLDERS:
        typed = typed.replace(ph, "").strip()
    as_rendered = L["sep"].join(rendered.cc) if rendered is not None and rendered.cc else ""
    wanted = meeting.cc if meeting is not None else []
    if typed and (typed != as_rendered or not wanted):
        return [x for x in re.split(r"[、,，;；\n]+", typed) if x.strip()]  # the recorder's edit wins
    if not wanted or not paragraphs:
        return list(wanted)
    _set_text(paragraphs[0], L["sep"].join(_display_name(x) for x in wanted))
    for p in paragraphs[1:]:
        if p.text.strip():
            _remove(p)
    return list(wanted)


def _display_name(entry: str) -> str:
    """'分管副总 <vp@example.com>' -> '分管副总' (addresses go in the mail, not in the minutes)."""
    name, addr = parseaddr(entry)
    return name.strip() if name.strip() and addr else entry.strip()


def _fill_signature(document: DocxDocument, lang: str, options: FinalizeOptions,
                    meeting: records.Meeting | None, today: dt.date) -> str:
    """记录人 / 审核人 / 定稿日期: the reviewer given, else the one typed; the date given, else typed, else today.
    Returns the 定稿日期 written."""
    rec_label, rev_label, date_label, final_label = SIGNATURE[lang]
    pattern = re.compile(rf"{re.escape(rec_label)}\s*[:：]\s*(?P<recorder>.*?)\s*{re.escape(rev_label)}\s*[:：]\s*"
                         rf"(?P<reviewer>.*?)\s*(?:{re.escape(final_label)}|{re.escape(date_label)})\s*[:：]\s*(?P<date>.*)$")
    target = None
    for p in reversed(document.paragraphs):
        if pattern.search(p.text.strip()):
            target = p
            break

    def clean(value: str | None) -> str:
        value = (value or "").strip()
        for ph in PLACEHOLDERS:
            value = value.replace(ph, "").strip()
        return value

    m = pattern.search(target.text.strip()) if target is not None else None
    recorder = (clean(m["recorder"]) if m else "") or clean(meeting.recorder if meeting else None)
    reviewer = options.reviewed_by or (clean(m["reviewer"]) if m else "")
    date = options.date.isoformat() if options.date else (clean(m["date"]) if m else "") or today.isoformat()
    placeholder = LABELS[lang]["placeholder"]
    colon = "：" if lang == "zh" else ": "
    gap = "      " if lang == "zh" else "    "
    text = (f"{rec_label}{colon}{recorder or placeholder}{gap}{rev_label}{colon}{reviewer or placeholder}"
            f"{gap}{final_label}{colon}{date}")
    if target is None:
        target = document.add_paragraph()
    _set_text(target, text)
    return date


def _final_properties(document: DocxDocument, lang: str, date: str) -> None:
    W = FINAL_WORDS[lang]
    cp = document.core_properties
    cp.title = _TITLE_DRAFT_MARK.sub("", cp.title or "").strip()
    cp.subject = W["subject"]
    cp.content_status = W["status"]
    keywords = cp.keywords or f"{KEYWORDS_TAG}; lang={lang}"
    cp.keywords = re.sub(r";\s*final=[^;]*", "", keywords) + f"; final={date}"
    cp.last_modified_by = FINALIZED_BY
    cp.modified = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    cp.revision = (cp.revision or 1) + 1
    cp.comments = ""


def _set_text(p: Paragraph, text: str) -> None:
    """Replace a paragraph's text, keeping its first run's formatting (fonts), without highlight."""
    runs = p.runs
    if not runs:
        p.add_run(text)
        return
    first = runs[0]
    first.text = text
    for r in runs[1:]:
        r._r.getparent().remove(r._r)
    rPr = first._r.rPr
    if rPr is not None:
        for el in rPr.findall(qn("w:highlight")):
            rPr.remove(el)


def _remove(p: Paragraph) -> None:
    el = p._p
    if el.getparent() is not None:
        el.getparent().remove(el)


# --- writing -------------------------------------------------------------------------------


def _eml_path(draft: Path) -> Path:
    return draft.with_name(_stem(draft) + ".eml")


def _check_overwrite(target: Path, store) -> None:
    """A file finalize wrote before and nobody changed may be replaced; anything else stays.

    Known by the job store's sha256 where there is one; a final outside any store by its properties
    (Word and LibreOffice put the editor's name in "last modified by" when they save)."""
    if not target.exists():
        return
    written = store.written_sha256(target.resolve()) if store is not None else None
    if written is not None:
        if sha256_file(target) == written:
            return
        why = "was changed since `minutes finalize` wrote it"
    elif target.suffix == ".docx":
        if _written_by_finalize(target):
            return
        why = "was not written by `minutes finalize`, or was edited since"
    elif store is None:  # the PDF or mail beside a final outside a drafts folder: ours to redo
        return
    else:
        why = "was not written by `minutes finalize`"
    raise FinalRefused(target, f"{why}; it is kept as it is",
                       "rename or move it away (it may hold edits of yours), then finalize again")


def _written_by_finalize(path: Path) -> bool:
    if zip_hazard(path) is not None:
        return False
    try:
        return docx.Document(str(path)).core_properties.last_modified_by == FINALIZED_BY
    except Exception:  # not a Word file: not ours
        return False


def _record(store, job_key: str | None, draft: Path, written: dict[Path, str], final: Path,
            date: str) -> None:
    key = job_key or f"finalize:{Path(os.path.relpath(draft.resolve(), store.out_dir.resolve())).as_posix()}"
    for path, sha in written.items():
        store.record_output(key, path.resolve(), sha)
    if job_key is None:
        return
    job = store.get(job_key)
    if job is not None:
        job.final = Path(os.path.relpath(final.resolve(), store.out_dir.resolve())).as_posix()
        job.finalized_on = date
        store.save(job)


def convert_to_pdf(docx_path: Path, pdf_path: Path, soffice: str | None = None,
                   timeout: float = 180.0) -> tuple[Path | None, str | None]:
    """``docx_path`` -> ``pdf_path`` with LibreOffice headless. Returns (the PDF, None) or (None, why not).

    LibreOffice runs with a profile of its own in a temporary folder beside the output (removed after),
    so nothing is written in the home folder or the system's temporary folder.
    """
    exe = soffice or shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        return None, ("LibreOffice is not installed, so no PDF was made; the .docx is the final. For a PDF: "
                      "install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) and finalize "
                      "again, or open the .docx in Word/WPS and save it as PDF")
    _remove_stale_work(pdf_path.parent, older_than=max(timeout, 60) * 2)
    work = Path(tempfile.mkdtemp(prefix=PDF_WORK_PREFIX, dir=pdf_path.parent)).resolve()
    try:
        env = {**os.environ, "TMPDIR": str(work), "HOME": str(work)}
        cmd = [exe, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
               "--nolockcheck", "--nodefault", "--convert-to", "pdf", "--outdir", str(work / "out"), str(Path(docx_path).resolve())]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return None, f"LibreOffice took longer than {timeout:.0f} s and was stopped; no PDF (the .docx is the final)"
        except OSError as e:
            return None, f"LibreOffice ({exe}) could not be started: {e.strerror}; no PDF (the .docx is the final)"
        produced = work / "out" / (docx_path.stem + ".pdf")
        if done.returncode != 0 or not produced.is_file():
            said = (done.stderr or done.stdout or "").strip().splitlines()[-1:] or ["no output"]
            return None, f"LibreOffice could not convert the final ({said[0]}); no PDF (the .docx is the final)"
        from pipeline.files import current_umask

        os.chmod(produced, 0o666 & ~current_umask())
        os.replace(produced, pdf_path)  # same folder: atomic
        return pdf_path, None
    finally:
        shutil.rmtree(work, ignore_errors=True)


PDF_WORK_PREFIX = ".minutes-pdf-"


def _remove_stale_work(folder: Path, older_than: float) -> None:
    """LibreOffice's temporary folders a killed finalize left behind (never one still in use: by age)."""
    import time

    for stale in folder.glob(PDF_WORK_PREFIX + "*"):
        try:
            if stale.is_dir() and time.time() - stale.stat().st_mtime > older_than:
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            pass


def _address(entry: str, attendees: list[records.Attendee]) -> Address | None:
    """An address for a 抄送 entry: 'name <a@b>', 'a@b', or an attendee's name with an ``email``."""
    name, addr = parseaddr(entry)
    if "@" in addr:
        return Address(display_name=name.strip(), addr_spec=addr.strip())
    for a in attendees:
        if a.email and a.name == entry.strip():
            return Address(display_name=a.name, addr_spec=a.email)
    return None


def write_mail(report: FinalizeReport, meeting: records.Meeting | None, cc: list[str],
               document: DocxDocument) -> Path:
    """``<stem>.eml``: To the attendees with an ``email``, Cc the 抄送 list, the final (and its PDF) attached.

    ``X-Unsent: 1`` makes Outlook open it as a message ready to send; nothing is sent from here.
    """
    lang = report.language
    W = FINAL_WORDS[lang]
    attendees = meeting.attendees if meeting is not None else []
    to = [Address(display_name=a.name, addr_spec=a.email) for a in attendees if a.email]
    report.not_addressed += [a.name for a in attendees if not a.email]
    cc_addresses = []
    for entry in cc:
        address = _address(entry, attendees)
        if address is None:
            report.not_addressed.append(_display_name(entry))
        elif address.addr_spec not in {t.addr_spec for t in to + cc_addresses}:
            cc_addresses.append(address)
    title = (meeting.title if meeting is not None and meeting.title else None) or \
        _TITLE_DRAFT_MARK.sub("", document.core_properties.title or report.final.stem).strip()
    date = (meeting.date if meeting is not None else None) or _keyword_date(document) or ""

    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = W["mail_subject"].format(title=title, date=date).replace("（）", "").replace(" ()", "")
    recorder = next((a for a in attendees if meeting is not None and a.name == meeting.recorder and a.email), None)
    if recorder is not None:
        msg["From"] = Address(display_name=recorder.name, addr_spec=recorder.email)
    if to:
        msg["To"] = to
    if cc_addresses:
        msg["Cc"] = cc_addresses
    msg["X-Unsent"] = "1"
    body = [W["greeting"], "", W["attached"].format(title=title, date=date)]
    actions = _action_lines(report.final, W)
    if actions:
        body += ["", W["actions"], *actions, "", W["owners"]]
    if cc:
        body += ["", W["cc"] + W["sep"].join(_display_name(x) for x in cc)]
    if meeting is not None and meeting.recorder:
        body += ["", meeting.recorder]
    msg.set_content("\n".join(body) + "\n")
    msg.add_attachment(report.final.read_bytes(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename=report.final.name)
    if report.pdf is not None:
        msg.add_attachment(report.pdf.read_bytes(), maintype="application", subtype="pdf",
                           filename=report.pdf.name)
    report.to, report.cc = [str(a) for a in to], [str(a) for a in cc_addresses]
    assert report.eml is not None
    atomic_write(report.eml, lambda tmp: tmp.write_bytes(msg.as_bytes()))
    return report.eml


def _keyword_date(document: DocxDocument) -> str | None:
    match = re.search(r"date=(\d{4}-\d{2}-\d{2})", document.core_properties.keywords or "")
    return match.group(1) if match else None


def _action_lines(final: Path, W: dict[str, str]) -> list[str]:
    """The final's action table as mail lines: '1. 任务（负责人，截止时间）'."""
    from pipeline.render.tracker import read_draft

    try:
        rows = read_draft(final).rows
    except MinutesError:
        return []
    lines = []
    for n, row in enumerate(rows, 1):
        due = row.due.isoformat() if isinstance(row.due, dt.date) else (row.due or W["undated"])
        lines.append(W["action"].format(n=n, task=row.task, who=row.owner or W["nobody"], due=due))
    return lines

