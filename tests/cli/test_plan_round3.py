"""`recruit plan` output for scheduling (round s15, third pass): consent in the list one
schedules from, this study's interviews apart from earlier research, columns typed loosely."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from listenwell.workspace import Workspace
from tests.cli.test_plan_cli import run

SCREENER = """\
id,name,email,town,consent_recording,consent_quotes,last_interviewed
S1,Ama B,ama@example.org,Accra,yes,yes,
S2,Kwesi O,kwesi@example.org,Kumasi,no,no,
S3,Efua D,efua@example.org,Accra,,no,2026-03-02
S4,Yaw P,yaw@example.org,Kumasi,yes,,
S5,Abena K,abena@example.org,Tamale,yes,yes,
"""

NOTES = "Interviewer: How do you plan your week?\nAma: On Sunday evening.\n"


def _workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    (tmp_path / "screener.csv").write_text(SCREENER)
    (tmp_path / "ama.txt").write_text(NOTES)
    with Workspace.open(ws) as w:
        w.create_study("Market days")
        w.import_roster(tmp_path / "screener.csv", study="market-days")
        w.import_transcripts([tmp_path / "ama.txt"], study="market-days", participant="S1")
    return ws


def test_the_list_one_schedules_from_says_who_may_be_recorded_and_quoted(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    out = tmp_path / "plan.csv"
    res = run(ws, "recruit", "plan", "--study", "market-days", "--size", "5", "--by", "town",
              "--include-unconsented", "--as-of", "2026-06-01", "-o", str(out), "--json")
    assert res.exit_code == 0, res.output
    rows = {r["pid"]: r for r in csv.DictReader(out.open())}
    assert (rows["S2"]["recording_consent"], rows["S2"]["quotes_consent"]) == ("no", "no")
    assert (rows["S3"]["recording_consent"], rows["S3"]["quotes_consent"]) == ("", "no")  # the roster does not say
    assert (rows["S4"]["recording_consent"], rows["S4"]["quotes_consent"]) == ("yes", "")
    chosen = {c["pid"]: c for c in json.loads(res.output)["chosen"]}
    assert chosen["S2"]["consent"] == {"recording": False, "quotes": False}


def test_an_interview_outside_this_study_is_not_shown_as_done_here(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("COLUMNS", "200")
    ws = _workspace(tmp_path)
    res = run(ws, "recruit", "plan", "--study", "market-days", "--size", "5", "--by", "town",
              "--include-unconsented", "--as-of", "2026-06-01", "--keep-interviewed", "--no-save")
    assert res.exit_code == 0, res.output
    assert "interviewed (this study)" in res.output and "interviewed before" in res.output
    s3 = next(line for line in res.output.splitlines() if "S3" in line)
    assert "2026-03-02 (roster)" in s3
    s1 = next(line for line in res.output.splitlines() if "S1" in line)
    assert "2026-03-02" not in s1 and "(roster)" not in s1


def test_coverage_shows_the_earlier_interview_the_plan_shows(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("COLUMNS", "200")
    ws = _workspace(tmp_path)
    (tmp_path / "abena.txt").write_text("Date: 2026-05-10\nInterviewer: Where do you sell?\nAbena: In Tamale.\n")
    with Workspace.open(ws) as w:  # the same screener in a second study, where Abena was interviewed
        w.create_study("Harvest")
        w.import_roster(tmp_path / "screener.csv", study="harvest")
        w.import_transcripts([tmp_path / "abena.txt"], study="harvest", participant="S5")
    res = run(ws, "recruit", "plan", "--study", "market-days", "--size", "5", "--by", "town",
              "--include-unconsented", "--as-of", "2026-06-01", "--keep-interviewed")
    assert res.exit_code == 0, res.output
    planned = next(line for line in res.output.splitlines() if "S5" in line)
    assert "2026-05-10 (study harvest)" in planned
    res = run(ws, "recruit", "coverage", "--study", "market-days")
    assert res.exit_code == 0, res.output
    assert "interviewed before" in res.output
    lines = {pid: next(line for line in res.output.splitlines() if line.strip("│ ").startswith(pid))
             for pid in ("S1", "S3", "S5")}
    assert "not yet" in lines["S5"] and "2026-05-10 (study harvest)" in lines["S5"]
    assert "2026-03-02 (roster)" in lines["S3"]
    assert "(roster)" not in lines["S1"] and "study harvest" not in lines["S1"]


def test_interviews_list_keeps_long_roster_ids_whole_at_eighty_columns(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("COLUMNS", "80")
    ws = tmp_path / "ws"
    (tmp_path / "crm.csv").write_text("Record ID,First name\n51200000123,Ama\n51200000124,Kwesi\n")
    # a long file name makes a long title, which gives way to the ids
    notes = tmp_path / "Onboarding interview with a new HR admin about the first week.txt"
    notes.write_text(NOTES)
    slug = "onboarding"
    with Workspace.open(ws) as w:
        w.create_study("Onboarding", slug=slug)
        w.import_roster(tmp_path / "crm.csv", study=slug)
        w.import_transcripts([notes], study=slug, participant="51200000123")
    res = run(ws, "interviews", "list", "--study", slug)
    assert res.exit_code == 0, res.output
    assert "51200000123" in res.output, res.output


def test_a_plan_file_that_is_not_csv_is_refused_saying_so(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    res = run(ws, "recruit", "plan", "--study", "market-days", "-o", str(tmp_path / "plan.txt"))
    assert res.exit_code == 2
    assert "can only be written as a .csv file" in res.output and "plan.txt" in res.output
