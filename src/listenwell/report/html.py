"""The report as one self-contained HTML file: inline CSS and SVG, no scripts, no fonts or
images fetched from anywhere, readable on a phone and printable (the same HTML feeds the PDF)."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

from listenwell.report.charts import segment_chart_svg
from listenwell.report.model import Report


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("listenwell.report", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["chart"] = segment_chart_svg
    return env


def render_html(report: Report) -> str:
    return _env().get_template("report.html.j2").render(r=report)
