"""Transcript -> minutes: the extraction stage.

    minutes = extract(load_transcript("x.transcript.json"))

Each utterance is tagged with dialogue acts (:mod:`pipeline.text.acts`, a spaCy
component), people and departments (:mod:`pipeline.text.roster`) and date
expressions (:mod:`pipeline.text.dates`); :class:`pipeline.text.ledger.Ledger`
links them across turns; this module turns the ledger's live items into
:class:`pipeline.records.Minutes` with neutral wording, topics, the next
meeting and review notes; a decision or action item said in words speech
recognition was unsure of (words[].p, :mod:`pipeline.text.confidence`) gets a
lower confidence and a review note. It knows nothing about audio.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline import records
from pipeline.progress import ProgressHook, report
from pipeline.text import spelling, wording
from pipeline.text.acts import clause_spans
from pipeline.text.ledger import Candidate, Ledger, LedgerResult, Turn
from pipeline.text.roster import Roster


@dataclass
class ExtractOptions:
    """Settings of the extraction stage (defaults in one place)."""

    #: items below this confidence are dropped
    min_action_confidence: float = 0.5
    min_decision_confidence: float = 0.5
    #: on long meetings (real conversations, sparse in decisions) keep only explicit items
    long_meeting_turns: int = 150
    #: on long meetings, decisions in this opening share of the turns are recaps of earlier meetings
    recap_share: float = 0.08
    #: on long meetings, action items are the work handed out in this closing share of the turns
    wrapup_share: float = 0.2
    #: the chair moving on ("然后…") starts the next agenda item after this many turns on the current one
    min_topic_turns: int = 5
    #: at most this many points per topic
    max_points: int = 6
    #: let the learned dialogue model (pipeline/text/dialogue_model.py, trained by `make train`) choose
    #: the decisions, action items and next meeting among the ledger's and its own; False: rules alone
    learned: bool = True
    # Speech recognition's own confidence (transcripts from audio carry words[].p; hand-written ones
    # don't, and nothing below changes them). Measured with benchmarks/asr_confidence.py on
    # tests/data/asr (Whisper base, 517 clauses of 2+ characters/words, 13% garbled = error > 0.3
    # against the true script; names and fillers not scored). Whisper's p flags misheard English
    # well but Chinese homophones ("测试这周再炮", p 0.84) poorly: precision ~0.3 at any share.
    #: a word heard below this probability is in doubt
    doubtful_word_p: float = 0.6
    #: a clause with at least this share of its characters in doubt is left out of topics' points,
    #: viewpoints and key data: flags 15 clauses, precision 0.27, recall 0.06 (en 1, precision 1.00).
    #: Chosen on the points (9 transcripts from audio, garbled ones / all): 27/82 off, 25/80 at 0.5,
    #: 25/78 at 0.4, 21/71 at 0.3 (key data 48 -> 40): 0.5 drops garbled points and no clean one
    omit_share: float = 0.5
    #: a decision or action item said in a clause with at least this share in doubt is kept (a missed
    #: action is worse) with a review note quoting it and at most ``doubtful_confidence``:
    #: flags 59 clauses, precision 0.31, recall 0.26 (en 5: 0.60 / 0.33); 0.4 flags 34, 0.26 / 0.13
    review_share: float = 0.3
    #: below the draft's highlight threshold (render's low_confidence, 0.6), so the item is highlighted
    doubtful_confidence: float = 0.55


REVIEW = {
    "zh": {
        "empty": "转写为空,未提取到任何内容",
        "owner_null": "未明确负责人,请补充",
        "owner_dept": "仅指派到部门,请确认具体负责人",
        "owner_unlisted": "负责人不在参会人名单中,请核实姓名与部门",
        "owner_inferred": "负责人姓名由发言内容推断({how}),请核实",
        "due_vague": "期限表述模糊(“{text}”),未换算日期,请确认",
        "due_null": "未说明期限",
        "task_incomplete": "任务内容不完整(“{task}”),请对照发言补充",
        "due_next_meeting": "期限为下次会议前,但下次会议日期未定",
        "speaker_unnamed": "发言人{label}未识别姓名,请在会议信息文件(.meeting.toml)的 [speakers] 中补充",
        "speaker_inferred": "发言人{label}的姓名“{name}”由{how}推断,请核实",
        "speaker_heard_as": "发言人{label}的姓名“{name}”由转写中的“{heard}”推断(疑似误识别),请核实",
        "next_undated": "下次会议时间未定",
        "decision_low": "决议由讨论推断,请核实",
        "heard_low": "转写置信度低:“{words}”,请对照录音核实",
        "how": {"self-introduction": "自我介绍", "addressed by name": "被点名", "opened the meeting as its host": "主持开场"},
        "general": "会议讨论",
    },
    "en": {
        "empty": "The transcript is empty; nothing was extracted",
        "owner_null": "No owner named; please fill in",
        "owner_dept": "Assigned to a department only; please confirm the person",
        "owner_unlisted": "Owner is not on the attendee list; please check the name and department",
        "owner_inferred": "Owner inferred from what was said ({how}); please check",
        "due_vague": "Vague deadline (\"{text}\"), not turned into a date; please confirm",
        "due_null": "No deadline stated",
        "task_incomplete": "The task does not say what is to be done (\"{task}\"); please complete it from the recording",
        "due_next_meeting": "Due before the next meeting, whose date is not fixed",
        "speaker_unnamed": "Speaker {label} has no name; add it under [speakers] in the sidecar",
        "speaker_inferred": "Speaker {label} named \"{name}\" from {how}; please check",
        "speaker_heard_as": "Speaker {label} named \"{name}\" from \"{heard}\" in the transcript (likely misheard); please check",
        "next_undated": "Next meeting date not fixed",
        "decision_low": "Decision inferred from the discussion; please check",
        "heard_low": "Low transcription confidence: \"{words}\"; check against the recording",
        "how": {"self-introduction": "a self-introduction", "addressed by name": "being addressed by name"},
        "general": "Discussion",
    },
}


def _find_dates(text: str, lang: str, meeting_date: dt.date | None, start: str | None) -> list:
    """Date mentions (pipeline.text.dates); none when the meeting date is unknown."""
    if meeting_date is None:
        return []
    from pipeline.text import dates

    return dates.find_dates(text, lang, meeting_date, meeting_start=start)


def _in_working_part(turn: Turn, mention) -> bool:
    """Is the date said before the turn's wrap-up ("I'll take that. … Let's do the next sync Thursday")?"""
    working = turn.working_clauses()
    return bool(working) and mention.start < working[-1][1]


