"""Use cases of theme analysis: analyse a study, read themes with evidence, let people edit.

Every function takes a SQLAlchemy ``Session`` inside the caller's transaction (the Workspace
opens one per call), so a failed analysis or a stale edit changes nothing.

Edits bump the theme's ``version`` and accept ``expected_version``: when the theme changed
since the caller read it, ``Conflict`` is raised (the web app maps it to 409). Statements a
person placed (move, merge, split) are marked ``placed_by_user`` and never moved by the
analysis; a name a person gave (``themes.name``) is never overwritten.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from listenwell.analysis import evidence as ev
from listenwell.analysis.cluster import split_in_two
from listenwell.analysis.embed import Embedder, normalize, text_hash
from listenwell.analysis.insights import label_statements
from listenwell.analysis.label import CTfidfLabeler, Labeler, rank_quotes, represent
from listenwell.analysis.pipeline import AnalysisOptions, place_statements
from listenwell.analysis.statements import extract_statements
from listenwell.domain import InputError, Participant, Statement
from listenwell.store import embeddings as emb_q
from listenwell.store import themes as q
from listenwell.store.interviews import load_interviews
from listenwell.store.participants import load_participants
from listenwell.store.studies import get_study_row
from listenwell.store.tables import (
    AnalysisRunRow,
    ParticipantRow,
    StatementRow,
    StudyRow,
    ThemeRow,
)

Progress = Callable[[float, float, str], None]


def _noop(done: float, total: float, what: str) -> None:
    return None


# --- the analysis -------------------------------------------------------------------------------
def analyze(
    session: Session, study: str, embedder: Embedder, options: AnalysisOptions = AnalysisOptions(),
    progress: Progress | None = None, labeler: Labeler | None = None, fresh: bool = False,
) -> ev.AnalysisResult:
    """Find (or update) the themes of a study. See analysis/pipeline.py for how earlier themes
    and people's decisions are kept.

    ``fresh`` groups again every statement the analysis placed, keeping only what people
    decided: statements they placed, and themes they named, pinned or hid (with their
    statements); those themes keep their ids and the rest is clustered anew."""
    progress = progress or _noop
    srow = get_study_row(session, study)
    progress(0, 100, "reading interviews")
    interviews = load_interviews(session, srow.id)
    if not interviews:
        raise InputError(f"study '{study}' has no interviews: import transcripts first")
    found: list[Statement] = []
    for n, interview in enumerate(interviews):
        sts = extract_statements(interview, options.statements)
        label_statements(sts)
        found.extend(sts)
        progress(5 * (n + 1) / len(interviews), 100, "finding statements")
    if not found:
        raise InputError(
            f"study '{study}' has no participant speech to analyse: every turn is the "
            "interviewer's or filler (check who the interviewer is with `listenwell interviews`)"
        )
    # Vectors first, cached by model and text: nothing is written while the model runs, so
    # the database stays free for other writers (the web app's edits) during the long part.
    hashes = [text_hash(st.text) for st in found]
    cached = emb_q.load_vectors(session, embedder.name, hashes)
    hits = sum(1 for h in hashes if h in cached)
    missing = sorted({h: st.text for h, st in zip(hashes, found) if h not in cached}.items())
    new_vectors: dict[str, np.ndarray] = {}
    if missing:
        def emb_progress(done: float, total: float, what: str) -> None:
            progress(5 + 75 * done / max(total, 1), 100, what)

        vecs = embedder.encode([t for _, t in missing], progress=emb_progress)
        new_vectors = {h: v for (h, _), v in zip(missing, vecs)}
        cached.update(new_vectors)
    progress(80, 100, "grouping statements")
    emb_q.save_vectors(session, embedder.name, new_vectors)
    part_ids = _participant_ids(session, srow.id)
    rows, is_new = _sync_statements(session, srow, found, part_ids)
    vectors = normalize(np.stack([cached[h] for h in hashes]))

    themes = {t.id: t for t in q.theme_rows(session, srow.id)}
    before = _members(rows)
    kept = set(themes)
    if fresh:
        kept = {t for t, r in themes.items() if r.name or r.pinned or r.hidden}
        for i, r in enumerate(rows):
            if r.theme_id is not None and r.theme_id not in kept and not r.placed_by_user:
                r.theme_id = None
            if r.theme_id is None:
                is_new[i] = True
    centres = {}
    for tid, t in themes.items():
        if tid not in kept and not any(r.theme_id == tid for r in rows):
            continue  # released by a fresh analysis: not a place to join
        idx = [i for i, r in enumerate(rows) if r.theme_id == tid]
        if idx:
            centres[tid] = normalize(vectors[idx].mean(axis=0, keepdims=True))[0]
        elif (c := q.centre_of(t)) is not None:
            centres[tid] = c
    placement = place_statements(vectors, [r.theme_id for r in rows], is_new, centres,
                                 options=options, voices=[_voice(r) for r in rows])
    for r, tid in zip(rows, placement.existing):
        r.theme_id = tid
    for group in placement.new_groups:
        trow = ThemeRow(study_id=srow.id, label="", summary="", version=1)
        session.add(trow)
        session.flush()
        themes[trow.id] = trow
        for i in group:
            rows[i].theme_id = trow.id
    session.flush()
    after = _members(rows)
    for tid, trow in themes.items():
        if tid in before and before.get(tid) != after.get(tid):
            trow.version += 1
    _drop_empty(session, themes, after)
    progress(90, 100, "labelling themes")
    _refresh(session, rows, vectors, themes, set(themes), labeler)

    order = [(i.id, i.title) for i in interviews]
    members = _statements_by_theme(rows, q.pid_by_participant_id(session, srow.id),
                                   {t for t, r in themes.items() if not r.hidden})
    curve = ev.saturation_curve(order, members)
    result = ev.AnalysisResult(
        study=study, run_id=0, interviews=len(interviews), statements=len(rows),
        themes=sum(1 for t in themes.values() if not t.hidden),
        new_themes=len(placement.new_groups), joined_existing=placement.joined,
        outliers=sum(1 for r in rows if r.theme_id is None), embedded=len(missing),
        cached=hits, model=embedder.name,
        saturation=curve,
    )
    run = AnalysisRunRow(
        study_id=srow.id,
        params={"model": embedder.name, "options": _jsonable(asdict(options))},
        results={k: v for k, v in _jsonable(asdict(result)).items() if k != "run_id"},
    )
    session.add(run)
    session.flush()
    result.run_id = run.id
    progress(100, 100, "done")
    return result


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, (str, int, float, bool)) or obj is None:
        return obj
    return str(obj)


def _participant_ids(session: Session, study_id: int) -> dict[str, int]:
    return {pid: pk for pk, pid in q.pid_by_participant_id(session, study_id).items()}


def _sync_statements(
    session: Session, srow: StudyRow, found: list[Statement], part_ids: dict[str, int]
) -> tuple[list[StatementRow], list[bool]]:
    """Make the stored statements match ``found``: a statement is the same when it covers the
    same characters of the same segment, and then keeps its id, theme and placement."""
    old = {(r.segment_id, r.start_char, r.end_char): r for r in q.statement_rows(session, srow.id)}
    rows: list[StatementRow] = []
    is_new: list[bool] = []
    for st in found:
        key = (st.segment_id, st.start_char, st.end_char)
        row = old.pop(key, None)
        is_new.append(row is None)
        if row is None:
            row = StatementRow(study_id=srow.id, interview_id=st.interview_id,
                               segment_id=st.segment_id, start_char=st.start_char,
                               end_char=st.end_char, placed_by_user=False)
            session.add(row)
        row.participant_id = part_ids.get(st.participant) if st.participant else None
        row.speaker = st.speaker
        row.text = st.text
        row.start, row.end = st.start, st.end
        row.question = st.question
        row.insight_type = str(st.insight_type)
        row.confidence = st.confidence
        rows.append(row)
    for gone in old.values():
        session.delete(gone)
    session.flush()
    return rows, is_new


def _members(rows: Sequence[StatementRow]) -> dict[int, frozenset[int]]:
    out: dict[int, set[int]] = defaultdict(set)
    for r in rows:
        if r.theme_id is not None:
            out[r.theme_id].add(r.id)
    return {k: frozenset(v) for k, v in out.items()}


def _drop_empty(session: Session, themes: dict[int, ThemeRow],
                members: dict[int, frozenset[int]]) -> None:
    """A theme left without statements goes, unless a person pinned or named it."""
    for tid in [t for t in themes if not members.get(t)]:
        trow = themes[tid]
        if trow.pinned or trow.name:
            continue
        session.delete(trow)
        del themes[tid]
    session.flush()


def _refresh(session: Session, rows: Sequence[StatementRow], vectors: np.ndarray | None,
             themes: dict[int, ThemeRow], which: set[int], labeler: Labeler | None = None) -> None:
    """Recompute label, summary and centre of the themes in ``which`` (key phrases are
    compared against all themes, so all are read)."""
    by_theme: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r.theme_id is not None:
            by_theme[r.theme_id].append(i)
    ids = [t for t in sorted(themes) if by_theme.get(t)]
    if not ids:
        return
    dim = vectors.shape[1] if vectors is not None and vectors.size else 1
    docs = [[rows[i].text for i in by_theme[t]] for t in ids]
    vecs = [vectors[by_theme[t]] if vectors is not None else np.zeros((len(by_theme[t]), dim))
            for t in ids]
    centres = [normalize(v.mean(axis=0, keepdims=True))[0] for v in vecs]
    voices = [[_voice(rows[i]) for i in by_theme[t]] for t in ids]
    no_quotes = _no_quote_ids(session, rows)
    quotable = [[rows[i].participant_id not in no_quotes for i in by_theme[t]] for t in ids]
    reps = represent(docs, vecs, centres, voices, labeler or CTfidfLabeler(), quotable)
    for t, rep, centre in zip(ids, reps, centres):
        if t not in which:
            continue
        trow = themes[t]
        trow.label = rep.label[:500]
        trow.summary = rep.summary
        if vectors is not None:
            q.set_centre(trow, centre)
    session.flush()


def _no_quote_ids(session: Session, rows: Sequence[StatementRow]) -> set[int]:
    """Participants (row ids) who opted out of being quoted: counted, never quoted."""
    if not rows:
        return set()
    return set(session.scalars(select(ParticipantRow.id).where(
        ParticipantRow.study_id == rows[0].study_id, ParticipantRow.consent_quotes.is_(False))))


def _voice(r: StatementRow) -> str:
    return f"p{r.participant_id}" if r.participant_id else f"{r.speaker} @ {r.interview_id}"


def _statements_by_theme(rows: Sequence[StatementRow], pids: dict[int, str],
                         keep: set[int]) -> dict[int, list[Statement]]:
    out: dict[int, list[Statement]] = defaultdict(list)
    for r in rows:
        if r.theme_id is not None and r.theme_id in keep:
            out[r.theme_id].append(q.to_statement(r, pids))
    return out


# --- reading -------------------------------------------------------------------------------------
class _StudyData:
    """Everything a theme view needs, read once per call."""

    def __init__(self, session: Session, study: str) -> None:
        self.session = session
        self.srow = get_study_row(session, study)
        self.rows = q.statement_rows(session, self.srow.id)
        self.pids = q.pid_by_participant_id(session, self.srow.id)
        self.statements = [q.to_statement(r, self.pids) for r in self.rows]
        self.participants: dict[str, Participant] = {
            p.pid: p for p in load_participants(session, self.srow.id)}
        interviews = load_interviews_light(session, self.srow.id)
        self.order = interviews
        self.titles = dict(interviews)
        self.themes = {t.id: t for t in q.theme_rows(session, self.srow.id)}
        run = q.latest_run(session, self.srow.id)
        self.model = (run.params or {}).get("model") if run else None
        self._vectors: np.ndarray | None = None
        self._loaded = False

    @property
    def vectors(self) -> np.ndarray | None:
        """Statement vectors from the cache (None when some are missing: views fall back to
        statement order for quotes)."""
        if not self._loaded:
            self._loaded = True
            if self.model and self.rows:
                hashes = [text_hash(r.text) for r in self.rows]
                got = emb_q.load_vectors(self.session, self.model, hashes)
                if all(h in got for h in hashes):
                    self._vectors = normalize(np.stack([got[h] for h in hashes]))
        return self._vectors

    def _quotable(self, st: Statement) -> bool:
        p = self.participants.get(st.participant) if st.participant else None
        return p is None or p.consent.may_quote

    def views(self, include_hidden: bool = True, quotes: int = 5) -> list[ev.ThemeView]:
        by_theme: dict[int, list[int]] = defaultdict(list)
        for i, r in enumerate(self.rows):
            if r.theme_id is not None:
                by_theme[r.theme_id].append(i)
        voices = [ev.voice_of(s) for s in self.statements]
        totals = ev.study_segment_totals(voices, self.participants)
        all_voices = len(set(voices))
        vectors = self.vectors
        out = []
        for tid, trow in self.themes.items():
            if trow.hidden and not include_hidden:
                continue
            idx = by_theme.get(tid, [])
            sts = [self.statements[i] for i in idx]
            if vectors is not None and idx:
                centre = q.centre_of(trow)
                if centre is None or centre.shape[0] != vectors.shape[1]:
                    centre = normalize(vectors[idx].mean(axis=0, keepdims=True))[0]
                order = rank_quotes(vectors[idx], centre, [voices[i] for i in idx],
                                    [s.text for s in sts])
            else:
                order = list(range(len(idx)))
            order = [j for j in order if self._quotable(sts[j])]
            out.append(ev.ThemeView(
                id=tid, title=trow.name or trow.label, label=trow.label, name=trow.name,
                summary=trow.summary, key_phrases=[p for p in trow.label.split(" · ") if p],
                hidden=trow.hidden, pinned=trow.pinned, version=trow.version,
                statement_ids=[s.id for s in sts if s.id is not None],
                quotes=[ev.to_quote(sts[j], self.titles) for j in order[:quotes]],
                evidence=ev.theme_evidence(sts, self.participants, self.titles, all_voices,
                                           totals),
            ))
        out.sort(key=lambda v: ev.theme_rank_key(v.pinned, v.evidence.weight,
                                                 v.evidence.participant_count, v.id))
        return out


def load_interviews_light(session: Session, study_id: int) -> list[tuple[int, str]]:
    """(id, title) of a study's interviews in interview order (date, then import order)."""
    from sqlalchemy import select

    from listenwell.store.tables import InterviewRow

    return [(i, t) for i, t in session.execute(
        select(InterviewRow.id, InterviewRow.title).where(InterviewRow.study_id == study_id)
        .order_by(InterviewRow.date.is_(None), InterviewRow.date, InterviewRow.id)
    )]


