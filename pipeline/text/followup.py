"""What a meeting says about the open action items of the earlier meetings of its series.

:func:`find_updates` takes the open items (:class:`pipeline.records.FollowUpItem`, gathered by
:mod:`pipeline.series` from the tracking sheet or the earlier drafts) and this meeting's
transcript, and sets ``item.update`` where the meeting talks about an item: "海报初稿已经发了"
(done), "视频可能要推到8月20号" (delayed, new date), "the runbook slipped to next Wednesday".

General, not tuned to one meeting:
1. an item is matched to a turn by the words of its task (and of what was said when it was
   given, when known) that the turn shares with it, read together with the turn before (the
   question "林晓，海报那边怎么样了？" names the task, the answer gives the status); fewer shared
   words are needed when the owner speaks or is named;
2. the turn's status comes from cue words, data in ``rules/<lang>/followup.toml``;
3. a new date is what :func:`pipeline.text.dates.find_dates` resolves in the turn against this
   meeting's date; a date later than the old deadline is a delay to that date.
Each turn serves one item at most and each item takes one turn: best matches first (most
shared words, the owner speaking or named), the later turn on a tie (the meeting's latest word). Every update is for the recorder to check: it carries the
words said and their utterance ids, and a review note.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline import records
from pipeline.text.dates import find_dates
from pipeline.text.roster import Roster
from pipeline.text.rulebook import load_rules
from pipeline.text.topics import grams

DONE, DELAYED, IN_PROGRESS = "done", "delayed", "in_progress"


@dataclass
class FollowUpOptions:
    """How spoken updates are found. Defaults in one place."""

    context_turns: int = 1  # turns before the one that gives the status, read for the task's words
    owner_confidence: float = 0.8  # the owner speaks or is named, and task words match
    other_confidence: float = 0.6  # only task words match
    quote_chars: int = 60  # longest quotation of the words said (zh characters; English gets twice as many)


@lru_cache(maxsize=None)
def cues(lang: str) -> dict:
    """rules/<lang>/followup.toml with its cue lists compiled."""
    data = load_rules(lang, "followup")
    for key in ("done", "delayed", "in_progress", "negations"):
        words = sorted(data[key], key=len, reverse=True)
        if lang == "en":
            data[key + "_re"] = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])", re.I)
        else:
            data[key + "_re"] = re.compile("|".join(re.escape(w) for w in words))
    data["generic_set"] = set(data["generic"])
    data["function_set"] = set(data.get("function_chars", ""))
    return data


def status_said(text: str, lang: str) -> str | None:
    """The status ``text`` states by its cue words, or None: delayed (or a negated "done") over
    done over in progress."""
    c = cues(lang)
    if c["delayed_re"].search(text):
        return DELAYED
    for m in c["done_re"].finditer(text):
        if not _negated(text, m.start(), lang):
            return DONE
    if c["done_re"].search(text):  # only negated: "还没发了" / "not finished yet"
        return DELAYED
    if c["in_progress_re"].search(text):
        return IN_PROGRESS
    return None


def _negated(text: str, at: int, lang: str) -> bool:
    c = cues(lang)
    window = c["negation_window"]
    if lang == "en":
        before = " ".join(re.findall(r"[\w']+", text[:at].lower())[-window:])
    else:
        before = text[max(0, at - window):at]
    return bool(c["negations_re"].search(before))


def task_words(item: records.FollowUpItem, lang: str, said: str = "", names: tuple[str, ...] = ()) -> set[str]:
    """The words that tell an item's task apart: its task, deliverable and the words said when it was
    given (``said``), without generic ones and without people's names."""
    text = " ".join(x for x in (item.task, item.extra.get("deliverable") or "", said) if x)
    for mention in find_dates(text, lang, dt.date(2000, 1, 3)):  # "本周五前" says nothing about which task
        text = text.replace(mention.text, " ")
    for name in names:
        text = text.replace(name, " ") if lang == "zh" else re.sub(re.escape(name), " ", text, flags=re.I)
    return _words_of(text, lang)


def _specific(words: set[str], lang: str) -> set[str]:
    c = cues(lang)
    words = {w for w in words if w not in c["generic_set"] and not (set(w) & c["function_set"])}
    if lang == "en":
        words = {_stem(w) for w in words if len(w) >= 4 and _stem(w) not in c["generic_set"]}
    return words