def _due_from(mentions: list, next_meeting: str | None):
    """(due ISO or None, the mention it comes from): pipeline.text.dates.due_from's ranking."""
    if not mentions:
        return None, None
    from pipeline.text import dates

    return dates.due_from(mentions, next_meeting)


def _meeting_date(meeting: records.Meeting) -> dt.date | None:
    try:
        return dt.date.fromisoformat(meeting.date) if meeting.date else None
    except ValueError:
        return None


def build_turns(transcript: records.Transcript, roster: Roster, hook: ProgressHook | None = None,
                options: ExtractOptions | None = None) -> list[Turn]:
    """Tag every utterance: acts (spaCy component), mentions, dates, clauses heard in doubt."""
    from pipeline.text import confidence
    from pipeline.text import nlp as nlp_module

    options = options or ExtractOptions()
    unscored = confidence.unscored_words(transcript)

    lang = transcript.language
    nlp = nlp_module.load(lang)
    meeting_date = _meeting_date(transcript.meeting)
    utterances = transcript.utterances
    turns = []
    texts = [u.text for u in utterances]
    for i, (u, doc) in enumerate(zip(utterances, nlp.pipe(texts, batch_size=64))):
        turns.append(Turn(
            index=i, id=u.id, speaker=u.speaker, name=roster.name_of(u.speaker), text=u.text,
            acts=doc._.acts, clauses=clause_spans(u.text), mentions=roster.mentions(u.text),
            dates=_find_dates(u.text, lang, meeting_date, transcript.meeting.start),
            doubt=[(c.start, c.end, c.share_low)
                   for c in confidence.clause_confidence(u, options.doubtful_word_p, unscored)],
            words=[(w.lower_, w.tag_) for w in doc if not (w.is_punct or w.is_space)],
        ))
        if i % 50 == 0:
            report(hook, "extract", i, len(utterances))
    return turns


@dataclass
class Analysis:
    """A transcript read turn by turn: what the taggers found and what the ledger made of it."""

    transcript: records.Transcript  # the language normalized to zh / en
    lang: str
    roster: Roster
    turns: list[Turn]
    host: str | None
    ledger: Ledger
    result: LedgerResult


