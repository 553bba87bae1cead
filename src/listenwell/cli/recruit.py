"""`listenwell recruit plan|coverage`: pick a balanced participant mix and track it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Column, Table

from listenwell.analysis.mix import (
    THIS_STUDY,
    USAGE,
    CoverageRow,
    MixOptions,
    MixPlan,
    Person,
    find_column,
    parse_caps,
    parse_days,
    parse_weights,
    segment_label,
    whole,
)
from listenwell.analysis.roster_signals import (gift_officer_columns, note_columns, notes_by_content, opt_in_columns,
                                                proxy_columns, safe_contact_only, safety_case)
from listenwell.cli.common import console, day_option, hint, open_workspace, print_json, with_workspace
from listenwell.cli.studies import reading_summary
from listenwell.domain import InputError, Participant
from listenwell.domain.columns import name_like_columns
from listenwell.domain.names import phone_columns
from listenwell.domain.phones import e164, lost_zeros, roster_country
from listenwell.ingest.roster import names_field

recruit_app = typer.Typer(help="Plan who to interview: a real mix, not only fans or critics.",
                          no_args_is_help=True)

StudyOpt = Annotated[str, typer.Option("--study", "-s", help="Study slug.")]
SizeOpt = Annotated[int, typer.Option("--size", "-n", help="How many people to interview.")]
ByOpt = Annotated[Optional[list[str]], typer.Option(
    "--by", help="Roster columns to balance on too, comma-separated (e.g. plan,region).")]
AsOfOpt = Annotated[Optional[str], typer.Option(
    "--as-of", help="Date to count recency from (YYYY-MM-DD; default today).")]
# coverage follows a saved plan's own day and columns, so these apply only to a study without one
CoverageAsOfOpt = Annotated[Optional[str], typer.Option(
    "--as-of", help="Without a saved plan: date to count recency from (YYYY-MM-DD; default today).")]
CoverageByOpt = Annotated[Optional[list[str]], typer.Option(
    "--by", help="Without a saved plan: roster columns to balance on too, comma-separated.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]
LapsedOpt = Annotated[str, typer.Option(
    "--lapsed-after", help="No activity for longer than this counts as lapsed (e.g. 90d, 6m).")]
FrequentOpt = Annotated[float, typer.Option(
    "--frequent", min=0.0, help="Sessions per month from which a user counts as frequent.")]


def _by(values: list[str] | None) -> list[str]:
    return [c.strip() for v in values or [] for c in v.split(",") if c.strip()]


def _as_of(value: str | None) -> dt.date | None:
    # (a day written as people write it, "29/11/2026", as `interviews date` reads it, where it reads one way only)
    return day_option("--as-of", value)


def _coverage_table(rows: list[CoverageRow], chosen_header: str, target_header: str = "target",
                    eligible_header: str = "eligible") -> Table:
    table = Table("segment", "value", "in roster", eligible_header, target_header, chosen_header)
    for r in rows:
        table.add_row(r.dimension, segment_label(r.dimension, r.value), str(r.in_roster), str(r.eligible),
                      whole(r.target), str(r.chosen))
    return table


def _id_column(ids: list[str]) -> Column:
    """The participant column: an id is copied into a panel's message box or a CRM's search, so it
    is never cut; the segment columns wrap to make room."""
    return Column("participant", no_wrap=True, min_width=max(map(len, ids), default=11))


def _people_json(people: list[Person]) -> list[dict]:
    return [{"pid": p.pid, "segments": p.segments, "usage_from": p.usage_from, "interviewed": p.interviewed,
             "last_interviewed": p.last_interviewed,
             "consent": {"recording": p.recording, "quotes": p.quotes}} for p in people]


def _yes_no(value: bool | None) -> str:
    return "" if value is None else "yes" if value else "no"


def _consent_cells(p: Person) -> list[str]:
    """Recording: yes, no or blank (the roster does not say); quotes: "no" only where the roster
    refuses them, as quoting is allowed unless someone said no."""
    return [_yes_no(p.recording), "no" if p.quotes is False else ""]


def _earlier_interview(p: Person) -> str:
    """An interview outside this study (another study here, or the roster's own record): shown
    apart from this study's, so a re-contact is not read as done."""
    if not p.last_interviewed or p.last_interviewed_where == THIS_STUDY:
        return ""
    return f"{p.last_interviewed.isoformat()} ({p.last_interviewed_where or 'roster'})"


Contacts = tuple[list[str], dict[str, list[str]]]  # the columns (name, email, phones…), pid → values


def greeting(p: Participant) -> str:
    """The name to greet them by in an invitation: the preferred name they go by (less a surname it repeats,
    "Bella Rossi" of "Isabella Rossi"), else the roster's first name."""
    preferred = next((n.strip() for n in p.other_names if n.strip()), "")
    surname = (p.name or "").split()[-1:] if p.name and len(p.name.split()) > 1 else []
    if preferred and surname and len(preferred.split()) > 1 and preferred.split()[-1].lower() == surname[0].lower():
        preferred = " ".join(preferred.split()[:-1])
    return preferred or p.first_name or ""


def contact_details(people: list[Participant]) -> Contacts:
    """Name (and the first name alone, where the roster has it), email and every phone column the
    roster has (a WhatsApp number may be the only way
    to reach someone), for an invitation list; after them each phone column again in E.164
    ("+919450011223", for a bulk WhatsApp or SMS send) where any of its numbers can be written so
    for certain (``domain.phones``); then the roster's notes ("call after 6pm", "son translates"),
    which the caller reads before phoning."""
    columns = list(dict.fromkeys(k for p in people for k in p.attributes))
    phones = phone_columns(columns, [p.attributes for p in people])
    # (and the columns that hold notes by what they say, whatever their header's language: a Turkish "Not")
    notes = [c for c in note_columns(columns) + notes_by_content(people)
             if c not in phones and any(p.attributes.get(c) for p in people)]
    # (and who acts for them, an authorized representative or a proxy the roster names: whom to ask for)
    proxies = [c for c in proxy_columns(people) if c not in phones and c not in notes]
    country = roster_country(p.attributes.get(c, "") for p in people for c in phones)
    e164s = {c: {p.pid: e164(p.attributes.get(c, ""), country) for p in people} for c in phones}
    e164s = {c: numbers for c, numbers in e164s.items() if any(numbers.values())}
    # the first name alone, where the roster has a column of it: a mail merge's "Dear …"
    # (or the name they go by, where the roster has a preferred name: "Bella", not "Isabella", in the greeting)
    first = ["first_name"] if any(p.first_name or p.other_names for p in people) else []
    # (a safety note, "DV – use only safe number": the listed email and phones may reach whoever harms
    # them, so they are withheld, marked, and the notes beside them give the safe way; so too for someone in
    # an open trust-and-safety case, "victim in open safety case, contact only via T&S": the team clears it first)
    unsafe = {p.pid for p in people if safe_contact_only(p) or safety_case(p)}
    withheld = "withheld: safe contact only, see notes"
    return ["name", *first, "email", *phones, *(f"{c} (E.164)" for c in e164s), *proxies, *notes], {
        p.pid: [p.name or "", *([greeting(p)] if first else []),
                withheld if p.pid in unsafe and p.email else p.email or "",
                *(withheld if p.pid in unsafe and p.attributes.get(c, "").strip() else p.attributes.get(c, "")
                  for c in phones),
                *("" if p.pid in unsafe else numbers[p.pid] for numbers in e164s.values()),
                *(p.attributes.get(c, "") for c in proxies),
                *(p.attributes.get(c, "") for c in notes)]
        for p in people}


def _zeros_lost(people: list[Participant], chosen: set[str]) -> list[str]:
    """For the contacts file: the chosen people's phone numbers that look saved without their
    leading 0 (``domain.phones.lost_zeros``), a warning per phone column."""
    out = []
    phones = phone_columns(dict.fromkeys(k for p in people for k in p.attributes), [p.attributes for p in people])
    for col in phones:
        values = [p.attributes.get(col, "") for p in people]
        lost = lost_zeros(values)
        theirs = [p.pid for p in people if p.pid in chosen and p.attributes.get(col, "").strip() in lost]
        if theirs:
            example = next(p.attributes[col].strip() for p in people if p.pid == theirs[0])
            beside = lost[example]
            shown = ", ".join(theirs[:5]) + (", …" if len(theirs) > 5 else "")
            country = roster_country(values)
            e164_said = (f"its E.164 column gives them with +{country.code}, the code the roster's other numbers "
                         "have: check them" if country else "no E.164 form is guessed, as no number gives the "
                         "country: add the 0 (or the country code) before you send")
            out.append(f"{col}: {len(theirs)} of the chosen have a number that a spreadsheet (Excel) seems to have "
                       f"saved without its leading 0 ({example} beside {beside}): {shown}; the contacts file "
                       f"writes them as the roster has them, and {e164_said}, or export the roster with that "
                       "column kept as text")
    return out


def roster_columns(people: list[Participant], names: list[str], contacts: bool) -> Contacts:
    """The roster columns named with --with (a seller's shop, a company), found as --by finds them,
    for the plan file: a phone column (by its name in any roster language, or by what it holds)
    only with --contacts, which writes the contact details."""
    columns = {k for p in people for k in p.attributes}
    found = list(dict.fromkeys(_with_column(name, columns, contacts) for name in names))
    phones = phone_columns(found, [p.attributes for p in people])
    if phones and not contacts:
        raise InputError(f"--with {phones[0]}: a phone number, which the plan file carries only with --contacts "
                         "(names, emails and phone numbers, for invitations)")
    # a column of people's names by its values, whatever its header ("Farmer Name" kept from before it was
    # renamed "Name", "ชื่อ-นามสกุล"): contact data like the name the roster reads
    named = name_like_columns(found, [p.attributes for p in people])
    if named and not contacts:
        raise InputError(f"--with {named[0]}: its values are people's names, which the plan file carries only with "
                         "--contacts (names, emails and phone numbers, for invitations)")
    return found, {p.pid: [p.attributes.get(c, "") for c in found] for p in people}


def with_opt_ins(people: list[Participant], extra: Contacts | None) -> Contacts | None:
    """The --with columns and after them the roster's research opt-ins that someone answered yes
    in ("research_opt_in", a survey's "Would you be open to a call…?"), for the plan file: a chosen
    "Maybe" or an empty answer (named in a warning) can then be sorted out and asked first; and a donor
    CRM's gift officer columns ("Primary gift officer"), through whom the invitation goes."""
    # (and a donor CRM's gift officer, "Primary gift officer": their contact goes through that officer)
    asked = [c for c in [*opt_in_columns(people), *gift_officer_columns(people)] if extra is None or c not in extra[0]]
    if not asked:
        return extra
    found, values = extra if extra is not None else ([], {})
    return [*found, *asked], {p.pid: [*values.get(p.pid, [""] * len(found)), *(p.attributes.get(c, "") for c in asked)]
                              for p in people}


def _with_column(name: str, columns: set[str], contacts: bool) -> str:
    """A --with column, as --by finds it; a name or email column, which the roster reads into the
    person's private name and address rather than keeping it as a column, refused saying so."""
    try:
        return find_column("--with", name, columns)
    except InputError:
        field = names_field(name)
        if field is None:
            raise
        raise InputError(
            f"--with {name}: the roster's {field} column is read into each person's {'name' if field != 'email' else field}, "
            "which is private, not kept as a column: --contacts writes it as "
            + {"email": "`email`", "first name": "`first_name` (for a mail merge's greeting) beside `name`"}.get(
                field, "`name` (the whole name)")
            + ("" if contacts else "; add --contacts")) from None


def made_up_id(position: int) -> str:
    """A made-up id for the shared plan file: the plan's order, so the same plan gives the same ids
    (the --contacts file, which has both, maps them back)."""
    return f"R{position:02d}"


def plan_csv(plan: MixPlan, contacts: Contacts | None = None, made_up_ids: bool = False,
             excel: bool = False, extra: Contacts | None = None, bom: bool = False) -> str:
    """The chosen list; with ``contacts`` it is an invitation list; with ``made_up_ids`` the
    roster's ids (a record or CRM number can be looked up) give way to R01, R02… (both are
    written when contacts are too); with ``excel``, a UTF-8 mark and ';' between columns, which
    Excel set to a language that writes decimals with a comma opens as columns, accents intact;
    ``extra``: roster columns named with --with, after the contact details (once: a column
    balanced on or a phone written with the contacts is there already); with ``bom``, the UTF-8 mark and
    ',' kept, for Excel in a language that writes decimals with a point (Thai, English, Hindi)."""
    buf = io.StringIO()
    if excel or bom:
        buf.write("\ufeff")
    writer = csv.writer(buf, delimiter=";" if excel else ",")
    why = USAGE in plan.dimensions  # what each usage segment was read from, to check it against the roster
    header, details = contacts if contacts is not None else ([], {})
    if extra is not None:
        keep = [i for i, c in enumerate(extra[0]) if c not in header and c not in plan.dimensions]
        header = [*header, *(extra[0][i] for i in keep)]
        details = {pid: [*details.get(pid, [""] * (len(header) - len(keep))), *(values[i] for i in keep)]
                   for pid, values in extra[1].items()}
    real = contacts is not None or not made_up_ids  # the roster's id: kept beside a made-up one only to map back
    # planning mid-study (--keep-interviewed): who was interviewed here already, yes or no, so a
    # mail merge filters them out (last_interviewed may be another study's, or the roster's)
    done = any(p.interviewed for p in plan.chosen)
    writer.writerow([*(["ref"] if made_up_ids else []), *(["pid"] if real else []), *header, *plan.dimensions,
                     *(["usage_from"] if why else []), *(["interviewed_in_study"] if done else []),
                     "last_interviewed", "recording_consent", "quotes_consent"])
    for i, p in enumerate(plan.chosen, 1):
        writer.writerow([*([made_up_id(i)] if made_up_ids else []), *([p.pid] if real else []), *details.get(p.pid, [""] * len(header)),
                         *(p.segments[d] for d in plan.dimensions), *([p.usage_from] if why else []),
                         *([_yes_no(p.interviewed)] if done else []),
                         p.last_interviewed.isoformat() if p.last_interviewed else "", *_consent_cells(p)])
    return buf.getvalue()


def _write_atomic(path: Path, text: str) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError("the folder does not exist", file=str(folder))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".plan-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)


@recruit_app.command("plan")
def plan(
    ctx: typer.Context,
    study: StudyOpt,
    size: SizeOpt = 12,
    by: ByOpt = None,
    exclude_recent: Annotated[Optional[str], typer.Option(
        "--exclude-recent", help="Leave out people interviewed within this time (e.g. 90d, 12w).")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed for a reproducible pick.")] = 0,
    include_unconsented: Annotated[bool, typer.Option(
        "--include-unconsented", help="Also pick people whose roster says no to recording.")] = False,
    keep_interviewed: Annotated[bool, typer.Option(
        "--keep-interviewed", help="Planning mid-study: keep everyone already interviewed in this "
                                   "study in the plan and pick the rest around them (the saved plan's "
                                   "people already interviewed are kept without it).")] = False,
    mix: Annotated[Optional[list[str]], typer.Option(
        "--mix", help="Target shares instead of an even spread, e.g. usage=lapsed:2,frequent:1; "
                     ":0 leaves a value's people out (role=student:0).")] = None,
    at_most: Annotated[Optional[list[str]], typer.Option(
        "--at-most", help="At most this many people per value of a roster column, e.g. \"Account Name=2\" "
                          "(two per account); comma-separated or repeated for more columns.")] = None,
    as_of: AsOfOpt = None,
    lapsed_after: LapsedOpt = "90d",
    frequent: FrequentOpt = 4.0,
    usage_from: Annotated[Optional[list[str]], typer.Option(
        "--usage-from", help="Read usage from these roster columns only, comma-separated (e.g. a feature's "
                             "own 'Timeline last opened'); by default every column that says something of use.")] = None,
    no_usage: Annotated[bool, typer.Option(
        "--no-usage", help="Do not balance on usage at all: for a study where how much people use the product "
                           "does not set them apart (a permit applied for once a year).")] = False,
    no_nps: Annotated[bool, typer.Option(
        "--no-nps", help="Do not balance on NPS (a 0-10 'how likely are you to recommend' column): for a "
                         "score about something else than the study's, or answered by only a few.")] = False,
    leave_out: Annotated[Optional[list[str]], typer.Option(
        "--leave-out", help="Leave these people out by id, comma-separated (they declined, did not answer, or "
                            "are not right for the study); the rest of the saved plan stays and their places "
                            "are filled.")] = None,
    adult_age: Annotated[Optional[int], typer.Option(
        "--adult-age", help="The age of majority where the study's people live (e.g. 20 in Thailand, 19 in "
                            "Alabama): anyone younger by an age, a birth date or their own words is left out, "
                            "as under 18 is by default; kept with the plan.")] = None,
    fresh: Annotated[bool, typer.Option(
        "--fresh", help="Draw anew: do not keep the saved plan's people first (by default they are, as "
                        "invitations may be out).")] = False,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write the chosen list as CSV.")] = None,
    contacts: Annotated[bool, typer.Option(
        "--contacts", help="Put names, emails and phone numbers from the roster in the CSV, to send "
                           "invitations. Without it the file has none of these, but it does hold the "
                           "roster's own ids, which a record or CRM number lets anyone look up: "
                           "see --made-up-ids.")] = False,
    made_up_ids: Annotated[bool, typer.Option(
        "--made-up-ids", help="Write R01, R02… (the plan's order) in the CSV instead of the roster's ids, "
                              "for a file to share; with --contacts both are written, to map them back.")] = False,
    with_: Annotated[Optional[list[str]], typer.Option(
        "--with", help="Roster columns to add to the CSV, comma-separated (e.g. a seller's 'Shop name'); "
                       "the columns balanced on (--by, --mix) are there already.")] = None,
    excel: Annotated[bool, typer.Option(
        "--excel", help="Write the CSV for Excel in a language that writes decimals with a comma (most of "
                        "Europe and Latin America): a UTF-8 mark and ';' between columns.")] = False,
    bom: Annotated[bool, typer.Option(
        "--bom", help="Write the CSV for Excel in a language that writes decimals with a point (Thai, English, "
                      "Hindi, Chinese): a UTF-8 mark, so its letters are intact, and ',' between columns.")] = False,
    no_save: Annotated[bool, typer.Option(
        "--no-save", help="Only show the pick; keep the study's saved plan as it is.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Pick a balanced set of participants from the roster and keep it as the study's plan
    (replacing the last one), which `recruit coverage` then tracks."""
    if output is not None and output.suffix.lower() != ".csv":
        raise InputError(f"-o {output}: the plan can only be written as a .csv file; name one ending in .csv")
    if contacts and output is None:
        raise InputError("--contacts puts names and emails in the CSV: name one with -o plan.csv")
    day = _as_of(as_of)
    weights = parse_weights(mix or [])
    if no_usage and ("usage" in weights or usage_from):
        raise InputError(f"--no-usage and {'--mix usage=…' if 'usage' in weights else '--usage-from'} ask for "
                         "opposite things: balance on usage, or not at all")
    if no_nps and "sentiment" in weights:
        raise InputError("--no-nps and --mix sentiment=… ask for opposite things: balance on NPS, or not at all")
    opts = MixOptions(size=size, by=_by(by), seed=seed, as_of=day,
                      exclude_recent_days=parse_days(exclude_recent, day) if exclude_recent else None,
                      weights=weights, lapsed_after_days=parse_days(lapsed_after, day),
                      frequent_per_month=frequent, include_unconsented=include_unconsented,
                      keep_interviewed=keep_interviewed, usage_from=_by(usage_from),
                      at_most=parse_caps(_by(at_most)), balance_usage=not no_usage, balance_nps=not no_nps,
                      leave_out=_by(leave_out), fresh=fresh, adult_age=adult_age)
    ws = open_workspace(ctx)
    details = contact_details(ws.participants(study)) if contacts else None
    if details is not None and not any(any(v) for v in details[1].values()):
        raise InputError("--contacts: no name or email column, nor a phone column, was recognised in the "
                         "roster, so the invitation list would be blank; `listenwell participants list "
                         f"--study {study} --private` shows the roster as read")
    if excel and bom:
        raise InputError("--excel and --bom: choose one (--excel puts ';' between columns, for Excel where decimals "
                         "have a comma; --bom keeps ',', for Excel where they have a point)")
    for flag, given in (("--made-up-ids", made_up_ids), ("--excel", excel), ("--bom", bom), ("--with", with_)):
        if given and output is None:
            raise InputError(f"{flag} is for the CSV: name one with -o plan.csv")
    extra = roster_columns(ws.participants(study), _by(with_), contacts) if with_ else None
    if output is not None:
        extra = with_opt_ins(ws.participants(study), extra)
    result = ws.recruit_plan(study, opts, save=not no_save)
    written = plan_csv(result, details, made_up_ids, excel, extra, bom) if output is not None else ""
    if output is not None:
        _write_atomic(output, written)
    if as_json:
        print_json({
            "study": study, "size": size, "seed": seed, "as_of": result.as_of,
            "saved": result.saved, "replaced": result.replaced, "dimensions": result.dimensions,
            "chosen": _people_json(result.chosen),
            "coverage": result.coverage, "notes": result.notes, "warnings": result.warnings,
            "excluded": [{"pid": pid, "reason": why} for pid, why in result.excluded],
            "dropped": None if result.dropped is None else [
                {**d, "reason": result.dropped_why.get(d["pid"])} for d in _people_json(result.dropped)],
            "added": None if result.added is None else _people_json(result.added),
        })
        return
    done = opts.keep_interviewed  # say who is in the plan because they were interviewed already
    # one column, one meaning: this study's interviews, and any other (another study, the roster's
    # record) apart, so a re-contact is not read as done here
    earlier = any(_earlier_interview(p) for p in result.chosen)
    table = Table("#", _id_column([p.pid for p in result.chosen]), *result.dimensions,
                  *(["interviewed (this study)"] if done else []),
                  *(["interviewed before"] if earlier else []))
    for i, p in enumerate(result.chosen, 1):
        here = (p.interviewed_on.isoformat() if p.interviewed_on else "yes") if p.interviewed else ""
        table.add_row(str(i), p.pid, *(segment_label(d, p.segments[d]) for d in result.dimensions),
                      *([here] if done else []), *([_earlier_interview(p)] if earlier else []))
    console.print(table)
    console.print(reading_summary(ws.participants(study), opts.usage_from, opts), markup=False, highlight=False)
    if result.coverage:  # no segments: the warnings say why
        console.print(_coverage_table(result.coverage, "chosen"))
    for pid, why in result.excluded:
        console.print(f"[dim]left out {escape(pid)}: {escape(why)}[/]")
    for note in result.notes:
        console.print(note, markup=False, highlight=False, soft_wrap=True)
    for w in result.warnings:
        console.print(f"[yellow]warning:[/] {escape(with_workspace(ctx, w))}", highlight=False, soft_wrap=True)
    _print_changes(result)
    if output is not None:
        console.print(f"Wrote {len(result.chosen)} people to {escape(str(output))}")
        if not excel and not bom and not written.isascii():
            # (UTF-8 without its mark: Excel reads "קופת חולים" or "กรุงเทพมหานคร" as the computer's own code page)
            console.print("It has letters beyond English ones: the same command with --bom (Excel where decimals are "
                          "written with a point) or --excel (where with a comma) writes a file Excel opens with "
                          "them intact", highlight=False, soft_wrap=True)
        if details is not None:
            for w in _zeros_lost(ws.participants(study), {p.pid for p in result.chosen}):
                console.print(f"[yellow]warning:[/] {escape(w)}", highlight=False, soft_wrap=True)
        here = sum(p.interviewed for p in result.chosen)
        if here:  # kept in the plan, not to be invited again
            console.print(f"{here} of them {'was' if here == 1 else 'were'} interviewed in this study already "
                          "(interviewed_in_study: yes): leave them out of the invitations", highlight=False)
    if result.saved:
        was = f" (replaces the plan made {result.replaced:%Y-%m-%d %H:%M} UTC)" if result.replaced else ""
        console.print(f"Saved as the study's plan{was}; "
                      f"{escape(hint(ctx, f'recruit coverage --study {study}'))} tracks it.", highlight=False, soft_wrap=True)


def _print_changes(result: MixPlan) -> None:
    """Against the saved plan: who left it (invitations may be out) and who joined."""
    if result.dropped is None or result.added is None:
        return
    if not result.dropped and not result.added:
        console.print("Same people as the saved plan.")
        return
    verb = "Drops" if result.saved else "Would drop"
    if result.dropped:  # one to a line: each has its own reason, and its own advice
        console.print(f"{verb} from the saved plan:\n" + "\n".join(
            f"  {p.pid}: {result.dropped_why.get(p.pid, '')}" for p in result.dropped),
            markup=False, highlight=False, soft_wrap=True)
    if result.added:
        console.print(f"{'Adds' if result.saved else 'Would add'}: " + ", ".join(p.pid for p in result.added),
                      markup=False, highlight=False)


@recruit_app.command("coverage")
def coverage_cmd(
    ctx: typer.Context,
    study: StudyOpt,
    size: Annotated[Optional[int], typer.Option(
        "--size", "-n", help="Without a saved plan: compare with an even plan of this many.")] = None,
    by: CoverageByOpt = None,
    as_of: CoverageAsOfOpt = None,
    lapsed_after: Annotated[Optional[str], typer.Option(
        "--lapsed-after", help="Without a saved plan: no activity for longer than this is lapsed.")] = None,
    frequent: Annotated[Optional[float], typer.Option(
        "--frequent", min=0.0, help="Without a saved plan: sessions per month that count as frequent.")] = None,
    adult_age: Annotated[Optional[int], typer.Option(
        "--adult-age", help="Without a saved plan: the age of majority where the study's people live "
                            "(a saved plan keeps its own).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Who has actually been interviewed so far, by segment, against the study's saved plan
    (from `recruit plan`), or against an even plan when there is none."""
    opts = None
    given = {"--size": size, "--by": by, "--as-of": as_of, "--lapsed-after": lapsed_after, "--frequent": frequent,
             "--adult-age": adult_age}
    named = [name for name, v in given.items() if v is not None]
    if named:
        defaults, day = MixOptions(), _as_of(as_of)
        opts = MixOptions(size=size if size is not None else defaults.size, by=_by(by), as_of=day,
                          lapsed_after_days=parse_days(lapsed_after, day) if lapsed_after
                          else defaults.lapsed_after_days,
                          frequent_per_month=frequent if frequent is not None else defaults.frequent_per_month,
                          adult_age=adult_age)
    cov = open_workspace(ctx).recruit_coverage(study, opts, named)
    plan = cov.plan
    if as_json:
        print_json({
            "study": study, "dimensions": cov.dimensions, "rows": cov.rows,
            "plan": None if plan is None else {
                "size": plan.size, "seed": plan.seed, "as_of": plan.as_of, "created_at": plan.created_at,
                "people": _people_json(cov.planned)},
            "even_plan_size": None if plan is not None else (opts or MixOptions()).size,
            "interviewed": _people_json(cov.interviewed), "off_plan": _people_json(cov.off_plan),
            "to_go": [p.pid for p in cov.waiting], "optional": [p.pid for p in cov.covered],
            "warnings": cov.warnings})
        return
    if plan is None:
        console.print(f"{len(cov.interviewed)} of the roster interviewed so far, against an even plan of "
                      f"{(opts or MixOptions()).size} (no saved plan: "
                      f"{escape(hint(ctx, f'recruit plan --study {study}'))} makes one)", highlight=False, soft_wrap=True)
    else:
        console.print(cov.plan_line())
    # in coverage, CoverageRow.eligible counts the people who can still be asked
    if cov.rows:  # no segments: the warnings say why
        console.print(_coverage_table(cov.rows, "interviewed", "planned" if plan else "target",
                                      "remaining"))
    if plan is not None:
        listed = cov.planned + cov.off_plan
        # as in the plan: an interview elsewhere (another study, the roster's record) apart
        earlier = any(_earlier_interview(p) for p in listed)
        table = Table(_id_column([p.pid for p in listed]), *cov.dimensions, "interviewed",
                      *(["interviewed before"] if earlier else []))
        for p in listed:
            # this study's interview only: the roster's earlier research is not "done" here
            when = (p.interviewed_on.isoformat() if p.interviewed_on else "yes") if p.interviewed else "not yet"
            if p in cov.off_plan:
                when += " (not in the plan)"
            table.add_row(p.pid, *(segment_label(d, p.segments[d]) for d in cov.dimensions), when,
                          *([_earlier_interview(p)] if earlier else []))
        console.print(table)
    if cov.waiting:
        console.print(f"Still to interview ({len(cov.waiting)}): {', '.join(p.pid for p in cov.waiting)}",
                      markup=False, highlight=False)
    if cov.covered:
        console.print(f"Optional now ({len(cov.covered)}): {', '.join(p.pid for p in cov.covered)}: the plan "
                      "placed them in segments that interviews outside the plan have already filled",
                      markup=False, highlight=False, soft_wrap=True)
    for w in cov.warnings:  # a command it quotes carries the user's -w, to run as copied
        console.print(f"[yellow]warning:[/] {escape(with_workspace(ctx, w))}", highlight=False, soft_wrap=True)
