"""Segments and the balanced pick, on rosters written for these tests."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from listenwell.analysis.mix import (
    MixOptions,
    SavedPlan,
    columns_by_use,
    coverage,
    nobody_left,
    parse_caps,
    parse_days,
    parse_weights,
    plan_mix,
    segment,
    segment_label,
)
from listenwell.domain import InputError, Participant

TODAY = dt.date(2026, 6, 1)


def roster() -> list[Participant]:
    people = []
    # 8 frequent promoters, 4 occasional passives, 3 lapsed detractors, 2 never activated
    for i in range(8):
        people.append(Participant(pid=f"F{i}", attributes={
            "sessions_per_month": "12", "last_active": "2026-05-28", "nps": "10",
            "plan": "pro" if i % 2 else "free"}))
    for i in range(4):
        people.append(Participant(pid=f"O{i}", attributes={
            "sessions_per_month": "2", "last_active": "2026-05-10", "nps": "7", "plan": "free"}))
    for i in range(3):
        people.append(Participant(pid=f"L{i}", attributes={
            "sessions_per_month": "0", "last_active": "2025-11-01", "nps": "3", "plan": "pro"}))
    for i in range(2):
        people.append(Participant(pid=f"N{i}", attributes={
            "status": "trial", "signup": "2026-04-01", "plan": "free"}))
    return people


def test_a_pick_that_paints_itself_into_a_corner_is_undone() -> None:
    # the only detractors are occasional users: an occasional promoter picked early would
    # leave them out, and one swap alone does not fix it (two people must change at once)
    def person(pid: str, sessions: str, nps: str, last: str = "2026-05-28") -> Participant:
        return Participant(pid=pid, attributes={"sessions_per_month": sessions, "last_active": last, "nps": nps})

    people = ([person(f"FP{i}", "12", "10") for i in range(2)] + [person(f"FS{i}", "12", "7") for i in range(2)]
              + [person(f"OP{i}", "2", "9") for i in range(2)] + [person(f"OD{i}", "2", "3") for i in range(2)]
              + [person(f"LS{i}", "0", "8", "2025-11-01") for i in range(2)])
    for seed in range(20):
        plan = plan_mix(people, MixOptions(size=3, as_of=TODAY, seed=seed))
        for dim in ("usage", "sentiment"):
            assert sorted(Counter(p.segments[dim] for p in plan.chosen).values()) == [1, 1, 1], seed
        assert not any("chosen for a target" in w for w in plan.warnings)


def test_a_place_lost_to_balancing_the_other_segments_is_named() -> None:
    # lapsed and never-activated people are all detractors: two of each would make half the
    # plan detractors, so balancing the NPS groups costs a usage group a place, and it says which
    def person(pid: str, sessions: str, nps: str, last: str = "2026-05-28") -> Participant:
        return Participant(pid=pid, attributes={"sessions_per_month": sessions, "last_active": last, "nps": nps})

    people = ([person(f"FP{i}", "12", "10") for i in range(4)] + [person(f"FS{i}", "12", "7") for i in range(3)]
              + [person("OS", "2", "8"), person("OD", "2", "4")]
              + [person(f"LD{i}", "0", "3", "2025-11-01") for i in range(3)]
              + [Participant(pid=f"ND{i}", attributes={"status": "trial", "signup": "2026-04-01", "nps": "2"})
                 for i in range(3)])
    labels = {"frequent": "frequent users", "occasional": "occasional users",
              "lapsed": "lapsed or churned users", "never_activated": "people who never activated"}
    for seed in range(5):
        plan = plan_mix(people, MixOptions(size=8, as_of=TODAY, seed=seed))
        usage = Counter(p.segments["usage"] for p in plan.chosen)
        short = [u for u in labels if usage[u] < 2]
        assert short, seed
        over = [u for u in labels if usage[u] > 2]
        for u in short:  # the short segment is named, and so is where its place went
            said = next(w for w in plan.warnings if w.startswith(
                f"{labels[u]}: {usage[u]} chosen for a target of 2 (balancing the other segments cost these places"))
            assert said.endswith("swap people by hand to change it)"), said
            assert all(f"{labels[o]} got {usage[o]} for a target of 2" in said for o in over), said


def test_segments() -> None:
    dims, persons = segment(roster(), MixOptions(as_of=TODAY, by=["plan"]))
    assert dims == ["usage", "sentiment", "plan"]
    by_pid = {p.pid: p.segments for p in persons}
    assert by_pid["F0"] == {"usage": "frequent", "sentiment": "promoter", "plan": "free"}
    assert by_pid["O0"]["usage"] == "occasional" and by_pid["O0"]["sentiment"] == "passive"
    assert by_pid["L0"]["usage"] == "lapsed" and by_pid["L0"]["sentiment"] == "detractor"
    assert by_pid["N0"]["usage"] == "never_activated" and by_pid["N0"]["sentiment"] == "unknown"


def test_a_lookup_that_found_nothing_is_no_segment_of_its_own() -> None:
    # a hand-merged sheet: VLOOKUP writes "#N/A" in the plan of people the other export lacks
    people = [Participant(pid="A", attributes={"plan": "Monthly"}), Participant(pid="B", attributes={"plan": "#N/A"}),
              Participant(pid="C", attributes={"plan": "n/a"})]
    _, persons = segment(people, MixOptions(as_of=TODAY, by=["plan"]))
    assert [p.segments["plan"] for p in persons] == ["Monthly", "unknown", "unknown"]


def test_balanced_and_deterministic() -> None:
    opts = MixOptions(size=8, as_of=TODAY, seed=7)
    plan = plan_mix(roster(), opts)
    usage = Counter(p.segments["usage"] for p in plan.chosen)
    assert len(plan.chosen) == 8
    assert usage["frequent"] == 2 and usage["occasional"] == 2
    assert usage["lapsed"] == 2 and usage["never_activated"] == 2
    again = plan_mix(roster(), MixOptions(size=8, as_of=TODAY, seed=7))
    assert [p.pid for p in again.chosen] == [p.pid for p in plan.chosen]
    other = [p.pid for p in plan_mix(roster(), MixOptions(size=8, as_of=TODAY, seed=8)).chosen]
    assert sorted(other) != sorted(p.pid for p in plan.chosen) or other != [p.pid for p in plan.chosen]


def test_warnings_name_missing_groups_and_skew() -> None:
    fans = [p for p in roster() if p.pid.startswith("F")]
    plan = plan_mix(fans, MixOptions(size=4, as_of=TODAY))
    text = " | ".join(plan.warnings)
    assert "no lapsed or churned users in the roster" in text
    assert "no detractors in the roster" in text
    assert "4 of 4 are promoters" in text


def test_exclude_recent() -> None:
    last = {"L0": dt.date(2026, 5, 1), "L1": dt.date(2026, 5, 20), "L2": dt.date(2025, 1, 1)}
    plan = plan_mix(roster(), MixOptions(size=12, as_of=TODAY, exclude_recent_days=90), last)
    pids = {p.pid for p in plan.chosen}
    assert "L0" not in pids and "L1" not in pids and "L2" in pids
    assert {pid for pid, _ in plan.excluded} == {"L0", "L1"}
    assert any("lapsed" in w for w in plan.warnings)


def test_planning_mid_study_keeps_the_people_already_interviewed() -> None:
    # four frequent users interviewed so far, one of them recently
    last = {"F0": dt.date(2026, 5, 30), "F1": dt.date(2026, 4, 1), "F2": dt.date(2026, 4, 2),
            "F3": dt.date(2026, 4, 3)}
    opts = MixOptions(size=8, as_of=TODAY, seed=1, exclude_recent_days=90, keep_interviewed=True)
    plan = plan_mix(roster(), opts, last)
    pids = [p.pid for p in plan.chosen]
    assert pids[:4] == ["F0", "F1", "F2", "F3"]  # kept, the recency rule notwithstanding
    usage = Counter(p.segments["usage"] for p in plan.chosen[4:])
    # the four new places go to the segments the interviews so far did not reach
    assert usage["frequent"] == 0 and usage["occasional"] >= 1 and usage["lapsed"] >= 1
    # what the option promises, said as a note rather than a warning
    assert plan.notes == ["4 already interviewed in this study kept in the plan; 4 more picked to balance around them"]
    assert not any("already interviewed" in w for w in plan.warnings)
    # without the option the same interviews are left out as recent, or picked like anyone else
    plain = plan_mix(roster(), MixOptions(size=8, as_of=TODAY, seed=1, exclude_recent_days=90), last)
    assert "F0" not in {p.pid for p in plain.chosen}


def test_a_plan_no_bigger_than_the_interviews_done_is_those_interviews() -> None:
    last = {f"F{i}": dt.date(2026, 4, 1) for i in range(5)}
    plan = plan_mix(roster(), MixOptions(size=4, as_of=TODAY, keep_interviewed=True), last)
    assert [p.pid for p in plan.chosen] == [f"F{i}" for i in range(5)]
    assert "nobody new was picked (raise --size to plan more)" in plan.warnings[0]


def test_people_who_said_no_to_recording_are_left_out_unless_asked_for() -> None:
    from listenwell.domain.model import Consent

    people = roster()
    for p in people:
        if p.pid in ("L0", "L1"):
            p.consent = Consent(recorded=False)
    plan = plan_mix(people, MixOptions(size=12, as_of=TODAY))
    assert not {"L0", "L1"} & {p.pid for p in plan.chosen}
    assert dict(plan.excluded) == {"L0": "said no to recording in the roster's consent column",
                                   "L1": "said no to recording in the roster's consent column"}
    kept = plan_mix(people, MixOptions(size=17, as_of=TODAY, include_unconsented=True))
    assert {"L0", "L1"} <= {p.pid for p in kept.chosen} and kept.excluded == []


def test_column_spellings_and_nps_out_of_ten() -> None:
    people = [Participant(pid="A", attributes={"nps": "9/10", "last active": "2026-05-30",
                                               "sessions-per-month": "12"}),
              Participant(pid="B", attributes={"net promoter score": "6 out of 10",
                                               "Last-Seen": "2025-12-01"})]
    # (each its own roster: a roster's last-active column is one column for everyone)
    for person, segments in zip(people, ({"usage": "frequent", "sentiment": "promoter"},
                                         {"usage": "lapsed", "sentiment": "detractor"})):
        dims, persons = segment([person], MixOptions(as_of=TODAY))
        assert dims == ["usage", "sentiment"] and persons[0].segments == segments
    # analytics exports count the last 30 days; a frequency column may hold words
    _, counted = segment([Participant(pid="E", attributes={"Sessions (30d)": "14", "Status": "Active"}),
                          Participant(pid="F", attributes={"sessions_last_30_days": "2"}),
                          Participant(pid="G", attributes={"Usage frequency": "Daily"}),
                          Participant(pid="H", attributes={"Usage frequency": "Rarely"})],
                         MixOptions(as_of=TODAY))
    assert [p.segments["usage"] for p in counted] == ["frequent", "occasional", "frequent", "occasional"]
    # a screener exported from a form tool names its columns by the question asked
    asked = [("S1", "9", "Every day"), ("S2", "3", "A few times a month"), ("S3", "7", "I stopped using it"),
             ("S4", "10", "Never"), ("S5", "8", "Less often than once a month")]
    screener = [Participant(pid=pid, attributes={
        "How likely are you to recommend Sprout to a friend? (0-10)": nps,
        "How often do you cook with Sprout?": often}) for pid, nps, often in asked]
    dims, persons = segment(screener, MixOptions(as_of=TODAY))
    assert dims == ["usage", "sentiment"]
    assert [(p.segments["usage"], p.segments["sentiment"]) for p in persons] == [
        ("frequent", "promoter"), ("occasional", "detractor"), ("lapsed", "passive"),
        ("never_activated", "promoter"), ("occasional", "passive")]
    _, worded = segment([Participant(pid="W", attributes={
        "How likely is it that you would recommend us to a colleague?": "6"})], MixOptions(as_of=TODAY))
    assert worded[0].segments["sentiment"] == "detractor"
    # some exports give the NPS group instead of the score
    _, named = segment([Participant(pid="C", attributes={"nps": "Promoter"}),
                        Participant(pid="D", attributes={"NPS": "neutral"})], MixOptions(as_of=TODAY))
    assert [p.segments["sentiment"] for p in named] == ["promoter", "passive"]


def _last_active(*values: str) -> list[Participant]:
    return [Participant(pid=f"P{i}", attributes={"last_active": v}) for i, v in enumerate(values, 1)]


def test_slash_dates_are_read_one_way_for_the_whole_column() -> None:
    # a US export: 05/25/2026 can only be month-first, so 02/04/2026 is 4 February (lapsed by June)
    _, us = segment(_last_active("02/04/2026", "05/25/2026"), MixOptions(as_of=TODAY))
    assert [p.segments["usage"] for p in us] == ["lapsed", "frequent"]
    # a UK export: 25/05/2026 can only be day-first, so 02/04/2026 is 2 April
    _, uk = segment(_last_active("02/04/2026", "25/05/2026"), MixOptions(as_of=TODAY))
    assert [p.segments["usage"] for p in uk] == ["occasional", "frequent"]
    # every value could be either: read day-first, and the plan says so
    plan = plan_mix(_last_active("03/04/2026", "09/05/2026"), MixOptions(size=2, as_of=TODAY))
    assert any("read day-first" in w for w in plan.warnings)
    assert not any("read day-first" in w for w in plan_mix(
        _last_active("2026-04-03", "2026-05-09"), MixOptions(size=2, as_of=TODAY)).warnings)


def test_a_column_mixing_day_first_and_month_first_dates_is_refused() -> None:
    with pytest.raises(InputError) as err:
        plan_mix(_last_active("25/05/2026", "05/25/2026"), MixOptions(as_of=TODAY))
    assert "P1" in str(err.value) and "P2" in str(err.value) and "YYYY-MM-DD" in str(err.value)


def test_weights() -> None:
    opts = MixOptions(size=6, as_of=TODAY, weights=parse_weights(["usage=lapsed:1,frequent:1,occasional:0,"
                                                                   "never_activated:0"]))
    plan = plan_mix(roster(), opts)
    usage = Counter(p.segments["usage"] for p in plan.chosen)
    assert usage["lapsed"] == 3 and usage["frequent"] == 3
    # a number that fits in the plan is people; the places left go evenly to the segments not named
    opts = MixOptions(size=6, as_of=TODAY, weights=parse_weights(["usage=lapsed:3"]))
    usage = Counter(p.segments["usage"] for p in plan_mix(roster(), opts).chosen)
    assert usage == {"lapsed": 3, "frequent": 1, "occasional": 1, "never_activated": 1}
    opts = MixOptions(size=8, as_of=TODAY, weights=parse_weights(["usage=frequent:5"]))
    usage = Counter(p.segments["usage"] for p in plan_mix(roster(), opts).chosen)
    assert usage == {"frequent": 5, "lapsed": 1, "occasional": 1, "never_activated": 1}


def test_coverage() -> None:
    cov = coverage(roster(), {"F0": TODAY, "F1": TODAY, "L0": None, "X9": None},
                   MixOptions(size=8, as_of=TODAY))
    rows = {(r.dimension, r.value): r for r in cov.rows}
    assert rows[("usage", "frequent")].chosen == 2
    assert rows[("usage", "lapsed")].chosen == 1
    # none interviewed yet is the normal state mid-study; 4 occasional users are left to ask
    assert rows[("usage", "occasional")].chosen == 0 and rows[("usage", "occasional")].eligible == 4
    assert not any("occasional" in w for w in cov.warnings)
    assert any("X9" in w for w in cov.warnings)


def _saved(plan) -> SavedPlan:  # noqa: ANN001 - a MixPlan, as the store would keep it
    return SavedPlan(size=plan.options.size, seed=plan.options.seed, as_of=plan.as_of,
                     options=plan.options, dimensions=plan.dimensions, members=plan.chosen)


def test_coverage_follows_the_saved_plan() -> None:
    plan = plan_mix(roster(), MixOptions(size=4, as_of=TODAY, by=["plan"]))
    saved = _saved(plan)
    planned = [p.pid for p in plan.chosen]
    lapsed = next(p.pid for p in plan.chosen if p.segments["usage"] == "lapsed")
    off = next(p.pid for p in roster() if p.pid.startswith("F") and p.pid not in planned)
    people = roster()
    for p in people:  # the roster moves on after the plan: the planned segments still count
        if p.pid == lapsed:
            p.attributes.update(sessions_per_month="30", last_active="2026-07-01", nps="10")
    cov = coverage(people, {lapsed: TODAY, off: TODAY}, MixOptions(size=99), saved)
    assert [p.pid for p in cov.planned] == planned  # the plan's people, in the plan's order
    assert [p.pid for p in cov.off_plan] == [off]
    assert {p.pid for p in cov.interviewed} == {lapsed, off}
    rows = {(r.dimension, r.value): r for r in cov.rows}
    assert rows[("usage", "lapsed")].target == 1 and rows[("usage", "lapsed")].chosen == 1
    assert rows[("usage", "frequent")].target == 1 and rows[("usage", "frequent")].chosen == 1
    assert sum(r.target for r in cov.rows if r.dimension == "plan") == 4  # --by kept from the plan
    waiting = [p for p in planned if p != lapsed]
    assert [p.pid for p in cov.waiting] == waiting  # what is left, said once, not as warnings
    assert not any(pid in w for w in cov.warnings for pid in waiting)
    assert "occasional users: 0 interviewed of 1 planned" in cov.plan_gaps  # for the report's Method


def test_coverage_warns_when_the_loud_voices_outrun_the_plan() -> None:
    saved = _saved(plan_mix(roster(), MixOptions(size=4, as_of=TODAY)))
    fans = [p.pid for p in roster() if p.pid.startswith("F")][:3]
    cov = coverage(roster(), {pid: TODAY for pid in fans}, MixOptions(), saved)
    assert "promoters: 3 interviewed, 1 planned" in cov.warnings
    assert "frequent users: 3 interviewed, 1 planned" in cov.warnings


def test_coverage_against_a_plan_survives_a_roster_without_its_by_column() -> None:
    saved = _saved(plan_mix(roster(), MixOptions(size=4, as_of=TODAY, by=["plan"])))
    people = roster()
    for p in people:
        del p.attributes["plan"]
    extra = Participant(pid="Z1", attributes={"sessions_per_month": "12", "last_active": "2026-05-28"})
    cov = coverage([*people, extra], {"Z1": TODAY}, MixOptions(), saved)
    assert cov.off_plan[0].pid == "Z1" and cov.off_plan[0].segments["plan"] == "unknown"
    assert cov.off_plan[0].segments["usage"] == "frequent"


@pytest.mark.parametrize("people, opts, needle", [
    (roster(), MixOptions(by=["region"]), "no column 'region'"),
    ([Participant(pid="A", attributes={"last_active": "last tuesday"})], MixOptions(), "not a date"),
    ([Participant(pid="A", attributes={"nps": "great"})], MixOptions(), "not a number"),
    ([Participant(pid="A", attributes={"nps": "11"})], MixOptions(), "between 0 and 10"),
    ([], MixOptions(), "no participants"),
    (roster(), MixOptions(size=0), "at least 1"),
])
def test_bad_input(people: list[Participant], opts: MixOptions, needle: str) -> None:
    with pytest.raises(InputError) as err:
        plan_mix(people, opts)
    assert needle in str(err.value)


def test_parse_days() -> None:
    assert parse_days("90d") == 90 and parse_days("12w") == 84
    with pytest.raises(InputError):
        parse_days("soon")


def test_last_activity_as_crm_and_analytics_exports_write_it() -> None:
    # a date with its time, a two-digit year, and the export's own column names; a CRM's "Last
    # Activity Date" is its last touch (a sales call, an email), read only when named (--usage-from)
    people = [Participant(pid="A", attributes={"last activity date": "05/29/2026 2:03 PM"}),
              Participant(pid="B", attributes={"last activity date": "11/02/25 09:15"}),
              Participant(pid="C", attributes={"last_seen_at": "2026-05-30T08:00:00Z"}),
              Participant(pid="D", attributes={"last_seen_at": "2025-10-01 17:45:00 UTC"})]
    dims, _ = segment(people[:2], MixOptions(as_of=TODAY))
    _, crm = segment(people[:2], MixOptions(as_of=TODAY, usage_from=["Last Activity Date"]))
    _, analytics = segment(people[2:], MixOptions(as_of=TODAY))
    assert "usage" not in dims
    assert [p.segments["usage"] for p in crm + analytics] == ["frequent", "lapsed", "frequent", "lapsed"]


# --- round s15: plan and coverage output a researcher can act on ----------------------------

def _shop(pid: str, visits: str, last: str, score: str | None, **extra: str) -> Participant:
    attrs = {"visits_per_month": visits, "last_active": last, **extra}
    if score is not None:
        attrs["nps"] = score
    return Participant(pid=pid, attributes=attrs)


def test_coverage_counts_as_remaining_only_people_the_plan_could_still_ask() -> None:
    people = [_shop(f"A{i}", "12", "2026-05-30", "9") for i in range(4)]
    people.append(_shop("B0", "12", "2026-05-30", "9", do_not_contact="yes"))
    people.append(Participant(pid="B1", attributes={"visits_per_month": "12", "last_active": "2026-05-30",
                                                    "nps": "9"}, email="a0@x.test"))
    people[0].email = "a0@x.test"  # B1 is A0's second row
    cov = coverage(people, {"A1": TODAY}, MixOptions(size=4, as_of=TODAY))
    frequent = next(r for r in cov.rows if (r.dimension, r.value) == ("usage", "frequent"))
    assert frequent.in_roster == 6 and frequent.chosen == 1
    assert frequent.eligible == 3  # A0, A2, A3: not the interviewed, do-not-contact or duplicate rows


def test_coverage_warns_only_about_a_segment_the_roster_can_no_longer_fill() -> None:
    people = ([_shop(f"A{i}", "12", "2026-05-30", "9") for i in range(4)]
              + [_shop("Z0", "0", "2025-10-01", "2"), _shop("Z1", "0", "2025-10-01", "2", do_not_contact="yes")])
    saved = _saved(plan_mix(people, MixOptions(size=4, as_of=TODAY, weights=parse_weights(
        ["usage=frequent:2,lapsed:2"]))))
    assert Counter(m.segments["usage"] for m in saved.members) == {"frequent": 3, "lapsed": 1}
    cov = coverage(people, {saved.members[0].pid: TODAY}, MixOptions(), saved)
    assert cov.warnings == []  # the rest is merely not done yet
    assert len(cov.waiting) == 3
    people[4].attributes["do_not_contact"] = "yes"  # the one lapsed person left asks not to be contacted
    cov = coverage(people, {saved.members[0].pid: TODAY}, MixOptions(), saved)
    assert cov.warnings == ["lapsed or churned users: 1 more to interview but only 0 left on the roster "
                            "who can be asked",
                            "detractors: 1 more to interview but only 0 left on the roster who can be asked",
                            # and the planned lapsed person, not interviewed yet, is no longer to be invited
                            "1 of the plan's people not interviewed yet is now left out by the roster: Z0 (marked "
                            "do not contact); do not invite them (or cancel the invitation), and plan again to "
                            "replace them"]


def test_an_explicit_mix_is_not_traded_for_an_even_spread_elsewhere() -> None:
    # only the frequent users gave a score: an even NPS spread would pull in more of them than
    # the --mix asks for, at the cost of the lapsed and never-activated places it does ask for
    people = ([_shop(f"F{i}", "12", "2026-05-30", score) for i, score in enumerate("9317390")]
              + [_shop(f"L{i}", "0", "2025-10-01", None) for i in range(4)]
              + [Participant(pid=f"N{i}", attributes={"status": "trial", "signup": "2026-04-01"}) for i in range(4)])
    for seed in range(6):
        plan = plan_mix(people, MixOptions(size=6, as_of=TODAY, seed=seed, weights=parse_weights(
            ["usage=frequent:1,lapsed:2,never activated:3"])))
        got = Counter(p.segments["usage"] for p in plan.chosen)
        assert got == {"frequent": 1, "lapsed": 2, "never_activated": 3}, (seed, got)


def test_a_mix_on_a_column_not_named_in_by_balances_on_it() -> None:
    plan = plan_mix(roster(), MixOptions(size=6, as_of=TODAY, weights=parse_weights(["plan=pro:2,free:1"])))
    assert "plan" in plan.dimensions
    assert Counter(p.segments["plan"] for p in plan.chosen) == {"pro": 4, "free": 2}
    people = roster()
    for p in people:
        p.attributes["plan"] = p.attributes["plan"].title()  # the column says "Pro", the mix "pro"
    capital = plan_mix(people, MixOptions(size=6, as_of=TODAY, weights=parse_weights(["plan=pro:2,free:1"])))
    assert Counter(p.segments["plan"] for p in capital.chosen) == {"Pro": 4, "Free": 2}
    with pytest.raises(InputError, match="--mix region: no segment or column 'region'"):
        plan_mix(roster(), MixOptions(size=6, as_of=TODAY, weights=parse_weights(["region=north:1"])))


def test_replanning_prefers_the_earlier_plans_people_and_says_who_changed() -> None:
    first = plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=1))
    earlier = _saved(first)
    same = plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=9), previous=earlier)
    assert [p.pid for p in same.chosen] == [p.pid for p in first.chosen]  # another seed, still them
    assert same.dropped == [] and same.added == []
    bigger = plan_mix(roster(), MixOptions(size=6, as_of=TODAY, seed=9), previous=earlier)
    assert [p.pid for p in bigger.chosen][:4] == [p.pid for p in first.chosen]
    assert len(bigger.added) == 2 and bigger.dropped == []
    gone = first.chosen[0].pid
    people = [p for p in roster() if p.pid != gone]
    smaller = plan_mix(people, MixOptions(size=4, as_of=TODAY, seed=9), previous=earlier)
    assert [p.pid for p in smaller.dropped] == [gone] and len(smaller.added) == 1


def test_another_seed_beside_a_saved_plan_says_the_saved_plans_people_are_kept() -> None:
    earlier = _saved(plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=2)))
    again = plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=5), previous=earlier)
    said = [n for n in again.notes if "--seed 5" in n]
    assert said and "--seed 2" in said[0] and "the list is the saved plan's" in said[0], again.notes
    bigger = plan_mix(roster(), MixOptions(size=6, as_of=TODAY, seed=5), previous=earlier)
    assert any("4 of the 6 chosen are theirs" in n for n in bigger.notes), bigger.notes
    # the saved plan's own seed, or no saved plan: nothing to say
    assert not any("--seed" in n for n in plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=2),
                                                   previous=earlier).notes)
    assert not any("--seed" in n for n in plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=5)).notes)


def test_an_even_share_between_two_people_is_shown_as_a_range() -> None:
    from listenwell.analysis.mix import whole

    assert whole(2.0) == "2" and whole(2.4) == "2–3" and whole(0.7) == "0–1" and whole(1.5) == "1–2"
    plan = plan_mix(roster(), MixOptions(size=5, as_of=TODAY, by=["plan"]))
    assert any("target of 1–2" in w or "target of 2–3" in w for w in plan.warnings) or all(
        "target of" not in w for w in plan.warnings)
    assert not any(re.search(r"target of \d+\.\d", w) for w in plan.warnings)


def test_people_without_a_score_are_named_and_their_share_of_the_pick_said() -> None:
    people = roster()  # N0 and N1 have no NPS; they are the only never-activated people
    plan = plan_mix(people, MixOptions(size=8, as_of=TODAY))
    said = next(w for w in plan.warnings if "no sentiment value" in w)
    assert said.startswith("2 people who can be asked have no sentiment value in the roster: N0, N1")
    picked = [p.pid for p in plan.chosen if p.segments["sentiment"] == "unknown"]
    assert picked and f"{len(picked)} of the 8 chosen {'is' if len(picked) == 1 else 'are'} among them" in said


def test_options_with_nothing_to_work_on_or_a_likely_typo_are_pointed_at() -> None:
    quiet = plan_mix(roster(), MixOptions(size=4, as_of=TODAY, exclude_recent_days=90))
    assert any(w.startswith("--exclude-recent left nobody out") for w in quiet.warnings)
    later = dt.date.today() + dt.timedelta(days=200)
    ahead = plan_mix(roster(), MixOptions(size=4, as_of=later))
    assert any(w.startswith(f"--as-of {later.isoformat()} is 200 days after today") for w in ahead.warnings)
    counts = [_shop(f"C{i}", "12", "2026-05-30", "9", tickets=str(i * 3)) for i in range(9)]
    by_count = plan_mix(counts, MixOptions(size=4, as_of=TODAY, by=["tickets"]))
    assert any(w.startswith("--by tickets: 9 different values for 4 places") and "numbers" in w
               for w in by_count.warnings)


def test_a_recent_interview_is_named_when_the_plan_does_not_leave_it_out() -> None:
    people = roster()
    for p in people:
        p.attributes["last_interviewed"] = "2026-03-10" if p.pid.startswith("L") else ""
    plan = plan_mix(people, MixOptions(size=8, as_of=TODAY))
    lapsed = [p.pid for p in plan.chosen if p.pid.startswith("L")]
    said = next(w for w in plan.warnings if "interviewed in the last year" in w)
    assert all(f"{pid} on 2026-03-10" in said for pid in lapsed)
    strict = plan_mix(people, MixOptions(size=8, as_of=TODAY, exclude_recent_days=90))
    assert not any("interviewed in the last year" in w for w in strict.warnings)


def test_months_in_a_duration_are_calendar_months() -> None:
    assert parse_days("6m", dt.date(2026, 11, 27)) == (dt.date(2026, 11, 27) - dt.date(2026, 5, 27)).days
    assert parse_days("1m", dt.date(2026, 3, 31)) == 31  # back to 28 February, the month's last day
    assert parse_days("1y", dt.date(2026, 6, 1)) == 365 and parse_days("2w", dt.date(2026, 6, 1)) == 14


def test_usage_read_from_the_columns_the_researcher_names() -> None:
    # a roster with the product's last login and one feature's last-opened date: the researcher
    # says which of them a study's "lapsed" means
    people = [Participant(pid="A", attributes={"last login": "2026-05-30", "reports last opened": "2026-01-10"}),
              Participant(pid="B", attributes={"last login": "2026-05-30", "reports last opened": "2026-05-29"})]
    _, feature = segment(people, MixOptions(as_of=TODAY, usage_from=["Reports last opened"]))
    _, product = segment(people, MixOptions(as_of=TODAY, usage_from=["last login"]))
    assert [p.segments["usage"] for p in feature] == ["lapsed", "frequent"]
    assert feature[0].usage_from.startswith("reports last opened: 2026-01-10")
    assert [p.segments["usage"] for p in product] == ["frequent", "frequent"]
    assert product[0].usage_from == "last login: 2026-05-30"
    with pytest.raises(InputError, match="--usage-from: no column 'exports last opened'"):
        segment(people, MixOptions(as_of=TODAY, usage_from=["exports last opened"]))


def test_a_duration_without_a_unit_is_refused_naming_the_units() -> None:
    # "2" could be two days or two months: neither is guessed
    with pytest.raises(InputError) as err:
        parse_days("2", dt.date(2026, 6, 1))
    assert "2d" in str(err.value) and "2m" in str(err.value)


def test_leaving_out_this_studys_own_interviews_points_at_keeping_them() -> None:
    # re-planning after two of the study's interviews: the recency rule names them as this
    # study's work and the option that keeps them; without the rule the advice is not to exclude them
    done = {"O0": dt.date(2026, 5, 28), "O1": dt.date(2026, 5, 29)}
    strict = plan_mix(roster(), MixOptions(size=6, as_of=TODAY, exclude_recent_days=60), done)
    why = dict(strict.excluded)
    assert why["O0"].startswith("interviewed in this study on 2026-05-28") and "--keep-interviewed" in why["O0"]
    loose = plan_mix(roster(), MixOptions(size=17, as_of=TODAY), done)
    said = " | ".join(loose.warnings)
    here = next(w for w in loose.warnings if "already interviewed in this study" in w)
    assert "O0" in here and "O1" in here and "--keep-interviewed" in here
    assert "--exclude-recent 90d" not in said  # their own study's interviews are nothing to exclude


def test_an_interview_in_another_study_counts_as_a_recent_one() -> None:
    elsewhere = {"F0": (dt.date(2026, 5, 27), "study loyalty")}
    strict = plan_mix(roster(), MixOptions(size=6, as_of=TODAY, exclude_recent_days=90), None, None, elsewhere)
    assert dict(strict.excluded)["F0"] == "interviewed on 2026-05-27 in study loyalty"
    assert not any(w.startswith("--exclude-recent left nobody out") for w in strict.warnings)
    loose = plan_mix(roster(), MixOptions(size=17, as_of=TODAY), None, None, elsewhere)
    assert any("F0 on 2026-05-27 in study loyalty" in w for w in loose.warnings)


def test_why_nobody_could_be_picked_leads_with_the_commonest_reason() -> None:
    people = roster()
    for p in people:
        p.attributes["research panel"] = "left" if p.pid != "F0" else "no"
    plan = plan_mix(people, MixOptions(size=5, as_of=TODAY))
    assert not plan.chosen
    text = nobody_left(plan.excluded)
    assert text.startswith(f"nobody could be picked: all {len(people)} people on the roster are left out")
    assert f"({len(people) - 1} people: " in text and "nothing was saved" in text


def test_people_left_out_anyway_are_not_named_for_a_missing_score() -> None:
    people = roster()  # N0 and N1 have no NPS; N1 is a test account the plan leaves out
    next(p for p in people if p.pid == "N1").attributes["account type"] = "Test account"
    plan = plan_mix(people, MixOptions(size=8, as_of=TODAY))
    assert "N1" in dict(plan.excluded)
    said = next(w for w in plan.warnings if "no sentiment value" in w)
    assert "N1" not in said and "N0" in said and "1 more left out anyway" in said


def test_a_planned_person_whose_segments_an_off_plan_interview_filled_is_optional_not_to_go() -> None:
    plan = plan_mix(roster(), MixOptions(size=4, as_of=TODAY))
    saved = _saved(plan)
    fan = next(p for p in plan.chosen if p.segments["usage"] == "frequent")
    twin = next(p.pid for p in roster() if p.pid.startswith("F") and p.pid not in {c.pid for c in plan.chosen})
    cov = coverage(roster(), {twin: TODAY}, MixOptions(), saved)  # the same kind of person, outside the plan
    rows = {(r.dimension, r.value): r for r in cov.rows}
    assert rows[("usage", "frequent")].chosen >= rows[("usage", "frequent")].target
    assert fan.pid in [p.pid for p in cov.covered] and fan.pid not in [p.pid for p in cov.waiting]
    assert "optional" in (cov.plan_line() or "")
    alone = coverage(roster(), {}, MixOptions(), saved)  # nobody interviewed: everyone is still to go
    assert not alone.covered and len(alone.waiting) == 4


def test_a_named_usage_column_with_a_stray_placeholder_or_typo() -> None:
    people = [Participant(pid=str(i), attributes={"last scooter ride": d}) for i, d in
              enumerate(["2026-05-30", "2026-01-02", "undefined", "2026-05-20", "2026-05-21", "2026-05-22",
                         "2026-05-23", "2026-05-24", "2026-05-25", "2026-05-26"])]
    _, persons = segment(people, MixOptions(as_of=TODAY, usage_from=["last scooter ride"]))
    assert [p.segments["usage"] for p in persons[:3]] == ["frequent", "lapsed", "unknown"]
    people.append(Participant(pid="typo", attributes={"last scooter ride": "2026-04-31"}))
    with pytest.raises(InputError, match="participant typo, column 'last scooter ride': '2026-04-31' is not a date: "
                                         "April 2026 has 30 days"):
        segment(people, MixOptions(as_of=TODAY, usage_from=["last scooter ride"]))


def test_a_named_date_column_never_used_is_said_by_its_own_name() -> None:
    people = [Participant(pid="A", attributes={"last e-bike ride": "2026-05-30", "e-bike unlocks 30d": "6"}),
              Participant(pid="B", attributes={"e-bike unlocks 30d": "0"})]
    _, persons = segment(people, MixOptions(as_of=TODAY, usage_from=["last e-bike ride", "e-bike unlocks 30d"]))
    assert persons[1].segments["usage"] == "never_activated"
    assert persons[1].usage_from == "e-bike unlocks 30d: 0; no last e-bike ride", persons[1].usage_from
    dims = columns_by_use([Participant(pid="C", attributes={"nps-score": "9"})])
    assert dims["NPS"] == ["nps-score"]


def test_someone_with_no_value_takes_a_place_only_when_no_known_person_is_left() -> None:
    # Leeds and Uber have one person between them: the other places go to London/Deliveroo
    # people, already at target, rather than to the two with neither column filled in
    people = ([Participant(pid="LU", attributes={"city": "Leeds", "platform": "Uber"})]
              + [Participant(pid=f"LD{i}", attributes={"city": "London", "platform": "Deliveroo"}) for i in range(5)]
              + [Participant(pid=f"X{i}", attributes={"city": "", "platform": ""}) for i in range(2)])
    for seed in range(12):
        plan = plan_mix(people, MixOptions(size=4, as_of=TODAY, seed=seed, by=["city", "platform"]))
        assert not [p.pid for p in plan.chosen if p.pid.startswith("X")], seed
    everyone = plan_mix(people, MixOptions(size=8, as_of=TODAY, by=["city", "platform"]))
    assert len(everyone.chosen) == 8  # and when nobody known is left, they do fill the places


def test_growing_a_plan_keeps_everyone_the_earlier_plan_invited() -> None:
    # two more places: the invitations already out stand, whatever the seeds of either plan
    for size in range(3, 9):
        for first_seed in range(6):
            first = plan_mix(roster(), MixOptions(size=size, as_of=TODAY, seed=first_seed))
            for seed in range(4):
                grown = plan_mix(roster(), MixOptions(size=size + 2, as_of=TODAY, seed=seed), previous=_saved(first))
                assert grown.dropped == [], (size, first_seed, seed)
                assert len(grown.added or []) == 2


def test_a_roster_balanced_on_named_columns_alone_gets_one_plain_line_not_advice() -> None:
    people = [Participant(pid=f"C{i}", attributes={"city": ("Leeds", "York")[i % 2], "app": ("A", "B", "C")[i % 3]})
              for i in range(12)]
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY, by=["city", "app"]))
    assert not any("usage" in w or "NPS" in w for w in plan.warnings), plan.warnings
    assert plan.notes == ["balancing on city, app only (no usage or NPS column in the roster)"]
    bare = plan_mix(people, MixOptions(size=6, as_of=TODAY))  # nothing named: the roster lacks what a plan reads
    assert any(w.startswith("usage segments could not be derived") for w in bare.warnings)


def test_usage_left_out_with_no_usage_is_said_so_not_blamed_on_the_roster() -> None:
    people = [Participant(pid=f"U{i}", attributes={"town": ("Pula", "Zadar")[i % 2], "logins 30d": str(i)})
              for i in range(10)]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY, by=["town"], balance_usage=False))
    assert plan.notes == ["balancing on town only (no NPS column in the roster; usage left out by --no-usage)"]


def test_a_column_typed_without_its_accents_or_mistyped_is_found_or_suggested() -> None:
    people = [Participant(pid=f"M{i}", attributes={"estado póliza": ("Activa", "Baja")[i % 2],
                                                   "which city do you mainly work in?": ("Lyon", "Lille")[i % 2]})
              for i in range(6)]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY, by=["Estado  Poliza"]))
    assert "estado póliza" in plan.dimensions and plan.options.by == ["estado póliza"]
    with pytest.raises(InputError) as err:
        plan_mix(people, MixOptions(size=4, as_of=TODAY, by=["which city do you mostly work in?"]))
    assert "did you mean 'which city do you mainly work in?'" in err.value.detail
    with pytest.raises(InputError) as err:
        plan_mix(people, MixOptions(size=4, as_of=TODAY, by=["shoe size"]))
    assert "did you mean" not in err.value.detail and "columns: estado póliza" in err.value.detail


def test_a_survey_question_number_for_a_column_says_the_question_names_it() -> None:
    people = [Participant(pid=f"M{i}", attributes={"estado póliza": ("Activa", "Baja")[i % 2],
                                                   "¿con qué frecuencia viaja?": ("Mucho", "Poco")[i % 2]})
              for i in range(6)]
    for typed in ("Q2", "q14_TEXT", "QID7"):
        with pytest.raises(InputError) as err:
            plan_mix(people, MixOptions(size=4, as_of=TODAY, by=[typed]))
        assert f"no column {typed!r}" in err.value.detail and "named by the question" not in err.value.detail
        assert "the import names that column by the question asked" in err.value.detail, err.value.detail
        assert "(questions: '¿con qué frecuencia viaja?')" in err.value.detail, err.value.detail


def test_a_mistyped_column_gets_the_columns_that_mean_the_same_too() -> None:
    # "Company size" is spelled like "company name", but means the size band or the headcount
    people = [Participant(pid=f"M{i}", attributes={"company name": f"Shop {i}", "size band": ("1-10", "11-50")[i % 2],
                                                   "number of employees": str(4 + i), "staff notes": "",
                                                   "region": "North"}) for i in range(6)]
    with pytest.raises(InputError) as err:
        plan_mix(people, MixOptions(size=4, as_of=TODAY, by=["Company size"]))
    assert "'size band'" in err.value.detail and "'number of employees'" in err.value.detail
    assert "staff notes" not in err.value.detail and "'region'" not in err.value.detail
    with pytest.raises(InputError, match="did you mean 'region'"):
        plan_mix(people, MixOptions(size=4, as_of=TODAY, by=["Country"]))


def test_a_named_count_over_a_year_is_read_as_use() -> None:
    # a council's permits: renewed online over a year, and when last renewed
    people = [Participant(pid="A", attributes={"online renewals (12 months)": "2", "last permit renewal": "2026-04-01"}),
              Participant(pid="B", attributes={"online renewals (12 months)": "0"})]
    _, persons = segment(people, MixOptions(as_of=TODAY, usage_from=["online renewals (12 months)",
                                                                     "last permit renewal"]))
    assert [p.segments["usage"] for p in persons] == ["occasional", "never_activated"]
    assert persons[1].usage_from == "online renewals (12 months): 0; no last permit renewal"


def test_a_do_not_ask_on_either_row_of_one_person_leaves_the_person_out() -> None:
    # two records of one person (the same email): the opt-out was logged on the record that is
    # not kept, and an old record's "Duplicate" mark is the row's own, not the person's
    people = [Participant(pid="R1", email="kai@firm.test",
                          attributes={"sessions_30d": "12", "research panel": "Opted In"}),
              Participant(pid="R2", email="kai@firm.test",
                          attributes={"sessions_30d": "1", "research panel": "Opted Out"}),
              Participant(pid="R3", email="liv@firm.test", attributes={"sessions_30d": "12"}),
              Participant(pid="R4", email="liv@firm.test", attributes={"sessions_30d": "1", "status": "Duplicate"}),
              Participant(pid="R5", email="max@firm.test", attributes={"sessions_30d": "4"})]
    plan = plan_mix(people, MixOptions(size=5, as_of=dt.date(2026, 6, 1)))
    left = dict(plan.excluded)
    assert {p.pid for p in plan.chosen} == {"R3", "R5"}
    assert left["R1"] == "opted out of research (research panel: Opted Out) on their other row R2 (the same email)"
    assert left["R2"] == "opted out of research (research panel: Opted Out)"
    assert left["R4"] == "the same email as R3: one person on two rows"


def test_a_mix_on_tags_weighs_people_by_a_tag_they_carry() -> None:
    # wholesale buyers are tagged; ":0" leaves them out, as for any column (so none of them is eligible)
    people = [Participant(pid=f"T{i}", tags=(["Wholesale", "vip"] if i <= 3 else ["vip"] if i <= 6 else []),
                          attributes={"sessions_30d": "5"}) for i in range(1, 11)]
    plan = plan_mix(people, MixOptions(size=5, as_of=dt.date(2026, 6, 1), weights={"tags": {"wholesale": 0}}))
    assert not {"T1", "T2", "T3"} & {p.pid for p in plan.chosen} and len(plan.chosen) == 5
    assert dict(plan.excluded)["T1"] == "--mix tags=wholesale:0"
    rows = {c.value: (c.eligible, c.target) for c in plan.coverage if c.dimension == "tags"}
    assert rows == {"Wholesale": (0, 0.0), "(other)": (7, 5.0)}
    with pytest.raises(InputError, match="nobody is tagged 'wholsale'; did you mean 'Wholesale'"):
        plan_mix(people, MixOptions(size=5, weights={"tags": {"wholsale": 0}}))
    # several tags each: nothing to balance on, said with the way that works
    with pytest.raises(InputError, match='--mix "tags=wholesale:0"'):
        plan_mix(people, MixOptions(size=5, by=["Tags"]))


def test_someone_with_no_nps_takes_a_place_only_when_nobody_with_one_fits() -> None:
    # four places over three NPS groups: one group must get two, and someone with no score
    # would dodge that excess; a known person fills it while one is left, the unknown only after
    def person(pid: str, nps: str) -> Participant:
        return Participant(pid=pid, attributes={"sessions_per_month": "10", "last_active": "2026-05-30", "nps": nps})

    known = [person(f"K{g}{i}", nps) for g, nps in enumerate(("10", "7", "2")) for i in range(3)]
    for seed in range(10):
        plan = plan_mix([*known, person("BLANK", "")], MixOptions(size=4, as_of=TODAY, seed=seed))
        assert "BLANK" not in {p.pid for p in plan.chosen}, seed
        assert not any("chosen are among them" in w for w in plan.warnings), plan.warnings
        row = next(r for r in plan.coverage if r.dimension == "sentiment" and r.value == "unknown")
        assert row.chosen == 0
    few = plan_mix([known[0], known[3], known[6], person("BLANK", "")],
                   MixOptions(size=4, as_of=TODAY, seed=1))
    assert "BLANK" in {p.pid for p in few.chosen}  # nobody known left: the place is still filled


def test_a_segment_nobody_left_can_fill_is_no_place_for_someone_of_unknown_usage() -> None:
    # three usage groups of 2 each, but only one occasional user: that place goes to a frequent or a
    # lapsed user who fits as well, not to the row whose usage the roster does not give
    def person(pid: str, runs: str, size: str) -> Participant:
        return Participant(pid=pid, attributes={"invoices (last 30 days)": runs, "size band": size})

    people = [person(f"F{i}", "9", ("1-10", "11-50")[i % 2]) for i in range(6)]
    people += [person("O1", "2", "1-10")] + [person(f"L{i}", "0", ("1-10", "11-50")[i % 2]) for i in range(4)]
    people += [person("BLANK", "", "11-50")]
    for seed in range(8):
        for weights in ({}, {"usage": {"lapsed": 2}}):
            plan = plan_mix(people, MixOptions(size=6, by=["size band"], as_of=TODAY, seed=seed, weights=weights))
            assert "BLANK" not in {p.pid for p in plan.chosen}, (seed, weights)
            assert "O1" in {p.pid for p in plan.chosen}


def test_a_never_activated_user_without_an_nps_still_fills_their_usage_place() -> None:
    plan = plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=2))
    usage = Counter(p.segments["usage"] for p in plan.chosen)
    assert usage["never_activated"] == 1, usage


def test_a_segment_given_more_than_its_printed_target_is_named() -> None:
    # the red and yellow clients sit in two shops each: one person per shop (the shop balance)
    # leaves red and yellow two each, so green takes a fourth place for a target of 2–3
    people = ([Participant(pid=f"G{i}", attributes={"tier": "green", "shop": f"S{i}"}) for i in range(6)]
              + [Participant(pid=f"{t}{i}", attributes={"tier": tier, "shop": f"{t}-shop{i % 2}"})
                 for t, tier in (("R", "red"), ("Y", "yellow")) for i in range(4)])
    plan = plan_mix(people, MixOptions(size=8, by=["tier", "shop"], as_of=TODAY, seed=0))
    tiers = Counter(p.segments["tier"] for p in plan.chosen)
    assert tiers == {"green": 4, "red": 2, "yellow": 2}, tiers
    over = [w for w in plan.warnings if w.startswith("tier = green")]
    assert over == ["tier = green: 4 chosen for a target of 2–3 (balancing the other segments put more here "
                    "while tier = red and tier = yellow got 2; swap people by hand to change it)"], plan.warnings
    # a short segment's warning already names where its places went: said once, not twice
    short = plan_mix(people[:7], MixOptions(size=4, by=["tier"], as_of=TODAY, seed=0))
    assert "tier = red: 1 chosen for a target of 2 (only 1 eligible; tier = green got 3 for a target of 2)" \
        in short.warnings and not any("put more here" in w for w in short.warnings), short.warnings


def test_a_declined_answer_in_a_by_column_is_said_as_declined_not_as_no_value() -> None:
    # forms write the same refusal many ways: none is a segment to balance on, and none is missing
    answers = ["Prefer not to say", "Prefer not to answer", "I'd rather not say", "Decline to state"]
    people = ([Participant(pid=f"W{i}", attributes={"gender": "Woman"}) for i in range(3)]
              + [Participant(pid=f"M{i}", attributes={"gender": "Man"}) for i in range(3)]
              + [Participant(pid=f"D{i}", attributes={"gender": a}) for i, a in enumerate(answers)]
              + [Participant(pid="B0", attributes={"gender": ""})])
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY, by=["gender"]))
    assert {r.value for r in plan.coverage} == {"Man", "Woman", "unknown"}
    assert not [p.pid for p in plan.chosen if p.pid[0] in "DB"]
    said = [w for w in plan.warnings if "gender" in w]
    assert said == [
        "1 person who can be asked has no gender value in the roster: B0",
        "4 people who can be asked answered 'Prefer not to say', 'Prefer not to answer', 'I'd rather not say' or "
        "'Decline to state' for gender (an answer, but not a value to balance on: they take a place only when "
        "nobody with a gender value is left): D0, D1, D2, D3"], said


def test_a_replan_says_why_each_person_left_the_plan_and_what_to_do_about_it() -> None:
    first = plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=1, exclude_recent_days=180))
    gone = [p.pid for p in first.chosen]
    since = roster()
    for p in since:
        if p.pid == gone[0]:
            p.attributes["notes"] = "please do not contact me again"
        elif p.pid == gone[1]:
            p.attributes["research opt-in"] = "no"
        elif p.pid == gone[2]:
            p.attributes["last interviewed"] = "2026-04-20"
        elif p.pid == gone[3]:
            p.attributes["account status"] = "account deleted"
    again = plan_mix(since, MixOptions(size=4, as_of=TODAY, seed=1, exclude_recent_days=180), previous=_saved(first))
    why = again.dropped_why
    assert set(why) == set(gone[:4]), why
    assert why[gone[0]].startswith("left out: the roster's note says so") and why[gone[0]].endswith(
        "do not write to them again")
    assert why[gone[1]].startswith("left out: said no to research contact") and why[gone[1]].endswith(
        "do not write to them again")
    assert why[gone[2]] == "left out: interviewed on 2026-04-20; tell them if invited"
    # (an account deleted at their request: no invitation either)
    assert why[gone[3]].startswith("left out: account deleted") and why[gone[3]].endswith("do not write to them again")
    assert not any("not interviewed yet" in w for w in why.values())
    smaller = plan_mix(roster(), MixOptions(size=3, as_of=TODAY, seed=1), previous=_saved(first))
    assert list(smaller.dropped_why.values()) == ["no longer needed in a smaller plan, not interviewed yet; "
                                                  "tell them if invited"]


def test_at_most_caps_the_people_taken_from_one_account() -> None:
    # all gold clients are at one account: balancing gold against silver would take three of them
    people = ([Participant(pid=f"A{i}", attributes={"tier": "gold", "account": "Acme Ltd"}) for i in range(6)]
              + [Participant(pid=f"{a}{i}", attributes={"tier": "silver", "account": f"{a} plc"})
                 for a in "BCD" for i in range(2)])
    greedy = [Counter(p.pid[0] for p in plan_mix(people, MixOptions(size=6, by=["tier"], as_of=TODAY, seed=s)).chosen)
              for s in range(8)]
    assert all(c["A"] == 3 for c in greedy)  # without the cap
    for seed in range(8):
        plan = plan_mix(people, MixOptions(size=6, by=["tier"], as_of=TODAY, seed=seed, at_most={"Account": 2}))
        taken = Counter(p.pid[0] for p in plan.chosen)
        assert len(plan.chosen) == 6 and taken["A"] == 2, (seed, taken)
        note = next(n for n in plan.notes if n.startswith("at most 2 per account, as asked ("))
        assert "Acme Ltd" in note, note
    tight = plan_mix(people, MixOptions(size=6, as_of=TODAY, at_most={"account": 1}))
    assert len(tight.chosen) == 4
    assert "only 4 chosen for 6 places: everyone else who can be asked would go past --at-most account=1" \
        in tight.warnings, tight.warnings


def test_at_most_is_refused_when_it_names_no_column_or_no_number() -> None:
    people = [Participant(pid="A1", attributes={"account": "Acme"})]
    with pytest.raises(InputError, match="did you mean 'account'"):
        plan_mix(people, MixOptions(size=1, at_most={"acount": 2}))
    for spec, needle in (("account=two", "a whole number"), ("account", "COLUMN=NUMBER"), ("account=0", "at least 1")):
        with pytest.raises(InputError, match=needle):
            parse_caps([spec])
    assert parse_caps(["Account Name=2", "region = 3"]) == {"Account Name": 2, "region": 3}


def test_of_two_rows_of_one_person_the_row_with_a_recent_order_is_kept() -> None:
    today = dt.date(2026, 6, 1)
    people = [Participant(pid="old", email="sam@example.org", attributes={"city": "Porto"}),
              Participant(pid="shop", email="sam@example.org", attributes={"last_order": "2026-05-30"})]
    plan = plan_mix(people, MixOptions(size=1, as_of=today))
    assert [p.pid for p in plan.chosen] == ["shop"] and plan.chosen[0].segments["usage"] == "active"
    assert dict(plan.excluded)["old"].startswith("the same email as shop")


def test_a_value_weighted_zero_is_left_out_and_the_plan_comes_up_short_rather_than_take_it() -> None:
    # teachers only: four teachers for six places, the students and admins never topped up with
    people = ([Participant(pid=f"T{i}", attributes={"sessions_30d": "5", "role": "Teacher"}) for i in range(4)]
              + [Participant(pid=f"S{i}", attributes={"sessions_30d": "5", "role": "Student"}) for i in range(5)]
              + [Participant(pid=f"A{i}", attributes={"sessions_30d": "5", "role": "District Admin"}) for i in range(2)])
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY,
                                       weights=parse_weights(["role=student:0,district admin:0"])))
    assert sorted(p.pid for p in plan.chosen) == ["T0", "T1", "T2", "T3"]
    left = dict(plan.excluded)
    assert left["S0"] == "--mix role=Student:0" and left["A1"] == '--mix "role=District Admin:0"'
    # a mistyped value weighted zero is still refused, naming the values there are
    with pytest.raises(InputError, match="no value 'studnet'.*Student"):
        plan_mix(people, MixOptions(size=6, as_of=TODAY, weights=parse_weights(["role=studnet:0"])))


def test_one_phone_number_under_one_name_is_one_person_and_under_two_names_is_named() -> None:
    # a phone-only roster from a field form: the same woman sent twice, her number written two ways
    # and her name abbreviated; a household's phone shared by two sisters is two people
    def row(pid: str, name: str, phone: str, **extra: str) -> Participant:
        return Participant(pid=pid, attributes={"datos/nombre": name, "datos/telefono": phone,
                                                "sessions_30d": "5", **extra})
    people = [row("F1", "Rosa María Pérez Díaz", "222 314 5566"),
              row("F2", "Ma. Rosa Perez Diaz", "+522223145566", comentarios="se envió dos veces"),
              row("F3", "Inés Cruz Vega", "2227001122"), row("F4", "Inés Cruz Vega", "222 700 1122"),
              row("F5", "Lucía Mora Ruiz", "222 888 0011"), row("F6", "Julia Mora Ruiz", "2228880011"),
              row("F7", "Ana Sol", "222 123 9999")]
    plan = plan_mix(people, MixOptions(size=7, as_of=TODAY))
    left = dict(plan.excluded)
    assert left == {"F2": "the same phone number as F1: one person on two rows",
                    "F4": "the same phone number as F3: one person on two rows"}
    said = [w for w in plan.warnings if "share a phone number" in w]
    assert len(said) == 1 and "F5 and F6" in said[0]
    # a do-not-ask on either row is the person's, as with one email
    people[1].attributes["comentarios"] = "Ya no me llamen por favor"
    left = dict(plan_mix(people, MixOptions(size=7, as_of=TODAY)).excluded)
    assert left["F1"].endswith("on their other row F2 (the same phone number)")


def test_the_chosen_whose_email_bounced_are_named_not_left_out() -> None:
    people = [Participant(pid="B1", attributes={"sessions_30d": "5", "Hard bounced": "true"}),
              Participant(pid="B2", attributes={"sessions_30d": "5", "Email status": "Bounced"}),
              Participant(pid="B3", attributes={"sessions_30d": "5", "Hard bounced": "false"}),
              Participant(pid="B4", attributes={"sessions_30d": "5", "Email hard bounce reason": "550 mailbox unavailable"}),
              Participant(pid="B5", attributes={"sessions_30d": "5", "Marketing email bounced": "yes"})]
    plan = plan_mix(people, MixOptions(size=5, as_of=TODAY))
    assert not plan.excluded and len(plan.chosen) == 5
    said = [w for w in plan.warnings if "bounced" in w]
    assert len(said) == 1 and said[0].startswith("3 of the 5 chosen have email addresses that bounced")
    assert "B1 (Hard bounced: true)" in said[0] and "B2" in said[0] and "B4" in said[0]
    assert "B3" not in said[0] and "B5" not in said[0]


def test_one_name_and_date_of_birth_on_two_records_is_one_person_and_a_no_on_either_leaves_them_out() -> None:
    # a clinic's export with no email or phone: one patient under two record numbers (an old
    # record, written without accents, says no to research); twins share a birthday, not a name,
    # and two people of one name are told apart by their birthdays
    def row(pid: str, name: str, dob: str, ok: str = "Y", visits: str = "4") -> Participant:
        return Participant(pid=pid, name=name, attributes={"date of birth": dob, "research_ok": ok,
                                                           "visits_90d": visits})
    people = [row("M1", "Ibáñez, Lucía Inés", "07/03/1962"),
              row("M2", "Lucia Ines Ibanez", "7/3/1962", ok="N", visits="0"),
              row("M3", "Okafor, Chidi", "11/30/1990"), row("M4", "Okafor, Chima", "11/30/1990"),
              row("M5", "Brandt, Ola", "01/05/1970"), row("M6", "Brandt, Ola", "05/09/1981"),
              row("M7", "Sato, Ken", "02/14/1975"), row("M8", "Sato, Ken", "02/14/1975", visits="0")]
    plan = plan_mix(people, MixOptions(size=8, as_of=TODAY))
    left = dict(plan.excluded)
    assert left["M1"].startswith("opted out of research") or "research_ok" in left["M1"], left
    assert left["M1"].endswith("on their other row M2 (the same name and date of birth)"), left
    assert left["M8"] == "the same name and date of birth as M7: one person on two rows"
    assert {"M3", "M4", "M5", "M6", "M7"} <= {p.pid for p in plan.chosen}


def test_rows_of_one_customer_id_are_one_person_unless_their_addresses_or_names_differ() -> None:
    # a row per subscription with no address: the customer's opt-out on a cancelled row is theirs;
    # a B2B export's account id shared by two colleagues of other addresses is two people
    def row(pid: str, customer: str, status: str, note: str = "", email: str | None = None,
            name: str | None = None) -> Participant:
        return Participant(pid=pid, email=email, name=name, attributes={
            "customer_id": customer, "status": status, "notes": note})
    people = [row("S1", "C-1", "CANCELLED", "Please do not contact me again"), row("S2", "C-1", "ACTIVE"),
              row("S3", "C-2", "ACTIVE"), row("S4", "C-2", "CANCELLED"),
              row("S5", "A-9", "ACTIVE", email="kim@firm.example"), row("S6", "A-9", "ACTIVE", email="lou@firm.example"),
              row("S7", "A-8", "ACTIVE", name="Noor Haddad"), row("S8", "A-8", "ACTIVE", name="Sami Haddad")]
    left = dict(plan_mix(people, MixOptions(size=8, as_of=TODAY)).excluded)
    assert left["S2"].endswith("on their other row S1 (the same customer_id)"), left
    assert left["S4"] == "the same customer_id as S3: one person on two rows"
    assert not {"S3", "S5", "S6", "S7", "S8"} & set(left)


def test_a_value_weighted_zero_is_named_as_the_roster_writes_it() -> None:
    # typed loosely on a terminal; said back as the roster has it, brackets and all
    people = ([Participant(pid=f"B{i}", attributes={"sessions_30d": "5", "segment": "Bakery (wholesale)"})
               for i in range(2)]
              + [Participant(pid=f"C{i}", attributes={"sessions_30d": "5", "segment": "Cafe"}) for i in range(3)])
    plan = plan_mix(people, MixOptions(size=3, as_of=TODAY, weights=parse_weights(["Segment=bakery (Wholesale):0"])))
    assert dict(plan.excluded)["B0"] == '--mix "segment=Bakery (wholesale):0"'


def test_a_mix_on_a_flag_column_reads_its_blanks_as_everyone_else() -> None:
    # a column that marks a few ("priority: X") and is blank for the rest: weighed zero it only
    # leaves the marked out (no column to balance, no one "of unknown value", no invented reason);
    # weighed two it asks for two of them and the other places go to the rest
    people = roster()
    for p in people[:3]:
        p.attributes["priority"] = "X"
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY, weights={"priority": {"x": 0}}))
    assert "priority" not in plan.dimensions and not {"F0", "F1", "F2"} & {p.pid for p in plan.chosen}
    assert dict(plan.excluded)["F0"] == "--mix priority=X:0"
    assert not any("priority" in w for w in plan.warnings), plan.warnings
    two = plan_mix(people, MixOptions(size=6, as_of=TODAY, weights={"priority": {"x": 2}}))
    assert Counter(p.segments["priority"] for p in two.chosen) == {"X": 2, "(other)": 4}
    assert not any("no priority value" in w for w in two.warnings), two.warnings
    # a value weighed zero in a column of many values: left out as asked, and a segment emptied by it
    # (the lapsed users are all on pro) is said to be so, not for reasons it lacks
    plans = plan_mix(people, MixOptions(size=6, as_of=TODAY, weights={"plan": {"pro": 0}}))
    assert "all lapsed or churned users are left out (--mix plan=pro:0)" in plans.warnings
    assert not any("all pro" in w or "interviewed recently" in w for w in plans.warnings), plans.warnings
    assert "plan" not in plans.dimensions  # only leaving a value out balances nothing of the column


def test_a_column_mixed_only_to_leave_a_value_out_is_not_balanced_and_keeps_other_targets() -> None:
    # a library's members: five with a current card, five whose card expired; the "reason closed" is
    # blank for current ones. Leaving out one reason must not make the blanks a segment to avoid,
    # nor balance the other reasons against each other
    people = ([Participant(pid=f"C{i}", attributes={"sessions_30d": "5", "card": "current"}) for i in range(5)]
              + [Participant(pid=f"X{i}", attributes={"sessions_30d": "5", "card": "expired",
                                                        "reason closed": reason})
                 for i, reason in enumerate(["Moved away", "Moved away", "Fees", "Fees", "Fees", "Moved away",
                                             "Other library"])])
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY, seed=2, weights=parse_weights(
        ["card=current:3,expired:3", "reason closed=moved away:0"])))
    chosen = Counter(p.pid[0] for p in plan.chosen)
    assert chosen == {"C": 3, "X": 3}, plan.chosen
    assert "reason closed" not in plan.dimensions
    left = dict(plan.excluded)
    assert left["X0"] == '--mix "reason closed=Moved away:0"' and "X2" not in left
    assert not [w for w in plan.warnings if "reason closed" in w], plan.warnings
    # a value it does not hold is still refused, naming those it does
    with pytest.raises(InputError, match="no value 'moved'.*Fees, Moved away, Other library"):
        plan_mix(people, MixOptions(size=6, as_of=TODAY, weights=parse_weights(["reason closed=moved:0"])))


def test_a_named_usage_column_that_decided_nobodys_usage_is_said() -> None:
    # a score with no period and no sign-up date to count it from: the dates alone made the split
    rows = [{"engagement pts": "30", "seen": "2026-05-30"}, {"engagement pts": "1", "seen": "2026-05-20"},
            {"engagement pts": "2", "seen": "2026-01-02"}, {"engagement pts": "12", "seen": "2026-05-29"}]
    people = [Participant(pid=f"E{i}", attributes=r) for i, r in enumerate(rows)]
    plan = plan_mix(people, MixOptions(size=2, as_of=dt.date(2026, 6, 1), usage_from=["engagement pts", "seen"]))
    said = [w for w in plan.warnings if w.startswith("--usage-from 'engagement pts' decided nobody's usage")]
    assert said and "no sign-up date" in said[0]
    plan = plan_mix(people, MixOptions(size=2, as_of=dt.date(2026, 6, 1), usage_from=["seen"]))
    assert not any(w.startswith("--usage-from") for w in plan.warnings)


def test_coverage_names_a_planned_person_whose_row_now_says_not_to_ask() -> None:
    plan = plan_mix(roster(), MixOptions(size=4, as_of=TODAY))
    saved = _saved(plan)
    done, withdrawn, *_ = [p.pid for p in plan.chosen]
    people = roster()
    for p in people:  # a re-import after the plan: two of the planned now say no to research
        if p.pid in (done, withdrawn):
            p.attributes["toestemming vervolgonderzoek"] = "Nee"
    cov = coverage(people, {done: TODAY}, MixOptions(size=99), saved)
    said = [w for w in cov.warnings if "now left out by the roster" in w]
    assert len(said) == 1 and f"{withdrawn} (said no to research contact" in said[0], cov.warnings
    assert done not in said[0]  # interviewed already: nothing to stop


def test_coverage_names_a_planned_person_whose_new_note_it_cannot_read() -> None:
    plan = plan_mix(roster(), MixOptions(size=4, as_of=TODAY))
    saved = _saved(plan)
    done, noted, *_ = [p.pid for p in plan.chosen]
    people = roster()
    for p in people:  # a re-import after the plan adds notes no rule reads (Thai)
        if p.pid in (done, noted):
            p.attributes["notes"] = "บ่นเรื่องค่าธรรมเนียมแพงเกินไป"
    cov = coverage(people, {done: TODAY}, MixOptions(size=99), saved)
    said = [w for w in cov.warnings if "no rule of the plan read" in w]
    assert len(said) == 1 and said[0].startswith(f"1 of the plan's people not interviewed yet has a note no rule of "
                                                 f"the plan read (in a language it does not read, or one no rule "
                                                 f"matched): {noted} (notes: ")
    assert done not in said[0]  # interviewed already
    assert not [w for w in coverage(roster(), {done: TODAY}, MixOptions(size=99), saved).warnings
                if "no rule of the plan read" in w]


def test_exclude_recent_with_nothing_to_read_does_not_claim_nobody_was_interviewed() -> None:
    people = roster()
    people[0].attributes["notes"] = "sprak ons in de pilot van oktober"  # an interview, but no day to read
    quiet = plan_mix(people, MixOptions(size=4, as_of=TODAY, exclude_recent_days=90))
    said = next(w for w in quiet.warnings if w.startswith("--exclude-recent left nobody out"))
    assert "no note it could read gives an earlier interview's day" in said and "'Last interviewed'" in said
    # a note with the day, in Dutch, is read: nobody is said to be unread
    people[0].attributes["notes"] = f"Geïnterviewd {TODAY - dt.timedelta(days=20):%d-%m-%Y} (pilot)"
    strict = plan_mix(people, MixOptions(size=4, as_of=TODAY, exclude_recent_days=90))
    assert not any(w.startswith("--exclude-recent left nobody out") for w in strict.warnings)
    assert people[0].pid in dict(strict.excluded)


def test_people_named_with_leave_out_are_left_out_and_stay_out_until_a_fresh_plan() -> None:
    earlier = _saved(plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=2)))
    gone = earlier.members[1].pid
    # typed in another case: the roster's id is theirs
    plan = plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=2, leave_out=[gone.lower()]), previous=earlier)
    assert gone not in {p.pid for p in plan.chosen} and len(plan.chosen) == 4
    assert (gone, "named with --leave-out (declined, no answer, or not right for the study)") in plan.excluded
    assert plan.dropped_why[gone] == "left out with --leave-out"
    # the others of the saved plan are kept: only the place given back is filled anew
    assert {m.pid for m in earlier.members} - {gone} <= {p.pid for p in plan.chosen}
    # planned again without naming them: still out, and said
    again = plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=2), previous=_saved(plan))
    assert gone not in {p.pid for p in again.chosen}
    assert any(f"still left out, as named with --leave-out for the saved plan: {gone}" in n for n in again.notes)
    # --fresh starts over: neither the leave-out nor the saved plan's people are kept first
    fresh = plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=7, fresh=True), previous=_saved(plan))
    assert not any("--leave-out" in why for _, why in fresh.excluded)
    assert {p.pid for p in fresh.chosen} == {p.pid for p in plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=7)).chosen}


def test_an_id_to_leave_out_that_is_not_in_the_roster_is_refused_with_the_nearest() -> None:
    with pytest.raises(InputError, match=r"--leave-out: no participant 'F77' in the roster; did you mean F7"):
        plan_mix(roster(), MixOptions(size=4, as_of=TODAY, leave_out=["F77"]))


def test_a_value_of_another_column_given_to_leave_out_names_that_column_and_the_persons_id() -> None:
    # the account number the team looks people up by, where the ids come from another column
    people = [Participant(pid=f"K{i}", attributes={"account no": f"5100{i}", "sessions_30d": "4"}) for i in range(5)]
    with pytest.raises(InputError, match=r"--leave-out: '51003' is in column 'account no' of participant 'K3', not an id"):
        plan_mix(people, MixOptions(size=3, as_of=TODAY, leave_out=["51003"]))


def test_none_in_a_column_the_researcher_balances_on_is_a_value_of_its_own() -> None:
    # a microfinance roster: "none" is a member who never borrowed, a group of its own under
    # --by or --mix, while in a notes column it still reads as nothing written
    people = [Participant(pid=f"M{i}", attributes={
        "sessions_per_month": "6", "last_active": "2026-05-28",
        "loan": ("none", "none", "none", "active", "repaid", "defaulted", "defaulted", "defaulted")[i],
        "notes": "none"}) for i in range(8)]
    _, persons = segment(people, MixOptions(size=4, as_of=TODAY, by=["loan"]))
    assert Counter(p.segments["loan"] for p in persons) == {"none": 3, "defaulted": 3, "active": 1, "repaid": 1}
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY, weights=parse_weights(["loan=defaulted:3"])))
    assert Counter(p.segments["loan"] for p in plan.chosen)["none"] >= 1
    assert not any("no loan value" in w for w in plan.warnings), plan.warnings
    # a value weighed zero that is "none" leaves those people out
    plan = plan_mix(people, MixOptions(size=5, as_of=TODAY, weights=parse_weights(["loan=none:0"])))
    assert not {"M0", "M1", "M2"} & {p.pid for p in plan.chosen}


def test_a_value_of_a_column_balanced_on_is_shown_as_written_not_as_a_usage_group() -> None:
    assert segment_label("loan_status", "active") == "active"
    assert segment_label("usage", "active") == "active users (how often not known)"
    assert segment_label("sentiment", "promoter") == "promoters"


@pytest.mark.parametrize("signup", ["joined_on", "created_at", "signup_date", "Registered at"])
def test_a_sign_up_date_named_in_usage_from_is_read_as_the_sign_up_not_the_last_use(signup: str) -> None:
    # a tool-lending library: top-ups counted over 90 days, and when each member joined
    people = [Participant(pid=pid, attributes={"last_borrowed": last, "borrows_90d": n, signup.lower(): joined})
              for pid, last, n, joined in (("T1", "2026-05-29", "14", "2023-02-01"),
                                           ("T2", "", "0", "2026-05-27"),
                                           ("T3", "2025-10-02", "0", "2022-08-15"))]
    _, persons = segment(people, MixOptions(as_of=TODAY, usage_from=["last_borrowed", "borrows_90d", signup]))
    usage = {p.pid: p.segments["usage"] for p in persons}
    # a years-old sign-up is no last use: the frequent borrower stays frequent, a member of last week
    # who has not borrowed yet never activated
    assert usage == {"T1": "frequent", "T2": "never_activated", "T3": "lapsed"}
    with pytest.raises(InputError, match=rf"--usage-from '{signup.lower()}': a sign-up date says when someone joined"):
        segment(people, MixOptions(as_of=TODAY, usage_from=[signup]))


def test_exclude_recent_does_not_say_it_left_nobody_out_after_leaving_out_someone_interviewed_here() -> None:
    # interviewed in this study from notes that give no day: left out by the recency rule all the same
    people = roster()
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY, exclude_recent_days=90),
                    last_interviews={people[0].pid: None})
    assert people[0].pid in dict(plan.excluded)
    assert not any(w.startswith("--exclude-recent left nobody out") for w in plan.warnings)


def test_a_second_column_in_one_mix_is_refused_saying_to_repeat_mix() -> None:
    people = [Participant(pid=f"P{i}", attributes={"sessions_30d": "5", "consent": "Yes" if i % 2 else "No",
                                                   "status": "Active"}) for i in range(6)]
    with pytest.raises(InputError, match=r"no value 'status=blocked'.*repeat --mix"):
        plan_mix(people, MixOptions(size=3, as_of=TODAY, weights=parse_weights(["consent=no:0,status=blocked:0"])))
    # a plain mistyped value says nothing of it
    with pytest.raises(InputError) as refused:
        plan_mix(people, MixOptions(size=3, as_of=TODAY, weights=parse_weights(["consent=nope:0"])))
    assert "repeat --mix" not in str(refused.value)


def test_re_planning_keeps_the_saved_plans_people_already_interviewed_within_its_size() -> None:
    first = plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=2))
    done_pid, swapped = first.chosen[0].pid, first.chosen[1].pid
    outside = next(p.pid for p in roster() if p.pid not in {m.pid for m in first.chosen})
    done = {done_pid: dt.date(2026, 5, 28), outside: dt.date(2026, 5, 29)}
    # swapping one person out mid-study, with the recency rule on, as a researcher re-plans
    again = plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=2, exclude_recent_days=90, leave_out=[swapped]),
                     done, previous=_saved(first))
    pids = [p.pid for p in again.chosen]
    assert len(pids) == 4 and pids[0] == done_pid and swapped not in pids
    assert outside not in pids  # an interview outside the plan is not pulled into it
    assert done_pid not in {p.pid for p in again.dropped or []}
    note = next(n for n in again.notes if "of the saved plan already interviewed" in n)
    assert done_pid in note and "--fresh" in note
    assert not any("already interviewed in this study" in w for w in again.warnings)
    # --fresh starts over: the recency rule then applies to them too
    fresh = plan_mix(roster(), MixOptions(size=4, as_of=TODAY, seed=2, exclude_recent_days=90, fresh=True),
                     done, previous=_saved(first))
    assert done_pid not in {p.pid for p in fresh.chosen}


def test_a_mix_value_asked_for_that_nobody_is_in_is_named_not_dropped() -> None:
    # a roster of last order dates alone: active users, frequent and occasional not told apart
    people = [Participant(pid=f"A{i}", attributes={"last order date": "2026-05-2" + str(i)}) for i in range(6)] \
        + [Participant(pid=f"L{i}", attributes={"last order date": "2025-10-0" + str(i + 1)}) for i in range(4)]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY, weights={"usage": {"frequent": 2, "lapsed": 2}}))
    said = [w for w in plan.warnings if w.startswith("--mix usage=frequent")]
    assert said == ["--mix usage=frequent:2 got no places: no frequent users on the roster (how often the 6 "
                    "active users come is not known), so its places went to the other segments"], plan.warnings
    # a value asked for that is there is no news
    assert not any(w.startswith("--mix usage=lapsed") for w in plan.warnings)


def test_nps_targets_cover_only_the_groups_that_can_have_a_score() -> None:
    # a school's roster: only the teachers were surveyed, so parents and students have no score
    people = [Participant(pid=f"T{i}", attributes={"role": "teacher", "last_active": "2026-05-28",
                                                    "nps": ("10", "7", "3")[i % 3] if i < 9 else ""})
              for i in range(16)]
    people += [Participant(pid=f"P{i}", attributes={"role": "parent", "last_active": "2026-05-20"}) for i in range(8)]
    people += [Participant(pid=f"S{i}", attributes={"role": "student", "last_active": "2026-05-20"})
               for i in range(9)]
    plan = plan_mix(people, MixOptions(size=12, as_of=TODAY, weights={"role": {"teacher": 9, "parent": 3}}))
    nps = {r.value: r.target for r in plan.coverage if r.dimension == "sentiment"}
    assert nps["promoter"] == nps["passive"] == nps["detractor"] == 3.0, nps  # the 9 teachers' places
    assert not any("chosen for a target" in w for w in plan.warnings if "moters" in w or "ssives" in w
                   or "tractors" in w), plan.warnings
    # the groups with no score said once, as groups; the teachers with none by id, a few at most
    assert ("nobody who can be asked with role = parent or student has a sentiment value in the roster (17 "
            "people): the sentiment targets are set over the other places only") in plan.warnings
    said = next(w for w in plan.warnings if "have no sentiment value" in w)
    assert said.startswith("7 people who can be asked have no sentiment value in the roster: T9, T10, T11, T12, T13, "
                           "… (2 more)"), said
    assert "P0" not in said and "S0" not in said
    # where every group has scores, the targets are over every place, as before
    everyone = plan_mix(people[:9], MixOptions(size=6, as_of=TODAY))
    assert {r.target for r in everyone.coverage if r.dimension == "sentiment" and r.value != "unknown"} == {2.0}


def test_one_phone_in_arabic_indic_digits_under_one_arabic_name_is_one_person() -> None:
    # a CRM's second record of one man, his mobile typed locally in Arabic-Indic digits; two brothers
    # who share the family's phone are two people
    from listenwell.ingest.roster import parse_roster
    people = parse_roster(("id,الاسم,رقم الجوال,sessions_30d\n"
                           "Q1,خالد العتيبي,+966 50 111 2233,5\nQ2,خالد العتيبي,٠٥٠١١١٢٢٣٣,5\n"
                           "Q3,فيصل الحربي,+966 55 777 0000,5\nQ4,ماجد الحربي,٠٥٥٧٧٧٠٠٠٠,5\n").encode(), "r.csv")
    assert [p.name for p in people] == ["خالد العتيبي", "خالد العتيبي", "فيصل الحربي", "ماجد الحربي"]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY))
    assert dict(plan.excluded) == {"Q2": "the same phone number as Q1: one person on two rows"}
    assert any("share a phone number" in w and "Q3 and Q4" in w for w in plan.warnings)


def test_a_household_mailbox_shared_by_two_people_is_named_not_read_as_one_person() -> None:
    # a charity's households: a couple share "thekowalczyks@…" (other first names, other birthdays),
    # another couple each give from one address; one person written twice (a nickname, one
    # birthday, use on one row only) is still one person on two rows
    def row(pid: str, first: str, last: str, email: str, born: str, gave: str, **extra: str) -> Participant:
        return Participant(pid=pid, name=f"{first} {last}", first_name=first, email=email,
                           attributes={"birthdate": born, "last gift date": gave, **extra})
    people = [row("H1", "Agata", "Kowalczyk", "thekowalczyks@mail.test", "3/4/1970", "", **{"email opt out": "1"}),
              row("H2", "Piotr", "Kowalczyk", "thekowalczyks@mail.test", "9/21/1968", "5/20/2026"),
              row("H3", "Dev", "Rao", "raofamily@mail.test", "", "5/2/2026"),
              row("H4", "Meera", "Rao", "raofamily@mail.test", "", "12/24/2025"),
              row("H5", "Robert", "Hale", "bhale@mail.test", "5/5/1960", "4/30/2026"),
              row("H6", "Bob", "Hale", "bhale@mail.test", "5/5/1960", ""),
              row("H7", "Tess", "Lund", "tess@mail.test", "1/1/1980", "5/28/2026")]
    plan = plan_mix(people, MixOptions(size=7, as_of=TODAY))
    left = dict(plan.excluded)
    assert left == {"H1": "opted out of email (email opt out)", "H6": "the same email as H5: one person on two rows"}
    said = [w for w in plan.warnings if "share an email address" in w]
    assert len(said) == 1 and "H1 and H2" in said[0] and "H3 and H4" in said[0], plan.warnings
    assert "household" in said[0] and "H5" not in said[0]


def test_leave_out_takes_a_salesforce_id_in_its_fifteen_character_form() -> None:
    # a contact's id copied from the record's URL (15 characters) while the report gave 18
    people = [Participant(pid=f"003Qy00000Ab1{c}dQAA", attributes={"sessions_30d": "5"}) for c in "xyz"]
    plan = plan_mix(people, MixOptions(size=3, as_of=TODAY, leave_out=["003Qy00000Ab1yd"]))
    assert dict(plan.excluded) == {"003Qy00000Ab1ydQAA": "named with --leave-out (declined, no answer, or not "
                                                         "right for the study)"}
    # capitals count in a Salesforce id: another case is not its other form
    with pytest.raises(InputError, match="no participant '003qy00000ab1yd'"):
        plan_mix(people, MixOptions(size=3, as_of=TODAY, leave_out=["003qy00000ab1yd"]))


def test_a_segment_missed_because_none_of_its_people_has_a_value_in_a_by_column_says_so() -> None:
    # a theatre's members: a tier only for those who bought, none for the sign-ups who never did
    people = [Participant(pid=f"B{i}", attributes={"tickets bought": str(3 + i % 4), "last booking": "2026-05-20",
                                                    "member since": "2025-01-10", "tier": ("Gold", "Silver")[i % 2]})
              for i in range(8)] + \
             [Participant(pid=f"L{i}", attributes={"tickets bought": "2", "last booking": "2024-11-02",
                                                    "member since": "2023-03-01", "tier": "Silver"})
              for i in range(4)] + \
             [Participant(pid=f"N{i}", attributes={"tickets bought": "0", "member since": "2026-03-01"})
              for i in range(4)]
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY, by=["Tier"]))
    missed = [w for w in plan.warnings if w.startswith("people who never activated:")]
    assert missed and "all 4 who can be asked have no tier value" in missed[0], plan.warnings
    assert "--mix usage=never_activated:" in missed[0] and "balancing the other segments" not in missed[0], missed


def test_hebrew_notes_and_a_research_consent_of_lo_leave_people_out_and_someone_elses_do_not() -> None:
    from listenwell.ingest.roster import parse_roster
    rows = [("H1", "לא", ""), ("H2", "כן", "נפטרה, עדכן הבן בטלפון"), ("H3", "כן", "אביו נפטר בשנה שעברה"),
            ("H4", "כן", "מאושפז בשיבא, נא לא ליצור קשר עד השחרור"), ("H5", "כן", "קטינה בת 14, האבא מנהל את החשבון"),
            ("H6", "כן", "מזכירה במשרד (צוות)"), ("H7", "כן", "אחיו עובד אצלנו במוקד"),
            ("H8", "כן", "ביקשה שלא ליצור איתה קשר"), ("H9", "כן", "משתמש בדיקה - לא אמיתי"),
            ("H10", "כן", "רק SMS, לא להתקשר"), ("H11", "כן", "רואיין למחקר ב-02/05/2026"), ("H12", "כן", ""),
            ("H13", "כן", "איימה בתביעה משפטית בגלל חיוב כפול")]
    data = "מזהה,שם מלא,הסכמה למחקר,הערות\n" + "".join(f"{i},אדם {i[1:]},{c},\"{n}\"\n" for i, c, n in rows)
    people = parse_roster(data.encode(), "r.csv")
    plan = plan_mix(people, MixOptions(size=12, as_of=TODAY, exclude_recent_days=90))
    assert set(dict(plan.excluded)) == {"H1", "H2", "H4", "H5", "H6", "H8", "H9", "H11"}, plan.excluded
    assert {p.pid for p in plan.chosen} == {"H3", "H7", "H10", "H12", "H13"}
    assert any("legal matter" in w and "H13" in w for w in plan.warnings), plan.warnings


def test_persian_notes_statuses_and_yes_no_columns_leave_people_out_and_someone_elses_do_not() -> None:
    from listenwell.ingest.roster import parse_roster
    rows = [("F1", "فعال", "", "بله", ""), ("F2", "فعال", "", "", "خیر"),
            ("F3", "فعال", "خواهش کردند تماس نگیرید", "", ""), ("F4", "فعال", "با ایشان تماس نگيريد", "", ""),
            ("F5", "فعال", "کارمند شرکت (انبار)", "", ""), ("F6", "فعال", "کاربر تست", "", ""),
            ("F7", "فعال", "زیر ۱۸ سال - حساب برادرش", "", ""), ("F8", "فعال", "فوت شده", "", ""),
            ("F9", "فعال", "بدهی - ارجاع به وصول مطالبات", "", ""), ("F10", "مسدود", "", "", ""),
            ("F11", "فعال", "مادرش فوت کرده", "خیر", "بله"), ("F12", "غیرفعال", "دخترش ۱۵ ساله است", "", ""),
            ("F13", "فعال", "برادرش کارمند شرکت است", "", ""), ("F14", "فعال", "پرونده قضایی در جریان", "", ""),
            ("F15", "در انتظار تایید", "", "", ""), ("F16", "فعال", "فقط پیامک بدهید، زنگ نزنید", "", "")]
    data = ("شناسه مشتری,نام کامل,آخرین ورود,تعداد سفارش,وضعیت,توضیحات,عدم تماس,رضایت به ضبط صدا\n"
            + "".join(f"{i},کاربر {i[1:]},2026-05-20,4,{s},{n},{d},{r}\n" for i, s, n, d, r in rows))
    people = parse_roster(data.encode(), "r.csv")
    assert people[0].name == "کاربر 1"
    plan = plan_mix(people, MixOptions(size=16, as_of=TODAY))
    assert set(dict(plan.excluded)) == {"F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"}, plan.excluded
    assert {p.pid for p in plan.chosen} == {"F10", "F11", "F12", "F13", "F14", "F15", "F16"}
    assert any("suspended" in w and "F10" in w for w in plan.warnings), plan.warnings
    assert any("legal matter" in w and "F14" in w for w in plan.warnings), plan.warnings


def test_a_quoted_note_keeps_its_zero_width_non_joiner_as_typed() -> None:
    note = "می\u200cخواهد عصرها با او صحبت کنیم"  # (Persian: wants us to talk to them in the evenings)
    people = [Participant(pid="Z1", attributes={"last active": "2026-05-20", "notes": note})]
    said = [w for w in plan_mix(people, MixOptions(size=1, as_of=TODAY)).warnings if "could not read" in w]
    assert said and note in said[0] and "\\u200c" not in said[0], said


def test_a_country_written_two_ways_is_named_by_the_calling_code_its_peoples_phones_share() -> None:
    # a Gulf tenants' CRM: Qatar written "Qatar" and "قطر", Oman "OM" and "Oman" (one of its numbers
    # written without its code); Kuwait once; the United States and Canada share +1, which says nothing
    rows = [("Qatar", "+974 5512 3401"), ("Qatar", "+974 3312 9902"), ("قطر", "+974 6612 4403"),
            ("OM", "+968 9123 4504"), ("Oman", "+968 9555 0105"), ("Oman", "9234 5606"),
            ("Kuwait", "+965 6677 8807"), ("US", "+1 415 555 0108"), ("Canada", "+1 604 555 0109")]
    people = [Participant(pid=f"T{i}", attributes={"country": c, "mobile": m, "last active": "2026-05-20"})
              for i, (c, m) in enumerate(rows)]
    warnings = plan_mix(people, MixOptions(size=6, as_of=TODAY, by=["country"])).warnings
    said = [w for w in warnings if "one country written" in w]
    assert len(said) == 2, warnings
    assert said[0].startswith("'OM', 'Oman' in 'country' may be one country written 2 ways") and "+968" in said[0]
    assert said[1].startswith("'Qatar', 'قطر' in 'country'") and "+974" in said[1]
    assert not any("Kuwait" in w or "'US'" in w for w in said)


def test_an_age_of_majority_above_18_leaves_out_the_younger_and_stays_with_the_plan() -> None:
    people = [Participant(pid=f"T{i}", attributes={"sessions_30d": "6", "date of birth": born})
              for i, born in enumerate(("2007-01-15", "1990-05-05", "2004-03-01", "1985-11-30"))]
    people.append(Participant(pid="T9", attributes={"sessions_30d": "6", "notes": "first-year student, 19 yrs"}))
    plan = plan_mix(people, MixOptions(size=5, as_of=TODAY))
    assert not plan.excluded and plan.options.adult_age == 18  # 19 is an adult by default
    plan = plan_mix(people, MixOptions(size=5, as_of=TODAY, adult_age=20))
    assert dict(plan.excluded) == {"T0": "under 20 (date of birth: 2007-01-15)",
                                   "T9": "under 20 (notes: first-year student, 19 yrs)"}, plan.excluded
    # a plan made again without the option keeps the saved plan's age; a fresh draw too (it is the study's)
    again = plan_mix(people, MixOptions(size=5, as_of=TODAY, fresh=True), previous=_saved(plan))
    assert {pid for pid, _ in again.excluded} == {"T0", "T9"} and again.options.adult_age == 20
    with pytest.raises(InputError, match="--adult-age 16"):
        plan_mix(people, MixOptions(size=5, as_of=TODAY, adult_age=16))


def _ages_roster() -> list[Participant]:
    """Six adults by any count, and four whose age a plan at 20 is not sure of: a band that reaches
    under 20, an answer with no age in it, a parent's consent beside an age of 19, and alone."""
    people = [Participant(pid=f"A{i}", attributes={"sessions_30d": "6", "age": str(30 + i)}) for i in range(6)]
    people += [Participant(pid="B1", attributes={"sessions_30d": "6", "age group": "18-24"}),
               Participant(pid="B2", attributes={"sessions_30d": "6", "how old are you": "eighteen"}),
               Participant(pid="B3", attributes={"sessions_30d": "6", "age": "19", "parental consent": "received"}),
               Participant(pid="B4", attributes={"sessions_30d": "6", "parental consent": "received"})]
    return people


