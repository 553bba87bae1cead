"""A file given to the wrong command (the plan's own CSV as a roster, an interview transcript as a
roster or a guide), and what the invitation list says for a mail merge."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from listenwell.workspace import Workspace
from tests.cli.test_plan_cli import env, run  # noqa: F401 - env is a fixture

PLAN = ["recruit", "plan", "--study", "grocery-planning", "--as-of", "2026-06-01", "--size", "4"]


def _db_hash(ws: Path) -> str:
    return hashlib.sha256(b"".join(p.read_bytes() for p in sorted(ws.glob("*.db*")))).hexdigest()


@pytest.mark.parametrize("flags", [["--contacts"], [], ["--made-up-ids"], ["--contacts", "--excel"],
                                   ["--contacts", "--made-up-ids", "--with", "plan"], ["--contacts", "--keep-interviewed"]])
def test_the_plans_own_csv_given_back_as_the_roster_is_refused(env, flags: list[str]) -> None:  # noqa: ANN001
    ws, files = env
    out = files / "invites.csv"
    made = run(ws, *PLAN, "--no-save", "-o", str(out), *flags)
    assert made.exit_code == 0, made.output
    before = _db_hash(ws)
    res = run(ws, "participants", "import", str(out), "--study", "grocery-planning")
    assert res.exit_code == 2, res.output
    said = " ".join(res.output.split())
    assert "invites.csv" in said and "recruit plan" in said and "import the roster the plan was made from" in said
    assert _db_hash(ws) == before
    with Workspace.open(ws) as w:  # nobody got the plan's "usage" as a roster column
        assert all("usage" not in p.attributes for p in w.participants("grocery-planning"))


def test_a_roster_that_merely_has_consent_columns_is_still_a_roster(env) -> None:  # noqa: ANN001
    ws, files = env
    roster = files / "panel.csv"  # a panel's own sheet: the same kind of columns, not in the plan's shape
    roster.write_text("id,name,recording_consent,quotes_consent,last_interviewed,region\n"
                      "Q1,Rue Ash,yes,yes,,north\nQ2,Sol Birch,no,yes,2026-01-04,south\n")
    res = run(ws, "participants", "import", str(roster), "--study", "grocery-planning")
    assert res.exit_code == 0, res.output


# a video call's transcript as Google Meet downloads it: title, attendees, a time alone now and then
MEET = """\
Allotment app catch-up - Bronwen (2026-05-12 19:05 GMT+01:00) - Transcript
Attendees
Bronwen Pryce, Tomasz Lis
Transcript
00:00:00

Tomasz Lis: Thanks for joining, Bronwen. Could you tell me how you plan the plot each spring?
Bronwen Pryce: Mostly on the back of an envelope, if I'm honest.
Tomasz Lis: What happened the last time you used the app for that?
Bronwen Pryce: I gave up halfway, the seed list was too short.
Tomasz Lis: Which seeds were missing?
Bronwen Pryce: Runner beans, and the purple carrots my neighbour swears by.
00:04:10

Tomasz Lis: What would you have done differently?
Bronwen Pryce: Kept paper, probably. Paper never runs out of beans.
"""

# an interview transcript as a notetaker writes it: a speaker line with its time, the words under it
OTTER = """\
Dee Akintola  0:02
Hi, thanks for coming in. Shall we start with your week?
Jo Ferris  0:07
Sure. It's mostly school runs and the night shift.
Dee Akintola  0:15
When did you last book a shift through the app?
Jo Ferris  0:21
Tuesday, I think. It took three tries.
"""

# a guide written as a script: labels before the lines, as a guide may have, and no times
SCRIPTED_GUIDE = """\
# Night-shift booking study

## Warm-up
Say: Thanks for joining; this takes about thirty minutes.
Ask: Tell me about your working week?
Probe: What makes a week a good one?

