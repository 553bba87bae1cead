"""Use cases for studies and their rosters."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.analysis.mix import MixOptions, Person, check_roster, one_person_rows, segment
from listenwell.analysis.roster_signals import DAY_FIRST, MONTH_FIRST, buddhist_columns, left_out_by_roster, \
    parse_date, recorded_refusal
from listenwell.domain import Conflict, Consent, InputError, Participant, Study
from listenwell.domain.dates import MONTHS, find_date, readings
from listenwell.domain.glossary import ascii_digits, fold
from listenwell.domain.names import phones
from listenwell.domain.phones import Country, e164, one_number, roster_country
from listenwell.domain.ids import same_grouped_number, same_number_id, same_phone_id, same_salesforce_record, \
    same_typed_id
from listenwell.domain.text import SLUG, column_words, slugify
from listenwell.ingest.mojibake import misreadings, name_key
from listenwell.ingest.roster import Roster, lost_letters, phone_digits, read_roster_file
from listenwell.store.participants import (
    fill_row,
    get_participant_row,
    load_participants,
    participant_rows_by_pid,
    to_participant,
)
from listenwell.store.recruitment import load_plan
from listenwell.store.studies import get_study_row, to_study
from listenwell.store.tables import InterviewParticipantRow, ParticipantRow, RecruitPlanMemberRow, StudyRow


def create_study(session: Session, title: str, goals: list[str], description: str = "",
                 slug: str | None = None, planned_minutes: int | None = None) -> Study:
    if not title.strip():
        raise InputError("a study needs a title")
    if slug is not None and not SLUG.fullmatch(slug):
        raise InputError(f"slug {slug!r}: write it in lower-case letters a-z, digits and hyphens "
                         "(e.g. 'keiri-2026'): it is typed after --study and stands in web addresses")
    made = slugify(title)
    if slug is None and not re.search(r"[A-Za-z0-9]", unicodedata.normalize("NFKD", title)):
        # a title with no Latin letter or digit ("経費精算ヒアリング") gives no slug of its own:
        # "study", then "study-2", "study-3"…, never another study's
        taken = set(session.scalars(select(StudyRow.slug).where(StudyRow.slug.like(f"{made}%"))))
        slug = next(s for n in range(1, len(taken) + 2) if (s := made if n == 1 else f"{made}-{n}") not in taken)
    slug = slug or made
    if session.scalar(select(StudyRow.id).where(StudyRow.slug == slug)) is not None:
        raise Conflict(f"a study {slug!r} already exists (its title: "
                       f"{session.scalar(select(StudyRow.title).where(StudyRow.slug == slug))!r}); "
                       "give this one a slug of its own with --slug")
    row = StudyRow(slug=slug, title=title.strip(), goals=[g.strip() for g in goals if g.strip()],
                   description=description, planned_minutes=planned_minutes)
    session.add(row)
    session.flush()
    return to_study(row)


@dataclass
class RosterUpdate:
    """What an import did: a client's re-sent roster may have dropped people who must not be asked."""
    people: list[Participant]  # the study's whole roster afterwards
    added: list[str]
    changed: list[str]
    missing: list[str]  # in the study but not in this file: kept as they were
    # what the file has no column for, kept from the earlier import → the people whose value was
    # kept: roster columns (in lower case), and fields ("recording consent", "names", "tags", ...)
    kept_columns: dict[str, list[str]] = field(default_factory=dict)
    kept_fields: dict[str, list[str]] = field(default_factory=dict)
    # a recorded "no" (to recording, sharing recordings, quotes) whose cell the file leaves empty:
    # kept, never turned into unknown; what → pids
    kept_no: dict[str, list[str]] = field(default_factory=dict)
    # people the roster left out before this file and not after it, each with why it did: a note or a
    # status another source set, cleared or changed by this one (a CRM export over a billing extract's notes)
    no_longer_left_out: list[tuple[str, str]] = field(default_factory=list)
    # (id in the file, id stored): the same Salesforce record under its 15- or 18-character id
    same_record: list[tuple[str, str]] = field(default_factory=list)
    # (id in the file, id stored): one number id without the leading zeros it is stored with (or
    # back), as a spreadsheet saves a column of digits
    same_number: list[tuple[str, str]] = field(default_factory=list)
    # (id in the file, id stored): one phone number id with its country code and in its national form
    # ("8801711234501" or "+8801711234501" for "01711234501"), as a survey tool or Excel writes a mobile number
    same_phone: list[tuple[str, str]] = field(default_factory=list)
    # (id in the file, id stored): the id as a person typed it into a form, in another case or
    # without its hyphens ("plr-0063558", "PLR0065003" for "PLR-0063558", "PLR-0065003")
    same_typed: list[tuple[str, str]] = field(default_factory=list)
    # (id in the file, id stored): one number id with its thousands grouped ("100,231" for "100231",
    # or back), as a BI tool's export with its formatting on writes it
    same_grouped: list[tuple[str, str]] = field(default_factory=list)
    # (column in the file, column stored): the same column under its display name ("Last Login At"
    # for "last_login_at"), as a BI tool's formatted export heads it
    renamed_columns: list[tuple[str, str]] = field(default_factory=list)
    # (id added, id stored): a new id with the email of someone the file does not have
    same_email: list[tuple[str, str]] = field(default_factory=list)
    # (id added, id stored): a new id with the email of someone on the roster, from a file of another source
    # (a survey whose respondent mistyped their id), which marks nobody missing
    same_email_kept: list[tuple[str, str]] = field(default_factory=list)
    # why the ids come from the column they do, where it is not the obvious one (Roster.id_note)
    id_note: str | None = None
    # with --replace: the people the file no longer has, taken off; those of them in the saved plan
    removed: list[str] = field(default_factory=list)
    removed_planned: list[str] = field(default_factory=list)
    # a file of another source beside the roster (a screener after the CRM's export): most of its
    # columns are new; it adds them for the people it has, and marks nobody missing
    adds_columns: list[str] = field(default_factory=list)
    other_source: bool = False
    # the file has fewer than half the columns the roster has: a part of it (a survey's answers),
    # whose import must not suggest --replace, which would take everyone else off
    partial: bool = False
    before: int = 0  # how many people the study had before this import
    covered: int = 0  # how many of them the file has
    # what the changes were: (column or field, "added", "changed", "cleared" or "reformatted": the
    # same date and time or number written another way) → how many people
    changes: dict[tuple[str, str], int] = field(default_factory=dict)
    # whose, for each of them (the ids, in the order the file gives them)
    changed_whose: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    # people whose stored email the file changes
    email_changed: list[str] = field(default_factory=list)
    # people whose stored name or values this file gives with "?" for letters its encoding lacked:
    # kept as stored
    letters_lost: list[str] = field(default_factory=list)
    # column → the people whose stored long number (a phone number, an account number) this file gives in
    # Excel's scientific notation ("9.23214E+11"), its last digits lost: kept as stored
    digits_lost: dict[str, list[str]] = field(default_factory=dict)
    digits_lost_as: dict[str, str] = field(default_factory=dict)  # column → its first such value, as written
    # pid (as stored) → the file's columns where a lookup found nothing ("#N/A"), read as empty
    looked_up: dict[str, frozenset[str]] = field(default_factory=dict)
    # how many rows of a file with no id column (a Google Forms survey keyed by "Email Address") were
    # joined to the study's people by their email, one stored person each
    joined_by_email: int = 0
    # the file's columns with dates whose years are of the Buddhist Era ("12/04/2533", as Thai Excel writes
    # them), each with its first such value: read as the Gregorian dates, 543 years less
    buddhist_columns: list[tuple[str, str]] = field(default_factory=list)
    # the file's columns whose dates were Iran's Solar Hijri days (a Persian sheet's "1405/09/05"), each with
    # its first such value as written: stored as the Gregorian days
    solar_hijri_columns: list[tuple[str, str]] = field(default_factory=list)
    # the file's columns with a "?" where the program that saved it had no such letter (``lost_letters``)
    lost_letters: list[tuple[str, str]] = field(default_factory=list)
    # the file's phone column those rows were joined by, where it has no email either (a survey keyed by mobile)
    joined_by_phone: str | None = None
    # a form tool's own column of another source, named as a roster column is but saying otherwise ("Status:
    # Complete" of a survey beside the CRM's "Status: Cancelled"), stored under a name of its own: (its name, the column)
    kept_apart: list[tuple[str, str]] = field(default_factory=list)


