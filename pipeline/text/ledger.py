"""The conversation ledger: dialogue acts linked across turns into live items.

A meeting is read turn by turn. Requests (assign) open candidate action items
addressed to a person or department; the addressee's next turn accepts
(好的 / 我这边周五前…), declines (抽不出人) or is silent; a speaker's own
commitment (我来协调) opens an accepted item; 那个不用做了 cancels what was
just raised; a reassignment (那就让邱月写，黄敏你就不用管了) moves the item.
Proposals are closed by a rejection or a decision; a decision repeated within
a few turns (proposal → 大家没意见吧 → 那就这么定了) is one decision.

Only items whose final state is live are emitted, each with every utterance
that stated or confirmed it as evidence and a confidence from how many steps
confirmed it. The module knows nothing of spaCy; it reads :class:`Turn` objects.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.text.acts import Act
from pipeline.text.roster import Mention, Roster

LIVE = {"assigned", "accepted"}
BACKCHANNEL = re.compile(r"(?i)[\W_]*((yeah|yes|yep|okay|ok|right|sure|mm-hmm|uh-huh|mm|hmm|嗯|好|对|是)[\W_]*)+"
                         r"(i think|i mean|i guess|so|but|and)?[\W_]*")  # "Yeah I think" trails off
REPLY_WINDOW = 3  # turns within which a reply is linked to a request
DECISION_MERGE_WINDOW = 4  # turns within which a repeated decision is the same decision


@dataclass
class Turn:
    """One utterance with what the taggers found in it."""

    index: int
    id: str
    speaker: str
    name: str | None  # the speaker's name, if known
    text: str
    acts: list[Act]
    clauses: list[tuple[int, int]]  # character spans
    mentions: list[Mention]
    dates: list = field(default_factory=list)  # DateMention from pipeline.text.dates
    # (start, end, share of its characters heard below the doubtful word probability) per clause
    # (pipeline.text.confidence); empty for a transcript without word probabilities
    doubt: list[tuple[int, int, float]] = field(default_factory=list)
    # (lowercased word, part-of-speech tag) of each word: English tags from en_core_web_sm, Chinese
    # words from jieba with no tag (the learned dialogue acts read them)
    words: list[tuple[str, str]] = field(default_factory=list)

    def has(self, *labels: str) -> bool:
        return any(a.label in labels for a in self.acts)

    def working_clauses(self) -> list[tuple[int, int]]:
        """Clauses that are not the meeting's wrap-up (ASR may glue "I'll take that." to "Okay, that's it")."""
        working = []
        for sp in self.clauses:
            if self.acts_in(sp) & {"schedule", "closing"}:
                break  # what follows "好，今天就先这样。" is about the next meeting
            working.append(sp)
        return working

    def has_working(self, *labels: str) -> bool:
        return any(self.acts_in(sp) & set(labels) for sp in self.working_clauses())

    def acts_in(self, span: tuple[int, int]) -> set[str]:
        a, b = span
        return {x.label for x in self.acts if a <= x.start < b}

    def clause_text(self, span: tuple[int, int]) -> str:
        return self.text[span[0]:span[1]]

    def in_doubt(self, share: float, span: tuple[int, int] | None = None) -> list[tuple[int, int]]:
        """Spans of the clauses (within ``span``, if given) speech recognition heard with at least
        ``share`` of their characters in doubt."""
        a, b = span or (0, len(self.text))
        return [(s, e) for s, e, low in self.doubt if low >= share and s < b and e > a]

    def confident_text(self, share: float) -> str:
        """The text without the clauses in doubt (the text itself when there are none)."""
        from pipeline.text.confidence import without

        return without(self.text, self.in_doubt(share))


@dataclass
class Candidate:
    """An action item being tracked through the conversation."""

    state: str  # asked | assigned | accepted | declined | cancelled | reassigned
    owner: str | None
    department: str | None
    assigner: str | None
    created: int
    turns: list[int] = field(default_factory=list)
    pieces: list[tuple[int, tuple[int, int]]] = field(default_factory=list)  # (turn, clause span) stating the task
    steps: int = 1  # how many turns confirmed it
    owner_inferred: bool = False
    supporters: list[str] = field(default_factory=list)  # people who offered to help
    plural: bool = False  # addressed as 你们 / your team: a colleague may take it
    handoff: bool = False  # given out for after the meeting ("the marketing expert will…")
    score: float | None = None  # the learned model's probability (pipeline.text.dialogue_model), once chosen

    def spans_in(self, t: int) -> list[tuple[int, int]]:
        """The clauses of turn ``t`` that state this item."""
        return [sp for j, sp in self.pieces if j == t]

    @property
    def last(self) -> int:
        return max(self.turns)