## Booking
Ask: Walk me through the last shift you booked?
Probe: What happened next?
Ask: Where does booking get in the way?
Probe: Can you give me an example?
"""


@pytest.mark.parametrize("text, kind", [(MEET, "Google Meet transcript"), (OTTER, "interview transcript")])
def test_a_transcript_given_as_the_roster_is_named_and_sent_to_import(env, text: str, kind: str) -> None:  # noqa: ANN001
    ws, files = env
    path = files / "call.txt"
    path.write_text(text)
    before = _db_hash(ws)
    res = run(ws, "participants", "import", str(path), "--study", "grocery-planning")
    said = " ".join(res.output.split())
    assert res.exit_code == 2 and kind in said and "import` reads transcripts" in said, said
    assert "discussion guide" not in said and "guide import" not in said
    assert _db_hash(ws) == before


def test_a_transcript_given_as_the_guide_is_named_not_read_for_questions(env) -> None:  # noqa: ANN001
    ws, files = env
    path = files / "call.txt"
    path.write_text(MEET)
    checked = run(ws, "guide", "check", str(path))
    said = " ".join(checked.output.split())
    assert checked.exit_code == 2 and "Google Meet transcript" in said and "import` reads transcripts" in said, said
    assert "questions" not in said
    before = _db_hash(ws)
    stored = run(ws, "guide", "import", str(path), "--study", "grocery-planning")
    assert stored.exit_code == 2 and "Google Meet transcript" in stored.output
    assert _db_hash(ws) == before


def test_a_guide_with_labelled_lines_is_still_a_guide(env) -> None:  # noqa: ANN001
    ws, files = env
    path = files / "script.md"
    path.write_text(SCRIPTED_GUIDE)
    checked = run(ws, "guide", "check", str(path), "--json")
    assert checked.exit_code in (0, 3) and "transcript" not in checked.output, checked.output
    imported = run(ws, "participants", "import", str(path), "--study", "grocery-planning")
    assert imported.exit_code == 2 and "discussion guide" in imported.output


def test_a_meet_transcript_is_listed_as_meets(env) -> None:  # noqa: ANN001
    ws, files = env
    path = files / "call.txt"
    path.write_text(MEET)
    assert run(ws, "import", str(path), "--study", "grocery-planning").exit_code == 0
    with Workspace.open(ws) as w:
        formats = {i.title: i.source_format for i in w.interviews("grocery-planning")}
    assert formats[MEET.splitlines()[0]] == "meet"
    assert "text" in formats.values()  # a plain 'Name: text' file keeps its name


def test_the_invitation_list_says_who_was_interviewed_in_this_study_already(env) -> None:  # noqa: ANN001
    ws, files = env  # P1 has an interview in the study
    out = files / "invites.csv"
    res = run(ws, *PLAN, "--keep-interviewed", "--no-save", "-o", str(out), "--contacts")
    assert res.exit_code == 0, res.output
    rows = {r["pid"]: r for r in csv.DictReader(out.open())}
    assert rows["P1"]["interviewed_in_study"] == "yes"
    assert {r["interviewed_in_study"] for pid, r in rows.items() if pid != "P1"} == {"no"}
    said = " ".join(res.output.split())
    assert "1 of them was interviewed in this study already" in said and "leave them out of the invitations" in said
    # without anyone interviewed here in the plan, the column would be "no" throughout: not written
    run(ws, *PLAN, "--no-save", "-o", str(out), "--contacts")
    assert "interviewed_in_study" not in out.read_text().splitlines()[0]


def test_the_invitation_list_writes_each_phone_column_again_in_one_form(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    roster = tmp_path / "tutors.csv"  # a tutoring marketplace's sheet: numbers as each tutor typed them
    roster.write_text("id,name,email,mobile,sessions_per_month\n"
                      "T1,Ama Owusu,ama@example.org,+233 24 412 3456,6\n"
                      "T2,Kofi Mensah,kofi@example.org,024 498 7654,1\n"
                      "T3,Efua Addo,efua@example.org,244 555 111,0\n"
                      "T4,Yaw Boateng,yaw@example.org,,3\n")
    with Workspace.open(ws) as w:
        w.create_study("Tutor onboarding", [])
        w.import_roster(roster, "tutor-onboarding")
    out = tmp_path / "invites.csv"
    res = run(ws, "recruit", "plan", "--study", "tutor-onboarding", "--size", "4", "--no-save",
              "-o", str(out), "--contacts")
    assert res.exit_code == 0, res.output
    rows = {r["pid"]: r for r in csv.DictReader(out.open())}
    assert rows["T1"]["mobile"] == "+233 24 412 3456"  # the roster's own form is kept beside
    assert {pid: r["mobile (E.164)"] for pid, r in rows.items()} == {
        "T1": "+233244123456", "T2": "+233244987654", "T3": "+233244555111", "T4": ""}
