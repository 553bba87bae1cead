"""What a roster's columns say, as tools export them (analysis/roster_signals.py), on rosters
written for these tests."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from listenwell.analysis.mix import MixOptions, SavedPlan, plan_mix, segment
from listenwell.analysis.roster_signals import check_ranges_not_dates, days_ago, monthly_rate, way_not_in_roster
from listenwell.domain import Consent, InputError, Participant

TODAY = dt.date(2026, 6, 1)


def usage(rows: list[dict[str, str]]) -> list[str]:
    people = [Participant(pid=f"P{i}", attributes={k.lower(): v for k, v in r.items() if v != ""})
              for i, r in enumerate(rows, 1)]
    _, persons = segment(people, MixOptions(as_of=TODAY))
    return [p.segments["usage"] for p in persons]


def segments(rows: list[dict[str, str]]) -> list[tuple[str, ...]]:
    """Each row's segments (usage, and sentiment where the roster has an NPS)."""
    people = [Participant(pid=f"P{i}", attributes={k.lower(): v for k, v in r.items() if v != ""})
              for i, r in enumerate(rows, 1)]
    _, persons = segment(people, MixOptions(as_of=TODAY))
    return [tuple(p.segments.values()) for p in persons]


def person(pid: str, **attrs: str) -> Participant:
    """Someone who uses the product (5 sessions a month) and whatever the roster adds: column
    names as keywords, "do_not_contact" for "do not contact"."""
    return Participant(pid=pid, attributes={"sessions_30d": "5", **{k.replace("_", " "): v for k, v in attrs.items()}})


def test_columns_named_after_the_product_and_the_period() -> None:
    rows = [{"Acme Last Login": "2026-05-30", "Acme Logins (Last 30 Days)": "12", "NPS (latest)": "10"},
            {"Acme Last Login": "2026-05-02", "Acme Logins (Last 30 Days)": "1", "NPS (latest)": "N/A"},
            {"Acme Last Login": "2025-12-24", "Acme Logins (Last 30 Days)": "0", "NPS (latest)": "#N/A"}]
    people = [Participant(pid=f"P{i}", attributes={k.lower(): v for k, v in r.items()}) for i, r in enumerate(rows)]
    dims, persons = segment(people, MixOptions(as_of=TODAY))
    assert dims == ["usage", "sentiment"]
    assert [tuple(p.segments.values()) for p in persons] == [
        ("frequent", "promoter"), ("occasional", "unknown"), ("lapsed", "unknown")]


def test_counts_over_other_periods_are_read_per_month() -> None:
    def rate(attrs: dict[str, str]) -> float | None:
        return monthly_rate(Participant(pid="P", attributes=attrs))

    assert rate({"logins_last_90d": "30"}) == 10
    assert round(rate({"avg. sessions per week (90d)": "2"}) or 0, 1) == 8.6
    # the window nearest a month wins for the same thing counted; across things, the most
    assert rate({"app_opens_7d": "0", "app_opens_30d": "3", "app_opens_90d": "97"}) == 3
    # visits to the product say how often; other counts only where there are none
    assert rate({"logins_30d": "1", "lessons_logged_30d": "15"}) == 1
    assert rate({"lessons_logged_30d": "15", "events_90d": "30"}) == 15
    assert rate({"revenue_30d": "900", "nps": "9"}) is None


def test_behaviour_outweighs_the_plan_the_trial_and_what_people_said() -> None:
    assert usage([
        # paid up, but nobody has opened it for months
        {"subscription_status": "active", "last_login": "2026-01-10", "sessions_30d": "0"},
        # cancelled, still logging in while the notice runs
        {"subscription_status": "canceled", "last_login": "2026-05-29", "sessions_30d": "3"},
        # a trial used every day, and one barely touched
        {"subscription_status": "trialing", "last_login": "2026-05-31", "sessions_30d": "25"},
        {"subscription_status": "trialing", "last_login": "2026-05-20", "sessions_30d": "1"},
        # a seat nobody has logged in to, and a trial cancelled before anyone did
        {"subscription_status": "active", "last_login": "", "sessions_30d": "0"},
        {"subscription_status": "canceled", "last_login": "", "sessions_30d": "0"},
        # an old screener answer against the product's own record
        {"How often do you use Acme?": "Less than once a month", "last_login": "2026-05-30", "sessions_30d": "11"},
        # "past due" is a billing state, not a way of using the product
        {"subscription_status": "past_due", "last_login": "2026-05-31", "sessions_30d": "9"},
    ]) == ["lapsed", "lapsed", "frequent", "never_activated", "never_activated", "never_activated",
           "frequent", "frequent"]
    # without behaviour, what they said of themselves stands; onboarding never finished is a start never made
    assert usage([{"How often do you use Acme?": "Several times a week"},
                  {"How often do you use Acme?": "I stopped using it"}]) == ["frequent", "lapsed"]
    assert usage([{"onboarding_completed": "false", "last_active_at": "2026-03-20T10:00:00+02:00"},
                  {"onboarding_completed": "true", "last_active_at": "2026-03-20T10:00:00+02:00"}]) == \
        ["never_activated", "occasional"]


def test_a_crm_touch_does_not_stand_in_for_a_login() -> None:
    # HubSpot's "Last Activity Date" counts an opened email; the product's last login is the
    # roster's last-active column, for everyone, even where it is empty
    assert usage([{"Last Activity Date": "2026-05-30", "Acme Last Login": "2026-05-31", "Logins (30d)": "6"},
                  {"Last Activity Date": "2026-05-30", "Acme Last Login": "", "Logins (30d)": "0"}]) == \
        ["frequent", "never_activated"]


def test_a_screener_answer_for_when_they_last_used_it() -> None:
    assert days_ago("This week") == 3 and days_ago("Earlier this month") == 15 and days_ago("1\u20133 months ago") == 60
    assert days_ago("More than 3 months ago") == 105 and days_ago("2 weeks ago") == 14 and days_ago("soon") is None
    assert usage([{"When did you last open Acme?": "This week"}, {"When did you last open Acme?": "Over a year ago"},
                  {"When did you last open Acme?": "Can't remember"}]) == ["frequent", "lapsed", "unknown"]


def test_where_someone_lives_is_not_a_status() -> None:
    # "new" names people who never activated, but not in "New York"
    assert usage([{"state": "New York", "last_login": "2026-05-31"}]) == ["frequent"]


def test_the_people_the_roster_says_not_to_ask_are_left_out() -> None:
    people = [person("ok1", research_opt_out="FALSE", research_opt_in=""),
              person("dnc", do_not_contact="checked"),
              person("out", research_opt_out="TRUE"),
              person("no", research_opt_in="No"),
              person("paused", panel_status="Paused until March"),
              person("staff", is_internal="true"),
              person("spam", marked_email_as_spam="TRUE"),
              person("preview", response_type="Survey Preview"),
              Participant(pid="tagged", attributes={"sessions_30d": "5"}, tags=["VIP", "Do not contact"]),
              person("recent", last_research_session="2026-04-20"),
              person("old", last_research_session="2025-09-01"),
              Participant(pid="declined", attributes={"sessions_30d": "5"}, consent=Consent(recorded=False))]
    plan = plan_mix(people, MixOptions(size=12, as_of=TODAY, exclude_recent_days=90))
    why = dict(plan.excluded)
    assert sorted(p.pid for p in plan.chosen) == ["ok1", "old"]
    assert "do not contact" in why["dnc"] and "opted out" in why["out"] and "said no" in why["no"]
    assert "Paused" in why["paused"] and "internal" in why["staff"] and "spam" in why["spam"]
    assert "test response" in why["preview"] and "Do not contact" in why["tagged"]
    assert why["recent"] == "interviewed on 2026-04-20" and "recording" in why["declined"]
    # the roster's record of an interview counts only for the recency rule
    assert "recent" in [p.pid for p in plan_mix(people, MixOptions(size=12, as_of=TODAY)).chosen]


def test_exports_that_flatten_paths_and_join_the_company() -> None:
    # "properties.is_staff", "subscriptions.status": the last part says it; a column about the
    # person's organisation says nothing about the person
    people = [Participant(pid=f"U{i}", attributes=a) for i, a in enumerate([
        {"subscriptions.status": "in_trial", "product.active_days_last_30": "1",
         "organization.organization_fields.contract_status": "active"},
        {"subscriptions.status": "active", "product.active_days_last_30": "19",
         "organization.organization_fields.contract_status": "churned"},
        {"subscriptions.status": "active", "product.active_days_last_30": "0", "properties.is_staff": "true",
         "product.last_practice_at": "2026-02-02T08:00:00Z"}])]
    dims, persons = segment(people, MixOptions(as_of=TODAY))
    assert [p.segments["usage"] for p in persons] == ["never_activated", "frequent", "lapsed"]
    plan = plan_mix(people, MixOptions(size=3, as_of=TODAY))
    assert [pid for pid, _ in plan.excluded] == ["U2"]


def test_placeholders_visits_and_screener_words() -> None:
    # a tool's "1970-01-01" is never; sessions say how often, not the events they fire
    assert usage([{"last_seen": "1970-01-01T01:00:00+01:00", "sessions_30d": "0", "events_90d": "0"},
                  {"last_seen": "2026-05-20", "sessions_30d": "2", "events_90d": "300"}]) == \
        ["never_activated", "occasional"]
    assert usage([{"How often do you use Acme?": "I don\u2019t use it anymore"},
                  {"How often do you use Acme?": "I've downloaded it but haven't really used it yet"}]) == \
        ["lapsed", "never_activated"]


def test_more_ways_a_roster_says_not_to_ask() -> None:
    people = [Participant(pid=pid, attributes={"sessions_30d": "5", **attrs}, tags=tags) for pid, attrs, tags in [
        ("consent", {"research consent": "Opted out"}, []),
        ("status", {"status": "DNC"}, []),
        ("blocked", {"blocked": "true"}, []),
        ("zendesk", {}, ["vip do_not_contact"]),
        ("took part", {"last took part": "April 2026"}, []),
        ("fine", {"research consent": "Opted in"}, ["vip"]),
        # a membership on hold (a gym's "Suspended") is not a blocked account
        ("on hold", {"suspended": "true"}, []),
        ("alert", {"alert": "DO NOT CONTACT (billing dispute)"}, []),
        ("panel", {"research panel": "No recording"}, [])]]
    plan = plan_mix(people, MixOptions(size=9, as_of=TODAY, exclude_recent_days=90))
    assert sorted(p.pid for p in plan.chosen) == ["fine", "on hold"]
    assert dict(plan.excluded)["took part"] == "interviewed on 2026-04-01"


def test_a_third_round_of_exports() -> None:
    # "Last App Login", "Acme Status": the product's name between the words
    assert usage([{"Acme Status": "Churned", "Last App Login": "2026-05-30", "Lead Status": "New"},
                  {"Acme Status": "Live", "Last App Login": "2026-04-01", "Lead Status": "New"},
                  {"Acme Status": "Live", "Last App Login": "2026-01-10", "Lead Status": "New"}]) == \
        ["lapsed", "occasional", "lapsed"]
    # a CRM touch column (a sales call, an email opened) says nothing about using the product; an
    # empty last order does
    dims, _ = segment([Participant(pid="a", attributes={"last activity time": "", "berths managed": "12"}),
                       Participant(pid="b", attributes={"last activity time": "2026-05-30"})], MixOptions(as_of=TODAY))
    assert "usage" not in dims
    assert usage([{"date_registered": "2025-04-02", "last_order_date": ""},
                  {"date_registered": "2025-04-02", "last_order_date": "2026-05-20"}]) == ["never_activated", "active"]


def test_counts_a_screener_gives_as_ranges_and_the_dates_excel_makes_of_them() -> None:
    rate = monthly_rate(Participant(pid="P", attributes={"how many times did you use it in the past 30 days?": "3-5"}))
    assert rate == 4
    assert monthly_rate(Participant(pid="P", attributes={"sessions_30d": "11+"})) == 11
    with pytest.raises(InputError, match="turned into a date"):
        monthly_rate(Participant(pid="P", attributes={"sessions_30d": "5-Mar"}))
    # the message says what the answer was, not another range of the column
    for dated, was in (("10-Jan", "1-10"), ("5-Mar", "3-5"), ("1-okt", "1-10"), ("Jun-10", "6-10")):
        with pytest.raises(InputError, match=f"'{dated}' was the answer '{was}', turned into a date"):
            check_ranges_not_dates([Participant(pid="P", attributes={"team size": "11-50"}),
                                    Participant(pid="Q", attributes={"team size": dated})])
    # a count's answers, none of them left intact: every dated one named with the answer it was
    rows = [Participant(pid=f"S{i}", attributes={"rides in the past 30 days": v})
            for i, v in enumerate(["0", "2-Jan", "5-Mar", "2-Jan", "11+"])]
    with pytest.raises(InputError, match=r"participant S1, .*'2-Jan' was the answer '1-2', turned into a date by a "
                                         r"spreadsheet \(Excel\), and so was '5-Mar' \('3-5'\), in 3 of 5 rows"):
        check_ranges_not_dates(rows)


def test_a_database_export_and_a_crm_say_not_to_ask_in_their_own_words() -> None:
    people = [Participant(pid=pid, attributes={"sessions_30d": "5", **attrs}, tags=tags) for pid, attrs, tags in [
        ("sql", {"research_opt_in": "f"}, []),
        ("sql staff", {"is_internal": "t"}, []),
        ("crm", {"research contact": "No - do not contact"}, []),
        ("shop", {"ok to follow up?": "No"}, []),
        ("tagged", {}, ["research panel", "no research calls"]),
        ("fine", {"research_opt_in": "t", "ok to follow up?": "Yes"}, ["research panel"])]]
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY))
    assert [p.pid for p in plan.chosen] == ["fine"]


def test_a_service_kept_by_appointments() -> None:
    # appointments, not sessions: the service's own record of the last visit; registered, never
    # attended is never activated whatever the status says; a closed case has lapsed
    rows = [{"Status": "Active", "Date Registered": "2026-05-18", "Attended": "0", "Last Attended": ""},
            {"Status": "Active", "Date Registered": "2025-01-10", "Attended": "30", "Last Attended": "2026-05-27"},
            {"Status": "Closed - moved out of area", "Attended": "4", "Last Attended": "2026-04-20"},
            {"Status": "Waiting list", "Attended": "0", "Last Attended": ""},
            {"Status": "Cancelling", "Attended": "9", "Last Attended": "2026-05-30"}]
    assert usage(rows) == ["never_activated", "frequent", "lapsed", "never_activated", "lapsed"]
    people = [Participant(pid=pid, attributes={"status": status, "recommend score (0-10)": score, **extra})
              for pid, status, score, extra in [("gone", "Deceased", "", {}), ("fine", "Active", "declined", {}),
                                                ("called", "Active", "8", {"last feedback call": "2026-05-02"})]]
    plan = plan_mix(people, MixOptions(size=3, as_of=TODAY, exclude_recent_days=90))
    assert [p.pid for p in plan.chosen] == ["fine"] and "deceased" in dict(plan.excluded)["gone"]
    assert plan.chosen[0].segments.get("sentiment") == "unknown"  # "declined" to give a score


def test_a_day_not_come_yet_is_refused_when_the_roster_comes_in() -> None:
    from listenwell.analysis.mix import check_roster

    late = [Participant(pid="CP-108", attributes={"last login": "2030-11-18"})]
    with pytest.raises(InputError, match="after today.*1904"):
        check_roster(late, dt.date(2026, 11, 27))
    # a plan made for an earlier day still reads it
    assert plan_mix(late, MixOptions(size=1, as_of=dt.date(2026, 11, 27))).chosen


def test_a_learning_platform_and_a_help_desk() -> None:
    # "Friday, 27 November 2026, 8:02 AM"; of two last-login columns, the one most people have
    # ("Never", written in the product's own last-access column, is never activated)
    assert usage([{"Last access": "Saturday, 30 May 2026, 8:02 AM"}, {"Last access": "Never"}]) == \
        ["frequent", "never_activated"]
    rows = [{"Last login": "", "Slotwise last login": "2026-05-30", "Slotwise logins (30d)": "9"},
            {"Last login": "2026-05-31", "Slotwise last login": "2026-02-01", "Slotwise logins (30d)": "0"},
            {"Last login": "", "Slotwise last login": "2026-05-20", "Slotwise logins (30d)": "2"}]
    assert usage(rows) == ["frequent", "lapsed", "occasional"]


def test_one_person_on_two_rows_is_asked_once() -> None:
    # an old cancelled customer record and a new one with the same address: the one in use stays
    people = [Participant(pid="old", email="Ana@example.com", attributes={"status": "canceled", "sessions_30d": "0"}),
              Participant(pid="new", email="ana@example.com", attributes={"status": "active", "sessions_30d": "12"}),
              Participant(pid="f1", email="anonymous", attributes={"sessions_30d": "3"}),
              Participant(pid="f2", email="anonymous", attributes={"sessions_30d": "3"})]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY))
    assert sorted(p.pid for p in plan.chosen) == ["f1", "f2", "new"]
    # (the later row kept, so the line says why: which row stays turns on the use read, walk86 F16)
    assert dict(plan.excluded)["old"] == "the same email as new: one person on two rows (new kept, the row that shows " \
                                         "more use)"


def test_dates_as_unix_time_and_as_dutch_and_analytics_exports_write_them() -> None:
    from listenwell.analysis.roster_signals import parse_date

    assert parse_date("1780272000", "last_seen_at", "P") == dt.date(2026, 6, 1)
    assert parse_date("1780272000000", "last_seen_at", "P") == dt.date(2026, 6, 1)
    # Firebase's and BigQuery's timestamps count microseconds
    assert parse_date("1780272000000000", "user_first_touch_timestamp", "P") == dt.date(2026, 6, 1)
    from listenwell.analysis.mix import epoch_as_date
    assert epoch_as_date("last_active: 1780272000000000") == "last_active: 2026-06-01"
    assert parse_date("26-05-2026 19:55", "last shift", "P") == dt.date(2026, 5, 26)
    assert parse_date("20260526", "occurrence_date", "P") == dt.date(2026, 5, 26)


def test_dates_as_excel_serbian_and_finnish_systems_write_them() -> None:
    from listenwell.analysis.roster_signals import parse_date

    # Excel's "d-mmm-yy", its two-digit year read as Excel reads one (00-29 this century)
    assert parse_date("7-Oct-26", "last payment", "P") == dt.date(2026, 10, 7)
    assert parse_date("19-Jan-2026", "last payment", "P") == dt.date(2026, 1, 19)
    assert parse_date("3-Feb-91", "date of birth", "P") == dt.date(1991, 2, 3)
    # the dot after the year, alone or before a time, and with spaces
    assert parse_date("09.10.2026.", "poslednja uplata", "P") == dt.date(2026, 10, 9)
    assert parse_date("09.10.2026. 17:40", "poslednja uplata", "P") == dt.date(2026, 10, 9)
    assert parse_date("9. 10. 2026.", "poslednja uplata", "P") == dt.date(2026, 10, 9)
    # a Finnish time after "klo", and in dots with its seconds; Swedish "kl."
    assert parse_date("12.10.2026 klo 7.45", "viimeisin lataus", "P") == dt.date(2026, 10, 12)
    assert parse_date("12.10.2026 7.45.09", "aikaleima", "P") == dt.date(2026, 10, 12)
    assert parse_date("12.10.2026 kl. 07.45", "senaste köp", "P") == dt.date(2026, 10, 12)
    # Bengali and Devanagari digits, as the roster's cells are read (``ascii_digits``)
    from listenwell.domain.glossary import ascii_digits
    assert parse_date(ascii_digits("১২/১০/২০২৬"), "last cash-in", "P") == dt.date(2026, 10, 12)
    assert parse_date(ascii_digits("१२/१०/२०२६"), "last cash-in", "P") == dt.date(2026, 10, 12)
    with pytest.raises(InputError, match="is not a date"):
        parse_date("7-Okt-Foo", "last payment", "P")


def test_rosters_kept_in_other_languages() -> None:
    # the same facts in the words of an Italian, a German, a Dutch and a Danish team
    rows = [{"Ultimo accesso": "30/05/2026", "Sessioni 30 giorni": "14", "Stato account": "Attivo"},
            {"Letzte Anmeldung": "02.05.2026", "Sitzungen pro Monat": "1", "Kontostatus": "Aktiv"},
            {"Laatste aanmelding": "", "Status abonnement": "Opgezegd"},
            {"Seneste login": "", "Status": "Inviteret"}]
    assert usage(rows) == ["frequent", "occasional", "lapsed", "never_activated"]

    people = [person("ok", consenso_ricerca="Sì", panel_utenti="Ja"),
              person("no", consenso_ricerca="No"),
              person("dnc", niet_benaderen="Ja"),
              person("staff", mitarbeiter="ja"),
              person("off", panel="Nej"),
              Participant(pid="tag", attributes={"sessioni 30 giorni": "6"}, tags=["Ne pas contacter"]),
              person("recent", letztes_interview="04.05.2026")]
    plan = plan_mix(people, MixOptions(size=7, as_of=TODAY, exclude_recent_days=90))
    why = dict(plan.excluded)
    assert [p.pid for p in plan.chosen] == ["ok"]
    assert "said no" in why["no"] and "do not contact" in why["dnc"] and "internal" in why["staff"]
    assert "panel" in why["off"] and "Ne pas contacter" in why["tag"] and why["recent"] == "interviewed on 2026-05-04"


def test_a_recruiting_status_is_not_a_usage_status() -> None:
    # "Invited" to an interview, in a sheet whose Status follows recruiting, says nothing of use
    rows = [{"How often do you use it?": "Every day", "Status": "Invited"},
            {"How often do you use it?": "Once a month", "Status": "Interviewed"},
            {"How often do you use it?": "Every day", "Status": ""}]
    assert usage(rows) == ["frequent", "occasional", "frequent"]
    # a status about the product keeps its say
    assert usage([{"How often do you use it?": "Every day", "Status": "Invited"},
                  {"How often do you use it?": "Every day", "Status": "Active"}]) == ["never_activated", "frequent"]


def test_a_visit_count_since_sign_up_and_one_look_on_the_first_day() -> None:
    rows = [{"first_used": "2025-06-01", "last_used": "2026-05-30", "num_sessions": "200"},  # ~17 a month
            {"first_used": "2025-06-01", "last_used": "2026-05-30", "num_sessions": "24"},   # 2 a month
            {"first_used": "2026-03-02", "last_used": "2026-03-03", "num_sessions": "2"},    # the first days only
            {"first_used": "2026-05-27", "last_used": "2026-05-28", "num_sessions": "3"}]    # too new to say
    assert usage(rows) == ["frequent", "occasional", "never_activated", "occasional"]
    # a CRM record created the day of a single login months ago: signed up, never came back
    assert usage([{"Created": "2026-01-10", "Last login": "2026-01-10"},
                  {"Created": "2026-01-10", "Last login": "2026-05-29"}]) == ["never_activated", "frequent"]


def test_tool_prefixes_and_a_sandbox_account() -> None:
    people = [Participant(pid="a", attributes={"gp:internal_user": "True", "sessions_30d": "9"}),
              Participant(pid="b", attributes={"is_sandbox": "true", "sessions_30d": "9"}),
              Participant(pid="c", attributes={"custom_field_last_active": "2026-05-30", "gp:internal_user": "False"})]
    plan = plan_mix(people, MixOptions(size=3, as_of=TODAY))
    assert [p.pid for p in plan.chosen] == ["c"] and sorted(dict(plan.excluded)) == ["a", "b"]
    assert usage([{"custom_field_last_active": "2026-05-30"}]) == ["frequent"]


def test_a_spreadsheets_day_zero_is_named() -> None:
    from listenwell.analysis.roster_signals import parse_date

    with pytest.raises(InputError, match="day zero"):
        parse_date("00/01/1900", "Last interviewed", "P1")


def test_a_trial_plan_a_written_never_and_a_stale_inactive_flag() -> None:
    rows = [{"Plan": "Free trial", "Last login": "2026-05-10"},     # on the trial, not seen for weeks
            {"Plan": "Free trial", "Last login": "2026-05-30"},     # on the trial and in it this week
            {"Plan": "Team", "Last login": "Never"},                # the product's record says never
            {"Member status": "Inactive", "Last login": "2026-05-25"},  # flagged inactive, yet logs in
            {"Member status": "Cancelled", "Last login": "2026-05-25"}]  # cancelled is cancelled
    assert usage(rows) == ["never_activated", "frequent", "never_activated", "frequent", "lapsed"]



def test_a_dormant_flag_beside_none_in_a_recent_window_is_a_lapse_whatever_the_last_date() -> None:
    """A wallet marked Dormant, with no transactions in the last 30 days and its last one within --lapsed-after,
    is lapsed as the flag says: the count agrees with it (walk79 F8); with some in the window, or no count, or a
    pause rather than a label of disuse, the recent date still says more than the flag."""
    rows = [{"Wallet Status": "Dormant", "Last Txn": "2025-12-01", "Txns (Last 30 Days)": "0"},   # long ago
            {"Wallet Status": "Dormant", "Last Txn": "2026-03-10", "Txns (Last 30 Days)": "0"},   # 83 days: within 90
            {"Wallet Status": "Dormant", "Last Txn": "2026-05-28", "Txns (Last 30 Days)": "9"},   # uses it again
            {"Wallet Status": "Active", "Last Txn": "2026-03-10", "Txns (Last 30 Days)": "0"},
            {"Wallet Status": "Dormant", "Last Txn": "2026-05-28"},
            # (a pause the customer chose, seasonal, with use since: still a user, not a label of disuse)
            {"Wallet Status": "Paused (seasonal)", "Last Txn": "2026-04-01", "Txns (Last 30 Days)": "0"}]
    got = usage(rows)
    assert got[:3] == ["lapsed", "lapsed", "frequent"], got
    assert got[3:] == ["occasional", "frequent", "occasional"], got

def test_a_billing_tools_state_column() -> None:
    # "state" is a subscription's only when every value is one; in a US export it is where they live
    assert usage([{"state": "canceled", "last_active": "2026-05-30"}, {"state": "future"},
                  {"state": "active", "last_active": "2026-05-30"}]) == ["lapsed", "never_activated", "frequent"]
    assert usage([{"state": "Ohio", "last_active": "2026-05-30"}, {"state": "Maine"}]) == ["frequent", "unknown"]


def test_screener_questions_with_ids_and_how_often_in_other_words() -> None:
    assert usage([{"48213: How often do you open the app?": "A few times a week"},
                  {"48213: How often do you open the app?": "I don't have the app"},
                  {"Frequência de uso": "às vezes"}]) == ["frequent", "never_activated", "occasional"]


def test_kinds_notes_and_answers_that_say_not_to_ask() -> None:
    people = [person("nurse", role="Staff nurse", notes="Prefers mornings"),
              person("grp", customer_group="Staff"),
              person("comp", plan="staff-comp"),
              person("note", notes="Test account - please ignore"),
              person("dnc", comments="Asked us: do not contact for research"),
              person("rec", research_consent="Yes - no recording"),
              person("recent", have_you_taken_part_in_an_interview_in_the_past_3_months="Yes"),
              person("older", have_you_taken_part_in_an_interview_in_the_past_3_months="No")]
    plan = plan_mix(people, MixOptions(size=8, as_of=TODAY))
    why = dict(plan.excluded)
    assert sorted(p.pid for p in plan.chosen) == ["nurse", "older"]
    assert "internal" in why["grp"] and "internal" in why["comp"] and "note" in why["note"]
    assert "do not contact" in why["dnc"] and "recording" in why["rec"] and "recently" in why["recent"]


def test_counts_windows_and_columns_that_only_look_like_use() -> None:
    def rate(attrs: dict[str, str]) -> float | None:
        return monthly_rate(Participant(pid="P", attributes=attrs))

    assert rate({"logins (30 days)": "3", "documents (90 days)": "41"}) == 3   # the period is not a visit
    assert rate({"logins last 12 mo": "24"}) == 2
    assert rate({"bookings last 12 mo": "14"}) is None                       # a year of bookings: the season
    # "Last chatted" is the business talking to them; "App usage" is what they said; a ClickUp date
    assert usage([{"Last chatted": "2025-03-11", "App usage": "Weekly"},
                  {"Last login (date)": "Saturday, May 30th 2026"}]) == ["frequent", "frequent"]


def test_an_employee_or_test_checkbox_ticked_with_a_v() -> None:
    people = [Participant(pid="a", attributes={"employee / test": "v", "sessions_30d": "9"}),
              Participant(pid="b", attributes={"employee / test": "", "sessions_30d": "9"})]
    assert [p.pid for p in plan_mix(people, MixOptions(size=2, as_of=TODAY)).chosen] == ["b"]


def test_a_latin_american_panel_and_a_warehouse_query() -> None:
    # Spanish screener answers and columns; a last-28-days count as a warehouse names it
    assert usage([{"¿Con qué frecuencia usa la app?": "Varias veces a la semana", "Último ingreso": "30/05/2026"},
                  {"¿Con qué frecuencia usa la app?": "Cada 15 días", "Último ingreso": "15/05/2026"},
                  {"¿Con qué frecuencia usa la app?": "Ya no la uso", "Último ingreso": ""},
                  {"ACTIVE_DAYS_L28": "6"}, {"ACTIVE_DAYS_L28": "1"}]) == \
        ["frequent", "occasional", "lapsed", "frequent", "occasional"]


def test_a_research_panels_last_session_and_an_nps_comment() -> None:
    # with a login beside it, "Last session" is the last research session, not use; an NPS
    # comment is not a date of anything
    rows = [{"Account status": "Live", "Last login": "2026-05-29", "Last session": "2025-11-02",
             "NPS last feedback": "Saves us hours"},
            {"Account status": "Churned", "Last login": "2026-01-03", "Last session": "2026-05-20"}]
    assert usage(rows) == ["frequent", "lapsed"]


def test_a_screeners_disqualified_status() -> None:
    people = [Participant(pid="q", attributes={"status": "Qualified", "sessions_30d": "9"}),
              Participant(pid="d", attributes={"status": "Disqualified", "sessions_30d": "9"})]
    plan = plan_mix(people, MixOptions(size=2, as_of=TODAY))
    assert [p.pid for p in plan.chosen] == ["q"] and "screened out" in dict(plan.excluded)["d"]


def test_a_french_screener_and_crm() -> None:
    rows = [{"Connexions (30 derniers jours)": "12", "Dernière connexion": "29/05/2026",
             "Quelle est la probabilité que vous recommandiez l'appli à un ami ? (0 à 10)": "9"},
            {"Connexions 30j": "2", "Dernière connexion": "20/05/2026",
             "Quelle est la probabilité que vous recommandiez l'appli à un ami ? (0 à 10)": "6"}]
    assert segments(rows) == [("frequent", "promoter"), ("occasional", "detractor")]


def test_a_weekly_count_from_someone_not_seen_for_weeks() -> None:
    # a month's count with a last visit three weeks back: not a weekly user now
    assert usage([{"Last seen": "2026-05-08", "Lessons logged (30d)": "9"},
                  {"Last seen": "2026-05-29", "Lessons logged (30d)": "9"}]) == ["occasional", "frequent"]


def test_a_researchers_exclusions_minors_and_do_not_disturb() -> None:
    people = [person("ok", statut="Retenue", quel_age_avez_vous="34", age_group="25-34"),
              person("minor", statut="", quel_age_avez_vous="16"),
              person("teen", age_group="15-17"),
              person("out", statut="Exclu – refuse l'enregistrement"),
              person("dup", statut="Doublon – garder E07"),
              person("dnd", do_not_disturb="true"),
              person("closed", open_to_taking_part_in_user_research="No")]
    plan = plan_mix(people, MixOptions(size=7, as_of=TODAY))
    why = dict(plan.excluded)
    assert [p.pid for p in plan.chosen] == ["ok"]
    assert "under 18" in why["minor"] and "under 18" in why["teen"] and "Exclu" in why["out"]
    assert "Doublon" in why["dup"] and "do not contact" in why["dnd"] and "said no" in why["closed"]


def test_a_swiss_german_panel_sheet() -> None:
    rows = [{"Nutzung (Selbstauskunft)": "täglich", "NPS-Gruppe": "Promotor", "Zuletzt interviewt": "Juni 2025",
             "Nicht kontaktieren": "FALSCH"},
            {"Nutzung (Selbstauskunft)": "selten", "NPS-Gruppe": "Kritiker", "Zuletzt interviewt": "14. Oktober 2024",
             "Nicht kontaktieren": "WAHR"}]
    assert segments(rows) == [("frequent", "promoter"), ("occasional", "detractor")]
    people = [Participant(pid=f"C{i}", attributes={k.lower(): v for k, v in r.items()}) for i, r in enumerate(rows)]
    plan = plan_mix(people, MixOptions(size=2, as_of=TODAY, exclude_recent_days=400))
    why = dict(plan.excluded)
    assert why["C0"] == "interviewed on 2025-06-01" and "do not contact" in why["C1"]


def test_an_nps_kept_as_a_tag_and_a_plan_that_has_ended() -> None:
    people = [Participant(pid="a", attributes={"sessions_30d": "9"}, tags=["Nutrition", "NPS 9"]),
              Participant(pid="b", attributes={"sessions_30d": "9"}, tags=["nps-6"]),
              Participant(pid="c", attributes={"plan": "Cancelled", "sessions_30d": "9"}),
              Participant(pid="d", attributes={"status": "Ex-Member", "last check-in": "2026-01-02"}),
              Participant(pid="e", attributes={"status": "Lead"})]
    _, persons = segment(people, MixOptions(as_of=TODAY))
    assert [(p.segments["usage"], p.segments.get("sentiment")) for p in persons] == [
        ("frequent", "promoter"), ("frequent", "detractor"), ("lapsed", "unknown"), ("lapsed", "unknown"),
        ("never_activated", "unknown")]


def test_a_date_of_birth_and_a_background_note() -> None:
    people = [person("adult", birthday="03/14/1990", background="Runs two studios"),
              person("teen", birthday="07/22/2011"),
              person("asked", background="Asked not to be contacted for research after the June call")]
    plan = plan_mix(people, MixOptions(size=3, as_of=TODAY))
    why = dict(plan.excluded)
    assert [p.pid for p in plan.chosen] == ["adult"] and "under 18" in why["teen"] and "note" in why["asked"]


def test_an_italian_crm_and_event_registration_answers() -> None:
    assert usage([{"Ultimo accesso piattaforma": "29/05/2026 18.04", "Accessi (90 gg)": "30"},
                   {"Ultimo accesso piattaforma": "20/05/2026 09.15", "Accessi (90 gg)": "9"},
                   {"Uso dell'app (dichiarato)": "Mai usata"},
                   {"How often do you use it?": "Hardly ever"},
                   {"How often do you use it?": "I don't use it (yet)"}]) == \
        ["frequent", "occasional", "never_activated", "occasional", "never_activated"]

    people = [person("ok", ok_if_we_reach_out="Yes please"),
              person("no", ok_if_we_reach_out="No thanks"),
              person("it", consenso_ricerche_utenti="No"),
              person("gone", consenso_privacy="Revocato")]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY))
    why = dict(plan.excluded)
    assert [p.pid for p in plan.chosen] == ["ok"]
    assert "said no" in why["no"] and "said no" in why["it"] and "withdrew consent" in why["gone"]


def test_an_averaged_nps_is_refused_and_a_float_score_is_read() -> None:
    people = [Participant(pid="a", attributes={"nps": "9.0", "sessions_30d": "5"}),
              Participant(pid="b", attributes={"nps": "6,5", "sessions_30d": "5"})]
    with pytest.raises(InputError, match="not a whole number"):
        segment(people, MixOptions(as_of=TODAY))
    _, persons = segment(people[:1], MixOptions(as_of=TODAY))
    assert persons[0].segments["sentiment"] == "promoter"


def test_a_dutch_panel_and_a_survey_tools_score() -> None:
    rows = [{"Hoe vaak open je de app?": "Dagelijks", "Aantal sessies (90 dgn)": "60", "Laatste sessie": "30-5-2026",
             "Retently score": "9"},
            {"Hoe vaak open je de app?": "Een paar keer per maand", "Laatste sessie": "", "Retently score": "7"},
            {"Hoe vaak open je de app?": "Ik gebruik de app niet meer", "Retently score": ""},
            {"Hoe vaak open je de app?": "Nog niet geïnstalleerd", "Retently score": "3"}]
    assert segments(rows) == [
        ("frequent", "promoter"), ("occasional", "passive"), ("lapsed", "unknown"), ("never_activated", "detractor")]

    people = [person("ok", gebruikersonderzoek="Ja graag"), person("no", gebruikersonderzoek="Liever niet"),
              Participant(pid="tag", attributes={"sessions_30d": "5"}, tags=["klant", "geen onderzoek"]),
              person("recent", laatst_geinterviewd="2-4-2026")]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY, exclude_recent_days=90))
    assert [p.pid for p in plan.chosen] == ["ok"] and sorted(dict(plan.excluded)) == ["no", "recent", "tag"]


def test_a_cancelled_subscription_back_on_the_free_plan() -> None:
    # the paid plan ended, the free app is still used: the use decides; without a free plan it is lapsed
    assert usage([{"subscription_status": "cancelled", "plan": "free", "last_session": "2026-05-30",
                   "sessions_30d": "9"},
                  {"subscription_status": "cancelled", "plan": "pro", "last_session": "2026-05-30",
                   "sessions_30d": "9"}]) == ["frequent", "lapsed"]
    # a language app's premium expired, its free tier still used daily
    assert usage([{"premium_status": "expired", "tier": "Free tier", "last_lesson_at": "2026-05-30",
                   "lessons_completed_7d": "6"},
                  {"premium_status": "expired", "Tier": "Premium", "last_lesson_at": "2026-05-30"}]) == \
        ["frequent", "lapsed"]


def test_a_do_not_contact_flag_answered_false_and_a_sales_leads_status() -> None:
    people = [person("free", research_do_not_contact="false", lead_status="Disqualified", nps="n/c"),
              person("dnc", research_do_not_contact="true"),
              person("crm", do_not_allow_emails="Do Not Allow"),
              person("ok", do_not_allow_emails="Allow")]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY))
    assert sorted(p.pid for p in plan.chosen) == ["free", "ok"]
    assert sorted(dict(plan.excluded)) == ["crm", "dnc"]


def test_a_swedish_panel_an_nps_group_tag_and_a_window_longer_than_the_customer() -> None:
    rows = [{"Hur ofta använder du appen?": "Flera gånger i veckan", "Senast aktiv i appen": "2026-05-28"},
            {"Hur ofta använder du appen?": "Några gånger i månaden", "Senast aktiv i appen": ""},
            {"Hur ofta använder du appen?": "Använder den inte längre", "Senast aktiv i appen": ""},
            {"Hur ofta använder du appen?": "Har inte börjat använda den", "Senast aktiv i appen": ""},
            # 11 logins "in 90 days" from a trial that began five weeks ago: about two a week
            {"Created": "2026-04-24", "Logins (90 days)": "11", "Last login": "2026-05-30"},
            {"Created": "2025-04-24", "Logins (90 days)": "11", "Last login": "2026-05-30"}]
    assert usage(rows) == ["frequent", "occasional", "lapsed", "never_activated", "frequent", "occasional"]
    people = [Participant(pid="a", attributes={"sessions_30d": "9"}, tags=["Customer - Active", "NPS - Promoter"])]
    _, persons = segment(people, MixOptions(as_of=TODAY))
    assert persons[0].segments["sentiment"] == "promoter"
    plan = plan_mix([Participant(pid="b", attributes={"sessions_30d": "9", "senast intervjuad": "2026-04-20",
                                                      "ok att spela in": "Nej"})],
                    MixOptions(size=1, as_of=TODAY, exclude_recent_days=90))
    assert dict(plan.excluded)["b"] == "interviewed on 2026-04-20"


def test_a_danish_panel_an_experiments_arms_and_a_companys_row() -> None:
    rows = [{"Hvor ofte bruger du appen?": "Ugentligt", "Anbefaling (0-10)": "9"},
            {"Hvor ofte bruger du appen?": "Et par gange om måneden", "Anbefaling (0-10)": "#N/D"},
            {"Hvor ofte bruger du appen?": "Har ikke brugt det endnu", "Anbefaling (0-10)": "-"},
            {"Situação": "Teste expirado"}]
    assert segments(rows) == [
        ("frequent", "promoter"), ("occasional", "unknown"), ("never_activated", "unknown"),
        ("never_activated", "unknown")]

    people = [person("arm", group="Test"), person("ctl", group="Control"), person("qa", group="Test account"),
              person("firm", tipo="Empresa"), person("no", ma_kontaktes="NEJ")]
    plan = plan_mix(people, MixOptions(size=5, as_of=TODAY))
    why = dict(plan.excluded)
    assert sorted(p.pid for p in plan.chosen) == ["arm", "ctl"]
    assert "test" in why["qa"] and "company" in why["firm"] and "said no" in why["no"]


def test_a_crms_own_staff_role_a_company_row_and_a_volunteer_panel() -> None:
    people = [person("crew", app_role="Staff"),                    # the customer's own staff: a customer
              person("ours", rolle="Intern – test"),                # our own internal test user
              person("org", is_organization="true"),
              person("no", volunteer_feedback_panel="No"),
              person("lookup", ultimo_acceso="no encontrado")]
    plan = plan_mix(people, MixOptions(size=5, as_of=TODAY))
    why = dict(plan.excluded)
    assert sorted(p.pid for p in plan.chosen) == ["crew", "lookup"]
    assert "internal" in why["ours"] and "company" in why["org"] and "panel" in why["no"]
    # a CRM's "Customer Status: Past" is a former customer; a Spanish "probable … recomiendes" is NPS
    rows = [{"Customer Status": "Past", "¿Qué tan probable es que recomiendes la app?": "9"},
            {"Customer Status": "Current", "¿Qué tan probable es que recomiendes la app?": "4"}]
    assert segments(rows) == [("lapsed", "promoter"), ("active", "detractor")]


def test_status_columns_that_are_about_tickets_or_texts_and_longer_names() -> None:
    # a help desk's ticket status and a texting tool's subscription status say nothing of use (a last
    # order alone says they bought of late, not how often)
    assert usage([{"Status": "closed", "Last Order Date": "2026-05-20"},
                  {"Status": "open", "Last Order Date": "2026-05-29"}]) == ["active", "active"]
    assert usage([{"status": "unsubscribed", "last_app_open": "2026-05-30", "sessions_30d": "14"}]) == ["frequent"]
    # "Account status (admin, pulled 15/11)", "Statut de l'abonnement (Trameo)", a screener's prefix
    assert usage([{"Account status (admin, pulled 15/11)": "Churned"},
                  {"Statut de l'abonnement (Trameo)": "Résilié"},
                  {"Screener: How often do you use it?": "Daily"}]) == ["lapsed", "lapsed", "frequent"]


def test_never_interviewed_written_in_words() -> None:
    people = [Participant(pid="a", attributes={"sessions_30d": "5", "dernier entretien": "jamais"})]
    plan = plan_mix(people, MixOptions(size=1, as_of=TODAY, exclude_recent_days=90))
    assert [p.pid for p in plan.chosen] == ["a"]


def test_a_childs_age_is_not_the_parents() -> None:
    people = [Participant(pid="parent", attributes={"sessions_30d": "5", "child age band": "6-8",
                                                    "kids birthday": "2019-03-02"}),
              Participant(pid="teen", attributes={"sessions_30d": "5", "age band": "13-17"})]
    plan = plan_mix(people, MixOptions(size=2, as_of=TODAY))
    assert [p.pid for p in plan.chosen] == ["parent"] and "under 18" in dict(plan.excluded)["teen"]


def test_a_german_internal_tool_and_a_newsletters_survey() -> None:
    rows = [{"Anmeldungen (30 Tage)": "12", "Weiterempfehlung (0-10)": "9", "Lizenzstatus": "Aktiv"},
            {"Anmeldungen (30 Tage)": "0", "Weiterempfehlung (0-10)": "4", "Lizenzstatus": "Gekündigt"}]
    assert segments(rows) == [("frequent", "promoter"), ("lapsed", "detractor")]
    people = [person("ok", teilnahme_nutzerforschung="Ja", would_you_be_up_for_a_video_call="Yes"),
              person("nein", teilnahme_nutzerforschung="Nein"),
              person("quiet", teilnahme_nutzerforschung="Nur ohne Aufzeichnung"),
              person("busy", would_you_be_up_for_a_video_call="No"),
              person("uxr", uxr_opt_in="No"),
              Participant(pid="tag", attributes={"sessions_30d": "5"}, tags=["Kunde", "Keine Interviews"]),
              person("recent", letztes_nutzerinterview="05.05.2026", last_uxr_session="")]
    plan = plan_mix(people, MixOptions(size=7, as_of=TODAY, exclude_recent_days=90))
    why = dict(plan.excluded)
    assert [p.pid for p in plan.chosen] == ["ok"]
    assert "recording" in why["quiet"] and why["recent"] == "interviewed on 2026-05-05"


def test_test_accounts_as_the_team_marks_them_and_requests_in_peoples_own_words() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    people = {
        "mailbox": Participant(pid="mailbox", email="dev+qa@ourapp.test", attributes={"sessions_30d": "9"}),
        "qa_box": Participant(pid="qa_box", email="testing-3@ourapp.test", attributes={"sessions_30d": "9"}),
        "named": Participant(pid="named", name="Sandra Test-Login", attributes={"sessions_30d": "9"}),
        "marked": Participant(pid="marked", name="Studio Nord (intern)", attributes={"sessions_30d": "9"}),
        "company": person("company", organisation="Harbour Labs (internal)"),
        "status": person("status", account_state="QA user"),
        "pt_status": person("pt_status", situacao="Conta teste"),
        "form_note": person("form_note", anything_else_to_add="testing - please ignore"),
        "own_words": person("own_words", why_did_you_cancel="Too pricey. Please do not email me again"),
        "de_note": person("de_note", Bemerkung="Interner Testaccount, nicht einladen"),
        "de_panel": person("de_panel", Nutzerpanel="pausiert"),
        "de_age": person("de_age", Alter="16"),
    }
    why = {pid: left_out_by_roster(p, TODAY) for pid, p in people.items()}
    assert all(why.values()), why
    # the name and address stay private: the reason says where, not what
    assert why["mailbox"] == "an internal or test account (a test mailbox)"
    assert why["named"] == "an internal or test account (its name says so)"
    assert "under 18" in why["de_age"] and "pausiert" in why["de_panel"]
    # people and values that only look alike are asked
    kept = [Participant(pid="k1", name="Tess Tesla", email="tess.testa@mail.test", attributes={"sessions_30d": "9"}),
            person("k2", organisation="Internal Medicine Partners"),
            person("k3", experiment_group="Test"),
            person("k4", anything_else_to_add="I tested the export and it was slow"),
            person("k5", why_did_you_cancel="Support did not email me back")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)


def test_on_a_trial_with_no_record_of_use_what_they_say_of_their_use_counts() -> None:
    asked = "how often do you cook with the app?"
    rows = [{"subscription status": "in trial", asked: "Every week"},
            {"subscription status": "in trial", asked: "Every month or so"},
            {"subscription status": "in trial", asked: "Not set up yet"},
            {"subscription status": "in trial", asked: "Every week", "logins last 30 days": "0", "last login": ""},
            {asked: "each week"}]
    assert usage(rows) == ["frequent", "occasional", "never_activated", "never_activated", "frequent"]


def test_each_usage_segment_says_what_decided_it_in_the_rosters_words() -> None:
    from listenwell.analysis.roster_signals import usage_and_why
    cases = [({"plan status": "Cancelled", "logins 30d": "4"}, "lapsed", "plan status: Cancelled"),
             ({"last login": "2026-01-05", "logins 30d": "0"}, "lapsed", "last login: 2026-01-05 ("),
             ({"last login": "2026-05-30", "logins 30d": "9"}, "frequent", "about 9 a month (logins 30d: 9)"),
             ({"last login": "2026-05-20", "logins 30d": "0"}, "occasional", "logins 30d: 0, yet seen within 90 days"),
             # (a few orders and one lately agree: said without a "yet")
             ({"last login": "2026-04-20", "logins 90d": "2"}, "occasional",
              "about 0.7 a month (logins 90d: 2), seen within 90 days (last login: 2026-04-20)"),
             ({"how often do you use it?": "Most days"}, "frequent", "how often do you use it?: Most days"),
             ({"last login": "", "logins 30d": "0"}, "never_activated", "logins 30d: 0; no last login"),
             ({"last login": "2026-05-10", "logins 30d": "12"}, "occasional",
              "about 12 a month (logins 30d: 12), but last login: 2026-05-10 (22 days before 2026-06-01)")]
    for attrs, segment_, words in cases:
        p = Participant(pid="x", attributes={k: v for k, v in attrs.items() if v})
        got = usage_and_why(p, TODAY, 90, 4.0, last_col="last login" if "last login" in attrs else None,
                            counted="logins 30d" in attrs or "logins 90d" in attrs)
        assert got[0] == segment_ and words in got[1], (attrs, got)


def test_a_reason_names_its_column_without_saying_the_same_thing_twice() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    assert left_out_by_roster(person("a", do_not_contact="TRUE")) == "marked do not contact"
    assert left_out_by_roster(person("b", research_dnc="yes")) == "marked do not contact (research dnc)"
    assert left_out_by_roster(person("c", crm_flag="DNC - asked twice")) == "marked do not contact (crm flag: DNC - asked twice)"


def test_more_ways_a_note_asks_not_to_be_called_and_a_pause_that_a_recent_visit_outweighs() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    for note in ("Do not call, she asked twice", "asked to be removed from the panel", "Not interested in interviews",
                 "please remove me from these lists"):
        assert left_out_by_roster(person("n", remarks=note), TODAY), note
    assert left_out_by_roster(person("k", remarks="Calls in the evening are best"), TODAY) is None
    rows = [{"status": "On break", "sessions last month": "0", "last session": "2026-01-20"},
            {"status": "On break", "sessions last month": "0", "last session": "2026-05-10"},
            {"status": "Paused", "sessions last month": "3", "last session": "2025-12-01"}]
    assert usage(rows) == ["lapsed", "occasional", "lapsed"]


def test_an_opt_out_flag_answered_false_asks_and_a_tester_flag_does_not() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    assert left_out_by_roster(person("a", opted_out_research="false")) is None
    assert left_out_by_roster(person("b", opt_out_of_research="0")) is None
    assert "opted out" in (left_out_by_roster(person("c", opted_out_research="true")) or "")
    assert "test account" in (left_out_by_roster(person("d", is_tester="TRUE")) or "")
    assert left_out_by_roster(Participant(pid="e", name="Kiosk Demo Login")) is not None
    assert "not in the research panel" in (left_out_by_roster(person("f", research_panel="no")) or "")


def test_a_note_that_gives_an_age_or_an_earlier_interview_and_a_request_in_french() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster
    assert "under 18" in (left_out_by_roster(person("a", notes="Year 12 pupil, 17 yrs old"), TODAY) or "")
    assert left_out_by_roster(person("b", notes="Two children aged 3 and 6"), TODAY) is None
    assert last_interviewed_in_roster(person("c", comments="interviewed on 02-04-2026 about billing")) == \
        dt.date(2026, 4, 2)
    assert last_interviewed_in_roster(person("d", notes="Interviewed for the pricing study 03/2026")) == \
        dt.date(2026, 3, 31)
    assert last_interviewed_in_roster(person("e", notes="Called 3 times, no answer")) is None
    assert left_out_by_roster(person("f", remarques="Ne souhaite plus être contactée"), TODAY) is not None


def test_a_contact_ok_column_answered_no() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    assert "said no to research contact" in (left_out_by_roster(person("a", contact_ok="no")) or "")
    assert left_out_by_roster(person("b", contact_ok="yes")) is None


def test_notes_in_dutch_and_spanish_a_death_a_birth_date_and_a_long_note_quoted_whole_words() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    for note in ("Liever niet benaderen", "Wil niet meer benaderd worden", "Que no le llamen, por favor",
                 "Overleden in maart"):
        assert left_out_by_roster(person("n", opmerkingen=note), TODAY), note
    assert "under 18" in (left_out_by_roster(person("b", fecha_nacimiento="2011-02-03"), TODAY) or "")
    long = "Do not contact: " + "she explained at length why the calls were unwelcome " * 3
    why = left_out_by_roster(person("l", notes=long), TODAY) or ""
    assert why.endswith("\u2026)") and "unwelcome" in why and len(why) < 140


def test_a_range_a_spreadsheet_turned_into_a_date_is_refused_in_any_column() -> None:
    from listenwell.analysis.mix import check_roster
    people = [person("a", company_size="1-10"), person("b", company_size="1-okt"), person("c", company_size="51-200")]
    with pytest.raises(InputError,
                       match="participant b, column 'company size': '1-okt' was the answer '1-10', turned into a date"):
        check_roster(people, TODAY)


def test_a_rate_under_the_threshold_is_not_rounded_up_to_it_in_the_reason() -> None:
    from listenwell.analysis.roster_signals import usage_and_why
    p = Participant(pid="x", attributes={"calls last 90 days": "11"})
    segment_, why = usage_and_why(p, TODAY, 90, 4.0, counted=True)
    assert segment_ == "occasional" and why.startswith("about 3.7 a month"), why


def test_a_spanish_subscription_status_of_baja_is_cancelled() -> None:
    assert usage([{"estado suscripcion": "Baja", "sesiones 30 dias": "5"},
                  {"estado suscripcion": "Activa", "sesiones 30 dias": "5"}]) == ["lapsed", "frequent"]


def test_asking_support_for_help_is_not_using_the_product() -> None:
    dims, _ = segment([Participant(pid="x", attributes={"support tickets last 30 days": "9", "plan": "Pro"})],
                      MixOptions(as_of=TODAY))
    assert "usage" not in dims


def test_a_fourth_round_of_roster_words() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster
    # (a round-4 tester read "Please do not phone, email only" as a no; a round-6 tester read the same
    # shape as how to reach them, and so does the README: a phone call declined beside "email only"
    # is named in the plan, a plain "Please do not phone" leaves out)
    assert left_out_by_roster(person("a", notes="Please do not phone"), TODAY) is not None
    assert left_out_by_roster(person("a", notes="Please do not phone, email only"), TODAY) is None
    assert left_out_by_roster(person("b", permit_type="Business"), TODAY) is None  # a person's permit
    assert "under 18" in (left_out_by_roster(person("c", uwagi="Ma 17 lat, uczeń"), TODAY) or "")
    assert last_interviewed_in_roster(person("d", uwagi="Wywiad 15.05.2026 o kodach")) == dt.date(2026, 5, 15)


def test_chosen_people_with_an_empty_opt_in_are_named_in_the_plan() -> None:
    # an empty opt-in is read as never asked (a "false" is the no), but the researcher who reads
    # empty as "did not opt in" must see who the plan took with it empty
    people = [person("A1", research_opt_in="true"), person("A2", research_opt_in="false"),
              person("A3"), person("A4", research_opt_in="TRUE"), person("A5")]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY))
    assert "A2" not in {p.pid for p in plan.chosen}
    said = [w for w in plan.warnings if "research opt in" in w]
    assert len(said) == 1 and "2 of the 4 chosen" in said[0] and "A3, A5" in said[0]
    # a column nobody answered yes in says nothing to warn about
    quiet = plan_mix([person("B1", research_opt_in="false"), person("B2")], MixOptions(size=1, as_of=TODAY))
    assert not any("opt in" in w for w in quiet.warnings)


def test_chosen_people_who_did_not_answer_the_recording_question_are_named() -> None:
    people = [Participant(pid=pid, attributes={"sessions_30d": "5"}, consent=Consent(recorded=said))
              for pid, said in (("R1", True), ("R2", None), ("R3", False), ("R4", True))]
    plan = plan_mix(people, MixOptions(size=3, as_of=TODAY))
    said = [w for w in plan.warnings if "question on recording" in w]
    assert len(said) == 1 and said[0].startswith("1 of the 3 chosen") and "(R2)" in said[0]
    # a roster that asks nobody about recording has nothing to chase
    quiet = plan_mix([Participant(pid="Q1", attributes={"sessions_30d": "5"})], MixOptions(size=1, as_of=TODAY))
    assert not any("recording" in w for w in quiet.warnings)


def test_a_crms_own_do_not_email_and_do_not_call_flags_leave_out_unless_they_said_yes_to_research() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    why = {pid: left_out_by_roster(p, TODAY) for pid, p in {
        "sf_email": person("sf_email", **{"email opt out": "1", "do not call": "0"}),
        "sf_call": person("sf_call", **{"email opt out": "0", "do not call": "1"}),
        "api_name": person("api_name", HasOptedOutOfEmail="true"),
        "hubspot": person("hubspot", **{"Unsubscribed from all email": "TRUE"}),
        "dynamics": person("dynamics", **{"Do not allow Emails": "Do Not Allow"}),
        "braze": person("braze", email_subscribe="unsubscribed"),
        "marketo": person("marketo", Unsubscribed="true"),
    }.items()}
    assert why["sf_email"] == "opted out of email (email opt out)"
    assert why["sf_call"] == "marked do not call (do not call)"
    assert all(why.values()), why
    # a marketing consent declines offers, not research; a flag answered no asks
    kept = [person("k1", **{"Accepts Email Marketing": "no"}),
            person("k2", **{"Email Marketing Consent": "UNSUBSCRIBED"}),
            person("k3", **{"Marketing status": "Unsubscribed"}), person("k4", **{"Email Opt Out": "0"}),
            person("k5", push_subscribe="opted_out"),
            # their own yes to research is the more particular
            person("k6", **{"Email Opt Out": "1", "Research Panel": "Opted In"}),
            person("k7", **{"Do Not Call": "true", "research consent": "yes"})]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)


def test_a_plan_names_the_chosen_who_said_yes_to_research_despite_a_do_not_email_flag() -> None:
    people = [person("A1", **{"email opt out": "1", "research panel": "Opted In"}),
              person("A2", **{"email opt out": "1"}), person("A3")]
    plan = plan_mix(people, MixOptions(size=3, as_of=TODAY))
    assert ("A2", "opted out of email (email opt out)") in plan.excluded
    said = [w for w in plan.warnings if "do-not-email" in w]
    assert len(said) == 1 and "A1" in said[0] and "A3" not in said[0]


def test_a_request_not_to_be_contacted_in_the_languages_rosters_are_kept_in() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    asked = ["Cliente pediu pra não ser mais procurada pela equipe",
             "Disse que não quer receber ligações nem e-mails da loja",
             "La clienta pidió no ser contactada otra vez", "No quiere recibir más llamadas",
             "Elle ne souhaite plus être recontactée par nos équipes", "Merci de ne plus la solliciter",
             "Möchte bitte nicht mehr angerufen werden", "Kontakt nicht mehr erwünscht",
             "Wil niet meer gebeld worden", "Chiede di non essere più contattata", "Non vuole ricevere telefonate",
             "Klientka nie chce być już kontaktowana", "Vil ikke bli kontaktet igjen",
             "Says she doesn't want to be called again", "Take me off your mailing list please"]
    for note in asked:
        assert (left_out_by_roster(person("n", observacoes=note), TODAY) or "").startswith("asked not to be"), note
    # words alike that ask nothing: not reached yet, happy to be called
    kept = ["Ainda não foi contatada", "Não se importa de ser contatada à noite", "No ha sido contactado aún",
            "Konnte nicht erreicht werden", "Non è stato contattato", "Prefere ser contatada por WhatsApp"]
    assert [left_out_by_roster(person("k", observacoes=n), TODAY) for n in kept] == [None] * len(kept)


def test_someone_who_left_the_company_is_left_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    gone = [person("t", title="*** LEFT COMPANY *** (was IT lead)"),
            person("n", notes="No longer with the company as of May"),
            person("d", comments="Hat das Unternehmen verlassen"), person("p", cargo="Saiu da empresa em 2025"),
            person("c", **{"Has left": "Yes"})]
    assert all("left the company" in (left_out_by_roster(p, TODAY) or "") for p in gone)
    # their account's story, or a move of house, is not theirs
    kept = [person("k1", **{"Churn reason": "Champion left the company"}),
            person("k2", notes="No longer at this address"),
            person("k3", title="Left-handed scissors buyer")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)


def test_staff_by_a_team_tag_a_note_or_the_domain_of_a_colleague_marked_staff() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    assert left_out_by_roster(Participant(pid="t", tags=["equipe"], attributes={"sessions_30d": "5"}), TODAY)
    assert left_out_by_roster(Participant(pid="q", tags=['"staff"'], attributes={"sessions_30d": "5"}), TODAY)
    assert left_out_by_roster(Participant(pid="p", tags=["team plan"], attributes={"sessions_30d": "5"}), TODAY) is None
    for note in ("Funcionário do estoque", "Empleada de la tienda", "nossa funcionária", "Staff"):
        assert "staff" in (left_out_by_roster(person("n", note=note), TODAY) or ""), note
    for note in ("Employee at a regional bank", "Staff nurse, night shifts"):
        assert left_out_by_roster(person("k", note=note), TODAY) is None, note
    # a shop's two people, one tagged: the other, at the shop's own domain, is staff too; a
    # customer company with one of its many contacts tagged, or a mailbox provider, says nothing
    shop = [Participant(pid="S1", email="ana@lojinha.com.br", tags=["funcionaria"], attributes={"sessions_30d": "5"}),
            Participant(pid="S2", email="rui@lojinha.com.br", attributes={"sessions_30d": "5"}),
            Participant(pid="S3", email="bia@gmail.com", tags=["staff"], attributes={"sessions_30d": "5"}),
            Participant(pid="S4", email="lia@gmail.com", attributes={"sessions_30d": "5"})]
    client = [Participant(pid=f"C{i}", email=f"u{i}@bigclient.com", tags=["internal"] if i == 1 else [],
                          attributes={"sessions_30d": "5"}) for i in range(1, 6)]
    left = dict(plan_mix(shop + client, MixOptions(size=9, as_of=TODAY)).excluded)
    assert set(left) == {"S1", "S2", "S3", "C1"}
    assert left["S2"] == "staff: the same email domain as S1, whom the roster marks as staff"


def test_a_panel_submission_that_was_returned_timed_out_rejected_or_left_partial_is_left_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    gone = {"ret": ("Status", "RETURNED"), "late": ("Status", "TIMED-OUT"), "rej": ("Status", "REJECTED"),
            "half": ("Status", "Partial"), "typeform": ("Response Type", "partial"),
            "quota": ("Status", "Over quota")}
    why = {pid: left_out_by_roster(person(pid, **{col: value}), TODAY) or "" for pid, (col, value) in gone.items()}
    assert "RETURNED" in why["ret"] and "withdrew" in why["ret"]
    assert "TIMED-OUT" in why["late"] and "rejected" in why["rej"]
    assert "unfinished" in why["half"] and "unfinished" in why["typeform"] and "screened out" in why["quota"]
    # the same words about something else: a subscription, a KYC check, an order, an approved submission
    kept = [person("k1", Status="APPROVED"), person("k2", **{"Kyc state": "REJECTED"}),
            person("k3", **{"Subscription status": "Returned"}), person("k4", **{"Payment status": "Partial"}),
            person("k5", **{"Completion status": "partial"}), person("k6", Status="AWAITING REVIEW")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)


def test_a_submission_awaiting_review_is_planned_with_a_warning_naming_it() -> None:
    people = [person(f"ok{i}", Status="APPROVED") for i in range(3)] + [person("wait", Status="AWAITING REVIEW")]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY))
    assert "wait" in {p.pid for p in plan.chosen}
    said = [w for w in plan.warnings if "awaiting review" in w.lower()]
    assert len(said) == 1 and "wait" in said[0] and "ok0" not in said[0]


def test_a_withdrawn_consent_marker_leaves_out_and_is_never_a_segment() -> None:
    revoked = {"Age": "CONSENT_REVOKED", "Sex": "CONSENT_REVOKED", "Country of residence": "CONSENT_REVOKED"}
    people = [person("w1", Sex="Female", Age="30"), person("w2", Sex="Male", Age="41"),
              person("w3", Sex="Female", Age="35", Nationality="DATA_EXPIRED"),
              person("w4", Sex="Male", Age="52", **{"Student status": "DATA_EXPIRED"}),
              person("gone", **revoked)]
    plan = plan_mix(people, MixOptions(size=5, as_of=TODAY, by=["sex", "nationality"]))
    why = dict(plan.excluded)
    assert set(why) == {"gone"} and "withdrew consent" in why["gone"]
    # neither marker is a value to balance on: an expired field is no value, not a group of its own
    values = {(row.dimension, row.value) for row in plan.coverage}
    assert not any("CONSENT" in v or "EXPIRED" in v for _, v in values)
    assert ("nationality", "unknown") in values
    assert {p.segments["usage"] for p in plan.chosen} == {"frequent"}  # DATA_EXPIRED is not an expired plan


def test_someone_who_says_in_a_free_text_answer_that_they_are_under_18_is_left_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    col = "Is there anything else you would like to tell us? (optional)"
    minors = ["I'm actually 17, my sister helped me set up my account", "I am 16 years old", "im 17 lol",
              "Honestly I'm only 15.", "I'm a 17-year-old student", "tengo 17 años", "J'ai 16 ans, c'est grave ?",
              "Tenho 17 anos", "Ich bin 16 Jahre alt", "Ho 17 anni", "Ik ben 16 jaar", "Jag är 17 år"]
    for text in minors:
        assert "under 18" in (left_out_by_roster(person("m", **{col: text}), TODAY) or ""), text
    adults = ["I have 17 years of experience in finance", "my son is 16 and uses it too",
              "I've used it for 17 months", "I'm 17 minutes from the office", "Tengo 17 años de experiencia",
              "J'ai 16 ans d'expérience", "I am 45", "I'm 17 days into the trial", "Im 17. Bezirk wohnhaft"]
    for text in adults:
        assert left_out_by_roster(person("a", **{col: text}), TODAY) is None, text


def test_a_free_text_no_to_interviews_is_a_no_but_a_channel_preference_is_not() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    col = "Is there anything else you would like to tell us? (optional)"  # a question, not a notes column
    refusals = ["Happy to do surveys but I'd rather not be contacted for an interview, thanks",
                "I would prefer not to be interviewed", "Prefers not to be contacted", "rather not be called",
                "Not interested in an interview", "not interested in being interviewed", "No interviews please",
                "Surveys only", "Yes - surveys only", "I don't want to be interviewed"]
    for text in refusals:
        assert "asked" in (left_out_by_roster(person("r", **{col: text}), TODAY) or ""), text
    fine = ["Happy to be contacted", "Would rather be contacted by email", "Prefers email, no phone calls",
            "I'd rather not be contacted by phone, email is best", "I'd rather not be recorded",
            "Not Interested", "Happy to do an interview, not interested in surveys"]
    for text in fine:
        assert left_out_by_roster(person("f", **{col: text}), TODAY) is None, text


def test_a_deleted_banned_or_fraud_suspended_account_is_left_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    gone = [person("d", account_status="deleted"), person("f", account_status="suspended_fraud"),
            person("b", account_state="banned"), person("g", **{"Account status": "GDPR deleted"}),
            person("e", **{"User status": "Erased"}), person("pl", **{"Status konta": "usunięte"}),
            person("r", **{"Deactivation reason": "Fraud investigation (chargebacks)"}),
            person("es", **{"Estado de la cuenta": "Eliminado"}),
            person("x", deleted_at="2026-03-02 10:11:00"), person("s", Status="Banned"),
            person("st", Status="Deleted")]
    for p in gone:
        why = left_out_by_roster(p, TODAY) or ""
        assert "deleted" in why or "fraud" in why or "banned" in why, (p.pid, why)
    # a subscription's "deleted" (Paddle's cancelled), a membership on hold, a note of fraud against them
    kept = [person("k1", state="deleted"), person("k2", **{"Subscription status": "deleted"}),
            person("k3", account_status="suspended"), person("k4", account_status="vacation_mode"),
            person("k5", notes="Reported card fraud last year, refunded"), person("k6", deleted_at="")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)


def test_a_no_to_recording_in_their_own_words_and_a_channel_they_prefer() -> None:
    notes = ("I don't want to be recorded", "Rather not be recorded, thanks", "Não quero ser gravada",
             "no quiero que me graben", "Happy to be recorded")
    people = [Participant(pid=f"R{i}", attributes={"sessions_30d": "5", "anything else": n}, consent=Consent(recorded=True))
              for i, n in enumerate(notes)]
    left = dict(plan_mix(people, MixOptions(size=5, as_of=TODAY)).excluded)
    assert sorted(left) == ["R0", "R1", "R2", "R3"] and all("said no to recording, in their own words" in w
                                                            for w in left.values())
    # as a no in the consent column, --include-unconsented keeps them
    assert not plan_mix(people, MixOptions(size=5, as_of=TODAY, include_unconsented=True)).excluded
    # a phone call declined beside the way they want to be reached is that channel, not the research
    people = [person("E1", anything_else="please don't call, email only"), person("E2"),
              person("E3", notes="Please don't call me")]
    people[0].email = "e1@example.com"  # the address they asked to be written to is there
    plan = plan_mix(people, MixOptions(size=3, as_of=TODAY))
    assert [pid for pid, _ in plan.excluded] == ["E3"]
    said = [w for w in plan.warnings if "one way only" in w]
    assert len(said) == 1 and "E1 (anything else: please don't call, email only)" in said[0]
    assert "the roster has no" not in said[0]


def test_a_crm_label_in_a_roster_language_marks_staff_and_so_their_colleagues_at_the_same_domain() -> None:
    # a German CRM's "Label" column marks the team's own people; the third colleague at the firm's
    # domain, a customer's "Kunde" label and a lead's are no staff
    people = [Participant(pid="K1", email="ute.berg@wegwerk.example.de", attributes={"sessions_30d": "5", "Label": "Mitarbeiterin"}),
              Participant(pid="K2", email="tom.senn@wegwerk.example.de", attributes={"sessions_30d": "5", "Label": "Intern"}),
              Participant(pid="K3", email="ina.pohl@wegwerk.example.de", attributes={"sessions_30d": "9", "Label": ""}),
              Participant(pid="C1", email="a.kurz@spedition-ost.example.de", attributes={"sessions_30d": "5", "Label": "Kunde"}),
              Participant(pid="C2", email="b.lang@spedition-ost.example.de", attributes={"sessions_30d": "5", "Label": "Heißer Lead"})]
    left = dict(plan_mix(people, MixOptions(size=5, as_of=TODAY)).excluded)
    assert set(left) == {"K1", "K2", "K3"}
    assert left["K1"] == "an internal or test account (Label: Mitarbeiterin)"
    assert left["K3"].startswith("staff: the same email domain as K1")
    # the same words in other languages, in a kind column
    from listenwell.analysis.roster_signals import left_out_by_roster
    for word in ("medewerker", "Empleado", "Funcionária", "Kollege", "dipendente", "pracownik"):
        assert left_out_by_roster(person("w", **{"Contact type": word}), TODAY), word


def test_a_staff_note_naming_a_company_not_their_own_or_a_colleague_from_support() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    staff = [Participant(pid="s1", email="x@kundenfirma.example", attributes={"Organisation": "Kundenfirma AG",
                                                                              "Notizen": "Mitarbeiter Wegwerk"}),
             person("s2", Notizen="Kollege aus dem Support, testet neue Versionen")]
    assert all("staff" in (left_out_by_roster(p, TODAY) or "") for p in staff)
    # staff of the customer's own company, an English department: a customer's contact
    kept = [Participant(pid="k1", email="y@stadtwerke-nord.example", attributes={"Organisation": "Stadtwerke Nord",
                                                                                 "Notizen": "Mitarbeiterin Stadtwerke"}),
            person("k2", notes="Employee Relations")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None, None]


def test_requests_not_to_be_asked_for_research_a_data_erasure_and_a_departure_in_german_notes() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    asked = ["Bitte keine Studienanfragen mehr", "bitte nicht mehr für Interviews anfragen",
             "Möchte in Ruhe gelassen werden", "Hat um Ruhe gebeten", "Keine Anrufe mehr",
             "Kein Interesse an Befragungen oder Interviews", "Please do not ask him for interviews again",
             "No more research requests", "Not interested in surveys or interviews"]
    for note in asked:
        assert "asked not to be" in (left_out_by_roster(person("a", Notizen=note), TODAY) or ""), note
    erased = [("Notizen", "DSGVO-Löschantrag eingegangen"), ("Notizen", "Löschung der Daten beantragt"),
              ("Notes", "GDPR erasure request received 03/2026"), ("Comentarios", "LGPD: pedido de exclusão"),
              ("Remarques", "Demande RGPD - suppression des données"), ("Privacy", "Deletion requested (GDPR)")]
    for col, note in erased:
        assert "data erased" in (left_out_by_roster(person("e", **{col: note}), TODAY) or ""), note
    assert "left the company" in (left_out_by_roster(person("g", Notizen="Zum 30.06. ausgeschieden"), TODAY) or "")
    # not yet, a trial, surveys alone, the GDPR named without an erasure: nothing to leave out for
    kept = [person("k1", Notizen="Noch nicht anfragen, erst nach dem Rollout"), person("k2", Notizen="Testphase bis 15.12."),
            person("k3", Notizen="Kein Interesse an Umfragen"), person("k4", Notes="GDPR consent given 2025")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)


def test_a_field_teams_test_submissions_in_the_roster_languages_are_left_out() -> None:
    from listenwell.analysis.roster_signals import awaiting_review, left_out_by_roster
    col = "datos/comentarios"
    tests = [person("t1", **{col: "prueba del formulario, no es registro real"}),
             person("t2", **{col: "test - capacitación de encuestadores"}),
             person("t3", Kommentar="Testeintrag (bitte ignorieren)"), person("t4", notes="Not a real respondent"),
             person("t5", Commentaires="essai - formation des enquêteurs"),
             person("t6", **{"datos/nombre": "PRUEBA"}), person("t7", **{"datos/nombre": "Prueba Rosa"}),
             Participant(pid="t8", name="Essai Formulaire", attributes={"sessions_30d": "5"})]
    for p in tests:
        assert "test" in (left_out_by_roster(p, TODAY) or ""), p.attributes
    # a record the team rejected in the tool's review is left out; one on hold is named, not left out
    rejected = person("r", _validation_status="validation_status_not_approved")
    assert "rejected in review" in (left_out_by_roster(rejected, TODAY) or "")
    held = person("h", _validation_status="validation_status_on_hold")
    assert left_out_by_roster(held, TODAY) is None and awaiting_review(held)
    # a trial, a test drive, a real note: kept
    kept = [person("k1", **{col: "Testphase"}), person("k2", notes="Test-drove the beta twice"),
            person("k3", **{col: "Prueba el ahorro para la escuela"}),
            person("k4", _validation_status="validation_status_approved"),
            # a comments column is a note: the age of someone else in it is not theirs
            person("k5", **{col: "Su hija de 16 años viene en su lugar"})]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)


def test_a_sales_demo_or_sandbox_account_is_left_out_like_a_test_account() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    demos = [person("d1", is_demo_account="TRUE"), person("d2", is_sandbox="yes"), person("d3", **{"Account type": "Demo"}),
             Participant(pid="d4", name="Demo Nurse", attributes={"sessions_30d": "5"}),
             Participant(pid="d5", name="Pat Lee", email="sales.demo.west@ourapp.example", attributes={"sessions_30d": "5"}),
             person("d6", cs_notes="Sandbox account for the Oakridge pilot - owned by sales"),
             person("d7", Notizen="Demo-Konto für die Messe")]
    for p in demos:
        assert "demo or sandbox account" in (left_out_by_roster(p, TODAY) or ""), p.pid
    # a prospect's demo call, a flag not set, a note about a demo they asked for, a name that holds "demo"
    kept = [person("k1", is_demo_account="FALSE"), person("k2", **{"Demo requested": "Yes"}),
            person("k3", notes="Asked for a demo account for her team"), person("k4", **{"Lead type": "Demo request"}),
            Participant(pid="k5", name="Demosthenes Pappas", email="demosthenes@mail.example", attributes={"sessions_30d": "5"})]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)


def test_a_school_student_below_the_last_grade_is_under_18_where_no_date_of_birth_says() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster

    def member(pid: str, role: str, grade: str, born: str = "", email: str = "") -> Participant:
        return Participant(pid=pid, email=email or None, attributes={
            "logins_30d": "6", "user_type": role, "grade_level": grade, "birth_date": born})
    young = [member("s1", "Student", "K"), member("s2", "student", "3rd grade"), member("s3", "Pupil", "Year 9"),
             member("s4", "student", "Grade 11"), member("s5", "", "7", email="kid7@learners.rivervale.example")]
    for p in young:
        assert (left_out_by_roster(p, TODAY) or "").startswith("under 18: a school student in grade"), p.pid
    # a teacher's grade is the one they teach; a date of birth outweighs a grade; a senior may be 18
    kept = [member("t1", "Teacher", "2"), member("o1", "student", "11", born="2007-03-02"),
            member("g1", "student", "12"), member("m1", "", "", email="sam@students.rivervale.example"),
            member("u1", "student", "")]  # a university's student: no grade, no age to read
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)
    plan = plan_mix(kept, MixOptions(size=5, as_of=TODAY))
    said = [w for w in plan.warnings if "may be under 18" in w]
    assert len(said) == 1 and "g1 (user_type: student, grade 12, no date of birth)" in said[0]
    assert "m1 (a students' mailbox, no grade or date of birth)" in said[0]
    assert "t1" not in said[0] and "o1" not in said[0] and "u1" not in said[0]


def test_a_seventh_round_french_recontact_no_a_no_to_interviews_and_a_birthday_read_both_ways() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    asked = "Acceptez-vous d'être recontacté(e) pour un entretien ?"
    assert "said no to research contact" in (left_out_by_roster(person("n", **{asked: "Non"}), TODAY) or "")
    assert left_out_by_roster(person("o", **{asked: "Oui"}), TODAY) is None
    for said in ("Pas d'entretien svp", "Pas d'entretien svp, je n'ai pas le temps"):
        assert "asked not to be interviewed" in (left_out_by_roster(person("p", commentaire=said), TODAY) or ""), said
    assert left_out_by_roster(person("q", commentaire="Pas d'entretien cette semaine, rappeler en janvier"),
                              TODAY) is None
    # 12/01/2008 is an adult day-first and 17 month-first on 2026-11-28: a minor is never asked by mistake
    late = dt.date(2026, 11, 28)
    assert "under 18" in (left_out_by_roster(person("b", date_of_birth="12/01/2008"), late) or "")
    assert left_out_by_roster(person("a", date_of_birth="12/01/2007"), late) is None


def test_a_way_to_be_reached_that_the_row_has_no_detail_for_is_said() -> None:
    # "SMS only" where the roster has no phone column, beside one whose number is there, and
    # "email only" with no address
    people = [person("W1", notes="Never reads email - SMS only"),
              person("W2", notes="text only please", **{"mobile": "+61 412 555 019"}),
              Participant(pid="W3", email=None, attributes={"sessions_30d": "5", "comments": "email only"})]
    plan = plan_mix(people, MixOptions(size=3, as_of=TODAY))
    said = [w for w in plan.warnings if "one way only" in w]
    assert len(said) == 1, plan.warnings
    assert "W1 (notes: Never reads email - SMS only; the roster has no phone number for them)" in said[0]
    assert "W2 (notes: text only please)" in said[0]
    assert "W3 (comments: email only; the roster has no email address for them)" in said[0]
    assert "find it in the tool that keeps their details" in said[0]


def test_a_record_the_organisation_marks_sensitive_or_restricted_is_left_out_and_named() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    marked = {"c1": {"Confidential Patient": "Y"}, "c2": {"restricted_record": "TRUE"},
              "c3": {"Sensitivity Level": "Restricted"}, "c4": {"sensitive": "Behavioral health"},
              "c5": {"Break the Glass": "Yes"}}
    for pid, cells in marked.items():
        assert (left_out_by_roster(person(pid, **cells), TODAY) or "").startswith("a sensitive or restricted record"), pid
    # the same words saying no, or about something else: a shop's VIP, a private social profile
    kept = [person("k1", sensitive="N"), person("k2", **{"Sensitivity Level": "Normal"}), person("k3", VIP="yes"),
            person("k4", is_protected="true"), person("k5", tags="vip, price-sensitive")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)


def test_a_sensitive_record_is_asked_for_only_by_its_value_in_mix_and_never_written_to_after() -> None:
    people = [person(f"r{i}", region="North" if i % 2 else "South") for i in range(8)]
    people += [person("s1", region="North", **{"Confidential Patient": "Y"}),
               person("s2", region="South", **{"Confidential Patient": "Y"})]
    plan = plan_mix(people, MixOptions(size=10, as_of=TODAY, by=["region"]))
    left = dict(plan.excluded)
    assert left["s1"] == "a sensitive or restricted record (Confidential Patient: Y)" and "s2" in left
    assert any("2 people left out as sensitive" in n and '"Confidential Patient=Y:2"' in n for n in plan.notes)
    # the researcher's word that they may be asked: one of them, named in a warning
    asked = plan_mix(people, MixOptions(size=5, as_of=TODAY, seed=2, weights={"confidential patient": {"y": 1}}))
    chosen = {p.pid for p in asked.chosen}
    assert len(chosen & {"s1", "s2"}) == 1 and not {"s1", "s2"} & set(dict(asked.excluded))
    said = [w for w in asked.warnings if "sensitive or restricted record, kept as --mix asks" in w]
    assert len(said) == 1 and ({"s1", "s2"} & chosen).pop() in said[0]
    # someone invited from an earlier plan whose record is marked since: not to be written to again
    before = plan_mix(people[:8] + [person("s3", region="North")], MixOptions(size=9, as_of=TODAY))
    people.append(person("s3", region="North", **{"Confidential Patient": "Y"}))
    again = plan_mix(people, MixOptions(size=9, as_of=TODAY), previous=SavedPlan(
        size=9, seed=0, as_of=TODAY, options=before.options, dimensions=before.dimensions, members=before.chosen))
    assert again.dropped_why["s3"].endswith("do not write to them again")


def test_a_legal_guardian_leaves_an_adult_out_and_a_proxy_is_named_in_a_warning() -> None:
    from listenwell.analysis.roster_signals import acts_for_them, left_out_by_roster
    legal = [person("g1", **{"Guardian / proxy": "Moss, Jon (brother) - legal guardian"}),
             person("g2", **{"Legal Guardian": "Ana Ruiz"}), person("g3", Proxy="Rui Paz - conservator"),
             person("g4", **{"Representante legal": "Tomás Gil (tío)"})]
    for p in legal:
        assert "legal guardian or representative" in (left_out_by_roster(p, TODAY) or ""), p.pid
    helped = [person("h1", **{"proxy contact": "Dana Moss (daughter)"}), person("h2", account_state="Proxy access only")]
    assert [left_out_by_roster(p, TODAY) for p in helped] == [None, None]
    assert acts_for_them(helped[0]) == "proxy contact: Dana Moss (daughter)"
    # a consent asked of a parent (of someone now grown up, by their date of birth), or a row that is
    # the parent: nobody acts for them
    others = [person("o1", **{"Parent/Guardian Consent": "Yes", "Date of birth": "1990-04-02"}),
              person("o2", Role="Guardian")]
    assert [left_out_by_roster(p, TODAY) or acts_for_them(p) for p in others] == [None, None]
    plan = plan_mix(others + helped, MixOptions(size=4, as_of=TODAY))
    said = [w for w in plan.warnings if "proxy, power of attorney or guardian" in w]
    assert len(said) == 1 and "h1 (proxy contact: Dana Moss (daughter))" in said[0] and "h2" in said[0]
    assert "o1" not in said[0] and "o2" not in said[0]


def test_an_ehr_test_patient_is_left_out_by_its_name() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    for name in ("ZZTEST, RADIOLOGY", "Zztest Portal", "ZZZTEST, ONE", "Testpatient, Anna"):
        assert "test account" in (left_out_by_roster(Participant(pid="t", name=name, attributes={"sessions_30d": "5"}),
                                                     TODAY) or ""), name
    for name in ("Testa, Maria", "Lizzie Tester", "Buzz Testerman"):
        assert left_out_by_roster(Participant(pid="r", name=name, attributes={"sessions_30d": "5"}), TODAY) is None, name


def test_a_staff_code_an_own_test_and_a_forms_trial_in_notes_and_the_domain_they_share() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    for note in ("Staff discount code CREW30 (warehouse)", "on the staff price"):
        assert (left_out_by_roster(person("s", note=note), TODAY) or "").startswith("staff"), note
    for note, col in (("my own test order - please ignore", "notes"), ("test signup from the launch", "notes"),
                      ("essai", "Commentaire libre"), ("recette du formulaire, version 2", "Commentaire libre")):
        assert (left_out_by_roster(person("t", **{col: note}), TODAY) or "").startswith("a test record"), note
    for note in ("Asked about the test kitchen", "Great recipes, recette du jour was lovely"):
        assert left_out_by_roster(person("k", note=note), TODAY) is None, note
    # a roster of personal mailboxes: the team's test rows mark their own domain, and the one left
    # there is one of the team; among work addresses, a customer's test account marks nobody
    public = [Participant(pid=f"P{i}", email=f"p{i}@{('gmail.com', 'yahoo.fr', 'orange.fr')[i % 3]}",
                          attributes={"sessions_30d": "5"}) for i in range(8)]
    team = [Participant(pid="T1", email="qa.form@agence.example.org", attributes={"sessions_30d": "5"}),
            Participant(pid="T2", email="lea@agence.example.org", attributes={"sessions_30d": "5", "note": "essai"}),
            Participant(pid="T3", email="marc@agence.example.org", attributes={"sessions_30d": "5", "note": "RAS"})]
    left = dict(plan_mix(public + team, MixOptions(size=11, as_of=TODAY)).excluded)
    assert set(left) == {"T1", "T2", "T3"}
    assert left["T3"] == ("staff: the same email domain as T1, whom the roster marks as a test (a team's own "
                          "domain among personal addresses)")
    work = [Participant(pid=f"W{i}", email=f"u{i}@{('acme', 'globex', 'initech')[i % 3]}.com",
                        attributes={"sessions_30d": "5"}) for i in range(6)]
    work.append(Participant(pid="W9", email="test.admin@acme.com", attributes={"sessions_30d": "5"}))
    assert set(dict(plan_mix(work, MixOptions(size=7, as_of=TODAY)).excluded)) == {"W9"}


def test_a_channel_preferred_in_a_sentence_in_english_or_french_is_named_when_chosen() -> None:
    # kept, and named so the invitation goes by the channel they asked for
    notes = {"M1": "Merci de m'écrire plutôt par mail, je suis en tournée la journée",
             "M2": "Je préfère qu'on me contacte par e-mail, pas par téléphone",
             "M3": "I'd rather be reached by email, I work nights",
             "M4": "Prefiero que me escriban por correo",
             "M5": "Plutôt le soir, après 18h",  # a time, not a channel
             "M6": "I prefer weekends, and I use the app by the pool"}
    people = [person(pid, commentaire=note) for pid, note in notes.items()]
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY))
    assert not plan.excluded
    said = [w for w in plan.warnings if "one way only" in w]
    assert len(said) == 1 and all(f"{pid} (commentaire:" in said[0] for pid in ("M1", "M2", "M3", "M4")), said
    assert "M5" not in said[0] and "M6" not in said[0]


def test_the_channel_a_note_asks_for_is_the_first_it_names() -> None:
    with_phone = person("X1", notes="email me rather than call", mobile="+44 7700 900123")
    assert way_not_in_roster(with_phone) == "no email address"
    with_phone.email = "x1@example.com"
    assert way_not_in_roster(with_phone) is None
    assert way_not_in_roster(person("X2", notes="Prefiero que me escriban por correo")) == "no email address"
    assert way_not_in_roster(person("X3", notes="WhatsApp only")) == "no phone number"
    assert way_not_in_roster(person("X4", notes="likes the app")) is None


def test_a_deceased_tick_or_a_date_of_death_leaves_the_person_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    for pid, cells in {"d1": {"Deceased": "1"}, "d2": {"npsp__Deceased__c": "true"},
                       "d3": {"Date of Death": "02/11/2026"}, "d4": {"Verstorben": "ja"}}.items():
        assert (left_out_by_roster(person(pid, **cells), TODAY) or "").startswith("deceased"), pid
    for pid, cells in {"a1": {"Deceased": "0"}, "a2": {"Deceased": "No"}, "a3": {"Date of Death": ""},
                       "a4": {"Dead leads": "1"}}.items():
        assert left_out_by_roster(person(pid, **cells), TODAY) is None, pid


def test_an_organisation_and_contact_through_another_team_are_named_when_chosen() -> None:
    people = [Participant(pid="O1", name="Harlow Engineering Ltd", attributes={"sessions_30d": "5"}),
              person("O2", **{"Supporter Type": "Corporate"}),
              person("R1", notes="Legacy pledger - handle via legacy team only"),
              person("R2", notes="All contact through their account manager"),
              Participant(pid="K1", name="Ada Ltdson", attributes={"sessions_30d": "5"}),
              person("K2", **{"Supporter Type": "Individual"}, notes="Met the team at the gala")]
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY))
    org = next(w for w in plan.warnings if "like an organisation, not people" in w)
    assert "O1 (the name ends “Ltd”)" in org  # named, as a company's contact may be behind it
    assert "K1" not in org and "K2" not in org and "Harlow" not in org  # the name stays private
    # a record type that says so is a company's record, not a person: left out
    assert dict(plan.excluded)["O2"].startswith("a company's record, not a person")
    routed = next(w for w in plan.warnings if "only through someone else" in w)
    assert "R1 (notes: Legacy pledger - handle via legacy team only)" in routed and "R2" in routed
    assert "K2" not in routed and "O1" not in routed


def test_hinglish_notes_that_say_do_not_contact_no_interview_no_recording_or_a_death_leave_the_person_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    said = {"h1": ("Remarks", "humein phir se call mat kijiye, pehle hi bata diya", "the roster's note says so"),
            "h2": ("Notes", "Survey theek hai par interview ke liye mat puchiye", "asked not to be contacted"),
            "h3": ("Comments", "video call record mat karna please", "said no to recording"),
            "h4": ("Comments", "call pe baat karenge, par recording nahi chahte", "said no to recording"),
            "h5": ("Notes", "Mishra ji ka nidhan ho gaya, beti ne phone pe bataya", "deceased"),
            "h6": ("Notes", "interview ke liye mana kar diya", "the roster's note says so")}
    # a yes, time that passed, a plan that expired, an English mat: asked as before
    kept = [person("k1", notes="interview ke liye haan, shaam ko free"),
            person("k2", notes="do mahine guzar gaye, app nahi khola"),
            person("k3", notes="plan expire ho gaya, renew karna hai"),
            person("k4", notes="Teaches yoga, uses the mat karo app integration"),
            person("k5", notes="jab tak woh call na kare, follow up rok do")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)
    plan = plan_mix([person(pid, **{col: note}) for pid, (col, note, _) in said.items()] + kept,
                    MixOptions(size=11, as_of=TODAY))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, _, why) in said.items():
        assert why in left[pid], (pid, left[pid])


def test_a_reps_own_row_or_own_demo_account_is_left_out_in_english_or_hinglish() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    own = [person("r1", notes="Support team - my own demo login"),
           person("r2", comments="meri apni demo account hai, sales ke liye"),
           person("r3", comments="own row (support)"),
           person("r4", remarks="my own row, for testing the renewal mails")]
    for p in own:
        assert re.match(r"(?:a demo or sandbox account|staff), by the roster's note", left_out_by_roster(p, TODAY) or ""), \
            p.pid
    # a customer's own account, a demo they asked for: asked as before
    kept = [person("c1", notes="uses her own account, not her husband's"),
            person("c2", notes="Wants a demo account for his school"),
            person("c3", notes="own row in the family plan sheet")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)


def test_indian_school_grades_and_a_child_grade_column_on_a_students_own_row() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster

    def member(pid: str, role: str, grade: str, column: str = "Child Grade") -> Participant:
        return Participant(pid=pid, attributes={"logins_30d": "6", "Role": role, column: grade, "Student DOB": ""})
    young = [member("s1", "Student", "Class 10"), member("s2", "Student", "Std IX"),
             member("s3", "Student", "XI"), member("s4", "Student", "11th standard", column="Class")]
    for p in young:
        assert (left_out_by_roster(p, TODAY) or "").startswith("under 18: a school student in grade"), p.pid
    # the last year of school may be 18: named; a parent's "Child Grade" is the child's; a lone "I" is no grade
    seniors = [member("g1", "Student", "Class XII"), member("g2", "Student", "12th std", column="Standard")]
    kept = [member("p1", "Parent", "Class 9"), member("p2", "Parent", "XI"), member("i1", "Student", "I", column="Grade")]
    assert [left_out_by_roster(p, TODAY) for p in seniors + kept] == [None] * 5
    plan = plan_mix(seniors + kept, MixOptions(size=5, as_of=TODAY))
    said = [w for w in plan.warnings if "may be under 18" in w]
    assert len(said) == 1 and "g1 (Role: Student, grade 12, no date of birth)" in said[0] and "g2" in said[0]
    assert "p1" not in said[0] and "p2" not in said[0] and "i1" not in said[0]


def chosen_warnings(notes: dict[str, str]) -> list[str]:
    """The plan's warnings for people reachable by email and phone, each with a note."""
    people = [Participant(pid=pid, email=f"{pid.lower()}@mail.example",
                          attributes={"sessions_30d": "5", "remarks": note, "mobile": f"+91 98000 0000{i}"})
              for i, (pid, note) in enumerate(notes.items())]
    plan = plan_mix(people, MixOptions(size=len(people), as_of=TODAY))
    assert not plan.excluded and len(plan.chosen) == len(people)
    return plan.warnings


def test_a_hinglish_channel_preference_is_named_when_chosen() -> None:
    warnings = chosen_warnings({"W1": "phone mat karo, keval email", "W2": "SMS mat bhejiye, WhatsApp pe hi",
                                "W3": "shaam ko hi call karein", "W4": "email kiya, reply nahi aaya"})
    one_way = [w for w in warnings if "one way only" in w]
    assert len(one_way) == 1 and one_way[0].startswith("2 of the 4 chosen asked to be reached one way only")
    assert "W1 (remarks: phone mat karo, keval email)" in one_way[0] and "W2 (remarks:" in one_way[0]


def test_a_field_officers_hinglish_notes_of_a_recovery_case_hospital_consumer_forum_or_anothers_phone() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    # a loan in recovery is a debt in collection: left out, whichever way the note spells it
    for note in ("loan recovery ka case chal raha hai", "Recovery wale do baar ghar aa chuke"):
        assert (left_out_by_roster(person("r", notes=note), TODAY) or "").startswith("in debt collection"), note
    warnings = chosen_warnings({"H1": "abhi aspatal mein bharti hain", "H2": "gussa hai, consumer forum mein case kiya",
                                "H3": "beti phone uthati hai, usi se baat karo", "H4": "bhai ka mobile hai, raat ko milenge",
                                "H5": "hospital ke saamne dukaan hai", "H6": "recovery achhi hai, khet mein kaam shuru"})
    hospital = [w for w in warnings if "in hospital" in w]
    assert len(hospital) == 1 and hospital[0].startswith("1 of the 6 chosen is in hospital, by the roster's note: H1 (")
    legal = [w for w in warnings if "legal matter" in w]
    assert len(legal) == 1 and "H2 (remarks:" in legal[0]
    through = [w for w in warnings if "only through someone else" in w]
    assert len(through) == 1 and "H3 (remarks:" in through[0] and "H4 (remarks:" in through[0]
    said = " ".join(w for w in warnings if "unread" not in w and "no rule matched" not in w and "not in a language" not in w)
    assert "H5 (" not in said and "H6 (" not in said


def test_devanagari_hindi_and_marathi_notes_are_read_like_hinglish_ones() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster
    out = {"d1": ("उन्हें फ़ोन मत करें, पहले ही बोल चुके", "the roster's note says so"),
           "d2": ("कृपया फोन करू नका", "the roster's note says so"),
           "d3": ("हमारा कर्मचारी है, दुकान संभालता है", "staff"),
           "d4": ("आमचा कर्मचारी (गोदाम)", "staff"),
           "d5": ("ग्राहक वारले, पत्नी खाते बघते", "deceased")}
    for pid, (note, why) in out.items():
        assert (left_out_by_roster(person(pid, remarks=note), TODAY) or "").startswith(why), pid
    # someone else's death, a call at a time: asked as before
    assert left_out_by_roster(person("k1", remarks="आई वारल्या, शेतकरी स्वतः शेती करतात"), TODAY) is None
    assert left_out_by_roster(person("k2", remarks="शाम को फोन करना"), TODAY) is None
    assert last_interviewed_in_roster(person("i1", remarks="इंटरव्यू लिया था 12-05-2026, दोबारा नहीं")) == \
        dt.date(2026, 5, 12)
    assert last_interviewed_in_roster(person("i2", remarks="मुलाखत घेतली 14/05/2026")) == dt.date(2026, 5, 14)
    warnings = chosen_warnings({"M1": "रुग्णालयात दाखल आहेत", "M2": "अस्पताल में भर्ती है", "M3": "गाय अस्पताल के पास"})
    hospital = [w for w in warnings if "in hospital" in w]
    assert len(hospital) == 1 and "M1 (" in hospital[0] and "M2 (" in hospital[0] and "M3 (" not in hospital[0]


def test_a_hinglish_note_of_an_earlier_interview_counts_for_the_recency_rule() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster
    assert last_interviewed_in_roster(person("a", notes="interview ho gaya tha (18-05-2026), dobara mat lena")) == \
        dt.date(2026, 5, 18)
    assert last_interviewed_in_roster(person("b", notes="Interview kiya 03/04/2026, achha feedback")) == dt.date(2026, 4, 3)
    # not done: no day of an interview
    assert last_interviewed_in_roster(person("c", notes="interview nahi hua 20-05-2026, phone band tha")) is None


def test_a_hinglish_note_no_rule_matched_is_named_as_such_not_as_a_language_nobody_reads() -> None:
    from listenwell.analysis.english_words import have_vocabulary
    from listenwell.analysis.roster_signals import notes_no_rule_matched, unread_notes_elsewhere
    if not have_vocabulary():
        pytest.skip("no English vocabulary installed")
    people = [person("g1", notes="beti 15 saal ki hai, wahi app chalati hai"),
              person("g2", notes="shaam ko khet mein milte hain, tab tak intezaar")]
    assert sorted(notes_no_rule_matched(people)) == ["g1", "g2"]
    assert unread_notes_elsewhere(people) == {}


def test_an_opt_out_from_research_written_as_a_note_leaves_the_person_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    out = [person("o1", notes="Opted out of research (asked on the phone)"),
           person("o2", comments="Research opt-out"),
           person("o3", remarks="opted-out of user interviews in March"),
           person("o4", notes="customer opts out of surveys")]
    for p in out:
        assert (left_out_by_roster(p, TODAY) or "").startswith("the roster's note says so"), p.pid
    # a marketing opt-out, research about them: asked as before
    kept = [person("k1", notes="opted out of marketing emails"), person("k2", notes="researched opt-out rates for us")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None, None]


def test_roman_urdu_notes_of_a_research_refusal_a_child_a_death_staff_or_no_recording_leave_the_person_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    said = {"u1": ("interviews mein hissa nahi lena chahti, pehle bhi bataya", "the roster's note says so"),
            "u2": ("bachi hai, ammi ka account istemal karti hai", "under 18"),
            "u3": ("umar 15 saal, school jata hai", "under 18"),
            "u4": ("customer ka wafat ho gaya, bete ne bataya", "deceased"),
            "u5": ("hamari mulazima hai (finance team)", "staff"),
            "u6": ("baat kar lenge lekin recording nahi karni", "said no to recording")}
    # a relative's death or age, a staff member's son, an upset customer: asked as before
    kept = [person("k1", notes="abbu ka intiqal ho gaya pichle mahine, ab khud chalati hai"),
            person("k2", notes="beta 12 saal ka hai, saath aata hai"),
            person("k3", notes="hamare employee ka bhanja, normal customer"),
            person("k4", notes="bohat gussa tha, cashback ka masla")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)
    plan = plan_mix([person(pid, notes=note) for pid, (note, _) in said.items()] + kept,
                    MixOptions(size=10, as_of=TODAY))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, why) in said.items():
        assert why in left[pid], (pid, left[pid])


def test_urdu_script_notes_are_read_like_roman_urdu_ones() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster
    out = {"n1": ("براہ کرم ان سے رابطہ نہ کریں", "marked do not contact"),
           "n2": ("ہماری ملازمہ ہے، کسٹمر سپورٹ", "staff"),
           "n3": ("انتقال ہو گیا، بیٹے نے بتایا", "deceased"),
           "n4": ("بچہ ہے، امی کا اکاؤنٹ", "under 18"),
           "n5": ("سروے میں حصہ نہیں لینا چاہتے", "the roster's note says so")}
    for pid, (note, why) in out.items():
        assert (left_out_by_roster(person(pid, remarks=note), TODAY) or "").startswith(why), pid
    # a parent's death, a staff member's son, a call at a time of day: asked as before
    kept = [person("k1", remarks="والدہ کا انتقال ہو گیا، خود ایپ چلاتی ہیں"),
            person("k2", remarks="ہمارے ملازم کا بیٹا ہے"),
            person("k3", remarks="رات کو کال نہ کریں")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)
    assert last_interviewed_in_roster(person("i1", remarks="انٹرویو ہو چکا ہے 14/05/2026")) == dt.date(2026, 5, 14)


def test_a_blocked_or_suspended_account_whose_note_says_fraud_is_left_out_and_a_victims_is_named() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    def rider(pid: str, status: str, note: str, rides: str = "0") -> Participant:
        return Participant(pid=pid, attributes={"rides_30d": rides, "Status": status, "Support Notes": note})
    fraud = [rider("b1", "Blocked", "fake referrals - fraud team ne band kiya"), rider("b2", "بلاک", "chargeback fraud"),
             rider("b3", "بلاک", "دھوکہ دہی")]
    for p in fraud:
        assert (left_out_by_roster(p, TODAY) or "").startswith("banned (Status: "), p.pid
    # blocked with no note, or as a fraud's victim, or a fraud note on an active account: named, not left out
    kept = [rider("k1", "Blocked", ""), rider("k2", "Blocked", "victim of card fraud, card blocked"),
            rider("k3", "Active", "asked about fraud protection", rides="4")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None, None, None]


def test_someone_who_cannot_read_is_named_by_a_column_or_a_note_in_english_hinglish_or_devanagari() -> None:
    people = [Participant(pid=pid, attributes={"sessions_30d": "5", "Can read (Y/N)": can, "Remarks": note})
              for pid, can, note in (("L1", "N", ""), ("L2", "Y", "padhna likhna nahi aata"),
                                     ("L3", "Y", "अंगठा लावतात"), ("L4", "Y", "Illiterate - read consent aloud"),
                                     ("L5", "Y", "can't read his handwriting on the form"), ("L6", "Y", ""),
                                     ("L7", "Y", "सहमति पढ़कर सुनानी होगी"))]
    plan = plan_mix(people, MixOptions(size=7, as_of=TODAY))
    arrange = [w for w in plan.warnings if "arranged before the interview" in w]
    assert len(arrange) == 1 and arrange[0].startswith("5 of the 7 chosen need something arranged")
    assert "L1 (cannot read (Can read (Y/N): N))" in arrange[0] and "consent read aloud" in arrange[0]
    assert all(f"{pid} (" in arrange[0] for pid in ("L2", "L3", "L4", "L7")) and "L5" not in arrange[0] and "L6" not in arrange[0]


def test_village_and_fpo_leaders_are_named_like_partners_by_their_column_or_a_note() -> None:
    people = [Participant(pid=pid, attributes={"sessions_30d": "5", "Sarpanch/FPO leader": lead, "Team leader": "Ravi",
                                               "FPO": "Sahyadri FPO", "Notes": note})
              for pid, lead, note in (("V1", "Yes - Sarpanch", ""), ("V2", "FPO chairman", ""), ("V3", "", "gram pradhan hai"),
                                      ("V4", "No", ""), ("V5", "", "member of the FPO"), ("V6", "-", ""))]
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY))
    named = [w for w in plan.warnings if "local leaders" in w]
    assert len(named) == 1 and named[0].startswith("3 of the 6 chosen are board members, corporate partners' contacts")
    assert "V1 (Sarpanch/FPO leader: Yes - Sarpanch)" in named[0] and "V2 (" in named[0] and "V3 (Notes:" in named[0]
    assert not any(f"{pid} (" in named[0] for pid in ("V4", "V5", "V6"))


def test_a_note_that_the_email_bounced_is_named_when_chosen() -> None:
    warnings = chosen_warnings({"B1": "Welcome mail bounced, number sahi hai", "B2": "email bounce rate is high this month",
                                "B3": "soft bounce last week, retry", "B4": "Invite email did not bounce"})
    bounced = [w for w in warnings if "bounced" in w]
    assert len(bounced) == 1 and bounced[0].startswith("1 of the 4 chosen has an email address that bounced: B1 (remarks:")


# --- a games studio's player export joined to a community survey -----------------------------

def test_an_age_typed_with_an_aside_or_more_after_it_is_read() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    young = [person("y1", **{"Your age?": "15 ngl, my brother made the account"}),
             person("y2", **{"Anything else you'd like to add?": "I'm 17 tbf so maybe ask my mum"}),
             person("y3", **{"How old are you": "17 but 18 in March"}, age_range="18-24")]
    for p in young:
        assert (left_out_by_roster(p, TODAY) or "").startswith("under 18"), p.pid
    # a range, a band with "and over", an adult who says more
    grown = [person("a1", **{"How old are you": "17-19"}), person("a2", **{"How old are you": "17 or 18"}),
             person("a3", **{"How old are you": "31 tbh, feel older"}),
             person("a4", **{"Anything else?": "I'm 16 hours a week on it lol"})]
    assert [left_out_by_roster(p, TODAY) for p in grown] == [None, None, None, None]


def test_a_plain_no_to_a_question_asking_for_an_interview_or_a_call_leaves_them_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    asked = "Up for a 30 min voice chat interview on Zoom?"
    said = [person("n1", **{asked: "No"}), person("n2", **{asked: "No thanks"}),
            person("n3", **{"Would you join a video call with our design team?": "no"}),
            person("n4", **{"Happy to hop on a Discord call with the devs?": "N"})]
    for p in said:
        assert "said no to research contact" in (left_out_by_roster(p, TODAY) or ""), p.pid
    # a yes, a maybe, and a no to a question about something else
    kept = [person("k1", **{asked: "Yes!"}), person("k2", **{asked: "Maybe"}),
            person("k3", **{"Would you recommend us to a friend?": "No"}),
            person("k4", **{"Did you do an interview with us before?": "No"})]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None, None, None, None]


def test_a_no_to_being_open_to_a_call_or_a_chat_leaves_them_out_but_a_no_to_offers_does_not() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    asks = ["Would you be open to a 45-minute phone call about our donation form?", "Open to a quick chat with us?",
            "Are you interested in a short conversation with our team?", "Would you be open to talking with us?",
            "Would you be willing to speak with a researcher?"]
    for i, asked in enumerate(asks):
        assert "said no to research contact" in (left_out_by_roster(person(f"n{i}", **{asked: "No"}), TODAY) or ""), asked
        assert left_out_by_roster(person(f"y{i}", **{asked: "Yes"}), TODAY) is None, asked
    # being contacted with offers is marketing, not research: a no there leaves nobody out
    offers = ["Can we contact you about offers?", "Would you be open to a call about upgrading your plan?",
              "Interested in a chat about our new products?", "Open to a sales call?"]
    assert [left_out_by_roster(person(f"m{i}", **{asked: "No"}), TODAY) for i, asked in enumerate(offers)] == [None] * 4


def test_a_researchers_note_to_exclude_or_that_they_declined_an_interview() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    noted = [person("x1", researcher_notes="EXCLUDE - mum emailed, he's 15"), person("x2", Notes="Exclude (minor)"),
             person("x3", Comments="exclude from study, works for a competitor"),
             person("x4", jo_notes="Declined the interview when we DMed"),
             person("x5", Notes="said no to a follow-up call")]
    for p in noted:
        assert left_out_by_roster(p, TODAY), p.pid
    # exclusions from something else
    kept = [person("k1", Notes="exclude from newsletters"), person("k2", Notes="excludes weekends, evenings fine")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None, None]


def test_a_parents_consent_with_nothing_saying_adult_leaves_them_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    TODAY_ = dt.date(2026, 11, 28)
    child = [person("c1", parental_consent="granted"), person("c2", **{"Guardian consent": "Received 2026-02-01"}),
             person("c3", **{"Parental consent": "pending"}, age_band="")]
    for p in child:
        assert (left_out_by_roster(p, TODAY_) or "").startswith("may be under 18: a parent's consent"), p.pid
    # consent given years ago to someone now 18, an adult's band, and a "not required"
    grown = [person("g1", parental_consent="granted", date_of_birth="2008-11-20"),
             person("g2", parental_consent="yes", age_band="18-24"),
             person("g3", parental_consent="not required"), person("g4", parental_consent="N/A")]
    assert [left_out_by_roster(p, TODAY_) for p in grown] == [None, None, None, None]


def test_a_plan_names_a_suspended_account_an_age_not_given_and_a_soft_yes() -> None:
    asked = "Happy to do a 30-min interview on Discord?"
    people = [person("p1", account_status="suspended", **{asked: "Yes"}),
              person("p2", **{"How old are you?": "old enough haha", asked: "yes"}),
              person("p3", **{asked: "maybe?"}), person("p4", **{asked: "Yes"}),
              person("p5", **{"How old are you?": "prefer not to say", "Date of birth": "1990-01-01", asked: "Yes"})]
    plan = plan_mix(people, MixOptions(size=5, as_of=TODAY))
    assert not plan.excluded and len(plan.chosen) == 5
    said = "\n".join(plan.warnings)
    assert "1 of the 5 chosen has an account marked suspended: p1 (account status: suspended)" in said
    young = next(w for w in plan.warnings if "may be under 18" in w)
    assert "p2 (How old are you?: old enough haha, no date of birth)" in young and "p5" not in young
    soft = next(w for w in plan.warnings if "no clear yes" in w)
    assert "p3 ('maybe?')" in soft and "p4" not in soft and "p1" not in soft


def test_a_japanese_crm_report_its_consent_flags_and_notes() -> None:
    """A Japanese CRM's own labels and a team's notes in Japanese, written without spaces."""
    from listenwell.analysis.roster_signals import contact_flags, last_interviewed_in_roster, left_out_by_roster
    no = {"リサーチ協力": "不可", "調査への同意": "いいえ", "連絡": "連絡しないでください"}
    for col, value in no.items():
        assert left_out_by_roster(person("n", **{col: value}), TODAY), (col, value)
    assert contact_flags(person("m", **{"メール配信拒否": "1", "電話お断り": "○"})) == [
        "opted out of email (メール配信拒否)", "marked do not call (電話お断り)"]
    notes = {"退社しました（5月末）": "left the company", "インタビュー依頼はご遠慮願います": "asked not to be",
             "社内アカウント": "internal or test", "テストユーザー": "note says so", "担当交代（後任: 佐々木様）": "no longer the contact",
             "社員": "staff"}
    for note, why in notes.items():
        assert why in (left_out_by_roster(person("j", メモ=note), TODAY) or ""), note
    # a yes, a contest, leaving later, a survey: nothing to leave out for
    kept = [person("k1", リサーチ協力="可"), person("k2", メモ="社外コンテスト受賞"), person("k3", メモ="退職予定なし"),
            person("k4", メモ="アンケート回答あり"), person("k5", 同意="はい")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)
    # the day of an earlier interview, in a column for it or before the note's word for it
    assert last_interviewed_in_roster(person("i", 前回インタビュー日="2026年4月3日")) == dt.date(2026, 4, 3)
    assert last_interviewed_in_roster(person("i", コメント="2026/04/03 ヒアリング済み")) == dt.date(2026, 4, 3)


def test_a_chinese_member_lists_consent_and_notes_in_traditional_and_simplified() -> None:
    """A Taiwanese (Traditional) or mainland (Simplified) team's notes: who not to ask leaves out,
    read only where the note says it of the person, never of someone else in a sentence."""
    from listenwell.analysis.roster_signals import acts_for_them, left_out_by_roster, refused_recording
    assert refused_recording(person("v", 備註="本人表示不想被錄影")) and refused_recording(person("w", 备注="拒绝录音"))
    for col, value in {"是否同意參與研究": "否", "是否同意参与研究": "不同意", "研究同意": "否（不方便）"}.items():
        assert (left_out_by_roster(person("n", **{col: value}), TODAY) or "").startswith("said no to research"), col
    notes = {"員工": "staff", "物流組同仁": "staff", "员工（仓库）": "staff", "請勿聯絡": "do not contact",
             "本人要求请勿联系": "note says so", "未成年": "under 18", "未成年（16歲，用爸爸的帳號）": "under 18",
             "已退會": "note says so", "账号已注销": "note says so", "重複帳號": "leaves them out",
             "拒絕訪談": "note says so", "測試帳號": "note says so",
             "本人已過世": "deceased"}
    for note, why in notes.items():
        assert why in (left_out_by_roster(person("z", 備註=note), TODAY) or ""), note
    # someone else is staff, a minor, has died; a time not to call; a channel preferred; a yes
    kept = [person("k1", 備註="他女兒是員工"), person("k2", 备注="儿子16岁，也用这个账号"), person("k3", 備註="父親已過世"),
            person("k4", 備註="晚上請勿來電"), person("k5", 備註="偏好LINE聯絡"), person("k6", 是否同意參與研究="是"),
            person("k7", 備註="員工推薦的朋友"), person("k8", 備註="重複購買的熟客")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)
    # contact through a relative: planned, and named to check they can consent
    assert acts_for_them(person("r", 備註="家中長輩代為下單，聯絡請找女兒"))


def test_a_chinese_note_of_an_earlier_interview_counts_for_the_recency_rule() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster
    today = dt.date(2026, 11, 28)
    assert last_interviewed_in_roster(person("a", 備註="上月已訪談"), today=today) == dt.date(2026, 10, 31)
    assert last_interviewed_in_roster(person("b", 備註="interviewed last month"), today=today) == dt.date(2026, 10, 31)
    assert last_interviewed_in_roster(person("c", 備註="已於10/15訪談過"), today=today) == dt.date(2026, 10, 15)
    assert last_interviewed_in_roster(person("d", 备注="2026/09/03已访谈"), today=today) == dt.date(2026, 9, 3)
    # a day that reads both ways without a year, and no note of an interview at all: no day
    assert last_interviewed_in_roster(person("e", 備註="已於03/04訪談過"), today=today) is None
    assert last_interviewed_in_roster(person("f", 備註="上月已下單"), today=today) is None


def test_chinese_usage_columns_and_roc_dates_are_read_without_being_named() -> None:
    rows = [{"最後下單日期": "115/05/30", "近30天訂單數": "9", "註冊日期": "112/01/03"},
            {"最後下單日期": "民國115年5月20日", "近30天訂單數": "1", "註冊日期": "112/01/03"},
            {"最後下單日期": "2025/11/02", "近30天訂單數": "0", "註冊日期": "2023/01/03"}]
    assert usage(rows) == ["frequent", "occasional", "lapsed"]
    simplified = [{"最后登录": "2026-05-30", "近30天登录次数": "12", "注册日期": "2025-01-03"},
                  {"最后登录": "2025-11-02", "近30天登录次数": "0", "注册日期": "2025-01-03"}]
    assert usage(simplified) == ["frequent", "lapsed"]
    from listenwell.analysis.roster_signals import parse_date
    assert parse_date("115/11/26", "c", "p") == dt.date(2026, 11, 26)
    assert parse_date("民國115年11月26日", "c", "p") == dt.date(2026, 11, 26)


def test_japanese_usage_columns_are_read_without_being_named() -> None:
    rows = [{"最終ログイン日": "2026/05/30", "月間ログイン回数": "14"},
            {"最終ログイン日": "2026/05/28", "月間ログイン回数": "2"},
            {"最終ログイン日": "2025年12月1日", "月間ログイン回数": "0"}]
    assert usage(rows) == ["frequent", "occasional", "lapsed"]


def test_a_dutch_panels_no_to_follow_up_research_leaves_the_person_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    for col in ("Toestemming vervolgonderzoek: Ja/Nee", "Toestemming voor vervolgonderzoek",
                "Mag benaderd worden voor onderzoek"):
        assert (left_out_by_roster(person("n", **{col: "Nee"}), TODAY) or "").startswith(
            "said no to research contact"), col
        assert left_out_by_roster(person("j", **{col: "Ja"}), TODAY) is None, col


def test_a_note_of_legal_guardianship_leaves_out_and_a_money_administrator_is_named() -> None:
    from listenwell.analysis.roster_signals import acts_for_them, left_out_by_roster
    for note in ("staat onder curatele, curator is haar broer", "Curatele sinds 2019",
                 "onder mentorschap (mentor: mw. De Boer)", "sous curatelle renforcée",
                 "steht unter gesetzlicher Betreuung", "under guardianship since the accident"):
        why = left_out_by_roster(person("g", opmerkingen=note), TODAY) or ""
        assert why.startswith("has a legal guardian"), note
    # a court's administrator of their money only: they consent themselves, the plan names it
    kept = person("b", opmerkingen="onder bewind, bewindvoerder regelt de post")
    assert left_out_by_roster(kept, TODAY) is None
    assert acts_for_them(kept) == "opmerkingen: onder bewind, bewindvoerder regelt de post"
    # care and mentoring that are no legal measure
    for note in ("Betreuung der Enkel am Nachmittag", "doet mee aan een mentorschap programma"):
        assert left_out_by_roster(person("c", opmerkingen=note), TODAY) is None, note
        assert acts_for_them(person("c", opmerkingen=note)) is None, note


def test_a_dutch_note_of_an_earlier_interview_counts_for_recency() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster
    p = person("i", opmerkingen="Geïnterviewd 02-04-2026 over de app (pilot)")
    assert last_interviewed_in_roster(p) == dt.date(2026, 4, 2)
    q = person("f", remarques="Interviewée le 12/03/2026")
    assert last_interviewed_in_roster(q) == dt.date(2026, 3, 12)


def test_a_note_that_someone_is_staff_of_the_council_that_keeps_the_panel() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    for note in ("medewerker gemeente", "medewerker gemeente, afdeling parkeren", "employee of the council"):
        assert (left_out_by_roster(person("s", opmerkingen=note), TODAY) or "").startswith("staff"), note
    # a job at some named council is a job, not ours
    assert left_out_by_roster(person("o", opmerkingen="Medewerker gemeente Zeist"), TODAY) is None
    # and a test row whose note says more than "test account" still marks the team's own domain
    public = [Participant(pid=f"P{i}", email=f"p{i}@{('ziggo.nl', 'gmail.com', 'kpnmail.nl')[i % 3]}",
                          attributes={"sessions_30d": "5"}) for i in range(8)]
    council = [Participant(pid="T1", email="proef.loket@stadskantoor.example.nl",
                           attributes={"sessions_30d": "5", "opmerkingen": "testaccount loket, niet gebruiken"}),
               Participant(pid="S1", email="k.bos@stadskantoor.example.nl",
                           attributes={"sessions_30d": "5", "opmerkingen": "werkt bij ons op het loket"})]
    left = dict(plan_mix(public + council, MixOptions(size=10, as_of=TODAY)).excluded)
    assert set(left) == {"T1", "S1"}
    assert left["S1"].startswith("staff: the same email domain as T1")


def test_a_note_refusing_calls_is_a_channel_for_someone_with_an_email_who_said_yes() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    consent = "Toestemming vervolgonderzoek"
    mailable = Participant(pid="C1", email="c1@example.nl",
                           attributes={"sessions_30d": "5", "opmerkingen": "wil liever niet gebeld worden",
                                       consent.lower(): "Ja"})
    assert left_out_by_roster(mailable, TODAY) is None
    plan = plan_mix([mailable, person("C2")], MixOptions(size=2, as_of=TODAY))
    assert any("one way only" in w and "C1 (opmerkingen: wil liever niet gebeld worden)" in w
               for w in plan.warnings), plan.warnings
    # without an email, or without a yes to research, it stays a no; and a no to all contact stays one
    no_email = Participant(pid="C3", attributes={**mailable.attributes})
    no_yes = Participant(pid="C4", email="c4@example.nl", attributes={"opmerkingen": "niet bellen a.u.b."})
    no_at_all = Participant(pid="C5", email="c5@example.nl",
                            attributes={"opmerkingen": "wil niet gebeld of gemaild worden", consent.lower(): "Ja"})
    for p in (no_email, no_yes, no_at_all):
        assert left_out_by_roster(p, TODAY) is not None, p.pid


def test_a_note_of_an_interpreter_or_of_moving_away_is_named_when_chosen() -> None:
    notes = {"A1": "tolk nodig (Pools)", "A2": "Needs an Arabic interpreter", "A3": "slechthorend, liefst op locatie",
             "A4": "Hard of hearing - captions please", "V1": "verhuisd naar buiten de gemeente",
             "V2": "moved out of the borough in May", "K1": "tolkt zelf voor haar moeder",  # interprets for someone
             "K2": "moved to a bigger flat nearby"}
    people = [person(pid, opmerkingen=note) for pid, note in notes.items()]
    plan = plan_mix(people, MixOptions(size=8, as_of=TODAY))
    assert not plan.excluded
    arrange = next(w for w in plan.warnings if "arranged before the interview" in w)
    away = next(w for w in plan.warnings if "moved away" in w)
    assert all(f"{pid} (opmerkingen:" in arrange for pid in ("A1", "A2", "A3", "A4")), arrange
    assert all(f"{pid} (opmerkingen:" in away for pid in ("V1", "V2")), away
    for pid in ("K1", "K2"):
        assert pid not in arrange and pid not in away


def test_a_note_of_the_persons_own_death_a_spanish_refusal_or_an_unsure_consent_leaves_them_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    out = {"n1": {"notes": "client passed away per daughter"}, "n2": {"notas": "falleció - avisó su hija"},
           "n3": {"notas": "ya no quiere que le llamen"},
           "n4": {"notas": "no quiere participar en encuestas ni entrevistas"},
           "n5": {"Consentement à la recherche": "Ne sais pas"},
           "n6": {"Seriez-vous disponible pour une entrevue de 45 minutes?": "Non"}}
    for pid, cells in out.items():
        assert left_out_by_roster(person(pid, **cells), TODAY), pid
    # someone else's death, a time not to call, a yes: nothing to leave out for
    kept = {"k1": {"notes": "her husband passed away last year"}, "k2": {"notas": "no llamar después de las 6"},
            "k3": {"notes": "don't call before 10am"}, "k4": {"Consentement à la recherche": "Oui"},
            "k5": {"Seriez-vous disponible pour une entrevue de 45 minutes?": "Oui"}}
    for pid, cells in kept.items():
        assert left_out_by_roster(person(pid, **cells), TODAY) is None, pid


def test_a_power_of_attorney_in_a_note_is_named_not_left_out() -> None:
    from listenwell.analysis.roster_signals import acts_for_them, left_out_by_roster
    for note in ("procuration – fils gère le compte", "power of attorney - daughter manages account"):
        p = person("a", remarques=note)
        assert left_out_by_roster(p, TODAY) is None and note in (acts_for_them(p) or "")
    assert acts_for_them(person("b", remarques="daughter helped with the app once")) is None


def test_an_interview_day_in_a_note_is_read_in_the_order_the_rosters_other_dates_are_written() -> None:
    # a US sheet: its last visits settle month-first, so the note's 11/10 is 10 November
    people = [Participant(pid="u1", attributes={"last visit": "10/18/2026", "notas": "Entrevistada 11/10/2026 (piloto)"}),
              Participant(pid="u2", attributes={"last visit": "11/24/2026", "notas": ""})]
    _, persons = segment(people, MixOptions(as_of=dt.date(2026, 11, 28)))
    assert persons[0].last_interviewed == dt.date(2026, 11, 10)
    # a UK sheet: day-first, as before
    people[0].attributes["last visit"], people[1].attributes["last visit"] = "18/10/2026", "24/11/2026"
    _, persons = segment(people, MixOptions(as_of=dt.date(2026, 11, 28)))
    assert persons[0].last_interviewed == dt.date(2026, 10, 11)


def test_a_korean_member_list_its_consent_and_notes() -> None:
    """A Korean admin console's member list: a research consent answered 동의/미동의, and a team's notes
    of who not to ask, written with the particles and endings Korean adds to its words."""
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster
    assert (left_out_by_roster(person("n", **{"설문 참여 동의": "미동의"}), TODAY) or "").startswith(
        "said no to research contact")
    assert left_out_by_roster(person("y", **{"설문 참여 동의": "동의"}), TODAY) is None
    notes = {"사원": "staff", "직원 (물류센터)": "staff", "테스트용 계정": "note says so",
             "회원탈퇴": "note says so", "리서치 참여 거부": "note says so", "연락하지 말아주세요": "do not contact",
             "인터뷰 거절함": "note says so"}
    for note, why in notes.items():
        assert why in (left_out_by_roster(person("k", 특이사항=note), TODAY) or ""), note
    # joined through a staff member, an interview planned, no note: nothing to leave out for
    kept = [person("k1", 특이사항="직원 소개로 가입"), person("k2", 특이사항="다음 달 인터뷰 예정"),
            person("k3", 특이사항="")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)
    # the day of an earlier interview, before the note's word for it
    assert last_interviewed_in_roster(person("i", 메모="2026. 4. 3. 인터뷰 완료")) == dt.date(2026, 4, 3)
    assert last_interviewed_in_roster(person("i", 메모="2026-04-03 인터뷰 참여 완료")) == dt.date(2026, 4, 3)
    assert last_interviewed_in_roster(person("i", 메모="2026년 4월 3일 인터뷰 완료")) == dt.date(2026, 4, 3)


def test_korean_usage_columns_are_read_without_being_named() -> None:
    # a last access in Korean Excel's date styles, a monthly count; 0 a month from a member of years is lapsed
    rows = [{"최종 접속일": "2026. 5. 30.", "월간 로그인 횟수": "9", "가입일": "2024-03-01"},
            {"최종 접속일": "2026.05.11", "월간 로그인 횟수": "2", "가입일": "2024-03-01"},
            {"최종 접속일": "2025년 12월 1일", "월간 로그인 횟수": "0", "가입일": "2023-08-15"},
            {"최종 접속일": "2026-05-31 오후 3:12", "월간 로그인 횟수": "12", "가입일": "2025-01-20"}]
    assert usage(rows) == ["frequent", "occasional", "lapsed", "frequent"]
    # named with --usage-from, a monthly count alone says the same
    people = [Participant(pid=f"P{i}", attributes={k.lower(): v for k, v in r.items()}) for i, r in enumerate(rows)]
    _, persons = segment(people, MixOptions(as_of=TODAY, usage_from=["월간 로그인 횟수"]))
    assert [p.segments["usage"] for p in persons] == ["frequent", "occasional", "lapsed", "frequent"]


def test_a_korean_order_list_reads_its_monthly_orders_and_its_last_order_day() -> None:
    # a delivery app's "월 주문수" is a count per month and "최근 구매일" the last order: 11 a month is
    # frequent, none a month for half a year is lapsed (not never activated), no order ever is never activated
    rows = [{"최근 구매일": "2026. 5. 30.", "월 주문수": "11", "가입일": "2024-03-01"},
            {"최근 구매일": "2026-05-20 오후 7:05", "월 주문수": "2", "가입일": "2024-03-01"},
            {"최근 구매일": "2025. 11. 3.", "월 주문수": "0", "가입일": "2023-08-15"},
            {"최근 구매일": "", "월 주문수": "0", "가입일": "2025-02-10"}]
    assert usage(rows) == ["frequent", "occasional", "lapsed", "never_activated"]
    # both named with --usage-from, the same
    people = [Participant(pid=f"P{i}", attributes={k.lower(): v for k, v in r.items() if v})
              for i, r in enumerate(rows)]
    _, persons = segment(people, MixOptions(as_of=TODAY, usage_from=["최근 구매일", "월 주문수"]))
    assert [p.segments["usage"] for p in persons] == ["frequent", "occasional", "lapsed", "never_activated"]


def test_korean_notes_of_an_earlier_interview_a_no_to_recording_and_no_order_since_signup() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster, unread_note
    # a day and month with no year: the last such day on or before the plan's; "last month": its last day
    people = [Participant(pid="a", attributes={"비고": "4월 20일 인터뷰 완료"}),
              Participant(pid="b", attributes={"비고": "지난달 인터뷰함"}),
              Participant(pid="c", attributes={"비고": "9월 2일 인터뷰 완료"}),
              Participant(pid="d", attributes={"비고": ""})]
    _, persons = segment(people, MixOptions(as_of=TODAY))
    assert [p.last_interviewed for p in persons] == [dt.date(2026, 4, 20), dt.date(2026, 5, 31),
                                                     dt.date(2025, 9, 2), None]
    assert last_interviewed_in_roster(person("e", 비고="주문 많음")) is None
    for note in ("녹음 원치 않음", "녹음은 싫다고 함", "녹화 거부"):
        assert "said no to recording" in (left_out_by_roster(person("r", 비고=note), TODAY) or ""), note
    # a sign-up who never ordered is read (no note the plan could not read), and leaves nobody out
    never = person("n", 비고="가입 후 주문 없음")
    assert left_out_by_roster(never, TODAY) is None and unread_note(never) is None


def test_a_korean_nps_question_is_read_as_nps() -> None:
    rows = [{"추천의향 점수(0~10)": v} for v in ("10", "9", "7", "2")]
    people = [Participant(pid=f"P{i}", attributes={k.lower(): v for k, v in r.items()}) for i, r in enumerate(rows)]
    _, persons = segment(people, MixOptions(as_of=TODAY))
    assert [p.segments["sentiment"] for p in persons] == ["promoter", "promoter", "passive", "detractor"]


def test_a_no_to_marketing_messages_is_named_not_left_out() -> None:
    # an interview invitation is not marketing: nobody is left out for it, but the plan says who said no
    people = [person(f"K{i}", **{"마케팅 수신동의": yn}) for i, yn in enumerate("YNYN")] \
        + [person(f"E{i}", **{"Accepts Email Marketing": yn}) for i, yn in enumerate(("yes", "no"))]
    plan = plan_mix(people, MixOptions(size=6, as_of=TODAY))
    assert len(plan.chosen) == 6
    said = [w for w in plan.warnings if "said no to marketing messages" in w]
    assert len(said) == 1 and all(f"{pid} (" in said[0] for pid in ("K1", "K3", "E1")), said
    assert "K0 (" not in said[0] and "leaves nobody out" in said[0]


def test_a_note_that_is_only_staff_or_test_says_which() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    assert left_out_by_roster(person("s", 비고="직원 계정"), TODAY) == "the roster's note says so: staff (비고: 직원 계정)"
    assert left_out_by_roster(person("t", 비고="테스트"), TODAY) == "the roster's note says so: a test account (비고: 테스트)"


def test_a_usage_column_of_dates_that_cannot_be_read_names_the_person_and_column() -> None:
    # digits and dots are no count: the value is read as a date, and the one that is none is named
    days = [f"2026.05.{d:02d}" for d in range(1, 12)] + ["2026.13.45"]
    people = [person(f"P{i}", 기록=v) for i, v in enumerate(days)]
    with pytest.raises(InputError, match=r"participant P11, column '기록': '2026.13.45' is not a date"):
        segment(people, MixOptions(as_of=TODAY, usage_from=["기록"]))


def test_an_age_band_that_reaches_under_18_is_named_when_chosen() -> None:
    from listenwell.analysis.roster_signals import age_band_minor, left_out_by_roster
    teen = person("t", 연령대="10대")
    assert left_out_by_roster(teen, TODAY) is None
    assert age_band_minor(teen) == "연령대: 10대, an age band that reaches under 18, no date of birth"
    assert age_band_minor(person("b", **{"Age range": "16-24"})) is not None
    # bands of adults, and a band wholly under 18 (left out instead), are not named here
    for band in ("20대", "40대 이상", "18-24", "13-17"):
        assert age_band_minor(person("a", **{"Age range": band})) is None, band
    assert age_band_minor(person("d", **{"연령대": "10대", "Date of birth": "1990-01-01"})) is None
    plan = plan_mix([teen, person("a", 연령대="30대")], MixOptions(size=2, as_of=TODAY))
    assert any("may be under 18: t (연령대: 10대" in w for w in plan.warnings)


def test_swahili_notes_that_say_died_interviewed_refused_staff_or_under_18_leave_the_person_out() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster
    said = {"s1": ("amefariki dunia, familia ilipiga simu", "deceased"),
            "s2": ("hawataki kupigiwa simu kabisa", "asked not to be contacted"),
            "s3": ("msimpigie - ana kesi na sisi", "the roster's note says so"),
            "s4": ("aliambia agent hataki mahojiano", "asked not to be interviewed"),
            "s5": ("DND, alikataa utafiti", "the roster's note says so"),
            "s6": ("mfanyakazi wetu wa Eldoret", "staff"),
            "s7": ("umri wake ni miaka 16, anatumia akaunti ya baba yake", "under 18")}
    # someone else's death, staff or age, and a time to call: asked as before
    kept = [person("k1", notes="baba yake alifariki mwaka juzi, sasa analipa mkopo wake"),
            person("k2", notes="binti wa mfanyakazi wetu - sawa kumpigia"),
            person("k3", notes="mtoto wake ana miaka 15"),
            person("k4", notes="usimpigie kabla ya saa tatu asubuhi")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)
    plan = plan_mix([person(pid, notes=note) for pid, (note, _) in said.items()] + kept,
                    MixOptions(size=11, as_of=TODAY))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, why) in said.items():
        assert left[pid].startswith(why), (pid, left[pid])
    # an interview the note dates, for the recency rule ("we interviewed her on 2 May")
    assert last_interviewed_in_roster(person("i1", notes="tumemhoji 02/05/2026 kuhusu akiba")) == dt.date(2026, 5, 2)


def test_swahili_notes_of_a_move_a_language_and_someone_elses_number_are_named_when_chosen() -> None:
    warnings = chosen_warnings({"M1": "alihamia Eldoret mwaka huu", "M2": "anaongea Kikamba tu",
                                "M3": "simu si yake, ni ya mama yake", "M4": "analipa kila mwezi"})
    moved = next(w for w in warnings if "moved away" in w)
    assert "M1 (remarks: alihamia Eldoret mwaka huu)" in moved and "M4" not in moved
    assert "M2 (remarks: anaongea Kikamba tu)" in next(w for w in warnings if "something arranged" in w)
    assert "M3 (remarks: simu si yake" in next(w for w in warnings if "only through someone else" in w)
    # and in English
    english = chosen_warnings({"E1": "Not her own phone - it's her son's", "E2": "Speaks only Somali",
                               "E3": "Uses his daughter's phone number", "E4": "Phone is broken, use email"})
    assert {"E1", "E3"} <= set(re.findall(r"E\d", next(w for w in english if "only through someone else" in w)))
    assert "E2" in next(w for w in english if "something arranged" in w)
    assert not any("E4" in w for w in english)


def test_a_lower_case_poa_is_a_word_not_a_power_of_attorney() -> None:
    # Sheng and Swahili "poa" (fine, cool) is no proxy; the abbreviation in capitals or with what it holds is
    warnings = chosen_warnings({"P1": "jamaa yuko poa, anaelewa app vizuri", "P2": "POA: son handles the account",
                                "P3": "poa: daughter (since 2025)", "P4": "Poa sana!"})
    proxy = next(w for w in warnings if "proxy, power of attorney" in w)
    assert proxy.startswith("2 of the 4 chosen") and "P2" in proxy and "P3" in proxy


def test_a_chosen_persons_note_no_rule_can_read_is_named_with_the_note() -> None:
    from listenwell.analysis.roster_signals import unread_words
    warnings = chosen_warnings({
        "U1": "mteja analalamika kuhusu riba kubwa",            # Swahili no entry reads
        "U2": "บ่นเรื่องดอกเบี้ยสูงมาก",                                # Thai no entry reads
        "U3": "жалуется на высокие проценты",                  # Russian no entry reads
        "U4": "Loan repaid early, CRB cleared. Ameridhika sana na huduma",  # English, then Swahili
        "R1": "Prefers evening calls; works shifts at Nakuru General",  # English, with names
        "R2": "Onboarding done 12/03, uses the paybill daily",
        "R3": "Cliente fidèle, très contente du service",  # French: a language the rules read
        "R4": "Zufrieden, nutzt die App jeden Tag",         # German
        "R5": "Shaam ko call karna theek hai",              # Hinglish
        "R6": "anapendelea WhatsApp"})                       # Swahili the entries read whole
    unread = next(w for w in warnings if "could not read" in w)
    assert unread.startswith("4 of the 10 chosen have notes the plan could not read (not in a language it reads)")
    assert "U1 (remarks: 'mteja analalamika kuhusu riba kubwa')" in unread
    assert {"U2", "U3", "U4"} <= set(re.findall(r"U\d", unread)) and not re.search(r"R\d", unread)
    # numbers, dates, ids, acronyms and names within the note are no words to read
    assert unread_words("Loan 4471-KE, CRB ok, moved to Kisii from Nyamira 03/2026") == ()
    assert unread_words("ameridhika sana na huduma") == ("ameridhika", "sana", "huduma")


def test_a_note_column_under_a_header_no_table_knows_is_read_as_notes_by_its_content() -> None:
    from listenwell.analysis.roster_signals import notes_by_content
    # made-up notes in Swahili and Thai, under a header in words no table knows ("Maelezo": notes)
    notes = {"N1": "mteja analalamika kuhusu riba kubwa", "N2": "ไม่สะดวก ให้ โทรมา ตอน เช้า นะคะ",
             "N3": "anataka kupigiwa simu jioni tu", "N4": "", "N5": "alihamia Nairobi mwaka jana kwa kazi"}
    people = [Participant(pid=pid, email=f"{pid.lower()}@mail.example",
                          attributes={"sessions_30d": "5", "maelezo": note, "kaunti": "Nakuru"})
              for pid, note in notes.items()]
    assert notes_by_content(people) == ["maelezo"]
    plan = plan_mix(people, MixOptions(size=len(people), as_of=TODAY))
    unread = next(w for w in plan.warnings if "could not read" in w)
    assert unread.startswith("3 of the 5 chosen have notes the plan could not read")  # (N5 is read)
    assert "N1 (maelezo: 'mteja analalamika kuhusu riba kubwa')" in unread and "N4" not in unread


def test_a_note_that_says_dnd_leaves_the_person_out_but_a_phones_dnd_mode_does_not() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    assert left_out_by_roster(person("d1", notes="DND per her request in March"), TODAY)
    assert left_out_by_roster(person("d2", notes="keeps phone on DND mode at work, text first"), TODAY) is None
    assert left_out_by_roster(person("d3", notes="DND hours 9-5"), TODAY) is None


def test_a_clinics_flag_column_is_read_like_a_note() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    said = {"f1": {"Clinical flags": "risk – do not contact without clinician approval"},
            "f2": {"Alerts": "Do not contact unless the case manager agrees"},
            "f3": {"Notes": "disciplinary hearing pending – do not approach"},
            "f4": {"Patient flags": "Deceased – no reminders"}}
    for pid, cells in said.items():
        assert left_out_by_roster(person(pid, **cells), TODAY), pid
    # a crisis or safety plan in a flag of care: a sensitive record, asked for only by its value with --mix
    for pid, cells in {"c1": {"Clinical flags": "in crisis plan"}, "c2": {"Safeguarding": "safety plan in place"},
                       "c3": {"Risk": "at risk"}, "c4": {"Notes": "on an active crisis plan since May"}}.items():
        assert (left_out_by_roster(person(pid, **cells), TODAY) or "").startswith("a sensitive or restricted record"), pid
    # a product's feature flags, a customer's churn risk, a building's safety plan: not a person's care
    kept = [person("k1", **{"Feature flags": "test"}), person("k2", **{"Churn risk": "at risk"}),
            person("k3", Notes="uploaded their safety plan template"), person("k4", Notes="Account at risk - renewal")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)


def test_an_archived_record_and_a_student_not_studying_are_left_out_and_can_be_asked_for() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    assert left_out_by_roster(person("a1", **{"Client archived": "Yes"}), TODAY) == \
        "an archived record (Client archived: Yes)"
    assert left_out_by_roster(person("a2", **{"Record status": "Archived"}), TODAY)
    assert left_out_by_roster(person("a3", **{"Client archived": "No"}), TODAY) is None
    for state in ("Withdrawn", "Interrupted", "Intermitted", "Deferred", "Leave of absence"):
        assert left_out_by_roster(person("s", **{"Student status": state}), TODAY) == \
            f"not an active student (Student status: {state})", state
    assert left_out_by_roster(person("s", **{"Student status": "Registered"}), TODAY) is None
    # suspended: a sanction in a student record, access removed in an LMS: named when chosen, not left out
    suspended = [person("x1", **{"Student status": "Suspended"}), person("x2", **{"Student status": "Registered"})]
    assert left_out_by_roster(suspended[0], TODAY) is None
    named = plan_mix(suspended, MixOptions(size=2, as_of=TODAY)).warnings
    assert any("has an account marked suspended: x1 (Student status: Suspended)" in w for w in named), named
    people = [person(f"e{i}", **{"Student status": "Registered"}) for i in range(6)]
    people += [person("w1", **{"Student status": "Withdrawn"}), person("w2", **{"Student status": "Withdrawn"})]
    plan = plan_mix(people, MixOptions(size=8, as_of=TODAY))
    assert {"w1", "w2"} <= set(dict(plan.excluded))
    assert any('2 people left out as not active students (Student status)' in n
               and '--mix "Student status=Withdrawn:2"' in n for n in plan.notes), plan.notes
    # a study of leavers asks for them by the value
    asked = plan_mix(people, MixOptions(size=4, as_of=TODAY, weights={"Student status": {"withdrawn": 2}}))
    assert {"w1", "w2"} <= {p.pid for p in asked.chosen}


def test_staff_on_contract_and_notes_to_check_are_read() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    for note in ("peer mentor on a staff contract", "works evenings at the café (part-time staff)",
                 "sessional staff, marks exams"):
        assert (left_out_by_roster(person("x", Notes=note), TODAY) or "").startswith("staff"), note
    assert left_out_by_roster(person("x", Notes="staff nurse at the county hospital"), TODAY) is None
    people = [person(f"n{i}") for i in range(4)]
    people += [person("dv", **{"Alerts": "family violence – safe number only"}),
               person("pa", Notes="Minor – account held by his mother"),
               person("su", Notes="Students' Union president"),
               person("cl", Notes="care-experienced, first year")]
    plan = plan_mix(people, MixOptions(size=8, as_of=TODAY))
    assert len(plan.chosen) == 8, plan.excluded
    said = " ".join(plan.warnings)
    assert "1 of the 8 chosen may be safe to reach only one way" in said and "dv (Alerts: family violence" in said
    assert "do not use the number or email the roster lists" in said
    assert "1 of the 8 chosen has a parent's account" in said and "pa (Notes: Minor" in said
    assert "1 of the 8 chosen holds a representative role" in said and "su (Notes: Students' Union president)" in said
    assert "1 of the 8 chosen has circumstances noted" in said and "cl (Notes: care-experienced" in said


def test_a_sensitive_mark_asked_for_with_mix_still_leaves_out_a_do_not_contact_in_the_same_cell() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster

    both = person("c", **{"Clinical flags": "in crisis plan; do not contact without clinician approval"})
    asked = frozenset({"Clinical flags"})  # --mix "clinical flags=…:2": the sensitive mark may be asked
    assert left_out_by_roster(both, TODAY, asked).startswith("the roster's note says so")
    assert left_out_by_roster(person("d", **{"Clinical flags": "in crisis plan"}), TODAY, asked) is None
    assert left_out_by_roster(person("d", **{"Clinical flags": "in crisis plan"}), TODAY).startswith(
        "a sensitive or restricted record")


def test_indonesian_columns_and_notes_leave_out_who_must_not_be_asked() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster, parse_date
    today = dt.date(2026, 11, 28)

    def seller(pid: str, **attrs: str) -> Participant:
        return Participant(pid=pid, attributes={"terakhir aktif": "20/11/2026", "jumlah pesanan 30 hari": "12",
                                                **{k.replace("_", " "): v for k, v in attrs.items()}})
    said = {"T1": ({"keterangan": "mohon jangan dihubungi"}, "marked do not contact"),
            "T2": ({"keterangan": "pegawai kami (tim gudang)"}, "staff"),
            "T3": ({"keterangan": "pemiliknya sudah meninggal"}, "deceased"),
            "T4": ({"keterangan": "umur 15, pakai HP kakaknya"}, "under 18"),
            "T5": ({"keterangan": "akun tes tim produk"}, "the roster's note says so"),
            "T6": ({"keterangan": "meminta semua datanya dihapus"}, "asked to have their data erased"),
            "T7": ({"bersedia diwawancara": "Tidak"}, "said no to research contact"),
            "T8": ({"status akun": "Diblokir"}, "banned"),
            "T9": ({"keterangan": "tidak mau direkam, boleh dicatat"}, "said no to recording")}
    kept = [seller("K1", keterangan="kakaknya meninggal bulan lalu, toko tetap buka"),
            seller("K2", keterangan="anak karyawan kami, jualan kue"),
            seller("K3", keterangan="sudah jualan 4 tahun"),
            seller("K4", bersedia_diwawancara="Ya", status_akun="Aktif")]
    assert [left_out_by_roster(p, today) for p in kept] == [None] * len(kept)
    plan = plan_mix([seller(pid, **attrs) for pid, (attrs, _) in said.items()] + kept,
                    MixOptions(size=13, as_of=today))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, why) in said.items():
        assert left[pid].startswith(why), (pid, left[pid])
    # an interview the note or the column dates, with an Indonesian month ("Agu", "Okt", "Des")
    assert last_interviewed_in_roster(seller("i1", keterangan="sudah diwawancara 7 Agu 2026")) == dt.date(2026, 8, 7)
    assert last_interviewed_in_roster(seller("i2", tanggal_wawancara_terakhir="02/10/2026")) == dt.date(2026, 10, 2)
    assert [parse_date(v, "terakhir aktif", "P") for v in ("9 Okt 2026", "2 Mei 2026", "14 Des 2025", "1 Agustus 2026")] \
        == [dt.date(2026, 10, 9), dt.date(2026, 5, 2), dt.date(2025, 12, 14), dt.date(2026, 8, 1)]
    # and the usage segments come from its last-active day and its 30-day order count
    _, persons = segment([seller("U1"), seller("U2", terakhir_aktif="3 Mar 2026", jumlah_pesanan_30_hari="0")],
                         MixOptions(as_of=today))
    assert [p.segments["usage"] for p in persons] == ["frequent", "lapsed"]


def test_research_taken_part_in_with_a_day_in_a_note_is_an_earlier_interview() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster

    for note, day in (("took part in Library UX interviews 12/11/2025", dt.date(2025, 11, 12)),
                      ("participated in a diary study (usability) 2026-03-02", dt.date(2026, 3, 2))):
        assert last_interviewed_in_roster(person("s", Notes=note), today=TODAY) == day, note
    # taking part in something else is no interview
    for note in ("took part in our webinar 12/11/2025", "participated in the 10k run 2026-03-02"):
        assert last_interviewed_in_roster(person("s", Notes=note), today=TODAY) is None, note


def test_turkish_columns_and_notes_leave_out_who_must_not_be_asked() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster, suspended_account
    today = dt.date(2026, 11, 28)

    def customer(pid: str, email: str = "", **attrs: str) -> Participant:
        """A customer who ordered last week (9 orders) and said yes to KVKK; ``attrs`` by column name."""
        return Participant(pid=pid, email=email or f"{pid.lower()}@example.com.tr",
                           attributes={"son sipariş tarihi": "20.11.2026", "sipariş sayısı": "9", "kvkk onayı": "Evet",
                                       **attrs})
    said = {"T1": ({"not": "Müşteri vefat etti, kızı haber verdi"}, "deceased"),
            "T2": ({"not": "Lojistik ekibimizden, stajyer"}, "staff"),
            "T3": ({"notlar": "16 yaşında, babasının hesabı"}, "under 18"),
            "T4": ({"açıklama": "Kişisel verilerinin silinmesini rica etti"}, "asked to have their data erased"),
            "T5": ({"not": "Telefonla aranmak istemiyor"}, "asked not to be contacted"),
            "T6": ({"müşteri notu": "İletişime geçmeyin!"}, "marked do not contact"),
            "T7": ({"kvkk onayı": "Hayır"}, "said no to research contact"),
            "T8": ({"araştırma izni": "Hayır"}, "said no to research contact"),
            "T9": ({"hesap durumu": "Silindi"}, "account deleted")}
    kept = [customer("K1", **{"not": "Annesi vefat etti, yeni ev arıyor"}),
            customer("K2", **{"not": "Hafta sonu 18:00'den sonra aramayın"}),
            customer("K3", **{"not": "Ablası çalışanımız, indirim kodu verildi"}),
            customer("K4", **{"not": "Oğlu 15 yaşında, onun için masa aldı"}),
            customer("K5", **{"üyelik durumu": "Askıya Alındı"})]
    assert [left_out_by_roster(p, today) for p in kept] == [None] * len(kept)
    assert suspended_account(kept[4]) == "üyelik durumu: Askıya Alındı"
    # a duplicate row's "do not call" leaves out the row that is kept too
    twin = [customer("D1", email="selin@example.com.tr"),
            customer("D2", email="selin@example.com.tr", **{"not": "Mükerrer kayıt. Aranmasın"})]
    plan = plan_mix([customer(pid, **attrs) for pid, (attrs, _) in said.items()] + kept + twin,
                    MixOptions(size=16, as_of=today))
    left = dict(plan.excluded)
    assert sorted(left) == sorted([*said, "D1", "D2"])
    for pid, (_, why) in said.items():
        assert left[pid].startswith(why), (pid, left[pid])
    # an interview the note dates, the day first or after; a phone conversation is none
    assert last_interviewed_in_roster(customer("i1", **{"not": "02.10.2026 tarihinde kullanıcı görüşmesi yapıldı"})) \
        == dt.date(2026, 10, 2)
    assert last_interviewed_in_roster(customer("i2", **{"notlar": "Teams görüşmesi yapıldı 19.09.2026"})) \
        == dt.date(2026, 9, 19)
    assert last_interviewed_in_roster(customer("i3", **{"not": "Telefon görüşmesi yapıldı 19.09.2026"})) is None
    # usage from the last order and the order count; a sign-up day is never the last use
    _, persons = segment([customer("U1", **{"kayıt tarihi": "01.02.2021"}),
                          customer("U2", **{"son sipariş tarihi": "", "sipariş sayısı": "0", "kayıt tarihi": "03.11.2026"}),
                          customer("U3", **{"son sipariş tarihi": "02.01.2025", "sipariş sayısı": "2",
                                            "kayıt tarihi": "03.11.2020"})],
                         MixOptions(as_of=today))
    assert [p.segments["usage"] for p in persons][1:] == ["never_activated", "lapsed"]
    assert persons[0].segments["usage"] in ("frequent", "occasional")


def test_vietnamese_columns_and_notes_leave_out_who_must_not_be_asked() -> None:
    from listenwell.analysis.roster_signals import (in_a_language_read, last_interviewed_in_roster, left_out_by_roster,
                                                    suspended_account)
    today = dt.date(2026, 11, 28)

    def rider(pid: str, **attrs: str) -> Participant:
        """A courier who rode yesterday (40 rides) and said yes to research; ``attrs`` by column name."""
        return Participant(pid=pid, email=f"{pid.lower()}@example.vn",
                           attributes={"lần hoạt động cuối": "27/11/2026", "số đơn 30 ngày": "40",
                                       "đồng ý phỏng vấn": "Có", **attrs})
    said = {"V1": ({"ghi chú": "Khoá vĩnh viễn vì gian lận cước"}, "banned"),
            "V2": ({"ghi chú": "da bi khoa vinh vien do gian lan"}, "banned"),
            "V3": ({"ghi chú": "Đừng liên hệ nữa"}, "marked do not contact"),
            "V4": ({"ghi chú": "chi ay yeu cau khong goi lai nua"}, "the roster's note says so"),
            "V5": ({"ghi chú": "mới 16t, đi học cấp 3"}, "under 18"),
            "V6": ({"ghi chú": "nhan vien phong ke toan, chay them buoi toi"}, "staff"),
            "V7": ({"đồng ý phỏng vấn": "Không"}, "said no to research contact"),
            "V8": ({"đồng ý phỏng vấn": "khong"}, "said no to research contact"),
            "V9": ({"trạng thái": "Khóa vĩnh viễn"}, "banned")}
    kept = [rider("K1", **{"ghi chú": "con trai 17 tuổi hay đi cùng"}),
            rider("K2", **{"ghi chú": "gọi ko liên hệ được, gửi lại sau"}),
            rider("K3", **{"ghi chú": "vợ của nhân viên phòng kế toán"}),
            rider("K4", **{"trạng thái": "Tạm khóa"}),
            rider("K5", **{"ghi chú": "không gọi sau 21h"})]
    assert [left_out_by_roster(p, today) for p in kept] == [None] * len(kept)
    assert suspended_account(kept[3]) == "trạng thái: Tạm khóa"
    plan = plan_mix([rider(pid, **attrs) for pid, (attrs, _) in said.items()] + kept,
                    MixOptions(size=14, as_of=today))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, why) in said.items():
        assert left[pid].startswith(why), (pid, left[pid])
    # an interview the note dates, with its marks or without
    assert last_interviewed_in_roster(rider("i1", **{"ghi chú": "Đã PV ngày 02/10/2026 qua Zoom"})) == dt.date(2026, 10, 2)
    assert last_interviewed_in_roster(rider("i2", **{"ghi chú": "da phong van 19/09/2026"})) == dt.date(2026, 9, 19)
    # a Vietnamese note is in a language the rules read, marks or not
    assert in_a_language_read("Chỉ chạy giờ trưa") and in_a_language_read("chi chay buoi toi, hay nghi chu nhat")
    # "Đã nghỉ" (quit) is lapsed
    _, persons = segment([rider("U1", **{"trạng thái": "Đã nghỉ", "lần hoạt động cuối": "02/03/2026",
                                         "số đơn 30 ngày": "0"})], MixOptions(as_of=today))
    assert persons[0].segments["usage"] == "lapsed"


def test_vietnamese_notes_named_for_whose_they_are_are_read_as_notes() -> None:
    # "Ghi chú CSKH" (customer care's), "Ghi chú của sale", "Ghi chú nội bộ": notes, as "Notes from support"
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster, legal_matter
    today = dt.date(2026, 11, 28)

    def parent(pid: str, col: str, note: str) -> Participant:
        return Participant(pid=pid, email=f"{pid.lower()}@example.vn",
                           attributes={"số buổi học 30 ngày": "12", "đồng ý tham gia nghiên cứu": "Có", col: note})
    for col in ("Ghi chú CSKH", "Ghi chú của sale", "Ghi chú nội bộ", "Ghi chú kinh doanh"):
        assert left_out_by_roster(parent("A", col, "mẹ bé yêu cầu không gọi nữa"), today), col
        assert (left_out_by_roster(parent("B", col, "con tự lập tài khoản, 14 tuổi"), today) or "").startswith("under 18")
        assert last_interviewed_in_roster(parent("C", col, "Đã PV ngày 03/11/2026")) == dt.date(2026, 11, 3)
        assert legal_matter(parent("D", col, "vẫn đang khiếu nại đòi hoàn phí"))
        assert left_out_by_roster(parent("E", col, "hay học buổi tối"), today) is None
    # a complaint settled is read, and is no legal matter
    from listenwell.analysis.roster_signals import notes_no_rule_matched
    settled = parent("F", "Ghi chú CSKH", "khiếu nại đã giải quyết xong")
    assert legal_matter(settled) is None and notes_no_rule_matched([settled]) == {}


def test_vietnamese_subscription_states_give_usage() -> None:
    # "Trạng thái gói": Hết hạn (expired), Đã hủy (cancelled), Hoàn tiền (refunded) lapsed; Đang dùng is active
    today = dt.date(2026, 11, 28)
    rows = [Participant(pid=f"G{i}", email=f"g{i}@example.vn", attributes={"trạng thái gói": state})
            for i, state in enumerate(("Hết hạn", "Đã hủy", "Hoàn tiền"))]
    _, persons = segment(rows, MixOptions(as_of=today))
    assert [p.segments["usage"] for p in persons] == ["lapsed"] * 3


def test_vietnamese_dead_account_holder_and_centre_staff_are_left_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    today = dt.date(2026, 11, 28)

    def parent(pid: str, note: str) -> Participant:
        return Participant(pid=pid, email=f"{pid.lower()}@example.vn",
                           attributes={"số buổi học 30 ngày": "9", "đồng ý tham gia nghiên cứu": "Có", "ghi chú": note})
    # a relative died and another runs the account: the account's holder died
    for note in ("chồng mất, vợ giữ tk", "mẹ đã mất; con gái quản lý tài khoản"):
        assert (left_out_by_roster(parent("D", note), today) or "").startswith("deceased"), note
    # the centre's own teacher or assistant
    for note in ("cô giáo viên tại trung tâm", "trợ giảng của trung tâm, có con học lớp 7"):
        assert (left_out_by_roster(parent("S", note), today) or "").startswith("staff"), note
    # kept: a relative's death alone, a relative who helps alone, a teacher's wife, a school's teacher, a thing lost
    for note in ("bố đã qua đời năm ngoái", "con trai quản lý tài khoản", "vợ của giáo viên trung tâm",
                 "giáo viên trường THCS", "mẹ mất điện thoại, gọi số khác"):
        assert left_out_by_roster(parent("K", note), today) is None, note


def test_thai_columns_and_notes_leave_out_who_must_not_be_asked() -> None:
    from listenwell.analysis.roster_signals import in_a_language_read, last_interviewed_in_roster, left_out_by_roster
    today = dt.date(2026, 11, 28)

    def member(pid: str, **attrs: str) -> Participant:
        """An e-wallet member active yesterday, born 1988, who said yes to research."""
        return Participant(pid=pid, email=f"{pid.lower()}@example.co.th",
                           attributes={"ใช้งานล่าสุด": "27/11/2026 18:05", "วันเกิด": "03/06/1988",
                                       "ยินดีให้ติดต่อเพื่อสัมภาษณ์": "ยินดี", **attrs})
    said = {"T1": ({"หมายเหตุ": "ลูกค้าไม่สะดวกให้ติดต่อกลับอีก"}, "the roster's note says so"),
            "T2": ({"หมายเหตุ": "ขอไม่รับสายทุกกรณี"}, "the roster's note says so"),
            "T3": ({"หมายเหตุ": "ถึงแก่กรรมแล้ว ญาติแจ้ง"}, "deceased"),
            "T4": ({"หมายเหตุ": "พนักงาน แผนกบัญชี"}, "staff"),
            "T5": ({"หมายเหตุ": "บัญชีเทสต์ ห้ามใช้"}, "the roster's note says so"),
            "T6": ({"หมายเหตุ": "ถูกระงับ เนื่องจากฉ้อโกง"}, "flagged for fraud"),
            "T7": ({"หมายเหตุ": "ค้างชำระ โอนให้ทีมทวงหนี้"}, "in debt collection"),
            "T8": ({"หมายเหตุ": "ใช้สิทธิ์ขอให้ลบข้อมูลส่วนตัว"}, "asked to have their data erased"),
            "T9": ({"ยินดีให้ติดต่อเพื่อสัมภาษณ์": "ไม่ยินดี"}, "said no to research contact"),
            "T10": ({"หมายเหตุ": "อายุ 16 ปี"}, "under 18")}
    kept = [member("K1", **{"หมายเหตุ": "พนักงานบริษัทเอกชน ใช้จ่ายบิลทุกเดือน"}),
            member("K2", **{"หมายเหตุ": "ภรรยาเป็นพนักงาน ฝ่ายขาย"}),
            member("K3", **{"หมายเหตุ": "พ่อเสียชีวิต เปลี่ยนชื่อผู้ใช้ไฟ"}),
            member("K4", **{"หมายเหตุ": "ห้ามโทรหลัง 2 ทุ่ม"}),
            member("K5", **{"หมายเหตุ": "ไม่รับสาย 3 ครั้ง"}),
            member("K7", **{"หมายเหตุ": "เคยถูกมิจฉาชีพหลอกโอนเงิน"}),
            member("K6", **{"หมายเหตุ": "ลูกสาวอายุ 16 ปี ใช้บัญชีแม่"})]  # (a daughter's age)
    assert [left_out_by_roster(p, today) for p in kept] == [None] * len(kept)
    plan = plan_mix([member(pid, **attrs) for pid, (attrs, _) in said.items()] + kept,
                    MixOptions(size=16, as_of=today))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, why) in said.items():
        assert left[pid].startswith(why), (pid, left[pid])
    # an interview the note dates
    assert last_interviewed_in_roster(member("i1", **{"หมายเหตุ": "สัมภาษณ์ UX แล้ว 02/10/2026"})) == dt.date(2026, 10, 2)
    assert last_interviewed_in_roster(member("i2", **{"หมายเหตุ": "เคยให้สัมภาษณ์แล้ว 19/09/2026"})) == dt.date(2026, 9, 19)
    # Thai statuses: pending identity checks is never activated, a closed account lapsed
    _, persons = segment([member("U1", **{"สถานะ": "รอยืนยันตัวตน KYC", "ใช้งานล่าสุด": ""}),
                          member("U2", **{"สถานะ": "ปิดบัญชี", "ใช้งานล่าสุด": "02/03/2026"})], MixOptions(as_of=today))
    assert [p.segments["usage"] for p in persons] == ["never_activated", "lapsed"]
    assert not in_a_language_read("ย้ายไปใช้แอปธนาคาร")  # (a Thai note no rule matched stays unread)


def test_a_buddhist_era_date_is_read_as_its_gregorian_day_wherever_a_roster_date_is_read() -> None:
    from listenwell.analysis.mix import check_roster
    from listenwell.analysis.roster_signals import buddhist_columns, gregorian, left_out_by_roster, parse_date
    today = dt.date(2026, 11, 28)


def test_greek_columns_and_notes_leave_out_who_must_not_be_asked() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster, parse_date
    today = dt.date(2026, 11, 28)

    def line(pid: str, **attrs: str) -> Participant:
        """A mobile subscriber who logged in to the app yesterday, 11 times in the last 30 days."""
        return Participant(pid=pid, email=f"{pid.lower()}@example.gr",
                           attributes={"Τελ. σύνδεση": "27/11/2026", "Είσοδοι (30 ημέρες)": "11", **attrs})
    said = {"G1": ({"Παρατηρήσεις": "ΔΕΝ ΕΠΙΘΥΜΕΙ ΕΠΙΚΟΙΝΩΝΙΑ"}, "marked do not contact"),
            "G2": ({"Παρατηρήσεις": "Απεβίωσε 03/11/2026, ενημέρωση από σύζυγο"}, "deceased"),
            "G3": ({"Παρατηρήσεις": "ανήλικη, γραμμή στο όνομα της μητέρας"}, "under 18"),
            "G4": ({"Παρατηρήσεις": "Υπάλληλος καταστήματος Θεσσαλονίκης"}, "staff"),
            "G5": ({"Παρατηρήσεις": "οφειλή - σε εισπρακτική"}, "in debt collection"),
            "G6": ({"Παρατηρήσεις": "Ζητά διαγραφή προσωπικών δεδομένων (GDPR)"}, "asked to have their data erased"),
            "G7": ({"Παρατηρήσεις": "δεν θέλει να ηχογραφηθεί"}, "said no to recording")}
    kept = [line("K1", **{"Παρατηρήσεις": "ο πατέρας του απεβίωσε, άλλαξε ο κάτοχος"}),
            line("K2", **{"Παρατηρήσεις": "υπάλληλος τράπεζας, καλεί απογεύματα"}),
            line("K3", **{"Παρατηρήσεις": "Διαγραφή δεύτερης γραμμής, κράτησε την κύρια"})]
    assert [left_out_by_roster(p, today) for p in kept] == [None] * len(kept)
    plan = plan_mix([line(pid, **attrs) for pid, (attrs, _) in said.items()] + kept, MixOptions(size=10, as_of=today))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, why) in said.items():
        assert left[pid].startswith(why), (pid, left[pid])
    # a complaint to the telecoms regulator is named as a legal matter when they are chosen
    plan = plan_mix([line("R1", **{"Παρατηρήσεις": "Καταγγελία στην ΕΕΤΤ για χρεώσεις"})], MixOptions(size=1, as_of=today))
    assert any("legal matter" in w and "R1" in w for w in plan.warnings)
    assert last_interviewed_in_roster(line("i1", **{"Παρατηρήσεις": "Συμμετείχε σε συνέντευξη UX στις 15/10/2026"})) \
        == dt.date(2026, 10, 15)
    # "(30 ημέρες)" is a 30-day window (11 logins: frequent), a status Διαγραφή (the line deleted) lapsed
    _, persons = segment([line("U1"), line("U2", **{"Κατάσταση": "Διαγραφή", "Τελ. σύνδεση": "02/03/2026"})],
                         MixOptions(as_of=today))
    assert [p.segments["usage"] for p in persons] == ["frequent", "lapsed"]
    # Greek Excel's dates: its month abbreviations, and names in the nominative and the genitive
    assert [parse_date(v, "c", "P1") for v in ("21 Οκτ 2026", "3 ΜΑΪ 2026", "21 Οκτωβρίου 2026", "Φεβρουάριος 2026")] \
        == [dt.date(2026, 10, 21), dt.date(2026, 5, 3), dt.date(2026, 10, 21), dt.date(2026, 2, 1)]

def test_a_hungarian_roster_its_dates_30_day_counts_and_date_of_birth() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, parse_date
    today = dt.date(2026, 11, 28)

    def row(pid: str, **attrs: str) -> Participant:
        """A savings-app customer since 2021, as a Hungarian admin export heads its columns."""
        return Participant(pid=pid, email=f"{pid.lower()}@example.hu",
                           attributes={"Regisztráció dátuma": "2021.03.09.", "Születési dátum": "1979.06.21.", **attrs})
    # Hungarian Excel's dates: the short one ends in a dot, a time may follow; the long one abbreviates the month
    assert [parse_date(v, "c", "P1") for v in ("2026.11.27. 8:14", "2026.11.27.", "2026. nov. 26.", "2026. márc. 9.",
                                               "2026. szept. 30.", "2026. február 3.")] \
        == [dt.date(2026, 11, 27), dt.date(2026, 11, 27), dt.date(2026, 11, 26), dt.date(2026, 3, 9),
            dt.date(2026, 9, 30), dt.date(2026, 2, 3)]
    # "(30 nap)" is a 30-day window: 19 logins are frequent, none from a customer of years lapsed
    # (not "never activated"), 3 occasional
    _, persons = segment([row("U1", **{"Bejelentkezések (30 nap)": "19"}), row("U2", **{"Bejelentkezések (30 nap)": "0"}),
                          row("U3", **{"Bejelentkezések (30 nap)": "3"})], MixOptions(as_of=today))
    assert [p.segments["usage"] for p in persons] == ["frequent", "lapsed", "occasional"]
    # and so is a last login written the Hungarian way
    _, persons = segment([row("U4", **{"Utolsó bejelentkezés": "2026. nov. 27."}),
                          row("U5", **{"Utolsó bejelentkezés": "2025.12.02. 17:40"})], MixOptions(as_of=today))
    assert [p.segments["usage"] for p in persons] == ["frequent", "lapsed"]
    # a date of birth under its Hungarian header leaves a 17-year-old out, whatever the age band says
    young = row("Y1", **{"Születési dátum": "2009.04.02.", "Korcsoport": "18–29"})
    assert (left_out_by_roster(young, today) or "").startswith("under 18"), left_out_by_roster(young, today)
    assert left_out_by_roster(row("A1"), today) is None
    # an earlier interview, in a note with its day written the Hungarian way, or in a column of its own
    from listenwell.analysis.roster_signals import last_interviewed_in_roster
    assert last_interviewed_in_roster(row("I1", **{"Megjegyzés": "Interjú volt 2026.10.15. (koncepcióteszt)"})) \
        == dt.date(2026, 10, 15)
    assert last_interviewed_in_roster(row("I2", **{"Utolsó interjú dátuma": "2026. okt. 2."})) == dt.date(2026, 10, 2)


def _district(pid: str, role: str, school: str, **extra: str) -> Participant:
    """A row of a school district's roster export (a rostering sync's columns)."""
    return Participant(pid=pid, email=extra.pop("email", f"{pid.lower()}@brookfieldusd.example"), attributes={
        "user_role": role, "building": school, "minutes_30d": "90", "research_consent": "Yes", **extra})


def test_a_school_or_sites_research_approval_is_a_no_or_a_not_yet_for_its_people() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    out = [_district("t1", "teacher", "Oakridge Elementary", school_research_approval="Not approved"),
           _district("t2", "teacher", "Cedar High", school_research_approval="Pending review"),
           _district("g1", "parent", "Oakridge Elementary", **{"Research approved": "No"}),
           _district("n1", "nurse", "Bayside Clinic", **{"IRB approval": "Denied"}),
           _district("n2", "nurse", "Bayside Clinic", **{"Ethics approval status": "Awaiting committee"})]
    for p in out:
        assert (left_out_by_roster(p, TODAY) or "").startswith("research not approved (yet) for their school"), p.pid
    assert "(school_research_approval: Not approved)" in left_out_by_roster(out[0], TODAY)
    # approved, or not said; an event's approval of a seat is no approval of research
    kept = [_district("t3", "teacher", "Cedar High", school_research_approval="Approved"),
            _district("t4", "teacher", "Cedar High", **{"IRB approval": "Yes"}),
            _district("a1", "administrator", "District Office", school_research_approval=""),
            _district("v1", "guest", "Meetup", approval_status="pending_approval"),
            _district("v2", "guest", "Meetup", approval_status="declined")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)


def test_students_in_a_roster_of_adults_are_named_and_those_at_a_young_school_left_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    # a student at an elementary or middle school, no grade or date of birth: a child
    young = [_district("s1", "student", "Pinecrest Middle School", research_consent=""),
             _district("s2", "Schüler", "Grundschule am Hafen", research_consent=""),
             _district("s3", "student", "Oakridge Elementary", research_consent="", grade="")]
    for p in young:
        assert (left_out_by_roster(p, TODAY) or "").startswith("under 18: a student at an elementary or middle"), p.pid
    # an 18-year-old senior (a date of birth says so), a high-schooler with no grade, beside the adults
    senior = _district("s4", "student", "Cedar High School", grade="12", dob="2007-02-11", research_consent="")
    no_grade = _district("s5", "Student", "Cedar High School", research_consent="")
    adults = [_district(f"t{i}", "teacher", "Cedar High School") for i in range(1, 4)] + \
        [_district("p1", "parent", "Oakridge Elementary")]
    people = [senior, no_grade, *adults]
    assert [left_out_by_roster(p, TODAY) for p in people] == [None] * len(people)
    warnings = plan_mix(people, MixOptions(size=6, as_of=TODAY)).warnings
    students = [w for w in warnings if "a student, in a roster that lists adults" in w]
    assert len(students) == 1 and "s4 (user_role: student)" in students[0] and "s5" not in students[0]
    maybe = [w for w in warnings if "may be under 18" in w]
    assert len(maybe) == 1 and "s5 (user_role: Student, at a high school (building: Cedar High School)" in maybe[0]
    assert not any(t in w for w in students + maybe for t in ("t1", "t2", "p1"))
    # a university's course, its students beside their lecturers: adults, nobody named for being a student
    campus = [_district(f"u{i}", "student", "North Campus", department="School of Law") for i in range(1, 5)] + \
        [_district("l1", "teacher", "North Campus", department="School of Law")]
    assert not [w for w in plan_mix(campus, MixOptions(size=5, as_of=TODAY)).warnings if "student" in w]


def test_a_note_that_consent_has_not_come_back_is_no_consent_yet() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    pending = [_district("g1", "parent", "Oakridge Elementary", research_consent="", notes="Consent form not returned yet"),
               _district("g2", "parent", "Oakridge Elementary", research_consent="", comments="awaiting parental consent"),
               _district("g3", "parent", "Oakridge Elementary", research_consent="", notes="consent pending (sent 10/2)"),
               _district("g4", "parent", "Oakridge Elementary", research_consent="", notes="permission slip not signed")]
    for p in pending:
        assert (left_out_by_roster(p, TODAY) or "").startswith("no consent yet, by the roster's note"), p.pid
    # the consent itself says yes; a note that none is needed, or that it came back
    kept = [_district("g5", "parent", "Oakridge Elementary", notes="Consent form not returned yet"),
            _district("g6", "parent", "Oakridge Elementary", research_consent="", notes="no consent needed, staff pilot"),
            _district("g7", "parent", "Oakridge Elementary", research_consent="", notes="consent form returned 10/4")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)


def test_a_directory_opt_out_and_a_customers_it_contact_are_named_when_chosen() -> None:
    people = [_district(f"t{i}", "teacher", "Cedar High School", title="English Teacher", notes="",
                        ferpa_directory_opt_out="N") for i in range(1, 9)]
    people += [_district("g1", "parent", "Cedar High School", ferpa_directory_opt_out="Y"),
               _district("g2", "parent", "Cedar High School", **{"Directory information withheld": "Yes"}),
               _district("a1", "administrator", "District Office", title="Technology Coordinator"),
               _district("t9", "teacher", "Cedar High School", notes="Now in district IT - runs the Clever sync"),
               _district("t10", "teacher", "Cedar High School", notes="Uses it daily with her 3rd period")]
    warnings = plan_mix(people, MixOptions(size=len(people), as_of=TODAY)).warnings
    ferpa = [w for w in warnings if "opted out of directory information" in w]
    assert len(ferpa) == 1 and "g1 (ferpa_directory_opt_out: Y)" in ferpa[0] \
        and "g2 (Directory information withheld: Yes)" in ferpa[0] and "t1" not in ferpa[0]
    it = [w for w in warnings if "IT or rostering contact" in w]
    assert len(it) == 1 and "a1 (title: Technology Coordinator)" in it[0] and "t9 (notes: Now in district IT" in it[0]
    assert "t10" not in it[0] and "t1 " not in it[0]
    # an IT tool's roster, whose users are all IT people: their titles are what the users are
    admins = [_district(f"i{i}", "admin", "Head office", title="IT Manager") for i in range(1, 6)]
    assert not [w for w in plan_mix(admins, MixOptions(size=5, as_of=TODAY)).warnings if "IT or rostering" in w]


def test_arabic_agent_notes_leave_out_who_must_not_be_asked_and_name_the_rest() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    today = dt.date(2026, 11, 28)

    def tenant(pid: str, note: str = "", **attrs: str) -> Participant:
        return Participant(pid=pid, email=f"{pid.lower()}@example.com",
                           attributes={"آخر حجز": "20/11/2026", "عدد الحجوزات": "4",
                                       **({"ملاحظات الوكيل": note} if note else {}), **attrs})
    said = {"N1": ("طلبت عدم التواصل معها نهائياً", "the roster's note says so"),
            "N2": ("لا تتصلوا به", "the roster's note says so"),
            "N3": ("لا يرغب في المشاركة في الاستبيانات", "the roster's note says so"),
            "N4": ("عمره أقل من 18 سنة", "under 18"),
            "N5": ("العمر ١٦ سنة", "under 18"),
            "N6": ("موظف في الشركة - قسم المبيعات", "staff"),
            "N7": ("العميل متوفى", "deceased"),
            "N8": ("قاصر", "under 18")}
    kept = [tenant("K1", "والدها توفي العام الماضي"), tenant("K2", "زوجة موظف في الشركة"),
            tenant("K3", "ابنه عمره 15 سنة ويستخدم التطبيق")]
    assert [left_out_by_roster(p, today) for p in kept] == [None] * len(kept)
    # a channel they asked for ("don't phone her, WhatsApp only") is no refusal: the plan names it
    channel = tenant("W1", "لا تتصلوا بها هاتفياً، التواصل عبر الواتساب فقط")
    assert left_out_by_roster(channel, today) is None
    plan = plan_mix([tenant(pid, note) for pid, (note, _) in said.items()] + kept + [channel],
                    MixOptions(size=12, as_of=today))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, why) in said.items():
        assert left[pid].startswith(why), (pid, left[pid])
    assert any("one way only" in w and "W1" in w for w in plan.warnings)


def test_arabic_indic_dates_and_hijri_dates() -> None:
    from listenwell.analysis.roster_signals import hijri_columns, parse_date
    assert parse_date("12/11/2026", "last booking", "P") == dt.date(2026, 11, 12)
    # a Hijri date is said to be one, not read as a Gregorian date six centuries back
    for hijri in ("1445/07/12", "1446/03/02 هـ", "12/07/1445"):
        with pytest.raises(InputError, match="Hijri calendar"):
            parse_date(hijri, "تاريخ التسجيل", "P")
    said = hijri_columns([Participant(pid="P1", attributes={"تاريخ التسجيل": "1445/07/12"}),
                          Participant(pid="P2", attributes={"تاريخ التسجيل": "14/02/2024"})])
    assert len(said) == 1 and "'تاريخ التسجيل' holds dates of the lunar Hijri calendar" in said[0]
    # a date the sheet writes with slashes that does not read is refused in the sheet's own order too
    with pytest.raises(InputError, match=r"write it as DD/MM/YYYY or YYYY-MM-DD"):
        parse_date("12/11/2026 م", "last booking", "P")


def test_a_solar_hijri_date_is_named_as_irans_calendar_not_as_the_lunar_one() -> None:
    from listenwell.analysis.roster_signals import hijri_columns, parse_date
    with pytest.raises(InputError, match=r"Solar Hijri \(Jalali\) calendar \(2026-11-26 in the Gregorian\)"):
        parse_date("1405/09/05", "آخرین ورود", "P")
    said = hijri_columns([Participant(pid="P1", attributes={"آخرین ورود": "1405/09/05", "عضویت": "1444/02/10"})])
    assert "'آخرین ورود' holds dates of the Solar Hijri (Jalali) calendar" in said[0], said
    assert "'عضویت' holds dates of the lunar Hijri calendar" in said[1], said


def test_polish_crm_notes_and_statuses_leave_out_who_must_not_be_asked() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster
    today = dt.date(2026, 11, 28)

    def client(pid: str, **attrs: str) -> Participant:
        return Participant(pid=pid, email=f"{pid.lower()}@poczta.example",
                           attributes={"ostatnie logowanie": "20.11.2026", "zgoda na badania": "Tak",
                                       **{k.replace("_", " "): v for k, v in attrs.items()}})
    said = {"B1": ({"status": "windykacja"}, "in debt collection"),
            "B2": ({"uwagi": "Zaległa rata kredytu, sprawa przekazana do firmy windykacyjnej"}, "in debt collection"),
            "B3": ({"uwagi": "Podejrzenie oszustwa – sprawdza dział bezpieczeństwa"}, "flagged for fraud"),
            "B4": ({"uwagi": "Pracownik banku, oddział Gdańsk"}, "staff"),
            "B5": ({"uwagi": "nasza pracownica z działu kart"}, "staff"),
            "B6": ({"uwagi": "Niepełnoletnia (ur. 2012), konto prowadzone przez matkę"}, "under 18"),
            "B7": ({"uwagi": "Klient nie wyraził zgody na nagrywanie rozmowy"}, "said no to recording")}
    kept = [client("K1", uwagi="Prosi o kontakt tylko mailowo, nie dzwonić"),
            client("K2", uwagi="Pracownik urzędu skarbowego, prowadzi też JDG"),
            client("K3", uwagi="Córka pracownika banku"),
            client("K4", uwagi="Syn ur. 2012 ma konto dziecięce"),
            client("K5", uwagi="Reklamacja karty rozwiązana")]
    assert [left_out_by_roster(p, today) for p in kept] == [None] * len(kept)
    plan = plan_mix([client(pid, **attrs) for pid, (attrs, _) in said.items()] + kept,
                    MixOptions(size=12, as_of=today))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, why) in said.items():
        assert left[pid].startswith(why), (pid, left[pid])
    # an earlier interview a note dates, for --exclude-recent
    assert last_interviewed_in_roster(client("i1", uwagi="Brała udział w wywiadzie UX 04.05.2026 (karty)")) \
        == dt.date(2026, 5, 4)


def test_polish_notes_to_check_are_named_when_chosen() -> None:
    warnings = chosen_warnings({
        "W1": "Skarga do Rzecznika Finansowego w toku – kontakt wyłącznie przez Dział Prawny",
        "W2": "Starsza pani, prosi o kontakt przez syna",
        "W3": "Pełnomocnik konta. Rozmawiać tylko za zgodą właściciela rachunku",
        "W4": "Mail aktywacyjny odbity, numer aktualny",
        "W5": "Prosi o kontakt wyłącznie mailowy – nie dzwonić",
        "W6": "Konto dla małoletniego prowadzone przez ojca"})

    def named(what: str) -> set[str]:
        return set(re.findall(r"W\d", next((w for w in warnings if what in w), "")))
    assert named("only through someone else") == {"W1", "W2", "W3"}
    assert named("complaint to an ombudsman") == {"W1"}
    assert named("bounced") == {"W4"}
    assert named("reached one way only") == {"W5"}  # (email only: a channel, not a no)
    assert named("parent's account") == {"W6"}


def test_english_notes_of_debt_collection_fraud_and_complaints_and_a_bare_blocked_status() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    assert left_out_by_roster(person("c1", status="In collections"), TODAY).startswith("in debt collection")
    assert left_out_by_roster(person("c2", notes="Overdraft sent to collections in May"), TODAY) \
        .startswith("in debt collection")
    assert left_out_by_roster(person("c3", notes="Suspected fraud, account frozen"), TODAY) \
        .startswith("flagged for fraud")
    # a book collection, a victim of fraud, a resolved complaint: nothing to leave out
    for note in ("Runs a book collection club", "Victim of card fraud, card replaced", "Complaint resolved in May"):
        assert left_out_by_roster(person("k", notes=note), TODAY) is None, note
    warnings = chosen_warnings({"E1": "Complaint to the Financial Ombudsman open since 10/2026",
                                "E2": "Contact through her daughter (mobile on file)",
                                "E3": "Loves the budgeting feature"})
    assert "E1" in next(w for w in warnings if "complaint to an ombudsman" in w)
    assert "E2" in next(w for w in warnings if "only through someone else" in w)
    people = [Participant(pid=f"S{i}", email=f"s{i}@mail.example", attributes={"sessions_30d": "5", "status": s})
              for i, s in enumerate(("blocked", "zablokowany", "active"))]
    plan = plan_mix(people, MixOptions(size=3, as_of=TODAY))
    suspended = next(w for w in plan.warnings if "suspended" in w)
    assert "S0" in suspended and "S1" in suspended and "S2" not in suspended


def test_a_note_in_a_language_the_rules_read_that_no_rule_matched_is_not_said_to_be_unread() -> None:
    warnings = chosen_warnings({"P1": "Freelancer na umowach o dzieło, rozważa założenie działalności",
                                "P2": "mteja analalamika kuhusu riba kubwa",
                                "P3": "Loves the budgeting feature"})
    matched = next(w for w in warnings if "no rule matched" in w)
    assert matched.startswith("1 of the 3 chosen has a note no rule matched (in a language the rules read)")
    assert "P1" in matched
    unread = next(w for w in warnings if "could not read" in w)
    assert "P2" in unread and "P1" not in unread


def test_hungarian_notes_and_statuses_leave_out_who_must_not_be_asked() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, suspended_account
    today = dt.date(2026, 11, 28)

    def ugyfel(pid: str, **attrs: str) -> Participant:
        """A customer of a Hungarian webshop who logged in last week; ``attrs`` by column name."""
        return Participant(pid=pid, email=f"{pid.lower()}@posta.example.hu",
                           attributes={"last login": "2026-11-20", "logins 30d": "6", "státusz": "Aktív",
                                       **{k.replace("_", " "): v for k, v in attrs.items()}})
    said = {"H1": ({"megjegyzés": "Kutatási megkeresést nem kér"}, "marked do not contact"),
            "H2": ({"megjegyzés": "ne keressük többet"}, "marked do not contact"),
            "H3": ({"megjegyzés": "Tesztfiókja a fejlesztőknek"}, "the roster's note says so"),
            "H4": ({"megjegyzés": "Tartozás miatt behajtásra átadva"}, "in debt collection"),
            "H5": ({"megjegyzés": "Visszaélés gyanúja, a biztonsági csapat vizsgálja"}, "flagged for fraud"),
            "H6": ({"megjegyzés": "A számlatulajdonos elhunyt, a lánya intézi"}, "deceased"),
            "H7": ({"megjegyzés": "Az ügyfél kiskorú, a nagymamája nyitotta a fiókot"}, "under 18"),
            "H8": ({"megjegyzés": "Törlési kérelmet nyújtott be"}, "asked to have their data erased"),
            "H9": ({"megjegyzés": "Kéri az adatai törlését"}, "asked to have their data erased"),
            "H10": ({"megjegyzés": "Nem járul hozzá a hangfelvételhez"}, "said no to recording"),
            "H11": ({"megjegyzés": "Duplikált regisztráció"}, "the roster leaves them out"),
            "H12": ({"státusz": "Törölve"}, "account deleted")}
    kept = [ugyfel("K1", megjegyzés="A férje elhunyt tavaly, egyedül spórol"),
            ugyfel("K2", megjegyzés="Kiskorú gyermeke nevére is nyitna célt"),
            ugyfel("K3", megjegyzés="Hírlevelet nem kér, kutatásban szívesen részt vesz"),
            ugyfel("K4", megjegyzés="Csalás áldozata lett, új kártyát kapott"),
            ugyfel("K5", megjegyzés="A törlesztés kérdéses, de aktív felhasználó"),
            ugyfel("K6", megjegyzés="10 éves megtakarítási célt állított be"),
            ugyfel("K7", státusz="Felfüggesztve")]
    assert [left_out_by_roster(p, today) for p in kept] == [None] * len(kept)
    assert suspended_account(kept[6]) == "státusz: Felfüggesztve"
    plan = plan_mix([ugyfel(pid, **attrs) for pid, (attrs, _) in said.items()] + kept,
                    MixOptions(size=19, as_of=today))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, why) in said.items():
        assert left[pid].startswith(why), (pid, left[pid])
    # one person on two rows, her number under "Telefonszám" with the code and with Hungary's "06": the old
    # row's "do not contact" is hers
    twin = [Participant(pid=pid, name="Tóth Ilona", email=email,
                        attributes={"telefonszám": phone, "last login": "2026-11-20", "logins 30d": n, **note})
            for pid, email, phone, n, note in (("T1", "ilona.toth@posta.example.hu", "+36 30 444 1122", "9", {}),
                                               ("T2", "tothi@regi.example.hu", "06 30 444 1122", "0",
                                                {"megjegyzés": "Régi fiók. Nem kér megkeresést."}))]
    plan = plan_mix(twin + kept, MixOptions(size=9, as_of=today))
    assert {"T1", "T2"} <= dict(plan.excluded).keys()
    assert "(the same phone number)" in dict(plan.excluded)["T1"]


def test_hungarian_notes_to_check_are_named_when_chosen() -> None:
    warnings = chosen_warnings({"M1": "Panaszt nyújtott be a Pénzügyi Békéltető Testületnél",
                                "M2": "Telefonon ne hívják, csak e-mailben",
                                "M3": "Nagyon elégedett, mert végre látja a kiadásait",
                                "M4": "Letiltva a kártyája, de a fiók aktív"})

    def named(what: str) -> set[str]:
        return set(re.findall(r"M\d", next((w for w in warnings if what in w), "")))
    assert named("legal matter") == {"M1"}
    assert named("reached one way only") == {"M2"}
    # a Hungarian note no rule matched is in a language the rules read, not one nobody reads
    assert "M3" in named("no rule matched (in a language the rules read)")
    assert "M3" not in named("could not read")


def test_romanian_notes_statuses_and_consent_leave_out_who_must_not_be_asked() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, suspended_account
    today = dt.date(2026, 11, 28)

    def client(pid: str, **attrs: str) -> Participant:
        """A customer of a Romanian bookshop's app who ordered last week; ``attrs`` by column name."""
        return Participant(pid=pid, email=f"{pid.lower()}@posta.example.ro",
                           attributes={"ultima comandă": "2026-11-20", "comenzi (ultimele 30 de zile)": "5",
                                       "stare cont": "Activ", **{k.replace("_", " "): v for k, v in attrs.items()}})
    # cedilla (Windows) and comma-below (Google Sheets, macOS) spellings alike
    said = {"R1": ({"mențiuni": "Nu mai dorește să fie contactată"}, "marked do not contact"),
            "R2": ({"mentiuni": "nu doreşte să fie contactat de noi"}, "marked do not contact"),
            "R3": ({"mențiuni": "cont de test pentru echipa QA"}, "the roster's note says so"),
            "R4": ({"mențiuni": "Clientul a decedat în martie"}, "deceased"),
            "R5": ({"mențiuni": "angajată, casieriţa din Cluj"}, "staff"),
            "R6": ({"mențiuni": "e minoră, contul e al mamei"}, "under 18"),
            "R7": ({"mențiuni": "A cerut ștergerea datelor"}, "asked to have their data erased"),
            "R8": ({"mențiuni": "15 ani, cont administrat de părinţi"}, "under 18"),
            "R9": ({"stare cont": "Şters"}, "account deleted"),
            "R10": ({"stare cont": "Șters"}, "account deleted"),
            "R11": ({"acord cercetare": "Nu"}, "said no to research")}
    kept = [client("K1", mențiuni="Soţia unui angajat, comandă des"),
            client("K2", mențiuni="Tatăl a decedat, comandă pentru mama"),
            client("K3", mențiuni="Client de 5 ani, foarte mulţumit"),
            client("K4", mențiuni="are un copil minor, cumpără cărţi pentru el"),
            client("K5", mentiuni="Nu doreşte newsletter"),
            client("K6", **{"stare cont": "Suspendat", "acord cercetare": "Da"})]
    assert [left_out_by_roster(p, today) for p in kept] == [None] * len(kept)
    assert suspended_account(kept[5]) == "stare cont: Suspendat"
    plan = plan_mix([client(pid, **attrs) for pid, (attrs, _) in said.items()] + kept,
                    MixOptions(size=17, as_of=today))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, why) in said.items():
        assert left[pid].startswith(why), (pid, left[pid])
    # an earlier interview, in a note with its day, for --exclude-recent
    from listenwell.analysis.roster_signals import last_interviewed_in_roster
    assert last_interviewed_in_roster(client("I1", mențiuni="intervievată pe 02.11.2026 (test de concept)")) \
        == dt.date(2026, 11, 2)


def test_romanian_notes_to_check_are_named_when_chosen() -> None:
    warnings = chosen_warnings({"M1": "Plângere la ANSPDCP pentru un SMS nesolicitat",
                                "M2": "doar pe e-mail, nu sunaţi", "M3": "Fostă angajată, a plecat în 2022"})

    def named(what: str) -> set[str]:
        return set(re.findall(r"M\d", next((w for w in warnings if what in w), "")))
    assert named("legal matter") == {"M1"}
    assert named("reached one way only") == {"M2"}
    # a Romanian note no rule matched is in a language the rules read, not one nobody reads
    assert "M3" in named("no rule matched (in a language the rules read)")
    assert "M3" not in named("could not read")


def test_a_romanian_operator_export_market_research_consent_staff_and_ended_contracts() -> None:
    """A mobile operator's CRM export: "Acord studii de piață" (market research) answered "Nu" is a no to research,
    "Acord marketing: Nu" is not; staff of a company opening a note ("angajat Rețeaua, punct Obor") and "NU
    includeți" leave out; a plain "Stare" of "Reziliat" or "Portat" (or English "Ported out") is an ended contract
    whatever the login count says; contact only through the account manager is named."""
    from listenwell.analysis.roster_signals import usage_and_why
    today = dt.date(2026, 11, 28)

    def abonat(pid: str, **attrs: str) -> Participant:
        return Participant(pid=pid, email=f"{pid.lower()}@abonat.example.ro",
                           attributes={"ultima autentificare": "2026-11-22", "autentificări (ultimele 30 de zile)": "9",
                                       "stare": "Activ", "acord marketing": "Da", "acord studii de piață": "Da",
                                       **{k.replace("_", " "): v for k, v in attrs.items()}})
    said = {"S1": ({"acord studii de piață": "NU"}, "said no to research"),
            "S2": ({"observații": "angajată Rețeaua, punct Obor"}, "staff"),
            "S3": ({"observații": "angajat Telecomix"}, "staff"),
            "S4": ({"observații": "client vechi – nu îl includeţi"}, "the roster's note says so"),
            "S5": ({"acord sondaje": "Nu", "acord studii de piață": ""}, "said no to research")}
    kept = [abonat("K1", **{"acord marketing": "Nu"}), abonat("K2", observații="angajat nou, plătește la timp"),
            abonat("K3", observații="client VIP — doar prin managerul de cont")]
    plan = plan_mix([abonat(pid, **attrs) for pid, (attrs, _) in said.items()] + kept,
                    MixOptions(size=8, as_of=today))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, why) in said.items():
        assert left[pid].startswith(why), (pid, left[pid])
    through = next(w for w in plan.warnings if "only through someone else" in w)
    assert "K3" in through
    for status in ("Reziliat", "Portat", "Ported out", "PORTAT"):
        got = usage_and_why(abonat("E1", stare=status), today, 90, 4.0, last_col="ultima autentificare")
        assert got == ("lapsed", f"stare: {status}"), status
    # a "Terminated" membership is weak, as "Inactive" is: one who still comes is read by their use
    assert usage_and_why(abonat("E2", stare="Terminated"), today, 90, 4.0, last_col="ultima autentificare")[0] \
        == "frequent"
    assert usage_and_why(abonat("E3", stare="Terminated", **{"ultima autentificare": "2026-05-02"}), today, 90, 4.0,
                         last_col="ultima autentificare")[0] == "lapsed"


def test_a_hungarian_research_consent_column_answered_nem_leaves_out_and_a_blank_is_named() -> None:
    """A utility's CRM asks "Részvétel kutatásban" (takes part in research), answered "Igen" or "Nem", one row
    per metering point: a "Nem" on either of a customer's rows leaves the customer out."""
    today = dt.date(2026, 11, 28)

    def hely(pid: str, customer: str, answer: str) -> Participant:
        return Participant(pid=pid, email=f"u{customer}@level.example.hu",
                           attributes={"ügyfélszám": customer, "last login": "2026-11-20", "logins 30d": "4",
                                       "Részvétel kutatásban": answer})
    people = [hely("P1", "71", "Igen"), hely("P2", "72", "NEM"), hely("P3", "73", ""),
              hely("P4", "74", "Igen"), hely("P5", "74", "Nem"), hely("P6", "76", "igen")]
    plan = plan_mix(people, MixOptions(size=6, as_of=today))
    left = dict(plan.excluded)
    assert left["P2"].startswith("said no to research contact (Részvétel kutatásban: NEM)")
    assert "P4" in left and "P5" in left  # the customer's other row said no
    assert {p.pid for p in plan.chosen} == {"P1", "P3", "P6"}
    blank = next(w for w in plan.warnings if "left 'Részvétel kutatásban' empty" in w)
    assert "P3" in blank and "P1" not in blank


def test_hungarian_notes_of_a_guardianship_a_disconnection_and_a_bare_test_leave_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    today = dt.date(2026, 11, 28)

    def fogyaszto(pid: str, note: str, name: str = "Kovács Anna") -> Participant:
        return Participant(pid=pid, name=name, email=f"{pid.lower()}@level.example.hu",
                           attributes={"last login": "2026-11-20", "logins 30d": "3", "megjegyzés": note})
    said = {"G1": ("Gondnokság alatt áll, a gondnoka a lánya", "has a legal guardian"),
            "G2": ("gondnokság alá helyezve 2024-ben", "has a legal guardian"),
            "G3": ("Kikapcsolási eljárás indult", "in debt collection"),
            "G4": ("kikapcsolás elrendelve", "in debt collection"),
            "G5": ("TESZT", "the roster's note says so")}
    for pid, (note, why) in said.items():
        assert (left_out_by_roster(fogyaszto(pid, note), today) or "").startswith(why), (pid, note)
    assert left_out_by_roster(fogyaszto("G6", "", name="Teszt Elek"), today) == \
        "an internal or test account (its name says so)"
    # a feature switched off, a test of a meter, a tester's name: none is a test account or a disconnection
    for note in ("Értesítések kikapcsolva", "Mérő tesztelése megtörtént", "Gondnok a társasházban"):
        assert left_out_by_roster(fogyaszto("K1", note), today) is None, note


@pytest.mark.parametrize(("note", "day"), [
    ("UX interjú 2026.10.14. (számlaértesítő)", dt.date(2026, 10, 14)),
    ("Kutatási interjú: 2026. 09. 01.", dt.date(2026, 9, 1)),
    ("2026.06.02-án interjúztuk a mérőleolvasásról", dt.date(2026, 6, 2)),
    ("UX interjú időpont egyeztetve 2026.12.03.", None),  # one to come, not one held
    ("Interjú a fiával 2026.10.14.", None),  # not a research interview of theirs said so
])
def test_a_hungarian_note_of_an_earlier_ux_interview_gives_its_day(note: str, day: dt.date | None) -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster
    p = Participant(pid="F1", attributes={"Megjegyzés": note})
    assert last_interviewed_in_roster(p, today=dt.date(2026, 11, 28)) == day


def test_a_short_note_whose_only_sign_of_a_language_read_is_an_accent_is_named() -> None:
    warnings = chosen_warnings({"V1": "védendő fogyasztó", "V2": "felújítás folyamatban",
                                "V3": "Panaszt tett a MEKH-nél", "V4": "Très fidèle",
                                "V5": "Condomínio continua pagando"})
    matched = next(w for w in warnings if "no rule matched" in w)
    assert "V1" in matched and "V2" in matched and "V4" not in matched and "V5" not in matched
    assert not any("could not read" in w for w in warnings)
    assert "V3" in next(w for w in warnings if "legal matter" in w)


@pytest.mark.parametrize("header", [
    "Jak prawdopodobne jest, że polecisz naszą aplikację znajomemu lub współpracownikowi? (0–10)",
    "Jak bardzo prawdopodobne jest, że poleciłaby Pani nasz bank znajomym?",
    "Wie wahrscheinlich ist es, dass Sie unsere App einem Freund oder Kollegen empfehlen?",
    "¿Qué probabilidad hay de que recomiende nuestra app a un amigo?",
    "Quelle est la probabilité que vous recommandiez notre application à un proche ?",
    "Mennyire valószínű, hogy ajánlaná a webáruházunkat egy ismerősének? (0-10)",
    "Mekkora valószínűséggel ajánlaná cégünket a barátainak?",
    "Gaano kalamang na irekomenda mo ang aming tindahan sa isang kaibigan? (0-10)",
    "Gaano ka malamang na magrekomenda ng aming app sa kakilala mo?",
])
def test_the_nps_question_in_the_survey_tools_language_is_the_nps(header: str) -> None:
    from listenwell.analysis.roster_signals import NPS
    assert NPS.columns([header]) == [header]


def test_the_reason_given_for_a_hungarian_nps_score_is_not_the_nps() -> None:
    from listenwell.analysis.roster_signals import NPS
    score = "Mennyire valószínű, hogy ajánlaná a webáruházunkat? (0-10)"
    assert NPS.columns([score, "Mennyire valószínű, hogy ajánlaná? – indoklás"]) == [score]


def test_ukrainian_and_russian_caseworker_notes_leave_out_who_must_not_be_asked() -> None:
    from listenwell.analysis.roster_signals import (last_interviewed_in_roster, left_out_by_roster, legal_matter,
                                                    moved_away, through_someone)
    today = dt.date(2026, 11, 28)

    def client(pid: str, note: str) -> Participant:
        """A client who opened the app last week and said yes to research; ``note`` the caseworker's."""
        return Participant(pid=pid, attributes={"App zuletzt aktiv": "20.11.2026", "Forschung ok": "ja",
                                                "Bemerkungen": note})
    said = {"C1": ("Працює у нас на рецепції, з вересня", "staff"),
            "C2": ("Наша волонтерка, перекладає на зустрічах", "staff"),
            "C3": ("Сотрудник", "staff"),
            "C4": ("Попросив більше не дзвонити йому", "asked not to be contacted"),
            "C5": ("Больше не звонить, конфликт с соседями", "the roster's note says so"),
            "C6": ("Відмовилася від участі в опитуванні", "asked not to be interviewed"),
            "C7": ("Тяжёлое состояние. Не привлекать", "the roster's note says so"),
            "C8": ("Отозвала согласие 02.11.2026", "the roster's note says so"),
            "C9": ("На кризовому плані у психолога", "a sensitive or restricted record"),
            "C10": ("Після госпіталізації, не турбувати до лютого", "the roster's note says so"),
            "C11": ("Несовершеннолетний, 17 лет, живёт с тётей", "under 18")}
    for pid, (note, why) in said.items():
        assert (left_out_by_roster(client(pid, note), today) or "").startswith(why), (note, why)
    # a relative's job or age, a call refused at a time of day, an interview planned: not theirs, not a no
    for note in ("Її мама працює у нас на кухні", "Син 15 років, ходить до школи", "Не дзвонити після 18:00",
                 "Не турбувати до 10 ранку", "Не звонить по выходным",
                 "Интервью для исследования назначено на 10.12.2026", "Сотрудник Jobcenter обещал перезвонить"):
        p = client("K", note)
        assert left_out_by_roster(p, today) is None and last_interviewed_in_roster(p, today=today) is None, note
    # named when chosen: contact through the caseworker, a return home, a deportation case, a German legal note
    assert through_someone(client("N1", "Контакт только через куратора"))
    assert moved_away(client("N2", "Вернулась в Украину в октябре"))
    assert moved_away(client("N3", "Переїхав до Hamburg, справу закрито"))
    assert moved_away(client("N4", "Переїхала в нову квартиру в Marzahn")) is None
    for note in ("Справа про депортацію в суді", "Abschiebung droht, Anwältin beauftragt", "facing deportation"):
        p = client("N5", note)
        assert legal_matter(p) and left_out_by_roster(p, today) is None, note
    # an earlier research interview with its day, for --exclude-recent
    assert last_interviewed_in_roster(client("I1", "Інтерв’ю для дослідження (робота) 14.10.2026")) \
        == dt.date(2026, 10, 14)
    assert last_interviewed_in_roster(client("I2", "Провели интервью 03.09.2026")) == dt.date(2026, 9, 3)


def test_a_yes_in_a_minor_column_leaves_them_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    for column, yes in (("Kind/Minderjährig", "ja"), ("Minderjährig", "Ja"), ("Minor", "Yes"), ("Under 18", "TRUE"),
                        ("Mineur", "oui"), ("Menor de edad", "Sí"), ("Is minor", "1")):
        assert (left_out_by_roster(person("m", **{column: yes}), TODAY) or "").startswith("under 18"), column
    for column, value in (("Kind/Minderjährig", "nein"), ("Minor", "No"), ("Kind", "ja"), ("Kinder", "2"),
                          ("Under 18", "")):
        assert left_out_by_roster(person("a", **{column: value}), TODAY) is None, (column, value)


def test_a_caseworker_column_is_no_legal_guardian() -> None:
    from listenwell.analysis.roster_signals import (acts_for_them_in_roster, left_out_by_roster,
                                                    staff_assignment_columns)
    staff = ("Petra Lange", "Jonas Weber", "Ayşe Demir")
    people = [person(f"p{i}", **{"Betreuer/in": staff[i % 3]}) for i in range(24)]
    assert [left_out_by_roster(p, TODAY) for p in people] == [None] * 24
    assert staff_assignment_columns(people) == ["Betreuer/in"] and acts_for_them_in_roster(people) == {}
    # a legal one says so, in its name or its value, and leaves out; a caseworker's column is none
    for column, value in (("Gesetzliche/r Betreuer/in", "Frau Roth"), ("Rechtliche Betreuung", "Herr Kaya"),
                          ("Vormund", "Jugendamt Mitte"), ("Betreuer/in", "Frau Roth (gesetzliche Betreuerin)"),
                          ("Legal guardian", "Tom Ward")):
        why = left_out_by_roster(person("g", **{column: value}), TODAY) or ""
        assert why.startswith("has a legal guardian"), column
    assert left_out_by_roster(person("s", **{"Betreuer/in (Sozialarbeit)": "Frau Roth"}), TODAY) is None
    # a guardian of each person's own, a name for a few of them: named when chosen, not a staff column
    own = [person(f"o{i}", **({"Betreuer": f"Angehörige {i}"} if i < 4 else {})) for i in range(24)]
    assert staff_assignment_columns(own) == [] and sorted(acts_for_them_in_roster(own)) == ["o0", "o1", "o2", "o3"]


# a donor CRM's "Description": development officers' notes, read like any notes column
def _donor(pid: str, note: str, **attrs: str) -> Participant:
    return Participant(pid=pid, email=f"{pid.lower()}@example.org",
                       attributes={"number of gifts": "3", "description": note,
                                   **{k.replace("_", " "): v for k, v in attrs.items()}})


def test_a_description_is_read_as_notes_and_a_request_about_their_giving_leaves_them_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, never_about

    asked = _donor("D1", "Prefers to stay anonymous. She asked us never to contact her about her donations.")
    assert left_out_by_roster(asked, TODAY).startswith("asked not to be contacted about their giving (description:")
    # about something else, or no solicitations: named, for the researcher to judge against the study
    other = _donor("D2", "Never ask him about volunteering shifts, he is too busy.")
    assert left_out_by_roster(other, TODAY) is None and never_about(other)
    assert never_about(_donor("D3", "Monthly donor. No solicitations please.")) is not None
    assert never_about(_donor("D4", "Monthly donor since 2019, loves the newsletter.")) is None
    assert never_about(_donor("D5", "Do not call her on weekends")) is None  # when, not what
    # a product's own description column is no note
    assert left_out_by_roster(Participant(pid="X", attributes={"product description": "Never ask her about gifts"}),
                              TODAY) is None


def test_a_hold_on_contact_until_a_day_leaves_them_out_until_then() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, on_hold_unclear

    held = _donor("H1", "Lost her job in May. Board chair says: no outreach until autumn 2026, be gentle.")
    assert left_out_by_roster(held, dt.date(2026, 6, 1)) == (
        "no contact until 2026-09-01, by the roster's note (description: Lost her job in May. Board chair says: "
        "no outreach until autumn 2026, be gentle.)")
    assert left_out_by_roster(held, dt.date(2026, 10, 1)) is None  # the day has come
    dated = _donor("H2", "Do not contact until 1/15/2027 (surgery)")
    assert left_out_by_roster(dated, TODAY).startswith("no contact until 2027-01-15")
    # an end with no year, or not a day at all: named
    vague = _donor("H3", "Hold off on contact until after the gala")
    assert left_out_by_roster(vague, TODAY) is None and on_hold_unclear(vague)
    assert on_hold_unclear(_donor("H4", "Calls until noon only, she works nights")) is None
    assert on_hold_unclear(_donor("H5", "No calls or emails until 10am, she works nights")) is None


def test_staff_by_a_donor_crms_affiliation_or_a_notes_aside() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster

    assert left_out_by_roster(_donor("S1", "", primary_affiliation="Employee"), TODAY) == \
        "staff, by the roster's relationship (primary affiliation: Employee)"
    assert left_out_by_roster(_donor("S2", "Runs the Saturday warehouse crew (staff)."), TODAY).startswith(
        "staff, by the roster's note")
    # a school's role is the people it studies, not ours
    assert left_out_by_roster(_donor("S3", "", role="Staff"), TODAY) is None


def test_calls_refused_with_another_way_said_fine_is_a_channel_not_a_no() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, reached_one_way

    texts = _donor("C1", "Do not phone me please - texting is fine", phone="(509) 555-0100")
    assert left_out_by_roster(texts, TODAY) is None and reached_one_way(texts)
    assert way_not_in_roster(texts) is None  # texting: a phone number is there
    # more refused than calls: still a no
    more = _donor("C2", "Email is fine but please no calls, interviews or surveys.")
    assert left_out_by_roster(more, TODAY) is not None


def test_a_donors_contact_through_an_officer_a_relative_or_a_confidential_note_is_named() -> None:
    from listenwell.analysis.roster_signals import (acts_for_them, confidential_note, insider_or_partner,
                                                    through_someone)

    assert through_someone(_donor("T1", "All correspondence goes through her advisor, Ms Perez."))
    assert through_someone(_donor("T2", "Legacy prospect, handled via the major gifts officer (J. Tan)"))
    assert through_someone(_donor("T3", "Gave at the gala in 2024.")) is None
    assert acts_for_them(_donor("R1", "In a care home now; daughter (Ana) handles his post"))
    assert confidential_note(_donor("K1", "Receives meals from our programme. Keep confidential."))
    assert confidential_note(_donor("K2", "Confidential gifts are welcome, says the website")) is None
    assert insider_or_partner(_donor("B1", "", constituent_type="Trustee"))
    assert insider_or_partner(_donor("B2", "Serves on our board since 2022."))
    assert insider_or_partner(_donor("B3", "", primary_affiliation="Corporate Sponsor"))
    assert insider_or_partner(_donor("B4", "", role="Director")) is None  # a job title, not our board


def test_a_plan_names_the_chosen_whose_donor_notes_need_a_look() -> None:
    people = [_donor("N1", "Met at the spring fun run."),
              _donor("N2", "Client of our food pantry - CONFIDENTIAL."),
              _donor("N3", "No asks until the campaign ends."),
              _donor("N4", "Gives every December.")]
    warnings = plan_mix(people, MixOptions(size=4, as_of=TODAY)).warnings
    assert any(w.startswith("1 of the 4 chosen has a note that marks something about them confidential: N2")
               for w in warnings), warnings
    assert any(w.startswith("1 of the 4 chosen is not to be contacted until a time the plan could not read") and
               "N3" in w for w in warnings), warnings
    # (a count of gifts with no day beside it gives no usage, said of all four: not a note's warning)
    assert not any("N4" in w for w in warnings if "no usage value" not in w), warnings


def test_a_portuguese_death_is_the_rows_own_unless_a_relative_or_another_named_person_stands_before_it():
    from listenwell.analysis.roster_signals import left_out_by_roster
    # (our own rows: a grocer who died, his daughter who runs the shop now, a widow whose husband died)
    owner = Participant(pid="7", name="Joaquim Braga", attributes={"observacoes": "Seu Joaquim faleceu em maio. Filha assumiu"})
    heir = Participant(pid="8", name="Marta Braga", attributes={"observacoes": "Filha do Seu Joaquim (falecido), cuida da loja"})
    named = Participant(pid="9", name="Marta Braga", attributes={"observacoes": "Seu Joaquim faleceu em maio, ela assumiu"})
    widow = Participant(pid="10", name="Rosa Lima", attributes={"observacoes": "Marido faleceu ano passado"})
    plain = Participant(pid="11", name="Ivo Teles", attributes={"observacoes": "Faleceu em 2025, avisou a esposa"})
    assert (left_out_by_roster(owner, TODAY) or "").startswith("deceased")
    assert (left_out_by_roster(plain, TODAY) or "").startswith("deceased")
    assert left_out_by_roster(heir, TODAY) is None
    assert left_out_by_roster(named, TODAY) is None
    assert left_out_by_roster(widow, TODAY) is None
    after = Participant(pid="12", name="Rosa Lima", attributes={"observacoes": "Faleceu o pai dela em março"})
    assert left_out_by_roster(after, TODAY) is None  # (the subject after the verb: her father)


def test_a_portuguese_one_channel_note_is_a_way_to_reach_them_not_a_no():
    from listenwell.analysis.roster_signals import left_out_by_roster, reached_one_way
    for note in ("só WhatsApp, não ligar", "Contato somente por WhatsApp", "apenas e-mail, não ligar"):
        p = Participant(pid="1", name="Ana Reis", attributes={"observacoes": note, "celular": "(21) 98888-1234"})
        assert left_out_by_roster(p, TODAY) is None, note
        assert reached_one_way(p), note
    refused = Participant(pid="2", name="Ana Reis", attributes={"observacoes": "não ligar, não quer pesquisa"})
    assert reached_one_way(refused) is None


def test_a_complaint_to_procon_a_lawsuit_and_an_insolvency_are_legal_matters_named_not_left_out():
    from listenwell.analysis.roster_signals import left_out_by_roster, legal_matter
    for note in ("Reclamação no Procon sobre cobrança, audiência marcada", "Ação judicial contra a empresa em curso",
                 "Em recuperação judicial desde 2025", "Pedido de falência em análise", "Company in administration since May",
                 "Filed Chapter 11 in March", "Insolvency proceedings opened"):
        p = Participant(pid="1", name="Caio Lopes", attributes={"observacoes": note})
        assert legal_matter(p), note
        assert left_out_by_roster(p, TODAY) is None, note
    for note in ("Works in administration at the hospital", "Reclamou no Reclame Aqui, resolvido", "só vender à vista"):
        assert legal_matter(Participant(pid="2", attributes={"observacoes": note})) is None, note


def test_a_spanish_case_before_a_regulator_is_a_legal_matter_named_not_left_out():
    from listenwell.analysis.roster_signals import left_out_by_roster, legal_matter
    for note in ("Expediente abierto en CONAMED por diagnóstico", "Queja ante la PROFECO por cobro doble",
                 "reclamación en Condusef, pendiente", "denuncia ante el INAI por sus datos"):
        p = Participant(pid="1", name="Irma Soto", attributes={"notas de soporte": note})
        assert legal_matter(p), note
        assert left_out_by_roster(p, TODAY) is None, note
    for note in ("Caso con CONAMED cerrado en 2025", "pidió factura por PROFECO?", "caso abierto por cobro"):
        assert legal_matter(Participant(pid="2", attributes={"notas de soporte": note})) is None, note


def test_a_privacy_notice_not_accepted_leaves_them_out_an_empty_one_does_not():
    from listenwell.analysis.roster_signals import left_out_by_roster
    for col, no in (("Aviso de privacidad aceptado", "No"), ("Privacy notice accepted", "N"),
                    ("accepted_privacy_policy", "FALSE"), ("Acepta aviso de privacidad", "no")):
        p = Participant(pid="1", name="Beto Luna", attributes={col: no, "acepta ser contactado": "Sí"})
        assert (left_out_by_roster(p, TODAY) or "").startswith("did not accept the privacy notice"), col
    for col, value in (("Aviso de privacidad aceptado", "Sí"), ("Aviso de privacidad aceptado", ""),
                       ("Privacy level", "No"), ("Accepted terms", "No")):
        p = Participant(pid="2", name="Beto Luna", attributes={col: value})
        assert "privacy" not in (left_out_by_roster(p, TODAY) or ""), (col, value)


def test_a_dependent_on_someone_elses_family_account_is_named_with_the_holder_not_left_out():
    from listenwell.analysis.roster_signals import dependent_on_account, left_out_by_roster

    def member(pid: str, name: str, **cols: str) -> Participant:
        return Participant(pid=pid, name=name, email=f"{pid}@correo.example",
                           attributes={"sessions_30d": "5", **{k.replace("_", " "): v for k, v in cols.items()}})
    people = [
        member("A1", "Inés Robles", Titular_de_la_cuenta="Inés Robles", Parentesco="titular"),
        member("A2", "Delia Mora", Titular_de_la_cuenta="Inés Robles", Parentesco="Madre"),
        member("A3", "Óscar Robles", Titular_de_la_cuenta="Inés Robles", Parentesco="cónyuge"),
        # (an insurer's and a family plan's English columns; with no relationship, a holder who is someone else)
        member("B1", "Ray Park", Relationship_to_subscriber="Child", Primary_member="Dee Park"),
        member("B2", "Dee Park", Relationship_to_subscriber="Self", Primary_member="Dee Park"),
        member("C1", "Lou Kim", Account_holder="Jo Kim"),
        member("C2", "Jo Kim", Account_holder="Jo Kim"),
        member("D1", "Sam Bell", Relationship="Customer"),  # (a B2B CRM's relationship: no one's dependent)
    ]
    found = {p.pid for p in people if dependent_on_account(p)}
    assert found == {"A2", "A3", "B1", "C1"}
    assert "Inés Robles" in (dependent_on_account(people[1]) or "")
    assert all(left_out_by_roster(p, TODAY) is None for p in people)
    plan = plan_mix(people, MixOptions(size=len(people), as_of=TODAY))
    named = next(w for w in plan.warnings if "someone else's account" in w)
    assert set(re.findall(r"\b[A-D]\d\b", named)) == {"A2", "A3", "B1", "C1"}


def test_a_relative_who_books_their_consultations_acts_for_them() -> None:
    from listenwell.analysis.roster_signals import acts_for_them
    for note in ("su hija agenda las consultas", "Su hijo siempre reserva sus citas", "daughter books her appointments",
                 "son (Raúl) schedules his visits"):
        assert acts_for_them(Participant(pid="1", attributes={"notas de soporte": note})), note
    for note in ("agenda consultas los lunes", "books appointments for her daughter?"):
        assert acts_for_them(Participant(pid="2", attributes={"notas de soporte": note})) is None, note


def test_a_relative_of_our_staff_is_named_when_chosen_not_left_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    warnings = chosen_warnings({"R1": "Irmão do Paulo (representante), compra às sextas",
                                "R2": "Cousin of our sales rep Dana",
                                "R3": "Sobrinha da nossa gerente",
                                "R4": "Filho do dono assumiu a loja",  # (the owner's son: no staff said)
                                "R5": "Sister of a regular customer"})
    relatives = next(w for w in warnings if "relative of our staff" in w or "relatives of our staff" in w)
    assert set(re.findall(r"R\d", relatives)) == {"R1", "R2", "R3"}
    assert left_out_by_roster(person("R1", notes="Irmão do Paulo (representante)"), TODAY) is None


def test_a_short_portuguese_rep_note_is_in_a_language_the_plan_reads() -> None:
    from listenwell.analysis.roster_signals import in_a_language_read, unread_words
    # (few everyday words, no accent: its verbs say Portuguese)
    for note in ("Prefere pagar via Pix", "Quer receber via transportadora"):
        assert in_a_language_read(note) and unread_words(note) == (), note


def test_the_unread_notes_warning_shows_every_note_column_the_rosters_own_first_and_every_person() -> None:
    # a CRM's notes beside a survey's free-text answer, both in a script the rules do not read: the CRM's
    # note (here "passed away", in Georgian) must not hide behind the survey's comment
    comments = ["ძალიან კარგი აპლიკაციაა, ყოველდღე ვიყენებ", "მომწონს შეხსენებები, არასდროს მავიწყდება წამალი",
                "კარგია მაგრამ ზოგჯერ ძალიან ნელა იტვირთება", "ხანდახან იჭედება როცა ფოტოს ვტვირთავ",
                "ყველაფერი კარგადაა, მადლობა თქვენს გუნდს", "ძალიან მოსახერხებელია ჩემი დედისთვის",
                "მეტი ფუნქცია მინდა ექიმთან კავშირისთვის"]
    nurses = ["", "მუშაობს ღამის ცვლაში ყოველ კვირას", "ბავშვთა განყოფილებაში მუშაობს დიდი ხანია",
              "ახლახან დაიწყო მუშაობა ჩვენთან", "ტესტირებისთვის იყენებს ანგარიშს", "შვებულებაშია მომავალ თვემდე",
              "ხშირად გვიგზავნის შენიშვნებს"]
    people = [Participant(pid=f"G{i}", email=f"g{i}@mail.example",
                          attributes={"sessions_30d": "5", "why did you give that score?": comments[i],
                                      "notes": "გარდაიცვალა, ქალიშვილმა დარეკა და გვითხრა" if i == 0 else
                                      f"კლინიკის ექთანი, {nurses[i]}"})
              for i in range(7)]
    plan = plan_mix(people, MixOptions(size=7, as_of=TODAY))
    unread = next(w for w in plan.warnings if "could not read" in w)
    assert ("G0 (notes: 'გარდაიცვალა, ქალიშვილმა დარეკა და გვითხრა'; why did you give that score?: "
            "'ძალიან კარგი აპლიკაციაა, ყოველდღე ვიყენებ')") in unread, unread
    assert all(f"G{i} (" in unread for i in range(7)) and "more)" not in unread, unread
    # under a header no rule reads ("remarks" in Georgian), read as notes by what it holds: still before
    # the survey's question
    for p in people:
        p.attributes["შენიშვნები"] = p.attributes.pop("notes")
    unread = next(w for w in plan_mix(people, MixOptions(size=7, as_of=TODAY)).warnings if "could not read" in w)
    assert "G0 (შენიშვნები: 'გარდაიცვალა, ქალიშვილმა დარეკა და გვითხრა'; why did you give" in unread, unread


def test_a_note_is_in_a_language_the_rules_read_only_by_several_of_its_words() -> None:
    from listenwell.analysis.roster_signals import in_a_language_read
    # Polish letters in several words, French and German everyday words: read
    assert in_a_language_read("Księgowa na etacie, zajęta do końca miesiąca")
    assert in_a_language_read("Travaille de nuit chez un fournisseur")
    # Hungarian, which no rule reads: one letter shared with a language read ("é", "á") or one word ("a")
    # is no sign of a language the rules read (Vietnamese, read since, was this test's first example)
    for note in ("Tegnap visszahívtuk, a vevő elfoglalt volt", "Éjszakai műszakban dolgozik, hétfőn pihen"):
        assert not in_a_language_read(note), note
    warnings = chosen_warnings({"V1": "Tegnap visszahívtuk, a vevő elfoglalt volt", "V2": "Loves the budgeting feature"})
    assert any("V1" in w and "not in a language it reads" in w for w in warnings), warnings
    assert not any("in a language the rules read" in w for w in warnings), warnings


# a health plan's member extract: its own columns say who may not be asked (hospice, disenrolled) and how
# to reach the rest (TTY, an authorized representative); our own made-up members, read by header and by note
def _member(pid: str, **cols: str) -> Participant:
    return Participant(pid=pid, name=f"MEMBER, {pid}", attributes={"calls_12m": "6", **cols})


def test_a_member_in_hospice_is_left_out_by_a_flag_a_dated_column_or_their_own_note() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    for cols in ({"hospice_ind": "1"}, {"HOSPICE_FLAG": "TRUE"}, {"Hospice Election Date": "2026-05-02"},
                 {"care_mgr_notes": "Elected hospice 5/20, flag not set yet"}, {"notes": "on home hospice since April"}):
        assert left_out_by_roster(_member("H1", **cols), TODAY).startswith("in hospice care"), cols
    for cols in ({"hospice_flag": "N"}, {"hospice_flag": "0"}, {"notes": "her husband in hospice, call after 3"},
                 {"notes": "volunteers at the hospice shop"}):
        assert left_out_by_roster(_member("H2", **cols), TODAY) is None, cols


def test_a_disenrolled_member_is_left_out_but_a_subscriptions_end_is_still_a_lapse() -> None:
    from listenwell.analysis.roster_signals import NO_LONGER_A_MEMBER, leaving_the_plan, left_out_by_roster
    for cols in ({"DISENROLL_DT": "03/31/2026"}, {"Disenrollment Date": "2025-12-31"}, {"coverage_end_date": "2026-01-31"},
                 {"elig_term_dt": "05/31/2026"}, {"disenrolled": "Y"}):
        assert left_out_by_roster(_member("D1", **cols), TODAY).startswith(NO_LONGER_A_MEMBER), cols
    # a date ahead (and one that is ahead read either way round) is named, not left out
    for cols in ({"DISENROLL_DT": "12/31/2026"}, {"disenroll_dt": "06/07/2026"}):
        p = _member("D2", **cols)
        assert left_out_by_roster(p, TODAY) is None and leaving_the_plan(p, TODAY), cols
    assert left_out_by_roster(_member("D3", disenroll_dt=""), TODAY) is None
    # a subscription's churn date is not a member leaving: the usage reads it as lapsed
    p = Participant(pid="S1", attributes={"status": "canceled", "canceled_at": "2026-03-01", "logins_30d": "0"})
    assert left_out_by_roster(p, TODAY) is None
    assert usage([{"status": "canceled", "canceled_at": "2026-03-01"}]) == ["lapsed"]


def test_a_death_a_note_says_of_the_rows_own_member_later_in_the_note_leaves_them_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    for note in ("per son - member passed away 4/30, date of death not in system yet",
                 "Called, wife said patient died last week", "FYI the member is deceased per family"):
        assert left_out_by_roster(_member("X1", care_mgr_notes=note), TODAY).startswith("deceased"), note
    for note in ("member's husband passed away in March", "member reports her sister died, grieving",
                 "membership expired in May"):
        assert left_out_by_roster(_member("X2", care_mgr_notes=note), TODAY) is None, note


def test_open_grievances_appeals_and_regulator_complaints_are_named_as_legal_matters() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, legal_matter
    for cols in ({"GRIEVANCE_OPEN": "Y"}, {"appeal_pending": "1"}, {"Appeal Status": "Pending"},
                 {"notes": "appeal of the Part B claim denial still pending"}, {"notes": "Filed a grievance on 4/2"},
                 {"notes": "lodged a complaint with the state insurance commissioner"},
                 {"notes": "filed Medicare complaint re transport"}, {"notes": "complained to the ICO about her data, May"}):
        p = _member("G1", **cols)
        assert legal_matter(p) and left_out_by_roster(p, TODAY) is None, cols
    for cols in ({"GRIEVANCE_OPEN": "N"}, {"Appeal Status": "Closed"}, {"notes": "gave to the spring appeal"},
                 {"notes": "appeal of claim denial resolved in April"}, {"notes": "CMS complaint about the editor"},
                 {"notes": "grievance resolved"}):
        assert legal_matter(_member("G2", **cols)) is None, cols


def test_a_dispute_or_complaint_still_open_in_a_note_is_named_as_a_legal_matter_as_its_column_is() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, legal_matter
    for note in ("in dispute with us over the delivery fee", "open complaint about payouts", "payout dispute still pending",
                 "complaint under review since 3/10", "vẫn đang khiếu nại về tiền hoàn", "tranh chấp chưa giải quyết",
                 "chủ tiệm đang tranh chấp hợp đồng"):
        p = _member("D1", notes=note)
        assert legal_matter(p) and left_out_by_roster(p, TODAY) is None, note
    for note in ("fee dispute settled in June", "no open complaints", "complained once about the app, fine now",
                 "requested no contact after a billing dispute", "đã khiếu nại về phí, đã giải quyết",
                 "khiếu nại đã giải quyết xong"):
        assert legal_matter(_member("D2", notes=note)) is None, note


def test_a_tty_column_a_care_facility_and_an_authorized_representative_are_named() -> None:
    from listenwell.analysis.roster_signals import acts_for_them, in_care_facility, left_out_by_roster, to_arrange
    for cols in ({"TTY_FLAG": "Y"}, {"tdd": "yes"}, {"Relay Service": "TRUE"}, {"interpreter_needed": "1"}):
        p = _member("T1", **cols)
        assert to_arrange(p) and left_out_by_roster(p, TODAY) is None, cols
    assert to_arrange(_member("T2", TTY_FLAG="N")) is None
    for cols in ({"notes": "in SNF since March"}, {"snf_flag": "Y"}, {"notes": "resides in a nursing home"}):
        assert in_care_facility(_member("C1", **cols)), cols
    assert in_care_facility(_member("C2", notes="mother moved to a nursing home")) is None
    for col in ("AUTH_REP_NAME", "Authorized Representative", "authorised_rep", "AOR name"):
        p = _member("R1", **{col: "ROE, JANE"})
        assert acts_for_them(p) and left_out_by_roster(p, TODAY) is None, col


def test_a_plan_employee_is_left_out_their_spouse_and_a_former_employee_named() -> None:
    from listenwell.analysis.roster_signals import former_staff, left_out_by_roster, relative_of_staff
    why = left_out_by_roster(_member("E1", notes="member is a plan employee (claims)"), TODAY)
    assert why and why.startswith("staff")
    for note in ("member is a plan employee's spouse", "daughter of a plan employee"):
        p = _member("E2", notes=note)
        assert relative_of_staff(p) and left_out_by_roster(p, TODAY) is None, note
    for note in ("ex-employee", "Former staff member, left 2024", "used to work here"):
        p = _member("E3", notes=note)
        assert former_staff(p) and left_out_by_roster(p, TODAY) is None, note
    assert former_staff(_member("E4", notes="works with a former employee of ours on the board")) is None


def test_a_plan_names_tty_members_and_leaves_out_the_disenrolled() -> None:
    people = [_member(f"M{i}", tty_flag="Y" if i == 1 else "N", disenroll_dt="01/31/2026" if i == 2 else "")
              for i in range(1, 6)]
    plan = plan_mix(people, MixOptions(size=5, as_of=TODAY))
    assert [pid for pid, _ in plan.excluded] == ["M2"]
    arrange = next(w for w in plan.warnings if "arranged before the interview" in w)
    assert "M1 (tty_flag: Y)" in arrange


def _app_member(pid: str, **attrs: str) -> Participant:
    """A member of a social or dating app, as an admin export joined with trust-and-safety columns
    writes one: a clean, active account unless the keywords say more."""
    return Participant(pid=pid, email=f"{pid.lower()}@mail.example", attributes={
        "sessions_30d": "9", "account_status": "active", "times_reported": "0", "blocked_by": "0",
        **{k.replace("_", " "): v for k, v in attrs.items()}})


def test_a_count_of_blocks_by_other_users_is_not_a_blocked_account_and_a_high_one_is_named() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, reported_by_others
    once = _app_member("M1", blocked_by="1")
    assert left_out_by_roster(once, TODAY) is None and reported_by_others(once) is None
    # the account's own flag still says blocked: left out
    assert "blocked" in (left_out_by_roster(_app_member("M2", blocked="yes"), TODAY) or "")
    assert "blocked" in (left_out_by_roster(_app_member("M2", **{"Blocked account (Y/N)": "Y"}), TODAY) or "")
    often = _app_member("M3", times_reported="5", blocked_by="12")
    assert left_out_by_roster(often, TODAY) is None
    assert reported_by_others(often) == "times reported: 5, blocked by: 12"
    assert reported_by_others(_app_member("M4", times_reported="2", blocked_by="2")) is None
    warnings = plan_mix([once, often, _app_member("M5")], MixOptions(size=3, as_of=TODAY)).warnings
    named = next(w for w in warnings if "reported or blocked by other users" in w)
    assert "M3 (times reported: 5, blocked by: 12)" in named and "M1" not in named, named


def test_an_open_safety_case_and_contact_only_through_a_team_by_its_short_name_are_named() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, safety_case, through_someone
    victim = _app_member("S1", moderator_notes="reported a match for stalking; open safety case. Contact only via T&S")
    assert left_out_by_roster(victim, TODAY) is None
    assert safety_case(victim) and through_someone(victim)
    assert through_someone(_app_member("S2", notes="reach only through Legal please"))
    assert through_someone(_app_member("S3", notes="Prefers contact only via email")) is None  # a channel, not a team
    assert safety_case(_app_member("S4", notes="harassed by a match in March, T&S ticket 5512"))
    assert safety_case(_app_member("S5", notes="safety report closed, no action")) is None
    assert safety_case(_app_member("S6", notes="victim of card fraud, refunded")) is None  # a bank's, not a case
    warnings = plan_mix([victim, _app_member("S7")], MixOptions(size=2, as_of=TODAY)).warnings
    assert any(w.startswith("1 of the 2 chosen is in an open trust-and-safety case") and "S1" in w
               for w in warnings), warnings
    assert any("contacted only through someone else" in w and "S1" in w for w in warnings), warnings


def test_a_shadowbanned_or_under_review_account_and_a_law_enforcement_request_are_named() -> None:
    from listenwell.analysis.roster_signals import legal_matter, left_out_by_roster, under_moderation
    people = [_app_member("A1", account_status="shadowbanned"), _app_member("A2", account_status="UNDER_REVIEW"),
              _app_member("A3", account_status="active", notes="LE request pending (subpoena received 3 Nov)"),
              _app_member("A4")]
    assert [left_out_by_roster(p, TODAY) for p in people] == [None] * 4
    assert under_moderation(people[0]) == "account status: shadowbanned"
    assert under_moderation(people[1]) == "account status: UNDER_REVIEW"
    assert under_moderation(people[3]) is None and under_moderation(_app_member("A5", plan_status="under review")) is None
    assert legal_matter(people[2]) and legal_matter(_app_member("A6", notes="law-enforcement request pending"))
    said = "\n".join(plan_mix(people, MixOptions(size=4, as_of=TODAY)).warnings)
    assert "2 of the 4 chosen have accounts under moderation" in said and "A1" in said and "A2" in said, said
    assert "has a legal matter noted in the roster" in said, said


def test_someone_who_says_they_are_under_18_in_chat_words_is_left_out_and_others_are_not() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    said = "why did you give that score?"
    for words in ("honestly im 17 lol put 18 on sign up, its fine", "ngl im 16 but the app is fun",
                  "great app and im 17 years old"):
        assert "under 18, in their own words" in (left_out_by_roster(_app_member("Y1", **{said: words}), TODAY) or ""), words
    for words in ("I was 17 when I first signed up, love it", "my son is 17 and uses it too",
                  "feels like im 17 again lol", "tbh im 34, not the target user", "when im 17 i will be allowed"):
        assert left_out_by_roster(_app_member("Y2", **{said: words}), TODAY) is None, words


def test_a_failed_lookup_matters_most_in_a_column_that_leaves_people_out() -> None:
    from listenwell.analysis.roster_signals import lookup_failed_deciding, lookup_failed_other
    people = [Participant(pid="K1", attributes={"crm_flags": "Deceased", "state": "OH", "shoe size": "42"}),
              Participant(pid="K2", attributes={"state": "OH"}, lookup_failed=["crm_flags", "shoe size"]),
              Participant(pid="K3", attributes={"crm_flags": "vip"}, lookup_failed=["state", "shoe size"]),
              Participant(pid="K4", attributes={"state": "TX"}, lookup_failed=["Member status"])]
    # a column leaves someone else out (K1's death) or is named for it (a status): what it hides may be
    # why not to ask; a US state, a shoe size: unknown all the same, but no reason to leave anyone out
    assert lookup_failed_deciding(people) == {"K2": "crm_flags; also shoe size", "K4": "Member status"}
    assert lookup_failed_other(people) == {"K3": "state, shoe size"}
    assert lookup_failed_deciding(people[:1]) == {} == lookup_failed_other(people[:1])


def _household(pid: str, **cols: str) -> Participant:
    """A landlord's tenancy row (a portal user) and whatever the export adds."""
    return Participant(pid=pid, attributes={"Repairs Reported Online (12m)": "3", "Tenancy Status": "Current", **cols})


def test_a_former_tenancy_is_left_out_and_asked_for_with_mix() -> None:
    from listenwell.analysis.roster_signals import NOT_A_TENANT, left_out_by_roster
    for cols in ({"Tenancy Status": "Former"}, {"Tenancy Status": "Ended"}, {"tenancy_status": "TERMINATED"},
                 {"Lease Status": "Former tenant"}, {"Tenancy End Date": "31/08/2024"}):
        assert left_out_by_roster(_household("F1", **cols), TODAY).startswith(NOT_A_TENANT), cols
    for cols in ({"Tenancy Status": "Current"}, {"Tenancy End Date": "31/03/2027"}, {"Tenancy Status": "Notice given"},
                 {"Account Status": "Closed"}):
        assert left_out_by_roster(_household("F2", **cols), TODAY) is None, cols
    p = _household("F3", **{"Tenancy Status": "Former"})
    assert left_out_by_roster(p, TODAY, keep=frozenset({"Tenancy Status"})) is None
    people = [_household(f"C{i}") for i in range(6)] + [p]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY))
    assert "F3" not in [q.pid for q in plan.chosen]
    assert any("not a tenant now" in n and '--mix "Tenancy Status=Former:2"' in n for n in plan.notes + plan.warnings)


def test_a_possession_claim_leaves_a_tenant_out_and_one_withdrawn_does_not() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    for cols in ({"Tenancy Status": "Eviction proceedings"}, {"Tenancy Status": "NOSP served"},
                 {"Officer Notes": "Possession hearing 03/02/2027, rent arrears"},
                 {"Officer Notes": "notice seeking possession served last week"}):
        assert "eviction or possession" in (left_out_by_roster(_household("E1", **cols), TODAY) or ""), cols
    for cols in ({"Officer Notes": "possession claim withdrawn after payment plan"},
                 {"Officer Notes": "was evicted from a private let in 2019"}, {"Officer Notes": "in possession of keys"}):
        assert left_out_by_roster(_household("E2", **cols), TODAY) is None, cols


def test_a_note_that_they_work_for_us_is_staff_and_one_of_a_thing_is_not() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, marked_staff
    for note in ("works for us in the lettings team", "She works for us", "employed by us as a gas engineer"):
        p = _household("S1", **{"Officer Notes": note})
        assert left_out_by_roster(p, TODAY).startswith("staff") and marked_staff(p), note
    for note in ("the new app works for us", "it works for us in the mornings", "no longer works for us in the call centre"):
        p = _household("S2", **{"Officer Notes": note})
        assert not marked_staff(p), note
        assert not (left_out_by_roster(p, TODAY) or "").startswith("staff"), note


def test_a_safeguarding_flag_among_others_is_a_sensitive_record_and_other_flags_are_read_like_notes() -> None:
    from listenwell.analysis.roster_signals import SENSITIVE_RECORD, left_out_by_roster, to_arrange, visit_safety
    for flags in ("Safeguarding \u2013 adult", "Mobility; Safeguarding - child", "Adult safeguarding; Diabetes",
                  "safeguarding concern"):
        p = _household("V1", **{"Vulnerability Flags": flags})
        assert left_out_by_roster(p, TODAY).startswith(SENSITIVE_RECORD), flags
        assert left_out_by_roster(p, TODAY, keep=frozenset({"Vulnerability Flags"})) is None, flags
    for flags in ("No safeguarding concerns", "Mobility; Diabetes", "Hard of hearing"):
        assert left_out_by_roster(_household("V2", **{"Vulnerability Flags": flags}), TODAY) is None, flags
    assert to_arrange(_household("V3", **{"Vulnerability Flags": "Mobility; Hearing impaired"}))
    for cols in ({"Vulnerability Flags": "Lone worker alert \u2013 visit in pairs"},
                 {"Officer Notes": "do not visit alone - dog"}, {"Tenancy alerts": "Two-officer visits only"}):
        assert visit_safety(_household("V4", **cols)) and left_out_by_roster(_household("V4", **cols), TODAY) is None, cols
    assert visit_safety(_household("V5", **{"Officer Notes": "visited alone, all fine"})) is None


def test_legal_claim_and_asb_columns_and_notice_given_are_named() -> None:
    from listenwell.analysis.roster_signals import asb_case, left_out_by_roster, legal_matter, tenancy_ending
    for cols in ({"Disrepair Claim (Y/N)": "Y"}, {"Legal case open": "Yes"}, {"Litigation": "1"},
                 {"Disrepair claim status": "Open"}):
        p = _household("L1", **cols)
        assert legal_matter(p) and left_out_by_roster(p, TODAY) is None, cols
    for cols in ({"Disrepair Claim (Y/N)": "N"}, {"Claim": "Y"}, {"Claim status": "Open"}, {"Disrepair claim status": "Closed"}):
        assert legal_matter(_household("L2", **cols)) is None, cols
    for cols in ({"ASB Case Open (Y/N)": "Y"}, {"ASB case status": "Open"}, {"Anti-social behaviour case": "yes"}):
        assert asb_case(_household("A1", **cols)), cols
    assert asb_case(_household("A2", **{"ASB Case Open (Y/N)": "N"})) is None
    assert tenancy_ending(_household("N1", **{"Tenancy Status": "Notice given"}))
    assert tenancy_ending(_household("N2")) is None


def test_an_interpreter_column_that_names_the_language_is_to_arrange() -> None:
    from listenwell.analysis.roster_signals import to_arrange
    for value in ("Sylheti", "Urdu", "BSL", "Polish (Mr only)", "Y"):
        assert to_arrange(_household("I1", **{"Interpreter Required": value})), value
    for value in ("", "N", "No", "None", "English", "n/a", "Not required"):
        assert to_arrange(_household("I2", **{"Interpreter Required": value})) is None, value


def test_an_appointee_or_a_lasting_power_of_attorney_in_a_note_is_named_as_a_proxy() -> None:
    from listenwell.analysis.roster_signals import acts_for_them, left_out_by_roster
    for note in ("grandson is appointee", "Appointee: niece", "DWP appointee in place", "son has LPA",
                 "LPA (health and welfare) held by daughter"):
        p = _household("P1", **{"Officer Notes": note})
        assert acts_for_them(p) and left_out_by_roster(p, TODAY) is None, note
    for note in ("waiting on LPA approval for the extension", "appointed the new officer"):
        assert acts_for_them(_household("P2", **{"Officer Notes": note})) is None, note
    assert acts_for_them(_household("P3", Appointee="Hale, Jo (son)"))


def test_a_contact_number_column_is_a_phone_for_a_note_that_asks_for_texts() -> None:
    # a council's or a landlord's export keeps the phone under "Contact Number" (or "Contact No.")
    for column in ("contact number", "Contact No.", "Landline"):
        asked = person("X5", notes="Prefers a text message only", **{column: "01632 960441"})
        assert way_not_in_roster(asked) is None, column
    assert way_not_in_roster(person("X6", notes="Prefers a text message only", **{"account number": "88120045"})) \
        == "no phone number"


def test_people_missing_from_the_survey_an_opt_in_came_in_are_not_said_to_have_left_it_empty() -> None:
    # a survey merged into the roster: its answers (and its response id) are there only for those who
    # took it; the others were never sent the question, and one who took it skipped it
    survey = {"survey response": "", "ease 1 5": "4", "happy to be contacted for research": "yes"}
    people = [person("S1", **{**survey, "survey response": "r-11"}),
              person("S2", **{**survey, "survey response": "r-12", "happy to be contacted for research": ""}),
              person("S3", **{**survey, "survey response": "r-13"}),
              person("S4"), person("S5")]
    plan = plan_mix(people, MixOptions(size=5, as_of=TODAY))
    said = [w for w in plan.warnings if "happy to be contacted" in w]
    assert any("left" in w and "(S2)" in w for w in said), said
    assert any("not in the file" in w and "S4" in w and "S5" in w for w in said), said
    assert not any("left" in w and "S4" in w for w in said), said


def test_notes_named_for_whose_they_are_with_the_notes_word_first_are_read() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, note_columns
    headers = ["Notas de soporte", "Notes from support", "Notas internas", "Commentaires du conseiller",
               "Observaciones del agente", "Notas", "Note type", "Comments count", "Support tier"]
    assert note_columns(headers) == headers[:6]

    def patient(note: str) -> Participant:
        return Participant(pid="MX-1", email="mx1@example.mx", attributes={"notas de soporte": note, "consultas": "3"})
    # a Mexican support desk's words for a death and for its own staff, under its own header
    assert "deceased" in (left_out_by_roster(patient("paciente finado"), TODAY) or "")
    assert "staff" in (left_out_by_roster(patient("colaborador interno, área de TI"), TODAY) or "")
    assert left_out_by_roster(patient("prefiere que la llamen por la tarde"), TODAY) is None


def _alum(pid: str, **cols: str) -> Participant:
    """A university advancement export's row (made up): an alumna who logs in to the portal, and
    whatever columns the test adds (underscores for spaces)."""
    return Participant(pid=pid, email=f"{pid.lower()}@alum.example.edu",
                       attributes={"constituent code": "Alumni", "portal logins (12 mo)": "14",
                                   **{k.replace("_", " ").lower(): v for k, v in cols.items()}})


def test_a_donor_crms_constituent_code_staff_faculty_or_student_leaves_them_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    why = {code: left_out_by_roster(_alum("C1", Constituent_Code=code), TODAY)
           for code in ("Staff", "Faculty", "Faculty/Staff", "Student", "Alumni", "Parent", "Friend")}
    assert why["Staff"] == "staff, by the roster's relationship (constituent code: Staff)"
    assert why["Faculty"].startswith("staff") and why["Faculty/Staff"].startswith("staff")
    assert why["Student"] == "a current student, not an alumnus (constituent code: Student)"
    assert why["Alumni"] is None and why["Parent"] is None and why["Friend"] is None  # (kept: the README says why)
    # a plan says how to ask for current students where the study wants them
    people = [_alum("S1", Constituent_Code="Student"), _alum("A1"), _alum("A2")]
    plan = plan_mix(people, MixOptions(size=2, as_of=TODAY))
    assert [pid for pid, _ in plan.excluded] == ["S1"]
    assert any('--mix "constituent code=Student:2"' in w for w in plan.warnings + plan.notes), plan.warnings
    asked = plan_mix(people, MixOptions(size=2, as_of=TODAY, weights={"constituent code": {"Student": 1.0,
                                                                                           "Alumni": 1.0}}))
    assert "S1" not in [pid for pid, _ in asked.excluded]


def test_a_note_that_they_work_in_our_office_or_asked_for_no_contact_leaves_them_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    assert "staff" in (left_out_by_roster(_alum("W1", Constituent_notes="current student worker in the alumni office"),
                                          TODAY) or "")
    assert "asked not to be contacted" in (left_out_by_roster(
        _alum("W2", Constituent_notes="Requested no further contact after the parking fine appeal"), TODAY) or "")
    assert left_out_by_roster(_alum("W3", Constituent_notes="requested no contact by phone"), TODAY) is None
    assert left_out_by_roster(_alum("W4", Constituent_notes="works for a law firm downtown"), TODAY) is None
    assert left_out_by_roster(_alum("W5", Constituent_notes="volunteers with the alumni office at reunions"), TODAY) is None


def test_solicit_codes_are_read_one_by_one() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, never_about
    out = {codes: left_out_by_roster(_alum("X1", Solicit_codes=codes), TODAY)
           for codes in ("No Mail; Do Not E-mail", "Do not survey", "Do Not Call", "No Contact",
                         "Do Not Solicit", "Do Not Mail", "Anonymous; No Phonathon")}
    assert out["No Mail; Do Not E-mail"].startswith("opted out of email (solicit codes")
    assert out["Do not survey"].startswith("opted out of research (solicit codes")
    assert out["Do Not Call"].startswith("marked do not call")
    assert out["No Contact"].startswith("marked do not contact")
    assert out["Do Not Solicit"] is None and out["Do Not Mail"] is None and out["Anonymous; No Phonathon"] is None
    # a no to fundraising asks is named, for the researcher to judge
    assert "Do Not Solicit" in (never_about(_alum("X2", Solicit_codes="Do Not Solicit; Do Not Mail")) or "")
    assert never_about(_alum("X3", Solicit_codes="Do Not Mail")) is None


def test_a_gift_officer_a_planned_giving_route_and_a_trustee_are_named() -> None:
    from listenwell.analysis.roster_signals import insider_or_partner, through_someone
    assert through_someone(_alum("G1", Primary_gift_officer="Dana Whitlock")) \
        == "contact through their gift officer (primary gift officer: Dana Whitlock)"
    assert through_someone(_alum("G2", Prospect_manager="O. Adeyemi"))
    assert through_someone(_alum("G3", Primary_gift_officer="")) is None
    assert through_someone(_alum("G4", Constituent_notes="bequest intention; route via planned giving"))
    assert through_someone(_alum("G5", Constituent_notes="Contact through major gifts only"))
    for note in ("Trustee", "Trustee Emeritus", "Board of Visitors, School of Nursing", "Emerita trustee",
                 "Board of Regents 2019-2024"):
        assert insider_or_partner(_alum("B1", Constituent_notes=note)), note
    assert insider_or_partner(_alum("B2", Constituent_code="Board of Trustees"))
    assert insider_or_partner(_alum("B3", Constituent_notes="trustee of her late father's estate")) is None
    people = [_alum("P1", Primary_gift_officer="Dana Whitlock"), _alum("P2", Constituent_notes="Trustee"), _alum("P3")]
    warnings = plan_mix(people, MixOptions(size=3, as_of=TODAY)).warnings
    assert any("through someone else" in w and "P1" in w and "Dana Whitlock" in w for w in warnings), warnings
    assert any("board member" in w and "P2" in w for w in warnings), warnings


def test_two_chosen_whose_spouse_columns_name_each_other_are_named_as_one_household() -> None:
    def alum(pid: str, name: str, **cols: str) -> Participant:
        return Participant(pid=pid, name=name, email=f"{pid.lower()}@mail.example.com",
                           attributes={"portal logins (12 mo)": "9", **{k.replace("_", " "): v for k, v in cols.items()}})
    people = [alum("H1", "Priya Natarajan", Spouse_name="Arjun Natarajan"),
              alum("H2", "Arjun Natarajan", Spouse_name="Priya Natarajan"),
              alum("H3", "Marta Kovač", Spouse_name="Tomás Kovač"),  # (her spouse is not in the roster)
              alum("H4", "Lena Ortiz", Partner_name="Priya Natarajan")]  # (a business partner, not a spouse)
    warnings = plan_mix(people, MixOptions(size=4, as_of=TODAY)).warnings
    said = [w for w in warnings if "spouses" in w]
    assert len(said) == 1 and "H1 and H2" in said[0] and "H3" not in said[0] and "H4" not in said[0], warnings


def test_an_empty_day_of_registering_is_never_signed_up_apart_from_registered_and_never_used() -> None:
    def alum(pid: str, registered: str, last: str, logins: str) -> Participant:
        return Participant(pid=pid, attributes={k: v for k, v in {
            "portal registration date": registered, "last portal login": last, "portal logins (12 mo)": logins}.items()
            if v})
    people = [alum("R1", "2021-03-02", "2026-05-20", "30"), alum("R2", "2022-09-15", "", "0"),
              alum("R3", "", "", "0"), alum("R4", "2019-01-10", "2025-01-04", "0")]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY))
    why = {p.pid: p.usage_from for p in plan.chosen}
    assert why["R3"].endswith("no portal registration date: never signed up to it"), why
    assert "never signed up" not in why["R2"] and "never signed up" not in why["R4"], why
    said = [w for w in plan.warnings if "never signed up to it at all" in w]
    assert len(said) == 1 and "R3" in said[0] and "R2" not in said[0] and "1 on the roster signed up" in said[0], said


def test_a_spanish_estado_of_places_is_no_usage_column_but_one_of_statuses_is() -> None:
    from listenwell.analysis.mix import columns_by_use

    places = [Participant(pid=f"C{i}", attributes={"Estado": s, "Última visita": "2026-05-02"})
              for i, s in enumerate(["Oaxaca", "Sonora", "Tabasco", "Sonora"])]
    assert "estado" not in [c.lower() for c in columns_by_use(places)["usage"]]
    statuses = [Participant(pid=f"S{i}", attributes={"Estado": s}) for i, s in enumerate(["Activo", "Cancelado", "Activo"])]
    assert [c.lower() for c in columns_by_use(statuses)["usage"]] == ["estado"]


def test_an_inactive_crm_record_is_left_out_and_an_inactive_user_is_not() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster

    crm = Participant(pid="D1", attributes={"Deceased": "No", "Inactive": "Yes", "Class of": "1998"})
    assert left_out_by_roster(crm, dt.date(2026, 6, 1)) == "an inactive record in the CRM (Inactive: Yes)"
    live = Participant(pid="D2", attributes={"Deceased": "No", "Inactive": "No", "Class of": "2001"})
    assert left_out_by_roster(live, dt.date(2026, 6, 1)) is None
    # a product's export: "Inactive" is how little they use it, not a record no longer in use
    user = Participant(pid="U1", attributes={"Inactive": "Yes", "Last login": "2025-01-03"})
    assert left_out_by_roster(user, dt.date(2026, 6, 1)) is None


def test_a_ukrainian_or_russian_crm_export_its_usage_consent_and_notes_are_read() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster
    today = dt.date(2026, 11, 28)

    def uk(pid: str, note: str = "", consent: str = "Так", status: str = "Активний", seen: str = "25.11.2026 10:00",
           logins: str = "9") -> Participant:
        return Participant(pid=pid, email=f"{pid.lower()}@pochta.example",
                           attributes={"статус": status, "дата останнього входу": seen, "входів за 30 днів": logins,
                                       "згода на дослідження": consent, "примітки": note})

    def ru(pid: str, note: str = "", consent: str = "Да") -> Participant:
        return Participant(pid=pid, email=f"{pid.lower()}@pochta.example",
                           attributes={"Статус клиента": "Активный", "Дата последнего входа": "21.11.2026",
                                       "Согласие на участие в исследовании": consent, "Комментарий": note})
    # the headers and statuses in English: usage segments can be derived (active, lapsed, closed)
    people = [uk("U1"), uk("U2", seen="02.06.2026 08:00", logins="0", status="Неактивний"),
              uk("U3", seen="14.02.2026 12:30", logins="0", status="Закритий")]
    _, persons = segment(people, MixOptions(as_of=today))
    assert [p.segments["usage"] for p in persons][0] not in ("unknown", "")
    assert len({p.segments["usage"] for p in persons}) >= 2, [p.segments for p in persons]
    said = {"A1": uk("A1", consent="Ні"), "A2": ru("A2", consent="Нет"),
            "A3": uk("A3", "співробітниця"), "A4": uk("A4", "заборгованість, передано колекторам"),
            "A5": ru("A5", "Подозрение на мошенничество, карта заблокирована"),
            "A6": uk("A6", "Померла у вересні (повідомив син)"), "A7": ru("A7", "умер, сообщила жена"),
            "A8": ru("A8", "несовершеннолетняя (карта родителей)")}
    why = {"A1": "said no to research", "A2": "said no to research", "A3": "staff", "A4": "in debt collection",
           "A5": "flagged for fraud", "A6": "deceased", "A7": "deceased", "A8": "under 18"}
    for pid, p in said.items():
        assert (left_out_by_roster(p, today) or "").startswith(why[pid]), (pid, left_out_by_roster(p, today))
    # a relative's death, an interview planned, email only: not theirs, not a no
    for p in (uk("K1", "Чоловік помер у 2024, картку веде сама"), ru("K2", "Интервью 10.12.2026 запланировано"),
              ru("K3", "не звонить, только по email"), ru("K4", "Просила не звонить, только email"),
              ru("K5", "Asked not to be called again, email only")):
        assert left_out_by_roster(p, today) is None and last_interviewed_in_roster(p, today=today) is None, p.attributes
    # an earlier interview a note dates, in Ukrainian with either apostrophe, for --exclude-recent
    for note in ("інтерв’ю 06.10.2026 (кешбек)", "Інтерв'ю 06.10.2026"):
        assert last_interviewed_in_roster(uk("I1", note), today=today) == dt.date(2026, 10, 6), note


def test_a_serbian_bank_export_in_either_script_its_notes_statuses_and_birth_dates_are_read() -> None:
    from listenwell.analysis.roster_signals import (last_interviewed_in_roster, left_out_by_roster, parents_account,
                                                    suspended_account, unread_note)
    today = dt.date(2026, 11, 28)

    def core(pid: str, note: str = "", status: str = "Активан", born: str = "03.04.1986") -> Participant:
        """A client of a bank's core system (Cyrillic headers), who logged in this week."""
        return Participant(pid=pid, attributes={"Датум рођења": born, "Статус": status, "Напомена": note,
                                                "Последња пријава": "2026-11-25", "Пријава (30 дана)": "6"})

    def crm(pid: str, note: str = "", status: str = "Aktivan", born: str = "03.04.1986") -> Participant:
        """The same bank's call-centre CRM (Latin headers)."""
        return Participant(pid=pid, attributes={"Datum rođenja": born, "Status": status, "Napomena": note,
                                                "Poslednja prijava": "2026-11-25", "Prijava (30 dana)": "6"})
    why = [(core("C1", "Молимо не контактирати"), "marked do not contact"),
           (crm("L1", "Molimo ne kontaktirati"), "marked do not contact"),
           (core("C2", "Више не зовите, жалио се"), "the roster's note says so"),
           (crm("L2", "Više ne zovite, žalio se"), "the roster's note says so"),
           (core("C3", "Запослена у нашој банци"), "staff"), (crm("L3", "Radnik banke, sektor kartica"), "staff"),
           (core("C4", "Клијенткиња преминула, јавио син"), "deceased"),
           (crm("L4", "Klijentkinja preminula, javio sin"), "deceased"),
           (core("C5", "Под старатељством"), "has a legal guardian"),
           (crm("L5", "Pod starateljstvom"), "has a legal guardian"),
           (crm("L6", "Sumnja na zloupotrebu kartice"), "flagged for fraud"),
           # (and as Croatian and Bosnian write it)
           (crm("L8", "Ne želi biti kontaktiran"), "marked do not contact"), (crm("L9", "Zaposlenik banke"), "staff"),
           (core("C7", born="21.02.2011"), "under 18"), (crm("L7", born="21.02.2011"), "under 18"),
           (Participant(pid="B1", attributes={"Старосна група": "до 18", "Статус": "Активан"}), "under 18"),
           (Participant(pid="B2", attributes={"Starosna grupa": "do 18", "Status": "Aktivan"}), "under 18")]
    for p, reason in why:
        assert (left_out_by_roster(p, today) or "").startswith(reason), (p.attributes, left_out_by_roster(p, today))
    # an earlier interview with its day (the Serbian trailing dot), for --exclude-recent; one scheduled is none
    assert last_interviewed_in_roster(core("I1", "Интервјуисана дана 14.10.2026."), today=today) == dt.date(2026, 10, 14)
    assert last_interviewed_in_roster(crm("I2", "Intervjuisan 14.10.2026."), today=today) == dt.date(2026, 10, 14)
    # a minor's account run by a parent, by the note: named even where no date of birth says so
    assert parents_account(core("P1", "Малолетан, рачун воде родитељи", born=""))
    # a blocked account named for checking, in either script; a closed one is not an active user
    assert suspended_account(core("S1", status="Блокиран")) and suspended_account(crm("S2", status="Blokiran"))
    statuses = ("Активан", "Угашен", "Ugašen", "Neaktivan")
    _, persons = segment([Participant(pid=f"S{i}", attributes={"Статус": st}) for i, st in enumerate(statuses)],
                         MixOptions(as_of=today))
    assert [q.segments["usage"] for q in persons] == ["active", "lapsed", "lapsed", "lapsed"]
    # a relative's death or job, a call refused at a time of day, an interview scheduled: not theirs, not a no,
    # and a Cyrillic note no rule reads is named for the researcher to read
    for p in (core("K1", "Ћерка преминула прошле године"), crm("K2", "Muž zaposlen u banci"),
              crm("K6", "Preminuo joj otac, nasledila račun"),
              core("K3", "Не позивати пре 10ч"), crm("K4", "Ne zvati posle 18h"),
              core("K5", "Интервју заказан за 10.12.2026.")):
        assert left_out_by_roster(p, today) is None and last_interviewed_in_roster(p, today=today) is None, p.attributes
    assert unread_note(core("K1", "Ћерка преминула прошле године"))
    # Russian, Ukrainian and Bulgarian notes are left to their own keys: one that reads as Serbian letter by letter
    # is not read as a Serbian word ("преминул" is no Russian, "блокиран" is Bulgarian's own "blocked")
    from listenwell.domain.glossary import in_english
    assert in_english("Просила больше не звонить") == "asked not to be called again"
    assert in_english("Клиент умер") == "deceased"
    assert in_english("Не се обаждайте след 18ч") == "не се обаждаите след 18ч"


def test_a_russian_marketplace_admin_export_its_deleted_test_and_staff_accounts_are_left_out() -> None:
    from listenwell.analysis.roster_signals import legal_matter, left_out_by_roster
    today = dt.date(2026, 11, 28)

    def seller(pid: str, name: str = "Сапарова Динара", status: str = "Активен", note: str = "") -> Participant:
        return Participant(pid=pid, name=name, attributes={"Статус аккаунта": status, "Заказов за 90 дней": "12",
                                                           "Согласие на исследования": "Да",
                                                           "Комментарий менеджера": note})
    why = [(seller("D1", status="Удалён"), "account deleted"), (seller("D2", status="удален"), "account deleted"),
           (seller("T1", name="Тестовый Продавец"), "an internal or test account"),
           (seller("T2", name="Тест Тестович"), "an internal or test account"),
           (seller("T3", note="тестовый аккаунт"), "the roster's note says so"),
           (seller("E1", note="Сотрудник компании"), "staff")]
    for p, reason in why:
        assert (left_out_by_roster(p, today) or "").startswith(reason), (p.pid, left_out_by_roster(p, today))
    # a payout dispute or a claim still open: a legal matter, named; one settled, or none, is not
    assert legal_matter(seller("L1", note="спор по выплатам / претензия"))
    assert legal_matter(seller("L2", note="претензия от 03.11"))
    for note in ("претензий нет", "спор по выплатам решен", "сотрудник компании-партнера"):
        p = seller("K1", note=note)
        assert legal_matter(p) is None and left_out_by_roster(p, today) is None, note
    # a surname that merely begins so, and an active seller, stay
    for p in (seller("K2", name="Тестов Павел"), seller("K3", name="Тестова Анна"), seller("K4")):
        assert left_out_by_roster(p, today) is None, p.name


def test_a_romanian_count_over_the_last_90_days_is_a_rate_beside_the_last_order() -> None:
    # "Comenzi (ultimele 90 de zile)": orders in the last 90 days; 3 in 90 days is occasional even with an order
    # last week, 15 frequent
    rows = [{"Ultima comandă": "2026-05-26", "Comenzi (ultimele 90 de zile)": n} for n in ("15", "3")]
    assert usage(rows) == ["frequent", "occasional"]


def test_a_consent_to_be_contacted_column_answered_no_leaves_out_and_empty_is_named() -> None:
    # a customer export's own "Consent to be contacted" (no word of research in it): a no is a no
    from listenwell.analysis.roster_signals import left_out_by_roster
    for col in ("Consent to be contacted", "Agreed to be called", "Contact permission"):
        assert "said no to research contact" in (left_out_by_roster(person("n", **{col: "No"}), TODAY) or ""), col
        assert left_out_by_roster(person("y", **{col: "Yes"}), TODAY) is None, col
    # an offer's is not research's
    assert left_out_by_roster(person("m", **{"Consent to be contacted with offers": "No"}), TODAY) is None
    people = [person(f"c{i}", **{"Consent to be contacted": "Yes"}) for i in range(4)] + \
        [person("e1", **{"Consent to be contacted": ""})]
    plan = plan_mix(people, MixOptions(size=5, as_of=TODAY))
    assert any("left 'Consent to be contacted' empty" in w and "(e1)" in w for w in plan.warnings), plan.warnings


def test_swahili_notes_of_the_companys_agent_or_employee_a_test_customer_or_a_debt_in_collection_leave_out() -> None:
    said = {"a1": ("ni wakala (sales agent)", "staff"),
            "a2": ("mfanyakazi wa kampuni - technician", "staff"),
            "a3": ("mteja wa majaribio", "the roster's note says so"),
            "a4": ("deni kubwa, collections", "in debt collection")}
    kept = [person("k1", notes="wakala wa M-Pesa sokoni"), person("k2", notes="mume wake ni wakala"),
            person("k3", notes="ana deni kubwa lakini analipa"), person("k4", notes="hajui kusoma")]
    plan = plan_mix([person(pid, notes=note) for pid, (note, _) in said.items()] + kept,
                    MixOptions(size=8, as_of=TODAY))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, why) in said.items():
        assert left[pid].startswith(why), (pid, left[pid])
    # one who cannot read is named, for consent read aloud
    assert "k4 (notes: hajui kusoma)" in next(w for w in plan.warnings if "something arranged" in w)


def test_a_pay_as_you_go_accounts_state_and_days_locked_say_its_use_not_its_payments() -> None:
    from listenwell.analysis.roster_signals import usage_and_why

    def account(status: str, locked: str, paid: str) -> Participant:
        return Participant(pid="a", attributes={"Account Status": status, "Days Locked": locked,
                                                "Payments last 30 days": paid})
    said = {("Enabled", "0", "14"): "frequent",
            ("Disabled", "4", "6"): "occasional",  # locked a few days: never frequent
            ("Disabled", "47", "0"): "lapsed",
            ("Unlocked - paid off", "0", "0"): "unknown",  # theirs now: no payments, and no sign of lapse
            ("Repossessed", "120", "0"): "lapsed", ("Written off", "210", "0"): "lapsed"}
    for (status, locked, paid), want in said.items():
        got, why = usage_and_why(account(status, locked, paid), TODAY, 90, 4.0, counted=True)
        assert got == want, (status, locked, got, why)
        assert want == "frequent" or status in why
    # a paid-off loan in a lender's roster with no days locked is read as before
    loan = Participant(pid="l", attributes={"Account Status": "Paid off", "Payments last 30 days": "0"})
    assert "paid off" not in usage_and_why(loan, TODAY, 90, 4.0, counted=True)[1]


def test_finnish_notes_birth_dates_and_survey_consent_leave_out_who_must_not_be_asked() -> None:
    """A Finnish bike-share app's CRM export ("Lisätiedot" notes, "Syntymäaika", "Suositteluindeksi") joined to a
    form's "Saammeko ottaa sinuun yhteyttä…?": its notes, with Finnish endings, and a Finland-Swedish "Avliden"."""
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster
    today = dt.date(2026, 11, 29)

    def jasen(pid: str, **attrs: str) -> Participant:
        return Participant(pid=pid, email=f"{pid.lower()}@posti.example.fi",
                           attributes={"viimeisin ajo": "2026-11-21", "syntymäaika": "12.4.1986",
                                       "suositteluindeksi (0–10)": "8", "lisätiedot": "",
                                       "saammeko ottaa sinuun yhteyttä tutkimusta varten?": "Kyllä", **attrs})
    said = {"F1": ({"lisätiedot": "ei toivo enää yhteydenottoja"}, "marked do not contact"),
            "F2": ({"lisätiedot": "Jäsen menehtyi, puoliso soitti"}, "deceased"),
            "F3": ({"lisätiedot": "Avliden i oktober"}, "deceased"),
            "F4": ({"lisätiedot": "alaikäinen, äiti maksaa"}, "under 18"),
            "F5": ({"lisätiedot": "Kaupunkipyörien työntekijä"}, "staff"),
            "F6": ({"lisätiedot": "testikäyttäjä"}, "the roster's note says so"),
            "F7": ({"syntymäaika": "30.1.2011"}, "under 18"),
            "F8": ({"saammeko ottaa sinuun yhteyttä tutkimusta varten?": "Ei"}, "said no to research")}
    kept = [jasen("K1", lisätiedot="Isä kuoli keväällä, ajaa nyt vähemmän"),
            jasen("K2", lisätiedot="Ei halua uutiskirjettä, tutkimukseen saa kutsua"),
            jasen("K3", lisätiedot="Vaimo on kaupunkipyörien työntekijä"),
            jasen("K4", lisätiedot="alaikäinen lapsi mukana tilillä"),
            jasen("K5", lisätiedot="jäsen 7 v, ajaa päivittäin")]
    assert [left_out_by_roster(p, today) for p in kept[:1] + kept[2:]] == [None] * 4
    plan = plan_mix([jasen(pid, **attrs) for pid, (attrs, _) in said.items()] + kept, MixOptions(size=13, as_of=today))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, why) in said.items():
        assert left[pid].startswith(why), (pid, left[pid])
    # the NPS column is read, and a note the rules do not read is named with its column
    assert not any("no NPS column" in w for w in plan.warnings)
    assert any("K2 (lisätiedot: 'Ei halua uutiskirjettä" in w for w in plan.warnings), plan.warnings
    # an earlier interview, in a note with its day or its month, for --exclude-recent
    assert last_interviewed_in_roster(jasen("I1", lisätiedot="Haastateltu 4.11.2026")) == dt.date(2026, 11, 4)
    assert last_interviewed_in_roster(jasen("I2", lisätiedot="intervjuad 3.10.2026")) == dt.date(2026, 10, 3)
    assert last_interviewed_in_roster(jasen("I3", lisätiedot="haastateltiin 9/2026")) == dt.date(2026, 9, 30)


def test_bengali_and_banglish_remarks_of_a_request_a_death_an_age_a_test_wallet_or_staff_leave_the_person_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    out = {"b1": ("উনি আর যোগাযোগ করতে চান না", "asked not to be contacted"),
           "b2": ("দয়া করে ফোন করবেন না", "the roster's note says so"),
           "b3": ("phone dite nishedh korechen, bari giye kotha", "marked do not contact"),
           "b4": ("ar jogajog korben na", "marked do not contact"),
           "b5": ("গ্রাহক মারা গেছেন, স্ত্রী এখন ওয়ালেট চালান", "deceased"),
           "b6": ("mara gese, meye taka tole", "deceased"),
           "b7": ("বয়স ১৫, বড় ভাইয়ের NID দিয়ে রেজিস্ট্রেশন", "under 18"),
           "b8": ("boyosh 17, baba r NID", "under 18"),
           "b9": ("নাবালিকা", "under 18"),
           "b10": ("qa wallet, do not use", "a test record"),
           "b11": ("টেস্ট ওয়ালেট", "the roster's note says so"),
           "b12": ("আমাদের অফিসের কর্মচারী", "staff"),
           "b13": ("amader kormi, Mirpur branch", "staff"),
           "b14": ("call centre e kaj kore", "staff")}
    for pid, (note, why) in out.items():
        assert (left_out_by_roster(person(pid, remarks=note), TODAY) or "").startswith(why), pid
    # a relative's death or age, a call at a time, an English "test" of a feature: asked as before
    kept = [person("k1", remarks="বাবা মারা গেছেন, এখন নিজেই দোকান চালান"),
            person("k2", remarks="oner shami mara gechen gotobochor, nije wallet chalan"),
            person("k3", remarks="ছেলের বয়স ১৬, সে-ও অ্যাপ চালায়"),
            person("k4", remarks="chele boyosh 12, school e pore"),
            person("k5", remarks="wants to test wallet top-up on the new app"),
            person("k6", remarks="Mara Road branch, er kache thake"),
            person("k7", remarks="Ager complaint solve hoyeche, ekhon happy"),
            person("k8", remarks="রাতে ফোন করবেন না"), person("k9", remarks="10 tar por call diben na, dokan khola")]
    assert [left_out_by_roster(p, TODAY) for p in kept] == [None] * len(kept)


def test_a_staff_members_or_an_agents_family_in_banglish_or_bengali_is_named_not_left_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, relative_of_staff
    for note in ("amader head office staff er bhai", "amader staff er bou", "আমাদের স্টাফের মেয়ে",
                 "Agent er family member", "our agent's son"):
        p = person("r", remarks=note)
        assert left_out_by_roster(p, TODAY) is None, note
        assert relative_of_staff(p) == f"remarks: {note}", note
    assert relative_of_staff(person("n", remarks="travel agent, family member joins on calls")) is None


def test_a_customer_type_of_agent_merchant_or_distributor_is_not_an_end_customer() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    for col, value in (("Customer Type", "Agent"), ("User Type", "Merchant"), ("Account Type", "Distributor"),
                       ("Customer Type", "Super Agent"), ("Customer Type", "Dealer (Gazipur)"),
                       ("Tipo de cliente", "Distribuidor"), ("Customer Type", "এজেন্ট"), ("account_type", "Retailers"),
                       ("Customer Type", "Reseller - Rangpur")):
        why = left_out_by_roster(person("a", **{col: value}), TODAY) or ""
        assert why.startswith("not an end customer: an agent, merchant, distributor or dealer account"), (col, value)
    # a retail customer, a software partner's account in use, a partner membership of a gym, an agent named elsewhere:
    # asked as before
    for col, value in (("Customer Type", "Customer"), ("Customer Type", "Retail customer"), ("Account Type", "Partner"),
                       ("Member Type", "Partner"), ("Agent Code", "AG-DHK-0142"), ("Occupation", "Agent"),
                       ("Customer Type", "Agent-assisted customer")):
        assert left_out_by_roster(person("c", **{col: value}), TODAY) is None, (col, value)


def test_an_earlier_interview_given_by_its_month_alone_or_in_bengali_counts_for_the_recency_rule() -> None:
    # (a word before the day is no month: "interviewed w/ Jess 2026-10-21")
    assert last_interviewed_in_roster_of("interviewed w/ Jess 2026-10-21 (pricing)") == dt.date(2026, 10, 21)
    from listenwell.analysis.roster_signals import interviewed_by_month, last_interviewed_in_roster
    p = person("m", remarks="interviewed Oct 2026")
    assert last_interviewed_in_roster(p) == dt.date(2026, 10, 31) and interviewed_by_month(p)
    assert last_interviewed_in_roster(person("s", remarks="Interviewed Sept. 2026 for onboarding")) == dt.date(2026, 9, 30)
    assert last_interviewed_in_roster(person("b", remarks="ইন্টারভিউ নেওয়া হয়েছে ০৩/১০/২০২৬")) == dt.date(2026, 10, 3)
    assert last_interviewed_in_roster(person("l", remarks="interview neya hoyeche 04/10/2026")) == dt.date(2026, 10, 4)
    day = person("d", remarks="interviewed 3 Nov 2026")
    assert last_interviewed_in_roster(day) == dt.date(2026, 11, 3) and not interviewed_by_month(day)
    # a word that is no month: no interview day
    assert last_interviewed_in_roster(person("x", remarks="interviewed on the phone 2026")) is None


def last_interviewed_in_roster_of(note: str) -> dt.date | None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster
    return last_interviewed_in_roster(person("n", remarks=note))


def test_the_plan_says_an_interview_given_by_its_month_was_counted_as_its_last_day() -> None:
    people = [Participant(pid=pid, attributes={"sessions_30d": "5", "remarks": note})
              for pid, note in (("M1", "interviewed Apr 2026"), ("D1", "interviewed 20/04/2026"), ("K1", ""))]
    plan = plan_mix(people, MixOptions(size=1, as_of=TODAY, exclude_recent_days=90))
    why = dict(plan.excluded)
    assert why["M1"] == "interviewed on 2026-04-30 (the note gives the month only: counted as its last day)"
    assert why["D1"] == "interviewed on 2026-04-20"


def test_a_banglish_complaint_still_open_with_the_central_bank_is_named_as_a_legal_matter() -> None:
    from listenwell.analysis.roster_signals import legal_matter
    note = "Bangladesh Bank e complaint korechen, ekhono pending"
    assert legal_matter(person("c", remarks=note)) == f"remarks: {note}"
    assert legal_matter(person("s", remarks="ager complaint solve hoyeche, ekhon khushi")) is None


def test_a_croatian_consent_column_answered_ne_leaves_out_and_a_blank_is_named() -> None:
    """An internet provider's billing export asks "Privola za istraživanje (DA/NE)": a "NE" is a no to
    research, as Hungarian's "Nem" is, with or without the answers in the column's name; a blank is named."""
    today = dt.date(2026, 11, 28)

    def kupac(pid: str, answer: str, column: str = "Privola za istraživanje (DA/NE)") -> Participant:
        return Participant(pid=pid, attributes={"Zadnja prijava": "2026-11-20", "Prijave (zadnjih 30 dana)": "5",
                                                column: answer})
    people = [kupac("K1", "DA"), kupac("K2", "NE"), kupac("K3", ""), kupac("K4", "Ne"), kupac("K5", "da")]
    plan = plan_mix(people, MixOptions(size=5, as_of=today))
    left = dict(plan.excluded)
    assert left["K2"].startswith("said no to research contact (Privola za istraživanje (DA/NE): NE)")
    assert "K4" in left and {p.pid for p in plan.chosen} == {"K1", "K3", "K5"}
    blank = next(w for w in plan.warnings if "left 'Privola za istraživanje (DA/NE)' empty" in w)
    assert "K3" in blank and "K1" not in blank
    # Serbian's "Saglasnost za istraživanje" in Cyrillic, and the column named without its answers
    from listenwell.analysis.roster_signals import left_out_by_roster
    for p in (kupac("S1", "Не", "Сагласност за истраживање"), kupac("S2", "NE", "Privola za istraživanje")):
        assert (left_out_by_roster(p, today) or "").startswith("said no to research contact"), p.attributes


def test_croatian_telecom_notes_statuses_and_an_earlier_interview_are_read() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, legal_matter, left_out_by_roster, \
        reached_one_way, unread_note
    today = dt.date(2026, 11, 28)

    def pretplatnik(pid: str, note: str = "", **more: str) -> Participant:
        return Participant(pid=pid, attributes={"Status pretplate": "Aktivan", "Minute (zadnjih 30 dana)": "80",
                                                "Napomena": note, **more})
    why = [(pretplatnik("T1", "Testni korisnik"), "the roster's note says so"),
           (pretplatnik("T3", "Zaposlenica tvrtke, odjel prodaje"), "staff"),
           (pretplatnik("T4", "Skrbnica upravlja računom"), "has a legal guardian"),
           (pretplatnik("T5", "Maloljetan, 16 g."), "under 18"), (pretplatnik("T6", "Maloljetna"), "under 18")]
    for p, reason in why:
        assert (left_out_by_roster(p, today) or "").startswith(reason), (p.attributes, left_out_by_roster(p, today))
    # a relative employed there, a time of day to call, e-mail only: kept (the last named as one way only)
    for note in ("Sin je zaposlenik tvrtke", "Ne zvati prije 9 h", "Molimo ne zvati nakon 20 sati",
                 "Ne želi da ga se zove, samo e-mail"):
        assert left_out_by_roster(pretplatnik("K1", note), today) is None, note
    assert reached_one_way(pretplatnik("K2", "Ne želi da joj se zvoni, samo putem e-maila"))
    assert not unread_note(pretplatnik("K3", "Ne zvati prije 9 h"))
    # a complaint to the telecoms regulator still open: named as a legal matter
    assert legal_matter(pretplatnik("L1", "Prigovor pri HAKOM-u još u tijeku"))
    # an earlier interview, by a note or a column headed in Croatian, counts for --exclude-recent
    assert last_interviewed_in_roster(pretplatnik("I1", "Intervjuirana 2.10.2026."), today=today) == dt.date(2026, 10, 2)
    for column in ("Zadnji intervju", "Datum posljednjeg intervjua", "Последњи интервју"):
        p = pretplatnik("I2", **{column: "2.10.2026."})
        assert last_interviewed_in_roster(p, today=today) == dt.date(2026, 10, 2), column


def test_a_terminated_or_ported_out_telecom_customer_is_lapsed_whatever_an_app_login_says() -> None:
    """"Raskinut" (terminated) and "Prenesen broj" (ported out) are ended subscriptions; a zero over the last
    30 days after the end says nothing of whether they ever used it, so they are no "never activated"."""
    today = dt.date(2026, 11, 28)

    def red(pid: str, status: str, ended: str, login: str, calls: str) -> Participant:
        return Participant(pid=pid, attributes={"Status pretplate": status, "Datum raskida": ended,
                                                "Zadnja prijava": login, "Pozivi (zadnjih 30 dana)": calls})
    people = [red("R1", "Aktivan", "", "2026-11-25", "60"), red("R2", "Raskinut", "1.10.2026.", "2026-09-20", "0"),
              red("R3", "Prenesen broj", "20.9.2026.", "", "0"), red("R4", "Raskinut", "3.3.2026.", "", "0"),
              red("R5", "Aktivan", "", "", "0")]
    _, persons = segment(people, MixOptions(as_of=today))
    got = {q.pid: (q.segments["usage"], q.usage_from) for q in persons}
    assert [got[p][0] for p in ("R1", "R2", "R3", "R4", "R5")] == \
        ["frequent", "lapsed", "lapsed", "lapsed", "never_activated"]
    assert "Datum raskida: 3.3.2026." in got["R4"][1] and "before 2026-11-28" in got["R4"][1]
    # a suspended subscription is named, as a blocked account is
    from listenwell.analysis.roster_signals import suspended_account
    assert suspended_account(red("S1", "Suspendiran", "", "2026-11-20", "4")) == "Status pretplate: Suspendiran"


def test_a_croatian_satisfaction_score_from_0_to_10_is_read_in_nps_bands() -> None:
    people = [Participant(pid=f"Z{i}", attributes={"Ocjena zadovoljstva (0-10)": v, "Prijave (zadnjih 30 dana)": "6"})
              for i, v in enumerate(("3", "8", "10"))]
    _, persons = segment(people, MixOptions(as_of=dt.date(2026, 11, 28)))
    assert [q.segments["sentiment"] for q in persons] == ["detractor", "passive", "promoter"]


def test_finnish_last_order_date_outweighs_a_twelve_month_count_as_in_english() -> None:
    """A Finnish shop's export gives "Tilauksia (12 kk)" beside "Viimeisin tilaus": the last order is read as
    English's "Last order" beside "Orders (12 months)" is, so a customer who ordered last week is no lapse for a
    count under one a month, and one with many orders but none for half a year is one (walk74 F1)."""
    from listenwell.analysis.roster_signals import last_active_column, usage_and_why
    today = dt.date(2026, 11, 29)

    def asiakas(pid: str, orders: str, last: str, fi: bool = True) -> Participant:
        cols = ("Tilauksia (12 kk)", "Viimeisimmän tilauksen pvm") if fi else ("Orders (12 months)", "Last order")
        return Participant(pid=pid, attributes={cols[0]: orders, cols[1]: last})

    for fi in (True, False):
        people = [asiakas("A", "10", "24.11.2026", fi), asiakas("B", "15", "2.6.2026", fi)]
        col = last_active_column(people)
        assert col == ("Viimeisimmän tilauksen pvm" if fi else "Last order")
        seg_a, why_a = usage_and_why(people[0], today, 90, 4.0, last_col=col)
        seg_b, why_b = usage_and_why(people[1], today, 90, 4.0, last_col=col)
        assert (seg_a, seg_b) == ("occasional", "lapsed"), (fi, why_a, why_b)
        assert "2.6.2026" in why_b and "180 days" in why_b


def test_finnish_and_finland_swedish_notes_of_a_grocery_roster_leave_out_who_must_not_be_asked() -> None:
    """A Finnish delivery shop's customer-service notes (our own words): a research ban beside a marketing one, the
    shortened "ei yht.ott.", an erasure request, a customer's age after "Asiakas", our own drivers and pickers by
    their job ("-mme", ours), a staff discount, a Swedish "anställd hos oss", and a test account named as one
    (walk74 F2-F6, F11); and what stays in: marketing refused alone, a tenure, a son's age, a contact not made."""
    from listenwell.analysis.roster_signals import left_out_by_roster, reached_one_way, relative_of_staff
    today = dt.date(2026, 11, 29)

    def asiakas(note: str) -> Participant:
        return Participant(pid="a", email="a@koti.example.fi", attributes={"Kommentit": note})

    out = {"Kieltäytynyt markkinointiviesteistä ja tutkimuskutsuista 3/2026": "",
           "Asiakas kielsi kaikki tutkimusyhteydenotot.": "",
           "Ei yht.ott.": "",
           "Reklamaatio kuluttajaneuvontaan kesken, ei yht. ottoja toistaiseksi": "",
           "Pyytänyt henkilötietojensa poistamista 10/2026": "asked to have their data erased",
           "Tietojen poistopyyntö vastaanotettu (GDPR)": "asked to have their data erased",
           "Asiakas 16 v, tilaa kimppakämppään": "under 18",
           "Keräilijämme Lahden varastolta": "staff",
           "Tilaa henkilöstöalennuksella": "staff",
           "Työskentelee meillä kuljettajana": "staff",
           "Anställd hos oss på lagret i Vasa": "staff",
           "Testiasiakas, kehitystiimin käytössä": "the roster's note says so: a test account"}
    for note, why in out.items():
        got = left_out_by_roster(asiakas(note), today)
        assert got is not None and got.startswith(why), (note, got)
    kept = ["Kieltänyt suoramarkkinoinnin, mutta tutkimukseen saa kutsua", "Kieltänyt suoramarkkinoinnin.",
            "Asiakas 5 v, tilaa viikoittain", "Poika 16 v tekee tilaukset", "Ei yhteydenottoa, ei vastannut puheluun",
            "Entinen kuljettajamme, nyt eläkkeellä", "Mies työskentelee meillä varastossa",
            "Ring inte, e-post går bra.", "Lähetimme uuden alennuskoodin",
            "Ei yht.ott. puh. - toivoo yhteydenotot vain sähköpostilla."]
    assert [left_out_by_roster(asiakas(note), today) for note in kept] == [None] * len(kept)
    assert relative_of_staff(asiakas("Mies työskentelee meillä varastossa"))
    # the Swedish one-way request is named as the Finnish one is
    assert reached_one_way(asiakas("Ring inte, e-post går bra."))
    assert reached_one_way(asiakas("Ei halua puhelinsoittoja, sähköposti ok."))
    assert reached_one_way(asiakas("Ei yht.ott. puh. - toivoo yhteydenotot vain sähköpostilla."))
    # a Finnish mailbox provider's domain says nothing of whom they work for
    from listenwell.analysis.roster_signals import work_domain
    assert work_domain("a@elisanet.fi") is None and work_domain("b@saunalahti.fi") is None


def test_plain_finnish_notes_no_rule_matched_are_called_finnish_not_unread() -> None:
    """A Finnish note no rule matched, written without ä or ö, is in a language the rules read ("no rule matched"),
    not "not in a language it reads"; a Swahili one still is (walk74 F8)."""
    from listenwell.analysis.roster_signals import in_a_language_read, unread_words
    for note in ("Haastateltu 28.5.2026 (kotiinkuljetustutkimus).", "Poika 17 v tekee tilaukset",
                 "Haastateltiin toukokuussa (kotiinkuljetus)",
                 "Toimitus kahdesti myohassa, hyvitetty"):
        assert unread_words(note) and in_a_language_read(note), note
    assert not in_a_language_read("Habari yako rafiki")
    # an interview by its month's name is read as one by its month's number is: its last day
    from listenwell.analysis.roster_signals import last_interviewed_in_roster
    said = Participant(pid="k", attributes={"kommentit": "Haastateltiin syyskuussa 2026 (kotiinkuljetus)."})
    assert last_interviewed_in_roster(said) == dt.date(2026, 9, 30)


def tutor_row(pid: str, relationship: str, note: str = "", grade: str = "9") -> Participant:
    """A tutoring app's parent row: whose row it is said by its relationship to the student it names."""
    return Participant(pid=pid, attributes={"sessions_30d": "0", "guardian name": "Rupa Das", "pupil name": "Ankan Das",
                                            "student class": grade, "relationship": relationship, "remarks": note})


def test_a_student_on_their_own_row_of_a_parents_roster_is_under_18_by_the_class() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, maybe_minor
    for rel, grade in (("Self", "6"), ("self", "Class 9"), ("Student", "Std VII")):
        why = left_out_by_roster(tutor_row("s", rel, grade=grade), TODAY) or ""
        assert why.startswith("under 18: a school student in grade") and f"relationship: {rel}" in why, why
    assert maybe_minor(tutor_row("t", "Self", grade="12")) is not None
    # a parent's row (the grade is the child's), or a "Self" with no student named on the row: asked as before
    assert left_out_by_roster(tutor_row("m", "Mother", grade="6"), TODAY) is None
    assert left_out_by_roster(person("x", relationship="Self", **{"student class": "6"}), TODAY) is None


def test_the_students_parent_who_died_on_that_parents_own_row_is_left_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    for rel, note in (("Father", "baba mara gechen, ma ekhon fees den"), ("Father", "বাবা মারা গেছেন"),
                      ("Mother", "Mother passed away in March"), ("Father", "student's father died; uncle pays")):
        why = left_out_by_roster(tutor_row("d", rel, note), TODAY) or ""
        assert why.startswith(f"deceased, by the roster's note: the student's {rel.lower()} died"), (rel, note, why)
    # the other parent's death, or the row's person's own father ("amar baba": my father): the living one is asked
    for rel, note in (("Mother", "baba mara gechen, ma ekhon fees den"), ("Mother", "বাবা মারা গেছেন"),
                      ("Father", "amar baba mara gechen gotobochor"), ("Father", "Mother passed away in March")):
        assert left_out_by_roster(tutor_row("k", rel, note), TODAY) is None, (rel, note)


def test_a_parent_on_the_row_of_the_student_they_pay_for_is_no_dependent_on_someone_elses_account() -> None:
    from listenwell.analysis.roster_signals import dependent_on_account
    assert dependent_on_account(tutor_row("m", "Mother")) is None
    assert dependent_on_account(tutor_row("f", "Father")) is None
    # a family plan's member by their relationship, with no student named: as before
    assert dependent_on_account(person("c", relationship="Child")) == "relationship: Child"


def test_our_counsellor_in_banglish_or_bengali_is_staff_and_a_counsellors_relative_is_named() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, relative_of_staff
    for note in ("amader counsellor, meyer jonno plan kinechilen", "আমাদের কাউন্সেলর"):
        assert (left_out_by_roster(person("c", remarks=note), TODAY) or "").startswith("staff"), note
    for note in ("amader counselor er bhai", "counsellor er bou", "আমাদের কাউন্সেলরের মেয়ে"):
        p = person("r", remarks=note)
        assert left_out_by_roster(p, TODAY) is None and relative_of_staff(p) == f"remarks: {note}", note
    # a school's counsellor the parent talked to: asked as before
    assert left_out_by_roster(person("s", remarks="school counsellor bolechen tuition lagbe"), TODAY) is None


def test_an_earlier_interview_on_a_day_by_its_months_name_without_a_year_is_the_last_such_day() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster
    today = dt.date(2026, 3, 10)
    for note, day in (("interview neowa hoyeche 14 Feb", dt.date(2026, 2, 14)),
                      ("interview neya hoyeche 3 Mar, khub helpful", dt.date(2026, 3, 3)),
                      ("interviewed on Dec 21st (onboarding)", dt.date(2025, 12, 21)),
                      ("Interviewed 20 March", dt.date(2025, 3, 20)),
                      ("interview neowa hoyeche 02/02/2026", dt.date(2026, 2, 2))):
        assert last_interviewed_in_roster(person("i", remarks=note), today=today) == day, note
    # with its year, as before; no interview, or a month with no day: none
    assert last_interviewed_in_roster(person("y", remarks="interviewed 3 Nov 2025"), today=today) == dt.date(2025, 11, 3)
    assert last_interviewed_in_roster(person("n", remarks="call on 14 Feb, may interview later"), today=today) is None


def test_a_call_refused_at_a_time_of_day_is_no_way_to_reach_them_one_way_only() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster, reached_one_way
    for note in ("don't call after 8pm", "please do not phone before 10am", "never call between 1 and 3 pm",
                 # a part of the day, with or without its "me"
                 "don't call in the morning", "Do not call me at night", "pls don't ring during office hours",
                 "don't phone him before 9"):
        p = Participant(pid="t", email="t@example.com", attributes={"consent for research": "Yes", "notes": note})
        assert reached_one_way(p) is None and left_out_by_roster(p, TODAY) is None, note
    p = Participant(pid="c", email="c@example.com", attributes={"consent for research": "Yes", "notes": "don't call me"})
    assert reached_one_way(p) == "notes: don't call me"


def test_a_danish_member_export_consent_nej_a_death_staff_a_guardian_an_erasure_and_a_minor_leave_out() -> None:
    """A Danish pension or union member system: "Samtykke til undersøgelser" answered "Nej" is a no to research,
    a status "Død" or a note of the member's estate ("dødsbo") a death, "medarbejder" staff, "under værgemål" a
    legal guardian, "vil have sine oplysninger slettet" an erasure, a "Fødselsdato" under 18 years a minor."""
    from listenwell.analysis.roster_signals import left_out_by_roster
    today = dt.date(2026, 11, 28)

    def medlem(pid: str, note: str = "", status: str = "Aktiv", **more: str) -> Participant:
        return Participant(pid=pid, attributes={"Status": status, "Seneste login": "20-11-2026 09:15",
                                                "Samtykke til undersøgelser": "Ja", "Fødselsdato": "11.02.1971",
                                                "Bemærkning": note, **more})
    why = [(medlem("D1", **{"Samtykke til undersøgelser": "Nej"}), "said no to research contact"),
           (medlem("D2", status="Død"), "deceased"), (medlem("D3", "Dødsbo v. advokat"), "deceased"),
           (medlem("D4", "Er afdød"), "deceased"), (medlem("D5", "medarbejder i kundeservice"), "staff"),
           (medlem("D6", "Under værgemål"), "has a legal guardian"),
           (medlem("D7", "Ønsker sine personoplysninger slettet"), "asked to have their data erased"),
           (medlem("D8", **{"Fødselsdato": "30-06-2010"}), "under 18"),
           (medlem("D9", "Ønsker ikke at blive kontaktet igen"), "asked not to be contacted"),
           (medlem("D10", "Testbruger (IT-afdelingen)"), "the roster's note says so"),
           (medlem("D11", "Kontakt ikke"), "marked do not contact")]
    for p, reason in why:
        assert (left_out_by_roster(p, today) or "").startswith(reason), (p.attributes, left_out_by_roster(p, today))
    # the member's father dead, a spouse who works here, a time of day to call, "kun e-mail": none leaves out
    for note in ("Far død i sommer, medlemmet selv aktiv", "Ægtefælle er medarbejder", "Ring ikke før kl. 10",
                 "kun e-mail", "Hvilende siden 2024"):
        assert left_out_by_roster(medlem("K1", note), today) is None, note


def test_danish_notes_named_in_warnings_and_an_earlier_interview_by_day_or_month() -> None:
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, legal_matter, reached_one_way
    today = dt.date(2026, 11, 28)

    def medlem(pid: str, note: str) -> Participant:
        return Participant(pid=pid, attributes={"Status": "Aktiv", "Bemærkning": note})
    assert legal_matter(medlem("L1", "Verserende klage hos Pensionsankenævnet"))
    assert legal_matter(medlem("L2", "sag i Finanstilsynet, afventer"))
    assert reached_one_way(medlem("E1", "Ring ikke - kun pr. mail"))
    assert last_interviewed_in_roster(medlem("I1", "Interviewet d. 4.9.2026 om udbetaling"), today=today) == \
        dt.date(2026, 9, 4)
    assert last_interviewed_in_roster(medlem("I2", "interviewet i april 2026"), today=today) == dt.date(2026, 4, 30)


def test_a_danish_count_over_12_months_is_a_year_and_transferred_or_left_members_are_lapsed() -> None:
    """"Logins seneste 12 mdr." (måneder) is a count over a year, so 30 is about 2.5 a month, no frequent use;
    "Overført" (savings transferred out) and "Udtrådt" (left the scheme) are ended memberships."""
    today = dt.date(2026, 11, 28)

    def medlem(pid: str, status: str, last: str, count: str) -> Participant:
        return Participant(pid=pid, attributes={"Status": status, "Seneste login": last,
                                                "Logins seneste 12 mdr.": count})
    people = [medlem("U1", "Aktiv", "25-11-2026 08:00", "30"), medlem("U2", "Aktiv", "27-11-2026 08:00", "90"),
              medlem("U3", "Overført", "10-11-2026 12:00", "14"), medlem("U4", "Udtrådt", "02-03-2026 10:00", "2"),
              medlem("U5", "Aktiv", "13-06-2026 10:00", "2")]
    plan = plan_mix(people, MixOptions(size=5, as_of=today))
    _, persons = segment(people, MixOptions(as_of=today))
    got = {q.pid: q.segments["usage"] for q in persons}
    assert got == {"U1": "occasional", "U2": "frequent", "U3": "lapsed", "U4": "lapsed", "U5": "lapsed"}
    assert not any("contradict" in w for w in plan.warnings), plan.warnings


def test_tagalog_and_taglish_remarks_leave_out_who_must_not_be_asked() -> None:
    """A Philippine shop's agent remarks in Tagalog and Taglish (our own words): do not call, a refusal, no
    recording, our own staff and agent, a minor, a death, an erasure request and collections leave out (walk81 F2,
    F3); and what stays in: a call time, a spouse's death, a staff member's relative and a former employee, named."""
    from listenwell.analysis.roster_signals import former_staff, left_out_by_roster, relative_of_staff
    today = dt.date(2026, 11, 29)

    def may_ari(note: str) -> Participant:
        return Participant(pid="t", name="Lorna Dizon", attributes={"Agent Remarks": note})

    out = {"Huwag na pong tawagan, galit": "the roster's note says so",
           "wag na daw i-text o tawagan": "the roster's note says so",
           "Ayoko na magpa-interview sabi niya": "the roster's note says so",
           "h'wag i-record ang usapan": "said no to recording",
           "Empleyado namin sa Makati branch": "staff",
           "field agent natin sa Pasig": "staff",
           "menor de edad pa, tatay ang may-ari": "under 18",
           "16 taong gulang, estudyante": "under 18",
           "Pumanaw na po noong Setyembre": "deceased",
           "pinapa-burahin: burahin ang personal data, sabi ng DPO": "asked to have their data erased",
           "may balanse pa, nasa collections": "in debt collection"}
    for note, why in out.items():
        got = left_out_by_roster(may_ari(note), today)
        assert got is not None and got.startswith(why), (note, got)
    kept = ["tawagan pagkatapos ng 6pm", "nagtitinda 3 taon na", "Namatay na ang asawa niya noong Mayo, siya na ang nagtitinda",
            "anak ng empleyado namin sa Cebu", "dating empleyado natin sa warehouse", "Ang anak niya ay 16 taong gulang",
            "Online dating staff complained about the app"]
    assert [left_out_by_roster(may_ari(note), today) for note in kept] == [None] * len(kept)
    assert relative_of_staff(may_ari("anak ng empleyado namin sa Cebu"))
    assert former_staff(may_ari("dating empleyado natin sa warehouse"))


def test_a_tagalog_interview_note_gives_the_day_for_exclude_recent() -> None:
    """'Na-interview na … 10/15/2026' is an earlier interview's day, as 'Interviewed 10/15/2026' is; by its month,
    in English or Tagalog ('nung Agosto 2026'), its last day (walk81 F10)."""
    from listenwell.analysis.roster_signals import MONTH_FIRST, last_interviewed_in_roster
    p = Participant(pid="i", attributes={"Remarks": "Na-interview na ng UX team 09/22/2026, ok kausap"})
    assert last_interviewed_in_roster(p, MONTH_FIRST) == dt.date(2026, 9, 22)
    q = Participant(pid="j", attributes={"Remarks": "na-interview na po nung Sept 2026"})
    assert last_interviewed_in_roster(q, MONTH_FIRST) == dt.date(2026, 9, 30)
    r = Participant(pid="l", attributes={"Remarks": "Na-interview na namin nung Agosto 2026 (onboarding)"})
    assert last_interviewed_in_roster(r, MONTH_FIRST) == dt.date(2026, 8, 31)
    assert last_interviewed_in_roster(Participant(pid="k", attributes={"Remarks": "hindi pa na-interview"}),
                                      MONTH_FIRST) is None


def test_taglish_notes_no_rule_matched_are_named_not_taken_as_read() -> None:
    """A Tagalog note no rule matched is in a language the rules read; a Taglish one, half in English, is named
    all the same, not taken as read for its English words (walk81 F2)."""
    from listenwell.analysis.roster_signals import in_a_language_read, unread_words
    for note in ("Sarado na ang tindahan nila ngayong buwan", "Lumipat na sa ibang app, mas mura daw ang fee",
                 "nasa probinsya siya ngayon, babalik sa Enero"):
        assert unread_words(note) and in_a_language_read(note), note
    assert not unread_words("Prefers a call after 5pm, busy mornings")


def test_a_consent_under_a_data_protection_law_said_no_leaves_them_out() -> None:
    """'DPA Consent: No' (the Philippines' Data Privacy Act), 'GDPR consent: N' leave out, as a no to being
    contacted does; a yes or an empty cell does not (walk81 F1)."""
    from listenwell.analysis.roster_signals import left_out_by_roster, recorded_refusal
    for col, no in (("DPA Consent", "No"), ("GDPR consent", "N"), ("Data Privacy Consent", "no"),
                    ("Consent under the DPA", "No")):
        p = Participant(pid="1", name="Nilo Sy", attributes={col: no})
        assert (left_out_by_roster(p, TODAY) or "").startswith("did not give consent under the data protection law"), col
    assert recorded_refusal("DPA Consent", "No")
    for value in ("Yes", ""):
        p = Participant(pid="2", name="Nilo Sy", attributes={"DPA Consent": value})
        assert "data protection" not in (left_out_by_roster(p, TODAY) or ""), value


def test_cebuano_remarks_leave_out_who_must_not_be_asked() -> None:
    """A Cebu or Davao field officer's remarks in Cebuano (Bisaya; our own words): our staff and agent ("nato"),
    do not call or text ("ayaw", "dili"), a refusal, leave out; a court case is named as a legal matter, a
    relative of our staff named, and a husband's death ("bana") is not the borrower's (walk86 F1, F3, F5, F6, F7)."""
    from listenwell.analysis.roster_signals import legal_matter, left_out_by_roster, relative_of_staff
    today = dt.date(2026, 11, 29)

    def nangutang(note: str) -> Participant:
        return Participant(pid="c", name="Rey Alesna", attributes={"Field Officer Notes": note})

    out = {"kolektor nga empleyado nato sa Talisay": "staff",
           "ahente nato sa Lahug, tig-collect": "staff",
           "ayaw na gyud tawagi kay busy": "the roster's note says so",
           "dili na i-text palihug": "asked not to be contacted",
           "Dili na gusto magpa-interview, busy sa tindahan": "the roster's note says so"}
    for note, why in out.items():
        got = left_out_by_roster(nangutang(note), today)
        assert got is not None and got.startswith(why), (note, got)
    kept = ["Namatay ang iyang bana sa Hunyo, siya na nagdala sa tindahan", "igsoon sa empleyado nato sa Mandaue",
            "naay kaso sa korte, collection", "kanhi empleyado nato sa bodega"]
    assert [left_out_by_roster(nangutang(note), today) for note in kept] == [None] * len(kept)
    assert relative_of_staff(nangutang("igsoon sa empleyado nato sa Mandaue"))
    assert legal_matter(nangutang("naay kaso sa korte, collection"))
    assert legal_matter(nangutang("Gikiha sa small claims"))


def test_a_cebuano_interview_note_gives_the_day_for_exclude_recent() -> None:
    """'gi-interview na ni 09/14/2026' or '… ni Sept 2026' (Cebuano) is an earlier interview's day, or its month's
    last, as the Tagalog 'na-interview na nung …' is (walk86 F2)."""
    from listenwell.analysis.roster_signals import MONTH_FIRST, last_interviewed_in_roster
    p = Participant(pid="i", attributes={"Remarks": "gi-interview na ni 09/14/2026 sa UX team"})
    assert last_interviewed_in_roster(p, MONTH_FIRST) == dt.date(2026, 9, 14)
    q = Participant(pid="j", attributes={"Remarks": "Gi-interview na ni Sept 2026, ok ra"})
    assert last_interviewed_in_roster(q, MONTH_FIRST) == dt.date(2026, 9, 30)


def test_a_data_privacy_consent_said_no_in_tagalog_or_cebuano_leaves_them_out() -> None:
    """'Data Privacy consent: Hindi', 'Dili' or 'wala pa' (no, no, not yet) is no consent, as 'N' is; 'Oo' is not
    a no, and 'Hindi' elsewhere (a language) says nothing (walk86 F4)."""
    from listenwell.analysis.roster_signals import left_out_by_roster
    for no in ("Hindi", "DILI", "wala pa", "hindi pa po"):
        p = Participant(pid="1", name="Nilo Sy", attributes={"DPA consent": no})
        assert (left_out_by_roster(p, TODAY) or "").startswith("did not give consent under the data protection law"), no
    for col, value in (("DPA consent", "Oo"), ("Preferred language", "Hindi")):
        p = Participant(pid="2", name="Nilo Sy", attributes={col: value})
        assert "data protection" not in (left_out_by_roster(p, TODAY) or ""), value


def test_a_barred_line_is_named_as_suspended_and_a_complaint_to_the_ntc_as_a_legal_matter() -> None:
    """A telco's 'Account Status: Barred' is named as a suspended account is; Tagalog 'nag-reklamo sa NTC' (the
    telecoms regulator) as a complaint to a regulator (walk81 F11)."""
    from listenwell.analysis.roster_signals import legal_matter, suspended_account
    assert suspended_account(Participant(pid="b", attributes={"Account Status": "Barred"}))
    assert suspended_account(Participant(pid="c", attributes={"Account Status": "Active"})) is None
    for note in ("Nag-reklamo po sa NTC dahil sa load", "complained to the NPC about texts"):
        assert legal_matter(Participant(pid="d", attributes={"Agent Remarks": note})), note


def test_nigerian_pidgin_hausa_and_yoruba_remarks_leave_out_who_must_not_be_asked() -> None:
    """A Lagos wallet app's field-agent remarks (our own words) in Nigerian Pidgin, with a Hausa and a Yoruba
    request and Nigerian English's "is late" (has died): calls refused, staff, deaths, a dummy account, a minor,
    a recording refused (walk79 F1-F3, F5); and what stays in: a relative's death, a time of day, our staff named
    beside what they did, someone late with a payment."""
    from listenwell.analysis.roster_signals import left_out_by_roster
    today = dt.date(2026, 11, 29)

    def trader(note: str) -> Participant:
        return Participant(pid="t", email=None, attributes={"Agent Remarks": note})

    out = {"abeg make una no call am again, she vex": "",
           "Na our staff for Ikeja branch office": "",
           "she be our staff": "staff",
           "he dey work for us as field agent": "staff",
           "ma'aikaciyarmu ce": "staff", "ma\u2019aikacinmu ne": "staff",
           "the man don die last month, wife pick the phone": "deceased",
           "Client is late. Brother informed us": "deceased",
           "ta rasu": "deceased",
           "o ti ku": "deceased",
           "dummy wallet for agent training": "the roster's note says so: a test account",
           "him be minor, na papa dey fund am": "under 18",
           "he be 15 years, JSS3 student": "under 18",
           "kada a sake kiran shi": "",
           "e ma pe mi mo": "",
           "make we no record am, she fit still talk": "said no to recording",
           "she no gree make we record": "said no to recording"}
    for note, why in out.items():
        got = left_out_by_roster(trader(note), today)
        assert got is not None and got.startswith(why), (note, got)
    kept = ["her papa don die last year, she dey manage the shop now", "His wife is late. Still trading at Balogun",
            "no call am before 10am", "Our staff helped her to open the wallet", "Customer is late on repayment",
            "dey pay late sometimes", "na our staff wife", "na our staff pikin"]
    assert [left_out_by_roster(trader(note), today) for note in kept] == [None] * len(kept)
    # (a staff member's wife or child is named as a relative of our staff, not left out as staff)
    from listenwell.analysis.roster_signals import relative_of_staff
    assert relative_of_staff(trader("na our staff wife")) and relative_of_staff(trader("na our staff pikin"))


def test_pidgin_interview_and_travel_remarks_are_read_and_unmatched_pidgin_or_hausa_named() -> None:
    """An earlier interview in Pidgin counts for --exclude-recent (walk79 F4); a customer gone abroad is named as
    moved away (F13); a Pidgin note no rule matched is named as such, and a Hausa one as unread, not passed over
    as English because its words are spelt as English ones are (F1, F3)."""
    from listenwell.analysis.roster_signals import (in_a_language_read, last_interviewed_in_roster, moved_away,
                                                    unread_words)

    def trader(note: str) -> Participant:
        return Participant(pid="t", email=None, attributes={"Agent Remarks": note})

    assert last_interviewed_in_roster(trader("interview don happen 14/10/2026, Kemi do am")) == dt.date(2026, 10, 14)
    assert last_interviewed_in_roster(trader("we don interview am 2/11/2026")) == dt.date(2026, 11, 2)
    for note in ("customer don japa", "she dey London now", "him no dey Naija again"):
        assert moved_away(trader(note)), note
    assert not moved_away(trader("she dey shop every day now"))
    pidgin = "customer dey hustle for Mile 12, e go come back"
    assert unread_words(pidgin) and in_a_language_read(pidgin)
    hausa = "ba ya amfani da app yanzu"
    assert unread_words(hausa) and not in_a_language_read(hausa)
    assert unread_words("call after 4pm, she sells tomatoes") == ()


def test_czech_and_slovak_crm_notes_consent_and_statuses_are_read() -> None:
    """A Czech (or Slovak) utility's CRM: "Souhlas s výzkumem" answered ANO/NE, "Stav smlouvy" Aktivní/Ukončená/
    Ve výpovědi beside "Datum ukončení" written "4. 9. 2026", and notes in "Poznámka" (walk78 F1, F2, F5, F13)."""
    from listenwell.analysis.roster_signals import last_interviewed_in_roster, left_out_by_roster
    today = dt.date(2026, 11, 28)

    def odberatel(pid: str, note: str = "", consent: str = "ANO", **more: str) -> Participant:
        return Participant(pid=pid, attributes={"Stav smlouvy": "Ukončená", "Datum ukončení": "4. 9. 2026",
                                                "Souhlas s výzkumem": consent, "Poznámka": note, **more})
    why = [(odberatel("C1", consent="NE"), "said no to research contact"),
           (odberatel("C2", "prosím nevolat"), "the roster's note says so"),
           (odberatel("C3", "nepřeje si být kontaktován"), "marked do not contact"),
           (odberatel("C4", "zemřela, smlouvu vypověděl syn"), "deceased"),
           (odberatel("C5", "zaměstnankyně naší společnosti"), "staff"),
           (odberatel("C6", "náš kolega z fakturace"), "staff"),
           (odberatel("C7", "má opatrovníka; opatrovník: dcera"), "has a legal guardian"),
           (odberatel("C8", "GDPR: žádost o výmaz osobních údajů"), "asked to have their data erased"),
           (odberatel("C9", "vymáhání – exekuce"), "in debt collection"),
           (odberatel("C10", "nezletilý"), "under 18"),
           (odberatel("C11", "", **{"Datum narození": "7. 3. 2010"}), "under 18"),
           # Slovak
           (odberatel("S1", "nevolať"), "the roster's note says so"),
           (odberatel("S2", "zomrel"), "deceased")]
    for p, reason in why:
        assert (left_out_by_roster(p, today) or "").startswith(reason), (p.attributes, left_out_by_roster(p, today))
    # someone else's death, a relative on the staff, a time of day to call: not the person's own
    for note in ("zemřel manžel, smlouvu převzala", "dcera zaměstnance", "nevolat po 18 h", "", "jen e-mailem"):
        assert left_out_by_roster(odberatel("K1", note), today) is None, note
    # an interview done, by a note or the column, its day written the Czech way
    assert last_interviewed_in_roster(odberatel("I1", "rozhovor proveden 2. 10. 2026"), today=today) == dt.date(2026, 10, 2)
    p = odberatel("I2", **{"Poslední výzkumný rozhovor": "2. 10. 2026"})
    assert last_interviewed_in_roster(p, today=today) == dt.date(2026, 10, 2)
    # an ended contract and one under notice are lapsed, dated by the end
    people = [odberatel("U1"), odberatel("U2", **{"Stav smlouvy": "Ve výpovědi", "Datum ukončení": "31. 12. 2026"}),
              odberatel("U3", **{"Stav smlouvy": "Aktivní", "Datum ukončení": ""})]
    _, persons = segment(people, MixOptions(as_of=today))
    got = {q.pid: (q.segments["usage"], q.usage_from) for q in persons}
    assert got["U1"][0] == "lapsed" and "4. 9. 2026" in got["U1"][1]
    assert got["U2"][0] == "lapsed" and got["U3"][0] != "lapsed"


def test_a_czech_nps_question_from_survio_is_read_in_nps_bands() -> None:
    column = "Jak pravděpodobné je, že byste nás doporučili svým přátelům? (0 – vůbec, 10 – určitě)"
    people = [Participant(pid=f"Z{i}", attributes={column: v, "Stav smlouvy": "Aktivní"})
              for i, v in enumerate(("2", "7", "9"))]
    _, persons = segment(people, MixOptions(as_of=dt.date(2026, 11, 28)))
    assert [q.segments["sentiment"] for q in persons] == ["detractor", "passive", "promoter"]


def test_czech_notes_no_rule_matched_are_all_named_as_in_a_language_the_rules_read() -> None:
    # a survey's Czech answers to "why did you leave": one verdict for all, not some in a language nobody reads
    # (walk78 F16); one word alone says no language
    from listenwell.analysis.roster_signals import in_a_language_read
    for note in ("Fakturace byla chybná a nikdo mi to nevysvětlil.", "Odstěhovali jsme se mimo Brno.",
                 "Manžel je náš zaměstnanec", "Vše nám zařídil zprostředkovatel."):
        assert in_a_language_read(note), note
    assert not in_a_language_read("Cena.")


def test_italian_notes_leave_out_who_must_not_be_asked_and_name_the_rest() -> None:
    """An Italian insurer's CRM notes (walk80 F1-F7, F9, F13, F15): staff opening a clause, a legal guardian, a no to
    recording, a minor, a test account and an interview by its month leave out; a relative of staff, a relative's
    death, a lawsuit, a complaint to the regulator and one way only are named; a time as a customer is no age."""
    from listenwell.analysis.roster_signals import left_out_by_roster
    today = dt.date(2026, 11, 29)

    def assicurato(pid: str, nota: str) -> Participant:
        return Participant(pid=pid, email=f"{pid.lower()}@posta.example.it",
                           attributes={"sessions_30d": "4", "note": nota, "cellulare": f"+39 347 555 01{pid[1:]:0>2}"})
    said = {"A1": ("Dipendente – reparto liquidazioni", "staff"),
            "A2": ("Dipendente Polizzasicura, sede di Torino", "staff"),
            "A3": ("Amministratrice di sostegno: il nipote", "has a legal guardian"),
            "A4": ("tutore legale nominato dal tribunale", "has a legal guardian"),
            "A5": ("Preferisce di no: non vuole venire registrata", "said no to recording"),
            "A6": ("minorenne, usa l'app del papà", "under 18"),
            "A7": ("utente di prova del reparto IT", "the roster's note says so: a test account"),
            "A8": ("Intervistata a settembre 2026 per il progetto app", "interviewed on 2026-09-30"),
            "A9": ("ha 17 anni", "under 18"), "A10": ("Anagrafica duplicata", "the roster leaves them out")}
    kept = {"B1": "Marito di una nostra dipendente", "B2": "Madre deceduta a marzo, ora paga lui",
            "B3": "Causa legale in corso per un rimborso", "B4": "Esposto all'IVASS del 3/9/2026",
            "B5": "Solo via email, non al telefono", "B6": "Cliente da 9 anni, sempre puntuale",
            "B7": "Dipendente pubblico, paga puntuale", "B8": "È tutrice legale della sorella",
            "B9": "Trasferita all'estero"}
    people = [assicurato(pid, nota) for pid, (nota, _) in said.items()] + [assicurato(p, n) for p, n in kept.items()]
    assert [left_out_by_roster(assicurato(p, n), today) for p, n in kept.items()] == [None] * len(kept)
    plan = plan_mix(people, MixOptions(size=len(people), as_of=today, exclude_recent_days=120))
    left = dict(plan.excluded)
    assert sorted(left) == sorted(said)
    for pid, (_, why) in said.items():
        assert left[pid].startswith(why), (pid, left[pid])

    def named(what: str) -> set[str]:
        return set(re.findall(r"[AB]\d+", next((w for w in plan.warnings if what in w), "")))
    assert named("relative of our staff") == {"B1"}
    assert named("legal matters") == {"B3", "B4"}
    assert named("one way only") == {"B5"}
    # an Italian note no rule matched is in a language the rules read, not one nobody reads
    assert "B9" in named("no rule matched (in a language the rules read)")
    assert not named("could not read")


def test_an_italian_policy_status_is_the_accounts_cancelled_expired_and_suspended_read() -> None:
    """An insurer's "Stato polizza" (walk80 F10): "Disdetta" and "Scaduta" lapsed, "Attiva" active, "Sospesa" named as
    a suspended account, in the feminine a policy takes as in the masculine."""
    from listenwell.analysis.roster_signals import suspended_account
    assert usage([{"Stato polizza": v} for v in ("Attiva", "Disdetta", "Scaduta", "Disdetto")]) == [
        "active", "lapsed", "lapsed", "lapsed"]
    sospesa = Participant(pid="S1", attributes={"stato polizza": "Sospesa"})
    assert suspended_account(sospesa) == "stato polizza: Sospesa"


def test_a_norwegian_insurers_export_in_bokmal_and_nynorsk_leaves_out_or_names_who_it_must() -> None:
    """A Norwegian CRM: "Samtykke til brukerundersøkelser" answered "Nei" is a no to research; a "Merknad" is the
    notes, read in Bokmål and Nynorsk: a refusal ("vil ikke delta", "ynskjer ikkje å delta"), staff ("ansatt hos
    oss", "tilsett hjå oss"), a fraud case, a guardian ("verge"); a power of attorney and a complaint to the
    Finance Complaints Board named; "ikke ring" and "berre e-post" a way to reach them, not a no; a "Sist
    intervjuet" column and an "intervjuet 02.10.2026" note the last interview."""
    from listenwell.analysis.roster_signals import (declined_marketing, last_interviewed_in_roster, left_out_by_roster,
                                                    legal_matter, reached_one_way)
    today = dt.date(2026, 11, 28)

    def kunde(pid: str, note: str = "", **more: str) -> Participant:
        return Participant(pid=pid, email=f"{pid}@example.no",
                           attributes={"Kundestatus": "Aktiv", "Siste innlogging": "21.11.2026 10:05",
                                       "Samtykke til brukerundersøkelser": "Ja", "Fødselsdato": "02.03.1977",
                                       "Reservert mot telefonsalg": "Nei", "Merknad": note, **more})
    why = [(kunde("N1", **{"Samtykke til brukerundersøkelser": "Nei"}), "said no to research contact"),
           (kunde("N2", "Vil ikke delta i intervjuer"), "asked not to be interviewed"),
           (kunde("N3", "ynskjer ikkje å delta"), "asked not to be interviewed"),
           (kunde("N4", "ansatt hos oss (IT)"), "staff"), (kunde("N5", "tilsett hjå oss, kundesenteret"), "staff"),
           (kunde("N6", "saken ligger hos svindelavdelingen"), "flagged for fraud"),
           (kunde("N7", "Har verge"), "has a legal guardian")]
    for p, reason in why:
        assert (left_out_by_roster(p, today) or "").startswith(reason), (p.attributes, left_out_by_roster(p, today))
    for note in ("ikke ring", "ikkje ring, berre e-post", "bare e-post", "fullmakt til dattera",
                 "klage til Finansklagenemnda", "on the verge of cancelling", "ikke ring etter kl. 16"):
        assert left_out_by_roster(kunde("K1", note), today) is None, note
    assert reached_one_way(kunde("E1", "ikke ring")) and reached_one_way(kunde("E2", "berre e-post"))
    assert reached_one_way(kunde("E3", "ikke ring etter kl. 16")) is None
    assert legal_matter(kunde("L1", "klage til Finansklagenemnda (sak 2026-0931)"))
    assert declined_marketing(kunde("M1", **{"Reservert mot telefonsalg": "Ja"})) == "Reservert mot telefonsalg: Ja"
    assert declined_marketing(kunde("M2")) is None
    assert last_interviewed_in_roster(kunde("I1", "intervjuet 02.10.2026"), today=today) == dt.date(2026, 10, 2)
    assert last_interviewed_in_roster(kunde("I2", **{"Sist intervjuet": "14.09.2026"}), today=today) == \
        dt.date(2026, 9, 14)


def test_a_norwegian_count_over_12_mnd_is_a_year_and_a_customer_status_is_read_for_usage() -> None:
    """"Antall innlogginger siste 12 mnd." (måneder) counts a year: 4 is a third a month, 36 three; a
    "Kundestatus" of "Overført til annet selskap" or "Oppsagt" is a customer who left."""
    today = dt.date(2026, 11, 28)

    def kunde(pid: str, status: str, last: str, count: str) -> Participant:
        return Participant(pid=pid, attributes={"Kundestatus": status, "Siste innlogging": last,
                                                "Antall innlogginger siste 12 mnd.": count})
    people = [kunde("U1", "Aktiv", "26.11.2026 08:00", "36"), kunde("U2", "Aktiv", "27.11.2026 08:00", "80"),
              kunde("U3", "Overført til annet selskap", "20.11.2026 11:11", "4"),
              kunde("U4", "Oppsagt", "02.09.2026 10:00", "19"), kunde("U5", "Aktiv", "16.08.2026 21:30", "19")]
    plan = plan_mix(people, MixOptions(size=5, as_of=today))
    _, persons = segment(people, MixOptions(as_of=today))
    got = {q.pid: q.segments["usage"] for q in persons}
    assert got == {"U1": "occasional", "U2": "frequent", "U3": "lapsed", "U4": "lapsed", "U5": "lapsed"}, got
    assert not any("contradict" in w for w in plan.warnings), plan.warnings


@pytest.mark.parametrize("note", ["Cliente desde hace 5 años", "client depuis 5 ans", "klant sinds 5 jaar",
                                  "cliente da 12 anni", "cliente há 5 anos", "customer for 12 yrs", "klient od 5 lat"])
def test_how_long_someone_has_been_a_customer_is_no_age(note: str) -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    assert left_out_by_roster(person("c", notes=note), TODAY) is None
    # their age, said so, still is
    assert left_out_by_roster(person("a", notes=note + ", tiene 16 años"), TODAY) == \
        f"under 18 (notes: {note}, tiene 16 años)"


def test_a_six_digit_korean_date_of_birth_is_read_year_first() -> None:
    from listenwell.analysis.roster_signals import birth_date, left_out_by_roster
    # a member list's "생년월일" of six digits, as Korean forms write it: YYMMDD (2026-06-01 is the plan's day)
    assert left_out_by_roster(person("adult", 생년월일="880704"), TODAY, adult=19) is None
    assert left_out_by_roster(person("born2001", 생년월일="010930"), TODAY, adult=19) is None
    assert left_out_by_roster(person("teen", 생년월일="091122"), TODAY, adult=19) == "under 19 (생년월일: 091122)"
    assert left_out_by_roster(person("child", 생년월일="120301"), TODAY) == "under 18 (생년월일: 120301)"
    assert birth_date(person("x", 생년월일="880704")) == (1988, 7, 4)
    # under an English header either order may be meant: under 18 read either way is under 18
    assert left_out_by_roster(person("dm", **{"date of birth": "120301"}), TODAY) is not None
    assert left_out_by_roster(person("ym", **{"date of birth": "880704"}), TODAY) is None


def test_korean_notes_that_took_part_in_an_interview_or_refuse_recording_in_a_sentence() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    # "참여" (took part) as the note's last word is an earlier interview; willing or able to take part is not
    people = [Participant(pid="a", attributes={"메모": "5월 12일 인터뷰 참여"}),
              Participant(pid="b", attributes={"메모": "리서치 참석 (4/30)"}),
              Participant(pid="c", attributes={"메모": "인터뷰 참여 의향 있음"}),
              Participant(pid="d", attributes={"메모": "인터뷰 참여 가능"})]
    _, persons = segment(people, MixOptions(as_of=TODAY))
    assert [p.last_interviewed for p in persons][:1] == [dt.date(2026, 5, 12)]
    assert persons[1].last_interviewed is not None and persons[2].last_interviewed is None \
        and persons[3].last_interviewed is None
    # a yes to the interview and a no to recording in one sentence: a no to recording
    said = left_out_by_roster(person("r", 메모="통화는 괜찮지만 녹음은 원치 않음"), TODAY) or ""
    assert said.startswith("said no to recording"), said
    assert (left_out_by_roster(person("e", notes="Happy to chat, does not want to be recorded"), TODAY) or "") \
        .startswith("said no to recording")


def test_a_korean_count_over_the_last_months_is_read_over_its_window() -> None:
    # "최근 3개월 구매횟수": orders in the last 3 months, not since sign-up (none in the window beside a last
    # order in the autumn is lapsed, not never activated; 4 in 3 months is more than once a month)
    rows = [{"최종구매일": "2025-10-20", "구매횟수": "41", "최근 3개월 구매횟수": "0", "가입일": "2019-06-01"},
            {"최종구매일": "2026-05-27", "구매횟수": "22", "최근 3개월 구매횟수": "4", "가입일": "2019-06-01"},
            {"최종구매일": "", "구매횟수": "0", "최근 3개월 구매횟수": "0", "가입일": "2025-01-01"}]
    people = [Participant(pid=f"P{i}", attributes={k.lower(): v for k, v in r.items() if v})
              for i, r in enumerate(rows)]
    _, persons = segment(people, MixOptions(as_of=TODAY, usage_from=["최종구매일", "최근 3개월 구매횟수"]))
    assert [p.segments["usage"] for p in persons] == ["lapsed", "occasional", "never_activated"]
    assert "a month" in persons[1].usage_from, persons[1].usage_from


def test_korean_notes_of_a_minor_an_erasure_a_dispute_a_proxy_and_a_relative_of_staff() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    assert (left_out_by_roster(person("m", 메모="미성년자 (중3)"), TODAY) or "").startswith("under 18")
    assert left_out_by_roster(person("c", 메모="미성년 자녀 있음"), TODAY) is None  # (their child is)
    assert "erased" in (left_out_by_roster(person("e", 메모="회원정보 삭제 요청 (12/01)"), TODAY) or "")
    # a relative of staff is not staff: planned, and named with the dispute and the proxy
    people = [person("s", 메모="남편이 직원 (물류팀)"), person("d", 메모="교환 분쟁 중"),
              person("p", 메모="법정대리인(아버지) 통해 연락"), person("x", 메모="VIP 고객")]
    plan = plan_mix(people, MixOptions(size=4, as_of=TODAY))
    assert sorted(p.pid for p in plan.chosen) == ["d", "p", "s", "x"]
    said = " ".join(plan.warnings)
    assert "relative of our staff, by the roster's note: s (" in said
    assert any("legal matter" in w and "d (" in w for w in plan.warnings), plan.warnings
    assert any("power of attorney or guardian" in w and "p (" in w for w in plan.warnings), plan.warnings


def test_one_member_on_two_korean_accounts_by_mobile_and_name_is_planned_once() -> None:
    # "휴대전화" is the phone: the same number under the same name is one person, as "Phone" is
    people = [Participant(pid="hy_old", name="정하윤", attributes={"휴대전화": "010-5151-7070", "구매횟수": "12"}),
              Participant(pid="hy_new", name="정하윤", attributes={"휴대전화": "010 5151 7070", "구매횟수": "2"}),
              Participant(pid="other", name="오세진", attributes={"휴대전화": "010-9090-1212", "구매횟수": "5"})]
    plan = plan_mix(people, MixOptions(size=3, as_of=TODAY))
    assert sorted(p.pid for p in plan.chosen) in (["hy_old", "other"], ["hy_new", "other"])


def test_a_note_of_a_no_show_or_a_refusal_says_which_rule_left_them_out() -> None:
    from listenwell.analysis.roster_signals import left_out_by_roster
    assert left_out_by_roster(person("n", 메모="5월 인터뷰 불참 (노쇼)"), TODAY) == \
        "the roster's note says so: missed an interview (a no-show) (메모: 5월 인터뷰 불참 (노쇼))"
    assert left_out_by_roster(person("r", 메모="인터뷰 거절함"), TODAY) == \
        "the roster's note says so: declined research (메모: 인터뷰 거절함)"
