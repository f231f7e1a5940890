"""Topics (议程及讨论要点): segment the meeting by its agenda and summarise each segment.

    topics = build_topics(turns, meeting, minutes, lang, options, host)

Segmentation moves forward through the agenda only: a turn naming a later item
(character bigrams, tolerant to ASR errors) or the chair's spoken transition cue
("然后物料这块" / "moving on") starts the next item; a decision or action item
whose words name a later item pulls its turns there. Each topic gets short
neutral points (decisions, proposals, facts with figures; else its action
items) and one concise viewpoint per person. Cues, stance words and lengths
are data: rules/<lang>/topics.toml.

Every point and viewpoint then reads as minutes (`polish`): replies, chat, words
of address, questions, fillers and clauses still in the first or second person
go; a point speech recognition garbled beyond reading is left out rather than
printed (`garbled`), and so is a clause it heard with most of its words in doubt
(their probabilities, words[].p; pipeline.text.confidence). `next_meeting_text` keeps the place and the purpose of the
next meeting, not the chat around it. Those words are data too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import records
from pipeline.text import wording
from pipeline.text.ledger import Turn
from pipeline.text.rulebook import load_rules

STOPWORDS = {"the", "and", "for", "with", "that", "this", "what", "from", "have", "will", "about", "into"}
SENTENCE_END = r"[。！？!?；;]|(?<=[a-z0-9])\.(?=\s|$)"
CLAUSE_END = r"[，,。！？!?；;、]|(?<=[a-z0-9])\.(?=\s|$)"


@lru_cache(maxsize=None)
def rules(lang: str) -> dict:
    """rules/<lang>/topics.toml, with its regexes compiled."""
    data = load_rules(lang, "topics")
    data["cues"] = [re.compile(c) for c in data["transition_cues"]]
    data["closing"] = [re.compile(c) for c in data.get("closing_cues", [])]
    data["ordinal_re"] = [(re.compile(p), k) for p, k in data.get("ordinal_cues", [])]
    data["meta"] = re.compile(data["meta_clause"])
    data["figure_re"] = re.compile(data["figure"], re.I)
    data["question"] = re.compile(data["question_clause"], re.I)
    for key in ("opening_clause", "chat_clause", "filler_words", "stance_tail", "next_chat", "next_place",
                "next_when", "next_meet", "next_named", "next_leftover"):
        data[key + "_re"] = re.compile(data[key])
    data["person_re"] = re.compile(data["person"])
    data["point_rewrites_re"] = [(re.compile(a), b) for a, b in data["point_rewrites"]]
    data["next_rewrites_re"] = [(re.compile(a), b) for a, b in data["next_rewrites"]]
    return data


def grams(text: str, lang: str) -> set[str]:
    """Character bigrams (zh) or content words (en) of ``text``, for matching turns to agenda items."""
    if lang == "en":  # "4.2" is one word; "migration." and "bugs" are "migration" and "bug"
        words = (re.sub(r"(?<=[a-z]{3})s$", "", w.strip(".")) for w in re.findall(r"[a-z0-9.]+", text.lower()))
        return {w for w in words if len(w) >= 3 and w not in STOPWORDS}
    t = re.sub(r"[\W_]+", "", text.lower())
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _size(text: str, lang: str) -> int:
    """Characters (zh) or words (en)."""
    return len(text.split()) if lang == "en" else len(re.sub(r"[\W_]+", "", text))


def _cue(text: str, lang: str) -> _Cue | None:
    """The first transition cue said at a clause start in ``text`` (or an item closed before more is said)."""
    for closing in rules(lang)["closing"]:
        m = closing.search(text)
        if m:
            return _Cue(m.start(), text)
    starts = [0] + [m.end() for m in re.finditer(CLAUSE_END, text)]
    for s in starts:
        rest = text[s:].lstrip(" ，,")
        for cue in rules(lang)["cues"]:
            m = cue.match(rest) if cue.pattern.startswith("^") else cue.search(rest[:14 if lang == "zh" else 40])
            if m and (m.start() == 0 or lang == "en" or re.fullmatch(r"[好行对嗯那，, ]*", rest[:m.start()])):
                return _Cue(s + (len(text[s:]) - len(rest)) + m.start(), text)
    return None


class _Cue:
    """Where a cue starts in a turn, and the words after it."""

    def __init__(self, start: int, text: str):
        self.start = start
        self.after = text[start:]


def _gram_weights(turns: list[Turn], item_grams: list[set[str]], lang: str, title: str = "") -> dict[str, float]:
    """How much each agenda word (zh: character bigram) tells which item a turn is on: less when
    several items (or the meeting's title, which names the whole meeting: "v4.2 Release Planning")
    share it, and less when much of the meeting says it ("客户", "release")."""
    df: dict[str, int] = {}
    for ig in [*item_grams, grams(title, lang)]:
        for w in ig:
            df[w] = df.get(w, 0) + 1
    said: dict[str, int] = {}
    for turn in turns:
        for w in grams(turn.text, lang) & df.keys():
            said[w] = said.get(w, 0) + 1
    common = rules(lang)["segment"]["common_turns"]
    return {w: 1.0 / n * min(1.0, (common / said[w]) ** 0.5 if said.get(w) else 1.0) for w, n in df.items()}


def _named(text: str, item_grams: list[set[str]], lang: str, weights: dict[str, float] | None = None) -> list[float]:
    """How strongly ``text`` names each agenda item: the weights (`_gram_weights`) of the words it
    shares with the item, up to 4; 0 below the rules' `segment.min_named`."""
    g = grams(text, lang)
    w = rules(lang)["segment"]
    out = []
    for ig in item_grams:
        shared = g & ig
        score = min(4.0, sum((weights or {}).get(x, 1.0) for x in shared))
        out.append(score if score >= w["min_named"] else 0.0)
    return out


def _ordinal(text: str, lang: str, items: int) -> int | None:
    """The agenda item a spoken ordinal opens ("第二个，拆解线作价" / "最后一个" / "second item"),
    said at the start of a clause (rules' `ordinal_cues`)."""
    lex = rules(lang)
    for s in [0] + [m.end() for m in re.finditer(CLAUSE_END, text)]:
        rest = text[s:].lstrip(" ，,")
        for pattern, index in lex["ordinal_re"]:
            if pattern.match(rest):
                k = items - 1 if index == "last" else int(index) - 1
                return k if 0 <= k < items else None
    return None


def segment(turns: list[Turn], agenda: list[str], lang: str, min_topic_turns: int,
            host: str | None = None, title: str = "") -> list[int]:
    """The agenda item (index) of every turn, never going back.

    The whole meeting is segmented at once (dynamic programming over turns x items): each turn
    scores for the items its words name (`_named`), each move to a later item costs
    ``switch_cost`` and skipping an item more, and a spoken cue to move on ("然后物料这块" /
    "第二个，…" / "moving on") pays for the move it announces. So a single word of a later item
    said early ("the goal today is to lock the date…") does not carry the discussion that follows
    and keeps naming the current item away from it; where nothing is named, a topic lasts until
    the next one is named or announced. Weights are data (rules' `segment`)."""
    lex = rules(lang)
    n, m = len(turns), len(agenda)
    if m <= 1 or not n:
        return [0] * n
    w = lex["segment"]
    item_grams = [grams(a, lang) for a in agenda]
    weights = _gram_weights(turns, item_grams, lang, title)
    evidence: list[list[float]] = []
    bonus: list[dict[tuple[int, int] | int, float]] = [dict() for _ in range(n + 1)]
    last_cue = 0
    for i, turn in enumerate(turns):
        named = _named(turn.text, item_grams, lang, weights)
        said = grams(turn.text, lang)  # an overview of the agenda names items by more than a word each
        overview = sum(len(said & g) >= (1 if lang == "en" else 2) for g in item_grams) >= lex["overview_items"]
        evidence.append([0.0] * m if overview else named)
        if overview:
            continue
        at = None
        ordinal = _ordinal(turn.text, lang, m)
        cue = _cue(turn.text, lang)
        if ordinal is not None:
            at, target = i, ordinal
        elif cue:
            after = _named(cue.after, item_grams, lang, weights)
            target = max(range(m), key=lambda k: (after[k], -k)) if max(after) > 0 else None
            if target is None and i - last_cue < min_topic_turns or target is None and host is not None \
                    and turn.name not in (host, None):
                continue  # an unnamed "然后…" soon after the last move, or not by the chair: not a move
            head = turn.text[:cue.start]
            at = i + 1 if _size(head, lang) >= (8 if lang == "zh" else 6) else i  # "……就这么定了。然后物料这块，…"
        if at is None:
            continue
        last_cue = i
        if target is None or target == 0:
            bonus[at]["next"] = w["cue_bonus"]  # the next item, whichever is current
        else:
            bonus[at][target] = w["cue_bonus"] + (w["ordinal_bonus"] if ordinal is not None else 0.0)

    neg = float("-inf")
    # the chair moves the meeting on: anyone else's turn moving it costs more
    by_other = [host is not None and t.name is not None and t.name != host for t in turns]

    def move_score(i: int, j: int, k: int) -> float:
        """Moving from item j to a later item k at turn i."""
        gain = bonus[i].get(k, 0.0) + (bonus[i].get("next", 0.0) if k == j + 1 else 0.0)
        cost = w["switch_cost"] + (w["not_chair_cost"] if i < len(by_other) and by_other[i] else 0.0)
        return gain - cost - w["skip_cost"] * (k - j - 1)

    neg = float("-inf")
    # best[k]: the best score of turns 0..i with turn i in item k; back[i][k]: item of turn i-1
    best = [evidence[0][k] - (0.0 if k == 0 else w["switch_cost"] + w["skip_cost"] * (k - 1) - bonus[0].get(k, 0.0))
            - w["late"] * k for k in range(m)]
    back: list[list[int]] = [[k for k in range(m)]]
    for i in range(1, n):
        row, prev = [], []
        for k in range(m):
            # naming the item the meeting is on counts less than naming the one it moves to:
            # a later turn going back to an earlier item's words does not hold the meeting there
            options = [(best[k] + w["stay_share"] * evidence[i][k], k)]
            options += [(best[j] + move_score(i, j, k) + evidence[i][k], j) for j in range(k) if best[j] > neg]
            score, j = max(options, key=lambda o: (o[0], o[1]))  # a tie stays on the current item
            row.append(score - w["late"] * k)
            prev.append(j)
        best, back = row, back + [prev]
    k = max(range(m), key=lambda x: (best[x], -x))
    out = [0] * n
    for i in range(n - 1, -1, -1):
        out[i] = k
        k = back[i][k]
    return out


def _pull(assignment: list[int], turns: list[Turn], agenda: list[str], texts_and_evidence, lang: str) -> list[int]:
    """A decision or action item naming a later agenda item moves its turns (and what follows) there."""
    item_grams = [grams(a, lang) for a in agenda]
    need = 1 if lang == "en" else 2
    index = {t.id: i for i, t in enumerate(turns)}
    out = list(assignment)
    for text, evidence in texts_and_evidence:
        at = [index[e] for e in evidence if e in index]
        if not at:
            continue
        g = grams(text, lang)
        scores = [len(g & ig) for ig in item_grams]
        best = max(range(len(agenda)), key=lambda k: (scores[k], -k))
        if scores[best] >= need and sorted(scores)[-2:-1] != [scores[best]] and out[min(at)] < best:
            for i in range(min(at), len(out)):
                out[i] = max(out[i], best)
    return out


def _best_item(text: str, item_grams: list[set[str]], lang: str) -> int | None:
    """The agenda item ``text`` shares the most words with, if it shares any and no other ties it."""
    g = grams(text, lang)
    scores = [len(g & ig) for ig in item_grams]
    best = max(range(len(scores)), key=lambda k: scores[k])
    return best if scores[best] >= 1 and scores.count(scores[best]) == 1 else None


def shorten(text: str, lang: str, limit: int) -> str:
    """Keep whole clauses of ``text`` up to ``limit`` characters (zh) / words (en); end with a stop."""
    parts = [p.strip() for p in re.split(CLAUSE_END, text) if p and p.strip()]
    sep, stop = ("，", "。") if lang == "zh" else (", ", ".")
    kept: list[str] = []
    for p in parts:
        if rules(lang)["meta"].search(p) and not kept or lang == "zh" and _size(p, lang) < 2:
            continue  # "先说一下想法" / a one-character ASR fragment ("剩")
        if kept and _size(sep.join(kept + [p]), lang) > limit:
            break
        if not kept and _size(p, lang) > limit:
            words = p.split() if lang == "en" else None
            p = " ".join(words[:limit]) if words else p[:limit]
        kept.append(p)
    out = wording.strip_leaks(sep.join(kept), lang).strip(" ，,")
    out = re.sub(rules(lang)["leading"], "", out)
    if lang == "en":
        out = out[:1].upper() + out[1:]
    out = re.sub(r"[，,、]$", "", out)
    return out + stop if out else ""


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in re.split(CLAUSE_END, text) if c and c.strip()]