def import_roster(session: Session, path: Path, study: str, replace_roster: bool = False) -> RosterUpdate:
    """Add new participants and update known ones (matched by id, by the other form of a
    Salesforce id, by a number id without its leading zeros, by a phone number id with its country
    code for its national form, or by an id typed in another case or
    without its hyphens, where one stored person fits and no email says otherwise); one
    transaction. People the file no longer has are kept (their interviews
    depend on them), named, and marked, so that a plan picking them says so; with
    ``replace_roster`` they are taken off the roster and the saved plan instead, refused (nothing
    changed) while any of them is linked to an interview, or where the file has none of the
    study's people. A column the file does not have keeps its values (the tool's plain export
    beside the researcher's own columns), and a recorded no to recording, sharing or quotes, or
    a roster column's no to research or to being contacted ("Research consent: No", "Do not
    contact: Y"), is never turned into unknown by an empty cell: both are named."""
    srow = get_study_row(session, study)
    existing = participant_rows_by_pid(session, srow.id)
    # the ids of the study's people: the file's column that holds them is its id column
    roster = read_roster_file(path, frozenset(existing))
    # (the file's columns, or the roster's, those of the other read in the wrong code page)
    stored_before = {k for row in existing.values() for k in (row.attributes or {})}
    _not_misread(path, set(roster.attributes), stored_before)
    misread = _misreadings(stored_before, set(roster.attributes))
    roster, renamed = _as_stored_columns(roster, {k for row in existing.values() for k in (row.attributes or {})},
                                         existing)
    people = roster.people
    try:
        check_roster(people)  # a date or NPS the plan cannot read is refused now, not later
    except InputError as err:
        # the line of the person it names, as an id made from an address is nowhere in the file
        line = next((p.line for p in people if f"participant {p.pid}," in err.detail), None)
        raise InputError(err.detail, file=str(path), line=line) from None
    roster, joined = _joined_by_email(roster, existing)
    if roster.phone_column and existing:
        roster, joined = _joined_by_phone(path, roster, existing)
    people = roster.people
    if existing:
        _not_the_wrong_file(path, roster, existing)
    update = RosterUpdate(people=[], added=[], changed=[], missing=[], id_note=roster.id_note, before=len(existing),
                          renamed_columns=renamed, joined_by_email=joined, buddhist_columns=buddhist_columns(people),
                          joined_by_phone=roster.phone_column if joined and roster.id_column is None else None,
                          solar_hijri_columns=roster.solar_hijri_columns, lost_letters=lost_letters(people))
    stored_columns = {k for row in existing.values() for k in (row.attributes or {})}
    # another source beside the roster: most of the file's own columns are new to the study
    content = {c for c in roster.attributes if not _tool_metadata(c)}
    # (a roster of ids and names alone, given its columns later, is the same sheet grown)
    other_source = any(not _tool_metadata(c) for c in stored_columns) and len(content) >= 2 \
        and 2 * len(content & stored_columns) < len(content)
    # a part of the sheet in a file of its own: the survey a roster was joined with, exported again
    # from the form with only the people who answered. Its columns are the roster's, but it has
    # few of them, and the form's own (a timestamp, a token) that the roster lacks
    stored_content = {c for c in stored_columns if not _tool_metadata(c)}
    update.partial = bool(existing) and 2 * len(content) < len(stored_content)
    form_export = any(_tool_metadata(c) and c not in stored_columns for c in roster.attributes)
    other_source = other_source or (update.partial and form_export)
    update.other_source = other_source
    roster, update.kept_apart = _tool_columns_kept_apart(roster, existing, stored_columns, other_source)
    people = roster.people
    if other_source:
        update.adds_columns = sorted(content - stored_columns)
    _not_renumbered(path, roster, existing)
    in_file = {p.pid for p in people}
    taken: set[str] = set()  # stored ids the file's rows update
    for p in people:
        row = existing.get(p.pid)
        if row is None:
            # a report's 15-character Salesforce id for a record stored under its 18 (or back), or
            # a number id whose leading zeros a spreadsheet dropped ("481236" for "00481236")
            # an id a person typed into a form in another case or without its hyphens: one stored
            # person it can be, whose email (where both rows give one) is the same
            for same, said in ((same_salesforce_record, update.same_record), (same_number_id, update.same_number),
                               (same_phone_id, update.same_phone),
                               (same_grouped_number, update.same_grouped), (same_typed_id, update.same_typed)):
                twins = [pid for pid in existing if pid not in in_file and pid not in taken and same(p.pid, pid)]
                row = existing[twins[0]] if len(twins) == 1 and _same_person(existing[twins[0]].email, p.email) \
                    else None
                if row is not None:
                    said.append((p.pid, row.pid))
                    break
        if row is None:
            row = ParticipantRow(study_id=srow.id, pid=p.pid, missing_from_import=False)
            session.add(row)
            update.added.append(p.pid)
            fill_row(row, p)
            continue
        taken.add(row.pid)
        if not other_source:  # "not in the last import" is said of the roster's own source
            row.missing_from_import = False
        old = to_participant(row)
        merged = _merged(old, replace(p, pid=row.pid), roster, roster.unsaid.get(p.pid, frozenset()), update)
        if _as_stored(old) != _as_stored(merged):
            update.changed.append(row.pid)
            for what in _what_changed(old, merged):
                update.changes[what] = update.changes.get(what, 0) + 1
                update.changed_whose.setdefault(what, []).append(row.pid)
            was = left_out_by_roster(old)
            if was and not left_out_by_roster(merged):
                update.no_longer_left_out.append((row.pid, was))
        if old.email and merged.email and old.email.strip().lower() != merged.email.strip().lower():
            update.email_changed.append(row.pid)
        fill_row(row, merged)
    session.flush()
    update.missing = [pid for pid in existing if pid not in in_file and pid not in taken]
    update.covered = len(taken)
    if not replace_roster:
        # only those this file's source had: not the people another source's file brought, nor
        # anyone when the file is another source beside the roster
        # nor, where the roster is kept in parts (a sheet per tariff, per site), the other parts' people:
        # a file none of whose rows the study has, or someone with another value where every row of the
        # file has one ("Plan: Contract" beside a file of prepaid customers)
        parts = _one_value_columns(people)
        # nor someone with values in a column the file lacks that none of its people has: of another source
        held = {k for pid in taken for k, v in (existing[pid].attributes or {}).items() if (v or "").strip()}
        update.missing = [] if other_source or not taken else \
            [pid for pid in update.missing if _of_this_source(existing[pid], roster.attributes)
             and not _of_another_part(existing[pid], parts)
             and not _of_another_source(existing[pid], roster.columns, held)]
    if replace_roster and update.missing and taken and (other_source or update.partial):
        _not_the_whole_roster(path, update.missing, len(content & stored_content), len(stored_content),
                              misread)
    if replace_roster and update.missing:
        _remove_the_missing(session, path, existing, update, matched=bool(taken))
    for pid in update.missing:
        existing[pid].missing_from_import = True
    by_email = {existing[pid].email.strip().lower(): pid for pid in update.missing if existing[pid].email}
    new_emails = {p.pid: p.email.strip().lower() for p in people if p.email}
    update.same_email = [(pid, by_email[new_emails[pid]]) for pid in update.added
                         if new_emails.get(pid) in by_email]
    if other_source or update.partial:
        in_file = {p.pid for p in people}
        kept = {existing[pid].email.strip().lower(): pid for pid in existing
                if existing[pid].email and pid not in in_file}
        update.same_email_kept = [(pid, kept[new_emails[pid]]) for pid in update.added if new_emails.get(pid) in kept]
    stored_as = dict(update.same_record + update.same_number + update.same_phone + update.same_grouped + update.same_typed)
    update.looked_up = {stored_as.get(pid, pid): cols for pid, cols in roster.looked_up.items()}
    update.people = load_participants(session, srow.id)
    return update