def theme_views(session: Session, study: str, include_hidden: bool = True,
                quotes: int = 5) -> list[ev.ThemeView]:
    return _StudyData(session, study).views(include_hidden, quotes)


def theme_view(session: Session, study: str, theme_id: int, quotes: int = 5) -> ev.ThemeView:
    data = _StudyData(session, study)
    q.get_theme_row(session, data.srow.id, theme_id)
    return next(v for v in data.views(True, quotes) if v.id == theme_id)


def statements(session: Session, study: str) -> list[Statement]:
    return _StudyData(session, study).statements


def outliers(session: Session, study: str) -> list[Statement]:
    """Statements in no theme: kept and listed, because an outlier may be worth knowing."""
    data = _StudyData(session, study)
    return [s for s, r in zip(data.statements, data.rows) if r.theme_id is None]


def saturation(session: Session, study: str) -> list[ev.SaturationPoint]:
    data = _StudyData(session, study)
    keep = {t for t, r in data.themes.items() if not r.hidden}
    return ev.saturation_curve(data.order, _statements_by_theme(data.rows, data.pids, keep))


# --- people's edits ------------------------------------------------------------------------------
def _edit(session: Session, study: str) -> _StudyData:
    return _StudyData(session, study)


def _after_edit(data: _StudyData, touched: set[int]) -> None:
    for tid in touched:
        if tid in data.themes:
            data.themes[tid].version += 1
    data.session.flush()
    _drop_empty(data.session, data.themes, _members(data.rows))
    _refresh(data.session, data.rows, data.vectors, data.themes,
             {t for t in touched if t in data.themes})


