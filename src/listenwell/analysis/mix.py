"""Participant mix: segments from the roster, a balanced pick, and warnings a researcher can
act on.

Segments come from the roster's raw columns, read by analysis/roster_signals.py:

* usage — frequent / occasional / lapsed / never activated, from a label, a subscription or
  lifecycle status, the last-active date and counts over a period, or what the person said of
  their own use (the order of the evidence is in that module);
* sentiment — promoter (9–10) / passive (7–8) / detractor (0–6) from an NPS column;
* any column the user names (``--by plan,region``): its values as they are;
* the roster's tags, named in ``--mix tags=wholesale:0``: the first named tag a person carries.

The pick is deterministic for a seed: candidates are shuffled once with ``random.Random(seed)``
and then taken greedily, each time the person whose segments are furthest below their target
share (even across values unless weights are given), summed over the dimensions; no usage or NPS
value counts for nothing while a segment has room (once each has its share, someone known is
taken first), while no value in a --by column pushes the person to the end (its target is 0); a value
weighted zero ("--mix role=student:0") leaves its people out. People interviewed within
``exclude_recent_days`` (by this workspace, or by a "last interviewed" column) are left out, and so
are those the roster says not to ask (do not contact, opted out of research, internal or test
accounts, the owner of other rows: ``colleagues.team_by_owner``), a second row of one person (the same
email, the same phone under the same name, the same full name and date of birth, or the same full name
at one company), and,
unless asked for, those who said no
to recording. The plan is a plain dataclass;
rendering is elsewhere.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import math
import random
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from listenwell.analysis.colleagues import (
    colleagues_of_barred,
    one_person_keys,
    shares_a_test_domain,
    team_by_owner,
    usage_far_above,
)
from listenwell.analysis.roster_signals import (
    ACCOUNT_OPEN,
    COUNTS,
    DAYS_SINCE,
    ENDED,
    LABEL,
    LAST_ACTIVE,
    LAST_INTERVIEWED,
    LIFETIME,
    NPS,
    SELF_REPORT,
    SIGNUP,
    STATUS,
    UNKNOWN,
    TIME_SPENT,
    USES_IT,
    age_band_minor,
    age_not_said,
    as_usage_columns,
    awaiting_review,
    birth_date,
    check_birth_dates,
    check_date_columns,
    check_not_ahead,
    check_ranges_not_dates,
    contact_flags,
    NOT_SIGNED_UP,
    contradicting_answers,
    registration_columns,
    delivery_columns,
    email_bounced,
    hijri_columns,
    in_person_only_yet_counted,
    last_active_column,
    last_interviewed_in_roster,
    MONTH_ONLY,
    NOT_AN_END_CUSTOMER,
    interviewed_by_month,
    NOT_STUDYING,
    NOT_A_TENANT,
    NOT_ALUMNUS,
    SENSITIVE_RECORD,
    acts_for_them_in_roster,
    an_organisation,
    left_out_by_roster,
    lookup_failed_deciding,
    lookup_failed_other,
    former_staff,
    in_care_facility,
    leaving_the_plan,
    legal_matter,
    dependent_on_account,
    asb_case,
    tenancy_ending,
    visit_safety,
    reported_by_others,
    safety_case,
    under_moderation,
    maybe_minor,
    moved_away,
    relative_of_staff,
    name_in_roster,
    notes_no_rule_matched,
    of_the_row_only,
    opt_in_columns,
    parse_date,
    present,
    reached_one_way,
    refused_recording,
    relationship_columns,
    sensitive_record,
    safe_contact_only,
    parents_account,
    representative_role,
    circumstances,
    other_ratings,
    sentiment_in_roster,
    sentiment_of,
    settled_date_order,
    signed_up_by_dates,
    signup_named,
    slash_date_order,
    soft_yes,
    staff_by_domain,
    service_on_hold,
    suspended_account,
    through_someone,
    to_arrange,
    in_hospital,
    confidential_note,
    insider_or_partner,
    never_about,
    declined_marketing,
    on_hold_unclear,
    typical_lifetime_count,
    unread_notes,
    unread_notes_elsewhere,
    usage_and_why,
    usage_status_columns,
    way_not_in_roster,
)
from listenwell.analysis.roster_signals import customers_it_contacts, directory_opt_out, student_among_adults
from listenwell.analysis.roster_signals import with_every_bad_date
from listenwell.analysis.roster_signals import notes_by_content, unfinished_in_a_joined_survey
from listenwell.domain import InputError, Participant
from listenwell.domain.glossary import fold, in_english
from listenwell.domain.ids import nearest_ids, same_salesforce_record
from listenwell.domain.names import phone_values, phones, words
from listenwell.domain.phones import written_code
from listenwell.domain.text import column_words, quoted

USAGE = "usage"
SENTIMENT = "sentiment"

# the roster's tags, in --mix only ("tags=wholesale:0"): a person's value is the first named tag
# they carry, else OTHER_TAGS; a person may carry many tags, so --by cannot balance on them
TAGS = "tags"
OTHER_TAGS = "(other)"

USAGE_VALUES = ("frequent", "occasional", "lapsed", "never_activated")
SENTIMENT_VALUES = ("promoter", "passive", "detractor")
LABELS = {
    "frequent": "frequent users",
    "occasional": "occasional users",
    "lapsed": "lapsed or churned users",
    "never_activated": "people who never activated",
    "active": "active users (how often not known)",
    "promoter": "promoters",
    "passive": "passives",
    "detractor": "detractors",
}

@dataclass
class MixOptions:
    size: int = 12
    by: list[str] = field(default_factory=list)  # extra roster columns to balance on
    exclude_recent_days: int | None = None
    seed: int = 0
    as_of: dt.date | None = None  # "today" for recency rules; default: the real today
    weights: dict[str, dict[str, float]] = field(default_factory=dict)  # dim → value → weight
    lapsed_after_days: int = 90
    frequent_per_month: float = 4.0
    # People whose roster says no to recording are left out (and listed) unless this is set:
    # most studies record, and asking someone who declined wastes their time and the slot.
    include_unconsented: bool = False
    # Planning halfway through a study: the people already interviewed in it stay in the plan
    # (they count towards its segments) and the other places are picked to balance around them.
    # Off by default: a plan made before any interview, or a fresh round, starts from everyone.
    keep_interviewed: bool = False
    # The columns usage is read from, when the researcher names them (a feature's own "Timeline
    # last opened" for a study of that feature); by default every column that says something of use.
    usage_from: list[str] = field(default_factory=list)
    # False: usage is not a segment at all (--no-usage), for a study where how much people use
    # something does not set them apart (a permit applied for once a year, a one-off purchase)
    balance_usage: bool = True
    # False: NPS is not a segment (--no-nps), for a roster whose 0-10 "recommend" answer is about
    # something else than the study's (a programme's survey, answered by a few), or not wanted
    balance_nps: bool = True
    # no more than so many people per value of a roster column (--at-most "Account Name=2": B2B
    # research takes at most two people per account)
    at_most: dict[str, int] = field(default_factory=dict)
    # people the researcher takes out of the plan by id (--leave-out): they declined, did not
    # answer, or are not right for the study; kept with the plan, so coverage does not count
    # them as still to interview
    leave_out: list[str] = field(default_factory=list)
    # True (--fresh): draw anew, not preferring the saved plan's people (by default they are kept
    # first, as invitations may be out); not kept with the plan
    fresh: bool = False
    # the age of majority where the study's people live (--adult-age): under it an age, a birth date or
    # their own words leave someone out, as under 18 does by default (Thailand's is 20, some US states' 19);
    # None: the saved plan's, else 18; kept with the plan, so a plan made again keeps it
    adult_age: int | None = None


@dataclass
class Person:
    pid: str
    segments: dict[str, str]
    last_interviewed: dt.date | None = None  # the latest: in this study, another study, or the roster's earlier research
    # where that latest interview was: THIS_STUDY, "study <slug>", or "" for the roster's own column
    last_interviewed_where: str = ""
    last_interviewed_said: str = ""  # how the roster gave that day, where not as a day (``roster_signals.MONTH_ONLY``)
    interviewed: bool = False  # in this study
    interviewed_on: dt.date | None = None  # in this study (the roster's date is not this study's)
    usage_from: str = ""  # what decided the usage segment, in the roster's words ("status: canceled")
    # the roster's consent, for the interviewer to know before the call whom not to record or quote
    recording: bool | None = None  # None: the roster does not say
    quotes: bool | None = None  # False: the roster says no quotes; None: it did not ask
    # a --by column answered with a refusal ("Prefer not to say"): no segment, but not a blank either
    declined: dict[str, str] = field(default_factory=dict)


@dataclass
class CoverageRow:
    dimension: str
    value: str
    in_roster: int
    eligible: int
    target: float
    chosen: int


@dataclass
class MixPlan:
    options: MixOptions
    as_of: dt.date  # the day segments and recency were worked out for
    dimensions: list[str]
    chosen: list[Person]
    coverage: list[CoverageRow]
    warnings: list[str]
    excluded: list[tuple[str, str]]  # (pid, reason)
    # against the plan it replaces (None: no earlier plan): who left it and who joined it, as
    # invitations may already have gone out from the earlier one
    dropped: list[Person] | None = None
    added: list[Person] | None = None
    dropped_why: dict[str, str] = field(default_factory=dict)  # pid → why they left it, and what to do
    # what the plan did as asked, said plainly (not warnings: nothing to look into)
    notes: list[str] = field(default_factory=list)
    saved: bool = False  # kept as the study's plan (services.plan sets these two)
    replaced: dt.datetime | None = None  # when the plan it replaced was made


# --------------------------------------------------------------------------------------------
# Segments (what each column says: analysis/roster_signals.py)


THIS_STUDY = "this study"


def segment(people: list[Participant], opts: MixOptions,
            last_interviews: dict[str, dt.date | None] | None = None,
            elsewhere: dict[str, tuple[dt.date, str]] | None = None) -> tuple[list[str], list[Person]]:
    """Each participant's segments, and which dimensions the roster supports. ``elsewhere``:
    pid → (day, where) of their latest interview in another study of the workspace."""
    today = opts.as_of or dt.date.today()
    last_interviews = last_interviews or {}
    columns = {k for p in people for k in p.attributes}
    opts = with_columns_found(opts, columns)
    # usage read only from the named columns: the same rules, over a roster of those columns alone,
    # each under a name that says what its values are (a feature's "Dernier rapprochement bancaire"
    # holds dates: a last use), and said back under its own name
    named = {c.lower(): c.lower() for c in opts.usage_from}
    if named:
        named = as_usage_columns(people, list(named))
        if LIFETIME.columns(list(named.values())):
            # a count of their whole time reads as a rate from when they started: the sign-up
            # date is how the named count is read, not a usage column of its own
            keys = list(dict.fromkeys(k for p in people for k in p.attributes))
            named.update({c: c for c in SIGNUP.columns(keys)[:1] if c not in named})
        # whether they signed up at all ("Portal Registered (Y/N)") says who its users are, whatever is named
        named.update({c: c for c in registration_columns(sorted({k for p in people for k in p.attributes}))
                      if c not in named})
    users = [Participant(pid=p.pid, attributes={named[k]: v for k, v in p.attributes.items() if k in named})
             for p in people] if named else people
    said_as = {role: own for own, role in named.items() if role != own}
    dims: list[str] = []
    if opts.balance_usage and (named or any(role.in_roster(people) for role in (
            LABEL, STATUS, SELF_REPORT, USES_IT, LAST_ACTIVE, COUNTS, DAYS_SINCE, LIFETIME)) or usage_status_columns(people)):
        dims.append(USAGE)
    if opts.balance_nps and sentiment_in_roster(people):
        dims.append(SENTIMENT)
    dims += [c.lower() for c in opts.by if c.lower() not in dims]
    dims += _mixed_columns(opts, dims, columns, people)
    try:
        order, _ = slash_date_order(users, LAST_ACTIVE)
    except InputError as err:  # named as the roster names it
        raise InputError(_said_as(err.detail, said_as, "'{}'"), file=err.file, line=err.line) from None
    # a note's "Entrevistada 11/10/2026", or a column of interview days that all read both ways: written
    # as the roster's other dates are ("10/18/2026" beside it in a US sheet)
    interview_order = settled_date_order(people, LAST_INTERVIEWED) or settled_date_order(people, LAST_ACTIVE) \
        or slash_date_order(people, LAST_INTERVIEWED)[0]
    last_col = last_active_column(users)
    counted = COUNTS.in_roster(users)
    status_cols = usage_status_columns(users)
    typical_total = typical_lifetime_count(users)
    # (the sign-up date, added for a count of their whole time or named with the others)
    helpers = [as_ for own, as_ in named.items() if own not in opts.usage_from or signup_named(own) or signup_named(as_)]
    if named and all(signup_named(c) for c in named):
        shown = ", ".join(repr(c) for c in opts.usage_from)
        raise InputError(f"--usage-from {shown}: a sign-up date says when someone joined, not when they last used "
                         "the product; name a column of use (a last login or visit, a count of sessions or orders) "
                         "with it, and it is read as when they signed up")
    for own in (c for c in opts.usage_from if not LIFETIME.columns([named[c]]) and not signup_named(named[c])):
        unread = _reads_nothing(users, named[own], helpers, today, opts, order)
        if unread:
            shown = ", ".join(repr(v) for v in unread[:6]) + (f" and {len(unread) - 6} more" if len(unread) > 6 else "")
            raise InputError(f"--usage-from {own!r}: no usage is read from any of its values ({shown}); name a "
                             "column of dates of use, of counts, or of words such as 'weekly', 'every month', "
                             "'no longer', 'cancelled' or 'trial'")
    flags = {d for d in dims if d in opts.weights and d not in (USAGE, SENTIMENT, TAGS) and d not in opts.by
             and _a_flag(d, opts.weights[d], people)}
    out = []
    registered_on = _registration_day_column(people) if USAGE in dims else None
    # one value written two ways ("Nuevo León" and "Nuevo Leon", "CDMX" never): one segment, as most write it
    spelled = {d: same_spellings([p.attributes.get(d, "") for p in people]) for d in dims
               if d not in (USAGE, SENTIMENT, TAGS) and d not in flags}
    for p, user in zip(people, users):
        segs: dict[str, str] = {}
        refused: dict[str, str] = {}
        why = ""
        for d in dims:
            if d == USAGE:
                try:
                    segs[d], why = usage_and_why(user, today, opts.lapsed_after_days, opts.frequent_per_month,
                                                 order, last_col, counted, status_cols, typical_total)
                except InputError as err:  # named as the roster names it, not as the rules read it
                    raise InputError(_said_as(err.detail, said_as, "'{}'"), file=err.file, line=err.line) from None
                why = _said_as(_said_as(why, said_as, "{}: "), said_as, "no {}")
                why = epoch_as_date(why)
                if registered_on and segs[d] == "never_activated" and not why.endswith(NOT_SIGNED_UP) \
                        and not present(p.attributes.get(registered_on) or ""):
                    # (no day of registering, where others of the roster have one: never signed up at all)
                    why = f"{why}; no {registered_on}{NOT_SIGNED_UP}"
            elif d == SENTIMENT:
                segs[d] = sentiment_of(p)
            elif d == TAGS and d not in columns:
                segs[d] = _named_tag(p, opts.weights.get(TAGS, {}))
            elif d in flags and not present(p.attributes.get(d, "")):
                segs[d] = OTHER_TAGS  # a flag's blank: not marked, one of the rest
            else:
                value = p.attributes.get(d, "")  # "#N/A", "n/a", "-": no value, not a segment of their own
                segs[d] = value.strip() if balanced_value(value) and not declined_answer(value) else UNKNOWN
                segs[d] = spelled.get(d, {}).get(segs[d], segs[d])
                if declined_answer(value):
                    refused[d] = value.strip()
        # the latest interview: in this study, in another study here, or earlier research the roster records
        seen = [(last_interviews.get(p.pid), THIS_STUDY), (elsewhere or {}).get(p.pid, (None, "")),
                (last_interviewed_in_roster(p, interview_order, today), "")]
        latest, where = max(((d, w) for d, w in seen if d), key=lambda dw: dw[0], default=(None, ""))
        said = MONTH_ONLY if latest and not where and interviewed_by_month(p) else ""
        out.append(Person(pid=p.pid, segments=segs, last_interviewed=latest, last_interviewed_where=where,
                          last_interviewed_said=said,
                          interviewed=p.pid in last_interviews, interviewed_on=last_interviews.get(p.pid),
                          usage_from=why, recording=p.consent.recorded, quotes=p.consent.quotes,
                          declined=refused))
    return dims, out


def _reads_nothing(users: list[Participant], column: str, helpers: list[str], today: dt.date, opts: MixOptions,
                   order: str) -> list[str]:
    """The values of a column named in --usage-from (as ``as_usage_columns`` renamed it) where, read
    alone, it gives nobody a usage ("cada_semana", "ya_no_asiste" in a language not read); else none.
    ``helpers``: columns read with it (the sign-up date a count of their whole time is read by)."""
    alone = [Participant(pid=u.pid, attributes={k: v for k, v in u.attributes.items() if k == column or k in helpers})
             for u in users if present(u.attributes.get(column))]
    if not alone:
        return []
    last_col, counted, status_cols = last_active_column(alone), COUNTS.in_roster(alone), usage_status_columns(alone)
    for a in alone:
        try:
            if usage_and_why(a, today, opts.lapsed_after_days, opts.frequent_per_month, order, last_col, counted,
                             status_cols)[0] != UNKNOWN:
                return []
        except InputError:
            return []  # a value that cannot be read is refused where it is read, naming it
    return list(dict.fromkeys(a.attributes[column].strip() for a in alone))


# a form's refusal to answer, as forms and panels word it (after ``in_english``: "Prefiero no decirlo")
# (not a bare "Declined" or "Withheld": a loan's or a payment's status may say so)
_DECLINED = re.compile(r"(?:i d |i would )?(?:prefer(?:red)? not to|(?:would )?rather not|declined? to"
                       r"|cho{1,2}se not to|prefere ne pas|prefiro nao|preferisco non|wole nie)(?: [a-z]+){0,3}"
                       r"|not disclosed|undisclosed")


def declined_answer(value: str) -> bool:
    """"Prefer not to say", "Decline to state", "I'd rather not say": an answer that gives no value
    (not a segment to balance on), but one the person gave, unlike an empty cell."""
    words = " ".join(re.sub(r"[^a-z]+", " ", in_english(value).lower()).split())
    return bool(words) and _DECLINED.fullmatch(words) is not None


def with_columns_found(opts: MixOptions, columns: set[str]) -> MixOptions:
    """``opts`` with the columns of --by, --usage-from and --mix as the roster spells them:
    typed on a terminal, "Estado poliza" is "estado póliza" (see ``find_column``)."""
    if any(c.strip().lower() == TAGS for c in opts.by) and TAGS not in columns:
        raise InputError(f"--by {TAGS}: a person may carry several tags, so they cannot be balanced on; "
                         f'--mix "{TAGS}=wholesale:0" leaves out those tagged wholesale, and '
                         f'--mix "{TAGS}=wholesale:2" asks for two of them')
    return replace(opts, by=[find_column("--by", c, columns) for c in opts.by],
                   usage_from=[find_column("--usage-from", c, columns) for c in opts.usage_from],
                   weights={_weighted_column(d, columns): w for d, w in opts.weights.items()})


def _weighted_column(dim: str, columns: set[str]) -> str:
    """A --mix dimension: usage or sentiment, a column (as ``find_column`` finds it), or left as
    typed for ``_mixed_columns`` to refuse with the segments and columns there are."""
    if dim in (USAGE, SENTIMENT) or dim in columns:
        return dim
    same = [c for c in columns if _plain(c) == _plain(dim)]
    return same[0] if len(same) == 1 else dim


def _plain(name: str) -> str:
    """A column name as people type it: any case, no accents, spaces however many."""
    return " ".join(fold(name).split())


def find_column(option: str, name: str, columns: set[str]) -> str:
    """The roster column ``name`` means, in any case and with or without its accents; otherwise
    refused with the nearest names (a survey's whole-question column names are easy to mistype)."""
    if name.lower() in columns:
        return name.lower()
    same = sorted(c for c in columns if _plain(c) == _plain(name))
    if len(same) == 1:
        return same[0]
    plain = {_plain(c): c for c in sorted(columns)}
    near = same or list(dict.fromkeys(
        [plain[x] for x in difflib.get_close_matches(_plain(name), list(plain), n=3, cutoff=0.6)]
        + _alike_in_meaning(name, columns)))[:5]
    if near:
        raise InputError(f"{option}: no column {name!r} in the roster; did you mean "
                         + " or ".join(repr(c) for c in near) + "?")
    if _QUESTION_ID.fullmatch(name.strip()) and columns:
        # a survey export's question id ("Q2"): the import named the column by the question asked
        questions = sorted(c for c in columns if c.rstrip().endswith("?"))
        raise InputError(f"{option}: no column {name!r} in the roster: a survey export's question number (Qualtrics' "
                         "Q1, Q2…) is not kept, as the import names that column by the question asked (the export's "
                         "second row); name the question, in quotes, with or without its accents ("
                         + (f"questions: {'; '.join(repr(q) for q in questions)})" if questions
                            else f"columns: {', '.join(sorted(columns))})"))
    known = ", ".join(sorted(columns)) or "none"
    raise InputError(f"{option}: no column {name!r} in the roster (columns: {known})")


# a survey tool's question id: Qualtrics' "Q3", "Q4_TEXT", "Q5_1", "QID12"
_QUESTION_ID = re.compile(r"(?i)q(?:id)?\d+(?:_\d+)*(?:_text)?")


# words a column name is read by for a suggestion, beside its spelling ("Company size" → "size band",
# "number of employees"): a few families of what rosters balance on, kept small, as a suggestion only
_ALIKE = ({"size", "employee", "headcount", "seat", "fte"},
          {"region", "country", "state", "city", "location", "territory", "area", "market"},
          {"plan", "tier", "package", "subscription", "edition", "pricing"},
          {"industry", "sector", "vertical"},
          {"role", "title", "job", "position", "persona", "function", "department"},
          {"age", "birth", "born", "dob"}, {"gender", "sex"})
# words too common in column names to say what a column holds
_GENERIC = {"company", "name", "number", "of", "the", "a", "date", "id", "customer", "user", "account", "contact",
            "last", "first", "total", "count", "in", "per", "and", "or", "type", "status", "value", "no", "nr",
            # and a survey question's own ("Which city do you work in?")
            "what", "which", "how", "do", "did", "you", "your", "is", "are", "to", "for", "with", "on", "at", "by"}


def _alike_in_meaning(name: str, columns: set[str]) -> list[str]:
    """The roster's columns that share a word with ``name``, or a word of one family ("size" and
    "employees"), a common word such as "company" or "name" aside: a suggestion by what is meant."""
    def said(text: str) -> set[str]:
        return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words(text)} - _GENERIC
    wanted = said(name)
    wanted |= {x for family in _ALIKE if wanted & family for x in family}
    return sorted(c for c in columns if wanted & said(c)) if wanted else []


