"""Queries for interviews with their speakers and segments (the transcript)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from listenwell.domain import Conflict, InputError, Interview, NotFound, Role, Segment, Speaker, Transcript, Word
from listenwell.store.media import to_media
from listenwell.store.tables import (
    HighlightRow,
    InterviewParticipantRow,
    InterviewRow,
    MediaRow,
    NoteRow,
    ParticipantRow,
    SegmentRow,
    SpeakerRow,
    StatementRow,
    StudyRow,
)


def add_interview(
    session: Session,
    study: StudyRow,
    transcript: Transcript,
    *,
    title: str,
    content_hash: str,
    source_name: str | None,
    participants: list[ParticipantRow],
    media: MediaRow | None = None,
) -> InterviewRow:
    """Insert an interview and its transcript. Speakers already carry their roles."""
    row = InterviewRow(
        study_id=study.id, title=title, date=transcript.date, language=transcript.language,
        duration=transcript.duration if media is None or media.duration is None else media.duration,
        source_name=source_name, source_format=transcript.format, content_hash=content_hash,
        media_id=media.id if media else None,
    )
    session.add(row)
    session.flush()
    for p in participants:
        session.add(InterviewParticipantRow(interview_id=row.id, participant_id=p.id))
    by_pid = {p.pid: p for p in participants}
    speaker_ids: dict[str, int] = {}
    for sp in transcript.speakers:
        prow = by_pid.get(sp.participant_pid) if sp.participant_pid else None
        srow = SpeakerRow(interview_id=row.id, name=sp.name, role=str(sp.role),
                          participant_id=prow.id if prow else None)
        session.add(srow)
        session.flush()
        speaker_ids[sp.name] = srow.id
    session.add_all(
        SegmentRow(
            interview_id=row.id, speaker_id=speaker_ids[seg.speaker], idx=i, start=seg.start,
            end=seg.end, text=seg.text,
            words=[[w.text, w.start, w.end, w.probability] for w in seg.words] or None,
        )
        for i, seg in enumerate(transcript.segments)
    )
    session.flush()
    return row


def _load(session: Session, rows: list[InterviewRow]) -> list[Interview]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    slugs = dict(session.execute(select(StudyRow.id, StudyRow.slug)).all())
    speakers: dict[int, list[SpeakerRow]] = defaultdict(list)
    for s in session.scalars(select(SpeakerRow).where(SpeakerRow.interview_id.in_(ids)).order_by(SpeakerRow.id)):
        speakers[s.interview_id].append(s)
    pid_of = dict(session.execute(
        select(ParticipantRow.id, ParticipantRow.pid)
        .join(InterviewParticipantRow, InterviewParticipantRow.participant_id == ParticipantRow.id)
        .where(InterviewParticipantRow.interview_id.in_(ids))
    ).all())
    links: dict[int, list[str]] = defaultdict(list)
    for iid, part in session.execute(
        select(InterviewParticipantRow.interview_id, InterviewParticipantRow.participant_id)
        .where(InterviewParticipantRow.interview_id.in_(ids))
        .order_by(InterviewParticipantRow.participant_id)
    ):
        links[iid].append(pid_of[part])
    segs: dict[int, list[SegmentRow]] = defaultdict(list)
    for s in session.scalars(select(SegmentRow).where(SegmentRow.interview_id.in_(ids)).order_by(SegmentRow.interview_id, SegmentRow.idx)):
        segs[s.interview_id].append(s)
    media_ids = [r.media_id for r in rows if r.media_id]
    media = {m.id: to_media(m) for m in session.scalars(select(MediaRow).where(MediaRow.id.in_(media_ids)))} if media_ids else {}
    out = []
    for r in rows:
        sp_rows = speakers[r.id]
        name_of = {s.id: s.name for s in sp_rows}
        spk = [Speaker(name=s.name, role=Role(s.role), participant_pid=pid_of.get(s.participant_id), id=s.id)
               for s in sp_rows]
        out.append(Interview(
            study_slug=slugs[r.study_id], title=r.title,
            segments=[Segment(speaker=name_of[s.speaker_id], text=s.text, start=s.start, end=s.end,
                              words=[Word(*w) for w in (s.words or [])], id=s.id, index=s.idx)
                      for s in segs[r.id]],
            speakers=spk, participants=links[r.id],
            interviewers=[s.name for s in spk if s.role == Role.INTERVIEWER],
            date=r.date, language=r.language, duration=r.duration, source_name=r.source_name,
            source_format=r.source_format, content_hash=r.content_hash,
            media=media.get(r.media_id) if r.media_id else None, id=r.id,
        ))
    return out


def load_interviews(session: Session, study_id: int) -> list[Interview]:
    rows = list(session.scalars(
        select(InterviewRow).where(InterviewRow.study_id == study_id)
        .order_by(InterviewRow.date.is_(None), InterviewRow.date, InterviewRow.id)
    ))
    return _load(session, rows)


def get_interview_row(session: Session, interview_id: int) -> InterviewRow:
    row = session.get(InterviewRow, interview_id)
    if row is None:
        raise NotFound(f"no interview with id {interview_id}")
    return row


def load_interview(session: Session, interview_id: int) -> Interview:
    return _load(session, [get_interview_row(session, interview_id)])[0]


def find_by_hash(session: Session, study_id: int, content_hash: str) -> InterviewRow | None:
    return session.scalar(select(InterviewRow).where(
        InterviewRow.study_id == study_id, InterviewRow.content_hash == content_hash))


def same_file_elsewhere(session: Session, study_id: int, content_hash: str) -> list[tuple[str, int, object]]:
    """(study slug, interview id, date) of the interviews of other studies made from the same
    file: a file imported into the wrong study of two side by side."""
    rows = session.execute(select(StudyRow.slug, InterviewRow.id, InterviewRow.date)
                           .join(StudyRow, InterviewRow.study_id == StudyRow.id)
                           .where(InterviewRow.content_hash == content_hash, InterviewRow.study_id != study_id)
                           .order_by(InterviewRow.id))
    return [(slug, iid, day) for slug, iid, day in rows]


def set_roles(session: Session, interview_id: int, interviewer: str) -> None:
    rows = list(session.scalars(select(SpeakerRow).where(SpeakerRow.interview_id == interview_id)))
    names = [r.name for r in rows]
    if interviewer not in names:
        raise NotFound(f"interview {interview_id} has no speaker {interviewer!r} "
                       f"(speakers: {', '.join(names)})")
    for r in rows:
        if r.name == interviewer:
            r.role = str(Role.INTERVIEWER)
        elif r.role == str(Role.INTERVIEWER):
            r.role = str(Role.PARTICIPANT)


def rename_speaker(session: Session, interview_id: int, old: str, new: str) -> None:
    rows = {r.name: r for r in session.scalars(select(SpeakerRow).where(SpeakerRow.interview_id == interview_id))}
    new = new.strip()
    if old not in rows:
        raise NotFound(f"interview {interview_id} has no speaker {old!r} (speakers: {', '.join(rows)})")
    if not new:
        raise InputError("a speaker needs a name")
    if new in rows and new != old:
        raise Conflict(f"interview {interview_id} already has a speaker {new!r}")
    rows[old].name = new


def link_participant(session: Session, interview_id: int, participant: ParticipantRow,
                     speaker: str | None = None) -> None:
    """Say the interview is with ``participant`` (and, when named, that ``speaker`` is them)."""
    row = get_interview_row(session, interview_id)
    if participant.study_id != row.study_id:
        raise NotFound(f"no participant {participant.pid!r} in interview {interview_id}'s study")
    if speaker is not None:
        srow = _speaker_row(session, interview_id, speaker)
        if srow.role == str(Role.INTERVIEWER):
            raise InputError(f"{speaker!r} is the interviewer of interview {interview_id}: "
                             f"`listenwell interviews speakers {interview_id} --interviewer NAME` "
                             "says who interviewed")
        srow.participant_id = participant.id
    if session.get(InterviewParticipantRow, (interview_id, participant.id)) is None:
        session.add(InterviewParticipantRow(interview_id=interview_id, participant_id=participant.id))
    session.flush()


def unlink_participant(session: Session, interview_id: int, participant: ParticipantRow) -> None:
    """The interview was not with ``participant`` after all: no speaker is them either."""
    get_interview_row(session, interview_id)
    link = session.get(InterviewParticipantRow, (interview_id, participant.id))
    if link is None:
        raise NotFound(f"interview {interview_id} is not linked to {participant.pid!r}")
    session.delete(link)
    for srow in session.scalars(select(SpeakerRow).where(SpeakerRow.interview_id == interview_id,
                                                          SpeakerRow.participant_id == participant.id)):
        srow.participant_id = None
    session.flush()


def unlinked_interviews(session: Session, study_id: int) -> list[tuple[int, str]]:
    """(id, title) of the study's interviews that are linked to nobody in the roster."""
    linked = select(InterviewParticipantRow.interview_id)
    return [(i, t) for i, t in session.execute(
        select(InterviewRow.id, InterviewRow.title)
        .where(InterviewRow.study_id == study_id, InterviewRow.id.not_in(linked))
        .order_by(InterviewRow.id))]