def test_the_may_be_under_warnings_name_and_use_the_plans_adult_age() -> None:
    at18 = plan_mix(_ages_roster(), MixOptions(size=9, as_of=TODAY))
    assert [pid for pid, _ in at18.excluded] == ["B4"], at18.excluded
    assert not any("may be under" in w for w in at18.warnings), at18.warnings
    at20 = plan_mix(_ages_roster(), MixOptions(size=9, as_of=TODAY, adult_age=20))
    assert dict(at20.excluded) == {
        "B3": "under 20 (age: 19)",
        "B4": "may be under 20: a parent's consent is recorded (parental consent: received), and no age or "
              "date of birth says 20 or over"}, at20.excluded
    [said] = [w for w in at20.warnings if "may be under" in w]
    assert said.startswith("2 of the 8 chosen may be under 20: "), said
    assert "B1 (age group: 18-24, an age band that reaches under 20, no date of birth)" in said, said
    assert "B2 (how old are you: eighteen, no date of birth)" in said, said
    assert "(under 20 needs a parent's consent)" in said and "18" not in said.replace("18-24", ""), said
    # planned again without the option: the saved plan's age, in what it decides and in what it says
    again = plan_mix(_ages_roster(), MixOptions(size=9, as_of=TODAY, seed=3), previous=_saved(at20))
    assert [pid for pid, _ in again.excluded] == ["B3", "B4"]
    assert any(w.startswith("2 of the 8 chosen may be under 20:") for w in again.warnings), again.warnings