def _not_renumbered(path: Path, roster: Roster, existing: dict[str, ParticipantRow]) -> None:
    """Refuse a file whose ids are the study's, but under which nearly every person (three or more, each
    with a name and an email on both sides) has another name and another email: ids that number the
    rows ("No" 1, 2, 3…), renumbered by a sort, so that each stored person would take another's data
    and their interviews another's name. Nothing is changed; the column is said."""
    pairs = [(p.pid, row) for p in roster.people if (row := existing.get(p.pid)) is not None
             and (row.name or "").strip() and (p.name or "").strip() and (row.email or "").strip()
             and (p.email or "").strip()]
    if len(pairs) < 3:
        return
    by_pid = {p.pid: p for p in roster.people}
    other = [pid for pid, row in pairs
             if " ".join((row.name or "").split()).casefold() != " ".join((by_pid[pid].name or "").split()).casefold()
             and (row.email or "").strip().lower() != (by_pid[pid].email or "").strip().lower()]
    if len(other) >= 3 and 10 * len(other) >= 9 * len(pairs):  # (nearly all: one left in its place changes nothing)
        shown = ", ".join(other[:5]) + (", …" if len(other) > 5 else "")
        column = f"column {roster.id_column!r}" if roster.id_column else "the file's ids"
        said = "every one of them" if len(other) == len(pairs) else f"{len(other)} of the {len(pairs)}"
        raise InputError(f"{column} holds the study's ids, but under {said} ({len(other)}: {shown}) "
                         "the name and the email are another person's: ids that number the rows, renumbered when "
                         "the list was sorted otherwise? Nothing was changed; import a file whose id stays with "
                         "each person (a member id or login) into a new study, or this list in its first order",
                         file=str(path))


def _as_stored_columns(roster: Roster, stored: set[str],
                       existing: dict[str, ParticipantRow] | None = None) -> tuple[Roster, list[tuple[str, str]]]:
    """The file's columns under the names the study stores them by, where one is the same column
    under another spelling of its words: a BI tool's export with its formatting on heads
    "last_login_at" as "Last Login At" (Metabase), a sheet's "Last login" as "last_login". Only a
    column the study does not have under its own name, whose words match one stored column alone
    that the file does not have; the roster and the list of (file's, stored) names."""
    by_words: dict[str, list[str]] = {}
    for col in stored:
        by_words.setdefault(column_words(col), []).append(col)
    mine: dict[str, list[str]] = {}
    for col in roster.columns:
        mine.setdefault(column_words(col), []).append(col)
    renames = {col: by_words[w][0] for col in roster.attributes if col not in stored
               and (w := column_words(col)) and len(by_words.get(w, ())) == 1 and len(mine[w]) == 1
               and by_words[w][0] not in roster.columns}
    # (in another source beside the roster, most of its columns new to the study, a column of the same words in
    # another language or script that says otherwise than the study's for someone is that source's own: a call
    # centre's CRM's "Status", "Blokiran", beside the core system's "Статус", "Активан", would overwrite it, and
    # the next core import write it back; another spelling of the same letters, "Last Login At" for
    # "last_login_at", or a column of the same values, is the study's column there)
    def own(c: str) -> bool:  # (a name in a script no word list reads, "Број картица", is no tool's)
        return not _tool_metadata(c) or not c.isascii() and not column_words(c)

    content = {renames.get(c, c) for c in roster.attributes if own(c)}
    if existing and any(map(own, stored)) and len(content) >= 2 and 2 * len(content & stored) < len(content):
        renames = {col: old for col, old in renames.items()
                   if _letters(col) == _letters(old) or _says_the_same(roster, existing, col, old)}
    if not renames:
        return roster, []

    def named(keys: dict[str, str]) -> dict[str, str]:
        return {renames.get(k, k): v for k, v in keys.items()}

    people = [replace(p, attributes=named(p.attributes),
                      lookup_failed=sorted(renames.get(c, c) for c in p.lookup_failed)) for p in roster.people]
    return replace(roster, people=people, columns=frozenset(renames.get(c, c) for c in roster.columns),
                   attributes=frozenset(renames.get(c, c) for c in roster.attributes),
                   looked_up={pid: frozenset(renames.get(c, c) for c in cols)
                              for pid, cols in roster.looked_up.items()}), sorted(renames.items())


def _tool_columns_kept_apart(roster: Roster, existing: dict[str, ParticipantRow], stored: set[str],
                             beside: bool) -> tuple[Roster, list[tuple[str, str]]]:
    """The file, another source beside the roster (``beside``) or one whose form-tool columns were kept apart
    before, with each form tool's own column (``_tool_metadata``: a survey's "Status" of its response, its
    "Start Date") that the study already has under the same name, and that says otherwise for someone, stored
    as the response's, "response status": the survey's "Complete" would overwrite the CRM's "Cancelled", and the
    usage read from it. Imported again, it goes to that column where that column says the same. (A column that
    says the same as the study's is the study's, as before; the roster itself imported again changes its own
    status. Not named for the file: "status (nps.csv)" would be read as an NPS column.)"""
    apart: dict[str, str] = {}
    for col in sorted(roster.attributes):
        if col not in stored or not _tool_metadata(col) or not column_words(col) \
                or _says_the_same(roster, existing, col, col):
            continue
        own = f"response {col}"
        if beside or own in stored and _says_the_same(roster, existing, col, own):
            apart[col] = own
    if not apart:
        return roster, []

    def named(keys: dict[str, str]) -> dict[str, str]:
        return {apart.get(k, k): v for k, v in keys.items()}

    people = [replace(p, attributes=named(p.attributes),
                      lookup_failed=sorted(apart.get(c, c) for c in p.lookup_failed)) for p in roster.people]
    return replace(roster, people=people, columns=frozenset(apart.get(c, c) for c in roster.columns),
                   attributes=frozenset(apart.get(c, c) for c in roster.attributes),
                   looked_up={pid: frozenset(apart.get(c, c) for c in cols)
                              for pid, cols in roster.looked_up.items()}), [(new, col) for col, new in apart.items()]


def _says_the_same(roster: Roster, existing: dict[str, ParticipantRow], col: str, stored: str) -> bool:
    """Whether the file's ``col`` holds, for every person it shares with the study, the study's ``stored`` value
    (or the same written another way, ``_same_value``)."""
    for p in roster.people:
        row = existing.get(p.pid)
        a, b = (p.attributes.get(col) or "").strip(), ((row.attributes or {}).get(stored) or "").strip() if row else ""
        if row is not None and a and b and a != b and not _same_value(a, b):
            return False
    return True


def _letters(column: str) -> str:
    """A column name's letters and digits alone, folded: "Last Login At" and "last_login_at" are "lastloginat"."""
    return re.sub(r"[\W_]+", "", fold(column).lower())


# columns a form or survey tool adds to every export, whatever was asked (KoboToolbox and ODK:
# "_uuid", "_submission_time", "start", "deviceid"; Typeform: "Submitted At", "Token"): the same
# in two exports of one survey, whatever its questions' columns are called
_TOOL_COLUMNS = {"start", "end", "today", "deviceid", "simserial", "subscriberid", "audit", "submitted at",
                 "submission time", "submitted", "token", "network id", "start date", "end date", "recorded date",
                 "startdate", "enddate", "recordeddate", "status", "ip address", "ipaddress", "progress",
                 "duration in seconds", "finished", "distribution channel", "distributionchannel", "user language",
                 "userlanguage", "response type", "stage date", "landed at", "timestamp", "created at", "version"}


