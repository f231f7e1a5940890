"""Key data said in a meeting: amounts, counts, percentages, durations, dates.

`find_key_data(text, lang)` returns short neutral phrases with the number in
digits, the unit, and what it counts or qualifies where that is said right
beside it: "四十多家客户" -> "40余家客户", "损失大概十二万左右" -> "损失约12万元",
"百分之89点5" -> "89.5%", "晚了8天" -> "延期8天", "two hundred customers" ->
"200 customers", "$12k" -> "$12k". A figure said in a question, or counting the
meeting's own talk ("两个事儿"), is none; a percentage or an amount takes the noun
said right before it as its label ("办结率93%"). `distinct(phrases)` drops a phrase
another one already states ("40余家" beside "40余家客户"). Patterns, context words,
approximation words, question and meta words are data (rules/<lang>/keydata.toml).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.text.rulebook import load_rules



@dataclass
class _Kind:
    name: str
    regex: re.Pattern
    template: str
    needs_noun: frozenset[str]
    stop_nouns: frozenset[str]
    stop_words: frozenset[str]


@dataclass
class _Rules:
    kinds: list[_Kind]
    approx: dict[str, str]
    context: dict[str, str]
    rates: dict[str, str]
    question: re.Pattern
    question_tag: re.Pattern
    meta_nouns: frozenset[str]
    label_skip: frozenset[str]
    label_max: int


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def _rules(lang: str) -> _Rules:
    data = load_rules(lang, "keydata")
    macros = dict(data["macros"])
    sep = r"\s+" if lang == "en" else ""
    macros["CTX"] = (f"(?:(?P<ctx>{_alternation(data['context_words'])}){sep})?"
                     if data["context_words"] else "")
    macros["RATE"] = (f"(?P<rate>{_alternation(data['rate_words'])})?" if data["rate_words"] else "")
    flags = re.IGNORECASE if lang == "en" else 0
    kinds = []
    for k in data["kind"]:
        regex = k["regex"]
        for name, value in macros.items():
            regex = regex.replace("{" + name + "}", value)
        kinds.append(_Kind(k["name"], re.compile(regex, flags), k["template"],
                           frozenset(k.get("needs_noun", [])), frozenset(k.get("stop_nouns", [])),
                           frozenset(k.get("stop_words", []))))
    return _Rules(kinds, data["approx"], data["context_words"], data["rate_words"],
                  re.compile(data["question"], flags), re.compile(data["question_tag"], flags), frozenset(data["meta_nouns"]),
                  frozenset(data["label_skip"]), data["label_max"])


# --- numbers ----------------------------------------------------------------------

_ZH_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}


@lru_cache(maxsize=1)
def _posseg():
    """jieba's part-of-speech segmenter, quiet, with its cache in our cache folder."""
    from pipeline.text.nlp import import_jieba

    import_jieba()
    import jieba.posseg

    return jieba.posseg


_NOUN_FLAGS = ("n", "eng", "vn")
MAX_NOUN_CHARS = 6


def _zh_noun_after(text: str) -> str:
    """The noun right after a classifier ("四十多家|客户吧" -> "客户"), by jieba POS tags;
    an adjective counts when a noun follows it. "" when no noun follows."""
    words = [(w.word, w.flag) for w in _posseg().cut(text[:MAX_NOUN_CHARS + 2])]
    noun = ""
    for i, (word, flag) in enumerate(words):
        nounish = flag.startswith(_NOUN_FLAGS) or (
            flag.startswith(("a", "b")) and i + 1 < len(words) and words[i + 1][1].startswith(_NOUN_FLAGS))
        if not nounish or len(noun + word) > MAX_NOUN_CHARS:
            break
        noun += word
    return noun


def _zh_number(word: str) -> tuple[float, float | None] | None:
    """'四十' -> (40, None); '两万5' -> (25000, None); '89点5' -> (89.5, None);
    '五六' -> (5, 6) (a spoken range); '二十七八' -> (27, 28). None if not a number."""
    import cn2an

    word = word.replace("点", ".")
    m = re.fullmatch(r"(.*?)([一二两三四五六七八九])([一二三四五六七八九])", word)
    if m and _ZH_DIGIT[m.group(3)] == _ZH_DIGIT[m.group(2)] + 1:
        head = m.group(1)
        low = _zh_number(head + m.group(2)) if head else (_ZH_DIGIT[m.group(2)], None)
        high = _zh_number(head + m.group(3)) if head else (_ZH_DIGIT[m.group(3)], None)
        if low and high:   # 二十七八 -> 27–28; 三万二三 -> 32000–33000
            return low[0], high[0]
    for candidate in (word, word[:-1]):
        if not candidate:
            continue
        try:
            return float(cn2an.cn2an(candidate, "smart")), None
        except Exception:  # noqa: BLE001 - cn2an raises plain ValueError/KeyError on junk
            continue
    return None