def test_coverage_rechecks_the_saved_plans_people_at_its_adult_age() -> None:
    people = [Participant(pid=f"C{i}", attributes={"sessions_30d": "6"}) for i in range(4)]
    saved = _saved(plan_mix(people, MixOptions(size=4, as_of=TODAY, adult_age=20)))
    people[0].attributes["age"] = "19"  # the roster imported again since: an age the plan did not have
    cov = coverage(people, {}, MixOptions(), saved)
    assert any("now left out by the roster: C0 (under 20 (age: 19))" in w for w in cov.warnings), cov.warnings
    at18 = coverage(people, {}, MixOptions(), _saved(plan_mix(people[1:], MixOptions(size=3, as_of=TODAY))))
    assert not any("now left out" in w for w in at18.warnings), at18.warnings
    # without a saved plan, the option's age counts who can still be asked, and a wrong one is refused
    even = coverage(people, {}, MixOptions(size=4, adult_age=20))
    assert sum(r.eligible for r in even.rows if r.dimension == "usage") == 3, even.rows
    with pytest.raises(InputError, match="--adult-age 17"):
        coverage(people, {}, MixOptions(size=4, adult_age=17))


def test_a_column_typed_with_persian_letters_is_found_where_the_sheet_saved_arabic_ones() -> None:
    from listenwell.analysis.mix import find_column
    # (cp1256 has no Persian ی: a sheet saved in it writes Arabic ي, as a keyboard of Arabic ك does ک)
    assert find_column("--by", "وضعیت", {"وضعيت", "استان"}) == "وضعيت"
    assert find_column("--by", "کارشناس", {"كارشناس"}) == "كارشناس"


