"""The report as plain data: what every renderer (HTML, PDF, Word, Markdown) draws.

``report.build`` fills these from domain objects; renderers only format them. Every text in
here is already redacted and every quote carries its source span, so the verbatim check can
run on the model and on the rendered file alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from listenwell.domain.timecode import format_timecode

INSIGHT_LABELS = {
    "pain_point": "pain point",
    "workaround": "workaround",
    "need": "need",
    "feature_request": "feature request",
    "worry": "worry",
    "praise": "praise",
    "emotion": "emotion",
    "other": "other",
}


@dataclass
class QuoteView:
    text: str  # what the reader sees (redacted)
    pid: str  # pseudonym
    interview_id: int
    interview_title: str
    segment_id: int
    start_char: int
    end_char: int
    start: float | None = None
    end: float | None = None
    statement_id: int | None = None
    theme: str | None = None
    insight_type: str = "other"
    clip_href: str | None = None

    @property
    def timecode(self) -> str:
        return format_timecode(self.start)

    @property
    def attribution(self) -> str:
        if self.start is None:
            return f"{self.pid}, {self.interview_title}"
        return f"{self.pid}, {self.interview_title} at {self.timecode}"

    @property
    def type_label(self) -> str:
        return INSIGHT_LABELS.get(self.insight_type, self.insight_type)


@dataclass
class Bar:
    label: str
    count: int  # participants in this group who support the finding
    total: int  # participants in this group in the study

    @property
    def share(self) -> float:
        return self.count / self.total if self.total else 0.0


@dataclass
class SegmentChart:
    attribute: str  # roster column, e.g. "plan"
    bars: list[Bar] = field(default_factory=list)


@dataclass
class FindingView:
    rank: int
    theme_id: int | None
    title: str
    statement: str
    participants: int
    total_participants: int
    quotes: list[QuoteView] = field(default_factory=list)
    charts: list[SegmentChart] = field(default_factory=list)
    type_mix: dict[str, int] = field(default_factory=dict)
    single_voice: bool = False
    score: float = 0.0

    @property
    def share(self) -> float:
        return self.participants / self.total_participants if self.total_participants else 0.0

    @property
    def count_line(self) -> str:
        return (
            f"{self.participants} of {self.total_participants} participants "
            f"({round(self.share * 100)}%)"
        )

    @property
    def type_mix_line(self) -> str:
        total = sum(self.type_mix.values()) or 1
        parts = [
            f"{INSIGHT_LABELS.get(k, k)} {round(v * 100 / total)}%"
            for k, v in sorted(self.type_mix.items(), key=lambda kv: -kv[1])
        ]
        return ", ".join(parts)


@dataclass
class SectionView:
    """Workarounds, needs and wishes, worries, outliers: a heading, a line, quotes."""

    key: str
    title: str
    intro: str
    quotes: list[QuoteView] = field(default_factory=list)
    participants: int = 0


@dataclass
class MethodView:
    goals: list[str] = field(default_factory=list)
    participants: int = 0
    interviews: int = 0
    mix: dict[str, dict[str, int]] = field(default_factory=dict)  # attribute -> value -> n
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    guide: list[str] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)

    @property
    def dates_line(self) -> str:
        if not self.first_date:
            return "dates not recorded"
        if self.first_date == self.last_date or not self.last_date:
            return self.first_date.isoformat()
        return f"{self.first_date.isoformat()} to {self.last_date.isoformat()}"


@dataclass
class Report:
    title: str
    study_slug: str
    generated: dt.date
    findings: list[FindingView] = field(default_factory=list)
    sections: list[SectionView] = field(default_factory=list)
    method: MethodView = field(default_factory=MethodView)
    redacted: bool = True
    summary: str = ""

    def all_quotes(self) -> list[QuoteView]:
        out = [q for f in self.findings for q in f.quotes]
        out += [q for s in self.sections for q in s.quotes]
        return out
