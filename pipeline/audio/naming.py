"""Speaker labels (S1, S2, …) -> attendee names, with the evidence recorded.

In order of authority:

1. ``sidecar``: the recorder's ``[speakers]`` mapping (always wins);
2. ``voice``: attendees with an enrollment clip, matched to the speakers by
   d-vector similarity as one joint assignment (Hungarian), kept when the
   similarity clears a threshold and the assignment clearly beats its best
   alternative (close voices stay unnamed rather than swapped);
3. ``introduction``: a self-introduction ("我是研发部的孙七", "this is Bob
   from finance") names its speaker;
4. ``addressed``: a name said as a vocative ("陈浩,你们研发那边…") votes
   for whoever speaks next.

Cues 3 and 4 are pooled over the meeting and a name is given only when they
agree (see :class:`NamingOptions`). Names are found by how they sound, as
speech recognition writes them ("随家" for 崔佳, "Catherine" for Katherine;
pipeline/names.py), and only when no other attendee or absentee sounds as
much like them; a speaker named from a misheard name records it in
``heard_as``. Every speaker gets a record; unnamed ones, and those named from
a misheard name, carry ``review: true``.
The cue phrases are data: pipeline/data/naming.toml.
"""
from __future__ import annotations

import functools
import re
import tomllib
import warnings
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
from pyannote.core import Annotation

from pipeline.names import Match, find_names, same_sound
from pipeline.records import Speaker, Utterance
from pipeline.sidecar import Sidecar

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "naming.toml"
SAMPLE_RATE = 16000
VOICE_STEP_S = 0.8  # hop of the windows averaged into one voice vector (denser adds time, not accuracy)


@dataclass
class NamingOptions:
    min_voice_similarity: float = 0.75  # cosine of clip to speaker below this: not that person
    min_voice_regret: float = 0.02  # the best assignment must beat the best one without this pair by this much
    max_voice_seconds: float = 30.0  # of each speaker's speech embedded for the voice match
    min_text_score: float = 1.0  # pooled cue weight needed for a name (one vocative suffices if uncontested)
    min_text_agreement: float = 0.6  # share of a speaker's cues, and of a name's cues, that must agree
    match_by_sound: bool = True  # find names misheard by speech recognition (随家 for 崔佳); off: only as written
    misheard_confidence: float = 0.8  # confidence factor when a name was heard only as a near sound


class TextName(NamedTuple):
    """A speaker's name found in what was said."""

    name: str
    how: str  # "introduction" | "addressed"
    confidence: float
    heard_as: tuple[str, ...] = ()  # how speech recognition wrote the name, when not as the attendee list does


# --- entry point ----------------------------------------------------------------------


def name_speakers(utterances: Sequence[Utterance], annotation: Annotation | None, audio: np.ndarray | None,
                  sidecar: Sidecar | None, language: str | None, encoder=None,
                  options: NamingOptions | None = None) -> dict[str, Speaker]:
    """A :class:`Speaker` for every label in ``utterances`` (in S1.. order), named where the evidence allows.

    Voices are measured on each speaker's utterance spans of ``audio`` (16 kHz mono), so
    ``annotation`` is accepted for the interface but not needed; ``encoder`` defaults to
    the diarizer's shared Resemblyzer encoder.
    """
    o = options or NamingOptions()
    labels = list(dict.fromkeys(u.speaker for u in utterances))
    attendees = [a.name for a in sidecar.meeting.attendees] if sidecar else []
    named: dict[str, Speaker] = {}

    for label, name in (sidecar.speakers.items() if sidecar else []):
        if label in labels:
            named[label] = Speaker(name=name, extra={"named_by": "sidecar", "confidence": 1.0})

    def free_names(names: Sequence[str]) -> list[str]:
        taken = {s.name for s in named.values()}
        return [n for n in names if n not in taken]

    voices = [v for v in (sidecar.voices if sidecar else []) if v.name in free_names([v.name])]
    open_labels = [lab for lab in labels if lab not in named]
    if voices and open_labels and audio is not None and len(audio):
        for label, (name, score) in match_voices(utterances, open_labels, audio, voices, encoder, o).items():
            named[label] = Speaker(name=name, extra={"named_by": "voice", "confidence": round(score, 2)})

    open_labels = [lab for lab in labels if lab not in named]
    if open_labels:
        free = free_names(attendees)
        others = [n for n in attendees if n not in free] + [a.name for a in (sidecar.meeting.absent if sidecar else [])]
        found = names_from_text(utterances, free, language, o, others=others)
        taken = {s.name for s in named.values()}
        for label, cue in found.items():
            if label in open_labels and cue.name not in taken:
                extra = {"named_by": cue.how, "confidence": round(cue.confidence, 2)}
                if cue.heard_as:  # a name written otherwise than on the list: for the recorder to confirm
                    extra.update(heard_as=list(cue.heard_as), review=True)
                named[label] = Speaker(name=cue.name, extra=extra)
                taken.add(cue.name)

    return {lab: named.get(lab) or Speaker(name=None, extra={"review": True}) for lab in labels}