def _column_of_stored_ids(people: list[Participant], stored: set[str]) -> str:
    """Where a file none of whose ids is the study's has another column most of whose values are
    (a survey's "Vaše zákaznické číslo", the customer number asked, beside its own "ID odpovědi"): that
    column named, with the rename that joins the file by it; else ""."""
    best, most = "", 0
    for col in dict.fromkeys(c for p in people for c in p.attributes):
        n = sum(p.attributes.get(col, "").strip() in stored for p in people)
        if n > most and 2 * n >= len(people) and n >= 2:
            best, most = col, n
    return (f"; column {best!r} holds {'all' if most == len(people) else most} of its rows' ids that are the "
            "study's people's: rename that column 'id' and import again") if best else ""


def _tool_metadata(column: str) -> bool:
    column = column.strip().lower()
    # (Typeform numbers its responses in a column "#")
    return column.startswith(("_", "meta/", "formhub/")) or column_words(column) in _TOOL_COLUMNS \
        or not column_words(column)


def _one_value_columns(people: list[Participant]) -> dict[str, str]:
    """The file's columns that hold one value on every row (five rows or more, not a form tool's
    own): the part of the roster the file is ("Plan": Prepaid, "Site": Leeds), column → value. (Two
    or three rows share a value by chance: a re-sent roster of two iOS users is no "iOS part".)"""
    out: dict[str, str] = {}
    if len(people) < 5:
        return out
    for col in {k for p in people for k in p.attributes}:
        values = {(p.attributes.get(col) or "").strip().lower() for p in people}
        # (not a status: "Status: Active" on every row of a re-export, and a cancelled customer deleted from it)
        if len(values) == 1 and "" not in values and not _tool_metadata(col) \
                and not re.search(r"\b(?:status|state|stage|active|lifecycle)\b", column_words(col)):
            out[col] = values.pop()
    return out


def _of_another_part(row: ParticipantRow, parts: dict[str, str]) -> bool:
    """Whether a stored person has another value in a column every row of the file shares: someone of
    another part of the roster, not a row deleted from this one."""
    theirs = row.attributes or {}
    return any((v := (theirs.get(col) or "").strip().lower()) and v != value for col, value in parts.items())


def _of_this_source(row: ParticipantRow, columns: frozenset[str]) -> bool:
    """Whether a stored person came from the source the file is an export of: they have a value
    in one of its columns (or none at all, so nothing says they came from elsewhere); someone a
    screener's file brought in has none of the CRM export's columns."""
    theirs = set(row.attributes or {})
    own = {c for c in columns if not _tool_metadata(c)}
    return not theirs or not own or bool(theirs & own)


def _of_another_source(row: ParticipantRow, columns: frozenset[str], held: set[str]) -> bool:
    """Whether a stored person has a value in a column the file lacks and none of the people it updates has
    (``held``): someone another source's file brought (an admin export's Lahore riders, with its "CNIC (masked)",
    beside an ops sheet of its own Lahore riders that lacks it), not a row deleted from this one."""
    return any((v or "").strip() and c not in columns and c not in held for c, v in (row.attributes or {}).items())


def _stored_phones(existing: dict[str, ParticipantRow]) -> list[tuple[str, str]]:
    """(id, number) for each phone, mobile or WhatsApp number the study's people have stored."""
    return [(pid, v) for pid, row in existing.items() for k, v in (row.attributes or {}).items()
            if v and re.search(r"\b(?:phone|mobile|whatsapp)\b", column_words(k)) and phone_digits(v)]


def _ids_are_phones(people: list[Participant], existing: dict[str, ParticipantRow]) -> list[tuple[str, str]]:
    """(id in the file, id stored): the file's ids that are the phone number of one stored person."""
    stored = _stored_phones(existing)
    out = []
    for p in people:
        if phone_digits(p.pid):
            pids = {pid for pid, v in stored if one_number(p.pid, v) or phone_digits(v) == phone_digits(p.pid)}
            if len(pids) == 1:
                out.append((p.pid, pids.pop()))
    return out


def _stored_by_email(existing: dict[str, ParticipantRow]) -> dict[str, list[str]]:
    """Each stored email address (in lower case) → the ids of the study's people who have it."""
    emails: dict[str, list[str]] = {}
    for pid, row in existing.items():
        if row.email and row.email.strip():
            emails.setdefault(row.email.strip().lower(), []).append(pid)
    return emails


def _joined_by_email(roster: Roster, existing: dict[str, ParticipantRow]) -> tuple[Roster, int]:
    """A file with no id column (its ids made from each email: a Google Forms or Typeform survey
    whose only key is "Email Address") none of whose ids the study has, and every row of which has
    the email of one stored person, no two rows the same one: its rows under those people's ids,
    and how many. Otherwise the roster as it was (a row whose email matches nobody, or several
    people, is refused by ``_not_the_wrong_file``, which names them)."""
    people = roster.people
    if roster.id_column is not None or len(people) < 2 or any(p.pid in existing for p in people):
        return roster, 0
    emails = _stored_by_email(existing)
    theirs = {p.pid: emails.get(p.email.strip().lower(), []) if p.email else [] for p in people}
    if any(len(pids) != 1 for pids in theirs.values()) or len({pids[0] for pids in theirs.values()}) < len(people):
        return roster, 0
    as_stored = {pid: pids[0] for pid, pids in theirs.items()}
    return replace(roster, people=[replace(p, pid=as_stored[p.pid]) for p in people],
                   unsaid={as_stored.get(k, k): v for k, v in roster.unsaid.items()},
                   looked_up={as_stored.get(k, k): v for k, v in roster.looked_up.items()}), len(people)


def _phone_key(value: str, country: Country | None) -> str:
    """A number as one form for matching: E.164 where the numbers' country is certain ("09121234501"
    and "+98 912 123 4501" alike), else its digits."""
    return e164(ascii_digits(value), country) or phone_digits(value)


def _joined_by_phone(path: Path, roster: Roster, existing: dict[str, ParticipantRow]) -> tuple[Roster, int]:
    """A file with no id nor email column keyed by a phone column (an NPS survey keyed by mobile), each
    row of which has the number of one stored person, no two rows the same one: its rows under those
    people's ids, and how many. A row whose number fits nobody, or several people, is refused with its
    line: nothing is changed, and no one is added under an id made from a phone number."""
    # (the column as the study stores it, where the file's name for it was taken as the stored one's)
    # (the file's own name in lower case first: the words of "… for OjaPay" are "… oja pay", of its key "… ojapay")
    said, own = column_words(roster.phone_column or ""), (roster.phone_column or "").lower()
    col = next((k for p in roster.people[:1] for k in sorted(p.attributes, key=lambda k: k != own)
                if k == own or column_words(k) == said), roster.phone_column or "")
    stored = _stored_phones(existing)
    country = roster_country([ascii_digits(v) for _, v in stored]
                             + [ascii_digits(p.attributes.get(col, "")) for p in roster.people])
    by_phone: dict[str, set[str]] = {}
    for pid, v in stored:
        by_phone.setdefault(_phone_key(v, country), set()).add(pid)
    # one person on two rows of the roster (the same number and name: a second account), as a plan reads them: the
    # row it keeps is the one joined
    twice = any(len(pids) > 1 for pids in by_phone.values())
    kept = one_person_rows([to_participant(row) for row in existing.values()], dt.date.today()) if twice else {}
    bad: list[tuple[int | None, str]] = []
    as_stored: dict[str, str] = {}
    for p in roster.people:
        number = p.attributes.get(col, "").strip()
        pids = sorted(by_phone.get(_phone_key(number, country), ()))
        if len(pids) > 1 and len({kept.get(pid, pid) for pid in pids}) == 1:
            pids = [kept.get(pids[0], pids[0])]
        if len(pids) == 1 and pids[0] not in as_stored.values():
            as_stored[p.pid] = pids[0]
        else:
            bad.append((p.line, f"{number} is the number of {'nobody' if not pids else ', '.join(pids[:3])}"
                                f"{'' if len(pids) < 2 else ' (several people)'} in the study"))
    if bad:
        (line, first), rest = bad[0], bad[1:]
        also = "; ".join(f"line {n}: {what}" if n else what for n, what in rest[:4]) + (", …" if len(rest) > 4 else "")
        raise InputError(f"{first}{f'; {also}' if also else ''}: this file has no participant id column, so its rows "
                         f"are joined to the study's people by their number in {col!r}, and {len(bad)} of "
                         f"{len(roster.people)} fit no one person: nothing was changed (a phone number is never made "
                         "a participant id); add an id column with the study's ids, or remove those rows, and "
                         "import again", file=str(path), line=line)
    # (the number stays as the roster writes it: the survey's "+98 912…" is not a change to "0912…")
    people = [replace(p, pid=as_stored[p.pid], attributes={k: v for k, v in p.attributes.items() if k != col})
              for p in roster.people]
    return replace(roster, people=people, columns=roster.columns - {col.lower()}, attributes=roster.attributes - {col.lower()},
                   unsaid={as_stored.get(k, k): v for k, v in roster.unsaid.items()},
                   looked_up={as_stored.get(k, k): v for k, v in roster.looked_up.items()}), len(roster.people)


