"""`listenwell guide import|check|show`: the discussion guide and its question checks.

`guide check` exits 0 when every question was checked and nothing was found, 3 when it found
problems, and 4 when it found none but some questions could not be checked (not in English: the
checks read English only), so it can gate CI.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from listenwell.analysis.guide import SAME_CHANGE, TRANSLATION_CHANGE, GuideReport, as_written, goal_label
from listenwell.analysis.questions.language import looks_english
from listenwell.cli.common import console, counted, open_workspace, print_json
from listenwell.workspace import Workspace

guide_app = typer.Typer(help="Discussion guides: import, check and show.", no_args_is_help=True)

PROBLEMS_EXIT = 3
NOT_CHECKED_EXIT = 4  # nothing found, but not every question could be read (not in English)

JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]
MinutesOpt = Annotated[Optional[int], typer.Option("--minutes", min=1,
                                                   help="Planned interview length in minutes.")]


def report_json(report: GuideReport) -> dict:
    g = report.guide
    return {
        "title": g.title,
        "source": g.source_name,
        "planned_minutes": report.planned_minutes,  # what the length check measured against
        "goals": report.goals,
        "terms": g.terms,
        "clean": report.clean,  # every question checked, nothing found
        "problem_count": report.problem_count,
        "not_checked": report.unchecked,  # questions and probes not in English, which the checks do not read
        "language": report.language,
        # goals in English that could not be compared with the sections of a guide in another language (1-based)
        "goals_not_compared": [i + 1 for i in report.goals_not_compared],
        "sections": [{"title": s.title, "line": s.line, "goal": s.goal,
                      "goal_index": s.goal_index, "minutes": s.minutes,
                      "questions": len(s.questions)} for s in g.sections],
        "questions": [{
            "section": q.section, "line": q.line, "text": q.check.text, "followup": q.followup,
            "verdict": q.check.kind.value if q.check.checked or q.check.problems else "not_checked", "ok": q.check.ok,
            "checked": q.check.checked, "answer_form": q.check.answer_form,
            "problems": [{"kind": p.kind.value, "reason": p.reason, "rewrite": p.rewrite}
                         for p in q.check.problems],
            "suggested_followups": q.suggested_followups,
            "through_translation": q.translated,  # checked through the English under it; rewrites are of that English
        } for q in report.questions],
        "issues": [{"kind": i.kind.value, "message": i.message, "line": i.line,
                    "section": i.section} for i in report.issues],
    }


def show_report(report: GuideReport, verbose: bool = False, goals_unchecked: bool = False) -> None:
    g = report.guide
    where = g.source_name or "guide"
    section = None
    for q in report.questions:
        if q.section != section:
            section = q.section
            console.print(f"\n[bold]{escape(section)}[/]")
        indent = "    " if q.followup else "  "
        if q.condition:  # when to ask it, so the check reads as the guide does
            console.print(f"{indent}[dim]{escape(q.condition)}[/]", highlight=False)
        if not q.check.checked and q.check.ok:
            # with the guide's own question marks ("؟", the Greek ";", "？"), which the parser reads as "?"
            console.print(f"{indent}[dim]not checked[/]  {escape(as_written(g, q.check.text))}  [dim](not in English)[/]",
                          highlight=False)
            continue
        if q.check.ok:
            console.print(f"{indent}[green]ok[/]  {escape(as_written(g, q.check.text))}", highlight=False)
            if verbose and not q.followup and q.suggested_followups:
                console.print(f"{indent}      [dim]probes: {escape(' / '.join(q.suggested_followups))}[/]")
            continue
        console.print(f"{indent}[red]{q.check.kind.value}[/]  {escape(as_written(g, q.check.text))}  "
                      f"[dim]({escape(where)}:{q.line})[/]", highlight=False)
        for p in q.check.problems:
            console.print(f"{indent}    - [yellow]{p.kind.value}[/]: {escape(p.reason)}", highlight=False)
            if p.rewrite:
                console.print(f"{indent}      try: [cyan]{escape(p.rewrite)}[/]", highlight=False)
                if q.translated:
                    console.print(f"{indent}      [dim]{SAME_CHANGE}[/]", highlight=False)
                elif q.translation_too:
                    console.print(f"{indent}      [dim]{TRANSLATION_CHANGE}[/]", highlight=False)
        if not q.followup and q.suggested_followups:
            console.print(f"{indent}    probes: {escape(' / '.join(q.suggested_followups))}",
                          highlight=False)
    if report.issues:
        console.print("\n[bold]Guide[/]")
        for i in report.issues:
            loc = f" [dim]({escape(where)}:{i.line})[/]" if i.line else ""
            console.print(f"  [red]{i.kind.value}[/]: {escape(i.message)}{loc}", highlight=False)
    if report.goals_not_compared:
        console.print(f"[dim]{escape(not_compared_line(report))}[/]", highlight=False)
    if goals_unchecked:
        console.print("[dim]The sections' goals were not checked against a study's research goals: "
                      "add --study SLUG to check them as `guide import` will.[/]", highlight=False)
    console.print(summary_line(report), highlight=False)


def not_compared_line(report: GuideReport) -> str:
    """What a check says of goals in English it could not compare with a guide in another language."""
    n = [i + 1 for i in report.goals_not_compared]
    which = f"research goal {n[0]}" if len(n) == 1 else "research goals " + ", ".join(map(str, n[:-1])) + f" and {n[-1]}"
    where = f"in {report.language}" if report.language else "not in English"
    label = goal_label(report.language)
    english = all(looks_english(report.goals[i - 1], among_english=False) for i in n)
    why = ("(in English) not compared with the sections: the guide is {where}, with no English under some of its "
           "questions" if english else "not compared with the sections: the guide is {where}, which the checks do not "
           "read, and none of its sections names a goal").format(where=where)
    return (f"{which} {why}; write \u201c{label}{n[0]}\u201d under the heading of the section that asks about "
            f"{'it' if len(n) == 1 else 'each'}")


def summary_line(report: GuideReport) -> str:
    """The last line of the check: "clean" only when every question was checked; a guide the
    checks could not read says so, in the same units as the questions it counts."""
    n_q = sum(not q.followup for q in report.questions)
    bad = sum(not q.check.ok for q in report.questions)
    issues = counted(len(report.issues), 'guide issue')
    unread_q = sum(not q.check.checked and not q.followup for q in report.questions)
    unread_p = report.unchecked - unread_q
    if report.none_checked:
        why = f"the guide is in {report.language}" if report.language else "the guide is not in English"
        probes = f" and {counted(unread_p, 'probe')}" if unread_p else ""
        # the forms told in other languages too, named as found: "a leading, accusatory or closed form"
        found_kinds = {q.check.kind.value for q in report.questions if not q.check.ok}
        names = [name for kind, name in (("leading", "leading"), ("accusatory_why", "accusatory"), ("closed", "closed"),
                                                   ("double_barreled", "double"))
                 if kind in found_kinds] or ["leading"]
        named = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
        form = ("an " if named[0] in "aeiou" else "a ") + named
        found = f" (but {bad} in {form} form: see above)" if bad else ""
        return (f"{counted(n_q, 'question')}{probes} not checked: {why}, and the checks read English only"
                f"{found}; {issues}")
    # main questions and the guide's probes counted apart, as the kit counts them
    bad_q = sum(not q.check.ok for q in report.questions if not q.followup)
    bad_p = bad - bad_q
    n_p = sum(q.followup for q in report.questions)
    probes = f", {bad_p} of {counted(n_p, 'probe')} with problems" if bad_p else ""
    summary = f"{counted(n_q, 'question')}, {bad_q} with problems{probes}, {issues}"
    if report.clean:
        return f"[green]{summary}: clean[/]"
    if report.unchecked:
        unread = ", ".join(part for part in (counted(unread_q, 'question') if unread_q else "",
                                             counted(unread_p, 'probe') if unread_p else "") if part)
        summary += f"; {unread} not checked: not in English, and the checks read English only"
    return summary


@guide_app.command("check")
def check(
    ctx: typer.Context,
    guide_file: Annotated[Optional[Path], typer.Argument(help="Markdown guide to check.")] = None,
    study: Annotated[Optional[str], typer.Option("--study", "-s",
                     help="Use this study's goals (and its stored guide when no file is given).")] = None,
    minutes: MinutesOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show probes for good questions too.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Check a guide's questions and structure; stores nothing. Exit 3 when problems are found, 4 when
    none are but some questions could not be checked (not in English)."""
    if guide_file is None and study is None:
        raise typer.BadParameter("name a guide file or --study")
    if study is None:
        report = Workspace.check_guide_file(guide_file, minutes)  # needs no workspace
    else:
        report = open_workspace(ctx).check_guide(guide_file, study, minutes)
    if as_json:
        print_json(report_json(report))
    else:
        # the sections name goals, which only a study's goals can be checked against (as `guide
        # import` does): say so, so that a clean check here is not read as theirs
        show_report(report, verbose, goals_unchecked=study is None and any(s.goal for s in report.guide.sections))
    if report.problem_count:
        raise typer.Exit(PROBLEMS_EXIT)
    if report.unchecked:
        raise typer.Exit(NOT_CHECKED_EXIT)