_EPOCH = re.compile(r"(?<![\d.])(?:\d{10}(?:\.\d+)?|\d{13}|\d{16})(?!\d)")


def epoch_as_date(text: str) -> str:
    """A Unix time in ``text`` (Mixpanel's $last_seen: "1792978380") as the day it was read as
    ("2026-10-26"): ten digits say nothing to a researcher checking a row by hand."""
    return _EPOCH.sub(lambda m: parse_date(m.group(0), "", "").isoformat(), text)


def _mixed_columns(opts: MixOptions, dims: list[str], columns: set[str], people: list[Participant]) -> list[str]:
    """Columns named only in --mix: asking for shares of a column is asking to balance on it,
    so it joins the dimensions (as if in --by) rather than being dropped in silence."""
    out = []
    for dim in opts.weights:
        if dim in dims:
            continue
        if dim in (USAGE, SENTIMENT):
            what = "usage (a status, last-active date or activity count)" if dim == USAGE else "an NPS score"
            raise InputError(f"--mix {dim}: the roster has no column for {what}")
        if dim == TAGS and dim not in columns and any(p.tags for p in people):
            _check_tags(opts.weights[dim], people)
        elif dim not in columns:
            known = ", ".join(sorted(columns)) or "none"
            raise InputError(f"--mix {dim}: no segment or column {dim!r} (segments: {', '.join(dims) or 'none'}; "
                             f"columns: {known})")
        if any(opts.weights[dim].values()) or dim == TAGS and dim not in columns:  # (tags: everyone has one)
            out.append(dim)
        else:
            # only values weighted zero ("--mix Situation=radié:0"): those people are left out, and
            # nothing else of the column is balanced (its other values, its blanks)
            _check_values(dim, opts.weights[dim], people)
    return out


def balanced_value(value: str | None) -> bool:
    """Whether a cell of a column the researcher balances on (--by, --mix) holds a value. There
    "none" is one of its own ("loan_status: none", never borrowed; "plan: none"): the researcher
    named the column for its values, and the people it groups must not be squeezed out as having
    none. Elsewhere ``present`` reads it as empty, as in a notes column or a usage column it stands
    for nothing written ("Last login: none")."""
    return present(value) or (value or "").strip().lower() == "none"


def _a_flag(dim: str, weights: dict[str, float], people: list[Participant]) -> bool:
    """A column --mix weighs that marks some people with one value and leaves the others blank
    ("VIP: yes", "sensitive: Y"): blank there is not marked, so "--mix sensitive=Y:2" asks for two
    of them and the rest go to everyone else, who are "(other)" rather than of unknown value."""
    values = {_loose(v) for p in people if balanced_value(v := p.attributes.get(dim, "")) and not declined_answer(v)}
    return len(values) == 1 and values <= {_loose(v) for v in weights} \
        and any(not balanced_value(p.attributes.get(dim, "")) for p in people)


def _second_column_hint(value: str) -> str:
    """What to say of a --mix value that names a column of its own ("Status Akun=Diblokir" after a
    comma in one --mix): each column is its own --mix."""
    return "; to weigh a second column, repeat --mix (--mix \"A=x:0\" --mix \"B=y:0\")" if "=" in value else ""


def _near_value(value: str, spelled: dict[str, str]) -> str:
    """What to say of a --mix value typed without its letters' accents ("Overfort" for "Overført", on a keyboard
    without ø) or with a slip ("Opsagt"), as --by and --leave-out say of theirs: the nearest the column holds."""
    plain = {fold(k).lower(): k for k in spelled}
    near = [plain[fold(_loose(value)).lower()]] if fold(_loose(value)).lower() in plain else \
        difflib.get_close_matches(_loose(value), list(spelled), n=2, cutoff=0.75)
    return "; did you mean " + " or ".join(repr(spelled[k]) for k in near) + "?" if near else ""


def _check_values(dim: str, weights: dict[str, float], people: list[Participant]) -> None:
    """Refuses a --mix value the column does not hold, naming those it does."""
    spelled = {_loose(p.attributes[dim]): p.attributes[dim].strip() for p in people
               if balanced_value(p.attributes.get(dim))}
    unknown = [v for v in weights if _loose(v) not in spelled]
    if unknown:
        raise InputError(f"--mix {dim}: no value {unknown[0].replace('_', ' ')!r}"
                         + _near_value(unknown[0], spelled)
                         + f" (values: {', '.join(sorted(set(spelled.values())))})"
                         + _second_column_hint(unknown[0]))


def _named_tag(p: Participant, named: dict[str, float]) -> str:
    """The first tag --mix names that ``p`` carries, as the roster spells it, else OTHER_TAGS."""
    theirs = {_loose(t): t.strip() for t in p.tags}
    return next((theirs[_loose(v)] for v in named if _loose(v) in theirs), OTHER_TAGS)


def _check_tags(named: dict[str, float], people: list[Participant]) -> None:
    """Refuse a tag nobody carries (a typo would otherwise leave everyone in), with the nearest."""
    tags = {_loose(t): t.strip() for p in people for t in p.tags}
    for v in named:
        if _loose(v) not in tags and _loose(v) != _loose(OTHER_TAGS):
            near = difflib.get_close_matches(_loose(v), list(tags), n=3, cutoff=0.6)
            raise InputError(f"--mix {TAGS}: nobody is tagged {v!r}" + (
                "; did you mean " + " or ".join(repr(tags[t]) for t in near) + "?" if near else
                f" (tags: {', '.join(sorted(set(tags.values()))[:20])})"))


def _said_as(text: str, said_as: dict[str, str], form: str) -> str:
    """``text`` with the names the usage rules read named columns by put back to the roster's own."""
    for role, own in said_as.items():
        text = text.replace(form.format(role), form.format(own))
    return text


def columns_by_use(people: list[Participant]) -> dict[str, list[str]]:
    """The roster columns a plan reads, by what it reads them for ("usage", "NPS", "last
    interviewed"): what a researcher checks after an import, to see the roster was read as meant."""
    keys = list(dict.fromkeys(k for p in people for k in p.attributes))
    usage = [*usage_status_columns(people)]
    for role in (LABEL, SELF_REPORT, USES_IT, LAST_ACTIVE, COUNTS, DAYS_SINCE, LIFETIME, TIME_SPENT):
        usage += role.columns(keys)
    usage += delivery_columns(keys) if usage else []
    usage += ENDED.columns(keys) if usage else []  # (the day a lapse is dated: "Churn date", named with it)
    return {"usage": list(dict.fromkeys(usage)), "NPS": list(dict.fromkeys(NPS.columns(keys))),
            "last interviewed": list(dict.fromkeys(LAST_INTERVIEWED.columns(keys)))}


def usage_deciding(people: list[Participant], opts: MixOptions | None = None) -> tuple[list[str], list[str]]:
    """Of the columns read for usage (``columns_by_use``), those that decided someone's usage (named in
    what decided it, ``Person.usage_from``) and those that decided nobody's (a CRM's "Last Activity"
    beside a product's own record): a column read is not yet a column that counted. ``opts``: the
    plan's day and thresholds (the defaults, as of today, without)."""
    read = columns_by_use(people)["usage"]
    if not read:
        return [], []
    _, persons = segment(people, replace(opts or MixOptions(), usage_from=[], by=[], weights={}))
    said = [p.usage_from for p in persons if p.usage_from]
    # (a reason names a column as "status: canceled", "(logins 30d: 9; …)", "…; no last login")
    deciding = [c for c in read if any(re.search(r"(?:^|; |\(|, but |\bno )" + re.escape(c) + r"(?=: |;|\)|$)", w)
                                       for w in said)]
    return deciding, [c for c in read if c not in deciding]


def columns_read(people: list[Participant]) -> list[str]:
    """The roster columns a plan reads (usage, NPS, last interviewed), in that order."""
    return list(dict.fromkeys(c for cols in columns_by_use(people).values() for c in cols))


def check_roster(people: list[Participant], today: dt.date | None = None) -> None:
    """Read every value a plan will read, so a roster with one it cannot is refused when it comes
    in (`participants import`), not at the plan: dates, counts, NPS, and no last-active or
    last-interviewed day after today."""
    today = today or dt.date.today()
    try:
        check_ranges_not_dates(people)  # (first: the whole column's dated answers, before one person's count)
        segment(people, MixOptions(as_of=today))
        check_not_ahead(people, today)
        check_birth_dates(people)
        check_date_columns(people)  # (a column of dates the plan reads only when named: "Son Sipariş Tarihi")
    except InputError as err:  # (a refused date with the column's other cells that are none either)
        raise with_every_bad_date(err, people) from None


# --------------------------------------------------------------------------------------------
# The pick


def _targets(dims: list[str], people: list[Person], opts: MixOptions, size: int,
             everyone: list[Person] | None = None) -> dict[str, dict[str, float]]:
    """Each dimension's target per value among ``people`` (those the plan may pick); a --mix value
    is checked against ``everyone``'s (one weighted zero has nobody left to pick)."""
    targets: dict[str, dict[str, float]] = {}
    for d in dims:
        values = sorted({p.segments[d] for p in people if p.segments[d] != UNKNOWN})
        w = opts.weights.get(d)
        if w:
            # --mix values are typed loosely ("admin", "never activated"): match a column's
            # values the same way, as "Admin" and "never_activated"
            spelled = {_loose(v): v for v in values}
            spelled.update({_loose(p.segments[d]): p.segments[d] for p in everyone or []
                            if p.segments[d] != UNKNOWN and _loose(p.segments[d]) not in spelled})
            unknown = [v for v in w if _loose(v) not in spelled and v not in _expected(d)]
            if unknown:
                known = list(dict.fromkeys([*_expected(d), *sorted(set(spelled.values()))]))
                raise InputError(f"--mix {d}: no value {unknown[0].replace('_', ' ')!r}" + _near_value(unknown[0], spelled)
                                 + f" (values: {', '.join(known)})" + _second_column_hint(unknown[0]))
            given = {_loose(v): float(wt) for v, wt in w.items()}
            # numbers that fit in the plan are people ("city=London:5" of 15 is five Londoners), and
            # the places left are spread evenly over the values not named; named values alone are
            # shares ("usage=lapsed:2,frequent:1"); ":0" leaves a value out
            unnamed = [v for v in values if _loose(v) not in given]
            named = sum(wt for v, wt in given.items() if v in {_loose(x) for x in values})
            rest = max(size - named, 0.0) / len(unnamed) if unnamed else 0.0
            weights = {v: given.get(_loose(v), rest) for v in values}
        else:
            weights = {v: 1.0 for v in values}
        total = sum(weights.values())
        targets[d] = {v: size * wt / total for v, wt in weights.items()} if total else {}
    return targets


def _spelling_key(value: str) -> str:
    # (not "+" or "#": "C++" and "C#" are not "C")
    return re.sub(r"[\s._,:;'\u2019\u2010-\u2015-]+", "", fold(value.strip()).casefold())


# a place a bilingual country names in both its languages, as one roster's rows write either: Finland's Swedish
# names beside the Finnish ones ("Åbo" is Turku, "Helsingfors" Helsinki), folded and in lower case
_ONE_PLACE_TWO_NAMES = {"abo": "turku", "helsingfors": "helsinki", "tammerfors": "tampere", "uleaborg": "oulu",
                        "vasa": "vaasa", "esbo": "espoo", "vanda": "vantaa", "lahtis": "lahti", "bjorneborg": "pori",
                        "borga": "porvoo", "villmanstrand": "lappeenranta", "tavastehus": "hameenlinna",
                        "kajana": "kajaani", "karleby": "kokkola", "jakobstad": "pietarsaari", "kristinestad":
                        "kristiinankaupunki", "nystad": "uusikaupunki", "raumo": "rauma"}


def one_place_two_names(values: list[str]) -> list[tuple[str, str]]:
    """Pairs of a column's values that are one place by its two languages' names (("Åbo", "Turku")): the Swedish
    name, then the other, each as the roster writes it most; balancing counts them apart unless they are one."""
    counts = Counter(v.strip() for v in values if v.strip())
    by_key: dict[str, str] = {}
    for v, _ in counts.most_common():
        by_key.setdefault(_spelling_key(v), v)
    return [(by_key[other], by_key[finnish]) for other, finnish in _ONE_PLACE_TWO_NAMES.items()
            if other != finnish and other in by_key and finnish in by_key]


# a place written by its short name beside its full one in the same column, as an agent types either: Metro
# Manila's "QC" is Quezon City, Mindanao's "CDO" Cagayan de Oro and "GenSan" General Santos, "HCMC" or "Saigon" Ho
# Chi Minh City, "KL" Kuala Lumpur, "CDMX" Mexico City (folded, lower case, no spaces, as ``_spelling_key`` writes
# them); named only where the roster writes both, so "QC" alone (Quebec's, elsewhere) is never read as one
_ONE_PLACE_SHORT_NAME = {"qc": ("quezoncity",), "cdo": ("cagayandeoro", "cagayandeorocity"),
                         "gensan": ("generalsantos", "generalsantoscity"), "hcmc": ("hochiminhcity",),
                         "saigon": ("hochiminhcity",), "tphcm": ("hochiminhcity", "thanhphohochiminh"),
                         "kl": ("kualalumpur",), "cdmx": ("ciudaddemexico", "mexicocity")}


def one_place_short_name(values: list[str]) -> list[tuple[str, str]]:
    """Pairs of a column's values that are one place by its short and its full name (("QC", "Quezon City")), each
    as the roster writes it most; balancing counts them apart unless they are one."""
    counts = Counter(v.strip() for v in values if v.strip())
    by_key: dict[str, str] = {}
    for v, _ in counts.most_common():
        by_key.setdefault(_spelling_key(v), v)
    return [(by_key[short], by_key[full]) for short, fulls in _ONE_PLACE_SHORT_NAME.items() if short in by_key
            for full in fulls if full in by_key]