def _refuse_rows_fitting_nobody(path: Path, people: list[Participant], theirs: list[tuple[str, str]],
                                stored: dict[str, list[str]]) -> None:
    """Refuse a file with no id column (a survey joined by email) some of whose rows fit no stored
    person, or several, by email: the file's lines of those rows, the people by their roster ids
    (not the ids made from each email, which nobody has seen), and how to go on."""
    bad: list[tuple[int | None, str]] = []
    for p in people:
        email = (p.email or "").strip()
        pids = stored.get(email.lower(), []) if email else []
        if not pids:
            bad.append((p.line, f"{email} matches nobody of the study" if email else "no email"))
        elif len(pids) > 1:
            bad.append((p.line, f"{email} is the email of several people ({', '.join(pids[:3])})"))
    if not bad:  # (two rows with the email of one person)
        seen: dict[str, int | None] = {}
        for p in people:
            email = (p.email or "").strip().lower()
            if email in seen:
                bad.append((p.line, f"{p.email.strip() if p.email else ''} is on line {seen[email]} too"))
            seen.setdefault(email, p.line)
    (line, first), rest = bad[0], bad[1:]
    also = "; ".join(f"line {n}: {what}" if n else what for n, what in rest[:4]) + (", …" if len(rest) > 4 else "")
    ids = ", ".join(dict.fromkeys(old for _, old in theirs[:3])) + (", …" if len(theirs) > 3 else "")
    new = any("matches nobody" in what for _, what in bad)
    raise InputError(f"{first}{f'; {also}' if also else ''} (this file has no id column, and its other rows have the "
                     f"email of one of the study's people, such as {ids}): nothing was changed, so that no one is "
                     f"added a second time; remove {'that row' if len(bad) == 1 else 'those rows'} and import again"
                     + ("; or, to add someone who matches nobody as a new person, first import their row in a file "
                        "of its own (with this file's header), and then this file" if new else ""),
                     file=str(path), line=line)


def _same_name_and_phone(people: list[Participant], existing: dict[str, ParticipantRow]) -> list[tuple[str, str]]:
    """(the file's id, the stored one) for each row whose name and phone number are one stored person's, their
    phone by its last digits ("0917 123 0043" is "+63 917 123 0043") and their name by its letters, case aside."""
    def name_key(name: str | None) -> str:
        return " ".join(re.findall(r"\w+", fold(name or "").lower()))

    stored: dict[tuple[str, str], str] = {}
    for pid, row in existing.items():
        for phone in phones(row.attributes or {}):
            stored.setdefault((name_key(row.name), phone), pid)
    found = []
    for p in people:
        pid = next((stored[(name_key(p.name), phone)] for phone in phones(p.attributes)
                    if (name_key(p.name), phone) in stored), None) if p.name else None
        if pid:
            found.append((p.pid, pid))
    return found


