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
                                   ["--contacts", "--made-up-ids", "--with", "plan"]])
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
