"""What a roster says of its rows taken together, not one row alone: who is the team's own (named as
the owner of other rows), who works where someone is barred from contact, which rows are one person at
one company under two mailboxes, and whose usage count is far beyond everyone else's.

A CRM export lists the team's own people beside the customers: the sales reps who own the records
often have a contact record of their own (added to test an email, or synced from the inbox). Their
own row rarely says so, but the roster does: their name fills the owner column of other rows, at
other companies. A legal hold or a do-not-contact note is written on one contact, but it is about the
company; a duplicate contact gets a second mailbox at the same company. Each function here reads the
whole roster and gives pid → why, for the plan (analysis/mix.py) to leave out or to name.
"""

from __future__ import annotations

import functools
import re
import statistics
from collections import Counter

from listenwell.analysis.roster_signals import (
    COUNTS,
    count_or_none,
    left_out_by_roster,
    marked_test,
    name_in_roster,
    present,
    work_domain,
)
from listenwell.domain import Participant
from listenwell.domain.names import words
from listenwell.domain.text import column_words

# the column that names who on the team looks after the record: HubSpot's "Contact owner", Salesforce's
# "Account Owner", "Owner" or "Owner Name", a sheet's "Assigned to", "Sales rep", "Account manager",
# "CSM". (Not "Company owner" or "Business owner": the customer's own boss.)
_OWNER_COLUMN = re.compile(
    r"^(?:(?:contact|account|lead|record|deal|opportunity|hubspot|crm)\s)?owner(?:\s(?:name|full name))?$|"
    r"^assigned\s?to$|^assignee$|^(?:sales\s)?rep(?:resentative)?$|^sales\s(?:rep|representative|owner|person)$|"
    r"^account\s(?:manager|executive|rep)$|^(?:csm|cs owner|cs manager|customer success manager|success manager|"
    r"customer success owner)$")
# the column that names the person's company (not a company's own export: that is refused at import)
_COMPANY_COLUMN = re.compile(r"^(?:company|company name|account name|organi[sz]ation|organi[sz]ation name|"
                             r"employer|business name|practice name|firm)$")
# a reason the roster gives for leaving someone out that bars their company, not only them: a note (a
# legal hold, "do not contact") or a do-not-contact value written out, not a person's own opt-out flag
_NOTE_REASON = re.compile(r"^(?:the roster's note says so|marked do not contact) \(.+: ")
_LEGAL_WORDS = r"legal|litigation|lawsuit|law suit|attorneys?|lawyers?|counsel|sued|suing|court"
_LEGAL = re.compile(r"\b(?:" + _LEGAL_WORDS + r")\b", re.I)
_BARS_CONTACT = re.compile(r"\b(?:do not contact|don'?t contact|dnc|not to be contacted|no contact|" + _LEGAL_WORDS
                           + r")\b", re.I)


def _owner_columns(people: list[Participant]) -> list[str]:
    keys = dict.fromkeys(k for p in people for k in p.attributes)
    return [k for k in keys if _OWNER_COLUMN.match(column_words(k))]


@functools.lru_cache(maxsize=4096)  # a roster's people share their columns
def _company_column(col: str) -> bool:
    return bool(_COMPANY_COLUMN.match(column_words(col)))


def company_of(p: Participant) -> str:
    """The person's company as the roster writes it (its company column), or ""."""
    return next((v.strip() for c, v in p.attributes.items() if _company_column(c) and present(v)), "")


def _where(p: Participant) -> str:
    """The organisation a row is at, as one key: its company's words, else its email's work domain."""
    company = " ".join(words(company_of(p)))
    return company or (work_domain(p.email) or "")


def _full_name(p: Participant) -> tuple[str, ...]:
    """The row's name as its words in order of the alphabet ("Reyes, Marcus" and "Marcus Reyes" alike);
    empty where it is one word or none: one word names nobody for certain."""
    name = sorted(words(name_in_roster(p)))
    return tuple(name) if len(name) >= 2 else ()


