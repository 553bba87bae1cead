"""Importing transcript files into a study: read, link speakers to participants, store."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from listenwell.domain import Conflict, InputError, Interview, Role, Speaker, Transcript
from listenwell.domain.introductions import (
    contradicted,
    emails_said,
    greeted,
    introduced,
    own_name_fits,
    self_named,
)
from listenwell.domain.names import (
    Candidate,
    account_of,
    handles,
    is_anonymous,
    match_speaker,
    named_in,
    nameless,
    phones,
    places,
    short_for,
    speaker_candidates,
)
from listenwell.domain.glossary import fold
from listenwell.domain.roles import assign_roles
from listenwell.domain.text import sha256_bytes
from listenwell.ingest import parse_transcript
from listenwell.ingest.files import read_user_file
from listenwell.ingest.head import names_participant
from listenwell.services import analysis as analysis_service
from listenwell.store import interviews as q
from listenwell.store.participants import get_participant_row, participant_rows_by_pid
from listenwell.store.tables import MediaRow, ParticipantRow, StudyRow
from listenwell.store.studies import get_study_row

Progress = Callable[[float, float, str], None]


@dataclass
class ImportOutcome:
    path: str
    interview: Interview | None
    skipped: bool  # same content already in the study
    # a speaker left unlinked because their name is more than one roster person's → those pids
    shared_names: dict[str, list[str]] = field(default_factory=dict)
    # the same file's interviews in other studies of the workspace: (study slug, interview id)
    elsewhere: list[tuple[str, int]] = field(default_factory=list)
    # the days the file's date could be, when it reads both ways ("Date: 03/11/2026")
    date_readings: tuple[dt.date, ...] = ()


def _candidates(rows: Sequence[ParticipantRow]) -> list[Candidate]:
    return [Candidate(p.pid, p.name, p.email, tuple(p.other_names or ()), places(p.attributes or {}),
                      phones(p.attributes or {}), handles(p.attributes or {})) for p in _one_row_each(rows)]


def _one_row_each(rows: Sequence[ParticipantRow]) -> list[ParticipantRow]:
    """Rows that share an email address are one person (a screener filled in twice, as the plan
    counts them too), and so are rows that share a phone number under the same name (an owner's
    three shops, "0918 667 012" and "+84918667012"; the plan's rule, though a household's phone
    under other names is not): the first of them is who a transcript links to, rather than nobody
    because the name fits two rows."""
    seen: set[str] = set()
    numbers: set[tuple[str, str]] = set()
    out = []
    for row in rows:
        box = (row.email or "").strip().lower()
        if "@" in box and box in seen:
            continue
        name = " ".join(fold(row.name or "").lower().split())
        own = {(name, n) for n in phones(row.attributes or {})} if name else set()
        if own & numbers:
            continue
        seen.add(box)
        numbers |= own
        out.append(row)
    return out


# a rehearsal of the guide, where a colleague plays a participant: nobody was interviewed.
# "pilot" alone is not one: a "pilot interview" is also a first real interview.
_REHEARSAL = re.compile(r"\b(?:dry ?run|practi[cs]e (?:run|session|interview)|rehears\w*|mock interview|"
                        r"role ?play\w*|run through|test run|interviewer training)\b", re.I)


# a transcript whose names were changed before it was shared: a name in it is nobody's
_PSEUDONYMISED = re.compile(r"\b(?:pseudonymi[sz]ed|anonymi[sz]ed|de identified|names? (?:have been |were )?"
                            r"(?:changed|replaced))\b", re.I)


def is_rehearsal(label: str) -> bool:
    """Whether a file name, title or head says it is a rehearsal ("practice_run_Dana", "Guide
    dry run", "Mock interview: …", "role-play")."""
    return bool(_REHEARSAL.search(re.sub(r"[_\-]+", " ", label)))


def is_pseudonymised(label: str) -> bool:
    """Whether a file name, title or head says its names were changed ("Transcript
    pseudonymised", "anonymised", "names have been replaced")."""
    return bool(_PSEUDONYMISED.search(re.sub(r"[_\-]+", " ", label)))


_ID_LABEL = re.compile(r"(?<![^\W\d_])(?:id|no|nr|n[º°o]|num|number|número|numero|nummer|numéro|code|"
                       r"código|codigo|ref|reference|referencia|#)(?![^\W\d_])", re.I)
_FIELD = re.compile(r"^\s*([^:\n]{1,40}):\s*(\S[^\n]*?)\s*$", re.M)


def ids_in_head(head: str, among: Sequence[Candidate]) -> set[str]:
    """Who a head field gives by the roster's own id, whatever the study calls it ("Id. de
    contacto: 0031t00000KqA23AAF", "Record ID: 51200000123"): the whole value is one roster id,
    under a label that says it is an id or names the participant (so "Session: 2" is no one)."""
    pids = {p.pid.lower(): p.pid for p in among}
    return {pids[value.lower()] for label, value in _FIELD.findall(head or "")
            if value.lower() in pids and (_ID_LABEL.search(label) or names_participant(label))}


def link_speakers(transcript: Transcript, roster: dict[str, ParticipantRow],
                  linked: list[ParticipantRow], source_name: str = "") -> list[ParticipantRow]:
    """Attach participant ids to speakers; returns the participants the interview is with.

    A participant speaker whose display name names one roster person is that person
    (domain/names.py; what speakers say, domain/introductions.py). When the caller named the
    participants, only they are candidates, and one speaker left unmatched is the one
    participant left. Otherwise a speaker the names leave unmatched ("Speaker 2", "A",
    "Conference Room B") is who the file's head names ("Participant: Kate O'Sullivan"), or else
    the one person the file's name or the transcript's title names, by id or name; failing
    that, a speaker that is a room, a phone or a label is the one person they say they are
    ("It's Kwame", an email they read out) or the interviewer greets ("Hi Peggy"), and a room
    where several people say who they are is with each of them. A name that fits two people
    links nobody (unless the speaker mentions the town or company of one of them only), and
    so does a lone speaker whose name says one
    person while the file says another, unless what is said in the call settles it (a
    transcription tool's guessed speaker name is wrong as often as a file name). A label whose
    speaker says they are someone else ("this isn't Hannah, I'm her husband") is not taken at
    its word, and the file links only a speaker who could be the person it names. A speaker
    whose label is one person's shop or company ("Oak & Ember Reclaimed") is that person
    unless they give another name, and one whose label fits several ("Sam A") is the one they
    name as themselves in full. A rehearsal (its file name, title or head says so) links
    nobody, and a pseudonymised transcript links only by an id in its file name or title.
    """
    labels = (Path(source_name).stem, transcript.title or "", transcript.head)
    if not linked and any(is_rehearsal(t) for t in labels):
        return []
    pool = linked or list(roster.values())
    people = _candidates(pool)
    rows = {p.pid: p for p in pool}
    found: list[ParticipantRow] = list(linked)
    if not linked and any(is_pseudonymised(t) for t in labels):
        ids = {m.pid for m in (named_in(t, people, ids_only=True) for t in labels[:2]) if m}
        return [rows[ids.pop()]] if len(ids) == 1 else []

    def link(speaker: Speaker, pid: str | None) -> None:
        speaker.participant_pid = pid
        if pid is not None and rows[pid] not in found:
            found.append(rows[pid])

    said = defaultdict(list)
    for seg in transcript.segments:
        said[seg.speaker].append(seg.text)
    speakers = [s for s in transcript.speakers if s.role == Role.PARTICIPANT]
    doubted: set[str] = set()  # speakers whose own words say their label is someone else
    for sp in speakers:
        match = match_speaker(sp.name, people, said[sp.name])
        if match is None:  # someone on their shop's or company's account
            match = account_of(sp.name, people)
            match = match if match is not None and own_name_fits(said[sp.name], match) else None
        if match is None:  # "Sam A", who says "Sam Okoye, Lagos"
            match = self_named(sp.name, said[sp.name], people)
        # a name on the screen is not who speaks when they say otherwise ("this isn't Hannah,
        # I'm her husband"): someone else on the person's laptop or invite
        if match is not None and contradicted(said[sp.name], match):
            doubted.add(sp.name)
        elif match is not None:
            link(sp, match.pid)
    unmatched = [s for s in speakers if s.participant_pid is None]
    if linked:
        free = [p for p in linked if p.pid not in {s.participant_pid for s in speakers}]
        if len(unmatched) == 1 and len(free) == 1:
            unmatched[0].participant_pid = free[0].pid
        return found

    asking = [t for s in transcript.speakers if s.role == Role.INTERVIEWER for t in said[s.name]]
    taken = {s.participant_pid for s in speakers}

    def fits(names: list[str], among: list[Candidate], heard: Sequence[str] = ()) -> set[str]:
        return {m.pid for m in (match_speaker(n, among, heard) for n in names) if m}

    def described(among: list[Candidate], first_names: bool = True) -> set[str]:
        """Who the file's head, else its name or title, says the interview is with."""
        head = fits(transcript.said_participants, among) or ids_in_head(transcript.head, among)
        if head:
            return head
        named = {m.pid for m in (named_in(label, among, first_names)
                                 for label in (Path(source_name).stem, transcript.title or "")) if m}
        return named if len(named) == 1 else set()

    if len(speakers) == 1 and not unmatched:  # one voice: does the file agree with its name?
        sp = speakers[0]
        # a first name alone in a file name ("notes by Anna") is too weak to doubt a speaker
        other = described([p for p in people if p.pid != sp.participant_pid], first_names=False)
        if len(other) == 1:
            spoken = fits(introduced(said[sp.name]) + greeted(asking), people)
            found.remove(rows[sp.participant_pid])
            link(sp, spoken.pop() if len(spoken) == 1 and spoken <= other | {sp.participant_pid} else None)
        return found
    if not unmatched:
        return found
    others = [p for p in people if p.pid not in taken]
    by_pid = {p.pid: p for p in others}

    def label_fits(sp: Speaker, pid: str) -> bool:
        """A label ("Speaker 2", a room, "A", "Volunteer"), a name that fits them or is the start
        of one ("Chi" for Chiamaka), a name the speaker has said is not theirs, or any name for
        someone the roster gives no name to check it against (an id alone)."""
        return (is_anonymous(sp.name) or sp.name in doubted or short_for(sp.name, by_pid[pid])
                or match_speaker(sp.name, [by_pid[pid]]) is not None or nameless(by_pid[pid]))

    def could_be(sp: Speaker, pid: str) -> bool:
        """A speaker the file may say is ``pid``: the label fits, and nothing they say is to
        the contrary."""
        return label_fits(sp, pid) and not contradicted(said[sp.name], by_pid[pid],
                                                        full_names=not is_anonymous(sp.name))

    told = {pid for pid in described(others) if any(could_be(sp, pid) for sp in unmatched)}
    if len(told) == 1 and len(unmatched) == 1:
        link(unmatched[0], told.pop())
    if told:
        found += [rows[pid] for pid in sorted(told) if rows[pid] not in found]
        return found
    for sp in unmatched:
        own = fits(introduced(said[sp.name]) + emails_said(said[sp.name]), others, said[sp.name])
        hello = fits(greeted(asking), others, said[sp.name])
        own, hello = ({pid for pid in ids if could_be(sp, pid)} for ids in (own, hello))
        if len(own) > 1 and is_anonymous(sp.name):  # one room, several people saying who they are
            found += [rows[pid] for pid in sorted(own) if rows[pid] not in found]
        elif len(own | hello) == 1:
            link(sp, (own | hello).pop())
    return found


def edit_speakers(session: Session, interview_id: int, renames: Sequence[tuple[str, str]] = (),
                  interviewer: str | None = None) -> Interview:
    """Name speakers and/or say who interviewed. A participant speaker renamed to a name
    that names one roster person ("Speaker 2=Ines Varga") is linked to them."""
    row = q.get_interview_row(session, interview_id)
    for old, new in renames:
        q.rename_speaker(session, interview_id, old, new)
    if interviewer is not None:
        q.set_roles(session, interview_id, interviewer)
    interview = q.load_interview(session, interview_id)
    roster = list(participant_rows_by_pid(session, row.study_id).values())
    people = _candidates(roster)
    for _, new in renames:
        speaker = next(s for s in interview.speakers if s.name == new.strip())
        match = match_speaker(speaker.name, people) if speaker.role == Role.PARTICIPANT else None
        if match is not None and speaker.participant_pid is None:
            q.link_participant(session, interview_id, next(p for p in roster if p.pid == match.pid),
                               speaker.name)
    return q.load_interview(session, interview_id)


def set_date(session: Session, interview_id: int, day: dt.date) -> Interview:
    """Say on which day an interview took place, where its file did not (or said it wrong):
    recency rules and coverage go by it."""
    q.get_interview_row(session, interview_id).date = day
    return q.load_interview(session, interview_id)


def link_participant(session: Session, interview_id: int, pid: str, speaker: str | None = None,
                     remove: bool = False) -> Interview:
    """Say who an interview was with (a speaker too, when named), or with ``remove`` that it
    was not with them: for links the names could not make or made wrong."""
    row = q.get_interview_row(session, interview_id)
    participant = get_participant_row(session, row.study_id, pid)
    if remove:
        q.unlink_participant(session, interview_id, participant)
    else:
        q.link_participant(session, interview_id, participant, speaker)
    return q.load_interview(session, interview_id)


@dataclass
class Removal:
    """An interview taken out of its study, and what went with it."""
    interview: Interview  # as it was
    segments: int
    statements: int
    highlights: int
    notes: int
    themes_changed: int  # themes that lost statements and stay
    themes_dropped: list[str]  # titles of themes left with no statement, which went
    media_kept: str | None  # the recording's file under media/, which stays


def remove_interview(session: Session, interview_id: int) -> Removal:
    """Take an interview out of its study (imported into the wrong one, or by mistake): its
    transcript, links to participants, statements, highlights and notes go with it, and the
    themes its statements were in are updated (one left empty goes). The recording stays in
    media/, shared by content with any other interview of it."""
    interview = q.load_interview(session, interview_id)
    counts = q.derived_counts(session, interview_id)
    themes = q.theme_ids_of(session, interview_id)
    q.delete_interview(session, interview_id)
    dropped = analysis_service.statements_removed(session, interview.study_slug, themes) if themes else []
    return Removal(interview=interview, themes_changed=len(themes) - len(dropped), themes_dropped=dropped,
                   media_kept=interview.media.path if interview.media else None, **counts)


def store_transcript(session: Session, study: str, transcript: Transcript, *, content_hash: str,
                     source_name: str, participants: Sequence[str] = (),
                     interviewer: str | None = None, title: str | None = None,
                     media: MediaRow | None = None, note_takers: Sequence[str] = ()) -> Interview:
    srow: StudyRow = get_study_row(session, study)
    if q.find_by_hash(session, srow.id, content_hash) is not None:
        raise Conflict(f"{source_name}: already imported into {study!r}")
    linked = [get_participant_row(session, srow.id, pid) for pid in participants]
    if all(s.role == Role.PARTICIPANT for s in transcript.speakers) or interviewer or note_takers:
        try:
            assign_roles(transcript, interviewer=interviewer,
                         known_roles={n: Role.NOTE_TAKER for n in note_takers})
        except InputError as exc:  # an interviewer no speaker is: say in which file
            raise InputError(exc.detail, file=source_name) from None
    roster = participant_rows_by_pid(session, srow.id)
    with_whom = link_speakers(transcript, roster, linked, source_name)
    row = q.add_interview(session, srow, transcript, title=title or transcript.title or Path(source_name).stem,
                          content_hash=content_hash, source_name=Path(source_name).name,
                          participants=with_whom, media=media)
    return q.load_interview(session, row.id)


def import_files(session: Session, paths: Sequence[Path], study: str, participant: str | None = None,
                 interviewer: str | None = None, progress: Progress | None = None,
                 date: dt.date | None = None) -> list[ImportOutcome]:
    """Import every file or none: one bad file raises and the caller's transaction rolls back.
    ``date``, when given, is the day of every interview, over what the files say."""
    srow = get_study_row(session, study)
    if participant is not None:
        get_participant_row(session, srow.id, participant)
    outcomes: list[ImportOutcome] = []
    seen: set[str] = set()
    for n, path in enumerate(paths):
        data = read_user_file(path, "transcript file")
        digest = sha256_bytes(data)
        if digest in seen or q.find_by_hash(session, srow.id, digest) is not None:
            outcomes.append(ImportOutcome(str(path), None, skipped=True))
        else:
            seen.add(digest)
            transcript = parse_transcript(data, str(path))
            others = q.same_file_elsewhere(session, srow.id, digest)
            # the same file is the same conversation: a day given to it in another study holds here
            transcript.date = date or transcript.date or next((day for _, _, day in others if day), None)
            # a date line that reads both ways, one of them a day still to come ("12/10/2026" on 29 November 2026):
            # a conversation already had is the other day (the outcome keeps both, to say so)
            past = [d for d in transcript.date_readings if d <= dt.date.today()]
            if transcript.date is None and len(transcript.date_readings) == 2 and len(past) == 1:
                transcript.date = past[0]
            interview = store_transcript(
                session, study, transcript, content_hash=digest, source_name=str(path),
                participants=[participant] if participant else [], interviewer=interviewer)
            outcomes.append(ImportOutcome(str(path), interview, skipped=False,
                                          shared_names=_shared_names(session, srow.id, interview),
                                          elsewhere=[(slug, iid) for slug, iid, _ in others],
                                          date_readings=transcript.date_readings))
        if progress:
            progress(n + 1, len(paths), Path(path).name)
    return outcomes


def _shared_names(session: Session, study_id: int, interview: Interview) -> dict[str, list[str]]:
    """For an interview linked to nobody: its participant speakers whose name fits several
    roster people (two Carla Mendes), so the researcher is told why, and whom to choose from."""
    if interview.participants:
        return {}
    people = _candidates(list(participant_rows_by_pid(session, study_id).values()))
    out = {}
    for sp in interview.speakers:
        if sp.role == Role.PARTICIPANT and not is_anonymous(sp.name):
            fits = speaker_candidates(sp.name, people)
            if len(fits) > 1:
                out[sp.name] = [c.pid for c in fits]
    return out
