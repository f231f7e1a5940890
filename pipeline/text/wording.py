"""Minutes wording for extracted items: tasks, deliverables, decision texts.

Spoken clauses become short neutral phrases: words of address, first/second
person, fillers, hedges and the deadline words (kept apart in ``due_text``)
are removed, colloquial verbs made formal. The word lists are data in
``rules/<lang>/wording.toml``; general rewriting is
:func:`pipeline.text.rewrite.neutralize` (used when present).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.text.rulebook import load_rules

# the scorer's markers of colloquial text (../shared/eval/score.py LEAK_MARKERS)
LEAK_MARKERS = [
    "我觉得", "我认为", "我感觉", "我想", "咱们", "嗯", "呃", "那个", "就是说", "然后呢",
    "对吧", "搞定", "啥", "咋", "哈哈",
    "i think", "i guess", "gonna", "wanna", "kinda", "yeah", "you know", " um", " uh", "okay so",
]


@lru_cache(maxsize=None)
def lexicon(lang: str) -> dict:
    return load_rules(lang, "wording")


def neutralize(text: str, lang: str, speaker: str | None = None) -> str:
    """General neutral rewrite (:func:`pipeline.text.rewrite.neutralize`), then our clean-up."""
    from pipeline.text import rewrite

    return strip_leaks(rewrite.neutralize(text, lang, speaker=speaker), lang)


def _remove_all(text: str, words: list[str], lang: str) -> str:
    for w in sorted(words, key=len, reverse=True):
        if lang == "en":
            text = re.sub(rf"(?i)(?<![\w']){re.escape(w)}(?![\w'])", "", text)
        else:
            text = text.replace(w, "")
    return text


def _tidy(text: str, lang: str) -> str:
    lex = lexicon(lang)
    if lang == "en":
        text = re.sub(r"\s+", " ", text)
        text = re.sub(r"\s+([,.;:?!])", r"\1", text)
        text = re.sub(r"[.?!]+(?=[,;])", "", text)  # "Set it up., I need…"
        text = re.sub(r"([,;:])\1+", r"\1", text)
    else:
        text = re.sub(r"\s+", "，", text.strip())
        text = re.sub(r"[，,、]{2,}", "，", text)
        text = text.replace("……", "").replace("—", "")
    changed = True
    while changed:
        changed = False
        text = text.strip()
        for w in lex["leading"]:
            whole = lang != "en" or not w.strip().isalpha() or re.match(rf"(?i){re.escape(w.strip())}\b", text)
            if w.strip() and whole and text.lower().startswith(w.strip().lower()) and len(text) > len(w.strip()) + 2:
                text = text[len(w.strip()):]
                changed = True
        text = text.strip(" ，,。.;；:：？?！!")
    if lang == "en" and text:
        text = text[0].upper() + text[1:]
    return text


def strip_leaks(text: str, lang: str) -> str:
    """Remove fillers; rewrite the scorer's other colloquial markers with their sense kept."""
    from pipeline.text import rewrite

    lex = lexicon(lang)
    for a, b in lex["formal"].items():
        text = re.sub(rf"(?i)\b{re.escape(a)}\b", b, text) if lang == "en" else text.replace(a, b)
    text = _remove_all(text, lex["fillers"], lang)
    # a marker left is rewritten with its sense kept (咱们 -> 我们, 啥 -> 什么), never cut
    return _tidy(rewrite.rewrite_leftovers(text, lang), lang)


def drop_vocatives(text: str, names: list[str], lang: str) -> str:
    """A name used to address someone goes ("林晓，…" / "Tom, can you…"); a name in the sentence stays."""
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or r"(?!x)x"
    if lang == "zh":
        return re.sub(rf"(^[那好行对嗯]?[，, ]?|[，,。 ])请?({alts})(?=[，, ]|你)", r"\1", text)
    # a name opening a sentence or a clause ("Tom, can you…", "…, and Derek, we plan…") or closing a question;
    # not one the sentence needs ("books mass spec through Carla, no more…")
    text = re.sub(rf"(?i)((?:^\s*|[.!?;]\s*|,\s*|\b(?:and|so|okay|ok|alright|now|then)\s+))\b({alts})\b\s*,"
                  rf"|,\s*\b({alts})\b(?=\s*[?.!])", lambda m: m.group(1) or "", text)
    return re.sub(rf"(?i)^(action items?:?\s*)?\b({alts})\s+to\s+(?=[a-z])", "", text.strip())  # "Lena to finalize…"