def polish(text: str, lang: str, names: tuple[str, ...] = (), terms: tuple[str, ...] = ()) -> str:
    """A neutral sentence as a minutes point: without a reply or turn-taking word opening it, chat,
    words of address (an attendee's name or title alone), questions, fillers, or clauses still in
    the first or second person ("" when nothing is left); an agenda term speech recognition
    misheard is written as the term (``terms``, see `repair_terms`). Shorten it afterwards."""
    lex = rules(lang)
    text = repair_terms(text, terms, lang)
    for regex, replacement in lex["point_rewrites_re"]:
        text = regex.sub(replacement, text.strip())
    text = lex["filler_words_re"].sub("", text)
    titles = tuple(wording.lexicon(lang).get("address_titles") or ())
    first_names = {n.split()[0] for n in names if " " in n}  # "…, Daniel." addresses Daniel Ortiz
    kept: list[str] = []
    for clause in _clauses(text):
        bare = clause.strip(" ，,")
        if lex.get("we_subject"):  # "我们这边下周三能联调完": the speaker's side, said as the subject
            bare = re.sub(lex["we_subject"], "", bare) or bare
        if not kept and lex["opening_clause_re"].search(bare):
            continue
        if lex["chat_clause_re"].search(bare) or bare in names or bare in first_names or _is_title(bare, titles, lang):
            continue
        if lex["question"].search(bare) or lex["person_re"].search(bare):
            if not kept:
                return ""  # the point's own statement is a question or still "I"/"you": what is left is a fragment
            continue
        if kept and lang == "en" and re.match(r"(it|it's|the|this|that|there|they|he|she|so|and|but|then)\b", bare, re.I):
            bare = bare[:1].lower() + bare[1:]  # "…, It's fine" -> "…, it's fine": one sentence now
        kept.append(lex["stance_tail_re"].sub(r"\1", bare))
    return ("，" if lang == "zh" else ", ").join(kept)


