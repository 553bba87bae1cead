"""Render the coach's results: a self-contained HTML page (inline CSS, no scripts, no links
out) and Markdown, from the same dataclasses the JSON is made of."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from listenwell.analysis.coach import CoachOptions, StudyCoaching
from listenwell.analysis.coach.model import Quote
from listenwell.domain import InputError, format_timecode
from listenwell.report.output import write_text

TEMPLATES = Path(__file__).parent / "templates"
FORMATS = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}


def where(q: Quote | None) -> str:
    """Where a quote is: its time code, or its turn when the transcript is untimed."""
    if q is None:
        return ""
    return format_timecode(q.at) if q.at is not None else f"turn {q.segment + 1}"


def clip(text: str, limit: int = 400) -> str:
    """A verbatim prefix of a long quote, cut at a word and marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def pct(x: float | None) -> str:
    return "–" if x is None else f"{round(100 * x)}%"


def secs(x: float | None) -> str:
    return "–" if x is None else f"{x:.1f} s"


def trendval(x: float | None, unit: str) -> str:
    if x is None:
        return "–"
    return pct(x) if unit == "share" else f"{x:.1f}"


def dash(x: object) -> str:
    """A count that was not measured (questions not in English are not judged) as "–", not 0."""
    return "–" if x is None else str(x)


def _env(autoescape: bool) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html.j2"]) if autoescape else False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(where=where, clip=clip, pct=pct, secs=secs, tc=format_timecode,
                       trendval=trendval, dash=dash)
    return env


def render_html(result: StudyCoaching, options: CoachOptions | None = None) -> str:
    opts = options or CoachOptions()
    return _env(True).get_template("coach.html.j2").render(r=result, opts=opts)


def render_markdown(result: StudyCoaching, options: CoachOptions | None = None) -> str:
    opts = options or CoachOptions()
    return _env(False).get_template("coach.md.j2").render(r=result, opts=opts)


def report_format(path: Path) -> str:
    """"html" or "md" from the file's suffix; InputError for anything else (checked before
    any work is done)."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise InputError("the report must end in .html or .md", file=str(path))
    return kind


def write_report(result: StudyCoaching, path: Path, options: CoachOptions | None = None) -> Path:
    """Write HTML or Markdown by the file's suffix; via a temporary file, so a failure leaves
    nothing half-written."""
    kind = report_format(path)
    text = render_html(result, options) if kind == "html" else render_markdown(result, options)
    return write_text(path.resolve(), text)
