"""Date and deadline expressions -> calendar dates, relative to the meeting date.

`find_dates(text, lang, meeting_date)` returns every date/deadline expression in
a sentence ("本周五前", "下下周一", "三个工作日内", "国庆节前", "by Friday",
"end of next week", "ASAP"...) as a :class:`DateMention` with the ISO date and
the rule that produced it, following the conventions of
../shared/eval/dev/README.md ("Deadline conventions"): Mon–Sun weeks, "X前" is
X itself, a holiday deadline is the day before the holiday.

The patterns, holidays and lunar dates are data (rules/{zh,en}/dates.toml); this
module expands them, runs them and does the date arithmetic. A cheap regex
pre-filter keeps it fast on the many sentences with no date at all; jionlp and
dateparser are only called for the few shapes the tables hand to them.
"""
from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import io
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.text.rulebook import load_rules


# rules that are deadlines however they are phrased ("三个工作日", "国庆前", "Q3结束")
DEADLINE_RULES = {"workdays", "eve", "quarter_end", "within_week", "next_meeting", "month_end", "year_end"}
# "月初" (the start of a month) as a deadline: the 1st to the 5th, so the 5th
MONTH_START_DAY = 5
# a month-day up to this many days before the meeting is taken as past, not next year's
RECENT_PAST_DAYS = 60
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WEEKDAY_NAMES = list(WEEKDAYS)
# Chinese weekday characters and English weekday words -> index 0..6 (Monday = 0)
DOW_WORDS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
             "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6,
             "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3,
             "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}


@dataclass
class DateMention:
    """One date or deadline expression found in a text.

    `text` is the words said (kept as an action item's due_text), `start`/`end`
    character offsets into the input, `date` ISO or None (vague, next meeting,
    unknown), `rule` the README's rule code ("this:fri", "next_meeting", "vague"...),
    `time` HH:MM when a clock time is said, `superseded` True when a later mention
    in the same text corrects this one ("周三，不对，周四"). `same_time` is True for
    "同一时间 / same time" (then `time` is the meeting start when it was given).
    `deadline` is True when it is phrased as a deadline (本周五前, 三个工作日内,
    by Friday, within two days, 下次会议前); `starts` is True when it is when
    something starts (今天夜班就开始全检, 从明天开始, starting Monday): an ongoing
    measure has no deadline, though a one-off move ("下周一开始过去") may.
    `firm` is True when the deadline is said in so many words (前, 之内, 截止, by,
    before, within), not only implied by its kind (这周, 三个工作日); `conditional`
    when the date sits in a condition ("如果到月底还联系不上", "周五拿到的话", "if it's
    not in by Friday"): it is not the item's deadline while another date is said.
    """

    text: str
    start: int
    end: int
    date: str | None
    rule: str | None
    time: str | None = None
    superseded: bool = False
    same_time: bool = False
    deadline: bool = False
    starts: bool = False
    firm: bool = False
    conditional: bool = False


# --- the rule tables ---------------------------------------------------------


@dataclass
class _Pattern:
    regex: re.Pattern
    rule: str
    order: int


@dataclass
class _Table:
    lang: str
    patterns: list[_Pattern]
    prefilter: re.Pattern
    suffix: re.Pattern | None          # zh: 前/之前/内... after a date
    prefix: re.Pattern | None          # en: by/before/until... before a date
    time: re.Pattern
    pm_periods: set[str]
    assume_pm_below: int
    same_time: re.Pattern
    correction_markers: list[str]
    correction_gap: int
    holidays: dict[str, str]
    lunar: dict[str, list[dt.date]]
    holiday_blocks: dict[str, list[tuple[dt.date, dt.date]]]
    deadline_words: re.Pattern      # in a mention's text: it is a deadline
    starts_after: re.Pattern        # right after a mention: it is a start date
    starts_before: re.Pattern       # right before a mention (ends at it): a start date
    rejected_after: re.Pattern | None   # right after a mention: it is turned down ("月底来不及")
    former_before: re.Pattern | None    # right before a mention: a plan's old value ("原定")
    condition_before: re.Pattern | None  # in the clause before a mention: a condition ("如果")
    condition_after: re.Pattern | None   # right after a mention: a condition ("…的话")


def _expand(regex: str, macros: dict[str, str]) -> str:
    """Fill {MACROS}; a group name used again in another alternative becomes name2, name3..."""
    for name, value in macros.items():
        regex = regex.replace("{" + name + "}", value)
    seen: dict[str, int] = {}

    def rename(m: re.Match) -> str:
        name = m.group(1)
        seen[name] = seen.get(name, 0) + 1
        return f"(?P<{name}{seen[name]}>" if seen[name] > 1 else m.group(0)
    return re.sub(r"\(\?P<([a-z]+)>", rename, regex)


