"""What a roster says of its rows together (analysis/colleagues.py) and what the plan does with it: the
team's own rows, a colleague of someone barred from contact, one person under two mailboxes at one
company, and a usage count far above everyone else's; on rosters made up for these tests."""

from __future__ import annotations

import datetime as dt

from listenwell.analysis.colleagues import colleagues_of_barred, team_by_owner, usage_far_above
from listenwell.analysis.mix import MixOptions, plan_mix
from listenwell.domain import Participant

TODAY = dt.date(2026, 6, 1)

_SHOPS = ["Bluefin Bakery", "Corner Optics", "Delta Dog Grooming", "Elm Street Dental", "Fjord Outfitters",
          "Granite Gym", "Hollow Oak Books"]


def customer(i: int, owner: str, **more: str) -> Participant:
    shop = _SHOPS[i % len(_SHOPS)]
    first, last = ["Ada", "Bo", "Cyd", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy"][i % 9], f"Quill{i}"
    attrs = {"company name": shop, "contact owner": owner, "invoices sent (last 30 days)": "3",
             "research opt-in": "Yes"}
    attrs.update(more)
    return Participant(pid=f"C{i}", name=f"{first} {last}", email=f"{first.lower()}{i}@{shop.split()[0].lower()}.com",
                       attributes=attrs)


def test_the_owner_of_other_rows_is_the_teams_own_and_left_out_as_staff() -> None:
    # a CRM export: two reps own the customers' records and have contact records of their own
    people = [customer(i, "Lena Frost" if i % 2 else "Omar Haddad") for i in range(8)]
    people += [Participant(pid="REP1", name="Lena Frost", email="lena.frost@ledgerly.io",
                           attributes={"company name": "Ledgerly", "contact owner": "Lena Frost",
                                       "invoices sent (last 30 days)": "3"}),
               Participant(pid="REP2", name="Haddad, Omar", email="omar@ledgerly.io",
                           attributes={"company name": "", "contact owner": "",
                                       "invoices sent (last 30 days)": "3"}),
               # at the reps' domain, not an owner: the team's own too, as most of that domain is
               Participant(pid="OPS", name="Tia Marsh", email="tia@ledgerly.io",
                           attributes={"company name": "Ledgerly", "invoices sent (last 30 days)": "3"})]
    plan = plan_mix(people, MixOptions(size=11, as_of=TODAY))
    left = dict(plan.excluded)
    assert left["REP1"].startswith("staff: the roster's contact owner of 4 other rows")
    assert left["REP2"].startswith("staff: the roster's contact owner of 4 other rows")
    assert left["OPS"].startswith("staff: the same email domain as REP1")
    assert {p.pid for p in plan.chosen} == {f"C{i}" for i in range(8)}


def test_an_account_owner_of_rows_at_one_place_is_a_customer() -> None:
    # a family plan's "Account Owner" is the customer who pays: their family's rows, all at one address
    family = [Participant(pid=f"F{i}", name=f"{n} Price", email=f"{n.lower()}.price@gmail.com",
                          attributes={"account owner": "Sam Price", "logins (30d)": "6"})
              for i, n in enumerate(["Sam", "Jo", "Kit"])]
    team = [Participant(pid=f"T{i}", name=f"{n} Oduya", email=f"{n.lower()}@oduya-design.com",
                        attributes={"account owner": "Ama Oduya", "company name": "Oduya Design", "logins (30d)": "6"})
            for i, n in enumerate(["Ama", "Kofi"])]
    assert team_by_owner(family + team) == {}
    # and a business's own owner, named in an "Owner" column at their own company only, likewise
    shop = [Participant(pid=f"S{i}", name=f"{n} Lark", email=f"{n.lower()}@larkflorist.com",
                        attributes={"owner": "Rosa Lark", "company": "Lark Florist"})
            for i, n in enumerate(["Rosa", "Tom"])]
    assert team_by_owner(shop) == {}


def test_a_chosen_person_at_the_domain_of_a_test_account_is_named() -> None:
    people = [customer(i, "") for i in range(6)]
    people += [Participant(pid="QA", name="Test User", email="qa+signup@ledgerly.io",
                           attributes={"company name": "Ledgerly QA", "invoices sent (last 30 days)": "3"}),
               Participant(pid="MAYBE", name="Nell Ortiz", email="nell@ledgerly.io",
                           attributes={"company name": "Ledgerly", "invoices sent (last 30 days)": "3",
                                       "research opt-in": "Yes"})]
    plan = plan_mix(people, MixOptions(size=7, as_of=TODAY))
    assert dict(plan.excluded)["QA"].startswith("an internal or test account")
    assert "MAYBE" in {p.pid for p in plan.chosen}
    named = [w for w in plan.warnings if "test account" in w]
    assert len(named) == 1 and "MAYBE (the email domain ledgerly.io of QA" in named[0], plan.warnings
    assert "C1" not in named[0]


def test_a_colleague_of_someone_barred_by_a_note_is_named() -> None:
    people = [customer(i, "") for i in range(7)]
    people[0].attributes["account notes"] = "Lawsuit pending - do not contact, all mail to our counsel"
    people[3].attributes["account notes"] = "Do not contact (legal hold)"
    people[1].attributes["email opt out"] = "true"  # their own opt-out: not their company's
    people[1].attributes["research opt-in"] = ""
    found = colleagues_of_barred(people)
    # C0 Bluefin Bakery, C3 Elm Street Dental; C7 would be Bluefin's colleague, but there is none: add one
    assert found == {}
    people.append(customer(7, ""))  # Bluefin Bakery again, its own row silent
    people.append(customer(8, ""))  # Corner Optics, where C1 only opted out of email
    found = colleagues_of_barred(people)
    assert set(found) == {"C7"} and found["C7"].startswith("works at Bluefin Bakery, where C0 is left out")
    plan = plan_mix(people, MixOptions(size=9, as_of=TODAY))
    assert "C7" in {p.pid for p in plan.chosen}
    assert any("bars contact: C7 (works at Bluefin Bakery" in w for w in plan.warnings), plan.warnings


def test_one_name_at_one_company_under_two_mailboxes_is_one_person() -> None:
    people = [customer(i, "") for i in range(5)]
    twin = customer(0, "")  # Ada Quill0 of Bluefin Bakery again, at a second mailbox of the bakery
    twin.pid, twin.email = "C0b", "a.quill@bluefin.com"
    twin.attributes["unsubscribed from all email"] = "true"  # on the second record only
    twin.attributes["research opt-in"] = ""
    # the same name at another company, and another name at the same company, are other people
    namesake = Participant(pid="N", name="Ada Quill0", email="ada@granite.com",
                           attributes={"company name": "Granite Gym", "invoices sent (last 30 days)": "3"})
    coworker = customer(7, "")  # Bluefin Bakery, "Ada Quill7"
    plan = plan_mix([*people, twin, namesake, coworker], MixOptions(size=8, as_of=TODAY))
    left = dict(plan.excluded)
    assert left["C0b"].startswith("opted out of email")
    assert left["C0"].startswith("opted out of email") and left["C0"].endswith(
        "on their other row C0b (the same name and company)")
    assert "N" not in left and "C7" not in left


def test_a_usage_count_far_above_the_rosters_is_named_not_left_out() -> None:
    people = [customer(i, "", **{"invoices sent (last 30 days)": n}) for i, n in enumerate(["2", "3", "4", "2", "3"])]
    people.append(customer(5, "", **{"invoices sent (last 30 days)": "19"}))  # a bookkeeper for many clients
    people.append(customer(6, "", **{"invoices sent (last 30 days)": "0"}))
    assert list(usage_far_above(people)) == ["C5"]
    plan = plan_mix(people, MixOptions(size=7, as_of=TODAY))
    assert "C5" in {p.pid for p in plan.chosen}
    named = [w for w in plan.warnings if "far above" in w]
    assert named and "C5 (invoices sent (last 30 days): 19, over 4 times the roster's median of 3)" in named[0]
    # a handful of counts is no roster to judge by
    assert usage_far_above(people[3:]) == {}


def test_a_test_account_at_the_domain_most_of_the_roster_shares_names_nobody() -> None:
    # a college's students, all at its students' domain, and its own test record there
    people = [Participant(pid=f"S{i}", name=f"Sam Rowe{i}", email=f"s{i}@learners.northfield.ac.uk",
                          attributes={"logins this month": "4"}) for i in range(8)]
    people.append(Participant(pid="T", name="Test Learner", email="test.learner@learners.northfield.ac.uk",
                              attributes={"logins this month": "4"}))
    people[2].attributes["notes"] = "do not contact"  # one student's own wish, not the college's
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY))
    assert dict(plan.excluded)["T"].startswith("an internal or test account")
    assert not [w for w in plan.warnings if "test account" in w or "bars contact" in w], plan.warnings
    assert colleagues_of_barred(people) == {}