def analyse(transcript: records.Transcript, options: ExtractOptions | None = None,
            hook: ProgressHook | None = None) -> Analysis:
    """Tag every utterance and walk the ledger (the part of extraction that does not learn)."""
    options = options or ExtractOptions()
    lang = "en" if transcript.language.startswith("en") else "zh"
    # "zh-CN" / "en-GB" read with the rules of their language
    normalized = records.Transcript(language=lang, meeting=transcript.meeting, speakers=transcript.speakers,
                                    utterances=transcript.utterances)
    normalized = spelling.restore_apostrophes(normalized)  # "ill ring em" -> "I'll ring em"
    roster = Roster.build(normalized)
    turns = build_turns(normalized, roster, hook, options)
    host = transcript.meeting.host or _most_active(turns)
    ledger = Ledger(turns, roster, host)
    return Analysis(normalized, lang, roster, turns, host, ledger, ledger.run())


DEFAULT_MODEL = "committed"  # extract()'s model: the one under pipeline/text/models/ (None: rules alone)


def extract(transcript: records.Transcript, options: ExtractOptions | None = None,
            hook: ProgressHook | None = None, model=DEFAULT_MODEL) -> records.Minutes:
    """Draft minutes for ``transcript``: decisions, action items, topics, next meeting, review notes."""
    options = options or ExtractOptions()
    lang = "en" if transcript.language.startswith("en") else "zh"
    if not transcript.utterances:
        minutes = records.Minutes(language=transcript.language, meeting=transcript.meeting)
        minutes.review.append(records.ReviewNote(where="transcript", why=REVIEW[lang]["empty"]))
        return minutes
    if model == DEFAULT_MODEL:
        from pipeline.text import dialogue_model

        model = dialogue_model.load() if options.learned else None
    return assemble(analyse(transcript, options, hook), options, model, hook, language=transcript.language)


def assemble(analysis: Analysis, options: ExtractOptions | None = None, model=None,
             hook: ProgressHook | None = None, language: str | None = None,
             probabilities: dict | None = None, select_options=None) -> records.Minutes:
    """Minutes from an analysed transcript; ``model`` (a dialogue_model.DialogueModel) chooses the
    items, or the ledger's live items are taken as they are when it is None. ``probabilities``
    (label -> per-utterance array) stand for a model's (cross-validation gives them)."""
    options = options or ExtractOptions()
    transcript, lang, roster, turns, host = (analysis.transcript, analysis.lang, analysis.roster,
                                             analysis.turns, analysis.host)
    say = REVIEW[lang]
    minutes = records.Minutes(language=language or lang, meeting=transcript.meeting)
    result = analysis.result
    learned = model is not None or probabilities is not None
    if learned:
        from pipeline.text import dialogue_model

        if probabilities is None:
            probabilities = model.predict(dialogue_model.turn_features(turns, result, host, lang))
        result = dialogue_model.choose(probabilities, turns, result, analysis.ledger,
                                       select_options or dialogue_model.options_for(lang, len(turns)))
    long_meeting = len(turns) >= options.long_meeting_turns

    # next meeting first: "下次会议前" deadlines wait for it
    minutes.next_meeting = _next_meeting(turns, result.next_meeting_turn, transcript.meeting, lang)
    next_date = minutes.next_meeting.date if minutes.next_meeting else None
    if minutes.next_meeting and not next_date:
        minutes.review.append(records.ReviewNote(where="next_meeting.date", why=say["next_undated"]))

    by_turn: dict[int, list[Candidate]] = {}
    for c in result.all_items:
        for t in {t for t, _ in c.pieces}:
            by_turn.setdefault(t, []).append(c)
    chosen = {id(c) for c in result.items}  # the items kept (ids: candidates are not hashable)
    for c in result.items:
        item, notes = _action_item(c, turns, roster, lang, next_date, long_meeting, by_turn, chosen=chosen)
        if item is not None and long_meeting and not learned and not _firm(c, item, len(turns), options):
            continue  # long real meetings: in-meeting "I'll go first" is not an action item
        if item is None or item.confidence < options.min_action_confidence:
            continue
        if c.score is not None:  # the learned model's doubt lowers it (below 0.6 it is highlighted)
            item.confidence = round(min(item.confidence, 0.5 + 0.5 * c.score), 2)
        k = len(minutes.action_items)
        minutes.action_items.append(item)
        for field_name, why in notes:
            minutes.review.append(records.ReviewNote(where=f"action_items[{k}].{field_name}", why=why))
        pieces = [(turns[t], _with_continuation_span(turns[t], span)) for t, span in c.pieces]
        doubtful = _words_in_doubt(pieces, f"{item.task} {item.due_text or ''}", lang, options.review_share)
        if doubtful:  # never dropped: lowered below the highlight and quoted for the recorder to check
            item.confidence = min(item.confidence, options.doubtful_confidence)
            minutes.review.append(records.ReviewNote(where=f"action_items[{k}].task",
                                                     why=say["heard_low"].format(words=_quote(doubtful))))

    for d in result.decisions:
        if long_meeting and not learned and max(d.turns) < options.recap_share * len(turns):
            continue
        text = wording.drop_vocatives(_decision_text(d, turns, lang), sorted(roster.aliases), lang)
        text = wording.strip_leaks(text, lang) if text else text
        conf = min(0.95, 0.55 + 0.15 * d.steps + (0.1 if d.kind == "decide" else 0.0))
        if long_meeting:
            conf -= 0.1
        if d.score is not None:
            conf = min(conf, 0.5 + 0.5 * d.score)
        if not text or conf < options.min_decision_confidence:
            continue
        # a later decision restating an earlier one replaces it (the meeting reversed itself)
        for k, old in enumerate(minutes.decisions):
            if wording_similar(old.text, text):
                minutes.decisions.pop(k)
                break
        minutes.decisions.append(records.Decision(text=text, evidence=[turns[j].id for j in sorted(set(d.turns))],
                                                  confidence=round(conf, 2)))
    for k, dec in enumerate(minutes.decisions):
        if dec.confidence < 0.7:
            minutes.review.append(records.ReviewNote(where=f"decisions[{k}]", why=say["decision_low"]))
    by_id = {t.id: t for t in turns}
    for k, dec in enumerate(minutes.decisions):
        said = [(by_id[e], (0, len(by_id[e].text))) for e in dec.evidence if e in by_id]
        doubtful = _words_in_doubt(said, dec.text, lang, options.review_share)
        if doubtful:
            dec.confidence = min(dec.confidence, options.doubtful_confidence)
            minutes.review.append(records.ReviewNote(where=f"decisions[{k}]",
                                                     why=say["heard_low"].format(words=_quote(doubtful))))

    minutes.topics = _topics(turns, transcript.meeting, minutes, lang, options, host)
    from pipeline.text.controversy import add_controversies  # 核心争议点 per topic (issue 11 §4)

    add_controversies(minutes, transcript)

    for label, how in roster.inferred.items():
        minutes.review.append(records.ReviewNote(
            where=f"speakers.{label}",
            why=say["speaker_inferred"].format(label=label, name=roster.name_of(label), how=say["how"].get(how, how))))
    for label, speaker in transcript.speakers.items():  # named by the audio stage from a misheard name
        heard = speaker.extra.get("heard_as") or []
        if speaker.name and heard and label not in roster.inferred:
            minutes.review.append(records.ReviewNote(where=f"speakers.{label}", why=say["speaker_heard_as"].format(
                label=label, name=speaker.name, heard="、".join(heard) if lang == "zh" else "\", \"".join(heard))))
    for label, name in roster.speaker_names.items():
        if not name:
            minutes.review.append(records.ReviewNote(where=f"speakers.{label}",
                                                     why=say["speaker_unnamed"].format(label=label)))
    report(hook, "extract", len(turns), len(turns))
    return minutes


