"""Topics (议程及讨论要点) quality on evaluation folders: how many agenda items get points,
how long points and viewpoints are, how many are over the length limit or carry a
colloquial marker (score.py's word-bounded check for English), and what a recorder
would still have to fix by hand:

- points and viewpoints with a filler or discourse marker left (score.py's markers and
  a few more: 就是, 然后, 的话, 其实, 真的, 吧 closing a clause / um, uh, like, actually, okay so),
- with the first person left (我 not in 我方 / I, I'm, me, my) or the second (你, 您 / you, your),
- key data that another figure of the same topic already states ("40余家" beside "40余家客户"),
- next-meeting texts that still carry chat (今天就先这样 / that's it, thanks),
- agenda items that get no turn of the meeting (or one at most) when the meeting is segmented by
  its agenda (topics.segment, as extraction does it): an item whose discussion landed elsewhere,
- for transcripts made from audio whose true script is known (tests/data/asr, scripts in
  ../shared/audio/synth): points and viewpoints carrying a clause speech recognition garbled (most
  of the words of a clause whose error against the script exceeds 0.3, as
  benchmarks/asr_confidence.py measures it).

    .venv/bin/python benchmarks/topics_quality.py ../shared/eval/dev tests/data/heldout tests/data/asr
    .venv/bin/python benchmarks/topics_quality.py --ignore-p tests/data/asr   # as if no word probabilities
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from asr_confidence import garbled_clauses  # noqa: E402
from pipeline import records
import inspect

from pipeline.text.extract import ExtractOptions, build_turns, extract
from pipeline.text.roster import Roster
from pipeline.text.rewrite import LEAK_MARKERS
from pipeline.text.topics import CLAUSE_END, grams, segment

LIMIT = {"zh": 40, "en": 25}  # characters / words
FILLER = {"zh": re.compile(r"就是|然后|的话|其实|真的|吧(?=[，。,]|$)"),
          "en": re.compile(r"(?i)\b(um|uh|like|actually|okay so|you know)\b")}
FIRST = {"zh": re.compile(r"我(?![方司国])"), "en": re.compile(r"\b(I|I'm|I'll|I've)\b|(?i:\b(me|my)\b)")}
SECOND = {"zh": re.compile(r"你|您"), "en": re.compile(r"(?i)\b(you|your|you're)\b")}
CHAT = {"zh": re.compile(r"今天.{0,3}(这样|到这)|散会|谢谢|辛苦"),
        "en": re.compile(r"(?i)that's it|thanks|thank you|okay so")}


def size(text: str, lang: str) -> int:
    return len(text.split()) if lang == "en" else len(re.sub(r"[\W_]+", "", text))


def leaks(text: str, lang: str) -> bool:
    if lang == "zh":
        return any(m in text for m in LEAK_MARKERS["zh"])
    return any(re.search(rf"\b{re.escape(m.strip())}\b", text, re.I) for m in LEAK_MARKERS["en"])


def duplicates(key_data: list[str]) -> int:
    """Figures another figure of the same list already states (the number not part of a longer one)."""
    return sum(any(q != p and re.search(r"(?<![0-9.–-])" + re.escape(p) + r"(?![0-9.])", q) for q in key_data)
               for p in key_data) + len(key_data) - len(set(key_data))


def garbled_texts(minutes: records.Minutes, transcript_path: Path) -> tuple[int, int]:
    """(points and viewpoints from audio, of them carrying a clause garbled against the true script)."""
    lang = "en" if minutes.language.startswith("en") else "zh"
    bad = [grams(c, lang) for c in garbled_clauses(transcript_path)]
    texts = [t for topic in minutes.topics for t in [*topic.points, *(v.text for v in topic.viewpoints)]]
    if not bad:
        return 0, 0
    hit = [t for t in texts if any(g and len(g & grams(c, lang)) >= 0.5 * len(g)
                                   for c in re.split(CLAUSE_END, t) if c.strip() for g in bad)]
    return len(texts), len(hit)


def turns_per_item(transcript: records.Transcript) -> list[int]:
    """How many turns each agenda item gets when the meeting is segmented by its agenda."""
    agenda = [a for a in transcript.meeting.agenda if a.strip()]
    lang = "en" if transcript.language.startswith("en") else "zh"
    if len(agenda) < 2:
        return []
    norm = records.Transcript(language=lang, meeting=transcript.meeting, speakers=transcript.speakers,
                              utterances=transcript.utterances)
    turns = build_turns(norm, Roster.build(norm))
    extra = {"title": transcript.meeting.title or ""} if "title" in inspect.signature(segment).parameters else {}
    assignment = segment(turns, agenda, lang, ExtractOptions().min_topic_turns, transcript.meeting.host, **extra)
    return [assignment.count(k) for k in range(len(agenda))]


def main(folders: list[str], ignore_p: bool = False) -> None:
    items = no_turn = one_turn = 0
    topics = filled = over = leaky = filler = first = second = dup = figures = chat = nexts = 0
    heard = misheard = 0
    points: list[int] = []
    views: list[int] = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.transcript.json")):
            transcript = records.load_transcript(path)
            for u in transcript.utterances if ignore_p else ():
                for w in u.words or []:
                    w.p = None  # what extraction did before it read speech recognition's confidence
            lang = "en" if transcript.language.startswith("en") else "zh"
            minutes = extract(transcript)
            counts = turns_per_item(transcript)
            items, no_turn, one_turn = items + len(counts), no_turn + counts.count(0), one_turn + counts.count(1)
            n, bad = garbled_texts(minutes, path)
            heard, misheard = heard + n, misheard + bad
            for topic in minutes.topics:
                topics += 1
                filled += bool(topic.points)
                points += [size(p, lang) for p in topic.points]
                views += [size(v.text, lang) for v in topic.viewpoints]
                over += sum(size(p, lang) > LIMIT[lang] for p in topic.points)
                texts = topic.points + [v.text for v in topic.viewpoints]
                leaky += sum(leaks(t, lang) for t in texts)
                filler += sum(bool(FILLER[lang].search(t)) for t in texts)
                first += sum(bool(FIRST[lang].search(t)) for t in texts)
                second += sum(bool(SECOND[lang].search(t)) for t in texts)
                dup += duplicates(topic.key_data)
                figures += len(topic.key_data)
            if minutes.next_meeting:
                nexts += 1
                chat += bool(CHAT[lang].search(minutes.next_meeting.text or ""))
    print(f"agenda items {topics}, with points {filled} ({filled / max(1, topics):.0%}); "
          f"points {len(points)}, mean size {sum(points) / max(1, len(points)):.1f}, over the limit {over}; "
          f"viewpoints {len(views)}, mean size {sum(views) / max(1, len(views)):.1f}; with colloquial markers {leaky}")
    print(f"points+viewpoints with fillers {filler}, first person {first}, second person {second}; "
          f"key data {figures}, duplicates {dup}; next meetings {nexts}, with chat {chat}")
    print(f"segmented by the agenda: items {items} (meetings with 2+), with no turn {no_turn}, with one turn {one_turn}")
    if heard:
        print(f"from audio: points+viewpoints {heard}, with a clause garbled against the script {misheard} "
              f"({misheard / heard:.0%})")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--ignore-p"]
    main(args or ["../shared/eval/dev"], ignore_p="--ignore-p" in sys.argv[1:])