def test_counts_that_climb_step_by_step_to_the_top_are_the_rosters_own_kind_of_user_not_outliers() -> None:
    # couriers: part-timers with a few dozen deliveries a month, full-timers with two or three hundred,
    # and every step between; the full-timers are over four times the median, and ordinary all the same
    counts = ["5", "8", "10", "12", "15", "18", "22", "26", "30", "35", "45", "60", "80", "110", "140", "170", "200",
              "230"]
    people = [customer(i, "", **{"invoices sent (last 30 days)": "", "deliveries (last 30 days)": n})
              for i, n in enumerate(counts)]
    assert usage_far_above(people) == {}
    # one who stands apart from all of them (a depot's shared login) is still named
    people.append(customer(20, "", **{"invoices sent (last 30 days)": "", "deliveries (last 30 days)": "1400"}))
    assert list(usage_far_above(people)) == ["C20"]


def test_the_agent_named_on_other_rows_is_the_companys_own_though_written_by_two_of_three_names() -> None:
    # a pay-as-you-go export: each customer's agent, and the agent's own customer row under three names
    def row(pid: str, name: str, agent: str) -> Participant:
        return Participant(pid=pid, name=name, attributes={"agent": agent, "payments last 30 days": "6"})
    people = [row("1", "Akinyi Rose Odhiambo", "Kevin Oduor"), row("2", "Wekesa Paul Simiyu", "Kevin Oduor"),
              row("3", "Kevin Oduor Otieno", "Kevin Oduor"), row("4", "Chebet Mercy Kirui", "Kevin Oduor"),
              # a customer who shares one name with an agent named on one row only is no agent
              row("5", "Mary Njoki Kamau", "Mary Wanjiku"), row("6", "Mary Wanjiku Ndegwa", "Kevin Oduor"),
              row("7", "Otieno Oduor", "Kevin Oduor")]
    assert team_by_owner(people) == {"3": "staff: the roster's agent of 5 other rows"}
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY))
    assert dict(plan.excluded)["3"].startswith("staff: the roster's agent")
