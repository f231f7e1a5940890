"""People's names as speech recognition writes them: who a heard name may be.

Whisper writes a name it mishears with other characters or another spelling:
"随家" for 崔佳, "陈号" for 陈浩, "Catherine" for Katherine, "Jon" for John.
:func:`find_names` finds, in a text, the spans that sound like one of the given
names, and says how well: the same writing, the same sound (toneless pinyin,
or the same English name key), or a near sound (one syllable off by a pair
that is easily confused, listed in pipeline/data/names.toml). A span is given
to a name only when no other name sounds as much like it.

No spaCy (jieba's dictionary only when a Chinese name is heard by sound): the audio
stage and the text stage can both use it.
"""
from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent / "data" / "names.toml"
HAN = re.compile(r"[\u4e00-\u9fff]+")
EN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
ZH_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
               "z", "c", "s", "y", "w")


class Match(IntEnum):
    """How well a heard span matches a name; a higher value is a better match."""

    NEAR = 1  # one syllable off by a confusable pair (zh only)
    SAME_SOUND = 2  # other characters, same toneless pinyin; or another spelling of the same English name
    WRITTEN = 3  # written exactly as the name (case aside)


@dataclass(frozen=True)
class Found:
    """A span of a text that stands for ``name``."""

    start: int
    end: int
    name: str
    match: Match


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    return tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))


# --- Mandarin ------------------------------------------------------------------------


def zh_readings(text: str, every_reading: bool = False) -> list[frozenset[str]]:
    """Toneless pinyin of every character of ``text`` as read in context (jieba-free, pypinyin's
    phrase table), or with ``every_reading`` all readings of a polyphone; an empty set for a
    character that is not Chinese. 曾敏 -> [{ceng}, {min}]; every reading: [{ceng, zeng}, {min}]."""
    from pypinyin import Style, pinyin

    out = []
    for readings in pinyin(text, style=Style.NORMAL, heteronym=every_reading, errors=lambda s: [[""] for _ in s]):
        out.append(frozenset(r for r in readings if r.isalpha()))
    if len(out) != len(text):  # never expected: one entry per character
        return [frozenset() for _ in text]
    return out


@functools.lru_cache(maxsize=1024)
def name_readings(name: str) -> tuple[frozenset[str], ...]:
    """How a Chinese name may be read: its surname (the first character) in any of its readings
    (单 dan/shan, 曾 ceng/zeng, 解 jie/xie), the given name as read in context."""
    readings = zh_readings(name)
    if readings:
        readings[0] = readings[0] | zh_readings(name[0], every_reading=True)[0]
    return tuple(readings)


def _split(syllable: str) -> tuple[str, str]:
    for initial in ZH_INITIALS:
        if syllable.startswith(initial) and len(syllable) > len(initial):
            return initial, syllable[len(initial):]
    return "", syllable


@functools.lru_cache(maxsize=1)
def _near_pairs() -> tuple[frozenset, frozenset]:
    zh = _data()["zh"]
    return (frozenset(frozenset(p) for p in zh["near_initials"]), frozenset(frozenset(p) for p in zh["near_finals"]))


@functools.lru_cache(maxsize=4096)
def syllables_near(a: str, b: str) -> bool:
    """Two different toneless syllables that differ only by one confusable initial or final."""
    if a == b:
        return False
    initials, finals = _near_pairs()
    (ia, fa), (ib, fb) = _split(a), _split(b)
    return (fa == fb and frozenset((ia, ib)) in initials) or (ia == ib and frozenset((fa, fb)) in finals)


def zh_sound_match(heard: Sequence[frozenset[str]], name: Sequence[frozenset[str]]) -> Match | None:
    """How a heard span (readings per character) sounds next to a name of the same length."""
    if len(heard) != len(name) or not all(heard) or not all(name):
        return None
    near = 0
    for h, n in zip(heard, name):
        if h & n:
            continue
        if any(syllables_near(a, b) for a in h for b in n):
            near += 1
        else:
            return None
    if near == 0:
        return Match.SAME_SOUND
    return Match.NEAR if near == 1 else None


def _find_zh(text: str, names: Sequence[str], by_sound: set[str],
             near_ok: set[str]) -> list[tuple[int, int, str, Match]]:
    out = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            out.append((at, at + len(name), name, Match.WRITTEN))
            at = text.find(name, at + 1)
    sounds = {n: name_readings(n) for n in names if n in by_sound and HAN.fullmatch(n)}
    if not sounds or not HAN.search(text):
        return out
    readings = zh_readings(text)
    for run in HAN.finditer(text):
        for name, sound in sounds.items():
            k = len(name)
            for i in range(run.start(), run.end() - k + 1):
                if text[i:i + k] == name:
                    continue
                m = zh_sound_match(readings[i:i + k], sound)
                if m is not None and (m > Match.NEAR or name in near_ok):
                    out.append((i, i + k, name, m))
    if any(m < Match.WRITTEN for *_, m in out):
        jieba = _jieba()
        cuts, at = {0}, 0
        for word in jieba.cut(text, HMM=False):  # no guessing of unknown words: a run that is no word is cut everywhere
            at += len(word)
            cuts.add(at)
        out = [(i, j, name, m) for i, j, name, m in out if m == Match.WRITTEN
               or (i in cuts and j in cuts and (m > Match.NEAR or not jieba.dt.FREQ.get(text[i:j])))]
    return out