def same_spellings(values: list[str]) -> dict[str, str]:
    """Each value of a column balanced on that the roster also writes another way, differing only in
    case, accents, spaces or punctuation ("Nuevo Leon", "nuevo león", "Nuevo-León"), → the way most of
    its rows write it (the accented one where as many): one segment, not two. An abbreviation ("CDMX"
    for "Ciudad de México") is no such spelling, and stays a value of its own."""
    counts = Counter(v.strip() for v in values if balanced_value(v) and not declined_answer(v))
    groups: dict[str, list[str]] = {}
    for v in counts:
        groups.setdefault(_spelling_key(v), []).append(v)
    out: dict[str, str] = {}
    for same in groups.values():
        if len(same) > 1:
            first = max(same, key=lambda v: (counts[v], sum(not c.isascii() for c in v), -same.index(v)))
            out.update({v: first for v in same if v != first})
    return out


def _loose(value: str) -> str:
    # (a hyphen too: "Self managed" typed for the roster's "Self-managed")
    return re.sub(r"[\s_-]+", "_", value.strip().lower())


def _expected(dim: str) -> tuple[str, ...]:
    return USAGE_VALUES if dim == USAGE else SENTIMENT_VALUES if dim == SENTIMENT else ()


def _values(dim: str, persons: list[Person]) -> list[str]:
    return list(_expected(dim)) + sorted({p.segments.get(dim, UNKNOWN) for p in persons} - set(_expected(dim)))


def _label(dim: str, value: str) -> str:
    return LABELS.get(value, f"{dim} = {value}") if dim in (USAGE, SENTIMENT) else f"{dim} = {value}"


def segment_label(dim: str, value: str) -> str:
    """A segment's value as a table shows it: usage and NPS groups by their names ("active users
    (how often not known)"), any other column's value as the roster writes it (a loan's status
    "active" is not an active user)."""
    return LABELS.get(value, value) if dim in (USAGE, SENTIMENT) else value


ADULT_AGE = 18  # the age of majority unless --adult-age says more
_ADULT_AGES = range(18, 22)  # (18 in most countries; 19 in South Korea's old law, Alabama, Nebraska; 20 in
# Thailand; 21 in Singapore, Mississippi)


def _adult_age(opts: MixOptions, previous: SavedPlan | None) -> int:
    """The plan's age of majority: --adult-age, else the saved plan's, else 18; refused outside 18-21."""
    age = opts.adult_age if opts.adult_age is not None else \
        (previous.options.adult_age if previous is not None else None) or ADULT_AGE
    if age not in _ADULT_AGES:
        raise InputError(f"--adult-age {age}: give the age of majority where the study's people live, from "
                         f"{_ADULT_AGES[0]} to {_ADULT_AGES[-1]} (under 18 is always left out)")
    return age