@dataclass
class DecisionCandidate:
    turns: list[int]
    text_turn: int  # the turn whose words state the decision
    text_spans: list[tuple[int, int]]
    kind: str  # decide | reject
    steps: int = 1
    score: float | None = None  # the learned model's probability (pipeline.text.dialogue_model), once chosen


@dataclass
class LedgerResult:
    items: list[Candidate]
    decisions: list[DecisionCandidate]
    next_meeting_turn: int | None
    all_items: list[Candidate]


class Ledger:
    """Walks the turns once, keeping candidate items and decisions with their states."""

    def __init__(self, turns: list[Turn], roster: Roster, host: str | None):
        self.turns = turns
        self.roster = roster
        self.host = host
        self.items: list[Candidate] = []
        self.decisions: list[DecisionCandidate] = []
        self.proposals: list[int] = []  # turns with an open proposal
        self.confirmations: set[int] = set()  # turns used to confirm an item

    # --- helpers ---------------------------------------------------------------

    def addressee(self, turn: Turn, span: tuple[int, int] | None = None) -> Mention | None:
        """The person (or department) a request in ``turn`` is addressed to."""
        a, b = span or (0, len(turn.text))
        # not a possessor ("那你回去出一个对比表，郑总原来的方案…都列上": 郑总's plan, not 郑总 asked)
        people = [m for m in turn.mentions if m.name and m.name != turn.name and not _possessor(turn.text, m)]
        in_clause = [m for m in people if a <= m.start < b]
        third = self.third_party(turn, span)
        if third:
            return third
        if in_clause:
            return in_clause[0]
        # an address earlier in the same utterance ("林晓，B的海报你这边能弄吗")
        before = [m for m in people if m.start < a]
        if before:
            return before[-1]
        depts = [m for m in turn.mentions if m.name is None and a - 12 <= m.start < b]
        if depts:
            return depts[0]
        return None

    def third_party(self, turn: Turn, span: tuple[int, int] | None) -> Mention | None:
        """An owner named as a third party: 由魏然负责 / 就让邱月写 / 交给法务部."""
        a, b = span or (0, len(turn.text))
        # a person before a department: "让信息中心的马骏负责" names 马骏
        for m in sorted(turn.mentions, key=lambda m: m.name is None):
            if not (a <= m.start < b):
                continue
            before = turn.text[max(a, m.start - 10):m.start]
            if re.search(r"(由|让|交给)([\u4e00-\u9fff]{2,6}的)?$", before):  # 让信息中心的马骏负责
                return m
        return None

    def previous_other_speaker(self, t: int) -> Turn | None:
        for j in range(t - 1, max(-1, t - 3), -1):
            if self.turns[j].speaker != self.turns[t].speaker:
                return self.turns[j]
        return None

    def open_requests(self, t: int, speaker_name: str | None, speaker_dept: str | None) -> list[Candidate]:
        out = []
        for c in reversed(self.items):
            asked_again = (c.state == "accepted" and c.owner == speaker_name and c.last == t - 1
                           and not self.turns[t].has("decline")  # a yes already given is not taken back
                           and self.turns[c.last].has("ask") and self.turns[c.last].name != speaker_name)
            if asked_again:  # "Five I can do." … "Amara, can you run the five substrates? When…?" / "End of next week."
                out.append(c)
                continue
            if c.state not in ("asked", "assigned") or t - c.last > REPLY_WINDOW:
                continue
            if c.assigner == speaker_name and speaker_name:
                continue
            if c.owner and c.owner == speaker_name:
                out.append(c)
            elif c.plural and c.owner and speaker_dept and self.roster.department(c.owner) == speaker_dept:
                out.append(c)  # "叶总，麻烦你们…" answered by 叶总's colleague
            elif c.owner is None and (c.department is None or c.department == speaker_dept
                                      or (speaker_dept and _short(c.department) in speaker_dept)):
                out.append(c)
        return out

    # --- the walk ----------------------------------------------------------------

    def run(self) -> LedgerResult:
        for t, turn in enumerate(self.turns):
            self.step_items(t, turn)
            self.step_decisions(t, turn)
        live = [c for c in self.items if c.state in LIVE]
        return LedgerResult(live, list(self.decisions), self.find_next_meeting(), self.items)

    def step_items(self, t: int, turn: Turn) -> None:
        """Update the candidate items with turn ``t``: cancel, reply, support, new requests, confirmation."""
        if turn.has("cancel"):
            self._cancel(t, turn)
        if not turn.working_clauses():
            return  # the wrap-up ("下次开会时间我再约…") fixes the next meeting, not tasks
        if turn.has("decline"):
            self._declined_for(t, turn)
        replied = self._reply(t, turn)
        if turn.has("support") and not replied and turn.name and self._support(t, turn):
            return
        if replied and (not turn.has("assign") or turn.has("decline") and not turn.has("commit")):
            return  # "主任，我带两个毕业班，能不能换个人？" declines; it asks nothing of anyone
        if turn.has("correct") and turn.dates and self._correction(t, turn):
            return
        made_here = self._new_items(t, turn, replied)
        if not made_here:
            self._chair_confirms(t, turn)

    def _cancel(self, t: int, turn: Turn) -> None:
        """"那个不用做了" cancels what was just raised; "黄敏你就不用管了" takes a named person's part away."""
        for span in turn.clauses:
            if "cancel" not in turn.acts_in(span) or "ask" in turn.acts_in(span):
                continue  # "那个之前说的全员体检，还搞不搞了？" asks; it cancels nothing
            named = [m.name for m in turn.mentions if m.name and span[0] <= m.start < span[1]]
            for c in self.items:
                if c.state in ("asked", "assigned", "accepted"):
                    if named and c.owner in named and t - c.last <= 6:
                        c.state = "reassigned"
                    elif not named and t - c.created <= 2 and c.created < t and not self._question_after(c):
                        c.state = "cancelled"

    def _question_after(self, c: Candidate) -> bool:
        """Did the item's last turn go on to ask about something else ("…by end of next week. Oh, and
        do we still need the load test?")? Then a following "skip it" answers that question."""
        turn = self.turns[c.last]
        stated = max((sp[1] for j, sp in c.pieces if j == c.last), default=0)
        return any("ask" in turn.acts_in(sp) for sp in turn.clauses if sp[0] >= stated)

    def _reply(self, t: int, turn: Turn) -> bool:
        """Link an accept / commitment / decline to the request it answers; True if it was a reply."""
        name = turn.name
        dept = self.roster.department(name)
        replied = False
        # a short reply that only names the date ("二十五号之前给你。", "Thursday's fine.") takes the request too
        dated_reply = self._short(turn) and any(m.date and not getattr(m, "superseded", False) for m in turn.dates) \
            and not turn.has("ask", "reject", "decline", "hypothetical", "assign") \
            and not re.search(r"[不没别]|\bnot\b|n't\b", turn.text)   # not "这个……今天先不讨论吧。"
        if turn.has_working("accept", "commit", "decline") and not turn.has("hypothetical") or (
            turn.has("accept") and len(turn.text) <= 12
        ) or dated_reply:
            requests = self.open_requests(t, name, dept) or self._answered_for(t, turn)
            if requests:
                c = requests[0]
                if turn.has("decline") and (not turn.has("commit") or _ends_declining(turn)):
                    c.state = "declined"
                    replied = True
                elif (turn.has("commit") or any(getattr(m, "deadline", False) for m in turn.dates)
                      or self._short(turn, 2.5)) and not turn.has("cancel"):
                    c.state = "accepted"
                    if c.owner and c.owner != name and not c.plural and not turn.has("volunteer"):
                        pass  # the addressee named in the request stays the owner
                    elif (c.owner is None or c.plural) and name and turn.has("commit"):
                        c.owner, c.department = name, dept or c.department
                    elif c.owner is None and name:
                        c.owner, c.department = name, dept or c.department
                    c.turns.append(t)
                    c.steps += 1
                    for span in turn.clauses:
                        if turn.acts_in(span) & {"commit"}:
                            c.pieces.append((t, span))
                    replied = True
            elif turn.has("decline"):
                replied = True
            if requests and not replied and turn.has("accept") and not turn.has("commit"):
                # "Yep. So of the four twenty, events are…": the request was answered on the spot
                requests[0].state = "answered"
                replied = True

        return replied

    def _declined_for(self, t: int, turn: Turn) -> None:
        """"沈律，郭鹏下周要…去杭州开庭，整整一周都不在。": someone else says the person just asked cannot
        take it; the request waits for whoever is asked next."""
        named = {m.name for m in turn.mentions if m.name and m.name != turn.name}
        for c in self.items:
            if c.owner in named and c.state in ("asked", "assigned") and 0 < t - c.last <= 2:
                c.state = "declined"

    def _answered_for(self, t: int, turn: Turn) -> list[Candidate]:
        """A yes right after a request to someone named, from another voice: from audio, speaker
        turns are often misattributed, so the named addressee is trusted ("Can you own it, Bob?" →
        "Sure, I'll take it." attributed to Tom). A volunteer ("那我来吧") takes it instead."""
        if not turn.has_working("commit") and not self._short(turn):
            return []
        return [c for c in self.items if c.state == "asked" and c.owner and c.created == t - 1
                and c.assigner != turn.name and c.owner != turn.name]

    def _correction(self, t: int, turn: Turn) -> bool:
        """"不对，周三我出差，改成周四吧": a new date for the item just agreed, not a new task."""
        others = [m for m in turn.mentions if m.name and m.name != turn.name]
        for c in reversed(self.items):
            if c.state in LIVE and 0 < t - c.last <= 3 and (not others or c.owner in [m.name for m in others]):
                c.turns.append(t)
                return True
        return False

    def _support(self, t: int, turn: Turn) -> bool:
        """"网线那个我可以配合": a helper for the task just agreed, not a task of one's own."""
        for c in reversed(self.items):
            if c.state in LIVE and c.owner and c.owner != turn.name and 0 < t - c.last <= 2:
                if turn.name not in c.supporters:
                    c.supporters.append(turn.name)
                return True
        return False

    def _new_items(self, t: int, turn: Turn, replied: bool) -> list[Candidate]:
        """Requests and commitments stated in this turn, clause by clause."""
        made_here: list[Candidate] = []
        for span in turn.working_clauses():
            acts = turn.acts_in(span)
            if acts & {"hypothetical", "propose", "done", "procedural"}:
                continue
            if "reported" in acts:
                who = self._reported(turn, span)
                if who is not None:  # "Tara Nguyen … said she'll send us the senior shortlist by the thirteenth"
                    self._assign(t, turn, span, who, False, made_here)
                    continue
            if "decide" in acts and "assign" not in acts:
                continue  # "we'll go with the three-year term" is a decision, not a task
            if "cancel" in acts and not self.third_party(turn, span):
                continue
            if "handoff" in acts and "assign" not in acts and not replied:
                # work given out for after the meeting, to a role or to the group
                roles = [m for m in turn.mentions if span[0] <= m.start < span[1] and m.name != turn.name]
                target = roles[0] if roles else Mention(0, 0)
                group = [c for c in self.items if c.handoff and c.owner is None and c.department is None
                         and not roles and 0 < t - c.last <= 3 and c.assigner == turn.name]
                if group:  # "we're all gonna go off and do our things … and then we'll come back"
                    group[-1].turns.append(t)
                    group[-1].pieces.append((t, span))
                    continue
                item = self._assign(t, turn, span, target, "ask" in acts, made_here)
                item.handoff = True
                continue
            if acts & {"schedule", "closing"}:
                continue  # "下周四下午两点，我们去你们厂里看一下产线" fixes the next meeting
            named_you = self._named_you(turn, span)
            if (named_you is not None and "assign" in acts and "cancel" not in acts and not self.third_party(turn, span)
                    and ("info" not in acts or self._request_despite_question(turn, span))):
                # "我们这边六个人的名单，邹凯你来出": the one named and told 你, whatever "我们" opened the clause
                self._assign(t, turn, span, named_you, "ask" in acts, made_here)
                continue
            if ("commit" in acts and "task_verb" in acts and self._vocative(turn, span)
                    and self._first(turn, span, "task_verb") < self._first(turn, span, "commit")):
                # "方敏，补偿方案写成正式函，明早八点前发我，我要带着去。": the request comes first, the "I" is the asker's
                self._assign(t, turn, span, self.addressee(turn, span), "ask" in acts, made_here)
                continue
            if "assign" in acts and "commit" in acts and not self.third_party(turn, span):
                # "我这边本周五前把初稿搞定，然后发给王磊你们销售看一下": the speaker's own task
                if not replied:
                    self._commit(t, turn, span, made_here, weak="weak" in acts)
                continue
            if ("assign" not in acts and not acts & {"commit", "info"} and self._vocative(turn, span)
                    and ("task_verb" in acts or self._request_despite_question(turn, span))):
                acts = acts | {"assign"}  # "刘芳，预算表周三之前发我。" / "马超，电脑明天下班前装好系统。"
            if "assign" in acts and (not ("info" in acts) or self._request_despite_question(turn, span)):
                target = self.addressee(turn, span)
                if target is None and "commit" in acts and not replied:
                    # "付款申请你们提过来，我这边下周三之前把预算批复走完": the speaker's own part
                    self._commit(t, turn, span, made_here, weak="weak" in acts)
                    continue
                implicit = False
                if target is None and not replied and _speaker_does_it(turn.clause_text(span), self.roster.lang):
                    # "……那下周二吧，下周二之前我至少给个结论": the speaker takes it; the one who asked is no owner
                    self._commit(t, turn, span, made_here, weak="weak" in acts)
                    continue
                if target is None and ("你" in turn.clause_text(span) or "ask" in acts):
                    prev = self.previous_other_speaker(t)
                    if prev is not None:  # unnamed: owner left null for the recorder
                        target = Mention(0, 0, name=prev.name, department=self.roster.department(prev.name))
                        implicit = True
                if target is None:
                    continue
                # addressed by no name: it is a request only once the other side takes it
                self._assign(t, turn, span, target, "ask" in acts or implicit, made_here)
            elif "commit" in acts and not replied and "ask" not in acts:
                self._commit(t, turn, span, made_here, weak="weak" in acts)
            elif "ask" in acts and "info" not in acts and not (acts & {"assign", "commit"}):
                # a follow-up question about the item just discussed ("8D月底前能出来吗")
                prev = self.previous_other_speaker(t)
                others = {m.name for m in turn.mentions if m.name and m.name != turn.name}
                # the one who just took it on, thanked and asked for a date ("Thanks, Helen. Can we have
                # the final quote by close of play Thursday?"), said two turns after their offer
                thanked = [c for c in self.items if c.state in LIVE and c.owner in others and 0 < t - c.last <= 2
                           and c.owner == (others and self._first_named(turn, span))]
                if thanked and turn.dates and not turn.has("assign"):
                    thanked[-1].turns.append(t)
                    thanked[-1].state = "assigned"
                    thanked[-1].pieces.append((t, span))
                    continue
                if prev is not None and prev.name in others | {None} | ({prev.name} if not others else set()):
                    pass
                else:
                    continue  # "…due at the end of the month, right, Greg?" asks someone else
                if turn.dates and not turn.has("assign"):
                    for c in reversed(self.items):
                        if c.state in LIVE and c.owner == prev.name and t - c.last <= 1:
                            c.turns.append(t)
                            c.state = "assigned"
                            c.pieces.append((t, span))
                            break

        return made_here

    def _reported(self, turn: Turn, span: tuple[int, int]) -> Mention | None:
        """Who a speaker says has committed ("Tara Nguyen, their account lead, said she'll…", "程昊说他们…"):
        a roster person named just before, else (English) the capitalised name the act starts at."""
        act = next(a for a in turn.acts if a.label == "reported" and span[0] <= a.start < span[1])
        named = [m for m in turn.mentions if m.name and m.name != turn.name and m.end <= act.end and act.start - m.end <= 40]
        if named:
            return named[-1]
        if self.roster.lang != "en":
            return None
        name = turn.text[act.start:act.end]
        if name.lower() in self.roster.aliases:
            name = self.roster.aliases[name.lower()]
        return Mention(act.start, act.end, name=name, department=self.roster.department(name))

    def _chair_confirms(self, t: int, turn: Turn) -> None:
        """The chair confirming an item just agreed ("好，两周内出初稿。")."""
        name = turn.name
        if not turn.has("assign", "commit", "propose", "cancel", "closing", "schedule",
                        "reject", "opinion", "decide", "ask", "shift"):  # "另外…" moves on to another matter
            if turn.has("accept", "decide_weak") or turn.dates:
                for c in reversed(self.items):
                    # the one who asked, or the chair naming a volunteer ("Great, thanks Kenji. So … by the twentieth")
                    thanked = name == self.host and any(m.name == c.owner for m in turn.mentions)
                    if c.state in LIVE and t - c.last <= 2 and name and (c.assigner == name or thanked):
                        undated = not turn.dates and not any(self.turns[j].dates for j in c.turns)
                        if turn.has("decide_weak") and undated:
                            # "好，那就iOS借一个人给安卓，两周。": an arrangement agreed, not a task with a date
                            c.state = "decided"
                            spans = [sp for sp in turn.clauses if "decide_weak" in turn.acts_in(sp)]
                            self.decisions.append(DecisionCandidate(sorted(set(c.turns + [t])), t, spans, "decide"))
                            self.confirmations.add(t)
                        elif turn.dates or self._short(turn):
                            c.turns.append(t)
                            c.steps += 1
                            self.confirmations.add(t)
                        break

    def _assign(self, t, turn, span, target: Mention, is_question: bool, made_here) -> Candidate:
        # the same person again within a few turns: a confirmation, not a new item
        for c in reversed(self.items):
            if turn.has("shift"):
                break
            if (c.state in LIVE | {"asked"} and target.name and c.owner == target.name and t - c.last <= 3
                    and self._confirms(c, turn, span)):
                c.turns.append(t)
                c.steps += 1
                c.pieces.append((t, span))
                if c.state == "asked" and not is_question:
                    c.state = "assigned"
                self.confirmations.add(t)
                return c
        for c in made_here:
            if c.owner == target.name and c.department == target.department:
                c.pieces.append((t, span))
                if not is_question:
                    c.state = "assigned"
                return c
        c = Candidate(
            state="asked" if is_question else "assigned",
            plural=bool(re.search(r"你们|your team|you guys|you all", turn.clause_text(span), re.I)),
            owner=target.name,
            department=target.department if target.name is None else self.roster.department(target.name),
            assigner=turn.name,
            created=t,
            turns=[t],
            pieces=[(t, span)],
        )
        self.items.append(c)
        made_here.append(c)
        return c

    def _vocative(self, turn: Turn, span: tuple[int, int]) -> bool:
        """Does the clause open by naming someone else ("刘芳，…" / "Tom, …")?"""
        a, b = span
        start = a + (b - a) - len(turn.text[a:b].lstrip("，,。 好行那嗯"))
        for m in turn.mentions:
            if m.name and m.name != turn.name and m.start == start:
                return turn.text[m.end:m.end + 1] in ("，", ",")
        return False

    def _first_named(self, turn: Turn, span: tuple[int, int]) -> str | None:
        """The first person named in the turn up to the end of the clause (whom it speaks to)."""
        named = [m for m in turn.mentions if m.name and m.name != turn.name and m.start < span[1]]
        return min(named, key=lambda m: m.start).name if named else None

    def _named_you(self, turn: Turn, span: tuple[int, int]) -> Mention | None:
        """Someone named and told 你 in the clause ("邹凯你来出", "小孙你走之前…")."""
        a, b = span
        for m in turn.mentions:
            if (m.name and m.name != turn.name and a <= m.start < b and turn.text[m.end:m.end + 1] == "你"
                    and not re.search(r"[给跟和找向让对]$", turn.text[max(a, m.start - 1):m.start])
                    and not re.match(r"你(也)?(跟|和|陪)我", turn.text[m.end:m.end + 4])):
                return m  # not "发给王磊你们销售看一下" (王磊 receives it), not "佳怡你跟我一起去" (she comes along)
        return None

    def _first(self, turn: Turn, span: tuple[int, int], label: str) -> int:
        a, b = span
        return min((x.start for x in turn.acts if x.label == label and a <= x.start < b), default=b)

    def _request_despite_question(self, turn: Turn, span: tuple[int, int]) -> bool:
        """Is a deadline said in this clause ("影响多少，你那边算一下，下次开会之前给我")?"""
        a, b = span
        return any(getattr(m, "deadline", False) and a <= m.start < b for m in turn.dates)

    def _confirms(self, c: Candidate, turn: Turn, span: tuple[int, int]) -> bool:
        """Does this request restate item ``c`` ("好，8月15号，王磊你这边跟一下") rather than add a new task?"""
        text = turn.text  # the whole turn: ASR clauses are short
        for m in turn.mentions + turn.dates:
            text = text.replace(turn.text[m.start:m.end], "")
        said = "".join(self.turns[j].clause_text(sp) for j, sp in c.pieces)
        if self.roster.lang == "en":
            # "Five I can do." then "Amara, can you run the five substrates?": the request restates the offer
            offer_restated = len(re.findall(r"[a-z]{4,}", said.lower())) <= 2 and _overlap(text, said, "en") >= 0.99
            return len(re.findall(r"[a-z]{4,}", text.lower())) <= 3 or _overlap(said, text, "en") >= 0.4 or offer_restated
        core = re.sub(r"[\W_]+|你们?|这边|那边|那个|一下|跟进|跟|搞定|好|行|吧|啊|了|的", "", text)
        return len(core) <= 6 or _overlap(said, core) >= 0.4

    def _commit(self, t, turn, span, made_here, weak: bool = False) -> None:
        for c in made_here:
            if c.owner == turn.name:
                c.pieces.append((t, span))
                return
        if "relay" in turn.acts_in(span) and any(c.owner and c.owner != turn.name for c in made_here):
            return  # "…so Paul will book the rental truck by Monday. I'll text him after this."
        # a commitment right after the speaker was asked: it belongs to that request
        for c in reversed(self.items):
            if turn.has("shift"):
                break  # "And I'll add burst alerting…": a second task
            if c.owner == turn.name and c.state in LIVE and t - c.last <= 1:
                c.turns.append(t)
                c.pieces.append((t, span))
                return
        # "我会后就跟马老师对接": relaying the task just given to someone named, not a task of one's own
        named = {m.name for m in turn.mentions if m.name and m.name != turn.name}
        for c in reversed(self.items):
            if c.state in LIVE and c.owner in named and c.owner != turn.name and 0 < t - c.last <= 1 \
                    and c.assigner != turn.name and not turn.dates:
                c.turns.append(t)
                return
        # "我能弄完" (able to) is an offer until someone confirms it
        c = Candidate(
            state="asked" if weak else "accepted",
            owner=turn.name,
            department=self.roster.department(turn.name),
            assigner=None if weak else turn.name,
            created=t,
            turns=[t],
            pieces=[(t, span)],
            owner_inferred=turn.speaker in self.roster.inferred,
        )
        self.items.append(c)
        made_here.append(c)

    # --- decisions -----------------------------------------------------------------

    def step_decisions(self, t: int, turn: Turn) -> None:
        # agreement right after a decision confirms it ("Yes." / "没意见。")
        if self.decisions and turn.has("accept") and self._short(turn) and not turn.has("ask"):
            d = self.decisions[-1]
            in_item = any(t in c.turns for c in self.items)
            if 0 < t - d.text_turn <= 2 and t not in d.turns and not in_item:
                d.turns.append(t)
        if self._proposal_taken_up(t, turn):
            return
        if turn.has("propose", "consensus") and not turn.has("decide"):
            self.proposals.append(t)
        decide_spans = [s for s in turn.clauses
                        if "decide" in turn.acts_in(s) and "hypothetical" not in turn.acts_in(s)]
        is_chair = bool(self.host) and turn.name == self.host
        weak = False
        if not decide_spans and is_chair and t not in self.confirmations:
            decide_spans = [s for s in turn.clauses
                            if "decide_weak" in turn.acts_in(s)
                            and not turn.acts_in(s) & {"hypothetical", "ask", "cancel"}]
            if turn.has("info"):  # "那就只能往后推了。唐伟，你们回归最快几天？" is still deliberating
                decide_spans = []
            weak = bool(decide_spans)
        kind = "decide"
        if not decide_spans:
            recent = [p for p in self.proposals if 0 < t - p <= 2 and self.turns[p].speaker != turn.speaker]
            rej = [s for s in turn.clauses if turn.acts_in(s) & {"reject", "decline"}
                   and "hypothetical" not in turn.acts_in(s)]
            if rej and recent:
                decide_spans, kind = rej, "reject"
                # the rejected proposal is closed
                self.proposals = [p for p in self.proposals if p not in recent]
        if not decide_spans:
            return
        open_proposals = [p for p in self.proposals if 0 < t - p <= DECISION_MERGE_WINDOW]
        # the same decision restated within a few turns
        fresh = [p for p in open_proposals if not self.decisions or p not in self.decisions[-1].turns]
        if turn.has("shift") and kind == "decide":
            pass  # "然后…" opens a new matter: never a restatement
        elif self.decisions and not (fresh and kind == "decide" and self._bare(turn, decide_spans)):
            d = self.decisions[-1]
            gap = t - max(d.turns)
            between = range(max(d.turns) + 1, t)
            # only yeses in between; a new proposal ("Greg, what if Berlin goes?") opens another matter
            # (a yes to a task asked in between — "周一，加了人的话，应该可以" — agrees to the task, not the decision)
            only_agreement = all((self.turns[j].has("accept") or self._short(self.turns[j]))
                                 and not self.turns[j].has("propose")
                                 and not any(j in c.turns and c.created < j for c in self.items) for j in between)
            restated = _overlap(self._decision_words(d), self._words(turn, decide_spans), self.roster.lang) >= 0.2
            # one speaker stating decisions one after another ("selling price is…" / "profit aim is…"): a list
            listed = (t - 1 == d.text_turn and kind == d.kind == "decide" and turn.speaker == self.turns[t - 1].speaker
                      and _overlap(self._decision_words(d), self._words(turn, decide_spans), self.roster.lang) < 0.4
                      and not self._bare(turn, decide_spans))
            if gap <= DECISION_MERGE_WINDOW and not listed and (only_agreement or restated
                                                                or self._bare(turn, decide_spans)):
                d.turns.append(t)
                d.steps += 1
                if kind == "decide" or d.kind == "reject":
                    d.text_turn, d.text_spans, d.kind = t, decide_spans, kind
                return
        evidence = [t]
        if kind == "decide" and not weak:
            # a tentative "那就…" leaves the proposal open for the explicit decision
            evidence = sorted(set(evidence + fresh))
            self.proposals = [p for p in self.proposals if t - p > DECISION_MERGE_WINDOW]
        self.decisions.append(DecisionCandidate(sorted(evidence), t, decide_spans, kind))

    def _proposal_taken_up(self, t: int, turn: Turn) -> bool:
        """The chair's proposal ("这样吧，平安夜和跨年夜营业到十二点") taken up by another voice ("十二点可以。")
        is decided, unless it handed out work (then it is an item) or asked something."""
        if not (turn.has("accept") and self._short(turn)) or turn.has("ask", "reject", "decline", "hypothetical"):
            return False
        if BACKCHANNEL.fullmatch(turn.text.strip()):
            return False  # "Yeah." / "嗯。" only shows someone is listening
        for p in reversed(self.proposals):
            said = self.turns[p]
            if not (0 < t - p <= 2 and self.host and said.name == self.host and said.speaker != turn.speaker):
                continue
            if said.has("assign", "commit", "ask", "hypothetical", "consensus") or any(p in d.turns for d in self.decisions) \
                    or any(p in c.turns for c in self.items):
                continue
            if any(self.turns[j].has("reject", "decline") for j in range(p + 1, t)):
                continue
            spans = [sp for sp in said.clauses if "propose" in said.acts_in(sp)]
            self.decisions.append(DecisionCandidate([p, t], p, spans, "decide"))
            self.proposals.remove(p)
            return True
        return False

    def _short(self, turn: Turn, factor: float = 1.0) -> bool:
        """A brief reply ("好的。", "Yep, on it.")."""
        return len(turn.text) <= factor * (40 if self.roster.lang == "en" else 15)

    def _words(self, turn: Turn, spans) -> str:
        return "".join(turn.clause_text(sp) for sp in spans)

    def _decision_words(self, d: DecisionCandidate) -> str:
        """What the decision's turns say about it: in the turn stating it, from its words up to where the
        speaker moves on ("…就这么订了，从冷链抽两个后端。…然后联调节点，…" stops at 然后)."""
        out = []
        for j in d.turns:
            turn = self.turns[j]
            if j != d.text_turn:
                out.append(turn.text)
                continue
            start = min(sp[0] for sp in d.text_spans)
            for sp in turn.clauses:
                if sp[0] > start and "shift" in turn.acts_in(sp):
                    break
                if sp[1] > start:
                    out.append(turn.clause_text(sp))
        return "".join(out)

    def _bare(self, turn: Turn, spans) -> bool:
        """A decision marker with little else in its clauses ("好，那就这么定")."""
        text = re.sub(r"[\W_]+", "", self._words(turn, spans))
        text = re.sub(r"那就这么定了?|就这么定了?|好的?|行|吧|啊|了|那就|定了|这个", "", text)
        return len(text) <= 4

    # --- next meeting ------------------------------------------------------------------

    def find_next_meeting(self) -> int | None:
        """The turn that fixes the next meeting (the last schedule act in the closing part)."""
        n = len(self.turns)
        best = None
        for t, turn in enumerate(self.turns):
            if t < n * 0.5:
                continue
            if turn.has("schedule") and not turn.has("hypothetical"):
                best = t
            elif turn.has("closing") and not turn.has("hypothetical") and any(
                    m.date and m.rule not in ("today",) and not getattr(m, "deadline", False) for m in turn.dates) and (
                    best is None or not turn.has("assign", "commit")):
                # "没有的话，下周三晚上八点…"; not "散了。…明天中午前就行" (a deadline), nor "到时候再定", nor a
                # task given out after the next meeting was fixed ("散了吧。童磊，…明天中午给我就行")
                best = t
        return best