# --- voice enrollment ------------------------------------------------------------------


def match_voices(utterances: Sequence[Utterance], labels: Sequence[str], audio: np.ndarray, voices, encoder,
                 o: NamingOptions) -> dict[str, tuple[str, float]]:
    """label -> (attendee, similarity) for the confident pairs of a joint clip-to-speaker assignment."""
    from scipy.optimize import linear_sum_assignment

    clips: list[tuple[str, np.ndarray]] = []
    for voice in voices:
        samples = load_clip(voice.path)
        if samples is None:
            continue
        clips.append((voice.name, samples))
    if not clips:
        return {}
    if encoder is None:
        from pipeline.audio.diarize import shared_encoder
        encoder = shared_encoder()
    from pipeline.audio.diarize import mel_frames

    mel = mel_frames(audio)  # shape: (num_frames, 40)
    speaker_vectors = []
    for label in labels:
        spans = sorted(((u.start, u.end) for u in utterances if u.speaker == label), key=lambda s: s[0] - s[1])
        kept, total = [], 0.0
        for start, end in spans:  # the longest turns first, up to max_voice_seconds
            if total >= o.max_voice_seconds:
                break
            kept.append((start, end))
            total += end - start
        speaker_vectors.append(voice_vector(encoder, mel, sorted(kept)))
    clip_vectors = [clip_vector(encoder, samples) for _, samples in clips]
    ok_rows = [i for i, v in enumerate(speaker_vectors) if v is not None]
    ok_cols = [j for j, v in enumerate(clip_vectors) if v is not None]
    if not ok_rows or not ok_cols:
        return {}
    sims = np.stack([speaker_vectors[i] for i in ok_rows]) @ np.stack([clip_vectors[j] for j in ok_cols]).T
    # shape: (num_speakers, num_clips)
    rows, cols = linear_sum_assignment(sims, maximize=True)
    best = sims[rows, cols].sum()
    out = {}
    for r, c in zip(rows, cols):
        if sims[r, c] < o.min_voice_similarity:
            continue
        without = sims.copy()
        without[r, c] = -10.0  # forbid this pair: how much worse is the best other assignment?
        rr, cc = linear_sum_assignment(without, maximize=True)
        alternative = without[rr, cc].sum()
        if best - alternative < o.min_voice_regret:
            continue
        out[labels[ok_rows[r]]] = (clips[ok_cols[c]][0], float(sims[r, c]))
    return out


def load_clip(path: Path) -> np.ndarray | None:
    """An enrollment clip as 16 kHz mono float32, or None (with a warning) when it cannot be read."""
    try:
        from pipeline.audio.decode import decode
        return decode(path).samples
    except Exception as e:  # a missing or broken clip must not stop the transcript
        warnings.warn(f"voice clip {path} skipped: {e}", stacklevel=2)
        return None


def voice_vector(encoder, mel: np.ndarray, spans: Sequence[tuple[float, float]]) -> np.ndarray | None:
    """Unit-length mean d-vector of the speech in ``spans`` (seconds) of ``mel`` (frames, 40)."""
    from pipeline.audio.diarize import DiarizeOptions, embed_windows, window_starts

    starts = window_starts(spans, len(mel), DiarizeOptions(step_s=VOICE_STEP_S))
    if len(starts) == 0:
        return None
    v = embed_windows(encoder, mel, starts).mean(axis=0)
    return v / max(float(np.linalg.norm(v)), 1e-9)


def clip_vector(encoder, samples: np.ndarray) -> np.ndarray | None:
    """Voice vector of an enrollment clip (its VAD speech, or all of it when VAD finds none)."""
    from pipeline.audio.diarize import mel_frames
    from pipeline.audio.vad import speech_regions

    spans = speech_regions(samples) or [(0.0, len(samples) / SAMPLE_RATE)]
    return voice_vector(encoder, mel_frames(samples), spans)


