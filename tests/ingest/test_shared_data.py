"""Real transcripts written by other people: 16 podcasts (Rev16) and 250 research interviews."""

from __future__ import annotations

import csv

from listenwell.domain import Role


def rev16_as_text(tsv) -> str:
    """Rev16 rows (turn, speaker, text) written as 'Speaker N: text' lines."""
    with tsv.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return "\n".join(f"Speaker {r['speaker']}: {r['text']}" for r in rows if r["text"].strip())


def test_rev16_podcasts_import(shared_data, ws, tmp_path) -> None:
    ws.create_study("Podcasts")
    files = sorted((shared_data / "interviews" / "rev16").glob("*.tsv"))
    assert len(files) == 16
    paths = []
    for tsv in files:
        p = tmp_path / f"{tsv.stem}.txt"
        p.write_text(rev16_as_text(tsv), encoding="utf-8")
        paths.append(p)
    outcomes = ws.import_transcripts(paths, "podcasts")
    assert all(not o.skipped for o in outcomes)
    for tsv, o in zip(files, outcomes):
        with tsv.open(encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f, delimiter="\t") if r["text"].strip()]
        i = o.interview
        # every turn survives, with its speaker, and the talk is kept verbatim
        assert len(i.segments) == len(rows)
        assert [s.speaker for s in i.segments] == [f"Speaker {r['speaker']}" for r in rows]
        assert i.segments[-1].text == rows[-1]["text"].strip()
        has_interviewer = any(s.role == Role.INTERVIEWER for s in i.speakers)
        assert has_interviewer == (len(i.speakers) > 1)  # a monologue (27.tsv) has none


def test_250_interviews_through_the_plain_text_reader(shared_data, ws, tmp_path) -> None:
    ws.create_study("AI at work")
    csv.field_size_limit(10**9)
    paths = []
    for name in ("creatives", "scientists"):
        with (shared_data / "interviews" / f"{name}_transcripts.csv").open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                p = tmp_path / f"{row['transcript_id']}.txt"
                p.write_text(row["text"], encoding="utf-8")
                paths.append(p)
    assert len(paths) == 250
    outcomes = ws.import_transcripts(paths, "ai-at-work")
    interviews = ws.interviews("ai-at-work")
    assert len(interviews) == 250 and not any(o.skipped for o in outcomes)
    for i in interviews:
        roles = {s.name: s.role for s in i.speakers}
        assert roles["User"] == Role.PARTICIPANT
        assert roles["Assistant"] == Role.INTERVIEWER
        assert len(i.segments) >= 4