DATE_FOLLOW_UP_TURNS = 2  # how soon after an item its date may be turned down and replaced
ANAPHORA_TURNS = 4  # how far back "I'll take that" may look for what "that" is

CONTINUES = {"assign", "commit", "decide", "decide_weak", "propose", "cancel", "hypothetical", "closing",
             "schedule", "shift", "ask", "info", "opinion"}


def _with_continuation(turn: Turn, span: tuple[int, int]) -> str:
    """The clause stating a task and the plain clauses that go on with it
    ("陆鸣你跟瑞达那边联系一下 | 让他们把这一批的检测报告给我们 | 3个工作日内")."""
    a, b = span
    for sp in turn.clauses:
        if sp[0] >= b and sp[0] == b or (sp[0] > b and turn.text[b:sp[0]].strip() == ""):
            if turn.acts_in(sp) & CONTINUES:
                break
            b = sp[1]
    return turn.text[a:b]


def _with_continuation_span(turn: Turn, span: tuple[int, int]) -> tuple[int, int]:
    """The span of `_with_continuation`'s words."""
    return span[0], span[0] + len(_with_continuation(turn, span))


def _words_in_doubt(said: list[tuple[Turn, tuple[int, int]]], stated: str, lang: str, share: float) -> list[str]:
    """The clauses within the (turn, span) pairs an item was said in that speech recognition heard
    in doubt and whose words the item's text (``stated``) mostly carries."""
    from pipeline.text.topics import grams

    carried = grams(stated, lang)
    out: list[str] = []
    for turn, span in said:
        for a, b in turn.in_doubt(share, span):
            clause = turn.text[a:b].strip()
            mine = grams(clause, lang)
            if mine and len(mine & carried) >= 0.5 * len(mine) and clause not in out:
                out.append(clause)
    return out


