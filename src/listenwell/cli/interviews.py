"""`listenwell import ...` and `listenwell interviews ...`."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Column, Table

from listenwell.cli.common import console, counted, day_option, hint, open_workspace, print_json, progress_bar
from listenwell.domain import InputError, Role, format_timecode

interviews_app = typer.Typer(help="Interviews and their transcripts.", no_args_is_help=True)

StudyOpt = Annotated[str, typer.Option("--study", "-s", help="Study slug.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]


def import_cmd(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help="Transcript files: .vtt, .srt, .sbv, a text export (.txt, .md), a table of turns (.csv, .tsv), .docx, .json.")],
    study: StudyOpt,
    participant: Annotated[Optional[str], typer.Option("--participant", "-p", help="Participant id the interviews are with.")] = None,
    interviewer: Annotated[Optional[str], typer.Option(help="Speaker name of the interviewer (else guessed).")] = None,
    date: Annotated[Optional[str], typer.Option(
        help="Day the interviews took place (YYYY-MM-DD); else the day each file's head or name gives.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Import transcripts (format detected from content). All files or none are imported."""
    day = day_option("--date", date, past=True)
    ws = open_workspace(ctx)
    with progress_bar("Importing", transient=True) as progress:
        outcomes = ws.import_transcripts(files, study, participant, interviewer, progress, day)
    if as_json:
        print_json([{"file": o.path, "skipped": o.skipped, "interview": o.interview.id if o.interview else None,
                     "date": o.interview.date if o.interview else None,
                     "date_could_be": [d.isoformat() for d in o.date_readings],
                     "also_in": [{"study": slug, "interview": iid} for slug, iid in o.elsewhere]}
                    for o in outcomes])
        return
    has_roster = bool(ws.participants(study))
    for o in outcomes:
        if o.skipped:
            console.print(f"[yellow]skipped[/] {o.path}: already imported")
        else:
            i = o.interview
            who = ", ".join(i.participants) or "no roster match"
            console.print(f"[green]imported[/] {o.path} → interview {i.id} "
                          f"({len(i.segments)} turns, {i.source_format}, {i.date or 'no date'}, interviewer: "
                          f"{', '.join(i.interviewers) or '?'}, participant: {who})")
        for slug, iid in o.elsewhere:
            # two studies side by side: the wrong --study is an easy slip, and this study's
            # coverage would count the interview
            undo = "" if o.interview is None else (
                f"; if it does not belong in {study!r} too, "
                + hint(ctx, f"interviews remove {o.interview.id}") + " takes it out of this study")
            console.print(f"  the same file is already interview {iid} of study {slug!r}" + undo,
                          markup=False, highlight=False, soft_wrap=True)
        if o.interview is not None and o.interview.date is None and o.date_readings:
            # (not guessed from the roster's date order: a CRM's export says how the CRM writes dates, not how
            # whoever typed the transcript's head did; each day is given as the command that sets it)
            either = " or ".join(hint(ctx, f"interviews date {o.interview.id} {d.isoformat()}") + f" ({d.day} {d:%B})"
                                 for d in o.date_readings)
            console.print(f"  {_no_date(o.date_readings)}: {either} says which",
                          markup=False, highlight=False, soft_wrap=True)
        elif o.interview is not None and day is None and o.date_readings and o.interview.date in o.date_readings:
            later = next(d for d in o.date_readings if d != o.interview.date)
            console.print(f"  its file's date reads both ways, and {later.day} {later:%B %Y} is still to come: read as "
                          f"{o.interview.date.day} {o.interview.date:%B %Y}",
                          markup=False, highlight=False, soft_wrap=True)
        elif o.interview is not None and o.interview.date is None:
            # recency rules (--exclude-recent) and coverage go by the day of the interview
            console.print(f"  {_no_date(o.date_readings)}: "
                          + hint(ctx, f"interviews date {o.interview.id} YYYY-MM-DD") + " says when it was",
                          markup=False, highlight=False, soft_wrap=True)
        for name, pids in o.shared_names.items():
            console.print(f"  {name!r} is the name of {len(pids)} roster people ({', '.join(pids)}), so it links "
                          "nobody: " + hint(ctx, f"interviews link {o.interview.id} ID --speaker {shlex.quote(name)}")
                          + " says which", markup=False, highlight=False, soft_wrap=True)
        if o.interview is not None and not o.interview.participants and has_roster and not o.shared_names:
            console.print("  if it was with someone on the roster: "
                          + hint(ctx, f"interviews link {o.interview.id} PARTICIPANT_ID"), markup=False,
                          highlight=False, soft_wrap=True)


