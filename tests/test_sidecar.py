"""Sidecars as recorders write them: dates in their own format, attendees as a plain list of names."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import BadSidecar
from pipeline.sidecar import read_sidecar

CONSENT = '[consent]\nconfirmed = true\nmethod = "会前口头告知,全体同意"\nby = "潘婷"\n'


def _sidecar(folder: Path, text: str) -> Path:
    path = folder / "周例会.meeting.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("written", ['"2025年6月12日"', '"2025/6/12"', '"2025.06.12"', '"2025-6-12"',
                                     '" 2025 年 6 月 12 号 "', "2025-06-12", "2025-06-12T10:00:00"])
def test_a_date_written_year_first_in_any_usual_way_is_read(tmp_path: Path, written: str):
    sidecar = read_sidecar(_sidecar(tmp_path, f"date = {written}\n" + CONSENT))
    assert sidecar.meeting.date == "2025-06-12" and sidecar.date_from == "sidecar"


@pytest.mark.parametrize("written,fix", [
    ('"03/14/2025"', "date = 2025-03-14"),  # only one reading: month first
    ('"14.03.2025"', "date = 2025-03-14"),  # only one reading: day first
    ('"04/05/2025"', "date = 2025-04-05 or date = 2025-05-04"),  # either: not guessed
    ('"2025年13月1日"', "e.g. date = 2024-08-12"),
])
def test_a_date_not_written_year_first_is_refused_with_the_date_to_write(tmp_path: Path, written: str, fix: str):
    path = _sidecar(tmp_path, f"date = {written}\n" + CONSENT)
    with pytest.raises(BadSidecar) as caught:
        read_sidecar(path)
    message = str(caught.value)
    assert str(path) in message and written.strip('"') in message and fix in message


def test_attendees_as_a_plain_list_of_names(tmp_path: Path):
    sidecar = read_sidecar(_sidecar(tmp_path, 'attendees = ["Laura", "Mark", "林晓"]\nabsent = ["王磊"]\n' + CONSENT))
    assert [a.name for a in sidecar.meeting.attendees] == ["Laura", "Mark", "林晓"]
    assert all(a.department is None for a in sidecar.meeting.attendees)
    assert [a.name for a in sidecar.meeting.absent] == ["王磊"]


def test_attendees_neither_tables_nor_names_say_both_ways_to_write_them(tmp_path: Path):
    path = _sidecar(tmp_path, "attendees = [1, 2]\n" + CONSENT)
    with pytest.raises(BadSidecar) as caught:
        read_sidecar(path)
    assert "[[attendees]]" in str(caught.value) and 'attendees = ["林晓", "王磊"]' in str(caught.value)


def test_a_sidecar_saved_as_utf8_with_bom_is_read(tmp_path: Path):
    """Windows Notepad's "UTF-8 with BOM": the mark is no TOML syntax error at line 1, column 1."""
    path = tmp_path / "周例会.meeting.toml"
    path.write_bytes(("title = \"周例会\"\n" + CONSENT).encode("utf-8-sig"))
    assert read_sidecar(path).meeting.title == "周例会"


@pytest.mark.parametrize("line,fix", [
    ("confirmed = True", "write true or false in lowercase"),
    ("confirmed = yes", "write true or false in lowercase"),
    ("title = “周例会”", "English input mode"),
    ("title ＝ \"周例会\"", "English input mode"),
    ("title = 周例会", 'strings need quotes, e.g. title = "周例会"'),
])
def test_the_usual_typing_slips_get_their_own_fix(tmp_path: Path, line: str, fix: str):
    path = _sidecar(tmp_path, CONSENT.replace("confirmed = true", line) if "confirmed" in line else line + "\n" + CONSENT)
    with pytest.raises(BadSidecar) as caught:
        read_sidecar(path)
    assert f"fix: {fix}" in str(caught.value) or fix in str(caught.value).split("fix:")[1]


def test_a_gbk_sidecar_says_how_to_save_it_as_utf8(tmp_path: Path):
    path = tmp_path / "周例会.meeting.toml"
    path.write_bytes(('title = "周例会"\n' + CONSENT).encode("gbk"))
    with pytest.raises(BadSidecar) as caught:
        read_sidecar(path)
    assert "GBK" in str(caught.value) and "Encoding: UTF-8" in str(caught.value)


def test_a_misspelt_or_capitalised_key_is_warned_with_the_right_spelling(tmp_path: Path):
    path = _sidecar(tmp_path, 'Title = "周会"\n[Consent]\nconfirmed = true\n'
                              '[[attendee]]\nname = "林晓"\n[[attendees]]\nname = "王磊"\ndepartmnet = "销售部"\n')
    sidecar = read_sidecar(path)
    assert not sidecar.consent_confirmed  # [Consent] is not [consent]: consent is never guessed
    said = "\n".join(sidecar.warnings)
    for wrong, right in (("Title", "title"), ("Consent", "consent"), ("attendee", "attendees"),
                         ("departmnet", "department")):
        assert f"unknown key '{wrong}'" in said and f"did you mean '{right}'?" in said