def statements_removed(session: Session, study: str, theme_ids: set[int]) -> list[str]:
    """After statements left the study (their interview was removed): the themes they were in
    change version and label, and a theme left empty goes (unless a person pinned or named
    it). Returns the titles of the themes that went."""
    data = _StudyData(session, study)
    titles = {t: r.name or r.label for t, r in data.themes.items()}
    _after_edit(data, {t for t in theme_ids if t in data.themes})
    return [titles[t] for t in sorted(theme_ids) if t in titles and t not in data.themes]


def rename_theme(session: Session, study: str, theme_id: int, name: str | None,
                 expected_version: int | None = None) -> ev.ThemeView:
    """Give a theme a person's name (``None`` or blank goes back to the analysis label)."""
    data = _edit(session, study)
    trow = q.get_theme_row(session, data.srow.id, theme_id, expected_version)
    name = (name or "").strip() or None
    if name is not None and len(name) > 500:
        raise InputError("a theme name can have at most 500 characters")
    trow.name = name
    trow.version += 1
    session.flush()
    return next(v for v in data.views(True) if v.id == theme_id)


def _flag(session: Session, study: str, theme_id: int, attr: str, value: bool,
          expected_version: int | None) -> ev.ThemeView:
    data = _edit(session, study)
    trow = q.get_theme_row(session, data.srow.id, theme_id, expected_version)
    setattr(trow, attr, value)
    trow.version += 1
    session.flush()
    return next(v for v in data.views(True) if v.id == theme_id)


