"""From a study's evidence (domain objects) to the ``Report`` model.

Ranking: pinned themes first, then by weight — the number of *distinct participants* behind a
theme times how much it hurts (``analysis.evidence.theme_weight``, the same order the theme list
and the board use), so small talk and warm-up chatter never lead the findings. Quotes: 2–4 per
finding, from different participants who agreed to be quoted, the most painful and readable
first. Every shown string goes through the
``Redactor``; quotes keep their source span for the verbatim check.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from listenwell.analysis.evidence import SEVERITY, theme_rank_key, theme_weight
from listenwell.analysis.mix import Coverage
from listenwell.domain.model import (
    Interview,
    Participant,
    Role,
    Statement,
    Study,
    Theme,
)
from listenwell.domain.columns import name_like_columns
from listenwell.domain.names import is_handle_column
from listenwell.domain.text import column_words
from listenwell.report.model import (
    Bar,
    FindingView,
    MethodView,
    QuoteView,
    Report,
    SectionView,
    SegmentChart,
)
from listenwell.report.redact import Redactor

PLURALS = {
    "pain_point": "pain points", "worry": "worries", "workaround": "workarounds", "need": "needs",
    "feature_request": "feature requests", "emotion": "emotions", "praise": "praise",
}
TYPE_ORDER = ["pain_point", "worry", "workaround", "need", "feature_request", "emotion", "other", "praise"]


@dataclass
class StudyEvidence:
    """Everything a report needs, already loaded; the service fills it from the store."""

    study: Study
    participants: list[Participant]
    interviews: list[Interview]
    themes: list[Theme]
    statements: list[Statement]
    outliers: list[Statement] = field(default_factory=list)
    guide: list[str] = field(default_factory=list)
    finding_texts: dict[int, str] = field(default_factory=dict)  # theme id -> finding
    #: statement id -> position in its theme's most-representative-first order (0 best)
    quote_rank: dict[int, int] = field(default_factory=dict)
    recruitment: Coverage | None = None  # progress against the study's saved recruitment plan
    # roster id → the stand-in a redacted output shows for it (``with_stand_in_ids``); empty: ids shown as they are
    stand_ins: dict[str, str] = field(default_factory=dict)


@dataclass
class ReportOptions:
    top: int = 5
    redact: bool = True
    terms: list[str] = field(default_factory=list)
    quotes_per_finding: int = 4
    section_quotes: int = 5
    chart_attributes: list[str] | None = None  # roster columns to chart; None: guess
    clip_href: Callable[[QuoteView], str | None] | None = None


def make_redactor(ev: StudyEvidence, options: ReportOptions) -> Redactor:
    """A redactor for this study: roster names, speaker labels that are not pseudonyms,
    name-like roster columns, and the user's terms."""
    if not options.redact:
        return Redactor.disabled()
    pids = {p.pid for p in ev.participants}
    nameless = {p.pid for p in ev.participants if not p.name}
    others: set[str] = set()
    for iv in ev.interviews:
        for sp in iv.speakers:
            # (a participant's own label is covered by the roster name, where the roster has one: not
            # where its name column went unread, "Ad Soyad", and the label is all that names them)
            if (sp.participant_pid and sp.participant_pid not in nameless) or sp.name in pids \
                    or _generic_label(sp.name):
                continue
            others.add(sp.name)
    # the columns that hold names by their values, whatever their header's language ("Ad Soyad")
    rows = [p.attributes for p in ev.participants]
    by_content = set(name_like_columns(list(dict.fromkeys(k for r in rows for k in r)), rows))
    for p in ev.participants:
        others.update(v for k, v in p.attributes.items() if k in by_content and v.strip())
    for p in ev.participants:
        for key, value in p.attributes.items():
            # (a gamertag or Discord handle is a name they go by, which a speaker label may be)
            if "name" in key.lower() or _PERSON_COLUMN.search(column_words(key)) or is_handle_column(key):
                if value and not value.replace(".", "").isdigit():
                    others.add(value)
            # someone else's name in a column of theirs ("Support Coordinator: Tom Huang", "Nominee / Guardian:
            # Karen Andersen (mother)"): the whole name, without the relationship, so that a participant who
            # shares a first name or a surname with them does not leave half of it ("[P17] Huang")
            if third_party_column(key) and (name := third_party_name(value)):
                others.add(name)
    return Redactor(ev.participants, other_names=sorted(others), terms=options.terms,
                    ids=getattr(ev, "stand_ins", None))