# --- what is said --------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def cues() -> dict:
    return tomllib.loads(CUES_FILE.read_text(encoding="utf-8"))


def names_from_text(utterances: Sequence[Utterance], attendees: Sequence[str], language: str | None,
                    o: NamingOptions | None = None, others: Sequence[str] = ()) -> dict[str, TextName]:
    """label -> :class:`TextName` from self-introductions and vocatives naming one of ``attendees``.

    ``others`` are people who may be heard but are not to be given (absentees, attendees
    already named): a misheard name that sounds as much like one of them names no one.
    """
    o = o or NamingOptions()
    lang = language if language in ("zh", "en") else ("zh" if any(re.search(r"[\u4e00-\u9fff]", u.text)
                                                                    for u in utterances) else "en")
    table = cues()[lang]
    weights = cues()["weights"]
    aliases = name_aliases(attendees, lang, table, others)  # spoken form -> attendee
    heard_forms = spoken_forms([*attendees, *others], lang, table)  # as written in a transcript -> person
    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))  # label -> name -> weight
    kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
    misheard: dict[tuple[str, str], dict[str, Match]] = defaultdict(dict)  # (label, name) -> heard form -> match
    against: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))  # said by label: not them

    name_alt = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    titled_alt = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True)
                          if a != _key(aliases[a], lang))  # short forms only

    def cue_re(pattern: str) -> re.Pattern:
        pattern = pattern.replace("{names}", f"(?:{name_alt})").replace("{name}", f"(?P<name>{name_alt})")
        pattern = pattern.replace("{titled}", f"(?P<name>{titled_alt})")
        return re.compile(pattern, re.I if lang == "en" else 0)

    intro_res = [cue_re(p) for p in table["introduction"]] if name_alt else []
    address_res = [cue_re(p) for p in table["address"]] if name_alt else []
    answer_res = [cue_re(p) for p in table.get("answer", [])] if titled_alt else []
    acknowledgement = re.compile(table["acknowledgement"], re.I)
    question = re.compile(table["question"], re.I)
    stated_re = re.compile(table["stated_name"].replace("{surnames}", table.get("surnames", "")))

    for i, u in enumerate(utterances):
        text, heard = respell(u.text, heard_forms, [*attendees, *others], lang) if o.match_by_sound else (u.text, {})
        introduced = set()
        for rx in intro_res:
            for m in rx.finditer(text):
                introduced.add(aliases[_key(m.group("name"), lang)])
        if not introduced:
            m = stated_re.search(text)
            if m and m.group(1) not in aliases:
                introduced.add(m.group(1).strip())
        for name in introduced:
            votes[u.speaker][name] += weights["introduction"]
            kinds[(u.speaker, name)].add("introduction")
            misheard[(u.speaker, name)].update(heard.get(name, {}))
        addressed, first_at = set(), len(text)
        for rx in address_res:
            for m in rx.finditer(text):
                addressed.add(aliases[_key(m.group("name"), lang)])
                first_at = min(first_at, m.start("name"))
        addressed -= introduced
        for name in addressed:
            against[u.speaker][name] += weights["address"]
        answered = {aliases[_key(m.group("name"), lang)] for rx in answer_res for m in rx.finditer(text)}
        prev = next((v for v in reversed(utterances[:i]) if v.speaker != u.speaker), None) if answered else None
        if len(answered) == 1 and prev is not None and not question.search(text.strip()):
            name = next(iter(answered))
            against[u.speaker][name] += weights["answer"]
            votes[prev.speaker][name] += weights["answer"]
            kinds[(prev.speaker, name)].add("addressed")
        nxt = next((v for v in utterances[i + 1:] if v.speaker != u.speaker), None)
        if nxt is not None and len(addressed) == 1:
            name = next(iter(addressed))
            # "行，谢鹏你那个…搞定" answers the one who just spoke (an acknowledgement, then the name in
            # the same sentence, no question): it counts less for the next speaker
            first_sentence = re.search(r"[。！？!?]|\.\s", text)
            replies = (bool(acknowledgement.match(text)) and not question.search(text.strip())
                       and (first_sentence is None or first_at < first_sentence.start()))
            votes[nxt.speaker][name] += weights["address"] * (weights["address_reply"] if replies else 1.0)
            kinds[(nxt.speaker, name)].add("addressed")
            misheard[(nxt.speaker, name)].update(heard.get(name, {}))

    # pool the evidence: a (speaker, name) pair stands when it dominates both its row and its column
    name_totals: dict[str, float] = defaultdict(float)
    for label, row in votes.items():
        for name, w in row.items():
            name_totals[name] += w
    pairs = []
    for label, row in votes.items():
        speaker_total = sum(row.values())
        for name, w in row.items():
            w_net = w - against[label].get(name, 0.0)
            if w_net < o.min_text_score:
                continue
            if w / speaker_total < o.min_text_agreement or w / name_totals[name] < o.min_text_agreement:
                continue
            how = "introduction" if "introduction" in kinds[(label, name)] else "addressed"
            agreement = min(w / speaker_total, w / name_totals[name])
            strength = 1.0 if how == "introduction" else min(1.0, 0.6 + 0.15 * (w - 1))
            heard_as = misheard.get((label, name), {})
            if heard_as and min(heard_as.values()) == Match.NEAR:
                strength *= o.misheard_confidence
            pairs.append((w_net, label, TextName(name, how, round(0.9 * agreement * strength, 2), tuple(heard_as))))
    out: dict[str, TextName] = {}
    used: set[str] = set()
    for _w, label, cue in sorted(pairs, key=lambda p: -p[0]):
        if label not in out and cue.name not in used:
            out[label] = cue
            used.add(cue.name)
    return out