def _possessor(text: str, m: Mention) -> bool:
    """Is a person named as the owner of a thing ("郑总原来的方案", "Tom's numbers"), not spoken to?"""
    after = text[m.end:m.end + 4]
    return bool(re.match(r"(原来|之前|上次|那边)?的|'s\b", after))


# the speaker as the one doing it: "我" not after 给/帮/跟… ("发给我", "帮我"), and no "你"
_ZH_SELF = re.compile(r"(?<![给帮跟找叫让替问诉和向对请陪带])我(?!的|们的|觉得|看|想|估计|认为)")
_EN_SELF = re.compile(r"\bI(?:'ll| will| can| am going to|'m going to)\b")


def _speaker_does_it(clause: str, lang: str) -> bool:
    if lang == "en":
        return bool(_EN_SELF.search(clause)) and not re.search(r"\byou\b", clause, re.I)
    return bool(_ZH_SELF.search(clause)) and "你" not in clause


def _ends_declining(turn: Turn) -> bool:
    """Does the turn end on a decline ("我这周…排得满满的，实在是顾不过来")? A decline followed by an
    offer ("这周抽不出人，下周我来弄") still commits."""
    last = {a.label: a.start for a in turn.acts}
    return last.get("decline", -1) > max((a.start for a in turn.acts if a.label == "commit"), default=-1)


def _short(dept: str | None) -> str:
    if not dept:
        return ""
    return re.sub(r"(资源部|部门|部|中心|组)$", "", dept)


def _overlap(a: str, b: str, lang: str = "zh") -> float:
    """Share of the character bigrams (zh) or content words (en) of ``b`` also in ``a``."""
    if lang == "en":
        ga = {w for w in re.findall(r"[a-z0-9']+", a.lower()) if len(w) > 3}
        gb = {w for w in re.findall(r"[a-z0-9']+", b.lower()) if len(w) > 3}
    else:
        ga = {a[i:i + 2] for i in range(len(a) - 1)}
        gb = {b[i:i + 2] for i in range(len(b) - 1)}
    return len(ga & gb) / len(gb) if gb else 0.0
