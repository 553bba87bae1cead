"""`listenwell study ...` and `listenwell participants ...`."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from listenwell.analysis.mix import (
    LABELS,
    SENTIMENT,
    USAGE,
    MixOptions,
    columns_by_use,
    columns_read,
    epoch_as_date,
    usage_deciding,
)
from listenwell.analysis.roster_signals import notes_by_content
from listenwell.cli.common import console, counted, hint, open_workspace, print_json
from listenwell.domain import Participant
from listenwell.domain.columns import name_like_columns
from listenwell.domain.eras import BUDDHIST_YEAR, gregorian_year
from listenwell.domain.dates import solar_hijri
from listenwell.domain.names import contact_columns, email_columns
from listenwell.ingest.mojibake import misread_as
from listenwell.domain.national_ids import national_id_column
from listenwell.services.studies import Listing, RosterUpdate

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
    slug: Annotated[Optional[str], typer.Option(help="The study's slug (a-z, 0-9, hyphens), for a title "
                                                     "that does not make one, e.g. 'keiri-2026'.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Create a study; its slug is made from the title, unless --slug gives one."""
    study = open_workspace(ctx).create_study(title, goal or [], description, slug=slug, planned_minutes=minutes)
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
                  study: StudyOpt,
                  replace: Annotated[bool, typer.Option(
                      "--replace", help="Take off the roster (and the saved plan) the people of the study this file "
                                        "no longer has; refused while one is linked to an interview.")] = False,
                  as_json: JsonOpt = False) -> None:
    """Import or update participants from a CSV roster (matched by id). People already in the
    study whom the file does not have are kept, and named (a plan that picks them says so):
    `participants remove` takes one off, `--replace` all of them. Columns the file does not have
    keep their values, and a recorded no is never erased: both are named."""
    update = open_workspace(ctx).import_roster(csv_file, study, replace=replace)
    people = update.people
    if as_json:
        hidden = set(contact_columns({k for p in people for k in p.attributes}, [p.attributes for p in people]))
        print_json([_public(p, hidden) for p in people])
        return
    console.print(f"{counted(len(people), 'participant')} in {study}"
                  + (f" ({len(update.added)} added, {len(update.changed)} changed)"
                     if update.changed or len(update.added) < len(people) else ""))
    console.print(reading_summary(people, looked_up=update.looked_up), markup=False, highlight=False)
    if update.buddhist_columns:
        console.print(buddhist_line(update.buddhist_columns), markup=False, highlight=False, soft_wrap=True)
    if update.solar_hijri_columns:
        col, first = update.solar_hijri_columns[0]
        console.print(f"  read dates of Iran's Solar Hijri (Jalali) calendar as their Gregorian days ({first} as "
                      f"{solar_hijri(first).isoformat()}), in: " + ", ".join(c for c, _ in update.solar_hijri_columns),
                      markup=False, highlight=False, soft_wrap=True)
    if update.lost_letters:
        console.print("  letters lost: " + ", ".join(f"{c!r} has '?' where letters were ({v!r})" for c, v in update.lost_letters[:3])
                      + "; the program that saved the file wrote '?' for letters its code page lacks (Kazakh ә ғ қ "
                      "ң ө ұ ү һ і in Russian Excel's cp1251); save the sheet as \"CSV UTF-8\" and import it again",
                      markup=False, highlight=False, soft_wrap=True)
    if update.changes:
        console.print(changes_line(update.changes, update.changed_whose), markup=False, highlight=False, soft_wrap=True)
    for line in _reimport_lines(ctx, update, study):
        console.print(line, highlight=False, soft_wrap=True)
    if update.removed:
        planned = f" ({len(update.removed_planned)} of them also from the saved plan)" if update.removed_planned else ""
        console.print(f"Removed {counted(len(update.removed), 'participant')} this file no longer has{planned}: "
                      f"{escape(', '.join(update.removed))}", highlight=False, soft_wrap=True)
    if update.missing:
        # a client's re-sent roster may leave someone out on purpose (erasure, left the panel)
        n = len(update.missing)
        # a file with few of the roster's columns is a part of it: --replace with it would take
        # everyone else off, so the whole roster is what to import again
        again = f"participants import ROSTER.csv --study {study} --replace" if update.partial else \
            f"participants import {shlex.quote(str(csv_file))} --study {study} --replace"
        console.print(f"[yellow]warning:[/] {counted(n, 'participant')} of the study {'is' if n == 1 else 'are'} "
                      f"not in this file, kept as {'it was' if n == 1 else 'they were'}: "
                      f"{escape(', '.join(update.missing))}; "
                      + ("this file has few of the roster's columns, so it may be another source's file of some "
                         "of them (a survey's answers), which needs nothing more; if the roster itself left them "
                         "out on purpose, " if update.partial else "if the file left them out on purpose, ")
                      + escape(hint(ctx, again))
                      + (" with the whole roster" if update.partial else "")
                      + " takes them off the roster and out of the saved plan ("
                      + escape(hint(ctx, f"participants remove ID --study {study}")) + " one by one)",
                      highlight=False, soft_wrap=True)


