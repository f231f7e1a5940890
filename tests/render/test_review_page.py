"""The review page (<stem>.review.html) on a real meeting: the English synthetic recording
(../shared/audio/synth/en01_release_planning.flac), its transcript as the pipeline made it
(tests/data/asr/en01.transcript.json: S2 left unnamed) and the minutes extracted from it.

The page's own tests read its HTML; the browser tests open it in headless Chromium (Debian's
chromium + chromium-driver through selenium) and play the real recording. Without the browser
they skip, saying why; `make test` installs it.
"""
from __future__ import annotations

import base64
import html
import io
import re
import time
from pathlib import Path

import pytest

from pipeline import records
from pipeline.render.review_page import (AUDIO_EMBED, AUDIO_LINK, PAGE_SUFFIX, ReviewPageOptions, page_key_of,
                                         refresh_review_page, render_review_page)

import headless

ROOT = Path(__file__).resolve().parents[2]
TRANSCRIPT = ROOT / "tests" / "data" / "asr" / "en01.transcript.json"


@pytest.fixture(scope="module")
def meeting(shared) -> tuple[records.Minutes, records.Transcript, Path]:
    """(minutes extracted now, transcript, recording) of en01."""
    from pipeline.text.extract import extract

    transcript = records.load_transcript(TRANSCRIPT)
    recording = shared / "audio" / "synth" / "en01_release_planning.flac"
    assert recording.is_file() and transcript.audio.file == recording.name
    return extract(transcript), transcript, recording


def _page(tmp: Path, meeting, audio: str = AUDIO_LINK, recording: Path | None = None, **options) -> Path:
    minutes, transcript, flac = meeting
    path = tmp / f"en01{PAGE_SUFFIX}"
    render_review_page(minutes, path, transcript, recording or flac,
                       ReviewPageOptions(audio=audio, sidecar_name="en01_release_planning.meeting.toml", **options))
    return path


# --- the page itself ------------------------------------------------------------------------------


def test_the_page_is_one_file_that_needs_nothing_from_outside(tmp_path, meeting):
    text = _page(tmp_path, meeting).read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", text), "something loaded from the network"
    assert "<link rel=\"stylesheet\"" not in text and "<script src" not in text
    assert "default-src 'none'" in text  # and the page forbids any fetch but its own data
    minutes, transcript, _ = meeting
    for u in transcript.utterances:  # the whole transcript, each line with its time
        assert f'data-u="{u.id}" data-s="{u.start:.3f}"' in text
    assert text.count('class="item action"') == len(minutes.action_items)


def test_the_recording_is_linked_relative_to_the_page_and_nothing_is_copied(tmp_path, meeting, shared):
    path = _page(tmp_path, meeting)
    src = re.search(r'<audio id="audio"[^>]* src="([^"]+)"', path.read_text(encoding="utf-8")).group(1)
    assert not src.startswith(("/", "file:"))
    assert (path.parent / src).resolve() == (shared / "audio" / "synth" / "en01_release_planning.flac").resolve()
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_marks_as_in_the_draft(tmp_path, meeting):
    """Placeholders, low-confidence items and review notes are marked on the page as in the .docx."""
    minutes, transcript, flac = meeting
    if not any(a.due is None for a in minutes.action_items):  # the page is tested, not the extraction:
        minutes = records.Minutes.from_dict(minutes.to_dict())  # make sure one due is left to fill in
        minutes.action_items[-1].due = None
        minutes.action_items[-1].confidence = 0.55
    text = _page(tmp_path, (minutes, transcript, flac)).read_text(encoding="utf-8")
    low = [a for a in minutes.action_items if a.confidence < 0.6]
    missing_due = [a for a in minutes.action_items if a.due is None]
    assert low and missing_due and minutes.review  # the meeting has all three
    assert f"Low confidence ({low[0].confidence:.2f}); please check." in text
    assert text.count('<span class="ph">[to be completed]</span>') >= len(missing_due)
    for note in minutes.review:
        assert html.escape(note.why) in text