def agenda_terms(agenda: list[str], lang: str) -> tuple[str, ...]:
    """Terms of the agenda named by a letter ("功能A与功能B推广优先级" -> 功能A, 功能B)."""
    if lang != "zh":
        return ()
    from pipeline.text.keydata import _posseg

    terms = []
    for item in agenda:
        words = [w.word for w in _posseg().cut(item)]
        terms += [a + b for a, b in zip(words, words[1:])
                  if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", a) and re.fullmatch(r"[A-Z]", b)]
    return tuple(dict.fromkeys(terms))


def repair_terms(text: str, terms: tuple[str, ...], lang: str) -> str:
    """An agenda term named by a letter that speech recognition wrote as a character sounding like
    the letter ("功能病" / "功能比" for 功能B) is written as the term; the letters' sounds are data."""
    if lang != "zh" or not terms:
        return text
    from pipeline.names import zh_readings

    sounds = rules(lang)["letter_sounds"]

    def fix(m: re.Match, term: str) -> str:
        heard = zh_readings(m.group(1), every_reading=True)[0]
        return term if heard & set(sounds.get(term[-1], ())) else m.group(0)
    for term in terms:
        text = re.sub(re.escape(term[:-1]) + r"([\u4e00-\u9fff])", lambda m, t=term: fix(m, t), text)
    return text


def _is_title(clause: str, titles: tuple[str, ...], lang: str) -> bool:
    """Is ``clause`` only a title said to address someone ("叶总" / "蔡经理" / "小李")?"""
    if lang != "zh" or not titles or len(clause) > 4:
        return False
    alts = "|".join(map(re.escape, sorted(titles, key=len, reverse=True)))
    return bool(re.fullmatch(rf"(小|老)?[\u4e00-\u9fff]{{0,2}}?({alts})|(小|老)[\u4e00-\u9fff]", clause))


def garbled(text: str, lang: str, names: tuple[str, ...] = ()) -> bool:
    """Did speech recognition garble ``text`` beyond reading: are too many of its characters in
    words no dictionary knows (jieba's guesses; names of attendees aside)?"""
    share = rules(lang)["garbled_share"]
    if lang != "zh" or share >= 1:
        return False
    from pipeline.text.keydata import _posseg
    import jieba

    jieba.dt.check_initialized()
    for name in names:
        text = text.replace(name, "")
    words = [w.word for w in _posseg().cut(text)]
    chinese = sum(len(re.findall(r"[\u4e00-\u9fff]", w)) for w in words)
    unknown = sum(len(w) for w in words
                  if len(w) > 1 and re.fullmatch(r"[\u4e00-\u9fff]+", w) and w not in jieba.dt.FREQ)
    return chinese > 0 and unknown / chinese >= share


def next_meeting_text(text: str, lang: str, dated: bool) -> str:
    """What the minutes say beside the next meeting's date: its place and purpose ("地点：示教室，
    跟进院感自查的进度"), without the chat around it ("今天就先这样") and, once the date is
    known (``dated``), without the words saying when ("下周二同一时间各方再碰")."""
    lex = rules(lang)
    sep = "，" if lang == "zh" else ", "
    clauses = _clauses(text)
    # what was said before the meeting is named ("I'll take that. … Next sync Thursday") is not about it
    named = [k for k, c in enumerate(clauses)
             if lex["next_when_re"].search(c) or lex["next_meet_re"].search(c) or lex["next_named_re"].search(c)]
    kept: list[str] = []
    for clause in clauses[named[0] if named else 0:]:
        clause = clause.strip(" ，,")
        if lex["next_chat_re"].search(clause):
            continue
        place = lex["next_place_re"].search(clause)
        if dated:
            rest = lex["next_place_re"].sub("", clause) if place else clause
            rest = lex["next_meet_re"].sub(" ", lex["next_when_re"].sub(" ", rest))
            rest = re.sub(r"\s+", " ", rest).strip(" ，,")
            if _size(lex["next_leftover_re"].sub(" ", rest), lang) < lex["next_min_size"]:
                rest = ""  # "各方再碰" once "下周二同一时间" is gone: nothing more said
            clause = rest
        if clause:
            for regex, replacement in lex["next_rewrites_re"]:
                clause = regex.sub(replacement, clause)
            kept.append(clause)
        if place and dated:
            kept.append(lex["next_place_format"].format(place=place.group(1)))
    out = sep.join(dict.fromkeys(k for k in kept if k.strip()))
    if lang == "en":
        out = out[:1].upper() + out[1:]
    return out


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(SENTENCE_END, text) if s and s.strip()]