def buddhist_line(columns: list[tuple[str, str]]) -> str:
    """The import's one line on dates written with years of the Buddhist Era, as Thai Excel writes them:
    read as Gregorian, 543 years less, naming the columns, with the year of the first one's first such date."""
    year = int(re.search(rf"(?<!\d){BUDDHIST_YEAR}(?!\d)", columns[0][1]).group())  # type: ignore[union-attr]
    return (f"  read years of the Buddhist Era as Gregorian ones, 543 less ({year} as {gregorian_year(year)}), in: "
            + ", ".join(col for col, _ in columns))


def changes_line(changes: dict[tuple[str, str], int], whose: dict[tuple[str, str], list[str]] | None = None) -> str:
    """What a re-import changed, most common first: "changed: 'last_login' reformatted in 41 (the
    same dates, times or numbers written another way), 'sam_notes' added in 2 (P-7, P-9)": whose,
    where a few people's values were added, changed or cleared. Each column is quoted, so that one
    named in a word of the sentence ("Not", a Turkish note) reads as a name."""
    ranked = sorted(changes.items(), key=lambda kv: (-kv[1], kv[0]))
    whose = whose or {}
    parts = [f"'{col}' {kind} in {n}" + (f" ({', '.join(whose[(col, kind)])})"
                                       if kind != "reformatted" and 0 < len(whose.get((col, kind), ())) <= 3 else "")
             for (col, kind), n in ranked[:6]]
    more = f", and {len(ranked) - 6} more" if len(ranked) > 6 else ""
    note = " (reformatted: the same dates, times, numbers, phone numbers or letters written another way)" \
        if any(kind == "reformatted" for _, kind in changes) else ""
    return f"  changed: {', '.join(parts)}{more}{note}"


def _same_values_lines(update: RosterUpdate) -> list[str]:
    """A column this file adds that holds, for everyone, the values of a column it no longer has: the
    same sheet exported again with its headers renamed ("Trips (last 30 days)" for "Chuyến đi 30 ngày"),
    so both are kept side by side; named, with how to keep one."""
    added = [col for (col, kind), n in update.changes.items() if kind == "added" and n == update.covered]
    out = []
    # a column kept whose name is an added one's as an earlier import misread the file's code page ("quâòn"
    # for "quận"): the garbled copy is the one to drop, never the name to give the good column
    garbled = {old: new for old in update.kept_columns
               for new in [next((n for (n, kind) in update.changes if kind == "added" and misread_as(n, old)), None)]
               if new}
    if garbled:
        pairs = ", ".join(f"'{old}' ('{new}')" for old, new in garbled.items())
        one = len(garbled) == 1
        out.append(escape(f"{'a column' if one else f'{len(garbled)} columns'} kept from an earlier import that "
                          f"misread the file (its letters read in another code page), beside this file's: {pairs}; to "
                          f"drop {'it' if one else 'them'}, import a file of the ids with "
                          f"{'that column' if one else 'those columns'} left empty"))
    for new in added:
        for old, pids in update.kept_columns.items():
            got = [p.attributes for p in update.people if p.pid in set(pids)]
            if old not in garbled and len(got) >= 2 and all(a.get(new, "").strip() == a.get(old, "").strip() for a in got) \
                    and sum(bool(a.get(old, "").strip()) for a in got) >= 2:
                # (which name is the one to keep is the researcher's: the file may be the one renamed on purpose)
                out.append(escape(f"'{new}' holds the same values as '{old}' for all {len(got)}: the same column "
                                  "under another name, now kept twice; to keep one, head the column in the file "
                                  f"'{old}' and import it again, or, to keep '{new}', import a file of the ids with a "
                                  f"'{old}' column left empty"))
                break
    # a column kept that holds each person's name, which this file gives in a column read as names: the
    # header renamed 'Name' as the import advised ("Farmer Name"), now kept twice, the old copy as a plain column
    for old, pids in update.kept_columns.items():
        got = [p for p in update.people if p.pid in set(pids) and p.name]
        if len(got) >= 2 and all(" ".join((p.attributes.get(old) or "").split()).lower()
                                 == " ".join(p.name.split()).lower() for p in got):
            out.append(escape(f"'{old}' holds each person's name, which the roster now reads as their name: the "
                              "same column kept twice, the old one as a plain column; to drop it, import a file "
                              f"with a '{old}' column left empty"))
    return out


