"""The review page: ``<stem>.review.html`` beside each draft, every line of the minutes one click
from its moment in the recording.

One self-contained file (its CSS and script inline, no network, no server) that opens from the
disk in any current browser: the meeting header, the minutes marked as in the draft (yellow
placeholders for what the meeting did not say, blue for low-confidence items and the cells the
extractor has a review note about, the notes themselves), and the transcript with speaker names,
colours and timestamps. Clicking an item or one of its evidence quotes plays the recording from
the first evidence utterance and highlights the utterances; clicking a transcript line plays it;
the line being heard is highlighted while the audio plays; Space plays/pauses, J/K step through
the items. Unnamed speakers (S3 …) can be named on the page, which shows the ``[speakers]`` block
to paste into the sidecar.

The audio (:class:`ReviewPageOptions.audio`):
- ``link`` (default): a relative link to the recording where it is (nothing is copied); the page
  offers to choose the file when the link no longer leads to it;
- ``embed``: a compressed copy (Opus in WebM, 16 kbit/s: about 7 MB an hour) inside the page, for
  sending it to someone; where this PyAV build cannot encode Opus the page links instead and says so.

The layout is data: ``pipeline/data/review_page/page.{html,css,js}``.
"""
from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from string import Template
from urllib.parse import quote

from pipeline import __version__, records
from pipeline.files import atomic_write_text
from pipeline.render.docx import LABELS, RenderOptions, _cn_num, hhmmss, where_label, with_weekday, zh_punctuation

PAGE_SUFFIX = ".review.html"
AUDIO_LINK = "link"
AUDIO_EMBED = "embed"
AUDIO_CHOICES = (AUDIO_LINK, AUDIO_EMBED)
#: what the page ended up with (ReviewPage.audio): the two choices, or no recording known
AUDIO_NONE = "none"

EMBED_MIME = "audio/webm; codecs=opus"
EMBED_RATE = 16000  # Hz: the rate the pipeline hears speech at; Opus wideband

_ASSETS = Path(__file__).resolve().parent.parent / "data" / "review_page"

#: transcript lines per chunk the browser may skip while off screen
LINES_PER_CHUNK = 50

#: speaker colours, in order of the transcript's speakers: distinct, and dark enough to read as text
SPEAKER_COLOURS = ("#1f5fa8", "#c0392b", "#2e7d32", "#7b3fa0", "#d35400", "#00838f", "#6d4c41",
                   "#ad1457", "#546e7a", "#827717")


@dataclass
class ReviewPageOptions:
    """How to write a review page. Defaults live here and nowhere else."""

    audio: str = AUDIO_LINK  # "link" | "embed"
    language: str | None = None  # "zh" | "en"; default: the minutes' language
    low_confidence: float = RenderOptions.low_confidence  # marked like the draft marks it
    sidecar_name: str | None = None  # the sidecar the [speakers] block goes into, as the recorder knows it
    embed_bitrate: int = 16_000  # bit/s of the embedded Opus copy: speech stays clear at about 7 MB an hour
    embed_complexity: int = 2  # Opus encoder effort 0-10: 2 encodes an hour in about 40 s here, 10 takes 3x longer
    quote_chars: int = 80  # longest quotation on an evidence button (the transcript has the whole line)


@dataclass
class ReviewPage:
    """A page written: where, with which audio, and what the recorder should know about it."""

    path: Path
    audio: str  # AUDIO_LINK | AUDIO_EMBED | AUDIO_NONE
    notes: list[str] = field(default_factory=list)


class EmbedUnavailable(Exception):
    """The recording could not be put inside the page; the message says why."""


# --- the words of the page, per language (the draft's LABELS supply the rest) ------------------