def _fmt(value: float, lang: str) -> str:
    """12 -> '12'; 2.5 -> '2.5'; zh 120000 -> '12万'; en 12000 -> '12,000'."""
    if lang == "zh" and value >= 10000:
        return f"{value / 10000:g}万"
    if lang == "en":
        return f"{int(value):,}" if value.is_integer() else f"{value:,}"
    return f"{value:g}"


_EN_SMALL = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
             "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
             "eighteen": 18, "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90}
_EN_SCALE = {"hundred": 100, "thousand": 1000, "million": 1000000}
_NUMBER_WORD = "(?:" + "|".join(sorted([*_EN_SMALL, *_EN_TENS, *_EN_SCALE], key=len, reverse=True)) + ")"
_SMALL_WORD = "(?:" + "|".join(sorted(_EN_SMALL, key=len, reverse=True)) + ")"
# a run of number words: "a hundred and eighty", "sixty-five", "ninety-nine point nine"
_EN_RUN = re.compile(
    rf"\b(?:a\s+(?=hundred|thousand|million))?{_NUMBER_WORD}(?:[\s-]+(?:and\s+)?{_NUMBER_WORD})*\b"
    rf"(?:\s+point(?:\s+{_SMALL_WORD}\b)+)?", re.IGNORECASE)