def test_an_abandoned_answer_to_a_survey_joined_to_the_roster_leaves_nobody_out() -> None:
    # a member roster with a feedback survey joined by id: only some took it, one started and left
    people = [Participant(pid=f"M{i}", attributes={"plan": "free" if i % 2 else "pro"}) for i in range(8)]
    for i, done in ((0, "True"), (1, "True"), (2, "False")):
        people[i].attributes.update({"finished": done, "progress": "100" if done == "True" else "35"})
    plan = plan_mix(people, MixOptions(size=8, as_of=TODAY, by=["plan"], balance_usage=False))
    assert "M2" in {p.pid for p in plan.chosen} and plan.excluded == []
    # the survey's own export, where every row is a response: an unfinished one is still left out
    answers = [Participant(pid=f"R{i}", attributes={"finished": "False" if i == 3 else "True", "plan": "free"})
               for i in range(6)]
    plan = plan_mix(answers, MixOptions(size=6, as_of=TODAY, balance_usage=False))
    assert dict(plan.excluded) == {"R3": "an unfinished survey response (finished: False)"}


def test_a_place_nps_costs_says_it_can_be_left_out_of_the_balance() -> None:
    # a programme survey's "recommend" score, answered by the members who use it most only
    people = [Participant(pid=f"A{i}", attributes={"sessions_per_month": "10", "last_active": "2026-05-28",
                                                   "nps": "9" if i < 3 else "4"}) for i in range(6)]
    people += [Participant(pid=f"N{i}", attributes={"status": "trial", "signup": "2026-04-01"}) for i in range(6)]
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY))
    said = [w for w in plan.warnings if "no NPS value" in w]
    assert said and "--no-nps" in said[0]
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY, balance_nps=False))
    assert "sentiment" not in plan.dimensions and not any("NPS" in w for w in plan.warnings)
    assert sum(p.segments["usage"] == "never_activated" for p in plan.chosen) == 3


