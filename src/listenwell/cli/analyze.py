"""`listenwell analyze --study S`: find or update a study's themes."""

from __future__ import annotations

from typing import Annotated

import typer

from listenwell.cli.common import console, open_workspace, print_json, progress_bar

StudyOpt = Annotated[str, typer.Option("--study", "-s", help="Study slug.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]


def analyze(
    ctx: typer.Context, study: StudyOpt, as_json: JsonOpt = False,
    fresh: Annotated[bool, typer.Option(
        "--fresh", help="Regroup everything the analysis placed; keep only people's decisions "
                        "(moved statements; named, pinned or hidden themes).")] = False,
) -> None:
    """Group participant statements into themes (keeps earlier themes and people's edits)."""
    ws = open_workspace(ctx)
    with progress_bar("Analysing", transient=True) as progress:
        result = ws.analyze(study, progress, fresh=fresh)
    if as_json:
        print_json(result)
        return
    console.print(
        f"{result.statements} statements from {result.interviews} interviews → "
        f"[bold]{result.themes}[/] themes ({result.new_themes} new, "
        f"{result.joined_existing} statements joined existing themes), "
        f"{result.outliers} outliers; {result.embedded} embedded, {result.cached} from cache."
    )
    views = ws.themes(study, include_hidden=False)
    for v in views[:10]:
        flag = (" [yellow](single voice)[/]" if v.evidence.single_voice else
                " [yellow](mostly one voice)[/]" if v.evidence.mostly_one_voice else "")
        console.print(f"  #{v.id} [bold]{v.title}[/] — {v.evidence.participant_count} participants,"
                      f" {v.evidence.mentions} statements{flag}")
    if len(views) > 10:
        console.print(f"  … {len(views) - 10} more: listenwell themes list --study {study}")