def _quote(clauses: list[str]) -> str:
    return "…".join(clauses)


def _firm(c: Candidate, item: records.ActionItem, n_turns: int, options: ExtractOptions) -> bool:
    """On a long meeting, keep only items stated firmly: with a deadline, confirmed across turns
    by a named owner, or handed out in the wrap-up."""
    if c.handoff:
        return c.created >= (1 - options.wrapup_share) * n_turns
    return item.due is not None or (c.steps >= 2 and c.owner is not None and c.assigner != c.owner)


def _most_active(turns: list[Turn]) -> str | None:
    counts: dict[str, int] = {}
    for t in turns:
        if t.name:
            counts[t.name] = counts.get(t.name, 0) + 1
    return max(counts, key=counts.get) if counts else None


def wording_similar(a: str, b: str) -> bool:
    from pipeline.text.scoring import dice

    return dice(a, b) >= 0.6


# --- action items ------------------------------------------------------------


def _others_item_at(u: int, c: Candidate, by_turn: dict, chosen: set[int]) -> bool:
    """Does turn ``u`` state a kept item of someone else's (the same owner's is ``c`` said again)?"""
    return any(other is not c and other.owner != c.owner and id(other) in chosen for other in by_turn.get(u, []))


def _date_turned_down_after(c: Candidate, turns: list[Turn], by_turn: dict, chosen: set[int]) -> list[int]:
    """The turns during or just after an item in which someone turns its date down and says another
    ("下周一太晚了，…你周六前给我" / "Monday's too late, I need it Friday"): they belong to the item,
    and their date replaces the one turned down."""
    said = {m.date for t in set(c.turns) for m in turns[t].dates if m.date}
    out = []
    for u in range(min(c.turns) + 1, min(len(turns), max(c.turns) + 1 + DATE_FOLLOW_UP_TURNS)):
        turn = turns[u]
        if u in c.turns or _others_item_at(u, c, by_turn, chosen):
            continue
        if any(m.superseded and m.date in said for m in turn.dates) and any(m.date and not m.superseded
                                                                              for m in turn.dates):
            out.append(u)
    return out


def _date_said_after(c: Candidate, turns: list[Turn], by_turn: dict, chosen: set[int], lang: str) -> list[int]:
    """An item said with no date, and the date said for it right after: a short turn that names a date
    ("Next Monday?" / "周五吧。") or its owner saying it again with one ("I'll have the script by
    Wednesday."). That turn belongs to the item."""
    if any(m.date or m.rule == "next_meeting" for t in set(c.turns) for m in turns[t].dates):
        return []
    for u in range(max(c.turns) + 1, min(len(turns), max(c.turns) + 1 + DATE_FOLLOW_UP_TURNS)):
        turn = turns[u]
        if _others_item_at(u, c, by_turn, chosen):
            return []  # the talk has moved on to someone else's item
        if not any(m.date and not m.superseded and not m.conditional for m in turn.dates):
            continue
        short = len(turn.text) <= 15 if lang == "zh" else len(turn.text.split()) <= 6
        if short and not turn.has("decline", "cancel") or turn.name == c.owner and turn.has("commit"):
            return [u]
    return []


