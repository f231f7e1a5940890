"""Colloquial speech -> neutral minutes language ("语言需客观简洁，避免口语化").

`neutralize(text, lang, speaker=None)` removes fillers (嗯, 呃, 那个, um, you
know), turns first-person opinion into an attributed statement (我觉得这个方案不行
-> 参会人提出该方案存在风险，暂不采纳; "I think we should X" -> "It was proposed
to X" / "<speaker> proposed to X"), names the speaker for 我 / I, and makes colloquial
verbs formal (搞定 -> 完成, 发群里 -> 发至工作群, gonna -> will).

It is conservative: it never brings in a party the speaker did not name (项目组, 对方,
相关方, the team…: `parties` in the rules, checked by `invented_parties`), never swaps a
word for one of another sense (搞 stays 搞) and never cuts content: a scorer's colloquial
marker that no rule rewrote is rewritten with its sense kept (`leftover`), not deleted.

Every replacement is data: rules/<lang>/rewrite.toml, steps run in the order
spaces, filler, opinion (+ evaluation), pronoun, formal, tidy, leftover.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.text.rulebook import load_rules


# The markers score.py counts as colloquial leaks; the last step (`leftover`) rewrites any left.
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
    parties: list[str]
    frame: dict[str, str]
    number_units: str


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
        steps={k: steps(k) for k in ("filler", "opinion", "evaluation", "pronoun", "formal", "tidy", "leftover",
                                      "reply")},
        parties=list(data.get("parties", [])),
        frame=dict(data.get("frame", {})),
        number_units=data.get("numbers", {}).get("units", ""),
    )


def _code(lang: str) -> str:
    return "en" if lang.startswith("en") else "zh"


def _party_count(text: str, party: str, lang: str) -> int:
    if lang == "en":
        return len(re.findall(rf"(?i)(?<![\w']){re.escape(party)}(?![\w'])", text))
    return text.count(party)


def invented_parties(said: str, written: str, lang: str) -> list[str]:
    """The parties (rules' `parties`: 项目组, 对方, the team…) that ``written`` names more often than
    ``said`` does: someone the rewrite brought in that the speaker did not name."""
    lang = _code(lang)
    # a longer party holding a shorter one ("the project team" / "the team") is counted once
    parties = sorted(_lexicon(lang).parties, key=len, reverse=True)
    out = []
    for party in parties:
        longer = [q for q in parties if q != party and party in q]
        def count(text: str) -> int:
            return _party_count(text, party, lang) - sum(_party_count(text, q, lang) for q in longer)
        if count(written) > count(said):
            out.append(party)
    return out


class _Parties(dict):
    def __missing__(self, lang: str) -> list[str]:
        return _lexicon(lang).parties


#: the party words `invented_parties` checks, per language (rules/<lang>/rewrite.toml `parties`)
PARTY_WORDS = _Parties()


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


def neutralize(text: str, lang: str, speaker: str | None = None, attribute: bool = True) -> str:
    """One utterance (or line) of speech -> a neutral minutes sentence.

    `lang` is "zh" or "en"; `speaker` (a name) is who first-person statements are
    attributed to, else "参会人" / "It was proposed" wording is used. With a speaker and
    `attribute`, the sentence is theirs: a short reply says what it means ("好的" -> "<speaker>
    表示同意"), anything else opens with their name ("<speaker>表示，…" / "<speaker> said: …");
    topics pass ``attribute=False`` (a point or viewpoint is already placed under its speaker).
    """
    lang = "en" if lang.startswith("en") else "zh"
    lex = _lexicon(lang)
    anonymous = not speaker
    who = speaker or lex.nobody
    side = f"{speaker}方" if speaker and lang == "zh" else lex.nobody_side
    out = lex.spaces.regex.sub(lex.spaces.replacement, text.strip())
    if speaker and attribute:
        for step in lex.steps["reply"]:
            if step.regex.search(out):
                return _fill(step.replacement, speaker.replace("\\", "\\\\"), side) + lex.full_stop
    out = _numbers(out, lang, lex.number_units)
    out = _apply(lex.steps["filler"], out, who, side, anonymous)
    out = _opinions(lex, out, who, side, anonymous)
    for key in ("pronoun", "formal", "tidy"):
        out = _apply(lex.steps[key], out, who, side, anonymous)
    out = _leftovers(lex, out, who, side, anonymous, lang)
    if speaker and attribute and out and lex.frame:
        out = _frame(lex, out, speaker, side)
    if lang == "en":
        out = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)
    if out and out[-1] not in "。！？!?.…；;:：\"”'’」）)":
        out += lex.question_mark if lex.question_end and lex.question_end.search(out) else lex.full_stop
    return out if out.strip(lex.full_stop + " ") else ""


def _frame(lex: _Lexicon, out: str, speaker: str, side: str) -> str:
    """The line as the speaker's statement: "{who}表示，…" / "{who}询问，…" / "{who} said: …" in front,
    unless it opens with their name already ("王磊认为…"); an agreement opening it says so
    ("对对对，就按…" -> "{who}表示同意，就按…"); their name said for 我 further on goes (zh)."""
    if out.startswith(speaker):
        return out
    frame = lex.frame
    agree = frame.get("agree_opening") and re.match(frame["agree_opening"], out)
    if agree:
        return _fill(frame["agreeing"], speaker, side) + out[agree.end():]
    if "inner_self" not in frame:
        if speaker in out:
            return out  # "Raj Patel wants…" said further on: already theirs
    elif re.search(re.escape(speaker) + "(认为|提议|建议|提出|询问|同意|不同意|表示)", out):
        return out  # "接口这块，罗琳认为…": attributed where it is said
    else:  # "周五晚上上线曹阳是不赞成的" -> "曹阳表示，周五晚上上线是不赞成的" (not "发给曹阳")
        out = re.sub(frame["inner_self"] + re.escape(speaker), "", out)
    question = bool(re.search(r"[?？]\s*$", out) or lex.question_end and lex.question_end.search(out))
    return _fill(frame["question" if question else "statement"], speaker, side) + out


_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_POWERS = {"十": 10, "百": 100, "千": 1000}
_EN_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_EN_NUMBERS.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})


def _zh_int(numeral: str) -> int | None:
    """"一千三百二十" -> 1320, "十二" -> 12, "一百零六" -> 106, "三五" -> None (not one number)."""
    total, digit, last_power = 0, None, 10 ** 9
    for ch in numeral:
        if ch in "零〇":
            digit = None  # "一百零六": a zero only holds a place
            continue
        if ch in _ZH_DIGITS:
            if digit is not None:
                return None  # two digits in a row ("三五天"): a range, not a number
            digit = _ZH_DIGITS[ch]
        else:
            power = _ZH_POWERS[ch]
            if power >= last_power:
                return None
            total += (1 if digit is None else digit) * power
            digit, last_power = None, power
    if digit is not None:
        if digit == 0:
            return None
        total += digit
    return total


def _numbers(text: str, lang: str, units: str) -> str:
    """Numbers said in words written in figures, as minutes do: "一千三百二十万" -> "1320万",
    "百分之九" -> "9%", "twelve percent" -> "12%"; a numeral of one character stays ("一起", "三家")."""
    if not units:
        return text
    if lang == "en":
        words = "|".join(sorted(_EN_NUMBERS, key=len, reverse=True))

        def en(m: re.Match) -> str:
            n = sum(_EN_NUMBERS[w.lower()] for w in re.split(r"[-\s]+", m.group(1)))
            return f"{n}%"
        return re.sub(rf"(?i)\b((?:{words})(?:[-\s](?:{words}))?)\s+(?:{units})\b", en, text)

    def percent(m: re.Match) -> str:
        n = _zh_int(m.group(1))
        return m.group(0) if n is None else f"{n}{('.' + ''.join(str(_ZH_DIGITS[c]) for c in m.group(2))) if m.group(2) else ''}%"
    text = re.sub(r"百分之([零一二两三四五六七八九十百]+)(?:点([零一二三四五六七八九]+))?(?![零一二两三四五六七八九十百几多余来点])", percent, text)

    def decimal(m: re.Match) -> str:
        n = _zh_int(m.group(1))
        return m.group(0) if n is None else f"{n}.{''.join(str(_ZH_DIGITS[c]) for c in m.group(2))}"
    text = re.sub(r"(?<![第周期拜初])([零一二两三四五六七八九十百千]+)点([零一二三四五六七八九]+)(?![零一二两三四五六七八九十百千分])",
                  decimal, text)  # "七十二点五" -> "72.5" (not "三点十分": a time)

    def figure(m: re.Match) -> str:
        n = _zh_int(m.group(2))
        return m.group(0) if n is None else m.group(1) + str(n)
    # not after 第 / 周 / 星期 / 礼拜 / 初 (an ordinal or a weekday), nor inside a word (统一, 唯一)
    return re.sub(rf"(^|[^第周期拜初\u4e00-\u9fff]|[^\W\d_第周期拜初零一二两三四五六七八九十百千])"
                  rf"([零一二两三四五六七八九十百千]{{2,}}|十)(?=(?:多|余|来)?(?:{units}))", figure, text)


def _leftovers(lex: _Lexicon, text: str, who: str, side: str, anonymous: bool, lang: str) -> str:
    """A scorer's marker no rule rewrote (rules' `leftover`): rewritten with its sense kept, only a
    pure filler removed; then the punctuation around what was removed is tidied."""
    if not has_leak(text, lang):
        return text
    text = _apply(lex.steps["leftover"], text, who, side, anonymous)
    text = re.sub(r"\s{2,}", " ", text)
    text = re.sub(r"^[\s,，、.。]+", "", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    return re.sub(r"[，,、]{2,}", "，" if lang == "zh" else ",", text).strip()


def rewrite_leftovers(text: str, lang: str, speaker: str | None = None) -> str:
    """The scorer's colloquial markers left in ``text`` rewritten with their sense kept (rules'
    `leftover`: 我觉得 -> <speaker>认为, 咱们 -> 我们, 啥 -> 什么, gonna -> going to); fillers removed."""
    lang = _code(lang)
    lex = _lexicon(lang)
    who = speaker or lex.nobody
    side = f"{speaker}方" if speaker and lang == "zh" else lex.nobody_side
    return _leftovers(lex, text, who, side, not speaker, lang)


def has_leak(text: str, lang: str) -> bool:
    """Does ``text`` hold one of the scorer's colloquial markers (case-insensitive, as score.py counts)?"""
    low = " " + text.lower()
    return any(m in low for m in LEAK_MARKERS[_code(lang)])
