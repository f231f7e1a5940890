"""Who is who: the meeting's people, the names they are called by, and their departments.

Built from ``meeting.attendees`` / ``absent`` / ``transcript.speakers`` and the
lexicon in ``rules/<lang>/roster.toml`` (titles such as 张总, prefixes such as
小张/老张, department short forms such as 研发 for 研发部). Speakers with no
name get one from what is said: a self-introduction ("我是物流部的孙涛") or
being addressed by name in the turn just before they speak.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline import records
from pipeline.text.rulebook import load_rules


@lru_cache(maxsize=None)
def lexicon(lang: str) -> dict:
    return load_rules(lang, "roster")


@dataclass
class Mention:
    """A person or department named in a text: ``name`` (a roster name) or ``department``."""

    start: int
    end: int
    name: str | None = None
    department: str | None = None


@dataclass
class Roster:
    """Names, aliases and departments of one meeting."""

    lang: str
    departments: dict[str, str | None] = field(default_factory=dict)  # full name -> department
    aliases: dict[str, str] = field(default_factory=dict)  # alias (lowercase for en) -> full name
    department_aliases: dict[str, str] = field(default_factory=dict)  # short form -> department
    speaker_names: dict[str, str | None] = field(default_factory=dict)  # S1 -> name
    inferred: dict[str, str] = field(default_factory=dict)  # S2 -> how the name was found

    @classmethod
    def build(cls, transcript: records.Transcript) -> "Roster":
        lang = transcript.language
        lex = lexicon(lang)
        roster = cls(lang=lang)
        meeting = transcript.meeting
        people = [(a.name, a.department) for a in meeting.attendees]
        people += [(a.name, a.department) for a in meeting.absent]
        for label, sp in transcript.speakers.items():
            if sp.name and sp.name not in dict(people):
                people.append((sp.name, None))
        for name, dept in people:
            roster.add_person(name, dept, lex)
        roster._drop_ambiguous_aliases(lex, [n for n, _ in people])
        for name, dept in people:
            if dept:
                roster.add_department(dept, lex)
        roster.speaker_names = {k: v.name for k, v in transcript.speakers.items()}
        for u in transcript.utterances:
            roster.speaker_names.setdefault(u.speaker, None)
        roster._name_unnamed_speakers(transcript.utterances, lex, meeting.host)
        return roster

    def _key(self, text: str) -> str:
        return text.lower() if self.lang == "en" else text

    def add_person(self, name: str, department: str | None, lex: dict) -> None:
        self.departments.setdefault(name, department)
        self.aliases[self._key(name)] = name
        if self.lang == "zh" and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
            surname, given = name[0], name[1:]
            for title in lex["titles"]:
                self.aliases.setdefault(surname + title, name)
            for prefix in lex["surname_prefixes"]:
                self.aliases.setdefault(prefix + surname, name)
            if len(given) >= 2:
                self.aliases.setdefault(given, name)
        elif self.lang == "en" and " " in name:
            first = name.split()[0]
            if first.lower() not in {"project", "user", "industrial", "marketing"}:
                self.aliases.setdefault(first.lower(), name)

    def _drop_ambiguous_aliases(self, lex: dict, names: list[str]) -> None:
        """王磊 and 王强 both attend: 小王 / 王总 could be either, so they name no one."""
        counts: dict[str, int] = {}
        for name in set(names):
            for alias in self._short_forms(name, lex):
                counts[alias] = counts.get(alias, 0) + 1
        for alias, n in counts.items():
            if n > 1 and alias not in names:
                self.aliases.pop(alias, None)

    def _short_forms(self, name: str, lex: dict) -> list[str]:
        if self.lang == "zh" and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
            surname, given = name[0], name[1:]
            forms = [surname + t for t in lex["titles"]] + [p + surname for p in lex["surname_prefixes"]]
            return forms + ([given] if len(given) >= 2 else [])
        if self.lang == "en" and " " in name:
            return [name.split()[0].lower()]
        return []

    def add_department(self, dept: str, lex: dict) -> None:
        self.department_aliases[self._key(dept)] = dept
        for suffix in lex["department_suffixes"]:
            if dept.endswith(suffix) and len(dept) - len(suffix) >= 2:
                self.department_aliases.setdefault(self._key(dept[: -len(suffix)]), dept)

    def _pattern(self) -> re.Pattern:
        keys = sorted(set(self.aliases) | set(self.department_aliases), key=len, reverse=True)
        if not keys:
            return re.compile(r"(?!x)x")
        body = "|".join(re.escape(k) for k in keys)
        if self.lang == "en":
            # full names and departments in any case; a bare first name only capitalised ("Will", not "will")
            full = [k for k in keys if " " in k or k in self.department_aliases]
            first = [k for k in keys if k not in full]
            alts = [re.escape(k) for k in full] + [f"(?-i:{re.escape(k.capitalize())})" for k in first]
            return re.compile(rf"\b({'|'.join(alts)})\b", re.IGNORECASE)
        return re.compile(f"({body})")

    def _lowercase_pattern(self) -> re.Pattern:
        """English speech recognition written all in lower case ("marco you write the sections"): first
        names in any case too, but for those that are also common words (will, mark, may…)."""
        words = {w.lower() for w in lexicon(self.lang).get("first_names_that_are_words", [])}
        keys = sorted((k for k in self.aliases if " " not in k and k not in words and len(k) > 2), key=len, reverse=True)
        if not keys:
            return re.compile(r"(?!x)x")
        return re.compile(rf"\b({'|'.join(re.escape(k) for k in keys)})\b")

    def mentions(self, text: str) -> list[Mention]:
        """People and departments named in ``text``, in order."""
        out = []
        if self.lang == "en" and text == text.lower() and re.search(r"[a-z]", text):
            for m in self._lowercase_pattern().finditer(text):
                key = self._key(m.group(1))
                out.append(Mention(m.start(), m.end(), name=self.aliases[key], department=self.departments.get(self.aliases[key])))
        for m in self._pattern().finditer(text):
            if any(x.start < m.end() and m.start() < x.end for x in out):
                continue
            key = self._key(m.group(1))
            if key in self.aliases:
                out.append(Mention(m.start(), m.end(), name=self.aliases[key],
                                   department=self.departments.get(self.aliases[key])))
            else:
                out.append(Mention(m.start(), m.end(), department=self.department_aliases[key]))
        if self.lang == "zh":
            out += [m for m in self._sound_alike(text) if not any(x.start < m.end and m.start < x.end for x in out)]
            out += [m for m in self._misheard_address(text) if not any(x.start < m.end and m.start < x.end for x in out)]
            out.sort(key=lambda x: x.start)
        vocative = lexicon(self.lang).get("vocative")
        if vocative and not out:
            m = re.search(vocative, text)
            if m and m.group("name") not in lexicon(self.lang).get("not_names", []):
                out.append(Mention(m.start("name"), m.end("name"), name=m.group("name")))
        handed = lexicon(self.lang).get("handed_to_department")
        if handed:
            for m in re.finditer(handed, text):
                if not any(x.start <= m.start() < x.end for x in out):
                    out.append(Mention(m.start(), m.end(), department=m.group("dept")))
            out.sort(key=lambda x: x.start)
        return out

    def _sound_alike(self, text: str) -> list[Mention]:
        """Full names written with homophones by speech recognition ("罗林" for 罗琳), same tones."""
        if not self._name_sounds:
            return []
        sounds = _pinyin(text)
        if len(sounds) != len(text):
            return []
        out = []
        for name, sound in self._name_sounds.items():
            n = len(sound)
            for i in range(len(text) - n + 1):
                if sounds[i:i + n] == sound and text[i:i + n] != name and re.fullmatch(r"[\u4e00-\u9fff]+", text[i:i + n]):
                    out.append(Mention(i, i + n, name=name, department=self.departments.get(name)))
        return out

    def _misheard_address(self, text: str) -> list[Mention]:
        """A full name said to address someone, misheard in one initial ("随家，你们…" for 崔佳)."""
        lex = lexicon(self.lang)
        groups = lex.get("misheard_initials")
        if not groups or not self._name_sounds:
            return []
        sounds = None
        out = []
        for name, sound in self._name_sounds.items():
            n = len(sound)
            for i in range(len(text) - n + 1):
                if not (re.search(lex["address_before"], text[:i]) and re.search(lex["address_after"], text[i + n:])):
                    continue
                if text[i:i + n] == name or not re.fullmatch(r"[\u4e00-\u9fff]+", text[i:i + n]):
                    continue
                if sounds is None:
                    sounds = _pinyin(text)
                    if len(sounds) != len(text):
                        return []
                if _near_sound(sounds[i:i + n], sound, groups):
                    out.append(Mention(i, i + n, name=name, department=self.departments.get(name)))
        return out

    @property
    def _name_sounds(self) -> dict[str, list[str]]:
        if self.__dict__.get("_sounds") is None:
            names = [n for n in self.departments if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", n)]
            self.__dict__["_sounds"] = {n: _pinyin(n) for n in names} if self.lang == "zh" else {}
        return self.__dict__["_sounds"]

    def department(self, name: str | None) -> str | None:
        return self.departments.get(name) if name else None

    def name_of(self, speaker: str) -> str | None:
        return self.speaker_names.get(speaker)

    def _name_unnamed_speakers(self, utterances: list[records.Utterance], lex: dict, host: str | None = None) -> None:
        unnamed = {k for k, v in self.speaker_names.items() if not v}
        if not unnamed:
            return
        intro = re.compile(lex["self_intro"])
        taken = {v for v in self.speaker_names.values() if v}
        # 1. self-introductions
        for u in utterances:
            if u.speaker in unnamed and u.speaker not in self.inferred:
                m = intro.search(u.text)
                if m:
                    name = m.group("name")
                    # "廖凡啊": prefer the longest prefix that is a roster name
                    person = next((self.aliases[self._key(name[:k])] for k in range(len(name), 1, -1)
                                   if self._key(name[:k]) in self.aliases), name)
                    if person not in taken:
                        if person not in self.departments:
                            dept = m.groupdict().get("dept")
                            full = self.department_aliases.get(self._key(dept or ""), dept)
                            self.departments[person] = full
                            self.aliases[self._key(person)] = person
                        self.speaker_names[u.speaker] = person
                        self.inferred[u.speaker] = "self-introduction"
                        taken.add(person)
        # 2. the chair: an unnamed speaker who opens the meeting, when the host speaks under no label
        if host and host not in taken and utterances and utterances[0].speaker in unnamed:
            first = utterances[0]
            if first.speaker not in self.inferred and re.search(lex["chair_opening"], first.text):
                self.speaker_names[first.speaker] = host
                self.inferred[first.speaker] = "opened the meeting as its host"
                taken.add(host)
        # 3. addressed by name in the turn just before they speak; when the meeting lists people, only
        #    one of them (a capitalised word before a comma is no name: "Recording, …", "Obviously, …")
        listed = set(self.aliases.values())
        for prev, u in zip(utterances, utterances[1:]):
            if u.speaker in unnamed and u.speaker not in self.inferred and prev.speaker != u.speaker:
                people = [m.name for m in self.mentions(prev.text)
                          if m.name and m.name not in taken and (not listed or m.name in listed)]
                if len(set(people)) == 1:
                    self.speaker_names[u.speaker] = people[0]
                    self.inferred[u.speaker] = "addressed by name"
                    taken.add(people[0])


def _split_syllable(syllable: str) -> tuple[str, str]:
    """"cui1" -> ("c", "ui"): initial and final, the tone dropped."""
    bare = syllable.rstrip("012345")
    for initial in ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcsyw"):
        if bare.startswith(initial):
            return initial, bare[len(initial):]
    return "", bare


def _near_sound(heard: list[str], name: list[str], groups: list[list[str]]) -> bool:
    """Same syllables but for tones and one initial swapped within a group of ``groups``."""
    swaps = 0
    for a, b in zip(heard, name):
        (ia, fa), (ib, fb) = _split_syllable(a), _split_syllable(b)
        if fa != fb:
            return False
        if ia != ib:
            if not any(ia in g and ib in g for g in groups):
                return False
            swaps += 1
    return swaps <= 1


def _pinyin(text: str) -> list[str]:
    """Tone-numbered pinyin per character (jionlp), e.g. 罗琳 -> ["luo2", "lin2"]."""
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        import jionlp

    return jionlp.pinyin(text, formater="simple")