PAGE_LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "title_suffix": " 会议纪要审阅页",
        "notice": "由会议录音自动生成的纪要草稿。点击任一条目或原话，即从录音中对应位置播放；"
                  "黄色为待补充内容，蓝色为置信度较低或需核实的内容。",
        "keys": "<kbd>空格</kbd> 播放/暂停 · <kbd>J</kbd>/<kbd>K</kbd> 下一项/上一项 · 点击转写任一行从该处播放",
        "transcript": "转写全文", "speakers": "发言人命名",
        "speakers_how": "为未识别的发言人输入姓名（点击“试听”可听其发言）。将下方段落粘贴到 {sidecar}"
                        "（替换其中已有的 [speakers] 段落），再运行一次 minutes process：只重做提取和草稿，"
                        "已编辑过的草稿不会被覆盖。",
        "shared_sidecar": "meeting.toml 适用于该文件夹中的所有录音；只针对这一场会议时，请先将其复制为 {own}。",
        "snippet_head": "# 粘贴到 {sidecar}", "type_a_name": "在上方输入发言人姓名",
        "copy": "复制", "copied": "已复制", "copy_by_hand": "已选中，请按 Ctrl+C 复制",
        "h_label": "标签", "h_name": "姓名", "h_how": "识别方式", "h_lines": "发言", "listen": "试听",
        "unnamed": "未命名", "n_lines": "{n} 条",
        "named_by": {"voice": "声纹", "sidecar": "会议信息文件", "introduction": "自我介绍",
                     "addressed": "被点名", "roster": "名单"},
        "the_sidecar": "该录音的 .meeting.toml",
        "no_audio": "本页未链接录音：请选择录音文件。",
        "audio_missing": "找不到录音（{src}），或浏览器无法播放该格式：请选择录音文件，"
                         "或用 minutes process --review-audio embed 将可播放的副本放入本页。",
        "choose": "选择录音文件…", "embedded": "录音的压缩副本已内嵌于本页",
        "embed_failed": "内嵌录音无法播放：请选择录音文件。",
        "play_blocked": "浏览器未能播放，请点击播放键。", "no_evidence": "该条目没有对应的原话。",
        "check": "待核实", "open_items_none": "无",
    },
    "en": {
        "title_suffix": " — minutes review page",
        "notice": "A draft generated from the meeting recording. Click any item or quotation to play the "
                  "recording from there; yellow marks values to complete, blue marks low-confidence items to check.",
        "keys": "<kbd>Space</kbd> play/pause · <kbd>J</kbd>/<kbd>K</kbd> next/previous item · "
                "click any transcript line to play it",
        "transcript": "Transcript", "speakers": "Speaker names",
        "speakers_how": "Type a name for each unnamed speaker (\u201clisten\u201d plays one of their turns). Paste "
                        "the block below into {sidecar} (in place of any [speakers] block there) and run "
                        "minutes process again: only the extraction and the draft are redone, and a draft "
                        "you edited is kept.",
        "shared_sidecar": "meeting.toml applies to every recording in its folder; for this meeting alone, "
                          "copy it to {own} first.",
        "snippet_head": "# paste into {sidecar}", "type_a_name": "type the speakers' names above",
        "copy": "Copy", "copied": "copied", "copy_by_hand": "selected: press Ctrl+C to copy",
        "h_label": "Label", "h_name": "Name", "h_how": "Named by", "h_lines": "Turns", "listen": "listen",
        "unnamed": "unnamed", "n_lines": "{n}",
        "named_by": {"voice": "voice clip", "sidecar": "sidecar", "introduction": "self-introduction",
                     "addressed": "addressed by name", "roster": "attendee list"},
        "the_sidecar": "the recording's .meeting.toml",
        "no_audio": "No recording is linked to this page: choose the recording file.",
        "audio_missing": "The recording ({src}) was not found or this browser cannot play it: choose the "
                         "file, or run minutes process --review-audio embed to put a playable copy in the page.",
        "choose": "Choose the recording…", "embedded": "a compressed copy of the recording is inside this page",
        "embed_failed": "The embedded recording cannot be played: choose the recording file.",
        "play_blocked": "The browser did not start playback: press play.",
        "no_evidence": "This item has no quotation to play.",
        "check": "To check", "open_items_none": "none",
    },
}

#: what the page's script needs to say (the rest is written into the page as HTML)
_SCRIPT_LABELS = ("no_audio", "audio_missing", "embed_failed", "play_blocked", "no_evidence", "snippet_head",
                  "type_a_name", "copied", "copy_by_hand")


# --- entry points ------------------------------------------------------------------------------


def page_path_for(draft_or_stem: Path) -> Path:
    """``<stem>.review.html`` beside a draft ``<stem>.docx`` (or for a path without the suffix)."""
    p = Path(draft_or_stem)
    return p.with_name((p.name[:-5] if p.name.lower().endswith(".docx") else p.name) + PAGE_SUFFIX)