def hide_theme(session: Session, study: str, theme_id: int, hidden: bool = True,
               expected_version: int | None = None) -> ev.ThemeView:
    return _flag(session, study, theme_id, "hidden", hidden, expected_version)


def pin_theme(session: Session, study: str, theme_id: int, pinned: bool = True,
              expected_version: int | None = None) -> ev.ThemeView:
    return _flag(session, study, theme_id, "pinned", pinned, expected_version)


def merge_themes(session: Session, study: str, into: int, others: Sequence[int],
                 expected_version: int | None = None) -> ev.ThemeView:
    """Move every statement of ``others`` into ``into`` and remove the others."""
    data = _edit(session, study)
    target = q.get_theme_row(session, data.srow.id, into, expected_version)
    others = [o for o in dict.fromkeys(others) if o != into]
    if not others:
        raise InputError("name at least one other theme to merge into this one")
    for o in others:
        q.get_theme_row(session, data.srow.id, o)
    for r in data.rows:
        if r.theme_id in others:
            r.theme_id = target.id
            r.placed_by_user = True
    if not target.name:  # a name a person gave the merged themes is worth keeping
        named = [data.themes[o].name for o in others if data.themes[o].name]
        target.name = named[0] if named else None
    target.pinned = target.pinned or any(data.themes[o].pinned for o in others)
    session.flush()
    for o in others:
        session.delete(data.themes.pop(o))
    _after_edit(data, {target.id})
    return next(v for v in data.views(True) if v.id == target.id)