def test_text_from_the_meeting_cannot_break_the_page(tmp_path, meeting):
    minutes, transcript, flac = meeting
    hostile = "</script><script>alert(1)</script> & <b>"
    minutes = records.Minutes.from_dict({**minutes.to_dict(), "decisions": [{"text": hostile, "evidence": []}]})
    path = tmp_path / "x.review.html"
    render_review_page(minutes, path, transcript, flac)
    text = path.read_text(encoding="utf-8")
    assert hostile not in text and "&lt;/script&gt;&lt;script&gt;alert(1)" in text


def test_embed_puts_a_playable_opus_copy_of_the_recording_in_the_page(tmp_path, meeting):
    import av

    path = _page(tmp_path, meeting, audio=AUDIO_EMBED)
    text = path.read_text(encoding="utf-8")
    assert '<audio id="audio" controls preload="metadata">' in text  # no link: the copy is inside
    data = base64.b64decode(re.search(r'id="audio-data" data-mime="([^"]+)">([^<]+)<', text).group(2))
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.audio[0]
        assert stream.codec_context.name in ("opus", "libopus") and container.format.name.startswith("matroska")
        seconds = sum(frame.samples for frame in container.decode(stream)) / stream.rate
    assert abs(seconds - meeting[1].audio.duration) < 0.5
    assert len(data) < 24_000 / 8 * meeting[1].audio.duration  # about 16 kbit/s: ~7 MB an hour


def test_embed_without_audio_to_encode_links_instead_and_says_why(tmp_path, meeting):
    not_audio = tmp_path / "notes.flac"
    not_audio.write_text("not a recording", encoding="utf-8")
    minutes, transcript, _ = meeting
    page = render_review_page(minutes, tmp_path / "p.review.html", transcript, not_audio,
                              ReviewPageOptions(audio=AUDIO_EMBED))
    assert page.audio == AUDIO_LINK
    assert page.notes and "linked, not embedded" in page.notes[0] and "decoded" in page.notes[0]


def test_a_page_made_from_the_same_inputs_is_not_written_again(tmp_path, meeting):
    minutes, transcript, flac = meeting
    records.save_json(minutes, tmp_path / "en01.minutes.json")
    records.save_json(transcript, tmp_path / "en01.transcript.json")
    options = ReviewPageOptions()
    first = refresh_review_page(tmp_path, "en01", flac, "render-key-1", options)
    assert first is not None and page_key_of(first.path)
    assert refresh_review_page(tmp_path, "en01", flac, "render-key-1", options) is None
    assert refresh_review_page(tmp_path, "en01", flac, "render-key-2", options) is not None  # minutes redone
    assert refresh_review_page(tmp_path, "en01", flac, "render-key-2", ReviewPageOptions(audio=AUDIO_EMBED)) is not None


# --- in a real browser --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    reason = headless.missing()
    if reason:
        pytest.skip(f"browser tests skipped: {reason}")
    driver = headless.start(tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


def _open(browser, page: Path) -> None:
    browser.get_log("browser")  # each page starts with an empty console
    browser.get(page.as_uri())
    _wait(browser, "return document.documentElement.getAttribute('data-ready') === '1'")


def _wait(browser, script: str, seconds: float = 15.0):
    deadline = time.monotonic() + seconds
    while True:
        value = browser.execute_script(script)
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.05)


def _audio_ready(browser) -> bool:
    return _wait(browser, "return document.getElementById('audio').readyState >= 1")


def test_page_loads_without_console_errors(browser, tmp_path, meeting):
    _open(browser, _page(tmp_path, meeting))
    assert _audio_ready(browser), "the recording did not load"
    assert browser.execute_script("return document.getElementById('audio').duration") == pytest.approx(
        meeting[1].audio.duration, abs=0.5)
    assert headless.console_errors(browser) == []