def test_one_value_written_two_ways_is_one_segment_and_the_plan_says_so() -> None:
    regions = ["Île-de-France"] * 5 + ["Ile de France"] + ["Occitanie"] * 4 + ["occitanie "] + ["Bretagne"] * 4
    regions += ["C++"] * 2 + ["C"]  # "+" is no punctuation to fold: another value
    people = [Participant(pid=f"P{i}", attributes={"region": r}) for i, r in enumerate(regions)]
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY, by=["region"], balance_usage=False))
    assert {p.segments["region"] for p in plan.chosen} >= {"Île-de-France", "Occitanie", "Bretagne"}
    assert {r.value for r in plan.coverage} == {"Île-de-France", "Occitanie", "Bretagne", "C++", "C"}
    said = [w for w in plan.warnings if "counted as" in w]
    assert "--by region: 'Ile de France' (1) counted as 'Île-de-France' (5): written the same but for case, " \
           "accents or punctuation" in said
    assert any("'occitanie' (1) counted as 'Occitanie' (4)" in w for w in said) and len(said) == 2


def test_a_finnish_city_and_its_swedish_name_balanced_on_are_named_as_one_place() -> None:
    """A bilingual roster's "Helsingfors" beside "Helsinki" (walk74 F13: "Åbo" beside "Turku") is one place that
    balancing would count apart: the plan says so; "Kotka" and "Lahti" alone are no such pair."""
    cities = ["Helsinki"] * 6 + ["Helsingfors"] * 2 + ["Lahti"] * 5 + ["Kotka"] * 3
    people = [Participant(pid=f"K{i}", attributes={"kaupunki": c}) for i, c in enumerate(cities)]
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY, by=["kaupunki"], balance_usage=False))
    said = [w for w in plan.warnings if "one place" in w]
    assert said == ["--by kaupunki: 'Helsingfors' (2) and 'Helsinki' (6) are one place, named in two languages: "
                    "balancing counts them apart; write them one way and import the roster again, or balance with "
                    "--mix on the values as they are"]


