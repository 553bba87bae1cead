"""`listenwell demo`: build a workspace from the bundled sample study and show what it holds."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from listenwell.cli.common import console, open_workspace, progress_bar
from listenwell.services.demo import SAMPLE_DIR, load_sample


def demo(
    ctx: typer.Context,
    transcribe: Annotated[bool, typer.Option(help="Transcribe the sample recording on the fly.")] = True,
) -> None:
    """Load the sample study (Checkout drop-off) into the workspace and summarise it."""
    ws = open_workspace(ctx)
    with progress_bar("Loading sample study") as progress:
        study = load_sample(ws, SAMPLE_DIR, progress=progress, transcribe=transcribe)
    console.print(f"\nWorkspace: [bold]{ws.root}[/]")
    console.print(f"Study [bold]{study.title}[/] ({study.slug})")
    for g in study.goals:
        console.print(f"  goal: {g}")
    interviews = ws.interviews(study.slug)
    table = Table("id", "title", "format", "participant", "interviewer", "turns")
    for i in interviews:
        table.add_row(str(i.id), i.title, i.source_format or "", ", ".join(i.participants),
                      ", ".join(i.interviewers), str(len(i.segments)))
    console.print(table)
    console.print(f"{len(ws.participants(study.slug))} participants, {len(interviews)} interviews")
