"""Pick the renderer from the output file's extension and write atomically."""

from __future__ import annotations

from pathlib import Path

from listenwell.domain.errors import InputError
from listenwell.report.model import Report
from listenwell.report.output import atomic_path

FORMATS = {".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx", ".md": "md", ".markdown": "md"}


def report_format(path: Path) -> str:
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise InputError(
            "unknown report format; use .html, .pdf, .docx or .md", file=str(path)
        )
    return fmt


def write_report(report: Report, path: Path) -> Path:
    fmt = report_format(path)
    with atomic_path(Path(path)) as tmp:
        if fmt == "html":
            from listenwell.report.html import render_html

            tmp.write_text(render_html(report), encoding="utf-8")
        elif fmt == "md":
            from listenwell.report.markdown import render_markdown

            tmp.write_text(render_markdown(report), encoding="utf-8")
        elif fmt == "pdf":
            from listenwell.report.pdf import render_pdf

            render_pdf(report, tmp)
        else:
            from listenwell.report.docx import render_docx

            render_docx(report, tmp)
    return Path(path)