def test_a_column_of_dates_no_rule_reads_beside_a_windowed_count_is_named_as_maybe_the_last_use() -> None:
    """Usage read from "Orders (12 months)" alone while "Most recent delivery" holds plain dates no rule reads: the
    plan names the column and --usage-from (walk74 F1: a last order outweighs a count); not a form's timestamps
    with their time, nor where the last order is read."""
    today = dt.date(2026, 11, 29)
    people = [Participant(pid=f"D{i}", attributes={"Orders (12 months)": str(2 + i),
                                                   "Most recent delivery": f"{3 + i}/0{1 + i % 8}/2026",
                                                   "Submitted": "4.11.2026 9.12.44"}) for i in range(8)]
    said = [w for w in plan_mix(people, MixOptions(size=4, as_of=today)).warnings if "counts alone" in w]
    assert said == ["usage read from counts alone: 'Most recent delivery' holds dates no rule reads as a last use; "
                    "if it is when they last used it (a last order or visit), it outweighs a count: plan again with "
                    "--usage-from 'Most recent delivery'"]
    for p in people:
        p.attributes["Last order"] = p.attributes.pop("Most recent delivery")
    assert not any("counts alone" in w for w in plan_mix(people, MixOptions(size=4, as_of=today)).warnings)


def test_a_city_by_its_short_name_beside_its_full_one_balanced_on_is_named_as_one_place() -> None:
    """Metro Manila's "QC" beside "Quezon City" (walk81 F12), "CDO" beside "Cagayan de Oro", is one place balancing
    would count apart: the plan says so; "QC" with no "Quezon City" beside it is no such pair."""
    cities = ["Quezon City"] * 5 + ["QC"] * 3 + ["Pasig"] * 4 + ["CDO"] * 2 + ["Cagayan de Oro"]
    people = [Participant(pid=f"M{i}", attributes={"city/municipality": c}) for i, c in enumerate(cities)]
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY, by=["City/Municipality"], balance_usage=False))
    said = [w for w in plan.warnings if "one place" in w]
    assert said == [f"--by city/municipality: {a} and {b} are one place, by its short and its full name: balancing "
                    "counts them apart; write them one way and import the roster again, or balance with --mix on the "
                    "values as they are" for a, b in (("'QC' (3)", "'Quezon City' (5)"),
                                                      ("'CDO' (2)", "'Cagayan de Oro' (1)"))]
    alone = [Participant(pid=f"Q{i}", attributes={"province": c}) for i, c in enumerate(["QC", "ON", "BC"] * 3)]
    plan = plan_mix(alone, MixOptions(size=3, as_of=TODAY, by=["Province"], balance_usage=False))
    assert not [w for w in plan.warnings if "one place" in w]


