"""Full-text search across every study: statements, notes and highlights.

The index is the FTS5 table ``search_fts`` kept current by triggers (migration ``web1``); a
hit's rowid encodes its source (``id * 4 + kind``). Hits are joined back to their interview,
line, participant and theme so results can be filtered and can link to the line they came
from. The user's words are quoted before they reach FTS5, so no query syntax leaks through.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from listenwell.domain.errors import InputError, MissingDependency, NotFound
from listenwell.domain.model import InsightType
from listenwell.store.studies import get_study_row
from listenwell.store.tables import ParticipantRow, StudyRow, ThemeRow

KINDS = {0: "statement", 1: "note", 2: "highlight"}
_OPEN, _CLOSE = "\x02", "\x03"


def parse_date(value: str | None, name: str) -> dt.date | None:
    """A date filter as typed on the CLI or in the search form."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{name} must be a date like 2026-03-31, not {value!r}") from None


@dataclass(frozen=True)
class SearchFilters:
    study: str | None = None  # slug
    segment: str | None = None  # "attribute=value" or a bare value any attribute may hold
    theme: int | None = None
    insight_type: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    limit: int = 50


@dataclass
class SearchHit:
    kind: str
    id: int
    study: str
    study_title: str
    interview_id: int
    interview_title: str
    segment_id: int | None
    start: float | None
    participant: str | None
    theme_id: int | None
    insight_type: str | None
    date: dt.date | None
    score: float
    parts: list[tuple[str, bool]] = field(default_factory=list)  # (text, matched)

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.parts)

    @property
    def link(self) -> str:
        if self.kind == "note":
            return f"/interviews/{self.interview_id}#note-{self.id}"
        return f"/interviews/{self.interview_id}#seg-{self.segment_id}"

    def to_dict(self) -> dict:
        return {
            "kind": self.kind, "id": self.id, "study": self.study, "study_title": self.study_title,
            "interview_id": self.interview_id, "interview_title": self.interview_title,
            "segment_id": self.segment_id, "start": self.start, "participant": self.participant,
            "theme_id": self.theme_id, "insight_type": self.insight_type,
            "date": self.date.isoformat() if self.date else None, "score": self.score,
            "text": self.text, "link": self.link,
            "matches": [t for t, m in self.parts if m],
        }


def fts_query(query: str) -> str:
    """Words of the user's query, each quoted: FTS5 then reads them as plain terms (AND)."""
    words = re.findall(r"\w+", query)
    if not words:
        raise InputError("search needs at least one word")
    if len(words) > 32:
        raise InputError("search takes at most 32 words")
    return " ".join(f'"{w}"' for w in words)


def split_snippet(snippet: str) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    for chunk in re.split(f"({_OPEN}[^{_CLOSE}]*{_CLOSE})", snippet):
        if not chunk:
            continue
        if chunk.startswith(_OPEN):
            parts.append((chunk[1:-1], True))
        else:
            parts.append((chunk, False))
    return parts


_SQL = """
WITH hits AS (
  SELECT rowid AS rid, snippet(search_fts, 0, char(2), char(3), '…', 24) AS snip,
         bm25(search_fts) AS score
  FROM search_fts WHERE search_fts MATCH :q
)
SELECT h.rid, h.snip, h.score, i.id AS interview_id, i.title AS interview_title, i.date,
       s.slug, s.title AS study_title,
       COALESCE(st.segment_id, hl.segment_id) AS segment_id,
       COALESCE(st.start, hl.start, n."offset") AS start,
       COALESCE(st.participant_id, sp.participant_id) AS participant_id,
       st.theme_id, st.insight_type
FROM hits h
LEFT JOIN statements st ON h.rid % 4 = 0 AND st.id = h.rid / 4
LEFT JOIN notes n ON h.rid % 4 = 1 AND n.id = h.rid / 4
LEFT JOIN highlights hl ON h.rid % 4 = 2 AND hl.id = h.rid / 4
LEFT JOIN segments sg ON sg.id = hl.segment_id
LEFT JOIN speakers sp ON sp.id = sg.speaker_id
JOIN interviews i ON i.id = COALESCE(st.interview_id, n.interview_id, sg.interview_id)
JOIN studies s ON s.id = i.study_id
WHERE (:study IS NULL OR s.slug = :study)
  AND (:theme IS NULL OR st.theme_id = :theme)
  AND (:itype IS NULL OR st.insight_type = :itype)
  AND (:dfrom IS NULL OR i.date >= :dfrom)
  AND (:dto IS NULL OR i.date <= :dto)
ORDER BY h.score
LIMIT :limit
"""