def _neutral(text: str, lang: str, speaker: str | None, attribute: bool = False) -> str:
    """What was said as a neutral statement, without a leading title used to address someone ("郑经理，");
    ``attribute``: as the speaker's statement ("王磊表示，…", rewrite.neutralize)."""
    from pipeline.text.rewrite import neutralize

    text = re.sub(r"[？?]+(?=.)", "，" if lang == "zh" else ", ", text)
    # a leading vocative name stays: "陆鸣你跟瑞达联系" would lose who does it
    text = wording.drop_titles(text, lang)
    return neutralize(text, lang, speaker=speaker, attribute=attribute)


def viewpoint(turns: list[Turn], lang: str, names: tuple[str, ...] = (), terms: tuple[str, ...] = (),
              omit_share: float = 2.0) -> str:
    """One clause stating a person's position, from their opinion turns on a topic (no name inside),
    leaving out the clauses speech recognition heard with ``omit_share`` of their words in doubt."""
    lex = rules(lang)
    name = turns[0].name or ""
    best, best_score = "", -1
    for order, turn in enumerate(turns):
        sentences = _sentences(_neutral(turn.confident_text(omit_share), lang, name))
        for k, s in enumerate(sentences):
            s = _unname(s, name, lang)
            if not s or lex["meta"].search(s) and _size(s, lang) < 12:
                continue
            s = _from_stance(s, lang)
            score = sum(2 for w in lex["stance_words"] if w in s.lower()) - 0.1 * order - 0.02 * _size(s, lang)
            if _size(s, lang) < lex["point_min"]:
                score -= 2
            if score > best_score:
                best, best_score = s, score
                # a bare position ("倾向先推A") keeps the reason said just before it
                if _size(s, lang) < 10 and k > 0:
                    prev = _unname(sentences[k - 1], name, lang)
                    if prev and not lex["meta"].search(prev):
                        best = prev + ("，" if lang == "zh" else ", ") + s
    if best_score < 0 or _cut_off(best, lang):
        return ""  # nothing said states a position
    text = shorten(polish(_position_first(best, lang), lang, names, terms), lang, lex["view_max"])
    return "" if garbled(text, lang, names) else text