def render_review_page(minutes: records.Minutes, out_path: Path, transcript: records.Transcript | None = None,
                       recording: Path | None = None, options: ReviewPageOptions | None = None,
                       key: str = "") -> ReviewPage:
    """Write the review page for ``minutes`` to ``out_path`` (atomically).

    ``recording``: the audio the page plays (linked relative to the page, or embedded); None: the page
    asks the reader to choose the file. ``key``: a fingerprint of the inputs, kept in the page so a
    batch can tell it is up to date (:func:`page_key`).
    """
    options = options or ReviewPageOptions()
    if options.audio not in AUDIO_CHOICES:
        raise ValueError(f"audio must be one of {AUDIO_CHOICES}, not {options.audio!r}")
    out_path = Path(out_path)
    notes: list[str] = []
    audio_src, embedded, mode = None, None, AUDIO_NONE
    if recording is not None and options.audio == AUDIO_EMBED:
        try:
            embedded = encode_opus(Path(recording), options.embed_bitrate, options.embed_complexity)
            mode = AUDIO_EMBED
        except EmbedUnavailable as e:
            notes.append(f"{out_path.name}: the recording is linked, not embedded: {e}")
    if recording is not None and embedded is None:
        audio_src, mode = audio_link(Path(recording), out_path.parent), AUDIO_LINK
    text = build_page(minutes, transcript, options, audio_src=audio_src, embedded=embedded, key=key,
                      fallback_title=out_path.name.removesuffix(PAGE_SUFFIX))
    atomic_write_text(out_path, text)
    return ReviewPage(out_path, mode, notes)


def refresh_review_page(out_dir: Path, out_stem: str, recording: Path, render_key: str | None,
                        options: ReviewPageOptions) -> ReviewPage | None:
    """The batch's call: (re)write ``<out_stem>.review.html`` unless the one there was made from the same
    minutes, transcript, recording place and options. Returns the page written, or None when it was current."""
    out_dir = Path(out_dir)
    page = out_dir / f"{out_stem}{PAGE_SUFFIX}"
    minutes_path = out_dir / f"{out_stem}.minutes.json"
    transcript_path = out_dir / f"{out_stem}.transcript.json"
    key = page_key(render_key or records.read_json(minutes_path), options, audio_link(recording, page.parent))
    if page_key_of(page) == key:
        return None
    minutes = records.load_minutes(minutes_path)
    transcript = records.load_transcript(transcript_path) if transcript_path.is_file() else None
    return render_review_page(minutes, page, transcript, recording, options, key=key)


