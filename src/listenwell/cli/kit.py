"""`listenwell kit`: the interview kit as HTML, Markdown or PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from listenwell.cli.common import console, counted, open_workspace, with_workspace
from listenwell.domain import InputError


def kit(
    ctx: typer.Context,
    study: Annotated[str, typer.Option("--study", "-s", help="Study slug.")],
    output: Annotated[Path, typer.Option("-o", "--output",
                                         help="Where to write it: kit.html, kit.md or kit.pdf.")],
    paper: Annotated[str, typer.Option("--paper", help="The printed page of the .html and .pdf: a4 or letter "
                                                        "(US Letter).")] = "a4",
    large_print: Annotated[bool, typer.Option("--large-print", help="Large print in the .html and .pdf: a 14 pt "
                                              "body, nothing smaller than 12 pt, notes in black.")] = False,
) -> None:
    """Write the one-pager an interviewer takes into the call: the guide as written, with its own
    sections and times, an intro script and closing where it has none, and a notes sheet."""
    sizes = {"a4": "A4", "letter": "letter"}
    if paper.lower() not in sizes:
        raise InputError(f"--paper {paper!r}: one of a4, letter")
    kit = open_workspace(ctx).write_kit(study, output, paper=sizes[paper.lower()], large_print=large_print)
    console.print(f"Wrote the interview kit to {escape(str(output))} (about {kit.total_minutes} minutes).")
    for warning in kit.warnings:
        console.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False)
    if kit.flagged or kit.flagged_probes:
        hint = with_workspace(ctx, f"`listenwell guide check --study {study}`")
        # in the units `guide check` counts: main questions, and the guide's probes apart
        probes = f" and {kit.flagged_probes} of {counted(kit.probes_asked, 'probe')}" if kit.flagged_probes else ""
        console.print(f"{kit.flagged} of {counted(kit.asked, 'question')}{probes} have problems the check found; the kit prints "
                      f"them as written, each with the check's note: see {escape(hint)}.", highlight=False)
    if kit.undrawn:
        # the PDF is written, but lines of it print as empty boxes: not one to hand out (exit 3)
        raise typer.Exit(3)