def team_by_owner(people: list[Participant]) -> dict[str, str]:
    """pid → why: the rows of people whom the roster names in its owner column ("Contact owner", "Account
    Owner", "Assigned to", "CSM") of rows at two other organisations or more: the team's own (a sales rep's
    own contact record), left out as staff. Two organisations, as an owner column may also name a
    customer's own account holder (a family plan's owner, a team plan's admin), whose rows are all at one
    place; a rep's are at many. Matched by the full name (two words at least) or by the email address."""
    agents = _named_as_agent(people)
    columns = _owner_columns(people)
    if not columns:
        return agents
    owned: dict[tuple[str, str], list[Participant]] = {}  # ("name"|"email", key) → rows it owns
    for p in people:
        for col in columns:
            value = p.attributes.get(col, "")
            if not present(value):
                continue
            email = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value)
            if email:
                owned.setdefault(("email", email.group(0).lower()), []).append(p)
            name = sorted(words(re.sub(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(.*?\)", " ", value)))
            if len(name) >= 2:
                owned.setdefault(("name", " ".join(name)), []).append(p)
    out: dict[str, str] = {}
    for p in people:
        keys = [("name", " ".join(n))] if (n := _full_name(p)) else []
        keys += [("email", p.email.strip().lower())] if p.email and "@" in p.email else []
        rows = {x.pid: x for k in keys for x in owned.get(k, []) if x.pid != p.pid}
        places = {_where(x) for x in rows.values()} - {"", _where(p)}
        if len(places) >= 2:
            col = next(c for c in columns if any(present(x.attributes.get(c)) for x in rows.values()))
            out[p.pid] = f"staff: the roster's {col} of {len(rows)} other rows, at {len(places)} organisations"
    return {**agents, **out}


# the column that names the company's agent or officer who signed the customer up or looks after them
# (a pay-as-you-go or microfinance export's "Agent", "Sales agent", "Loan officer"): always the company's own
_AGENT_COLUMN = re.compile(r"^(?:(?:sales|field|sales\sand\sservice|registering|assigned|responsible)\s)?agent"
                           r"(?:\s(?:name|full\sname))?$|^(?:loan|credit|field|relationship)\sofficer(?:\sname)?$")


def _named_as_agent(people: list[Participant]) -> dict[str, str]:
    """pid → why: the rows of people the roster's agent column names on two other rows or more ("Agent:
    Peter Mutua" on a county's rows, and Peter Mutua Nthenge's own customer row): the company's agent,
    left out as staff. Their name is matched by its words, two at least, all in the row's name, as an
    agent is often written by two of three names."""
    keys = dict.fromkeys(k for p in people for k in p.attributes)
    columns = [k for k in keys if _AGENT_COLUMN.match(column_words(k))]
    named: dict[tuple[str, ...], tuple[str, list[str]]] = {}  # the agent's name words → column, rows
    for p in people:
        for col in columns:
            name = tuple(sorted(set(words(p.attributes.get(col, "")))))
            if len(name) >= 2:
                named.setdefault(name, (col, []))[1].append(p.pid)
    out: dict[str, str] = {}
    for p in people:
        own = set(words(name_in_roster(p)))
        for name, (col, rows) in named.items():
            others = [pid for pid in rows if pid != p.pid]
            if len(others) >= 2 and own >= set(name):
                out[p.pid] = f"staff: the roster's {col} of {len(others)} other rows"
                break
    return out


def _customers_domains(people: list[Participant]) -> set[str]:
    """The work email domains that half or more of the roster's addresses share, five rows at least:
    the people the study is about (a university's students at student.uni.ac.uk, one customer's staff),
    not a team among them, so a test account or a barred row there says nothing of the others."""
    domains = [(p.email or "").strip().lower().rpartition("@")[2] for p in people if "@" in (p.email or "")]
    return {d for d, n in Counter(domains).items() if n >= 5 and 2 * n >= len(domains) and work_domain("x@" + d)}


def shares_a_test_domain(people: list[Participant]) -> dict[str, str]:
    """pid → why: the rows at the work email domain of a row the roster marks as an internal or test
    account (qa+payroll3@ourcompany.com): likely the team's own, but named, not left out, as a customer
    may test with an account at their own domain (their colleagues are customers all the same)."""
    tests: dict[str, str] = {}
    common = _customers_domains(people)
    for p in people:
        domain = work_domain(p.email)
        if domain and domain not in tests and domain not in common and marked_test(p):
            tests[domain] = p.pid
    return {p.pid: f"the email domain {domain} of {tests[domain]}, left out as an internal or test account"
            for p in people if (domain := work_domain(p.email)) in tests and tests[domain] != p.pid
            and not marked_test(p)}


def colleagues_of_barred(people: list[Participant]) -> dict[str, str]:
    """pid → why: the rows at the company (the same company name, or the same work email domain) of
    someone the roster leaves out for a note that bars contact ("LEGAL HOLD - litigation, do not
    contact"): a legal hold is the company's, not one contact's, so the plan names them to check."""
    barred: dict[str, tuple[str, str]] = {}  # where → (pid, why)
    common = _customers_domains(people)
    shown: dict[str, str] = {}
    for p in people:
        if not company_of(p) and not work_domain(p.email):
            continue  # (at no organisation the roster names: nobody's colleague)
        why = left_out_by_roster(p)
        if why and _NOTE_REASON.match(why) and _BARS_CONTACT.search(why):
            domain = work_domain(p.email) or ""
            # (at the domain most of the roster shares, a student's or a member's own "do not contact"
            # is theirs alone; a legal hold there is still the company's)
            domain = "" if domain in common and not _LEGAL.search(why) else domain
            for key, said in ((" ".join(words(company_of(p))), company_of(p)), (domain, domain)):
                if key:
                    barred.setdefault(key, (p.pid, why))
                    shown.setdefault(key, said)
    out: dict[str, str] = {}
    for p in people:
        for key in (" ".join(words(company_of(p))), work_domain(p.email) or ""):
            if key in barred and barred[key][0] != p.pid:
                pid, why = barred[key]
                out[p.pid] = f"works at {shown[key]}, where {pid} is left out: {why}"
                break
    return out


def one_person_keys(p: Participant) -> list[tuple[str, str]]:
    """Keys that make two rows one person: the same full name at the same company, or at the same work
    email domain (a CRM's duplicate contact under a second mailbox, "dana@" and "dkowalski@"). Two
    people of one full name at one company are rarer than one person entered twice."""
    company = " ".join(words(company_of(p)))
    domain = work_domain(p.email)
    name = " ".join(_full_name(p)) if company or domain else ""
    if not name:
        return []
    return ([("name and company", f"{name}|{company}")] if company else []) + \
        ([("name and email domain", f"{name}|{domain}")] if domain else [])


# a usage count this many times the roster's median (of those above none) is one to look at
_OUTLIER_TIMES = 4


def usage_far_above(people: list[Participant]) -> dict[str, str]:
    """pid → why: the rows whose usage count ("Payroll runs (last 30 days)") is over four times the median
    of the roster's counts above none in that column (an accountant who runs payroll for nine clients,
    an agency's shared login): real use, not left out, but it fills the frequent places with people
    whose use is of another kind. The median of five counts or more, so a handful of rows is not judged;
    and only counts above a break (twice the count below them), not a roster's top end that climbs to them."""
    out: dict[str, str] = {}
    for col in COUNTS.columns(list(dict.fromkeys(k for p in people for k in p.attributes))):
        # (read as the roster's other counts are: "1,234", a screener's "3-5", "11+")
        counts = {p.pid: n for p in people if (n := count_or_none(p.attributes.get(col, ""))) and n > 0}
        if len(counts) < 5:
            continue
        usual = statistics.median(counts.values())
        # (where the counts climb to them step by step, a driver's 233 trips below 254, 267 and 312, the
        # high ones are the roster's full-timers, a kind of user it has many of: only counts above a
        # break, twice the count below it, stand apart as of another kind)
        ladder = sorted(counts.values())
        apart = next((n for low, n in zip(ladder, ladder[1:]) if n > _OUTLIER_TIMES * usual and n >= 2 * low), None)
        for pid, n in counts.items():
            if apart is not None and n >= apart and pid not in out:
                out[pid] = f"{col}: {n:g}, over {_OUTLIER_TIMES} times the roster's median of {usual:g}"
    return out