def page_key(basis, options: ReviewPageOptions, link: str | None) -> str:
    """What a page is made from: ``basis`` (the batch's render key, which chains the audio, the sidecar
    and the minutes), the options, where the recording is, and this page's own code."""
    text = json.dumps([basis, options.audio, options.language, options.sidecar_name, options.low_confidence,
                       options.embed_bitrate, options.embed_complexity, link, _assets_digest(), __version__], ensure_ascii=False,
                      sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


_KEY_RE = re.compile(rb'<meta name="minutes-review-key" content="([0-9a-f]*)">')


def page_key_of(page: Path) -> str | None:
    """The key a page was written with (from its first lines), or None."""
    try:
        with open(page, "rb") as f:
            head = f.read(2048)
    except OSError:
        return None
    m = _KEY_RE.search(head)
    return m.group(1).decode("ascii") if m else None


def audio_link(recording: Path, page_dir: Path) -> str:
    """The recording as the page's ``<audio src>``: relative to the page (the folders can move together),
    or a file:// address when it is on another drive."""
    recording, page_dir = Path(recording).absolute(), Path(page_dir).absolute()
    try:
        rel = os.path.relpath(recording, page_dir)
    except ValueError:  # Windows: another drive
        return recording.as_uri()
    return quote(rel.replace(os.sep, "/"), safe="/")


# --- the embedded copy -----------------------------------------------------------------------------


def encode_opus(recording: Path, bitrate: int = 16_000, complexity: int = 2) -> bytes:
    """The recording's first audio track as Opus (mono, 16 kHz) in WebM, decoded and encoded with PyAV
    in memory (nothing is written beside the recording or in a temporary folder)."""
    import av

    try:
        av.codec.Codec("libopus", "w")
    except Exception:
        raise EmbedUnavailable("this PyAV build has no Opus encoder (libopus)") from None
    out = io.BytesIO()
    try:
        with av.open(str(recording), mode="r", metadata_errors="ignore") as source:
            if not source.streams.audio:
                raise EmbedUnavailable("the recording has no audio track")
            with av.open(out, mode="w", format="webm") as target:
                stream = target.add_stream("libopus", rate=EMBED_RATE, layout="mono",
                                           options={"application": "voip", "compression_level": str(complexity)})
                stream.bit_rate = bitrate
                resampler = av.AudioResampler(format="s16", layout="mono", rate=EMBED_RATE)
                samples = 0
                for frame in source.decode(source.streams.audio[0]):
                    frame.pts = None
                    samples += frame.samples
                    for chunk in resampler.resample(frame):
                        target.mux(stream.encode(chunk))
                for chunk in resampler.resample(None):
                    target.mux(stream.encode(chunk))
                target.mux(stream.encode(None))
        if not samples:
            raise EmbedUnavailable("no sound could be decoded from the recording")
    except EmbedUnavailable:
        raise
    except (av.error.FFmpegError, OSError, ValueError) as e:
        raise EmbedUnavailable(f"the recording could not be re-encoded ({type(e).__name__}: {e})") from None
    return out.getvalue()


# --- the page ----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    return {name: (_ASSETS / f"page.{name}").read_text(encoding="utf-8") for name in ("html", "css", "js")}


@lru_cache(maxsize=1)
def _assets_digest() -> str:
    h = hashlib.sha256()
    for name, text in sorted(_assets().items()):
        h.update(name.encode() + b"\0" + text.encode("utf-8"))
    return h.hexdigest()[:16]


def build_page(minutes: records.Minutes, transcript: records.Transcript | None, options: ReviewPageOptions,
               audio_src: str | None = None, embedded: bytes | None = None, key: str = "",
               fallback_title: str = "") -> str:
    """The page's HTML (not written); :func:`render_review_page` is the usual entry."""
    lang = (options.language or minutes.language or "zh").lower()
    lang = "en" if lang.startswith("en") else "zh"
    return _Page(minutes, transcript, options, lang).html(audio_src, embedded, key, fallback_title)


def _e(text) -> str:
    return html.escape(str(text), quote=True)


class _Page:
    """One page being written: labels, speakers and the review notes by place."""

    def __init__(self, minutes: records.Minutes, transcript: records.Transcript | None,
                 options: ReviewPageOptions, lang: str):
        self.minutes = minutes
        self.transcript = transcript
        self.options = options
        self.lang = lang
        self.L = LABELS[lang]
        self.P = PAGE_LABELS[lang]
        self.utterances = {u.id: u for u in transcript.utterances} if transcript else {}
        labels = list(transcript.speakers) if transcript else []
        for u in transcript.utterances if transcript else []:
            if u.speaker not in labels:
                labels.append(u.speaker)
        self.speaker_labels = labels
        self.sections = 0  # sections numbered so far: a series' follow-up moves the later ones down, as in the draft
        self.colour_index = {label: i % len(SPEAKER_COLOURS) for i, label in enumerate(labels)}
        self.notes: dict[tuple[str, int | None], list[tuple[str | None, str]]] = {}  # (kind, index) -> [(field, why)]
        for note in minutes.review:
            m = re.fullmatch(r"(\w+)(?:\[(\d+)\])?(?:\.(\w+))?", (note.where or "").strip())
            if m:
                self.notes.setdefault((m.group(1), int(m.group(2)) if m.group(2) else None), []).append(
                    (m.group(3), note.why))

    # --- small pieces ----------------------------------------------------------------------------

    def t(self, text) -> str:
        """Text for the page: Chinese punctuation in a Chinese page, as in the draft; escaped."""
        text = str(text)
        return _e(zh_punctuation(text) if self.lang == "zh" else text)

    def value(self, text, low: bool = False) -> str:
        if text is None or not str(text).strip():
            return f'<span class="ph">{_e(self.L["placeholder"])}</span>'
        return f'<span class="low">{self.t(text)}</span>' if low else self.t(text)

    def name_of(self, label: str) -> str | None:
        return self.transcript.speaker_name(label) if self.transcript else None

    def who(self, label: str) -> str:
        name = self.name_of(label)
        cls = "who" if name else "who unnamed"
        return f'<b class="{cls}" data-spk="{_e(label)}">{_e(name or label)}</b>'

    def chips(self, evidence: list[str]) -> str:
        out = []
        for uid in evidence:
            u = self.utterances.get(uid)
            if u is None:
                continue
            words = u.text if len(u.text) <= self.options.quote_chars else u.text[: self.options.quote_chars] + "…"
            quote = f"「{self.t(words)}」" if self.lang == "zh" else f"\u201c{_e(words)}\u201d"
            out.append(f'<button type="button" class="chip" data-u="{_e(uid)}">'
                       f'<span class="t">{hhmmss(u.start)}</span> {self.who(u.speaker)} {quote}</button>')
        return f'<div class="evidence">{"".join(out)}</div>' if out else ""

    def item(self, item_id: str, kind: str, evidence: list[str], inner: str) -> str:
        ev = " ".join(e for e in evidence if e in self.utterances)
        return (f'<article class="item {kind}" id="{item_id}" tabindex="0" data-ev="{_e(ev)}">'
                f'{inner}{self.chips(evidence)}</article>')

    def note_lines(self, kind: str, index: int | None, skip_fields: tuple[str, ...] = ()) -> str:
        out = []
        for fld, why in self.notes.get((kind, index), []):
            if fld in skip_fields:
                continue
            where = self.field_label(fld) if fld else self.P["check"]
            out.append(f'<p class="note"><b>{_e(where)}</b>{_e(self.L["colon"])}{self.t(why)}</p>')
        return "".join(out)

    def field_label(self, fld: str) -> str:
        return self.L.get("h_" + fld) or self.L.get("f_" + fld) or fld

    def section(self, text: str) -> str:
        """A section heading ("二、议程…", "2. Agenda…") numbered in the order the sections come."""
        m = re.match(r"(?:[一二三四五六七八九十]+、|\d+\. )", text)
        if m:
            self.sections += 1
            n = self.sections
            text = (f"{_cn_num(n)}、" if self.lang == "zh" else f"{n}. ") + text[m.end():]
        return f"<h2>{_e(text)}</h2>"

    def low_note(self, confidence: float) -> str:
        return f'<p class="note">{self.t(self.L["low_confidence"].format(c=confidence))}</p>'

    # --- the page -------------------------------------------------------------------------------------

    def html(self, audio_src: str | None, embedded: bytes | None, key: str, fallback_title: str) -> str:
        meeting = self.minutes.meeting
        title = (meeting.title or "").strip()
        heading = (self.t(title) if title else f'<span class="ph">{_e(self.L["placeholder"])}</span>') \
            + _e(self.P["title_suffix"])
        body = "\n".join([
            self.header(heading, audio_src, embedded is not None),
            '<main>',
            '<section id="minutes" class="pane">',
            self.info(meeting), self.follow_up(), self.topics(), self.decisions(), self.actions(), self.followup(),
            self.speakers(),
            '</section>',
            self.transcript_pane(),
            '</main>',
        ])
        audio_data = ""
        if embedded is not None:
            audio_data = (f'<script type="application/octet-stream" id="audio-data" data-mime="{EMBED_MIME}">'
                          f'{base64.b64encode(embedded).decode("ascii")}</script>')
        script_labels = {k: self.P[k] for k in _SCRIPT_LABELS}
        script_labels["snippet_head"] = script_labels["snippet_head"].format(sidecar=self.sidecar_name())
        assets = _assets()
        return Template(assets["html"]).substitute(
            lang="zh-CN" if self.lang == "zh" else "en", version=_e(__version__), key=_e(key),
            title=_e((title or fallback_title) + self.P["title_suffix"]), css=assets["css"],
            speaker_css=self.speaker_css(), body=body,
            labels_json=json.dumps(script_labels, ensure_ascii=False).replace("</", "<\\/"),
            audio_data=audio_data, js=assets["js"])

    def header(self, heading: str, audio_src: str | None, embedded: bool) -> str:
        src = f' src="{_e(audio_src)}"' if audio_src else ""
        embedded_note = f'<div class="embedded">{_e(self.P["embedded"])}</div>' if embedded else ""
        return (
            '<header class="top">'
            f'<div class="title"><h1>{heading}</h1><p class="notice">{_e(self.P["notice"])}</p></div>'
            '<div class="player">'
            f'<audio id="audio" controls preload="metadata"{src}></audio>{embedded_note}'
            '<div id="audio-status" class="status" role="status"></div>'
            f'<label class="choose"><input type="file" id="audio-file" accept="audio/*,video/*"> '
            f'{_e(self.P["choose"])}</label>'
            '</div>'
            f'<p class="keys">{self.P["keys"]}</p>'
            '</header>')

    def speaker_css(self) -> str:
        return "\n".join(f".sp{i} {{ --spk: {c}; }}" for i, c in enumerate(SPEAKER_COLOURS))

    def info(self, meeting: records.Meeting) -> str:
        L = self.L
        time = None
        if meeting.start or meeting.end:
            time = f"{meeting.start or L['placeholder']}–{meeting.end or L['placeholder']}"
        attendees = "".join(
            f'<span class="person">{self.t("  ".join(x for x in (a.name, a.department, a.title) if x))}</span>'
            for a in meeting.attendees) or self.value(None)
        absent = "".join(
            f'<span class="person">{self.t(" ".join(x for x in (a.name, a.department) if x))}'
            f'{self.t(L["lparen"] + a.reason + L["rparen"]) if a.reason else ""}</span>'
            for a in meeting.absent) or "—"
        consent = meeting.consent
        if consent is None or not consent.confirmed:
            consent_text = self.t(L["consent_none"])
        else:
            by = consent.extra.get("confirmed_by")
            parts = [p for p in (consent.method, f"{L['consent_by']}{L['colon']}{consent.by}" if consent.by else None,
                                 f"{L['consent_batch']}{L['colon']}{by}" if by else None) if p]
            consent_text = self.t(("；" if self.lang == "zh" else "; ").join(parts)) if parts else "✓"
        rows = [
            ("title", L["f_title"], self.value(meeting.title)),
            ("date", L["f_date"], self.value(with_weekday(meeting.date, self.lang))),
            ("time", L["f_time"], self.t(time).replace(_e(L["placeholder"]), self.value(None)) if time else self.value(None)),
            ("location", L["f_location"], self.value(meeting.location)),
            ("host", L["f_host"], self.value(meeting.host)),
            ("recorder", L["f_recorder"], self.value(meeting.recorder)),
            ("attendees", L["f_attendees"], attendees),
            ("absent", L["f_absent"], absent),
            ("consent", L["f_consent"], consent_text),
        ]
        out = [self.section(L["sec_info"]) + '<table class="info">']
        for fld, label, cell in rows:
            notes = "".join(f'<p class="note">{self.t(why)}</p>' for f, why in self.notes.get(("meeting", None), [])
                            if f == fld)
            out.append(f"<tr><th>{_e(label)}</th><td>{cell}{notes}</td></tr>")
        out.append("</table>")
        return "".join(out)

    def follow_up(self) -> str:
        """A series' earlier open actions and what this meeting said about them (the draft's 上次会议行动项跟进)."""
        items = self.minutes.follow_up
        if not items:
            return ""
        from pipeline.render.followup import LABELS as FOLLOW_UP_LABELS, current

        F, L = FOLLOW_UP_LABELS[self.lang], self.L
        meetings = list(dict.fromkeys(" ".join(x for x in (i.meeting_date, i.meeting) if x) for i in items))
        out = [self.section(("一、" if self.lang == "zh" else "1. ") + F["section"]),
               f'<p class="said">{self.t(F["intro"].format(meetings=F["sep"].join(m for m in meetings if m)))}</p>']
        for i, item in enumerate(items):
            status, due = current(item)
            update = item.update
            moved = bool(update and update.due)
            changed = bool(update and update.status and update.status != item.status)
            due_shown = self.value(with_weekday(due, self.lang), low=moved)
            if moved and item.due:
                due_shown += f' <span class="said">{self.t(F["was_due"].format(due=item.due))}</span>'
            status_text = self.t(F["statuses"].get(status, status))
            fields = [(F["h_meeting"], self.t(item.meeting_date or item.meeting or "—")),
                      (F["h_owner"], self.value(item.owner)), (F["h_due"], due_shown),
                      (F["h_status"], f'<span class="low">{status_text}</span>' if changed else status_text)]
            if update is None:
                progress = f'<span class="said">{self.t(F["not_mentioned"])}</span>'
            else:
                progress = f'<span class="low">{self.t(update.said)}</span>'
            inner = (f'<div class="head"><span class="no">{i + 1}</span><span class="task">{self.t(item.task)}</span></div>'
                     f'<dl class="fields">{"".join(f"<div><dt>{_e(k)}</dt><dd>{v}</dd></div>" for k, v in fields)}'
                     f'<div style="grid-column: 1 / -1"><dt>{_e(F["h_progress"])}</dt><dd>{progress}</dd></div></dl>'
                     + self.note_lines("follow_up", i))
            out.append(self.item(f"item-follow-{i}", "follow", update.evidence if update else [], inner))
        return "".join(out)

    def topics(self) -> str:
        L = self.L
        out = [self.section(L["sec_topics"])]
        if not self.minutes.topics:
            out.append(f'<p class="empty"><span class="ph">{self.t(L["no_topics"])}</span></p>')
        for i, topic in enumerate(self.minutes.topics):
            inner = [f"<h3>{i + 1}. {self.t(topic.title)}</h3>"]
            if topic.points:
                inner.append("<ul>" + "".join(f"<li>{self.t(p)}</li>" for p in topic.points) + "</ul>")
            if topic.controversies:  # where two sides held different positions, as in the draft
                inner.append(f'<p class="sub">{_e(L["controversies"])}</p><ul>' + "".join(
                    f"<li>{self.t(c.text)}{self.chips(c.evidence)}</li>" for c in topic.controversies) + "</ul>")
            if topic.viewpoints:
                inner.append(f'<p class="sub">{_e(L["viewpoints"])}</p><ul>' + "".join(
                    f"<li><b>{self.t(v.who or L['unknown_speaker'])}</b>{_e(L['colon'])}{self.t(v.text)}</li>"
                    for v in topic.viewpoints) + "</ul>")
            if topic.key_data:
                inner.append(f'<p class="sub">{_e(L["key_data"])}{_e(L["colon"])}'
                             f'<span style="font-weight:400">{self.t(("；" if self.lang == "zh" else "; ").join(topic.key_data))}'
                             '</span></p>')
            if not (topic.points or topic.viewpoints or topic.key_data):
                inner.append(f"<p>{self.value(None)}</p>")
            inner.append(self.note_lines("topics", i))
            out.append(self.item(f"item-topic-{i}", "topic", topic.evidence, "".join(inner)))
        return "".join(out)

    def decisions(self) -> str:
        L = self.L
        out = [self.section(L["sec_decisions"])]
        if not self.minutes.decisions:
            out.append(f'<p class="empty"><span class="ph">{self.t(L["no_decisions"])}</span></p>')
        for i, d in enumerate(self.minutes.decisions):
            low = d.confidence < self.options.low_confidence
            inner = (f'<div class="head"><span class="no">{i + 1}</span><span>{self.value(d.text, low)}</span></div>'
                     + (self.low_note(d.confidence) if low else "") + self.note_lines("decisions", i))
            out.append(self.item(f"item-decision-{i}", "decision", d.evidence, inner))
        return "".join(out)

    def actions(self) -> str:
        L = self.L
        out = [self.section(L["sec_actions"])]
        if not self.minutes.action_items:
            out.append(f'<p class="empty"><span class="ph">{self.t(L["no_actions"])}</span></p>')
        for i, a in enumerate(self.minutes.action_items):
            low = a.confidence < self.options.low_confidence
            checked = {fld for fld, _ in self.notes.get(("action_items", i), []) if fld}
            fields = []
            for fld in ("owner", "department", "due", "deliverable", "support"):
                value = getattr(a, fld)
                shown = self.value(with_weekday(value, self.lang) if fld == "due" else value, low=fld in checked)
                if fld == "due" and a.due_text:
                    shown += f' <span class="said">{_e(L["due_said"])}{_e(L["colon"])}{self.t(a.due_text)}</span>'
                if fld == "support" and not value:
                    shown = "—"  # optional in the draft's table too: a dash, not a placeholder
                fields.append(f"<div><dt>{_e(L['h_' + fld])}</dt><dd>{shown}</dd></div>")
            inner = (f'<div class="head"><span class="no">{i + 1}</span>'
                     f'<span class="task">{self.value(a.task, low or "task" in checked)}</span></div>'
                     f'<dl class="fields">{"".join(fields)}</dl>'
                     + (self.low_note(a.confidence) if low else "") + self.note_lines("action_items", i))
            out.append(self.item(f"item-action-{i}", "action", a.evidence, inner))
        return "".join(out)

    def followup(self) -> str:
        L = self.L
        out = [self.section(L["sec_followup"])]
        nm = self.minutes.next_meeting
        when = None
        if nm is not None:
            when = " ".join(x for x in (with_weekday(nm.date, self.lang), nm.time) if x) or None
        inner = (f'<div class="head"><span>{_e(L["next_meeting"])}{_e(L["colon"])}</span>'
                 f'<span style="font-weight:400">{self.value(when)}'
                 f'{(("，" if self.lang == "zh" else ", ") + self.t(nm.text)) if nm is not None and nm.text else ""}'
                 '</span></div>' + self.note_lines("next_meeting", None))
        out.append(self.item("item-next", "next", nm.evidence if nm else [], inner))
        out.append(f'<p class="sub">{_e(L["open_items"])}{_e(L["colon"])}</p>')
        if not self.minutes.review:
            out.append(f"<p>{_e(self.P['open_items_none'])}</p>")
        else:
            out.append('<ul class="open">')
            for note in self.minutes.review:
                target = self.target_of(note.where)
                attr = f' data-target="{target}"' if target else ""
                out.append(f'<li{attr}><b>{_e(where_label(note.where, L))}</b>{_e(L["colon"])}'
                           f'<span class="low">{self.t(note.why)}</span></li>')
            out.append("</ul>")
        return "".join(out)

    def target_of(self, where: str) -> str | None:
        m = re.match(r"(\w+)(?:\[(\d+)\])?", where or "")
        if not m:
            return None
        kind, idx = m.group(1), m.group(2)
        ids = {"topics": ("item-topic-", len(self.minutes.topics)), "decisions": ("item-decision-", len(self.minutes.decisions)),
               "action_items": ("item-action-", len(self.minutes.action_items)),
               "follow_up": ("item-follow-", len(self.minutes.follow_up))}
        if kind in ids and idx is not None and int(idx) < ids[kind][1]:
            return f"{ids[kind][0]}{idx}"
        if kind == "next_meeting":
            return "item-next"
        return None

    def sidecar_name(self) -> str:
        return self.options.sidecar_name or self.P["the_sidecar"]

    def speakers(self) -> str:
        if not self.transcript or not self.speaker_labels:
            return ""
        P = self.P
        turns: dict[str, list[records.Utterance]] = {}
        for u in self.transcript.utterances:
            turns.setdefault(u.speaker, []).append(u)
        sidecar = self.sidecar_name()
        how = _e(P["speakers_how"].format(sidecar=sidecar)).replace(
            "[speakers]", "<code>[speakers]</code>")
        if self.options.sidecar_name and Path(self.options.sidecar_name).name == "meeting.toml":
            stem = Path(self.transcript.audio.file).stem if self.transcript.audio else "<stem>"
            how += " " + _e(P["shared_sidecar"].format(own=f"{stem}.meeting.toml"))
        rows = []
        for label in self.speaker_labels:
            said = turns.get(label, [])
            if not said:
                continue
            speaker = self.transcript.speakers.get(label) or records.Speaker()
            named_by = speaker.extra.get("named_by")
            how_named = P["named_by"].get(named_by, named_by) if speaker.name and named_by else "—"
            longest = max(said, key=lambda u: u.end - u.start)
            listen = (f'<button type="button" class="chip" data-u="{_e(longest.id)}" title="{_e(longest.text)}">'
                      f'▶ {_e(P["listen"])} <span class="t">{hhmmss(longest.start)}</span></button>')
            notes = "".join(f'<p class="note">{self.t(why)}</p>' for f, why in self.notes.get(("speakers", None), [])
                            if f == label)
            rows.append(
                f'<tr class="sp{self.colour_index[label]}"><td><b class="who-label" style="color:var(--spk)">'
                f'{_e(label)}</b></td>'
                f'<td><input class="speaker-name" type="text" data-label="{_e(label)}" '
                f'data-auto="{_e(speaker.name or "")}" data-sidecar="{1 if named_by == "sidecar" else 0}" '
                f'value="{_e(speaker.name or "")}" placeholder="{_e(P["unnamed"])}" aria-label="{_e(label)}">{notes}</td>'
                f'<td>{_e(how_named)}</td><td>{_e(P["n_lines"].format(n=len(said)))} {listen}</td></tr>')
        return (f'<section class="speakers" id="speakers"><h2>{_e(P["speakers"])}</h2>'
                f'<p class="how">{how}</p>'
                f'<table><tr><th>{_e(P["h_label"])}</th><th>{_e(P["h_name"])}</th><th>{_e(P["h_how"])}</th>'
                f'<th>{_e(P["h_lines"])}</th></tr>{"".join(rows)}</table>'
                f'<p><textarea id="speakers-snippet" readonly spellcheck="false" aria-label="[speakers]"></textarea></p>'
                f'<p><button type="button" class="copy" id="copy-speakers">{_e(P["copy"])}</button>'
                f'<span class="copied" id="copied" role="status"></span></p></section>')

    def transcript_pane(self) -> str:
        """The transcript in chunks of LINES_PER_CHUNK lines: the browser skips styling and laying out the
        chunks off screen (content-visibility), so a 2-hour meeting opens as fast as a short one."""
        out = [f'<section id="transcript" class="pane"><h2>{_e(self.P["transcript"])}</h2><ol id="lines">']
        utterances = self.transcript.utterances if self.transcript else []
        for i, u in enumerate(utterances):
            if i % LINES_PER_CHUNK == 0:
                out.append('<li class="chunk"><ol>' if i == 0 else '</ol></li><li class="chunk"><ol>')
            # lean markup (a 2-hour meeting has 3,000 of these): time, speaker, then the words as they are
            out.append(f'<li class="line sp{self.colour_index.get(u.speaker, 0)}" data-u="{_e(u.id)}" '
                       f'data-s="{u.start:.3f}"><i>{hhmmss(u.start)}</i>{self.who(u.speaker)}{self.t(u.text)}</li>')
        if utterances:
            out.append("</ol></li>")
        out.append("</ol></section>")
        return "".join(out)
