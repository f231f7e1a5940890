"""Apostrophes a typist or recognizer left out (pipeline/text/spelling.py)."""
from pipeline import records
from pipeline.text import spelling


def _transcript(*texts: str, language: str = "en") -> records.Transcript:
    return records.Transcript(language=language, meeting=records.Meeting(title="t", date="2026-11-19"),
                              speakers={"S1": records.Speaker(name="A")},
                              utterances=[records.Utterance(id=f"u{i}", speaker="S1", start=i, end=i + 1, text=t)
                                          for i, t in enumerate(texts)])


def test_a_transcript_written_without_apostrophes_gets_its_contractions_back():
    t = spelling.restore_apostrophes(_transcript(
        "yep ill ring em first thing tomorrow", "thats fine theyre flat out", "Dont worry, lets go"))
    assert [u.text for u in t.utterances] == [
        "yep I'll ring em first thing tomorrow", "that's fine they're flat out", "Don't worry, let's go"]


def test_a_transcript_with_its_apostrophes_is_left_as_it_is():
    texts = ("She's ill today, I'll cover", "ill patients go to bay two", "thats the rota")
    assert [u.text for u in spelling.restore_apostrophes(_transcript(*texts)).utterances] == list(texts)


def test_one_bare_word_is_not_enough_and_chinese_is_never_touched():
    assert spelling.restore_apostrophes(_transcript("the ill effects of the delay")).utterances[0].text \
        == "the ill effects of the delay"
    zh = _transcript("im dont thats", "ill", language="zh")
    assert spelling.restore_apostrophes(zh) is zh