def drop_titles(text: str, lang: str) -> str:
    """A title used to address someone at the start goes ("护士长，…", "李队，…", "郑经理，…")."""
    titles = lexicon(lang).get("address_titles") or []
    if not titles or lang != "zh":
        return text
    alts = "|".join(map(re.escape, sorted(titles, key=len, reverse=True)))
    return re.sub(rf"^([那好行对嗯]?[，, ]?)(小|老)?[\u4e00-\u9fff]{{0,2}}?({alts})[，,]", r"\1", text.strip())


def _clauses(text: str, lang: str) -> list[str]:
    return [c for c in re.split(r"[，,；;。？！?!]" if lang == "zh" else r"(?<=[,;.?])\s+|\s+[—–]\s+", text) if c.strip()]


def _trim_clause(clause: str, lang: str) -> str:
    """One clause of a task without a dangling last word ("跟说", "send it to")."""
    lex = lexicon(lang)
    end = lex.get("dangling_end")
    clause = clause.strip().rstrip("?？") if lang == "en" else clause
    prev = None
    while end and prev != clause:
        prev = clause
        clause = re.sub(end, "", clause.strip(), flags=re.IGNORECASE).strip()
    return clause


def _work_clauses(text: str, lang: str, names: list[str] = ()) -> str:
    """Keep the clauses that state the work: no asides (不然…, because…), no yes/no tails (换完不)."""
    lex = lexicon(lang)
    aside = lex.get("aside_clause")
    sep = "，" if lang == "zh" else ", "
    kept = []
    clauses = _clauses(text, lang)
    comment = lex.get("comment_clause")
    for k, clause in enumerate(clauses):
        c = clause.strip()
        if c in names:
            continue  # "…一起完成，马骏": a name said at the end to address someone
        rest = "".join(clauses[k + 1:]) + "".join(kept)
        if comment and re.search(comment, c, flags=re.IGNORECASE) and len(re.sub(r"[\W_]+", "", rest)) >= 4:
            continue  # a comment on the work ("这个问题不大", "客户等着书面的东西", "好排产"), not the work
        if aside and re.search(aside, c, flags=re.IGNORECASE) and kept:
            if lang == "en":
                break  # "…, because …": the rest is the reason
            continue  # a reason or warning ("不然签不了", "她去年处理过"), not the work
        if lang == "zh" and kept and len(c) <= 4 and re.search(r"(不|吗|没有|是)$", c):
            continue  # "能换完不" / "是": a check, not work
        if lang == "en" and c.endswith("?") and len(c.split()) <= 3:
            continue  # "Own this?"
        if kept and lex.get("restated_owner") and re.fullmatch(lex["restated_owner"], c):
            continue  # "…老接口下掉，这个牵头": who does it, said again
        c = _trim_clause(c, lang)
        bare = bool(lex.get("bare_verbs")) and re.match(lex["bare_verbs"], c)
        if len(c) >= (1 if lang == "en" else 3 if kept and not bare else 2):
            kept.append(c)
    joins = tuple(lex.get("join_verbs") or ())
    text = kept[0] if kept else ""
    for c in kept[1:]:  # "完成初稿，发送王磊审阅" -> "完成初稿并发送王磊审阅"
        joined = joins and c.startswith(joins) and lex["join_word"] not in text
        text += (lex["join_word"] if joined and not c.startswith(lex["join_word"]) else "" if joined else sep) + c
    return text