def _no_date(readings: tuple) -> str:
    """Why an imported interview has no day: its file gives none, or one that reads both ways."""
    if readings:
        days = " or ".join(f"{d.day} {d:%B %Y}" for d in readings)
        return f"its file's date reads both ways, {days}, so it is left unset"
    return "its file gives no date (a 'Date:' line, or one in its name)"


@interviews_app.command("list")
def list_(ctx: typer.Context, study: StudyOpt, as_json: JsonOpt = False) -> None:
    """List a study's interviews."""
    interviews = open_workspace(ctx).interviews(study)
    rows = [{"id": i.id, "title": i.title, "date": i.date, "format": i.source_format,
             "participants": i.participants, "interviewers": i.interviewers,
             "turns": len(i.segments), "duration": i.duration,
             "media": i.media.path if i.media else None} for i in interviews]
    if as_json:
        print_json(rows)
        return
    # a date cut to "2026-11-…" or an id cut to "5120000…" says nothing: the title gives way instead
    # (several ids still wrap between them, one to a line)
    widest = max((len(pid) for r in rows for pid in r["participants"]), default=0)
    table = Table("id", "title", Column("date", no_wrap=True, min_width=10), "format",
                  Column("participants", min_width=widest), "interviewer", "turns", "length")
    for r in rows:
        table.add_row(str(r["id"]), r["title"], str(r["date"] or ""), r["format"] or "",
                      ", ".join(r["participants"]), ", ".join(r["interviewers"]), str(r["turns"]),
                      format_timecode(r["duration"]))
    console.print(table)


@interviews_app.command("show")
def show(ctx: typer.Context, interview_id: Annotated[int, typer.Argument(help="Interview id.")],
         as_json: JsonOpt = False) -> None:
    """Print the transcript with speakers and times."""
    i = open_workspace(ctx).interview(interview_id)
    if as_json:
        print_json({
            "id": i.id, "title": i.title, "study": i.study_slug, "date": i.date,
            "participants": i.participants, "language": i.language, "duration": i.duration,
            "speakers": [{"name": s.name, "role": s.role, "participant": s.participant_pid}
                         for s in i.speakers],
            "segments": [{"speaker": s.speaker, "text": s.text, "start": s.start, "end": s.end,
                          "words": [[w.text, w.start, w.end, w.probability] for w in s.words]}
                         for s in i.segments],
        })
        return
    console.print(f"[bold]{i.title}[/] — {i.study_slug}, {len(i.segments)} turns")
    for seg in i.segments:
        role = i.role_of(seg.speaker)
        style = "cyan" if role == Role.INTERVIEWER else "green"
        console.print(f"[dim]{format_timecode(seg.start)}[/] [{style}]{seg.speaker}[/]: ",
                      end="", markup=True)
        console.print(seg.text, markup=False, highlight=False)


@interviews_app.command("link")
def link(ctx: typer.Context, interview_id: Annotated[int, typer.Argument(help="Interview id.")],
         participant: Annotated[str, typer.Argument(help="Participant id from the roster.")],
         speaker: Annotated[Optional[str], typer.Option(help="The speaker who is them.")] = None,
         remove: Annotated[bool, typer.Option("--remove", help="The interview was not with them: take the link away.")] = False,
         as_json: JsonOpt = False) -> None:
    """Say who an interview was with, where the names did not tell (`recruit coverage` counts it)."""
    if remove and speaker is not None:
        raise InputError("--remove takes the participant off the whole interview: leave out --speaker")
    i = open_workspace(ctx).link_participant(interview_id, participant, speaker, remove)
    if as_json:
        print_json({"interview": i.id, "participants": i.participants,
                    "speakers": [{"name": s.name, "role": s.role, "participant": s.participant_pid}
                                 for s in i.speakers]})
        return
    console.print(f"interview {i.id} ({i.title}) is with: {', '.join(i.participants) or 'nobody on the roster'}",
                  markup=False, highlight=False)
    for s in i.speakers:
        if s.participant_pid:
            console.print(f"  {s.name} is {s.participant_pid}", markup=False, highlight=False)