def respell(text: str, forms: dict[str, str], people: Sequence[str],
            lang: str) -> tuple[str, dict[str, dict[str, Match]]]:
    """``text`` with every name that speech recognition wrote otherwise ("随家", "Catherine") written as
    the attendee list does (崔佳, Katherine), and person -> {heard form: how well it matched}.

    ``forms`` maps the ways a person is written in a transcript (full name, first name, 王总) to
    the person; Chinese names are heard by sound as full names only, and a near sound counts
    only for the full names of ``people``.
    """
    found = [f for f in find_names(text, list(forms), lang, by_sound=list(forms) if lang == "en" else people,
                                   near=people) if f.match < Match.WRITTEN]
    heard: dict[str, dict[str, Match]] = defaultdict(dict)
    for f in reversed(found):
        heard[forms.get(f.name, f.name)][text[f.start:f.end]] = f.match
        text = text[:f.start] + f.name + text[f.end:]
    return text, heard


def name_aliases(attendees: Sequence[str], lang: str, table: dict, others: Sequence[str] = ()) -> dict[str, str]:
    """Spoken forms of each attendee's name -> the attendee: the full name; in English the first
    name; in Chinese surname + title (王总, 陈经理). Each only when no one else in ``attendees`` or
    ``others`` sounds the same (崔佳 / 崔嘉, Jon / John, 王总 / 汪总): speech recognition writes
    either, so neither says who was meant."""
    people = list(dict.fromkeys([*attendees, *others]))

    def unique(name: str, form) -> bool:
        return not any(p != name and form(p) and same_sound(form(p), form(name), lang) for p in people)

    out: dict[str, str] = {}
    for name in attendees:
        if unique(name, lambda p: p):
            out[_key(name, lang)] = name
    for name in attendees:
        if lang == "en":
            if unique(name, lambda p: p.split()[0]):
                out.setdefault(_key(name.split()[0], lang), name)
        elif 2 <= len(name) <= 3 and unique(name, lambda p: p[0] if 2 <= len(p) <= 3 else None):
            for title in table.get("titles", []):
                out.setdefault(name[0] + title, name)
    return out


def spoken_forms(people: Sequence[str], lang: str, table: dict) -> dict[str, str]:
    """The written forms a transcript may use for ``people`` -> the person: as in :func:`name_aliases`
    (short forms only when unambiguous among all of them), in their own letter case."""
    keyed = name_aliases(people, lang, table)
    out = {}
    for name in people:
        for form in (name, name.split()[0]) if lang == "en" else (name,):
            if keyed.get(_key(form, lang)) == name:
                out[form] = name
    if lang != "en":
        out.update({form: name for form, name in keyed.items() if form not in out})
    return out


def _key(spoken: str, lang: str) -> str:
    return spoken.lower() if lang == "en" else spoken
