"""A disability or care provider's roster: a complaint to the sector's commission, a note that someone
cannot consent, a service on hold, a client who has exited, the arrangements an interview needs."""
from __future__ import annotations

import datetime as dt

from listenwell.analysis.mix import MixOptions, plan_mix
from listenwell.analysis.roster_signals import (
    in_hospital,
    left_out_by_roster,
    legal_matter,
    relative_of_staff,
    service_on_hold,
    through_someone,
    to_arrange,
    usage_and_why,
)
from listenwell.domain import Participant

TODAY = dt.date(2026, 6, 1)


def client(pid: str, **attrs: str) -> Participant:
    """A client who books now and then, with whatever the roster adds ("_" in a keyword is a space)."""
    return Participant(pid=pid, email=f"{pid.lower()}@mail.example",
                       attributes={"bookings last 90 days": "6", "portal last login": "20/05/2026",
                                   **{k.replace("_", " "): v for k, v in attrs.items()}})


def warnings_for(people: list[Participant]) -> list[str]:
    plan = plan_mix(people, MixOptions(size=len(people), as_of=TODAY))
    assert not plan.excluded and len(plan.chosen) == len(people)
    return plan.warnings


def test_a_complaint_lodged_with_a_commission_or_an_ombudsman_is_a_legal_matter_named_not_left_out():
    for note in ("Complaint lodged with the Aged Care Quality and Safety Commission re: missed shifts",
                 "complaint made to Health Care Complaints Commission (March)",
                 "referred to the Disability Services Commissioner", "complaint with AHPRA about a physio",
                 "open NDIS Commission complaint", "complaint filed with the state ombudsman"):
        p = client("c1", notes=note)
        assert legal_matter(p), note
        assert left_out_by_roster(p, TODAY) is None, note
    for note in ("Complaint to the commission - resolved in May", "asked about the plan manager's commission",
                 "complaint about commission fees on the invoice", "works for the Productivity Commission"):
        assert legal_matter(client("c2", notes=note)) is None, note
    warnings = warnings_for([client("C1", notes="complaint lodged with the Quality and Safeguards Commission 02/05"),
                             client("C2")])
    assert any("legal matter" in w and "C1 (notes: complaint lodged" in w for w in warnings)


def test_a_note_or_a_column_that_says_they_cannot_consent_leaves_them_out():
    for note in ("Lacks capacity - all decisions via Public Advocate", "doesn't have the capacity to make decisions",
                 "no capacity to consent (per OT report)", "Unable to give consent; mum is guardian",
                 "not able to consent"):
        assert (left_out_by_roster(client("n1", notes=note), TODAY) or "").startswith(
            "cannot consent for themselves, by the roster (notes: "), note
    for col, value in (("Capacity to consent", "No"), ("Has capacity (Y/N)", "N")):
        assert (left_out_by_roster(client("n2", **{col: value}), TODAY) or "").startswith(
            "cannot consent for themselves"), col
    # capacity for money only, consent to photos only, no concern about it, a yes: asked as before
    for note in ("lacks capacity for finances, plan manager pays invoices", "cannot consent to photos on socials",
                 "no capacity concerns", "has capacity to consent", "limited capacity to travel, phone is best"):
        assert left_out_by_roster(client("n3", notes=note), TODAY) is None, note
    assert left_out_by_roster(client("n4", **{"Capacity to consent": "Yes"}), TODAY) is None