@lru_cache(maxsize=None)
def _table(lang: str) -> _Table:
    """Load and compile rules/<lang>/dates.toml (holidays and lunar dates from zh)."""
    data = load_rules(lang, "dates")
    zh = data if lang == "zh" else load_rules("zh", "dates")
    flags = re.IGNORECASE if lang == "en" else 0
    macros = data.get("macros", {})
    # a group needed in two alternatives of one pattern is named q / q2 (see _fields)
    patterns = [_Pattern(re.compile(_expand(p["regex"], macros), flags), p["rule"], i)
                for i, p in enumerate(data["pattern"])]
    suffix = data.get("suffix", {}).get("regex")
    prefix = data.get("prefix", {}).get("regex")
    return _Table(
        lang=lang,
        patterns=patterns,
        prefilter=re.compile(data["prefilter"]["regex"]),
        suffix=re.compile(suffix) if suffix else None,
        prefix=re.compile(prefix, re.IGNORECASE) if prefix else None,
        time=re.compile(data["time"]["regex"], flags),
        pm_periods=set(data["time"]["pm_periods"]),
        assume_pm_below=data["time"].get("assume_pm_below", 0),
        same_time=re.compile(data["time"]["same_time"], flags),
        correction_markers=[m.lower() for m in data["corrections"]["markers"]],
        correction_gap=data["corrections"]["max_gap"],
        holidays={**zh["holidays"], **data.get("holidays", {})} if lang == "en" else zh["holidays"],
        lunar={k: [dt.date.fromisoformat(d) for d in v] for k, v in zh["lunar"].items()},
        holiday_blocks={k: [(dt.date.fromisoformat(a), dt.date.fromisoformat(b)) for a, b in v]
                        for k, v in zh["holiday_blocks"].items()},
        deadline_words=re.compile(data["roles"]["deadline_words"], flags),
        starts_after=re.compile(data["roles"]["starts_after"], flags),
        starts_before=re.compile(data["roles"]["starts_before"], flags),
        **{key: re.compile(data["roles"][key], flags) if data["roles"].get(key) else None
           for key in ("rejected_after", "former_before", "condition_before", "condition_after")},
    )


# --- numbers -------------------------------------------------------------------

_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


@lru_cache(maxsize=4096)
def number(word: str) -> int | None:
    """'15', '十五', '二十八', '三十一', '两', '１２' -> int; None if not a small number."""
    word = word.translate(_FULLWIDTH).strip()
    if word.isdigit():
        return int(word)
    if not word or any(c not in _ZH_DIGITS and c not in "十百" for c in word):
        try:
            import cn2an
            return int(cn2an.cn2an(word, "smart"))
        except Exception:  # noqa: BLE001 - anything cn2an cannot read is not a number here
            return None
    total, current = 0, 0
    for c in word:
        if c == "十":
            total += (current or 1) * 10
            current = 0
        elif c == "百":
            total += (current or 1) * 100
            current = 0
        else:
            current = current * 10 + _ZH_DIGITS[c] if current else _ZH_DIGITS[c]
    return total + current


_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
             "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
             "nineteen": 19, "a couple of": 2, "a couple": 2}
_EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
                "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                "twentieth": 20, "thirtieth": 30}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
_EN_NUMBER = re.compile(
    r"\b(?:(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?P<unit_ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|[-\s](?P<unit>one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?P<ordinal>" + "|".join(_EN_ORDINALS) + r")"
    r"|(?P<cardinal>a couple of|a couple|" + "|".join(k for k in _EN_UNITS if " " not in k) + r"))\b",
    re.IGNORECASE)
_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _en_digits(text: str) -> tuple[str, list[int]]:
    """Number words -> digits ("twenty-eighth" -> "28th"), with a map back to offsets.

    Returns (normalized text, index) where index[i] is the offset in `text` of
    character i of the normalized text (len(normalized) + 1 entries).
    """
    out: list[str] = []
    index: list[int] = []
    last = 0
    for m in _EN_NUMBER.finditer(text):
        g = m.groupdict()
        if g["tens"]:
            value = _EN_TENS[g["tens"].lower()]
            if g["unit_ord"]:
                value += _EN_ORDINALS[g["unit_ord"].lower()]
                word = f"{value}{_ORDINAL_SUFFIX.get(value, 'th')}"
            elif g["unit"]:
                value += _EN_UNITS[g["unit"].lower()]
                word = str(value)
            else:
                word = str(value)
        elif g["ordinal"]:
            value = _EN_ORDINALS[g["ordinal"].lower()]
            word = f"{value}{_ORDINAL_SUFFIX.get(value, 'th')}"
        else:
            word = str(_EN_UNITS[re.sub(r"\s+", " ", g["cardinal"].lower())])
        out.append(text[last:m.start()])
        index.extend(range(last, m.start()))
        out.append(word)
        index.extend([m.start()] * len(word))
        last = m.end()
    out.append(text[last:])
    index.extend(range(last, len(text)))
    index.append(len(text))
    return "".join(out), index


# only spaces between a digit and a Chinese character ("本月 25 号"): raw ASR text
# also uses spaces between sentences, and joining "一下 下周二" would make 下下周二
_ZH_INNER_SPACE = re.compile(r"(?<=[0-9０-９])[ \t\u3000]+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[0-9０-９])")