def _topic_or_object(text: str, lex: dict, lang: str) -> str:
    """Drop a topic said first ("直播这个，…"), unless the rest only hands it to someone
    ("系统压测这个就让马骏负责"): then the topic is the work ("负责系统压测")."""
    m = re.match(lex["topic_prefix"], text, flags=re.IGNORECASE)
    if not m:
        return text
    rest = text[m.end():]
    handed = lex.get("handed_to")
    if lang == "zh" and handed and re.match(handed, rest):
        topic = re.sub(r"^那|(的话|这个|这块|这边|那边)$", "", m.group(2))
        rest = re.sub(handed, "", rest).lstrip("，, ")
        return "负责" + topic + ("，" + rest if rest else "")
    return rest


def name_the_assigner(text: str, assigner: str | None, lang: str) -> str:
    """"周四之前报给我审定" said by 王建国 -> "周四之前报王建国审定": the one who asked, by name."""
    table = lexicon(lang).get("to_assigner") or {}
    if not assigner or not table:
        return text
    for said in sorted(table, key=len, reverse=True):
        pattern = rf"(?i)\b{re.escape(said)}\b" if lang == "en" else re.escape(said) + "(?![们])"
        text = re.sub(pattern, table[said].replace("{name}", assigner.replace("\\", "")), text)
    return text


def task_phrase(pieces: list[str], lang: str, names: list[str], date_texts: list[str]) -> str:
    """A neutral task phrase from the clauses that stated it: verb-object, no vocative, filler,
    hedge, reason or trailing particle; never a bare verb when a fuller statement was said."""
    lex = lexicon(lang)
    out = []
    for piece in pieces:
        text = piece
        for d in sorted(date_texts, key=len, reverse=True):
            if d:
                text = text.replace(d, "")
        if lang == "zh" and lex.get("whereabouts"):  # "…，周三我要去区里开党工委扩大会，…": a reason, not work
            parts = re.split(r"(?<=[，,])", text)
            text = "".join(p for i, p in enumerate(parts)
                           if i == 0 or not re.search(lex["whereabouts"], p.strip("，,。 ")))
        if lang == "zh" and names:  # "证据整理何佳你来吧": the name said with 你来 is the owner, not the work
            text = re.sub("(" + "|".join(map(re.escape, names)) + ")(?=(你|您)(来|去))", "", text)
        text = drop_vocatives(text, names, lang)
        text = drop_titles(text, lang)
        if lex.get("doer"):
            text = re.sub(lex["doer"], "", text)
        if lex.get("show_to"):
            text = re.sub(lex["show_to"][0], lex["show_to"][1], text)
        if lang == "en":  # "Alice will update the notes" / "Lena to finalize…"
            alts = "|".join(re.escape(n) for n in names) or r"(?!x)x"
            # "For the truck, Paul's not on…, so Paul will book the rental truck": the work starts at the name
            text = re.sub(rf"(?i)^.*?[,;]\s*(?:so|and|then)\s+(?=(?:{alts})\s+(?:will|is going to|is gonna)\s)", "",
                          text.strip())
            text = re.sub(rf"(?i)^\s*(and|so|also|then)?\s*({alts})\s+(will|to|is going to|is gonna)\s+(?=[a-z])", "",
                          text.strip())
        for a, b in (lex.get("third_person") or {}).items():
            text = text.replace(a, b)
        text = _topic_or_object(_tidy(text, lang) if lang == "zh" else text.strip(), lex, lang)
        if lex["ba_verbs"]:
            verbs = "|".join(sorted(map(re.escape, lex["ba_verbs"]), key=len, reverse=True))
            text = re.sub(rf"把([^，。,]{{1,24}}?)({verbs})(一下|一遍|一版|一份|一轮|出来|好|完|了)?(?=[，。,. ]|$)",
                          lambda m: m.group(2) + m.group(1), text)
        if lang == "en":
            text = re.sub(r"(?i)\b(i'll|i will|we'll|we will|i can|i'm going to|let me|(?<!make )sure|yep|yes)\b,?", "", text)
            text = re.sub(r"(?i)\b(have|get) (it|that) (ready|done)\b", "", text)
            text = re.sub(r"(?i)\b(by|before|until)\s*$", "", text.strip())
            text = re.sub(r"(?i)\bright\?", "", text)
        if lang == "zh":  # "好的，那就这么定了，下周三之前我把方案发给大家" -> the task part
            text = _remove_all(text, [m for m in lex["decision_markers"] if len(m) >= 3], lang)
        text = _remove_all(text, lex["pronouns"] + lex["modals"], lang)
        text = strip_leaks(text, lang)
        if lang == "zh":
            text = re.sub(r"^(的话|这块|这个|来|去|把|给|是的?[，,]?)+", "", text)
            text = re.sub(r"(没问题|可以|(?<![执进运发推试可步])行|好的?|吗|了)$", "", text)
        else:
            for pattern, repl in lex.get("openers") or []:
                text = re.sub(pattern, repl, text.strip(), flags=0 if "[A-Z]" in pattern else re.IGNORECASE)
        text = _tidy(_work_clauses(_tidy(text, lang), lang, names), lang)
        for pattern, repl in lex.get("task_rewrites") or []:
            text = re.sub(pattern, repl, text)
        if text and text not in out:
            out.append(text)
    full = [x for x in out if len(x) >= 4 and (lang == "zh" or len(x.split()) >= 3)]
    out = full or out
    if not out:
        return ""
    # the fullest statement of the task reads best
    out.sort(key=lambda x: (not anaphoric(x, lang), len(x)), reverse=True)
    task = out[0]
    return task


