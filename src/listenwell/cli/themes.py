"""`listenwell themes list|show|rename|merge|split|move|hide|pin|outliers|saturation`."""

from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from listenwell.analysis.evidence import ThemeView
from listenwell.cli.common import console, counted, open_workspace, print_json
from listenwell.domain import format_timecode

themes_app = typer.Typer(help="Themes found by `listenwell analyze`, and people's edits.",
                         no_args_is_help=True)

StudyOpt = Annotated[str, typer.Option("--study", "-s", help="Study slug.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]
VersionOpt = Annotated[Optional[int], typer.Option(
    "--expected-version", help="Fail if the theme changed since this version (optimistic lock).")]


def _short(v: ThemeView) -> dict:
    e = v.evidence
    return {"id": v.id, "title": v.title, "label": v.label, "name": v.name, "summary": v.summary,
            "participants": e.participant_count, "share": e.share, "statements": e.mentions,
            "interviews": e.interview_count, "single_voice": e.single_voice,
            "mostly_one_voice": e.mostly_one_voice,
            "hidden": v.hidden, "pinned": v.pinned, "version": v.version,
            "insight_mix": e.insight_mix}


def _show(v: ThemeView) -> None:
    e = v.evidence
    flags = [f for f, on in (("pinned", v.pinned), ("hidden", v.hidden),
                             ("single voice", e.single_voice),
                             ("mostly one voice", e.mostly_one_voice)) if on]
    console.print(f"[bold]#{v.id} {escape(v.title)}[/]" + (f"  [yellow]({', '.join(flags)})[/]"
                                                            if flags else ""))
    if v.name:
        console.print(f"  key phrases: {escape(', '.join(v.key_phrases))}")
    console.print(f"  summary: “{escape(v.summary)}”")
    console.print(f"  {e.participant_count} participants ({e.share:.0%} of those who spoke), "
                  f"{e.mentions} statements in {e.interview_count} interviews; version {v.version}")
    console.print("  types: " + ", ".join(f"{k} {n}" for k, n in e.insight_mix.items()))
    for attr, vals in e.segments.items():
        console.print(f"  by {escape(attr)}: " + ", ".join(
            f"{escape(k)} {n}/{e.segment_totals.get(attr, {}).get(k, n)}" for k, n in vals.items()))
    for qt in v.quotes:
        when = f" {format_timecode(qt.start)}" if qt.start is not None else ""
        console.print(f"  [dim]{escape(qt.voice)} · {escape(qt.interview_title)}{when} · "
                      f"{qt.insight_type} · statement {qt.statement_id}[/]\n    “{escape(qt.text)}”")


@themes_app.command("list")
def list_(ctx: typer.Context, study: StudyOpt, as_json: JsonOpt = False,
          hidden: Annotated[bool, typer.Option("--hidden", help="Include hidden themes.")] = False,
          ) -> None:
    """Themes in rank order: pinned first, then by distinct participants times how much it hurts
    (the order of the board and the report)."""
    views = open_workspace(ctx).themes(study, include_hidden=hidden)
    if as_json:
        print_json([_short(v) for v in views])
        return
    table = Table("id", "theme", "people", "share", "stmts", "interviews", "flags")
    for v in views:
        e = v.evidence
        flags = " ".join(f for f, on in (("pinned", v.pinned), ("hidden", v.hidden),
                                         ("single-voice", e.single_voice),
                                         ("mostly-one-voice", e.mostly_one_voice)) if on)
        table.add_row(str(v.id), escape(v.title), str(e.participant_count), f"{e.share:.0%}",
                      str(e.mentions), str(e.interview_count), flags)
    console.print(table)
    if not views:
        console.print(f"no themes yet: listenwell analyze --study {study}")


@themes_app.command("show")
def show(ctx: typer.Context, theme_id: int, study: StudyOpt, as_json: JsonOpt = False) -> None:
    """A theme with its evidence and most representative quotes."""
    v = open_workspace(ctx).theme(study, theme_id)
    print_json(v) if as_json else _show(v)


@themes_app.command("rename")
def rename(ctx: typer.Context, theme_id: int, name: str, study: StudyOpt,
           expected_version: VersionOpt = None, as_json: JsonOpt = False) -> None:
    """Name a theme ("" goes back to the analysis label)."""
    v = open_workspace(ctx).rename_theme(study, theme_id, name, expected_version)
    print_json(_short(v)) if as_json else console.print(f"#{v.id} is now “{escape(v.title)}”")


@themes_app.command("merge")
def merge(ctx: typer.Context, into: int, others: list[int], study: StudyOpt,
          expected_version: VersionOpt = None, as_json: JsonOpt = False) -> None:
    """Merge the other themes into the first one."""
    v = open_workspace(ctx).merge_themes(study, into, others, expected_version)
    if as_json:
        print_json(_short(v))
    else:
        console.print(f"merged into #{v.id} “{escape(v.title)}”: "
                      f"{v.evidence.participant_count} participants, {v.evidence.mentions} statements")


@themes_app.command("split")
def split(ctx: typer.Context, theme_id: int, study: StudyOpt,
          statement: Annotated[Optional[list[int]], typer.Option(
              "--statement", help="Statement ids for the new theme (else split automatically).")]
          = None,
          expected_version: VersionOpt = None, as_json: JsonOpt = False) -> None:
    """Cut a theme in two."""
    a, b = open_workspace(ctx).split_theme(study, theme_id, statement or None, expected_version)
    if as_json:
        print_json([_short(a), _short(b)])
    else:
        console.print(f"#{a.id} “{escape(a.title)}” ({a.evidence.mentions} statements) and "
                      f"new #{b.id} “{escape(b.title)}” ({b.evidence.mentions} statements)")


@themes_app.command("move")
def move(ctx: typer.Context, statement_id: int, study: StudyOpt,
         to: Annotated[Optional[int], typer.Option("--to", help="Target theme id (omit: outlier).")]
         = None,
         expected_version: VersionOpt = None, as_json: JsonOpt = False) -> None:
    """Move one statement to another theme (or out of every theme)."""
    v = open_workspace(ctx).move_statement(study, statement_id, to, expected_version)
    if as_json:
        print_json(_short(v) if v else None)
    else:
        console.print(f"statement {statement_id} → " + (f"#{v.id} “{escape(v.title)}”" if v
                                                        else "outliers"))


def _toggle(ctx: typer.Context, what: str, theme_id: int, study: str, on: bool,
            expected_version: int | None, as_json: bool) -> None:
    ws = open_workspace(ctx)
    fn = ws.hide_theme if what == "hidden" else ws.pin_theme
    v = fn(study, theme_id, on, expected_version)
    print_json(_short(v)) if as_json else console.print(
        f"#{v.id} “{escape(v.title)}” {'is' if on else 'is no longer'} {what}")


@themes_app.command("hide")
def hide(ctx: typer.Context, theme_id: int, study: StudyOpt,
         undo: Annotated[bool, typer.Option("--undo", help="Show it again.")] = False,
         expected_version: VersionOpt = None, as_json: JsonOpt = False) -> None:
    """Hide a theme from lists and reports (its statements stay in it)."""
    _toggle(ctx, "hidden", theme_id, study, not undo, expected_version, as_json)


@themes_app.command("pin")
def pin(ctx: typer.Context, theme_id: int, study: StudyOpt,
        undo: Annotated[bool, typer.Option("--undo", help="Unpin.")] = False,
        expected_version: VersionOpt = None, as_json: JsonOpt = False) -> None:
    """Pin a theme to the top (pinned themes survive re-analysis even when empty)."""
    _toggle(ctx, "pinned", theme_id, study, not undo, expected_version, as_json)


@themes_app.command("outliers")
def outliers(ctx: typer.Context, study: StudyOpt, as_json: JsonOpt = False) -> None:
    """Statements that fit no theme: kept, because one may be worth knowing."""
    sts = open_workspace(ctx).outliers(study)
    if as_json:
        print_json(sts)
        return
    for s in sts:
        who = s.participant or s.speaker
        console.print(f"[dim]{s.id} · {escape(who)} · interview {s.interview_id}[/] "
                      f"“{escape(s.text)}”")
    console.print(f"{counted(len(sts), 'outlier')}")


@themes_app.command("saturation")
def saturation(ctx: typer.Context, study: StudyOpt, as_json: JsonOpt = False) -> None:
    """New themes per interview, in interview order (a flat tail: saturation)."""
    points = open_workspace(ctx).saturation(study)
    if as_json:
        print_json(points)
        return
    table = Table("#", "interview", "new themes", "total")
    for p in points:
        table.add_row(str(p.index), escape(p.title), str(p.new_themes), str(p.cumulative_themes))
    console.print(table)
