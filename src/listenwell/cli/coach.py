"""`listenwell coach`: how well did we listen, per interview and across the study."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from listenwell.cli.common import console, open_workspace, print_json, progress_bar
from listenwell.report.coach import pct, report_format, secs, where, write_report


def coach(
    ctx: typer.Context,
    study: Annotated[str, typer.Option("--study", "-s", help="Study slug.")],
    interview: Annotated[Optional[int], typer.Option("--interview", "-i", help="Only this interview (id).")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report: coach.html or coach.md.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Coach the interviewer: talk share, questions asked, interruptions, silences,
    follow-ups, listening signals, intro and guide coverage, and three things to change."""
    if output is not None:
        report_format(output)
    ws = open_workspace(ctx)
    if as_json:
        result = ws.coach(study, interview)
    else:
        with progress_bar("Coaching", transient=True) as progress:
            result = ws.coach(study, interview, progress=progress)
    if output is not None:
        path = write_report(result, output)
        if not as_json:
            console.print(f"wrote {path}")
    if as_json:
        print_json(result)
        return
    if output is not None:
        return
    for n in result.notes:
        console.print(f"[yellow]{n}[/]")
    table = Table("id", "interview", "interviewer", "talk", "questions", "leading", "interrupts",
                  "pause", "follow-ups", "intro", "guide")
    for c in result.interviews:
        if c.no_participant_speech:
            table.add_row(str(c.interview_id), c.title, ", ".join(c.interviewers), "no participant speech")
            continue
        table.add_row(
            str(c.interview_id), c.title, ", ".join(c.interviewers),
            f"{pct(c.talk.share)} {c.talk.basis}", str(c.questions.total),
            str(c.questions.by_kind.get("leading", 0)) if c.questions.judged else "–", str(len(c.interruptions)),
            secs(c.silence.median), pct(c.followups.rate), f"{c.intro_score}/{len(c.intro_checked)}",
            f"{c.guide.asked}/{c.guide.total}" if c.guide else "–",
        )
    console.print(table)
    if any(c.questions and not c.questions.judged for c in result.interviews):
        console.print("[dim]leading –: the interview's questions are not in English, which the question checks "
                      "read; they are counted, not judged.[/]")
    for c in result.interviews:
        if not c.advice:
            continue
        console.print(f"\n[bold]{c.title}[/]: three things to do differently")
        for k, a in enumerate(c.advice, 1):
            console.print(f"  {k}. [bold]{escape(a.title)}[/] — {escape(a.detail)}", highlight=False)
            for q in a.quotes[:1]:
                console.print(f"     [dim]\\[{where(q)}][/] {escape(q.text[:160])}", highlight=False)
    console.print("\nFull report: listenwell coach -s " + study + " -o coach.html")