def test_clicking_action_item_1_plays_from_its_first_evidence(browser, tmp_path, meeting):
    from selenium.webdriver.common.by import By

    minutes, transcript, _ = meeting
    first = {u.id: u for u in transcript.utterances}[minutes.action_items[0].evidence[0]]
    _open(browser, _page(tmp_path, meeting))
    assert _audio_ready(browser)
    browser.find_element(By.CSS_SELECTOR, "#item-action-0 .head").click()
    at = browser.execute_script("return document.getElementById('audio').currentTime")
    assert abs(at - first.start) < 0.5
    playing = browser.find_elements(By.CSS_SELECTOR, "#lines li.line.playing")
    assert [li.get_attribute("data-u") for li in playing] == [first.id]
    marked = browser.find_elements(By.CSS_SELECTOR, "#lines li.line.evidence")
    assert [li.get_attribute("data-u") for li in marked] == minutes.action_items[0].evidence
    time.sleep(1.0)  # it plays on, the line heard still highlighted
    state = browser.execute_script("var a = document.getElementById('audio'); "
                                   "return [a.paused, a.currentTime, document.querySelector('.line.playing').dataset.u]")
    assert state[0] is False and state[1] > at and state[2] == first.id
    shot = tmp_path / "review-page.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    assert headless.console_errors(browser) == []


def test_clicking_a_transcript_line_plays_it_and_playback_moves_the_highlight(browser, tmp_path, meeting):
    from selenium.webdriver.common.by import By

    transcript = meeting[1]
    _open(browser, _page(tmp_path, meeting))
    assert _audio_ready(browser)
    line = transcript.utterances[4]
    browser.find_element(By.CSS_SELECTOR, f'#lines li.line[data-u="{line.id}"]').click()
    assert abs(browser.execute_script("return document.getElementById('audio').currentTime") - line.start) < 0.5
    browser.execute_script("document.getElementById('audio').currentTime = arguments[0]", transcript.utterances[5].start + 0.3)
    assert _wait(browser, f"return document.querySelector('.line.playing').dataset.u === '{transcript.utterances[5].id}'", 5)


def test_keyboard_j_k_step_through_items_and_space_plays_and_pauses(browser, tmp_path, meeting):
    from selenium.webdriver.common.action_chains import ActionChains

    _open(browser, _page(tmp_path, meeting))
    assert _audio_ready(browser)
    selected = "return document.querySelector('.item.selected') && document.querySelector('.item.selected').id"
    items = browser.execute_script("return Array.from(document.querySelectorAll('.item')).map(e => e.id)")
    ActionChains(browser).send_keys("j").perform()
    ActionChains(browser).send_keys("j").perform()
    assert browser.execute_script(selected) == items[1]
    ActionChains(browser).send_keys("k").perform()
    assert browser.execute_script(selected) == items[0]
    browser.execute_script("document.getElementById('audio').pause()")
    browser.execute_script("document.activeElement.blur()")
    ActionChains(browser).send_keys(" ").perform()
    assert _wait(browser, "return !document.getElementById('audio').paused", 5)
    ActionChains(browser).send_keys(" ").perform()
    assert _wait(browser, "return document.getElementById('audio').paused", 5)
    assert headless.console_errors(browser) == []


def test_typing_a_speaker_name_updates_the_speakers_block(browser, tmp_path, meeting):
    from selenium.webdriver.common.by import By

    transcript = meeting[1]
    unnamed = [label for label, s in transcript.speakers.items() if not s.name]
    assert unnamed == ["S2"]
    _open(browser, _page(tmp_path, meeting))
    snippet = "return document.getElementById('speakers-snippet').value"
    assert "S2 =" not in browser.execute_script(snippet)
    field = browser.find_element(By.CSS_SELECTOR, 'input.speaker-name[data-label="S2"]')
    field.send_keys('Tom "TB" Becker')
    text = browser.execute_script(snippet)
    assert "[speakers]\nS2 = \"Tom \\\"TB\\\" Becker\"\n" in text  # TOML, quotes escaped
    assert "en01_release_planning.meeting.toml" in text and "S1 =" not in text  # voice-named ones stay as they are
    shown = {el.text for el in browser.find_elements(By.CSS_SELECTOR, '#lines .who[data-spk="S2"]')}
    assert shown == {'Tom "TB" Becker'}  # the transcript shows the name typed
    browser.find_element(By.ID, "copy-speakers").click()
    assert _wait(browser, "return document.getElementById('copied').textContent !== ''", 3)
    assert headless.console_errors(browser) == []


