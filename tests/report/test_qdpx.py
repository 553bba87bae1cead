import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from listenwell.domain.errors import InputError
from listenwell.report.qdpx import (
    QdaCase, QdaCode, QdaProject, QdaSelection, QdaSource, interview_text, locate, parse_interview_text,
    read_qdpx, stable_guid, write_qdpx,
)
from listenwell.domain.model import Segment


def sample_project() -> QdaProject:
    root, child = stable_guid("c", 1), stable_guid("c", 2)
    text, offsets = interview_text([("Interviewer", Segment("I", "Tell me more?", 1.5), "Tell me more?"),
                                    ("P1", Segment("A", "It froze — twice, ümlaut.", 3.25), "It froze — twice, ümlaut.")])
    src = QdaSource(stable_guid("s", 1), "Interview 1", text,
                    [QdaSelection(stable_guid("h", 1), offsets[1], offsets[1] + 8, [child])])
    return QdaProject("Study", [QdaCode(root, "Themes"), QdaCode(child, "Froze", root, "desc")], [src],
                      [QdaCase(stable_guid("case", 1), "P1", [src.guid], values={"plan": "pro"})])


def test_write_then_read_is_identical(tmp_path):
    p = sample_project()
    write_qdpx(p, tmp_path / "a.qdpx")
    with zipfile.ZipFile(tmp_path / "a.qdpx") as z:
        names = z.namelist()
        xml = z.read("project.qde").decode()
    assert "project.qde" in names and f"sources/{p.sources[0].guid}.txt" in names
    assert 'xmlns="urn:QDA-XML:project:1.0"' in xml and "<CodeRef targetGUID=" in xml
    back = read_qdpx(tmp_path / "a.qdpx")
    assert back.comparable() == p.comparable()
    sel = back.sources[0].selections[0]
    assert back.sources[0].text[sel.start:sel.end] == "It froze"
    assert back.cases[0].sources == [p.sources[0].guid]
    assert back.cases[0].values == {"plan": "pro"}  # segment columns travel as case variables


def test_interview_text_parses_back():
    p = sample_project()
    segs, offsets = parse_interview_text(p.sources[0].text)
    assert [s.speaker for s in segs] == ["Interviewer", "P1"]
    assert segs[1].text == "It froze — twice, ümlaut." and segs[1].start == 3.25
    assert locate(offsets, [len(s.text) for s in segs], offsets[1] + 3, offsets[1] + 8) == (1, 3, 8)


@pytest.mark.parametrize("xml", [
    b"<not-xml",
    b'<?xml version="1.0"?><Other xmlns="urn:QDA-XML:project:1.0"/>',
    b'<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="bad" name="s"/></Sources></Project>',
])
def test_invalid_projects_are_input_errors(tmp_path, xml):
    path = tmp_path / "bad.qdpx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("project.qde", xml)
    with pytest.raises(InputError):
        read_qdpx(path)


def test_not_a_zip(tmp_path):
    (tmp_path / "x.qdpx").write_text("hello")
    with pytest.raises(InputError, match="zip"):
        read_qdpx(tmp_path / "x.qdpx")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_property_any_qde_bytes_give_project_or_input_error(tmp_path, data):
    path = tmp_path / "p.qdpx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("project.qde", data)
    try:
        read_qdpx(path)
    except InputError:
        pass


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_property_any_file_bytes(tmp_path, data):
    path = tmp_path / "q.qdpx"
    path.write_bytes(data)
    try:
        read_qdpx(path)
    except InputError:
        pass