def _position_first(sentence: str, lang: str) -> str:
    """A long opinion with its position at the end ("认为功能A…卖点比较好讲…，所以倾向先推A的")
    -> the position, then the reasons said just before it, as many as fit."""
    lex = rules(lang)
    sep = "，" if lang == "zh" else ", "
    clauses = [c.strip() for c in re.split(r"[，,]", sentence) if c.strip()]
    strong = [k for k, c in enumerate(clauses) if any(w in c.lower() for w in lex["position_words"])]
    if not strong or strong[-1] == 0:
        return sentence
    k = strong[-1]
    core = _unname(re.sub(lex["leading"], "", clauses[k]), "", lang)
    reasons: list[str] = []
    for c in reversed(clauses[:k]):
        if any(w in c for w in ("认为", "think")) or _size(sep.join([core, c, *reasons]), lang) > lex["view_max"]:
            break
        reasons.insert(0, c)
    return sep.join([core, *reasons])


def _from_stance(sentence: str, lang: str) -> str:
    """The clauses of ``sentence`` from the first one stating a position on, without questions."""
    lex = rules(lang)
    clauses = [c.strip() for c in re.split(r"[，,]", sentence) if c.strip() and not lex["question"].search(c)]
    first = next((k for k, c in enumerate(clauses) if any(w in c.lower() for w in ("认为", "倾向", "think", "prefer"))), 0)
    return ("，" if lang == "zh" else ", ").join(clauses[first:])


