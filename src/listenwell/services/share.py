"""Share use cases: the report, the quote bank, clips and reels, exports and REFI-QDA
import. Loads a study's evidence from the store, hands domain objects to ``report/``, and
writes every file through a temporary path so a failure leaves nothing half-written."""

from __future__ import annotations

import base64
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.domain.errors import Conflict, InputError, NotFound
from listenwell.domain.model import Code, Highlight, InsightType, Role, Speaker, Statement, Theme, Transcript
from listenwell.domain.text import sha256_text, slugify
from listenwell.report import exports as ex
from listenwell.report.build import (
    ReportContext,
    ReportOptions,
    StudyEvidence,
    build_report,
    make_redactor,
    with_stand_in_ids,
)
from listenwell.report.media_cut import ClipSpec, CutOptions, cut_clip, make_reel, output_kind
from listenwell.report.model import QuoteView, Report
from listenwell.report.output import atomic_dir, atomic_path, check_writable
from listenwell.report.qdpx import locate, parse_interview_text, read_qdpx, write_qdpx
from listenwell.report.redact import muted_times
from listenwell.report.render import report_format, write_report
from listenwell.report.verbatim import check_quotes
from listenwell.services import imports as import_service
from listenwell.services import plan as plan_service
from listenwell.services import studies as study_service
from listenwell.store import share as q
from listenwell.store.interviews import load_interviews
from listenwell.store.participants import load_participants
from listenwell.store.studies import get_study_row, to_study
from listenwell.store.tables import ParticipantRow, StudyRow

Progress = Callable[[float, float, str], None]


@dataclass
class ShareOptions:
    """Options every outward command shares, plus the report's own."""

    redact: bool = True
    terms: list[str] = field(default_factory=list)
    top: int = 5
    clips: bool = True  # HTML report: cut clips beside it and link them
    embed_clips: bool = False  # HTML report: put the clips inside the file instead (bigger)
    padding: float = 0.4


def read_terms(path: Path | None) -> list[str]:
    """A redaction term list: one term a line, ``#`` comments."""
    if path is None:
        return []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the term list: {exc}", file=str(path)) from exc
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


# --- loading ---------------------------------------------------------------------------------


def load_evidence(session: Session, slug: str, *, require_analysis: bool = True) -> StudyEvidence:
    row = get_study_row(session, slug)
    statements, theme_of = q.load_statements(session, row.id)
    themes = q.load_themes(session, row.id, theme_of)
    if require_analysis and not themes and not q.has_analysis(session, row.id):
        raise InputError(f"study {slug!r} has not been analysed yet: run `listenwell analyze --study {slug}` first")
    return StudyEvidence(
        study=to_study(row),
        participants=load_participants(session, row.id),
        interviews=load_interviews(session, row.id),
        themes=themes,
        statements=statements,
        outliers=[s for s in statements if theme_of.get(s.id) is None],
        guide=q.load_guide(session, row.id),
        finding_texts={f.theme_id: f.text for f in q.load_findings(session, row.id)},
        quote_rank=_quote_rank(session, slug) if themes else {},
        recruitment=plan_service.saved_plan_progress(session, row.id),
    )


def outward(ev: StudyEvidence, options: ShareOptions) -> StudyEvidence:
    """The study as an output shows it: redacted, with roster ids that are record numbers given as P01,
    P02… (``with_stand_in_ids``); with --no-redact, as stored."""
    return with_stand_in_ids(ev) if options.redact else ev


def _quote_rank(session: Session, slug: str) -> dict[int, int]:
    """Each statement's place in its theme's most-representative-first quote order, as the
    theme board shows it (closest to the theme's centre, one per voice first)."""
    from listenwell.services.analysis import theme_views

    rank: dict[int, int] = {}
    for view in theme_views(session, slug, include_hidden=False, quotes=12):
        for j, quote in enumerate(view.quotes):
            rank[quote.statement_id] = j
    return rank


def segment_texts(ev: StudyEvidence) -> dict[int, str]:
    return {s.id: s.text for iv in ev.interviews for s in iv.segments if s.id is not None}


def _verify(quotes: list[QuoteView], ev: StudyEvidence, options: ShareOptions) -> None:
    red = make_redactor(ev, ReportOptions(redact=options.redact, terms=options.terms))
    problems = check_quotes(quotes, segment_texts(ev), red.placeholder_pattern())
    if problems:  # a bug, never user input: refuse to publish a misquote
        raise AssertionError("quotes not verbatim: " + "; ".join(map(str, problems[:3])))


# --- report ----------------------------------------------------------------------------------


def build(ev: StudyEvidence, options: ShareOptions, clip_href: Callable[[QuoteView], str | None] | None = None) -> Report:
    report = build_report(ev, ReportOptions(top=options.top, redact=options.redact, terms=options.terms, clip_href=clip_href))
    _verify(report.all_quotes(), ev, options)
    return report


