"""`listenwell demo`: build a workspace from the bundled sample study, run the main job on it
(transcribe its recording, find the themes, coach the interviewers) and write the report."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from listenwell.cli.common import console, counted, open_workspace, progress_bar
from listenwell.services.demo import SAMPLE_DIR, load_sample


def demo(
    ctx: typer.Context,
    transcribe: Annotated[bool, typer.Option(help="Transcribe the sample recording on the fly.")] = True,
    report: Annotated[bool, typer.Option(help="Find the themes and write the HTML report.")] = True,
) -> None:
    """Load the sample study (Checkout drop-off), analyse it and write its report."""
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
    console.print(f"{counted(len(ws.participants(study.slug)), 'participant')}, {counted(len(interviews), 'interview')}")
    if not report:
        return
    with progress_bar("Finding themes") as progress:
        result = ws.analyze(study.slug, progress)
    path = ws.root / "report.html"
    with progress_bar("Writing report") as progress:
        report_model = ws.report(study.slug, path, progress=progress)
    top = Table("#", "theme", "participants", "share", "mostly", "flag",
                title="Top themes (ranked as in the report: participants × how much it hurts)")
    for f in report_model.findings:
        mostly = max(f.type_mix, key=f.type_mix.get).replace("_", " ") if f.type_mix else ""
        top.add_row(str(f.rank), f.title, str(f.participants), f"{f.share:.0%}", mostly,
                    "single voice" if f.single_voice else "")
    console.print(top)
    console.print(f"{result.themes} themes from {result.statements} statements; "
                  f"{result.outliers} outliers kept "
                  f"(`listenwell -w {ws.root} themes list --study {study.slug}`)")
    console.print(f"\nReport: [bold]{path}[/]")
    console.print(f"Next: listenwell -w {ws.root} serve   (the web workspace)")
