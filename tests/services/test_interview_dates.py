"""The day an interview took place, as recency rules and coverage use it: the day its file
gives, else none (the import day is not passed off as the interview's)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from listenwell.analysis.mix import MixOptions
from listenwell.workspace import Workspace

ROSTER = "id,name,plan\nC1,Lotte Berg,Pro\nC2,Yusuf Demir,Free\nC3,Maren Holt,Pro\nC4,Ivo Petrov,Free\n"
DATED = "Berg call\nDate: 2026-08-03\n\nAnnika: What brought you to us?\nLotte Berg: A friend's tip.\n"
UNDATED = "Annika: What brought you to us?\nYusuf Demir: An advert.\nAnnika: And then?\nYusuf Demir: I tried it.\n"


@pytest.fixture
def study(ws: Workspace, tmp_path: Path) -> Workspace:
    ws.create_study("Onboarding", slug="onboarding")
    (tmp_path / "roster.csv").write_text(ROSTER)
    ws.import_roster(tmp_path / "roster.csv", "onboarding")
    for name, text in (("berg.txt", DATED), ("demir.txt", UNDATED)):
        (tmp_path / name).write_text(text)
    ws.import_transcripts([tmp_path / "berg.txt", tmp_path / "demir.txt"], "onboarding")
    return ws


def test_coverage_has_the_files_day_and_no_import_day(study: Workspace) -> None:
    cov = study.recruit_coverage("onboarding")
    when = {p.pid: p.last_interviewed for p in cov.interviewed}
    assert when == {"C1": dt.date(2026, 8, 3), "C2": None}


def test_recency_goes_by_the_interview_day(study: Workspace) -> None:
    opts = MixOptions(size=4, exclude_recent_days=30, as_of=dt.date(2026, 11, 1))
    plan = study.recruit_plan("onboarding", opts, save=False)
    why = dict(plan.excluded)
    assert "C1" not in why  # three months before --as-of: out of the 30-day window
    assert "no date" in why["C2"] and "2026-11" not in why["C2"]


def test_the_day_given_at_import_or_later(ws: Workspace, study: Workspace, tmp_path: Path) -> None:
    (tmp_path / "holt.txt").write_text(UNDATED.replace("Yusuf Demir", "Maren Holt"))
    [o] = ws.import_transcripts([tmp_path / "holt.txt"], "onboarding", date=dt.date(2026, 10, 20))
    assert o.interview.date == dt.date(2026, 10, 20)
    undated = next(i for i in ws.interviews("onboarding") if i.date is None)
    assert ws.set_interview_date(undated.id, dt.date(2026, 10, 2)).date == dt.date(2026, 10, 2)
    cov = ws.recruit_coverage("onboarding")
    assert {p.pid: p.last_interviewed for p in cov.interviewed}["C2"] == dt.date(2026, 10, 2)