def _stem(word: str) -> str:
    """A crude English stem, enough to match "migration"/"migrations", "triage"/"triaged"."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _words_of(text: str, lang: str) -> set[str]:
    """The words of ``text`` that can tell a task apart (character pairs without function
    characters, or English content words, stemmed)."""
    return _specific(grams(text, lang), lang)


@dataclass
class _Match:
    item: int
    turn: int
    shared: int
    owner: bool


def find_updates(items: list[records.FollowUpItem], transcript: records.Transcript,
                 said_when_given: dict[tuple[str, str], str] | None = None,
                 options: FollowUpOptions | None = None) -> list[records.FollowUpItem]:
    """Set ``update`` on the items this meeting talks about; returns ``items``.

    ``said_when_given``: (meeting_id, item_id) -> the words said when the item was given (from the
    earlier meeting's transcript, when there is one), to match an item by more than its task."""
    options = options or FollowUpOptions()
    lang = "en" if transcript.language.startswith("en") else "zh"
    c = cues(lang)
    utterances = transcript.utterances
    if not items or not utterances:
        return items
    meeting_date = _date(transcript.meeting.date)
    roster = Roster.build(records.Transcript(language=lang, meeting=transcript.meeting,
                                             speakers=transcript.speakers, utterances=utterances))
    names = tuple(sorted({*roster.departments, *roster.aliases, *(i.owner for i in items if i.owner)},
                         key=len, reverse=True))
    said = said_when_given or {}
    words = [task_words(item, lang, said.get((item.meeting_id, item.item_id), ""), names) for item in items]
    spoken = [_words_of(u.text, lang) for u in utterances]
    speaker = [transcript.speaker_name(u.speaker) for u in utterances]
    named = [{m.name for m in roster.mentions(u.text) if m.name} for u in utterances]

    matches: list[_Match] = []
    for t, u in enumerate(utterances):
        cue = status_said(u.text, lang)
        if cue is None and not _later_dates(u.text, lang, meeting_date):
            continue  # no status and no date: nothing to update
        context = range(max(0, t - options.context_turns), t + 1)
        heard = set().union(*(spoken[j] for j in context))
        people = {speaker[t]} | set().union(*(named[j] for j in context))
        for k, item in enumerate(items):
            shared = len(words[k] & heard)
            owner = bool(item.owner) and item.owner in people
            if cue is None:  # a date alone: the owner, and the task named
                enough = owner and shared >= c["min_shared_date_only"]
            else:
                enough = shared >= (c["min_shared_with_owner"] if owner else c["min_shared"])
            if enough:
                matches.append(_Match(k, t, shared, owner))

    taken_turns: set[int] = set()
    chosen: dict[int, _Match] = {}
    for m in sorted(matches, key=lambda m: (-(m.shared + 2 * m.owner), -m.turn)):  # best pairs first; ties: later
        if m.turn in taken_turns or m.item in chosen:
            continue
        chosen[m.item] = m
        taken_turns.add(m.turn)

    for k, m in chosen.items():
        update = _update(items[k], utterances, m, lang, meeting_date, options)
        if update is not None:
            items[k].update = update
    return items


def _update(item: records.FollowUpItem, utterances: list[records.Utterance], m: _Match, lang: str,
            meeting_date: dt.date | None, options: FollowUpOptions) -> records.StatusUpdate | None:
    u = utterances[m.turn]
    status = status_said(u.text, lang)
    old_due = _date(item.due)
    new_due, due_text = None, None
    for mention in _later_dates(u.text, lang, meeting_date):
        day = _date(mention.date)
        if day is not None and (old_due is None or day > old_due):
            new_due, due_text = day, mention.text
    if status == DONE:
        new_due, due_text = None, None  # "已经发了，月底前能修完": the date is about something else
    elif new_due is not None and old_due is not None:
        status = DELAYED  # a later date for it than it had: delayed to that date
    if status is None and new_due is None:
        return None
    if status is None:
        status = IN_PROGRESS  # a date for an undated item
    evidence = [utterances[j].id for j in range(max(0, m.turn - options.context_turns), m.turn)
                if _shares(item, utterances[j].text, lang)] + [u.id]
    limit = options.quote_chars * (2 if lang == "en" else 1)
    quote = u.text if len(u.text) <= limit else u.text[:limit].rsplit(" " if lang == "en" else "\n", 1)[0] + "…"
    confidence = options.owner_confidence if m.owner else options.other_confidence
    return records.StatusUpdate(status=status, due=new_due.isoformat() if new_due else None, due_text=due_text,
                                said=quote, evidence=evidence, confidence=confidence)


def _shares(item: records.FollowUpItem, text: str, lang: str) -> bool:
    return bool(task_words(item, lang) & _words_of(text, lang)) or bool(item.owner and item.owner in text)



def _later_dates(text: str, lang: str, meeting_date: dt.date | None) -> list:
    """Dates said in ``text`` that are after the meeting (a new deadline), not superseded."""
    if meeting_date is None:
        return []
    return [m for m in find_dates(text, lang, meeting_date)
            if m.date and not m.superseded and not m.starts and _date(m.date) and _date(m.date) > meeting_date]


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text or "")
    except ValueError:
        return None


#: what the minutes' review note says about an update, per language
REVIEW_NOTE = {
    "zh": "本次会议{who}提到“{said}”，据此将“{task}”的状态更新为{status}{due}，请核实",
    "en": "{who} said \u201c{said}\u201d at this meeting: \u201c{task}\u201d set to {status}{due}; please check",
}
STATUS_WORDS = {
    "zh": {"not_started": "未开始", "in_progress": "进行中", "done": "已完成", "delayed": "延期"},
    "en": {"not_started": "not started", "in_progress": "in progress", "done": "done", "delayed": "delayed"},
}


def review_note(item: records.FollowUpItem, transcript: records.Transcript) -> str:
    """The review note for an item's update, naming who said what."""
    lang = "en" if transcript.language.startswith("en") else "zh"
    update = item.update
    assert update is not None
    by_id = {u.id: u for u in transcript.utterances}
    last = by_id.get(update.evidence[-1]) if update.evidence else None
    who = (transcript.speaker_name(last.speaker) if last else None) or ("发言人" if lang == "zh" else "a speaker")
    due = ""
    if update.due:
        due = f"，截止时间改为{update.due}" if lang == "zh" else f", due date moved to {update.due}"
    said = update.said.rstrip("。.！!；;，,")  # the note's own quotation marks close it
    return REVIEW_NOTE[lang].format(who=who, said=said, task=item.task,
                                    status=STATUS_WORDS[lang].get(update.status or "", update.status or ""), due=due)