def write_study_report(ev: StudyEvidence, path: Path, options: ShareOptions, media_dir: Path,
                       progress: Progress | None = None) -> Report:
    path = Path(path)
    fmt = report_format(path)
    check_writable(path)
    clip_dir = path.with_name(f"{path.stem}_clips")
    want_clips = options.clips and fmt == "html" and any(iv.media for iv in ev.interviews)
    by_iv = {iv.id: iv for iv in ev.interviews}

    def href(qv: QuoteView) -> str | None:
        iv = by_iv.get(qv.interview_id)
        if not want_clips or iv is None or iv.media is None or qv.start is None or qv.statement_id is None:
            return None
        ext = ".mp4" if iv.media.kind == "video" else ".m4a"
        return f"{clip_dir.name}/quote-{qv.statement_id}{ext}"

    report = build(ev, options, href)
    linked = [qv for qv in report.all_quotes() if qv.clip_href]
    with ExitStack() as stack:
        # Clips are cut first, the report written last, and the clip folder moved into place
        # only when both worked: a failure leaves neither behind.
        if linked:
            folder = stack.enter_context(tempfile.TemporaryDirectory() if options.embed_clips else atomic_dir(clip_dir))
            cut: dict[str, Path] = {}
            for n, qv in enumerate(linked):
                assert qv.clip_href is not None
                if qv.clip_href not in cut:
                    out = Path(folder) / Path(qv.clip_href).name
                    spec = clip_spec(ev, _statement(ev, qv.statement_id), media_dir, options, caption(qv))
                    cut[qv.clip_href] = cut_clip(spec, out, CutOptions(padding=options.padding))
                if progress:
                    progress(n + 1, len(linked), "clips")
            if options.embed_clips:
                for qv in linked:
                    qv.clip_href = _data_uri(cut[qv.clip_href])  # type: ignore[index]
        write_report(report, path)
    return report


def _data_uri(path: Path) -> str:
    kind = "video/mp4" if path.suffix == ".mp4" else "audio/mp4"
    return f"data:{kind};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


# --- quotes ----------------------------------------------------------------------------------


def quote_bank(ev: StudyEvidence, options: ShareOptions, theme: str | None = None, kind: str | None = None) -> list[QuoteView]:
    sts = list(ev.statements)
    theme_of = {sid: t.title for t in ev.themes for sid in t.statement_ids}
    if theme:
        t = find_theme(ev, theme)
        ids = set(t.statement_ids)
        sts = [s for s in sts if s.id in ids]
    if kind:
        wanted = InsightType.parse(kind)
        sts = [s for s in sts if s.insight_type == wanted]
    ctx = ReportContext.create(ev, ReportOptions(redact=options.redact, terms=options.terms))
    out = [qv for s in sts if (qv := ctx.quote(s, theme_of.get(s.id or -1))) is not None]
    _verify(out, ev, options)
    return out