def _reimport_lines(ctx: typer.Context, update: RosterUpdate, study: str) -> list[str]:
    """What a re-import matched or kept that the counts do not say: a Salesforce id in its other
    form, the values of columns the file does not have, a recorded no whose cell is now empty, a
    new id with a stored person's email."""
    out = [escape(update.id_note)] if update.id_note else []
    if update.joined_by_email and update.joined_by_phone:
        out.append(f"joined {counted(update.joined_by_email, 'row')} by phone number to the study's people (the file "
                   f"has no id column nor email, and each row's number in {update.joined_by_phone!r} is one stored "
                   "person's)")
    elif update.joined_by_email:
        out.append(f"joined {counted(update.joined_by_email, 'row')} by email to the study's people (the file has no "
                   "id column, and each row's email is one stored person's)")
    if update.adds_columns:
        # another source beside the roster (a screener after the CRM's export): nobody is missing from it
        cols = ", ".join(repr(c) for c in update.adds_columns[:4]) + (", …" if len(update.adds_columns) > 4 else "")
        out.append(escape(f"this file adds columns for {update.covered} of the study's {update.before} people "
                          f"({cols}); the others are kept as they were (another source beside the roster: "
                          "nobody is marked missing from it)"))
    elif update.other_source:
        # the survey the roster was joined with, exported again with only those who answered
        out.append(escape(f"this file gives {update.covered} of the study's {update.before} people's values in "
                          "a few of the roster's columns (a form's answers beside the roster); the others are "
                          "kept as they were (another source beside the roster: nobody is marked missing from it)"))
    if update.added and update.before:
        shown = ", ".join(update.added[:10]) + (f" and {len(update.added) - 10} more" if len(update.added) > 10 else "")
        out.append(escape(f"added {shown}: not on the roster before"))
    if update.email_changed:
        out.append(escape(f"email changed for {counted(len(update.email_changed), 'participant')}: "
                          f"{', '.join(update.email_changed)} (this file's address replaces the stored one)"))
    if update.same_record:
        pairs = ", ".join(f"{new} is {old}" for new, old in update.same_record[:3])
        n = len(update.same_record)
        out.append(f"{counted(n, 'row')} matched to the study's people by the other form of their Salesforce id "
                   f"(15 or 18 characters), kept under the ids stored: {escape(pairs)}{', …' if n > 3 else ''}")
    if update.letters_lost:
        n = len(update.letters_lost)
        shown = ", ".join(update.letters_lost[:5]) + (", …" if n > 5 else "")
        out.append(f"[yellow]warning:[/] this file has \"?\" in place of letters in the stored names or values of "
                   f"{counted(n, 'participant')} ({escape(shown)}): it was saved in an encoding that lacks them (Excel's "
                   "\"CSV\" rather than \"CSV UTF-8\"); the stored ones are kept. Save the sheet as CSV UTF-8 before "
                   "importing it again")
    for col, pids in update.digits_lost.items():
        shown = ", ".join(pids[:5]) + (f" and {len(pids) - 5} more" if len(pids) > 5 else "")
        out.append(f"[yellow]warning:[/] this file has {escape(repr(col))} in scientific notation (as "
                   f"{escape(repr(update.digits_lost_as.get(col, '2.34806E+12')))}) for {counted(len(pids), 'participant')} ({escape(shown)}): the spreadsheet (Excel) rewrote the long "
                   "numbers so and lost their last digits; the stored ones are kept. Format the column as Text "
                   "before saving the sheet, or edit the export itself, to import a change to them")
    for matched, how in ((update.same_number, "without its leading zeros (a spreadsheet such as Excel drops them "
                                               "when it saves a column of numbers)"),
                         (update.same_phone, "as a phone number with its country code (as a survey tool writes "
                                             "a mobile number; Excel drops its \"+\")"),
                         (update.same_grouped, "with its thousands grouped (a BI tool's export with its "
                                               "formatting on, such as Metabase's, writes 100,231 for 100231)"),
                         (update.same_typed, "typed in another case or without its hyphens (as people type their "
                                             "own id into a form)")):
        if matched:
            pairs = ", ".join(f"{new} is {old}" for new, old in matched[:3])
            out.append(f"{counted(len(matched), 'row')} matched to the study's people by their id {how}, kept under "
                       f"the ids stored: {escape(pairs)}{', …' if len(matched) > 3 else ''}")
    if update.renamed_columns:
        pairs = ", ".join(f"{new!r} is {old!r}" for new, old in update.renamed_columns[:4])
        more = len(update.renamed_columns) - 4
        out.append(f"{counted(len(update.renamed_columns), 'column')} read as the study's column of the same words "
                   f"(a formatted export's display names): {escape(pairs)}{f' and {more} more' if more > 0 else ''}")
    if update.kept_apart:
        pairs = ", ".join(f"{col!r} as {new!r}" for new, col in update.kept_apart)
        out.append(f"this file's form-tool {'columns' if len(update.kept_apart) > 1 else 'column'} of the same name "
                   f"as the study's, saying otherwise (the survey's own, not the roster's), kept apart: {escape(pairs)}")
    if (update.kept_fields or update.kept_columns) and not update.other_source:
        said_no = {p.pid for p in update.people if p.consent.recorded is False}
        parts = [f"{what} of {len(pids)}" + (f" ({n} said no)" if what == "recording consent"
                                              and (n := len(said_no & set(pids))) else "")
                 for what, pids in update.kept_fields.items()]
        parts += [f"{col!r} of {len(pids)}" for col, pids in update.kept_columns.items()]
        out.append("kept from the earlier import, as this file has no column for them: " + escape("; ".join(parts)))
        out += _same_values_lines(update)
        out.append("(to clear a column's values, import a file that has the column, left empty)")
    elif update.kept_columns:
        # (another source beside the roster, whose kept columns go unsaid: the same sheet with its headers in
        # another language, "จังหวัด" for "province", still says so)
        out += _same_values_lines(update)
    for (col, kind), pids in update.changed_whose.items():
        if kind == "cleared" and len(pids) > 3:  # (three or fewer are named in the changed line)
            shown = ", ".join(pids[:12]) + (f" and {len(pids) - 12} more" if len(pids) > 12 else "")
            out.append(escape(f"'{col}' cleared for: {shown}"))
    if update.no_longer_left_out:
        # a value that left them out, cleared or changed by this file: they are eligible now
        whys = "; ".join(f"{pid} (was: {why})" for pid, why in update.no_longer_left_out)
        out.append(f"[yellow]warning:[/] {counted(len(update.no_longer_left_out), 'participant')} the roster left "
                   f"out before this file {'is' if len(update.no_longer_left_out) == 1 else 'are'} eligible now, as "
                   f"this file cleared or changed what left them out: {escape(whys)}; if that value came from "
                   "another file (a billing extract's note), import that file again after this one")
    for what, pids in update.kept_no.items():
        out.append(f"[yellow]warning:[/] this file leaves the {what} of {counted(len(pids), 'participant')} "
                   f"empty where the study has their no, which is kept (a yes in the file changes it): "
                   f"{escape(', '.join(pids))}")
    if update.same_email:
        pairs = ", ".join(f"{new} has the email of {old}" for new, old in update.same_email)
        first_old = update.same_email[0][1]
        out.append(f"[yellow]warning:[/] {counted(len(update.same_email), 'added participant')} "
                   f"{'has' if len(update.same_email) == 1 else 'have'} the email of someone the file no longer has "
                   f"(a changed id? the plan takes one row per email): {escape(pairs)}; if so, "
                   + escape(hint(ctx, f"participants remove {first_old} --study {study}"))
                   + " takes the old row off")
    if update.same_email_kept:
        pairs = ", ".join(f"{new} has the email of {old}" for new, old in update.same_email_kept)
        first_new = update.same_email_kept[0][0]
        out.append(f"[yellow]warning:[/] {counted(len(update.same_email_kept), 'added participant')} "
                   f"{'has' if len(update.same_email_kept) == 1 else 'have'} the email of someone on the roster "
                   f"(a mistyped id? the plan takes one row per email): {escape(pairs)}; if so, "
                   + escape(hint(ctx, f"participants remove {first_new} --study {study}"))
                   + " takes the added row off, and the file with the id corrected adds its answers")
    return out