def test_consent_written_as_a_single_value_shows_the_table_to_write(tmp_path: Path):
    with pytest.raises(BadSidecar) as caught:
        read_sidecar(_sidecar(tmp_path, "consent = true\n"))
    assert "[consent], then confirmed = true" in str(caught.value)


@pytest.mark.parametrize("written,code", [("ZH", "zh"), ("zh-CN", "zh"), ("中文", "zh"), ("Chinese", "zh"),
                                          ("普通话", "zh"), ("en_US", "en"), ("English", "en"), ("英文", "en")])
def test_a_language_named_as_people_name_it_is_read(tmp_path: Path, written: str, code: str):
    assert read_sidecar(_sidecar(tmp_path, f'language = "{written}"\n' + CONSENT)).language == code


@pytest.mark.parametrize("written,clock", [("14:00", "14:00"), ("14：00", "14:00"), ("9:30", "09:30"),
                                           ("下午2点", "14:00"), ("14点30分", "14:30"), ("下午2点半", "14:30"),
                                           ("2:30 pm", "14:30"), ("2pm", "14:00"), ("上午10点", "10:00")])
def test_a_start_time_typed_as_people_type_it_is_read(tmp_path: Path, written: str, clock: str):
    assert read_sidecar(_sidecar(tmp_path, f'start = "{written}"\n' + CONSENT)).meeting.start == clock


@pytest.mark.parametrize("written", ["14", "late afternoon", "25:00"])
def test_a_start_time_that_is_no_clock_time_is_refused(tmp_path: Path, written: str):
    with pytest.raises(BadSidecar, match='a time like "14:00"'):
        read_sidecar(_sidecar(tmp_path, f'start = "{written}"\n' + CONSENT))


def test_a_windows_voice_path_is_read_and_a_backslash_in_double_quotes_gets_its_fix(tmp_path: Path, shared_audio: Path):
    import shutil

    (tmp_path / "voices").mkdir()
    shutil.copyfile(shared_audio / "synth" / "voices" / "zh01_cross_dept_promo" / "林晓.flac", tmp_path / "voices" / "林晓.flac")
    sidecar = read_sidecar(_sidecar(tmp_path, CONSENT + "[[attendees]]\nname = \"林晓\"\nvoice = 'voices\\林晓.flac'\n"))
    assert [v.path for v in sidecar.voices] == [(tmp_path / "voices" / "林晓.flac").resolve()] and not sidecar.warnings
    with pytest.raises(BadSidecar) as caught:
        read_sidecar(_sidecar(tmp_path, CONSENT + '[[attendees]]\nname = "林晓"\nvoice = "voices\\林晓.flac"\n'))
    assert 'voice = "voices/林晓.flac"' in str(caught.value)


def test_a_series_ties_meetings_together_from_the_sidecar_or_the_folders_meeting_toml(tmp_path: Path):
    own = _sidecar(tmp_path, 'series = "周例会"\n' + CONSENT)
    assert read_sidecar(own).meeting.extra["series"] == "周例会"
    assert read_sidecar(own).warnings == []  # a known key
    (tmp_path / "meeting.toml").write_text('series = "产品周会"\n' + CONSENT, encoding="utf-8")
    second = tmp_path / "2024-08-13.meeting.toml"
    second.write_text('title = "第二次"\n' + CONSENT, encoding="utf-8")
    recording = tmp_path / "2024-08-13.m4a"
    assert read_sidecar(second, recording=recording).meeting.extra["series"] == "产品周会"  # the folder's
    assert read_sidecar(own, recording=tmp_path / "x.m4a").meeting.extra["series"] == "周例会"  # its own wins
    assert "series" not in read_sidecar(_sidecar(tmp_path, CONSENT)).meeting.extra


ROLES = """[[attendees]]
name = "周凯"
role = "decision-maker"
email = "zhoukai@example.com"

[[attendees]]
name = "赵敏"
role = "列席"

[[attendees]]
name = "林晓"
email = "林晓 at example"
"""


def test_roles_and_email_per_attendee(tmp_path: Path):
    sidecar = read_sidecar(_sidecar(tmp_path, ROLES + CONSENT))
    zhou, zhao, lin = sidecar.meeting.attendees
    assert (zhou.role, zhou.email) == ("decision-maker", "zhoukai@example.com")
    assert (zhao.role, zhao.email) == ("observer", None)  # the Chinese word is read as the role
    assert (lin.role, lin.email) == (None, None)
    assert any("attendees[2].email" in w and "not an e-mail address" in w for w in sidecar.warnings)
    assert not any("unknown key" in w for w in sidecar.warnings)
    assert zhou.to_dict() == {"name": "周凯", "department": None, "title": None, "email": "zhoukai@example.com",
                              "role": "decision-maker"}
    assert lin.to_dict() == {"name": "林晓", "department": None, "title": None}  # no new keys where none given


def test_an_unknown_role_is_refused_with_the_two_roles(tmp_path: Path):
    path = _sidecar(tmp_path, '[[attendees]]\nname = "周凯"\nrole = "boss"\n' + CONSENT)
    with pytest.raises(BadSidecar) as caught:
        read_sidecar(path)
    assert "attendees[0].role" in str(caught.value) and 'role = "decision-maker"' in caught.value.fix
    assert 'role = "observer"' in caught.value.fix