def _not_the_wrong_file(path: Path, roster: Roster, existing: dict[str, ParticipantRow]) -> None:
    """Refuse a re-import that is plainly not a roster of the study's people, before anything is
    stored: rows none of whose ids the study has while their emails are all its people's (the ids
    come from another column, or another system), or the same submissions as the stored roster
    under headers none of which it has (one survey exported with labels instead of field names)."""
    people = roster.people
    stored = set(existing)
    typed = {pid.lower().replace("-", ""): pid for pid in stored}
    matched = [p for p in people if p.pid in stored
               or any(same_salesforce_record(p.pid, pid) or same_number_id(p.pid, pid) or same_phone_id(p.pid, pid)
                      or same_grouped_number(p.pid, pid) for pid in stored if len(pid) != len(p.pid))
               or same_typed_id(p.pid, typed.get(p.pid.lower().replace("-", ""), p.pid))]
    emails: dict[str, str] = {}
    for pid, row in existing.items():
        if row.email:
            emails.setdefault(row.email.strip().lower(), pid)
    theirs = [(p.pid, emails[p.email.strip().lower()]) for p in people if p.email and p.email.strip().lower() in emails]
    by = "email"
    if not theirs and roster.id_column:
        # (a roster of phones, not emails: a branch's own export of the same borrowers under its client numbers,
        # each row one of the study's people by both their name and their phone number)
        theirs, by = _same_name_and_phone(people, existing), "name and phone number"
    # (a file with no id column, most of whose rows are the study's people by email, would add them
    # a second time: refused from half on, as one whose every row fits one person is joined by email)
    if not matched and len(people) >= 2 and len(theirs) >= (0.5 if roster.id_column is None else 0.9) * len(people):
        column = f"column {roster.id_column!r}" if roster.id_column else "ids made from each email"
        pairs = ", ".join(f"{new} is {old}" for new, old in theirs[:3])
        if roster.id_column is None:  # (no id column: it would be joined by email where every row fits one person)
            _refuse_rows_fitting_nobody(path, people, theirs, _stored_by_email(existing))
        raise InputError(f"none of this file's {len(people)} ids ({column}) is one the study's people are stored "
                         f"under, yet {'all' if len(theirs) == len(people) else len(theirs)} of its rows have the "
                         f"{by} of one of them ({pairs}{', …' if len(theirs) > 3 else ''}): the ids are in another "
                         "column, or this is another system's export (another tab of the sheet?); import the file "
                         f"that gives the study's ids (such as {theirs[0][1]}), so that no one is added a second "
                         "time; nothing was changed", file=str(path))
    stored_columns = {k for row in existing.values() for k in (row.attributes or {})}
    content = sorted(c for c in roster.attributes if not _tool_metadata(c))
    ids_in = _column_of_stored_ids(people, stored) if not matched else ""
    kept = sorted({c for c in stored_columns if not _tool_metadata(c)})
    # another system's export: none of its ids is one of the study's people, and most of its columns
    # are new to the study, and no column read as a person's name or email (a helpdesk's tickets with
    # the ticket number renamed 'id'); a file of new people for the roster has some of the roster's
    # columns, or their names or emails
    new_columns = [c for c in content if c not in stored_columns]
    if not matched and len(people) >= 2 and len(kept) >= 2 and len(content) >= 2 \
            and 2 * len(new_columns) > len(content) and not {"name", "first_name", "email"} & set(roster.gives):
        shown = ", ".join(repr(c) for c in new_columns[:5]) + (", …" if len(new_columns) > 5 else "")
        phoned = _ids_are_phones(people, existing)
        if roster.id_column and 2 * len(phoned) >= len(people):  # (a survey keyed by phone, its column headed "id")
            pairs = ", ".join(f"{new} is {old}" for new, old in phoned[:3])
            raise InputError(f"this file's ids (column {roster.id_column!r}) are the phone numbers of the study's "
                             f"people ({pairs}{', …' if len(phoned) > 3 else ''}), not their ids: a file keyed by "
                             "phone is joined to them by the number where its column is headed as one ('Phone "
                             "Number') and it has no id column; head it so, or add a column of the study's ids "
                             f"(such as {phoned[0][1]}); nothing was changed", file=str(path))
        raise InputError(f"this is not the study's roster: none of this file's {len(people)} ids "
                         f"({f'column {roster.id_column!r}' if roster.id_column else 'made from each email'}, such as "
                         f"{people[0].pid}) is one of the {len(existing)} people the study has, and "
                         f"{len(new_columns)} of its {len(content)} columns are new to it ({shown}): another "
                         "system's export (tickets, orders, events?) would add each row as a person; import the "
                         "roster's own file, or, for new people to add, give the file the roster's columns "
                         f"(such as {', '.join(repr(c) for c in kept[:3])}){ids_in}; nothing was changed", file=str(path))
    # another system's export of the study's people keyed by its own ids (an app's "user_id" beside the billing
    # roster's customer numbers): none of its ids is the study's, and it gives no name, email or phone to add anyone
    # by, while the study's people have them; each row would be a new person with no way to reach them
    if not matched and len(people) >= 2 and not {"name", "first_name", "email"} & set(roster.gives) \
            and not roster.phone_column and any(row.name or row.email for row in existing.values()):
        raise InputError(f"none of this file's {len(people)} ids "
                         f"({f'column {roster.id_column!r}' if roster.id_column else 'made from each email'}, such as "
                         f"{people[0].pid}) is one of the {len(existing)} people the study has (such as "
                         f"{next(iter(existing))}), and it gives no name or email to add them by: another system's "
                         "ids? Export the file with the ids the roster uses, or put them in a column beside its own"
                         f"{ids_in}; nothing was changed", file=str(path))
    shared = sorted(c for c in roster.attributes & stored_columns if _tool_metadata(c))
    if len(content) < 3 or len(kept) < 3 or set(content) & set(kept) or not shared or not matched:
        return
    # the same submissions: where the tool's own columns identify a row (a uuid, a submission time),
    # they hold the stored values for the people matched
    def same(p: Participant, col: str) -> bool:
        mine, ours = p.attributes.get(col, ""), (existing[p.pid].attributes or {}).get(col, "") if p.pid in existing \
            else ""
        return not mine or not ours or mine == ours

    telling = [c for c in shared if len({p.attributes.get(c, "") for p in matched}) > max(1, len(matched) // 2)
               and column_words(c) not in ("index", "row", "row number")]  # a row's number proves nothing
    if not telling or not all(same(p, c) for p in matched for c in telling):
        return
    # a column of the file beside the stored one that holds its values ("Comunidad" and
    # "datos_personales/comunidad"), to show what was renamed
    def agree(col: str, old: str) -> bool:
        pairs = [(p.attributes.get(col, ""), (existing[p.pid].attributes or {}).get(old, "")) for p in matched
                 if p.pid in existing]
        both = [(a, b) for a, b in pairs if a and b]
        return len(both) >= 2 and sum(a.strip().lower() == b.strip().lower() for a, b in both) >= 0.9 * len(both) \
            and len({a for a, _ in both}) > 1
    renamed = [(c, k) for c in content for k in kept if agree(c, k)][:2]
    said = ("; ".join(f"{c!r} where the roster has {k!r}" for c, k in renamed) if renamed else
            f"{', '.join(repr(c) for c in content[:2])}, … where the roster has {', '.join(repr(c) for c in kept[:2])}, …")
    raise InputError(f"this file holds the same submissions as the study's roster ({', '.join(telling[:2])} the same "
                     f"for its {len(matched)} people) under column names none of which the roster has "
                     f"({said}); the same survey exported with other headers "
                     "(KoboToolbox: labels instead of XML names, or the other way)? Export it again with the headers "
                     "of the first import and import that; nothing was changed", file=str(path))


# the code pages a file is read in by mistake: the Western and Central European ones, and Greek (Russian cp1251
# read as Greek, "Γξπξδ"); not cp1251 itself, by which a Western misreading ("ñòàòóñ") would read back as the
# Cyrillic name ("статус") and a good file be taken for the misread one
_READ_IN = ("cp1252", "cp1250", "latin-1", "cp1253")


def _misreadings(columns: set[str], others: set[str]) -> list[tuple[str, str]]:
    """(column, other): a column of ``columns`` that is one of ``others`` written in one code page and
    read in another ("ňĺëĺôîí" is "телефон" saved in cp1251, read as cp1250; ``ingest.mojibake``), case aside."""
    keyed = {name_key(c): c for c in columns}
    found: list[tuple[str, str]] = []
    for other in sorted(others):
        for garbled in sorted(misreadings(other, _READ_IN)):
            if garbled in keyed and (keyed[garbled], other) not in found:
                found.append((keyed[garbled], other))
    return found


def _not_misread(path: Path, columns: set[str], stored: set[str]) -> None:
    """Refuse a file whose columns are the roster's own read in the wrong code page (the same export
    saved in one the import could not tell): kept both, every column would be twice, the new copies
    unreadable."""
    theirs = _misreadings(columns, stored)
    if len(theirs) >= 2:
        shown = ", ".join(f"{a!r} for {b!r}" for a, b in sorted(theirs)[:3])
        raise InputError(f"this file's columns are the roster's read in the wrong code page ({shown}): it is not "
                         "UTF-8 and was saved in a code page the import could not tell; save it as CSV UTF-8 and "
                         "import that; nothing was changed", file=str(path))


def _not_the_whole_roster(path: Path, missing: list[str], shared: int, stored: int,
                          misread: list[tuple[str, str]] | None = None) -> None:
    """Refuse ``--replace`` with a file that is another source beside the roster, not the roster
    itself (a survey's answers of those who took it, few of the roster's columns): it would take
    everyone who did not answer off the roster and the saved plan. Where the roster's columns are
    this file's as an earlier import misread them (``misread``, its code page), that is said instead."""
    shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
    if len(misread or []) >= 2:
        said = ", ".join(f"{a!r} for {b!r}" for a, b in sorted(misread or [])[:3])
        raise InputError(f"--replace: the roster's columns are this file's as an earlier import misread them, in the "
                         f"wrong code page ({said}), so they cannot be matched; make a new study "
                         "(`listenwell study create`) and import this file there; nothing was changed",
                         file=str(path))
    raise InputError(f"--replace would take {len(missing)} people off the roster and the saved plan ({shown}), but "
                     f"this file has only {shared} of the roster's {stored} columns: it looks like another source "
                     "beside the roster (a survey's or a form's answers), not the whole roster; import it without "
                     "--replace to add what it says, or give --replace the roster's own file; nothing was changed",
                     file=str(path))


def _remove_the_missing(session: Session, path: Path, existing: dict[str, ParticipantRow], update: RosterUpdate,
                        matched: bool) -> None:
    """``participants import --replace``: take the people the file no longer has off the roster
    and the saved plan (``update.removed``, ``update.removed_planned``). Refused where the file
    has none of the study's people (the wrong file would empty the roster), or while one of them
    is linked to an interview (its quotes and coverage depend on them)."""
    missing = update.missing
    if not matched:
        raise InputError(f"--replace would take all {len(missing)} people of the study off the roster: this file "
                         "has none of them (is it this study's roster, with the same ids?); nothing was changed",
                         file=str(path))
    rows = [existing[pid] for pid in missing]
    talks: dict[str, list[int]] = {}
    for pid_, iid in session.execute(select(ParticipantRow.pid, InterviewParticipantRow.interview_id)
                                     .join(InterviewParticipantRow,
                                           InterviewParticipantRow.participant_id == ParticipantRow.id)
                                     .where(ParticipantRow.id.in_([r.id for r in rows]))):
        talks.setdefault(pid_, []).append(iid)
    if talks:
        said = ", ".join(f"{pid} (interview {', '.join(map(str, sorted(ids)))})" for pid, ids in talks.items())
        raise Conflict(f"--replace: {len(talks)} of the people this file no longer has "
                       f"{'is' if len(talks) == 1 else 'are'} linked to an interview, so they stay: {said}; put "
                       f"{'them' if len(talks) > 1 else 'that row'} back in the file, or unlink with "
                       "`listenwell interviews link ID PARTICIPANT_ID --remove` first; nothing was changed")
    planned = set(session.scalars(select(RecruitPlanMemberRow.participant_id)
                                  .where(RecruitPlanMemberRow.participant_id.in_([r.id for r in rows]))))
    update.removed_planned = [r.pid for r in rows if r.id in planned]
    for row in rows:
        session.delete(row)
    session.flush()
    update.removed, update.missing = missing, []


def _same_person(stored: str | None, new: str | None) -> bool:
    """Two ids of one record are not the same person where both rows give different emails."""
    return not stored or not new or stored.strip().lower() == new.strip().lower()


# the roster fields a file may have no column for, and how they are named when kept
_FIELDS = {"name": "names", "other_names": "preferred names", "email": "emails", "tags": "tags",
           "first_name": "first names"}
_CONSENT = {"recorded": "recording consent", "share_recordings": "consent to share recordings",
            "quotes": "consent to quotes"}


def _merged(old: Participant, new: Participant, roster: Roster, unsaid: frozenset[str],
            update: RosterUpdate) -> Participant:
    """``new`` with what its file does not say taken from ``old``: the values of columns the file
    lacks, and a consent's recorded no where its cell is empty (``unsaid``: the consent answers its
    row leaves empty). Notes what was kept in ``update``."""
    def keep(what: str) -> None:
        update.kept_fields.setdefault(what, []).append(old.pid)

    attributes = dict(new.attributes)
    for col, value in old.attributes.items():
        if col not in roster.columns:
            attributes[col] = value
            update.kept_columns.setdefault(col, []).append(old.pid)
        elif not (attributes.get(col) or "").strip() and recorded_refusal(col, value):
            # a no to research or to being contacted, left empty by an older sheet: kept, as a no to
            # recording or quotes is, until a file says yes
            attributes[col] = value
            update.kept_no.setdefault(repr(col), []).append(old.pid)
    values = {}
    for f, what in _FIELDS.items():
        ours = getattr(old, f)
        if f in roster.gives or not ours:
            values[f] = getattr(new, f)
        else:
            values[f] = ours
            keep(what)
    # the same address in another case (a form's "Ana.Kovac@Gmail.com" for the CRM's "ana.kovac@gmail.com"): the
    # stored one is kept, so that importing either file in turn changes nothing
    if old.email and values.get("email") and values["email"].strip().lower() == old.email.strip().lower():
        values["email"] = old.email
    said = {f: f in roster.gives and f not in unsaid for f in _CONSENT}
    was, now = old.consent, new.consent
    recorded = now.recorded if said["recorded"] else was.recorded if "recorded" not in roster.gives         else False if was.recorded is False else now.recorded
    # no recording, none to share; else a stored no to sharing or quoting stays until a yes
    share = now.share_recordings if said["share_recordings"] else (recorded is not False) and was.share_recordings
    quotes = now.quotes if said["quotes"] else was.quotes
    for f, before, after in (("recorded", was.recorded, recorded), ("share_recordings", was.share_recordings, share),
                             ("quotes", was.quotes, quotes)):
        if said[f] or before is None or (f == "share_recordings" and recorded is False and was.recorded is False):
            continue  # said in the file, nothing to keep, or the no to recording already says it
        if f not in roster.gives and (before is not True or f == "recorded"):
            keep(_CONSENT[f])  # the whole column is missing: a yes or no kept
        elif before is False and after is False:
            update.kept_no.setdefault(_CONSENT[f], []).append(old.pid)  # an empty cell in the file
    # a sheet saved in an encoding that lacks some letters (Excel's "CSV" for Vietnamese or Polish
    # names) writes "?" for each: the stored value, whole, is kept, and said
    lost = [k for k, v in attributes.items() if _letters_lost(old.attributes.get(k), v)]
    attributes.update({k: old.attributes[k] for k in lost})
    if _letters_lost(old.name, values.get("name")):
        values["name"] = old.name
        lost.append("name")
    elif _same_name_in_serbian_scripts(old.name, values.get("name")):
        values["name"] = old.name  # (a bank's core writes "Ненад Ђорђевић", its CRM "Nenad Đorđević": one name)
    if lost:
        update.letters_lost.append(old.pid)
    # a long number Excel showed, and so saved, in scientific notation ("2.34806E+12" for the phone
    # "2348061234567"): its last digits are gone, so the stored number is kept, and said
    for k, v in attributes.items():
        if _digits_lost(old.attributes.get(k), v):
            update.digits_lost_as.setdefault(k, v.strip())
            attributes[k] = old.attributes[k]
            update.digits_lost.setdefault(k, []).append(old.pid)
    # a lookup that failed in a column of this file is as this file says (one that works now clears
    # it); one in a column it lacks is kept, as that column's values are
    failed = sorted({c for c in old.lookup_failed if c not in roster.columns} | set(new.lookup_failed))
    return replace(new, attributes=attributes, consent=Consent(recorded=recorded, share_recordings=share,
                                                               quotes=quotes), lookup_failed=failed, **values)


def _letters_lost(stored: str | None, new: str | None) -> bool:
    """Whether ``new`` is ``stored`` with letters an encoding lacked written as "?" ("Nguy?n" for
    "Nguyễn"): the same otherwise, character for character."""
    if not stored or not new or "?" not in new:
        return False
    stored, new = unicodedata.normalize("NFC", stored), unicodedata.normalize("NFC", new)
    return (len(stored) == len(new) and stored != new and all(
        a == b or (b == "?" and ord(a) > 0x7F) for a, b in zip(stored, new))) or _lost_as_written(stored, new)


# a number as Excel writes one too long for its cell's "General" format: six digits or so, the rest gone
_SCIENTIFIC = re.compile(r"^\s*\d(?:[.,]\d+)?E\+\d{1,2}\s*$", re.I)


def _digits_lost(stored: str | None, new: str | None) -> bool:
    """Whether ``new`` is a stored long number (eight digits or more: a phone number, an account or
    national id, spaced or with its "+") as Excel rewrote it in scientific notation, its last digits
    lost ("9.23214E+11" for "923214567890")."""
    return bool(stored and new and _SCIENTIFIC.match(new) and _PHONE_LIKE.match(stored.strip())
                and len(re.sub(r"\D", "", stored)) >= 8)


def _lost_as_written(stored: str, new: str) -> bool:
    """Whether ``new`` is ``stored`` with each run of letters beyond ASCII written as "?"s of another count (Bengali
    "ইন্টারভিউ নেওয়া হয়েছে" saved by Excel as "????????? ?????? ??????", one "?" a UTF-16 unit, where the stored
    text is composed otherwise), its digits "?" too: the digits of another script ("১২/১০/২০২৬") are stored as ASCII
    ones, which the file then lacked. Some letters beyond ASCII at least, and nothing else changed."""
    if stored == new or not re.search(r"[^\x00-\x7f]", stored) or re.search(r"[^\x00-\x7f]", new):
        return False
    pattern = "".join(r"\?+" if run[0] > "\x7f" else "".join(f"[{c}?]" if c.isdigit() else re.escape(c) for c in run)
                      for run in re.findall(r"[^\x00-\x7f]+|[\x00-\x7f]+", stored))
    return re.fullmatch(pattern, new) is not None


# Serbian Cyrillic in Serbian Latin letters, one to one (ђ đ, ј j, љ lj, њ nj, ћ ć, џ dž)
_SR_LATIN = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                     "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split()))


def _same_name_in_serbian_scripts(stored: str | None, new: str | None) -> bool:
    """Whether two names are one written in Serbian Cyrillic and in Latin ("Ненад Ђорђевић", "Nenad Đorđević"), as
    a core system and a CRM of one bank write them; case aside."""
    if not stored or not new or stored == new:
        return False
    a, b = (unicodedata.normalize("NFC", n).lower() for n in (stored, new))
    return "".join(_SR_LATIN.get(c, c) for c in a) == "".join(_SR_LATIN.get(c, c) for c in b) \
        and any(c in _SR_LATIN for c in a + b)


def _what_changed(old: Participant, new: Participant) -> list[tuple[str, str]]:
    """What a re-import changed of one person: each column or field, and whether its value was
    added, changed, cleared, or only reformatted (a sheet that rewrote "2026-11-27T21:14:03Z" as
    "27/11/2026 21:14:03", or "12.0" as "12")."""
    out = [(f, "changed") for f, a, b in (("name", old.name, new.name), ("email", old.email, new.email),
                                          ("other names", old.other_names, new.other_names),
                                          ("tags", old.tags, new.tags), ("consent", old.consent, new.consent))
           if a != b]
    for col in sorted(set(old.attributes) | set(new.attributes)):
        a, b = old.attributes.get(col, ""), new.attributes.get(col, "")
        if a == b:
            continue
        kind = "added" if not a else "cleared" if not b else \
            "reformatted" if _same_value(a, b) or _same_letters(a, b) or _same_phone(a, b) else "changed"
        out.append((col, kind))
    return out


# the cedilla letters Windows Excel's cp1250 writes for Romanian's comma-below ones ("Braşov" for "Brașov")
_COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")


def _same_letters(a: str, b: str) -> bool:
    """Whether two cells differ only in the cedilla or comma-below ş/ș, ţ/ț: one word, read as one."""
    return unicodedata.normalize("NFC", a).translate(_COMMA_BELOW) == unicodedata.normalize("NFC", b).translate(_COMMA_BELOW)


_PHONE_LIKE = re.compile(r"^\+?[\d\s().\-/]{7,}$")


def _same_phone(a: str, b: str) -> bool:
    """Whether two cells are one phone number, in its international and its national form ("+40 722 100 200" and
    "0722 100 200", ``phones.one_number``, which the import's ids use too), or spaced another way."""
    if not (_PHONE_LIKE.match(a.strip()) and _PHONE_LIKE.match(b.strip())):
        return False
    return re.sub(r"\D", "", a) == re.sub(r"\D", "", b) or one_number(a, b)


_TIME = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\b)?")


