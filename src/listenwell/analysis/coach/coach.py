"""Coach one interview: every measure, then the advice. Pure: domain objects in, dataclasses
out; the guide's questions and the embedder are passed in by the caller."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from listenwell.analysis.questions.language import mostly_english
from listenwell.domain.model import Interview

from .advice import advise
from .asked import asked_questions
from .followups import followups
from .guide import Embedder, guide_coverage
from .listening import intro_checks, listening
from .model import InterviewCoaching
from .options import CoachOptions
from .talk import interruptions, silences, talk_share
from .turns import INTERVIEWER, PARTICIPANT, build_turns, interviewer_names, is_timed, no_interviewer_error


def coach_interview(
    interview: Interview,
    *,
    guide: Sequence[str] = (),
    embed: Embedder | None = None,
    options: CoachOptions | None = None,
    guide_vectors: np.ndarray | None = None,
    known_terms: Sequence[str] = (),
) -> InterviewCoaching:
    """Raises InputError when the interview has no interviewer; an interview without
    participant speech gets a coaching that says so and nothing else. ``known_terms`` are the
    participants' own words from the guide, which the question checks do not call jargon."""
    options = options or CoachOptions()
    names = interviewer_names(interview)
    if not names:
        raise no_interviewer_error(interview)
    turns = build_turns(interview, names)
    timed = is_timed(interview, turns)
    participants = sorted({t.speaker for t in turns if t.side == PARTICIPANT})
    interviewers = [n for n in names if any(t.speaker == n for t in turns)] or names
    duration = interview.duration
    if duration is None and timed:
        duration = max((t.end for t in turns if t.end is not None), default=None)
    c = InterviewCoaching(
        interview_id=interview.id,
        title=interview.title,
        interviewers=interviewers,
        participants=participants,
        timed=timed,
        duration=duration,
    )
    first = next((t for t in turns if t.side == INTERVIEWER), None)
    c.opening = first.quote() if first else None
    if not any(t.side == PARTICIPANT and t.words for t in turns):
        c.no_participant_speech = True
        c.notes.append(
            "No participant speech in this interview: nothing to coach. Check the speaker "
            "roles (`listenwell interviews speakers`) or the transcript."
        )
        return c
    if first is None:
        c.notes.append(
            f"The interviewer ({', '.join(names)}) says nothing in this transcript: check the "
            "speaker roles with `listenwell interviews speakers`."
        )
    if not timed:
        c.notes.append(
            "The transcript has no timings: talk share is by words, interruptions are the "
            "turns marked as cut off, and silences cannot be measured."
        )
    c.talk = talk_share(turns, timed, options)
    c.questions = asked_questions(turns, options, known_terms)
    c.interruptions = interruptions(turns, timed, options)
    c.silence = silences(turns, timed, options)
    c.followups = followups(turns, options)
    c.listening = listening(turns, options)
    c.intro = intro_checks(turns, options)
    unread = [ch.label for ch in c.intro if not ch.checked]
    if unread:
        c.notes.append(
            "The opening is not in English: whether the interviewer " + ", ".join(unread)
            + " was not checked (those words are read in English only)."
        )
    if c.questions.unchecked:
        c.notes.append(
            f"{c.questions.unchecked} of the interviewer's {c.questions.total} questions are not in English: "
            "they are counted, but whether they are open, closed or leading was not checked (the checks "
            "read English only; only the leading forms of the guide languages, such as \u201cVous ne trouvez "
            "pas que\u2026\u201d, are told)."
        )
    if guide and not mostly_english([t.text for t in turns if t.side == INTERVIEWER]):
        # the embedder and the question checks read English: a score here would be a wrong verdict
        c.notes.append("The interview is not in English: which guide questions were asked is read in "
                       "English only, so guide coverage was not checked.")
    elif guide and embed is not None:
        c.guide = guide_coverage(guide, c.questions.asked, embed, options, guide_vectors, known_terms)
    elif guide:
        c.notes.append("Guide coverage needs a sentence embedder; none was given.")
    else:
        c.notes.append("The study has no discussion guide, so guide coverage is not measured.")
    c.advice = advise(c, options)
    return c