@interviews_app.command("remove")
def remove(ctx: typer.Context, interview_id: Annotated[int, typer.Argument(help="Interview id.")],
           as_json: JsonOpt = False) -> None:
    """Take an interview out of its study (imported into the wrong one): its transcript and all
    that was made from it, statements, highlights, notes and links, go; themes left empty go."""
    r = open_workspace(ctx).remove_interview(interview_id)
    i = r.interview
    if as_json:
        print_json({"interview": i.id, "title": i.title, "study": i.study_slug, "participants": i.participants,
                    "turns": r.segments, "statements": r.statements, "highlights": r.highlights,
                    "notes": r.notes, "themes_changed": r.themes_changed, "themes_removed": r.themes_dropped,
                    "media_kept": r.media_kept})
        return
    with_whom = f"with {', '.join(i.participants)}" if i.participants else "linked to nobody on the roster"
    console.print(f"removed interview {i.id} ({i.title}) from study {i.study_slug!r}: {r.segments} turns, "
                  f"{with_whom}", markup=False, highlight=False, soft_wrap=True)
    made = [counted(r.statements, "statement"), counted(r.highlights, "highlight"), counted(r.notes, "note")]
    console.print(f"  and what was made from it: {', '.join(made)}", markup=False, highlight=False)
    themes = ([f"{r.themes_changed} updated without its statements"]
              if r.themes_changed else []) + \
             ([f"{len(r.themes_dropped)} held only its statements and went: "
               + ", ".join(repr(t) for t in r.themes_dropped)] if r.themes_dropped else [])
    if themes:
        console.print(f"  themes: {'; '.join(themes)}", markup=False, highlight=False, soft_wrap=True)
    if r.media_kept:
        console.print(f"  its recording stays in media/{r.media_kept}", markup=False, highlight=False)


@interviews_app.command("date")
def date_(ctx: typer.Context, interview_id: Annotated[int, typer.Argument(help="Interview id.")],
          day: Annotated[str, typer.Argument(help="The day it took place, YYYY-MM-DD.")],
          as_json: JsonOpt = False) -> None:
    """Say on which day an interview took place, where its file did not (`recruit plan
    --exclude-recent` and `recruit coverage` go by it)."""
    i = open_workspace(ctx).set_interview_date(interview_id, day_option("day", day, past=True))
    if as_json:
        print_json({"interview": i.id, "date": i.date})
        return
    console.print(f"interview {i.id} ({i.title}) took place on {i.date}", markup=False, highlight=False)


@interviews_app.command("speakers")
def speakers(ctx: typer.Context, interview_id: Annotated[int, typer.Argument(help="Interview id.")],
             interviewer: Annotated[Optional[str], typer.Option(help="Make this speaker the interviewer.")] = None,
             rename: Annotated[Optional[list[str]], typer.Option(
                 help="OLD=NEW: name a speaker, e.g. 'Speaker 1=Sam Okafor' (repeat).")] = None,
             as_json: JsonOpt = False) -> None:
    """Show the speakers and their roles; --rename names them (a roster person's name links
    them), --interviewer corrects the guess."""
    ws = open_workspace(ctx)
    pairs = []
    for item in rename or []:
        old, sep, new = item.partition("=")
        if not sep or not old.strip() or not new.strip():
            raise InputError(f"--rename wants OLD=NEW, not {item!r}")
        pairs.append((old.strip(), new.strip()))
    i = (ws.edit_speakers(interview_id, pairs, interviewer) if pairs or interviewer
         else ws.interview(interview_id))
    if as_json:
        print_json([{"name": s.name, "role": s.role, "participant": s.participant_pid} for s in i.speakers])
        return
    for s in i.speakers:
        console.print(f"{s.name}: {s.role}" + (f" ({s.participant_pid})" if s.participant_pid else ""))