def _clock(m: re.Match[str]) -> tuple[int, int, int | None]:
    """A time as hours of 24, minutes and seconds (None where not written): a formatted export
    writes "8:41 PM" for the stored "20:41:10", the seconds left out."""
    hours = int(m.group(1)) % 12 + (12 if (m.group(4) or "").lower() == "p" else 0) if m.group(4) else int(m.group(1))
    return hours, int(m.group(2)), int(m.group(3)) if m.group(3) else None


def _same_value(a: str, b: str) -> bool:
    """Whether two cells hold one date (and time) or one number written two ways: the new one may
    read both ways ("03/11/2026"), and then either reading is the stored day; where both do, they
    read alike ("05/04/2021" and "5/4/2021", as Excel re-saves them)."""
    try:
        return float(a.replace(",", "")) == float(b.replace(",", ""))
    except ValueError:
        pass
    day = find_date(a)
    if _one_day(a, b):
        pass  # "14-Jun-2026" and Excel's "14-Jun-26", as the plan reads them
    elif day is None:  # (a day that reads both ways, "05/04/2021", is the same written "5/4/2021", in the same order)
        if not readings(a) or readings(a) != readings(b):
            return False
    elif day not in ({find_date(b)} | set(readings(b) or ())):
        return False
    if _words_beside(a) != _words_beside(b):  # "Entrevue UX 2026-11-05" → "Interviewé le 2026-11-05": reworded
        return False
    ta, tb = _TIME.search(a), _TIME.search(b)
    if ta is None or tb is None:
        return ta is None and tb is None
    (ha, ma, sa), (hb, mb, sb) = _clock(ta), _clock(tb)
    return (ha, ma) == (hb, mb) and (sa is None or sb is None or sa == sb)