@participants_app.command("remove")
def remove(ctx: typer.Context, pid: Annotated[str, typer.Argument(help="Participant id.")], study: StudyOpt) -> None:
    """Take a participant off the study's roster (and its saved plan); refused while an interview
    is linked to them."""
    planned = open_workspace(ctx).remove_participant(study, pid)
    console.print(f"Removed {pid} from {study}" + (" and from its saved plan" if planned else ""),
                  markup=False, highlight=False)


def reading_summary(people: list[Participant], usage_from: list[str] | None = None,
                    opts: MixOptions | None = None, looked_up: dict[str, frozenset[str]] | None = None) -> str:
    """How the roster was read, to check at a glance: where ids, usage, NPS and earlier interviews
    come from ("usage from: status, last_login, logins_30d": the columns that decided someone's
    usage, and apart those read that decided nobody's); ``usage_from``: the columns a plan was
    told to read usage from (--usage-from), which replace the ones read by default; ``opts``: the
    plan's day and thresholds, which decide whose usage each column gives."""
    if not people:
        return "  no participants"
    parts = ["ids made from each email address (no id column)"] \
        if all(re.fullmatch(r"P-[0-9a-f]{8}", p.pid) for p in people) else []
    uses = columns_by_use(people)
    if usage_from:
        uses["usage"] = [f"{', '.join(c.lower() for c in usage_from)} (--usage-from)"]
    elif uses["usage"]:
        deciding, idle = usage_deciding(people, opts)
        uses["usage"] = [", ".join(deciding) or "no column"] + ([f"read, deciding nobody's: {', '.join(idle)}"]
                                                                if idle else [])
    read = [f"{use} from: {', '.join(cols)}" if use != "usage" or len(cols) == 1
            else f"usage from: {cols[0]} ({cols[1]})" for use, cols in uses.items() if cols]
    parts += read or ["no column says usage, NPS or earlier interviews"]
    named = sum(bool(p.name) for p in people)
    parts.append((f"names for {named}, " if named else "") + f"emails for {sum(bool(p.email) for p in people)} "
                 f"of {len(people)}")
    parts += [] if named else [_no_names(people)]
    # (notes by what they say, where the header is in words no table knows: a Turkish "Not")
    parts += [f"read {c!r} as notes from its content" for c in notes_by_content(people)]
    # a sheet joined by a lookup writes "#N/A" where it found no row: read as empty (not kept), and
    # said by the import that read it
    if looked_up:
        cols = sorted({k for c in looked_up.values() for k in c})
        pids = sorted(looked_up)
        parts.append(f"#N/A (a lookup that found nothing) read as empty for {len(pids)} "
                     f"{'person' if len(pids) == 1 else 'people'} ({', '.join(pids[:5])}"
                     f"{', …' if len(pids) > 5 else ''}) in {', '.join(cols)}")
    return "  " + "; ".join(parts)