def _action_item(c: Candidate, turns: list[Turn], roster: Roster, lang: str,
                 next_date: str | None, long_meeting: bool, claimed: dict | None = None, *, chosen: set[int]):
    say = REVIEW[lang]
    notes: list[tuple[str, str]] = []
    by_turn = claimed or {}
    # dates said in the item's own clauses first, then anywhere in its turns
    # every date said in the item's turns, in the order said ("…联系一下 3个工作日内"), except in
    # clauses stating another item ("我明天就去找老蒋说。然后…罗琳…下下周一能不能完成")
    follow_ups = _date_turned_down_after(c, turns, by_turn, chosen) or _date_said_after(c, turns, by_turn, chosen, lang)
    c.turns += follow_ups
    claimed = {t: [sp for other in (claimed or {}).get(t, []) if other is not c for sp in other.spans_in(t)]
               for t in c.turns if t not in follow_ups}
    mentions = [m for t in sorted(set(c.turns)) for m in turns[t].dates
                if not getattr(m, "superseded", False) and _in_working_part(turns[t], m)
                and not any(a <= m.start < b for a, b in claimed.get(t, ()))]
    # a correction in a later turn ("周三之前" … "不对，周四") replaces what was said before it
    corrected = [t for t in sorted(set(c.turns)) if turns[t].has("correct") and turns[t].dates]
    if corrected:
        mentions = [m for m in mentions if m in turns[corrected[-1]].dates]
    from pipeline.text import dates

    # a date turned down anywhere in the exchange ("下周三太晚了" / "Monday's too late") is not the deadline
    # wherever else it is said
    turned_down = {m.date for t in set(c.turns) for m in turns[t].dates if m.superseded and m.date}
    if turned_down and any(m.date not in turned_down for m in mentions):
        mentions = [m for m in mentions if m.date not in turned_down]
    mentions = dates.drop_echoes(mentions, lang)
    # the last word said wins within the same kind of mention ("原来定的是八月初…改到8月15号")
    due, chosen = _due_from(list(reversed(mentions)), next_date)
    context = [turns[t] for t in c.turns] + ([turns[min(c.turns) - 1]] if min(c.turns) > 0 else [])
    if chosen is not None and getattr(chosen, "starts", False) and any(x.has("ongoing") for x in context):
        due = None  # "今天夜班就开始全检…一直到良率回到97%": an ongoing measure has no deadline
    due_text = chosen.text if chosen is not None else None
    if chosen is None:
        notes.append(("due", say["due_null"]))
    elif chosen.rule == "next_meeting" and due is None:
        notes.append(("due", say["due_next_meeting"]))
    elif due is None:
        notes.append(("due", say["due_vague"].format(text=chosen.text)))

    names = sorted(set(roster.aliases.values()) | ({c.owner} if c.owner else set()) | {a for a in roster.aliases if lang == "zh"}
                   | ({a for a in roster.aliases} if lang == "en" else set()), key=len, reverse=True)
    def said(t: int, span: tuple[int, int]) -> str:  # "报给我审定" said by the one who asked -> "报王建国审定"
        text = _with_continuation(turns[t], span)
        asker = turns[t].name if turns[t].name == c.assigner and c.assigner != c.owner else None
        return wording.name_the_assigner(text, asker, lang)

    pieces = [said(t, span) for t, span in c.pieces]
    # the owner's own words state the task most concretely
    own = [said(t, span) for t, span in c.pieces if turns[t].name == c.owner]
    order = own + [p for p in pieces if p not in own] if own else pieces
    # every date said in the item's turns goes from the wording, a corrected one too ("by Thursday, sorry, Friday")
    said_dates = [m.text for t in sorted(set(c.turns)) for m in turns[t].dates]
    task = wording.task_phrase(order, lang, names, said_dates)
    if wording.too_short(task, lang) and min(c.turns) > 0 and c.owner:
        # "好，我们尽快。": the reply alone says too little; the request just before it says the work
        prev = turns[min(c.turns) - 1]
        if prev.name != c.owner and any(m.name == c.owner for m in prev.mentions):
            fuller = wording.task_phrase([prev.text], lang, names, [m.text for m in prev.dates])
            if len(fuller) > len(task):
                task = fuller
                c.turns.append(min(c.turns) - 1)
    if (wording.too_short(task, lang) or wording.anaphoric(task, lang)) and min(c.turns) > 0 and c.owner \
            and not c.handoff:
        # "I'll take that." / "Can you do that tonight?": the work was said a few turns before
        # ("Ben, can you check and label the waste containers…" / "I can post in the Facebook group")
        first = min(c.turns)
        for j in range(first - 1, max(-1, first - 1 - ANAPHORA_TURNS), -1):
            prev = turns[j]
            declined = any(other.state == "declined" for other in by_turn.get(j, []))
            request = (prev.has("assign", "ask") and any(m.name == c.owner for m in prev.mentions)
                       or prev.has("assign") and declined)  # "Ben, can you…" / "I'm away…" / "I'll take that."
            offer = prev.name == c.owner and prev.has("commit", "propose", "task_verb")
            if prev.has("done", "cancel", "info") or not (request or offer):
                continue  # a request (to them or to someone who could not take it), or the owner's own offer
            fuller = wording.task_phrase([prev.text], lang, names, [m.text for m in prev.dates])
            if fuller and not wording.too_short(fuller, lang, strict=True) and not wording.anaphoric(fuller, lang):
                task = fuller
                c.turns.append(j)
                break
            if fuller and not wording.anaphoric(fuller, lang) and wording.anaphoric(task, lang):
                # "And Kenji, the KIE?" / "Yeah, I'll set it up.": the request names what "it" is
                named = wording.resolve_pronoun(task, fuller, lang)
                if named != task:
                    task = named
                    c.turns.append(j)
                    break
    if not task:
        task = wording.strip_leaks(pieces[0], lang) if pieces else ""
    if not task:
        return None, []
    deliverable = None
    for p in order:
        deliverable = wording.deliverable_phrase(p, lang)
        if deliverable:
            break

    if wording.too_short(task, lang) or wording.anaphoric(task, lang):
        notes.append(("task", say["task_incomplete"].format(task=task)))  # "完成" / "Do that": the work is unsaid
    if c.owner and c.owner not in roster.departments:
        notes.append(("owner", say["owner_unlisted"]))
    if c.owner is None and c.department:
        notes.append(("owner", say["owner_dept"]))
    elif c.owner is None:
        notes.append(("owner", say["owner_null"]))
    elif c.owner_inferred or any(turns[t].speaker in roster.inferred and turns[t].name == c.owner for t in c.turns):
        how = next((roster.inferred[turns[t].speaker] for t in c.turns if turns[t].speaker in roster.inferred), "")
        notes.append(("owner", say["owner_inferred"].format(how=say["how"].get(how, how))))

    confidence = min(0.95, 0.5 + 0.15 * c.steps + (0.1 if due else 0.0) + (0.1 if c.state == "accepted" else 0.0))
    if any(field_name == "task" for field_name, _ in notes):
        confidence = min(confidence, 0.5)  # highlighted in the draft for the recorder to complete
    item = records.ActionItem(
        task=task, owner=c.owner, department=c.department or roster.department(c.owner),
        due=due, due_text=due_text, deliverable=deliverable,
        support=("、".join(c.supporters) + "配合" if lang == "zh" else ", ".join(c.supporters) + " to help")
        if c.supporters else None,
        evidence=[turns[t].id for t in sorted(set(c.turns))], confidence=round(confidence, 2))
    return item, notes


