"""The report as PDF: the HTML report laid out by WeasyPrint with its print CSS."""

from __future__ import annotations

from pathlib import Path

from listenwell.report.html import render_html
from listenwell.report.model import Report


def render_pdf(report: Report, path: Path) -> None:
    try:
        from weasyprint import HTML
    except ImportError as exc:  # pragma: no cover - weasyprint is a runtime dependency
        from listenwell.domain.errors import MissingDependency

        raise MissingDependency("PDF output needs WeasyPrint: pip install weasyprint") from exc
    # base_url is a local folder so nothing is fetched from the network; the HTML holds
    # everything inline anyway.
    HTML(string=render_html(report), base_url=str(Path(path).parent)).write_pdf(str(path))