def test_the_embedded_copy_plays_in_the_browser(browser, tmp_path, meeting):
    from selenium.webdriver.common.by import By

    minutes, transcript, _ = meeting
    _open(browser, _page(tmp_path, meeting, audio=AUDIO_EMBED))
    assert _audio_ready(browser), "the embedded copy did not load"
    browser.find_element(By.CSS_SELECTOR, "#item-action-1 .head").click()
    first = {u.id: u for u in transcript.utterances}[minutes.action_items[1].evidence[0]]
    assert _wait(browser, "return document.getElementById('audio').seeking === false", 5)
    assert abs(browser.execute_script("return document.getElementById('audio').currentTime") - first.start) < 0.5
    assert headless.console_errors(browser) == []


def test_a_recording_no_longer_there_is_said_and_can_be_chosen(browser, tmp_path, meeting, shared):
    moved = tmp_path / "inbox" / "en01_release_planning.flac"
    moved.parent.mkdir()
    moved.write_bytes((shared / "audio" / "synth" / "en01_release_planning.flac").read_bytes())
    page = _page(tmp_path, meeting, recording=moved)
    moved.unlink()
    _open(browser, page)
    assert _wait(browser, "return document.querySelector('.player').classList.contains('no-audio')", 5)
    status = browser.execute_script("return document.getElementById('audio-status').textContent")
    assert "inbox/en01_release_planning.flac" in status and "choose" in status
    assert browser.execute_script("return getComputedStyle(document.querySelector('.player .choose')).display") != "none"


def _with_series(meeting) -> records.Minutes:
    """en01's minutes as a meeting of a series: an earlier meeting's two open items (one updated here,
    one not mentioned), a review note on the update and a 核心争议点 on a topic."""
    minutes, transcript, _ = meeting
    said = transcript.utterances[20]
    obj = minutes.to_dict()
    obj["follow_up"] = [
        {"task": "Draft the migration plan", "meeting": "v4.1 Release Planning", "meeting_date": "2025-10-06",
         "owner": "Bob Kim", "due": "2025-10-10", "status": "in_progress",
         "update": {"status": "done", "said": said.text, "evidence": [said.id], "confidence": 0.7}},
        {"task": "Book the load-test environment", "meeting": "v4.1 Release Planning", "meeting_date": "2025-10-06",
         "owner": None, "due": None, "status": "not_started", "update": None}]
    obj["review"] = obj["review"] + [{"where": "follow_up[0]", "why": "Status read from what was said; please check"}]
    obj["topics"][1]["controversies"] = [{"text": "Whether to skip the beta", "evidence": [transcript.utterances[8].id],
                                          "sides": []}]
    return records.Minutes.from_dict(obj)


def test_a_series_follow_up_and_disagreements_are_on_the_page_as_in_the_draft(tmp_path, meeting):
    _, transcript, flac = meeting
    path = tmp_path / "series.review.html"
    render_review_page(_with_series(meeting), path, transcript, flac)
    text = path.read_text(encoding="utf-8")
    headings = re.findall(r"<h2>([^<]+)</h2>", text)
    assert headings[:4] == ["1. Meeting information", "2. Follow-up of previous actions", "3. Agenda and discussion",
                            "4. Decisions"]
    assert f'id="item-follow-0" tabindex="0" data-ev="{transcript.utterances[20].id}"' in text
    assert '<li data-target="item-follow-0"><b>Follow-up 1</b>' in text  # the open item leads to it
    assert "not mentioned" in text and '<span class="low">done</span>' in text
    assert "Points of disagreement" in text and "Whether to skip the beta" in text


def test_clicking_a_follow_up_plays_what_was_said_about_it(browser, tmp_path, meeting):
    from selenium.webdriver.common.by import By

    _, transcript, flac = meeting
    path = tmp_path / "series.review.html"
    render_review_page(_with_series(meeting), path, transcript, flac)
    _open(browser, path)
    assert _audio_ready(browser)
    browser.find_element(By.CSS_SELECTOR, "#item-follow-0 .head").click()
    at = browser.execute_script("return document.getElementById('audio').currentTime")
    assert abs(at - transcript.utterances[20].start) < 0.5
    assert headless.console_errors(browser) == []
