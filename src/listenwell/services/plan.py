"""Use cases for planning a study: the guide, the participant mix and the interview kit.

Each function takes an open SQLAlchemy session (the workspace runs it in one transaction), so
a bad guide or roster value raises before anything is stored.
"""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy.orm import Session

from listenwell.analysis.guide import Guide, GuideReport, check_guide, parse_guide
from listenwell.analysis.mix import Coverage, MixOptions, MixPlan, coverage, nobody_left, plan_mix
from listenwell.domain import InputError, NotFound
from listenwell.ingest import docx_reader, what_transcript
from listenwell.ingest.decode import decode_text
from listenwell.ingest.files import office_kind, read_user_file, table_dialect
from listenwell.ingest.roster import looks_like_a_table
from listenwell.report.kit import Kit, build_kit, write_kit
from listenwell.store import guides as guide_q
from listenwell.store.participants import load_participants, missing_from_import
from listenwell.store.interviews import unlinked_interviews
from listenwell.store.recruitment import interviews_elsewhere, last_interviews, load_plan, save_plan
from listenwell.store.studies import get_study_row, to_study


# a roster or a survey export given to the guide's commands
_A_TABLE = ("this looks like a CSV table (a roster?), not a guide: `listenwell participants import` reads a roster; "
            "give the guide as Markdown, plain text or a Word document (.docx)")


def read_guide(path: Path, goals: list[str] | None = None) -> Guide:
    """A guide file: Markdown (or plain text), or a Word document written out as Markdown."""
    data = read_user_file(path, "guide")
    _refuse_lock_file(path, data)
    if data[:5] == b"%PDF-":
        raise InputError("this is a PDF, which keeps no list structure to read questions from: "
                         "give the guide as Markdown, plain text or a Word document (.docx)",
                         file=str(path))
    if office_kind(data) == "workbook":
        raise InputError("this is a spreadsheet workbook, not a guide: if it is the participant roster, "
                         "save the sheet as CSV and `listenwell participants import` it; give the guide as "
                         "Markdown, plain text or a Word document (.docx)", file=str(path))
    if docx_reader.looks_like(data):
        text = docx_reader.guide_markdown(data, str(path))
    else:
        text = decode_text(data, str(path), "a guide (Markdown, plain text or a Word document)")
    said = what_transcript(text)
    if said:  # an interview's transcript given to the wrong command: its turns are no questions
        raise InputError(f"this looks like {said}, not a guide: `listenwell import` reads transcripts; give the "
                         "guide as Markdown, plain text or a Word document (.docx)", file=str(path), line=1)
    try:
        guide = parse_guide(text, str(path), goals)
    except InputError as err:
        # a roster given to the wrong command reads as a guide without questions
        if err.detail.startswith("the guide has no questions") and looks_like_a_table(text):
            raise InputError(_A_TABLE, file=str(path), line=1) from None
        raise
    if _questions_are_table_rows(guide, text):
        # a survey export whose header ends with a question ("…the main reason for your score?"),
        # under a title row: read as a guide of one "question", it would replace the study's guide
        raise InputError(_A_TABLE, file=str(path), line=1)
    return guide


def _questions_are_table_rows(guide: Guide, text: str) -> bool:
    """Whether the text is a CSV table (title rows and blank lines above its header allowed) and
    every question read from it is one of its rows, split into three cells or more."""
    if not looks_like_a_table(text):
        return False
    lines = text.lstrip("\ufeff").splitlines()
    dialect = table_dialect([ln for ln in lines if ln.strip()][:50])
    if dialect is None:
        return False
    rows = [q.line for q in guide.questions]
    return bool(rows) and all(0 < n <= len(lines) and len(next(csv.reader([lines[n - 1]], dialect), [])) >= 3
                              for n in rows)


def _refuse_lock_file(path: Path, data: bytes) -> None:
    """Word's owner file ("~$name.docx", a few hundred bytes beside a document open in Word; tab
    completion picks it easily): name it for what it is and point at the document itself. Word
    puts "~$" over the first two letters of a long name, before a short one."""
    if not path.name.startswith("~$") or len(data) > 4096 or docx_reader.looks_like(data):
        return
    rest = path.name[2:]
    document = next((p.name for p in sorted(path.parent.iterdir()) if p.name.endswith(rest)
                     and not p.name.startswith("~$") and len(p.name) - len(rest) <= 2), None)
    which = f"\u201c{document}\u201d" if document else "a document"
    raise InputError(f"this is Word's lock file for {which} (the document is open in Word), not the guide: "
                     f"give {'that file' if document else 'the document itself'} instead", file=str(path))


def import_guide(session: Session, path: Path, study: str,
                 planned_minutes: int | None = None) -> GuideReport:
    """Parse, check and store the guide (replacing an earlier one). Returns the check."""
    srow = get_study_row(session, study)
    goals = list(srow.goals or [])
    guide = read_guide(path, goals)
    guide.source_name = path.name
    if planned_minutes is not None:
        guide.planned_minutes = planned_minutes
    # the length booked for the study (`study create --minutes`) over what the guide says of itself
    report = check_guide(guide, goals, planned_minutes or srow.planned_minutes or guide.planned_minutes)
    guide_q.save_guide(session, srow.id, guide)
    return report


