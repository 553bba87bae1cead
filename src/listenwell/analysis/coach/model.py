"""Result dataclasses of the interview coach: plain data the report and the JSON are made of.

Every figure carries the quotes it was computed from (``Quote``: verbatim text, the turn's
position and its time when the transcript is timed), so a reader can go back to the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Quote:
    """A verbatim piece of one turn. ``at`` is seconds into the recording, None when untimed;
    ``segment`` is the index of the first segment of the turn in the interview."""

    text: str
    speaker: str
    segment: int
    at: float | None = None


@dataclass
class TalkShare:
    """The interviewer's share of talk. ``basis`` is "time" when every turn is timed, else
    "words"; ``share`` follows the basis, ``word_share`` is always there."""

    basis: str
    share: float
    word_share: float
    interviewer_seconds: float | None
    participant_seconds: float | None
    interviewer_words: int
    participant_words: int
    longest_turns: list[Quote] = field(default_factory=list)  # the interviewer's longest
    participant_longest: list[Quote] = field(default_factory=list)  # the participant's longest


@dataclass
class ProblemNote:
    kind: str
    reason: str
    rewrite: str | None


@dataclass
class AskedQuestion:
    """One question the interviewer asked, with the question checker's verdict."""

    quote: Quote
    kind: str
    problems: list[ProblemNote] = field(default_factory=list)
    checked: bool = True  # False: not in English, which the checks read; counted, not judged

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Questions:
    total: int
    by_kind: dict[str, int]
    asked: list[AskedQuestion] = field(default_factory=list)
    housekeeping: int = 0  # consent, "any questions before we start?": not judged

    @property
    def unchecked(self) -> int:
        """Questions not in English: counted, but open, closed and leading are read in English only."""
        return sum(1 for q in self.asked if not q.checked)

    @property
    def judged(self) -> bool:
        """Whether any question was checked (or a leading form found in another language), so that
        "0 leading" means none, not "not read"."""
        return any(q.checked or q.problems for q in self.asked)

    @property
    def with_problems(self) -> list[AskedQuestion]:
        return [q for q in self.asked if not q.ok]


@dataclass
class Interruption:
    """The interviewer took the floor while the participant spoke (``overlap`` > 0 seconds),
    within a fraction of a second after they stopped, or after a cut-off marked in an untimed
    transcript (``overlap`` None)."""

    participant: Quote
    interviewer: Quote
    overlap: float | None
    how: str  # "overlap", "quick" or "cut-off"


@dataclass
class Silence:
    """Pauses between the participant stopping and the interviewer starting (seconds)."""

    count: int
    median: float | None
    mean: float | None
    longest: float | None
    buckets: dict[str, int]  # label → count, in display order
    long_pauses: int  # pauses of at least CoachOptions.long_pause seconds
    timed: bool
    quickest: list[Quote] = field(default_factory=list)  # interviewer turns after the shortest pauses


@dataclass
class Moment:
    """A participant turn that mentions a problem, an emotion or a workaround, and what the
    interviewer said next."""

    kinds: list[str]  # "problem", "emotion", "workaround"
    quote: Quote
    reply: Quote | None
    followed_up: bool
    how: str  # why it counts as followed up, or "changed topic" / "no reply"


@dataclass
class FollowUps:
    moments: int
    followed: int
    rate: float | None
    missed: list[Moment] = field(default_factory=list)
    taken: list[Moment] = field(default_factory=list)


@dataclass
class Listening:
    reflections: int  # summaries and reflections back
    encouragers: int  # short "mm-hm", "right", "I see" turns
    examples: list[Quote] = field(default_factory=list)


@dataclass
class IntroCheck:
    name: str  # "purpose", "not_selling", "no_right_answers", "consent_to_record"
    label: str
    passed: bool
    evidence: Quote | None = None
    # False: the opening is not in English and the words for it are read in English only, so
    # whether it was said is not known (not "never said")
    checked: bool = True


@dataclass
class GuideMatch:
    guide_question: str
    asked: bool
    similarity: float
    matched: Quote | None = None  # the closest asked question (the match when asked)
    leading: bool = False
    kind: str | None = None  # the checker's verdict on the matched question
    flagged: bool = False  # the guide question itself has a problem the guide check names


@dataclass
class GuideCoverage:
    total: int
    asked: int
    leading: int
    matches: list[GuideMatch] = field(default_factory=list)

    @property
    def coverage(self) -> float | None:
        return self.asked / self.total if self.total else None


@dataclass
class Advice:
    """One thing to do differently, with the quotes that show why."""

    title: str
    detail: str
    quotes: list[Quote] = field(default_factory=list)
    rewrites: list[str] = field(default_factory=list)


@dataclass
class InterviewCoaching:
    interview_id: int | None
    title: str
    interviewers: list[str]
    participants: list[str]  # speaker names
    timed: bool
    duration: float | None
    no_participant_speech: bool = False
    talk: TalkShare | None = None
    questions: Questions | None = None
    interruptions: list[Interruption] = field(default_factory=list)
    silence: Silence | None = None
    followups: FollowUps | None = None
    listening: Listening | None = None
    intro: list[IntroCheck] = field(default_factory=list)
    guide: GuideCoverage | None = None
    advice: list[Advice] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what could not be measured, and why
    opening: Quote | None = None  # the interviewer's first turn

    @property
    def intro_score(self) -> int:
        return sum(1 for c in self.intro if c.passed)

    @property
    def intro_checked(self) -> list[IntroCheck]:
        """The intro checks that could be read (in an opening not in English, the consent ask)."""
        return [c for c in self.intro if c.checked]


@dataclass
class InterviewerSummary:
    """One interviewer across the study."""

    name: str
    interviews: int
    mean_talk_share: float | None
    questions: int
    leading: int | None  # None: none of their questions was in English, so none was judged
    closed: int | None
    problem_questions: int | None
    interruptions: int
    median_silence: float | None
    followup_rate: float | None
    reflections: int


@dataclass
class Trend:
    """A measure in the first and the second half of the study's interviews (in the order
    they were held), to show whether the team is getting better."""

    measure: str
    first: float | None
    second: float | None
    unit: str  # "share" (0–1) or "count"


@dataclass
class StudyCoaching:
    study_slug: str
    study_title: str
    interviews: list[InterviewCoaching]
    interviewers: list[InterviewerSummary]
    guide_questions: int = 0
    notes: list[str] = field(default_factory=list)
    trends: list[Trend] = field(default_factory=list)