def too_short(task: str, lang: str, strict: bool = False) -> bool:
    """A task a reader cannot act on: under 4 characters (zh) or 2 words (en), or a bare verb;
    ``strict``: also a bare noun phrase ("The KIE"), under 3 words (en) or 5 characters (zh)."""
    if lang == "en":
        return len(task.split()) < (3 if strict else 2)
    if strict and len(re.sub(r"[\W_]+", "", task)) < 5:
        return True
    return len(re.sub(r"[\W_]+", "", task)) < 4 or task.startswith(("我们", "我", "你"))


def anaphoric(task: str, lang: str) -> bool:
    """Does the task name its work only by a pronoun ("Take that", "Do that tonight", "这个负责")?"""
    pattern = lexicon(lang).get("anaphoric")
    return bool(pattern and re.search(pattern, task, flags=re.IGNORECASE))


def resolve_pronoun(task: str, referent: str, lang: str) -> str:
    """"Set it up" + "the KIE" -> "Set up the KIE": the first pronoun object replaced by what it refers to."""
    pattern = lexicon(lang).get("pronoun_object")
    if not pattern or not referent.strip():
        return task
    referent = referent.strip()
    if lang == "en":
        referent = re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), referent)
    return re.sub(pattern, lambda m: ((m.group("particle") or "").strip() + " " + referent).strip(), task,
                  count=1, flags=re.IGNORECASE)


def _noun_phrase(text: str) -> str:
    """A deliverable without a measure word before it or an adverb after it ("个清单", "记录一起")."""
    text = re.sub(r"^(一个|一份|一版|个|份)", "", text)
    text = re.sub(r"(一起|都|也|全部|全面)$", "", text)
    return "" if re.search(r"(摆|放|弄|搞|排|拉)$", text) else text  # "把态度摆出来": no thing handed over


def deliverable_phrase(text: str, lang: str) -> str | None:
    """The thing to hand over, when the words say it plainly (把X发 / 给我一个X / the X)."""
    if lang == "zh":
        m = re.search(r"把([\u4e00-\u9fffA-Za-z0-9的]{2,14}?)(搞定|发|给|整理|写|做|弄|交|提|出|调|列|统计|签|排出|排好)", text)
        if m:
            return _noun_phrase(strip_leaks(m.group(1), lang)) or None
        m = re.search(r"(给我|出|提交|发)(一个|一版|个)?([\u4e00-\u9fffA-Za-z0-9的]{2,10}?)(清单|报告|方案|表|单|稿|结果)", text)
        if m:
            return _noun_phrase(strip_leaks(m.group(3) + m.group(4), lang)) or None
        return None
    m = re.search(r"(?i)\b(?:the|a)\s+([a-z][\w/-]*(?:\s+[a-z][\w/-]*){0,3}?\s+(?:runbook|list|report|notes|plan|document|doc|proposal|summary|draft|changelog|quote|deck))\b", text)
    return m.group(1) if m else None