def _en_value(run: str) -> str | None:
    """'a hundred and eighty' -> '180'; 'ninety-nine point nine' -> '99.9'; 'four twenty' -> None."""
    words = re.split(r"[\s-]+", run.lower().strip())
    decimals = ""
    if "point" in words:
        i = words.index("point")
        decimals = "".join(str(_EN_SMALL[w]) for w in words[i + 1:] if w in _EN_SMALL)
        words = words[:i]
    total, current, last = 0, 0, None
    for w in words:
        if w in ("and", ""):
            continue
        if w == "a":
            current = current or 1
            continue
        if w in _EN_SMALL or w in _EN_TENS:
            value = _EN_SMALL.get(w, _EN_TENS.get(w))
            # "four twenty": two numbers side by side, not one
            if last in ("small", "tens") and not (last == "tens" and w in _EN_SMALL and value < 10):
                return None
            current += value
            last = "tens" if w in _EN_TENS else "small"
        elif w in _EN_SCALE:
            scale = _EN_SCALE[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            last = "scale"
    value = total + current
    return f"{value}.{decimals}" if decimals else str(value)


_EN_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
               "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
               "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
               "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
_EN_ORDINAL_RUN = re.compile(r"\b(?:(?P<tens>twenty|thirty)[\s-])?(?P<ord>" + "|".join(_EN_ORDINAL) + r")\b",
                             re.IGNORECASE)


def _en_digits(text: str) -> str:
    """Number words -> digits: ordinals first ("twenty-eighth" -> "28th"), then cardinals."""
    def ordinal(m: re.Match) -> str:
        value = _EN_ORDINAL[m.group("ord").lower()] + (_EN_TENS[m.group("tens").lower()] if m.group("tens") else 0)
        return f"{value}th"

    def cardinal(m: re.Match) -> str:
        value = _en_value(m.group(0))
        return value if value is not None else m.group(0)
    return _EN_RUN.sub(cardinal, _EN_ORDINAL_RUN.sub(ordinal, text))


# --- matching ------------------------------------------------------------------------

_EN_FILLERS = re.compile(r"\s+(?:uh|um|er|erm|like|you know),?(?=\s)", re.IGNORECASE)
_ZH_FILLERS = re.compile(r"[嗯呃啊]+[，,]?|(?<=大概|大约)[，,\s]+|(?<=差不多)[，,\s]+|(?<=约)[，,\s]+")


def find_key_data(text: str, lang: str) -> list[str]:
    """Amounts, counts, percentages, durations and dates in `text`, as short phrases."""
    if not text or not re.search(r"[0-9零〇一二两三四五六七八九十百千万亿%]|百分|" + (
            r"[a-z]" if lang.startswith("en") else "x^"), text, re.IGNORECASE):
        return []
    lang = "en" if lang.startswith("en") else "zh"
    rules = _rules(lang)
    scan = _EN_FILLERS.sub(" ", _en_digits(text)) if lang == "en" else _ZH_FILLERS.sub("", text)
    asked = [(s.start(), s.end()) for s in re.finditer(r"[^。！？!?]+[。！？!?]?", scan)
             if rules.question.search(rules.question_tag.sub("", s.group(0)))]
    found = []
    for order, kind in enumerate(rules.kinds):
        for m in kind.regex.finditer(scan):
            if any(a <= m.start() < b for a, b in asked):
                continue  # "具体有多少提到B？": a figure asked about, not stated
            phrase = _phrase(kind, m, rules, lang, scan)
            if phrase:
                found.append((m.start(), -(m.end() - m.start()), order, m.end(), phrase))
    found.sort(key=lambda f: (f[1], f[2], f[0]))
    taken, chosen = [], []
    for start, neg, _, end, phrase in found:
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        chosen.append((start, phrase))
    out: list[str] = []
    for _, phrase in sorted(chosen):
        if phrase not in out:
            out.append(phrase)
    return out


def _group(m: re.Match, name: str) -> str | None:
    for key in (name, f"{name}2", f"{name}3", f"{name}4"):
        if key in m.re.groupindex and m.group(key) is not None:
            return m.group(key)
    return None


def _phrase(kind: _Kind, m: re.Match, rules: _Rules, lang: str, scan: str) -> str | None:
    """One match -> its phrase, or None when it is not key data after all."""
    if m.start() > 0 and scan[m.start() - 1] in "第初周号星期礼拜":
        return None
    fields = {"ctx": "", "approx_before": "", "approx_after": "", "rate": "", "noun": "",
              "unit": "", "currency": ""}
    ctx = _group(m, "ctx")
    if ctx:
        fields["ctx"] = rules.context.get(ctx.lower(), rules.context.get(ctx, ctx))
    rate = _group(m, "rate")
    if rate:
        fields["rate"] = rules.rates.get(rate, "")
    for key in ("approx_before", "approx_after"):
        word = _group(m, key)
        if word:
            fields[key] = rules.approx.get(word.lower(), "")
    if kind.name == "date":
        month, day = (_group(m, "month"), _group(m, "day"))
        if lang == "zh":
            mv, dv = _zh_number(month), _zh_number(day)
            if not mv or not dv or not 1 <= mv[0] <= 12 or not 1 <= dv[0] <= 31:
                return None
            return f"{mv[0]:g}月{dv[0]:g}日"
        return f"{month.capitalize()} {int(day)}"

    raw = _group(m, "value")
    if raw is None:
        return None
    if lang == "zh":
        parsed = _zh_number(raw)
        if not parsed:
            return None
        value, upper = parsed
    else:
        try:
            value, upper = float(raw.replace(",", "")), None
        except ValueError:
            return None

    unit = _group(m, "unit") or ""
    if kind.name == "money" and lang == "zh":
        magnitude = 10000 if unit.startswith("万") else 1000 if unit.startswith("千") else 1
        if magnitude == 1 and not unit and not re.search(r"[万千]", raw):
            return None
        value *= magnitude
        if upper:
            upper *= magnitude
        if value < 10 and not unit:
            return None
    if kind.name in ("count", "duration") and value == 1 and not fields["ctx"]:
        return None   # 一个, 一天, 一批: almost never key data on their own
    if kind.name == "duration" and lang == "zh" and unit == "年" and value >= 1900:
        return None   # a year, not a duration
    if kind.name == "count":
        if lang == "zh":
            noun = _zh_noun_after(scan[m.end():])
        else:
            noun = (_group(m, "noun") or "").strip()
        if lang == "en":
            if noun.split()[-1].lower() in kind.stop_nouns or noun.split()[0].lower() in kind.stop_words:
                return None
        elif unit in kind.needs_noun and not noun:
            return None
        if lang == "zh" and (noun in rules.meta_nouns or unit + noun in rules.meta_nouns):
            return None   # 两个事儿, 两条路: the meeting counting its own talk
        if lang == "en" and noun.split()[-1].lower() in rules.meta_nouns:
            return None
        fields["noun"] = noun
        if lang == "zh" and unit == "个" and noun.startswith("人"):
            unit, fields["noun"] = "人", ""   # 三个人电脑 -> 3人
    if kind.name == "percent":
        if fields["approx_after"] == "余":
            fields["approx_after"] = "以上"
        if _group(m, "value3"):          # 两成 = 20%
            value, upper = value * 10, upper * 10 if upper else None
        if _group(m, "value4"):          # 五个点 = 5 个百分点
            fields["approx_after"] += "个百分点"
            kind = _Kind(kind.name, kind.regex, kind.template.replace("%", ""), kind.needs_noun,
                         kind.stop_nouns, kind.stop_words)
    if fields["approx_after"] in ("约", "近"):   # 十二万左右 -> 约12万
        fields["approx_before"], fields["approx_after"] = fields["approx_after"], ""
    if fields["approx_after"]:
        fields["approx_before"] = ""             # 差不多六十几 -> 60%以上, not 约60%以上

    number = _fmt(value, lang)
    if upper:
        low = _fmt(value, lang)
        number = f"{low.rstrip('万') if _fmt(upper, lang).endswith('万') else low}–{_fmt(upper, lang)}"
    fields["value"] = number
    fields["unit"] = unit
    if lang == "en":
        fields["currency"] = _group(m, "currency") or ""
        en_unit = _group(m, "unit") or ""
        if kind.name == "money":
            fields["unit"] = {"thousand": "k", "grand": "k", "million": "M", "m": "M", "bn": "B",
                              "billion": "B"}.get(en_unit.lower(), en_unit)
            if not fields["currency"] and en_unit.lower() in ("dollars", "usd", "bucks"):
                fields["currency"], fields["unit"] = "$", ""
            elif not fields["currency"] and en_unit.lower() in ("euros", "eur"):
                fields["currency"], fields["unit"] = "€", ""
            elif not fields["currency"] and en_unit.lower() in ("pounds", "quid", "gbp"):
                fields["currency"], fields["unit"] = "£", ""
        if fields["approx_before"]:
            fields["approx_before"] += " "
        if fields["ctx"]:
            fields["ctx"] += " "
    tail = ""
    if fields["approx_after"] in ("以上", "以内") and kind.name != "percent":
        tail, fields["approx_after"] = fields["approx_after"], ""   # 12万元以内
    phrase = kind.template + tail
    for key, val in fields.items():
        phrase = phrase.replace("{" + key + "}", val)
    if lang == "zh" and kind.name in ("percent", "money") and not fields["rate"]:
        label = _zh_label_before(scan[:m.start()], rules)
        if label and not phrase.startswith(label):
            phrase = label + phrase
    return re.sub(r"\s{2,}", " ", phrase).strip()


def _zh_label_before(before: str, rules: _Rules) -> str:
    """The noun a figure measures, said right before it in the same clause ("办结率|93%",
    "成功率最低掉到|60%" -> "成功率"); "" when no noun is there."""
    clause = re.split(r"[，,。！？!?；;：:\s]", before)[-1][-12:]
    if not clause:
        return ""
    words = [(w.word, w.flag) for w in _posseg().cut(clause)]
    skipped = 0
    while words and (words[-1][0] in rules.label_skip or words[-1][1] == "x") and skipped < 3:
        words.pop()
        skipped += 1
    if not words:
        return ""
    word, flag = words[-1]
    if word.endswith("率") and len(word) == 1 and len(words) > 1:
        word, flag = words[-2][0] + word, "n"   # 办结|率
    if not (flag.startswith("n") and not flag.startswith(("nr", "ns", "nt"))) and not word.endswith(("率", "比例", "占比")):
        return ""
    for prev, prev_flag in reversed(words[:-1]):   # 纸浆|价格 -> 纸浆价格
        if not prev_flag.startswith("n") or prev_flag.startswith(("nr", "ns", "nt")) or len(prev + word) > rules.label_max:
            break
        word = prev + word
    return word if 2 <= len(word) <= rules.label_max else ""


def distinct(phrases: list[str]) -> list[str]:
    """``phrases`` without one that another phrase already states ("40余家" beside "40余家客户",
    "4%" beside "about 4%"); a different figure ("3万元" beside "3.2–3.3万元") stays."""
    out: list[str] = []
    for p in phrases:
        if p in out:
            continue
        inside = re.compile(r"(?<![0-9.–-])" + re.escape(p) + r"(?![0-9.])")
        if any(q != p and inside.search(q) for q in phrases):
            continue
        out.append(p)
    return out
