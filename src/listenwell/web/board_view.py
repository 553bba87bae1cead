"""The theme board as data: one column per theme, cards with participant and segment, and
the distinct-participant count (with the single-voice flag) that the board shows and the
browser recomputes as cards move."""

from __future__ import annotations

from typing import Any

from listenwell.analysis.evidence import theme_rank_key, theme_weight
from listenwell.domain.errors import ListenwellError
from listenwell.store.board import load_board_rows
from listenwell.store.participants import load_participants
from listenwell.store.studies import get_study_row

SEGMENT_KEYS = ("segment", "usage", "group", "plan", "type")
OUTLIERS = "outliers"


def segment_of(attributes: dict | None) -> str | None:
    """The roster value the board shows as a participant's segment."""
    if not attributes:
        return None
    lower = {str(k).lower(): v for k, v in attributes.items()}
    for key in SEGMENT_KEYS:
        if lower.get(key):
            return str(lower[key])
    first = next((v for v in attributes.values() if v), None)
    return str(first) if first else None


def mix_segments(session, study_id: int) -> dict[str, str]:  # noqa: ANN001
    """pid → the participant's value on the first dimension the recruit planner finds in the
    roster (usage: frequent / occasional / lapsed ...), so the board speaks the plan's terms.
    Empty when the plan area or a usable roster is missing (the board then shows a roster
    column, see ``segment_of``)."""
    try:
        from listenwell.analysis.mix import MixOptions, segment
    except ImportError:
        return {}
    people = load_participants(session, study_id)
    if not people:
        return {}
    try:
        dims, persons = segment(people, MixOptions())
    except ListenwellError:
        return {}
    if not dims:
        return {}
    return {p.pid: str(p.segments.get(dims[0]) or "") for p in persons}


def board_view(ws, slug: str, *, show_hidden: bool = False) -> dict[str, Any]:  # noqa: ANN001
    with ws.transaction() as session:
        study = get_study_row(session, slug)
        themes, statements, people = load_board_rows(session, study.id)
        mix = mix_segments(session, study.id) if people else {}
        study_data = {"slug": study.slug, "title": study.title}
    who = {i: (code, mix.get(code) or segment_of(attrs)) for i, (code, attrs) in people.items()}
    cards: dict[int | None, list[dict]] = {}
    for sid, theme_id, text, interview_id, segment_id, start, itype, speaker, part_id in statements:
        pid, seg = who.get(part_id, (None, None))
        cards.setdefault(theme_id, []).append({
            "id": sid, "text": text, "interview_id": interview_id, "segment_id": segment_id,
            "start": start, "insight_type": itype, "participant": pid or speaker, "segment": seg,
            "voice": pid or f"{speaker} @ {interview_id}",  # as analysis.evidence.voice_of
        })
    columns = []
    for t in themes:
        if t.hidden and not show_hidden:
            continue
        columns.append(_column(t.id, t.name or t.label, t.label, t.name, t.summary, t.hidden,
                               t.pinned, t.version, cards.get(t.id, [])))
    columns.sort(key=lambda c: theme_rank_key(c["pinned"], c["weight"], c["participants"], c["id"]))
    outliers = cards.get(None, [])
    return {
        "study": study_data,
        "columns": columns,
        "outliers": _column(None, "Outliers (no theme)", "", None, "", False, False, 0, outliers),
        "hidden_count": sum(1 for t in themes if t.hidden),
        "show_hidden": show_hidden,
        "statements": len(statements),
    }


def _column(tid, title, label, name, summary, hidden, pinned, version, cards) -> dict:  # noqa: ANN001
    voices = {c["voice"] for c in cards}
    by_segment: dict[str, set] = {}
    for c in cards:
        by_segment.setdefault(c["segment"] or "unknown", set()).add(c["voice"])
    return {
        "id": tid, "title": title, "label": label, "name": name, "summary": summary,
        "hidden": hidden, "pinned": pinned, "version": version, "cards": cards,
        "participants": len(voices), "single_voice": len(voices) == 1,
        "weight": theme_weight((c["voice"], c["insight_type"]) for c in cards),
        "segments": {k: len(v) for k, v in sorted(by_segment.items())},
    }


def theme_summaries(ws, slug: str) -> list[dict]:  # noqa: ANN001
    board = board_view(ws, slug)
    return [{"id": c["id"], "title": c["title"], "participants": c["participants"],
             "single_voice": c["single_voice"], "statements": len(c["cards"]),
             "segments": c["segments"]}
            for c in board["columns"]]  # already in rank order


def statement_theme(ws, slug: str, statement_id: int) -> int | None:  # noqa: ANN001
    """The theme a statement sits in now (None: an outlier); NotFound outside the study."""
    from listenwell.store.board import statement_theme_id

    with ws.transaction() as session:
        return statement_theme_id(session, get_study_row(session, slug).id, statement_id)
