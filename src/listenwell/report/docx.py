"""The report as a Word document (python-docx): headings, quote paragraphs, and each
segment chart as a small table with a bar drawn in block characters, since Word cannot
show inline SVG."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

from listenwell.report.model import QuoteView, Report, SegmentChart

MUTED = RGBColor(0x5B, 0x67, 0x70)
WARN = RGBColor(0x9A, 0x5B, 0x00)


def _quote(doc, q: QuoteView, show_theme: bool = False) -> None:  # noqa: ANN001 - docx types
    p = doc.add_paragraph(style="Quote")
    p.add_run(f"“{q.text}”")
    who = f"— {q.attribution}"
    if show_theme and q.theme:
        who += f" · {q.theme}"
    if q.clip_href:
        who += f" · clip: {q.clip_href}"
    r = doc.add_paragraph().add_run(who)
    r.font.size = Pt(9)
    r.font.color.rgb = MUTED


def _chart(doc, c: SegmentChart) -> None:  # noqa: ANN001
    table = doc.add_table(rows=1, cols=3)
    table.style = "Light List"
    hdr = table.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = f"by {c.attribute}", "participants", ""
    for b in c.bars:
        cells = table.add_row().cells
        cells[0].text = b.label
        cells[1].text = f"{b.count} of {b.total}"
        cells[2].text = "█" * round(b.share * 10) + "░" * (10 - round(b.share * 10))
    doc.add_paragraph()


def render_docx(r: Report, path: Path) -> None:
    doc = Document()
    doc.core_properties.title = r.title
    doc.core_properties.author = "listenwell"
    doc.add_heading(r.title, level=0)
    sub = f"Top findings · {r.summary} · generated {r.generated.isoformat()}"
    if r.redacted:
        sub += " · personal data redacted"
    run = doc.add_paragraph().add_run(sub)
    run.font.color.rgb = MUTED
    doc.add_heading(f"Top {len(r.findings)} findings", level=1)
    for f in r.findings:
        doc.add_heading(f"{f.rank}. {f.title}", level=2)
        doc.add_paragraph(f.statement)
        p = doc.add_paragraph()
        p.add_run(f.count_line).bold = True
        p.add_run(f" · {f.type_mix_line}")
        if f.single_voice:
            w = doc.add_paragraph().add_run(
                "Caution: this rests on a single voice. Treat it as a lead to check, not a finding."
            )
            w.font.color.rgb = WARN
        for c in f.charts:
            _chart(doc, c)
        for q in f.quotes:
            _quote(doc, q)
    for s in r.sections:
        doc.add_heading(s.title, level=1)
        doc.add_paragraph(s.intro + (f" ({s.participants} participants)" if s.participants else ""))
        if not s.quotes:
            doc.add_paragraph("Nothing here in this study.")
        for q in s.quotes:
            _quote(doc, q, show_theme=True)
    m = r.method
    doc.add_heading("Method", level=1)
    if m.goals:
        doc.add_heading("Goals", level=2)
        for g in m.goals:
            doc.add_paragraph(g, style="List Bullet")
    doc.add_heading("Who we talked to", level=2)
    doc.add_paragraph(f"{m.participants} participants in {m.interviews} interviews, {m.dates_line}.")
    for attr, counts in m.mix.items():
        table = doc.add_table(rows=1, cols=2)
        table.style = "Light List"
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = attr, "participants"
        for v, n in counts.items():
            cells = table.add_row().cells
            cells[0].text, cells[1].text = v, str(n)
        doc.add_paragraph()
    if m.guide:
        doc.add_heading("Discussion guide", level=2)
        for g in m.guide:
            doc.add_paragraph(g, style="List Number")
    doc.add_heading("Caveats", level=2)
    for c in m.caveats:
        doc.add_paragraph(c, style="List Bullet")
    doc.save(str(path))