def _zh_join(text: str) -> tuple[str, list[int] | None]:
    """ASR output with spaces around digits ("本月 25 号") -> joined, with a map
    back to offsets (None when there was nothing to join)."""
    if not _ZH_INNER_SPACE.search(text):
        return text, None
    keep = [True] * len(text)
    for m in _ZH_INNER_SPACE.finditer(text):
        for i in range(m.start(), m.end()):
            keep[i] = False
    index = [i for i in range(len(text)) if keep[i]] + [len(text)]
    return "".join(c for c, k in zip(text, keep) if k), index


@lru_cache(maxsize=1)
def _misheard_rules() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(a), b) for a, b in load_rules("zh", "dates").get("asr", {}).get("misheard", []))


def _misheard(scan: str) -> str:
    """Date words misheard by speech recognition, fixed in place ("下下中一" -> "下下周一"); a fix that would
    change the text's length is not made, so offsets still point into the words said."""
    for regex, fixed in _misheard_rules():
        scan = regex.sub(lambda m: fixed if len(fixed) == len(m.group(0)) else m.group(0), scan)
    return scan


# --- date arithmetic -------------------------------------------------------------


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _next_day_of_month(meeting: dt.date, day: int) -> dt.date | None:
    """The first date with that day of month on or after the meeting (May 24, 15 -> June 15)."""
    probe = meeting.replace(day=1)
    for _ in range(13):
        candidate = _safe_date(probe.year, probe.month, day)
        if candidate and candidate >= meeting:
            return candidate
        probe = _add_months(probe, 1)
    return None


def _nth_workday(meeting: dt.date, n: int) -> dt.date:
    day, count = meeting, 0
    while count < n:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            count += 1
    return day


def _holiday_day(table: _Table, key: str, meeting: dt.date) -> tuple[dt.date | None, str]:
    """The first occurrence of a holiday whose eve is on/after the meeting, and its table key."""
    value = table.holidays.get(key) or table.holidays.get(re.sub(r"\s+", " ", key.lower()), key)
    if value.startswith("lunar:"):
        for day in table.lunar.get(value[6:], []):
            if day - dt.timedelta(days=1) >= meeting:
                return day, value
        return None, value
    if value.startswith("nth:"):  # "nth:11:thu:4": the 4th Thursday of November; -1 = the last one
        month, weekday, n = value[4:].split(":")
        day = _nth_weekday(meeting.year, int(month), WEEKDAYS[weekday], int(n))
        if day - dt.timedelta(days=1) < meeting:
            day = _nth_weekday(meeting.year + 1, int(month), WEEKDAYS[weekday], int(n))
        return day, value
    month, dom = (int(x) for x in value.split("-"))
    day = dt.date(meeting.year, month, dom)
    if day - dt.timedelta(days=1) < meeting:
        day = dt.date(meeting.year + 1, month, dom)
    return day, value


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 = last) given weekday (0 = Monday) of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = _month_end(year, month)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _after_holiday(table: _Table, key: str | None, meeting: dt.date) -> dt.date | None:
    """First Mon–Fri day after the official days-off block of the next holiday (节后第一天)."""
    blocks = []
    if key:
        _, value = _holiday_day(table, key, meeting)
        blocks = table.holiday_blocks.get(value, [])
    else:  # bare 节后: the nearest block not yet over
        blocks = sorted(b for v in table.holiday_blocks.values() for b in v)
    for first, last in blocks:
        if last >= meeting:
            day = last + dt.timedelta(days=1)
            while day.weekday() >= 5:
                day += dt.timedelta(days=1)
            return day
    if key:
        holiday, _ = _holiday_day(table, key, meeting)
        if holiday:
            return _nth_workday(holiday + dt.timedelta(days=6), 1)
    return None


