"""`listenwell study ...` and `listenwell participants ...`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from listenwell.analysis.mix import LABELS, SENTIMENT, USAGE, MixOptions, columns_by_use, columns_read, segment
from listenwell.cli.common import console, counted, open_workspace, print_json
from listenwell.domain import Participant

study_app = typer.Typer(help="Create and look at studies.", no_args_is_help=True)
participants_app = typer.Typer(help="The participant roster of a study.", no_args_is_help=True)

StudyOpt = Annotated[str, typer.Option("--study", "-s", help="Study slug.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]


@study_app.command("create")
def create(
    ctx: typer.Context,
    title: Annotated[str, typer.Argument(help="Study title, e.g. 'Checkout drop-off'.")],
    goal: Annotated[Optional[list[str]], typer.Option("--goal", "-g", help="A research goal (repeat).")] = None,
    description: Annotated[str, typer.Option(help="What the study is about.")] = "",
    minutes: Annotated[Optional[int], typer.Option(help="Planned interview length in minutes.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Create a study; its slug is made from the title."""
    study = open_workspace(ctx).create_study(title, goal or [], description, planned_minutes=minutes)
    if as_json:
        print_json(study)
    else:
        # the slug on a line of its own, never wrapped: every later command needs it whole
        console.print(f"Created study [bold]{escape(study.title)}[/]")
        console.print(f"slug: {study.slug}", markup=False, highlight=False, soft_wrap=True)


@study_app.command("list")
def list_(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List the studies in the workspace."""
    ws = open_workspace(ctx)
    studies = ws.studies()
    if as_json:
        print_json(studies)
        return
    # the slug is what every other command needs: shown whole, the title gives way instead
    table = Table("title", "goals", "interviews")
    table.columns[0].overflow = "ellipsis"
    table.add_column("slug", no_wrap=True, min_width=max((len(st.slug) for st in studies), default=4))
    table.columns.insert(0, table.columns.pop())
    for st in studies:
        table.add_row(st.slug, st.title, str(len(st.goals)), str(len(ws.interviews(st.slug))))
    console.print(table)


@study_app.command("show")
def show(ctx: typer.Context, slug: Annotated[str, typer.Argument(help="Study slug.")],
         as_json: JsonOpt = False) -> None:
    """Show a study: goals, participants and interviews."""
    ws = open_workspace(ctx)
    study = ws.study(slug)
    people, interviews = ws.participants(slug), ws.interviews(slug)
    if as_json:
        print_json({"study": study, "participants": [p.pid for p in people],
                    "interviews": [{"id": i.id, "title": i.title} for i in interviews]})
        return
    console.print(f"[bold]{study.title}[/] ({study.slug})")
    for g in study.goals:
        console.print(f"  goal: {g}")
    console.print(f"  {counted(len(people), 'participant')}, {counted(len(interviews), 'interview')}")


@participants_app.command("import")
def import_roster(ctx: typer.Context,
                  csv_file: Annotated[Path, typer.Argument(help="Roster CSV (an id column is required).")],
                  study: StudyOpt, as_json: JsonOpt = False) -> None:
    """Import or update participants from a CSV roster."""
    people = open_workspace(ctx).import_roster(csv_file, study)
    if as_json:
        print_json([_public(p) for p in people])
    else:
        console.print(f"{counted(len(people), 'participant')} in {study}")
        console.print(reading_summary(people), markup=False, highlight=False)


def reading_summary(people: list[Participant]) -> str:
    """How the roster was read, to check at a glance: where ids, usage, NPS and earlier interviews
    come from ("usage from: status, last_login, logins_30d")."""
    if not people:
        return "  no participants"
    parts = ["ids made from each email address (no id column)"] \
        if all(re.fullmatch(r"P-[0-9a-f]{8}", p.pid) for p in people) else []
    read = [f"{use} from: {', '.join(cols)}" for use, cols in columns_by_use(people).items() if cols]
    parts += read or ["no column says usage, NPS or earlier interviews"]
    parts.append(f"names for {sum(bool(p.name) for p in people)}, emails for {sum(bool(p.email) for p in people)} "
                 f"of {len(people)}")
    return "  " + "; ".join(parts)


def _public(p):  # noqa: ANN001, ANN202 - a Participant
    return {"pid": p.pid, "attributes": p.attributes, "tags": p.tags,
            "consent": {"recorded": p.consent.recorded,
                        "share_recordings": p.consent.share_recordings,
                        "quotes": p.consent.quotes}}


@participants_app.command("list")
def list_participants(ctx: typer.Context, study: StudyOpt, as_json: JsonOpt = False,
                      private: Annotated[bool, typer.Option(help="Show names and emails too.")] = False) -> None:
    """List a study's participants (by pseudonym unless --private)."""
    people = open_workspace(ctx).participants(study)
    if as_json:
        print_json([{**_public(p), **({"name": p.name, "email": p.email} if private else {})}
                    for p in people])
        return
    read = columns_read(people)
    _, segs = segment(people, MixOptions()) if people else ([], [])
    dims = [d for d in (USAGE, SENTIMENT) if any(d in x.segments for x in segs)]
    others = sorted({k for p in people for k in p.attributes} - set(read))
    # what the plan reads first (its segments as of today, the columns behind them, consent),
    # then the other columns while they fit; the rest are named, not dropped in silence
    keys = read + others[:max(0, 6 - len(read))]
    table = Table("id", *(["name"] if private else []), *dims, *keys, "recording ok", "tags")
    for p, x in zip(people, segs or [None] * len(people)):
        table.add_row(p.pid, *([p.name or ""] if private else []),
                      *(LABELS.get(x.segments[d], x.segments[d]) for d in dims if x),
                      *(p.attributes.get(k, "") for k in keys),
                      {True: "yes", False: "no", None: ""}[p.consent.recorded], ", ".join(p.tags))
    console.print(table)
    hidden = [k for k in others if k not in keys]
    if hidden:
        console.print(f"(+{len(hidden)} more columns: {', '.join(hidden)}; --json has them all)",
                      markup=False, highlight=False)
