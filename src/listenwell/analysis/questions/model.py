"""What a question check returns: the kinds of problem, their order of seriousness, and
the check itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class QuestionKind(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    LEADING = "leading"
    DOUBLE_BARRELED = "double_barreled"
    HYPOTHETICAL = "hypothetical"
    VAGUE = "vague"
    JARGON = "jargon"
    TOO_LONG = "too_long"
    ACCUSATORY_WHY = "accusatory_why"


# Most serious first: the main verdict of a question is the first of its problems in this order.
SEVERITY: tuple[QuestionKind, ...] = (
    QuestionKind.LEADING,
    QuestionKind.HYPOTHETICAL,
    QuestionKind.DOUBLE_BARRELED,
    QuestionKind.ACCUSATORY_WHY,
    QuestionKind.CLOSED,
    QuestionKind.JARGON,
    QuestionKind.VAGUE,
    QuestionKind.TOO_LONG,
)


@dataclass
class Problem:
    kind: QuestionKind
    reason: str
    rewrite: str | None = None


@dataclass
class QuestionCheck:
    text: str
    kind: QuestionKind  # OPEN when no problem, else the most serious problem
    problems: list[Problem] = field(default_factory=list)
    # The answer the question asks for: "open" (a story), "yes_no" or "short" (a fact such as
    # a number, a time or a name: "How long have you used it?"). Short-answer questions are
    # fine in an interview and are not a problem, but coding schemes such as motivational
    # interviewing's count them as closed.
    answer_form: str = "open"
    # False for a question in another language: the checks read English, so it gets no verdict
    # (no problems) rather than a wrong one
    checked: bool = True

    @property
    def ok(self) -> bool:
        return not self.problems

    def has(self, kind: QuestionKind) -> bool:
        return any(p.kind == kind for p in self.problems)