def _one_day(a: str, b: str) -> bool:
    """Whether two cells are one date as the plan reads a roster's dates (``parse_date``), the same day whether
    read day or month first: Excel's "d-mmm-yy" ("14-Jun-26") for "14-Jun-2026" or "2026-06-14". (A number is no
    date here: two phone numbers of ten digits would read as Unix times of one day.)"""
    if any(re.fullmatch(r"\s*\d+(?:\.\d+)?\s*", v) for v in (a, b)):
        return False
    try:
        return all(parse_date(a, "", "", order) == parse_date(b, "", "", order) for order in (DAY_FIRST, MONTH_FIRST))
    except InputError:
        return False


# words that write a date or time, not what a note says of it
_DATE_WORDS = frozenset(MONTHS) | frozenset(
    "st nd rd th de am pm utc gmt mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday "
    "friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim lunes "
    "martes miercoles jueves viernes sabado domingo montag dienstag mittwoch donnerstag freitag samstag sonntag".split())


def _words_beside(value: str) -> list[str]:
    """The words of a cell besides those that write its date or time: a note reworded around the
    same day is changed, not reformatted."""
    return [w for w in re.findall(r"[^\W\d_]{2,}", fold(value).lower()) if w not in _DATE_WORDS]


def _as_stored(p: Participant) -> tuple:
    return (p.name, p.email, list(p.other_names), dict(p.attributes), list(p.tags), p.consent)


def remove_participant(session: Session, study: str, pid: str) -> bool:
    """Take a person off the study's roster (a client's erasure request, someone who left the
    panel); refused while an interview is linked to them, as its quotes and coverage depend on
    them. Returns whether they were in the saved plan (they leave it too)."""
    srow = get_study_row(session, study)
    row = get_participant_row(session, srow.id, pid)
    talks = session.scalars(select(InterviewParticipantRow.interview_id)
                            .where(InterviewParticipantRow.participant_id == row.id)).all()
    if talks:
        ids = ", ".join(str(i) for i in sorted(talks))
        raise Conflict(f"participant {pid} is linked to interview {ids}: their quotes and coverage depend on "
                       f"them, so they stay; if it was not them, `listenwell interviews link ID {pid} --remove` "
                       "first")
    planned = session.scalar(select(RecruitPlanMemberRow.plan_id)
                             .where(RecruitPlanMemberRow.participant_id == row.id)) is not None
    session.delete(row)
    session.flush()
    return planned


@dataclass
class Listing:
    """A study's roster with each person's segments, and the settings they were worked out with."""
    people: list[Participant]
    persons: list[Person]  # the segments, in the order of ``people``
    dimensions: list[str]
    options: MixOptions  # as_of set: the day the segments are for
    from_plan: bool  # the saved plan's settings (else the defaults, as of today)


def participant_listing(session: Session, study: str, today: dt.date | None = None) -> Listing:
    """The roster segmented as the study's saved plan segments it (its day, lapsed window,
    frequent threshold and usage columns), so the list and the plan agree on who is lapsed;
    without a plan, with the defaults as of today."""
    srow = get_study_row(session, study)
    people = load_participants(session, srow.id)
    plan = load_plan(session, srow.id)
    columns = {k for p in people for k in p.attributes}
    if plan is not None:
        # a column the plan read may have left the roster since: the rest still apply
        opts = replace(plan.options, as_of=plan.as_of, by=[], weights={},
                       usage_from=[c for c in plan.options.usage_from if c.lower() in columns])
    else:
        opts = MixOptions(as_of=today or dt.date.today())
    dims, persons = segment(people, opts) if people else ([], [])
    return Listing(people=people, persons=persons, dimensions=dims, options=opts, from_plan=plan is not None)
