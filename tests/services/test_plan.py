"""Plan use cases through the workspace: the guide is stored once, replaced whole, and a bad
file changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from listenwell.domain import InputError, NotFound
from listenwell.store.guides import guide_questions
from listenwell.store.studies import get_study_row
from listenwell.store.tables import GuideRow
from listenwell.workspace import Workspace

GUIDE = """\
## Planning
Goal: Why do people abandon signup?
- Can you walk me through the last time you signed up for something online?
  - What happened next?
- Tell me about a time a form slowed you down.
"""


def _stored(ws: Workspace, study: str) -> tuple[int, list[tuple[str, bool]]]:
    with ws.transaction() as s:
        sid = get_study_row(s, study).id
        n = len(s.scalars(select(GuideRow).where(GuideRow.study_id == sid)).all())
        return n, [(r.text, r.parent_id is not None) for r in guide_questions(s, sid)]


def test_import_replaces_and_links_followups(ws: Workspace, study: str, tmp_path: Path) -> None:
    path = tmp_path / "guide.md"
    path.write_text(GUIDE)
    report = ws.import_guide(path, study)
    assert report.clean, [(q.check.text, q.check.problems) for q in report.questions] + report.issues
    n, rows = _stored(ws, study)
    assert n == 1
    assert rows == [("Can you walk me through the last time you signed up for something online?", False),
                    ("What happened next?", True),
                    ("Tell me about a time a form slowed you down.", False)]
    path.write_text("## Other\n- What did you do last weekend?\n")
    ws.import_guide(path, study)
    n, rows = _stored(ws, study)
    assert n == 1 and rows == [("What did you do last weekend?", False)]
    assert ws.guide(study).sections[0].title == "Other"


def test_bad_guide_changes_nothing(ws: Workspace, study: str, tmp_path: Path, tree_snapshot) -> None:  # noqa: ANN001
    good = tmp_path / "guide.md"
    good.write_text(GUIDE)
    ws.import_guide(good, study)
    ws.close()  # SQLite's shared-memory file changes while a connection is open
    before = tree_snapshot(ws.root)
    bad = tmp_path / "bad.md"
    with Workspace.open(ws.root) as again:
        for content in (b"", b"\x00\x01\x02binary\xff" * 20, b"# Only a title\n\nprose\n"):
            bad.write_bytes(content)
            with pytest.raises(InputError) as err:
                again.import_guide(bad, study)
            assert "bad.md" in str(err.value) and "transcript" not in str(err.value)  # a guide, not a transcript
        with pytest.raises(InputError):
            again.import_guide(tmp_path / "missing.md", study)
    assert tree_snapshot(ws.root) == before
    with Workspace.open(ws.root) as again:
        assert _stored(again, study)[1][0][0].startswith("Can you walk me through")


def test_check_without_storing(ws: Workspace, study: str, tmp_path: Path) -> None:
    path = tmp_path / "guide.md"
    path.write_text("## Paying\n- Do you like paying online?\n")
    report = ws.check_guide(path, study)
    assert not report.clean
    assert report.goals == ["Why do people abandon signup?"]
    with pytest.raises(NotFound):
        ws.guide(study)
    assert not Workspace.check_guide_file(path).clean


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_any_bytes_give_a_report_or_input_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "g.md"
    path.write_bytes(data)
    try:
        report = Workspace.check_guide_file(path)
    except InputError as exc:
        assert "g.md" in str(exc)
        return
    assert report.guide.questions


def test_the_same_person_interviewed_for_another_study_is_left_out_as_recent(ws: Workspace, tmp_path: Path) -> None:
    import datetime as dt

    from listenwell.analysis.mix import MixOptions

    # one client's roster in two studies; one member (matched by id) and one (matched by email,
    # under another id) were interviewed for the first study last week
    roster = tmp_path / "roster.csv"
    roster.write_text("id,email,sessions_per_month,last_active\n" + "".join(
        f"M{i},m{i}@example.com,{i + 1},2026-05-2{i}\n" for i in range(6)))
    other = tmp_path / "other.csv"
    other.write_text(roster.read_text().replace("M5,", "X5,"))
    for title, path in (("First", roster), ("Second", other)):
        ws.create_study(title, [])
        ws.import_roster(path, title.lower())
    talk = tmp_path / "talk.txt"
    for pid in ("M1", "M5"):
        talk.write_text(f"Interviewer: How do you shop?\n{pid}: Online, mostly.\n")
        [done] = ws.import_transcripts([talk], study="first", participant=pid)
        ws.set_interview_date(done.interview.id, dt.date(2026, 5, 25))
    plan = ws.recruit_plan("second", MixOptions(size=6, as_of=dt.date(2026, 6, 1), exclude_recent_days=90),
                           save=False)
    why = dict(plan.excluded)
    assert why == {"M1": "interviewed on 2026-05-25 in study first", "X5": "interviewed on 2026-05-25 in study first"}


def test_a_plan_of_nobody_is_refused_and_the_saved_plan_stays(ws: Workspace, tmp_path: Path) -> None:
    import datetime as dt

    from listenwell.analysis.mix import MixOptions

    roster = tmp_path / "roster.csv"
    roster.write_text("id,sessions_per_month,last_active,research panel\n"
                      "A,12,2026-05-28,yes\nB,1,2026-05-01,yes\nC,0,2025-10-01,yes\n")
    ws.create_study("Panel", [])
    ws.import_roster(roster, "panel")
    first = ws.recruit_plan("panel", MixOptions(size=2, as_of=dt.date(2026, 6, 1)))
    roster.write_text(roster.read_text().replace(",yes", ",left"))
    ws.import_roster(roster, "panel")
    with pytest.raises(InputError) as err:
        ws.recruit_plan("panel", MixOptions(size=2, as_of=dt.date(2026, 6, 1)))
    assert str(err.value).startswith("nobody could be picked: all 3 people on the roster are left out (3 people: ")
    cov = ws.recruit_coverage("panel")
    assert [p.pid for p in cov.planned] == [p.pid for p in first.chosen]


def test_words_owner_file_is_named_for_what_it_is(tmp_path):
    from listenwell.services.plan import read_guide
    (tmp_path / "Discussion guide March.docx").write_bytes(b"PK\x03\x04")  # the document (not read here)
    owner = tmp_path / "~$scussion guide March.docx"
    owner.write_bytes(b"\x0bJane Smith" + b"\x00" * 40 + b"J\x00a\x00n\x00e\x00" + b"\x00" * 100)
    with pytest.raises(InputError) as err:
        read_guide(owner)
    message = str(err.value)
    assert "lock file" in message and "\u201cDiscussion guide March.docx\u201d" in message
    assert "binary" not in message and err.value.line is None
