"""`listenwell kit`: the interview kit as HTML, Markdown or PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from listenwell.cli.common import console, open_workspace


def kit(
    ctx: typer.Context,
    study: Annotated[str, typer.Option("--study", "-s", help="Study slug.")],
    output: Annotated[Path, typer.Option("-o", "--output",
                                         help="Where to write it: kit.html, kit.md or kit.pdf.")],
) -> None:
    """Write the one-pager an interviewer takes into the call (intro, guide, timings, notes sheet)."""
    path = open_workspace(ctx).write_kit(study, output)
    console.print(f"Wrote the interview kit to {escape(str(path))}")