def _unname(text: str, name: str, lang: str) -> str:
    """Drop the speaker's own name from their viewpoint ("林晓认为…" -> "认为…")."""
    if name:
        text = text.replace(name, "")
    if lang == "zh":
        text = re.sub(r"^(先说|先|插一句|补充)[，,]?", "", text.strip(" ，,"))
        text = re.sub(r"^(所以|但是|因此|那么|那)?(我们|咱们)?(是)?", "", text)  # "我们是倾向…": the speaker's position
    else:  # "… now thinks" / "Noted that thinks it's…": the attribution left without its name
        text = re.sub(r"(?i)\b(that )?thinks\b", lambda m: m.group(1) or "", text)
        text = re.sub(r"\s{2,}", " ", text)
    return text.strip(" ，,")


def _cut_off(text: str, lang: str) -> bool:
    """Does ``text`` stop mid-phrase ("…rather than for." / "…design thing might be qui.")?"""
    if lang == "zh":
        return False
    last = re.sub(r"[^\w']", " ", text).split()[-1:] or [""]
    return last[0].lower() in rules(lang)["dangling_words"]


def _similar(a: str, b: str, lang: str = "zh") -> bool:
    """Do two points say the same thing (most of the shorter one's words are in the other)?"""
    from pipeline.text.scoring import dice

    ga, gb = grams(a, lang), grams(b, lang)
    contained = len(ga & gb) / min(len(ga), len(gb)) if ga and gb else 0.0
    return dice(a, b) >= 0.5 or contained >= 0.7