def _resolve(table: _Table, rule: str, fields: dict[str, str], span: str,
             meeting: dt.date) -> tuple[dt.date | None, str | None]:
    """A rule template filled from the match -> (date, final rule code); (None, None) drops it."""
    kind, _, arg = rule.partition(":")
    monday = _monday(meeting)
    if rule == "past":
        return None, None
    if rule == "today":
        return meeting, "today"
    if rule == "tomorrow":
        return meeting + dt.timedelta(days=1), "tomorrow"
    if rule == "month_end":
        return _month_end(meeting.year, meeting.month), "month_end"
    if rule == "next_month_end":
        nxt = _add_months(meeting.replace(day=1), 1)
        return _month_end(nxt.year, nxt.month), f"md:{nxt.month:02d}-{_month_end(nxt.year, nxt.month).day:02d}"
    if rule == "year_end":
        return dt.date(meeting.year, 12, 31), "year_end"
    if rule == "within_week":
        return monday + dt.timedelta(days=6), "within_week"
    if rule == "next_week":
        return monday + dt.timedelta(days=13), "next_week"
    if rule == "next2_week":   # 下下周 / the week after next: by its Sunday
        return monday + dt.timedelta(days=20), "next2_week"
    if rule == "clock_today":  # "中午十二点之前", "before nine": a clock time alone is today's
        return meeting, "today"
    if kind == "week_after":   # "Friday week", "a week from Friday": the coming weekday, a week on
        day, _ = _resolve(table, f"upcoming:{arg}", fields, span, meeting)
        return (day + dt.timedelta(days=7), f"days:{(day - meeting).days + 7}") if day else (None, None)
    if rule == "nth_dow":      # "the first Wednesday in December", "the last Friday of the month"
        dow = DOW_WORDS.get((fields.get("dow") or "").lower())
        nth = fields.get("n", "").lower()
        n = -1 if nth == "last" else int(re.sub(r"\D", "", nth) or 0)
        if dow is None or not n:
            return None, None
        rel = (fields.get("rel") or "").lower()
        if rel:
            base = _add_months(meeting.replace(day=1), 1) if rel.startswith("next") else meeting
            year, month = base.year, base.month
        else:
            month = _month_number(fields.get("month", ""))
            if not month:
                return None, None
            year = meeting.year + (month < meeting.month)
        try:
            day = _nth_weekday(year, month, dow, n)
        except ValueError:
            return None, None
        if day.month != month:   # no fifth Friday that month
            return None, None
        return day, f"md:{day.month:02d}-{day.day:02d}"
    if rule == "quarter_end":
        q = (meeting.month - 1) // 3 + 1
        return _month_end(meeting.year, 3 * q), f"quarter_end:{q}"
    if rule in ("next_meeting", "vague"):
        return None, rule
    if kind in ("this", "next", "next2", "upcoming"):
        dow = DOW_WORDS.get(arg.lower()) if arg.lower() not in WEEKDAYS else WEEKDAYS[arg.lower()]
        if dow is None:
            return None, None
        if kind == "upcoming":
            kind = "this" if dow >= meeting.weekday() else "next"
        weeks = {"this": 0, "next": 1, "next2": 2}[kind]
        return monday + dt.timedelta(days=7 * weeks + dow), f"{kind}:{WEEKDAY_NAMES[dow]}"
    if kind == "dom":
        day = number(arg)
        date = _safe_date(meeting.year, meeting.month, day) if day else None
        return (date, f"dom:{day}") if date else (None, None)
    if kind == "day":
        day = number(arg)
        date = _next_day_of_month(meeting, day) if day and 1 <= day <= 31 else None
        if not date:
            return None, None
        return date, (f"next_dom:{day}" if table.lang == "en" else f"md:{date.month:02d}-{date.day:02d}")
    if rule == "next_month_day":
        day = number(fields.get("day", ""))
        nxt = _add_months(meeting.replace(day=1), 1)
        date = _safe_date(nxt.year, nxt.month, day) if day else None
        return (date, f"md:{nxt.month:02d}-{day:02d}") if date else (None, None)
    if rule in ("month_day", "month_end_of", "month_mid_of", "month_early_of", "month_start_of"):
        month = number(fields.get("month", "")) or _month_number(fields.get("month", ""))  # 五月 / May
        if not month or not 1 <= month <= 12:
            return None, None
        if rule == "month_day":
            day = number(fields.get("day", ""))
        elif rule == "month_mid_of":
            day = 15
        elif rule == "month_early_of":
            day = 10
        elif rule == "month_start_of":
            day = MONTH_START_DAY
        else:
            day = calendar.monthrange(meeting.year, month)[1]
        if not day:
            return None, None
        year_word = fields.get("year") or ""
        if year_word.isdigit():
            date = _safe_date(int(year_word), month, day)
        elif year_word == "明":
            date = _safe_date(meeting.year + 1, month, day)
        else:
            date = _safe_date(meeting.year, month, day)
            if date and date < meeting and not year_word:
                if (meeting - date).days <= RECENT_PAST_DAYS:
                    return None, None   # "原定是六月十号" said on June 12: a past date
                date = _safe_date(meeting.year + 1, month, day)
        if not date:
            return None, None
        return date, f"md:{month:02d}-{day:02d}"
    if kind == "fortnights":
        n = number(arg)
        return (meeting + dt.timedelta(days=14 * n), f"days:{14 * n}") if n and n < 30 else (None, None)
    if kind in ("days", "weeks", "workdays", "months"):
        if arg.startswith("7*"):
            n, per = number(arg[2:]), 7
        else:
            n, per = number(arg), 7 if kind == "weeks" else 1
        if not n or n > 400:
            return None, None
        if kind == "workdays":
            return _nth_workday(meeting, n), f"workdays:{n}"
        if kind == "months":
            return _add_months(meeting, n), f"months:{n}"
        return meeting + dt.timedelta(days=per * n), f"{kind}:{n}" if per == 1 or kind == "weeks" else f"days:{per * n}"
    if kind == "quarter_end":
        q = number(arg) if arg else None
        if not q or not 1 <= q <= 4:
            return None, None
        return _month_end(meeting.year, 3 * q), f"quarter_end:{q}"
    if kind == "holiday":
        day, value = _holiday_day(table, arg, meeting)
        if not day:
            return None, "vague"
        eve = day - dt.timedelta(days=1)
        return eve, f"eve:{day.month:02d}-{day.day:02d}"
    if rule == "next_holiday":   # 节前: the eve of whichever holiday comes next
        days = [d for d in (_holiday_day(table, k, meeting)[0] for k in set(table.holidays.values())) if d]
        if not days:
            return None, "vague"
        day = min(days)
        return day - dt.timedelta(days=1), f"eve:{day.month:02d}-{day.day:02d}"
    if kind == "md":               # a fixed month-day from the table ("双11")
        month, day = arg.split("-")
        return _resolve(table, "month_day", {"month": month, "day": day}, span, meeting)
    if rule == "next_quarter_end":
        q = (meeting.month - 1) // 3 + 2
        year = meeting.year + (q > 4)
        q = (q - 1) % 4 + 1
        return _month_end(year, 3 * q), f"quarter_end:{q}"
    if rule in ("next_month_start", "next_month_early"):
        day = MONTH_START_DAY if rule == "next_month_start" else 10
        nxt = _add_months(meeting.replace(day=1), 1).replace(day=day)
        return nxt, f"md:{nxt.month:02d}-{nxt.day:02d}"
    if rule == "next_month_mid":
        nxt = _add_months(meeting.replace(day=1), 1)
        return nxt.replace(day=15), f"md:{nxt.month:02d}-15"
    if kind == "hours":
        n = number(arg)
        if n is None:
            return None, None
        days = 0 if n < 24 else -(-n // 24)   # within 48 hours -> 2 days; within 2 hours -> today
        return meeting + dt.timedelta(days=days), f"days:{days}" if days else "today"
    if kind == "after_holiday":
        date = _after_holiday(table, arg or None, meeting)
        return (date, f"md:{date.month:02d}-{date.day:02d}") if date else (None, "vague")
    if kind == "after_holiday_dow":  # 节后第一个星期一: the first such weekday after the days off
        holiday, _, weekday = arg.partition(":")
        date = _after_holiday(table, holiday or None, meeting)
        dow = DOW_WORDS.get(weekday.lower())
        if date is None or dow is None:
            return None, "vague"
        while date.weekday() != dow:
            date += dt.timedelta(days=1)
        return date, f"md:{date.month:02d}-{date.day:02d}"
    if rule == "@jionlp":
        return _jionlp_day(span, meeting)
    if rule == "@dateparser":
        return _dateparser_day(span, meeting)
    return None, None


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _month_number(word: str) -> int | None:
    """'December', 'dec.', 'Sept' -> 12, 12, 9."""
    key = word.strip(". ").lower()[:3]
    return _MONTHS.index(key) + 1 if key in _MONTHS else None


_EN_CLOCK = re.compile(r"(?P<noon>noon|midday)|(?P<hour>[0-9]{1,2})(?::(?P<minute>[0-9]{2}))?\s*(?P<period>a\.?m\.?|p\.?m\.?)?",
                       re.IGNORECASE)


# between a date and a clock time said after it: the time is that date's when nothing but this sits between
# (a few words in the same sentence, or 当天 / that day)
_SAME_DAY = re.compile(r"(?:当天|那天|同一天|that\s+day|the\s+same\s+day)\W*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?:\s|$)")


STILL = ("还是", "still")  # before a clock time after a date: the usual time, not a correction


def _time_of_last(table: _Table, gap: str) -> bool:
    if table.rejected_after and table.rejected_after.search(gap) or any(
            marker in gap.lower() for marker in table.correction_markers if marker not in STILL):
        return False   # "上午十点够呛，下午三点吧": a new time, not the old one's ("五月二十一号，还是下午两点": still)
    if not _FILLERS.sub("", gap) or _SAME_DAY.search(gap):
        return True
    return len(gap) <= (16 if table.lang == "zh" else 30) and not _SENTENCE_END.search(gap)


def _said_clock(table: _Table, span: str) -> str | None:
    """The clock time inside a mention that is one ("中午十二点之前" -> 12:00, "before nine" -> 09:00)."""
    if table.lang == "zh":
        m = table.time.search(span)
        return _clock(table, span, m.start(), None)[1] if m else None
    m = _EN_CLOCK.search(span)
    if not m or not (m.group("noon") or m.group("hour")):
        return None
    if m.group("noon"):
        return "12:00"
    hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
    period = (m.group("period") or "").lower().replace(".", "")
    if period == "pm" and hour < 12 or not period and 1 <= hour < table.assume_pm_below:
        hour += 12
    return f"{hour:02d}:{minute:02d}" if hour <= 24 and minute < 60 else None


@lru_cache(maxsize=1)
def _jionlp():
    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        import jionlp
    return jionlp


def _jionlp_day(span: str, meeting: dt.date) -> tuple[dt.date | None, str | None]:
    """jionlp.parse_time for the shapes the tables hand over; kept when it names one day."""
    base = dt.datetime.combine(meeting, dt.time(9, 0))
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            parsed = _jionlp().parse_time(span, time_base=base.timestamp())
    except Exception:  # noqa: BLE001 - an unparseable span is simply no date
        return None, None
    times = parsed.get("time") or []
    if parsed.get("type") not in ("time_point", "time_span") or len(times) != 2:
        return None, None
    first = dt.date.fromisoformat(times[0][:10])
    last = dt.date.fromisoformat(times[1][:10])
    day = first if first == last else last   # "下月初" is a span: its last day is the deadline
    return day, f"md:{day.month:02d}-{day.day:02d}"


@lru_cache(maxsize=4096)
def _dateparser_day(span: str, meeting: dt.date) -> tuple[dt.date | None, str | None]:
    """dateparser for month-name dates ("August 15", "the 28th of October")."""
    import dateparser
    clean = re.sub(r"\bthe\b|\bof\b", " ", span, flags=re.IGNORECASE)
    base = dt.datetime.combine(meeting, dt.time(9, 0))
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future",
                "REQUIRE_PARTS": ["day", "month"]}
    parsed = dateparser.parse(clean, languages=["en"], settings=settings)
    if not parsed:
        return None, None
    day = parsed.date()
    if day < meeting and not re.search(r"\b20\d\d\b", span):
        day = _safe_date(day.year + 1, day.month, day.day) or day
    return day, f"md:{day.month:02d}-{day.day:02d}"


