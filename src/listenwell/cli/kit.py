"""`listenwell kit`: the interview kit as HTML, Markdown or PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from listenwell.cli.common import console, counted, open_workspace, with_workspace


def kit(
    ctx: typer.Context,
    study: Annotated[str, typer.Option("--study", "-s", help="Study slug.")],
    output: Annotated[Path, typer.Option("-o", "--output",
                                         help="Where to write it: kit.html, kit.md or kit.pdf.")],
) -> None:
    """Write the one-pager an interviewer takes into the call: the guide as written, with its own
    sections and times, an intro script and closing where it has none, and a notes sheet."""
    kit = open_workspace(ctx).write_kit(study, output)
    console.print(f"Wrote the interview kit to {escape(str(output))} (about {kit.total_minutes} minutes).")
    for warning in kit.warnings:
        console.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False)
    if kit.flagged or kit.flagged_probes:
        hint = with_workspace(ctx, f"`listenwell guide check --study {study}`")
        # in the units `guide check` counts: main questions, and the guide's probes apart
        probes = f" and {kit.flagged_probes} of {counted(kit.probes_asked, 'probe')}" if kit.flagged_probes else ""
        console.print(f"{kit.flagged} of {counted(kit.asked, 'question')}{probes} have problems the check found; the kit prints "
                      f"them as written, each with the check's note: see {escape(hint)}.", highlight=False)
