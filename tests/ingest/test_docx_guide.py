"""A guide written in Word keeps its numbered questions' numbers, as Word shows them."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from listenwell.analysis.guide import parse_guide
from listenwell.ingest.docx_reader import guide_markdown

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _numbered_list(d, num_id: int, formats: list[tuple[str, str]]) -> None:  # noqa: ANN001
    """A list definition as Google Docs writes one: each level its format and label."""
    levels = "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                     f'<w:lvlText w:val="{text}"/></w:lvl>' for k, (fmt, text) in enumerate(formats))
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{num_id}">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))


def _item(d, text: str, num_id: int, level: int) -> None:  # noqa: ANN001
    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _doc_bytes(d) -> bytes:  # noqa: ANN001
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_numbers_and_letters_of_a_word_list_are_kept_and_counted_as_word_counts_them() -> None:
    d = docx.Document()
    _numbered_list(d, 41, [("decimal", "%1."), ("lowerLetter", "%2)"), ("bullet", "\u2022")])
    d.add_heading("Ordering", 1)
    _item(d, "Tell me about your last order.", 41, 0)
    _item(d, "What happened next?", 41, 1)
    _item(d, "Who else was involved?", 41, 1)
    _item(d, "Anything else?", 41, 2)
    _item(d, "What got in the way?", 41, 0)
    _item(d, "How did you get round it?", 41, 1)  # the letters start again under a new number
    d.add_paragraph("How did you pay?", style="List Bullet")
    guide = parse_guide(guide_markdown(_doc_bytes(d), "guide.docx"), "guide.docx")
    first, second, third = guide.sections[0].items
    assert (first.number, first.text) == ("1.", "Tell me about your last order.")
    assert [(f.number, f.text) for f in first.followups] == [
        ("a)", "What happened next?"), ("b)", "Who else was involved?"), (None, "Anything else?")]
    assert (second.number, [f.number for f in second.followups]) == ("2.", ["a)"])
    assert third.number is None  # a bullet has none


def test_a_list_number_style_is_counted_too() -> None:
    d = docx.Document()
    d.add_heading("Paying", 1)
    for text in ["How did you pay?", "What did it cost?", "Walk me through the receipt."]:
        d.add_paragraph(text, style="List Number")
    guide = parse_guide(guide_markdown(_doc_bytes(d), "guide.docx"), "guide.docx")
    assert [q.number for q in guide.sections[0].items] == ["1.", "2.", "3."]


def test_each_word_paragraph_of_notes_stays_a_note_of_its_own() -> None:
    d = docx.Document()
    d.add_heading("Library visits: discussion guide", 0)
    d.add_paragraph("Outreach team · Jo Pike · draft 2 · 30 minutes")
    d.add_paragraph("Interviewer notes: speak slowly and check the recorder.")
    d.add_heading("Your visits", 1)
    d.add_paragraph("Bring the printed timetable.")
    d.add_paragraph("Keep the map folded until asked.")
    d.add_paragraph("When did you last visit the library?")
    d.add_paragraph("What did you go there for?")
    guide = parse_guide(guide_markdown(_doc_bytes(d), "guide.docx"), "guide.docx")
    assert guide.notes == ["Outreach team · Jo Pike · draft 2 · 30 minutes",
                           "Interviewer notes: speak slowly and check the recorder."]
    visits = guide.sections[0]
    assert visits.notes == ["Bring the printed timetable.", "Keep the map folded until asked."]
    assert [q.text for q in visits.questions] == ["When did you last visit the library?", "What did you go there for?"]


def test_a_markdown_paragraph_wrapped_over_lines_stays_whole() -> None:
    guide = parse_guide("# Guide\n\nSpeak slowly and\ncheck the recorder.\n\n## Visits\n- When did you last go?\n", "g.md")
    assert guide.notes == ["Speak slowly and check the recorder."]