# --- matching ---------------------------------------------------------------------


def _fields(match: re.Match) -> dict[str, str]:
    """Named groups of a match; q2, n3... (the same group in another alternative) fold into q, n."""
    fields: dict[str, str] = {}
    for key, value in match.groupdict().items():
        if value is not None:
            fields.setdefault(key.rstrip("0123456789"), value)
    return fields


def _fill(rule: str, fields: dict[str, str]) -> str:
    def sub(m: re.Match) -> str:
        return fields.get(m.group(1), "")
    return re.sub(r"\{(\w+)\}", sub, rule)


# the part of the day said in the date itself ("明早八点", "tomorrow morning at 8", "今晚九点")
_MORNING = re.compile(r"早|上午|凌晨|morning", re.IGNORECASE)
_EVENING = re.compile(r"晚|下午|傍晚|evening|tonight|afternoon|night", re.IGNORECASE)


def _clock(table: _Table, text: str, pos: int, meeting_start: str | None,
           said: str = "") -> tuple[int, str | None, bool]:
    """A clock time (or "same time") right after a date at `pos` -> (new end, HH:MM, same_time).
    `said` is the date's own words: a part of the day in them ("明早") reads the hour."""
    m = table.same_time.match(text, pos)
    if m:
        return m.end(), meeting_start, True
    m = table.time.match(text, pos)
    if not m:
        return pos, None, False
    g = {k.rstrip("0123456789"): v for k, v in m.groupdict().items() if v is not None}
    if g.get("noon"):
        return m.end(), "12:00", False
    hour = number(g.get("hour", ""))
    if hour is None or hour > 24:
        return pos, None, False
    minute = 0
    if g.get("half"):
        minute = 30
    elif g.get("quarterto"):  # "quarter to nine": 8:45
        hour, minute = (hour - 1) % 24 or 12, 45
    elif g.get("quarter"):
        minute = 15
    elif g.get("minute"):
        minute = number(g["minute"]) or 0
    period = (g.get("period") or "").lower().replace("oclock", "o'clock")
    if period in table.pm_periods and hour < 12:
        hour += 12
    elif period == "中午" and hour < 6:
        hour += 12
    elif period in ("", "o'clock") and _MORNING.search(said):
        pass
    elif period in ("", "o'clock") and _EVENING.search(said) and hour < 12:
        hour += 12
    elif period in ("", "o'clock") and meeting_start and 1 <= hour < 12 and re.match(r"\d{1,2}:", meeting_start):
        # "还是七点" / "still at seven": the reading nearer the meeting's own start
        start = int(meeting_start.split(":")[0])
        hour = hour + 12 if abs(hour + 12 - start) < abs(hour - start) else hour
    elif period in ("", "o'clock") and 1 <= hour < table.assume_pm_below:
        hour += 12
    if minute >= 60:
        return pos, None, False
    return m.end(), f"{hour:02d}:{minute:02d}", False


