"""`import` says each interview's day, or that its file gave none and how to give it;
`interviews date` gives it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from listenwell.cli.app import app

TURNS = "Annika: What brought you to us?\nIvo: A colleague.\nAnnika: And after that?\nIvo: I stayed.\n"


def run(ws: Path, *args: str):
    return CliRunner().invoke(app, ["-w", str(ws), *args])


def test_import_shows_the_day_or_asks_for_it(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert run(ws, "study", "create", "Onboarding").exit_code == 0
    dated = tmp_path / "GMT20260911-083000_Recording.txt"
    dated.write_text(TURNS)
    undated = tmp_path / "ivo.txt"
    undated.write_text(TURNS.replace("A colleague", "An advert"))
    res = run(ws, "import", str(dated), str(undated), "--study", "onboarding")
    assert res.exit_code == 0, res.output
    said = " ".join(res.output.split())
    assert "2026-09-11" in said and "interviews date 2 YYYY-MM-DD" in said
    assert "interviews date 1" not in said
    assert run(ws, "interviews", "date", "2", "2026-02-30").exit_code == 2
    done = run(ws, "interviews", "date", "2", "2026-09-12", "--json")
    assert json.loads(done.output) == {"interview": 2, "date": "2026-09-12"}
    listed = json.loads(run(ws, "interviews", "list", "--study", "onboarding", "--json").output)
    assert [r["date"] for r in listed] == ["2026-09-11", "2026-09-12"]


def test_a_file_already_in_another_study_is_said_and_keeps_its_day(tmp_path: Path) -> None:
    # two studies side by side: importing into the wrong one is the easy slip
    ws = tmp_path / "ws"
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name\nK1,Ivo Marsh\nK2,Dora Lind\n")
    for title in ("Onboarding", "Returns"):
        assert run(ws, "study", "create", title).exit_code == 0
        assert run(ws, "participants", "import", str(roster), "--study", title.lower()).exit_code == 0
    call = tmp_path / "ivo marsh call.txt"
    call.write_text(TURNS)
    assert run(ws, "import", str(call), "--study", "onboarding").exit_code == 0
    assert run(ws, "interviews", "date", "1", "2026-09-14").exit_code == 0
    res = run(ws, "import", str(call), "--study", "returns")
    assert res.exit_code == 0, res.output
    said = " ".join(res.output.split())
    assert "already interview 1 of study 'onboarding'" in said
    assert "interviews remove 2` takes it out of this study" in said and "2026-09-14" in said
    again = json.loads(run(ws, "import", str(call), "--study", "returns", "--json").output)
    assert again[0]["skipped"]  # the same study: skipped, as before
    fresh = tmp_path / "dora.txt"
    fresh.write_text(TURNS.replace("Ivo", "Dora"))
    [alone] = json.loads(run(ws, "import", str(fresh), "--study", "returns", "--json").output)
    assert alone["also_in"] == []


def test_a_date_that_reads_both_ways_is_said_with_both_days(tmp_path: Path) -> None:
    # under an English label 05/09/2026 is May or September: the import names both, not "no date"
    ws = tmp_path / "ws"
    assert run(ws, "study", "create", "Onboarding").exit_code == 0
    notes = tmp_path / "notes.txt"
    notes.write_text("Call notes\nDate: 05/09/2026\n\n" + TURNS)
    res = run(ws, "import", str(notes), "--study", "onboarding")
    said = " ".join(res.output.split())
    assert "9 May 2026 or 5 September 2026" in said
    # each day as the command that sets it: "05/09/2026" given back would be refused as reading both ways
    assert "interviews date 1 2026-05-09` (9 May) or" in said and "interviews date 1 2026-09-05` (5 September)" in said
    assert "gives no date" not in said
    [out] = json.loads(run(ws, "import", str(notes), "--study", "onboarding",
                           "--json").output)
    assert out["skipped"]
    notes.write_text("Call notes\nDate: 25/09/2026\n\n" + TURNS)  # reads one way only: read
    [read] = json.loads(run(ws, "import", str(notes), "--study", "onboarding", "--json").output)
    assert read["date"] == "2026-09-25" and read["date_could_be"] == []


def test_a_date_that_reads_both_ways_one_of_them_still_to_come_is_the_other(tmp_path: Path) -> None:
    import datetime as dt
    # "d/m/yyyy" whose other reading, m/d, is a day after today: a call already had was on the first
    today = dt.date.today()
    month, day = next((a, b) for y in (today.year, today.year + 1) for a in range(1, 13) for b in range(1, 13)
                      if a != b and dt.date(y, a, b) <= today < dt.date(y, b, a) and (year := y))
    ws = tmp_path / "ws"
    assert run(ws, "study", "create", "Onboarding").exit_code == 0
    notes = tmp_path / "call notes.txt"
    notes.write_text(f"Call notes\nDate: {day:02d}/{month:02d}/{year}\n\n" + TURNS)
    res = run(ws, "import", str(notes), "--study", "onboarding")
    said = " ".join(res.output.split())
    assert res.exit_code == 0 and "is still to come: read as" in said, said
    listed = json.loads(run(ws, "interviews", "list", "--study", "onboarding", "--json").output)
    assert [r["date"] for r in listed] == [dt.date(year, month, day).isoformat()]
    # and given so to `interviews date`, the same
    assert run(ws, "interviews", "date", "1", "2026-01-01").exit_code == 0
    done = run(ws, "interviews", "date", "1", f"{day:02d}/{month:02d}/{year}", "--json")
    assert json.loads(done.output) == {"interview": 1, "date": dt.date(year, month, day).isoformat()}, done.output


def test_interviews_date_takes_a_day_written_day_first_when_it_reads_one_way(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert run(ws, "study", "create", "Onboarding").exit_code == 0
    call = tmp_path / "ivo.txt"
    call.write_text(TURNS)
    assert run(ws, "import", str(call), "--study", "onboarding").exit_code == 0
    for written in ("23/10/2026", "23.10.2026", "23 octobre 2026"):
        done = run(ws, "interviews", "date", "1", written, "--json")
        assert done.exit_code == 0, done.output
        assert json.loads(done.output) == {"interview": 1, "date": "2026-10-23"}
    # one that reads both ways is refused, naming both days; nothing is changed
    both = run(ws, "interviews", "date", "1", "04/10/2026")
    assert both.exit_code == 2
    said = " ".join(both.output.split())
    assert "2026-04-10 or 2026-10-04" in said
    listed = json.loads(run(ws, "interviews", "list", "--study", "onboarding", "--json").output)
    assert [r["date"] for r in listed] == ["2026-10-23"]
    assert run(ws, "interviews", "date", "1", "31/11/2026").exit_code == 2



def test_interviews_date_refuses_a_year_of_a_hijri_calendar_naming_which_and_stores_nothing(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert run(ws, "study", "create", "Onboarding").exit_code == 0
    call = tmp_path / "ivo.txt"
    call.write_text(TURNS)
    assert run(ws, "import", str(call), "--study", "onboarding").exit_code == 0
    assert run(ws, "interviews", "date", "1", "2026-10-23").exit_code == 0
    # Iran's Solar Hijri day, with dashes or in Persian digits, is named with its Gregorian one
    for written in ("1405-07-30", "۱۴۰۵/۰۷/۳۰"):
        done = run(ws, "interviews", "date", "1", written)
        assert done.exit_code == 2, done.output
        said = " ".join(done.output.split())
        assert "Solar Hijri (Jalali) calendar (2026-10-22 in the Gregorian)" in said, said
    # a Saudi system's lunar Hijri day is named as that one
    lunar = run(ws, "interviews", "date", "1", "1448-04-20")
    assert lunar.exit_code == 2 and "lunar Hijri calendar" in " ".join(lunar.output.split())
    listed = json.loads(run(ws, "interviews", "list", "--study", "onboarding", "--json").output)
    assert [r["date"] for r in listed] == ["2026-10-23"]