def _no_names(people: list[Participant]) -> str:
    """Said where no column was read as names, naming one whose values look like names
    (``name_like_columns``: "Ad Soyad", "الاسم الكامل"), so "names for 0" is not passed over."""
    rows = [p.attributes for p in people]
    like = name_like_columns(list(dict.fromkeys(k for r in rows for k in r)), rows)
    if like:
        return (f"no column read as names, though {like[0]!r} looks like names by its values: to read it so, "
                "rename its header 'Name' and import again (a redacted export leaves it out either way)")
    return ("no column read as names; if one holds names, rename its header 'Name' (or 'First name' and "
            "'Last name') and import again")


def _public(p: Participant, hidden: set[str]) -> dict:
    """What may be shared of a person: no name, email or phone number (``hidden``: the roster's
    phone and email columns)."""
    return {"pid": p.pid, "attributes": {k: v for k, v in p.attributes.items() if k not in hidden},
            "tags": p.tags,
            "consent": {"recorded": p.consent.recorded,
                        "share_recordings": p.consent.share_recordings,
                        "quotes": p.consent.quotes}}


def _private(p: Participant, hidden: set[str], emails_in: frozenset[str] = frozenset()) -> dict:
    phones = {k: v for k, v in p.attributes.items() if k in hidden and k not in emails_in}
    emails = {k: v for k, v in p.attributes.items() if k in emails_in}
    return {"name": p.name, "email": p.email, "phones": phones, **({"other_emails": emails} if emails else {})}


