"""`listenwell search "pricing"`: full-text search over statements, notes and highlights."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from listenwell.cli.common import console, open_workspace, print_json
from listenwell.domain.timecode import format_timecode
from listenwell.services.search import SearchFilters, parse_date


def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="Words to look for (all must occur).")],
    study: Annotated[str | None, typer.Option("--study", help="Only this study (slug).")] = None,
    segment: Annotated[str | None, typer.Option("--segment", help="Roster segment: value or attr=value.")] = None,
    theme: Annotated[int | None, typer.Option("--theme", help="Only statements in this theme id.")] = None,
    insight: Annotated[str | None, typer.Option("--type", help="Insight type, e.g. pain_point.")] = None,
    since: Annotated[str | None, typer.Option("--from", help="Interviews on or after this date.")] = None,
    until: Annotated[str | None, typer.Option("--to", help="Interviews on or before this date.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many results.")] = 20,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Search every study's statements, notes and highlights."""
    filters = SearchFilters(study=study, segment=segment, theme=theme, insight_type=insight,
                            date_from=parse_date(since, "--from"), date_to=parse_date(until, "--to"),
                            limit=limit)
    hits = open_workspace(ctx).search(query, filters)
    if json_:
        print_json([h.to_dict() for h in hits])
        return
    if not hits:
        console.print("No results.")
        return
    table = Table("Where", "Who", "When", "What", show_lines=False)
    for h in hits:
        text = "".join(f"[bold yellow]{escape(t)}[/]" if m else escape(t) for t, m in h.parts)
        table.add_row(f"{escape(h.study)} · {escape(h.interview_title)}", escape(h.participant or ""),
                      format_timecode(h.start), f"{text}  [dim]({h.kind})[/]")
    console.print(table)