def test_a_service_on_hold_or_a_hospital_admission_is_named_when_chosen():
    assert service_on_hold(client("h1", status="On hold")) == "status: On hold"
    assert service_on_hold(client("h2", status="Paused"))
    assert service_on_hold(client("h3", notes="supports on hold while in respite"))
    assert service_on_hold(client("h4", notes="On hold until further notice"))
    for note in ("was on hold for 40 min when she rang, unhappy", "holds the door for others", ""):
        assert service_on_hold(client("h5", notes=note)) is None, note
    assert in_hospital(client("h6", notes="hospital admission 02/05 - check with SC before contacting"))
    assert in_hospital(client("h7", notes="currently inpatient at Royal North Shore"))
    assert in_hospital(client("h8", notes="joined the hospital admission avoidance program")) is None
    assert through_someone(client("h9", notes="check with SC before contacting"))
    assert through_someone(client("h10", notes="speak to her case manager first before calling"))
    assert through_someone(client("h11", notes="check email before calling")) is None
    warnings = warnings_for([client("H1", status="On hold"), client("H2", status="Active", notes="hospital admission"),
                             client("H3", status="Active")])
    held = [w for w in warnings if "service on hold" in w]
    assert len(held) == 1 and held[0].startswith("1 of the 3 chosen has their service on hold") and "H1 (status: On hold)" in held[0]
    assert any("in hospital" in w and "H2 (notes: hospital admission)" in w for w in warnings)
    assert left_out_by_roster(client("H1", status="On hold"), TODAY) is None


def test_an_exited_or_discharged_client_is_lapsed_by_the_status_whatever_the_login_says():
    for status in ("Exited", "Discharged", "Services ceased", "Transferred out"):
        segment, why = usage_and_why(client("x1", status=status), TODAY, 90, 4.0)
        assert segment == "lapsed", status
        assert why.startswith(f"status: {status}"), why
    assert usage_and_why(client("x2", status="Active"), TODAY, 90, 4.0)[0] == "occasional"


def test_an_arrangement_in_a_contact_method_column_or_a_carer_to_be_present_is_named():
    for col, value in (("Preferred contact method", "TTY / National Relay Service"),
                       ("Communication preference", "Auslan interpreter"), ("Contact method", "Easy Read by post")):
        assert to_arrange(client("a1", **{col: value})) == f"{col}: {value}", col
    for col, value in (("Preferred contact method", "SMS"), ("Preferred contact method", "via nominee"),
                       ("Plan Management", "Relay Plan Managers")):
        assert to_arrange(client("a2", **{col: value})) is None, (col, value)
    for note in ("prefers carer present", "support worker to attend the session", "Auslan user", "uses NRS"):
        assert to_arrange(client("a3", notes=note)), note
    assert to_arrange(client("a4", notes="carer left in March, lives alone now")) is None
    warnings = warnings_for([client("A1", **{"Preferred contact method": "TTY"}), client("A2", notes="wants carer there"),
                             client("A3", **{"Preferred contact method": "Email"})])
    arranged = next(w for w in warnings if "arranged before the interview" in w)
    assert arranged.startswith("2 of the 3 chosen need") and "A1 (Preferred contact method: TTY)" in arranged
    assert "A2 (notes: wants carer there)" in arranged and "A3" not in arranged


def test_a_staff_family_member_is_named_as_a_relative_of_staff():
    for note in ("staff family member", "family member of one of our staff", "related to a staff member",
                 "Staff relative (Jess M)"):
        p = client("s1", notes=note)
        assert relative_of_staff(p), note
        assert left_out_by_roster(p, TODAY) is None, note
    for note in ("came to the staff family day", "support worker family visits weekly", "our staff are lovely"):
        assert relative_of_staff(client("s2", notes=note)) is None, note


def test_a_mix_value_typed_with_a_space_for_the_rosters_hyphen_is_the_same_value():
    import pytest

    from listenwell.analysis.mix import parse_weights
    from listenwell.domain import InputError

    people = [client(f"S{i}", **{"Plan Management": "Self-managed"}) for i in range(4)] + \
             [client(f"N{i}", **{"Plan Management": "NDIA-managed"}) for i in range(4)]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY, weights=parse_weights(["Plan Management=Self managed:4"])))
    assert sorted(p.pid for p in plan.chosen) == ["S0", "S1", "S2", "S3"]
    # (a typo still refused, with the nearest value the column holds)
    with pytest.raises(InputError, match=r"no value 'self manged'; did you mean 'Self-managed'\? "
                                         r"\(values: NDIA-managed, Self-managed\)"):
        plan_mix(people, MixOptions(size=4, as_of=TODAY, weights=parse_weights(["Plan Management=Self manged:4"])))