def _settings(listing: Listing) -> str:
    """Which day and thresholds the usage segments follow, so the list can be set beside a plan."""
    o = listing.options
    said = (f"usage as of {o.as_of.isoformat() if o.as_of else 'today'}: lapsed after {o.lapsed_after_days} days "
            f"without use, frequent from {o.frequent_per_month:g} a month"
            + (f", read from {', '.join(o.usage_from)}" if o.usage_from else ""))
    return said + (" (the saved plan's settings)" if listing.from_plan else
                   " (the defaults; `recruit plan` with --as-of, --lapsed-after, --frequent saves others)")


@participants_app.command("list")
def list_participants(ctx: typer.Context, study: StudyOpt, as_json: JsonOpt = False,
                      private: Annotated[bool, typer.Option(
                          help="Show names, emails and phone numbers too.")] = False) -> None:
    """List a study's participants (by pseudonym unless --private), with the usage and NPS
    segments the study's saved plan gives them (the defaults as of today without one)."""
    listing = open_workspace(ctx).participant_listing(study)
    people, segs = listing.people, listing.persons
    dims = [d for d in (USAGE, SENTIMENT) if d in listing.dimensions]
    contact = contact_columns(dict.fromkeys(k for p in people for k in p.attributes), [p.attributes for p in people])
    # (a national identity or tax number, "Codice fiscale", "PESEL", is no more shared than a phone: --private shows it)
    ids = set() if private else {k for p in people for k in p.attributes if national_id_column(k)}
    if as_json:
        emails_in = frozenset(email_columns(contact, [p.attributes for p in people]))
        print_json([{**_public(p, set(contact) | ids), "segments": {d: x.segments[d] for d in dims},
                     **({"usage_from": x.usage_from} if USAGE in dims else {}),
                     **(_private(p, set(contact), emails_in) if private else {})} for p, x in zip(people, segs)])
        return
    read = [k for k in columns_read(people) if k not in ids]
    others = sorted({k for p in people for k in p.attributes} - set(read) - set(contact) - ids)
    head = [[p.pid, *([p.name or "", *(p.attributes.get(c, "") for c in contact)] if private else []),
             *(LABELS.get(x.segments[d], x.segments[d]) for d in dims)] for p, x in zip(people, segs)]
    tagged = any(p.tags for p in people)  # an empty tags column only takes room from the roster's own
    tail = [[{True: "yes", False: "no", None: ""}[p.consent.recorded], *([", ".join(p.tags)] if tagged else [])]
            for p in people]
    ends = ["recording ok", *(["tags"] if tagged else [])]
    fixed = ["id", *(["name", *contact] if private else []), *dims]
    # the id is what a person is looked up by: never cut; the roster's own columns give way first
    keys = _fitting([*fixed, *ends], [h + t for h, t in zip(head, tail)],
                    {k: [_cell(p.attributes.get(k, ""), k in read) for p in people] for k in read + others},
                    console.width)
    table = Table(*fixed, *keys, *ends)
    table.columns[0].no_wrap = True
    for p, h, t in zip(people, head, tail):
        table.add_row(*h, *(_cell(p.attributes.get(k, ""), k in read) for k in keys), *t)
    console.print(table)
    hidden = [k for k in read + others if k not in keys]
    if hidden:
        console.print(f"(+{len(hidden)} more columns: {', '.join(hidden)}; --json has them all)",
                      markup=False, highlight=False, soft_wrap=True)
    if ids:
        console.print(f"({', '.join(sorted(ids))}: a national id, not shown; --private shows it)",
                      markup=False, highlight=False, soft_wrap=True)
    if USAGE in dims:
        console.print(_settings(listing), markup=False, highlight=False, soft_wrap=True)


def _cell(value: str, read: bool) -> str:
    """A roster value as shown: a Unix time the plan reads as a date shows that date."""
    return epoch_as_date(value) if read else value


def _fitting(fixed: list[str], rows: list[list[str]], columns: dict[str, list[str]], width: int) -> list[str]:
    """The ``columns``, in order, that fit in ``width`` beside the ``fixed`` ones (each as wide as
    its header or longest value, up to 24, plus 3 for the rule and padding)."""
    def need(header: str, values: list[str]) -> int:
        return min(max([len(header), *map(len, values)]), 24) + 3
    used = 1 + sum(need(h, [r[i] for r in rows]) for i, h in enumerate(fixed))
    out = []
    for col, values in columns.items():
        used += need(col, values)
        if used > width:
            break
        out.append(col)
    return out
