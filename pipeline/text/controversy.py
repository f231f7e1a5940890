"""核心争议点 / points of disagreement: where two sides of a topic held different positions.

:func:`add_controversies` reads the topics already built (their viewpoints and evidence) and the
transcript, and adds ``topic.controversies``: "市场部（林晓）倾向先推功能A…；销售部（王磊）认为客户真正
愿意掏钱的是功能B", each side as its viewpoint states it, neutral, with the utterances as evidence.

Conservative on purpose; a controversy needs all of:
- a turn in the topic that takes the other side ("但是", "不同意", "I don't think", "but"; data
  in ``rules/<lang>/controversy.toml``), not opening with agreement ("同意，…", "Agreed, …");
- someone else who stated a position in the topic within the few turns before it;
- both people named by the roster (a speaker without a name is never a party), each with a
  position the topic states: their viewpoint, or the topic's point stating their proposal
  when they proposed ("要不搞个线下培训会？" -> "林晓提议搞个线下培训会…"), the two different.
A party is named as the roster has them: department and name, or the name alone. Nothing is
invented: no department the meeting did not give, no side nobody took.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import records
from pipeline.text.rulebook import load_rules


@lru_cache(maxsize=None)
def rules(lang: str) -> dict:
    data = load_rules(lang, "controversy")
    for key in ("disagree", "agree", "stance_words", "propose"):
        words = sorted(data[key], key=len, reverse=True)
        body = "|".join(re.escape(w) for w in words)
        data[key + "_re"] = re.compile(rf"(?<![a-z])(?:{body})(?![a-z])" if lang == "en" else body, re.I)
    return data


def takes_other_side(text: str, lang: str) -> bool:
    """Does a turn disagree with what was said before it?"""
    r = rules(lang)
    first = re.split(r"[，,。.!！?？;；]", text.strip(), maxsplit=1)[0]
    if r["agree_re"].search(first) and not r["disagree_re"].search(first):
        return False  # "同意，不过…" / "Agreed, but…": agreement with a nuance (不同意 is not agreement)
    return bool(r["disagree_re"].search(text))


def _party(name: str, department: str | None, lang: str) -> str:
    r = rules(lang)
    return r["party"].format(name=name, department=department) if department else name


def _position(text: str, lang: str) -> str:
    r = rules(lang)
    text = text.strip().rstrip("。.；;")
    if r["stance_words_re"].match(text):
        return text
    if lang == "en":
        return f"{r['stance']} {text[:1].lower() + text[1:]}"
    return r["stance"] + text


def statement(sides: list[records.Side], lang: str) -> str:
    """The controversy in one neutral sentence: each party and its position."""
    r = rules(lang)
    parts = []
    for side in sides:
        party = _party(side.who, side.department, lang)
        sep = "" if lang == "zh" else " "
        parts.append(f"{party}{sep}{_position(side.position, lang)}")
    return r["joiner"].join(parts) + r["sentence_end"]


def find_controversies(topic: records.Topic, transcript: records.Transcript, lang: str) -> list[records.Controversy]:
    """The controversies of one topic (none when it has fewer than two viewpoints)."""
    views = {v.who: v.text for v in topic.viewpoints if v.who and v.text}
    if not views or not topic.evidence:
        return []
    r = rules(lang)
    order = {u.id: i for i, u in enumerate(transcript.utterances)}
    at = sorted(order[e] for e in topic.evidence if e in order)
    if not at:
        return []
    turns = transcript.utterances[at[0]:at[-1] + 1]
    proposed: dict[str, str] = {}  # the proposal of someone with no viewpoint, as the topic's points state it
    for u in turns:
        who = transcript.speaker_name(u.speaker)
        if who and who not in views and who not in proposed and r["propose_re"].search(u.text):
            position = _proposal(topic, who, lang)
            if position:
                proposed[who] = position
    views = {**proposed, **views}
    if len(views) < 2:
        return []
    known = {a.name: a.department for a in transcript.meeting.attendees}
    found: list[records.Controversy] = []
    pairs: set[frozenset[str]] = set()
    for k, u in enumerate(turns):
        b = transcript.speaker_name(u.speaker)
        if not b or b not in views or not takes_other_side(u.text, lang):
            continue
        for j in range(k - 1, max(-1, k - 1 - r["reply_turns"]), -1):  # the nearest other position before
            a = transcript.speaker_name(turns[j].speaker)
            if not a or a == b or a not in views:
                continue
            pair = frozenset((a, b))
            if pair in pairs or _same_position(views[a], views[b], lang):
                break
            pairs.add(pair)
            sides = [records.Side(who=p, position=views[p], department=known.get(p),
                                  evidence=[x.id for x in turns if transcript.speaker_name(x.speaker) == p
                                            and x.id in topic.evidence] or [w.id])
                     for p, w in ((a, turns[j]), (b, u))]
            evidence = sorted({turns[j].id, u.id, *(e for s in sides for e in s.evidence)}, key=lambda e: order[e])
            found.append(records.Controversy(text=statement(sides, lang), sides=sides, evidence=evidence))
            break
    return found


def _proposal(topic: records.Topic, who: str, lang: str) -> str | None:
    """A point of the topic stating ``who``'s proposal ("林晓提议安排线下培训会…"), without the name."""
    for point in topic.points:
        if point.startswith(who):
            rest = point[len(who):].strip(" ，,")
            if rules(lang)["stance_words_re"].match(rest):
                return rest
    return None


def _same_position(a: str, b: str, lang: str) -> bool:
    from pipeline.text.topics import _similar

    return _similar(a, b, lang)


def add_controversies(minutes: records.Minutes, transcript: records.Transcript) -> int:
    """Set ``controversies`` on every topic of ``minutes``; returns how many in all."""
    lang = "en" if (minutes.language or transcript.language).startswith("en") else "zh"
    total = 0
    for topic in minutes.topics:
        topic.controversies = find_controversies(topic, transcript, lang)
        total += len(topic.controversies)
    return total
