"""Bad sidecars read on their own: each error names the file, the line or key, and the fix."""
from __future__ import annotations

import pytest

from pipeline.errors import BadSidecar
from pipeline.sidecar import read_sidecar

CONSENT = '[consent]\nconfirmed = true\nmethod = "口头同意"\nby = "李四"\n'


def _sidecar(folder, text: str, name: str = "周会 🎤.meeting.toml"):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_toml_syntax_error_shows_the_line(tmp_path):
    path = _sidecar(tmp_path, 'title = "周例会"\nlocation = 3楼会议室\n' + CONSENT)
    with pytest.raises(BadSidecar) as caught:
        read_sidecar(path)
    message = str(caught.value)
    assert message.startswith("[E102]") and str(path) in message
    assert "line 2: location = 3楼会议室" in message
    assert "fix:" in message


@pytest.mark.parametrize("line,key", [
    ('date = "next week"', "date"),
    ('date = "2024-13-45"', "date"),
    ('start = "late afternoon"', "start"),
    ("agenda = 3", "agenda"),
    ('language = "fr"', "language"),
    ("title = 42", "title"),
    ('attendees = "张三"', "attendees"),
])
def test_wrong_types_name_the_key_and_the_fix(tmp_path, line, key):
    path = _sidecar(tmp_path, line + "\n" + CONSENT)
    with pytest.raises(BadSidecar) as caught:
        read_sidecar(path)
    message = str(caught.value)
    assert str(path) in message and key in message and "fix:" in message


def test_wrong_type_inside_consent_is_refused(tmp_path):
    path = _sidecar(tmp_path, '[consent]\nconfirmed = "yes"\n')
    with pytest.raises(BadSidecar, match="consent.confirmed"):
        read_sidecar(path)


def test_unknown_keys_are_warned_not_fatal(tmp_path):
    path = _sidecar(tmp_path, 'titel = "周例会"\n' + CONSENT)
    sidecar = read_sidecar(path)
    assert sidecar.consent_confirmed
    assert any("titel" in w and str(path) in w for w in sidecar.warnings)


def test_missing_voice_clip_is_a_warning(tmp_path):
    path = _sidecar(tmp_path, CONSENT + '[[attendees]]\nname = "张三"\nvoice = "voices/张三.wav"\n')
    sidecar = read_sidecar(path, root=tmp_path)
    assert sidecar.voices == []
    assert [a.name for a in sidecar.meeting.attendees] == ["张三"]
    assert any("voices/张三.wav" in w for w in sidecar.warnings)


@pytest.mark.parametrize("voice", ["../../etc/passwd", "/etc/passwd", "voices/../../../etc/passwd"])
def test_voice_path_outside_the_inbox_is_refused(tmp_path, voice):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = _sidecar(inbox, CONSENT + f'[[attendees]]\nname = "张三"\nvoice = "{voice}"\n')
    with pytest.raises(BadSidecar) as caught:
        read_sidecar(path, root=inbox)
    assert "outside" in str(caught.value) and voice in str(caught.value)


def test_symlink_out_of_the_inbox_is_refused(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "voices").mkdir(parents=True)
    (inbox / "voices" / "zhangsan.wav").symlink_to("/etc/passwd")
    path = _sidecar(inbox, CONSENT + '[[attendees]]\nname = "张三"\nvoice = "voices/zhangsan.wav"\n')
    with pytest.raises(BadSidecar, match="outside"):
        read_sidecar(path, root=inbox)


def test_sidecar_that_is_not_utf8_says_so(tmp_path):
    path = tmp_path / "gbk.meeting.toml"
    path.write_bytes('title = "周例会"\n'.encode("gbk"))
    with pytest.raises(BadSidecar, match="UTF-8"):
        read_sidecar(path)