# a roster id that is already a stand-in, which nothing can be looked up by: "P3", "R01", "BG-101"
_MADE_UP_ID = re.compile(r"[A-Za-z]{1,3}-?\d{1,3}")


def with_stand_in_ids(ev: StudyEvidence) -> StudyEvidence:
    """The study as a redacted output shows it: where a roster id is a record number ("M000105023", a
    health plan's member id; "WL240001"; one made from an email address), every person's id becomes P01,
    P02… in roster order, the same in the report, the quote bank and every table of an export, and the
    id said aloud or written in a turn is redacted to it (``Redactor`` ``ids``). Ids that are stand-ins
    already (``_MADE_UP_ID``) are kept."""
    if ev.stand_ins or all(_MADE_UP_ID.fullmatch(p.pid) for p in ev.participants):
        return ev
    width = max(2, len(str(len(ev.participants))))
    stand = {p.pid: f"P{n:0{width}d}" for n, p in enumerate(ev.participants, 1)}

    def of(pid: str | None) -> str | None:
        return stand.get(pid, pid) if pid is not None else None

    def statement(st: Statement) -> Statement:
        return replace(st, participant=of(st.participant))

    interviews = [replace(iv, participants=[of(x) for x in iv.participants],
                          speakers=[replace(sp, participant_pid=of(sp.participant_pid)) for sp in iv.speakers])
                  for iv in ev.interviews]
    return replace(ev, participants=[replace(p, pid=stand[p.pid]) for p in ev.participants], interviews=interviews,
                   statements=[statement(st) for st in ev.statements], outliers=[statement(st) for st in ev.outliers],
                   stand_ins=stand)


# a column that holds a person by its header's words: a contact, an account manager or owner, a referrer;
# whole words, so a "preferred language" (p-referr-ed) or a "homeowner" flag is not read as names (walk55 F7),
# nor a "contact method" or "contact date"
_PERSON_COLUMN = re.compile(r"\b(?:contact(?! (?:method|channel|preference|mode|type|date|time|via|language|"
                            # (not a question that asks to contact them, "May we contact you for an interview?",
                            # whose "Yes" and "No" are answers, not names)
                            r"status|count|attempts?|you|them|me|us)\b)|manager|owner|referrer|referral|referred by)\b")


# a column that names someone else who acts for the person or works with them: a guardian, a nominee, a
# proxy or an attorney, a carer or a next of kin, the staff assigned to them (a disability provider's "Support
# Coordinator", a "Case worker", a "Key worker"): their names are third parties', redacted whole and never
# in an export's columns (``report.exports``)
THIRD_PARTY_COLUMN = re.compile(r"\b(?:guardians?|nominees?|prox(?:y|ies)|poa|power of attorney|attorney|conservator|"
                                r"appointee|advocate|carers?|caregivers?|next of kin|nok|emergency contact|"
                                r"(?:support|care|service|plan|case|ndis|local area) co ?ordinator|coordinator|"
                                r"case ?workers?|case managers?|key ?workers?|support workers?|social workers?|"
                                r"key contact)\b")
_NOT_A_PERSON = re.compile(r"\b(?:consent|consents|role|type|kind|status|flag|required|needed|needs|present|"
                          r"y n|yes no|notes?|comments?|date|since|count)\b")


def third_party_column(name: str) -> bool:
    """Whether a roster column holds someone else's name (``THIRD_PARTY_COLUMN``), not a consent, a flag or a
    note about them ("Guardian consent", "Carer needed (Y/N)")."""
    words = column_words(name)
    return bool(THIRD_PARTY_COLUMN.search(words)) and not _NOT_A_PERSON.search(words)


# what names an institution, not a person: "NSW Public Guardian", "Public Trustee", "Office of the Public Advocate"
_INSTITUTION = re.compile(r"\b(?:public|office|trustee|tribunal|commission|department|council|services?|agency|"
                          r"state|ndia|team|unit|centre|center)\b", re.I)