def write_quotes(quotes: list[QuoteView], path: Path) -> Path:
    from listenwell.report.markdown import quote_md

    ext = Path(path).suffix.lower()
    if ext not in (".csv", ".md"):
        raise InputError("the quote bank is written as .csv or .md", file=str(path))
    with atomic_path(Path(path)) as tmp:
        if ext == ".csv":
            import csv

            with tmp.open("w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(ex.QUOTE_HEADER)
                for qv in quotes:
                    w.writerow([qv.text, qv.pid, qv.interview_title, qv.timecode if qv.start is not None else "",
                                qv.theme or "", qv.insight_type, qv.statement_id])
        else:
            groups: dict[str, list[QuoteView]] = {}
            for qv in quotes:
                groups.setdefault(qv.theme or "No theme", []).append(qv)
            lines = ["# Quote bank", ""]
            for title, qs in groups.items():
                lines += [f"## {title}", ""] + [quote_md(qv) for qv in qs]
            tmp.write_text("\n".join(lines), encoding="utf-8")
    return Path(path)


# --- clips and reels ---------------------------------------------------------------------------


def find_theme(ev: StudyEvidence, key: str) -> Theme:
    for t in ev.themes:
        if str(t.id) == key.strip() or t.title.lower() == key.strip().lower() or t.label.lower() == key.strip().lower():
            return t
    names = ", ".join(f"{t.id}: {t.title}" for t in ev.themes[:12])
    raise InputError(f"unknown theme {key!r}; themes are {names}")


def _statement(ev: StudyEvidence, sid: int | None) -> Statement:
    for s in ev.statements:
        if s.id == sid:
            return s
    raise NotFound(f"no statement {sid} in study {ev.study.slug!r} (see `listenwell quotes --json`)")


def find_statement(ev: StudyEvidence, key: int | str | None) -> int:
    """A statement id from an id or from words of its text (case and spacing ignored)."""
    if key is None:
        raise InputError("say which quote: --statement ID or --quote WORDS")
    if isinstance(key, int) or str(key).strip().isdigit():
        return _statement(ev, int(key)).id or 0
    words = " ".join(str(key).split()).lower()
    hits = [s for s in ev.statements if words in " ".join(s.text.split()).lower()]
    if not hits:
        raise InputError(f"no statement contains {key!r}")
    if len(hits) > 1:
        ids = ", ".join(str(s.id) for s in hits[:8])
        raise InputError(f"{len(hits)} statements contain {key!r} (ids {ids}); use --statement")
    return hits[0].id or 0


def _consent_to_share(ev: StudyEvidence, pid: str | None) -> bool:
    p = next((p for p in ev.participants if p.pid == pid), None)
    return p is None or p.consent.may_share


def clip_spec(ev: StudyEvidence, st: Statement, media_dir: Path, options: ShareOptions,
              caption: list[str] | None = None) -> ClipSpec:
    """What to cut for a statement; refuses when there is no recording, no time or no consent."""
    iv = next((i for i in ev.interviews if i.id == st.interview_id), None)
    if iv is None or iv.media is None:
        raise InputError(f"statement {st.id}: its interview has no recording")
    if st.start is None or st.end is None:
        raise InputError(f"statement {st.id}: the transcript has no timings")
    who = st.participant or st.speaker
    if not _consent_to_share(ev, st.participant):
        raise InputError(f"{who} did not agree to share recordings; no clip of them is made")
    lo, hi = st.start - options.padding, st.end + options.padding
    red = make_redactor(ev, ReportOptions(redact=options.redact, terms=options.terms))
    mute: list[tuple[float, float]] = []
    for seg in iv.segments:
        if seg.start is None or seg.end is None or seg.end < lo or seg.start > hi:
            continue
        sp = iv.speaker(seg.speaker)
        if sp and sp.participant_pid and not _consent_to_share(ev, sp.participant_pid):
            mute.append((seg.start, seg.end))  # someone else in the padding who said no
            continue
        mute += muted_times(seg, red.find(seg.text))
    return ClipSpec(media_dir / iv.media.path, st.start, st.end, mute=mute, caption=caption or [])


def write_clip(ev: StudyEvidence, statement_id: int, path: Path, media_dir: Path, options: ShareOptions) -> Path:
    output_kind(path)
    st = _statement(ev, statement_id)
    qv = ReportContext.create(ev, ReportOptions(redact=options.redact, terms=options.terms)).quote(st, None)
    spec = clip_spec(ev, st, media_dir, options, caption(qv) if qv else [])
    with atomic_path(Path(path)) as tmp:
        cut_clip(spec, tmp, CutOptions(padding=options.padding))
    return Path(path)


def caption(qv: QuoteView) -> list[str]:
    """The card shown with a clip: the words (redacted), who and when, the theme."""
    text = qv.text if len(qv.text) <= 110 else qv.text[:110] + "…"
    return [f"“{text}”", f"{qv.pid} · {qv.interview_title} · {qv.timecode}", qv.theme or ""]


def write_reel(ev: StudyEvidence, theme_key: str, path: Path, media_dir: Path, options: ShareOptions,
               limit: int = 6, progress: Progress | None = None) -> tuple[Path, list[QuoteView]]:
    output_kind(path)
    theme = find_theme(ev, theme_key)
    by_iv = {iv.id: iv for iv in ev.interviews}
    members = {sid for sid in theme.statement_ids}
    usable = [
        s for s in ev.statements
        if s.id in members and s.start is not None and by_iv.get(s.interview_id) and by_iv[s.interview_id].media
        and _consent_to_share(ev, s.participant)
    ]
    ctx = ReportContext.create(ev, ReportOptions(redact=options.redact, terms=options.terms))
    picked = ctx.pick_quotes(usable, limit, theme.title)
    if not picked:
        raise InputError(f"theme {theme.title!r} has no quotes with a recording that may be shared")
    specs = []
    for qv in picked:
        st = _statement(ev, qv.statement_id)
        specs.append(clip_spec(ev, st, media_dir, options, caption(qv)))
    with atomic_path(Path(path)) as tmp:
        make_reel(specs, tmp, CutOptions(padding=options.padding), progress)
    return Path(path), picked


# --- exports ---------------------------------------------------------------------------------------

EXPORT_FORMATS = ("csv", "markdown", "json", "qdpx")


def coding_input(session: Session, ev: StudyEvidence) -> ex.CodingInput:
    study_id = get_study_row(session, ev.study.slug).id
    return ex.CodingInput(
        codes=q.load_codes(session, study_id),
        highlights={iv.id: q.load_highlights(session, iv.id) for iv in ev.interviews},
    )


def write_export(ev: StudyEvidence, coding: ex.CodingInput, fmt: str, path: Path, options: ShareOptions) -> Path:
    o = ex.Outward(ev, redact=options.redact, terms=options.terms)
    path = Path(path)
    if fmt == "csv":
        with atomic_dir(path) as tmp:
            ex.write_tree(tmp, ex.csv_tables(o))
    elif fmt == "markdown":
        with atomic_dir(path) as tmp:
            ex.write_tree(tmp, ex.markdown_pages(o))
    elif fmt == "json":
        with atomic_path(path) as tmp:
            tmp.write_text(ex.study_json(o), encoding="utf-8")
    elif fmt == "qdpx":
        if path.suffix.lower() != ".qdpx":
            raise InputError("a REFI-QDA project file must end in .qdpx", file=str(path))
        with atomic_path(path) as tmp:
            write_qdpx(ex.qda_project(o, coding), tmp)
    else:
        raise InputError(f"unknown export format {fmt!r}; one of {', '.join(EXPORT_FORMATS)}")
    return path


def guess_export_format(path: Path) -> str:
    ext = Path(path).suffix.lower()
    return {".qdpx": "qdpx", ".json": "json"}.get(ext, "")


# --- REFI-QDA import ---------------------------------------------------------------------------------


@dataclass
class QdpxImport:
    study: str
    interviews: int
    codes: int
    codings: int
    skipped: int  # selections that covered no transcript text


def import_qdpx(session: Session, path: Path, slug: str | None = None) -> QdpxImport:
    """A ``.qdpx`` becomes a new study: sources → interviews, cases → participants, codes →
    codes (guid kept), selections → highlights (guid kept). One transaction."""
    project = read_qdpx(Path(path))
    slug = slug or slugify(project.name)
    if session.scalar(select(StudyRow).where(StudyRow.slug == slug)) is not None:
        raise Conflict(f"a study {slug!r} already exists; pass --study with a new name")
    study = study_service.create_study(session, project.name, [], f"Imported from {Path(path).name}", slug, None)
    srow = get_study_row(session, study.slug)
    case_of: dict[str, list[str]] = {}
    for case in project.cases:
        pid = case.name.strip()[:100] or f"P{len(case_of) + 1}"
        session.add(ParticipantRow(study_id=srow.id, pid=pid, attributes=dict(case.values), tags=[]))
        for sg in case.sources:
            case_of.setdefault(sg.lower(), []).append(pid)
    session.flush()
    # codes: parents first
    code_id: dict[str, int] = {}
    by_guid = {c.guid.lower(): c for c in project.codes}
    pending = list(project.codes)
    seen_names: set[str] = set()
    while pending:
        progressed = False
        for c in list(pending):
            parent = c.parent.lower() if c.parent else None
            if parent and parent in by_guid and parent not in code_id:
                continue
            name = c.name if c.name not in seen_names else f"{c.name} ({c.guid[:8]})"
            seen_names.add(name)
            code_id[c.guid.lower()] = q.add_code(session, srow.id, Code(name, description=c.description), c.guid,
                                                 code_id.get(parent) if parent else None)
            pending.remove(c)
            progressed = True
        if not progressed:
            raise InputError("project.qde: the code hierarchy has a cycle", file=str(path))
    codings = skipped = 0
    for src in project.sources:
        segments, offsets = parse_interview_text(src.text)
        if not segments:
            continue
        pids = case_of.get(src.guid.lower(), [])
        names = list(dict.fromkeys(s.speaker for s in segments))
        speakers = []
        for n in names:
            role = Role.INTERVIEWER if n.lower().startswith("interviewer") else Role.PARTICIPANT
            speakers.append(Speaker(n, role, n if n in pids else None))
        transcript = Transcript(segments=segments, speakers=speakers, format="qdpx", title=src.name)
        iv = import_service.store_transcript(
            session, study.slug, transcript, content_hash=sha256_text(src.text), source_name=f"{src.name}.txt",
            participants=pids, title=src.name,
        )
        lengths = [len(s.text) for s in segments]
        for sel in src.selections:
            where = locate(offsets, lengths, sel.start, sel.end)
            if where is None:
                skipped += 1
                continue
            i, a, b = where
            seg = iv.segments[i]
            h = Highlight(seg.id, a, b, seg.text[a:b], seg.start, seg.end)
            q.add_highlight(session, h, sel.guid, [code_id[g.lower()] for g in sel.codes if g.lower() in code_id])
            codings += 1
    return QdpxImport(study.slug, len(project.sources), len(project.codes), codings, skipped)