# --- decisions -----------------------------------------------------------------


def _decision_text(d, turns: list[Turn], lang: str) -> str:
    lex = wording.lexicon(lang)
    turn = turns[d.text_turn]
    a = min(s[0] for s in d.text_spans)
    # from the decision's words to the end of the turn, without its questions ("大家没意见吧？")
    moves_on = next((sp[0] for sp in turn.clauses if sp[0] > a and "shift" in turn.acts_in(sp)), len(turn.text))
    text = "".join(turn.clause_text(sp) for sp in turn.clauses
                   if sp[0] < moves_on and (sp[1] > a and "ask" not in turn.acts_in(sp) or sp[0] <= a < sp[1]))
    if lang == "zh":
        text = _drop(text, lex["decision_markers"])
    else:
        for m in sorted(lex["decision_markers"], key=len, reverse=True):
            text = re.sub(rf"(?i)\b{re.escape(m)}", "", text)
    text = wording.neutralize(text, lang)
    # "确认，就按沈律师说的办。": the decision itself was said in the proposal it agrees to
    # ("那就这样，律师函就不发了，直接起诉，同时申请诉前财产保全。"), without its question
    said = "".join(turn.clause_text(sp) for sp in d.text_spans)
    deferring = lex.get("deferring")
    if deferring and re.search(deferring, said, flags=re.IGNORECASE):
        for j in sorted((j for j in d.turns if j != d.text_turn and turns[j].has("propose", "decide_weak", "decide")),
                        reverse=True):
            stated = "".join(turns[j].clause_text(sp) for sp in turns[j].clauses if "ask" not in turns[j].acts_in(sp))
            proposal = wording.neutralize(_drop(stated, lex["decision_markers"]), lang)
            if len(proposal) >= 6:
                text = proposal
                break
    if len(text) < (6 if lang == "zh" else 12):
        # the marker closed its own turn ("那就一月十六号…。这个就定了啊。")
        whole = turn.text if lang == "en" else _drop(turn.text, lex["decision_markers"])
        whole = wording.neutralize(whole, lang)
        if len(whole) > len(text):
            text = whole
    if len(text) < (6 if lang == "zh" else 12):
        # the decision is in what it closed: another decisive turn first, else the proposal
        others = sorted((j for j in d.turns if j != d.text_turn), key=lambda j: not turns[j].has("decide"))
        for j in others:
            cand = wording.neutralize(_drop(turns[j].text, lex["decision_markers"]), lang)
            if len(cand) > len(text):
                text = cand
                break
    if lang == "zh":  # "这批就先试点线上？……好" -> a statement
        text = re.sub(r"[？?]+", "，", text)
        text = re.sub(r"(^|[，,])(好|行|对)$", "", text).strip("，, ")  # "…从今天开始执行" keeps 执行
    return text