def third_party_name(value: str) -> str | None:
    """The person's name in a third party's cell, without what follows it ("Karen Andersen (mother)",
    "Peter Clarke - correspondence nominee"): two to four words, not an institution; or None."""
    name = re.split(r"\s[-\u2013\u2014]\s|[(,;/]", value.strip(), maxsplit=1)[0].strip()
    words = name.split()
    if not 2 <= len(words) <= 4 or _INSTITUTION.search(name) or any(ch.isdigit() for ch in name):
        return None
    return name


def _generic_label(name: str) -> bool:
    low = name.strip().lower()
    return low in {"interviewer", "participant", "speaker", "unknown", "host", "guest"} or (
        low.startswith(("speaker", "spk", "p")) and low.rstrip("0123456789 _-") in {"speaker", "spk", "p", ""}
    )


class Pseudonyms:
    """Who a statement is from, outwardly: the participant's pid, or a stable stand-in
    (``S1``, ``S2`` ...) for a speaker not linked to the roster."""

    def __init__(self) -> None:
        self._anon: dict[tuple[int, str], str] = {}

    def of(self, st: Statement) -> str:
        if st.participant:
            return st.participant
        key = (st.interview_id, st.speaker)
        if key not in self._anon:
            self._anon[key] = f"S{len(self._anon) + 1}"
        return self._anon[key]


def build_report(ev: StudyEvidence, options: ReportOptions | None = None) -> Report:
    options = options or ReportOptions()
    red = make_redactor(ev, options)
    ctx = ReportContext(ev, options, red)
    by_id = {s.id: s for s in ev.statements if s.id is not None}

    scored = []
    for theme in ev.themes:
        if theme.hidden:
            continue
        sts = [by_id[i] for i in theme.statement_ids if i in by_id]
        if not sts:
            continue
        scored.append((ctx.score(sts), theme, sts))
    scored.sort(key=lambda t: theme_rank_key(t[1].pinned, t[0], len(ctx.voices(t[2])), t[1].id))
    findings = [ctx.finding(rank, theme, sts, score) for rank, (score, theme, sts) in enumerate(scored[: options.top], 1)]

    theme_of = {sid: t.title for t in ev.themes for sid in t.statement_ids}
    everyone = list(ev.statements) + [o for o in ev.outliers if o.id not in by_id]
    sections = [
        ctx.section("workarounds", "Workarounds people have built",
                    "Things participants do today to get around the product.",
                    [s for s in everyone if s.insight_type == "workaround"], theme_of),
        ctx.section("needs", "Needs and wishes",
                    "What participants said they need or asked for.",
                    [s for s in everyone if s.insight_type in ("need", "feature_request")], theme_of),
        ctx.section("worries", "Worries",
                    "Concerns participants raised, for example about their data.",
                    [s for s in everyone if s.insight_type == "worry"], theme_of),
        ctx.section("outliers", "Outliers worth a look",
                    "Statements that fit no theme; one voice, but maybe an early signal.",
                    list(ev.outliers), theme_of),
    ]
    method = ctx.method(scored)
    total = len(ctx.speaking_participants)
    summary = (
        f"{len(ev.interviews)} interviews with {total} participants; "
        f"{len(scored)} themes, the top {len(findings)} shown."
    )
    return Report(
        title=red(ev.study.title),
        study_slug=ev.study.slug,
        generated=dt.date.today(),
        findings=findings,
        sections=sections,
        method=method,
        redacted=red.enabled,
        summary=summary,
    )


