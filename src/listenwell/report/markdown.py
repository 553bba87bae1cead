"""The report as Markdown that pastes cleanly into Notion or Confluence: headings, block
quotes and pipe tables only (no HTML, no SVG, which those tools drop)."""

from __future__ import annotations

from listenwell.report.model import QuoteView, Report, SegmentChart


def md_escape(text: str) -> str:
    """Keep a quote from turning into Markdown syntax (lists, headings, emphasis, tables)."""
    out = text.replace("\\", "\\\\")
    for ch in ("*", "_", "`", "|", "<", ">", "#"):
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def md_unescape(text: str) -> str:
    out = []
    i = 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def quote_md(q: QuoteView, *, show_theme: bool = False) -> str:
    who = q.attribution
    if show_theme and q.theme:
        who += f" · {q.theme}"
    if q.clip_href:
        who += f" · [play clip]({q.clip_href})"
    return f"> “{md_escape(q.text)}”\n>\n> — {md_escape(who)}\n"


def chart_md(c: SegmentChart) -> str:
    rows = [f"| {md_escape(c.attribute)} | participants | share |", "|---|---|---|"]
    for b in c.bars:
        rows.append(f"| {md_escape(b.label)} | {b.count} of {b.total} | {round(b.share * 100)}% |")
    return "\n".join(rows) + "\n"


def render_markdown(r: Report) -> str:
    out = [f"# {md_escape(r.title)}", ""]
    line = f"Top findings · {r.summary} · generated {r.generated.isoformat()}"
    if r.redacted:
        line += " · personal data redacted"
    out += [line, "", f"## Top {len(r.findings)} findings", ""]
    for f in r.findings:
        out += [f"### {f.rank}. {md_escape(f.title)}", "", md_escape(f.statement), ""]
        out += [f"**{f.count_line}** · {f.type_mix_line}", ""]
        if f.single_voice:
            out += ["**Caution:** this rests on a single voice. Treat it as a lead to check, not a finding.", ""]
        for c in f.charts:
            out += [chart_md(c)]
        for q in f.quotes:
            out += [quote_md(q)]
    for s in r.sections:
        out += [f"## {s.title}", "", s.intro + (f" ({s.participants} participants)" if s.participants else ""), ""]
        if not s.quotes:
            out += ["Nothing here in this study.", ""]
        for q in s.quotes:
            out += [quote_md(q, show_theme=True)]
    m = r.method
    out += ["## Method", ""]
    if m.goals:
        out += ["### Goals", ""] + [f"- {md_escape(g)}" for g in m.goals] + [""]
    out += ["### Who we talked to", "", f"{m.participants} participants in {m.interviews} interviews, {m.dates_line}.", ""]
    for attr, counts in m.mix.items():
        out += [f"| {md_escape(attr)} | participants |", "|---|---|"]
        out += [f"| {md_escape(v)} | {n} |" for v, n in counts.items()] + [""]
    if m.guide:
        out += ["### Discussion guide", ""] + [f"{i}. {md_escape(g)}" for i, g in enumerate(m.guide, 1)] + [""]
    out += ["### Caveats", ""] + [f"- {c}" for c in m.caveats] + [""]
    out += ["---", "", "Every quote is verbatim from a transcript, with the participant's pseudonym and the time it was said.", ""]
    return "\n".join(out)
