"""Use case: coach a study's interviews (or one) against the study's discussion guide.

Loads the interviews and the guide's questions from the store, refuses interviews without an
identified interviewer (one error naming them all, with the command that fixes it), embeds
the guide once, and hands each interview to the pure coach in ``analysis.coach``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from listenwell.analysis.coach import CoachOptions, Embedder, StudyCoaching, coach_interview, summarise_study
from listenwell.analysis.coach.guide import guide_texts
from listenwell.analysis.coach.turns import interviewer_names, no_interviewer_error
from listenwell.analysis.guide import checked_text, parse_guide
from listenwell.domain import InputError, NotFound
from listenwell.store.guides import get_guide_row, guide_questions as guide_question_rows
from listenwell.store.interviews import load_interview, load_interviews
from listenwell.store.studies import get_study_row

Progress = Callable[[float, float, str], None]


def guide_questions(session: Session, study_id: int) -> list[str]:
    """The top-level questions of the study's guide, in order (probes under a question are
    left out: they are asked only when needed)."""
    rows = guide_question_rows(session, study_id)
    texts = [r.text.strip() for r in rows if r.parent_id is None and r.text and r.text.strip()]
    # a guide in another language with the English under each question: that English, which is
    # what the coach compares an interview in English with (``guide.checked_text``)
    row = get_guide_row(session, study_id)
    if row is not None and texts:
        english = {q.text.strip(): checked_text(q).strip()
                   for q in parse_guide(row.markdown, row.source_name or "guide.md").questions}
        texts = [english.get(t, t) for t in texts]
    return texts


def guide_terms(session: Session, study_id: int) -> list[str]:
    """The participants' own words listed in the study's guide ("Their words: API, ARM")."""
    row = get_guide_row(session, study_id)
    return parse_guide(row.markdown, row.source_name or "guide.md").terms if row else []


def coach_study(
    session: Session,
    study: str,
    *,
    interview_id: int | None = None,
    options: CoachOptions | None = None,
    embed: Embedder | None = None,
    progress: Progress | None = None,
) -> StudyCoaching:
    row = get_study_row(session, study)
    if interview_id is not None:
        interview = load_interview(session, interview_id)
        if interview.study_slug != row.slug:
            raise NotFound(f"interview {interview_id} is not in study {row.slug!r}")
        interviews = [interview]
    else:
        interviews = load_interviews(session, row.id)
    missing = [i for i in interviews if not interviewer_names(i)]
    if len(missing) == 1:
        raise no_interviewer_error(missing[0])
    if missing:
        ids = ", ".join(str(i.id) for i in missing)
        raise InputError(
            f"{len(missing)} interviews have no interviewer identified (ids {ids}); set one for "
            f"each with `listenwell interviews speakers ID --interviewer NAME`"
        )
    guide = guide_questions(session, row.id)
    terms = guide_terms(session, row.id)
    guide_vectors = None
    if guide and interviews:
        if embed is None:  # the same sentence model the themes use (analysis/embed.py)
            from listenwell.analysis.embed import SentenceTransformerEmbedder

            embed = SentenceTransformerEmbedder().encode
        guide_vectors = embed(guide_texts(guide, options))
    out = []
    for n, interview in enumerate(interviews):
        if progress:
            progress(n, len(interviews), interview.title)
        out.append(
            coach_interview(
                interview, guide=guide, embed=embed, options=options, guide_vectors=guide_vectors,
                known_terms=terms,
            )
        )
    if progress:
        progress(len(interviews), len(interviews), "done")
    result = summarise_study(row.slug, row.title, out, guide_questions=len(guide))
    if not interviews:
        result.notes.append("The study has no interviews yet: import some with `listenwell import`.")
    return result