def build_topics(turns: list[Turn], meeting: records.Meeting, minutes: records.Minutes, lang: str,
                 options, host: str | None = None, general: str = "") -> list[records.Topic]:
    """Topics for the minutes: one per agenda item (else one for the meeting)."""
    from pipeline.text.keydata import distinct, find_key_data

    lex = rules(lang)
    agenda = [a for a in meeting.agenda if a.strip()] or [meeting.title or general]
    assignment = segment(turns, agenda, lang, options.min_topic_turns, host, meeting.title or "")
    if len(agenda) > 1:
        items = [(d.text, d.evidence) for d in minutes.decisions]
        items += [(a.task, a.evidence) for a in minutes.action_items]
        assignment = _pull(assignment, turns, agenda, items, lang)
    id_topic = {turns[i].id: k for i, k in enumerate(assignment)}
    item_grams = [grams(a, lang) for a in agenda]
    need = 1 if lang == "en" else 2
    overview = [len(agenda) > 1 and sum(len(grams(t.text, lang) & g) >= need for g in item_grams) >= lex["overview_items"]
                for t in turns]

    names = tuple(sorted({p.name for p in [*meeting.attendees, *meeting.absent] if p.name}
                         | {t.name for t in turns if t.name}, key=len, reverse=True))
    terms = agenda_terms(agenda, lang)

    def in_topic(evidence: list[str], k: int) -> bool:
        return bool(evidence) and id_topic.get(evidence[0]) == k

    by_id = {t.id: t for t in turns}
    omit = options.omit_share

    def doubted(text: str, ids: list[str]) -> bool:
        """Is a clause of ``text`` (a decision's or action item's words) mostly one that the turns it
        came from were heard with in doubt? Then it makes no point: the item itself carries a review note."""
        doubtful = [grams(t.text[a:b], lang) for t in (by_id[i] for i in ids if i in by_id) for a, b in t.in_doubt(omit)]
        said = [grams(c, lang) for c in _clauses(text)]
        return any(c and g and len(c & g) >= 0.5 * len(c) for c in said for g in doubtful)

    topics = []
    for k, title in enumerate(agenda):
        idx = [i for i, a in enumerate(assignment) if a == k]
        points: list[str] = []
        evidence: list[str] = []

        def add(text: str, ids: list[str]) -> None:
            text = shorten(polish(text, lang, names, terms), lang, lex["point_max"])
            if (text and not garbled(text, lang, names) and _size(text, lang) >= lex["point_min"] and len(points) < options.max_points
                    and not any(_similar(text, p, lang) for p in points)):
                points.append(text)
                evidence.extend(ids)

        for dec in minutes.decisions:
            if in_topic(dec.evidence, k) and not doubted(dec.text, dec.evidence):
                add(dec.text, dec.evidence)
        key_data: list[str] = []
        by_person: dict[str, list[Turn]] = {}
        for i in idx:
            turn = turns[i]
            confident = turn.confident_text(omit)  # the turn's text, without what speech recognition misheard
            found = find_key_data(confident, lang)
            for kd in found:
                if kd not in key_data:
                    key_data.append(kd)
                    evidence.append(turn.id)
            if turn.has("opinion") and turn.name and not overview[i]:
                by_person.setdefault(turn.name, []).append(turn)
            # a point is a statement of who said it ("林晓提议…", "王磊表示，…"), not a cut of the speech
            if turn.has("propose") and not turn.has("hypothetical"):
                add(_neutral(confident, lang, turn.name, attribute=True), [turn.id])
            elif found and not overview[i]:
                for s in _sentences(confident):
                    if lex["figure_re"].search(s) and not lex["question"].search(s):
                        add(_neutral(s, lang, turn.name, attribute=True), [turn.id])
                        break
        if len(points) < 2:
            # little said here: the decisions and action items of this item (by where they were
            # said, else by their words)
            related = [d for d in minutes.decisions if in_topic(d.evidence, k)]
            related += [a for a in minutes.action_items if in_topic(a.evidence, k)]
            if not related and not points:
                related = [x for x in [*minutes.decisions, *minutes.action_items]
                           if _best_item(getattr(x, "text", None) or x.task, item_grams, lang) == k]
            for item in related:
                if doubted(getattr(item, "text", None) or item.task, item.evidence):
                    continue
                if isinstance(item, records.Decision):
                    add(item.text, item.evidence)
                    continue
                fmt = lex["action_point"] if item.owner else lex["action_point_nobody"]
                task = item.task[:1].lower() + item.task[1:] if lang == "en" else item.task
                add(fmt.format(owner=item.owner or "", task=task), item.evidence)
        viewpoints = []
        for who, said in by_person.items():
            text = viewpoint(said, lang, names, terms, omit)
            if text and _size(text, lang) >= (4 if lang == "zh" else 5):
                viewpoints.append(records.Viewpoint(who=who, text=text))
                evidence.extend(t.id for t in said)
            if len(viewpoints) >= 4:
                break
        topics.append(records.Topic(title=title, points=points, viewpoints=viewpoints, key_data=distinct(key_data)[:8],
                                    evidence=sorted(set(evidence))))
    return topics