def test_a_column_of_years_balanced_on_is_told_to_be_grouped_by_decade() -> None:
    people = [Participant(pid=f"G{i}", attributes={"graduation year": str(1980 + 3 * i)}) for i in range(12)]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY, by=["Graduation year"], balance_usage=False))
    said = [w for w in plan.warnings if "different values" in w]
    assert said == ["--by graduation year: 12 different values for 4 places, so most get nobody; its values are "
                    "years: to balance on decades, add a column that groups them (1980 \u2192 1980s) and import "
                    "the roster again"]


def test_a_county_written_with_cedilla_and_with_comma_below_is_one_segment() -> None:
    # Windows Excel writes Romanian's ş ţ with a cedilla, Google Sheets with the comma below: one letter each
    counties = ["Argeş"] * 4 + ["Argeș"] + ["Mureş"] * 3 + ["Mureș"] * 2 + ["Bacău"] * 3
    people = [Participant(pid=f"R{i}", attributes={"județ": c}) for i, c in enumerate(counties)]
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY, by=["județ"], balance_usage=False))
    assert {r.value for r in plan.coverage} == {"Argeş", "Mureş", "Bacău"}
    assert any("'Argeș' (1) counted as 'Argeş' (4)" in w for w in plan.warnings)


def test_one_customer_with_an_account_per_product_is_one_person_and_a_no_on_either_leaves_them_out() -> None:
    # a pay-as-you-go export: an account per product, the same name and phone number (spaced or not)
    from listenwell.ingest.roster import parse_roster
    people = parse_roster(("Account Number,Customer Name,Phone Number,Payments last 30 days,Notes\n"
                           "40021,Otieno Brian Okoth,0722 614 809,6,\n"
                           "40022,Otieno Brian Okoth,0722614809,2,hataki kupigiwa simu\n"
                           "40023,Njeri Wambui,0733 100 200,5,\n"
                           "40024,Kiprono Kiptoo,0711 300 400,4,\n").encode(), "accounts.csv")
    plan = plan_mix(people, MixOptions(size=4, as_of=dt.date(2026, 11, 28)))
    left = dict(plan.excluded)
    assert "40022" in left and "on their other row 40022 (the same phone number)" in left["40021"]
    assert all("0722" not in x.pid for x in plan.chosen) and len(plan.chosen) == 2


