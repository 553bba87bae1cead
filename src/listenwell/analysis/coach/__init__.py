"""The interview coach: how well did the interviewer listen?

``coach_interview(interview, guide=..., embed=...)`` measures one interview (talk share,
questions by kind, interruptions, silences, follow-ups, listening signals, intro, guide
coverage) and picks three things to do differently; ``summarise_study`` compares interviews
and interviewers. Pure functions over domain objects; results are dataclasses in ``model``.
"""

from .coach import coach_interview
from .guide import Embedder
from .model import InterviewCoaching, StudyCoaching
from .options import CoachOptions
from .study import summarise_study

__all__ = [
    "CoachOptions",
    "Embedder",
    "InterviewCoaching",
    "StudyCoaching",
    "coach_interview",
    "summarise_study",
]