def split_theme(session: Session, study: str, theme_id: int,
                statement_ids: Sequence[int] | None = None,
                expected_version: int | None = None) -> tuple[ev.ThemeView, ev.ThemeView]:
    """Cut a theme in two: the named statements go to a new theme, or, with none named, the
    theme is cut along its two most distinct groups. Returns (the theme, the new theme)."""
    data = _edit(session, study)
    trow = q.get_theme_row(session, data.srow.id, theme_id, expected_version)
    idx = [i for i, r in enumerate(data.rows) if r.theme_id == theme_id]
    if len(idx) < 2:
        raise InputError(f"theme {theme_id} has fewer than 2 statements: nothing to split")
    if statement_ids:
        chosen = set(statement_ids)
        unknown = chosen - {data.rows[i].id for i in idx}
        if unknown:
            raise InputError(f"statements {sorted(unknown)} are not in theme {theme_id}")
        moving = [i for i in idx if data.rows[i].id in chosen]
    else:
        if data.vectors is None:
            raise InputError(f"run `listenwell analyze --study {study}` first: the split needs "
                             "statement vectors")
        parts = split_in_two(data.vectors[idx])
        moving = [i for i, p in zip(idx, parts) if p == 1]
    if not moving or len(moving) == len(idx):
        raise InputError("a split must leave statements on both sides")
    new = ThemeRow(study_id=data.srow.id, label="", summary="", version=1)
    session.add(new)
    session.flush()
    data.themes[new.id] = new
    for i in idx:
        data.rows[i].placed_by_user = True
        if i in moving:
            data.rows[i].theme_id = new.id
    _after_edit(data, {trow.id, new.id})
    views = {v.id: v for v in data.views(True)}
    return views[trow.id], views[new.id]


def move_statement(session: Session, study: str, statement_id: int, theme_id: int | None,
                   expected_version: int | None = None) -> ev.ThemeView | None:
    """Put one statement in another theme (``None``: make it an outlier). ``expected_version``
    is the target theme's. Returns the target theme's view."""
    data = _edit(session, study)
    row = q.get_statement_row(session, data.srow.id, statement_id)
    target = (q.get_theme_row(session, data.srow.id, theme_id, expected_version)
              if theme_id is not None else None)
    source = row.theme_id
    mine = next(r for r in data.rows if r.id == row.id)
    mine.theme_id = theme_id
    mine.placed_by_user = True
    touched = {t for t in (source, theme_id) if t is not None}
    _after_edit(data, touched)
    if target is None:
        return None
    return next(v for v in data.views(True) if v.id == target.id)
