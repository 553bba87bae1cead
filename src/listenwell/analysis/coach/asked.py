"""The questions the interviewer actually asked, judged by the planning question checker
(``listenwell.analysis.questions``) — the same verdicts the guide gets, so coach and plan
never disagree about what a leading question is."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from listenwell.analysis.questions import QuestionKind, check_question, is_question, split_questions, terms_used
from listenwell.analysis.questions.language import OTHER_LANGUAGE_ASK, mostly_english

from .cues import HOUSEKEEPING, REFLECTION, is_encourager, sentences
from .model import AskedQuestion, ProblemNote, Questions
from .options import CoachOptions
from .turns import INTERVIEWER, PARTICIPANT, Turn


def asked_questions(turns: list[Turn], options: CoachOptions, known_terms: Iterable[str] = ()) -> Questions:
    """Every question the interviewer asked, checked; ``known_terms`` are the participants' own
    words (the guide's "Their words" line), never flagged as jargon, and so is a term the
    participant has already said in this interview: asking it back in their words is mirroring.
    In an interview not in English a question is counted (a '?', or an ask such as "Racontez-moi…")
    but not judged: ``checked`` False, kind "not_checked", as in the guide check, unless it has a
    leading form of its language ("Vous ne trouvez pas que…?"), which is told as leading."""
    known = set(known_terms)
    english = mostly_english([t.text for t in turns if t.side == INTERVIEWER])
    asked: list[AskedQuestion] = []
    housekeeping = 0
    for t in turns:
        if t.side == PARTICIPANT:
            known |= terms_used(t.text)
        if t.side != INTERVIEWER or is_encourager(t.text, options.encourager_words):
            continue
        for q in split_questions(t.text) if english else _other_language_questions(t.text):
            if (english and not is_question(q)) or _is_reflection(q):
                continue
            if HOUSEKEEPING.search(q):
                # "Is it OK if I record?" has to be closed; it is not part of the inquiry.
                housekeeping += 1
                continue
            check = check_question(q, known, among_english=english)
            asked.append(
                AskedQuestion(
                    quote=t.quote(q),
                    kind=str(check.kind) if check.checked or check.problems else NOT_CHECKED,
                    problems=[ProblemNote(str(p.kind), p.reason, p.rewrite) for p in check.problems],
                    checked=check.checked,
                )
            )
    counts = Counter(q.kind for q in asked)
    by_kind = {str(k): counts.get(str(k), 0) for k in QuestionKind}
    return Questions(total=len(asked), by_kind=by_kind, asked=asked, housekeeping=housekeeping)


NOT_CHECKED = "not_checked"  # the kind of a question not in English


def _other_language_questions(text: str) -> list[str]:
    """The questions of a turn not in English: a question mark (full-width too), or a polite ask
    in the forms the guide reading knows ("Racontez-moi…", "…を教えてください")."""
    return [s for s in sentences(text) if "?" in s or "\uff1f" in s or OTHER_LANGUAGE_ASK.search(s)]


def _is_reflection(sentence: str) -> bool:
    """"So what I'm hearing is that you…" reads as a wh-question to the checker, but it is a
    reflection (counted as a listening signal), unless it ends with a question mark."""
    return not sentence.rstrip().endswith("?") and REFLECTION.search(sentence) is not None


def is_leading(q: AskedQuestion) -> bool:
    return q.kind == str(QuestionKind.LEADING) or any(
        p.kind == str(QuestionKind.LEADING) for p in q.problems
    )