def _speaker_row(session: Session, interview_id: int, name: str) -> SpeakerRow:
    rows = {r.name: r for r in session.scalars(select(SpeakerRow).where(SpeakerRow.interview_id == interview_id))}
    if name not in rows:
        raise NotFound(f"interview {interview_id} has no speaker {name!r} (speakers: {', '.join(rows)})")
    return rows[name]


def derived_counts(session: Session, interview_id: int) -> dict[str, int]:
    """What goes with the interview when it is deleted: rows that hang on it by a cascade."""
    seg_ids = select(SegmentRow.id).where(SegmentRow.interview_id == interview_id)

    def count(stmt) -> int:  # noqa: ANN001
        return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0

    return {
        "segments": count(select(SegmentRow.id).where(SegmentRow.interview_id == interview_id)),
        "statements": count(select(StatementRow.id).where(StatementRow.interview_id == interview_id)),
        "highlights": count(select(HighlightRow.id).where(HighlightRow.segment_id.in_(seg_ids))),
        "notes": count(select(NoteRow.id).where(NoteRow.interview_id == interview_id)),
    }


def theme_ids_of(session: Session, interview_id: int) -> set[int]:
    """The themes the interview's statements are in."""
    return set(session.scalars(select(StatementRow.theme_id).where(
        StatementRow.interview_id == interview_id, StatementRow.theme_id.is_not(None))))


def delete_interview(session: Session, interview_id: int) -> None:
    """Delete the interview; the database's cascades take its speakers, segments, links to
    participants, notes, highlights (with their codes) and statements with it."""
    session.flush()
    session.execute(delete(InterviewRow).where(InterviewRow.id == interview_id))
    session.expire_all()  # rows read before are gone or changed underneath the session