def plan_mix(people: list[Participant], opts: MixOptions,
             last_interviews: dict[str, dt.date | None] | None = None,
             previous: SavedPlan | None = None,
             elsewhere: dict[str, tuple[dt.date, str]] | None = None) -> MixPlan:
    """Pick ``opts.size`` people spread across the segments; explain what could not be met.
    With ``previous`` (the plan this one replaces) its people not interviewed yet are preferred
    where they fit as well as anyone, and the plan says who left it and who joined.
    ``elsewhere``: interviews of the same people in the workspace's other studies (``segment``)."""
    if opts.size < 1:
        raise InputError("--size must be at least 1")
    if not people:
        raise InputError("the study has no participants: import a roster first "
                         "(`listenwell participants import roster.csv --study S`)")
    today = opts.as_of or dt.date.today()
    opts = replace(opts, adult_age=_adult_age(opts, previous))
    opts = with_columns_found(opts, {k for p in people for k in p.attributes})  # the plan keeps them as spelled
    opts = replace(opts, at_most={find_column("--at-most", c, {k for p in people for k in p.attributes}): n
                                  for c, n in opts.at_most.items()})
    # named before stays out (they declined) unless the plan starts over; one since gone from the roster is dropped
    earlier = [pid for pid in (previous.options.leave_out if previous is not None and not opts.fresh else [])
               if any(p.pid == pid for p in people)]
    opts = replace(opts, leave_out=list(dict.fromkeys(earlier + _leave_out_ids(opts.leave_out, people))))
    dims, persons = segment(people, opts, last_interviews, elsewhere)
    eligible, excluded = eligibility(people, persons, opts, today)
    kept: list[Person] = []
    # re-planning mid-study: the saved plan's people already interviewed here are interviews done,
    # part of its size, not places to refill (else the plan grows by one for each); kept without
    # --keep-interviewed, and said (--fresh starts over)
    saved = {m.pid for m in previous.members} if previous is not None and not opts.fresh else set()
    why_out = dict(excluded)  # (one left out for any reason but that interview stays out: --leave-out, an opt-out)
    done_in_plan = [p.pid for p in persons if p.interviewed and p.pid in saved
                    and why_out.get(p.pid, "interviewed").startswith("interviewed")] if not opts.keep_interviewed else []
    if opts.keep_interviewed or done_in_plan:  # already interviewed here: in the plan, whatever the recency rule says
        kept = sorted((p for p in persons if p.interviewed and (opts.keep_interviewed or p.pid in done_in_plan)),
                      key=lambda p: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", p.pid)])
        kept_ids = {p.pid for p in kept}
        excluded = [(pid, why) for pid, why in excluded if pid not in kept_ids]
        eligible = kept + [p for p in eligible if p.pid not in kept_ids]
    size = max(min(opts.size, len(eligible)), len(kept))
    targets = _targets(dims, eligible, opts, opts.size, persons)
    if SENTIMENT in targets and not opts.weights.get(SENTIMENT):
        # NPS targets over the places that can have a score: not a group nobody of which has one
        # (a survey of teachers only: parents' places would otherwise miss every NPS target)
        blank = _without_values(SENTIMENT, dims, eligible)
        places = min((sum(t for v, t in targets[d].items() if v not in blank[d]) for d in blank), default=opts.size)
        if places < opts.size:
            targets[SENTIMENT] = {v: t * places / opts.size for v, t in targets[SENTIMENT].items()}
    explicit = {d for d in dims if opts.weights.get(d)}
    rng = random.Random(opts.seed)
    pool = sorted((p for p in eligible if p not in kept), key=lambda p: p.pid)
    rng.shuffle(pool)
    # invitations may be out: the earlier plan's people are taken first (the best fits among them
    # when the plan shrinks), and only a swap that brings the segments closer takes one out; the
    # same options again give the same plan, in the same order
    before = {m.pid for m in previous.members} if previous is not None and not opts.fresh else set()
    counts: dict[str, Counter[str]] = {d: Counter(p.segments[d] for p in kept) for d in dims}
    caps = _Caps(opts.at_most, people)
    caps.move([], kept)
    # how many of each segment may be picked at all: a segment with room that nobody left can fill is
    # no place for someone with no usage or NPS value to take from a known person who fits as well
    supply = {d: Counter(p.segments[d] for p in eligible) for d in dims}
    chosen: list[Person] = list(kept)
    while len(chosen) < size and pool:
        fits = [i for i in range(len(pool)) if caps.allows([], [pool[i]])] if caps else range(len(pool))
        if not fits:
            break
        best = max(fits, key=lambda i: (pool[i].pid in before,
                                        *_gain(pool[i], dims, explicit, targets, counts, supply), -i))
        person = pool.pop(best)
        chosen.append(person)
        caps.move([], [person])
        for d in dims:
            counts[d][person.segments[d]] += 1
    _improve_by_swaps(chosen, pool, kept, dims, targets, counts, explicit, caps, supply)
    _bring_back_earlier(chosen, pool, kept, before, dims, targets, counts, explicit, caps, supply)
    if previous is not None:  # those staying keep their place in the list; newcomers follow
        place = {m.pid: i for i, m in enumerate(previous.members)}
        chosen[len(kept):] = sorted(chosen[len(kept):], key=lambda p: place.get(p.pid, len(place)))
    coverage: list[CoverageRow] = []
    for d in dims:
        for v in _values(d, persons):
            coverage.append(CoverageRow(
                dimension=d, value=v,
                in_roster=sum(p.segments[d] == v for p in persons),
                eligible=sum(p.segments[d] == v for p in eligible),
                target=round(targets[d].get(v, 0.0), 1),
                chosen=counts[d][v]))
    warnings = (_warnings(dims, persons, eligible, chosen, coverage, opts, dict(excluded))
                + _nothing_to_balance(dims, people) + _ratings_not_read(dims, people) + _input_warnings(
                    people, persons, chosen, dims, replace(opts, keep_interviewed=True) if done_in_plan else opts,
                    last_interviews or {})
                + _not_reviewed(people, chosen) + _shared_phones(people, chosen) + _spouses_chosen(people, chosen)
                + _one_country_written_two_ways(people, persons, dims) + _mix_value_in_another_script(persons, dims, opts)
                + _shared_emails(people, persons, chosen) + (_contradicting(people, chosen, opts) if USAGE in dims else [])
                + (_never_signed_up(persons, chosen) if USAGE in dims else [])
                + _only_beside_the_roster(people, chosen))
    notes = _balanced_on_only(dims, opts) + _kept_note(kept, chosen, opts, bool(done_in_plan)) + caps.notes() \
        + _sensitive_note(people, excluded, opts) + _seed_note(previous, opts, chosen) \
        + ([f"still left out, as named with --leave-out for the saved plan: {', '.join(earlier)} "
            "(--fresh starts over without them)"] if earlier else [])
    warnings += caps.warnings(chosen, size, len(eligible), kept) + _mix_not_given_again(previous, opts)
    if kept and len(kept) >= opts.size:  # a plan with no room for anyone new: something to act on
        warnings.insert(0, f"{len(kept)} already interviewed in this study kept in the plan; that is the "
                        "plan size or more, so nobody new was picked (raise --size to plan more)")
    _, guessed = slash_date_order(people, LAST_ACTIVE)
    if guessed and USAGE in dims:
        warnings.append("last-active dates such as 03/04/2026 could be day-first or month-first and "
                        "were read day-first (3 April); write YYYY-MM-DD to be sure")
    plan = MixPlan(options=opts, as_of=today, dimensions=dims, chosen=chosen, coverage=coverage,
                   warnings=warnings, excluded=excluded, notes=notes)
    if previous is not None:
        now = {p.pid: p for p in persons}
        picked = {p.pid for p in chosen}
        before = {m.pid for m in previous.members}
        plan.dropped = [now.get(m.pid, m) for m in previous.members if m.pid not in picked]
        plan.added = [p for p in chosen if p.pid not in before]
        left_out = dict(excluded)
        shrank = len(chosen) < len(previous.members)
        plan.dropped_why = {p.pid: _drop_reason(p, p.pid in now, left_out.get(p.pid), shrank) for p in plan.dropped}
    return plan


# the reasons (analysis/roster_signals.py) that say the person is not to be written to at all
_NO_CONTACT = re.compile(r"\b(?:do not contact|opted out|no to research contact|not in the research panel|"
                         r"not to be contacted|withdrew consent|consent revoked|note says so|"
                         r"did not agree to take part|sensitive or restricted record|legal guardian|"
                         # (their account deleted at their request, a death, an erasure: no invitation either)
                         r"account deleted|deceased|data erased)\b")


def _drop_reason(p: Person, on_roster: bool, left_out: str | None, shrank: bool) -> str:
    """Why someone of the replaced plan is not in this one, and what to do about an invitation that
    may be out: never to write again to someone who asked not to be contacted."""
    if p.interviewed:
        return "interviewed in this study; --keep-interviewed keeps them"
    if left_out == LEFT_OUT_BY_NAME:
        return "left out with --leave-out"
    if not on_roster:
        return "no longer on the roster; tell them if invited"
    if left_out:
        return f"left out: {left_out}; " + ("do not write to them again" if _NO_CONTACT.search(left_out)
                                             else "tell them if invited")
    return (f"{'no longer needed in a smaller plan' if shrank else 'replaced to balance the segments'}, "
            "not interviewed yet; tell them if invited")


class _Caps:
    """--at-most: no more than so many chosen people per value of a roster column (an account, a
    clinic), counted as the pick goes; a blank cell is no value and is not capped."""

    def __init__(self, at_most: dict[str, int], people: list[Participant]) -> None:
        self.at_most = at_most
        self.values = {p.pid: {c: _plain(v).lower() for c in at_most if present(v := p.attributes.get(c, ""))}
                       for p in people} if at_most else {}
        self.shown = {_plain(v).lower(): v.strip() for p in people for c in at_most
                      if present(v := p.attributes.get(c, ""))}
        self.counts: dict[str, Counter[str]] = {c: Counter() for c in at_most}

    def __bool__(self) -> bool:
        return bool(self.at_most)

    def _change(self, column: str, outs: list[Person], ins: list[Person]) -> Counter[str]:
        change: Counter[str] = Counter()
        for sign, group in ((-1, outs), (1, ins)):
            for p in group:
                v = self.values[p.pid].get(column)
                if v:
                    change[v] += sign
        return change

    def allows(self, outs: list[Person], ins: list[Person]) -> bool:
        return all(self.counts[c][v] + k <= n for c, n in self.at_most.items()
                   for v, k in self._change(c, outs, ins).items() if k > 0)

    def move(self, outs: list[Person], ins: list[Person]) -> None:
        for c in self.at_most:
            self.counts[c].update(self._change(c, outs, ins))

    def notes(self) -> list[str]:
        """The cap held, said plainly, with the values that reached it."""
        out = []
        for c, n in self.at_most.items():
            full = [self.shown[v] for v, k in self.counts[c].items() if k >= n]
            at = (f" ({', '.join(full)} {'has' if len(full) == 1 else 'have'} {n})" if 0 < len(full) <= 3
                  else f" ({len(full)} at the limit)" if full else "")
            out.append(f"at most {n} per {c}, as asked{at}")
        return out

    def warnings(self, chosen: list[Person], size: int, eligible: int, kept: list[Person]) -> list[str]:
        out = []
        for c, n in self.at_most.items():
            interviewed = Counter(self.values[p.pid][c] for p in kept if c in self.values[p.pid])
            out += [f"{self.shown[v]} has {k} already interviewed in this study and kept, more than --at-most "
                    f"{c}={n}" for v, k in interviewed.items() if k > n]
        if self and len(chosen) < min(size, eligible):
            caps = ", ".join(f"--at-most {c}={n}" for c, n in self.at_most.items())
            out.append(f"only {len(chosen)} chosen for {size} places: everyone else who can be asked would go "
                       f"past {caps}")
        return out


def parse_caps(specs: list[str]) -> dict[str, int]:
    """['Account Name=2'] → {'Account Name': 2}: at most two people per account."""
    out: dict[str, int] = {}
    for spec in specs:
        column, sep, number = spec.rpartition("=")
        if not sep or not column.strip():
            raise InputError(f"--at-most {spec!r}: write it as COLUMN=NUMBER, e.g. \"Account Name=2\"")
        try:
            n = int(number.strip())
        except ValueError:
            raise InputError(f"--at-most {spec!r}: {number.strip()!r} is not a whole number") from None
        if n < 1:
            raise InputError(f"--at-most {spec!r}: the most per value must be at least 1")
        out[column.strip()] = n
    return out


def _sensitive_note(people: list[Participant], excluded: list[tuple[str, str]], opts: MixOptions) -> list[str]:
    """Those left out as sensitive or restricted records, or as students not studying now (withdrawn,
    suspended, on an interruption), said once each with how to ask for them: the researcher who may
    contact them (an approved study of those patients, a study of leavers) names the value."""
    out: list[str] = []
    for reason, one, many in ((SENSITIVE_RECORD, "a sensitive or restricted record", "sensitive or restricted records"),
                              (NOT_STUDYING, "not an active student", "not active students"),
                              (NOT_A_TENANT, "not a tenant now", "not tenants now"),
                              (NOT_ALUMNUS, "a current student, not an alumnus", "current students, not alumni"),
                              (NOT_AN_END_CUSTOMER, "not an end customer (an agent, merchant, distributor or dealer)",
                               "not end customers (agents, merchants, distributors or dealers)")):
        left = [(pid, why) for pid, why in excluded if why.startswith(reason)]
        if not left:
            continue
        col = left[0][1][len(reason):].strip().removeprefix("(").partition(": ")[0]
        if col in opts.weights:  # (the researcher named the column already: "--mix sensitive=Y:0")
            continue
        value = next((p.attributes.get(col, "") for p in people if p.pid == left[0][0]), "").strip()
        out.append(f"{counted(len(left), 'person', 'people')} left out as {one if len(left) == 1 else many} "
                   f"({col}); if the study may contact them, --mix \"{col}={value}:2\" asks for two of them")
    return out


def _kept_note(kept: list[Person], chosen: list[Person], opts: MixOptions, from_plan: bool = False) -> list[str]:
    """--keep-interviewed did what it promises, or a re-plan kept the saved plan's people already
    interviewed (``from_plan``): said plainly, not as a warning to look into."""
    if not kept or len(kept) >= opts.size:
        return []
    if from_plan:
        return [f"{len(kept)} of the saved plan already interviewed in this study kept in it "
                f"({_ids([p.pid for p in kept])}), as interviews done count toward its {opts.size}; "
                f"{len(chosen) - len(kept)} more picked to balance around them (--fresh starts over)"]
    return [f"{len(kept)} already interviewed in this study kept in the plan; "
            f"{len(chosen) - len(kept)} more picked to balance around them"]


def _seed_note(previous: SavedPlan | None, opts: MixOptions, chosen: list[Person]) -> list[str]:
    """Another --seed than the saved plan's: it draws anew only among those the saved plan's people
    do not already fit as well (they are kept, as invitations may be out), so it may change no one;
    said, so that the same list is not read as the seed doing nothing."""
    if previous is None or previous.seed == opts.seed or opts.fresh:
        return []
    theirs = {m.pid for m in previous.members} & {p.pid for p in chosen}
    if not theirs:
        return []
    same = len(theirs) == len(chosen) == len(previous.members)
    return [f"--seed {opts.seed} draws anew only where the saved plan's people (drawn with --seed {previous.seed}) "
            "do not fit as well: they are kept first, as invitations may be out, so "
            + ("the list is the saved plan's" if same else f"{len(theirs)} of the {len(chosen)} chosen are theirs")]


def _balanced_on_only(dims: list[str], opts: MixOptions) -> list[str]:
    """With the columns to balance on named (--by, --mix), a roster without usage or NPS is the
    study's own choice (an academic screener), not a gap to fill: one plain line, not advice."""
    if not opts.by and not set(opts.weights) & set(dims) - {USAGE, SENTIMENT}:
        return []
    missing = [what for dim, what in ((USAGE, "usage"), (SENTIMENT, "NPS")) if dim not in dims
               and (dim != SENTIMENT or opts.balance_nps)]
    if not missing:
        return []
    absent = [what for what in missing if what != "usage" or opts.balance_usage]  # (--no-usage: not the roster's gap)
    why = "; ".join(([f"no {' or '.join(absent)} column in the roster"] if absent else [])
                    + ([] if opts.balance_usage else ["usage left out by --no-usage"]))
    return [f"balancing on {', '.join(d for d in dims if d not in (USAGE, SENTIMENT))} "
            f"{'only' if len(missing) == 2 else 'and ' + ', '.join(d for d in dims if d in (USAGE, SENTIMENT))}"
            f" ({why})"]


LEFT_OUT_BY_NAME = "named with --leave-out (declined, no answer, or not right for the study)"


def _leave_out_ids(typed: list[str], people: list[Participant]) -> list[str]:
    """The roster's ids for those named with --leave-out (an id typed in another case is theirs, and
    so is a Salesforce id's other form, "0035e00000Kq352" for "0035e00000Kq352AAB");
    one not in the roster is refused with the nearest ids, as a typo would leave the wrong person in."""
    ids = {p.pid.lower(): p.pid for p in people}
    out = []
    for pid in typed:
        found = ids.get(pid.strip().lower())
        if found is None:  # a Salesforce id in its other form (15 characters in a record's URL, 18 stored)
            forms = [p.pid for p in people if same_salesforce_record(pid.strip(), p.pid)]
            found = forms[0] if len(forms) == 1 else None
        if found is None:
            near = nearest_ids(pid.strip().lower(), [p.pid for p in people])
            # the value of another column of one person's (an account number where ids come from elsewhere)
            held = [(p.pid, c) for p in people for c, v in p.attributes.items() if v.strip().lower() == pid.strip().lower()]
            if len({who for who, _ in held}) == 1:
                raise InputError(f"--leave-out: {pid.strip()!r} is in column {held[0][1]!r} of participant "
                                 f"{held[0][0]!r}, not an id; the roster's ids are its participant ids "
                                 "(`listenwell participants list` shows them): leave out that id")
            raise InputError(f"--leave-out: no participant {pid.strip()!r} in the roster"
                             + (f"; did you mean {' or '.join(near)}?" if near else
                                f" ({len(people)} people: `listenwell participants list` shows their ids)"))
        out.append(found)
    return list(dict.fromkeys(out))


def eligibility(people: list[Participant], persons: list[Person], opts: MixOptions,
                today: dt.date) -> tuple[list[Person], list[tuple[str, str]]]:
    """Who a plan may pick, and who it leaves out with the reason (the same rules for a new
    plan and for the people coverage counts as still available)."""
    excluded: list[tuple[str, str]] = []
    eligible: list[Person] = []
    declined = {x.pid for x in people if x.consent.recorded is False}
    by_pid = {x.pid: x for x in people}
    again = _same_person(people, persons)  # pid → (the row kept, what they share)
    # the team's own: the owner of other rows ("Contact owner": a sales rep's own contact record), and
    # the others at their domain; left out as staff, as the roster's own mark of staff would
    team = team_by_owner(people)
    ours = {**staff_by_domain(people, frozenset(team)), **team}
    opts = with_columns_found(opts, {k for x in people for k in x.attributes})
    # (a survey joined to the roster that someone started and left: no answer, not a reason to leave them out)
    unfinished = unfinished_in_a_joined_survey(people)
    # (a column read as notes by its values under a header no table knows, "Ghi chú CSKH": read as notes by
    # the rules that leave people out too, not only named where no rule matched it)
    by_content = set(notes_by_content(people))
    rows = {pid: replace(x, attributes={(f"{c} (notes)" if c in by_content else c): v for c, v in x.attributes.items()
                                        if c not in unfinished})
            for pid, x in by_pid.items()} if unfinished or by_content else by_pid
    own = {p.pid: _left_out(p, rows[p.pid], declined, opts, today) or ours.get(p.pid) for p in persons}
    # a value weighted zero is never asked ("--mix role=student:0": teachers only), whoever else is
    # short: the plan comes up short rather than topped up with them; the person's own reason first
    own.update({p.pid: why for p in persons if not own[p.pid] and (why := _weighted_out(p, by_pid[p.pid], opts))})
    own.update({pid: LEFT_OUT_BY_NAME for pid in opts.leave_out if pid in own and not own[pid]})
    # one person on two rows: a "do not ask" on either row is the person's (a rep logs an opt-out
    # on whichever record they have open), not a row's own ("unfinished response", "Duplicate")
    of_person = {kept: f"{own[pid]} on their other row {pid} (the same {what})" for pid, (kept, what) in again.items()
                 if own[pid] and not of_the_row_only(own[pid])}
    row_of = {q.pid: i for i, q in enumerate(persons)}
    for p in persons:
        why = own[p.pid]
        if p.pid in again and (not why or of_the_row_only(why)):
            why = f"the same {again[p.pid][1]} as {again[p.pid][0]}: one person on two rows"
            if row_of[again[p.pid][0]] > row_of[p.pid]:  # (the later row kept: say why, as it turns on the usage read)
                why += f" ({again[p.pid][0]} kept, the row that shows more use)"
        why = why or of_person.get(p.pid)
        if why:
            excluded.append((p.pid, why))
        else:
            eligible.append(p)
    return eligible, excluded


def _weighted_out(p: Person, row: Participant, opts: MixOptions) -> str | None:
    """The --mix that weighs this person's value zero ("--mix role=student:0"), or None; a column
    --mix names only to leave a value out is no segment, and is read from the row."""
    for dim, weights in opts.weights.items():
        if dim in p.segments:
            value = p.segments[dim]
        elif dim == TAGS and dim not in row.attributes:
            value = _named_tag(row, weights)
        else:
            value = row.attributes.get(dim, "").strip() if balanced_value(row.attributes.get(dim)) else UNKNOWN
        zero = [v for v, w in weights.items() if w == 0 and _loose(v) == _loose(value)]
        if value != UNKNOWN and zero:
            # (a roster's value as the roster writes it, "Accountant (multi-client)", not as typed loosely)
            said = zero[0] if dim in (USAGE, SENTIMENT, TAGS) else value
            spec = f"{dim}={said}:0"
            return f'--mix "{spec}"' if re.search(r"[^\w=:.,+-]", spec) else f"--mix {spec}"
    return None


def _left_out(p: Person, row: Participant, declined: set[str], opts: MixOptions,
              today: dt.date) -> str | None:
    """Why this row's own values leave its person out (a second row of one person aside)."""
    if opts.exclude_recent_days is not None and p.interviewed and p.interviewed_on is None:
        # interviewed in this study on a day its file did not give: recent, whatever the window
        return "interviewed in this study (its transcript gives no date; --keep-interviewed keeps this " \
               "study's interviews in the plan)"
    if opts.exclude_recent_days is not None and p.last_interviewed is not None \
            and (today - p.last_interviewed).days <= opts.exclude_recent_days:
        return _recent_reason(p)
    # (the consent column's own answer first: a comment that says the same is not the record of it)
    if p.pid in declined and not opts.include_unconsented:
        return "said no to recording in the roster's consent column"
    own_words = refused_recording(row) if not opts.include_unconsented else None
    if own_words:
        return f"said no to recording, in their own words ({own_words})"
    return left_out_by_roster(row, today, _asked_for(row, opts), adult=opts.adult_age or ADULT_AGE)


def _asked_for(row: Participant, opts: MixOptions) -> frozenset[str]:
    """The roster columns whose value for this row --mix asks for by name with a place or more
    ("--mix sensitive=Y:2"): the researcher's word that people marked so may be asked."""
    return frozenset(col for col, weights in opts.weights.items() if col in row.attributes
                     and any(w > 0 and _loose(v) == _loose(row.attributes[col]) for v, w in weights.items()))


def _not_reviewed(people: list[Participant], chosen: list[Person]) -> list[str]:
    """The chosen whose panel submission is still awaiting review: eligible, but the researcher may
    yet reject it, so they are named."""
    rows = {p.pid: p for p in people}
    waiting = [f"{p.pid} ({why})" for p in chosen if (why := awaiting_review(rows[p.pid]))]
    if not waiting:
        return []
    has = "has a submission" if len(waiting) == 1 else "have submissions"
    return [f"{len(waiting)} of the {len(chosen)} chosen {has} still awaiting review: {_ids(waiting, 5)}; "
            "approve or reject them before you invite anyone"]


# the day they registered for the product ("Portal registration date", "Registered on"): empty where others of
# the roster have one, they never registered (not a "Signup date", which every user of a product has)
_REGISTRATION_DAY = re.compile(r"^(?:\w+\s){0,2}registration\s(?:date|day)$|^date\s(?:of\s)?registration$|"
                               r"^(?:\w+\s){0,2}registered\s(?:on|date)$")


def _registration_day_column(people: list[Participant]) -> str | None:
    """The roster's column of the day they registered for the product, where some have one."""
    cols = sorted({c for p in people for c in p.attributes if _REGISTRATION_DAY.match(column_words(c))})
    return next((c for c in cols if any(present(p.attributes.get(c) or "") for p in people)), None)


def _only_beside_the_roster(people: list[Participant], chosen: list[Person]) -> list[str]:
    """The chosen with none of the roster's own columns (those most of its rows give) and no name, email
    or phone number: an id only a file imported beside the roster has (a survey's respondent, a screener's),
    perhaps a deleted account's or a mistyped one, and nothing to invite them by. Named, not left out: a
    screener may bring someone new on purpose."""
    counts = Counter(k for x in people for k, v in x.attributes.items() if v.strip())
    own = {k for k, n in counts.items() if 2 * n > len(people)}
    if len(people) < 4 or not own:
        return []
    rows = {x.pid: x for x in people}
    bare = [p.pid for p in chosen if (x := rows.get(p.pid)) is not None and not (x.name or "").strip()
            and not (x.email or "").strip() and not phones(x.attributes)
            and not own & {k for k, v in x.attributes.items() if v.strip()}]
    if not bare:
        return []
    n = len(bare)
    return [f"{n} of the {len(chosen)} chosen {'is' if n == 1 else 'are'} in none of the roster's columns, only in "
            f"a file imported beside it (a survey's or a screener's answers), with no name, email or phone number to "
            f"invite them by: {_ids(bare, 5)}; check they are on the roster (a survey's id "
            f"of an account since deleted, or one mistyped) before you invite them, or --leave-out them"]


def _never_signed_up(persons: list[Person], chosen: list[Person]) -> list[str]:
    """The chosen people who never activated because they never signed up at all ("Portal registered:
    N"), where others of the roster signed up and never used it: two groups a study may tell apart,
    named with the --mix that leaves the first out."""
    never = [p for p in chosen if p.segments.get(USAGE) == "never_activated" and p.usage_from.endswith(NOT_SIGNED_UP)]
    if not never:
        return []
    signed = sum(p.segments.get(USAGE) == "never_activated" and not p.usage_from.endswith(NOT_SIGNED_UP)
                 for p in persons)
    last = never[0].usage_from.rpartition("; ")[2]
    if last.startswith("no "):  # (an empty day of registering: no value for --mix to name)
        col = last[3:-len(NOT_SIGNED_UP)]
        return [f"{len(never)} of the {len(chosen)} chosen never activated as they never signed up to it at all (no "
                f"'{col}'): {_ids([p.pid for p in never], 5)}; {signed} on the roster signed up and never used it: "
                f"to place only those, --leave-out the others"]
    col, value = never[0].usage_from.split(": ")[:2]
    return [f"{len(never)} of the {len(chosen)} chosen never activated as they never signed up to it at all ('{col}' "
            f"says {value}): {_ids([p.pid for p in never], 5)}; {signed} on the roster signed up and never used it: "
            f"to place only those, --mix \"{col}={value}:0\" leaves the others out"]


def _contradicting(people: list[Participant], chosen: list[Person], opts: MixOptions) -> list[str]:
    """The chosen two of whose usage answers contradict each other ("How often…?": "I no longer use
    it" and "When did you last…?": "Today"), with both: the segment follows one of them, by the rules'
    order, and the researcher may not want them in its places unasked."""
    today = opts.as_of or dt.date.today()
    if opts.usage_from:
        # usage read from the columns named alone: the others (a count of another channel, an old
        # screener answer) contradict nothing the plan reads
        named = as_usage_columns(people, [c.lower() for c in with_columns_found(
            opts, {k for p in people for k in p.attributes}).usage_from])
        people = [Participant(pid=p.pid, attributes={named[k]: v for k, v in p.attributes.items() if k in named})
                  for p in people]
    rows = {p.pid: p for p in people}
    try:
        order, _ = slash_date_order(people, LAST_ACTIVE)
    except InputError:
        return []
    last_col = last_active_column(people)
    found = []
    kinds = set()  # (what they said against the product's record; the product's count against its own date)
    for p in chosen:
        pair = contradicting_answers(rows[p.pid], today, opts.lapsed_after_days, opts.frequent_per_month, order,
                                     last_col)
        if pair:
            found.append(f"{p.pid}, read as {_label(USAGE, p.segments[USAGE])} ({pair[0]}, yet {pair[1]})")
            cols = list(rows[p.pid].attributes)
            measured = {*COUNTS.columns(cols), *TIME_SPENT.columns(cols)}
            dated = pair[0].split(": ")[0] in measured and last_col and pair[1].startswith(f"{last_col}: ")
            kinds.add(("none" if re.fullmatch(r"0+(?:[.,]0+)?", pair[0].split(": ")[-1].strip()) else "dated")
                      if dated else "said")
    if not found:
        return []
    why = [w for kind, w in (("said", "the product's record before what they said, what they said before a date "
                                      "alone"),
                             ("dated", "a last date older than the lapsed window before a count or time over a "
                                       "shorter period, which a login left open or a stale sync can give"),
                             ("none", "a last date before a count of none over a period that holds it, which a "
                                      "stale sync can give"))
           if kind in kinds]
    return [f"{len(found)} of the {len(chosen)} chosen gave usage answers that contradict each other: {_ids(found, 5)}; "
            f"the segment follows the rules' order ({'; '.join(why)}): ask them which holds before the call, or swap "
            "them out"]


def nobody_left(excluded: list[tuple[str, str]]) -> str:
    """Why a plan would be empty, the commonest reason first: an empty plan is never wanted, so it
    is refused (the saved plan and any file stay as they were) with what to change."""
    reasons = Counter(why for _, why in excluded).most_common()
    shown = "; ".join(f"{n} {'person' if n == 1 else 'people'}: {why}" for why, n in reasons[:3])
    more = f"; {len(reasons) - 3} other reasons" if len(reasons) > 3 else ""
    return (f"nobody could be picked: all {len(excluded)} people on the roster are left out ({shown}{more}); "
            "nothing was saved or written")


def _recent_reason(p: Person) -> str:
    """Why a recent interview leaves ``p`` out, saying where it was: one done in this very study
    is usually one to keep (re-planning mid-study), which only --keep-interviewed does."""
    day = p.last_interviewed.isoformat() if p.last_interviewed else "?"
    if p.last_interviewed_where == THIS_STUDY:
        return f"interviewed in this study on {day} (--keep-interviewed keeps this study's interviews in the plan)"
    return f"interviewed on {day}" + (f" in {p.last_interviewed_where}" if p.last_interviewed_where else "") \
        + (f" ({p.last_interviewed_said})" if p.last_interviewed_said else "")


def _unplaced(dim: str, value: str) -> bool:
    """No value where the usage or NPS rules found nothing (a never-activated user has no NPS
    score): common and no fault of the person, so it neither helps nor hurts. No value in a
    column the researcher chose to balance on is a target of 0, as the table shows it: nobody
    knows which segment they would fill, so they come last, like a value weighted zero."""
    return value == UNKNOWN and dim in (USAGE, SENTIMENT)


def _gain(p: Person, dims: list[str], explicit: set[str], targets: dict[str, dict[str, float]],
          counts: dict[str, Counter[str]],
          supply: dict[str, Counter[str]] | None = None) -> tuple[float, float, float]:
    """How much taking ``p`` moves the counts towards the targets: first on the segments the
    researcher set shares for (--mix), then on the even spread of the rest, so an explicit
    target is never traded for an even one; last, fewer people with no usage or NPS value.
    ``supply``: how many of each segment may be picked at all (a segment nobody left can fill has
    no room for them)."""
    asked, rest, blank = 0.0, 0.0, 0.0
    for d in dims:
        v = p.segments[d]
        if _unplaced(d, v):
            # no help; where every segment that can still be filled has its share already, as costly
            # as the least full one, so that someone known takes that place before them
            g = min(0.0, max(((t - counts[d][x]) / t for x, t in targets[d].items()
                              if t > 0 and (supply is None or counts[d][x] < supply[d][x])), default=0.0))
            blank -= 1
        else:
            t = targets[d].get(v, 0.0)
            g = -10.0 if t <= 0 else (t - counts[d][v]) / t  # a segment the weights leave out comes last
        if d in explicit:
            asked += g
        else:
            rest += g
    return asked, rest, blank


def whole(target: float) -> str:
    """A target in people: '2', or '2–3' where an even share falls between two (nobody
    recruits 2.4 people)."""
    low = math.floor(target + 1e-9)
    return str(low) if target - low < 1e-9 else f"{low}–{low + 1}"


_USE_RANK = {"frequent": 0, "occasional": 1, "active": 1, "never_activated": 2, "lapsed": 3}


def one_person_rows(people: list[Participant], as_of: dt.date) -> dict[str, str]:
    """Each row that a plan reads as another row's person (``_same_person``: one number and one name, ...) → the
    row it keeps for them; a survey joined by that number goes to that row."""
    _, persons = segment(people, MixOptions(as_of=as_of))
    return {pid: kept for pid, (kept, _) in _same_person(people, persons).items()}


def _same_person(people: list[Participant], persons: list[Person]) -> dict[str, tuple[str, str]]:
    """Rows of one person: pid → (the pid kept for them, what the rows share), the row kept being
    the one that shows the most use (the first of equals). One email address is one person (a
    second sign-up, an old and a new customer record); so is one phone number (a form sent twice,
    "951 123 4567" and "+52 951 123 4567") where the two rows' names agree as well ("Ma.
    Guadalupe López" and "María Guadalupe Lopez"): a household's or an office's phone is shared
    by people of other names, whom ``_shared_phones`` names instead; and so is one full name with
    one date of birth (an EHR's duplicate record under a second MRN, where no email or phone is given),
    and one full name at one company or one work email domain (a CRM's duplicate contact under a second
    mailbox, "dana@kowalskiroofing.com" and "dkowalski@kowalskiroofing.com")."""
    group = list(range(len(people)))

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    first_row: dict[tuple[str, str], int] = {}  # an address or a number → the first row with it
    for i, x in enumerate(people):
        keys = [("email", _email(x))] if _email(x) else []
        keys += [("phone", k) for k in sorted(phones(x.attributes))]
        keys += [("born", k)] if (k := _name_and_birth(x)) else []
        keys += one_person_keys(x)  # the same full name at one company, under a second mailbox
        keys += [(col, v.strip()) for col, v in sorted(x.attributes.items()) if _PERSONS_ID.match(column_words(col))
                 and v.strip()]
        for what, key in keys:
            j = first_row.setdefault((what, key), i)
            if j != i and root(i) != root(j) and (what in ("born", *_AT_ONE_PLACE)
                                                  or what == "email" and not _two_at_one_mailbox(
                                                      people[i], people[j], persons[i], persons[j])
                                                  or _names_agree(people[i], people[j])
                                                  or what != "phone" and _not_two_people(people[i], people[j])):
                group[root(i)] = root(j)
    rows: dict[int, list[int]] = {}
    for i in range(len(people)):
        rows.setdefault(root(i), []).append(i)
    out: dict[str, tuple[str, str]] = {}

    def shared(a: Participant, b: Participant) -> str:
        col = next((c for c, v in a.attributes.items() if _PERSONS_ID.match(column_words(c)) and v.strip()
                    and v.strip() == b.attributes.get(c, "").strip()), None)
        if col:
            return col
        if _email(a) and _email(a) == _email(b):
            return "email"
        if phones(a.attributes) & phones(b.attributes):
            return "phone number"
        if _name_and_birth(a) and _name_and_birth(a) == _name_and_birth(b):
            return "name and date of birth"
        return next((what for what, key in one_person_keys(a) if (what, key) in one_person_keys(b)),
                    "name and date of birth")
    for found in rows.values():
        if len(found) < 2:
            continue
        keep = min(found, key=lambda i: (_USE_RANK.get(persons[i].segments.get(USAGE, UNKNOWN), 4), i))
        out.update({persons[i].pid: (persons[keep].pid, shared(people[i], people[keep])) for i in found if i != keep})
    return out


# what makes two rows one person at one place (``colleagues.one_person_keys``)
_AT_ONE_PLACE = ("name and company", "name and email domain")


# the person's own id kept as a column, where the rows are a subscription's, a device's or a form
# submission's (Recharge's customer_id beside its subscription_id): one value, one person
_PERSONS_ID = re.compile(r"^(?:customer|user|contact|respondent|patient|member|client|subscriber|participant|"
                         r"person)\s?id$|^(?:mrn|medical record number)$")


def _not_two_people(a: Participant, b: Participant) -> bool:
    """Two rows under one person's id are that person's unless they say otherwise: two addresses,
    or two names that do not agree."""
    if _email(a) and _email(b) and _email(a) != _email(b):
        return False
    return not (words(name_in_roster(a)) and words(name_in_roster(b))) or _names_agree(a, b)


def _name_and_birth(x: Participant) -> str:
    """The row's full name and date of birth as one person's key, as a hospital or a school spots
    a duplicate record: the same words of the name in any order, accents and commas aside
    ("Ibáñez, Lucía" and "Lucia Ibanez"), and the same day; "" where either is missing or the name
    is one word. Twins share a birthday, not a name; two people of one name, not a birthday."""
    name, born = sorted(words(name_in_roster(x))), birth_date(x)
    return f"{' '.join(name)}|{born}" if len(name) >= 2 and born else ""


def _email(x: Participant) -> str:
    """The row's email address as one person's key ("" for none, or a form's "anonymous")."""
    return x.email.strip().lower() if x.email and "@" in x.email else ""


def _name_words(p: Participant) -> list[str]:
    """The words of the row's name: in Latin letters as ``words`` reads them, else as written in its own
    script, without its accents and marks ("خالد العتيبي", "سارة الحربي")."""
    name = name_in_roster(p)
    return words(name) or re.findall(r"[^\W\d_]+", fold(name or ""))


def _names_agree(a: Participant, b: Participant) -> bool:
    """Two rows' names are one person's: every word of the shorter is one of the longer's, or its
    abbreviation ("Ma." for María, "J."), two words at least or the whole name. Siblings who share their
    surnames differ in a given name; where either row has no name, nothing says so."""
    x, y = sorted((_name_words(a), _name_words(b)), key=len)
    if not x:
        return False

    def within(w: str) -> bool:
        return w in y or (len(w) <= 2 and any(v.startswith(w) for v in y))  # "Ma.", "J.", not "Ana" for Anabel
    return all(within(w) for w in x) and (len(x) >= 2 or x == y)


# a usage segment that says the row has use of its own (gifts, orders, logins)
_OWN_USE = ("frequent", "occasional", "active", "lapsed")


def _first_name(x: Participant) -> str:
    """The row's given name, folded ("" for none): the first-name column, else the name's first word."""
    given = words(x.first_name or "") or _name_words(x)
    return fold(given[0]).lower().strip(".") if given else ""


def _two_at_one_mailbox(a: Participant, b: Participant, pa: Person, pb: Person) -> bool:
    """Two rows with one email address that are two people (a household's "thesmiths@…", as an
    NPSP household's contacts often have): other first names ("Linh" and "Minh", not "J." and
    "Jorge"), and something else that differs too: two dates of birth, or use on each row of its
    own (gifts, orders). One person on two rows under a nickname has one birthday, and their use
    on one of them."""
    x, y = _first_name(a), _first_name(b)
    if not x or not y or x.startswith(y) or y.startswith(x) or _names_agree(a, b):
        return False
    born_a, born_b = birth_date(a), birth_date(b)
    return bool(born_a and born_b and born_a != born_b) or \
        (pa.segments.get(USAGE) in _OWN_USE and pb.segments.get(USAGE) in _OWN_USE)


def _shared_emails(people: list[Participant], persons: list[Person], chosen: list[Person]) -> list[str]:
    """The chosen who share an email address with another person of the roster (two people, not one
    on two rows: ``_two_at_one_mailbox``): named, as an invitation there reaches them both."""
    picked = {p.pid for p in chosen}
    of = {p.pid: p for p in persons}
    by_email: dict[str, list[Participant]] = {}
    for x in people:
        if _email(x):
            by_email.setdefault(_email(x), []).append(x)
    pairs = []
    for rows in by_email.values():
        if len(rows) > 1 and any(x.pid in picked for x in rows) and all(x.pid in of for x in rows):
            a = rows[0]
            if any(_two_at_one_mailbox(a, b, of[a.pid], of[b.pid]) for b in rows[1:]):
                pairs.append(" and ".join(x.pid for x in rows))
    if not pairs:
        return []
    return [f"{len(pairs)} {'pair' if len(pairs) == 1 else 'groups'} of people share an email address under other "
            f"names, read as two people (a household's mailbox?), one at least of each chosen: {_ids(sorted(pairs), 5)}; "
            "an invitation there reaches them all: check whom it is for before you invite"]


# a column naming the row's spouse (Raiser's Edge's "Spouse name", "Spouse", NPSP's "Spouse Full Name"); not a
# business "Partner", a company
_SPOUSE_COLUMN = re.compile(r"^(?:spouse|husband|wife|domestic\spartner|spouse\sor\spartner)(?:\s(?:full\s)?name)?$")


def _spouses_chosen(people: list[Participant], chosen: list[Person]) -> list[str]:
    """Two chosen whose spouse column names the other (a married couple of alumni on two rows, each
    with their own email address): one household, named as a shared mailbox is (a pair at one
    mailbox is named so already: ``_shared_emails``)."""
    picked = {p.pid for p in chosen}
    rows = [x for x in people if x.pid in picked]
    full = {x.pid: " ".join(w.lower() for w in _name_words(x)) for x in rows}

    def names(a: Participant, b: Participant) -> bool:
        return bool(full[b.pid]) and any(
            _SPOUSE_COLUMN.match(re.sub(r"[\s_]+", " ", c.lower()).strip())
            and " ".join(w.lower() for w in (words(v) or [])) == full[b.pid] for c, v in a.attributes.items())
    pairs = sorted({" and ".join(sorted((a.pid, b.pid))) for i, a in enumerate(rows) for b in rows[i + 1:]
                    if (names(a, b) or names(b, a)) and not (_email(a) and _email(a) == _email(b))})
    if not pairs:
        return []
    return [f"{len(pairs)} {'pair' if len(pairs) == 1 else 'pairs'} of the chosen are spouses by the roster's spouse "
            f"column, one household: {_ids(pairs, 5)}; two places on one household, and each hears of the other's "
            "invitation: keep one, or check both are meant, before you invite"]


def _shared_phones(people: list[Participant], chosen: list[Person]) -> list[str]:
    """The chosen who share a phone number with another chosen person under another name (a
    household's, an office's, or one person written two ways): named, for the researcher to check."""
    picked = {p.pid for p in chosen}
    by_phone: dict[str, list[str]] = {}
    for x in people:
        if x.pid in picked:
            for k in phones(x.attributes):
                by_phone.setdefault(k, []).append(x.pid)
    pairs = sorted({" and ".join(pids) for pids in by_phone.values() if len(pids) > 1})
    if not pairs:
        return []
    return [f"{len(pairs)} {'pair' if len(pairs) == 1 else 'groups'} of the chosen share a phone number under "
            f"other names: {_ids(pairs, 5)}; a household's or an office's phone, or one person written two ways? "
            "Check before you invite both"]


# calling codes several countries share: +1 (the United States, Canada, the Caribbean), +7 (Russia,
# Kazakhstan), +44 (the UK and its Crown Dependencies): their people's phones tell no country apart
_SHARED_CODES = frozenset({"1", "7", "44"})


def _one_country_written_two_ways(people: list[Participant], persons: list[Person], dims: list[str]) -> list[str]:
    """The values of a --by column of countries that may be one country written two ways ("UAE" and
    "الإمارات", "KSA" and "Saudi Arabia"): every number written with a country code among the people
    of each has one code, the same for them all and one no other country shares (``_SHARED_CODES``).
    Named, as balancing counts them as countries apart; no table of country names is needed, the
    phones say it."""
    out = []
    for d in dims:
        if d in (USAGE, SENTIMENT) or "country" not in in_english(d).split():
            continue
        value = {p.pid: p.segments.get(d, "") for p in persons}
        codes: dict[str, set[str]] = {}
        for x in people:
            if value.get(x.pid) and not _unplaced(d, value[x.pid]):
                codes.setdefault(value[x.pid], set()).update(
                    c for c in map(written_code, phone_values(x.attributes)) if c)
        by_code: dict[str, list[str]] = {}
        for v, found in codes.items():
            if len(found) == 1 and not found & _SHARED_CODES:
                by_code.setdefault(next(iter(found)), []).append(v)
        for code, values in sorted(by_code.items()):
            if len(values) > 1:
                said = ", ".join(f"'{v}'" for v in sorted(values))
                out.append(f"{said} in '{d}' may be one country written {len(values)} ways (the phones of their "
                           f"people all start +{code}): balancing counts them apart; write them one way and import "
                           "the roster again, or balance with --mix on the values as they are")
    return out


def _mix_not_given_again(previous: SavedPlan | None, opts: MixOptions) -> list[str]:
    """A --mix of the saved plan this one replaces that is not given again: said, as the plan then balances (or
    admits) those values as it likes ("Customer Type=Agent:0" gone lets agents back in), while --leave-out and
    --adult-age carry over on their own."""
    if previous is None:
        return []
    gone = {d: w for d, w in previous.options.weights.items() if w and d not in opts.weights}
    if not gone:
        return []
    said = " and ".join(f"--mix \"{d}={','.join(f'{v}:{wt:g}' for v, wt in w.items())}\"" for d, w in gone.items())
    them = "it" if len(gone) == 1 else "them"
    return [f"the saved plan was made with {said}; this one was not, so those values are balanced (or left out) no "
            f"longer: give {them} again to keep {them}"]


def _script(value: str) -> str | None:
    """The script most of a value's letters are written in ("LATIN", "BENGALI", "CYRILLIC"), None with no letters."""
    scripts = Counter(unicodedata.name(c, "?").split()[0] for c in value if c.isalpha())
    return scripts.most_common(1)[0][0] if scripts else None


def _mix_value_in_another_script(persons: list[Person], dims: list[str], opts: MixOptions) -> list[str]:
    """A --by column's value that --mix does not name and that is written in another script than every value it
    names ("ঢাকা" beside --mix "District=Dhaka:6,Rangpur:6"): it may be one of them, written as the other script
    writes it, and where the named values fill the plan it gets no place, so its people drop out unseen. Named,
    as a value written the same but for case is."""
    out = []
    for d in dims:
        w = opts.weights.get(d)
        if not w or d in (USAGE, SENTIMENT):
            continue
        count = Counter(p.segments[d] for p in persons if p.segments[d] != UNKNOWN)
        given = {_loose(v): float(wt) for v, wt in w.items()}
        named = [v for v in count if _loose(v) in given and given[_loose(v)] > 0]
        scripts = {_script(v) for v in named} - {None}
        if not named or len(scripts) != 1:
            continue
        places = sum(given[_loose(v)] for v in count if _loose(v) in given)
        for v in sorted(count):
            if _loose(v) in given or _script(v) in scripts or _script(v) is None:
                continue
            fate = "gets no place (the values named fill the plan)" if places >= opts.size else \
                "gets only a share of the places the values named leave"
            out.append(f"--mix {d}: {v!r} ({count[v]}) is named by no --mix value and {fate}; it is written in "
                       f"another script than {', '.join(repr(x) for x in sorted(named))}: if it is one of them, "
                       "write it one way and import the roster again, or name it in --mix")
    return out


def _cell_cost(n: float, t: float, dim: str, value: str) -> float:
    """What one segment's count costs against its target: the squared shortfall or excess,
    relative to the target; a value the weights leave out costs most, and so does no value in a
    --by column (``_unplaced``)."""
    if _unplaced(dim, value):
        return 0.0
    return (n - t) ** 2 / t if t > 0 else 10.0 * n


def _less(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """``a`` before ``b``, comparing the first of each pair first (beyond rounding noise)."""
    for x, y in zip(a, b):
        if abs(x - y) > 1e-9:
            return x < y
    return False


def _blank_cost(counts: Counter[str], targets: dict[str, float], dim: str,
                supply: Counter[str] | None = None) -> float:
    """What the people with no usage or NPS value cost a pick: nothing while a segment has room
    (no fault of theirs), but each place they take once every segment has its share costs what
    the least full segment would (placed one by one where that costs least), so that a known
    person is taken over them for it (``_swap_cost`` counts them apart too). A segment with room
    that nobody left can fill (``supply``: how many of each may be picked at all; the occasional
    users all chosen, one short of their target) is no room: the README's promise, someone with no
    value takes a place only where nobody known fits as well."""
    if not _unplaced(dim, UNKNOWN) or not counts[UNKNOWN]:
        return 0.0
    known = {v: counts[v] for v, t in targets.items() if t > 0}
    total = 0.0
    for _ in range(counts[UNKNOWN] if known else 0):
        fillable = {v: n for v, n in known.items() if supply is None or n < supply[v]} or known
        step, v = min((_cell_cost(n + 1, targets[v], dim, v) - _cell_cost(n, targets[v], dim, v), v)
                      for v, n in fillable.items())
        total += max(step, 0.0)
        known[v] += 1
    return total


def _swap_cost(outs: list[Person], ins: list[Person], dims: list[str], targets: dict[str, dict[str, float]],
               counts: dict[str, Counter[str]], explicit: set[str],
               supply: dict[str, Counter[str]] | None = None) -> tuple[float, float, float]:
    """How the misfit changes when ``outs`` leave the pick and ``ins`` join it: (on the --mix
    segments, on the rest, in people with no usage or NPS value); below zero is closer to the
    targets."""
    change: dict[tuple[str, str], int] = Counter()
    for p in outs:
        for d in dims:
            change[(d, p.segments[d])] -= 1
    for p in ins:
        for d in dims:
            change[(d, p.segments[d])] += 1
    asked, rest, blank = 0.0, 0.0, 0.0
    for (d, v), k in change.items():
        if k:
            cost = (_cell_cost(counts[d][v] + k, targets[d].get(v, 0.0), d, v)
                    - _cell_cost(counts[d][v], targets[d].get(v, 0.0), d, v))
            asked, rest = (asked + cost, rest) if d in explicit else (asked, rest + cost)
    for d in {d for (d, _), k in change.items() if k}:
        if _unplaced(d, UNKNOWN) and (counts[d][UNKNOWN] or change[(d, UNKNOWN)]):
            after = counts[d].copy()
            after.update({v: k for (e, v), k in change.items() if e == d})
            have = supply.get(d) if supply else None
            cost = _blank_cost(after, targets[d], d, have) - _blank_cost(counts[d], targets[d], d, have)
            asked, rest = (asked + cost, rest) if d in explicit else (asked, rest + cost)
            blank += change[(d, UNKNOWN)]
    return asked, rest, blank


def _swap(chosen: list[Person], pool: list[Person], i: int, j: int, dims: list[str],
          counts: dict[str, Counter[str]], caps: _Caps | None = None) -> None:
    out, inn = chosen[i], pool[j]
    chosen[i], pool[j] = inn, out
    if caps:
        caps.move([out], [inn])
    for d in dims:
        counts[d][out.segments[d]] -= 1
        counts[d][inn.segments[d]] += 1


def _bring_back_earlier(chosen: list[Person], pool: list[Person], kept: list[Person], before: set[str], dims: list[str],
                        targets: dict[str, dict[str, float]], counts: dict[str, Counter[str]],
                        explicit: set[str], caps: _Caps | None = None,
                        supply: dict[str, Counter[str]] | None = None) -> None:
    """Re-planning: invitations from the earlier plan may be out, so someone new gives their place
    back to an earlier-plan person left out wherever that fits the targets as well or better:
    the earlier plan's people leave it only for a mix that is closer."""
    fixed = {id(p) for p in kept}  # interviewed here: in the plan whatever it was before
    for i, person in enumerate(chosen):
        if person.pid in before or id(person) in fixed:
            continue
        fits = [j for j, q in enumerate(pool) if q.pid in before
                and not _less((0.0, 0.0, 0.0), _swap_cost([person], [q], dims, targets, counts, explicit, supply))
                and (not caps or caps.allows([person], [q]))]
        if fits:
            _swap(chosen, pool, i, fits[0], dims, counts, caps)


def _improve_by_swaps(chosen: list[Person], pool: list[Person], kept: list[Person], dims: list[str],
                      targets: dict[str, dict[str, float]], counts: dict[str, Counter[str]],
                      explicit: set[str] = frozenset(), caps: _Caps | None = None,
                      supply: dict[str, Counter[str]] | None = None) -> None:
    """Picking one person at a time can paint itself into a corner: with the only detractors
    among occasional users, taking an occasional promoter first leaves the detractors out.
    Swap chosen people (one, or two at once) for people left in the pool while that brings the
    counts closer to the targets on all segments together. Deterministic: candidates are tried
    in chosen and pool order (the pool is shuffled by the seed), two per combination of
    segments, and the best swap wins. The misfit on the segments with --mix shares comes first
    (as in the greedy pick): a swap may not buy an even spread with an explicit target."""
    fixed = {id(p) for p in kept}

    def delta(outs: list[Person], ins: list[Person]) -> tuple[float, float, float]:
        if caps and not caps.allows(outs, ins):  # never past --at-most, however close to the targets
            return (0.0, 0.0, 0.0)
        return _swap_cost(outs, ins, dims, targets, counts, explicit, supply)

    for _ in range(4 * len(chosen) + 1):  # each swap lowers the misfit; this only bounds the work
        per_kind: Counter[tuple[str, ...]] = Counter()
        options = []  # at most two of each combination of segments, in pool order
        for j, q in enumerate(pool):
            key = tuple(q.segments[d] for d in dims)
            if per_kind[key] < 2:
                per_kind[key] += 1
                options.append(j)
        movable = [i for i, p in enumerate(chosen) if id(p) not in fixed]
        best: tuple[tuple[float, float, float], list[int], list[int]] | None = None
        for i in movable:
            for j in options:
                gain = delta([chosen[i]], [pool[j]])
                if _less(gain, (0.0, 0.0, 0.0)) and (best is None or _less(gain, best[0])):
                    best = (gain, [i], [j])
        if best is None and len(movable) * len(options) <= 2000:  # two at once, while that stays cheap
            for a, i1 in enumerate(movable):
                for i2 in movable[a + 1:]:
                    for b, j1 in enumerate(options):
                        for j2 in options[b + 1:]:
                            gain = delta([chosen[i1], chosen[i2]], [pool[j1], pool[j2]])
                            if _less(gain, (0.0, 0.0, 0.0)) and (best is None or _less(gain, best[0])):
                                best = (gain, [i1, i2], [j1, j2])
        if best is None:
            return
        _, outs, ins = best
        for i, j in zip(outs, ins):
            _swap(chosen, pool, i, j, dims, counts, caps)


def _warnings(dims: list[str], persons: list[Person], eligible: list[Person], chosen: list[Person],
              coverage: list[CoverageRow], opts: MixOptions, left_out: dict[str, str] | None = None) -> list[str]:
    out: list[str] = []
    chose_columns = bool(_balanced_on_only(dims, opts))  # said once, plainly, as a note instead
    if USAGE not in dims and not chose_columns:
        out.append("usage segments could not be derived: add a status, last-active date or "
                   "sessions-per-month column to the roster")
    if SENTIMENT not in dims and opts.balance_nps and not chose_columns:
        out.append("no NPS column in the roster, so fans and critics cannot be balanced")
    if len(eligible) < opts.size:
        out.append(f"only {len(eligible)} eligible people for {opts.size} places")
    usage_asked = _usage_set_by_mix(dims, chosen, opts)
    for d in dims:
        rows = [r for r in coverage if r.dimension == d]
        over = [r for r in rows if r.value != UNKNOWN and r.chosen >= r.target + 1]
        out += _none_of(d, rows, persons)
        zero = {_loose(v) for v, w in opts.weights.get(d, {}).items() if w == 0}
        for row in rows:  # (a value --mix weighs zero is left out as asked: "left out" names them)
            if d == USAGE and usage_asked:
                continue
            if not (zero and _loose(row.value) in zero and row.eligible == 0):
                out += _row_warning(row, over, persons, eligible, chosen, left_out or {})
        out += _over_warning(rows)
    out += _asks_not_met(coverage, opts, persons)
    out += _ended_long_ago(chosen, opts)
    unreached = _frequent_unreached(persons, opts) if USAGE in dims else []
    if unreached:
        out = [w for w in out if w != f"no {_label(USAGE, 'frequent')} in the roster"] + unreached
    n = len(chosen)
    if n >= 4:
        for d in dims:
            c = Counter(p.segments[d] for p in chosen)
            value, k = c.most_common(1)[0]
            target = next((r.target for r in coverage if r.dimension == d and r.value == value), 0.0)
            asked = (bool(opts.weights.get(d)) and k <= target + 0.5) or (d == USAGE and usage_asked)  # a skew --mix
            # asked for is no news
            if value != UNKNOWN and k / n > 0.6 and not asked:
                out.append(f"{k} of {n} are {_label(d, value)}")
    return out


_RATE_SAID = re.compile(r"^about (\d+(?:\.\d+)?) a (month|year)\b")


# how long ago a chosen lapse was, as ``usage_and_why`` says it ("cancelled on: 02-05-2026 (211 days before 2026-11-29)")
_ENDED_DAYS_AGO = re.compile(r"; ([^;]+?): ([^;]+?) \((\d+) days? before \d{4}-\d{2}-\d{2}\)")


def _ended_long_ago(chosen: list[Person], opts: MixOptions) -> list[str]:
    """The chosen whose subscription or account the roster says ended longer ago than --lapsed-after (a study of
    who cancelled in the last 3 months, with no bound on how long ago: a cancellation 7 months old is picked)."""
    old = [(p.pid, m) for p in chosen if (m := _ENDED_DAYS_AGO.search(p.usage_from))
           and int(m.group(3)) > opts.lapsed_after_days]
    if not old:
        return []
    n = len(old)
    shown = ", ".join(f"{pid} ({m.group(1)}: {m.group(2)}, {m.group(3)} days ago)" for pid, m in old[:5]) \
        + (f", … ({n - 5} more)" if n > 5 else "")
    return [f"{n} of the {len(chosen)} chosen ended longer ago than --lapsed-after ({opts.lapsed_after_days} days): "
            f"{shown}; for people who left recently, swap them out (--leave-out {','.join(pid for pid, _ in old)})"]


def _usage_set_by_mix(dims: list[str], chosen: list[Person], opts: MixOptions) -> bool:
    """Whether a --mix on another column gives every place by name and its people are all of one usage segment
    ("Subscription Status=Cancelled:10", lapsed or churned all): the usage targets are not what was asked."""
    if USAGE not in dims or USAGE in opts.weights or not chosen or len({p.segments[USAGE] for p in chosen}) > 1:
        return False
    return any(d != USAGE and sum(w for w in opts.weights.get(d, {}).values()) >= opts.size for d in dims)


def _frequent_unreached(persons: list[Person], opts: MixOptions) -> list[str]:
    """No frequent user, where five or more are occasional by a rate that was counted (``usage_and_why``'s
    "about 3 a year since …"): how their rates spread, and that --frequent says what frequent is here
    (4 a month, a visit a week, is no furniture shop's frequent buyer)."""
    if any(p.segments.get(USAGE) == "frequent" for p in persons):
        return []
    rates = [float(m.group(1)) / (12 if m.group(2) == "year" else 1) for p in persons
             if p.segments.get(USAGE) == "occasional" and (m := _RATE_SAID.match(p.usage_from))]
    if len(rates) < 5:
        return []
    return [f"no frequent users at --frequent {opts.frequent_per_month:g} (a month): of the {len(rates)} occasional "
            f"users with a rate, half use it about {statistics.median(rates):.2g} a month or less, the most "
            f"{max(rates):.2g}; where a frequent user here comes less often (a shop's orders, a yearly renewal), "
            "say how often with --frequent (a number a month: 0.25 is three a year)"]


def _asks_not_met(coverage: list[CoverageRow], opts: MixOptions, persons: list[Person]) -> list[str]:
    """A value --mix asks places for that got none, as nobody on the roster is in it ("usage=frequent:3"
    where the roster says when people last booked, not how often): said, as its places otherwise go
    to the other segments without a word (one whose people are all left out is said by ``_row_warning``)."""
    out = []
    for d, asked in opts.weights.items():
        rows = {_loose(r.value): r for r in coverage if r.dimension == d}
        for v, w in asked.items():
            row = rows.get(_loose(v))
            if w <= 0 or row is not None and (row.target >= 0.5 or row.in_roster):
                continue
            value = row.value if row else next((x for x in _expected(d) if _loose(x) == _loose(v)), v)
            active = sum(p.segments.get(d) == "active" for p in persons) if d == USAGE else 0
            why = (f" (how often the {counted(active, 'active user', 'active users')} come is not known)"
                   if active and value in ("frequent", "occasional") else "")
            out.append(f"--mix {d}={v}:{w:g} got no places: no {_label(d, value)} on the roster{why}, so its places "
                       "went to the other segments")
    return out


def _row_warning(row: CoverageRow, over: list[CoverageRow], persons: list[Person], eligible: list[Person],
                 chosen: list[Person], left_out: dict[str, str]) -> list[str]:
    """What one segment of the pick needs said: who has no value, a segment nobody can fill,
    or a target missed, and then where its places went."""
    label = _label(row.dimension, row.value)
    if row.value == UNKNOWN:
        return _no_value(row.dimension, persons, eligible, chosen) if row.in_roster else []
    if row.dimension in (USAGE, SENTIMENT) and row.in_roster == 0:
        return []  # (said by _none_of, for the segment as a whole)
    if row.in_roster and row.eligible == 0:
        # (why, as the plan left them out: the commonest reasons, not a list of what it might be)
        whys = Counter(why for p in persons
                       if p.segments.get(row.dimension) == row.value and (why := left_out.get(p.pid)))
        said = "; ".join(why for why, _ in whys.most_common(2)) + ("; \u2026" if len(whys) > 2 else "")
        if not said:
            said = "interviewed recently, said no to recording, or the roster says not to ask them"
        return [f"all {label} are left out ({said})"]
    if row.target < 1 or row.chosen > row.target - 0.5:
        return []
    went = [r for r in over if r.dimension == row.dimension]
    where = "".join(f"; {_label(r.dimension, r.value)} got {r.chosen} for a target of {whole(r.target)}"
                    for r in went)
    if row.eligible < row.target:
        return [f"{label}: {row.chosen} chosen for a target of {whole(row.target)} "
                f"(only {row.eligible} eligible{where})"]
    if row.chosen <= row.target - 1 and (blank := _all_blank_in(row, eligible)):
        # (not the balancing as such: a column balanced on that none of them has a value in gives them no place)
        mine, places = sum(p.segments.get(row.dimension) == row.value for p in eligible), max(1, round(row.target))
        return [f"{label}: {row.chosen} chosen for a target of {whole(row.target)} (all {mine} who can be asked "
                f"have no {blank} value, and balancing on {blank} gives those without one no place{where}; give "
                f"them a {blank} value, or ask for them with --mix {row.dimension}={row.value}:{places}"
                + (", or leave NPS out of the balance with --no-nps" if blank == "NPS" else "") + ")"]
    if row.chosen <= row.target - 1:
        return [f"{label}: {row.chosen} chosen for a target of {whole(row.target)} (balancing the "
                f"other segments cost these places{where}; swap people by hand to change it)"]
    return []


def _all_blank_in(row: CoverageRow, eligible: list[Person]) -> str | None:
    """Another dimension balanced on (a --by column) in which none of the row's people who can be
    asked has a value: why its target is missed ("Donor Level" blank for everyone who never gave)."""
    mine = [p for p in eligible if p.segments.get(row.dimension) == row.value]
    blank = next((d for d in (mine[0].segments if mine else {})
                  if d != row.dimension and all(p.segments.get(d) == UNKNOWN for p in mine)), None)
    return None if blank is None else "NPS" if blank == SENTIMENT else blank


def _none_of(dim: str, rows: list[CoverageRow], persons: list[Person]) -> list[str]:
    """The usage or NPS segments nobody on the roster is in. "None in the roster" only where
    everyone's segment is known: where some are unknown, among those known, saying for how many
    it is unknown (a roster whose usage is mostly unknown may well hold lapsed users). Where a
    last order alone made people active users, frequent and occasional are not told apart."""
    if dim not in (USAGE, SENTIMENT):
        return []
    absent = [r.value for r in rows if r.value != UNKNOWN and r.in_roster == 0]
    active = [p for p in persons if p.segments.get(dim) == "active"] if dim == USAGE else []
    out = []
    if active:
        absent = [v for v in absent if v not in ("frequent", "occasional")]
        # (a last order alone; else events alone, or a first visit this fortnight: usage_and_why)
        gives = "gives when they last ordered" if all("how recently, not how often" in p.usage_from for p in active) \
            else "gives only a status that says their account is open (\"active\")" \
            if all(ACCOUNT_OPEN in p.usage_from for p in active) \
            else "says they came (a last order, a count of events or clicks, a first visit just made, an open account)"
        out.append(f"{counted(len(active), 'active user', 'active users')}: the roster {gives}, "
                   "not how often, so frequent and occasional users are not told apart")
    if not absent:
        return out
    unknown = sum(p.segments.get(dim) == UNKNOWN for p in persons)
    what = "usage" if dim == USAGE else "NPS"
    if not unknown:
        return out + [f"no {_label(dim, v)} in the roster" for v in absent]
    if unknown == len(persons):
        return out + [f"{what} unknown for all {len(persons)} on the roster"]
    known = len(persons) - unknown
    return out + [f"{what} unknown for {unknown} of {len(persons)}: among the {known} whose {what} is known, "
                  + ", ".join(f"no {_label(dim, v)}" for v in absent)]


def _over_warning(rows: list[CoverageRow]) -> list[str]:
    """A segment given more people than the top of its printed target ("4" for "2–3") while the
    others of its column stay inside theirs: balancing another column put them there, which no
    short segment's warning says (where one does, it names this one already)."""
    known = [r for r in rows if r.value != UNKNOWN]
    over = [r for r in known if r.chosen >= r.target + 1]
    short = [r for r in known if r.chosen < r.target - 1e-9]
    if not over or any(r.target >= 1 and r.chosen <= r.target - 0.5
                       and (r.eligible < r.target or r.chosen <= r.target - 1) for r in short):
        return []
    if not short:
        while_ = ""
    elif len(short) > 3:
        while_ = f" while {len(short)} others got fewer than their share"
    elif len({r.chosen for r in short}) == 1:
        while_ = f" while {' and '.join(_label(r.dimension, r.value) for r in short)} got {short[0].chosen}"
    else:
        while_ = " while " + " and ".join(f"{_label(r.dimension, r.value)} got {r.chosen}" for r in short)
    return [f"{_label(r.dimension, r.value)}: {r.chosen} chosen for a target of {whole(r.target)} (balancing the "
            f"other segments put more here{while_}; swap people by hand to change it)" for r in over]


def _ids(pids: list[str], limit: int = 10) -> str:
    return ", ".join(pids[:limit]) + (f", … ({len(pids) - limit} more)" if len(pids) > limit else "")


def _without_values(dim: str, dims: list[str], eligible: list[Person]) -> dict[str, list[str]]:
    """Per other dimension balanced on (a --by or --mix column), its values nobody of which the plan
    may pick has a ``dim`` value ("role = parent" where only teachers were surveyed); only where some
    other value's people have one."""
    out: dict[str, list[str]] = {}
    for d in dims:
        if d in (USAGE, SENTIMENT, dim):
            continue
        values = {p.segments.get(d, UNKNOWN) for p in eligible} - {UNKNOWN}
        scored = {p.segments.get(d) for p in eligible if p.segments.get(dim, UNKNOWN) != UNKNOWN}
        if scored & values and values - scored:
            out[d] = sorted(values - scored)
    return out


def _no_value(dim: str, persons: list[Person], eligible: list[Person], chosen: list[Person]) -> list[str]:
    """Who of those the plan may pick has no value for a segment (so a failed join or a blank
    column can be checked: nobody chases an answer from someone left out anyway), and how many of
    them the pick took: they count for no segment, so they can fill places silently. For NPS, a
    group balanced on nobody of which has a score (a survey of teachers only) is said as a group,
    not person by person: its places get no NPS target."""
    groups = _without_values(dim, list(persons[0].segments) if persons else [], eligible) if dim == SENTIMENT else {}

    def unscored(p: Person) -> bool:
        return any(p.segments.get(d) in values for d, values in groups.items())

    def among(group: list[Person], refused: bool) -> list[Person]:
        return [p for p in group if p.segments.get(dim) == UNKNOWN and (dim in p.declined) == refused
                and not unscored(p)]

    out: list[str] = []
    if groups:
        n = sum(unscored(p) for p in eligible)
        said = "; ".join(f"{d} = " + (", ".join(v[:-1]) + " or " + v[-1] if len(v) > 1 else v[0])
                         for d, v in groups.items())
        out.append(f"nobody who can be asked with {said} has a {dim} value in the roster "
                   f"({counted(n, 'person', 'people')}): the {dim} targets are set over the other places only")
    for refused in (False, True):  # an empty cell, then an answer that gives no value ("Prefer not to say")
        blank, picked = [p.pid for p in among(eligible, refused)], [p.pid for p in among(chosen, refused)]
        if not blank:
            continue
        more = len(among(persons, refused)) - len(blank)
        who = f"{counted(len(blank), 'person', 'people')} who can be asked"
        if refused:
            said = [f"'{a}'" for a in dict.fromkeys(p.declined[dim] for p in among(eligible, True))]
            answers = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " or " + said[-1]
            text = (f"{who} answered {answers} for {dim} (an answer, but not a value to balance on: they take a "
                    f"place only when nobody with a {dim} value is left): {_ids(blank)}")
        else:
            text = f"{who} {'has' if len(blank) == 1 else 'have'} no {dim} value in the roster: {_ids(blank, 5)}"
        text += f" ({more} more left out anyway)" if more else ""
        if picked:
            text += f"; {len(picked)} of the {len(chosen)} chosen {'is' if len(picked) == 1 else 'are'} among them " \
                    f"({_ids(picked)})"
        out.append(text)
    return out


def _not_in_the_file_of(col: str, people: list[Participant], pids: list[str]) -> list[str]:
    """Of ``pids``, those with none of the columns that came with ``col``: the columns filled for
    everyone who answered it and not for everyone on the roster (a survey's other questions, its
    response id); empty where no column came with it."""
    answered = [p for p in people if present(p.attributes.get(col))]
    if not answered or len(answered) == len(people):
        return []
    keys = {k for p in answered for k in p.attributes if k != col}
    companions = [k for k in keys if all(present(p.attributes.get(k)) for p in answered)
                  and not all(present(p.attributes.get(k)) for p in people)]
    if not companions:
        return []
    rows = {p.pid: p for p in people}
    return [pid for pid in pids if not any(present(rows[pid].attributes.get(k)) for k in companions)]


def counted(n: int, one: str, many: str) -> str:
    """'1 person', '3 people'."""
    return f"{n} {one if n == 1 else many}"


def _dates_not_read_as_use(people: list[Participant], opts: MixOptions) -> list[str]:
    """Where usage is read from counts alone (no last-use date read, none named with --usage-from), the roster's
    columns of plain dates (four in five of at least three, no time of day: not a form's timestamps) that no rule
    reads (not a sign-up, birth, end or interview day): named, as one may be when they last used it in words no
    table reads ("Most recent delivery", "Viimeisin tilaus" before it was read), which outweighs a count."""
    keys = list(dict.fromkeys(k for p in people for k in p.attributes))
    if opts.usage_from or not COUNTS.columns(keys) or LAST_ACTIVE.columns(keys) or DAYS_SINCE.columns(keys):
        return []
    known = set(columns_read(people)) | set(SIGNUP.columns(keys)) | set(ENDED.columns(keys))
    out = []
    for col in keys:
        w = column_words(col)
        if col in known or re.search(r"\b(?:birth|born|dob|birthday|interview\w*|created|joined|since|signup|sign up|"
                                     r"registered|start\w*|end\w*|expir\w*|renew\w*|due|modified|updated)\b",
                                     in_english(w)):
            continue
        values = [v.strip() for p in people if present(v := p.attributes.get(col) or "")]
        dated = [v for v in values if _PLAIN_DATE.fullmatch(v)]
        if len(dated) >= 3 and 5 * len(dated) >= 4 * len(values):
            out.append(f"usage read from counts alone: {col!r} holds dates no rule reads as a last use; if it is when "
                       f"they last used it (a last order or visit), it outweighs a count: plan again with "
                       f"--usage-from {col!r}")
    return out


_PLAIN_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")


def _named_usage_unread(people: list[Participant], persons: list[Person], opts: MixOptions) -> list[str]:
    """A column named in --usage-from that decided nobody's usage: said, so a split the researcher
    asked for is not trusted when it came from the other columns alone (a count with no period in
    its name, "月間ログイン回数" before it was read as monthly, is a count of their whole time, read
    only from a sign-up date)."""
    said = [p.usage_from.lower() for p in persons if p.usage_from]
    out = []
    # a date never after another named with it: read as when they signed up, and said so
    starts = signed_up_by_dates(people, as_usage_columns(people, [c.lower() for c in opts.usage_from])) \
        if len(opts.usage_from) > 1 else {}
    out += [f"--usage-from: read {early!r} as when they signed up, not as a last use: it is never after {late!r}"
            for early, late in starts.items()]
    for col in (c.lower() for c in opts.usage_from):
        if col in starts:
            continue
        if any(re.search(r"(?:^|; |\(|, but |\bno )" + re.escape(col) + r"(?=: |;|\)|$)", w) for w in said):
            continue
        whole_time = bool(LIFETIME.columns([as_usage_columns(people, [col]).get(col, col)]))
        why = ("its counts have no period in its name, so they are read as counts of each person's whole time, "
               "from the day they signed up, and the roster has no sign-up date: put the period in its name "
               "('… per month', '… (30d)')" if whole_time and not SIGNUP.in_roster(people) and not starts
               else "the other columns named decided everyone's first" if len(opts.usage_from) > 1
               else "none of its values decided anyone's")
        out.append(f"--usage-from {col!r} decided nobody's usage: {why}")
    return out


@dataclass(frozen=True)
class _OfTheRoster:
    """A check of ``_TO_CHECK_WHEN_CHOSEN`` that reads the whole roster, not the row alone (who else
    is at their company, what the roster's counts usually are): pid → why."""
    read: Callable[[list[Participant]], dict[str, str]]


@dataclass(frozen=True)
class _AtAdultAge:
    """A check of ``_TO_CHECK_WHEN_CHOSEN`` that reads the row with the plan's age of majority
    (--adult-age, else the saved plan's, else 18); its texts say "{adult}" for it."""
    read: Callable[[Participant, int], str | None]


# what the plan names about a chosen person to check before the invitation: (the reason or None,
# said of one, said of several, what to do); "{adult}" in a text is the plan's age of majority
_TO_CHECK_WHEN_CHOSEN: tuple[tuple[Callable[[Participant], str | None] | _OfTheRoster | _AtAdultAge, str, str, str],
                             ...] = (
    (email_bounced, "has an email address that bounced", "have email addresses that bounced",
     "an invitation there will not arrive: reach them another way (a phone number, a newer address) or swap them out"),
    (_AtAdultAge(lambda row, adult: maybe_minor(row) or age_not_said(row, adult) or age_band_minor(row, adult)),
     "may be under {adult}", "may be under {adult}",
     "check their age before you invite them (under {adult} needs a parent's consent), or swap them out"),
    (_OfTheRoster(lookup_failed_deciding), "had the roster's spreadsheet lookup fail (#N/A) in a column that "
     "decides who is left out", "had the roster's spreadsheet lookup fail (#N/A) in columns that decide who is left out",
     "their lookup in these columns failed, so what they hold is unknown, and it may be the reason not to ask them "
     "(a ban, a do-not-contact, an age under {adult}): look them up where the sheet's lookup reads before you invite "
     "them, or swap them out"),
    (_OfTheRoster(lookup_failed_other), "had the roster's spreadsheet lookup fail (#N/A) in some columns",
     "had the roster's spreadsheet lookup fail (#N/A) in some columns",
     "their lookup in these columns failed, so what they hold is unknown: check before you invite them"),
    (_OfTheRoster(student_among_adults), "is a student, in a roster that lists adults beside them",
     "are students, in a roster that lists adults beside them",
     "a study of the adults around them (teachers, parents) seldom means to ask students, and one of {adult} still "
     "needs the school's and the study's leave: check they belong in the study, or leave them out with --mix on "
     "that column (--mix \"role=student:0\")"),
    (directory_opt_out, "opted out of directory information (a school record's, FERPA's)",
     "opted out of directory information (a school record's, FERPA's)",
     "not a no to research, but the family asked the school to keep their name and contact details to itself: "
     "check the invitation may use them (ask the school), or swap them out"),
    (suspended_account, "has an account marked suspended", "have accounts marked suspended",
     "in a game or a community that is often a moderation sanction, in a student record a disciplinary or fees "
     "measure: check why before you invite them, or swap them out"),
    (service_on_hold, "has their service on hold, by the roster's status or note",
     "have their service on hold, by the roster's status or note",
     "the provider paused them for a reason (a hospital stay, a review, a change of plan): ask whoever holds their "
     "file (a coordinator, a case manager) why and until when before you invite them, or swap them out"),
    (under_moderation, "has an account under moderation (shadowbanned, under review, restricted)",
     "have accounts under moderation (shadowbanned, under review, restricted)",
     "a sanction in force or an investigation open: ask your trust-and-safety team before you invite them, "
     "or swap them out (--mix \"account_status=under_review:0\" leaves a state out)"),
    (reported_by_others, "was reported or blocked by other users 3 times or more, by the roster's counts",
     "were reported or blocked by other users 3 times or more, by the roster's counts",
     "not their account's state, and others' reports may be unfounded, but a pattern your trust-and-safety "
     "team may be looking at: ask them before you invite them, or swap them out"),
    (sensitive_record, "has a sensitive or restricted record, kept as --mix asks",
     "have a sensitive or restricted record, kept as --mix asks",
     "contact them only as whoever guards these records (a privacy officer, the ethics board) agrees"),
    (_OfTheRoster(acts_for_them_in_roster), "has a proxy, power of attorney or guardian named in the roster",
     "have a proxy, power of attorney or guardian named in the roster",
     "check they can consent for themselves before you invite them, or swap them out"),
    (moved_away, "moved away, by the roster's note", "moved away, by the roster's note",
     "check they still belong to the people the study is about (a resident, a customer in the area) before you "
     "invite them, or swap them out"),
    (dependent_on_account, "is a dependent on someone else's account (a family or group account's holder books "
     "for them), by the roster", "are dependents on someone else's account (a family or group account's holder "
     "books for them), by the roster",
     "their use is the holder's booking, and the email and phone may be the holder's: ask the account holder named "
     "first (who may answer for them), or swap them out (--mix \"<relationship column>=<value>:0\" leaves a "
     "relationship out)"),
    (legal_matter, "has a legal matter noted in the roster (a complaint to an ombudsman or a regulator, an open "
     "grievance, appeal, dispute or complaint, a lawsuit or a legal claim, a deportation or asylum case, a lawyer, an insolvency)",
     "have legal matters noted in the roster (a complaint to an ombudsman or a regulator, an open grievance, "
     "appeal, dispute or complaint, a lawsuit or a legal claim, a deportation or asylum case, a lawyer, an insolvency)",
     "read the note before you invite them: an interview may touch the case, and contact may be for your legal or "
     "compliance team, or their caseworker, to clear first; ask them, or swap them out"),
    (safety_case, "is in an open trust-and-safety case, by the roster's note (a victim, or reported)",
     "are in open trust-and-safety cases, by the roster's notes (a victim, or reported)",
     "do not write to them cold: an invitation about safety may reach someone in the middle of a case; ask "
     "your trust-and-safety team, who may contact them for you or say no (the contacts file withholds the "
     "roster's email and phones for them), or swap them out"),
    (relative_of_staff, "is a relative of our staff, by the roster's note", "are relatives of our staff, by the "
     "roster's note", "not staff, so not left out, but a conflict of interest to decide: their account's rep may "
     "shape what they say, or hear it; keep them or swap them out"),
    (former_staff, "used to work for us, by the roster's note", "used to work for us, by the roster's note",
     "no longer staff, so not left out, but they know the inside of what the study asks about: a conflict of "
     "interest to decide (check whose staff they were); keep them or swap them out"),
    (asb_case, "has an open anti-social behaviour case, by the roster", "have open anti-social behaviour cases, by "
     "the roster", "they may be the one complained of or the one complaining, in a dispute your housing team is "
     "handling: ask the officer on the case before you invite them, or swap them out"),
    (tenancy_ending, "is giving up their tenancy (notice given), by the roster",
     "are giving up their tenancies (notice given), by the roster",
     "check they will still be a tenant on the day of the interview (or that the study wants leavers), or swap them out"),
    (visit_safety, "has a lone-worker or visiting alert, by the roster", "have lone-worker or visiting alerts, by the roster",
     "do not visit them alone: hold the interview by phone or video, or go in pairs as the alert says, after asking "
     "the officer who set it; or swap them out"),
    (leaving_the_plan, "leaves the plan (a disenrollment or coverage end dated ahead)",
     "leave the plan (a disenrollment or coverage end dated ahead)",
     "check they will still be a member on the day of the interview, or swap them out"),
    (in_care_facility, "lives in a care facility (a skilled nursing facility, a nursing home), by the roster",
     "live in a care facility (a skilled nursing facility, a nursing home), by the roster",
     "check they can take the call and consent for themselves, and whether staff there must help, or swap them out"),
    (to_arrange, "needs something arranged before the interview, by the roster (a note, a TTY, interpreter or contact "
     "method column)", "need something arranged before the interview, by the roster (a note, a TTY, interpreter or "
     "contact method column)",
     "book an interpreter or what they need to hear and follow the call (for one who cannot read, consent read "
     "aloud; for one who wants a carer or a support worker there, a time that suits them both), or say in the "
     "invitation how it will go"),
    (in_hospital, "is in hospital, by the roster's note", "are in hospital, by the roster's note",
     "not a time to call: ask whoever wrote the note when they can be reached, or swap them out"),
    (safe_contact_only, "may be safe to reach only one way, by the roster's note",
     "may be safe to reach only one way, by the roster's note",
     "a safety note (domestic violence, a safe number only): do not use the number or email the roster lists for "
     "them (the contacts file withholds them), use only what the note gives, and ask whoever wrote it (their "
     "clinician, a caseworker) first, or swap them out"),
    (parents_account, "has a parent's account or is called a minor, by the roster's note",
     "have a parent's account or are called minors, by the roster's note",
     "check their age and that they can consent for themselves, and write to their own address, not a parent's "
     "mailbox, or swap them out"),
    (representative_role, "holds a representative role, by the roster's note",
     "hold representative roles, by the roster's note",
     "a stakeholder more than a typical member (a students' union officer): decide whether they belong in the "
     "study, or swap them out"),
    (_OfTheRoster(customers_it_contacts), "is a customer's IT or rostering contact, by the roster's title or note",
     "are a customer's IT or rostering contacts, by the roster's title or note",
     "not our staff, but someone who sets the product up for others (single sign-on, rostering), seldom its "
     "everyday user: invite them only where the study is about set-up, or swap them out"),
    (circumstances, "has circumstances noted in the roster", "have circumstances noted in the roster",
     "not a reason to leave them out: read the note so the interviewer goes in prepared, and keep it out of "
     "anything shared"),
    (an_organisation, "looks like an organisation, not people", "look like organisations, not people",
     "find the person to talk to there, or leave them out with --mix on that column"),
    (through_someone, "is to be contacted only through someone else", "are to be contacted only through someone else",
     "ask them before you invite, or swap them out"),
    (never_about, "asked not to be contacted about something, or not to be solicited, by the roster's note",
     "asked not to be contacted about something, or not to be solicited, by the roster's note",
     "check the study is not about it (a study of giving is about their giving) and that an interview is not "
     "the kind of contact they declined, or swap them out"),
    (declined_marketing, "said no to marketing messages", "said no to marketing messages",
     "an interview invitation is not marketing, so this leaves nobody out; where your policy treats research "
     "invitations as marketing, leave them out with --mix on that column"),
    (on_hold_unclear, "is not to be contacted until a time the plan could not read, by the roster's note",
     "are not to be contacted until a time the plan could not read, by the roster's note",
     "check the time has passed, with whoever wrote the note, before you invite them, or swap them out"),
    (confidential_note, "has a note that marks something about them confidential",
     "have notes that mark something about them confidential",
     "read the note before you invite them: what it keeps confidential (a client of a service, a health matter) "
     "must not reach the invitation, the interview or anything shared; ask whoever wrote it, or swap them out"),
    (insider_or_partner, "is a board member, a corporate partner's contact or a local leader the company works "
     "with, not an ordinary supporter or user",
     "are board members, corporate partners' contacts or local leaders the company works with, not ordinary "
     "supporters or users",
     "an insider or a company's representative speaks for more than themselves: invite them only where the "
     "study means to hear them, or swap them out"),
    (in_person_only_yet_counted, "said they do it only in person, yet the roster counts frequent use",
     "said they do it only in person, yet the roster counts frequent use",
     "a segment on that answer and the usage segment disagree: ask them which holds before you invite them, "
     "or swap them out"),
    (_OfTheRoster(unread_notes_elsewhere), "has a note the plan could not read (not in a language it reads)",
     "have notes the plan could not read (not in a language it reads)",
     "read them before you invite them (a request not to be called, a death or a refusal in them goes unseen), "
     "or swap them out"),
    # (in a language the rules read, a Polish note no rule matched: not said to be in a language it cannot read)
    (_OfTheRoster(notes_no_rule_matched), "has a note no rule matched (in a language the rules read)",
     "have notes no rule matched (in a language the rules read)",
     "read them before you invite them (a request, a death or a refusal worded another way goes unseen), "
     "or swap them out"),
    # a barred colleague's note is about the company (a legal hold), but their own row says nothing: named
    (_OfTheRoster(colleagues_of_barred), "works where someone is left out for a note that bars contact",
     "work where someone is left out for a note that bars contact",
     "a legal hold or a do-not-contact note is often the company's: ask whoever wrote it before you invite them, "
     "or leave the company out with --mix on its column"),
    # the domain of a test account is the team's own more often than not, but a customer may test at theirs
    # too (their colleagues are customers all the same): named, not left out (an owner of other rows is)
    (_OfTheRoster(shares_a_test_domain), "shares an email domain with a test account",
     "share an email domain with a test account",
     "that is often your own team's domain: check they are a customer, not a colleague, or swap them out"),
    (_OfTheRoster(usage_far_above), "has a usage count far above the roster's",
     "have usage counts far above the roster's",
     "real use, but of another kind (an accountant or an agency working for several clients, a shared login): "
     "check who they are before they take the frequent places, or swap them out"),
)


def _input_warnings(people: list[Participant], persons: list[Person], chosen: list[Person], dims: list[str],
                    opts: MixOptions, last_interviews: dict[str, dt.date | None]) -> list[str]:
    """Options that had nothing to work on, or look mistyped: said, so the plan is not trusted
    for a check it never made."""
    out: list[str] = []
    real_today = dt.date.today()
    if opts.as_of and opts.as_of > real_today:
        out.append(f"--as-of {opts.as_of.isoformat()} is {(opts.as_of - real_today).days} days after today "
                   f"({real_today.isoformat()}): from then every activity date looks old, so usage leans "
                   "to lapsed; a typo?")
    out += _named_usage_unread(people, persons, opts)
    out += _dates_not_read_as_use(people, opts)
    out += hijri_columns(people)  # (a sign-up date in "1445/07/12", not read)
    # (someone interviewed in this study on a day its file did not give was left out all the same)
    if opts.exclude_recent_days is not None and not any(p.last_interviewed or p.interviewed for p in persons) \
            and not LAST_INTERVIEWED.in_roster(people):
        out.append("--exclude-recent left nobody out: the roster has no last-interviewed column, no note it "
                   "could read gives an earlier interview's day (\"Interviewed 15-10-2026\"), and nobody on it "
                   "has been interviewed in this workspace yet; where the roster records earlier interviews in "
                   "other words, add a 'Last interviewed' column (YYYY-MM-DD) and import it again")
    for d in dims:
        if d in (USAGE, SENTIMENT):
            continue
        raw = [p.attributes.get(d, "") for p in people]
        spelled = same_spellings(raw) if d != TAGS else {}
        for first in dict.fromkeys(spelled.values()):
            others = [v for v, f in spelled.items() if f == first]
            count = Counter(v.strip() for v in raw)
            out.append(f"--by {d}: {', '.join(f'{v!r} ({count[v]})' for v in others)} counted as {first!r} "
                       f"({count[first]}): written the same but for case, accents or punctuation")
        if d != TAGS:
            count = Counter(v.strip() for v in raw)
            out += [f"--by {d}: {a!r} ({count[a]}) and {b!r} ({count[b]}) are one place, named in two languages: "
                    "balancing counts them apart; write them one way and import the roster again, or balance with "
                    "--mix on the values as they are" for a, b in one_place_two_names(raw)]
            out += [f"--by {d}: {a!r} ({count[a]}) and {b!r} ({count[b]}) are one place, by its short and its full "
                    "name: balancing counts them apart; write them one way and import the roster again, or balance "
                    "with --mix on the values as they are" for a, b in one_place_short_name(raw)]
        values = {p.segments[d] for p in persons} - {UNKNOWN}
        if len(values) > opts.size:
            numbers = all(re.fullmatch(r"-?\d+(?:[.,]\d+)?", v) for v in values)
            # (years, a class year or a year of birth: grouped by decade they are categories)
            years = numbers and all(re.fullmatch(r"(?:19|20)\d\d", v) for v in values)
            out.append(f"--by {d}: {len(values)} different values for {opts.size} places, so most get nobody"
                       + (f"; its values are years: to balance on decades, add a column that groups them "
                          f"({min(values)} \u2192 {min(values)[:3]}0s) and import the roster again"
                          if years else "; its values are numbers (a count or a measure?), and --by is for "
                          "categories such as a plan or a region" if numbers else ""))
    if opts.exclude_recent_days is None:
        out += _seen_before(chosen, opts.as_of or real_today, opts.keep_interviewed)
    rows = {p.pid: p for p in people}
    if any(p.consent.recorded is not None for p in people):
        unanswered = [p.pid for p in chosen if rows[p.pid].consent.recorded is None]
        if unanswered:
            out.append(f"{len(unanswered)} of the {len(chosen)} chosen did not answer the roster's question on "
                       f"recording ({_ids(unanswered)}): ask them before you record")
    flagged = [f"{p.pid} ({'; '.join(contact_flags(rows[p.pid]))})" for p in chosen if contact_flags(rows[p.pid])]
    if flagged:
        out.append(f"{len(flagged)} of the {len(chosen)} chosen said yes to research but "
                   f"{'has' if len(flagged) == 1 else 'have'} the CRM's do-not-email or do-not-call flag set: "
                   f"{_ids(flagged, 5)}; invite them the way they agreed to, or swap them out")
    # each thing to check about a chosen person before inviting them, with who it is and why
    adult = opts.adult_age or ADULT_AGE
    for why, one, many, advice in _TO_CHECK_WHEN_CHOSEN:
        found = why.read(people) if isinstance(why, _OfTheRoster) else None
        hits = [f"{p.pid} ({w})" for p in chosen
                if (w := found.get(p.pid) if found is not None else why.read(rows[p.pid], adult)
                    if isinstance(why, _AtAdultAge) else why(rows[p.pid]))]  # type: ignore[operator]
        one, many, advice = (text.replace("{adult}", str(adult)) for text in (one, many, advice))
        # (each unread note in full, every person: the one left off may be a death or a refusal)
        every = isinstance(why, _OfTheRoster) and why.read in (unread_notes_elsewhere, notes_no_rule_matched)
        if hits:
            out.append(f"{len(hits)} of the {len(chosen)} chosen {one if len(hits) == 1 else many}: "
                       f"{_ids(hits, len(hits) if every else 5)}; "
                       f"{advice}")
    one_way, lacking = [], False
    for p in chosen:
        how = reached_one_way(rows[p.pid])
        if how and not safe_contact_only(rows[p.pid]):  # (named apart: their listed ways are withheld)
            lacks = way_not_in_roster(rows[p.pid])  # "SMS only", and no phone number to text
            lacking = lacking or bool(lacks)
            one_way.append(f"{p.pid} ({how}" + (f"; the roster has {lacks} for them)" if lacks else ")"))
    if one_way:
        out.append(f"{len(one_way)} of the {len(chosen)} chosen asked to be reached one way only: {_ids(one_way, 5)}; "
                   "invite them that way (the contacts file lists every number and address the roster has"
                   + ("; where it has none that way, find it in the tool that keeps their details)" if lacking else ")"))
    for col in opt_in_columns(people):
        unasked = [p.pid for p in chosen if not present(rows[p.pid].attributes.get(col))]
        # (not in the file the question came in at all, a survey's export of those who answered it:
        # never sent it, rather than left it empty)
        absent = _not_in_the_file_of(col, people, unasked)
        left = [pid for pid in unasked if pid not in absent]
        if left:
            out.append(f"{len(left)} of the {len(chosen)} chosen left {col!r} empty "
                       f"({_ids(left)}): read as never asked, not as a no; if empty means they did "
                       "not opt in, write no there and import the roster again")
        if absent:
            out.append(f"{len(absent)} of the {len(chosen)} chosen are not in the file {col!r} came from (none of "
                       f"its columns is filled for them: {_ids(absent)}): read as never asked, not as a no")
        unsure = [f"{p.pid} ({quoted(v.strip())})" for p in chosen
                  if soft_yes(v := rows[p.pid].attributes.get(col) or "")]
        if unsure:
            out.append(f"{len(unsure)} of the {len(chosen)} chosen answered {col!r} with no clear yes: "
                       f"{_ids(unsure, 5)}; ask them first, or invite the clear yeses before them")
    return out


def _seen_before(chosen: list[Person], today: dt.date, keeping: bool) -> list[str]:
    """Without --exclude-recent nobody is left out for a recent interview: name the chosen people
    the roster or another study says were interviewed within the last year. Those interviewed in
    this study are the study's own work, not a re-contact to avoid: said apart, with the option
    that keeps them."""
    recent = [p for p in chosen if p.last_interviewed and 0 <= (today - p.last_interviewed).days <= 365]
    here = [p for p in recent if p.last_interviewed_where == THIS_STUDY and not keeping]
    before = [p for p in recent if p.last_interviewed_where != THIS_STUDY]
    out = []
    if before:
        shown = ", ".join(f"{p.pid} on {p.last_interviewed.isoformat()}"
                          + (f" in {p.last_interviewed_where}" if p.last_interviewed_where else "")
                          for p in before[:10] if p.last_interviewed)
        out.append(f"{len(before)} chosen {'was' if len(before) == 1 else 'were'} interviewed in the last year "
                   f"({shown}); --exclude-recent 90d (or 6m) leaves out recent ones")
    if here:
        out.append(f"{len(here)} chosen {'was' if len(here) == 1 else 'were'} already interviewed in this study "
                   f"({_ids([p.pid for p in here])}); --keep-interviewed keeps them and picks the other "
                   "places around them")
    return out


# --------------------------------------------------------------------------------------------
# Coverage: who was actually interviewed, against the study's saved plan (or an even plan)


@dataclass
class SavedPlan:
    """A plan as the study keeps it: the people picked, with the segments they had then."""
    size: int
    seed: int
    as_of: dt.date
    options: MixOptions
    dimensions: list[str]
    members: list[Person]
    created_at: dt.datetime | None = None


@dataclass
class Coverage:
    dimensions: list[str]
    # "target" = planned (saved plan) or an even share; "chosen" = interviewed; "eligible" = the
    # people still available: not interviewed yet and not left out by the plan's rules
    rows: list[CoverageRow]
    interviewed: list[Person]
    warnings: list[str]
    plan: SavedPlan | None = None
    planned: list[Person] = field(default_factory=list)  # the plan's people, interviewed or not yet
    off_plan: list[Person] = field(default_factory=list)  # interviewed, but not in the plan
    # segments off the plan, short or over, for the report's Method section; mid-study the short
    # ones are only "not yet", so coverage's warnings leave them out
    plan_gaps: list[str] = field(default_factory=list)

    @property
    def waiting(self) -> list[Person]:
        """The plan's people not interviewed yet whose segments still need someone: what is left,
        not a problem."""
        spare = set(map(id, self.covered))
        return [p for p in self.planned if not p.interviewed and id(p) not in spare]

    @property
    def covered(self) -> list[Person]:
        """The plan's people not interviewed yet whose every segment already has its planned
        number of interviews, counting those outside the plan: optional now. The segment table
        counts every interview, so the list of who is still to book must agree with it."""
        if self.plan is None:
            return []
        done = {(r.dimension, r.value): r.chosen >= r.target for r in self.rows}
        return [p for p in self.planned if not p.interviewed and self.off_plan
                and all(done.get((d, v), False) for d, v in p.segments.items() if v != UNKNOWN)
                and any(v != UNKNOWN for v in p.segments.values())]

    def plan_line(self) -> str | None:
        """'Plan of 8 made 2026-11-02: 6 interviewed, 2 to go; 4 interviewed outside the plan'."""
        if self.plan is None:
            return None
        made = f" made {self.plan.created_at:%Y-%m-%d}" if self.plan.created_at else ""
        done = sum(p.interviewed for p in self.planned)
        spare = f" ({len(self.covered)} of them optional: their segments are covered)" if self.covered else ""
        return (f"Plan of {len(self.planned)}{made}: {done} interviewed, {len(self.planned) - done} to go{spare}"
                + (f"; {len(self.off_plan)} interviewed outside the plan" if self.off_plan else ""))


def coverage(people: list[Participant], interviewed: dict[str, dt.date | None],
             opts: MixOptions, plan: SavedPlan | None = None,
             elsewhere: dict[str, tuple[dt.date, str]] | None = None) -> Coverage:
    """Who has been interviewed, segment by segment, against ``plan`` when the study saved
    one (its people and their segments as planned), else against an even plan of
    ``opts.size``. Mid-study, a segment not done yet is the normal state: warnings are kept
    for what needs doing (a segment the people still available cannot fill). ``elsewhere``:
    as for ``segment``, so each person's earlier interview is known as the plan knew it."""
    if not people:
        raise InputError("the study has no participants: import a roster first")
    if plan is not None:
        return _plan_progress(people, interviewed, plan, elsewhere)
    opts = replace(opts, adult_age=_adult_age(opts, None))
    dims, persons = segment(people, opts, interviewed, elsewhere)
    targets = _targets(dims, persons, opts, opts.size)
    done = [p for p in persons if p.interviewed]
    available = _available(people, persons, opts)
    rows: list[CoverageRow] = []
    warnings: list[str] = []
    for d in dims:
        for v in _values(d, persons):
            row = CoverageRow(dimension=d, value=v, in_roster=sum(p.segments[d] == v for p in persons),
                              eligible=sum(p.segments[d] == v for p in available),
                              target=round(targets[d].get(v, 0.0), 1),
                              chosen=sum(p.segments[d] == v for p in done))
            rows.append(row)
            warnings += _unreachable(row, round(row.target))
    warnings += _nothing_to_balance(dims, people) + _unlinked(interviewed, persons)
    return Coverage(dimensions=dims, rows=rows, interviewed=done, warnings=warnings)


def _available(people: list[Participant], persons: list[Person], opts: MixOptions) -> list[Person]:
    """Who could still be interviewed: not interviewed in the study, and not left out by the
    plan's rules (do not contact, a second row of one person, a recent interview…)."""
    eligible, _ = eligibility(people, persons, opts, opts.as_of or dt.date.today())
    return [p for p in eligible if not p.interviewed]


def _unreachable(row: CoverageRow, wanted: int) -> list[str]:
    """A segment that needs more interviews than there are people left to ask: act on it (widen
    the roster, change the plan), unlike a segment that is merely not done yet."""
    still = wanted - row.chosen
    if row.value == UNKNOWN or still <= 0 or row.eligible >= still:
        return []
    return [f"{_label(row.dimension, row.value)}: {still} more to interview but only {row.eligible} "
            "left on the roster who can be asked"]


def _ratings_not_read(dims: list[str], people: list[Participant]) -> list[str]:
    """With no NPS, the roster's satisfaction or rating columns not read as one (a 0-10 rating named
    so is: ``roster_signals.NPS``), unless the plan balances on them already."""
    cols = [c for c in other_ratings(people) if c.lower() not in dims]
    if SENTIMENT in dims or not cols:
        return []
    return [f"not read as NPS: {', '.join(repr(c) for c in cols)}, a rating on a scale not said to be 0 to 10 "
            "(a rating from 0 to 10 named so, \"Satisfaction (0-10)\", is read in NPS's bands); "
            "to balance on it, name it with --by or --mix"]


def _nothing_to_balance(dims: list[str], people: list[Participant]) -> list[str]:
    """With no usage, NPS or --by column there are no segments: say which columns could be."""
    if dims:
        return []
    columns = sorted({k for p in people for k in p.attributes})
    return ["no segments to balance: the roster has no usage or NPS columns"
            + (f"; name the columns to balance on with --by (this roster has: {', '.join(columns)})"
               if columns else "")]


def _unlinked(interviewed: dict[str, dt.date | None], persons: list[Person]) -> list[str]:
    known = {p.pid for p in persons}
    unlinked = sorted(pid for pid in interviewed if pid not in known)
    if not unlinked:
        return []
    return [f"{len(unlinked)} interviewed people are not in the roster: {', '.join(unlinked)}"]


_LOUD = ("frequent", "promoter", "detractor")  # the voices a study is most often skewed towards


def _plan_progress(people: list[Participant], interviewed: dict[str, dt.date | None],
                   plan: SavedPlan, elsewhere: dict[str, tuple[dt.date, str]] | None = None) -> Coverage:
    """Progress against a saved plan. Planned people keep the segments they were picked
    for; everyone else is segmented as the plan was (same thresholds, same day), so a
    person's segment does not drift as the calendar moves on."""
    columns = {k for p in people for k in p.attributes}
    opts = replace(plan.options, as_of=plan.as_of, by=[c for c in plan.options.by if c.lower() in columns],
                   adult_age=plan.options.adult_age or ADULT_AGE)
    _, persons = segment(people, opts, interviewed, elsewhere)
    members = {m.pid: m for m in plan.members}
    for p in persons:
        if p.pid in members:
            p.segments = dict(members[p.pid].segments)
        p.segments = {d: p.segments.get(d, UNKNOWN) for d in plan.dimensions}
    by_pid = {p.pid: p for p in persons}
    planned = [by_pid[m.pid] for m in plan.members if m.pid in by_pid]
    done = [p for p in persons if p.interviewed]
    off_plan = [p for p in done if p.pid not in members]
    available = _available(people, persons, opts)
    rows: list[CoverageRow] = []
    short: list[str] = []
    unreachable: list[str] = []
    loud: list[str] = []
    for d in plan.dimensions:
        for v in _values(d, persons):
            n_planned = sum(p.segments[d] == v for p in planned)
            n_done = sum(p.segments[d] == v for p in done)
            row = CoverageRow(dimension=d, value=v, in_roster=sum(p.segments[d] == v for p in persons),
                              eligible=sum(p.segments[d] == v for p in available),
                              target=float(n_planned), chosen=n_done)
            rows.append(row)
            if v == UNKNOWN:
                continue
            if n_done < n_planned:
                short.append(f"{_label(d, v)}: {n_done} interviewed of {n_planned} planned")
            unreachable += _unreachable(row, n_planned)
            if n_done > n_planned and v in _LOUD:
                loud.append(f"{_label(d, v)}: {n_done} interviewed, {n_planned} planned")
    warnings = unreachable + loud + _unlinked(interviewed, persons) + _now_left_out(people, planned, opts.adult_age) \
        + _now_unread(people, planned)
    gaps = short + loud  # the report's account of how recruitment went, once fieldwork is over
    return Coverage(dimensions=list(plan.dimensions), rows=rows, interviewed=done, warnings=warnings,
                    plan=plan, planned=planned, off_plan=off_plan, plan_gaps=gaps)


def _now_unread(people: list[Participant], planned: list[Person]) -> list[str]:
    """The planned people not interviewed yet whose note, as last imported, the plan could not read
    (a note added since the plan was made, in a language no rule reads): named as the plan names them."""
    notes = unread_notes(people)
    out = [f"{p.pid} ({notes[p.pid]})" for p in planned if not p.interviewed and p.pid in notes]
    if not out:
        return []
    return [f"{len(out)} of the plan's people not interviewed yet {'has a note' if len(out) == 1 else 'have notes'} "
            f"no rule of the plan read (in a language it does not read, or one no rule matched): {_ids(out, 5)}; "
            "read them before you invite "
            "them (a refusal or a request not to be called in them goes unseen), or plan again to replace them"]


def _now_left_out(people: list[Participant], planned: list[Person], adult: int = ADULT_AGE) -> list[str]:
    """The planned people not interviewed yet whose row, as last imported, says not to ask them
    (a consent withdrawn since the plan was made: "Toestemming vervolgonderzoek: Nee"); ``adult``:
    the plan's age of majority."""
    rows = {p.pid: p for p in people}
    out = [f"{p.pid} ({why})" for p in planned
           if not p.interviewed and p.pid in rows and (why := left_out_by_roster(rows[p.pid], adult=adult))]
    if not out:
        return []
    return [f"{len(out)} of the plan's people not interviewed yet {'is' if len(out) == 1 else 'are'} now left out "
            f"by the roster: {_ids(out, 5)}; do not invite them (or cancel the invitation), and plan again to "
            "replace them"]


def parse_days(text: str, today: dt.date | None = None) -> int:
    """'90d', '12w', '6m', '1y', as days back from ``today`` (default: the real today). Months
    and years are calendar ones, as a re-contact rule in months means: 6m before 27 November
    reaches back to 27 May (184 days), not 180 days."""
    m = re.fullmatch(r"\s*(\d{1,5})\s*([dwmy]?)\s*", text.lower())
    if not m:
        raise InputError(f"{text!r} is not a duration (write e.g. 90d, 12w, 3m)")
    n, unit = int(m.group(1)), m.group(2)
    if not unit:
        # a bare "3" is as often meant as months as days: a wrong guess leaves people in or out unseen
        raise InputError(f"{text!r} has no unit: write {n}d (days), {n}w (weeks) or {n}m (months)")
    if unit in "dw":
        return n * {"d": 1, "w": 7}[unit]
    today = today or dt.date.today()
    return (today - _months_before(today, n * (12 if unit == "y" else 1))).days


def _months_before(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` calendar months earlier (31 May → 30 April)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    if year < dt.MINYEAR:
        raise InputError(f"{months} months is too long a duration")
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def parse_weights(specs: list[str]) -> dict[str, dict[str, float]]:
    """['usage=frequent:1,lapsed:2'] → {'usage': {'frequent': 1.0, 'lapsed': 2.0}}."""
    out: dict[str, dict[str, float]] = {}
    for spec in specs:
        if "=" not in spec:
            raise InputError(f"--mix {spec!r}: write it as dimension=value:weight,value:weight")
        dim, _, rest = spec.partition("=")
        weights: dict[str, float] = {}
        for part in rest.split(","):
            value, _, w = part.partition(":")
            try:
                weights[value.strip().lower().replace(" ", "_")] = float(w) if w else 1.0
            except ValueError:
                raise InputError(f"--mix {spec!r}: {w!r} is not a number") from None
            if weights[value.strip().lower().replace(" ", "_")] < 0:
                raise InputError(f"--mix {spec!r}: weights cannot be negative")
        out[dim.strip().lower()] = weights
    return out
