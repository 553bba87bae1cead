"""The evidence behind each theme, and the views other parts (report, web) consume.

A theme is only as good as its evidence, so it is counted by **distinct participants** (not
mentions), set against all participants who spoke, broken down by roster segment, traced to
the interviews and seconds it came from, and flagged as single-voice when fewer than two
people support it. The saturation curve says whether each new interview still added themes.

Everything here is computed from statements and participants on read, never stored, so a
person's edit (merge, move, split) is reflected at once. The dataclasses below are a stable
interface for the share/report and web parts: add fields, do not rename them.

Themes are ranked the same way everywhere (theme list, board, study page, report): pinned
first, then by ``weight`` (see ``theme_weight``), then by distinct participants.

A "voice" is a roster participant (pid) when the transcript links one, else the speaker of
one interview (``"<speaker> @ <interview id>"``), so unlinked speakers are still counted apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from listenwell.domain.model import Participant, Statement

#: How much a statement of each insight type hurts; pain and worry lead, praise trails.
SEVERITY = {
    "pain_point": 1.0,
    "worry": 1.0,
    "workaround": 0.8,
    "need": 0.6,
    "emotion": 0.6,
    "feature_request": 0.5,
    "praise": 0.15,
    "other": 0.1,
}
MOSTLY_OTHER = 0.75  # a theme with more untyped statements than this is worth half
SINGLE_VOICE_BELOW = 2  # a theme with fewer distinct participants rests on one voice
MOSTLY_ONE_VOICE = 0.75  # ... and one where a single voice says this share of it nearly does


@dataclass
class Quote:
    """A verbatim statement with everything needed to find it again in the transcript."""

    statement_id: int
    text: str
    voice: str  # pid, or "<speaker> @ <interview id>" when no roster participant is linked
    participant: str | None  # pid
    speaker: str
    interview_id: int
    interview_title: str
    segment_id: int
    start_char: int
    end_char: int
    start: float | None
    end: float | None
    insight_type: str
    confidence: float


@dataclass
class InterviewRef:
    """One interview a theme draws on, with when (seconds) its statements were said."""

    interview_id: int
    title: str
    statement_count: int
    times: list[float] = field(default_factory=list)


@dataclass
class ThemeEvidence:
    participants: list[str]  # distinct voices, sorted
    participant_count: int
    share: float  # participant_count / voices in the study who made any statement
    mentions: int  # statements
    interview_count: int
    single_voice: bool  # fewer than 2 distinct participants
    top_voice_share: float  # share of the statements said by the most frequent voice
    mostly_one_voice: bool  # 2+ participants, but one of them says >= 75% of it
    segments: dict[str, dict[str, int]]  # roster attribute -> value -> distinct participants
    segment_totals: dict[str, dict[str, int]]  # the same over the whole study (denominators)
    interviews: list[InterviewRef]
    insight_mix: dict[str, int]  # insight type -> statements
    weight: float = 0.0  # theme_weight: distinct participants x how much it hurts


@dataclass
class ThemeView:
    """A theme as people see it: names, representation and evidence."""

    id: int
    title: str  # name if a person set one, else the label
    label: str  # key phrases chosen by the analysis
    name: str | None  # set by a person
    summary: str  # one verbatim line
    key_phrases: list[str]
    hidden: bool
    pinned: bool
    version: int
    statement_ids: list[int]
    quotes: list[Quote]  # most representative first, one per voice before repeats; never
    # from a participant who opted out of quotes (their statements still count as evidence)
    evidence: ThemeEvidence


@dataclass
class SaturationPoint:
    """After the n-th interview (in interview order), how many themes were new."""

    index: int  # 1-based position in interview order
    interview_id: int
    title: str
    new_themes: int
    cumulative_themes: int
    new_theme_ids: list[int] = field(default_factory=list)


@dataclass
class AnalysisResult:
    study: str
    run_id: int
    interviews: int
    statements: int
    themes: int  # visible themes after the run
    new_themes: int
    joined_existing: int  # new statements placed into themes that already existed
    outliers: int
    embedded: int  # vectors computed this run
    cached: int  # vectors found in the cache
    model: str
    saturation: list[SaturationPoint] = field(default_factory=list)


def voice_of(st: Statement) -> str:
    return st.participant or f"{st.speaker} @ {st.interview_id}"


def theme_weight(voiced_types: Iterable[tuple[str, str]]) -> float:
    """Distinct participants × severity, from (voice, insight type) per statement.

    Severity is per voice, not per mention: each participant counts with the most severe
    thing they said in the theme (one frustrated statement among three neutral ones still
    makes it their pain), averaged over the voices. A theme that is mostly insight type
    "other" (warm-up answers about people's lives, small talk) is then worth little however
    many people it has, and cannot outrank a pain point or a worry that fewer people raised;
    praise trails pain."""
    best: dict[str, float] = {}
    other = total = 0
    for voice, itype in voiced_types:
        best[voice] = max(best.get(voice, 0.0), SEVERITY.get(itype, 0.1))
        other += itype == "other"
        total += 1
    if not best:
        return 0.0
    severity = sum(best.values()) / len(best)
    if other / total > MOSTLY_OTHER:  # hardly anything typed: the topic may be real, the finding is not
        severity *= 0.5
    return round(len(best) * severity, 4)


def theme_rank_key(pinned: bool, weight: float, participants: int, theme_id: int | None) -> tuple:
    """Sort key shared by every list of themes: pinned, then weight, then people, then id."""
    return (not pinned, -weight, -participants, theme_id if theme_id is not None else 0)


MAX_SEGMENT_VALUES = 8  # a roster column with more distinct values is not a segment


def segment_value(attribute: str, value: object) -> str | None:
    """The segment a roster value puts someone in: NPS scores become the usual promoter /
    passive / detractor groups; blank values put them in none."""
    text = str(value).strip() if value is not None else ""
    if not text:
        return None
    if attribute.strip().lower() == "nps":
        try:
            score = float(text)
        except ValueError:
            return text
        return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
    return text


def study_segment_totals(
    voices: Sequence[str], participants: dict[str, Participant]
) -> dict[str, dict[str, int]]:
    """Participants per segment over everyone who spoke. Only columns that group people are
    segments: a column with a value per person (dates, free text) is left out."""
    counts = _segment_counts(voices, participants)
    people = sum(1 for v in set(voices) if v in participants)
    return {a: vals for a, vals in counts.items()
            if len(vals) <= min(MAX_SEGMENT_VALUES, max(2, people // 2))}


def _segment_counts(voices: Sequence[str], participants: dict[str, Participant]
                    ) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for v in set(voices):
        p = participants.get(v)
        if p is None:
            continue
        for attr, value in p.attributes.items():
            seg = segment_value(attr, value)
            if seg is not None:
                out[attr][seg] += 1
    return {a: dict(sorted(vals.items())) for a, vals in sorted(out.items())}


def theme_evidence(
    statements: Sequence[Statement],
    participants: dict[str, Participant],
    interview_titles: dict[int, str],
    all_voices: int,
    segment_totals: dict[str, dict[str, int]],
) -> ThemeEvidence:
    voices = sorted({voice_of(s) for s in statements})
    per_voice: dict[str, int] = defaultdict(int)
    for s in statements:
        per_voice[voice_of(s)] += 1
    top_share = round(max(per_voice.values()) / len(statements), 4) if statements else 0.0
    by_interview: dict[int, list[Statement]] = defaultdict(list)
    mix: dict[str, int] = defaultdict(int)
    for s in statements:
        by_interview[s.interview_id].append(s)
        mix[str(s.insight_type)] += 1
    refs = [
        InterviewRef(
            interview_id=iid, title=interview_titles.get(iid, str(iid)), statement_count=len(sts),
            times=sorted(s.start for s in sts if s.start is not None),
        )
        for iid, sts in sorted(by_interview.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    return ThemeEvidence(
        participants=voices,
        participant_count=len(voices),
        share=round(len(voices) / all_voices, 4) if all_voices else 0.0,
        mentions=len(statements),
        interview_count=len(by_interview),
        single_voice=len(voices) < SINGLE_VOICE_BELOW,
        top_voice_share=top_share,
        mostly_one_voice=len(voices) >= SINGLE_VOICE_BELOW and top_share >= MOSTLY_ONE_VOICE,
        weight=theme_weight((voice_of(s), str(s.insight_type)) for s in statements),
        segments={a: vals for a, vals in _segment_counts(voices, participants).items()
                  if a in segment_totals},
        segment_totals=segment_totals,
        interviews=refs,
        insight_mix=dict(sorted(mix.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


def to_quote(st: Statement, interview_titles: dict[int, str]) -> Quote:
    return Quote(
        statement_id=st.id or 0, text=st.text, voice=voice_of(st), participant=st.participant,
        speaker=st.speaker, interview_id=st.interview_id,
        interview_title=interview_titles.get(st.interview_id, str(st.interview_id)),
        segment_id=st.segment_id, start_char=st.start_char, end_char=st.end_char,
        start=st.start, end=st.end, insight_type=str(st.insight_type), confidence=st.confidence,
    )


def saturation_curve(
    interview_order: Sequence[tuple[int, str]],
    theme_members: dict[int, Sequence[Statement]],
) -> list[SaturationPoint]:
    """New themes per interview, in interview order: a theme is "new" at the first interview
    that holds one of its statements. A flat tail means more interviews stopped adding themes."""
    first_seen: dict[int, list[int]] = defaultdict(list)
    position = {iid: i for i, (iid, _) in enumerate(interview_order)}
    for tid, sts in theme_members.items():
        seen = [position[s.interview_id] for s in sts if s.interview_id in position]
        if seen:
            first_seen[min(seen)].append(tid)
    out, total = [], 0
    for i, (iid, title) in enumerate(interview_order):
        new = sorted(first_seen.get(i, []))
        total += len(new)
        out.append(SaturationPoint(index=i + 1, interview_id=iid, title=title,
                                   new_themes=len(new), cumulative_themes=total,
                                   new_theme_ids=new))
    return out