@functools.lru_cache(maxsize=1)
def _jieba():
    """jieba with its dictionary loaded (quietly, its cache in our cache folder)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
    from pipeline import runtime

    runtime.configure_jieba(jieba)
    jieba.initialize()
    return jieba


# --- English -------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    out = {}
    for group in _data()["en"]["spelling_variants"]:
        keys = [_spelling(v) for v in group]
        for k in keys:
            out.setdefault(k, keys[0])
    return out


def _spelling(word: str) -> str:
    s = unicodedata.normalize("NFKD", word.lower())
    s = "".join(c for c in s if c.isalpha() and not unicodedata.combining(c))
    s = re.sub(r"(.)\1+", r"\1", s)
    s = s.replace("ph", "f").replace("ck", "k")
    return re.sub(r"c(?=[aoulr]|$)", "k", s)


@functools.lru_cache(maxsize=4096)
def en_key(name: str) -> str:
    """A spoken English name as a key that is the same for the spellings of one name:
    en_key("Catherine") == en_key("Katherine"), en_key("Jon") == en_key("John"),
    en_key("José") == en_key("Jose"); en_key("Rob") != en_key("Bob")."""
    return " ".join(_variants().get(k, k) for k in (_spelling(w) for w in name.split()) if k)


def _find_en(text: str, names: Sequence[str]) -> list[tuple[int, int, str, Match]]:
    words = list(EN_WORD.finditer(text))
    by_length: dict[int, dict[str, list[str]]] = {}
    for name in names:
        n = len(name.split())
        by_length.setdefault(n, {}).setdefault(en_key(name), []).append(name)
    out = []
    for n, keys in by_length.items():
        for i in range(len(words) - n + 1):
            span = words[i:i + n]
            start, end = span[0].start(), span[-1].end()
            if not span[0].group()[0].isupper():  # a name is capitalised ("Will", not "will")
                continue
            heard = text[start:end]
            for name in keys.get(en_key(" ".join(w.group() for w in span)), []):
                same = heard.lower() == name.lower()
                out.append((start, end, name, Match.WRITTEN if same else Match.SAME_SOUND))
    return out


# --- both ----------------------------------------------------------------------------


def same_sound(a: str, b: str, lang: str) -> bool:
    """Two names that speech recognition cannot tell apart: 崔佳 / 崔嘉, 王 / 汪, Jon / John."""
    if a == b:
        return True
    if lang == "zh":
        if HAN.fullmatch(a) and HAN.fullmatch(b):
            return zh_sound_match(name_readings(a), name_readings(b)) == Match.SAME_SOUND
        return False
    return en_key(a) == en_key(b)



def find_names(text: str, names: Sequence[str], lang: str, by_sound: Sequence[str] | None = None,
               near: Sequence[str] = ()) -> list[Found]:
    """Spans of ``text`` that stand for one of ``names``, left to right, not overlapping.

    A span goes to a name only when that name matches it strictly better than every
    other name in ``names``: put every name a span could be in ``names`` (absent
    people, speakers already named), and drop the ones you cannot use afterwards.
    Names in ``by_sound`` (default: all) are also found by sound, the rest only as
    written; a near sound counts only for the names in ``near`` (full names; a
    surname with a title such as 王哥 sounds like too many words: 网格). In Chinese
    a name heard by sound must not cut a dictionary word ("一下预算" holds no 夏雨),
    and a near sound must not be a word itself (区里 is not 许丽).
    Where spans overlap, the longer one, then the better match, wins.
    """
    names = list(dict.fromkeys(n for n in names if n))
    sound_ok = set(names if by_sound is None else by_sound)
    if lang == "zh":
        candidates = _find_zh(text, names, sound_ok, {n for n in near if len(n) >= 2})
    else:
        candidates = [c for c in _find_en(text, names) if c[3] == Match.WRITTEN or c[2] in sound_ok]
    by_span: dict[tuple[int, int], list[tuple[Match, str]]] = {}
    for start, end, name, m in candidates:
        by_span.setdefault((start, end), []).append((m, name))
    unique = []
    for (start, end), matches in by_span.items():
        matches.sort(reverse=True)
        if len(matches) > 1 and matches[1][0] == matches[0][0]:
            continue  # two names sound as much like it: it names no one
        unique.append(Found(start, end, matches[0][1], matches[0][0]))
    unique.sort(key=lambda f: (-(f.end - f.start), -f.match, f.start))
    taken: list[Found] = []
    for f in unique:
        if not any(f.start < t.end and t.start < f.end for t in taken):
            taken.append(f)
    return sorted(taken, key=lambda f: f.start)
