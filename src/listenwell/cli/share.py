"""`listenwell report | quotes | clip | reel | export | import-qdpx`: sharing findings.

Every command here writes something that may leave the machine, so every one redacts by
default (``--no-redact`` turns it off explicitly) and takes ``--redact-terms FILE``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from listenwell.cli.common import console, counted, open_workspace, print_json, progress_bar
from listenwell.services.share import EXPORT_FORMATS, ShareOptions, guess_export_format, read_terms

StudyOpt = Annotated[str, typer.Option("--study", "-s", help="Study slug.")]
OutOpt = Annotated[Path, typer.Option("--output", "-o", help="Output file.")]
NoRedact = Annotated[bool, typer.Option("--no-redact", help="Do NOT redact personal data (names, emails, phones...).")]
Terms = Annotated[Optional[Path], typer.Option("--redact-terms", help="File with extra terms to redact, one a line.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]


def _options(no_redact: bool, terms: Optional[Path], **kw: object) -> ShareOptions:
    return ShareOptions(redact=not no_redact, terms=read_terms(terms), **kw)  # type: ignore[arg-type]


def report_cmd(
    ctx: typer.Context, study: StudyOpt, output: OutOpt,
    top: Annotated[int, typer.Option(min=1, max=20, help="How many findings.")] = 5,
    no_clips: Annotated[bool, typer.Option("--no-clips", help="HTML: do not cut clips for the quotes.")] = False,
    embed_clips: Annotated[bool, typer.Option("--embed-clips", help="HTML: put the clips inside the one file (larger).")] = False,
    no_redact: NoRedact = False, redact_terms: Terms = None,
) -> None:
    """Write the top-findings report: .html, .pdf, .docx or .md (from the extension)."""
    ws = open_workspace(ctx)
    with progress_bar("Report", transient=True) as progress:
        report = ws.report(study, output, _options(no_redact, redact_terms, top=top, clips=not no_clips, embed_clips=embed_clips), progress)
    console.print(f"[green]wrote[/] {escape(str(output))} ({counted(len(report.findings), 'finding')}, {counted(len(report.all_quotes()), 'verbatim quote')})")


def quotes_cmd(
    ctx: typer.Context, study: StudyOpt, output: Annotated[Optional[Path], typer.Option("--output", "-o", help=".csv or .md; omitted: print")] = None,
    theme: Annotated[Optional[str], typer.Option(help="Theme id or name.")] = None,
    kind: Annotated[Optional[str], typer.Option("--type", help="Insight type: pain_point, workaround, need, feature_request, worry, praise, emotion.")] = None,
    no_redact: NoRedact = False, redact_terms: Terms = None, as_json: JsonOpt = False,
) -> None:
    """The quote bank: verbatim quotes with participant, interview, time and theme."""
    ws = open_workspace(ctx)
    opts = _options(no_redact, redact_terms)
    if output is not None:
        ws.write_quotes(study, output, theme=theme, kind=kind, options=opts)
        console.print(f"[green]wrote[/] {escape(str(output))}")
        return
    quotes = ws.quotes(study, theme=theme, kind=kind, options=opts)
    if as_json:
        print_json(quotes)
        return
    for q in quotes:
        where = escape(f"— {q.attribution}{' · ' + q.theme if q.theme else ''} · {q.type_label} · #{q.statement_id}")
        console.print(f"“{escape(q.text)}”\n  [dim]{where}[/]", highlight=False)


def clip_cmd(
    ctx: typer.Context, study: StudyOpt, output: OutOpt,
    statement: Annotated[Optional[int], typer.Option(help="Statement id (see `listenwell quotes --json`).")] = None,
    quote: Annotated[Optional[str], typer.Option(help="Words of the quote, instead of --statement.")] = None,
    padding: Annotated[float, typer.Option(min=0, max=10, help="Seconds before and after.")] = 0.4,
    no_redact: NoRedact = False, redact_terms: Terms = None,
) -> None:
    """Cut the audio (.m4a) or video (.mp4) behind a quote, redacted words muted."""
    ws = open_workspace(ctx)
    ws.clip(study, statement if statement is not None else quote, output,
            _options(no_redact, redact_terms, padding=padding))
    console.print(f"[green]wrote[/] {escape(str(output))}")


def reel_cmd(
    ctx: typer.Context, study: StudyOpt, output: OutOpt,
    theme: Annotated[str, typer.Option(help="Theme id or name.")],
    clips: Annotated[int, typer.Option(min=1, max=20, help="At most this many clips.")] = 6,
    no_redact: NoRedact = False, redact_terms: Terms = None,
) -> None:
    """Join a theme's best clips into a highlight reel (.mp4 with caption cards, or .m4a)."""
    ws = open_workspace(ctx)
    with progress_bar("Reel", transient=True) as progress:
        path, picked = ws.reel(study, theme, output, _options(no_redact, redact_terms), clips, progress)
    console.print(f"[green]wrote[/] {escape(str(path))} ({counted(len(picked), 'clip')})")


def export_cmd(
    ctx: typer.Context, study: StudyOpt, output: OutOpt,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help=f"One of {', '.join(EXPORT_FORMATS)} (else from the extension).")] = None,
    no_redact: NoRedact = False, redact_terms: Terms = None,
) -> None:
    """Export the study: csv (folder of tables), markdown (folder of linked pages), json, qdpx (REFI-QDA)."""
    ws = open_workspace(ctx)
    chosen = fmt or guess_export_format(output)
    if not chosen:
        from listenwell.domain.errors import InputError

        raise InputError(f"say --format ({', '.join(EXPORT_FORMATS)}) for a folder output", file=str(output))
    ws.export(study, chosen, output, _options(no_redact, redact_terms))
    console.print(f"[green]wrote[/] {escape(str(output))} ({chosen})")


def import_qdpx_cmd(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="A REFI-QDA project (.qdpx).")],
    study: Annotated[Optional[str], typer.Option("--study", "-s", help="Slug for the new study.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Import a REFI-QDA project (.qdpx) as a new study: sources, codes and codings."""
    result = open_workspace(ctx).import_qdpx(file, study)
    if as_json:
        print_json(result)
        return
    console.print(f"[green]imported[/] {escape(str(file))} → study {result.study}: {result.interviews} sources, "
                  f"{result.codes} codes, {result.codings} codings" + (f", {result.skipped} skipped" if result.skipped else ""))


def register(app: typer.Typer) -> None:
    app.command("report")(report_cmd)
    app.command("quotes")(quotes_cmd)
    app.command("clip")(clip_cmd)
    app.command("reel")(reel_cmd)
    app.command("export")(export_cmd)
    app.command("import-qdpx")(import_qdpx_cmd)
