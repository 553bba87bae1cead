"""The interview kit: the one-pager an interviewer takes into the call.

Built from a study and its parsed guide (``analysis.guide.Guide``) into a plain ``Kit``
dataclass, then rendered as Markdown, HTML (a Jinja template) or PDF (WeasyPrint renders the
HTML; it is imported only when a PDF is asked for). Files are written to a temporary name
beside the target and moved into place, so a failed render leaves nothing half-written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from listenwell.analysis.guide import (
    MINUTES_PER_QUESTION,
    Guide,
    GuideQuestion,
    GuideSection,
    alternative_groups,
    heading_levels,
    parent_minutes,
)
from listenwell.analysis.questions import check_question, closing_prompts, is_check_in, suggest_followups
from listenwell.analysis.questions.closing import ANYTHING_ELSE, MISSED, WHO_ELSE
from listenwell.domain import InputError, MissingDependency, Study
from listenwell.report.output import atomic_path

INTRO_MINUTES = 3
WARMUP_MINUTES = 5
CLOSING_MINUTES = 5
NOTE_ROWS = 14

DEFAULT_WARMUP = [
    "Can you tell me a bit about yourself?",
    "What does a typical week look like for you?",
]
# The standard closing prompts (analysis.questions.closing), each added unless the guide's own
# closing already asks it.
DEFAULT_CLOSING = [
    ("Is there anything I should have asked but didn't?", MISSED),
    ("Is there anything else you'd like to add?", ANYTHING_ELSE),
    ("Who else do you think we should talk to?", WHO_ELSE),
]
# The points every intro makes (the list), each with the words that show a guide's own
# intro already makes it. The consent question is written out (``Kit.consent``) unless the
# guide's intro asks for it in its own words.
STANDARD_INTRO = [
    ("Thank you for making the time. We're talking to people about their own experience so "
     "we can learn what works for them and what gets in the way.",
     re.compile(r"\b(?:learn|understand|find out|talking to people|research)\w*", re.I)),
    ("This is not a sales call: we are not selling anything, and we are not testing you. "
     "We want to learn from your experience.",
     re.compile(r"\b(?:sell\w*|sales|pitch\w*)\b", re.I)),
    ("There are no right or wrong answers. Honest views, good or bad, help us most; you "
     "won't hurt anyone's feelings.",
     re.compile(r"\bright or wrong\b|\bwrong answers?\b|\bhonest\w*", re.I)),
    ("Please stop me at any time, skip any question, or ask me anything.",
     re.compile(r"\b(?:stop|skip|pause)\b", re.I)),
]
_WARMUP = re.compile(r"\b(?:warm[- ]?up|ice[- ]?breaker|welcome|background|about you|getting to know)\b",
                     re.I)
# the guide's intro asks for consent in its own words ("Is it okay if I record this?"); an
# instruction ("Ask for consent to record.") still gets the kit's words
_ASKS_CONSENT = re.compile(r"\b(?:(?:ok|okay|alright|all right|fine|comfortable|happy)\b.{0,20}\brecord\w*|consent)"
                           r"\b[^.!]*\?|"
                           # "With your permission we'll record the screen and your voice"
                           r"\bwith your permission\b[^.!?]{0,60}\brecord", re.I)
_INTRO = re.compile(r"\b(?:intro|introduction|opening|consent|before we start)\b", re.I)
_CLOSING = re.compile(r"\b(?:clos\w*|wrap[- ]?up|thanks?|thank you|outro|end|final)\b", re.I)


@dataclass
class KitQuestion:
    text: str
    followups: list[str]
    suggested: bool = False  # the follow-ups come from the bank, not the guide
    original: str | None = None  # the guide's wording when the kit uses the checker's rewrite
    problem: str | None = None  # why it was rewritten (the checker's verdict)
    notes: list[str] = field(default_factory=list)  # the guide's notes for the interviewer under it


@dataclass
class KitSection:
    title: str
    start_minute: int
    minutes: int
    questions: list[KitQuestion]
    goal: str | None = None
    notes: list[str] = field(default_factory=list)  # instructions from the guide
    choice: str | None = None  # "Alternative 2 of 4: …" when the guide asks only one of a set
    lead: list[str] = field(default_factory=list)  # the guide's notes before the questions (a scenario)


@dataclass
class Kit:
    title: str
    study_slug: str
    goals: list[str]
    total_minutes: int
    intro: list[str]
    consent: str | None  # None: the guide's own intro asks for consent to record
    sections: list[KitSection]  # warm-up first, closing last
    note_columns: tuple[str, ...] = ("Time", "Quote", "Observation")
    note_rows: int = NOTE_ROWS
    # the guide's notes for before and after the call ("Who", "Before the call", "After the
    # call"): sections without questions ahead of the first one that has some, or after the last
    before: list[KitSection] = field(default_factory=list)
    after: list[KitSection] = field(default_factory=list)


def _warm_up(guide: Guide) -> list[GuideSection]:
    """The guide's warm-up section with questions, at most one: a "Warm-up" heading, or the first
    sub-section with questions under a "Warm-up" heading that has none of its own ("Section 1:
    Warm-up and context" over "Questions")."""
    levels = heading_levels(guide)
    for i, s in enumerate(guide.sections):
        if not _WARMUP.search(s.title):
            continue
        if s.questions:
            return [s]
        for j in range(i + 1, len(guide.sections)):
            if levels[j] <= levels[i]:
                break
            if guide.sections[j].questions:
                return [guide.sections[j]]
    # no warm-up of its own: an intro that asks about the person ("Part A: Introduction and
    # context" with "Could you start by telling me about yourself?") before any other question
    first = next((s for s in guide.sections if s.questions), None)
    if first is not None and _INTRO.search(first.title) and not _runs_the_session(first):
        return [first]
    return []


def _runs_the_session(section: GuideSection) -> bool:
    """An intro whose questions only run the session: check-ins and the consent ask."""
    return all(is_check_in(q.text) or _ASKS_CONSENT.search(q.text) for q in section.questions)


def build_kit(study: Study, guide: Guide) -> Kit:
    consent = ("Is it okay if I record this conversation? The recording is only used by the "
               "research team to check our notes, stays on our machines, and your name is not "
               "attached to anything we share.")
    sections: list[KitSection] = []
    minute = INTRO_MINUTES
    shared = parent_minutes(guide)  # a parent heading's minutes, shared by the sub-sections under it
    warm = _warm_up(guide)
    # the guide's intro, with its one or two check-in questions ("Any questions before we
    # start?"), is said first; an "Introduction" section with more questions is asked as a section
    # (only before the interview proper: "Consent to use video clips" at the end re-confirms)
    main = next((i for i, s in enumerate(guide.sections) if s.questions and s not in warm
                 and not _INTRO.search(s.title)), len(guide.sections))
    intro_sections = [s for s in guide.sections[:main] if _INTRO.search(s.title) and s not in warm
                      and len(s.questions) <= 2 and _runs_the_session(s)]
    # a guide's intro that runs the consent itself (several check-ins: recording, observers, clips)
    # is said before the warm-up, where the guide has it, not after it
    consent_first = [s for s in guide.sections[:main] if _INTRO.search(s.title) and s not in warm
                     and s not in intro_sections and s.questions
                     and 2 * sum(is_check_in(q.text) for q in s.questions) > len(s.questions)]
    own = [n for s in intro_sections for n in _notes(s) + [q.text for q in s.questions]]
    said = own + [n for s in consent_first for n in _notes(s) + [q.text for q in s.questions]]
    intro = _intro(own, said)
    if any(_ASKS_CONSENT.search(line) for line in said):
        consent = None
    closing = [s for s in guide.sections if _CLOSING.search(s.title) and s not in warm
               and not _INTRO.search(s.title)][-1:]
    last = max((i for i, s in enumerate(guide.sections) if s.questions), default=len(guide.sections))
    around = {i: s for i, s in enumerate(guide.sections) if (i < main or i > last) and not s.questions
              and s not in warm + closing + intro_sections + consent_first and _notes(s)}
    before = [KitSection(s.title, 0, 0, [], notes=_notes(s)) for i, s in around.items() if i < main]
    after = [KitSection(s.title, 0, 0, [], notes=_notes(s)) for i, s in around.items() if i > last]
    for s in consent_first:
        qs = [_kit_question(q, probes=False)
              for q in s.questions]
        i = guide.sections.index(s)
        mins = shared[i] if i in shared else s.minutes or MINUTES_PER_QUESTION
        sections.append(KitSection(s.title, minute, mins, qs, notes=_notes(s)))
        minute += mins
    if warm:
        w = warm[0]
        qs = [_kit_question(q, probes=False)
              for q in w.questions]
        at = guide.sections.index(w)
        mins = shared[at] if at in shared else w.minutes or max(WARMUP_MINUTES, MINUTES_PER_QUESTION * len(qs))
        sections.append(KitSection("Warm-up", minute, mins, qs, notes=_notes(w)))
    else:
        mins = WARMUP_MINUTES
        sections.append(KitSection("Warm-up", minute, mins,
                                   [KitQuestion(t, []) for t in DEFAULT_WARMUP]))
    minute += mins
    # alternatives ("we will only ask one of the following groups") start at the same minute,
    # and the interview goes on after the longest of them
    alternative: dict[int, tuple[int, int, int]] = {}  # section → (set, alternative, how many)
    for g, group in enumerate(alternative_groups(guide)):
        for a, alt in enumerate(group):
            alternative.update({j: (g, a, len(group)) for j in alt})
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    entered: set[tuple[int, int]] = set()  # alternatives begun (their first section reached)
    labelled: set[tuple[int, int]] = set()  # alternatives whose first shown section says so
    for i, s in enumerate(guide.sections):
        if i in alternative:
            g, a, n = alternative[i]
            starts.setdefault(g, minute)
            if (g, a) not in entered:  # a new alternative starts where the set started
                minute = starts[g]
                entered.add((g, a))
        elif ends:
            minute = max([minute, *ends.values()])  # past a set: after its longest alternative
            ends.clear()
        if s in warm or s in closing or s in intro_sections or s in consent_first or i in around:
            continue
        qs = [_kit_question(q)
              for q in s.questions]
        if not qs and not _notes(s):
            continue
        # notes alone take no interview time
        mins = shared[i] if i in shared else s.minutes or MINUTES_PER_QUESTION * len(qs)
        goal = None
        if s.goal_index is not None and s.goal_index < len(study.goals):
            goal = study.goals[s.goal_index]
        elif s.goal:
            goal = s.goal
        choice = None
        if i in alternative and (alternative[i][0], alternative[i][1]) not in labelled:
            g, a, n = alternative[i]
            labelled.add((g, a))
            choice = f"Alternative {a + 1} of {n}: ask only the one that fits the participant."
        lead = s.notes[: s.lead_notes] if qs else []  # "Read aloud: …" comes before the questions
        sections.append(KitSection(s.title, minute, mins, qs, goal=goal, notes=_notes(s)[len(lead):], choice=choice,
                                   lead=lead))
        minute += mins
        if i in alternative:
            ends[alternative[i][0]] = max(ends.get(alternative[i][0], 0), minute)
    if ends:
        minute = max([minute, *ends.values()])
    close_qs = [_kit_question(q, probes=False)
                for c in closing for q in c.questions]
    own = {kind for q in close_qs for kind in closing_prompts(q.text)}
    missing = [text for text, kind in DEFAULT_CLOSING if kind not in own]
    if missing and missing[0] == DEFAULT_CLOSING[0][0]:
        close_qs.insert(0, KitQuestion(missing.pop(0), []))  # the catch-all comes first
    close_qs += [KitQuestion(t, []) for t in missing]
    close_notes = [n for c in closing for n in _notes(c)] or [
        "Thank them, say what happens next, and stop the recording."]
    mins = (closing[0].minutes if closing and closing[0].minutes else CLOSING_MINUTES)
    sections.append(KitSection("Closing", minute, mins, close_qs, notes=close_notes))
    minute += mins
    total = max(minute, study.planned_minutes or 0, guide.planned_minutes or 0) \
        if (study.planned_minutes or guide.planned_minutes) else minute
    return Kit(title=guide.title or study.title, study_slug=study.slug, goals=list(study.goals),
               total_minutes=total, intro=intro, consent=consent, sections=sections, before=before, after=after)


def _intro(guide_notes: list[str], said: list[str] | None = None) -> list[str]:
    """The guide's own intro in its own words, then each standard point it does not make (in
    ``said``: the intro and a consent section of its own), so an interviewer whose guide
    already says "I'm not selling anything" does not say it twice."""
    made_here = " ".join(said if said is not None else guide_notes)
    return guide_notes + [text for text, made in STANDARD_INTRO if not made.search(made_here)]


def _kit_question(q: GuideQuestion, probes: bool = True) -> KitQuestion:
    """A guide question for the kit; one the checker flags is replaced by its rewrite, with the
    guide's wording kept beside it so nothing changes silently. The guide's notes under it ("Only
    if they mention an overspend") go with it."""
    text, followups = q.text, [f.text for f in q.followups if not f.instruction]
    notes = [f.text for f in q.followups if f.instruction]
    original = problem = None
    check = check_question(text)
    if not check.ok and check.problems[0].rewrite:
        original, problem = text, check.kind.value.replace("_", " ").replace("double barreled", "double-barreled")
        text = check.problems[0].rewrite
    if followups or not probes:
        return KitQuestion(text, followups, original=original, problem=problem, notes=notes)
    return KitQuestion(text, suggest_followups(text), suggested=True, original=original,
                       problem=problem, notes=notes)


def _notes(section) -> list[str]:  # noqa: ANN001 - a GuideSection
    return list(section.notes) + [q.text for q in section.items if q.instruction]


# --------------------------------------------------------------------------------------------
# Renderers


def render_markdown(kit: Kit) -> str:
    out = [f"# Interview kit: {kit.title}", ""]
    out.append(f"About {kit.total_minutes} minutes. Study: `{kit.study_slug}`.")
    if kit.goals:
        out += ["", "**Research goals**", ""] + [f"{i}. {g}" for i, g in enumerate(kit.goals, 1)]
    for s in kit.before:
        out += ["", f"## {s.title}", ""] + [f"- _{n}_" for n in s.notes]
    out += ["", f"## Intro (0–{INTRO_MINUTES} min)", ""]
    out += [f"- {p}" for p in kit.intro]
    out += ([f"- **Consent:** {kit.consent}"] if kit.consent else []) + [""]
    for s in kit.sections:
        out.append(f"## {s.title} ({s.start_minute}–{s.start_minute + s.minutes} min)" if s.minutes
                   else f"## {s.title}")
        if s.choice:
            out.append(f"**{s.choice}**")
        if s.goal:
            out.append(f"_Goal: {s.goal}_")
        out.append("")
        out += [f"- _{n}_" for n in s.lead]
        for q in s.questions:
            if q.original:
                out.append(f"- {q.text}  ")  # two spaces: a line break inside the item
                article = "an" if q.problem[:1] in "aeiou" else "a"
                out.append(f"  _(rewritten; the guide had {article} {q.problem} question: "
                           f"“{q.original}”)_")
            else:
                out.append(f"- {q.text}")
            out += [f"  - _{n}_" for n in q.notes]  # "Only if they mention…" before its probes
            for f in q.followups:
                out.append(f"  - {f}" + (" _(probe)_" if q.suggested else ""))
        for n in s.notes:
            out.append(f"- _{n}_")
        out.append("")
    for s in kit.after:
        out += [f"## {s.title}", ""] + [f"- _{n}_" for n in s.notes] + [""]
    out += ["## Note-taker sheet", "", "| " + " | ".join(kit.note_columns) + " |",
            "|" + "|".join("---" for _ in kit.note_columns) + "|"]
    out += ["| " + " | ".join(" " for _ in kit.note_columns) + " |" for _ in range(kit.note_rows)]
    return "\n".join(out) + "\n"


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                       autoescape=select_autoescape(["html"]))


def render_html(kit: Kit) -> str:
    return _env().get_template("kit.html").render(kit=kit, intro_minutes=INTRO_MINUTES)


def render_pdf(kit: Kit) -> bytes:
    try:
        from weasyprint import HTML
    except ImportError as exc:  # pragma: no cover - weasyprint is a dependency
        raise MissingDependency("PDF output needs WeasyPrint: pip install weasyprint") from exc
    return HTML(string=render_html(kit)).write_pdf()


def write_kit(kit: Kit, out: Path) -> Path:
    """Write the kit in the format named by the file's suffix (.md, .html, .pdf)."""
    suffix = out.suffix.lower()
    if suffix in (".md", ".markdown"):
        data = render_markdown(kit).encode("utf-8")
    elif suffix in (".html", ".htm"):
        data = render_html(kit).encode("utf-8")
    elif suffix == ".pdf":
        data = render_pdf(kit)
    else:
        raise InputError("the kit can be written as .html, .md or .pdf", file=str(out))
    with atomic_path(out) as tmp:
        tmp.write_bytes(data)
    return out