def _drop(text: str, words: list[str]) -> str:
    """Remove decision markers: long ones anywhere, short ones ("好", "那") only at the start."""
    for w in sorted(words, key=len, reverse=True):
        if len(w) >= 3:
            text = text.replace(w, "")
    changed = True
    while changed:
        changed = False
        for w in words:
            if len(w) < 3 and text.startswith(w):
                text, changed = text[len(w):].lstrip("，, "), True
    return text


# --- next meeting ----------------------------------------------------------------

# "下次开会时间我再约" / "we'll figure out a follow-up time over email": no meeting fixed yet
LATER = re.compile(r"再约|下次开会时间我|time later|figure out a (follow-up )?time|over email", re.I)
NO_DATE = re.compile(r"另行通知|另外通知|再约|到时候.{0,4}通知|时间待定|to be (decided|confirmed)|tbd|figure out a (follow-up )?time", re.I)


def _next_meeting(turns: list[Turn], t: int | None, meeting: records.Meeting, lang: str):
    if t is None:
        return None
    settled = _next_meeting_settled(turns, t)
    evidence = [turns[t].id] + ([turns[settled].id] if settled != t else [])
    t = settled
    turn = turns[t]
    from pipeline.text.topics import next_meeting_text  # its place and purpose, not the chat around it

    said = wording.neutralize(turn.text, lang)
    text = next_meeting_text(said, lang, dated=False)
    if NO_DATE.search(turn.text):
        if LATER.search(turn.text):
            return None
        return records.NextMeeting(date=None, time=None, text=text, evidence=evidence)
    mentions = [m for m in turn.dates if not getattr(m, "superseded", False) and m.date]
    if not mentions:
        return records.NextMeeting(date=None, time=None, text=text, evidence=evidence)
    # "节后第一个星期一，咱们再碰一下。时间还是下午三点。": a clock time alone is the time of the date said
    from pipeline.text import dates

    clocks = [m for m in mentions if dates.clock_only(m, lang)]
    dated = [m for m in mentions if m not in clocks] or mentions
    m = dated[-1]
    time = m.time or next((c.time for c in clocks if c.start > m.start), None)
    if time is None and (getattr(m, "same_time", False) or re.search(r"同一时间|还是这个时间|same time", turn.text, re.I)):
        time = meeting.start
    return records.NextMeeting(date=m.date, time=time, text=next_meeting_text(said, lang, dated=True), evidence=evidence)


def _agrees(turn: Turn, proposed: set[str]) -> bool:
    """"好。" / "下周三晚上八点，我发日历邀请。": agreeing, or saying the date again without a "not"."""
    if turn.has("accept") and not turn.has("reject", "decline"):
        return True
    return bool({m.date for m in turn.dates} & proposed) and not NEGATION.search(turn.text)


NEGATION = re.compile(r"[不没别]|\b(?:not|no|can't|cannot|won't)\b|n't\b", re.IGNORECASE)
NEXT_MEETING_SETTLED_WITHIN = 3  # utterances after the next meeting is proposed in which it may be moved


def _next_meeting_settled(turns: list[Turn], t: int) -> int:
    """The turn that settles the next meeting: the one proposing it, or the same speaker's date said
    after someone objected ("下周三还是这个时间。" / "下周三还在放假呢。" / "那改到下周四。"; "next friday
    same time" / "…the conference…" / "the friday after that then, the thirteenth")."""
    who = turns[t].name or turns[t].speaker
    proposed = {m.date for m in turns[t].dates if m.date}
    for u in range(t + 1, min(len(turns), t + 1 + NEXT_MEETING_SETTLED_WITHIN)):
        if (turns[u].name or turns[u].speaker) != who:
            continue
        between = [turns[v] for v in range(t + 1, u)]
        # someone else spoke, and not to agree ("下周三八点，好。" confirms; "下周三还在放假呢" objects)
        objected = between and all((x.name or x.speaker) != who and not _agrees(x, proposed) for x in between)
        moved = [m for m in turns[u].dates if m.date and not m.superseded and not m.deadline
                 and m.rule != "today" and m.date not in proposed]
        if objected and moved:
            return u
    return t


# --- topics ----------------------------------------------------------------------


def _topics(turns: list[Turn], meeting: records.Meeting, minutes: records.Minutes, lang: str,
            options: ExtractOptions, host: str | None = None) -> list[records.Topic]:
    """Segment the meeting by its agenda and summarise each segment (pipeline.text.topics)."""
    from pipeline.text import topics

    return topics.build_topics(turns, meeting, minutes, lang, options, host, general=REVIEW[lang]["general"])