def find_dates(text: str, lang: str, meeting_date: dt.date,
               meeting_start: str | None = None) -> list[DateMention]:
    """Every date/deadline expression in `text`, in order, resolved against `meeting_date`.

    `lang` is "zh" or "en". `meeting_start` (HH:MM) fills `time` for "同一时间 /
    same time". Expressions about the past (上周四, yesterday) are not returned.
    A mention followed by a correction ("周三，不对，周四") is `superseded`.
    """
    if not text:
        return []
    table = _table("en" if lang.startswith("en") else "zh")
    if not table.prefilter.search(text):
        return []
    if table.lang == "en":
        scan, index = _en_digits(text)
    else:
        scan, index = _zh_join(text)
        scan = _misheard(scan)

    # all matches of all patterns; then the longest wins on overlap, ties to the earlier pattern
    found: list[tuple[int, int, int, re.Match, _Pattern]] = []
    for pattern in table.patterns:
        for m in pattern.regex.finditer(scan):
            if m.end() > m.start():
                found.append((m.start(), -(m.end() - m.start()), pattern.order, m, pattern))
    found.sort(key=lambda f: (f[1], f[0], f[2]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, neg_len, _, m, pattern in found:
        end = start - neg_len
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        chosen.append((m, pattern))
    chosen.sort(key=lambda c: c[0].start())

    mentions: list[DateMention] = []
    said_until = 0   # where the last mention (with its clock time and deadline word) ends, in `scan`
    for m, pattern in chosen:
        if m.start() < said_until:
            continue   # "明天下午两点前": the clock time is the date's, not a mention of its own
        if pattern.rule == "clock_today" and mentions and mentions[-1].date and _time_of_last(table, scan[said_until:m.start()]):
            # "下周四同一时间，下午四点" / "27号周五去荆门，…，下午两点" / "下周二出来，当天下午三点": the time of the date just said
            mentions[-1].time = _said_clock(table, m.group(0)) or mentions[-1].time
            continue
        fields = _fields(m)
        rule_text = _fill(pattern.rule, fields)
        date, rule = _resolve(table, rule_text, fields, m.group(0), meeting_date)
        if rule is None:
            continue
        start, end = m.start(), m.end()
        # clock time / same time right after the date, then the deadline word (前, 之前, 内)
        end, clock, same = _clock(table, scan, end, meeting_start, m.group(0))
        if pattern.rule == "clock_today" and clock is None:
            clock = _said_clock(table, m.group(0))
        if same and rule == "next_week":  # "下周同一时间" / "next week, same time": a week from the meeting
            date, rule = meeting_date + dt.timedelta(days=7), "days:7"
        if table.suffix:
            s = table.suffix.match(scan, end)
            if s:
                end = s.end()
        if table.prefix:
            p = table.prefix.search(scan[max(0, start - 24):start])
            if p:
                start = max(0, start - 24) + p.start()
        said_until = end
        if index is not None:  # back to offsets in the text as said
            start, end = index[start], index[end]
            end = len(text[:end].rstrip(" \t\u3000")) if table.lang == "zh" else end
        said = text[start:end]
        firm = bool(table.deadline_words.search(said))
        mentions.append(DateMention(
            text=said, start=start, end=end, date=date.isoformat() if date else None, rule=rule,
            time=clock, same_time=same,
            deadline=rule.split(":")[0] in DEADLINE_RULES or firm, firm=firm,
            starts=bool(table.starts_after.match(text, end) or table.starts_before.search(text[max(0, start - 12):start])),
            conditional=_conditional(table, text, start, end)))
    mentions = _merge_appositions(mentions, text)
    _mark_corrections(table, text, mentions)
    return mentions


_CLAUSE_START = re.compile(r".*[，。,.;；:：!！?？]", re.DOTALL)


def _conditional(table: _Table, text: str, start: int, end: int) -> bool:
    """Is the mention at text[start:end] inside a condition ("如果到月底还联系不上", "周五拿到的话")?"""
    before = text[max(0, start - 40):start]
    m = _CLAUSE_START.match(before)
    clause_before = before[m.end():] if m else before
    return bool(table.condition_before and table.condition_before.search(clause_before)
                or table.condition_after and table.condition_after.search(text[end:end + 12]))


def _bare(words: str) -> str:
    """Lower case, punctuation and fillers out, words one space apart (zh: no spaces at all)."""
    words = re.sub(r"(?<![a-z])(?:um|uh|er|oh|ah|well)(?![a-z])|[嗯呃啊吧呀哦噢]", " ", words.lower())
    return " ".join(re.findall(r"[\w']+", words))


def _mark_corrections(table: _Table, text: str, mentions: list[DateMention]) -> None:
    """"周三，不对，周四" / "不是周三，是周四" / "Wednesday — sorry, Thursday" / "by Thursday.
    Oh, wait, …": the earlier mention is superseded. The gap must open with a correction
    marker (after punctuation and fillers), so "回头看吧，不是今天的事" is no correction.
    A date turned down right after it ("月底来不及", "十点够呛") or named as a plan's old
    value ("原定周三", "originally Friday") is superseded too, whatever follows."""
    markers = [" ".join(re.findall(r"[\w']+", marker)) for marker in table.correction_markers]
    for m in mentions:
        if table.rejected_after and table.rejected_after.search(text[m.end:m.end + 16]):
            m.superseded = True
        if table.former_before and table.former_before.search(text[max(0, m.start - 20):m.start]):
            m.superseded = True
    for earlier, later in zip(mentions, mentions[1:]):
        gap = text[earlier.end:later.start].lower()
        if len(gap) > table.correction_gap:
            continue
        # a marker opening the gap or one of its phrases ("十四号之前补完……哎不对，十五号")
        opens = False
        for piece in re.split(r"[,，。.;；:：!！?？…—–]+", gap):
            words = _bare(piece)
            if table.lang == "zh":
                words = words.replace(" ", "")
                opens = opens or any(words.startswith(marker) for marker in markers)
            else:
                opens = opens or any(words == marker or words.startswith(marker + " ") for marker in markers)
        gap = _FILLERS.sub("", gap)
        before = _FILLERS.sub("", text[max(0, earlier.start - 4):earlier.start].lower())
        if opens or (before.endswith(("不是", "not")) and gap in ("是", "而是", "应该是", "but", "it's", "its")):
            earlier.superseded = True


def _merge_appositions(mentions: list[DateMention], text: str) -> list[DateMention]:
    """A mention that only describes the date just said is folded into it: a weekday on which the date
    falls ("八月六号，周四" / "April 1, Tuesday"), a weekday of the week just said, which it then names
    ("this week, Friday" / "下周，周二"), or the date's day of the month ("the second Tuesday in May …
    That's the twelfth")."""
    def fold(prev: DateMention, m: DateMention) -> None:  # prev's mention now runs to m's end
        prev.end = m.end
        prev.text = text[prev.start:prev.end]
        prev.time = prev.time or m.time

    merged: list[DateMention] = []
    for m in mentions:
        prev = merged[-1] if merged else None
        kind, _, arg = (m.rule or "").partition(":")  # "this:fri", "day:12"
        right_after = bool(prev and prev.date and m.start - prev.end <= 3
                           and not _FILLERS.sub("", text[prev.end:m.start]))
        a_weekday = kind in ("this", "next") and arg in WEEKDAYS
        if (right_after and a_weekday and (prev.rule or "").split(":")[0] not in ("this", "next", "next2")
                and dt.date.fromisoformat(prev.date).weekday() == WEEKDAYS[arg]):
            fold(prev, m)
            continue
        if (right_after and a_weekday and m.date and (prev.rule or "") in WEEK_RULES
                and _monday(dt.date.fromisoformat(prev.date)) == _monday(dt.date.fromisoformat(m.date))):
            prev.date, prev.rule = m.date, m.rule
            fold(prev, m)
            continue
        if (prev and prev.date and m.date and kind in ("next_dom", "day") and arg.isdigit()
                and int(arg) == dt.date.fromisoformat(prev.date).day and m.date != prev.date
                and m.start - prev.end <= 40):
            continue
        merged.append(m)
    return merged


WEEK_RULES = {"within_week", "next_week", "next2_week"}


# punctuation, spaces and fillers that may sit between a date and its correction
_FILLERS = re.compile(r"[\s,，。、.;；:：!！?？…—–\-()（）]+|[嗯呃啊吧呀]|\b(?:um|uh|er)\b")


def drop_echoes(mentions: list[DateMention], lang: str) -> list[DateMention]:
    """Mentions in the order said, without a bare weekday that repeats a fuller mention of the same
    weekday said before it ("下下周一能不能完成" -> "周一，应该可以": still 下下周一), nor a clock time
    alone that repeats the time of a fuller date ("明早八点前发我" -> "好，八点前。": still 明早)."""
    bare = load_rules(lang, "dates")["roles"].get("bare_weekday")
    if not bare:
        return mentions
    out: list[DateMention] = []
    for m in mentions:
        day = (m.rule or "").rpartition(":")[2]
        echoed = re.fullmatch(bare, m.text.strip(), re.IGNORECASE) and any(
            (e.rule or "").rpartition(":")[2] == day and e.rule != m.rule and e.text != m.text for e in out)
        # a clock time alone repeating the time of a fuller date ("明早八点前发我" -> "好，八点前。")
        echoed = echoed or (clock_only(m, lang) and any(e.time == m.time and e.date != m.date for e in out))
        if not echoed:
            out.append(m)
    return out


_SAYS_TODAY = {"zh": re.compile(r"今|当天"), "en": re.compile(r"today|tonight|this", re.IGNORECASE)}


def clock_only(m: DateMention, lang: str) -> bool:
    """A clock time said alone ("八点前。", "时间还是下午三点。"): today by rule, but really the time of a
    date said elsewhere."""
    return bool(m.rule == "today" and m.time and not _SAYS_TODAY[lang[:2]].search(m.text))


def due_from(mentions: list[DateMention], next_meeting: str | None = None) -> tuple[str | None, DateMention | None]:
    """The deadline a list of mentions states, and the mention it comes from.

    Superseded mentions are skipped; a mention phrased as a deadline (前, 内, by,
    within, 下次会议前) wins over one that is a deadline by its kind only (这周, 三个工作日),
    that over a bare date ("三个工作日没问题，我今天先…" -> the
    workdays), and a bare date over a start date ("今天夜班就开始"). "下次会议前"
    takes `next_meeting` (ISO or None). Vague mentions give None; a date said in a
    condition counts only when no other date is said.
    """
    current = [m for m in mentions if not m.superseded]
    plain = [m for m in current if not m.conditional]
    deadlines = [m for m in plain if m.deadline and (m.date or m.rule == "next_meeting")]
    ranked = ([m for m in deadlines if m.firm] + [m for m in deadlines if not m.firm]
              + [m for m in plain if m.date and not m.deadline and not m.starts]
              + [m for m in plain if m.date and m.starts and not m.deadline]
              + [m for m in current if m.date and m.conditional])
    if ranked:
        m = ranked[0]
        return (next_meeting if m.rule == "next_meeting" else m.date), m
    return None, (current[0] if current else None)