def stored_guide(session: Session, study: str) -> Guide:
    srow = get_study_row(session, study)
    row = guide_q.get_guide_row(session, srow.id)
    if row is None:
        raise NotFound(f"study {study!r} has no guide yet: "
                       f"`listenwell guide import guide.md --study {study}`")
    guide = parse_guide(row.markdown, row.source_name or "guide.md", list(srow.goals or []))
    if row.planned_minutes:
        guide.planned_minutes = row.planned_minutes
    return guide


def check_guide_file_or_stored(session: Session | None, path: Path | None, study: str | None,
                               planned_minutes: int | None = None) -> GuideReport:
    """Check a guide file (with the study's goals when a study is named), or the study's
    stored guide; stores nothing."""
    goals: list[str] = []
    study_minutes = None
    if study is not None and session is not None:
        srow = get_study_row(session, study)
        goals, study_minutes = list(srow.goals or []), srow.planned_minutes
    if path is not None:
        guide = read_guide(path, goals)
    elif study is not None and session is not None:
        guide = stored_guide(session, study)
    else:
        raise InputError("name a guide file or a study (--study)")
    minutes = planned_minutes or study_minutes or guide.planned_minutes
    return check_guide(guide, goals, minutes)


def recruit_plan(session: Session, study: str, options: MixOptions, save: bool = True) -> MixPlan:
    """Pick the mix; unless ``save`` is off, keep it as the study's plan (replacing the last).
    A pick of nobody is refused, saying why: an empty plan is never what a researcher wants."""
    srow = get_study_row(session, study)
    people = load_participants(session, srow.id)
    plan = plan_mix(people, options, last_interviews(session, srow.id), previous=load_plan(session, srow.id),
                    elsewhere=interviews_elsewhere(session, srow.id))
    if not plan.chosen:
        raise InputError(nobody_left(plan.excluded))
    plan.warnings += _missing_warning(plan, missing_from_import(session, srow.id), study)
    if save:
        plan.replaced = save_plan(session, srow.id, plan)
        plan.saved = True
    return plan


def recruit_coverage(session: Session, study: str, options: MixOptions | None = None,
                     named: list[str] | None = None) -> Coverage:
    """Who has been interviewed so far against the study's saved plan; a study without one is
    compared with an even plan described by ``options`` (default: 12 people). ``named``: the
    options as the user gave them, for the error when a saved plan makes them moot."""
    srow = get_study_row(session, study)
    people = load_participants(session, srow.id)
    plan = load_plan(session, srow.id)
    if plan is not None and options is not None:
        made = plan.created_at.date().isoformat() if plan.created_at else "earlier"
        given = ", ".join(named or []) or "plan options"
        raise InputError(f"{given}: study {study!r} has a saved plan ({len(plan.members)} people, made {made}, "
                         f"as of {plan.as_of.isoformat()}) and coverage follows it, so {given} "
                         f"{'does' if len(named or []) == 1 else 'do'} not apply here: run "
                         "`listenwell recruit plan` again to change the plan")
    cov = coverage(people, last_interviews(session, srow.id), options or MixOptions(), plan,
                   elsewhere=interviews_elsewhere(session, srow.id))
    cov.warnings += _unlinked_warning(session, srow.id)
    return cov


def _missing_warning(plan: MixPlan, missing: set[str], study: str) -> list[str]:
    """Chosen people the last roster import did not have: kept by it, but a sheet's rows are
    often deleted on purpose."""
    chosen = [p.pid for p in plan.chosen if p.pid in missing]
    if not chosen:
        return []
    n = len(chosen)
    return [f"{n} of the people chosen {'was' if n == 1 else 'were'} not in the last roster import (kept as "
            f"{'it was' if n == 1 else 'they were'}): {', '.join(chosen)}; if the sheet left them out on purpose, "
            f"`listenwell participants import ROSTER.csv --study {study} --replace` with the whole roster (not a "
            f"survey of some of them) takes them off the roster, or "
            f"`listenwell participants remove ID --study {study}` one by one, before planning again"]


def _unlinked_warning(session: Session, study_id: int) -> list[str]:
    """Interviews the import could not tie to a roster person count for nobody."""
    loose = unlinked_interviews(session, study_id)
    if not loose:
        return []
    shown = ", ".join(f"{i} ({title})" for i, title in loose[:5]) + (", …" if len(loose) > 5 else "")
    return [f"{len(loose)} interview{'s are' if len(loose) > 1 else ' is'} linked to nobody on the "
            f"roster, so coverage counts {'them' if len(loose) > 1 else 'it'} for no one: {shown}; "
            "if one was with a roster person: `listenwell interviews link ID PARTICIPANT_ID`; if one does "
            "not belong in this study: `listenwell interviews remove ID`"]


def saved_plan_progress(session: Session, study_id: int) -> Coverage | None:
    """Coverage against the study's saved plan, or None when it has no plan (the report's
    Method section says how recruitment went only when there was a plan to follow)."""
    plan = load_plan(session, study_id)
    people = load_participants(session, study_id) if plan is not None else []
    if not people:
        return None
    return coverage(people, last_interviews(session, study_id), MixOptions(), plan)


def write_study_kit(session: Session, study: str, out: Path, *, paper: str = "A4", large_print: bool = False) -> Kit:
    srow = get_study_row(session, study)
    kit = build_kit(to_study(srow), stored_guide(session, study))
    kit.paper, kit.large_print = paper, large_print
    write_kit(kit, out)
    return kit