def _segment_matches(attributes: dict, wanted: str) -> bool:
    if "=" in wanted:
        key, value = (p.strip().lower() for p in wanted.split("=", 1))
        return any(k.lower() == key and str(v).lower() == value for k, v in attributes.items())
    return any(str(v).lower() == wanted.strip().lower() for v in attributes.values())


def search(session: Session, query: str, filters: SearchFilters | None = None) -> list[SearchHit]:
    filters = filters or SearchFilters()
    if session.get_bind().dialect.name != "sqlite":
        raise MissingDependency("full-text search needs a SQLite workspace (FTS5)")
    # a filter naming something that does not exist is a mistake to report, not "no results"
    itype = InsightType.parse(filters.insight_type).value if filters.insight_type else None
    if filters.study:
        get_study_row(session, filters.study)
    if filters.theme is not None:
        where = ThemeRow.id == filters.theme
        if filters.study:
            where = where & (ThemeRow.study_id == get_study_row(session, filters.study).id)
        if session.scalar(select(ThemeRow.id).where(where)) is None:
            raise NotFound(f"no theme {filters.theme}" + (f" in study {filters.study!r}" if filters.study else ""))
    if filters.limit < 1:
        raise InputError(f"--limit must be at least 1, not {filters.limit}")
    params = {
        "q": fts_query(query), "study": filters.study, "theme": filters.theme,
        "itype": itype,
        "dfrom": filters.date_from.isoformat() if filters.date_from else None,
        "dto": filters.date_to.isoformat() if filters.date_to else None,
        "limit": -1 if filters.segment else max(1, min(filters.limit, 500)),
    }
    rows = session.execute(text(_SQL), params).mappings().all()
    pids = {r["participant_id"] for r in rows if r["participant_id"] is not None}
    parts = {}
    if pids:
        parts = {p.id: p for p in session.scalars(select(ParticipantRow).where(ParticipantRow.id.in_(pids)))}
    hits: list[SearchHit] = []
    for r in rows:
        p = parts.get(r["participant_id"])
        if filters.segment and not (p and _segment_matches(p.attributes or {}, filters.segment)):
            continue
        date = r["date"]
        if isinstance(date, str):
            date = dt.date.fromisoformat(date[:10])
        hits.append(SearchHit(
            kind=KINDS[r["rid"] % 4], id=r["rid"] // 4, study=r["slug"], study_title=r["study_title"],
            interview_id=r["interview_id"], interview_title=r["interview_title"],
            segment_id=r["segment_id"], start=r["start"], participant=p.pid if p else None,
            theme_id=r["theme_id"], insight_type=r["insight_type"], date=date, score=r["score"],
            parts=split_snippet(r["snip"] or ""),
        ))
        if len(hits) >= filters.limit:
            break
    return hits


def segment_options(session: Session) -> list[str]:
    """Every ``attribute=value`` pair the roster holds, for the filter menu."""
    seen: set[str] = set()
    for attrs in session.scalars(select(ParticipantRow.attributes)):
        for k, v in (attrs or {}).items():
            if v not in (None, ""):
                seen.add(f"{k}={v}")
    return sorted(seen)


def theme_options(session: Session, study: str) -> list[dict]:
    """The themes of one study, for the theme filter (hidden ones included, marked)."""
    rows = session.execute(
        select(ThemeRow.id, ThemeRow.name, ThemeRow.label, ThemeRow.hidden)
        .join(StudyRow, StudyRow.id == ThemeRow.study_id).where(StudyRow.slug == study)
        .order_by(ThemeRow.id))
    return [{"id": i, "title": (name or label) + (" (hidden)" if hidden else "")}
            for i, name, label, hidden in rows]
