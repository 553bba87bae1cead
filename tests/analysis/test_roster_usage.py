"""Usage read from what a roster records of it (analysis/roster_signals.py, analysis/mix.py): a
count over their whole time with the product, a last order alone, a CRM's type of record, and a
column that records earlier research; on rosters made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from listenwell.analysis.mix import MixOptions, columns_by_use, plan_mix, segment, usage_deciding
from listenwell.domain import InputError, Participant

TODAY = dt.date(2026, 6, 1)


def roster(*rows: dict[str, str]) -> list[Participant]:
    return [Participant(pid=f"R{i}", attributes={k.lower(): v for k, v in r.items() if v != ""})
            for i, r in enumerate(rows, 1)]


def usage(people: list[Participant], **opts: object) -> list[tuple[str, str]]:
    _, persons = segment(people, MixOptions(as_of=TODAY, **opts))  # type: ignore[arg-type]
    return [(p.segments.get("usage", "-"), p.usage_from) for p in persons]


# --- a count over their whole time: none ever is never ---------------------------------------

def test_no_order_in_all_their_time_is_never_activated() -> None:
    # a shop's customer list: a sign-up for the newsletter with no order, whatever the tool calls it
    for column in ("Total Orders", "Orders Count", "Number of orders", "Lifetime orders", "order_count",
                   "Anzahl Bestellungen", "Total de pedidos"):
        people = roster({column: "0", "Amount spent": "0.00", "Last order": ""},
                        {column: "3", "Amount spent": "61.20", "Last order": "2026-05-20"})
        said = usage(people)
        assert said[0][0] == "never_activated", (column, said)
        assert said[0][1] == f"{column.lower()}: 0; no last order", said
        assert column.lower() in columns_by_use(people)["usage"]
    # a count with no order date and no day they started: they bought at some time, when is not known
    alone = roster({"Total Orders": "0"}, {"Total Orders": "5"})
    assert [u for u, _ in usage(alone)] == ["never_activated", "unknown"]


def test_a_lifetime_count_is_a_rate_only_from_when_they_started() -> None:
    people = roster({"Total Orders": "60", "Customer since": "2025-06-01"},  # 5 a month over a year
                    {"Total Orders": "24", "Customer since": "2025-06-01"},  # 2 a month
                    {"Total Orders": "0", "Customer since": "2025-06-01"})
    said = usage(people)
    assert [u for u, _ in said] == ["frequent", "occasional", "never_activated"]
    assert said[0][1] == "about 5 a month (total orders: 60)" and said[1][1] == "about 2 a month (total orders: 24)"


def test_a_lifetime_zero_outweighs_a_screener_answer_and_a_plain_active_status() -> None:
    people = roster({"Status": "active", "How often do you shop with us?": "Weekly", "Total orders": "0"},
                    {"Status": "active", "How often do you shop with us?": "Weekly", "Total orders": "7"})
    assert [u for u, _ in usage(people)] == ["never_activated", "frequent"]


# --- a named count with no period is no count a month -----------------------------------------

def test_a_named_lifetime_count_is_not_read_as_a_month() -> None:
    people = roster({"Total Orders": "4", "Last purchase": "2026-05-30"},
                    {"Total Orders": "22", "Last purchase": "2026-05-25"},
                    {"Total Orders": "0", "Last purchase": ""})
    said = usage(people, usage_from=["Total Orders", "Last purchase"])
    assert [u for u, _ in said] == ["active", "active", "never_activated"]
    assert not any("a month" in why for _, why in said), said
    assert "total orders: 22" in said[1][1]


def test_a_named_count_without_a_period_reads_over_their_whole_time() -> None:
    # a feature's own count, no period in its name: 9 exports in all is not 9 a month (it is a rate
    # from the day they signed up, read from the roster though not named)
    people = roster({"Reports exported": "9", "Signed up": "2025-06-01"},
                    {"Reports exported": "30", "Signed up": "2025-06-01"},
                    {"Reports exported": "0", "Signed up": "2025-06-01"},
                    {"Reports exported": "9"})
    said = usage(people, usage_from=["Reports exported"])
    assert [u for u, _ in said] == ["lapsed", "occasional", "never_activated", "unknown"], said
    assert said[0][1] == "about 0.7 a month since 2025-06-01 (reports exported: 9)"
    assert said[1][1] == "about 2.5 a month (reports exported: 30)"


# --- a last order alone says how recently, not how often --------------------------------------

def test_a_last_order_alone_makes_an_active_user_not_a_frequent_one() -> None:
    people = roster({"Last order date": "2026-05-31"}, {"Last order date": "2026-05-10"},
                    {"Last order date": "2025-12-01"})
    said = usage(people)
    assert [u for u, _ in said] == ["active", "active", "lapsed"]
    assert said[0][1] == "last order date: 2026-05-31 (1 day before 2026-06-01: how recently, not how often)"
    # in the roster's own language: a Portuguese "Última compra" is a last purchase
    assert [u for u, _ in usage(roster({"Última compra": "30/05/2026"}))] == ["active"]
    # a last login is a visit: within a week still reads as frequent
    assert [u for u, _ in usage(roster({"Last login": "2026-05-31"}))] == ["frequent"]


def test_a_plan_of_active_lapsed_and_never_buyers() -> None:
    # (the recent buyers' counts not filled in: a last order alone; with counts, see below)
    people = roster(*[{"Last order": f"2026-05-{10 + i:02d}", "Total orders": ""} for i in range(4)],
                    *[{"Last order": "2025-10-01", "Total orders": "3"} for _ in range(4)],
                    *[{"Last order": "", "Total orders": "0"} for _ in range(4)])
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY, weights={"usage": {"active": 2, "never_activated": 2}}))
    got = sorted(p.segments["usage"] for p in plan.chosen)
    assert got == ["active", "active", "lapsed", "lapsed", "never_activated", "never_activated"]
    text = " | ".join(plan.warnings)
    assert "no frequent users" not in text and "no occasional users" not in text
    assert "4 active users: the roster gives when they last ordered, not how often" in text


def test_a_count_of_their_whole_time_with_no_sign_up_date_is_read_beside_the_rosters_others() -> None:
    # a furniture shop's customers: a last order within the lapsed window, and how many orders in all,
    # with no day they became customers: more orders than most is a frequent buyer, however long ago
    # the last order was within the window, and fewer an occasional one; the date decides lapsed
    rows = [("2026-05-09", "14"), ("2026-05-30", "2"), ("2026-04-20", "11"), ("2026-05-25", "1"),
            ("2025-09-01", "3"), ("2025-12-11", "2"), ("", "0"), ("2026-03-12", "6")]
    people = roster(*[{"Last order": day, "Total orders": n} for day, n in rows])
    said = usage(people)
    assert [u for u, _ in said] == ["frequent", "occasional", "frequent", "occasional", "lapsed", "lapsed",
                                    "never_activated", "frequent"], said
    assert said[0][1] == ("total orders: 14: more than most on the roster (half of those with any have 3 or fewer; "
                          "no sign-up date to read it a month by); last order: 2026-05-09 (23 days before 2026-06-01)")
    # the same when the researcher names the columns, in the roster's own language (a date of orders
    # and a count with no period in its name)
    named = roster(*[{"Son Sipariş Tarihi": day, "Sipariş Sayısı": n} for day, n in rows])
    assert [u for u, _ in usage(named, usage_from=["Son Sipariş Tarihi", "Sipariş Sayısı"])] == \
        [u for u, _ in said]
    # with the day they started, the count is a rate from it, as before
    dated = roster(*[{"Last order": day, "Total orders": n, "Customer since": "2026-03-01"} for day, n in rows])
    assert usage(dated)[0][1].startswith("about 4.6 a month (total orders: 14)"), usage(dated)
    # too few counted to compare: how recently, not how often
    few = roster({"Last order": "2026-05-09", "Total orders": "14"}, {"Last order": "2026-05-30", "Total orders": "2"})
    assert [u for u, _ in usage(few)] == ["active", "active"]


# --- a column that records research is never a usage column -----------------------------------

def test_the_day_of_an_earlier_research_session_is_not_use() -> None:
    people = roster({"Last UXR Session": "2026-05-20", "Plan": "Pro"}, {"Last UXR Session": "", "Plan": "Pro"})
    cols = columns_by_use(people)
    assert cols["usage"] == [] and cols["last interviewed"] == ["last uxr session"]
    dims, persons = segment(people, MixOptions(as_of=TODAY))
    assert "usage" not in dims and persons[0].last_interviewed == dt.date(2026, 5, 20)
    # beside a login, the login is the last-active column
    both = roster({"Last UXR session": "2026-05-31", "Last login": "2026-01-05"})
    assert usage(both) == [("lapsed", "last login: 2026-01-05 (147 days before 2026-06-01)")]
    # the same in the panel's language: a last participation in Spanish, Portuguese, Italian
    for column in ("Última participación", "Última participação", "Ultima partecipazione"):
        panel = roster({column: "20/05/2026", "How often do you use it?": "Weekly"})
        assert columns_by_use(panel)["last interviewed"] == [column.lower()], column
        assert usage(panel) == [("frequent", "how often do you use it?: Weekly")], (column, usage(panel))


# --- a CRM's type of record ------------------------------------------------------------------

def test_a_crm_type_of_former_customer_or_prospect() -> None:
    # (a customer who has left may still log in before the term ends: the ended relationship decides)
    people = roster({"Type": "Former Customer", "Last login": "2026-05-20"},
                    {"Type": "Prospect", "Last login": ""},
                    {"Type": "Customer", "Last login": "2026-05-30"},
                    {"Type": "Partner", "Last login": ""},
                    {"Type": "Current Customer", "Last login": ""},
                    {"Type": "Customer - Churned", "Last login": "2025-11-02"},
                    {"Type": "Lead", "Last login": ""})
    said = usage(people)
    assert [u for u, _ in said] == ["lapsed", "never_activated", "frequent", "unknown", "unknown", "lapsed",
                                    "never_activated"]
    assert said[0][1] == "type: Former Customer"
    assert "type" in columns_by_use(people)["usage"]
    # in another language: "Tipo de contacto: Ex-cliente"
    assert [u for u, _ in usage(roster({"Contact type": "Ex-cliente"}, {"Contact type": "Cliente"}))] == \
        ["lapsed", "unknown"]


def test_a_type_column_of_something_else_says_nothing_of_use() -> None:
    people = roster({"Type": "Business", "Last login": "2026-05-30"}, {"Type": "Personal", "Last login": ""},
                    {"Type": "Former Customer", "Last login": ""})  # one customer word among kinds of account
    assert [u for u, _ in usage(people)] == ["frequent", "unknown", "unknown"]
    assert "type" not in columns_by_use(people)["usage"]


# --- warnings and the import line say what the roster could say -------------------------------

def test_no_lapsed_users_is_said_only_of_those_whose_usage_is_known() -> None:
    people = roster(*[{"Type": "Customer", "Logins (30d)": "", "NPS": "9"} for _ in range(10)],
                    {"Type": "Customer", "Logins (30d)": "2", "NPS": "8"},
                    {"Type": "Customer", "Logins (30d)": "3", "NPS": "3"})
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY))
    text = " | ".join(plan.warnings)
    assert "in the roster" not in text.split("no usage value")[0], text
    assert ("usage unknown for 10 of 12: among the 2 whose usage is known, no frequent users, no lapsed or "
            "churned users, no people who never activated") in text
    # everyone known: "none in the roster" is true, and said so
    known = plan_mix(roster(*[{"Logins (30d)": "2"} for _ in range(4)]), MixOptions(size=2, as_of=TODAY))
    assert "no lapsed or churned users in the roster" in known.warnings


def test_the_import_line_names_only_columns_that_decided_someones_usage() -> None:
    # the count decides everyone's usage; the plain "active" status and the last-seen day (both
    # within the lapsed window) decide nobody's
    people = roster({"Status": "active", "Logins (30d)": "5", "Last seen": "2026-05-30"},
                    {"Status": "active", "Logins (30d)": "1", "Last seen": "2026-05-02"})
    deciding, idle = usage_deciding(people, MixOptions(as_of=TODAY))
    assert deciding == ["logins (30d)"] and idle == ["status", "last seen"], (deciding, idle)
    from listenwell.cli.studies import reading_summary
    line = reading_summary(people, None, MixOptions(as_of=TODAY))
    assert line.startswith("  usage from: logins (30d) (read, deciding nobody's: status, last seen);"), line
    # one seen long ago: the last-seen day decides theirs
    people.append(Participant(pid="R9", attributes={"status": "active", "logins (30d)": "0", "last seen": "2025-12-01"}))
    assert usage_deciding(people, MixOptions(as_of=TODAY)) == (["last seen", "logins (30d)"], ["status"])


def test_a_crms_last_activity_is_its_last_touch_not_use() -> None:
    # a sales call or an email opened: the customers' usage is unknown, not read from the CRM's touch
    people = roster({"Type": "Customer", "Last Activity": "05/28/2026"},
                    {"Type": "Former Customer", "Last Activity": "01/14/2025"},
                    {"Type": "Prospect", "Last Activity": "05/30/2026"})
    assert [u for u, _ in usage(people)] == ["unknown", "lapsed", "never_activated"]
    assert columns_by_use(people)["usage"] == ["type"]
    # named, it is read: the researcher knows what it holds
    assert usage(people, usage_from=["Last Activity"])[0] == ("frequent", "last activity: 05/28/2026")


def test_a_lifetime_count_that_is_no_number_is_refused_naming_it() -> None:
    with pytest.raises(InputError, match=r"participant R2, column 'total orders': '1\.2\.3' is not a number"):
        segment(roster({"Total Orders": "4"}, {"Total Orders": "1.2.3"}), MixOptions(as_of=TODAY))


# --- events, clicks, page views: how much they did when there, not how often they came ----------

def test_an_analytics_event_count_is_not_read_as_visits() -> None:
    # a shop's analytics export: events beside orders; the orders say how often, the events do not
    people = roster({"Signed up": "2025-01-10", "Last event": "2026-05-31", "Events (30d)": "240", "Orders_30d": "1"},
                    {"Signed up": "2025-01-10", "Last event": "2026-05-30", "Events (30d)": "90", "Orders_30d": "6"})
    said = usage(people)
    assert said[0] == ("occasional", "about 1 a month (events (30d): 240; orders_30d: 1)"), said
    assert said[1][0] == "frequent"
    # events alone, whatever the tool calls them: a date says how recently, the count not how often
    for column in ("events_30d", "Total events (last 30 days)", "Pageviews L30D", "clicks_7d", "screen views (30d)"):
        alone = roster({"Signed up": "2025-01-10", column: "6", "Last seen": "2026-05-10"},
                       {"Signed up": "2025-01-10", column: "6"},
                       {"Signed up": "2025-01-10", column: "0", "Last seen": "2026-04-20"})
        got = usage(alone)
        assert got[0] == ("occasional", "last seen: 2026-05-10"), (column, got)
        assert got[1][0] == "active" and "not how often they came" in got[1][1], (column, got)
        assert got[2][0] == "occasional", (column, got)  # none in the window, seen within the lapsed one
    # a product's own thing counted is use: "Trips created", "activities"
    assert usage(roster({"Activities (30d)": "6"}))[0][0] == "frequent"


def test_nothing_counted_since_signing_up_last_week_is_never_activated() -> None:
    # signed up four days ago, came that day (a handful of events), nothing ordered since: the
    # 30-day count holds all their time
    people = roster({"Signup date": "2026-05-28", "Last event": "2026-05-28", "Events_30d": "6", "Orders_30d": "0"},
                    # came back since: a new user, not one who never started
                    {"Signup date": "2026-05-25", "Last event": "2026-05-31", "Events_30d": "14", "Orders_30d": "0"},
                    # signed up long before the window: none in it is no never
                    {"Signup date": "2025-02-01", "Last event": "2026-05-28", "Events_30d": "6", "Orders_30d": "0"})
    said = usage(people)
    assert said[0] == ("never_activated", "orders_30d: 0 since they signed up (signup date: 2026-05-28, "
                                          "4 days before 2026-06-01)"), said
    assert [u for u, _ in said[1:]] == ["occasional", "occasional"], said


def test_a_login_the_day_after_signing_up_is_no_never_where_the_products_things_are_counted() -> None:
    # a shop three weeks in, last logged in the day after it signed up: with orders in the month it is
    # selling (the orders are its use, not the logins); with none, it never got going, and the reason
    # says the day after, as the roster has it
    people = roster({"Signup date": "2026-05-09", "Last login": "2026-05-10", "Orders_30d": "3"},
                    {"Signup date": "2026-05-09", "Last login": "2026-05-10", "Orders_30d": "0"},
                    {"Signup date": "2026-05-09", "Last login": "2026-05-09", "Sessions_30d": "1"},
                    # one thing is what a try makes: a first order placed while setting it up
                    {"Signup date": "2026-05-09", "Last login": "2026-05-10", "Orders_30d": "1"})
    said = usage(people)
    assert said[0][0] != "never_activated", said
    assert said[3][0] == "never_activated", said
    assert said[1] == ("never_activated", "last login: 2026-05-10, the day after they signed up (signup date: "
                                          "2026-05-09), and not since"), said
    # a visit counted is the sign-up's own visit: still never
    assert said[2] == ("never_activated", "last login: 2026-05-09, the day they signed up, and not since"), said


def test_a_visit_on_the_day_they_signed_up_this_fortnight_says_nothing_yet_of_how_often() -> None:
    people = roster({"Created at": "2026-05-27", "Last seen": "2026-05-27"},
                    {"Created at": "2026-05-20", "Last seen": "2026-05-29"},  # came back: the date says it
                    {"Created at": "2025-03-01", "Last seen": "2026-05-27"})
    said = usage(people)
    assert said[0] == ("active", "last seen: 2026-05-27, the day they signed up (5 days before 2026-06-01): "
                                 "too soon to tell how often"), said
    assert [u for u, _ in said[1:]] == ["frequent", "frequent"]
    plan = plan_mix(people, MixOptions(size=3, as_of=TODAY))
    assert any(w.startswith("1 active user: the roster says they came") for w in plan.warnings), plan.warnings


# --- two usage answers of one person that contradict each other: named in the plan -------------

def test_contradicting_usage_answers_are_named_with_both() -> None:
    people = roster(
        # says they stopped, yet opened it yesterday
        {"How often do you open your plant app?": "Not any more", "When did you last open it?": "Yesterday"},
        # says in another answer, in their own words, they have none, yet "most days"
        {"Which plant app is yours?": "I don't have one", "How often do you open your plant app?": "Most days",
         "When did you last open it?": "Today"},
        # says every day, yet not opened since last year
        {"How often do you open your plant app?": "Every day", "When did you last open it?": "Over a year ago"},
        # consistent answers: nothing to say
        {"How often do you open your plant app?": "A few times a month", "When did you last open it?": "Last month"},
        {"Which plant app is yours?": "Leafly", "How often do you open your plant app?": "Daily",
         "When did you last open it?": "Today"})
    plan = plan_mix(people, MixOptions(size=5, as_of=TODAY))
    said = [w for w in plan.warnings if "contradict" in w]
    assert len(said) == 1, plan.warnings
    assert said[0].startswith("3 of the 5 chosen gave usage answers that contradict each other: "), said
    assert ("R1, read as lapsed or churned users (how often do you open your plant app?: Not any more, "
            "yet when did you last open it?: Yesterday)") in said[0], said
    assert ("R2, read as frequent users (which plant app is yours?: I don't have one, "
            "yet when did you last open it?: Today)") in said[0], said
    assert ("R3, read as lapsed or churned users (how often do you open your plant app?: Every day, "
            "yet when did you last open it?: Over a year ago)") in said[0], said
    assert "R4" not in said[0] and "R5" not in said[0]
    # the segments themselves follow the rules as before
    assert [p.segments["usage"] for p in sorted(plan.chosen, key=lambda p: p.pid)] == \
        ["lapsed", "frequent", "lapsed", "occasional", "frequent"]
    # the product's record against what they said: a login long ago, a count of none in the month
    product = plan_mix(roster({"Usage frequency": "Weekly", "Last login": "2026-01-05"},
                              {"Usage frequency": "Weekly", "Logins (30d)": "0"}), MixOptions(size=2, as_of=TODAY))
    assert any("R1, read as lapsed or churned users (usage frequency: Weekly, yet last login: 2026-01-05)" in w
               and "R2, read as people who never activated (usage frequency: Weekly, yet logins (30d): 0)" in w
               and "(the product's record before what they said, what they said before a date alone)" in w
               for w in product.warnings), product.warnings
    # a free-text answer that says less ("I don't use it much") is no contradiction
    mild = plan_mix(roster({"Anything else?": "I don't use it much", "How often do you open your plant app?": "Daily",
                            "When did you last open it?": "Today"}), MixOptions(size=1, as_of=TODAY))
    assert not any("contradict" in w for w in mild.warnings), mild.warnings


def test_an_in_person_only_answer_beside_a_frequent_count_names_the_chosen_with_both() -> None:
    people = roster(
        # a savings club: says counter only, yet the app counts 18 sign-ins in 30 days
        {"How do you pay in?": "Counter only", "App sign-ins (30 days)": "18", "Notes": ""},
        {"How do you pay in?": "Sólo en ventanilla", "App sign-ins (30 days)": "0", "Notes": ""},
        # the counter and the app both named: no contradiction
        {"How do you pay in?": "The app, or the counter only when it's down", "App sign-ins (30 days)": "15",
         "Notes": ""},
        # a note, not an answer, of how to meet them
        {"How do you pay in?": "Mostly the app", "App sign-ins (30 days)": "20", "Notes": "in person only, at the hall"},
        # a count of their visits to the counter agrees with it
        {"How do you pay in?": "Counter only", "Counter visits (30 days)": "9", "Notes": ""})
    plan = plan_mix(people, MixOptions(size=5, as_of=TODAY, by=["How do you pay in?"]))
    said = [w for w in plan.warnings if "only in person" in w]
    assert len(said) == 1, plan.warnings
    assert said[0].startswith("1 of the 5 chosen said they do it only in person, yet the roster counts frequent use: "
                              "R1 (how do you pay in?: Counter only, yet app sign-ins (30 days): 18)"), said
    assert not any(pid in said[0] for pid in ("R2", "R3", "R4", "R5"))


# --- a panel's demographic "X status" and its submission status are not usage ------------------

def test_a_panels_submission_status_and_demographic_statuses_are_not_usage_columns() -> None:
    # a panel export joined with its screener: the submission's review state, a student and an
    # employment status (one "due to start a new job"), beside the screener's own usage question
    people = roster(
        {"Status": "APPROVED", "Student status": "Yes", "Employment status": "Due to start a new job within the next month",
         "Marital status": "Single", "How often do you use the app?": "Weekly"},
        {"Status": "AWAITING REVIEW", "Student status": "No", "Employment status": "Full-Time",
         "Marital status": "Married", "How often do you use the app?": "I no longer use it"},
        {"Status": "APPROVED", "Student status": "No", "Employment status": "Unemployed (and job seeking)",
         "Marital status": "Separated", "How often do you use the app?": "A few times a month"})
    assert columns_by_use(people)["usage"] == ["how often do you use the app?"]
    assert [u for u, _ in usage(people)] == ["frequent", "lapsed", "occasional"]
    # an account's status keeps being read, whatever its tool calls it
    kept = roster({"Member status": "Lapsed", "Employment status": "Full-Time"},
                  {"Member status": "Active", "Employment status": "Retired"})
    assert columns_by_use(kept)["usage"] == ["member status"]


# --- a contract's status in the roster's language; "no answer" in its words -------------------

def test_a_contract_status_named_in_another_language_is_read_with_its_values() -> None:
    # a CRM kept in German, French, Spanish, Italian, Polish or Swedish: the contract's state is the
    # clearest word on use it has, beside a month's logins that some rows leave empty
    for column, values in (("Status Vertrag", ("aktiv", "gekündigt", "Testphase", "pausiert")),
                           ("Vertragsstatus", ("Aktiv", "Gekündigt", "Testphase", "Pausiert")),
                           ("Abo-Status", ("aktiv", "beendet", "Probemonat", "ruhend")),
                           ("Statut contrat", ("Actif", "Résilié", "Période d'essai", "En pause")),
                           ("Estado del contrato", ("Activo", "Cancelado", "Período de prueba", "En pausa")),
                           ("Stato contratto", ("Attivo", "Disdetto", "Periodo di prova", "In pausa")),
                           ("Status umowy", ("aktywna", "anulowana", "okres próbny", "wstrzymana")),
                           ("Avtalsstatus", ("Aktiv", "Uppsagt", "Provperiod", "Pausad"))):
        people = roster({column: values[0], "Logins (30d)": "9"}, {column: values[1], "Logins (30d)": ""},
                        {column: values[2], "Logins (30d)": ""}, {column: values[3], "Logins (30d)": "0"})
        assert column.lower() in columns_by_use(people)["usage"], column
        said = usage(people)
        assert [u for u, _ in said] == ["frequent", "lapsed", "never_activated", "lapsed"], (column, said)
        assert said[1][1] == f"{column.lower()}: {values[1]}", said


def test_a_cell_that_says_no_answer_in_the_sheets_language_is_no_value() -> None:
    # "k. A." (keine Angabe) where a German sheet has no score; the same in other languages and spacings
    blanks = ("k. A.", "k.A.", "K.A", "keine Angabe", "n. v.", "s/d", "n/d", "sin dato", "sin datos",
              "non renseigné", "nd")
    people = roster(*({"NPS": blank, "Logins (30d)": "4"} for blank in blanks), {"NPS": "9", "Logins (30d)": "4"})
    _, persons = segment(people, MixOptions(as_of=TODAY))
    assert [p.segments["sentiment"] for p in persons] == ["unknown"] * len(blanks) + ["promoter"]
    # and in a column balanced on, it is no group of its own
    people = roster({"Region": "k. A."}, {"Region": "Nord"})
    _, persons = segment(people, MixOptions(as_of=TODAY, by=["region"]))
    assert [p.segments["region"] for p in persons] == ["unknown", "Nord"]


# --- none counted in the month: from a customer of years, not "never" ------------------------

def test_none_counted_of_late_from_a_customer_of_years_is_lapsed_not_never_activated() -> None:
    # a CRM's "Customer since" beside a month's logins, and no other record of use
    people = roster({"Customer since": "01.03.2021", "Logins (last 30 days)": "0"},
                    {"Customer since": "15.04.2026", "Logins (last 30 days)": "0"},  # 47 days: too soon to lapse
                    {"Customer since": "01.03.2021", "Logins (last 30 days)": "6"},
                    {"Logins (last 30 days)": "0"})
    said = usage(people)
    assert [u for u, _ in said] == ["lapsed", "never_activated", "frequent", "lapsed"], said
    assert said[0][1] == ("logins (last 30 days): 0, from someone with it since 2021-03-01 (customer since: "
                          "01.03.2021, 1918 days before 2026-06-01): none of late"), said
    # one login in three months is some use, never "never"
    once = roster({"Customer since": "2026-04-20", "Logins (90d)": "1"})
    assert usage(once)[0][0] != "never_activated"
    # the product's own last-use column, left empty beside a count of none, still says never
    empty = roster({"Customer since": "2021-03-01", "Logins (30d)": "0", "Last login": ""},
                   {"Customer since": "2021-03-01", "Logins (30d)": "3", "Last login": "2026-05-30"})
    assert [u for u, _ in usage(empty)] == ["never_activated", "occasional"]


def test_a_last_thing_done_or_a_last_check_in_is_a_last_use() -> None:
    # a fitness app's warehouse export and a gym's member list: when they last did the product's thing
    for column in ("last_workout_logged_at", "Last lesson completed", "Last Check-in", "Last checked in"):
        people = roster({column: "", "Sessions (30d)": "0", "Created at": "2025-01-10"},
                        {column: "2026-04-10", "Sessions (30d)": "0", "Created at": "2025-01-10"},
                        {column: "2026-01-10", "Sessions (30d)": "0", "Created at": "2025-01-10"})
        assert column.lower() in columns_by_use(people)["usage"], column
        assert [u for u, _ in usage(people)] == ["never_activated", "occasional", "lapsed"], column


# --- a form tool's export: questions in group paths, its own metadata, answers as codes --------

def test_a_form_exports_last_meeting_and_frequency_are_read_and_its_metadata_is_not() -> None:
    # an ODK-style export of a programme's members: questions under a group, the tool's own columns
    people = roster(
        {"start": "2026-05-20T10:02:11.000-05:00", "asistencia/ultima_reunion": "2026-05-27",
         "asistencia/frecuencia_reuniones": "cada_semana", "_status": "submitted_via_web",
         "_validation_status": "validation_status_approved", "__version__": "vQ83hd"},
        {"start": "2026-05-20T11:40:00.000-05:00", "asistencia/ultima_reunion": "2025-12-02",
         "asistencia/frecuencia_reuniones": "ya_no_asiste", "_status": "submitted_via_web",
         "_validation_status": "", "__version__": "vQ83hd"},
        {"start": "2026-05-21T09:15:00.000-05:00", "asistencia/ultima_reunion": "2026-05-05",
         "asistencia/frecuencia_reuniones": "cada_quince_dias", "_status": "submitted_via_web",
         "_validation_status": "", "__version__": "vQ83hd"})
    read = columns_by_use(people)["usage"]
    assert set(read) == {"asistencia/ultima_reunion", "asistencia/frecuencia_reuniones"}, read
    assert [u for u, _ in usage(people)] == ["frequent", "lapsed", "occasional"]
    # the same survey exported with its labels, in Spanish
    labels = roster({"¿Cuándo fue la última reunión a la que asistió?": "2026-05-27",
                     "¿Con qué frecuencia asiste a las reuniones?": "Cada semana"},
                    {"¿Cuándo fue la última reunión a la que asistió?": "2026-05-12",
                     "¿Con qué frecuencia asiste a las reuniones?": "Ya no asisto"},
                    {"¿Cuándo fue la última reunión a la que asistió?": "2026-05-05",
                     "¿Con qué frecuencia asiste a las reuniones?": "Cada quince días"})
    assert [u for u, _ in usage(labels)] == ["frequent", "lapsed", "occasional"]


def test_how_often_in_other_languages_and_as_a_forms_codes_when_named() -> None:
    answers = {"Cada semana": "frequent", "cada_semana": "frequent", "Todas las semanas": "frequent",
               "Cada quince días": "occasional", "cada_mes": "occasional", "Una vez al mes": "occasional",
               "Ya no asisto": "lapsed", "ya_no_asiste": "lapsed", "Chaque semaine": "frequent",
               "Tous les mois": "occasional", "Ogni settimana": "frequent", "Jede Woche": "frequent",
               "Elke maand": "occasional", "Todas as semanas": "frequent", "Já não uso": "lapsed"}
    people = roster(*({"Asistencia": a} for a in answers))
    assert [u for u, _ in usage(people, usage_from=["Asistencia"])] == list(answers.values())


def test_a_usage_from_column_that_gives_nobody_a_usage_is_refused_naming_its_values() -> None:
    people = roster({"Uso del ahorro": "emergencias", "Logins (30d)": "4"},
                    {"Uso del ahorro": "negocio", "Logins (30d)": "9"},
                    {"Uso del ahorro": "emergencias", "Logins (30d)": "0"})
    with pytest.raises(InputError) as err:
        usage(people, usage_from=["Uso del ahorro"])
    assert "--usage-from 'uso del ahorro': no usage is read from any of its values ('emergencias', 'negocio')" \
        in str(err.value)
    # a column some of whose values are read is taken, the others unknown as before
    some = roster({"Asistencia": "Cada semana"}, {"Asistencia": "depende"})
    assert [u for u, _ in usage(some, usage_from=["Asistencia"])] == ["frequent", "unknown"]


def test_a_trial_in_the_rosters_language_with_no_logins_is_never_activated_not_lapsed() -> None:
    # a German CRM: trial accounts made weeks ago, none logged in this month, one who did every day
    people = roster({"Status Vertrag": "Testphase", "Logins letzte 30 Tage": "0", "Erstellt am": "14.04.2026"},
                    {"Status Vertrag": "Testphase", "Logins letzte 30 Tage": "0"},
                    {"Status Vertrag": "Testphase", "Logins letzte 30 Tage": "22"},
                    {"Status Vertrag": "gekündigt", "Logins letzte 30 Tage": "0", "Kunde seit": "01.02.2020"})
    said = usage(people)
    assert [u for u, _ in said] == ["never_activated", "never_activated", "frequent", "lapsed"], said
    assert said[0][1] == "status vertrag: Testphase" and said[3][1] == "status vertrag: gekündigt"


def test_a_last_date_with_nothing_beside_it_reads_as_the_readme_says() -> None:
    # (documentation: a last login alone is frequent within a week, else occasional; beyond the
    # lapsed window, lapsed; a count of none beside a date within it, occasional; a last order alone, active)
    people = roster({"Last login": "2026-05-28"}, {"Last login": "2026-05-20"}, {"Last login": "2026-01-20"},
                    {"Last login": "2026-04-20", "Logins (30d)": "0"})
    assert [u for u, _ in usage(people)] == ["frequent", "occasional", "lapsed", "occasional"]
    orders = roster({"Last order": "2026-05-28"}, {"Last order": "2026-04-02"})
    assert [u for u, _ in usage(orders)] == ["active", "active"]


# --- a subscription that delivers on a schedule: the deliveries are the use --------------------

def test_an_active_delivery_subscription_is_used_at_its_schedule_whatever_an_engagement_date_says() -> None:
    # a coffee-bean subscription's billing export joined with a mailing tool's profile: "Last Active"
    # there is the last email opened, not the last bag of beans
    people = roster(
        {"Status": "ACTIVE", "order_interval_unit": "week", "order_interval_frequency": "1",
         "Last Active": "2026-01-10", "Created": "2025-03-01"},  # months since an email opened
        {"Status": "ACTIVE", "order_interval_unit": "week", "order_interval_frequency": "1",
         "Last Active": "", "Created": "2026-04-20"},  # never opened one
        {"Status": "ACTIVE", "order_interval_unit": "month", "charge_interval_frequency": "1",
         "Last Active": "2026-05-30", "Created": "2025-03-01"},
        {"Status": "ACTIVE", "Delivery frequency": "Every 2 weeks", "Last Active": "2026-05-31"},
        {"Status": "PAUSED", "order_interval_unit": "week", "order_interval_frequency": "1",
         "Last Active": "2026-05-30"},  # no deliveries while paused, however recently they read an email
        {"Status": "CANCELLED", "order_interval_unit": "week", "order_interval_frequency": "1",
         "Last Active": "2026-05-30"})
    said = usage(people)
    assert [u for u, _ in said] == ["frequent", "frequent", "occasional", "occasional", "lapsed", "lapsed"], said
    assert said[0][1] == ("status: ACTIVE; about 4.3 deliveries a month (order_interval_unit: week; "
                          "order_interval_frequency: 1)"), said
    assert said[3][1] == "status: ACTIVE; about 2.2 deliveries a month (delivery frequency: Every 2 weeks)", said
    assert said[4][1] == "status: PAUSED", said
    assert {"order_interval_unit", "delivery frequency"} <= set(columns_by_use(people)["usage"])
    assert "last active" in usage_deciding(people, MixOptions(as_of=TODAY))[1]


def test_a_software_subscription_with_no_delivery_schedule_still_lapses_by_its_last_login() -> None:
    # a paid plan nobody logs in to is a lapsed user: only deliveries make the subscription the use
    people = roster({"Status": "active", "Plan interval": "month", "Last login": "2026-01-10"},
                    {"Status": "paused", "Plan interval": "month", "Last login": "2026-05-30"})
    assert [u for u, _ in usage(people)] == ["lapsed", "frequent"]


# --- a yes/no "Do you use it?", a weekly answer not seen for weeks, a member struck off -----------

def test_a_no_to_do_you_use_it_with_no_date_of_use_is_not_a_user() -> None:
    # a council's survey of its online bin-collection account, in English and in French
    for column, no, yes in (("Do you use the online account?", "No", "Yes"),
                            ("Utilisez-vous le compte en ligne ?", "Non", "Oui")):
        people = roster({column: no, "How often?": "", "Last sign-in": ""},
                        {column: yes, "How often?": "Every week", "Last sign-in": "2026-05-29"},
                        {column: no, "How often?": "", "Last sign-in": "2025-12-01"})  # an old date: lapsed
        said = usage(people)
        assert [u for u, _ in said] == ["never_activated", "frequent", "lapsed"], (column, said)
        assert said[0][1] == f"{column.lower()}: {no}; no last sign-in", said
        assert column.lower() in columns_by_use(people)["usage"]
    stopped = roster({"Do you still use the app?": "No"}, {"Do you still use the app?": "Yes", "Last login": "2026-05-30"})
    assert [u for u, _ in usage(stopped)] == ["lapsed", "frequent"]


def test_a_weekly_answer_from_someone_not_seen_for_a_month_is_named_as_contradicting() -> None:
    # what they said decides before a date alone, as the order says; seven weeks without a booking
    # beside "once a week" is named with both, two weeks and a half is not
    people = roster({"How often do you book a court?": "Once a week", "Last booking date": "2026-04-14"},
                    {"How often do you book a court?": "Once a week", "Last booking date": "2026-05-14"})
    assert [u for u, _ in usage(people)] == ["frequent", "frequent"]
    plan = plan_mix(people, MixOptions(size=2, as_of=TODAY))
    said = [w for w in plan.warnings if "contradict" in w]
    assert len(said) == 1 and ("R1, read as frequent users (how often do you book a court?: Once a week, yet "
                               "last booking date: 2026-04-14)") in said[0] and "R2" not in said[0], plan.warnings


def test_a_situation_column_of_account_states_is_read_as_a_status() -> None:
    # a housing agency's file: "radié" is someone struck off the rolls, no longer a tenant it serves
    people = roster({"Situation": "actif", "À quelle fréquence vous connectez-vous ?": "Chaque semaine"},
                    {"Situation": "radié", "À quelle fréquence vous connectez-vous ?": "Chaque semaine"},
                    {"Situation": "suspendu", "À quelle fréquence vous connectez-vous ?": "Une fois par mois"})
    said = usage(people)
    assert [u for u, _ in said] == ["frequent", "lapsed", "occasional"], said
    assert said[1][1] == "situation: radié"
    # a family's or a job's situation is no account's state
    family = roster({"Situation": "Married", "Last login": "2026-05-30"}, {"Situation": "radié", "Last login": "2026-05-30"})
    assert [u for u, _ in usage(family)] == ["frequent", "frequent"]


def test_an_ended_subscription_is_named_with_how_long_ago_it_ended() -> None:
    # a plan for the recently cancelled: last week's cancellation and last year's both lapse, and the
    # plan says which is which
    people = roster({"Status": "cancelled", "Cancelled at": "2026-05-25", "Cancellation reason": "Too pricey"},
                    {"Status": "cancelled", "Cancelled at": "2025-03-12 08:15:00"},
                    {"Status": "cancelled", "Cancelled at": ""},
                    {"Status": "active", "Cancelled at": ""})
    said = usage(people)
    assert [u for u, _ in said] == ["lapsed", "lapsed", "lapsed", "active"], said
    assert said[0][1] == "status: cancelled; cancelled at: 2026-05-25 (7 days before 2026-06-01)", said
    assert said[1][1] == "status: cancelled; cancelled at: 2025-03-12 08:15:00 (446 days before 2026-06-01)", said
    assert said[2][1] == "status: cancelled", said


# --- time in the product over a period ----------------------------------------------------------

def test_no_time_played_over_the_period_is_not_frequent() -> None:
    # a game's export: hours played in 30 days, the last login and the day the account was made
    people = roster({"hours_played_30d": "0.0", "last_login": "2026-05-30", "account_created": "2026-05-30"},
                    {"hours_played_30d": "0", "last_login": "2026-05-29", "account_created": "2025-02-01"},
                    {"hours_played_30d": "14.5", "last_login": "2026-05-30", "account_created": "2024-01-01"})
    got = usage(people)
    assert got[0][0] == "never_activated" and "hours_played_30d: 0.0 since they signed up" in got[0][1]
    assert got[1][0] == "occasional" and "hours_played_30d: 0, yet seen" in got[1][1]
    assert got[2][0] == "frequent"
    assert "hours_played_30d" in columns_by_use(people)["usage"]
    # a music app's minutes over a named period
    listened = roster({"Minutes listened (last 30 days)": "0", "Last seen": "2026-05-31"},
                      {"Minutes listened (last 30 days)": "212", "Last seen": "2026-05-31"})
    assert [u for u, _ in usage(listened)] == ["occasional", "frequent"]


def test_a_time_that_is_not_time_in_the_product_is_not_use() -> None:
    people = roster({"Support hours (last 30 days)": "0", "last_login": "2026-05-30"},
                    {"Avg ticket wait time (30d)": "0", "last_login": "2026-05-30"})
    assert [u for u, _ in usage(people)] == ["frequent", "frequent"]


def test_a_lifecycle_stage_before_customer_never_bought() -> None:
    # a CRM's lifecycle stages: all before "Customer" are people the sales team has not sold to yet
    stages = ["Subscriber", "Marketing Qualified Lead", "MQL", "salesqualifiedlead", "Opportunity", "Lead",
              "Customer", "Evangelist", "Other"]
    people = roster(*[{"Lifecycle Stage": s, "Invoices sent (last 30 days)": ""} for s in stages])
    assert [u for u, _ in usage(people)] == ["never_activated"] * 6 + ["unknown"] * 3
    assert usage(people)[4][1] == "lifecycle stage: Opportunity"
    # HubSpot's own property name, and a stage that bought and then used it a lot
    assert [u for u, _ in usage(roster({"lifecyclestage": "opportunity"},
                                       {"lifecyclestage": "customer", "Logins (30d)": "9"}))] == \
        ["never_activated", "frequent"]
    # the product's own status outweighs the sales stage, whichever column comes first
    said = usage(roster({"Lifecycle Stage": "Opportunity", "Subscription status": "Cancelled"}))
    assert said == [("lapsed", "subscription status: Cancelled")]
    # a "Subscriber" elsewhere is someone who pays for the product: nothing said of use
    assert [u for u, _ in usage(roster({"Status": "Subscriber"}, {"Status": "Opportunity"}))] == ["unknown", "unknown"]


def test_a_lapse_by_a_count_of_none_names_the_day_the_row_dates_the_end() -> None:
    # churned by the product's own count, with the CRM's churn day beside it: both said, and how long ago
    people = roster({"Status": "", "Bookings (last 30 days)": "0", "Bookings (last 90 days)": "0",
                     "Churn date": "2026-03-03"},
                    {"Status": "", "Bookings (last 30 days)": "6", "Bookings (last 90 days)": "18", "Churn date": ""},
                    {"Status": "cancelled", "Bookings (last 30 days)": "0", "Bookings (last 90 days)": "0",
                     "Churn date": "2026-05-02"})
    said = usage(people)
    assert said[0] == ("lapsed", "bookings (last 30 days): 0; bookings (last 90 days): 0; churn date: 2026-03-03 "
                                 "(90 days before 2026-06-01)")
    assert said[1][0] == "frequent" and "churn" not in said[1][1]
    assert said[2] == ("lapsed", "status: cancelled; churn date: 2026-05-02 (30 days before 2026-06-01)")
    assert "churn date" in usage_deciding(people, MixOptions(as_of=TODAY))[0]


# --- a count over a school's or a business's period: "this term", "this semester" -----------------

def test_a_count_this_term_or_semester_is_read_as_a_rate_over_the_period() -> None:
    # a university's report: a count of use this term (11 weeks), this semester (4 months)
    for column, many, per_month in (("App logins this term", "33", "about 12.9 a month"),
                                    ("Portal sessions this semester", "48", "about 12 a month"),
                                    ("Orders this quarter", "39", "about 12.9 a month")):
        people = roster({column: many}, {column: "7"}, {column: "0"})
        said = usage(people)
        assert said[0] == ("frequent", f"{per_month} ({column.lower()}: {many})"), (column, said)
        assert said[1][0] == "occasional", (column, said)
        assert said[2][0] != "unknown", (column, said)  # none this term is a reading, not a gap
        # named with --usage-from, the same: never a lifetime total that needs a sign-up day
        named = usage(people, usage_from=[column])
        assert [s for s, _ in named] == [s for s, _ in said][:2] + [named[2][0]] and named[2][0] != "unknown", named
    # a count of something that is no use, over a term, is no usage column
    assert "modules this term" not in columns_by_use(roster({"Modules this term": "4"}, {"Modules this term": "5"})).get(
        "usage", [])


def test_a_count_over_months_weeks_or_years_written_short_is_a_rate_over_the_period() -> None:
    # a CRM's or a finance sheet's short periods: "(12m)", "(6 mo)", "12 months", "l12m", "T12M"
    for column, n, per_month in (("Rides (12m)", "36", "3"), ("Rides (6 mo)", "18", "3"),
                                 ("Rides 12 months", "48", "4"), ("rides_l12m", "60", "5"),
                                 ("Rides T12M", "36", "3"), ("Rides (1y)", "36", "3"),
                                 ("Rides (8w)", "16", "8.6")):
        people = roster({column: n, "Last ride": "2026-05-20"}, {column: "0", "Last ride": "2025-11-02"})
        said = usage(people, usage_from=[column, "Last ride"], frequent_per_month=2.0)
        assert said[0] == ("frequent", f"about {per_month} a month ({column.lower()}: {n})"), (column, said)
        # none over the year from someone who rode before it: lapsed, not never activated
        assert said[1][0] == "lapsed", (column, said)


def test_a_zero_over_a_named_period_is_no_use_then_not_never() -> None:
    # a churned customer with no bookings in the last 12 months booked before them
    people = roster({"Bookings (12m)": "0"}, {"Bookings (12m)": "9"})
    said = usage(people, usage_from=["Bookings (12m)"], frequent_per_month=0.5)
    assert said[0][0] == "lapsed", said
    assert said[1] == ("frequent", "about 0.8 a month (bookings (12m): 9)"), said


def test_some_use_over_a_recent_period_beside_an_old_last_date_is_named_with_both() -> None:
    # a reading app: the login stays open, so the last login is old while the minutes read are new
    # (or a usage table synced months ago: which holds is not known, so the date decides, as before)
    people = roster({"last_login": "2026-02-28", "minutes_read_30d": "12"},
                    {"last_login": "2026-02-28", "minutes_read_30d": "0"})
    said = usage(people)
    assert said[0] == ("lapsed", "last_login: 2026-02-28 (93 days before 2026-06-01), though minutes_read_30d: 12")
    assert said[1] == ("lapsed", "last_login: 2026-02-28 (93 days before 2026-06-01)"), said
    logins = roster({"Last login": "2026-01-10", "Logins (last 30 days)": "3"},
                    # a count over a year says nothing of the last 90 days
                    {"Last login": "2026-01-10", "Logins (last 30 days)": "", "Logins (12m)": "3"})
    said = usage(logins)
    assert said[0][1].endswith("though logins (last 30 days): 3") and not said[1][1].endswith("3"), said
    plan = plan_mix(people, MixOptions(size=2, as_of=TODAY))
    contradict = [w for w in plan.warnings if "contradict" in w]
    assert len(contradict) == 1 and ("R1, read as lapsed or churned users (minutes_read_30d: 12, yet last_login: "
                                     "2026-02-28)") in contradict[0] and "R2" not in contradict[0], plan.warnings
    # and why the date decided, not the rule of what they said against the product's record
    assert "(a last date older than the lapsed window before a count or time over a shorter period" in contradict[0]
    assert "what they said" not in contradict[0], contradict


def test_a_rate_under_once_a_month_over_their_whole_time_is_said_a_year_and_frequent_can_be_set() -> None:
    # a furniture shop's customers since 2022 (52 months to 2026-06-01): 14 to 26 orders are 3 to 6 a year,
    # far under 4 a month, and the plan says how the rates spread and that --frequent sets it
    rows = [("26", "2026-05-20"), ("14", "2026-05-02"), ("17", "2026-04-11"), ("22", "2026-05-28"),
            ("2", "2026-03-30"), ("4", "2026-05-09"), ("3", "2025-08-01")]
    people = roster(*[{"Total orders": n, "Last order": day, "Customer since": "2022-02-01"} for n, day in rows])
    said = usage(people)
    assert said[0] == ("occasional", "about 6 a year since 2022-02-01 (total orders: 26), seen within 90 days "
                                     "(last order: 2026-05-20)"), said
    assert [u for u, _ in said] == ["occasional"] * 6 + ["lapsed"]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY))
    assert ("no frequent users at --frequent 4 (a month): of the 6 occasional users with a rate, half use it about "
            "0.3 a month or less, the most 0.5; where a frequent user here comes less often (a shop's orders, a "
            "yearly renewal), say how often with --frequent (a number a month: 0.25 is three a year)") in plan.warnings
    assert "no frequent users in the roster" not in plan.warnings
    # set so, the ones who order more than three times a year are frequent
    set_so = usage(people, frequent_per_month=0.25)
    assert [u for u, _ in set_so] == ["frequent", "frequent", "frequent", "frequent", "occasional", "occasional",
                                      "lapsed"], set_so
    assert set_so[0][1] == "about 6 a year since 2022-02-01 (total orders: 26)"


# --- a donor CRM: the record's creation date, the first gift, a count of gifts ----------------------

def test_a_records_created_date_is_the_start_never_the_last_use() -> None:
    # a hospice's supporter list: gifts counted over their whole time, when the record was made
    for created in ("Created Date", "CreatedDate", "Date Created", "created_on", "First Gift Date"):
        people = roster({"Gift Count": "9", "Last Gift Date": "2026-05-28", created: "2023-06-01"},
                        {"Gift Count": "0", "Last Gift Date": "", created: "2026-02-10"},
                        {"Gift Count": "3", "Last Gift Date": "2024-12-01", created: "2021-06-01"})
        # named in --usage-from with the others, it is when they joined, not a last gift years ago
        for opts in ({}, {"usage_from": ["Gift Count", "Last Gift Date", created]}):
            said = usage(people, **opts)
            assert [u for u, _ in said] == ["occasional", "never_activated", "lapsed"], (created, opts, said)
            # nine gifts over three years is a rate from that start, not "more than most on the roster"
            assert said[0][1].startswith("about 3 a year since 2023-06-01 (gift count: 9)"), said
            assert "no sign-up date" not in said[0][1] and created.lower() not in said[2][1], said


def test_a_count_of_gifts_is_read_but_a_money_total_is_not() -> None:
    for column in ("Number of Gifts", "Total Number of Gifts", "Gift Count", "Number of Donations",
                   "Donations count"):
        people = roster({column: "0", "Total Gifts": "$0.00", "Last Gift Date": ""},
                        {column: "4", "Total Gifts": "$1,250.00", "Last Gift Date": "2026-05-02"})
        said = usage(people)
        # signed up, never gave: never activated, not "usage unknown"
        assert said[0] == ("never_activated", f"{column.lower()}: 0; no last gift date"), (column, said)
        assert column.lower() in columns_by_use(people)["usage"]
    # "Total Gifts" is an amount of money (NPSP writes "$1,250.00"): not a count of use
    people = roster({"Total Gifts": "$0.00", "Last Gift Date": ""},
                    {"Total Gifts": "$1,250.00", "Last Gift Date": "2026-05-02"})
    assert "total gifts" not in columns_by_use(people)["usage"]
    assert usage(people)[0][0] == "unknown"


# --- a status "active" alone: the account is open, not how often it is used -------------------------

def test_an_active_status_alone_is_an_active_user_how_often_not_known_in_any_language() -> None:
    for status in ("Active", "aktywny", "Aktif", "activo"):
        people = roster({"Status": status}, {"Status": "closed"})
        said = usage(people)
        assert said[0][0] == "active", (status, said)  # never "frequent": nothing says how often
        assert said[0][1] == f"status: {status} (an open account: how often they use it is not known)"
        plan = plan_mix(people, MixOptions(size=2, as_of=TODAY))
        assert any("gives only a status that says their account is open" in w for w in plan.warnings), plan.warnings


def test_an_empty_last_login_beside_an_active_status_is_never_logged_in() -> None:
    # a bank's customer list: last login and transfers this month, both empty for one signed up a year ago
    rows = [{"Signup date": "2025-05-02", "Last login": "", "Transfers (30 days)": "", "Status": "active"},
            {"Signup date": "2024-01-10", "Last login": "2026-05-30", "Transfers (30 days)": "12", "Status": "active"},
            {"Signup date": "2023-03-03", "Last login": "2026-05-11", "Transfers (30 days)": "2", "Status": "active"}]
    said = usage(roster(*rows))
    assert [u for u, _ in said] == ["never_activated", "frequent", "occasional"], said
    assert said[0][1] == ("status: active, yet no last login since they signed up (signup date: 2025-05-02, "
                          "395 days before 2026-06-01)"), said
    # a row that says they pay for it: an empty last login is more likely a record not synced
    paying = usage(roster({**rows[0], "MRR": "49.00"}, *rows[1:]))
    assert paying[0][0] == "active", paying
    # a CRM record's creation date alone (made when the record moved from an older system) is no sign-up
    moved = usage(roster(*({("Created Date" if k == "Signup date" else k): v for k, v in r.items()} for r in rows)))
    assert moved[0][0] == "active", moved


# --- appointments with people beside the app's own usage columns ------------------------------------

def test_appointments_are_no_app_use_beside_columns_that_name_the_app_unless_named() -> None:
    # a housing charity's case list: meetings with caseworkers, and the tenant app's own record
    for count in ("Appointments (6 months)", "Termine (6 Monate)", "Meetings 90d"):
        people = roster({count: "5", "App last active": "2026-05-30", "App sessions (30 days)": "9"},
                        {count: "4", "App last active": "", "App sessions (30 days)": "0"})
        read = columns_by_use(people)["usage"]
        assert count.lower() not in read and "app sessions (30 days)" in read, (count, read)
        assert all(count.lower() not in why for _, why in usage(people)), usage(people)
        # named in --usage-from, it is read as the researcher says
        named = usage(people, usage_from=[count])
        assert all(u != "unknown" for u, _ in named), named
    # with no usage column that names the app, appointments are the product's use (a booking tool's)
    alone = roster({"Appointments (90d)": "6", "Last login": "2026-05-30"},
                   {"Appointments (90d)": "0", "Last login": ""})
    assert "appointments (90d)" in columns_by_use(alone)["usage"]


# --- dates and counts named with --usage-from, read by what they hold -----------------------------

def test_a_sign_up_date_named_in_a_language_no_table_reads_is_read_by_its_dates_as_the_start() -> None:
    # Georgian headers: "registration date", "last login", "logins"; the registration is
    # never after the last login, and before it on most rows
    rows = [("2025-03-02", "2026-05-31", "22"), ("2026-01-10", "2026-05-30", "15"), ("2025-11-20", "2026-02-01", "0"),
            ("2026-04-02", "2026-04-02", "0"), ("2024-08-15", "2026-05-29", "9"), ("2025-06-30", "2025-12-01", "0")]
    people = roster(*({"რეგისტრაციის თარიღი": a, "ბოლო შესვლა": b, "შესვლები (30d)": n} for a, b, n in rows))
    named = ["ბოლო შესვლა", "შესვლები (30d)", "რეგისტრაციის თარიღი"]
    said = usage(people, usage_from=named)
    assert [s for s, _ in said][:2] == ["frequent", "frequent"], said
    assert said[2][0] == "lapsed" and "ბოლო შესვლა: 2026-02-01" in said[2][1], said
    assert not any("რეგისტრაციის თარიღი: " in why and seg == "lapsed" for seg, why in said), said
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY, usage_from=named))
    assert "--usage-from: read 'რეგისტრაციის თარიღი' as when they signed up, not as a last use: it is never " \
           "after 'ბოლო შესვლა'" in plan.warnings, plan.warnings
    assert not any("decided nobody's usage" in w for w in plan.warnings), plan.warnings
    # a day still to come (a renewal) is no last use: the earlier column stays what it was named
    ahead = roster(*({"ბოლო შესვლა": b, "განახლება": "2027-0" + str(i + 1) + "-01"} for i, (_, b, _) in enumerate(rows)))
    assert not any("signed up" in w for w in plan_mix(ahead, MixOptions(
        size=4, as_of=TODAY, usage_from=["ბოლო შესვლა", "განახლება"])).warnings)


def test_a_high_monthly_count_is_frequent_whatever_day_of_the_last_week_they_last_came() -> None:
    # drivers: hundreds of trips a month, the last one yesterday or three days ago; at --frequent 100 the
    # gap a frequent driver leaves is under a day, but a weekend off does not make them occasional
    people = roster({"Trips (last 30 days)": "312", "Last active": "2026-05-31"},
                    {"Trips (last 30 days)": "198", "Last active": "2026-05-29"},
                    {"Trips (last 30 days)": "240", "Last active": "2026-05-12"},
                    {"Trips (last 30 days)": "12", "Last active": "2026-06-01"})
    said = usage(people, frequent_per_month=100)
    assert [s for s, _ in said] == ["frequent", "frequent", "occasional", "occasional"], said
    assert said[2][1].endswith("but last active: 2026-05-12 (20 days before 2026-06-01)"), said
    # one day is a day
    one = usage(roster({"Last active": "2026-05-31"}, {"Last active": "2026-06-01"}), lapsed_after_days=0)
    assert one[0] == ("lapsed", "last active: 2026-05-31 (1 day before 2026-06-01)"), one


# --- what the product's own things say, and statuses of something else ----------------------

def test_a_year_of_purchases_says_how_often_where_purchases_are_all_the_roster_records() -> None:
    # a seed shop's customers: the last purchase and a year's count of them, nothing of visits
    people = roster({"Joined": "2024-02-01", "Last purchase": "2026-05-25", "Purchases (12 months)": "30"},
                    {"Joined": "2024-02-01", "Last purchase": "2026-04-10", "Purchases (12 months)": "4"},
                    {"Joined": "2024-02-01", "Last purchase": "", "Purchases (12 months)": "0"},
                    {"Joined": "2024-02-01", "Last purchase": "2025-09-01", "Purchases (12 months)": "1"})
    said = usage(people)
    assert [s for s, _ in said] == ["occasional", "occasional", "never_activated", "lapsed"], said
    assert said[0][1] == "about 2.5 a month (purchases (12 months): 30)", said
    assert [s for s, _ in usage(people, frequent_per_month=2)][:2] == ["frequent", "occasional"]
    assert "purchases (12 months)" in usage_deciding(people, MixOptions(as_of=TODAY))[0]
    plan = plan_mix(people, MixOptions(size=2, as_of=TODAY))
    assert not any("not how often" in w for w in plan.warnings), plan.warnings
    # beside a visit to the app, a year of bookings is how often they book, not how often they come
    app = roster({"Last active in app": "2026-05-30", "Bookings (12 months)": "3"},
                 {"Last active in app": "2026-05-01", "Bookings (12 months)": "30"})
    assert [s for s, _ in usage(app)] == ["frequent", "occasional"]


def test_a_service_lines_own_calls_and_dates_as_a_database_names_them() -> None:
    # a pharmacy line's extract: when they enrolled, their last refill call, the calls of a year
    people = roster({"ENROLLMENT_DT": "03/01/2024", "LAST_REFILL_DT": "05/28/2026", "REFILLS_12M": "60"},
                    {"ENROLLMENT_DT": "03/01/2024", "LAST_REFILL_DT": "04/15/2026", "REFILLS_12M": "5"},
                    {"ENROLLMENT_DT": "03/01/2024", "LAST_REFILL_DT": "", "REFILLS_12M": "0"},
                    {"ENROLLMENT_DT": "03/01/2024", "LAST_REFILL_DT": "08/30/2025", "REFILLS_12M": "2"},
                    {"ENROLLMENT_DT": "05/20/2026", "LAST_REFILL_DT": "", "REFILLS_12M": "0"})
    said = usage(people)
    assert [s for s, _ in said] == ["frequent", "occasional", "never_activated", "lapsed", "never_activated"], said
    assert said[3][1].startswith("last_refill_dt: 08/30/2025"), said
    assert columns_by_use(people)["usage"] == ["last_refill_dt", "refills_12m"]
    # a disenrolment is no start, and an enrolment's status no date
    assert "disenrollment_dt" not in columns_by_use(roster({"DISENROLLMENT_DT": "01/01/2026"}))["usage"]


def test_a_count_of_what_a_wallet_app_is_used_for_over_their_whole_time() -> None:
    people = roster({"Customer since": "2025-06-01", "Bills paid (total)": "60", "Last active": "2026-05-30"},
                    {"Customer since": "2025-06-01", "Bills paid (total)": "6", "Last active": "2026-05-30"},
                    {"Customer since": "2025-06-01", "Total transfers": "0", "Last active": ""})
    said = usage(people)
    assert [s for s, _ in said] == ["frequent", "occasional", "never_activated"], said
    assert said[0][1] == "about 5 a month (bills paid (total): 60)", said


def test_a_loan_claim_or_case_status_is_not_how_they_use_the_app() -> None:
    # a lender's app: a loan repaid ("Closed") is no lapsed user; the app's own record says the use
    for column in ("Loan status", "Claim status", "Case status"):
        people = roster({column: "Closed", "Last login": "2026-05-30", "Logins (30d)": "9"},
                        {column: "Active", "Last login": "2026-01-10", "Logins (30d)": "0"})
        said = usage(people)
        assert [s for s, _ in said] == ["frequent", "lapsed"], (column, said)
        assert column.lower() not in columns_by_use(people)["usage"]
    # a plain "Status" whose values are a credit's (disbursed, written off) is the loan's too
    book = roster({"Status": "Disbursed", "Last login": "2026-05-30"},
                  {"Status": "Written off", "Last login": "2026-05-29"},
                  {"Status": "Closed", "Last login": "2026-05-28"})
    assert [s for s, _ in usage(book)] == ["frequent", "frequent", "frequent"]
    # the account's own status still is read
    own = roster({"Account status": "Closed", "Last login": ""}, {"Account status": "Active", "Last login": ""})
    assert usage(own)[0][0] == "lapsed"


def test_one_session_on_the_day_they_signed_up_is_no_rate_a_month() -> None:
    people = roster({"first_open_date": "2026-05-27", "last_open_date": "2026-05-27", "total_sessions": "1"},
                    {"first_open_date": "2025-06-01", "last_open_date": "2026-05-30", "total_sessions": "24"})
    said = usage(people)
    assert said[0][0] == "active" and "too soon to tell" in said[0][1], said
    assert said[1][0] == "occasional"
    # and with a profile never finished, not seen after their first week: never got going
    rows = [{"first_open_date": a, "last_open_date": b, "total_sessions": n, "Completed profile": done}
            for a, b, n, done in (("2026-05-27", "2026-05-27", "1", "No"), ("2026-03-01", "2026-03-03", "2", "FALSE"),
                                  ("2026-03-01", "2026-05-30", "40", "FALSE"), ("2026-05-27", "2026-05-27", "1", "Yes"))]
    said = usage(roster(*rows))
    assert [s for s, _ in said] == ["never_activated", "never_activated", "frequent", "active"], said
    assert said[0][1].startswith("completed profile: No"), said


def test_a_rating_from_0_to_10_named_so_stands_in_for_nps() -> None:
    for column in ("Overall rating (0-10)", "SATISFACTION_0_10", "Likelihood to renew, 0 to 10"):
        people = roster({column: "10", "Last login": "2026-05-30"}, {column: "8", "Last login": "2026-05-30"},
                        {column: "2", "Last login": "2026-05-30"}, {column: ".", "Last login": "2026-05-30"})
        _, persons = segment(people, MixOptions(as_of=TODAY))
        assert [p.segments["sentiment"] for p in persons] == ["promoter", "passive", "detractor", "unknown"], column
    # on another scale, or with no scale said: not read, and named in the plan
    people = roster(*({"Satisfaction (1-5)": str(n), "Last login": "2026-05-30"} for n in (1, 3, 5, 4)))
    warnings = plan_mix(people, MixOptions(size=2, as_of=TODAY)).warnings
    assert any(w.startswith("not read as NPS: 'satisfaction (1-5)'") for w in warnings), warnings
    assert not any(w.startswith("not read as NPS") for w in plan_mix(people, MixOptions(
        size=2, as_of=TODAY, by=["Satisfaction (1-5)"])).warnings)
    # a rating of them or of a task is no sentiment, on any scale
    risk = roster(*({"Risk rating (0-10)": str(n), "Last login": "2026-05-30"} for n in (1, 3, 9, 4)))
    assert columns_by_use(risk)["NPS"] == []
    assert not any(w.startswith("not read as NPS") for w in plan_mix(risk, MixOptions(size=2, as_of=TODAY)).warnings)


def test_a_tenancy_or_lease_status_is_the_home_they_rent_not_their_use_of_the_app() -> None:
    # a landlord's export: "Current" is the tenancy still running, not an open account in its app;
    # someone with no login to the app is not an "active" user of it
    for column in ("Tenancy Status", "Lease status", "Tenure status"):
        people = roster({column: "Current", "Last app login": "2026-05-28", "Plot Ref": "P1"},
                        {column: "Current", "Last app login": "", "Plot Ref": "P2"},
                        {column: "Ended", "Last app login": "2026-05-30", "Plot Ref": "P3"})
        said = usage(people)
        assert said[0][0] == "frequent" and said[2][0] == "frequent", (column, said)
        assert said[1][0] not in ("active", "lapsed"), (column, said)
        assert column.lower() not in columns_by_use(people)["usage"]


def test_a_count_of_what_they_did_through_another_channel_is_not_use_of_the_app() -> None:
    # a council's booking app: bookings made at the desk or by phone are the other ways in, not the app
    for other in ("Bookings made by phone (12m)", "Bookings made at the desk (12m)", "Bookings in person (30d)",
                  "Orders by post (6m)"):
        people = roster({"Last app login": "2025-09-01", other: "5", "Bookings in app (12m)": "0"},
                        {"Last app login": "2026-05-30", other: "0", "Bookings in app (12m)": "9"})
        said = usage(people)
        assert said[0][0] == "lapsed" and other.lower() not in said[0][1], (other, said)
        assert other.lower() not in columns_by_use(people)["usage"], other
        plan = plan_mix(people, MixOptions(size=2, as_of=TODAY))
        assert not [w for w in plan.warnings if "contradict" in w], (other, plan.warnings)


def test_answers_left_out_of_usage_from_contradict_nothing() -> None:
    # an old screener says daily, the app's record says not seen since last year: a contradiction,
    # unless the researcher reads usage from the record alone
    people = roster({"How often do you use the app?": "Every day", "Last login": "2025-10-02"},
                    {"How often do you use the app?": "Monthly", "Last login": "2026-05-20"})
    said = [w for w in plan_mix(people, MixOptions(size=2, as_of=TODAY)).warnings if "contradict" in w]
    assert said and "R1" in said[0]
    named = plan_mix(people, MixOptions(size=2, as_of=TODAY, usage_from=["Last login"]))
    assert not [w for w in named.warnings if "contradict" in w], named.warnings


def test_none_of_the_products_things_in_all_their_time_is_never_activated_whatever_the_logins() -> None:
    # a ticket app: people who log in to look but have never bought a ticket never got going
    people = roster({"Tickets bought in app (all time)": "0", "Last app login": "2026-05-29"},
                    {"Tickets bought in app (all time)": "0", "Last app login": "2026-02-11"},
                    {"Tickets bought in app (all time)": "4", "Last app login": "2026-05-25"})
    named = usage(people, usage_from=["Tickets bought in app (all time)", "Last app login"])
    assert [s for s, _ in named][:2] == ["never_activated", "never_activated"], named
    assert named[2][0] == "frequent", named
    assert "tickets bought in app (all time): 0 in all their time, though last app login" in named[0][1]
    # read so by default too, where the count is of the product's own things over their whole time
    for column in ("Total Orders", "Bookings made in app (all time)", "Orders (lifetime)"):
        shop = roster({column: "0", "Last app login": "2026-05-30"}, {column: "7", "Last app login": "2026-05-30"})
        said = usage(shop)
        assert said[0][0] == "never_activated" and said[1][0] != "never_activated", (column, said)


def test_never_signed_up_is_never_activated_and_named_apart_from_signed_up_and_never_used() -> None:
    # a library's app: a member who never registered for the app never took it up, whatever else the row
    # says; the plan names them apart from those who registered and never opened it, with the --mix
    # that leaves them out for a study of the second group
    people = roster({"App registered (Y/N)": "N", "App logins (30d)": "0", "Last app login": ""},
                    {"App registered (Y/N)": "Y", "App logins (30d)": "0", "Last app login": ""},
                    {"App registered (Y/N)": "Y", "App logins (30d)": "3", "Last app login": "2026-05-20"},
                    {"App registered (Y/N)": "N", "App logins (30d)": "", "Last app login": "", "Status": "Active"})
    for opts in ({}, {"usage_from": ["App logins (30d)", "Last app login"]}):
        said = usage(people, **opts)
        assert said[0] == ("never_activated", "app registered (y/n): N: never signed up to it"), (opts, said)
        assert said[3][0] == "never_activated" and said[1][0] == "never_activated", (opts, said)
        assert "signed up" not in said[1][1], said
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY))
    named = [w for w in plan.warnings if "never signed up to it at all" in w]
    assert named and "R1" in named[0] and "R4" in named[0] and '--mix "app registered (y/n)=N:0"' in named[0], \
        plan.warnings
    assert "1 on the roster signed up and never used it" in named[0]
    # a day of registering is a sign-up date, never a no
    dated = roster({"Date registered": "2026-01-05", "Last app login": ""},
                   {"Date registered": "0", "Last app login": ""})
    assert all("not signed up" not in why for _, why in usage(dated))


def test_one_use_in_twelve_months_and_a_last_use_362_days_ago_agree() -> None:
    # TODAY is 2026-06-01: 2025-06-04 is 362 days before, inside a calendar year
    people = roster({"Last visit": "2025-06-04", "Visits (12 mo)": "1"},
                    {"Last visit": "2025-05-20", "Visits (12 mo)": "1"},  # 377 days: the count is newer than the date
                    {"Last visit": "2026-05-30", "Visits (12 mo)": "30"})
    plan = plan_mix(people, MixOptions(size=3, as_of=TODAY))
    said = [w for w in plan.warnings if "contradict" in w]
    assert len(said) == 1 and "R2" in said[0] and "R1," not in said[0] and "R1 " not in said[0], said


# --- a count over a window named in another language ------------------------------------------

@pytest.mark.parametrize("column", ["Lainat 30 pv", "Lainat (viim. 30 päivää)", "Posete (30 dana)",
                                    "Посете (последњих 30 дана)", "Визиты (30 дней)", "Kölcsönzések 30 napos"])
def test_a_count_whose_window_is_named_in_another_language_is_a_rate(column: str) -> None:
    # a library's loans over 30 days: 14 frequent, 2 occasional, none from a borrower seen in January lapsed;
    # none from one never seen, as in English, never activated
    rows = ({column: "14", "Last visit": "2026-05-28"}, {column: "2", "Last visit": "2026-05-20"},
            {column: "0", "Last visit": "2026-01-09"}, {column: "0"})
    for named in ({}, {"usage_from": [column, "Last visit"]}):
        said = usage(roster(*rows), **named)
        assert [u for u, _ in said] == ["frequent", "occasional", "lapsed", "never_activated"], (column, named, said)
        assert said[0][1] == f"about 14 a month ({column.lower()}: 14)", said
        assert said[2][1] == "last visit: 2026-01-09 (143 days before 2026-06-01)", said


def test_none_in_a_window_from_someone_with_uses_in_all_their_time_is_lapsed() -> None:
    # none this month and no date of use, but 45 in all their time: they used it, not of late
    people = roster({"Rides (last 30 days)": "0", "Total rides": "45", "Last ride": ""},
                    {"Rides (last 30 days)": "9", "Total rides": "80", "Last ride": "2026-05-30"},
                    {"Rides (last 30 days)": "0", "Total rides": "0", "Last ride": ""})
    said = usage(people)
    assert [u for u, _ in said] == ["lapsed", "frequent", "never_activated"], said
    assert said[0][1] == "rides (last 30 days): 0; total rides: 45", said


def test_an_inactive_status_with_no_use_in_the_month_stays_lapsed_and_a_count_of_none_beside_a_recent_date_is_named() -> None:
    people = roster(
        # the app's own "Inactive", no trips this month, the last seven weeks ago: lapsed, by its status
        {"Account Status": "Inactive", "Last Trip": "2026-04-12", "Trips (30 days)": "0"},
        # "Inactive", yet a trip a week ago: the behaviour says more than the flag, as before
        {"Account Status": "Inactive", "Last Trip": "2026-05-25", "Trips (30 days)": "1"},
        # active, no trips in the month, yet the last trip ten days ago: the two contradict each other
        {"Account Status": "Active", "Last Trip": "2026-05-22", "Trips (30 days)": "0"},
        # agreeing: a trip three weeks ago and one in the month
        {"Account Status": "Active", "Last Trip": "2026-05-10", "Trips (30 days)": "1"})
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY))
    usage = {p.pid: p.segments["usage"] for p in plan.chosen}
    assert usage["R1"] == "lapsed" and usage["R2"] != "lapsed"
    said = [w for w in plan.warnings if "contradict" in w]
    assert len(said) == 1 and said[0].startswith("1 of the 4 chosen gave usage answers that contradict"), plan.warnings
    assert "R3, read as" in said[0] and "(trips (30 days): 0, yet last trip: 2026-05-22)" in said[0], said
    assert "a count of none over a period that holds it" in said[0]
