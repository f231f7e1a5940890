"""Speech recognition's own confidence on real transcripts from audio (tests/data/asr)."""
from __future__ import annotations

from pathlib import Path

from pipeline import records
from pipeline.text.confidence import char_confidence, clause_confidence, doubtful_clauses, unscored_words, without

ASR = Path(__file__).resolve().parent.parent / "data" / "asr"


def _utterance(stem: str, uid: str) -> tuple[records.Transcript, records.Utterance]:
    transcript = records.load_transcript(ASR / f"{stem}.transcript.json")
    return transcript, next(u for u in transcript.utterances if u.id == uid)


def test_every_character_gets_its_words_probability_even_when_the_text_was_tidied():
    transcript = records.load_transcript(ASR / "en01.transcript.json")
    tidied = [u for u in transcript.utterances if "".join(w.text for w in u.words) != u.text]
    assert tidied  # "sign -off" in the text, "sign-off" in the words
    for u in tidied:
        probs = char_confidence(u)
        assert len(probs) == len(u.text)
        assert sum(p is None for p in probs) <= 3


def test_a_misheard_clause_is_in_doubt_and_a_name_heard_unsure_is_not():
    """zh05 u0002: "到店一次温，有的到了12独" (到店一测温度，有的到了12度) is in doubt; zh03 u0005's
    "那测试那边能田甜" is not, once the name 田甜 (p 0.05, heard right) is not scored."""
    transcript, u = _utterance("zh05", "u0002")
    spans = doubtful_clauses(u, 0.6, 0.5, unscored_words(transcript))
    assert [u.text[a:b] for a, b in spans] == ["到店一次温", "有的到了12独"]
    assert "到店一次温" not in without(u.text, spans) and "12独" not in without(u.text, spans)
    transcript, u = _utterance("zh03", "u0005")
    plain = {c.text: c.share_low for c in clause_confidence(u, 0.6)}
    named = {c.text: c.share_low for c in clause_confidence(u, 0.6, unscored_words(transcript))}
    assert plain["那测试那边能田甜"] > named["那测试那边能田甜"]


def test_without_probabilities_nothing_is_in_doubt(eval_dev):
    transcript = records.load_transcript(eval_dev / "zh01_cross_dept_promo.transcript.json")
    assert all(doubtful_clauses(u, 0.6, 0.0) == [] for u in transcript.utterances)


def test_leaving_out_a_clause_keeps_the_sentence_punctuation():
    text = "好，测试这周再炮，上线没问题。眼熟目标就顶颗三季数钱，下周再看"
    assert without(text, [(2, 8)]) == "好，上线没问题。眼熟目标就顶颗三季数钱，下周再看"
    assert without(text, [(15, 26)]) == "好，测试这周再炮，上线没问题。下周再看"
    assert without(text, [(9, 14)]) == "好，测试这周再炮。眼熟目标就顶颗三季数钱，下周再看"
    assert without(text, []) is text