def test_a_column_read_as_notes_by_its_values_leaves_people_out_as_notes_do() -> None:
    # a CRM's free-text column under a header no table knows: sentences, nearly each its own
    from listenwell.analysis.roster_signals import notes_by_content
    from listenwell.ingest.roster import parse_roster
    said = ["Do not contact - asked twice.", "Test account used by the QA team.", "Died in March, per his son.",
            "Prefers calls after six in the evening.", "Moved to the annual plan in May.",
            "Upgraded after the webinar on budgets.", "Uses the app mostly on weekends.",
            "Had a billing question, sorted the same day."]
    data = "Id,Name,Account history\n" + "".join(f"A{i},Person {i},\"{s}\"\n" for i, s in enumerate(said, 1))
    people = parse_roster(data.encode(), "r.csv")
    assert notes_by_content(people) == ["account history"]
    plan = plan_mix(people, MixOptions(size=8, as_of=TODAY))
    assert set(dict(plan.excluded)) == {"A1", "A2", "A3"}, plan.excluded
    assert {p.pid for p in plan.chosen} == {"A4", "A5", "A6", "A7", "A8"}


def test_a_value_in_another_script_than_every_mix_value_is_named_where_it_gets_no_place() -> None:
    # a Khulna/Sylhet roster where one branch wrote the division in Bengali script ("খুলনা"): --mix names the two
    # divisions in Latin letters and fills the plan, so that person would get no place without a word
    rows = ["Khulna"] * 4 + ["Sylhet"] * 4 + ["খুলনা", "Barishal"]
    people = [Participant(pid=f"K{i}", attributes={"division": d, "last active": "2026-05-20"})
              for i, d in enumerate(rows)]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY, weights={"division": {"Khulna": 2, "Sylhet": 2}}))
    said = [w for w in plan.warnings if "another script" in w]
    assert len(said) == 1 and "'খুলনা' (1)" in said[0] and "gets no place" in said[0], plan.warnings
    # "Barishal", left out in the same letters as the values named, is the researcher's own choice: not named
    assert "Barishal" not in said[0]
    # with no --mix there is nothing to name
    assert not [w for w in plan_mix(people, MixOptions(size=4, as_of=TODAY, by=["division"])).warnings
                if "another script" in w]


def test_a_mix_of_the_saved_plan_not_given_again_is_said() -> None:
    # a wallet roster: the saved plan left the shop accounts out with --mix; planning again without it lets them back
    people = [Participant(pid=f"W{i}", attributes={"account type": kind, "last active": "2026-05-20"})
              for i, kind in enumerate(["Personal"] * 6 + ["Shop"] * 3)]
    first = plan_mix(people, MixOptions(size=4, as_of=TODAY, weights={"account type": {"Shop": 0}}))
    again = plan_mix(people, MixOptions(size=4, as_of=TODAY), previous=_saved(first))
    said = [w for w in again.warnings if "saved plan was made with" in w]
    assert len(said) == 1 and '--mix "account type=Shop:0"' in said[0] and "give it again" in said[0], again.warnings
    # given again, nothing to say
    kept = plan_mix(people, MixOptions(size=4, as_of=TODAY, weights={"account type": {"Shop": 0}}), previous=_saved(first))
    assert not [w for w in kept.warnings if "saved plan was made with" in w]


def test_a_mix_that_asks_every_place_of_one_status_says_nothing_of_the_usage_targets_it_overrides() -> None:
    # a tuition app's parents: active, paused and cancelled plans; the study asks for six who cancelled
    people = [Participant(pid=f"T{i}", attributes={"plan status": status, "plan ended": "2026-04-20" if status == "Cancelled"
                                                   else "", "sessions 30d": str(i % 9) if status != "Cancelled" else "0"})
              for i, status in enumerate(["Active"] * 10 + ["Cancelled"] * 9)]
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY, weights={"plan status": {"Cancelled": 6}}))
    assert len(plan.chosen) == 6
    assert not any("chosen for a target of" in w or re.match(r"\d+ of \d+ are ", w) for w in plan.warnings), plan.warnings
    # without the --mix, the usage targets are the ask, and their shortfall is said
    plain = plan_mix([p for p in people if p.attributes["plan status"] == "Cancelled"], MixOptions(size=6, as_of=TODAY))
    assert any(re.match(r"\d+ of \d+ are ", w) for w in plain.warnings), plain.warnings


def test_chosen_whose_plan_ended_longer_ago_than_the_lapse_window_are_named() -> None:
    ended = {"L1": "2026-05-20", "L2": "2026-05-10", "L3": "2025-12-01", "L4": "2026-01-15"}
    people = [Participant(pid=pid, attributes={"status": "Churned", "churn date": day}) for pid, day in ended.items()]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY, lapsed_after_days=90))
    said = [w for w in plan.warnings if "ended longer ago than --lapsed-after (90 days)" in w]
    assert len(said) == 1 and "L3 (churn date: 2025-12-01, 182 days ago)" in said[0], plan.warnings
    assert "L1 (" not in said[0] and "L2 (" not in said[0] and "--leave-out" in said[0]
    # a window that holds them all: nothing said
    wide = plan_mix(people, MixOptions(size=4, as_of=TODAY, lapsed_after_days=365))
    assert not any("ended longer ago" in w for w in wide.warnings)


def test_a_mix_value_typed_without_its_accents_or_with_a_slip_is_refused_with_the_nearest() -> None:
    # (a Norwegian status typed on a keyboard without ø, and one with a letter missing)
    people = [Participant(pid=f"K{i}", attributes={"sessions_30d": "3", "Kundestatus": s})
              for i, s in enumerate(["Overført til annet selskap", "Oppsagt", "Aktiv", "Oppsagt", "Aktiv"])]
    for typed, nearest in (("Overfort til annet selskap", "Overført til annet selskap"), ("Opsagt", "Oppsagt")):
        with pytest.raises(InputError, match=f"did you mean '{nearest}'.*values: Aktiv"):
            plan_mix(people, MixOptions(size=3, as_of=TODAY, weights=parse_weights([f"kundestatus={typed}:2"])))
    with pytest.raises(InputError) as err:
        plan_mix(people, MixOptions(size=3, as_of=TODAY, weights=parse_weights(["kundestatus=Sperret:0"])))
    assert "did you mean" not in str(err.value)
