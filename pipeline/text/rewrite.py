"""Colloquial speech -> neutral minutes language ("语言需客观简洁，避免口语化").

`neutralize(text, lang, speaker=None)` removes fillers (嗯, 呃, 那个, um, you
know), turns first-person opinion into an attributed statement (我觉得这个方案不行
-> 参会人提出该方案存在风险，暂不采纳; "I think we should X" -> "It was proposed
to X" / "<speaker> proposed to X"), replaces 咱们/我们/I/we, and makes colloquial
verbs formal (搞定 -> 完成, 发群里 -> 发至工作群, gonna -> will).

Every replacement is data: rules/<lang>/rewrite.toml, steps run in the order
spaces, filler, opinion (+ evaluation), pronoun, formal, tidy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.text.rulebook import load_rules


# The markers score.py counts as colloquial leaks; the last step removes any left.
LEAK_MARKERS = {
    "zh": ["我觉得", "我认为", "我感觉", "我想", "咱们", "嗯", "呃", "那个", "就是说", "然后呢",
           "对吧", "搞定", "啥", "咋", "哈哈"],
    "en": ["i think", "i guess", "gonna", "wanna", "kinda", "yeah", "you know", " um", " uh", "okay so"],
}


@dataclass
class _Step:
    regex: re.Pattern
    replacement: str
    anonymous: str | None = None   # replacement when the speaker is unknown, if different


@dataclass
class _Lexicon:
    nobody: str
    nobody_side: str
    full_stop: str
    question_end: re.Pattern | None
    question_mark: str
    spaces: _Step
    steps: dict[str, list[_Step]]


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> _Lexicon:
    data = load_rules(lang, "rewrite")
    flags = re.IGNORECASE if lang == "en" else 0

    def steps(key: str) -> list[_Step]:
        return [_Step(re.compile(e["regex"], flags), e.get("replacement", ""), e.get("anonymous"))
                for e in data.get(key, [])]
    return _Lexicon(
        nobody=data["nobody"],
        nobody_side=data["nobody_side"],
        full_stop=data["full_stop"],
        question_end=re.compile(data["question_end"]) if data.get("question_end") else None,
        question_mark=data.get("question_mark", "?"),
        spaces=_Step(re.compile(data["spaces"]["regex"]), data["spaces"]["replacement"]),
        steps={k: steps(k) for k in ("filler", "opinion", "evaluation", "pronoun", "formal", "tidy")},
    )


def _fill(template: str, who: str, side: str) -> str:
    possessive = who + ("'" if who.endswith("s") else "'s")
    return template.replace("{who_side}", side).replace("{who_s}", possessive).replace("{who}", who)


def _apply(steps: list[_Step], text: str, who: str, side: str, anonymous: bool) -> str:
    who, side = who.replace("\\", "\\\\"), side.replace("\\", "\\\\")  # names are not templates
    for step in steps:
        template = step.anonymous if anonymous and step.anonymous is not None else step.replacement
        text = step.regex.sub(_fill(template, who, side), text)
    return text


def _opinions(lex: _Lexicon, text: str, who: str, side: str, anonymous: bool) -> str:
    """Opinion markers -> "{who}认为/提出 ..."; an evaluation in the rest of that sentence
    (不行, 不现实, won't work) is rewritten, and 认为 becomes 提出 (the seed's example)."""
    for step in lex.steps["opinion"]:
        template = step.anonymous if anonymous and step.anonymous is not None else step.replacement
        replacement = _fill(template, who, side)
        out, last = [], 0
        for m in step.regex.finditer(text):
            out.append(text[last:m.start()])
            # the rest of the sentence after the marker
            end = re.search(r"[。！？!?.;；]|$", text[m.end():]).start() + m.end()
            rest = text[m.end():end]
            evaluated = rest
            for ev in lex.steps["evaluation"]:
                evaluated = ev.regex.sub(ev.replacement, evaluated)
            head = replacement
            if evaluated != rest:
                head = head.replace("认为", "提出")
            out.append(head + evaluated)
            last = end
        out.append(text[last:])
        text = "".join(out)
    return text


def neutralize(text: str, lang: str, speaker: str | None = None) -> str:
    """One utterance (or line) of speech -> a neutral minutes sentence.

    `lang` is "zh" or "en"; `speaker` (a name) is who first-person statements are
    attributed to, else "参会人" / "It was proposed" wording is used.
    """
    lang = "en" if lang.startswith("en") else "zh"
    lex = _lexicon(lang)
    anonymous = not speaker
    who = speaker or lex.nobody
    side = f"{speaker}方" if speaker and lang == "zh" else lex.nobody_side
    out = lex.spaces.regex.sub(lex.spaces.replacement, text.strip())
    out = _apply(lex.steps["filler"], out, who, side, anonymous)
    out = _opinions(lex, out, who, side, anonymous)
    for key in ("pronoun", "formal", "tidy"):
        out = _apply(lex.steps[key], out, who, side, anonymous)
    out = _strip_leaks(out, lang)
    if lang == "en":
        out = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)
    if out and out[-1] not in "。！？!?.…；;:：\"”'’」）)":
        out += lex.question_mark if lex.question_end and lex.question_end.search(out) else lex.full_stop
    return out if out.strip(lex.full_stop + " ") else ""


def _strip_leaks(text: str, lang: str) -> str:
    """Remove any leak marker a rule did not catch (a last safety net, case-insensitive)."""
    for marker in LEAK_MARKERS[lang]:
        pattern = re.escape(marker.strip())
        if lang == "en":
            pattern = r"\b" + pattern + r"\b"
        text = re.sub(pattern, "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s{2,}", " ", text)
    text = re.sub(r"^[\s,，、.。]+", "", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    return re.sub(r"[，,、]{2,}", "，" if lang == "zh" else ",", text).strip()