class ReportContext:
    """Builds the report's pieces (quotes, findings, sections) with one redactor and one
    set of pseudonyms, so every piece names people the same way."""

    @classmethod
    def create(cls, ev: StudyEvidence, options: ReportOptions) -> ReportContext:
        return cls(ev, options, make_redactor(ev, options))

    def __init__(self, ev: StudyEvidence, options: ReportOptions, red: Redactor) -> None:
        self.ev = ev
        self.options = options
        self.red = red
        self.names = Pseudonyms()
        self.people = {p.pid: p for p in ev.participants}
        self.interviews = {iv.id: iv for iv in ev.interviews}
        self.segments = {s.id: s for iv in ev.interviews for s in iv.segments if s.id is not None}
        # The denominator of every share: distinct voices who made any statement (as the
        # theme board counts them), else the interviews' participants.
        speaking = {self.names.of(s) for s in ev.statements}
        self.speaking_participants = speaking or {pid for iv in ev.interviews for pid in iv.participants}
        self.chart_attrs = options.chart_attributes
        if self.chart_attrs is None:
            self.chart_attrs = self._guess_chart_attributes()

    # --- ranking -------------------------------------------------------------------
    def voices(self, sts: Sequence[Statement]) -> set[str]:
        return {self.names.of(s) for s in sts}

    def score(self, sts: Sequence[Statement]) -> float:
        return theme_weight((self.names.of(s), str(s.insight_type)) for s in sts)

    # --- pieces --------------------------------------------------------------------
    def quote(self, st: Statement, theme: str | None) -> QuoteView | None:
        if st.id is None and st.segment_id is None:
            return None
        p = self.people.get(st.participant or "")
        if p is not None and not p.consent.may_quote:
            return None
        iv = self.interviews.get(st.interview_id)
        seg = self.segments.get(st.segment_id)
        original = seg.text[st.start_char : st.end_char] if seg else st.text
        q = QuoteView(
            text=self.red(original),
            pid=self.names.of(st),
            interview_id=st.interview_id,
            interview_title=self.red(iv.title) if iv else f"interview {st.interview_id}",
            segment_id=st.segment_id,
            start_char=st.start_char,
            end_char=st.end_char,
            start=st.start,
            end=st.end,
            statement_id=st.id,
            theme=self.red.label(theme) if theme else None,
            insight_type=str(st.insight_type),
        )
        if self.options.clip_href and st.start is not None and (p is None or p.consent.may_share):
            q.clip_href = self.options.clip_href(q)
        return q

    def pick_quotes(self, sts: Sequence[Statement], limit: int, theme_of: dict[int, str] | str | None) -> list[QuoteView]:
        """Best first, at most one per participant."""

        def goodness(s: Statement) -> tuple:
            n = len(s.text)
            # long enough to say something, short enough to read aloud in a meeting
            readable = 1.0 if 60 <= n <= 260 else 0.6 if 35 <= n <= 400 else 0.0
            rank = self.ev.quote_rank.get(s.id or -1)
            representative = 0.0 if rank is None else 0.6 / (1 + rank)
            return (-(SEVERITY.get(str(s.insight_type), 0.3) + readable + representative + s.confidence * 0.1),
                    s.interview_id, s.start_char)

        seen: set[str] = set()
        out: list[QuoteView] = []
        for st in sorted(sts, key=goodness):
            who = self.names.of(st)
            if who in seen:
                continue
            theme = theme_of if isinstance(theme_of, str) or theme_of is None else theme_of.get(st.id or -1)
            q = self.quote(st, theme)
            if q is None:
                continue
            seen.add(who)
            out.append(q)
            if len(out) >= limit:
                break
        return out

    def finding(self, rank: int, theme: Theme, sts: list[Statement], score: float) -> FindingView:
        voices = self.voices(sts)
        mix = Counter(str(s.insight_type) for s in sts)
        text = self.ev.finding_texts.get(theme.id or -1) or self.finding_sentence(theme, len(voices), mix)
        return FindingView(
            rank=rank,
            theme_id=theme.id,
            title=self.red.label(theme.title),
            statement=self.red.label(text),
            participants=len(voices),
            total_participants=max(len(self.speaking_participants), len(voices)),
            quotes=self.pick_quotes(sts, self.options.quotes_per_finding, theme.title),
            charts=self.charts(voices),
            type_mix={k: mix[k] for k in TYPE_ORDER if mix.get(k)},
            single_voice=len(voices) == 1,
            score=round(score, 3),
        )

    def finding_sentence(self, theme: Theme, n: int, mix: Counter) -> str:
        """A plain finding line when no person wrote one. The theme's summary is a verbatim
        line from one participant, so it is not used here (it might be someone who may not
        be quoted); the quotes below carry the words."""
        total = max(len(self.speaking_participants), n)
        who = "One participant" if n == 1 else f"{n} of {total} participants"
        kinds = [k for k, _ in mix.most_common() if k != "other"]
        total_statements = sum(mix.values()) or 1
        # name the kind only when it is a real share of what was said, not a stray label
        if kinds and mix[kinds[0]] / total_statements >= 0.2:
            how = f" (most often as {PLURALS.get(kinds[0], kinds[0])})"
        else:
            how = ""
        return f"{who} raised “{theme.title}”{how}."

    def charts(self, voices: set[str]) -> list[SegmentChart]:
        out = []
        for attr in self.chart_attrs or []:
            groups: dict[str, int] = Counter()
            hits: dict[str, int] = Counter()
            for pid in self.speaking_participants:
                p = self.people.get(pid)
                value = (p.attributes.get(attr) if p else None) or "unknown"
                groups[value] += 1
                if pid in voices:
                    hits[value] += 1
            bars = [Bar(self.red(v), hits[v], groups[v]) for v in sorted(groups)]
            out.append(SegmentChart(attr, bars))
        return out

    def section(self, key: str, title: str, intro: str, sts: list[Statement], theme_of: dict[int, str]) -> SectionView:
        return SectionView(
            key=key,
            title=title,
            intro=intro,
            quotes=self.pick_quotes(sts, self.options.section_quotes, theme_of),
            participants=len(self.voices(sts)),
        )

    def _guess_chart_attributes(self) -> list[str]:
        """Roster columns that split people into a few groups (2-6 values): plan, usage ..."""
        values: dict[str, set[str]] = defaultdict(set)
        for p in self.ev.participants:
            for k, v in p.attributes.items():
                if v:
                    values[k].add(v)
        good = [k for k, vs in values.items() if 2 <= len(vs) <= 6 and len(vs) < max(3, len(self.ev.participants))]
        good = [k for k in good if not any(w in k.lower() for w in ("name", "email", "phone", "note", "id"))]
        return good[:2]

    def method(self, scored: list) -> MethodView:
        ev = self.ev
        mix: dict[str, dict[str, int]] = {}
        for attr in self.chart_attrs or []:
            counts: Counter[str] = Counter()
            for pid in self.speaking_participants:
                p = self.people.get(pid)
                counts[(p.attributes.get(attr) if p else None) or "unknown"] += 1
            mix[attr] = {self.red(k): v for k, v in sorted(counts.items())}
        dates = sorted(iv.date for iv in ev.interviews if iv.date)
        caveats = []
        n = len(self.speaking_participants)
        if n < 12:
            caveats.append(
                f"Small sample ({n} participants): read counts as direction, not as proportions of all customers."
            )
        if ev.recruitment is not None:
            gaps = "; ".join(ev.recruitment.plan_gaps)
            caveats.append(self.red(f"Recruitment: {ev.recruitment.plan_line()}."
                                    + (f" Segments off the plan — {gaps}." if gaps else " Every segment matches the plan.")))
        singles = sum(1 for _, _, sts in scored if len(self.voices(sts)) == 1)
        if singles:
            caveats.append(f"{singles} theme(s) rest on a single voice; they are marked where shown.")
        untimed = sum(1 for iv in ev.interviews if not any(s.start is not None for s in iv.segments))
        if untimed:
            caveats.append(f"{untimed} interview(s) have no timestamps; their quotes carry no time.")
        no_quotes = [p.pid for p in ev.participants if not p.consent.may_quote]
        if no_quotes:
            caveats.append(
                f"{len(no_quotes)} participant(s) asked not to be quoted; they are counted but not quoted."
            )
        caveats.append("Themes are grouped automatically and reviewed by people; counts are distinct participants, not mentions.")
        interviewer_share = _interviewers(ev.interviews)
        if interviewer_share:
            caveats.append(interviewer_share)
        return MethodView(
            goals=[self.red(g) for g in ev.study.goals],
            participants=n,
            interviews=len(ev.interviews),
            mix=mix,
            first_date=dates[0] if dates else None,
            last_date=dates[-1] if dates else None,
            guide=[self.red(q) for q in ev.guide],
            caveats=caveats,
        )


def _interviewers(interviews: Sequence[Interview]) -> str:
    counts = Counter(
        sp.name for iv in interviews for sp in iv.speakers if sp.role == Role.INTERVIEWER
    )
    if len(counts) > 1:
        return f"{len(counts)} different interviewers ran the sessions."
    return ""
