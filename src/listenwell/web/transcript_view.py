"""An interview as the transcript page shows it: lines cut into highlighted pieces, notes, tags."""

from __future__ import annotations

from typing import Any

from listenwell.services.annotate import marked_pieces
from listenwell.store import highlights as hl_store
from listenwell.store import notes as note_store
from listenwell.store.participants import participant_rows_by_pid
from listenwell.store.studies import get_study_row


def interview_view(ws, interview_id: int) -> dict[str, Any]:  # noqa: ANN001
    iv = ws.interview(interview_id)
    with ws.transaction() as session:
        highlights = hl_store.load_highlights(session, interview_id)
        notes = note_store.load_notes(session, interview_id)
        study_row = get_study_row(session, iv.study_slug)
        codes = hl_store.load_codes(session, study_row.id)
        roster = sorted(participant_rows_by_pid(session, study_row.id))
        study = {"slug": study_row.slug, "title": study_row.title}
    by_seg: dict[int, list[tuple[int, int, int]]] = {}
    for h in highlights:
        by_seg.setdefault(h.segment_id, []).append((h.start_char, h.end_char, h.id))
    speaker_index = {s.name: i % 6 for i, s in enumerate(iv.speakers)}
    lines = []
    for seg in iv.segments:
        lines.append({
            "id": seg.id, "index": seg.index, "speaker": seg.speaker,
            "role": str(iv.role_of(seg.speaker) or ""), "color": speaker_index.get(seg.speaker, 0),
            "start": seg.start, "end": seg.end, "text": seg.text,
            "pieces": [{"text": t, "highlight": hid} for t, hid in marked_pieces(seg.text, by_seg.get(seg.id, []))],
        })
    media = None
    if iv.media is not None:
        media = {"url": f"/interviews/{iv.id}/media", "kind": iv.media.kind,
                 "name": iv.media.original_name, "duration": iv.media.duration}
    return {
        "interview": {"id": iv.id, "title": iv.title, "date": iv.date, "duration": iv.duration,
                      "source_name": iv.source_name, "source_format": iv.source_format,
                      "participants": list(iv.participants), "interviewers": list(iv.interviewers),
                      "timed": any(s.start is not None for s in iv.segments), "media": media},
        "study": study,
        "speakers": [{"name": s.name, "role": str(s.role), "participant": s.participant_pid,
                      "color": speaker_index[s.name]} for s in iv.speakers],
        "lines": lines,
        "highlights": [{"id": h.id, "segment_id": h.segment_id, "start_char": h.start_char,
                        "end_char": h.end_char, "snippet": h.snippet, "start": h.start,
                        "end": h.end, "codes": h.codes} for h in highlights],
        "notes": [{"id": n.id, "text": n.text, "author": n.author, "offset": n.offset} for n in notes],
        "codes": [c.name for c in codes],
        "roster": roster,  # pseudonyms only: names stay out of the page
    }