@guide_app.command("import")
def import_(
    ctx: typer.Context,
    guide_file: Annotated[Path, typer.Argument(help="Markdown guide.")],
    study: Annotated[str, typer.Option("--study", "-s", help="Study slug.")],
    minutes: MinutesOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Store a study's guide (replacing an earlier one) and show its check."""
    report = open_workspace(ctx).import_guide(guide_file, study, minutes)
    if as_json:
        print_json(report_json(report))
        return
    n = sum(not q.followup for q in report.questions)
    console.print(f"Stored the guide for {escape(study)}: {counted(len(report.guide.sections), 'section')}, "
                  f"{counted(n, 'question')}.")
    if not report.clean:
        show_report(report)


@guide_app.command("show")
def show(ctx: typer.Context,
         study: Annotated[str, typer.Option("--study", "-s", help="Study slug.")],
         as_json: JsonOpt = False) -> None:
    """Show the study's stored guide."""
    guide = open_workspace(ctx).guide(study)
    if as_json:
        print_json({"title": guide.title, "planned_minutes": guide.planned_minutes, "notes": guide.notes,
                    "sections": [{"title": s.title, "goal": s.goal, "minutes": s.minutes, "notes": s.notes,
                                  "items": [{"text": q.text, "line": q.line, "note": q.instruction,
                                             "condition": q.condition,
                                             "followups": [f.text for f in q.followups]}
                                            for q in s.items]}
                                 for s in guide.sections]})
        return
    # everything stored, notes to the interviewer included (marked as notes), so nothing looks lost
    if guide.title:
        console.print(f"[bold]{escape(as_written(guide, guide.title))}[/]")
    for note in guide.notes:
        console.print(f"[dim]note: {escape(note)}[/]", highlight=False)
    for s in guide.sections:
        minutes = f" ({s.minutes} min)" if s.minutes else ""
        goal = f" [dim](goal: {escape(s.goal)})[/]" if s.goal else ""
        console.print(f"\n[bold]{escape(s.title)}{minutes}[/]{goal}", highlight=False)
        for note in s.notes:
            console.print(f"  [dim]note: {escape(note)}[/]", highlight=False)
        for q in s.items:
            if q.instruction:
                console.print(f"  [dim]note: {escape(q.text)}[/]", highlight=False)
                continue
            condition = f"{escape(q.condition)} " if q.condition else ""
            console.print(f"  - {condition}{escape(as_written(guide, q.text))}", highlight=False)
            for f in q.followups:
                condition = f"{escape(f.condition)} " if f.condition else ""
                console.print(f"      - {condition}{escape(as_written(guide, f.text))}", highlight=False)
