"""What a roster's columns say about a person: how much they use the product, their NPS, and
whether they should be asked at all. Rosters come from whatever tool a team keeps (a research
panel sheet, a CRM, a billing or product-analytics export, a screener), each naming its columns
its own way, so a column is found by what its name says ("Kestrel Last Login", "App sessions
(30d)", "NPS (latest)"), the usual spellings first.

Usage (frequent / occasional / lapsed / never activated) follows the evidence in this order:

1. a label the researcher wrote ("usage": "lapsed");
2. a subscription or lifecycle status that has ended ("canceled", "churned", "closed"), or a CRM's
   type of record that says so ("Former Customer"; "Prospect" and "Lead" never bought): lapsed,
   even while they still log in during the notice period (never activated when nobody ever did);
3. a trial or invitation never taken up ("trialing", "invited", "waiting list", or onboarding
   not completed): never activated, unless the counts show real use (a trial used daily is a
   frequent user) or, where the roster has no record of use at all, the person says they use it
   ("A few times a month" on a sign-up form);
4. behaviour: a last-active date older than ``lapsed_after_days`` is lapsed, whatever the plan
   says (a paid-up account nobody opens is a lapsed user); otherwise counts over a period
   (visits first: sessions, logins, opens, active days; per month, 30 or 90 days, per week) give
   frequent (``frequent_per_month`` or more a month), occasional, or — none in the window —
   occasional when they were active within the lapsed window; an empty product record with a
   zero count is never activated (an empty count is a lookup that found nothing, not a zero);
   a count over their whole time ("Total Orders") of none is never activated, and more is a
   rate only from when they signed up; so is a count over a window holding all their time since
   they signed up ("orders_30d": 0 four days after), where they were not seen after that day; a
   count of none from someone who has had it longer than the lapsed window ("Customer since" 2021,
   no other record of use) is lapsed, as a count of none says of late, not ever;
   what an analytics tool counts within visits (events, clicks, page views: the sign-up alone
   makes a handful) says they were there, not how often they came: no rate, and read only where
   nothing else is counted;
5. what they said of themselves ("How often do you use…?"), only without behaviour: a screener
   answer can be years old, the product's own record is not;
6. a last-active date alone: within a week is frequent, else occasional, but the day they signed
   up, in the last fortnight, says nothing yet of how often ("active"); a last order or purchase
   alone says how recently they bought, not how often: "active" (within the lapsed window); so
   does a count of events with no date.

A column that records earlier research ("Last UXR Session") is never a usage column.

Who is not to be asked, when the roster says so: marked do not contact (a column, a value, a
tag), opted out of research or said no to being contacted for it (or asked not to be, in their own
words), a CRM's do-not-email or do-not-call flag unless the row says yes to research, paused or
removed from the panel, an internal, staff, test or blocked account, an account deleted, banned or
closed for fraud, someone who has left the company, a survey's preview, partial or over-quota
response, a panel submission returned, timed out or rejected (Prolific's), a withdrawn consent,
someone under 18 (by an age, a birth date or their own words), marked our email as spam, deceased.
A "last interviewed" or "last research session" column counts for the recency rule.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import statistics
from dataclasses import dataclass

from listenwell.domain import InputError, Participant
from listenwell.domain.columns import free_text_columns
from listenwell.domain.eras import BUDDHIST_YEAR, gregorian_year
from listenwell.domain.dates import other_calendar
from listenwell.domain.glossary import everyday_words, fold, hinglish_words, hungarian_words, in_english, words_read
from listenwell.domain.glossary import bengali_kin, czech_words, finnish_words, romanian_words, tagalog_words
from listenwell.domain.glossary import PIDGIN_OWN, WEST_AFRICAN_UNREAD, italian_words, pidgin_words
from listenwell.domain.names import LEGAL_FORM, phones, places, words
from listenwell.domain.text import column_words, quoted

UNKNOWN = "unknown"

# a value that says "nothing here": an empty cell by another name
_MISSING = {"n/a", "na", "#n/a", "n.a.", "-", "\u2013", "\u2014", "none", "null", "nan", "unknown", "?",
            ".",  # SAS's and Stata's missing number
            "not available", "(blank)", "undefined", "(not set)", "not set",  # what analytics exports write
            # a screener's answer that gives nothing ("When did you last use it?": "Can't remember")
            "cant remember", "can't remember", "dont know", "don't know", "not sure", "unsure", "prefer not to say",
            # a question left unanswered: "declined" (to give a score), "skipped"
            "declined", "skipped", "no answer", "did not answer", "not answered",
            # the same in the languages rosters are kept in: "b.d." (Polish "no data"), "k.A." (German)
            "n.d.", "n/d", "nd", "b.d.", "b/d", "brak", "brak danych", "k.a.", "keine angabe", "s.o.", "sans objet",
            "sin datos", "sem dados", "nessun dato", "geen gegevens", "n/c", "ns/nc", "nc",
            # German "n. v." (nicht vorhanden), Spanish "s/d" (sin datos), French "non renseigné"
            "n.v.", "nicht vorhanden", "s/d", "s.d.", "sin dato", "sin informacion", "sem informacao", "sem dado",
            "non renseigne", "non renseignee", "non communique", "nicht angegeben", "ohne angabe",
            # a lookup that found nothing, in the spreadsheet's language
            "#n/d", "#nv", "#n/b", "#saknas!", "#i/t", "#n/d!", "not found", "no encontrado", "nao encontrado",
            "non trouve", "nicht gefunden",
            # a panel's field the person took back or let lapse: Prolific writes CONSENT_REVOKED in every
            # field of someone who withdrew consent (left out, see ``_column_says``), DATA_EXPIRED where
            # their answer has expired
            "consent_revoked", "consent revoked", "data_expired", "data expired"}
# in a last-active column ("nie": a German never, a Polish no; either says not once)
_NEVER = re.compile(r"^(?:never|not yet|never used it|i haven'?t|nie)\b", re.I)


@functools.lru_cache(maxsize=4096)  # a roster has few column names, read for every person
def _words(name: str) -> str:
    """A column name as plain words: "Kestrel Logins (Last 30 Days)" → "kestrel logins last 30 days";
    a dotted path ("subscriptions.status", "properties.is_staff") by its last part, and without
    the prefix a tool puts on its custom fields (Amplitude's "gp:internal_user", Recurly's
    "custom_field_last_active")."""
    if re.fullmatch(r"[\w$]+(?:\.[\w$]+)+", name.strip()):
        name = name.strip().rsplit(".", 1)[1]
    # and a quiz report's question id before the question ("48213: How often do you…")
    name = re.sub(r"^\s*\d+\s*:\s+", "", name)
    return re.sub(r"^(?:gp|custom field|cf)\s(?=\w)", "", column_words(name))


# a dotted path through the person's organisation ("organization.organization_fields.contract_status"):
# what it says is the company's, not the person's
_THEIR_ORGANISATION = re.compile(r"^(?:[\w$]+\.)*(?:organi[sz]ations?|company|companies|org|account)\.", re.I)
# the same as a CRM's "Organisation - Plan" beside "Person - Email" (Pipedrive, in any language)
_THEIR_ORGANISATION_PART = re.compile(r"^(?:organi[sz]ation|organizacion|organizacao|organizzazione|organizacja|"
                                      r"company|empresa|entreprise|unternehmen|firma|societe|account|deal|"
                                      r"affaire|negocio)\s+-\s", re.I)


def _col_key(name: str) -> str:
    """A column name as the lists below spell it: "Last Active", "last-active" → "last_active"."""
    return re.sub(r"[\s\-/]+", "_", name.strip().lower())


def present(value: str | None) -> bool:
    return bool(value and value.strip() and not _missing(value.strip()))


@functools.lru_cache(maxsize=8192)
def _missing(value: str) -> bool:
    """A cell that says "nothing here" (``_MISSING``), however it is spaced or accented: "k. A.",
    "k.A.", "K.A", "non renseigné"."""
    v = value.lower().replace("\u2019", "'")
    if v in _MISSING:
        return True
    v = re.sub(r"\s*([./])\s*", r"\1", fold(v))  # "k. a." → "k.a.", "s / d" → "s/d"
    # (and without its last point: "k.A", "n.v")
    return v in _MISSING or (re.fullmatch(r"(?:[a-z]\.)+[a-z]", v) is not None and v + "." in _MISSING)


@dataclass(frozen=True)
class Role:
    """How a kind of column is named: exact spellings first, then patterns over the name's
    words (weaker, in order), never one that ``unlike`` matches. A role that says usage
    (``use``) never takes a column that records earlier research: "Last UXR Session" is the day
    of an interview (LAST_INTERVIEWED), not of using the product."""
    names: tuple[str, ...]
    loose: tuple[str, ...] = ()
    unlike: str | None = None
    use: bool = False

    def columns(self, keys: list[str]) -> list[str]:
        """The columns among ``keys`` that hold this role, strongest first."""
        return list(_columns(self, tuple(keys)))

    def find(self, attrs: dict[str, str]) -> str | None:
        """The strongest column of this role with a value for this person."""
        return next((k for k in _columns(self, tuple(attrs)) if present(attrs[k])), None)

    def in_roster(self, people: list[Participant]) -> bool:
        keys = list(dict.fromkeys(k for p in people for k in p.attributes))
        return bool(self.columns(keys))


# what a form tool (KoboToolbox, ODK, SurveyCTO) records of the submission itself: "_status"
# ("submitted_via_web"), "_validation_status", "_submission_time", "start", "end", "deviceid"
_FORM_METADATA = re.compile(r"^_|^(?:start|end|today|deviceid|simserial|subscriberid|phonenumber|username|"
                            r"audit|instanceid|instancename|(?:meta|formhub)/[\w.]+)$", re.I)


def form_metadata(column: str) -> bool:
    """A form tool's own column about the submission, never what a person says or does."""
    return bool(_FORM_METADATA.match(column.strip()))


@functools.lru_cache(maxsize=4096)
def _name_forms(name: str) -> tuple[str, ...]:
    """A column name as words (``_words``), and for a form's question in a group path
    ("participacion/ultima_reunion", as KoboToolbox and ODK name them) the question's own words too:
    the group says where the question sits in the form, not what it asks."""
    w = _words(name)
    path = re.fullmatch(r"(?:[^\W\d][\w-]*/)+([^\W\d][\w-]*)", name.strip())
    tail = _words(path.group(1)) if path and "_" in name else ""
    return (w, tail) if tail and tail != w and len(tail.split()) > 1 else (w,)


@functools.lru_cache(maxsize=1024)  # a roster's people mostly share one set of columns
def _columns(role: Role, keys: tuple[str, ...]) -> tuple[str, ...]:
    keys = tuple(k for k in keys if not _THEIR_ORGANISATION.match(k.strip())
                 and not _THEIR_ORGANISATION_PART.match(in_english(k.strip())))
    if role.use:
        research = set(_columns(LAST_INTERVIEWED, keys))
        keys = tuple(k for k in keys if k not in research and not form_metadata(k))
    by_key = {_col_key(k): k for k in keys}
    out = [by_key[_col_key(n)] for n in role.names if _col_key(n) in by_key]
    for pattern in role.loose:
        for k in keys:
            if k not in out and any(re.search(pattern, w) and not (role.unlike and re.search(role.unlike, w))
                                    for w in _name_forms(k)):
                out.append(k)
    if role is COUNTS and len(out) > 1:
        out = [k for k in out if not _not_the_apps(k, out + list(_columns(LAST_ACTIVE, keys)))]
    return tuple(out)


# appointments or meetings with people (an advice centre's "Termine (6 Monate)" at the job centre):
# no use of the app where the roster's other usage columns name the app ("App-Sitzungen (30 Tage)")
_WITH_PEOPLE = re.compile(r"\b(?:appointments?|termine?|\w*termine|citas|rendez vous|rdv|afspraken|meetings?|"
                          r"consultations?|beratungen)\b")
_THE_APP = re.compile(r"\b(?:app|apps|in app|mobile app)\b")


def _not_the_apps(col: str, usage: list[str]) -> bool:
    """A count of appointments or meetings that does not name the app, beside usage columns that do."""
    return bool(_WITH_PEOPLE.search(_words(col))) and not _THE_APP.search(_words(col)) \
        and any(_THE_APP.search(_words(c)) for c in usage if c != col)


# names that are about research, contact or billing, not about using the product
_NOT_USE_WORDS = (r"research|interview\w*|contact\w*|heard|e ?mails?|emailed|survey\w*|nps|payment|paid|invoice\w*|"
                  r"billing|participa\w*|partecipa\w*|study|studies|campaign|marketing|respon\w*|submitted|incentive\w*")
_NOT_USE = rf"\b(?:{_NOT_USE_WORDS})\b"

LABEL = Role(("usage", "segment_usage", "usage_segment"))
STATUS = Role(("status", "account_status", "lifecycle", "lifecycle_stage", "lifecyclestage", "stage",
               "user_status", "customer_status"),  # not "state": in a US export that is where they live ("New York")
              (r"\b(?:subscription|account|customer|user|member|membership|usage|plan|contract|license|licence)"
               r"\s(?:status|state)\b",
               r"^status$",  # "subscriptions.status"
               r"^[a-z]+\sstatus$",  # "Keelwright Status", "Patron Status"
               # the noun first, as French, Spanish or Polish write it: "Statut compte app", "status konta"
               r"\bstatus\s(?:(?:of|the|da|do|de|du|del|della|dell|di|des|der|l|la|le|les)\s){0,2}"
               r"(?:subscription|account|customer|user|member|membership|plan|contract)\b"),
              unlike=r"\b(?:lead|panel|marketing|email|payment|consent|response|order|charge|invoice|ticket|"
                     r"shipping|delivery|research|interview|approval|review|kyc|verification|"
                     # a thing the person has with the business other than their use of it: a loan's
                     # ("Loan status: Closed" is repaid), a claim's, an application's, a case's
                     r"loan|loans|credit|mortgage|emi|repayment|debt|overdraft|collection|collections|claim|"
                     r"claims|application|dispute|refund|return|case|document|documents|identity|background|"
                     # a person's own situation, as a panel's demographics give it (Prolific's "Student
                     # status", "Employment status": "Due to start a new job" is no new account)
                     r"student|employment|employee|work|working|job|occupational|marital|residency|citizenship|"
                     r"immigration|visa|veteran|military|smoking|smoker|vaccination|health|disability|"
                     r"socioeconomic|housing|homeowner|education|educational|income|tax|pregnancy|"
                     # the home they rent from a landlord ("Tenancy Status: Current"), not their use of its app
                     r"tenancy|tenancies|tenant|lease|leasehold|rental|tenure|occupancy)\b",
              use=True)
SELF_REPORT = Role(("usage_frequency", "frequency", "how_often"),
                   (r"\bhow often\b|\bhow frequently\b|\busage frequency\b",  # "Screener: How often…"
                    r"\bfrequency\s(?:(?:of|de|da|do|di)\s)?(?:use|usage)\b",  # "Frequência de uso"
                    # how often they come to a programme's meetings: "frecuencia_reuniones"
                    r"^frequency\s(?:(?:of|de|da|do|di)\s)?(?:meetings|attendance|visits)$",
                    r"^(?:[a-z]+\s)?usage(?:\sdrop\sdown)?$",  # a hand-kept "App usage": Weekly, Monthly
                    r"\b(?:use|usage)\b.*\bself reported\b"),  # "Nutzung Careloop (Selbstauskunft)"
                   use=True)
# a yes/no question of use, "Do you use the app?", "Utilisez-vous l'espace en ligne ?": a no, with no
# record of use beside it, says they do not use it; "Do you still use…?" that they stopped
USES_IT = Role((), (r"^(?:do|did) you (?:currently |still |ever |now )?use\b|"
                    r"^are you (?:currently |still |now )?using\b|^have you (?:ever )?used\b",),
               unlike=r"\b(?:research|interview\w*|survey\w*|panel|household|work for)\b", use=True)
# how a date column's name ends: "at", "date", and as a database, a data warehouse or SAS writes it
# ("ENROLL_DT", "LAST_CALL_DT", "visit_dttm", "created_ts")
_WHEN = r"(?:at|date|on|time|dt|dte|dttm|datetime|timestamp|ts)"
LAST_ACTIVE = Role((), (r"\blast (?:\w+ )?(?:active|opened|open|used|use)\b",
                        r"\blast (?:\w+ )?(?:login|log in|logged in|sign in|signed in|check in|checked in)\b",
                        r"\blast seen\b",
                        # after a login: a research panel's "Last session" is the last research session
                        r"\blast (?:\w+ )?session\b",
                        r"\blast (?:order|ordered|purchase|purchased|visit|visited|booking|booked|trip|ride)\b",
                        # a programme's meetings or classes, as a form asks it ("¿Cuándo fue la última
                        # reunión a la que asistió?": when was the last meeting they attended)
                        r"\blast (?:\w+ )?(?:meeting|attendance|attended)\b",
                        # the product's own activity: "last_practice_at", "Last workout" (not a CRM's
                        # "Last Activity Date", any touch: a sales call, an email opened; nor a
                        # feedback board's: the product's own is named so, "Last app activity")
                        # (a date as a database or SAS names it too: "LAST_CALL_DT", "last_visit_dttm")
                        rf"^(?:last|latest) (?!activity\b)[a-z]+(?: {_WHEN})?$",
                        # a thing of the product's, done: "last_workout_logged_at", "Last lesson completed"
                        r"^(?:last|latest) (?!activity\b)[a-z]+ (?:logged|completed|done|recorded|finished)"
                        rf"(?: {_WHEN})?$",
                        r"\blast (?:app|product|in app|platform) activity\b|"
                        r"\blast activity\s(?:in\s)?(?:the\s)?(?:app|product|platform)\b"),
                   unlike=rf"\b(?:{_NOT_USE_WORDS}|name|modified|updated|changed|edited|synced|sync|invited|"
                          r"applied|reviewed|renewal|renewed|id|ids|alias|ip|chat|chatted|called|spoke|talked)\b",
                   use=True)
# ("last_seen_app_user_id_alias" names an id; "Last chatted" is the business talking to them)
DAYS_SINCE = Role((), (r"\bdays since (?:the )?(?:last )?(?:login|log in|active|activity|seen|visit|use|used|"
                       r"open|session)\b",), unlike=_NOT_USE, use=True)
# when a subscription or a membership ended (Recharge's and Stripe's "cancelled_at", "Churn date"): a
# lapse's own day, which the plan names beside the status that says it ended
ENDED = Role(("cancelled_at", "canceled_at", "cancellation_date", "cancelled_on", "canceled_on", "churned_at",
              "churn_date", "ended_at", "date_cancelled", "date_canceled"),
             (r"^(?:date\s(?:of\s)?)?(?:cancell?ed|cancell?ation|churned|churn|terminated|termination)"
              r"(?:\s(?:at|on|date))?$",), unlike=r"\b(?:reason|comments?|by|note|notes|scheduled)\b")
# "onboarding_completed": false, "Activated?": no — they never got going
ACTIVATED = Role((), (r"\b(?:onboarding|onboarded|setup|set up)\s(?:completed?|done|finished)\b|"
                      r"^(?:is |has )?activated$|\bactivated\s?\?$",))
# a yes/no of whether they have signed up to the product at all ("Portal Registered (Y/N)", "Registered for
# app", "Has online account"): a no never took it up (never activated, named apart in a plan from those who
# signed up and never used it); not a day of registering ("Registered date", a sign-up date)
_REGISTERED = re.compile(r"^(?!.*\b(?:date|day|when|time|dt)\b)(?:(?:is|has)\s)?(?:(?:\w+\s){0,2})?"
                         r"(?:registered|signed up|enrolled|has (?:an\s)?(?:online\s)?account)(?:\s(?:for|on|to|with)(?:\s\w+){1,2})?(?:\s(?:y\s?n|yes\s?no))?$")


NOT_SIGNED_UP = ": never signed up to it"


def registration_columns(columns: list[str]) -> list[str]:
    """The columns of a yes/no of whether they signed up to the product at all (``_REGISTERED``)."""
    return [c for c in columns if _REGISTERED.match(_words(c))]


def not_registered(attrs: dict[str, str]) -> str | None:
    """The column of a yes/no of whether they signed up to the product at all, where it says no for them
    (``_REGISTERED``), else None."""
    return next((c for c, v in attrs.items() if _REGISTERED.match(_words(c)) and present(v)
                 and _NO.match(in_english(v.strip()))), None)


# "profile_completed": FALSE (a dating app's, a marketplace's): the profile that use starts with,
# never finished
_PROFILE_DONE = re.compile(r"^(?:is\s|has\s)?(?:profile\s(?:completed?|done|finished)|"
                           r"completed\s(?:(?:the|their|a)\s)?profile)$")
# a record's own creation day (a CRM's or a task tool's "Created Date", "Date Created"): a start to
# read a count by, and never a day of use; but a record may be made when it is moved from an older
# system, so an empty record of use beside it does not say they never used it
_RECORD_CREATED = (r"^(?:(?:record|account|profile|user|customer|member|donor|client)\s)?(?:created|creation|create)"
                   r"(?:\s?(?:at|on|date|time|datetime))?$|^date\s(?:created|of\screation)$")
SIGNUP = Role(("signup", "sign_up", "signed_up", "signup_date", "sign_up_date", "joined", "created", "created_at",
               "registered", "customer_since", "first_seen", "first_used",
               "account_created", "account_created_at", "account_created_on", "account_creation_date"),
              (r"\b(?:registered|signed up|sign up|signup|joined|customer since|member since|user since|first seen)\b",
               r"\bfirst (?:used|use|open|opened|active|session)\b",  # Amplitude's "first_used", "first_open_date"
               _RECORD_CREATED,
               # a donor's first gift (NPSP's "First Gift Date"): when their giving began
               r"^(?:date\sof\s)?first\s(?:gift|donation)(?:\s(?:at|on|date))?$",
               # a health plan's, a school's or a programme's enrolment ("ENROLL_DT", "Enrollment date"):
               # when they joined (not "Disenrollment date", nor an "Enrollment status")
               rf"^(?:(?:date|day)\s(?:of\s)?)?(?:enroll|enrol|enrolled|enrollment|enrolment)(?:\s{_WHEN})?$"),
              unlike=_NOT_USE)
# visits or orders counted since they started, with no period: Amplitude's "num_sessions", "Total
# logins", a shop's "Total Orders" (Shopify), "order_count" (WooCommerce), "Anzahl Bestellungen"
# (Shopware): none ever says never; more is use over their life, a rate only from when they started
# what a product's users do in it, counted: visits, and orders, bookings, a wallet's or a bank app's
# transactions, transfers, top-ups and bills paid through it ("Bill payments (total)": a payment
# of a bill, not a payment to the business), a ride app's trips
_OWN_THINGS = (r"(?:sessions|logins|visits|opens|orders|purchases|bookings|transactions|transfers|top ups|topups|"
               r"bill payments|bills paid|trips|rides)")
LIFETIME = Role(("num_sessions", "total_sessions", "session_count", "sessions_count", "total_logins", "login_count",
                 "logins_count", "total_visits", "visit_count", "total_orders", "orders_count", "order_count",
                 "num_orders", "number_of_orders", "lifetime_orders", "total_purchases", "purchase_count",
                 "purchases_count"),
                (r"^(?:num|number|numero|nombre|anzahl|liczba|antal|aantal|total|count|lifetime|all time)"
                 rf"(?:\s(?:of|de|di|do|da|der))?\s{_OWN_THINGS}$",
                 rf"^{_OWN_THINGS}\s(?:count|total)$",
                 # the period their whole time: "Bookings made in app (all time)", "Orders (lifetime)"
                 rf"^{_OWN_THINGS}\b.*\b(?:all time|lifetime)$",
                 # a donor's gifts over their whole time (NPSP's "Number of Gifts", "Total Number of Gifts",
                 # "Gift Count"); never "Total Gifts", which NPSP writes as money ("$1,250.00")
                 r"^(?:total\s)?(?:num|number|numero|nombre|anzahl|liczba|antal|aantal|count)(?:\s(?:of|de|di|do|da|der))?"
                 r"\s(?:gifts|donations)$|^(?:gifts?|donations?)\s(?:count|number)$"), use=True)
_PERIOD = (r"\b\d+\s?d\b|\bl\d+d?\b|\b(?:last|past|previous)\s\d+(?:\s(?:days?|weeks?|months?))?\b|\bper\s(?:day|week|month)\b|"
           r"\b(?:daily|weekly|monthly)\b|\b(?:this|last|past)\s(?:week|month)\b|\b\d+\s(?:days|weeks)\b|"
           # a CRM's or a finance sheet's months, weeks and years: "Bookings (12m)", "Orders (6 mo)",
           # "Visits 12 months", "Trips 1y", "orders_l12m", "T12M" (trailing twelve months)
           r"\b\d{1,2}\s?(?:m|mo|mos|mths?|months?|w|wks?|weeks?|y|yrs?|years?)\b|\b[lt]\d{1,2}[wmy]\b")
# a count of use over a school's or a business's period ("App logins this term", "Sessions this
# semester", "Orders this quarter"): only with a word of use, as "Modules this term" counts no use
# (the period's length: ``_LONG_PERIODS``)
# ("this year" is not one: it counts from 1 January, a length that depends on the day)
_LONG_PERIOD = r"\b(?:this|last|past|previous|current)\s(?:term|semester|trimester|quarter|fortnight)\b"
_LONG_PERIOD_COUNT = (rf"^(?=.*{_LONG_PERIOD})(?=.*\b(?:logins?|log ins?|sign ins?|sessions?|visits?|uses|opens|launches|"
                      r"orders?|purchases?|bookings?|active days|days active)\b)")
COUNTS = Role(("sessions_per_month", "sessions/month", "sessions per month", "monthly_sessions",
               "orders_per_month", "orders/month", "orders per month", "visits_per_month",
               "visits/month", "logins_per_month", "uses_per_month", "sessions_month",
               "sessions_last_30_days", "sessions_30d", "sessions_(30d)", "sessions_in_last_30_days",
               "logins_last_30_days", "logins_30d", "visits_last_30_days", "orders_last_30_days",
               "active_days_last_30_days", "days_active_last_30_days", "monthly_active_days"),
              (_PERIOD, _LONG_PERIOD_COUNT),
              unlike=(r"\b(?:spend|spent|revenue|arr|mrr|amount|price|paid|payment|value|nps|score|rating|research|"
                      r"since|duration|minutes|seconds|hours|percent|pct|rate|ratio|cost|fee|balance|credit|"
                      r"refund\w*|date|at|id|interview\w*|contact\w*|email\w*|survey\w*|"
                      # asking the company for help is not using the product: "Support tickets (30d)"
                      r"calls? to|support|tickets?|complaints?)\b|"
                      # what they did through another channel, not the product: "Repairs reported by phone
                      # (12m)", "Bookings made at the desk (30d)", "Orders by post", "Payments in branch"
                      r"\b(?:by|via|over the|through the)\s(?:tele)?phone\b|\b(?:by|via)\s(?:post|letter|mail)\b|"
                      r"\bin (?:person|branch|the office)\b|\bat (?:the )?(?:desk|counter|branch|office|reception|"
                      r"front desk)\b|\bwalk ins?\b|\bcall cent(?:re|er)\b"), use=True)
# time spent in the product over a period: a game's "hours_played_30d", "Minutes listened (last 30 days)",
# "time_in_app_7d": some says they were there in it (not how often they came), none says none
TIME_SPENT = Role(("hours_played_30d", "minutes_played_30d", "playtime_30d", "minutes_listened_30d",
                   "time_in_app_30d", "hours_30d", "minutes_30d"),
                  (rf"^(?=.*(?:{_PERIOD}))(?=.*\b(?:hours?|hrs|minutes?|mins|playtime|time)\b)",),
                  unlike=(r"\b(?:response|resolution|reply|wait|waiting|handle|handling|hold|load|loading|support|"
                          r"tickets?|delivery|shipping|lead|cycle|first|since|date|at|id|spend|spent on|cost|paid|"
                          r"billable|billed|outage|downtime)\b|" + _NOT_USE), use=True)
_GROUP = r"\b(?:group|category|segment|type|class)\b"
# (how the person rates the product or service, not a rating of them or of a task: a risk, a credit
# score, a ticket's priority, a symptom's pain)
_RATING = r"\b(?:satisfaction|satisfied|sat|csat|rating|rated|likelihood|likely)\b"
_NOT_THEIR_RATING = r"\b(?:risk|credit|priority|severity|pain|urgency|difficulty|effort|importance|fraud)\b"
_RATED_0_10 = rf"^(?!.*{_GROUP})(?!.*{_NOT_THEIR_RATING}).*{_RATING}.*\b0\s?(?:to\s?)?10\b"
# (the question, in the survey tool's language: "How likely are you to recommend…", German "Wie wahrscheinlich
# ist es, dass Sie … einem Freund empfehlen?", its verb last, Polish "Jak prawdopodobne jest, że polecisz…")
NPS = Role(("nps", "nps_score", "nps score", "nps_rating", "net_promoter_score", "likely_to_recommend",
            "recommend", "likelihood_to_recommend", "how_likely_to_recommend"),
           (r"^(?!.*" + _GROUP + r")(?:.*\bnps\b|.*\bnet promoter\b|.*\blikel\w*\b.{0,80}\brecommend\b|"
            r".*\brecommend\b.*\b(?:0|zero)\b.*\b10\b|"
            # a survey tool's own score column: "Delighted Score", "Retently score"
            r".*\b(?:delighted|retently|asknicely|wootric|satismeter|survicate)\s(?:score|rating)\b)",
            r"\bnps\b.*" + _GROUP + r"|\brecommend\b.*" + _GROUP + r"|\bpromoter\s(?:group|category|type)\b",
            # a 0 to 10 rating named so ("SAT_SCORE_0_10", a CAHPS-style "Rating of health plan (0-10)",
            # "Likelihood to renew 0-10"): read in NPS's bands (0-6, 7-8, 9-10, which CAHPS reports
            # ratings in too); a rating on another scale ("CSAT (1-5)") is not (``other_ratings``)
            _RATED_0_10),
           unlike=r"\b(?:date|comments?|reason|why|text|submitted|responded|sent|follow up|feedback)\b")
LAST_INTERVIEWED = Role(("last_interviewed", "last_interview", "last_interview_date", "interviewed_on"),
                        (r"\blast\b.*\b(?:interview\w*|research|uxr|study|participa\w*|partecipa\w*|usability|user test\w*|took part|"
                         r"taken part|feedback)\b",
                         r"\b(?:research|interview\w*)\b.*\blast\b",
                         r"\b(?:interviewed|research session|participated)\s(?:on|at|date)\b"),
                        unlike=r"\b(?:name|id|type|notes?|topic|which|how many|count|number|nps|score|comments?|"
                               r"messages?|text)\b")  # not "NPS Last Feedback", a comment

# ------------------------------------------------------------------------------------------
# Values

# month names in the languages rosters are kept in, for "Juni 2025", "14 juillet 2026"
_MONTHS_IN = {w: en for en, words in {
    "january": "januar janvier enero janeiro gennaio januari styczen stycznia",
    "february": "februar fevrier febrero fevereiro febbraio februari luty lutego",
    "march": "marz mars marzo marco maart marzec marca maret mac",
    "april": "avril abril aprile kwiecien kwietnia",
    "may": "mai mayo maio maggio mei maj maja",
    "june": "juni juin junio junho giugno czerwiec czerwca",
    "july": "juli juillet julio julho luglio lipiec lipca julai",
    "august": "aout agosto augustus sierpien sierpnia agustus ogos agu agt ags",
    "september": "septembre septiembre setembro settembre wrzesien wrzesnia",
    "october": "oktober octobre octubre outubro ottobre pazdziernik pazdziernika okt",
    "november": "novembre noviembre novembro listopad listopada",
    "december": "dezember decembre diciembre dezembro dicembre grudzien grudnia desember disember des"}.items() for w in words.split()}
# Hungarian, in full and as Hungarian Excel abbreviates them ("2026. nov. 26.", "2026. márc. 19."), folded
_MONTHS_IN.update({w: en for en, words in {
    "january": "januar", "february": "februar febr", "march": "marcius marc", "april": "aprilis apr",
    "may": "majus maj", "june": "junius jun", "july": "julius jul", "august": "augusztus aug",
    "september": "szeptember szept", "october": "oktober okt", "november": "nov", "december": "dec"}.items()
    for w in words.split()})
# Greek, as Greek Excel abbreviates the months ("27 Νοε 2026") and writes them in full, in the nominative
# ("Οκτώβριος 2026") and in the genitive of a day's date ("21 Οκτωβρίου 2026"), folded as the value is
_MONTHS_IN.update({fold(w): en for en, words in {
    "january": "Ιαν Ιανουάριος Ιανουαρίου", "february": "Φεβ Φεβρουάριος Φεβρουαρίου", "march": "Μαρ Μάρτιος Μαρτίου",
    "april": "Απρ Απρίλιος Απριλίου", "may": "Μαΐ Μάιος Μαΐου Μάη", "june": "Ιουν Ιούνιος Ιουνίου",
    "july": "Ιουλ Ιούλιος Ιουλίου", "august": "Αυγ Αύγουστος Αυγούστου", "september": "Σεπ Σεπτ Σεπτέμβριος Σεπτεμβρίου",
    "october": "Οκτ Οκτώβριος Οκτωβρίου", "november": "Νοε Νοέμβριος Νοεμβρίου",
    "december": "Δεκ Δεκέμβριος Δεκεμβρίου"}.items() for w in words.split()})
_MONTH_WORD = re.compile(r"\b(?:" + "|".join(sorted(_MONTHS_IN, key=len, reverse=True)) + r")\b")
_SLASH_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\s*$")
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%d %b %Y", "%d %B %Y",
                 "%b %d, %Y", "%B %d, %Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m", "%B %Y", "%b %Y",
                 "%d-%m-%Y", "%Y%m%d", "%B %d %Y", "%b %d %Y")  # "26-11-2026" as Dutch and German exports write it, GA4's "20261126"
# a time after the date, as CRM and analytics exports write it: "05/28/2026 2:03 PM",
# "2026-05-28 14:03", "28.05.2026 14:03:11 UTC", "3/14/2025 10:22am"
_TIME_AFTER = re.compile(r"(?:[ T,]+\d{1,2}[:.h]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
                         r"(?:Z|[A-Z]{2,5}|[+-]\d{2}:?\d{2})?)\s*$")
DAY_FIRST, MONTH_FIRST = "day-first", "month-first"
# (a Finnish time is written with dots, "4.11.2026 9.12.44" as Google Forms' Finnish timestamp has it, and
# after "klo", "03.11.2026 klo 14.05"; Swedish and Norwegian write "kl." before one)
_CLOCK_WORD = re.compile(r"(?<=\d)\s+(?:klo|kl)\.?(?=\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*$)", re.I)
# a day-first date with a dot after its year too, as Serbian, Croatian, Slovak and Czech write one: "26.11.2026.",
# "26. 11. 2026.", and Czech's and Slovak's spaced one without it: "14. 10. 2026"


_DOT_AFTER_YEAR = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?\s*$")
# Excel's default date display in many locales (Bangladesh, India, the UK's "Date" list): "25-Nov-26", "1-Dec-2026"
_EXCEL_SHORT = re.compile(r"\s*(\d{1,2})[-\s]([a-z]{3,9})\.?[-\s](\d{4}|\d{2})\s*", re.I)
# Korean Excel's dates, the year first and only so: "2026년 10월 25일", "2026. 10. 3.", "2026.10.20", with a
# weekday "(토)" or a time "오후 3:12" after them ("2026년 11월", a month); Hungarian Excel's short date is
# written the same way, a time after it without "오후" ("2026.11.27. 8:14")
_KOREAN_DATE = re.compile(r"(\d{4})\s*(?:년|\.)\s*(\d{1,2})\s*(?:월|\.)\s*(?:(\d{1,2})\s*(?:일|\.)?)?\s*"
                          r"(?:[(（][월화수목금토일][)）])?\s*(?:(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?)?")
# a date of Taiwan's calendar (the Minguo year, 1911 less than the Gregorian one), as Taiwanese systems
# write it: "115/11/26", "115.11.26", "民國115年11月26日" (three digits for the year without the era's
# name, so no other date reads so)
_ROC_DATE = re.compile(r"\s*(?:(?:民[國国])\s*(\d{1,3})|(\d{3}))\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?\s*")


def slash_date_order(people: list[Participant], role: Role = LAST_ACTIVE) -> tuple[str, bool]:
    """How a roster writes dates like 03/04/2026: day-first (UK, most of Europe) or month-first
    (US tools). Decided once for the whole column, from the values that can only be read one
    way (25/10 or 10/25), so "03/04" means the same in every row; a column with both kinds is
    refused. Returns the order and whether it was a guess (every value could be either)."""
    day: tuple[str, str] | None = None
    month: tuple[str, str] | None = None
    ambiguous = False
    for p in people:
        col = role.find(p.attributes)
        m = _SLASH_DATE.match(_TIME_AFTER.sub("", p.attributes[col])) if col else None
        if not m:
            continue
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 and day is None:
            day = (p.pid, p.attributes[col].strip())
        elif b > 12 and month is None:
            month = (p.pid, p.attributes[col].strip())
        elif a <= 12 and b <= 12 and a != b:
            ambiguous = True
        if day and month:
            raise InputError(f"column {col!r} mixes day-first ({day[0]}: {day[1]!r}) and month-first "
                             f"({month[0]}: {month[1]!r}) dates; write them as YYYY-MM-DD")
    if month:
        return MONTH_FIRST, False
    return DAY_FIRST, ambiguous and not day


def settled_date_order(people: list[Participant], role: Role = LAST_ACTIVE) -> str | None:
    """The order the roster's ``role`` column writes dates in, where a value settles it (25/10 or
    10/25); None where none does (no such column, or only dates that read both ways)."""
    order, guessed = slash_date_order(people, role)
    settled = any((m := _SLASH_DATE.match(_TIME_AFTER.sub("", p.attributes[col]))) and max(int(m.group(1)), int(m.group(2))) > 12
                  for p in people if (col := role.find(p.attributes)))
    return order if settled and not guessed else None


# a date of the Hijri calendar, as Saudi and Gulf systems write it: "1445/07/12", "12/07/1445", "1445/07/10 هـ"
# (a year from 1300 to 1499, 1882 to 2076 of the Gregorian, which no roster's dates have), or any date
# with "هـ" (the Hijri era) after it
_HIJRI = re.compile(r"\s*(?:(1[34]\d\d)[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](1[34]\d\d))\s*(?:هـ|ه)?\.?\s*|"
                    r"\s*(?:\d{1,4}[/.-]){2}\d{1,4}\s*هـ?\.?\s*")


def hijri_year(value: str) -> str | None:
    """The year of a date written in the Hijri calendar ("1445/07/12", "1445/07/10 هـ"), or None."""
    m = _HIJRI.fullmatch(value)
    return (m.group(1) or m.group(2) or max(re.findall(r"\d+", value), key=len)) if m else None


def hijri_columns(people: list[Participant]) -> list[str]:
    """Each column whose dates are written in the Hijri calendar, said with one of them: read as no date
    at all (a Gregorian reading of "1445/07/12" would be six centuries out)."""
    seen: dict[str, tuple[str, int]] = {}
    for p in people:
        for col, v in p.attributes.items():
            if hijri_year(v):
                seen[col] = (seen.get(col, (v.strip(), 0))[0], seen.get(col, ("", 0))[1] + 1)
    return [f"column {col!r} holds dates of {_hijri_named(said)} ({said!r}, in {n} row{'s' if n > 1 else ''}), which "
            "are not read: give that column's dates in the Gregorian calendar (YYYY-MM-DD or as its other dates "
            "are written) where the plan should read them" for col, (said, n) in seen.items()]


def _hijri_named(value: str) -> str:
    """Which Hijri calendar a date is of, Iran's Solar Hijri (Jalali) or the lunar one, by its year
    (``other_calendar``): "the Solar Hijri (Jalali) calendar" for "1405/09/05", not the lunar one an
    Iranian reads "Hijri" as. Not read, only named: its Gregorian day said with the first one."""
    named = other_calendar(value) or "the lunar Hijri calendar"
    return re.sub(r" \(\d{4}-\d\d-\d\d in the Gregorian\)$", "", named)


# a date whose year is of the Buddhist Era, as Thai systems, Thai Excel and a Thai ID card write it (the
# Gregorian year and 543: "12/04/2533" is 12 April 1990, "2569-11-27" is 2026-11-27): a year from 2400 to
# 2699 in a date (``eras``). Read as its Gregorian day wherever a roster's dates are read (``parse_date``
# and the import's date checks), and each such column named by the import (``buddhist_columns``)
_BUDDHIST_DATE = re.compile(rf"(\s*\d{{1,2}}([/.-])\d{{1,2}}\2)({BUDDHIST_YEAR})(?!\d)(.*)"
                            rf"|\s*({BUDDHIST_YEAR})(?=([/.-])\d{{1,2}}\6\d{{1,2}}(?!\d))(.*)", re.S)


def gregorian(value: str) -> str | None:
    """A date written with a Buddhist-Era year, with the Gregorian year in its place ("12/04/2533" →
    "12/04/1990", "2569-11-27 09:07" → "2026-11-27 09:07"); None where the year is no Buddhist-Era one."""
    m = _BUDDHIST_DATE.fullmatch(value.strip())
    if m is None:
        return None
    if m.group(3):
        return f"{m.group(1).strip()}{gregorian_year(int(m.group(3)))}{m.group(4)}"
    return f"{gregorian_year(int(m.group(5)))}{m.group(7)}"


def buddhist_columns(people: list[Participant]) -> list[tuple[str, str]]:
    """Each column with a date of the Buddhist Era ("12/04/2533"), with its first such value, in the
    order of the file: read as Gregorian dates, 543 years less, which the import says."""
    seen: dict[str, str] = {}
    for p in people:
        for col, v in p.attributes.items():
            if col not in seen and present(v) and gregorian(v):
                seen[col] = v.strip()
    return list(seen.items())


def parse_date(value: str, column: str, pid: str, order: str = DAY_FIRST) -> dt.date:
    v = value.strip()
    year = hijri_year(v)
    if year:
        raise InputError(f"participant {pid}, column {column!r}: {value!r} is a date of "
                         f"{other_calendar(v) or 'the lunar Hijri calendar'} (the year {year}), not a Gregorian "
                         "one: write the column's dates in the Gregorian calendar (YYYY-MM-DD)")
    v = gregorian(v) or v  # a Buddhist-Era year: "12/04/2533" is 12/04/1990
    # Unix time in seconds, milliseconds or microseconds (Firebase's and BigQuery's timestamps)
    epoch = re.fullmatch(r"(\d{10})(?:\.\d+)?|(\d{13})|(\d{16})", v)
    if epoch:
        seconds = int(epoch.group(1)) if epoch.group(1) else \
            int(epoch.group(2)) // 1000 if epoch.group(2) else int(epoch.group(3)) // 1_000_000
        return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date()
    try:
        return dt.date.fromisoformat(v[:10])
    except ValueError:
        pass
    # Japanese Excel's long date, "2026年11月20日" (and "2026年11月", a month)
    kanji = re.fullmatch(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?(?:\s*[(（].[)）])?", fold(v))
    if kanji:
        v = "-".join(f"{int(n):02d}" for n in kanji.groups() if n)
    korean = _KOREAN_DATE.fullmatch(v)
    if korean:
        v = "-".join(f"{int(n):02d}" for n in korean.group(1, 2, 3) if n)
    roc = _ROC_DATE.fullmatch(fold(v))
    if roc:  # Taiwan's Minguo year: 115/11/26 and 民國115年11月26日 are 2026-11-26
        v = f"{int(roc.group(1) or roc.group(2)) + 1911}-{int(roc.group(3)):02d}-{int(roc.group(4)):02d}"
    v = re.sub(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", "", v, flags=re.I)  # "Friday, 27 November 2026"
    v = re.sub(r",?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*$", "", v)  # ", 8:02 AM"
    v = _CLOCK_WORD.sub("", v)  # "03.11.2026 klo 14.05": the Finnish (and Swedish "kl.") word before a time
    v = _TIME_AFTER.sub("", v) or v
    v = _DOT_AFTER_YEAR.sub(r"\1.\2.\3", v)  # "26.11.2026.", as Serbian, Croatian and Slovak write a date
    v = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", v)  # "November 25th 2026", as ClickUp writes it
    if re.search(r"[^\W\d_]{3}", v):  # a month in words, in any of the roster languages: "Juni 2025"
        v = _MONTH_WORD.sub(lambda m: _MONTHS_IN[m.group(0)], fold(v))
    # Hungarian's, the year first: "2026. nov. 26.", "2026. november 26., 8:14"
    v = re.sub(r"^\s*(\d{4})\.\s*([a-z]+)\.?\s+(\d{1,2})\.?\s*$", r"\3 \2 \1", v, flags=re.I)
    v = re.sub(r"\b(\d{1,2})\.?\s+(?:de\s+)?([a-z]+)\s+(?:de\s+)?(\d{4})\b", r"\1 \2 \3", v, flags=re.I)
    excel = _EXCEL_SHORT.fullmatch(v)
    if excel:  # Excel's "d-mmm-yy" ("25-Nov-26"), its year of two digits read as Excel reads one: 00-29 are 20xx
        year = excel.group(3) if len(excel.group(3)) == 4 else ("20" if int(excel.group(3)) < 30 else "19") + excel.group(3)
        v = f"{excel.group(1)} {excel.group(2)} {year}"
    short = _SLASH_DATE.match(v)
    if short and len(short.group(3)) == 2:  # "05/28/26": the year in two digits, this century
        v = f"{short.group(1)}/{short.group(2)}/20{short.group(3)}"
    skip = "%m/%d/%Y" if order == DAY_FIRST else "%d/%m/%Y"
    for fmt in _DATE_FORMATS:
        if fmt == skip:
            continue
        try:
            return dt.datetime.strptime(v, fmt).date()
        except ValueError:
            continue
    if re.fullmatch(r"0{1,2}[/.-]0?1[/.-]1900|1900-0?1-0{1,2}", value.strip()):
        raise InputError(f"participant {pid}, column {column!r}: {value!r} is a spreadsheet's day zero, what a "
                         "formula (a lookup) shows when it found nothing; leave the cell empty where there is "
                         "no date, and export again")
    impossible = _no_such_day(_TIME_AFTER.sub("", value.strip()) or value.strip(), order)
    if impossible:
        raise InputError(f"participant {pid}, column {column!r}: {value!r} is not a date: {impossible} (a typo?)")
    # (the advice in the sheet's own order where the value is written with slashes: "١٢/١١/٢٠٢٦ م")
    slashed = re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", v)
    own = ("DD/MM/YYYY" if order == DAY_FIRST else "MM/DD/YYYY") + " or " if slashed else ""
    raise InputError(f"participant {pid}, column {column!r}: {value!r} is not a date "
                     f"(write it as {own}YYYY-MM-DD)")


_REFUSED_DATE = re.compile(r"^participant (?P<pid>.+?), column (?P<col>'[^']*'|\"[^\"]*\"): .* is not a date\b")


def _reads_as_day(value: str, column: str) -> bool:
    """Whether a roster's cell is read as a day (in either order), "3 days ago", or "never"."""
    v = value.strip()
    if _NEVER.match(in_english(v)) or days_ago(v) is not None:
        return True
    for order in (DAY_FIRST, MONTH_FIRST):
        try:
            parse_date(v, column, "", order)
            return True
        except InputError:
            continue
    return False


def with_every_bad_date(err: InputError, people: list[Participant], shown: int = 5) -> InputError:
    """``err``, where it refuses one cell of a column as no date, with the column's other cells that are
    none either: how many, and the first few with their lines, so that one round of fixing finds them all
    (not one refusal per import). Any other error as it is."""
    m = _REFUSED_DATE.match(err.detail)
    if m is None:
        return err
    col = m.group("col")[1:-1]
    bad = [p for p in people if p.pid != m.group("pid") and present(v := p.attributes.get(col) or "")
           and not _reads_as_day(v, col)]
    if not bad:
        return err
    named = ", ".join(f"{f'line {p.line}' if p.line else p.pid} {p.attributes[col].strip()!r}" for p in bad[:shown])
    more = f" and {len(bad) - shown} more" if len(bad) > shown else ""
    return InputError(f"{err.detail}; and {len(bad)} other {'cell' if len(bad) == 1 else 'cells'} of column {col!r} "
                      f"{'is not a date' if len(bad) == 1 else 'are not dates'} either: {named}{more}",
                      file=err.file, line=err.line)


def _no_such_day(value: str, order: str) -> str | None:
    """What is wrong with a date written in numbers whose day the calendar lacks ("31.11.2026")."""
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    short = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", value)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif short:
        a, b, year = (int(g) for g in short.groups())
        day, month = (a, b) if order == DAY_FIRST else (b, a)
    else:
        return None
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    # (a year of the Buddhist Era in its Gregorian year's calendar: 29/02/2567 is 2024's leap day)
    said = f"{gregorian_year(year)} (the Buddhist Era's {year})" if gregorian_year(year) != year else str(year)
    last = calendar.monthrange(gregorian_year(year), month)[1]
    return f"{calendar.month_name[month]} {said} has {last} days" if day > last or day < 1 else None


# what a screener's "When did you last use it?" answers, as days ago (the middle of the range)
_AGO = ((r"^(?:today|just now|this morning)\b", 0), (r"^yesterday\b", 1), (r"^(?:this|in the last|within the last|"
         r"past) (?:week|7 days)\b", 3), (r"^last week\b", 10), (r"^(?:earlier )?(?:this|in the last|within the last|past) "
         r"(?:month|30 days)\b", 15), (r"^last month\b", 45), (r"^1\s?[-\u2013to]+\s?3 months\b", 60),
        (r"^3\s?[-\u2013to]+\s?6 months\b", 135), (r"^6\s?[-\u2013to]+\s?12 months\b", 270),
        (r"^(?:more than|over|longer than) (?:a|1|one) year\b", 400),
        (r"^(?:more than|over|longer than) (\d+) months?( ago)?\b", None), (r"^(\d+) (day|week|month|year)s? ago\b", None))


def days_ago(value: str) -> int | None:
    v = value.strip().lower()
    for pattern, days in _AGO:
        m = re.match(pattern, v)
        if m and days is not None:
            return days
        if m and m.lastindex == 2 and m.group(2).strip() != "ago":
            return int(m.group(1)) * {"day": 1, "week": 7, "month": 30, "year": 365}[m.group(2)]
        if m:
            return int(m.group(1)) * 30 + 15
    return None


def number(value: str, column: str, pid: str) -> float:
    v = value.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", v):  # "1.234,5": a European thousands point
        v = v.replace(".", "")
    try:
        return float(v.replace(",", "."))
    except ValueError:
        raise InputError(f"participant {pid}, column {column!r}: {value!r} is not a number") from None


def _per_month(column: str) -> float:
    """What one of a count column's units is per month: "logins_last_90d" counts 90 days (1/3),
    "Avg. sessions per week (90d)" a week (30/7)."""
    w = _words(column)
    per = re.search(r"\bper\s(day|week|month)\b|\b(daily|weekly|monthly)\b", w)
    if per:
        unit = per.group(1) or {"daily": "day", "weekly": "week", "monthly": "month"}[per.group(2)]
        return {"day": 30.0, "week": 30 / 7, "month": 1.0}[unit]
    days = re.search(r"\b(\d+)\s?(d|days?|w|wks?|weeks?|m|mos?|mths?|months?|y|yrs?|years?)\b", w) or \
        re.search(r"\bl(\d+)(d?)\b", w) or re.search(r"\b[lt](\d{1,2})([wmy])\b", w)
    if days:
        n = int(days.group(1)) * {"d": 1, "w": 7, "m": 30, "y": 365}[(days.group(2) or "d")[0]]
        return 30 / n if n else 1.0
    if re.search(r"\b(?:this|last|past)\sweek\b", w):
        return 30 / 7
    period = re.search(_LONG_PERIOD, w)
    if period:
        return 30 / _LONG_PERIODS[period.group(0).split()[-1]]
    return 1.0


# the days a period of ``_LONG_PERIOD`` is taken to last. A term is a UK (or Australian) school or
# university term, about 10 to 12 weeks of teaching: 11 weeks; a semester about 4 months; a trimester
# 3 months; a quarter and a year as the calendar has them. A count "this term" halfway through the
# term is read as a whole term's: the rate is a low guess early in one.
_LONG_PERIODS = {"fortnight": 14, "term": 77, "semester": 120, "trimester": 91, "quarter": 91}


# a month as a spreadsheet abbreviates it, in the languages rosters are kept in ("1-okt", "5-mrt")
_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|okt|mrt|mei|dez|mrz|m\u00e4r|janv|f\u00e9vr|avr|mai|"
           "juin|juil|ao\u00fbt|d\u00e9c|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|fev|out")
_EXCEL_DATE = re.compile(rf"^\d{{1,2}}-(?:{_MONTHS})$|^(?:{_MONTHS})-\d{{1,2}}$", re.I)


def check_ranges_not_dates(people: list[Participant]) -> None:
    """Refuse a column of ranges ("1-10", "11-50") where a spreadsheet turned some into dates
    ("1-okt" was "1-10"): the damaged answers would become segments of their own."""
    keys = list(dict.fromkeys(k for p in people for k in p.attributes))
    counted = set(COUNTS.columns(keys))  # (a count's answers are ranges, whether any is left intact or not)
    for col in keys:
        values = [(p, p.attributes[col].strip()) for p in people if present(p.attributes.get(col))]
        dated = [(p, v) for p, v in values if _EXCEL_DATE.match(v)]
        ranges = [v for _, v in values if re.fullmatch(r"\d+\s?-\s?\d+", v)]
        if dated and (ranges or col in counted):
            raise _range_made_a_date(dated[0][0].pid, col, dated[0][1], ranges[0] if ranges else "1-2",
                                     [v for _, v in dated], len(values))


# a month's number by the abbreviations of ``_MONTHS``
_MONTH_NUMBER = {m: n for n, names in enumerate(
    ("jan ene gen janv", "feb fev f\u00e9vr", "mar mrt mrz m\u00e4r", "apr avr abr", "may mei mai mag",
     "jun juin giu", "jul juil lug", "aug ao\u00fbt ago", "sep sept set", "oct okt ott out", "nov",
     "dec dez d\u00e9c dic"), 1) for m in names.split()}


def _range_before(value: str) -> str | None:
    """The range a spreadsheet made a date of, as it was typed: "10-Jan" and "Jan-10" were "1-10" (in
    whichever order the sheet's locale reads day and month, a range puts the smaller number first)."""
    day = re.search(r"\d{1,2}", value)
    month = _MONTH_NUMBER.get(re.sub(r"[\d\s-]+", "", value).lower())
    if not day or not month:
        return None
    low, high = sorted((int(day.group(0)), month))
    return f"{low}-{high}"


def _range_made_a_date(pid: str, column: str, value: str, like: str, dated: list[str] | None = None,
                       of: int = 0) -> InputError:
    """The refusal of a range a spreadsheet made a date of, with the answer it was; ``dated``: the
    column's dated values, the others of which are named too, with how many rows of ``of`` hold one."""
    was = _range_before(value)
    said = f"was the answer {was!r}, turned into a date by a spreadsheet (Excel)" if was else \
        f"looks like an answer such as {like!r} that a spreadsheet (Excel) turned into a date"
    others = [v for v in dict.fromkeys(dated or []) if v != value]
    if others:
        shown = [f"{v!r} ({_range_before(v)!r})" if _range_before(v) else repr(v) for v in others[:4]]
        said += f", and so {'was' if len(others) == 1 else 'were'} {', '.join(shown)}"
    if dated and of:
        said += f", in {len(dated)} of {of} rows"
    return InputError(f"participant {pid}, column {column!r}: {value!r} {said}: export the answers again with that "
                      "column kept as text")


def _counted(value: str) -> float | None:
    """A count as written: "12", "12.0", a screener's range "3-5" (its middle) or "11+"."""
    v = value.strip()
    if re.fullmatch(r"[\d.,]+", v):
        return number(v, "", "")
    span = re.fullmatch(r"(\d+)\s*[-\u2013]\s*(\d+)", v) or re.fullmatch(r"(\d+)\s*\+", v)
    return (int(span.group(1)) + int(span.group(span.lastindex or 1))) / 2 if span else None


def count_or_none(value: str) -> float | None:
    """``_counted``, with None for digits and dots that are no number ("2026.10.20", a date)."""
    try:
        return _counted(value)
    except InputError:
        return None


_VISITS = re.compile(r"\b(?:sessions?|logins?|log ins|visits?|opens?|active days|days active|days)\b")
# what an analytics tool counts within a visit (Amplitude's "events_30d", Heap's "Pageviews (30d)", "Clicks
# last 7 days"): how much someone did while there, not how often they came: the sign-up alone makes a
# handful. A count of the product's own things ("Trip Created", "activities", "post views") is no such
_WITHIN_VISITS = re.compile(r"^(?:(?:total|num|number of|count of|all|app|product|tracked|analytics|web|site|mobile|"
                            r"ui|custom)\s)*(?:events?|event count|events count|clicks?|taps?|page ?views?|"
                            r"screen ?views?|pages viewed|screens viewed|hits|interactions)(?:\s(?:count|total))?$")


def _counting(col: str) -> str:
    """A count column's name without its period: "events_30d" → "events", "Logins (last 90 days)" → "logins"."""
    return " ".join(re.sub(_PERIOD + r"|\b(?:last|past|in|the|per|avg|average)\b", " ", _words(col)).split())


def _count_kinds(columns: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Count columns as visits (sessions, logins, opens, active days), the product's own things
    (orders, lessons logged) and what an analytics tool counts within visits (events, clicks)."""
    visits = [c for c in columns if _VISITS.search(re.sub(_PERIOD, " ", _words(c)))]  # not the "90 days" of a period
    within = [c for c in columns if c not in visits and _WITHIN_VISITS.match(_counting(c))]
    return visits, [c for c in columns if c not in visits and c not in within], within


def counts_within_visits_only(p: Participant) -> list[str]:
    """The person's count columns where every one counts what is done within visits (events, clicks,
    page views), none a visit or a thing of the product's: they say someone was there, not how often."""
    visits, things, within = _count_kinds(COUNTS.columns(list(p.attributes)))
    return [] if visits or things else within


def monthly_rate(p: Participant, tenure_days: int | None = None, yearly: bool = False) -> float | None:
    """Uses a month from the count columns: for each thing counted, the window nearest a month;
    across things counted (logins, lessons logged), the most. ``tenure_days``: how long they have
    had the product; a window longer than that counts only the days they had it (11 logins "in 90
    days" from someone who signed up five weeks ago is about ten a month, not four). ``yearly``:
    the product's own things counted over a year ("Orders (12m)", "CALLS_12M") are read too, where
    they are the only record of how often (``yearly_things_are_use``)."""
    best: dict[str, tuple[float, float]] = {}  # thing counted → (distance from a month, rate)
    # visits to the product (sessions, logins, opens, active days) say how often; other counts
    # (lessons logged, orders) only where there are none, and what is done within visits (events,
    # clicks) only where there are neither (``usage_and_why`` reads no frequency from those)
    visits, things, within = _count_kinds(COUNTS.columns(list(p.attributes)))
    for col in visits or things or within:
        value = p.attributes[col]
        if present(value) and _EXCEL_DATE.match(value.strip()):
            raise _range_made_a_date(p.pid, col, value, "1-2")
        try:
            counted = _counted(value) if present(value) else None
        except InputError:  # named: "2026.10.20" in a count column
            raise InputError(f"participant {p.pid}, column {col!r}: {value.strip()!r} is not a number") from None
        if counted is None:
            continue
        factor = _per_month(col)
        if tenure_days is not None and 28 <= tenure_days < 30 / factor:
            factor = 30 / tenure_days  # (after four weeks at least: three logins in a first week are no rate)
        if not visits and factor < 30 / 92 and not yearly:
            continue  # bookings or orders over a year follow the season, not how often they use it
        thing = re.sub(_PERIOD + r"|\b(?:last|past|in|the|per|avg|average|of|count|number|total)\b|\b\d+\b", " ",
                       _words(col)).split()
        key = " ".join(thing) or col
        rate = counted * factor
        distance = abs(1 / factor - 1) if factor else 99.0
        if key not in best or distance < best[key][0]:
            best[key] = (distance, rate)
    return max((rate for _, rate in best.values()), default=None)


# a last-active column that records a visit to the app or site (a login, "Last active in app", "last
# seen", a session): beside it, a year of bookings is how often they book, not how often they come
_VISIT_DATE = re.compile(r"\b(?:active|activity|login|log in|logged in|sign in|signed in|seen|sessions?|open|"
                         r"opened|used|use|app|apps|online|web|website|site|portal)\b")


def yearly_things_are_use(last_col: str | None) -> bool:
    """Whether a count of the product's own things over a year ("Orders (12m)", "CALLS_12M") says how
    often they use it: where the roster's last-active column, if any, is a last one of those things
    ("Last Order Date", "LAST_CALL_DT"), not a visit to an app or site ("Last active in app"). With
    no count of visits either, the things are all the roster records of their use."""
    return last_col is None or not _VISIT_DATE.search(_words(last_col))


def _status_word(value: str) -> str | None:
    v = re.sub(r"[_\-]+", " ", in_english(value.strip()).replace("\u2019", "'"))
    if v in ("past", "customer past"):  # a CRM's "Customer Status: Past" (not "past due")
        return "lapsed"
    for segment in ("never_activated", "lapsed", "occasional", "frequent"):
        if any(re.search(rf"\b{re.escape(w)}\b", v) for w in STATUS_WORDS[segment]):
            return segment
    return None


STATUS_WORDS = {
    "frequent": ("frequent", "power", "heavy", "daily", "weekly", "loyal", "champion", "every day",
                 "a week", "per week", "most days", "every week", "each week", "a day", "per day"),
    "occasional": ("occasional", "casual", "light", "infrequent", "monthly", "sometimes", "low",
                   "rarely", "rare", "a month", "a year", "less often", "every two weeks", "fortnightly", "biweekly",
                   "hardly ever", "per month", "a few times a month", "every month", "each month"),
    "lapsed": ("lapsed", "churned", "churn", "cancelled", "canceled", "inactive", "dormant", "former",
               "lost", "left", "expired", "ex-customer", "ex customer", "unsubscribed", "quit", "stopped",
               "no longer", "not anymore", "not any more", "anymore", "any more", "cancelling", "canceling",
               "closed", "deactivated", "ex member", "former member", "no longer", "ended",
               "struck off", "deregistered",  # no longer on the rolls: a French agency's "radié"
               # a number ported out to another operator (Romanian "Portat"); a "Terminated" membership, weak below
               # (a studio's member on a class pack after it still comes; Romanian "Reziliat" is read as cancelled)
               "terminated", "ported out", "ported away", "port out",
               # a service provider's client who has left it (an NDIS or care provider's "Exited", "Discharged",
               # "Services ceased", "Transferred out")
               "exited", "discharged", "ceased", "services ceased", "transferred out",
               # a subscription paid back and so ended (a Vietnamese sheet's "Trạng thái gói: Hoàn tiền")
               "refunded",
               # a pause the person took (a volunteer "On break", a subscription "Paused"): weak, below
               "on break", "paused"),
    "never_activated": ("never", "not activated", "never activated", "unactivated", "trial", "trialing",
                        "trialling", "signed up", "signup", "registered", "invited", "invite", "invitee", "pending", "new",
                        "onboarding", "prospect", "incomplete", "not started", "haven't really used",
                        "haven't used", "not used it yet", "haven't set it up", "not set up", "haven't downloaded",
                        "don't have the app", "do not have the app", "never used", "yet",  # "I don't use it (yet)"
                        "waiting list", "waitlist", "future", "lead"),  # a subscription that starts later
}
_PURCHASE = re.compile(r"\b(?:order|ordered|purchase|purchased|booking|booked|trip|ride|gift|donation)\b")
_GENERIC_ACTIVE = re.compile(r"\b(?:active|engaged|regular|current|subscribed|paying|live)\b")
# a research sheet's own "Status" follows recruiting (invited, scheduled, interviewed), not use:
# "Invited" there is an invitation to an interview, not to the product
_RECRUITING = re.compile(r"\b(?:interviewed|scheduled|booked|no show|screened|shortlisted|to invite|rescheduled|"
                         r"incentive sent|session done|completed session|reached out|qualified|disqualified)\b")


# a billing tool's "state" column (Recurly): "state" alone is where someone lives in a US export,
# so it is a status only when every value is a subscription's state
_SUBSCRIPTION_STATES = {"active", "canceled", "cancelled", "expired", "future", "paused", "in trial", "trial",
                        "trialing", "past due", "non renewing", "live", "pending"}
_ACCOUNT_STATES = _SUBSCRIPTION_STATES | {"inactive", "suspended", "struck off", "closed", "ended",
                                           "terminated", "ported out",
                                           "deregistered", "deactivated", "blocked", "dormant"}
# a support ticket's status (a help desk export: "Status: closed") or a mailing list's ("unsubscribed"
# from texts or emails): neither is about using the product
_NOT_USE_STATES = {"open", "closed", "pending", "solved", "snoozed", "new", "on hold", "resolved",
                   "subscribed", "unsubscribed", "opted in", "opted out", "cleaned", "bounced", "non subscribed"}
# a loan's or a credit's state (a lender's "Status": Active, Closed, NPA, Written off): about the
# credit, not about using the product, where any value is one that only a credit has
_CREDIT_STATES = {"npa", "non performing", "non performing asset", "written off", "write off", "restructured",
                  "disbursed", "sanctioned", "in arrears", "arrears", "defaulted", "foreclosed", "repaid",
                  "fully repaid", "overdue"}
# a panel's record of one submission (Prolific's APPROVED, AWAITING REVIEW, RETURNED…): the study's, not
# the product's, where every value is one and one at least is a review's ("ACTIVE" alone is an account's)
_SUBMISSION_STATES = {"approved", "awaiting review", "returned", "timed out", "rejected", "screened out",
                      "partially approved", "active", "reserved", "unknown"}
_REVIEWED = {"approved", "awaiting review", "returned", "timed out", "rejected", "screened out", "partially approved"}
# an "inactive" flag (a volunteer, a requester, an account) is often stale: a login says otherwise
_WEAK_LAPSE = re.compile(r"\b(?:inactive|deactivated|dormant|on break|paused|terminated)\b")


# a CRM record's type, what the business is to the person ("Type", "Contact Type", "Account Type"),
# read as a status only where every value is such a relationship (not "Permit type: Business")
_RELATIONSHIP_COLUMN = re.compile(r"^(?:(?:account|contact|customer|client|company|relationship|record)\s)?type$")
_RELATIONSHIP = re.compile(r"^(?:(?:current|existing|active|paying|former|past|ex|churned|lost|potential|prospective|"
                           r"direct|channel|key)\s)?(?:customer|client)(?:\s(?:churned|lost|direct|channel))?$|"
                           r"^(?:prospect|lead|partner|channel partner|reseller|competitor|vendor|supplier|investor|"
                           r"press|analyst|integrator|other|internal|trial|churned)$")


def _relationship(value: str) -> str:
    return re.sub(r"[\s_\-/]+", " ", in_english(value.strip()).lower()).strip()


def _relationship_word(value: str) -> str | None:
    """What a CRM type says of use: a former customer has lapsed, a prospect or lead never bought;
    a customer, a trial (the account's, not the person's use of it), a partner or "Other" say
    nothing of how they use it."""
    v = _relationship(value)
    if re.search(r"\b(?:former|past|ex|churned|lost)\b", v):
        return "lapsed"
    if re.search(r"\b(?:prospect|prospective|potential|lead)\b", v):
        return "never_activated"
    return None


# a CRM's lifecycle stage (HubSpot's "Lifecycle Stage", its property "lifecyclestage"): every stage before
# "Customer" is someone who has not bought yet, however far the sales team has got with them ("Subscriber",
# "Marketing Qualified Lead" or "MQL", "Sales Qualified Lead" or "SQL", "Opportunity"), read as "Lead" is;
# "Customer" and "Evangelist" are customers, and "Other" says nothing of use. Read only in such a column:
# elsewhere a "subscriber" pays for the product
_LIFECYCLE_COLUMN = re.compile(r"^(?:hs\s)?lifecycle\s?stage$|^lifecycle$")
_NOT_BOUGHT_STAGE = re.compile(r"^(?:subscriber|(?:marketing|sales)\s?qualified\s?lead|mql|sql|opportunity|"
                               r"open\s?deal)$")


def _lifecycle_word(col: str, value: str) -> str | None:
    """What a lifecycle stage says of use where it is one of the stages before a purchase (never
    activated), else None (``_status_word`` reads the rest: "Lead", "Former customer")."""
    if not _LIFECYCLE_COLUMN.match(_words(col)):
        return None
    v = re.sub(r"[\s_\-]+", " ", in_english(value.strip()).lower()).strip()
    return "never_activated" if _NOT_BOUGHT_STAGE.match(v) else None


def relationship_columns(people: list[Participant]) -> list[str]:
    """The roster's CRM type columns ("Type": Customer, Former Customer, Prospect)."""
    keys = [k for k in dict.fromkeys(k for p in people for k in p.attributes)
            if _RELATIONSHIP_COLUMN.match(_words(k)) and not _THEIR_ORGANISATION.match(k.strip())]
    out = []
    for k in keys:
        values = {_relationship(p.attributes[k]) for p in people if present(p.attributes.get(k))}
        if values and all(_RELATIONSHIP.match(v) for v in values) and any(re.search(r"\b(?:customer|client)\b", v)
                                                                          for v in values):
            out.append(k)
    return out


def usage_status_columns(people: list[Participant]) -> list[str]:
    """The roster's status columns that are about using the product: not one that follows
    recruiting for research in any of its rows; a "state" column holding subscription states;
    then a CRM's type of record where it is a customer's, a former customer's or a prospect's."""
    keys = list(dict.fromkeys(k for p in people for k in p.attributes))
    states = [k for k in keys if re.fullmatch(r"(?:subscription\s)?state", _words(k)) and not form_metadata(k)
              and all(re.sub(r"[_\-]+", " ", p.attributes[k].strip().lower()) in _SUBSCRIPTION_STATES
                      for p in people if present(p.attributes.get(k)))
              and any(present(p.attributes.get(k)) for p in people)]

    def says(c: str) -> set[str]:
        """What the column says, in English words, over the roster (empty cells aside)."""
        return {re.sub(r"[_\-]+", " ", in_english(p.attributes[c].strip())) for p in people if present(p.attributes.get(c))}

    # a file's "Situation" (a benefits agency's actif, suspendu, radié; a Brazilian ERP's "Situação"),
    # where every value is an account's state: not a family's or a job's situation
    states += [k for k in keys if re.fullmatch(r"situation|situacion|situacao|situazione", _words(k))
               and says(k) and says(k) <= _ACCOUNT_STATES]
    return [c for c in STATUS.columns(keys) + states
            # (a lifecycle stage's "Sales Qualified Lead" is the sales team's word, not a screener's)
            if (_LIFECYCLE_COLUMN.match(_words(c)) or not any(_RECRUITING.search(value) for value in says(c)))
            and not says(c) <= _NOT_USE_STATES
            and not {v.lower() for v in says(c)} & _CREDIT_STATES
            and not (says(c) <= _SUBMISSION_STATES and says(c) & _REVIEWED)
            # Spanish and Portuguese "Estado" is a status, or the state of a country ("Jalisco", "Minas
            # Gerais") where none of its values is one
            and not (re.fullmatch(r"estado", fold(c).strip().lower())
                     and not any(_status_word(v) or _GENERIC_ACTIVE.search(v) for v in says(c)))] \
        + relationship_columns(people)


def _signed_up(p: Participant, date_order: str) -> dt.date | None:
    """When they signed up, where the roster says and the date reads (it is not checked at import)."""
    col = SIGNUP.find(p.attributes)
    try:
        return parse_date(p.attributes[col], col, p.pid, date_order) if col else None
    except InputError:
        return None


def signed_up_on(attrs: dict[str, str]) -> str | None:
    """The person's sign-up column with a value, where it dates their joining itself ("Data rejestracji",
    "signup_date", a database's "created_at"), not only the making of a CRM's record ("Created Date")."""
    col = SIGNUP.find(attrs)
    return None if col is None or (re.fullmatch(_RECORD_CREATED, _words(col)) and _col_key(col) not in SIGNUP.names) \
        else col


def lifetime_count(p: Participant) -> tuple[str | None, float | None]:
    """The column of a count over their whole time with the product ("Total Orders", "num_sessions")
    and what it says, where the roster has one with a value for this person."""
    col = LIFETIME.find(p.attributes)
    if col is None:
        return None, None
    try:
        return col, _counted(p.attributes[col])
    except InputError:  # named, as a count read for everyone is checked when the roster comes in
        raise InputError(f"participant {p.pid}, column {col!r}: {p.attributes[col]!r} is not a number") from None


def typical_lifetime_count(people: list[Participant]) -> float | None:
    """The median of the roster's counts over their whole time ("Total Orders", a named "Sipariş
    Sayısı") above none, where at least five people have one: a count with no sign-up date is read
    beside it (more than most is frequent); None where too few are counted to compare."""
    said = []
    for p in people:
        try:
            n = lifetime_count(p)[1]
        except InputError:  # (refused, naming it, where the person's usage is read)
            continue
        if n:
            said.append(n)
    return statistics.median(said) if len(said) >= 5 else None


def _days(n: int) -> str:
    return f"{n} day{'' if n == 1 else 's'}"


def _none_since(p: Participant, first: dt.date | None, today: dt.date) -> list[str]:
    """The count columns (visits or the product's own things, not events) that say none for this
    person, where one of them counts over a window holding all their time since they signed up
    ("orders_30d": 0 from someone who signed up four days ago); empty where any says some."""
    if first is None or (today - first).days < 0:
        return []
    visits, things, _ = _count_kinds(COUNTS.columns(list(p.attributes)))
    said: list[tuple[str, float]] = []
    for col in visits + things + TIME_SPENT.columns(list(p.attributes)):
        value = p.attributes.get(col)
        try:
            n = _counted(value) if value and present(value) else None
        except InputError:
            return []  # (refused, naming it, where the rate is read)
        if n is not None:
            said.append((col, n))
    tenure = (today - first).days
    if not said or any(n for _, n in said) or not any(tenure <= round(30 / _per_month(c)) for c, _ in said):
        return []
    return [c for c, _ in said]


def _things_counted(p: Participant) -> list[str]:
    """The count columns of the product's own things (orders, trips, lessons: not visits, not events)
    that count more than one: use, whenever the last login was (one is what trying it makes, a first
    lesson booked while setting it up)."""
    _, things, _ = _count_kinds(COUNTS.columns(list(p.attributes)))
    out = []
    for col in things:
        value = p.attributes.get(col)
        try:
            if value and present(value) and _counted(value) > 1:
                out.append(col)
        except InputError:
            continue  # (refused, naming it, where the rate is read)
    return out


def used_since(p: Participant, last: dt.date, today: dt.date) -> list[str]:
    """The count or time columns over a period (visits, the product's own things, time in it: not
    events) that say some use within a window shorter than the time since ``last``, the person's last
    date of use: "minutes_read_30d": 12 beside a last login 92 days ago. The two contradict each
    other: a login that stays open makes the date old, a usage table synced months ago the count."""
    visits, things, _ = _count_kinds(COUNTS.columns(list(p.attributes)))
    out = []
    for col in visits + things + TIME_SPENT.columns(list(p.attributes)):
        value = p.attributes.get(col)
        try:
            n = _counted(value) if value and present(value) else None
        except InputError:
            continue  # (refused, naming it, where the rate is read)
        # (a period in months is the calendar's: "12 mo" is 365 days, not 12 × 30, so a last use 362
        # days ago is the one use a year counts)
        window = 30 / _per_month(col)
        if n and (window * 365.25 / 360 if window >= 28 else window) < (today - last).days:
            out.append(col)
    return out


def none_since(p: Participant, last: dt.date, today: dt.date) -> list[str]:
    """The count columns over a period (visits, the product's own things) that say none within a window
    that holds ``last``, the person's last date of use, well inside it (in its first half: a sync a few
    days late is no contradiction): "Rides (Last 30 Days)": 0 beside a last ride 12 days ago."""
    visits, things, _ = _count_kinds(COUNTS.columns(list(p.attributes)))
    out = []
    for col in visits + things:
        value = p.attributes.get(col)
        try:
            n = _counted(value) if value and present(value) else None
        except InputError:
            continue
        if n == 0 and 0 <= (today - last).days <= 30 / _per_month(col) / 2:
            out.append(col)
    return out


def time_spent(p: Participant) -> tuple[str | None, float | None]:
    """The person's time in the product over a period (TIME_SPENT) and its column; None where
    the roster has none for them, or writes it in a way not read as a number ("1:30")."""
    col = TIME_SPENT.find(p.attributes)
    try:
        return col, _counted(p.attributes[col]) if col else None
    except InputError:
        return col, None


def _lifetime_rate(p: Participant, since: dt.date | None, today: dt.date) -> float | None:
    """Uses a month from a count since they started ("num_sessions": 38) and when they started,
    over a month at least."""
    _, total = lifetime_count(p)
    if total is None or since is None or since > today:  # (a day to come is no start: a Buddhist-Era year read as CE)
        return None
    return total / max((today - since).days / 30.4, 1.0)


def as_usage_columns(people: list[Participant], columns: list[str]) -> dict[str, str]:
    """Columns a researcher named as the ones that say usage (``--usage-from``), each with a name
    the usage rules read it by: its own when they already do, else one that says what its values
    are — dates a last use ("last used"), numbers a count (over the period its name gives, or, with
    none, over their whole time with the product: "Total Orders" is no number a month), words a
    status."""
    out: dict[str, str] = {}
    totals = iter(("total sessions", "total visits", "total logins", "total opens"))
    for col in columns:
        values = [p.attributes[col].strip() for p in people if present(p.attributes.get(col))]
        # (nine in ten values of one kind: a stray typo is then refused when it is read, naming it)
        if values and sum(count_or_none(v) is not None for v in values) >= 0.9 * len(values) \
                and not any(role.columns([col]) for role in (LABEL, DAYS_SINCE)):
            # a count the researcher names is a count of use, whatever it counts and over any period
            # (a year of permit renewals too); with no period, a count of their whole time
            if LIFETIME.columns([col]):
                out[col] = col
            elif not re.search(_PERIOD, _words(col)) and not re.search(_LONG_PERIOD, _words(col)):
                out[col] = next(totals, col)
            else:
                days = round(30 / _per_month(col))
                out[col] = f"sessions last {days} days" if days != 30 else "sessions per month"
        elif any(role.columns([col]) for role in (LABEL, STATUS, SELF_REPORT, LAST_ACTIVE, COUNTS, DAYS_SINCE)) \
                or not values or signup_named(col):
            # (a sign-up date named with them keeps its name: read as when they signed up, the start
            # a count is read from, never as the day of their last use)
            out[col] = col
        elif sum(_either_way(v) is not None or bool(_no_such_day(v, DAY_FIRST)) for v in values) >= 0.9 * len(values):
            out[col] = "last used" if "last used" not in out.values() else f"last used {len(out)}"
        else:
            out[col] = "usage status"
    for col in signed_up_by_dates(people, out):
        out[col] = "signup_date"
    return out


def signed_up_by_dates(people: list[Participant], named: dict[str, str]) -> dict[str, str]:
    """Of the date columns named in --usage-from (``named``: as ``as_usage_columns`` reads them), the
    one whose name no rule reads that is never after another's date on a row where both are filled,
    and before it on most ("תאריך הצטרפות" beside "כניסה אחרונה"): when they signed up, not a last
    use. Column → the column it is never after. (The later one is no day still to come: a renewal's
    day is not a use.)"""
    # (given ``as_usage_columns``'s own answer, the column it read so already)
    unknown = [c for c, as_ in named.items() if as_.startswith("last used") or as_ == "signup_date" != c]
    dated = [*unknown, *(c for c, as_ in named.items() if c not in unknown and LAST_ACTIVE.columns([as_]))]
    if not unknown or len(dated) < 2:
        return {}
    today = dt.date.today()
    out: dict[str, str] = {}
    for early in unknown:
        for late in (c for c in dated if c != early):
            pairs = [(p.attributes[early].strip(), p.attributes[late].strip()) for p in people
                     if present(p.attributes.get(early)) and present(p.attributes.get(late))]
            if len(pairs) < 3:
                continue
            readings = []
            for order in (DAY_FIRST, MONTH_FIRST):
                try:
                    readings.append([(parse_date(a, early, "", order), parse_date(b, late, "", order))
                                     for a, b in pairs])
                except InputError:
                    continue
            if readings and all(all(a <= b for a, b in days) and 2 * sum(a < b for a, b in days) > len(days)
                                and all(b <= today for _, b in days) for days in readings):
                out[early] = late
                break
    return out


def signup_named(column: str) -> bool:
    """Whether a column named in --usage-from is a sign-up date ("registered_at", "created_at",
    "signup_date"): it says when they joined, never when they last used the product."""
    return bool(SIGNUP.columns([column])) and not any(
        role.columns([column]) for role in (LABEL, STATUS, SELF_REPORT, LAST_ACTIVE, COUNTS, DAYS_SINCE, LIFETIME))


def _either_way(value: str) -> dt.date | None:
    """A date read day-first, else month-first; None when it is neither (for a column whose order
    no other value settles: a day and a month swapped do not change what it says here)."""
    for order in (DAY_FIRST, MONTH_FIRST):
        try:
            return parse_date(value, "", "", order)
        except InputError:
            continue
    return None


def _ended_by(value: str, today: dt.date) -> bool:
    """Whether a date is on or before ``today`` read day-first and month-first alike (where both read):
    "12/01/2026" is past only where both 12 January and 1 December are."""
    days = []
    for order in (DAY_FIRST, MONTH_FIRST):
        try:
            days.append(parse_date(value, "", "", order))
        except InputError:
            continue
    return bool(days) and all(d <= today for d in days)


def last_active_column(people: list[Participant]) -> str | None:
    """The roster's last-active column, the strongest it has: one column for everyone, so an
    empty "Last login" is not filled from a CRM's "Last Activity Date"."""
    keys = list(dict.fromkeys(k for p in people for k in p.attributes))
    found = LAST_ACTIVE.columns(keys)
    if not found:
        return None

    def tier(col: str) -> int:
        return next((i for i, pattern in enumerate(LAST_ACTIVE.loose)
                     if any(re.search(pattern, w) for w in _name_forms(col))), 0)

    # of two as strong ("Last login" of a help desk's portal, "Slotwise last login"), the one
    # most people have a value in
    best = [c for c in found if tier(c) == min(tier(c) for c in found)]
    return max(best, key=lambda c: (sum(present(p.attributes.get(c)) for p in people), -best.index(c)))


def _per(rate: float) -> str:
    """A rate as a reason says it: "12", "3.6" (not "4" for a 3.6 that is under a threshold of 4)."""
    return f"{rate:.0f}" if abs(rate - round(rate)) < 0.05 else f"{rate:.1f}"


# a subscription that delivers on a schedule (Recharge's order_interval_unit "week" beside its
# charge_interval_frequency 2, a meal kit's "Delivery frequency: Every 2 weeks"): while it is active,
# each delivery is a use of the product at the rate the schedule gives, which a last-active date (a
# marketing tool's "Last Active" is email engagement) does not overrule; and a pause stops it
_SCHEDULE_COLUMN = re.compile(r"^(?:order|delivery|shipping|shipment|box)\s(?:interval|frequency|schedule|cadence)"
                              r"(?:\s(?:unit|frequency|count|number))?$")
_CHARGE_EVERY = re.compile(r"^charge\sinterval\s(?:frequency|count|number)$")
_UNIT_DAYS = {"day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.4, "year": 365.0}
_EVERY = re.compile(r"^(?:every\s)?(?:(\d{1,3})\s)?(day|week|fortnight|month|year)s?$")
_ADVERB = {"daily": (1, "day"), "weekly": (1, "week"), "fortnightly": (2, "week"), "biweekly": (2, "week"),
           "monthly": (1, "month"), "bimonthly": (2, "month"), "quarterly": (3, "month")}


def delivery_columns(keys: list[str]) -> list[str]:
    """The roster's columns of an order or delivery schedule (``delivery_rate``), where it has one."""
    cols = [k for k in keys if _SCHEDULE_COLUMN.match(_words(k))]
    return cols + [k for k in keys if _CHARGE_EVERY.match(_words(k))] if cols else []


def delivery_rate(attrs: dict[str, str]) -> tuple[float, str] | None:
    """Deliveries a month by the row's order or delivery schedule, and its cells in the row's words;
    None where the row gives no such schedule, or one that does not read."""
    cols = [c for c in attrs if _SCHEDULE_COLUMN.match(_words(c)) and present(attrs[c])]
    if not cols:
        return None
    charge = [c for c in attrs if _CHARGE_EVERY.match(_words(c)) and present(attrs[c])]
    every: int | None = None
    unit: str | None = None
    used: list[str] = []
    for col in cols + charge:  # (the order's own interval before the charge's)
        v = re.sub(r"[_\-]+", " ", in_english(attrs[col].strip()).lower())
        m = _EVERY.match(v)
        n_unit = (int(m.group(1)) if m.group(1) else None, m.group(2)) if m else _ADVERB.get(v)
        if v.isdigit() and every is None:
            every, used = int(v), used + [col]
        elif n_unit and unit is None and col in cols:
            unit, used = n_unit[1], used + [col]
            if n_unit[0] is not None and every is None:
                every = n_unit[0]
    if unit is None or every == 0:
        return None
    said = "; ".join(f"{c}: {attrs[c].strip()}" for c in dict.fromkeys(used))
    return 30.4 / ((every or 1) * _UNIT_DAYS[unit]), said


def _ended_on(attrs: dict[str, str], today: dt.date, date_order: str) -> str:
    """"; cancelled_at: 08/02/2026 (293 days before 2026-11-28)" where the row dates the end: how long
    ago a lapse was, for a plan that wants the recent ones; empty where it does not, or does not read."""
    col = ENDED.find(attrs)
    if col is None:
        return ""
    value = attrs[col].strip()
    for order in dict.fromkeys((date_order, DAY_FIRST, MONTH_FIRST)):
        try:
            day = parse_date(value, col, "", order)
        except InputError:
            continue
        return f"; {col}: {value} ({_days((today - day).days)} before {today.isoformat()})" \
            if 0 <= (today - day).days else ""
    return ""


def _ended_before_counts(attrs: dict[str, str], today: dt.date, date_order: str) -> bool:
    """Whether the row dates the end of its subscription before every count's window began ("Raskinut",
    "Datum raskida" four months ago, "Calls (last 30 days)": 0): a zero then says nothing of their use before it."""
    col, cols = ENDED.find(attrs), COUNTS.columns(list(attrs))
    if col is None or not cols or not present(attrs.get(col)):
        return False
    for order in dict.fromkeys((date_order, DAY_FIRST, MONTH_FIRST)):
        try:
            day = parse_date(attrs[col].strip(), col, "", order)
        except InputError:
            continue
        return all((today - day).days >= 30 / _per_month(c) for c in cols)
    return False


def usage_of(p: Participant, today: dt.date, lapsed_after_days: int, frequent_per_month: float,
             date_order: str = DAY_FIRST, last_col: str | None = None, counted: bool = False,
             status_cols: list[str] | None = None) -> str:
    return usage_and_why(p, today, lapsed_after_days, frequent_per_month, date_order, last_col, counted,
                         status_cols)[0]


def usage_and_why(p: Participant, today: dt.date, lapsed_after_days: int, frequent_per_month: float,
                  date_order: str = DAY_FIRST, last_col: str | None = None, counted: bool = False,
                  status_cols: list[str] | None = None, typical_total: float | None = None) -> tuple[str, str]:
    """The usage segment and what decided it (``_usage_and_why``); a lapse with the day the row
    dates the end ("Churn date", "cancelled_at") with how long ago it was, whatever decided it (a
    count of none, a last date, an ended status): a plan that wants last quarter's churners needs it."""
    segment, why = _usage_and_why(p, today, lapsed_after_days, frequent_per_month, date_order, last_col,
                                  counted, status_cols, typical_total)
    ended = ENDED.find(p.attributes) if segment == "lapsed" else None
    if ended and f"{ended}: " not in why:
        why += _ended_on(p.attributes, today, date_order)
    return segment, why


# a pay-as-you-go device's account (Angaza, a solar home system or a cooker paid off in instalments): the
# days it has been locked for non-payment ("Days Disabled"), and its states
_DAYS_LOCKED = re.compile(r"^(?:days?\s(?:disabled|locked|switched\soff|in\sarrears|late)|(?:disabled|locked)\sdays|"
                          r"days?\ssince\s(?:disabled|locked))$")
_PAYG_ENDED = re.compile(r"^(?:repossessed|written\soff|write\soff|returned|recovered|detached|defaulted)\b")
_PAYG_PAID_OFF = re.compile(r"^(?:unlocked|paid\soff|fully\spaid|completed|owned)\b|\bpaid\soff\b")
_PAYG_LOCKED = re.compile(r"^(?:disabled|locked|switched\soff|off)\b")


def _pay_as_you_go(attrs: dict[str, str]) -> tuple[str, str] | None:
    """What a pay-as-you-go account's state says of the device's use, where the row is one (it counts
    the days the device was locked, or its state is one only such a device has: "Unlocked", "Repossessed"):
    repossessed or written off, it is gone (lapsed); paid off and unlocked, it is theirs and works with no
    payments, so a count of payments says nothing of use (no usage value, named); locked for 30 days or
    more, no use in the last 30 (lapsed), for fewer, some (occasional), never frequent. Else None (an
    enabled device: its payments say how often it is topped up, as any count does)."""
    days_col = next((c for c in attrs if _DAYS_LOCKED.match(_words(c))), None)
    for col in STATUS.columns(list(attrs)):
        raw = attrs[col].strip()
        v = " ".join(re.sub(r"[^\w\s]", " ", in_english(raw).lower()).split())
        if not v or not (days_col or re.match(r"^(?:unlocked|repossessed)\b", v)):
            continue
        said = f"{col}: {raw}"
        if _PAYG_ENDED.match(v):
            return "lapsed", f"{said}, an ended pay-as-you-go account"
        if _PAYG_PAID_OFF.search(v):
            return UNKNOWN, f"{said}: paid off, the device is theirs, so payments say nothing of its use"
        if _PAYG_LOCKED.match(v):
            days = re.fullmatch(r"\d+", attrs.get(days_col, "").strip()) if days_col else None
            if days is None:
                return "occasional", f"{said}, locked for non-payment for days the roster does not give"
            locked = f"{said}; {days_col}: {days.group(0)}"
            return ("lapsed", f"{locked}, no use in the last 30 days") if int(days.group(0)) >= 30 \
                else ("occasional", f"{locked}, locked for part of the last 30 days")
    return None


def _usage_and_why(p: Participant, today: dt.date, lapsed_after_days: int, frequent_per_month: float,
                   date_order: str = DAY_FIRST, last_col: str | None = None, counted: bool = False,
                   status_cols: list[str] | None = None, typical_total: float | None = None) -> tuple[str, str]:
    """The usage segment and what decided it, in the roster's own words ("Status: canceled";
    "Last login: 2026-07-02"), so a researcher can check a label against the row.

    ``last_col``: the roster's last-active column (last_active_column); empty for a person,
    with a count of zero where the roster counts use (``counted``), it says they have never used
    the product (an empty count is a lookup that found nothing, not a zero). ``status_cols``:
    the roster's status columns about use (usage_status_columns); by default every status column.
    ``typical_total``: the roster's median count over their whole time (``typical_lifetime_count``), what a
    count with no sign-up date to read it by is compared with."""
    attrs = p.attributes

    def cite(*cols: str | None) -> str:
        return "; ".join(f"{c}: {attrs[c].strip()}" for c in dict.fromkeys(cols) if c and present(attrs.get(c)))

    label = LABEL.find(attrs)
    if label and _status_word(attrs[label]):
        return _status_word(attrs[label]) or UNKNOWN, cite(label)
    payg = _pay_as_you_go(attrs)
    if payg:
        return payg
    unregistered = not_registered(attrs)
    if unregistered:
        # never signed up: never took it up, whatever else the row says (a plan names them apart from
        # those who signed up and never got going, a group a study may want alone)
        return "never_activated", f"{cite(unregistered)}{NOT_SIGNED_UP}"
    status, generic_active, weak, trial_plan = None, False, False, False
    before_sale: tuple[str, str] | None = None
    status_col: str | None = None
    active_col: str | None = None
    for col in STATUS.columns(list(attrs)) if status_cols is None else [c for c in status_cols if c in attrs]:
        if present(attrs[col]):
            # (a CRM's "Type: Current Customer" is no sign of use, as a plain "active" status is)
            kind = bool(_RELATIONSHIP_COLUMN.match(_words(col)))
            # (a sales stage before the purchase, "Opportunity", only where no other status says more:
            # the product's own "App user status: Trial" outweighs the CRM's)
            stage = None if kind or status is not None or before_sale else _lifecycle_word(col, attrs[col])
            if stage:
                before_sale = (stage, col)
            said = (_relationship_word(attrs[col]) if kind else _status_word(attrs[col])) \
                if status is None and not stage else None
            if said:
                status, status_col, weak = said, col, bool(_WEAK_LAPSE.search(in_english(attrs[col])))
                trial_plan = trial_plan or bool(re.search(r"\btrial", in_english(attrs[col]).lower()))
            if not generic_active and not kind and _GENERIC_ACTIVE.search(in_english(attrs[col])):
                generic_active, active_col = True, col
    if status is None and before_sale:
        status, status_col = before_sale
    # a plan that is the trial itself ("Plano: Trial") says what a trialing status says, and one
    # that has ended ("Plan: Cancelled") what an ended subscription says
    plan_cols = [c for c in attrs if re.search(r"\b(?:plan|tier)(?:\s(?:type|name))?$", _words(c))]  # "tier": Free
    plans = [in_english(attrs[c].strip()) for c in plan_cols]
    trial_plan = trial_plan or any(re.fullmatch(r"(?:free\s)?trial(?:ing)?(?:\splan)?", v) for v in plans)
    if status is None and any(re.fullmatch(r"cancell?ed|churned|expired", v) for v in plans):
        status, status_col = "lapsed", plan_cols[0]
    first = _signed_up(p, date_order)
    rate = monthly_rate(p, (today - first).days if first is not None else None, yearly_things_are_use(last_col))
    # events, clicks, page views alone: some say they were there within the window, not how often
    # they came (the sign-up itself makes a handful); none says none, as any count does
    within = counts_within_visits_only(p)
    there = bool(within) and bool(rate)
    if there:
        rate = None
    over_life = False  # a rate from a count of their whole time, not of a recent period
    if rate is None:
        rate = _lifetime_rate(p, first, today)
        over_life = rate is not None
    total_col, total = lifetime_count(p)
    counts = cite(*COUNTS.columns(list(attrs))) or cite(total_col)
    spent_col, spent = time_spent(p)
    if rate is None and spent == 0:
        rate, counts = 0.0, cite(spent_col)  # no time in it over the period: no use then, whenever they last logged in
    last: dt.date | None = None
    used_on = attrs.get(last_col) if last_col and present(attrs.get(last_col)) \
        and not _NEVER.match(in_english(attrs[last_col].strip())) else None
    if last_col and used_on is not None:
        ago = days_ago(used_on)
        last = today - dt.timedelta(days=ago) if ago is not None else parse_date(used_on, last_col, p.pid, date_order)
        if last.year <= 1970:  # "1970-01-01": a tool's placeholder for never
            last = None
    if over_life and first is not None and last is not None and 0 <= (last - first).days <= 1 \
            and (today - first).days < 28 and total is not None and total <= 1:
        # one visit in all, the day they signed up, under four weeks ago: the count is that visit,
        # no rate a month ("total_sessions: 1" five days in is not "about 1 a month")
        rate, over_life = None, False
    # (an empty CRM "Last Activity Date" or a domain column says nothing about never using it)
    own_record = last_col is not None and not re.fullmatch(r"last activity(?: date| time| at| on)?", _words(last_col))
    # (a count of their whole time above none says they used it once: none of late is a lapse)
    never_used = own_record and last is None and (rate == 0 if counted else not rate) and not total
    # none in all their time ("Total Orders": 0, a shop's customer who never bought), and no date of use
    never_used = never_used or (total == 0 and last is None and not rate)
    if trial_plan and status is None and (last is None or (today - last).days > 7):
        status = "never_activated"  # (on the trial and in it this week: trying it now)
        status_col = next(c for c in plan_cols if re.search(r"\btrial", in_english(attrs[c]).lower()))
    # the product's own record says, in words, that they never used it ("Never", "nunca acessou")
    said_never = last_col is not None and present(attrs.get(last_col)) and used_on is None
    schedule = delivery_rate(attrs) if status_col or generic_active else None
    # (unless a count over a recent period says none, as the flag does, its last use before that period: a
    # "Dormant" wallet with no transactions in the last 30 days, its last one 88 days ago, is lapsed as every other
    # dormant one, not an occasional user; a last use within the period the count says none of contradicts it)
    # (a label of disuse, "Dormant", "Inactive"; not a pause the customer chose, "Paused (seasonal)", "On break",
    # whose recent use says they are still users)
    none_since = rate == 0 and not over_life and last is not None and status_col is not None \
        and bool(re.search(r"\b(?:inactive|dormant)\b", in_english(attrs[status_col]))) and all(
        (today - last).days > 30 / _per_month(c) for c in COUNTS.columns(list(attrs)) if present(attrs.get(c)))
    if status == "lapsed" and weak and schedule is None and last is not None \
            and (today - last).days <= lapsed_after_days and not none_since:
        # marked inactive, yet they log in: the behaviour says more than the flag; not where a count over
        # the last month says none and the last use is older ("Status: Inactive", "Rides (Last 30 Days)": 0,
        # a last ride 61 days ago, ``none_since``): the behaviour agrees with the flag, lapsed by the app's own word
        status = None
    if status == "lapsed" and any(re.fullmatch(r"free(?:\s(?:plan|tier|version))?", v) for v in plans):
        status = None  # a paid subscription cancelled, back on the free plan: the use says the rest
    if status == "lapsed":
        # a trial cancelled before anyone logged in never got going
        return ("never_activated", cite(status_col, last_col, total_col) or cite(status_col) + "; never used") \
            if never_used and not (total is None and _ended_before_counts(attrs, today, date_order)) \
            else ("lapsed", cite(status_col) + _ended_on(attrs, today, date_order))
    if schedule is not None and status is None and generic_active:
        # an active subscription delivering on its schedule: each delivery is use, whatever an
        # engagement date says
        return ("frequent" if schedule[0] >= frequent_per_month else "occasional"), \
            f"{cite(active_col)}; about {_per(schedule[0])} deliveries a month ({schedule[1]})"
    activated = ACTIVATED.find(attrs)
    said = SELF_REPORT.find(attrs)
    if status == "never_activated" or activated and re.match(r"(?i)^(?:no|n|false|0)$", attrs[activated].strip()):
        if rate is not None and rate >= frequent_per_month:
            return "frequent", counts
        # on a trial with no record of use at all: what they say of their use is the only evidence of it
        told = _status_word(attrs[said]) if trial_plan and said and not activated and last is None and rate is None \
            else None
        return (told, cite(status_col, said)) if told in ("frequent", "occasional") \
            else ("never_activated", cite(status_col or activated))
    unfinished = next((c for c in attrs if _PROFILE_DONE.match(_words(c)) and _NO.match(attrs[c].strip())), None)
    if unfinished and (last is None or first is not None and 0 <= (last - first).days <= 7) \
            and not (rate and rate >= frequent_per_month):
        # never finished their profile, and not seen after their first week: they never got going
        return "never_activated", cite(unfinished, last_col, total_col)
    if first is not None and last is not None and 0 <= (last - first).days <= 1 and (today - last).days > 14 \
            and not _PURCHASE.search(_words(last_col or "")) and not _things_counted(p):
        # tried it the day they signed up (or the next), and not since (a first order is use, and so are
        # the product's things counted beyond what a try makes: "Orders 30d": 2 from a shop two weeks in)
        return "never_activated", cite(last_col) + (
            ", the day they signed up" if last == first else f", the day after they signed up ({cite(SIGNUP.find(attrs))})"
        ) + ", and not since"
    if total == 0 and not rate and last is not None:
        # none of the product's things in all their time ("Total Orders": 0), though they log in:
        # signed up and looked, never got going (a shop's "registered but never bought")
        return "never_activated", f"{cite(total_col)} in all their time, though {cite(last_col)}"
    zero = _none_since(p, first, today)
    if zero and first is not None and (last is None or (last - first).days <= 1):
        # a count over a window that holds all their time since they signed up is a count of all
        # their time: none, and not seen after the day they signed up, is never (they came to sign
        # up, and did nothing of it); seen since, they came back
        return "never_activated", (f"{cite(*zero)} since they signed up ({cite(SIGNUP.find(attrs))}, "
                                   f"{_days((today - first).days)} before {today.isoformat()})")
    since = DAYS_SINCE.find(attrs)
    if last is None and since:
        last = today - dt.timedelta(days=number(attrs[since], since, p.pid))
    if last is not None and (today - last).days > lapsed_after_days:
        # a count or time over a shorter period that says some use contradicts the date; the date
        # decides (the count may be a stale sync, a login that stays open the date), named with both
        recent = used_since(p, last, today)
        return "lapsed", f"{cite(last_col or since)} ({_days((today - last).days)} before {today.isoformat()})" + (
            f", though {cite(*recent)}" if recent else "")
    if rate is not None:
        # (not seen for twice the gap a frequent user leaves, 15 days at 4 a month: whatever the
        # count says, not a frequent user now; never under a week, as a weekend or a few days off
        # leave a gap in daily use too: at --frequent 100 a driver's trip of yesterday is no lapse)
        if rate >= frequent_per_month and (last is None or (today - last).days <= max(2 * 30.4 / frequent_per_month, 7)):
            return "frequent", f"about {_per(rate * 12)} a year since {first.isoformat()} ({counts})" \
                if over_life and first is not None and rate < 1 else f"about {_per(rate)} a month ({counts})"
        if never_used:
            # an account (a seat, a paid plan) nobody has logged in to
            return "never_activated", counts + (f"; {cite(last_col) or 'no ' + last_col}" if last_col else "")
        if rate >= 1 or last is not None or generic_active:
            why = f"about {_per(rate)} a month ({counts})" if rate >= 1 else f"{counts}, yet " + (
                f"seen within {lapsed_after_days} days ({cite(last_col or since)})" if last is not None
                else cite(status_col or None) or "active")
            if 0 < rate < 1 and last is not None:  # (a few, and seen lately: the two agree, no "yet")
                why = f"about {_per(rate)} a month ({counts}), seen within {lapsed_after_days} days " \
                      f"({cite(last_col or since)})"
            if rate >= frequent_per_month and last is not None:  # a frequent count, but not seen of late
                why += f", but {cite(last_col or since)} ({_days((today - last).days)} before {today.isoformat()})"
            if over_life and first is not None and 0 < rate < 1:
                # under once a month over their whole time (a furniture shop's 14 orders in four years):
                # the rate said a year, as the --frequent it is measured against needs it
                why = f"about {_per(rate * 12)} a year since {first.isoformat()} ({counts})" + (
                    f", seen within {lapsed_after_days} days ({cite(last_col or since)})" if last is not None else "")
            return "occasional", why
        joined = SIGNUP.find(attrs)
        if joined and not total and not rate and (first is None or (today - first).days <= lapsed_after_days):
            # none counted from someone who signed up too recently to have lapsed: never got going
            return "never_activated", cite(joined) + "; " + counts
        if joined and not total and first is not None and (today - first).days > lapsed_after_days:
            # none of late from someone who has had it for long (a customer since 2021): whether they
            # ever used it the count does not say, that they do not now it does; the weaker reading
            return "lapsed", (f"{counts}, from someone with it since {first.isoformat()} ({cite(joined)}, "
                              f"{_days((today - first).days)} before {today.isoformat()}): none of late")
        # (under once a month over their whole time, and no date of use to say they still do)
        return "lapsed", f"about {_per(rate)} a month since {first.isoformat()} ({counts})" if over_life and first \
            else cite(*dict.fromkeys(c for c in (*COUNTS.columns(list(attrs)), total_col) if c))
    if total == 0 and never_used:
        # never, by the count of their whole time: a screener answer or a plain "active" says less
        return "never_activated", cite(total_col) + (f"; no {last_col}" if last_col else "")
    if status:
        return status, cite(status_col)
    if said and _status_word(attrs[said]):
        return _status_word(attrs[said]) or UNKNOWN, cite(said)
    uses = USES_IT.find(attrs)
    if uses and _NO.match(in_english(attrs[uses].strip())) and last is None:
        # "Do you use it?": "No", and no date of use: not a user ("Do you still use it?": no longer one)
        return ("lapsed" if "still" in _words(uses).split() else "never_activated"), \
            cite(uses) + (f"; no {last_col}" if last_col else "")
    if last is not None and used_on is not None and total and typical_total:
        # a count of their whole time with no day they started to read it a month by, from someone
        # seen within the lapsed window: how often, beside the roster's others (more than most:
        # frequent), whatever the date (a furniture shop's 14 orders, the last three weeks ago)
        ago = (today - last).days
        return ("frequent" if total > typical_total else "occasional"), (
            f"{cite(total_col)}: {'more' if total > typical_total else 'no more'} than most on the roster (half "
            f"of those with any have {_per(typical_total)} or fewer; no sign-up date to read it a month by); "
            f"{cite(last_col)} "
            f"({_days(ago)} before {today.isoformat()})")
    if last is not None and used_on is not None and _PURCHASE.search(_words(last_col or "")):
        # a last order alone (a count of them over their life at most) says how recently they
        # bought, not how often: an order yesterday is not a frequent buyer
        ago = (today - last).days
        return "active", (f"{cite(last_col)} ({ago} day{'' if ago == 1 else 's'} before {today.isoformat()}: how "
                          "recently, not how often)" + (f"; {cite(total_col)}" if total_col else ""))
    if last is not None and first is not None and 0 <= (last - first).days <= 1 and (today - first).days <= 14 \
            and used_on is not None:
        # seen the day they signed up, this fortnight: that they came says nothing yet of how often
        return "active", (f"{cite(last_col)}, the day they signed up ({_days((today - first).days)} before "
                          f"{today.isoformat()}): too soon to tell how often")
    if last is not None:
        return ("frequent" if (today - last).days <= 7 else "occasional"), cite(last_col or since)
    if there:
        return "active", f"{counts}: how much they did when there, not how often they came"
    if never_used and (signed_up_on(attrs) or said_never):
        # signed up (or written down as never), and the record of use is empty
        return "never_activated", cite(last_col) or cite(SIGNUP.find(attrs)) + f"; no {last_col}"
    joined = signed_up_on(attrs)
    if generic_active and never_used is False and own_record and joined and first is not None and last is None \
            and used_on is None and rate is None and total is None and (today - first).days >= 0 \
            and not _pays(attrs):
        # "active" says the account is open, not that they use it: with the product's own record of use
        # (a last login) empty for them, and nothing counted, they have not used it since they signed up
        # (not where the row says they pay for it, an MRR or an amount: a paying customer's empty last
        # login is more often a record not synced than no use)
        return "never_activated", (f"{cite(active_col)}, yet no {last_col} since they signed up ({cite(joined)}, "
                                   f"{_days((today - first).days)} before {today.isoformat()})")
    if generic_active:
        # a plain "active" status without numbers or dates: an open account, how often they use it not known
        return "active", cite(*STATUS.columns(list(attrs))) + f" ({ACCOUNT_OPEN})"
    return UNKNOWN, ""


ACCOUNT_OPEN = "an open account: how often they use it is not known"
_MONEY_COLUMN = re.compile(r"\b(?:mrr|arr|unit amount|amount|subtotal|price|fee|monthly revenue|billing amount)\b")


def _pays(attrs: dict[str, str]) -> bool:
    """Whether the row gives an amount they pay above none (Recurly's "unit_amount", ChartMogul's "MRR")."""
    return any(_MONEY_COLUMN.search(_words(c)) and re.search(r"[1-9]", v or "") for c, v in attrs.items())


# a short answer that says, in the person's own words, that they do not use it now ("Which app do you
# use?": "I don't currently use one"; "I no longer use it"; "None - I don't use one"), in any column
_SAYS_NOT_USING = re.compile(
    r"^(?:none\s?[-\u2013,:]?\s?)?(?:i\s)?(?:(?:do not|don't|dont|no longer|am not|'m not)\s"
    r"(?:currently\s|really\s|actually\s)?(?:use|using|have)|(?:have\s)?(?:stopped|never)\s(?:using|used|use)|"
    r"not\s(?:currently\s)?using)(?:\s(?:one|it|any|an app|any app|them|this|that))?"
    r"(?:\s(?:anymore|any more|now|at the moment|currently|at all|yet))?(?:\s\(.*\))?[.!]?$")


def contradicting_answers(p: Participant, today: dt.date, lapsed_after_days: int, frequent_per_month: float,
                          date_order: str = DAY_FIRST, last_col: str | None = None) -> tuple[str, str] | None:
    """Two of the person's usage answers that contradict each other, each cited in the roster's words,
    where one is what they said of themselves: no use ("How often…?": "I no longer use it", or in their
    own words in any answer: "I don't currently use one") beside a use this week, a frequent use said or
    a frequent count; or a frequent use said beside a last use a month old or more (or older than
    ``lapsed_after_days``, if shorter) or a count of none; or, whatever they said, a last date older than
    the lapsed window beside a count or time over a shorter period that says some use (``used_since``:
    "minutes_read_30d": 12, a last login 92 days ago; the date decides), or a count of none over a period beside a
    last date well inside it (``none_since``). Usage follows one of them by the rules' order
    (``usage_and_why``); the other is not seen unless named. ``last_col``: the roster's last-active column
    (last_active_column). None if none do."""
    attrs = p.attributes

    def cite(col: str) -> str:
        return f"{col}: {attrs[col].strip()}"

    said = SELF_REPORT.find(attrs)
    says = _status_word(attrs[said]) if said else None
    no_use = [cite(said)] if says in ("lapsed", "never_activated") else []
    no_use += [cite(c) for c, v in attrs.items() if c != said and present(v) and len(v) <= 80
               and _SAYS_NOT_USING.match(fold(v.strip()).lower().replace("\u2019", "'"))]
    uses = USES_IT.find(attrs)
    no_use += [cite(uses)] if uses and _NO.match(in_english(attrs[uses].strip())) else []
    frequent_said = [cite(said)] if says == "frequent" else []
    used, unused = [], []
    value = attrs.get(last_col) if last_col else None
    if last_col and value and present(value) and not _NEVER.match(in_english(value.strip())):
        ago = days_ago(value)
        try:
            day = today - dt.timedelta(days=ago) if ago is not None else parse_date(value, last_col, p.pid, date_order)
        except InputError:
            day = None
        if day is not None and day.year > 1970:
            newer = used_since(p, day, today) if (today - day).days > lapsed_after_days else []
            if newer:
                # a count over a recent period beside a last date older than the lapsed window
                return "; ".join(cite(c) for c in newer), cite(last_col)
            none = none_since(p, day, today)
            if none:
                # a count of none over a period beside a last date well inside it
                return "; ".join(cite(c) for c in none), cite(last_col)
            if (today - day).days <= 7:
                used.append(cite(last_col))
            elif (today - day).days > min(lapsed_after_days, 4 * 30.4 / frequent_per_month):
                # (not seen for four times the gap a frequent user leaves, a month at 4 a month:
                # "once a week" said, and no use for a month, contradict each other)
                unused.append(cite(last_col))
    if not counts_within_visits_only(p):
        try:
            rate = monthly_rate(p)
        except InputError:
            rate = None
        counted = [c for c in COUNTS.columns(list(attrs)) if present(attrs.get(c))]
        if rate is not None and counted:
            (used if rate >= frequent_per_month else unused if rate == 0 else []).append(
                "; ".join(cite(c) for c in counted))
    if no_use and (used or frequent_said):
        return no_use[0], (used + frequent_said)[0]
    if frequent_said and unused:
        return frequent_said[0], unused[0]
    return None


# an answer that the person does things only in person: at a branch, a counter, an ATM ("Seulement en
# succursale ou au guichet", "Branch only", "Solo en sucursal"), read folded (no accents, lower case)
_ONLY = (r"(?:only|just|seulement|uniquement|exclusivement|solo|solamente|unicamente|nur|ausschliesslich|alleen|"
         r"apenas|somente)")
_IN_PERSON = (r"(?:branch(?:es)?|in[\s-]person|counter|teller|atm|succursale|guichet|comptoir|en\spersonne|agence|"
              r"sucursal|ventanilla|en\spersona|filiale|schalter|geldautomat|balie|agencia|sportello)")
_IN_PERSON_ONLY = re.compile(rf"\b{_ONLY}\b.*\b{_IN_PERSON}\b|\b{_IN_PERSON}\b.*\b{_ONLY}\b")
# a channel used from afar named in the same answer ("the branch and the app only"): not in person only
_FROM_AFAR = re.compile(r"\b(?:app|apps|appli|application|aplicacion|online|en\sligne|web|website|site|internet|"
                        r"mobile|movil|phone|telephone|telefono|email|courriel)\b")


def in_person_only_yet_counted(p: Participant, frequent_per_month: float = 4.0) -> str | None:
    """An answer that they do things only in person ("How do you usually bank?": "Seulement en
    succursale ou au guichet") beside a count of their use of the product at a frequent user's rate
    (logins 30 days: 25), both cited: the segment a --by column on that answer gives them and the
    usage the count gives them disagree. Not a count of visits to a place, which agrees with it."""
    said = next((f"{c}: {v.strip()}" for c, v in p.attributes.items() if present(v) and len(v) <= 80
                 and not _NOTES_COLUMN.search(_words(c))  # an answer, not a note of how to meet them
                 and _IN_PERSON_ONLY.search(f := fold(v).lower()) and not _FROM_AFAR.search(f)), None)
    if said is None:
        return None
    counted = [c for c in dict.fromkeys(COUNTS.columns(list(p.attributes))) if present(p.attributes.get(c))
               and not re.search(rf"\b(?:{_IN_PERSON}|visits?|visites?|visitas?)\b", fold(c).lower())]
    if not counted:
        return None
    try:  # the rate of those counts alone
        rate = monthly_rate(Participant(pid=p.pid, attributes={c: p.attributes[c] for c in counted}))
    except InputError:
        return None
    if rate is None or rate < frequent_per_month:
        return None
    return f"{said}, yet " + "; ".join(f"{c}: {p.attributes[c].strip()}" for c in counted)


# "NPS 9", "nps-8", "NPS - Promoter": a score or a group kept as a tag
_NPS_TAG = re.compile(r"^nps[\s:_=-]*(\d{1,2}|promoter|passive|detractor)$", re.I)


def sentiment_in_roster(people: list[Participant]) -> bool:
    """Whether the roster says anyone's NPS: a column, or a score kept as a tag."""
    return NPS.in_roster(people) or any(_NPS_TAG.match(t.strip()) for p in people for t in p.tags)


def other_ratings(people: list[Participant]) -> list[str]:
    """The roster's satisfaction or rating columns not read as NPS ("CSAT (1-5)", "Satisfaction"),
    where it has no NPS: a rating on a scale not said to be 0 to 10, which a plan can balance on
    with --by or --mix, named so the researcher knows it was not read."""
    if sentiment_in_roster(people):
        return []
    keys = list(dict.fromkeys(k for p in people for k in p.attributes))
    return [k for k in keys if re.search(r"\b(?:satisfaction|satisfied|csat|ces|rating)\b", _words(k))
            and not re.search(rf"\b(?:date|comments?|reason|why|text|notes?|group|category|segment|type|class)\b|"
                              rf"{_NOT_THEIR_RATING}", _words(k))
            and any(count_or_none(p.attributes[k]) is not None for p in people if present(p.attributes.get(k)))]


def sentiment_of(p: Participant) -> str:
    col = NPS.find(p.attributes)
    if not col:
        tagged = next((m.group(1).lower() for t in p.tags if (m := _NPS_TAG.match(t.strip()))), None)
        if tagged is None:
            return UNKNOWN
        return tagged if not tagged.isdigit() else _nps_group(number(tagged, "tags", p.pid))
    raw = p.attributes[col].strip()
    named = re.match(r"^(promoter|passive|neutral|detractor)s?$", in_english(raw), re.I)  # the group, not the score
    if named:
        return {"neutral": "passive"}.get(named.group(1).lower(), named.group(1).lower())
    out_of = re.match(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:/|out of|of)\s*10\b", raw, re.I)  # "9/10", "9 out of 10"
    lead = re.match(r"^\s*(\d+(?:[.,]\d+)?)\s*[-\u2013:]\s*\D", raw)  # "10 - Extremely likely"
    n = number((out_of or lead).group(1) if out_of or lead else raw, col, p.pid)
    if n != int(n):
        raise InputError(f"participant {p.pid}, column {col!r}: NPS {p.attributes[col]!r} is not a whole number: "
                         "a person's answer is one of 0 to 10 (is this an average of several answers?)")
    if not 0 <= n <= 10:
        raise InputError(f"participant {p.pid}, column {col!r}: NPS {p.attributes[col]!r} is not "
                         "between 0 and 10 (a person's answer from 0 to 10, not an account's NPS)")
    return _nps_group(n)


def _nps_group(n: float) -> str:
    return "promoter" if n >= 9 else "passive" if n >= 7 else "detractor"


# ------------------------------------------------------------------------------------------
# Who not to ask

_YES = re.compile(r"^(?:yes|y|t|true|1|x|v|checked|\u2713|\u2714|on)$|^yes\b", re.I)  # "t": a database's true; "v": a tick
_NO = re.compile(r"^(?:no|n|f|false|0|unchecked|off|nie)$|^no\b|^(?:rather|prefer) not\b", re.I)
# a column that says the person has died: a tick ("Deceased", Salesforce's "npsp__Deceased__c") or a
# date ("Date of death")
_DEATH_DATE = re.compile(r"\b(?:date of death|death date|date deceased|deceased (?:on|date)|died on|date died)\b")
_DECEASED_COLUMN = re.compile(r"(?:is |npsp |contact )?(?:deceased|died|dead|passed away|verstorben|fallecid[oa]|"
                              r"d[eé]c[eé]d[eé]e?|overleden|date of death|death date|date deceased|deceased (?:on|date)|"
                              r"died on|date died)(?: flag| c)?")
_DO_NOT_CONTACT = re.compile(r"\b(?:do not contact|dont contact|dnc|no contact|do not disturb|dnd)\b")
_OPTED_OUT = re.compile(r"\bopt(?:ed)?\s?out\b")
_ABOUT_RESEARCH = re.compile(r"\b(?:research|uxr|panel|interview\w*|study|studies|user testing|usability|feedback)\b")
_MAY_CONTACT = re.compile(r"\b(?:research|uxr|panel|recontact\w*|re contact\w*|interview\w*|study|studies|feedback)\b.*"
                          r"\b(?:opt(?:ed)?\s?in|consent\w*|ok|okay|agree\w*|permission|willing|happy|contact|calls?)\b|"
                          # the consent first: "Accepte de participer aux études", "Aceita participar de pesquisas?"
                          r"\b(?:agrees?|consent\w*|willing|accept\w*|take part|participation)\b.*"
                          r"\b(?:research|panel|interview\w*|study|studies)\b|"
                          r"\bup for\b.*\b(?:call|chat|interview\w*)\b|"  # "Would you be up for a video call?"
                          r"\b(?:may|can|could) we (?:contact|re contact|recontact|reach|follow up|call)\b|"
                          r"\bopen to\b.*\b(?:research|interview\w*|study|studies|feedback)\b|"
                          # "Would you be open to a 30-minute video call about our giving page?", "Open to
                          # talking with us?", "Interested in a quick chat?" (not about an offer: ``_MARKETING_ASK``)
                          r"\b(?:open to|interested in)\s(?:an?\s|one\s|the\s|our\s)?(?:\w+\s){0,4}?(?:call|chat|"
                          r"conversation)\b|\bopen to (?:talking|speaking|chatting|meeting)\b|"
                          r"\bmay be contacted\b|"  # "Må kontaktes", "Får kontaktas"
                          # "Consent to be contacted", "Agreed to be called", "Contact permission": a customer
                          # export's yes or no to contact at all, research included (an offer's is ``_MARKETING_ASK``)
                          r"\b(?:consent\w*|agree\w*|permission)\s(?:to\s)?(?:be\s)?(?:contacted|contact|called|"
                          r"phoned|recontacted)\b|^contact\s(?:consent|permission)$|"
                          r"^(?:contact|contactable|recontact)\s?(?:ok|okay|allowed|permitted)?$|^ok(?:ay)? to contact$|"
                          # "OK if we reach out?", "Can we get in touch?"
                          r"\b(?:can|may|could) we (?:get in touch|reach out)\b|\bok(?:ay)? if we (?:reach out|contact|"
                          r"get in touch|call)\b|"
                          r"\b(?:ok|okay|happy|willing)\s(?:to\s)?(?:call|contact|be contacted|follow up|talk|chat|"
                          r"interview|speak)\b|"
                          # "Happy to do a 45-min interview on Discord?", "Would you join a video call with us?"
                          # (not a consent to record it: "Are you happy to have the interview recorded?")
                          r"^(?!.*\brecord)(?:(?:would|could|will)\syou(?:\sbe)?|are\syou|r\su|happy|willing|keen|up|"
                          r"available|interested|fancy)\b.*\b(?:do|join|take part in|participate in|be part of|hop on|jump on)"
                          r"\s(?:an?\s|one\s|the\s|our\s|a\sshort\s)?(?:\w+\s){0,4}?(?:interviews?|(?:video|voice|"
                          r"phone|zoom|discord|follow[\s-]?up|research)\s(?:call|chat)|playtests?|research\ssessions?)\b|"
                          # "Seriez-vous disponible pour une entrevue de 45 minutes?": available for one
                          r"^(?!.*\brecord)(?:(?:would|could|will)\syou(?:\sbe)?|are\syou|\w+\svous)?\s?(?:available|disponible|"
                          r"disponibles|free)\s(?:for|pour|para|per)\s(?:an?\s|une?\s|una?\s)?(?:\w+\s){0,3}?interviews?\b")
# a question about being contacted with offers, not for research: "Can we contact you about offers?",
# "Open to a call about our new products?" (one about research is research's: "… our research newsletter")
_MARKETING_ASK = re.compile(r"\b(?:marketing|newsletters?|promotions?|promotional|offers?|deals?|discounts?|"
                            r"sales|new products?|upgrad\w*|advertising)\b")
_UNSURE = re.compile(r"^\W*(?:(?:i\s)?(?:don'?t|do\snot)\sknow|not\ssure|unsure|undecided|idk|(?:je\s)?ne\ssais\spas|"
                     r"(?:yo\s)?no\s(?:lo\s)?se|nao\ssei|(?:ich\s)?weiss\snicht|weet\s(?:ik\s)?niet|non\s(?:lo\s)?so|"
                     r"nie\swiem|vet\sinte|ved\sikke|vet\sikke)\W*$", re.I)
_OUT_VALUE = re.compile(r"^(?:opt(?:ed)?[\s_-]?out|declined|withdrawn|unsubscribed)\b", re.I)
_PANEL_STATUS = re.compile(r"\bpanel(?:ist)?\s(?:status|state)\b")
# a column that is the panel itself, answered yes or no: "Panel UX", "Research panel", "In panel?"
_PANEL_ITSELF = re.compile(r"^(?!.*\b(?:opt|opted|out|optout|unsubscribed|excluded|removed|do not|dnc|no)\b)"
                           r"(?:person\s|contact\s)?(?:in\s)?(?:[a-z]+\s){0,2}(?:panel|research)"
                           r"(?:\s(?:ux|research|member|panel))?$")  # "Panel UX", "Gebruikersonderzoek"
_PANEL_OFF = re.compile(r"\b(?:paused|removed|inactive|left|opted out|unsubscribed|do not contact|retired|"
                        r"blocked|withdrawn|on hold)\b", re.I)
_SPAM = re.compile(r"\bmarked\b.*\bspam\b")
# a survey tool's own row for a test: Qualtrics' "Survey Preview", a "test" response
_TEST_RESPONSE = (re.compile(r"^(?:response type|status|distribution channel)$"),
                  re.compile(r"^(?:survey preview|preview|test|test response|spam)$", re.I))
# (a yes/no flag of the account's own, "Blocked", "Is banned", "Blocked account (Y/N)"; never a count of the
# users who blocked them, "blocked_by_count", which ``reported_by_others`` reads)
_BLOCKED = re.compile(r"^(?:is\s)?(?:banned|blocked)(?:\s(?:account|user|flag|y\sn|yes\sno))*$")  # not "suspended"
_INTERNAL = re.compile(r"^(?:is\s)?(?:internal|staff|employee|test|tester|qa|sandbox)"
                       r"(?:\s(?:or\s)?(?:internal|staff|employee|test|qa|account|user))*$")  # "Employee / test"
# a kind of person the roster names, in a column for it ("Customer Group: Staff", "Perfil: Equipe
# interna", "Plan: staff-comp"); a role only when it says internal or QA ("Rolle: Intern – test"),
# as "App Role: Staff" is the customer's own staff and "Role: Staff nurse" a job
# (Pipedrive's "Label", where a German team marks colleagues "Mitarbeiter" or "Intern")
_KIND_COLUMN = re.compile(r"\b(?:type|kind|profile|group|category|segment|plan|tier|account type|user type|label|labels)$")
_KIND_WORDS = {"internal", "staff", "employee", "employees", "test", "qa", "team", "account", "user", "comp",
               "complimentary", "only", "our", "member", "demo", "ops", "colleague", "colleagues"}
# (a bare "Test" in a group column is an experiment's arm, beside "Control": not a test account)
# (the staff words of the roster languages are "employee" and "colleague" after ``in_english``:
# "Mitarbeiterin", "medewerker", "funcionária", "Kollege", "collega")
_INSIDERS = {"internal", "staff", "employee", "employees", "qa", "colleague", "colleagues"}
# a row that is a company, not a person: Ploomes and other CRMs list both ("Tipo: Empresa")
_PRODUCT_KIND = re.compile(r"\b(?:permit|plan|product|subscription|licen[cs]e|ticket|membership|policy|"
                           r"card|pass|tier|package|order)\b")
_ORGANISATION_ROW = re.compile(r"^(?:company|organi[sz]ation|business|firm|corporate|corporation|foundation)"
                               r"(?:\srecord)?$")
# the record's kind that says the row is not an end customer but one who serves them for the company or sells
# through it ("Customer Type: Agent", "User Type: Merchant", "Account Type: Distributor"; Spanish "Agente",
# "Distribuidor", French "Revendeur", Bengali "এজেন্ট"): a mobile-money agent, a merchant, a distributor, a
# dealer or a retailer, read in the column of the customer's, user's or account's type alone (not a "Partner":
# a software company's partner account with real use is a user like any other)
NOT_AN_END_CUSTOMER = "not an end customer: an agent, merchant, distributor or dealer account"
_CUSTOMER_KIND_COLUMN = re.compile(r"^(?:customer|client|user|account|wallet|subscriber)\s"
                                   r"(?:type|kind|category|class|role|segment)$|"
                                   r"^(?:tipo|type|categoria|categorie|category|kind)\s(?:de\s|d\s|of\s)?(?:cliente|client|"
                                   r"customer|usuario|user|conta|cuenta|account|compte|utilisateur)$")
_NOT_END_CUSTOMER = re.compile(
    r"^(?:(?:super|sub|master|field|sales|retail|mfs|cash\s?(?:in|out)|b2b|channel|business|registered|"
    r"authori[sz]ed|independent)[\s-])?(?P<kind>agent|agente|merchant|comerciante|commercant|marchand|haendler|handler|"
    r"distributor|distribuidor|distributeur|distributore|dealer|retailer|reseller|revendeur|revendedor|rivenditore|"
    r"wederverkoper|minorista|varejista|detaillant|"
    "এজেন্ট|মার্চেন্ট|"
    "ডিস্ট্রিবিউটর|ডিলার|"
    "রিটেইলার"
    r")s?(?:\s*(?:\(.*\)|[:/].*)|\s[-–—]\s.*)?$")
# a screener's "Have you taken part in an interview or focus group in the past 3 months?", answered yes
_RECENT_RESEARCH = re.compile(r"\b(?:taken part|took part|participated|been interviewed|been part)\b.*"
                              r"\b(?:research|interview\w*|focus groups?|study|studies|usability|survey\w*)\b.*"
                              r"\b(?:past|last|previous)\s(?:\d+|three|six|twelve)\s(?:weeks?|months?)\b")
# an age or birthday of someone else in the household: a parent's child, a pet
# (and in the roster languages: "Su hija de 16 años va en su lugar", "Sohn, 15 Jahre")
_SOMEONE_ELSES = re.compile(r"\b(?:child|children|childs|kid|kids|son|daughter|baby|babies|pet|dog|cat|partner|spouse|"
                            r"hij[oa]s?|filh[oa]s?|fils|fille|enfants?|sohn|tochter|kinder|zoon|dochter|figli[oa]?|"
                            r"syn|corka|dziecko|dotter|datter|sobrin[oa]s?|niet[oa]s?|mtoto|watoto|mwanawe|mjukuu|"
                            r"wajukuu)\b|"
                            # (Chinese, within a run of characters: "兒子17歲", his son is 17)
                            r"[兒儿]子|女[兒儿]|孩子|小孩|子女|[孫孙][子女]|[媽妈][媽妈]|[爸][爸]|[母父][親亲]|家[長长]|"
                            r"配偶|老公|老婆|太太|[寵宠]物")
# a note that is the person's own age group, opening it: "Under 18", "minor", "未成年（…）" (not "under 18
# son", someone else, nor "minor issue")
_UNDER_18_NOTE = re.compile(r"^\W*(?:under\s18\W*(?:$|[(,;\-\u2013\u2014])|(?:a\s)?minor\W*(?:$|\(|,\s?\d{1,2}\b))",
                            re.I)  # "minor, 17 g.": an age after it  # "under 18, …"
# a birth year a note gives, opening a clause or in brackets: "Minor (born 2011)", "born in 2010, parent's
# card" (not "son born 2012": someone else's)
_BORN_IN_NOTE = re.compile(r"(?:^|\(|[,;:]\s?)\W*born\s(?:in\s)?((?:19|20)\d\d)\b")
# an age a note gives: "Class 11 student, 16 yrs", "aged 15", "17 years old"
_AGE_IN_NOTE = re.compile(r"\b(\d{1,2})\s?(?:yrs?|years?\sold|y/?o|lat|a[nñ]os|ans|jahre|jaar|anni)\b|"
                          r"\baged?\s(\d{1,2})\b", re.I)
# (not how long they have been a customer: "Cliente desde hace 5 años", "client depuis 5 ans", "Kunde seit 5
# Jahren", "klant sinds 5 jaar", "cliente da 12 anni", "cliente há 5 anos", "customer for 12 yrs"; Italian "ha 16
# anni" is an age, Portuguese "há 5 anos" five years ago)
_TENURE_BEFORE = re.compile(r"\b(?:since|for|desde|hace|depuis|seit|sinds|od|durante|por|per|da|ha)\s*$")


def _age_in_note(value: str) -> re.Match[str] | None:
    """The first age ``_AGE_IN_NOTE`` finds in a note that is no length of time as a customer (see above)."""
    for m in _AGE_IN_NOTE.finditer(value):
        tenure = _TENURE_BEFORE.search(fold(value[:m.start()]).lower())
        if tenure and tenure.group(0).strip() == "ha" and "anos" not in fold(m.group(0)).lower():
            tenure = None  # (Italian "ha 16 anni": an age)
        if not tenure:
            return m
    return None


# someone saying how old they are, in any answer they could write in: "I'm actually 17, my sister set
# up my account", "I am 16 years old", "tengo 17 años", "j'ai 16 ans", "Ich bin 16", "mam 17 lat";
# the age ends the clause or is said to be one ("years old"), never "17 years of experience", "I'm
# 17 minutes away", "tengo 17 años de experiencia", nor someone else's ("my son is 16")
_CLAUSE_ENDS = (r"(?=\s*(?:$|[,.;:!?()]|\s[-\u2013\u2014]|\s(?:and|but|so|sorry|though|btw|lol|haha|now|yet|"
                # the asides people type after their age in a chat or a game's survey: "I'm 16 tbh"
                r"tbh|tbf|ngl|fr|lmao|honestly|rn|irl|"
                r"y|e|et|und|och|og|i|ma|pero|mais|aber|maar|men|ale|mas|porque|parce|perche)\b))")
# an answer to "How old are you?" that opens with an age and goes on to say more: "17 but 18 next
# month", "16 tbh, put 18 on the store" (the age they are now is the first one; never a range, "17-19",
# "16 and over", nor "16 or 17")
_AGE_FIRST = re.compile(r"^\s*(\d{1,2})(?:\s?(?:years?|yrs?)(?:\s?old)?|\s?y/?o)?"
                        r"(?!\s*(?:[-\u2013\u2014/+]|to\b|or\b|and\b|plus\b))" + _CLAUSE_ENDS.replace(r"\s[-\u2013\u2014]|", ""))
_SAYS_OWN_AGE = re.compile("|".join((
    # ("im" after a chat's aside or a joining word too: "honestly im 17 lol", "ngl im 16", "and im 17")
    r"(?:\bi'm|\bi am|(?:^|[.!?,;]\s*|\b(?:honestly|tbh|tbf|ngl|lol|lmao|haha|ok|okay|yeah|yes|well|but|and|so|"
    r"actually|btw|fyi|cuz|coz|because|bc|um|uh)\s)(im))\s(?:(?:actually|only|just|still|really|currently|now|turning)\s)*"
    r"(?:an?\s)?(\d{1,2})(?:[\s-]?(?:years?|yrs?)[\s-]?old\b|\s?y/?o\b|(?(1)(?!\.\s?\w))" + _CLAUSE_ENDS + ")",
    # (an "im" without its apostrophe not before an ordinal: German "Im 17. Bezirk", in the 17th district)
    r"\b(?:tengo|tenho|ho|mam)\s(?:solo\s|so\s|solamente\s|apenas\s)?(\d{1,2})\s(?:anos|anni|lat)" + _CLAUSE_ENDS,
    r"\bj'?\s?ai\s(?:seulement\s|que\s)?(\d{1,2})\sans" + _CLAUSE_ENDS,
    r"\b(?:ich\sbin|ik\sben|jag\sar|jeg\ser)\s(?:erst\s|noch\s|pas\s|nog\s|bara\s|kun\s)?(\d{1,2})"
    r"(?:\s(?:jahre|jaar|ar)(?:\s(?:alt|oud|gammal|gammel))?)?" + _CLAUSE_ENDS,
)))
_SAYS_MINOR = re.compile(r"\bi(?:'m|\sam)\s(?:still\s|actually\s|only\s)?(?:under\s18|a\sminor|"
                         r"not\s(?:18\syet|yet\s18))\b|\bsoy\smenor\sde\sedad\b|\bje\ssuis\smineure?\b|"
                         r"\bsou\smenor\sde\sidade\b|\bich\sbin\s(?:noch\s)?minderjahrig\b|\bsono\sminorenne\b|"
                         r"\bik\sben\s(?:nog\s)?minderjarig\b|\bjestem\sniepelnoletni[a]?\b")
# a panel's or survey tool's record of one submission that did not count: Prolific's RETURNED (the
# person withdrew), TIMED-OUT (never finished) and REJECTED (the researcher rejected the data),
# Alchemer's and Typeform's partial response; only in a column for the submission itself ("Status",
# "Response Type"), not a subscription's, a payment's or a KYC check's
_SUBMISSION_COLUMN = re.compile(r"^(?:(?:submission|response|assignment)\s)?status$|^response\stype$")
_SUBMISSION_OUT = ((re.compile(r"^returned$"), "withdrew from the study"),
                   (re.compile(r"^timed[\s_-]?out$"), "never finished the study in time"),
                   (re.compile(r"^rejected$"), "their submission was rejected"),
                   (re.compile(r"^partial$"), "an unfinished survey response"))
# a submission not yet approved or rejected (Prolific's AWAITING REVIEW): planned, and named in a warning
_AWAITING_REVIEW = re.compile(r"^awaiting[\s_-]?review$", re.I)
# an account the admin panel says is gone or closed for cause ("account_status: deleted",
# "suspended_fraud", "banned"): the person asked to be erased, or is not someone to invite; only in a
# column about the account or user, as a subscription's "deleted" (Paddle's) is a cancellation. A plain
# "suspended" or "blocked" is not enough: a membership on hold, an account blocked for a late payment
_ACCOUNT_COLUMN = re.compile(r"\b(?:account|accounts|user|member|profile|login)\s(?:status|state)\b|"
                             r"\b(?:status|state)\s(?:\w+\s){0,2}(?:account|user)\b")  # "Estado de la cuenta"
_NOT_THE_ACCOUNT = re.compile(r"\b(?:subscription|plan|licen[cs]e|kyc|payment|billing|e ?mail|marketing|seat|payout|"
                              r"order|invoice)\b")
_DELETED = re.compile(r"^(?:(?:account|user|profile)\s)?(?:deleted|erased|anonymi[sz]ed|pending deletion|"
                      r"deletion requested|usuniete|geloscht|supprime|eliminado|borrado|verwijderd|raderad|slettet)\b|"
                      r"\b(?:gdpr|rgpd|dsgvo|rodo|lgpd|avg)\b.*\b(?:deleted|erased|erasure|deletion|removed)\b|"
                      r"\b(?:deleted|erased|removed)\b.*\b(?:gdpr|rgpd|dsgvo|rodo|lgpd|on request|at their request)\b")
_FRAUD = re.compile(r"\b(?:fraud\w*|fraude|frode|betrug|oszustwo)\b")
_BANNED = re.compile(r"\b(?:banned|perma ?banned|gebannt|banni|baneado|banido|bannato)\b")
# why an account was closed, in a column for it ("Deactivation reason: Fraud investigation")
_IN_COLLECTION_STATE = re.compile(r"^(?:in\s)?(?:debt\s)?collections?$|^(?:in\s)?debt\scollection\b|^in\scollections?\b")
_IN_COLLECTION_NOTE = re.compile(r"\bdebt\scollection\b|\bin\s(?:debt\s)?collections\b|\bcollections?\sagency\b|"
                                 r"\b(?:sent|passed|referred|handed)\s(?:over\s)?to\s(?:debt\s)?collections?\b")
_FRAUD_SUSPECTED_NOTE = re.compile(r"\b(?:suspected|alleged|possible|potential)\sfraud\b|"
                                   r"\bfraud\s(?:investigation|suspected|suspicion|hold|case)\b")
_CLOSED_REASON = re.compile(r"\b(?:deactivation|deactivated|suspension|suspended|ban|block|blocking|closure|closing|"
                            r"offboarding|removal|termination|archived?)\s(?:reason|cause)\b")
_DELETED_ON = re.compile(r"^(?:deleted|erased|anonymi[sz]ed)\s(?:at|on|date)$|^(?:deletion|erasure)\sdate$")
# a screener's own checks: "Please confirm you are aged 18 or over", "I agree to take part in this study"
_CONFIRMS_ADULT = re.compile(r"\b(?:18|eighteen)\s(?:or|and)\s(?:over|older|above)\b|\b(?:over|at least)\s18\b")
_TAKES_PART = re.compile(r"\b(?:agree|consent)\w*\b.*\b(?:take part|participate|participation|this study|the study)\b")
_DECLINES = re.compile(r"^(?:no\b|n$|false$|i do not\b|i don'?t\b|do not\b|disagree|not agree|decline)", re.I)
# how old they are: someone under 18 needs a parent's consent this plan cannot see
_AGE_COLUMN = re.compile(r"\b(?:age|how old|quel age)\b|\bage\s(?:group|range|bracket)\b")


_BIRTH_COLUMN = re.compile(r"\b(?:birthday|birth date|date of birth|dob|birthdate)\b")


# a school's roster: a student's grade says they are a child where no date of birth is given (a sync
# gap). A grade up to 11 (US) or a Year up to 12 (UK) is under 18; the last year of school may be 17
# or 18, and is named in a warning. Only for a student (a role or kind "student", or a mailbox at a
# students. domain): a teacher's grade is the one they teach. India counts as the US does, its grades
# written "Class 11", "Std XII", "12th"; a parent/student roster's "Child Grade" is, on a student's own
# row, theirs (on a parent's, their child's, which a parent's role never reads)
_GRADE_COLUMN = re.compile(r"^(?:(?:current|school|student|students|child|childs|child s|kid|kids)\s)?(?:grade|"
                           r"grade level|year group|year level|school year|class|standard|std|klasse|"
                           r"jahrgangsstufe|grado|serie|classe)$")
_ROLE_COLUMN = re.compile(r"\b(?:role|user type|type|account type|user role|kind|profile|persona)$")
_STUDENT = re.compile(r"^(?:student|pupil|learner|schuler|schulerin|alumn[oa]|alun[oa]|eleve|leerling|uczen|"
                      r"uczennica|elev|studente|studentessa|estudiante)s?$")
_STUDENTS_MAILBOX = re.compile(r"@(?:[\w-]+\.)*?(?:students?|pupils?|alumnos|alunos|eleves|leerlingen|schueler|"
                               r"schuler|learners?)\.", re.I)
_SCHOOL_START = re.compile(r"^(?:k|tk|pk|jk|sk|kg|pre ?k|kindergarten|kinder|preschool|pre school|reception|"
                           r"nursery|vorschule)$")
_GRADE = re.compile(r"^(?:grade|gr|klasse|grado|serie|classe|class|std|standard)?\s?(\d{1,2}|[ivx]{1,4})"
                    r"(?:st|nd|rd|th|e|o|a|de|do|\.)?(?:\s(?:grade|klasse|grado|serie|classe|ano|class|std|standard))?$")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12}
_UK_YEAR = re.compile(r"^(?:year|yr|y)\s?(\d{1,2})$")


def _school_grade(value: str) -> int | None:
    """A school grade as the US counts it (kindergarten 0, "2nd grade" 2, "Year 9" 8), or None."""
    v = " ".join(re.sub(r"[^\w\s]", " ", fold(value)).split())
    if _SCHOOL_START.match(v):
        return 0
    m = _UK_YEAR.match(v)
    if m:
        return int(m.group(1)) - 1
    m = _GRADE.match(v)
    if m and v == m.group(1) and re.fullmatch(r"[ivx]", v):
        return None  # a tick "x", an "I" for incomplete: a numeral alone is read from two letters ("XI")
    n = (int(m.group(1)) if m.group(1).isdigit() else _ROMAN.get(m.group(1), 0)) if m else 0
    return n if 1 <= n <= 13 else None


# a tutoring app's or school's roster of parents, a row per student ("Student Name", "Child Name"): its bare
# "Relationship" is the row's person's to that student (Mother, Father, Guardian), and "Self" there is the
# student, who signed up alone (a child, by the student's class beside it)
_STUDENTS_NAME_COLUMN = re.compile(r"^(?:student|students|child|childs|child s|kid|kids|pupil|learner|ward)\s"
                                   r"(?:full\s|first\s)?name$")
_TO_THE_STUDENT_COLUMN = re.compile(r"^(?:relationship|relation)(?:\s(?:to|with)\s(?:the\s)?(?:student|child|learner))?$")
_SELF = re.compile(r"^(?:self|myself|student|self student|student self|student himself|student herself)$")


def _relation_to_student(p: Participant) -> tuple[str, str] | None:
    """(column, value) of the row's relationship to the student it names ("Relationship: Father"), or None."""
    if not any(_STUDENTS_NAME_COLUMN.match(_words(c)) and present(v) for c, v in p.attributes.items()):
        return None
    return next(((col, v.strip()) for col, v in p.attributes.items()
                 if _TO_THE_STUDENT_COLUMN.match(_words(col)) and present(v)), None)


def _as_a_student(p: Participant) -> tuple[str, int | None, bool] | None:
    """(what says they are a student, their grade, a date of birth given) where the roster says they
    are a school student, else None."""
    said = next((f"{col}: {v.strip()}" for col, v in p.attributes.items()
                 if _ROLE_COLUMN.search(_words(col)) and _STUDENT.match(in_english(v.strip()).lower())), None)
    if said is None and (rel := _relation_to_student(p)) and _SELF.match(in_english(rel[1]).lower().strip()):
        said = f"{rel[0]}: {rel[1]}, the student's own row"
    if said is None and p.email and _STUDENTS_MAILBOX.search(p.email.strip()):
        said = "a students' mailbox"
    if said is None:
        return None
    grades = [g for col, v in p.attributes.items() if _GRADE_COLUMN.match(_words(col))
              for g in [_school_grade(v)] if g is not None]
    born = any(_BIRTH_COLUMN.search(_words(col)) and _either_way(v.strip()) for col, v in p.attributes.items())
    return said, (grades[0] if grades else None), born


# an organisation's approval of research among its people, recorded per row (a school district's
# "district_research_approval", a hospital's "IRB approval", "Research approved"): like a consent, but
# of the school or site they belong to; a no or a not yet ("Not approved", "Pending", "Denied") leaves
# them out, an "Approved" or a yes keeps them. Only a column about research or ethics: an event's
# "approval_status" (Luma's "pending_approval", "declined": a seat at the event) is no such approval
NO_RESEARCH_APPROVAL = "research not approved (yet) for their school or organisation"
# a privacy notice or policy they did not accept ("Aviso de privacidad aceptado: No", a Mexican app's, under
# its data law; "Privacy notice accepted: No", "accepted_privacy_policy: FALSE"): the data held of them was
# not given for us to use, to contact them with either, so left out (an empty cell is never asked: not a no)
_PRIVACY_NOTICE = r"(?:privacy(?:\s(?:notice|policy|statement|terms))?|aviso\sde\sprivacidad|politica\sde\sprivacidad|" \
                  r"aviso\sde\sprivacidade|politica\sde\sprivacidade|avis\sde\sconfidentialite)"
_ACCEPTED = r"(?:accepted|accept|accepts|agreed|agrees|acknowledged|aceptado|aceptada|acepto|acepta|aceito|aceita|signed)"
_PRIVACY_NOTICE_COLUMN = re.compile(rf"^(?:has\s|is\s)?{_ACCEPTED}\s(?:(?:to|the|el|la|o|a)\s)*{_PRIVACY_NOTICE}"
                                    rf"(?:\s(?:yn|flag))?$|^{_PRIVACY_NOTICE}\s(?:is\s)?{_ACCEPTED}(?:\s(?:yn|flag))?$|"
                                    rf"^{_PRIVACY_NOTICE}\s(?:acceptance|consent|aceptacion)$")
# a consent under a data-protection law, in a column named for the law ("DPA Consent", the Philippines' Data Privacy
# Act; "GDPR consent", "LGPD consent", "PDPA consent", "POPIA consent", "Data privacy consent"): the consent the
# roster holds, so a no leaves them out as a no to being contacted does (an empty cell was never asked: not a no)
_DATA_LAW = r"(?:dpa|gdpr|dsgvo|rgpd|lgpd|pdpa|pdpl|popia|ndpr|ndpa|dpdp|appi|pipa|kvkk|data\s(?:privacy|protection)(?:\sact)?)"
_DATA_LAW_CONSENT_COLUMN = re.compile(rf"^{_DATA_LAW}\s(?:consent|consented|consent\sgiven|agreement|opt\sin)"
                                      rf"(?:\s(?:status|yn|flag|form|signed))?$|^consent\s(?:under\s|per\s)?(?:the\s)?{_DATA_LAW}$")
# a no, or a not yet, in Tagalog or Cebuano, the whole cell ("Hindi", "Dili", "wala pa", "hindi pa po"): a consent
# not given, as "N" is (not among the whole-cell answers ``in_english`` reads: "Hindi" is a language's name too)
_PH_NO = re.compile(r"^(?:hindi|dili|wala|ayaw|di)(?:\s(?:pa|po|ho|na))*$")
NO_LONGER_A_MEMBER = "no longer a member (left the plan)"
_RESEARCH_APPROVAL_COLUMN = re.compile(r"\b(?:research|irb|ethics|study|studies)\b.*\b(?:approv\w*|clearance|cleared)\b|"
                                       r"\b(?:approv\w*|clearance|cleared)\b.*\b(?:research|irb|ethics)\b|^irb\b")
_NOT_APPROVED_YET = re.compile(r"^(?:not\s(?:yet\s)?(?:been\s)?(?:approved|granted|cleared|given|submitted|requested)|"
                               r"unapproved|disapproved|denied|declined|rejected|refused|pending\w*|awaiting\b|"
                               r"in\s(?:review|progress)|under\sreview|submitted|requested|on\shold|expired|"
                               r"withdrawn|revoked|not\syet|tbd|tbc)\b")
# a school's kind that says its students are children: an elementary, primary or middle school
# ("Jefferson Elementary", "Lincoln Middle School", "Grundschule am Park"); a high school's last year
# may be 18, so a student there is named, not left out. Read from a column for the school
_SCHOOL_COLUMN = re.compile(r"\b(?:school|schools|campus|building|schule|escuela|ecole|escola|scuola|school name)$|"
                            r"^(?:school|campus|building)\b")
_YOUNG_SCHOOL = re.compile(r"\b(?:elementary|primary|middle|junior\shigh|junior\sschool|infant\sschool|"
                           r"intermediate\sschool|grundschule|volksschule|mittelschule|primaria|primario|basisschool|"
                           r"podstawowa|ecole\s(?:primaire|elementaire|maternelle)|kindergarten|preschool|nursery)\b")
_HIGH_SCHOOL = re.compile(r"\b(?:high\sschool|secondary|senior\shigh|hs|gymnasium|lycee|liceo)\b")


def _school_kind(p: Participant, kind: re.Pattern[str]) -> str | None:
    """The column and value that name the person's school as one of ``kind``, or None."""
    return next((f"{col}: {v.strip()}" for col, v in p.attributes.items()
                 if _SCHOOL_COLUMN.search(_words(col)) and kind.search(fold(v))), None)


_PARENT_ROLE = re.compile(r"^(?:parent|guardian|parent guardian|family|mother|father|carer|caregiver)s?$")


def _a_schools_roster(people: list[Participant]) -> bool:
    """Whether the roster is a school's (not a university's course, whose students are adults): a
    role of parent or guardian, a student in a school grade, or a school named elementary, middle
    or high."""
    return any(any(_ROLE_COLUMN.search(_words(c)) and _PARENT_ROLE.match(in_english(v.strip()).lower())
                   for c, v in p.attributes.items())
               or ((student := _as_a_student(p)) and student[1] is not None)
               or _school_kind(p, _YOUNG_SCHOOL) or _school_kind(p, _HIGH_SCHOOL) for p in people)


def student_among_adults(people: list[Participant]) -> dict[str, str]:
    """pid → why: the students (a role or kind "student", "pupil", "Schüler", "élève", "alumno") of a
    roster whose same column names adults too (teachers, parents, administrators): a school's
    roster, where a study of the adults seldom means to ask a student, and one of 18 needs asking
    as a student all the same. Named when chosen, beside those under 18 left out; a roster of
    students alone (a university's) names nobody. Those a plan names as maybe under 18 are named there."""
    out: dict[str, str] = {}
    if not _a_schools_roster(people):
        return out
    for col in dict.fromkeys(c for p in people for c in p.attributes if _ROLE_COLUMN.search(_words(c))):
        said = {p.pid: v.strip() for p in people if present(v := p.attributes.get(col, ""))}
        students = {pid: v for pid, v in said.items() if _STUDENT.match(in_english(v).lower())}
        if students and len(students) < len(said):
            out.update({pid: f"{col}: {v}" for pid, v in students.items() if pid not in out})
    return {p.pid: out[p.pid] for p in people if p.pid in out and not maybe_minor(p)}


# a note that the consent asked for has not come back: "Consent form not returned yet", "consent
# pending", "awaiting parental consent", "permission slip not signed": no consent yet, not a consent
# never asked for, where no column of the row says yes to research (not "no consent needed")
_CONSENT_PENDING = re.compile(
    r"\b(?:consent|permission)(?:\s(?:form|slip|letter))?s?\s(?:is\s|was\s|has\s)?(?:still\s)?"
    r"(?:not\s(?:yet\s)?(?:been\s)?(?:returned|received|signed|given|back|in|collected)|pending|outstanding|missing|"
    r"awaited|to\scome|not\syet)\b|"
    r"\b(?:awaiting|waiting\s(?:for|on)|pending|chasing|missing|no|still\sneeds?)\s(?:a\s|the\s|their\s)?"
    r"(?:signed\s|parental\s|parent\s|guardian\s|research\s|written\s)?(?:consent|permission\sslip)(?:\sforms?)?\b"
    r"(?!\s(?:needed|required|necessary))")


def consent_pending(p: Participant) -> str | None:
    """A note that their consent has not come back yet, and no yes to research or recording on
    the row: left out as no consent yet (an empty consent cell beside it is not "never asked")."""
    if said_yes_to_research(p) or p.consent.recorded:
        return None
    said = _noted(p, _CONSENT_PENDING)
    return f"no consent yet, by the roster's note ({said})" if said else None


# a school record's directory-information opt-out (FERPA's, in the US: the family asked the school
# not to give out the student's or their own name, address and phone): not a no to research, but
# named when chosen, as the invitation uses those details
_DIRECTORY_OPT_OUT = re.compile(r"\b(?:ferpa|directory)\b.*\b(?:opt\s?out|opted\sout|withheld|withhold|hold|"
                                r"restricted|restriction|suppress\w*|confidential|private)\b|^ferpa$")


def directory_opt_out(p: Participant) -> str | None:
    """The column and value that say they opted out of directory information, or None."""
    return next((f"{col}: {v.strip()}" for col, v in p.attributes.items()
                 if _DIRECTORY_OPT_OUT.search(_words(col)) and present(v)
                 and (_YES.match(in_english(v.strip())) or _OUT_VALUE.match(v.strip())
                      or re.match(r"^(?:withh[oe]ld|restricted|confidential)\b", v.strip(), re.I))), None)


# the customer's own IT or rostering contact: an "IT Specialist", a "Technology Coordinator", a note
# "District IT - main SSO/rostering contact", "runs our Clever sync". Not our staff (they are the
# customer's), but someone who sets the product up for others, seldom its everyday user: named when
# chosen, not left out, as a study of set-up wants them. Where they are many (an IT tool's roster,
# whose users are all IT), the title is the users' own, and nobody is named
_TITLE_COLUMN = re.compile(r"\b(?:title|job title|position|job|designation|job role|role title)$")
_IT_TITLE = re.compile(r"\b(?:it|information\stechnology|technology|edtech|ed\stech|systems?|network|sis|rostering)\s"
                       r"(?:specialist|coordinator|director|manager|administrator|admin|lead|support|technician|"
                       r"integrator)\b|\b(?:director|head)\sof\s(?:technology|information\stechnology|it)\b|\bsys\s?admin\b|"
                       r"\bcto\b")
_IT_NOTE = re.compile(r"\b(?:rostering|sso|single\ssign[\s-]on|clever\s(?:sync|admin)|classlink|roster\ssync|"
                      r"tech(?:nology)?\scoordinator|sys\s?admin)\b")
_IT_WORD = re.compile(r"\bIT\b(?!['\u2019])")  # (as written: "District IT", "IT dept"; never "it")


def customers_it_contacts(people: list[Participant]) -> dict[str, str]:
    """pid → why: the people whose title or note says they are the customer's IT or rostering
    contact, where they are a quarter of the roster or fewer."""
    out: dict[str, str] = {}
    for p in people:
        for col, v in p.attributes.items():
            w, raw = _words(col), v.strip()
            note = _NOTES_COLUMN.search(w)
            if not present(raw) or not (note or _TITLE_COLUMN.search(w)):
                continue
            shouted = raw.upper() == raw  # (a note in capitals has every "it" as "IT")
            if (_IT_TITLE.search(fold(raw)) and not note) or \
                    (note and (_IT_NOTE.search(fold(raw)) or (_IT_WORD.search(raw) and not shouted))):
                out[p.pid] = f"{col}: {_quoted(raw)}"
                break
    return out if len(out) <= max(1, len(people) // 4) else {}


def school_minor(p: Participant) -> str | None:
    """A school student below the last year, with no date of birth to say otherwise: under 18."""
    student = _as_a_student(p)
    if student and student[1] is not None and student[1] <= 11 and not student[2]:
        return (f"under 18: a school student in grade {'K' if student[1] == 0 else student[1]}, with no date of "
                f"birth ({student[0]})")
    school = _school_kind(p, _YOUNG_SCHOOL) if student and student[1] is None and not student[2] else None
    if school:  # no grade (a transfer the registrar has not placed yet), at an elementary or middle school
        return f"under 18: a student at an elementary or middle school, with no date of birth ({student[0]}; {school})"
    return None


def maybe_minor(p: Participant) -> str | None:
    """A school student who may be under 18, as no date of birth says: in the last year of school
    (17 or 18), or known as a student by a students' mailbox alone."""
    student = _as_a_student(p)
    if not student or student[2]:
        return None
    said, grade, _ = student
    if grade == 12:
        return f"{said}, grade 12, no date of birth"
    if grade is None and said == "a students' mailbox":
        return "a students' mailbox, no grade or date of birth"
    school = _school_kind(p, _HIGH_SCHOOL) if grade is None else None
    if school:
        return f"{said}, at a high school ({school}), no grade or date of birth"
    return None


# a parent's or guardian's consent recorded for the person (a game's or a youth programme's
# "parental_consent: granted", "Parent/Guardian Consent: Received - Sep 6, 2025"): recorded only for a minor
_PARENTAL_CONSENT_COLUMN = re.compile(r"\b(?:parental|parents?|guardians?|parent guardian|parent or guardian)\s"
                                      r"(?:\w+\s)?consent\b|\bconsent\s(?:of|from|by)\s(?:a\s|the\s)?"
                                      r"(?:parent|guardian)s?\b|\b(?:coppa|vpc)\b")
# a value that says no parent was asked: "not required", "N/A (adult)", "No", "adult"
_NO_PARENT_NEEDED = re.compile(r"^(?:no|n|false|0|none|not\s(?:required|needed|applicable)|n/?a|adult|over\s18|18\+)\b",
                               re.I)


def parental_consent_minor(p: Participant, today: dt.date, adult: int = 18) -> str | None:
    """A parent's consent recorded for this person, and no age or date of birth that says they are 18
    (``adult``, the study's age of majority) or over now: under it as far as the roster knows (a
    consent given years ago to someone now grown up, whose date of birth says so, leaves nobody out)."""
    said = next((f"{col}: {_quoted(v.strip())}" for col, v in p.attributes.items()
                 if _PARENTAL_CONSENT_COLUMN.search(_words(col)) and present(v)
                 and not _NO_PARENT_NEEDED.match(in_english(v.strip()))), None)
    if not said or _says_adult(p, today, adult):
        return None
    return (f"may be under {adult}: a parent's consent is recorded ({said}), and no age or date of birth says "
            f"{adult} or over")


def _says_adult(p: Participant, today: dt.date, adult: int = 18) -> bool:
    """An age or a date of birth of this person that says 18 (``adult``) or over (a screener's "18 or
    over" says nothing of an age of majority above 18)."""
    for col, v in p.attributes.items():
        w, raw = _words(col), v.strip()
        if not present(raw) or _SOMEONE_ELSES.search(w) or _GUARDIANS.search(w):
            continue
        if _BIRTH_COLUMN.search(w) and (_either_way(raw) is not None or six_digit_births(raw, col, today)) \
                and not _born_under_18(raw, today, adult, col):
            return True
        ages = [int(n) for n in re.findall(r"\b\d{1,3}\b", raw)]
        if _AGE_COLUMN.search(w) and (ages and min(ages) >= adult
                                      or adult == 18 and _CONFIRMS_ADULT.search(raw.lower())):
            return True
    return False


def age_not_said(p: Participant, adult: int = 18) -> str | None:
    """A person's own answer to an age question that holds no age ("old enough lol", "prefer not to
    say"), with no date of birth: nothing they said shows they are 18 (``adult``; a plan names them)."""
    grown = r"\b(?:adult|over|senior|older|retired" + (r"|eighteen)\b" if adult == 18 else r")\b")
    if birth_date(p) is not None:
        return None
    for col, v in p.attributes.items():
        w, raw = _words(col), v.strip()
        if _AGE_COLUMN.search(w) and not _SOMEONE_ELSES.search(w) and not _BIRTH_COLUMN.search(w) \
                and present(raw) and not re.search(r"\d", raw) \
                and not re.search(grown, in_english(raw).lower()):
            return f"{col}: {_quoted(raw, 40)}, no date of birth"
    return None


# an age band that holds ages under 18 and over: "13-19", "15–24", the teens ("10s", as a Korean "10대" reads)
_BAND_ACROSS_18 = re.compile(r"^(?:(?P<a>\d{1,2})\s*(?:-|–|—|to|~)\s*(?P<b>\d{1,2})(?:\s*years?(?:\s*old)?)?|"
                             r"(?P<decade>10)s|teens?|teenagers?)$", re.I)


def age_band_minor(p: Participant, adult: int = 18) -> str | None:
    """An age band that reaches below 18 (``adult``: "10대", "13-19"; at 20, "18-24" too), with no date
    of birth: the person may be a minor (a plan names them), where a band wholly under it leaves them out."""
    if birth_date(p) is not None:
        return None
    for col, v in p.attributes.items():
        w, raw = _words(col), v.strip()
        if not _AGE_COLUMN.search(w) or _SOMEONE_ELSES.search(w) or _BIRTH_COLUMN.search(w) or not present(raw):
            continue
        band = _BAND_ACROSS_18.match(in_english(raw).strip())
        if band and (band.group("decade") or not band.group("a")
                     or 5 <= int(band.group("a")) < adult <= int(band.group("b"))):
            return f"{col}: {_quoted(raw, 40)}, an age band that reaches under {adult}, no date of birth"
    return None


# an account suspended, in a game's or a community's admin export ("account_status: suspended"): a
# moderation sanction there, a membership on hold elsewhere; planned, and named so it can be checked
# (a telco's "Barred" line, the operator's block on a SIM: it cannot load or call, often in a dispute, named the same)
_SUSPENDED = re.compile(r"^(?:temporarily\s|temp\s)?(?:suspended|barred)\b", re.I)
# (a customer record's bare "Status: blocked", as a bank's CRM writes it, Polish "zablokowany": an account
# blocked may be a fraud hold or a late payment, so named, not left out, like a suspended one)
_BARE_STATUS = re.compile(r"^(?:status|state|customer\sstatus|client\sstatus)$")
_BLOCKED_STATE = re.compile(r"^(?:temporarily\s|temp\s)?blocked\b", re.I)


# a client whose service is on hold, by a provider's bare status ("Status: On hold", "Paused") or a note
# ("services on hold until further notice", "hospital admission - on hold until further notice"): not a
# leaver, so not left out, but the provider paused them for a reason (a hospital stay, a review), so named
# when chosen, as a suspended account is; not a caller kept on hold ("was on hold for 20 min")
_ON_HOLD_STATE = re.compile(r"^(?:on\s(?:hold|pause)|paused|service(?:s)?\s(?:on\shold|paused))$", re.I)
_ON_HOLD_NOTE = re.compile(
    r"\b(?:services?|supports?|plan|account|membership|funding|participant|client|file|case|bookings?)\s"
    r"(?:is\s|are\s|currently\s|now\s|put\s|placed\s|been\s|has\s|have\s)*on\s(?:hold|pause)\b|"
    r"\bon\shold\s(?:until|till|pending|while|during)\b|^\W*(?:on\shold|paused)\W*$", re.I)


def service_on_hold(p: Participant) -> str | None:
    """The bare status or the note that says this person's service is on hold, or None."""
    return next((f"{col}: {v.strip()}" for col, v in p.attributes.items()
                 if _BARE_STATUS.match(_words(col)) and _ON_HOLD_STATE.match(re.sub(r"[\s_-]+", " ", v.strip()))),
                None) or _noted(p, _ON_HOLD_NOTE)


def suspended_account(p: Participant) -> str | None:
    """The column and value that say this person's account is suspended, or None."""
    return next((f"{col}: {v.strip()}" for col, v in p.attributes.items()
                 if (_ACCOUNT_COLUMN.search(_words(col)) and not _NOT_THE_ACCOUNT.search(_words(col))
                     or _ENROLMENT_COLUMN.fullmatch(_words(col)))
                 and (_SUSPENDED.match(re.sub(r"[\s_-]+", " ", v.strip())) or _SUSPENDED.match(in_english(v)))
                 or _BARE_STATUS.match(_words(col)) and (_SUSPENDED.match(in_english(v)) or _BLOCKED_STATE.match(in_english(v)))),
                None)  # (in English: Turkish "Askıya Alındı", Indonesian "Ditangguhkan", Polish "zablokowany")


def birth_date(p: Participant) -> tuple[int, ...] | None:
    """The person's own date of birth as the numbers it is written with ("02/02/1970" and
    "2/2/1970" alike, and "02/02/2513", its year of the Buddhist Era), from a date-of-birth column; None where there is none, or it is no full
    date (a birthday without a year)."""
    for col, v in p.attributes.items():
        w = _words(col)
        if _BIRTH_COLUMN.search(w) and not _SOMEONE_ELSES.search(w) and not _GUARDIANS.search(w) \
                and len(re.findall(r"\d+", v)) == 3 and _either_way(v.strip()):
            return tuple(int(n) for n in re.findall(r"\d+", gregorian(v) or v))  # (12/04/2533 is 12/04/1990)
        if _BIRTH_COLUMN.search(w) and not _SOMEONE_ELSES.search(w) and not _GUARDIANS.search(w) \
                and len(six := six_digit_births(v, col, dt.date.today())) == 1:
            return (six[0].year, six[0].month, six[0].day)  # "950817" under 생년월일
    return None


# a date of birth of the person who answers for them, not theirs: "Guardian DOB", "Parent date of birth"
_GUARDIANS = re.compile(r"\b(?:guardian|parent|mother|father|proxy|carer|caregiver|emergency)\b")


# a date of birth in six digits, the year in two: Korean and Japanese forms (and a resident number's first
# half) write it year first, "950817" (1995-08-17); a Danish or Norwegian personal number day first, "170895"
_SIX_DIGITS = re.compile(r"(\d\d)(\d\d)(\d\d)")
_YEAR_FIRST_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")


def six_digit_births(value: str, column: str, today: dt.date) -> list[dt.date]:
    """The days a six-digit date of birth can be ("950817": 1995-08-17; a two-digit year after this
    year's is of the last century): year first under a header in Korean, Japanese or Chinese, as those
    forms write it; else year first and day first, each that the calendar has ("100515" is both)."""
    m = _SIX_DIGITS.fullmatch(value.strip())
    if m is None:
        return []
    a, b, c = (int(g) for g in m.groups())
    orders = [(a, b, c)] if _YEAR_FIRST_SCRIPT.search(column) else [(a, b, c), (c, b, a)]
    days = []
    for yy, month, day in orders:
        try:
            days.append(dt.date(yy + (2000 if yy <= today.year % 100 else 1900), month, day))
        except ValueError:
            continue
    return days


def _born_under_18(value: str, today: dt.date, adult: int = 18, column: str = "") -> bool:
    """A date of birth less than 18 years ago (``adult``: the study's age of majority, 18 unless
    --adult-age says more; a birthday without a year says nothing). A day and a month that could be
    swapped ("12/01/2008") hardly change an age, except within months of an 18th birthday: under 18
    read either way is under 18 (a minor is never asked by mistake); six digits ("950817") as
    ``six_digit_births`` reads them under ``column``."""
    readings = six_digit_births(value, column, today)
    for order in (DAY_FIRST, MONTH_FIRST) if not _SIX_DIGITS.fullmatch(value.strip()) else ():
        try:
            readings.append(parse_date(value, "", "", order))
        except InputError:
            continue
    return any((today.year - born.year - ((today.month, today.day) < (born.month, born.day))) < adult
               for born in readings)


def check_birth_dates(people: list[Participant]) -> None:
    """Refuse a date of birth the calendar lacks whichever way it is read ("31-11-1993"): a typo in
    the column the under-18 rule reads, which would otherwise say nothing of their age."""
    for p in people:
        for col, value in p.attributes.items():
            w = _words(col)
            if not _BIRTH_COLUMN.search(w) or _SOMEONE_ELSES.search(w) or not present(value):
                continue
            v = _TIME_AFTER.sub("", value.strip()) or value.strip()
            wrong = _no_such_day(v, DAY_FIRST)
            if wrong and _no_such_day(v, MONTH_FIRST):
                raise InputError(f"participant {p.pid}, column {col!r}: {value.strip()!r} is not a date: {wrong} "
                                 "(a typo?)")


_NUMERIC_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")


def check_date_columns(people: list[Participant]) -> None:
    """Refuse a day the calendar lacks whichever way it is read ("31.11.2026") in any column of
    dates, by its values (four in five of at least three written as dates in numbers), whatever its
    header says: the plan reads a column no table names once it is told to (``--usage-from``), and
    a typo found then is found too late, after the import changed the study."""
    columns = dict.fromkeys(k for p in people for k in p.attributes)
    for col in columns:
        values = [(p.pid, v.strip(), _TIME_AFTER.sub("", v.strip()) or v.strip())
                  for p in people if present(v := p.attributes.get(col) or "")]
        dated = [x for x in values if _NUMERIC_DATE.fullmatch(x[2])]
        if len(dated) < 3 or 5 * len(dated) < 4 * len(values):
            continue
        for pid, value, day in dated:
            wrong = _no_such_day(day, DAY_FIRST)
            if wrong and _no_such_day(day, MONTH_FIRST):
                raise InputError(f"participant {pid}, column {col!r}: {value!r} is not a date: {wrong} (a typo?)")


def _minor(value: str, adult: int = 18) -> bool:
    """An age under 18 (``adult``), as a number, a range ("15-17") or in words ("under 18", "moins de 18")."""
    v = value.strip().lower()
    if re.search(r"\b(?:under|below|moins de|menos de|unter|ponizej)\s18\b", v):
        return True
    ages = [int(n) for n in re.findall(r"\b\d{1,3}\b", v)]
    return bool(ages) and max(ages) < adult and min(ages) >= 5  # not a "0" or "1" from a yes/no


# a researcher's word to leave a row out, as a verb: "EXCLUDE", "Exclude - says 16 in survey", "exclude
# (minor)", "Exclude from study"; not "exclude from newsletters" (a marketing list)
_EXCLUDE_NOTE = re.compile(r"^exclude(?:\s*$|\s*[-\u2013\u2014:;,(!.]|\s(?:from\s(?:the\s)?(?:study|research|"
                           r"interviews?|recruit\w*|panel|sample|plan|list)|them|him|her|this|please)\b)", re.I)


# a yes/no column that the person is a minor, by its name in the roster's language ("Minor", "Under 18", "Is
# minor", German "Kind/Minderjährig", "Minderjährig", French "Mineur", Spanish "Menor de edad", Dutch
# "Minderjarig", Italian "Minorenne", Polish "Niepełnoletni"); not a "Kind" alone (English: a type) or a
# count of children
_MINOR_FLAG_COLUMN = re.compile(r"^(?:is\s(?:a\s)?|ist\s)?(?:minor|minors|under\s18(?:\syears)?|u18|underage|"
                                r"(?:child\s|kind\s)?(?:minor|minderjahrig\w*)|minderjarig\w*|mineure?|"
                                r"menor\sde\s(?:age|edad)|menor\sde\sidade|minorenne|niepelnoletni\w*)"
                                r"(?:\s(?:yes\sno|y\sn|ja\snein|flag))?$")


def _age_first_minor(value: str, adult: int = 18) -> bool:
    """An age answer that opens with an age under 18 (``adult``) and says more after it ("17 but 18 next month")."""
    m = _AGE_FIRST.match(fold(value).lower())
    return bool(m) and 5 <= int(m.group(1)) < adult


# what a note says that settles it: "Test account - do not ship", "DNC per her email"; a form's
# last free-text question ("Anything else you want to tell us?") is where people write it themselves
# (and comments in the roster languages: a form's "comentarios", "Kommentar", "commentaires")
_NOTES_COLUMN = re.compile(r"\b(?:notes?|comments?|remarks?|memo|background|comentarios?|commentaires?|commenti|"
                           r"commento|kommentare?|kommentarer|commentaar|komentarze?|observaciones|opmerking|notas?)$|"
                           r"^anything else\b|"
                           # notes named for whose or what they are, the notes word first ("Notas de soporte",
                           # "Notes from support", "Notas internas", "Commentaires du conseiller")
                           r"^(?:notes?|notas?|comments?|comentarios?|commentaires?|observaciones|observacoes|remarks?|"
                           r"notizen|anmerkungen|bemerkungen)\s(?:de|del|des|du|da|do|di|from|by|of|von|vom|der|internal|"
                           r"internas?|internos?|internes?|interne|interni)\b|"
                           # a CRM's free text on the contact (Salesforce's, NPSP's, Zoho's and Close's
                           # "Description"), not a product's or a job's description
                           r"^(?:contact\s|customer\s|donor\s|member\s|client\s)?description$|"
                           # a form's free comment ("Commentaire libre", "Comentario libre", "Free comments")
                           r"^(?:commentaires?|comentarios?|commenti|comments?)\s(?:libres?|livres?|liberi|libero)$|"
                           r"^free\scomments?$|"
                           # a record's flags and alerts, which a clinic's or a school's system keeps beside the
                           # notes ("Clinical flags", "Alerts", "Safeguarding", "Risk"); not a product's feature flags
                           r"^(?:(?:clinical|patient|client|medical|record|safety|safeguarding|risk|care|case|"
                           r"student|welfare|wellbeing|contact|special|chart)\s)?(?:flags?|alerts?|warnings?)$|"
                           # a landlord's ("Vulnerability Flags", "Tenancy alerts", "Household markers")
                           r"^(?:vulnerability|vulnerabilities|tenancy|tenant|household)\s(?:flags?|alerts?|warnings?|"
                           r"markers?)$|^vulnerabilit(?:y|ies)$|"
                           r"^safeguarding(?:\s(?:notes?|flags?|concerns?|alerts?|status))?$|"
                           r"^(?:clinical\s|patient\s|client\s|safeguarding\s)?risks?(?:\s(?:flags?|notes?|alerts?))?$")
# (not a time to avoid after a call refused: "no llamar después de las 6", "don't call before 10am")
_NOT_A_TIME = (r"(?!(?:\s(?:me|him|her|them|us))?\s(?:after|before|despues|antes|apres|avant|nach|vor|na|voor|until|till|"
               r"between|on\s(?:weekends?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)|"
               # (a part of the day: "don't call in the morning", "don't call me at night", "… during office hours")
               r"in\sthe\s(?:morning|afternoon|evening)|at\s(?:night|lunch(?:time)?|work)|(?:mornings|evenings)\b|"
               r"during\s(?:the\s)?(?:day|daytime|office\shours|work(?:ing)?\shours|business\shours|school\shours|"
               r"the\sweek|weekdays)))")
_NOTE_SAYS = re.compile(r"\b(?:do not contact|don'?t contact|dnc|not to be contacted|test account|test user|"
                        # (a call centre's "DND", do not disturb; not a phone's do-not-disturb mode or hours)
                        r"dnd(?!\s(?:mode|on|hours?|until|till|after|before|between|from))|"
                        r"internal test|staff account|employee account|deceased|do not invite|"
                        # (a school's or a clinic's "do not approach", "not to be approached")
                        r"do not approach|don'?t approach|not to be approached|do not (?:call|email|phone)"
                        + _NOT_A_TIME + r"|(?:don'?t|please do not) (?:call|phone|ring)" + _NOT_A_TIME + r"|no (?:phone )?calls|"
                        r"asked to be removed|remove (?:me|them|her|him) from|not interested in (?:calls|interviews?|"
                        r"research|being (?:called|contacted))|no more (?:calls|contact)|"
                        # an opt-out from research written as a note ("opted out of research", "Research opt-out")
                        r"opt(?:ed|s)?[\s-]?out (?:of|from) (?:(?:all|any|user|ux|customer|market) )?(?:research|"
                        r"interviews?|studies|surveys?)|(?:user |ux )?research opt[\s-]?out)\b|"
                        r"^(?:test|testing|qa)(?:\W+(?:ignore|only|entry|row|do not use|delete|please ignore))?\W*$",
                        re.I)
# someone saying in any answer that they will not be recorded: "I don't want to be recorded", "please
# don't record", "não quero ser gravada", "no quiero que me graben", "ich möchte nicht aufgenommen werden"
_NOT_RECORDED = re.compile(
    r"\b(?:do not|don'?t|dont|never)\s(?:want\s(?:to\sbe\s|it\s|this\s|you\sto\s)?)?record(?:ed|ing)?\b|"
    r"\b(?:rather|prefer)\snot\s(?:to\s)?be\srecorded\b|\bnot\s(?:ok|okay|comfortable|happy)\s(?:with\s)?"
    r"(?:being\s)?record(?:ed|ing)\b|\bno\srecordings?\s?,?\s?please\b|"
    r"\bnao\s(?:quero|desejo|aceito)\s(?:ser\s)?gravad[oa]\b|\bnao\s(?:me\s)?gravem\b|"
    r"\bno\s(?:quiero|deseo|acepto)\s(?:ser\sgrabad[oa]|que\sme\sgrab\w+)\b|\bno\s(?:me\s)?graben\b|"
    r"\bne\s(?:veux|souhaite)\spas\s(?:etre\s)?(?:enregistre|filme)e?\b|"
    r"\b(?:mochte|will|mag)\snicht\s(?:aufgenommen|aufgezeichnet)\b|"
    r"\bwil\sniet\s(?:worden\s)?opgenomen\b|\bnon\svoglio\s(?:essere\s)?registrat[oa]\b|"
    r"\bnie\schce\s(?:byc\s)?nagrywan[ya]\b|\bvill\sinte\sbli\sinspelad\b", re.I)
# how they want to be reached, one way only ("email only", "only by text"): a call refused beside it
# is that channel declined, not the research
_ONE_WAY_ONLY = re.compile(r"\b(?:e ?mail|text|sms|whatsapp|messages?|chat|video(?: call)?)\s+only\b|"
                           r"\bonly\s+(?:by|via|through|over)\s+(?:e ?mail|text|sms|whatsapp|chat|video)\b|"
                           r"\bprefers?\s+(?:e ?mail|text|sms|whatsapp)\b|"
                           # a channel preferred in a sentence, in the roster languages put in English
                           # ("par"/"por" read "per"): "Merci de me contacter plutôt par mail", "Je préfère
                           # être contacté par mail", "I'd rather be contacted by email"
                           r"\b(?:pref(?:er|ere|ier|ir|eri)\w*|rather|plutot|lieber|liever|raczej)\b"
                           r"(?:(?!\b(?:not|ne|no|nie)\b)[^.,;!?]){0,40}?"
                           r"\b(?:by|via|per)\s+(?:e[\s-]?mail|mail|courriel|correo(?: electronico)?|text|sms|whatsapp)\b|"
                           r"\b(?:e ?mail|text|sms)\s+(?:me\s+)?(?:rather than|instead of)\s+(?:call|phon|ring)\w*|"
                           # calls refused, another way then said to be fine: "Please don't call me, email is
                           # fine" (not "email is fine but please no calls, interviews or surveys": more refused)
                           r"\b(?:do not|don'?t|no)\s(?:phone\s)?(?:call|phon|ring)\w*(?:\s(?:me|us|him|her|them))?"
                           r"(?:\s?please)?[\s,;.:!-]+(?:but\s|just\s)?(?:e ?mail|text|sms|whatsapp)(?:ing)?\s"
                           r"(?:is\s|'s\s|works\s)?(?:fine|ok|okay|best|better|good|preferred)\b",
                           re.I)
_CALLS_REFUSED = re.compile(r"\b(?:(?:please\s)?(?:do not|don'?t)\s(?:call|phone|ring)\w*|no\s(?:phone\s)?calls|"
                            r"(?:asked|requested)\s(?:us\s)?not\sto\sbe\s(?:called|phoned|rung)(?:\sagain)?)\b",
                            re.I)


# an address the mail server refused for good (Intercom's "Hard bounced", "email_bounced", HubSpot's
# "Email hard bounce reason", an email status "bounced" or Mailchimp's "cleaned"): an invitation there
# never arrives, but the person may be reached another way, so a plan names them
_BOUNCED_COLUMN = re.compile(r"^(?:has\s|is\s)?(?:e ?mail\s)?(?:hard\s)?(?:bounced|bounce)(?:\s(?:e ?mail|address))?$")
_BOUNCE_REASON = re.compile(r"^(?:e ?mail\s)?hard\sbounce\sreason$")
_BOUNCED_STATE = re.compile(r"^(?:hard\s)?(?:bounced|bounce|cleaned)$")


# a note that says so: "activation email bounce", "Email bounced - try phone", "mail bounce ho gaya",
# "bounced email"; not a soft bounce (a full mailbox), a bounce rate, or one that did not bounce
_BOUNCED_NOTE = re.compile(r"\b(?:e ?-?mails?|mail|invite|invitation)\s(?:(?:hard|has|have|was|got|is)\s)?"
                           r"bounc(?:e|ed|es|ing)\b(?!\s(?:rate|rates))|\b(?:hard\s)?bounced\s(?:e ?-?mails?|mail|address)\b")
_NOT_BOUNCED = re.compile(r"\b(?:soft|no|not|never|didn'?t|did not|hasn'?t|has not|nahi)\s(?:\w+\s)?bounc")


def email_bounced(p: Participant) -> str | None:
    """The column that says this person's email address bounced ("Hard bounced"), or a note that
    says so ("activation email bounce"), or None."""
    for col, value in p.attributes.items():
        w, v = _words(col), in_english(value.strip())
        if not present(value) or _MARKETING.search(w):
            continue
        if (_BOUNCED_COLUMN.match(w) and _YES.match(v)) or _BOUNCE_REASON.match(w) or \
                (_EMAIL_STATE.match(w) and _BOUNCED_STATE.match(re.sub(r"[\s_-]+", " ", v.lower()).strip())):
            return f"{col}: {value.strip()}"
        if _NOTES_COLUMN.search(w) and _BOUNCED_NOTE.search(v) and not _NOT_BOUNCED.search(v):
            return f"{col}: {_quoted(value.strip())}"
    return None


def refused_recording(p: Participant) -> str | None:
    """Where they said, in their own words in any answer, that they will not be recorded ("I don't
    want to be recorded"), quoted: a plan leaves them out as it does a no in the consent column
    (``--include-unconsented`` keeps both), whatever a checkbox beside it says."""
    return next((f"{col}: {_quoted(v.strip())}" for col, v in p.attributes.items() if _says_not_recorded(v)), None)


@functools.lru_cache(maxsize=65536)  # (values repeat across a roster: "yes", "Pro", a date)
def _says_not_recorded(value: str) -> bool:
    # (folded for the languages the pattern names, and put in English for Hinglish: "recording mat karo")
    return bool(_NOT_RECORDED.search(fold(value).replace("\u2019", "'")) or _NOT_RECORDED.search(in_english(value)))


@functools.lru_cache(maxsize=65536)
def _says_one_way(value: str) -> bool:
    return bool(_ONE_WAY_ONLY.search(in_english(value.strip())))


def reached_one_way(p: Participant) -> str | None:
    """A note of how they want to be reached, one way only ("please don't call, email only"), quoted;
    or a note that refuses calls alone ("wil niet gebeld worden") from someone with an email address
    who said yes to research, which leaves email."""
    return next((f"{col}: {_quoted(v.strip())}" for col, v in p.attributes.items()
                 if _says_one_way(v) or _calls_refused_only(p, col, v)), None)


# a note that refuses phone calls, in the roster languages (read without accents): "please don't call
# me", "no phone calls", "wil niet gebeld worden", "niet bellen", "möchte nicht angerufen werden",
# "ne souhaite pas être appelé", "no llamar"
_CALL_REFUSAL = re.compile(
    # (not a time of day, as ``_NOTE_SAYS`` reads one: "don't call after 8pm" is neither a no nor one way only)
    r"\b(?:please\s)?(?:do not|don'?t|never)\s(?:call|phone|ring)" + _NOT_A_TIME + r"(?:\s(?:me|him|her|them|us))?\b|"
    r"\bno\s(?:phone\s)?calls(?:\s(?:please|pls))?\b|"
    r"\b(?:wil|wenst|graag|liever)\s(?:\w+\s){0,2}?niet\s(?:meer\s)?(?:gebeld|opgebeld)(?:\s(?:worden|te\sworden))?\b|"
    r"\bniet\s(?:meer\s)?(?:bellen|opbellen)\b|\bgeen\stelefoontjes(?:\s(?:meer|gewenst))?\b|"
    r"\b(?:mochte|moechte|will|bitte)\s(?:\w+\s){0,2}?(?:nicht|keine)\s(?:mehr\s)?(?:angerufen(?:\swerden)?|anrufen|anrufe)\b|"
    r"\bne\s(?:(?:veut|souhaite)\s)?(?:plus|pas)\s(?:etre\s)?(?:appele|rappele)e?s?\b|\bne\spas\s(?:l\s|le\s|la\s)?appeler\b|"
    r"\bno\s(?:(?:quiere|desea)\s)?(?:ser\s)?(?:llamad[oa]|llamar|llamen)\b|"
    # Norwegian (Bokmål, Nynorsk) and Danish: "ikke ring", "ikkje ring", "ring ikke" (not "ikke ring etter kl. 16")
    r"\b(?:ikke|ikkje)\sring\b(?!\s(?:etter|efter|for|innen|inden|mellom|mellem|pa\s|fra\s|i\s))|"
    r"\bring\s(?:ham\s|hende\s|henne\s)?(?:ikke|ikkje)\b(?!\s(?:etter|efter|for|innen|inden|mellom|mellem|pa\s|fra\s|i\s))",
    re.I)


def _calls_refused_only(p: Participant, col: str, value: str) -> bool:
    """The note refuses phone calls and, without that, says nothing against asking them, for someone
    the roster gives an email address who said yes to research: a channel, not a no."""
    if not p.email or not _NOTES_COLUMN.search(_words(col)) or not _CALL_REFUSAL.search(fold(value)):
        return False
    rest = _CALL_REFUSAL.sub(" ", fold(value))
    if _OTHER_CONTACT.search(rest):  # "wil niet gebeld of gemaild worden": not calls alone
        return False
    return _column_says(col, rest, dt.date.today()) is None and said_yes_to_research(p) is not None


_OTHER_CONTACT = re.compile(r"\b(?:e[\s-]?mail\w*|mail|mails|mailen|gemaild|benader\w*|contact\w*|kontakt\w*|"
                            r"schrijven|angeschrieben|anschreiben|ecrire|courriel\w*|correo\w*|escrib\w*)\b")


# contact that goes through someone else: "Legacy pledger - handle via legacy team only", "All contact
# through their account manager", "Contact via CSM only": not a no, but not the researcher's to make
_THROUGH_SOMEONE = re.compile(
    r"\b(?:handle[ds]?|handling|contact(?:ed|s)?|approach(?:ed)?|manage[ds]?|deal|dealt|route[ds]?|go|goes|"
    r"speak|talk)\s+(?:(?:with\s+(?:them|him|her)|only)\s+)?(?:via|through|thru)\s+(?:the\s+|their\s+|our\s+|his\s+|"
    r"her\s+|an?\s+)?(?:[\w&/-]+\s+){0,2}?(?:team|manager|department|dept|office|csm|am|rep|representative|owner|"
    r"partner|agency|solicitor|lawyer|officer|liaison|steward|relationship\s+lead|planned\s+giving|major\s+gifts?|"
    r"gift\s+planning)s?\b|"
    # a relative: "Contact through her daughter (tel …)", Polish "prosi o kontakt przez córkę"
    r"\b(?:contact(?:ed)?|approach(?:ed)?|speak|talk)\s+(?:only\s+)?(?:via|through|thru)\s+(?:the\s+|their\s+|his\s+|her\s+)"
    r"(?:daughter|son|husband|wife|mother|father|granddaughter|grandson|sister|brother|family|carer|relative)s?\b|"
    # "ALL contact through Rob only", "contact only via her daughter", "do not call or email directly"
    r"\ball\s+(?:contact|communication|correspondence)s?\s+(?:is\s+|goes\s+)?(?:only\s+)?(?:via|through|thru)\b|"
    r"\b(?:do\s+not|don'?t|never)\s+(?:contact|call|e-?mail|approach|phone)(?:\s+or\s+(?:call|e-?mail|phone))?\s+"
    r"(?:(?:him|her|them)\s+)?directly\b|"
    # "contact only via T&S", "reach only through Legal", "contact via Safety only": whoever is named, a team
    # by its short name included, so long as it is not a channel ("contact only via email" is how, not who)
    r"\b(?:contact(?:ed)?|approach(?:ed)?|reach(?:ed)?)\s+(?:(?:them|him|her)\s+)?only\s+(?:via|through|thru)\s+"
    r"(?!(?:e-?mail|mail|phone|telephone|text|sms|whats\s?app|post|letter|in[\s-]?app|app|chat|message|messages|"
    r"messaging|push|calls?|video|zoom|teams|signal|telegram|wechat|line|dm|dms|sms/text)\b)\S|"
    r"\b(?:contact(?:ed)?|approach(?:ed)?|reach(?:ed)?)\s+(?:via|through|thru)\s+(?:the\s+)?(?:t\s?&\s?s|"
    r"trust\s+(?:and|&)\s+safety|safety|legal|compliance|security|moderation)\b|"
    # someone to ask first: "check with SC before contacting", "speak to her case manager before calling"
    r"\b(?:check|confirm|speak|talk|clear\s+it)\s+(?:with|to)\s+(?:the\s+|their\s+|his\s+|her\s+|our\s+)?"
    r"(?:[\w&/-]+\s+){0,2}?[\w&/-]+\s+(?:first\s+)?before\s+(?:any\s+)?(?:contact(?:ing)?|call(?:ing)?|approach(?:ing)?|"
    r"invit(?:e|es|ing)|reaching\s+out|e-?mail(?:ing)?|phon(?:e|ing)|ringing)\b", re.I)


# a note that their number is someone else's ("not her own number, it's her grandmother's", "uses his
# mother's phone", Swahili "namba si yake, ni ya bibi yake" as ``in_english`` reads it): a call reaches
# that person first
_NOT_THEIR_PHONE = re.compile(
    r"\bnot\s(?:their|his|her)\s(?:own\s)?(?:number|phone|mobile|line)\b|"
    r"\b(?:number|phone|mobile|line)\s(?:is\s)?not\s(?:theirs|his|hers|their\sown|his\sown|her\sown)\b|"
    r"\b(?:uses?|using|on)\s(?:their|his|her)\s(?:\w+\s)?(?:mother|father|grandmother|grandfather|wife|husband|son|"
    r"daughter|sister|brother|parent|spouse|friend|neighbou?r|relative|uncle|aunt)['\u2019]?s\s(?:phone|number|mobile)\b|"
    r"\b(?:phone|number|mobile)\s(?:is\s|belongs\sto\s)(?:their|his|her)\s(?:\w+\s)?(?:mother|father|grandmother|"
    r"grandfather|wife|husband|son|daughter|sister|brother|parent|spouse|friend|neighbou?r|relative|uncle|aunt)\b|"
    # someone else answers it: "her son answers the phone", Hinglish "beta phone uthata hai" as ``in_english`` reads it
    r"\b(?:their|his|her)\s(?:mother|father|grandmother|grandfather|wife|husband|son|daughter|sister|brother|parent|"
    r"spouse|relative)\s(?:always\s|usually\s)?(?:answers|picks\sup)\s(?:the\s|their\s|his\s|her\s)?(?:phone|calls?)\b")


# a donor CRM's gift officer assigned to the person (Raiser's Edge's "Primary gift officer", "Prospect
# manager"): a major donor's contact goes through that officer
_GIFT_OFFICER_COLUMN = re.compile(r"^(?:primary\s|assigned\s)?(?:gift|development|major\sgifts?|planned\sgiving)\s"
                                  r"officers?(?:\sname)?$|^prospect\smanager(?:\sname)?$")


def gift_officer_columns(people: list[Participant]) -> list[str]:
    """The roster's columns of the gift officer assigned to them, where someone has one: a plan file
    carries them, as the invitation goes through that officer."""
    return sorted({c for p in people for c, v in p.attributes.items()
                   if _GIFT_OFFICER_COLUMN.search(_words(c)) and present(v)})


def through_someone(p: Participant) -> str | None:
    """A note that contact with them goes only through a colleague or another team, or that their
    number is someone else's, or the gift officer a donor CRM assigned them, quoted."""
    officer = next((f"contact through their gift officer ({col}: {v.strip()})" for col, v in p.attributes.items()
                    if _GIFT_OFFICER_COLUMN.search(_words(col)) and _names_someone(v)), None)
    return officer or next((f"{col}: {_quoted(v.strip())}" for col, v in p.attributes.items()
                 if present(v) and (_THROUGH_SOMEONE.search(v) or _NOTES_COLUMN.search(_words(col))
                                    and (_NOT_THEIR_PHONE.search(in_english(v))
                                         or _THROUGH_SOMEONE.search(in_english(v))))), None)


# a note the rules cannot read: in a language none of them reads, so a request not to be called or a
# death in it goes unseen. Positive evidence only: once ``in_english`` has put in English what it reads,
# the words that are neither English (``english_words``) nor of a language the tables read
# (``glossary.words_read``), not names (a capital within a sentence: "amehama Mombasa"), acronyms ("DND",
# "CRB"), numbers, dates or ids; in a clause, most of its words and two at least (or a note of one or
# two words, all unread), so an English half does not hide the rest. A note in a language the tables
# read is read (two everyday words of one of them, ``glossary.everyday_words``, or one beside its accents
# or a word of its tables: "Est passé chez un autre syndic"). Letters of a script no table reads (Thai,
# Arabic, Cyrillic, Hangul, Han without kana) are unread.
_WORD_IN_NOTE = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_READ_ACCENTS = re.compile(r"[\u00e0-\u00f6\u00f8-\u00ff\u0105\u0107\u0119\u0142\u0144\u015b\u017a\u017c"
                           r"\u0103\u0111\u01a1\u01b0\u1ea1-\u1ef9]")  # (Vietnamese: ă đ ơ ư ạ ả … ỹ)


@functools.lru_cache(maxsize=65536)
def unread_words(note: str) -> tuple[str, ...]:
    """The words of ``note`` that no rule reads (see above), or () where the note is read."""
    from listenwell.analysis.english_words import have_vocabulary, is_english_word

    raw = note.strip()
    if not have_vocabulary() or not present(raw):
        return ()
    english = in_english(raw)
    letters = [c for c in english if c.isalpha()]
    other_script = [c for c in letters if not _LATIN.match(c)]
    if other_script and not _KANA.search(raw) and 2 * len(other_script) >= len(letters):
        return (raw,)
    # (numbers, dates and ids are not words; a capital within the note is a name, capitals an acronym)
    names = {fold(w).lower() for tok in raw.split() for w in _WORD_IN_NOTE.findall(tok)
             if re.fullmatch(r"[A-Z]{2,}", w)}
    names |= {fold(w).lower() for sentence in re.split(r"[.!?:;]\s+|\s[-\u2013\u2014]\s", raw)
              for tok in sentence.split()[1:] for w in _WORD_IN_NOTE.findall(tok)[:1] if w[:1].isupper()}
    clauses = [[w for tok in clause.split() if not re.search(r"\d", tok)
                for w in _WORD_IN_NOTE.findall(tok) if len(w) > 1 and _LATIN.match(w)]
               for clause in re.split(r"[,.;:!?()\[\]]+\s*|\s[-\u2013\u2014/|]+\s", english)]
    whole = sum(len(c) for c in clauses)
    # in a language the tables read: two of its everyday words, or one and a letter of its accents or a
    # word of its tables ("Est passé chez un autre syndic"); in a note of three words, one of these
    read, own = words_read(), [w.lower() for w in _WORD_IN_NOTE.findall(fold(raw)) if _LATIN.match(w)]
    evidence = _language_read(raw)
    # (not an accent of a Hungarian note, "gondnokság alatt", "kikapcsolás folyamatban": it shares its á and é with
    # French and Spanish, whose notes the rules read, but a Hungarian note no rule matched is named, as
    # ``glossary.hungarian_words`` says)
    if set(own) & hungarian_words() or re.search(r"[\u0151\u0171]", raw.lower()):
        evidence -= bool(_READ_ACCENTS.search(raw.lower()))
    # (a Pidgin or Hausa word says a note is no English one, whatever its words English shares: "she dey sell na")
    west_african = PIDGIN_OWN | WEST_AFRICAN_UNREAD
    if (evidence >= 2 or (evidence and len(own) <= 3)) and not set(own) & west_african:
        return ()
    out: list[str] = []
    # (by clause: a note half in English, "loan written off, anaogopa simu za madeni", hides the rest)
    for said in clauses:
        unread = [w for w in said if (not is_english_word(w) or w.lower() in west_african) and w not in names
                  and (w not in read or w.lower() in west_african)]
        # (a Taglish clause, two Tagalog words among English ones: "Lumipat na sa ibang e-wallet", unread all the same)
        taglish = len({w.lower() for w in said} & tagalog_words()) >= 2
        if unread and (len(unread) >= 2 or whole <= 2 or {w.lower() for w in unread} & west_african) \
                and (2 * len(unread) >= len(said) or taglish or {w.lower() for w in unread} & west_african):
            out += unread
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def _language_read(raw: str) -> int:
    """How much says ``raw`` is in a language the tables read: its everyday words (the most of one
    language), a letter of its accents, a word of its tables that is not English."""
    from listenwell.analysis.english_words import is_english_word

    read, own = words_read(), [w.lower() for w in _WORD_IN_NOTE.findall(fold(raw)) if _LATIN.match(w)]
    return max(len(set(own) & language) for language in everyday_words()) \
        + bool(_READ_ACCENTS.search(raw.lower())) + any(w in read and not is_english_word(w) for w in own)


def in_a_language_read(note: str) -> bool:
    """Whether an unread note (``unread_words``) is in a language the rules read: no rule matched it,
    but it is not in a language nobody reads. Several words say so, not one: two everyday words of
    one language, or words written with its letters (a Polish note's "dzieło, rozważa") where no
    letter of another alphabet is as common ("Đã PV ngày … về thu nhập": Vietnamese, its "ã" and
    "à" shared with French), or one of these and a word of its tables."""
    from listenwell.analysis.english_words import is_english_word

    raw = note.strip()
    own = {w.lower() for w in _WORD_IN_NOTE.findall(fold(raw)) if _LATIN.match(w)}
    everyday = max((len(own & language) for language in everyday_words()), default=0)
    everyday = max(everyday, len(own & hinglish_words()))  # (Hinglish: "beta 16 saal ka hai, wahi app chalata hai")
    everyday = max(everyday, len(own & hungarian_words()))  # (Hungarian: "Nagyon elégedett, mert …")
    everyday = max(everyday, len(own & romanian_words()))  # (Romanian: "fost angajat", "soţia unui angajat")
    everyday = max(everyday, finnish_words(own))  # (Finnish: "Haastateltu 28.5.2026 (noutopistetutkimus)")
    everyday = max(everyday, len(own & tagalog_words()))  # (Tagalog: "Nagsara na ang tindahan")
    everyday = max(everyday, pidgin_words(own))  # (Nigerian Pidgin: "customer dey hustle for Mile 12")
    everyday = max(everyday, len(own & czech_words()))  # (Czech: "Stěhování, jinak jsem byla spokojená.")
    everyday = max(everyday, len(own & italian_words()))  # (Italian: "Passato a concorrenza per prezzo")
    words = [w for w in raw.lower().split() if any(c.isalpha() for c in w)]
    accented = [w for w in words if _READ_ACCENTS.search(w)]
    foreign = [c for c in raw.lower() if c.isalpha() and not c.isascii() and _LATIN.match(c)
               and not _READ_ACCENTS.match(c)]
    letters = min(len(accented), 2) if len(foreign) < len(_READ_ACCENTS.findall(raw.lower())) else 0
    table = any(w in words_read() and not is_english_word(w) for w in own)
    return everyday + letters + table >= 2


def unread_note(p: Participant, also: frozenset[str] = frozenset(), read_language: bool | None = None) -> str | None:
    """Their notes that no rule could read (``unread_words``), each quoted with its column, for the
    researcher to read: every note column, those named notes first ("הערות", the CRM's own), then
    those read as notes by what they hold (``also``, ``notes_by_content``: a survey's comment), so the
    note that matters is not hidden behind another; ``read_language``: only notes in a language the
    rules read (True: no rule matched them) or only those in another (False)."""
    # (a survey's question, "מה הסיבה העיקרית לציון שנתת?", holds their answer: after the roster's notes)
    cols = sorted((col for col in p.attributes if col in also or _NOTES_COLUMN.search(_words(col))),
                  key=lambda col: (not _NOTES_COLUMN.search(_words(col)), col.rstrip().endswith(("?", "\u061f"))))
    said: dict[str, str] = {}  # (one note under two columns, a re-import's: said once)
    for col in cols:
        if unread_words(v := p.attributes[col]) and (read_language is None or in_a_language_read(v) == read_language):
            said.setdefault(v.strip(), col)
    return "; ".join(f"{col}: {quoted(_quoted(v))}" for v, col in said.items()) or None


def notes_by_content(people: list[Participant]) -> list[str]:
    """The columns read as notes by their values, where no word of the header says so (a Turkish
    "Not", an Arabic "ملاحظات الوكيل"): sentences, nearly each its own (``free_text_columns``)."""
    keys = [k for k in dict.fromkeys(k for p in people for k in p.attributes) if not _NOTES_COLUMN.search(_words(k))]
    return free_text_columns(keys, [p.attributes for p in people])


def unread_notes(people: list[Participant], read_language: bool | None = None) -> dict[str, str]:
    """pid → a note no rule could read (``unread_note``), in a note column by its name or by its
    values (``notes_by_content``); ``read_language`` as ``unread_note``'s."""
    also = frozenset(notes_by_content(people))
    return {p.pid: why for p in people if (why := unread_note(p, also, read_language))}


def unread_notes_elsewhere(people: list[Participant]) -> dict[str, str]:
    """``unread_notes`` in a language the rules do not read."""
    return unread_notes(people, read_language=False)


def notes_no_rule_matched(people: list[Participant]) -> dict[str, str]:
    """``unread_notes`` in a language the rules read, which no rule matched (a Polish note of a
    freelancer's contracts): named apart, so the plan does not say their language is not read."""
    return unread_notes(people, read_language=True)


def an_organisation(p: Participant) -> str | None:
    """Why the row looks like an organisation rather than a person: a company's legal form ending
    the name ("Harlow Engineering Ltd"), said without the private name. (A record type that says
    so, "Supporter Type: Corporate", leaves the row out: ``_ORGANISATION_ROW``.)"""
    form = LEGAL_FORM.search(p.name.strip()) if p.name else None
    return f"the name ends “{form.group(0).strip(' ,')}”" if form else None


# the channel a note asks for: the first one it names ("email me rather than call": email)
_CHANNEL = re.compile(r"\b(?:(e[\s-]?mail|mail|courriel|correo)|text|sms|whatsapp|messages?|phone|call)", re.I)


def way_not_in_roster(p: Participant) -> str | None:
    """The way they asked to be reached one way only, where their row has nothing to reach them
    that way ("SMS only" and no phone number, "email only" and no address): what is missing, or
    None."""
    asked = next((m.group(0) for v in p.attributes.values() if _says_one_way(v)
                  for m in [_ONE_WAY_ONLY.search(in_english(v.strip()))] if m), None)
    channel = _CHANNEL.search(_CALLS_REFUSED.sub(" ", asked)) if asked else None  # (not "don't call": email)
    if channel is None or re.match(r"(?i)video|chat", channel.group(0)):
        return None
    if channel.group(1):
        return None if p.email and "@" in p.email else "no email address"
    return None if phones(p.attributes) else "no phone number"


# a person asking it in their own words, in whatever column they could write in, or a note of
# their request ("Cliente pediu para não ser contatada por telefone nem e-mail", "Demande à ne plus
# être contactée", "Möchte nicht mehr angerufen werden"), read without accents: a not (no, não,
# ne…plus/pas, nicht, niet, non, nie, inte/ikke) with being contacted, called or emailed, or with
# getting calls or emails, never a "not contacted yet" ("ainda não foi contatada": no "ser")
_ASKS_NOT_TO_BE_CONTACTED = re.compile("|".join((
    # English
    r"\b(?:do not|don'?t|never)\s(?:contact|e ?mail|call|phone|ring|message|text)\s(?:me|us)\b" + _NOT_A_TIME,
    r"\b(?:not|never)\sto\sbe\s(?:contacted|called|e ?mailed|approached)\b",
    r"\b(?:does not|doesn'?t|did not|didn'?t|do not|don'?t)\swant\sto\sbe\s(?:contacted|called|e ?mailed|approached)\b",
    # "I'd rather not be contacted for an interview", "prefers not to be called"; not a channel it
    # names ("rather not be contacted by phone"): a way to reach them, not a no
    r"\b(?:rather|prefers?|preferred|preferring)\snot\s(?:to\s)?be\s(?:re ?)?"
    r"(?:contacted|approached|called|phoned|rung)\b"
    r"(?!\s(?:by|via|through|on|over|at)\s(?:\w+\s)?(?:e ?-?mail|phone|telephone|mobile|cell|text|sms|whatsapp|post|"
    r"letter|linkedin|work)\b)",
    r"\b(?:take|remove)\s(?:me|us)\s(?:off|from)\s(?:this|the|your|any|all)\s(?:\w+\s)?lists?\b",
    r"\bstop\s(?:sending|e ?mailing|contacting|calling|messaging|texting)\s(?:me|us)\b",
    r"\bplease\s(?:no|do not|don'?t)\s(?:more\s)?(?:calls|contact|e ?mails|interviews|surveys|phone calls)\b",
    # "Do not ask her for interviews", "no more research requests", "asked to be left alone"
    r"\b(?:do not|don'?t|never)\s(?:ask|invite|approach)\s(?:(?:them|him|her|me|us)\s)?(?:for|to)\s(?:\w+\s)?"
    r"(?:research|interviews?|studies|surveys?|feedback)\b",
    r"\bno\s(?:more\s)?(?:research|interview|survey|study)\s(?:requests|invitations|invites)\b",
    r"\b(?:asked|wants?|wishes)\sto\sbe\sleft\salone\b",
    # "requested no contact after tuition dispute", "asked for no further contact"; not a channel
    # ("requested no contact by phone"): a way to reach them, as above
    r"\b(?:requested|requests|asked\sfor|asks\sfor|wants|wanted)\sno\s(?:further\s|more\s)?(?:contact|communications?)\b"
    r"(?!\s(?:by|via|through|on|over|at)\s(?:\w+\s)?(?:e ?-?mail|phone|telephone|mobile|cell|text|sms|post|letter)\b)",
    # Portuguese
    r"\bnao\s(?:(?:quer|deseja|aceita|gosta de)\s)?(?:mais\s)?ser\s(?:mais\s)?(?:contatad|contactad|procurad|"
    r"chamad|incomodad)[oa]s?\b",
    r"\bnao\s(?:(?:quer|deseja)\s)?(?:mais\s)?receber\s(?:mais\s)?(?:ligacoes|chamadas|e ?-?mails?|contatos?|"
    r"mensagens|convites)\b",
    r"\bnao\s(?:(?:a|o|me|nos)\s)?(?:contatar|contactar|contatem|contactem|ligar|liguem|entrar em contato)\b",
    # Spanish
    r"\bno\s(?:(?:quiere|desea|acepta)\s)?(?:mas\s)?ser\s(?:mas\s)?(?:contactad|llamad|molestad)[oa]s?\b",
    r"\bno\s(?:(?:quiere|desea)\s)?(?:mas\s)?recibir\s(?:mas\s)?(?:llamadas|correos|e ?-?mails?|mensajes|"
    r"encuestas|invitaciones)\b",
    # (not a time to avoid: "no llamar después de las 6" is when to call)
    r"\bno\s(?:(?:la|le|lo|me|les|los|las)\s)?(?:contactar|contacten|contacte|llamen|llamar|escriban|molesten)\b"
    r"(?!\s(?:despues|antes|por\sla|en\sla|los\s(?:lunes|martes|miercoles|jueves|viernes|sabados|domingos)))",
    r"\bno\s(?:quiere|desea)\sque\s(?:le|la|lo|les|los|las|me)\s(?:llamen|contacten|escriban|molesten)\b",
    r"\bno\s(?:quiere|desea)\s(?:participar|colaborar)\s(?:en\s)?(?:\w+\s){0,3}?(?:entrevistas?|estudios?|"
    r"investigaci(?:o|ó)n|encuestas?)\b",
    # French
    r"\bne\s(?:(?:veut|souhaite|desire)\s)?(?:plus|pas)\s(?:etre\s)?(?:re)?(?:contacte|sollicite|appele|rappele)e?s?\b",
    r"\bne\s(?:(?:veut|souhaite)\s)?(?:plus|pas)\s(?:(?:la|le|me|les|nous)\s)?(?:re)?(?:contacter|appeler|"
    r"solliciter|rappeler)\b",
    r"\bne\s(?:veut|souhaite|desire)\s(?:plus|pas)\srecevoir\s(?:d\W?|de\s)?(?:appels|mails|e ?-?mails|courriels|"
    r"sollicitations|messages)\b",
    # German
    r"\b(?:mochte|moechte|will|wunscht|bitte)\s(?:\w+\s){0,3}?(?:nicht|keine?n?)\s(?:mehr\s)?(?:kontaktiert|"
    r"angerufen|angeschrieben|kontaktieren|anrufen|anschreiben|kontakt|anrufe|e ?-?mails)\b",
    r"\b(?:kein\skontakt|kontakt\snicht)\s(?:mehr\s)?erwunscht\b|\bkeine\skontaktaufnahme\b",
    # "Bitte keine Interviewanfragen mehr", "Keine Anrufe mehr", "bitte nicht für Forschung anfragen"
    # (not "noch nicht anfragen": not yet)
    r"\bbitte\skeine\s(?:\w+\s)?(?:\w*anfragen|\w*einladungen|anrufe|e ?-?mails)\b|"
    r"\bkeine\s(?:\w+\s)?(?:\w*anfragen|\w*einladungen|anrufe|kontaktaufnahmen?|e ?-?mails)\s(?:mehr|erwunscht)\b",
    r"(?<!noch\s)\bnicht\s(?:mehr\s)?(?:(?:fur|zu)\s(?:\w+\s){0,2}?)?(?:anfragen|einladen|ansprechen)\b",
    r"\bum\sruhe\sgebeten\b|\bin\sruhe\sgelassen\swerden\b",
    # Dutch
    r"\b(?:wil|wenst|graag|liever)\s(?:\w+\s){0,2}?niet\s(?:meer\s)?(?:benaderd|gebeld|gemaild|gecontacteerd)\b",
    r"\bniet\s(?:meer\s)?(?:benaderen|bellen|mailen|contacteren)\b|\bgeen\s(?:contact|telefoontjes|mails)\s"
    r"(?:meer|gewenst)\b",
    # Italian
    r"\bnon\s(?:(?:vuole|desidera)\s)?(?:piu\s)?essere\s(?:piu\s)?(?:contattat|ricontattat|chiamat|disturbat)[oaie]\b",
    r"\bnon\s(?:(?:vuole|desidera)\s)?(?:piu\s)?(?:(?:mi|la|lo|li|le)\s)?(?:contattare|ricontattare|chiamare|"
    r"contattarl[aoie]|chiamarl[aoie])\b",
    r"\bnon\s(?:vuole|desidera)\s(?:piu\s)?ricevere\s(?:piu\s)?(?:chiamate|telefonate|e ?-?mail|messaggi)\b",
    # Polish
    r"\bnie\s(?:(?:chce|zyczy sobie)\s)?(?:juz\s)?(?:byc\s)?(?:juz\s)?(?:kontaktowan[ya]|kontaktowac|dzwonic|"
    r"niepokoic)\b",
    r"\bprosi\s(?:o\s)?brak\s(?:kontaktu|telefonow)\b",
    # Swedish, Norwegian, Danish
    r"\b(?:inte|ikke)\s(?:\w+\s){0,2}?(?:bli|blive)\s(?:kontaktad|kontaktet|kontaktede|ringd|oppringt)\b",
    r"\b(?:ikke|inte)\s(?:kontaktes|kontaktas|ringes)\b",
)))
# a no to interviews in their own words, beside a yes to other research perhaps ("Happy to do surveys
# but not interested in an interview", "Yes - surveys only", "No interviews please"); not a bare "Not
# interested" (a sales lead's status), nor a no to surveys
_ASKS_NOT_TO_BE_INTERVIEWED = re.compile("|".join((
    r"\b(?:rather|prefers?|preferred|preferring)\snot\s(?:to\s)?(?:be\sinterviewed|do\s(?:an?\s|any\s)?interviews?|"
    r"take\spart\sin\s(?:an?\s|any\s)?interviews?)\b(?!\s(?:on|with)\s(?:camera|video))",
    r"\b(?:does not|doesn'?t|do not|don'?t|never)\swant\sto\s(?:be\sinterviewed|do\s(?:an?\s|any\s)?interviews?)\b",
    r"\bnot\sinterested\sin\s(?:an?\s|any\s|the\s|doing\s(?:an?\s|any\s)?|taking\spart\sin\s(?:an?\s|any\s)?|"
    r"being\s)?(?:\w+\s(?:or|and)\s)?(?:interviews?|interviewed|contacted|(?:research|follow[\s-]?up|video|phone)\s"
    r"(?:calls?|interviews?|sessions?))\b",
    r"\bno\s(?:more\s)?interviews?\W*(?:please|thanks|thank you|for me)\b",
    # "Pas d'entretien svp", "Sin entrevistas, por favor" (the interview word read in English)
    r"\b(?:pas\sd|sin|sem|keine?|geen|niente|bez)\s(?:\w+\s)?interviews?(?:\W*(?:svp|s'il vous plait|merci|"
    r"por favor|bitte|alsjeblieft|per favore|prosze)\b|\W*$)",
    r"\b(?:surveys?|questionnaires?)\sonly\b|\bonly\s(?:surveys?|questionnaires?)\W*$",
    # as a researcher notes it: "said no to interview", "declined the interview", "turned down a call"
    r"\b(?:said\sno\sto|declined|turned\sdown|refused)\s(?:an?\s|the\s|any\s|our\s)?(?:\w+\s)?"
    r"(?:interviews?|being\sinterviewed|(?:research|follow[\s-]?up|video|phone)\scalls?)\b",
    r"\bno\s(?:me\s)?interes(?:a|an|ado|ada)\s(?:en\s|participar\sen\s|hacer\s)?(?:una?\s|las?\s)?entrevistas?\b",
    r"\b(?:nao\stenho|sem)\sinteresse\s(?:em\s|na\s|nas\s|numa\s|de\sfazer\s)?(?:uma\s)?entrevistas?\b",
    r"\bpas\sinteresse(?:e)?s?\spar\s(?:un|les|des)\s(?:entretiens?|interviews?)\b",
    # "Kein Interesse an Umfragen oder Interviews", "an Forschung" (not at surveys alone)
    r"\bkein(?:e)?\sinteresse\san\s(?:einem\s|einer\s)?(?:\w+\s(?:oder|und|bzw)\s)?(?:interviews?|gesprach|"
    r"gesprachen|forschung|nutzerforschung|studien|befragungen)\b|\bkeine\sinterviews\b",
    r"\bnon\s(?:mi\s)?interess(?:a|ano|ato|ata)\s(?:a\s|alle\s|le\s)?(?:un\s|una\s|un'|le\s)?intervist[ae]\b",
    r"\bgeen\sinteresse\sin\s(?:een\s)?interviews?\b|\bgeen\sinterviews\b",
)))
# a whole value that names a test account ("Status: Conta teste", "Type: QA user"), and a name,
# company or school marked as one: "Demo School (internal)", "Equipe Loja (teste)"
_TEST_ACCOUNT_VALUE = re.compile(r"^(?:internal\s)?(?:test|qa|internal|staff|sandbox|demo)\s(?:account|user|login|profile)$")
# a sales demo or sandbox account: a flag for it ("is_demo_account", "is_sandbox"; not "Demo requested"
# or a "Demo" column, a prospect's demo call), a person's name or a mailbox that says so ("Demo
# Teacher", "sales.demo.hs@"), a note that opens by saying what the row is ("Sandbox acct for the
# pilot demo", "Demo-Account für Vertrieb"), a kind column's "Demo"
_DEMO_FLAG = re.compile(r"^(?:is\s(?:a\s)?)?(?:demo|sandbox)\s(?:account|user|org|organi[sz]ation|tenant|workspace|"
                        r"school|district|customer)$|^is\s(?:a\s)?(?:demo|sandbox)$|^(?:is\s)?sandbox$")
_DEMO_NAME = re.compile(r"\b(?:demo|sandbox)\b")
_DEMO_MAILBOX = re.compile(r"^(?:[^@]*[+._-])?(?:demo|sandbox)(?:[+._-][^@]*|\d+)?@")
_DEMO_NOTE = re.compile(r"(?:^(?:this is an?\s|is an?\s)?|\b(?:my|our)\s(?:own\s)?)(?:sandbox|demo)[\s-]?(?:acct|account|user|"
                        r"login|tenant|mandant|konto|instance|org|workspace|profile)\b")
_MARKED_INTERNAL = re.compile(r"\((?:internal|intern|interne|interno|interna|test|teste|testing|qa|staff)\)\s*$")
# (in the roster languages too: a field team's "PRUEBA", "Prueba Lupita", a "Testeintrag")
# (and an EHR's test patient: Epic's "ZZTEST, MYCHART", "Zztest", "ZZZTEST"; a "Testpatient")
_TEST_NAME = re.compile(r"\b(?:test|teste|testing|testkonto|testaccount|qa|dummy|prueba|pruebas|essai|testeintrag|"
                        r"testnutzer|testperson|testkunde|testuser|testpatient|testpatientin|teszt|tesztelo|"
                        # (Finnish: "Testi Käyttäjä", "Testiasiakas")
                        r"testi|testikayttaja|testiasiakas|"
                        # (Russian, Ukrainian, folded: "Тестовый Продавец"; not "Тестова", a surname)
                        r"тест|тестовыи|тестовая|тестовое|тестовии)\b|"
                        r"\bdemo\s(?:account|user|login|store|shop)\b|\bz{2,}\s?test\w*|"
                        # a form's placeholder person, Finland's "Matti Meikäläinen" (as "John Doe"), folded
                        r"\b(?:matti|maija)\smeikalainen\b")
# a column that holds a person's name where the import did not take it for one ("datos_personales/nombre")
_PERSON_NAME_COLUMN = re.compile(r"(?:^|\s)(?:nombre|nome|naam|imie|prenom|vorname|nachname)$|"
                                 r"^(?:(?:full|first|last|given|family|contact|person|participant|respondent)\s)?name$")
# a note that the row is a test of the form, not a person: "test - training the enumerators", "prueba del
# formulario - no es registro real", "not a real record", "teste do questionário"; read without accents
_TEST_NOTE = re.compile(
    r"^(?:test|testing|prueba|pruebas|teste|essai|testeintrag|qa)(?:\s+[-\u2013\u2014]\s|\s*\()|"
    # the whole note a test word ("essai", "TEST"), someone's own test ("my own test sub - ignore"), a
    # test of a subscription or account ("test signup"), a French "recette" (acceptance test) of the form
    r"^(?:test|testing|prueba|teste|essai|qa)\W*$|\b(?:my|our)\s(?:own\s)?test\b|"
    r"\btest\s(?:sub|subscription|account|user|customer|record|entry|row|profile|signup|sign\sup)s?\b|"
    # a mobile-money or telecom back office's test wallet or SIM ("test wallet", "QA wallet", "dummy msisdn"),
    # opening a clause: not "asked how to test wallet top-up"
    r"(?:^|(?<=[,;(]\s)|(?<=[,;(]))(?:(?:an?|our|internal)\s)?(?:test|testing|qa|dummy)\s(?:wallet|sim|msisdn|number)s?\b|"
    r"\brecette\s(?:du|de\sla|de|des)\s(?:questionnaire|formulaire|enquete)\b|"
    r"^(?:test|prueba|teste|essai|prova)\s(?:del|de|do|da|du|des|of(?:\sthe)?|des)\s(?:\w+\s)?(?:formulario|form|"
    r"formulaire|formular|questionario|questionnaire|cuestionario|encuesta|survey|enquete|umfrage)\b|"
    r"\bno\ses\s(?:un\s)?registro\sreal\b|\bnao\se\s(?:um\s)?registro\sreal\b|\bregistro\sde\s(?:prueba|teste)\b|"
    r"\bnot\sa\sreal\s(?:record|entry|response|submission|person|participant|respondent|user|customer)\b|"
    r"\bkein\s(?:echter|realer)\s(?:eintrag|datensatz|teilnehmer|kunde)\b|\bpas\sune?\svraie?\s(?:reponse|"
    r"personne|participante?|fiche)\b|\bfake\s(?:record|entry|response|submission)\b|"
    r"\b(?:capacitacion|entrenamiento|treinamento|formation|schulung|training)\s(?:de|do|das|dos|des|der|for|of)\s"
    r"(?:(?:las|los|la|the|our)\s)?(?:encuestador\w*|enumerador\w*|entrevistador\w*|enqueteur\w*|interviewer\w*|"
    r"enumerators?|field\s?staff)\b")
# a data-collection tool's review of one submission (KoboToolbox's _validation_status, SurveyCTO's
# review status): one not approved is a record the team rejected; one on hold is awaiting review
_VALIDATION_COLUMN = re.compile(r"^(?:validation|review)\sstatus$")
_NOT_APPROVED = re.compile(r"^(?:validation status\s)?(?:not approved|rejected)$")
_ON_HOLD = re.compile(r"^(?:validation status\s)?(?:on hold|pending)$")
# a mailbox kept for testing: "tom+test@", "qa-teacher@", "qa+seller1@", "test.user@"
_TEST_MAILBOX = re.compile(r"^(?:[^@]*[+._-])?(?:test|testing|qa)(?:[+._-][^@]*|\d+)?@")
_INTERNAL_TAG = re.compile(r"(?:^|\s)(?:do not contact|dnc|staff|employee|internal|test|test account|test user|qa|"
                           r"no (?:research|calls|contact|interviews?)(?: calls)?)(?:\s|$)")


# a CRM's own "do not email" and "do not call" flags (Salesforce's Email Opt Out and Do Not Call,
# HubSpot's "Unsubscribed from all email", Zoho's "Email Opt Out", Dynamics' "Do not allow Emails",
# Intercom's "Unsubscribed From Emails", Marketo's "Unsubscribed" and "Black Listed"): a person who
# wants no email gets no invitation, and an interview is a call; not a marketing consent ("Accepts
# Email Marketing: no", "Marketing status: Unsubscribed"), which declines offers, not research
_NO_EMAIL = re.compile(r"^(?:has\s)?(?:(?:e ?mails?|courriel|correo)\sopt(?:ed)?\s?outs?|opt(?:ed)?\s?outs?\s(?:of\s)?"
                       r"(?:all\s)?(?:e ?mails?|courriel|correo)|(?:is\s)?unsubscribed(?:\sfrom\s(?:all\s)?"
                       r"(?:e ?mails?|conversations|messages))?|do not (?:allow\s)?e ?mails?|"
                       r"(?:is\s)?(?:black ?listed|block ?listed))$")
_NO_CALLS = re.compile(r"^(?:has\s)?(?:do not (?:allow\s)?(?:call|calls|phone|phone calls)|"
                       r"opted out of (?:phone\s)?calls)$")
# a donor CRM's list of solicit codes in one cell (Raiser's Edge's "Solicit codes: Do Not Solicit; Do Not
# Email; No Surveys"), each code read on its own: a no to email, calls or any contact is the CRM's own
# do-not-contact flag, a no to surveys or research a no to being asked (``_column_says``), "Do Not
# Solicit" a no to fundraising asks, named (``never_about``); "Do Not Mail" (post) and the rest are not
_SOLICIT_CODES = re.compile(r"^(?:primary\s)?solicit(?:ation)?\s(?:codes?|code\s(?:\d+|description)|restrictions?)$|"
                            r"^(?:communication|contact)\srestrictions?$")
_CODE_NO_EMAIL = re.compile(r"^(?:do not|no)\s(?:e ?mails?|e ?mail contact|electronic (?:mail|communications?))$")
_CODE_NO_CALLS = re.compile(r"^(?:do not|no)\s(?:call|calls|phone|phone calls|telephone)$")
_CODE_NO_CONTACT = re.compile(r"^(?:do not|no)\s(?:contact|communications?)(?:\s(?:at all|of any kind))?$")
_CODE_NO_RESEARCH = re.compile(r"^(?:do not|no)\s(?:surveys?|survey|research|interviews?|research requests)$")


def solicit_codes(col: str, value: str) -> list[str]:
    """The codes of a solicit-codes cell, each lower-cased with its spaces and hyphens made one
    space ("Do Not E-mail" → "do not e mail"), or [] for any other column."""
    if not _SOLICIT_CODES.search(_words(col)):
        return []
    return [c for part in re.split(r"[;,|\n]", value) if (c := re.sub(r"[\s_-]+", " ", part.lower()).strip())]


# an email column answered with an opt-out ("email_subscribe: unsubscribed", Braze), or the day it was
# done ("unsubscribed_from_emails_at")
_EMAIL_STATE = re.compile(r"^e ?mail\s(?:subscribe|subscription|subscription status|status|opt in|opt in status)$")
_UNSUBSCRIBED_ON = re.compile(r"^unsubscribed\sfrom\s(?:all\s)?e ?mails?\s(?:at|on|date|time)$")
_MARKETING = re.compile(r"\b(?:marketing|newsletters?|promotions?|promotional|bulk|sms|push|offers)\b")
# someone who has left the company they were a contact for: Salesforce has no field for it, so sales
# teams write it into the title or a note ("*** LEFT COMPANY ***", "no longer with the company"), or
# tick a column for it (SuperOffice's "Sluttet"); not a column about their account ("Churn reason:
# champion left the company")
_LEFT_COMPANY = re.compile("|".join((
    r"\bleft\s(?:the\s)?(?:company|organi[sz]ation|firm|business|employer)\b",
    r"\bno longer\s(?:works?|working|employed)\s(?:at|for|with|here|there|by)\b",
    r"\bno longer\s(?:at|with)\s(?:the\s|this\s)?(?:company|organi[sz]ation|firm|business|account|customer)\b",
    r"\bsaiu\sda\s(?:empresa|firma|companhia)\b|\bnao\strabalha\smais\s(?:na|no|em|aqui|la)\b",
    r"\b(?:dejo|salio\sde)\sla\sempresa\b|\bya\sno\strabaja\s(?:en|aqui|alli|con|para)\b",
    r"\ba\squitte\s(?:l\W?entreprise|la\ssociete|la\sboite)\b|\bne\stravaille\splus\s(?:chez|a|pour|dans|ici)\b",
    r"\bhat\s(?:das\sunternehmen|die\sfirma)\sverlassen\b|\bnicht\smehr\s(?:im\sunternehmen|in\sder\sfirma|bei)\b",
    r"\bwerkt\sniet\smeer\s(?:bij|hier|daar)\b|\bheeft\shet\sbedrijf\sverlaten\b",
    r"\bha\slasciato\sl\W?azienda\b|\bnon\slavora\spiu\s(?:in|presso|qui|da|per)\b",
    r"\b(?:nie\spracuje\sjuz|juz\snie\spracuje)\b|\bode(?:szl[aey]|szedl)\sz\sfirmy\b",
    # the one word a German CRM note uses ("Ausgeschieden", "ist zum 30.09. ausgeschieden"), Dutch
    # "uit dienst", Swedish and Norwegian "har slutat", "har sluttet"
    r"\bausgeschieden\b|\b(?:is|zijn)\suit\sdienst\b|^uit\sdienst\b|\b(?:har|er)\s(?:slutat|sluttet)\b",
)))
# a note that someone else has taken over as the contact ("Contact changed, replaced by Ana", a Japanese
# CRM's "担当者変更（後任：…）"): the row is no longer this person's to answer for
_CONTACT_REPLACED = re.compile(r"\b(?:contact|point of contact|poc)\s(?:has\s)?(?:changed|been\sreplaced)\b|"
                               r"\breplaced\sby\b|\bno longer (?:the|our) (?:main\s)?contact\b", re.I)
_LEFT_COMPANY_COLUMN = re.compile(r"^(?:has\s)?left(?:\s(?:the\s)?company)?$|^no longer (?:at|with) (?:the\s)?company$|"
                                  r"^(?:sluttet|slutat|fratradt)$")
# a request to have one's data erased (GDPR Art. 17, "DSGVO-Löschantrag gestellt", "RGPD : demande de
# suppression", "pedido de exclusão LGPD"): never to be contacted again. With the law named, in any
# column; without it, in a note ("Löschung beantragt", "deletion requested", "right to be forgotten")
_PRIVACY_LAW = r"(?:gdpr|rgpd|dsgvo|rodo|lgpd|avg|ccpa|uk gdpr|uu pdp)"  # (UU PDP: Indonesia's)
_ERASURE = (r"(?:losch\w*|loesch\w*|deletion|erasure|delete|erase|exclusao|eliminacao|supresion|eliminacion|borrado|"
            r"effacement|suppression|cancellazione|usuniecie|verwijder\w*|radering|sletning|sletting)")
_ERASURE_UNDER_LAW = re.compile(rf"\b{_PRIVACY_LAW}\b[\s:/-]*(?:[a-z]+[\s:/-]+){{0,3}}?{_ERASURE}\b|"
                                rf"\b{_ERASURE}\b(?:[\s:/-]+[a-z]+){{0,4}}?[\s:/(-]+{_PRIVACY_LAW}\b")
_ERASURE_NOTE = re.compile(
    r"\b(?:deletion|erasure)\srequest(?:ed)?\b|\brequested\s(?:the\s)?(?:deletion|erasure)\sof\s(?:their|his|her|all)\b|"
    r"\bright\sto\s(?:be\sforgotten|erasure)\b|\blosch(?:antrag|auftrag|anfrage|ersuchen)\b|"
    r"\bloschung\s(?:der\sdaten\s)?(?:beantragt|verlangt|gefordert|angefordert)\b|"
    r"\bdemande\sde\s(?:suppression|effacement)\sdes\sdonnees\b|\bdroit\sa\sl\W?oubli\b|"
    r"\bsolicitud\sde\s(?:supresion|eliminacion|borrado)\sde\s(?:sus\s)?datos\b|\bderecho\sal\solvido\b|"
    r"\bpedido\sde\s(?:exclusao|eliminacao)\sde\s(?:seus\s)?dados\b|\bdiritto\sall\W?oblio\b|"
    r"\brichiesta\sdi\scancellazione\sdei\sdati\b|\bverwijderverzoek\b|\bzadanie\susuniecia\sdanych\b")
_ABOUT_THEIR_ACCOUNT = re.compile(r"\b(?:churn\w*|reason|account|company|organi[sz]ation|deal|opportunity|lost)\b")


# a record the organisation itself restricts: an EHR's sensitive or confidential patient (behavioural
# health, 42 CFR Part 2), a "restricted record" or "break the glass" chart, a protected person, or a
# sensitivity level that says so; not a shop's "VIP" (a loyal customer) or an "is_protected" account
# (a private profile). Left out as not the researcher's to contact, unless --mix asks for that
# column's value (``left_out_by_roster(keep=)``; the plan names the chosen kept so)
SENSITIVE_RECORD = "a sensitive or restricted record"
_SENSITIVE_COLUMN = re.compile(
    r"^(?:is\s|has\s)?(?:a\s)?(?:sensitive|restricted|confidential)(?:\s(?:record|records|patient|chart|file|person|"
    r"client|member|encounter|access|status|flag|indicator|ind|yn))*$|"
    r"^(?:is\s|has\s)?(?:a\s)?(?:protected|vip)\s(?:record|patient|chart|person)(?:\s(?:flag|indicator|status|yn))?$|"
    r"^(?:is\s|has\s)?(?:break the glass|btg)(?:\s(?:record|patient|chart|flag|indicator|access|status))*$|"
    r"^(?:patient|record|chart|privacy)\s(?:sensitivity|confidentiality|restriction|restricted)(?:\s(?:flag|level|status))?$")
_SENSITIVITY_LEVEL = re.compile(r"^(?:record\s|patient\s)?(?:sensitivity|confidentiality|privacy)(?:\s(?:level|class|"
                                r"classification|status))?$")
_SENSITIVE_LEVEL = re.compile(r"^(?:highly\s)?(?:restricted|confidential|sensitive|protected|vip|break the glass)\b", re.I)
# a record a practice or a service has archived (a clinic's closed patient file, a caseworker's closed
# client): "Patient archived: Yes", "Client archived on: 03/02/2026", "Patient status: Archived"; not a
# product's archived user ("Archived: true" in a customer-success export: removed from the customer's
# seats, a lapsed user the study may want)
_ARCHIVED_COLUMN = re.compile(r"(?:is\s)?(?:patient|client|record|file|chart|case)\s"
                              r"archived(?:\s(?:on|at|date|flag|yn))?|archived\s(?:patient|client|record|file|chart)")
_RECORD_STATUS = re.compile(r"(?:patient|client|record|file|chart|case)\s(?:status|state)")
# a student record's enrolment state that says they are not studying now: withdrawn or left, on an
# interruption (a UK "Interrupted"/"Intermitted", a deferral, a leave of absence). Left out as not an
# active student, as they are outside most studies of students (a study of leavers asks for them by
# the value with --mix: ``left_out_by_roster(keep=)``). A "Suspended" enrolment is not left out but
# named when chosen (``suspended_account``): in a student record system often a disciplinary or fees
# measure, in an LMS (Moodle's course enrolment) access removed, a lapsed user the study may want
NOT_STUDYING = "not an active student"
_ENROLMENT_COLUMN = re.compile(r"(?:enrol?ment|enrollment|registration|student|study|course|programme|program|"
                               r"academic)\s(?:status|state)")
_NOT_STUDYING = re.compile(r"^(?:withdrawn|withdrew|withdrawal|interrupted|interruption|"
                           r"intermitted|intermitting|intermission|deferred|deferral|left|leaver|discontinued|"
                           r"dormant|expelled|excluded|leave of absence|on leave|not enrol?led|unenrol?led)\b")
# a tenancy that has ended (a landlord's "Tenancy Status: Former", "Ended", "Terminated", a "Tenancy end date" passed):
# not a tenant now, so not a lapsed user of a tenants' service; left out, unless --mix asks for the value (a
# study of former tenants: ``left_out_by_roster(keep=)``)
NOT_A_TENANT = "not a tenant now (the tenancy ended)"
_NOT_A_TENANT = re.compile(r"^(?:former|ended|terminated|ex|past|previous|historic(?:al)?|closed|expired|surrendered|"
                           r"vacated|moved\sout|evicted|abandoned|left)\b(?!\s(?:notice|pending))")
_TENANCY_END_COLUMN = re.compile(r"^(?:tenancy|lease|licence|license|occupancy)\s(?:end|ended|termination|terminated)"
                                 r"(?:\s(?:date|dt|on))?$")
# a possession claim against them (a landlord's "Tenancy Status: Eviction proceedings", a "Notice seeking possession"
# served, "Possession hearing 14/12/2026" in a note): the organisation is taking them to court, as one pursuing a
# debt is (``_IN_COLLECTION_STATE``), so they are left out; not one dropped or past ("eviction proceedings withdrawn")
_EVICTION_STATE = re.compile(r"^(?:in\s)?(?:eviction|possession)(?:\s(?:proceedings|action|claim|order|hearing|"
                             r"pending|stage|warrant))?$|^(?:nosp|nsp|notice\sseeking\spossession)\b|"
                             r"^(?:possession|eviction)\s(?:order\s)?(?:granted|served|issued|obtained)\b")
_EVICTION_NOTE = re.compile(r"\b(?:eviction|possession)\s(?:proceedings|hearing|claim|order|action|warrant|case)s?\b|"
                            r"\bnotice\sseeking\spossession\b|\bnosp\s(?:served|issued|sent)\b|"
                            r"\bsection\s(?:8|21)\snotice\b")
_EVICTION_OVER = re.compile(r"\b(?:withdrawn|dropped|dismissed|struck\sout|closed|stayed|ended|discontinued|"
                            r"previous|previously|former|was\sevicted|in\s(?:19|20)\d\d)\b")
# a clinic's or a school's flag of a person in crisis or at risk ("Clinical flags: in crisis plan",
# "Safeguarding: at risk"), in a flag column of care; in any note only a crisis plan they are on
# ("in crisis plan", "on an active crisis plan"), as "at risk" or a safety plan elsewhere is a customer's
# churn or a building's safety ("Account at risk", "uploaded their safety plan")
_CARE_FLAG_COLUMN = re.compile(r"^(?:clinical|patient|client|medical|safeguarding|risk|care|case|welfare|wellbeing|"
                               r"student|vulnerability|vulnerabilities|tenancy|tenant|household)\s(?:flags?|alerts?|"
                               r"warnings?|markers?)$|^safeguarding\b|^(?:clinical\s|patient\s)?risks?\b|"
                               r"^vulnerabilit(?:y|ies)$")
_CARE_FLAG = re.compile(r"\b(?:crisis|safety)\splan\b|\bin\scrisis\b|\bat[\s-]risk\b|\bhigh[\s-]risk\b|"
                        r"\bsuicid\w*|\bself[\s-]harm\w*|"
                        # a safeguarding concern of theirs ("Safeguarding – adult", "child safeguarding", "safeguarding
                        # referral"), not none ("no safeguarding concerns")
                        r"(?<!\bno\s)\bsafeguarding(?:\s(?:concerns?|referral|alert|flag|plan|risk|issues?|case|"
                        r"adults?|child(?:ren)?)\b|\W+(?:adults?|child(?:ren)?|vulnerable)\b)|"
                        r"\b(?:adult|child|children)\ssafeguarding\b")
_ON_CRISIS_PLAN = re.compile(r"\b(?:in|on|under)\s(?:an?\s)?(?:active\s)?crisis\splan\b")
# (a note of suicidal thoughts or risk, a caseworker's "Суїцидальні думки" as ``in_english`` reads it; not a
# word of suicide alone: "her brother's suicide")
_SUICIDAL_NOTE = re.compile(r"\bsuicidal\s(?:thoughts|ideation|ideas|risk)\b|\bsuicide\srisk\b|\brisk\sof\ssuicide\b")
_NOT_SENSITIVE = re.compile(r"^(?:normal|standard|routine|public|unrestricted|none|not\b|non\b)", re.I)
# someone another person acts for: a legal guardian, conservator or court-appointed representative
# (an adult who may not consent for themselves: left out), else a proxy, power of attorney or
# guardian named without that (a relative's help with the portal: named in a warning). Only in a
# column for it ("guardian_proxy_name", "Legal guardian", "Proxy"), not a consent to it or a role
# ("Parent/Guardian Consent", "Role: Parent / guardian": the row is the parent)
_GUARDIAN_COLUMN = re.compile(r"\b(?:guardian|guardians|proxy|proxies|poa|power of attorney|conservator|"
                              r"legal representative|legal rep|representante legal|tutor legal|tuteur|curateur|"
                              r"curatelle|tutelle|betreuer|betreuerin|betreuung|gesetzlicher vertreter|vormund|"
                              # a health plan's authorized or appointed representative ("AUTH_REP_NAME", "Authorized
                              # Representative", Medicare's "AOR", "Personal representative")
                              r"auth rep|authorized rep\w*|authorised rep\w*|appointed rep\w*|personal representative|"
                              r"designated rep\w*|aor|"
                              # a UK benefits appointee or a Lasting Power of Attorney's attorney ("Appointee", "LPA holder")
                              r"appointee|lpa holder|lpa attorney)\b")
# (nor a caseworker's: "Betreuer/in (Sozialarbeit)", "Case worker", "Zuständige/r Mitarbeiter/in")
_NOT_GUARDIAN_COLUMN = re.compile(r"\b(?:consent|consents|emergency|role|type|kind|sozialarbeit\w*|caseworkers?|"
                                  r"case\sworkers?|case\smanagers?|fallmanage\w*|zustandig\w*|mitarbeiter\w*|"
                                  r"staff|assigned)\b|(?<!power )\bof\b")
# (a German "Betreuer/in" alone is as often a caseworker or a carer as a court-appointed one: legal where
# it says so, "gesetzliche/r Betreuer/in", "rechtliche Betreuung", "Betreuer (gesetzlich)", or a "Vormund")
_LEGAL_ROLE = (r"legal guardian|conservator|conservatorship|legal representative|legal rep|court appointed|"
               r"representante legal|tutor legal|tutora legal|tutelle|curatelle|tuteur|tutrice|curateur|curatrice|"
               r"(?:gesetzl\w*|rechtl\w*|gerichtl\w*)(?:\s[rn])?\s(?:betreuer|betreuerin|betreuung)|"
               r"(?:betreuer|betreuerin|betreuung)(?:\sin)?\s(?:gesetzl\w*|rechtl\w*)|vormund\w*|"
               r"gesetzliche[rn]?\svertreter(?:in)?")
_LEGAL_COLUMN = re.compile(rf"\b(?:{_LEGAL_ROLE})\b")
_LEGAL_GUARDIAN = re.compile(rf"\b(?:guardian|guardianship|{_LEGAL_ROLE})\b")  # in a value: "POA/guardian"
_PROXY_STATE = re.compile(r"^proxy(?:\s(?:only|access|access only|managed|user))?$|\bmanaged by (?:a\s)?proxy\b|"
                          r"\bproxy only\b")
# the same said in a note, where a panel or a council's register keeps it ("onder curatele, curator: mr.
# …", "sous tutelle", "unter gesetzlicher Betreuung"): a legal measure that takes consent from them (Dutch
# curatele and mentorschap, the guardianships of other countries), not a word for care ("Betreuung"
# alone is looking after someone, "mentorschap" alone a school's mentoring)
_LEGAL_GUARDIAN_NOTE = re.compile(
    r"\bunder\s(?:legal\s)?(?:guardianship|conservatorship)\b|\bhas\san?\s(?:court[\s-]appointed|legal)\s"
    r"(?:guardian|conservator)\b|\bward of (?:the\s)?court\b|"
    r"\b(?:onder\s)?curatele\b|\bonder\smentorschap\b|\bmentorschap\s(?:uitgesproken|ingesteld)\b|"
    r"\b(?:gesetzliche|rechtliche)\s(?:betreuung|betreuerin|betreuer)\b|\bgesetzlich\sbetreut\b|"
    r"\bunter\s(?:gesetzlicher\s|rechtlicher\s)?betreuung\b|\bvormundschaft\b|"
    r"\bsous\s(?:tutelle|curatelle)\b|\bbajo\s(?:tutela|curatela)\b|\bincapacitad[oa]\sjudicialmente\b|"
    r"\bsob\scuratela\b|\binterditad[oa]\b|"
    # Hungarian (folded): "gondnokság alatt (áll)", "gondnokság alá helyezve", "gondnokolt", "cselekvőképtelen"
    r"\bgondnoksag\s(?:alatt|ala)\b|\bgondnokolt\b|\bcselekvokeptelen\w*|"
    # Finnish (folded): "edunvalvonnassa", "asiakkaalla on edunvalvoja", "edunvalvonnan alainen"
    r"\bedunvalvon(?:nassa|nan\salainen|taan\smaaratty)\b|\bedunvalvoja\b")
# a note or a column that says the person cannot consent for themselves ("does not have capacity to consent",
# "lacks capacity", "unable to consent", a disability provider's "Capacity to consent: No"): what a legal
# guardian says, said outright, so left out the same; not capacity for money alone ("lacks capacity for
# finances": someone who manages their money, ``_MONEY_ONLY_NOTE``), nor consent to one thing ("cannot consent
# to photos")
_NO_CAPACITY_NOTE = re.compile(
    r"\b(?:does\snot|doesn'?t|do\snot|don'?t|did\snot)\shave\s(?:the\s)?(?:mental\s|decision[\s-]making\s)?"
    r"capacity\s(?:to\s(?:consent|decide|make\s(?:\w+\s)?decisions|agree)|for\s(?:consent|decisions))\b|"
    r"\b(?:without|no|has\sno)\s(?:the\s)?(?:(?:mental|decision[\s-]making)\scapacity\b|capacity\sto\s(?:consent|"
    r"decide|make\s(?:\w+\s)?decisions)\b)|"
    r"\b(?:lacks|lacking)\s(?:the\s)?(?:mental\s|decision[\s-]making\s)?capacity\b"
    r"(?!\s(?:for|re|regarding|around|about|over|with)\s(?:\w+\s)?(?:finances?|financial|money|funds)\b)"
    r"(?!\s(?:issues?|concerns?|questions?|checks?)\b)|"
    r"\b(?:cannot|can'?t|can\snot|unable\sto|not\sable\sto|is\snot\sable\sto|incapable\sof)\s"
    r"(?:give\s(?:informed\s)?|provide\s(?:informed\s)?)?consent(?:ing)?\b"
    r"(?!\s(?:to|for)\s(?:the\s)?(?:photos?|photographs?|recordings?|recording|video|filming|images?)\b)", re.I)
_CAPACITY_COLUMN = re.compile(r"^(?:has\s)?(?:mental\s|decision\smaking\s)?capacity(?:\sto\s(?:consent|decide))?"
                              r"(?:\s(?:y\sn|yes\sno|flag|confirmed))?$|^(?:able\sto|can)\sconsent(?:\s(?:y\sn|yes\sno))?$")
# someone who manages their money only, by a court's order (Dutch "bewindvoering", "onder bewind"): they
# still consent for themselves, but the plan names them (an incentive may go through the administrator)
# a note that the person themself has died, with who told us after it ("client passed away per
# daughter", "falleció - avisó su hija", "Patient verstorben"); not someone else's death ("her
# husband passed away last year")
_DIED_NOTE = re.compile(r"^\W*(?:(?:the\s|el\s|la\s|le\s|der\s|die\s)?(?:client|customer|member|patient|participant|user|donor|"
                        r"resident|cliente|paciente|socio|socia|membre|kunde|kundin|patientin|klant|lid)\s)?"
                        r"(?:has\s|is\s|ha\s|est\s|ist\s)?(?:passed\saway|died|deceased|falleci(?:o|da|do)|decede(?:e)?|"
                        r"verstorben|overleden|morreu|falecid[oa]|deceduto|deceduta)\b", re.I)
# the same said later in the note, where the row's own word for its person says whose it is ("per daughter
# member passed away 11/15, DOD not posted yet", "Spoke to wife - patient died last week"): not "member's
# husband passed away", not "expired" (a membership that expired is a lapse)
_MEMBER_DIED_NOTE = re.compile(r"\b(?:the\s)?(?:member|client|customer|patient|enrollee|beneficiary|resident|participant)\s"
                               r"(?:has\s|had\s|is\s|was\s|reportedly\s)?(?:passed\saway|died|deceased)\b")
# a note that they are in hospice care ("elected hospice 11/20, flag pending", "on hospice", "hospice
# patient"), of their own (not "husband in hospice": ``_SOMEONE_ELSES`` and a relative's word): someone at the
# end of life is not asked to an interview, so left out like a death
_HOSPICE_NOTE = re.compile(r"\b(?:elected|entered|in|on|admitted\sto|enrolled\sin|receiving|under|started)\s"
                           r"(?:home\s|inpatient\s)?hospice\b|\bhospice\s(?:care|patient|election|elected|admission|"
                           r"admitted|enrollment|enrolment|since)\b")
_SOMEONE_ELSES_CARE = re.compile(r"\b(?:husband|wife|mother|father|mom|mum|dad|brother|sister|parent|parents|"
                                 r"grand\w+|friend|neighbou?r|caregiver'?s?)\b")
# a column that says they are in hospice care (a Medicare plan's "HOSPICE_FLAG", "Hospice Ind", "In
# hospice"), ticked, or dated ("HOSPICE_ELECTION_DT")
_HOSPICE_COLUMN = re.compile(r"^(?:is\s|in\s|on\s)?hospice(?:\s(?:flag|ind|indicator|status|yn|y n|care|member|"
                             r"elected|election|enrolled))?$")
_HOSPICE_DATE_COLUMN = re.compile(r"^hospice\s(?:start|election|elected|admit|admission|enrollment)\s?(?:dt|date|on)?$")
# a column that they left the health plan or program (Medicare's "DISENROLL_DT", "Disenrollment date",
# "Coverage end date", "Eligibility term date"), dated on or before the plan's day, or ticked: someone no
# longer a member is not a lapsed user of the service, so left out; a subscription's end ("cancelled_at",
# "churn_date", "Termination date") is a lapse, read as usage, not this
_DISENROLLED_COLUMN = re.compile(
    r"^(?:(?:member|membership|plan|enrol?lment)\s)?dis\s?enrol?l(?:ment|ed)?(?:\s(?:dt|date|on|eff|effective|"
    r"effective date|eff dt))?$|"
    # (not a course's "Enrollment end date", nor a gym's "Membership end date": a former learner or member is a lapse)
    r"^(?:coverage|eligibility|elig|benefits?)\s(?:end|term|termination|terminated|stop)\s?(?:dt|date|on)?$")
_DISENROLLED_FLAG = re.compile(r"^(?:is\s)?dis\s?enrol?led$")
# a column of an open grievance, appeal or regulator complaint (a Medicare plan's "GRIEVANCE_OPEN", "Appeal
# pending", CMS's complaint tracking "CTM_FLAG"), ticked, or a status still open: named, as a legal matter
_GRIEVANCE_COLUMN = re.compile(r"^(?:(?:open|pending|active)\s)?(?:grievance|grievances|appeal|appeals|ctm|"
                               r"cms\scomplaint|regulator\scomplaint|complaint|complaints)(?:\s(?:open|pending|active|flag|"
                               r"ind|yn|status))?$")
# a column of a legal claim of theirs against us or a court case ("Disrepair Claim (Y/N)", "Legal case open",
# "Litigation", "Tribunal claim"), ticked or still open: named the same (not a bare "Claim", an insurer's own)
_LEGAL_CLAIM_COLUMN = re.compile(r"^(?:(?:open|live|pending|active|current)\s)?(?:(?:disrepair|legal|court|tribunal|"
                                 r"ombudsman|housing\sombudsman|solicitor)\s(?:claims?|cases?|action|proceedings|"
                                 r"complaints?|matter)|litigation|lawsuits?|legal\saction|legal\sproceedings)"
                                 r"(?:\s(?:open|live|pending|active|flag|ind|indicator|yn|y\sn|status))*$")
# a column of an open anti-social behaviour case (a landlord's "ASB Case Open (Y/N)", "ASB case status: Open"):
# the person a complainant or the one complained of, in a dispute the landlord is handling; named when chosen
_ASB_COLUMN = re.compile(r"^(?:(?:open|live|active|current)\s)?(?:asb|anti\s?social\sbehaviou?r)(?:\s(?:case|cases|"
                         r"complaint|complaints|flag|alert))?(?:\s(?:open|live|active|flag|ind|yn|y\sn|status))*$")
_GRIEVANCE_STILL_OPEN = re.compile(r"^(?:open|opened|pending|active|in\sprogress|in\sreview|under\sreview|filed|"
                                   r"received|escalated|awaiting\b)", re.I)
# a column that asks for a way to hear the call (a TTY or relay user, an interpreter): "TTY_FLAG", "TDD",
# "Relay service", "Interpreter needed"; ticked, it is named like the note that says so
_ARRANGE_COLUMN = re.compile(r"^(?:is\s|uses\s|needs\s|requires\s)?(?:tty|tdd|tty tdd|relay|relay service|trs|vrs|"
                             r"video relay|hearing impaired|deaf|hard of hearing|sign language|asl|bsl|interpreter|"
                             r"interpreter needed|interpreter required|needs interpreter)(?:\s(?:flag|ind|indicator|user|yn|"
                             r"needed|required|service|services|requested|language))?$")
# a note or a column that they live in a care facility (a skilled nursing facility, a nursing home, long-term
# care): still a member to ask, but one who may not take a call alone, so named
_IN_CARE_FACILITY_NOTE = re.compile(r"\b(?:in|at|admitted\sto|moved\sto|lives\sin|living\sin|resides\sin)\s(?:an?\s|the\s)?"
                                    r"(?:snf|skilled\snursing(?:\sfacility)?|nursing\s(?:home|facility)|care\shome|"
                                    r"long[\s-]term\scare(?:\sfacility)?|ltc\sfacility|assisted\sliving)\b")
_IN_CARE_FACILITY_COLUMN = re.compile(r"^(?:is\s|in\s)?(?:snf|skilled nursing|skilled nursing facility|nursing home|"
                                      r"institutional|institutionalized|institutionalised|ltc|long term care)"
                                      r"(?:\s(?:flag|ind|indicator|status|yn|resident|member))?$")


# a note that someone acts for them without being their legal guardian: a power of attorney, a
# relative who manages the account ("procuration – fils gère le compte", "POA: daughter"; "聯絡請找女兒",
# contact them through the daughter, "relative manages the account" as ``in_english`` reads it)
_POA_NOTE = re.compile(r"\b(?:power\sof\sattorney|procuration|procurador[a]?|poder\snotarial|vollmacht|volmacht|"
                       # a UK benefits appointee ("son is appointee", "Appointee: daughter", "DWP appointee")
                       r"(?:is|as|has\san?|an|the|dwp)\s(?:dwp\s)?appointee|appointee\s?(?::\s?[a-z]+|for|is)|"
                       r"(?:son|daughter|husband|wife|spouse|relative|fils|fille|hijo|hija|filho|filha|sohn|tochter|zoon|dochter)\s"
                       r"(?:\([^)]{1,40}\)\s)?(?:now\s)?"  # ("son (David) now handles her mail")
                       r"(?:manages|handles|runs|gere|maneja|administra|gerencia|verwaltet|beheert)\s"
                       r"(?:the\s|his\s|her\s|their\s|le\s|la\s|el\s|a\s|o\s|das\s|de\s)?(?:account|compte|cuenta|conta|konto|"
                       r"rekening|mail|post|affairs|finances|correspondence)|"
                       # a relative who books their care ("su hija agenda las consultas", "daughter books her
                       # appointments", "son schedules his visits"): they may not be the one who uses the service
                       r"(?:son|daughter|husband|wife|spouse|relative|mother|father|carer|caregiver|hijo|hija|esposo|esposa|"
                       r"madre|padre|nieto|nieta|cuidador|cuidadora|filho|filha)\s(?:\([^)]{1,40}\)\s)?(?:now\s|always\s|"
                       r"siempre\s)?(?:books|schedules|makes|manages|handles|arranges|agenda|reserva|programa|gestiona|"
                       r"maneja|saca|solicita|marca|agenda)\s(?:the\s|his\s|her\s|their\s|all\s|las\s|los\s|sus\s|su\s|"
                       r"la\s|el\s|as\s|os\s)?(?:appointments?|bookings?|consultations?|visits?|consultas?|citas?|"
                       r"turnos?|consultas\smedicas))\b")
# the abbreviation as it is written, in capitals ("POA: daughter", "PoA held by son"), or lower case with
# what it holds ("poa: son", "has a poa"): a lower-case "poa" alone is a word of other languages (Sheng and
# Swahili "poa", fine or cool: "anaelewa app poa"; Portuguese "Porto Alegre")
_POA_ABBREVIATION = re.compile(r"\b(?:POA|PoA|P\.O\.A\.?)(?![\w.])|\bpoa\s*[:=(]|\b(?:has|holds|with|under)\s(?:an?\s)?poa\b|"
                               # a UK Lasting Power of Attorney ("daughter has LPA", "LPA (health and welfare)"), not
                               # a Local Planning Authority ("awaiting LPA approval"): held by someone, or what it covers
                               r"\b(?:has|holds|with|under|have)\s(?:an?\s|the\s)?LPA\b|\bLPA\s?(?::|=|\(|held\b|holder\b|"
                               r"for\s(?:her|him|them|finance|health|property))")
_MONEY_ONLY_NOTE = re.compile(r"\bbewindvoer\w*|\bonder\sbewind\b|\bfinancial\s(?:deputy|deputyship|administrator)\b")


def sensitive_record(p: Participant) -> str | None:
    """The column and value that mark this person's record as sensitive or restricted, or None."""
    return next((f"{col}: {value.strip()}" for col, value in p.attributes.items() if _sensitive(col, value)), None)


def _sensitive(col: str, value: str) -> bool:
    w, raw = _words(col), value.strip()
    if not present(raw):
        return False
    v = in_english(raw)
    if _SENSITIVE_COLUMN.match(w):
        return bool(_YES.match(v) or (not _NO.match(v) and not _NOT_SENSITIVE.match(v)))
    said = fold(raw).lower()
    if _CARE_FLAG_COLUMN.search(w) and _CARE_FLAG.search(said) or _NOTES_COLUMN.search(w) and _ON_CRISIS_PLAN.search(said):
        return True
    if _NOTES_COLUMN.search(w) and (_ON_CRISIS_PLAN.search(in_english(raw)) or _SUICIDAL_NOTE.search(in_english(raw))):
        return True  # (a crisis plan or suicidal thoughts in a note of another language: "кризовий план")
    return bool(_SENSITIVITY_LEVEL.match(w) and _SENSITIVE_LEVEL.match(fold(raw).strip()))


def _guardian(col: str, value: str) -> tuple[bool, str] | None:
    """(legal, said) where the cell names someone who acts for the person: legal (a guardian,
    conservator or legal representative) or not (a proxy, a power of attorney)."""
    w, raw = _words(col), value.strip()
    if not present(raw):
        return None
    said = re.sub(r"[\s/_-]+", " ", fold(raw).lower())
    if _GUARDIAN_COLUMN.search(w) and not _NOT_GUARDIAN_COLUMN.search(w):
        if _NO.match(in_english(raw)):
            return None
        # (the value names the legal role, or the column does: "Legal guardian", "Representante legal";
        # a plain "Guardian" or "guardian_proxy_name" column may hold a relative who helps)
        legal = bool(_LEGAL_GUARDIAN.search(said) or _LEGAL_COLUMN.search(w))
        return legal, f"{col}: {_quoted(raw)}"
    if _PROXY_STATE.search(said) and not _NOTES_COLUMN.search(w):
        return False, f"{col}: {_quoted(raw)}"
    if _NOTES_COLUMN.search(w):
        if _LEGAL_GUARDIAN_NOTE.search(said) or _LEGAL_GUARDIAN_NOTE.search(in_english(raw)):  # (Serbian: "pod starateljstvom")
            return True, f"{col}: {_quoted(raw)}"
        if _MONEY_ONLY_NOTE.search(said) or _POA_NOTE.search(said) or _POA_ABBREVIATION.search(raw) \
                or _POA_NOTE.search(in_english(raw)):
            return False, f"{col}: {_quoted(raw)}"
    return None


# a note of something to arrange before the call: an interpreter, a way to hear or follow it ("needs
# an interpreter", "tolk nodig (Turks)", "slechthorend", "Dolmetscher nötig", "malentendante")
_TO_ARRANGE = re.compile(
    r"\b(?:needs?|requires?|will need|wants?|with)\s(?:an?\s)?(?:\w+\s)?(?:interpreter|translator)\b|"
    r"\b(?:interpreter|translator)\s(?:needed|required|requested|please)\b|\b(?:bsl|asl|sign language)\s"
    r"(?:interpreter|user)\b|\bhard of hearing\b|\bhearing impaired\b|\bdeaf\b|\bvisually impaired\b|"
    r"\b(?:limited|little|no)\senglish\b|\bspeaks?\sonly\s(?!english\b)[a-z]+\b|\bspeaks?\s(?!english\b)[a-z]+\sonly\b|"
    r"\b(?:gebaren)?tolk\s(?:nodig|gewenst|vereist|aanwezig)\b|\b(?:heeft|met|via|wil)\s(?:een\s)?(?:gebaren)?tolk\b|"
    r"\bslechthorend\b|\bdoof\b|\bslechtziend\b|\bspreekt\s(?:beperkt|weinig|geen|gebrekkig)\snederlands\b|"
    r"\bdolmetscher\w*\s(?:notig|erforderlich|benotigt|gewunscht)\b|\bbraucht\s(?:eine[nr]?\s)?dolmetscher\w*\b|"
    r"\bschwerhorig\w*\b|\bgehorlos\w*\b|"
    r"\bbesoin\sd\W?(?:un|une)\sinterprete\b|\bmalentendant\w*\b|"
    r"\b(?:necesita|requiere)\s(?:un\s|una\s)?interprete\b|\bhipoacusi\w+\b|"
    # unable to read, so consent is read aloud ("cannot read or write", "illiterate", "signs with a thumbprint";
    # Hindi "पढ़ना लिखना नहीं आता", Marathi "अंगठा लावतात" as ``in_english`` reads them); not "can't read his writing"
    r"\b(?:cannot|can'?t|can\snot|unable\sto)\sread\b(?!\s(?:the|his|her|their|my|your|it|this|that|what|emails?|"
    r"messages?|texts?)\b)|\billiterate\b|\bsigns?\s(?:with\s)?(?:a\s|their\s|his\s|her\s)?thumb\s?print\b|"
    r"\bread\s(?:the\s)?consent\s(?:\w+\s)?aloud\b|\bconsent\s(?:must\sbe\s|to\sbe\s|is\s)?read\s(?:aloud|out)\b|"
    # someone to be with them on the call ("prefers carer present", "support worker to attend", "with an advocate")
    r"\b(?:carer|caregiver|support\s(?:worker|person)|advocate|key\sworker)\s(?:to\sbe\s|must\sbe\s|should\sbe\s|"
    r"needs\sto\sbe\s|is\s)?(?:present|to\sattend|attends|with\s(?:them|him|her))\b|"
    r"\b(?:prefers|wants|needs|requires|asks\sfor)\s(?:a\s|an\s|their\s|his\s|her\s)?(?:carer|caregiver|"
    r"support\s(?:worker|person)|advocate|key\sworker)\s(?:present|there|with\s(?:them|him|her)|to\sattend)\b|"
    # an Auslan, a sign-language or a relay user by name ("Auslan user", "uses NRS", "Auslan interpreter")
    r"\b(?:auslan|nzsl|isl|lsf|dgs|lsq)\s(?:interpreter|user|speaker)\b|\buses\s(?:the\s)?(?:nrs|national\srelay|tty|relay)\b")
# a contact-method column ("Preferred contact method", "Communication preference") whose value asks for an
# arrangement, not a channel ("TTY / National Relay Service", "Auslan interpreter", "Easy Read letters"): the same
# as a TTY or interpreter column ticked
_CONTACT_METHOD_COLUMN = re.compile(r"^(?:preferred\s|best\s)?(?:contact|communication|comms)\s(?:method|methods|"
                                    r"preference|preferences|channel|mode|needs?|format)$|^(?:preferred|best)\s(?:contact|"
                                    r"method\sof\scontact|way\sto\scontact|channel)$|^how\sto\scontact$")
_ARRANGE_VALUE = re.compile(r"\b(?:tty|tdd|relay|nrs|national\srelay|vrs|interpreter|interpreters|auslan|nzsl|bsl|asl|"
                            r"sign\slanguage|captions?|captioned|braille|easy\sread|large\sprint|teletypewriter)\b", re.I)
# a note that they moved out of the place the study is about ("verhuisd naar buiten de gemeente",
# "moved out of the area", "weggezogen"): still someone to ask, unless the study is about where
# they live, so the plan names them rather than leaving them out
_MOVED_AWAY = re.compile(
    r"\bmoved\s(?:out\sof|away\sfrom)\s(?:the\s)?(?:area|city|town|borough|municipality|county|district|"
    r"region|council\sarea|catchment|country|state)\b|\bmoved\s(?:away|abroad|overseas)\b|"
    r"\bno\slonger\s(?:lives?|living|resident)\s(?:in|here)\b|"
    r"\bverhuisd\s(?:naar\s)?(?:buiten|uit)\s(?:de\s|het\s)?(?:gemeente|stad|regio|provincie|land|wijk)\b|"
    r"\b(?:verhuisd|vertrokken)\snaar\shet\sbuitenland\b|\bvertrokken\suit\sde\s(?:gemeente|stad)\b|"
    r"\bwoont\sniet\smeer\sin\b|\bweggezogen\b|\bwohnt\snicht\smehr\sin\b|\bins\sausland\sgezogen\b|"
    r"\ba\sdemenage\s(?:hors|a\sl\W?etranger)\b|\bn\W?habite\splus\b|\bse\smudo\s(?:fuera|al\sextranjero)\b|"
    r"\bya\sno\svive\sen\b")


# a legal matter open in a note, of the person's own, that an interview could touch or that someone else
# must clear first: a complaint to an ombudsman or a regulator ("Complaint to the Financial Ombudsman", "FOS
# complaint", Polish "skarga do Rzecznika Finansowego"), a lawsuit or legal action, a matter reported to the
# police or a prosecutor, a deportation or removal, an asylum or immigration case, a lawyer brought in
# ("Abschiebung angedroht, Anwalt eingeschaltet", "Дело о депортации" as ``in_english`` reads it): not a no,
# named when chosen (an ordinary complaint, "complaint resolved", is not)
_REGULATOR = (r"ombudsman|regulator|fos|cfpb|fca|ico|cms|medicare|hhs|ocr|ftc|fcc|ofcom|ofgem|ofwat|cqc|"
              r"insurance\s(?:commissioner|department|regulator)|department\sof\sinsurance|doi|attorney\sgeneral|"
              r"data\sprotection\s(?:authority|commissioner|office)|dpa|cnil|aepd|garante|state\sregulator|"
              # the Philippines' telecoms, privacy and money regulators ("complained to NTC", Tagalog "nag-reklamo
              # sa NTC" as ``in_english`` reads it)
              r"ntc|npc|bsp|national\s(?:telecommunications|privacy)\scommission|bangko\ssentral(?:\sng\spilipinas)?")
_LEGAL_MATTER = re.compile(
    r"\bcomplaints?\s(?:to|with)\s(?:the\s)?(?:[\w-]+\s){0,2}?(?:ombudsman|regulator|fos|cfpb|fca|ico)\b|"
    r"\b(?:ombudsman|fos|cfpb|regulator)\s(?:complaint|case|referral)\b|\blegal\saction\b|\blaw\s?suit\b|"
    # India's consumer courts ("complaint in the consumer forum", "consumer court case")
    r"\bconsumer\s(?:forum|court|commission|disputes?\s(?:forum|commission))\b|"
    # a complaint made to a regulator named by its initials, of health, data or money ("filed CMS complaint",
    # "complained to ICO about data handling", "complaint with the state insurance commissioner"); "CMS" alone
    # is as often a website's content system, so only filed, made or "to"/"with" it
    rf"\b(?:filed|lodged|made|raised|opened|submitted)\s(?:an?\s)?(?:{_REGULATOR})\scomplaint\b|"
    rf"\bcomplain(?:ed|ts?)?\s(?:to|with)\s(?:the\s)?(?:[\w-]+\s){{0,2}}?(?:{_REGULATOR})\b|"
    r"\b(?:ico|cfpb|medicare|ocr)\scomplaint\b|"
    # a complaint lodged with a commission, a commissioner or an ombudsman named in full ("complaint lodged with
    # NDIS Quality and Safeguards Commission", "complaint to the Health Care Complaints Commission", "referred to
    # the Disability Services Commissioner"), or by an Australian regulator's initials (AHPRA, OAIC, HCCC,
    # AFCA); not one said to be closed ("complaint to the commission - resolved")
    r"\b(?:complaint|complaints|complained|referral|referred|escalated)\s(?:(?:was\s|has\sbeen\s)?(?:lodged|filed|made|"
    r"raised|submitted|referred|escalated|sent)\s)?(?:to|with)\s(?:the\s)?(?:[\w&'-]+\s){0,6}?(?:commission|"
    r"commissioner|ombudsman|regulator|ahpra|oaic|hccc|afca|accc)\b(?!.*\b(?:resolved|closed|withdrawn|dismissed)\b)|"
    r"\b(?:ndis|quality\sand\ssafeguards|safeguards|complaints)\scommission(?:er)?\s(?:complaint|case|referral|"
    r"investigation)\b(?!.*\b(?:resolved|closed|withdrawn|dismissed)\b)|"
    # a health plan's grievance or appeal still open ("appeal of Part D denial pending", "open grievance",
    # "grievance filed 10/3"); not a fundraising appeal ("spring appeal"): an appeal against a decision
    r"\b(?:open|pending|active|unresolved)\s(?:grievance|appeal\sof|appeal\sagainst)\b|"
    r"\bgrievances?\s(?:is\s)?(?:open|pending|filed|lodged|in\sprogress|ongoing|under\sreview)\b|"
    r"\b(?:filed|lodged|submitted)\s(?:an?\s)?(?:grievance|appeal\s(?:of|against))\b|"
    # a dispute or a complaint still open, as a column "Complaint: Open" says it ("in dispute over fees", "open
    # complaint", "dispute pending", Vietnamese "đang tranh chấp / khiếu nại"); not one closed, nor "no open complaints"
    r"(?<!\bno\s)(?<!\bnot\s)\b(?:in|open|ongoing|pending|active|unresolved)\s(?:an?\s)?(?:(?:legal|contract|billing|"
    r"payment|payout|fee|commission)\s)?(?:dispute|complaint)s?\b"
    r"(?!\s(?:is\s|was\s|now\s)?(?:closed|resolved|settled|withdrawn))|"
    r"\b(?:dispute|complaint)s?\s(?:is\s|still\s)*(?:open|pending|ongoing|in\sprogress|unresolved|under\sreview)\b|"
    r"\bappeal\s(?:of|against|re)\s(?:[\w-]+\s){0,4}?(?:denial|denied|decision|determination|claim|coverage|"
    r"termination|refusal|sanction)\b(?!.*\b(?:resolved|closed|withdrawn|upheld|overturned|decided)\b)|"
    r"\bcourt\scase\b|\breported\sto\s(?:the\s)?(?:police|prosecutor)\b|"
    # a platform's trust-and-safety record: "law-enforcement request pending", "LE request", "subpoena
    # received", "police inquiry", "legal hold on the account"
    r"\b(?:law[\s-]enforcement|le|police)\s(?:data\s)?(?:request|inquiry|enquiry|investigation|hold|referral)s?\b|"
    r"\bsubpoena\w*|\b(?:preservation|emergency\sdisclosure)\srequest\b|\blegal\shold\b|"
    r"\bdeport(?:ation|ed)\b|\bremoval\sorder\b|\b(?:asylum|immigration|deportation)\s(?:case|appeal|hearing|"
    r"claim\srefused|proceedings)\b|\b(?:lawyer|solicitor|attorney)\s(?:involved|instructed|engaged|representing)\b|"
    r"\babschiebung\w*|\bausweisung\w*|\banwalt\w*\s(?:\w+\s)?(?:eingeschaltet|beauftragt|eingeschalten)\b|"
    r"\banwaltlich\svertreten\b|\basyl(?:verfahren|klage|folgeantrag)\b|\bklage\s(?:eingereicht|lauft|erhoben)\b|"
    r"\bexpulsion\b|\bexpulsado\b|\bavocat\s(?:saisi|mandate)\b|"
    # an insolvency under a court or an administrator ("Em recuperação judicial" as ``in_english`` reads it,
    # "in administration since May", "Chapter 11"): the business is still a customer to ask, so named, not
    # left out, as what may be said to them (a study about credit, a debt) is for the legal team to clear
    r"\binsolvency\b|\binsolvent\b|\binsolvenz\w*|\bchapter\s(?:7|11|13)\b|"
    r"\b(?:filed\sfor|declared|in)\sbankruptcy\b|\b(?:declared|went|gone)\sbankrupt\b|\bbankruptcy\sproceedings\b|"
    r"\b(?:is|now|company|business|went|gone|entered|placed)\s(?:in|into)\s(?:administration|receivership|liquidation)\b|"
    r"\badministrators?\sappointed\b", re.I)


# an open trust-and-safety case of a platform's, in a note: the person a victim in it or reported in it
# ("victim in open safety case", "T&S case #4411 open", "harassment report under investigation",
# "stalked by a match"): an interview may touch the case, and T&S may have asked that contact go through
# them; named when chosen, not left out (a closed case, "safety case closed", is not named)
_SAFETY_CASE = re.compile(
    r"\b(?:safety|t\s?&\s?s|tns|trust\s(?:and|&)\ssafety|harassment|abuse|assault|stalking|sextortion|"
    r"romance\sscam|threats?)\s(?:case|report|investigation|ticket|escalation|incident)s?\b(?!\s(?:is\s)?"
    r"(?:closed|resolved|dismissed)\b)|"
    r"\bvictims?\s(?:in|of)\s(?:an?\s|the\s)?(?:open\s|active\s|ongoing\s|pending\s)?(?:safety|t\s?&\s?s|"
    r"harassment|abuse|assault|stalking|sextortion|sexual|domestic|romance\sscam|threats?|doxx\w*|"
    r"image[\s-]based)\b|"
    r"\b(?:harassed|stalked|assaulted|threatened|doxx?ed|catfished)\sby\s(?:a\s|an?other\s|their\s)?"
    r"(?:match|user|member|date|ex)\b", re.I)


def safety_case(p: Participant) -> str | None:
    """A note of an open trust-and-safety case they are in (a victim, or reported in one), quoted."""
    return _noted(p, _SAFETY_CASE)


# a moderation state in the account's own column short of a ban: a platform's "shadowbanned",
# "under_review", "restricted", "flagged", "on probation"; the person may be under investigation, or a
# sanction may be in force that an invitation would contradict: named when chosen, not left out (a
# "banned" account is left out, a "suspended" one named as such)
_MODERATED = re.compile(r"^(?:shadow\s?ban(?:ned)?|ghost\s?banned|(?:under|in|pending)\s(?:moderation\s)?"
                        r"(?:review|moderation|investigation)|restricted|flagged|quarantined|on\sprobation|"
                        r"(?:moderation|review)\s(?:pending|hold)|locked\sfor\sreview)$")


def under_moderation(p: Participant) -> str | None:
    """The column and value that say this person's account is under moderation (shadowbanned, under
    review), or None."""
    return next((f"{col}: {v.strip()}" for col, v in p.attributes.items()
                 if _ACCOUNT_COLUMN.search(_words(col)) and not _NOT_THE_ACCOUNT.search(_words(col))
                 and _MODERATED.match(re.sub(r"[\s_-]+", " ", v.strip().lower()))), None)


# a count of how often OTHER users reported or blocked this person ("reports_received", "blocked_by_count",
# "times reported", "flags received"): not the account's own blocked state, so a count never leaves anyone
# out; 3 or more is named when chosen, as a pattern T&S may be looking at (one report or block is
# everyday on a platform where people block freely)
# (not "complaints received", which a CRM may write of complaints the customer made, nor a bare "number of
# reports", a BI tool's count of reports a user built)
_REPORTED_BY_OTHERS = re.compile(r"^(?:(?:reports?|flags?|blocks?)\s(?:received|against|on\suser)|"
                                 r"(?:blocked|reported|flagged)\sby(?:\s(?:others|other\susers|users|count|n))?|"
                                 r"times\s(?:reported|blocked|flagged)|(?:reported|blocked|flagged)\s(?:count|times|n)|"
                                 r"(?:number|no|num)\s(?:of\s)?(?:reports|blocks|flags)\sreceived)"
                                 r"(?:\s(?:count|total|n|30d|90d|all\stime))?$")
REPORTED_OFTEN = 3


def reported_by_others(p: Participant) -> str | None:
    """The counts of reports or blocks by other users, where one is 3 or more, or None."""
    counts = [(col, v.strip()) for col, v in p.attributes.items()
              if _REPORTED_BY_OTHERS.match(_words(col)) and re.fullmatch(r"\d{1,6}", v.strip())]
    if not any(int(v) >= REPORTED_OFTEN for _, v in counts):
        return None
    return ", ".join(f"{col}: {v}" for col, v in counts if int(v))


def legal_matter(p: Participant) -> str | None:
    """A note of a legal matter of theirs open (a complaint to an ombudsman or a regulator, a grievance or
    an appeal, a dispute or complaint still open, a lawsuit, a deportation or asylum case, a lawyer brought
    in), quoted; or a column that says a grievance, appeal or regulator complaint is open ("GRIEVANCE_OPEN: Y", "Appeal status: Pending")."""
    return _noted(p, _LEGAL_MATTER) or next(
        (f"{col}: {raw}" for col, value in p.attributes.items()
         if (_GRIEVANCE_COLUMN.fullmatch(w := _words(col)) or _LEGAL_CLAIM_COLUMN.fullmatch(w))
         and present(raw := value.strip()) and (_YES.match(in_english(raw)) and not w.endswith("status")
                                                or _GRIEVANCE_STILL_OPEN.match(raw))), None)


def asb_case(p: Participant) -> str | None:
    """A column that says an anti-social behaviour case of theirs is open ("ASB Case Open (Y/N): Y"), or None."""
    return next((f"{col}: {raw}" for col, value in p.attributes.items() if _ASB_COLUMN.fullmatch(w := _words(col))
                 and present(raw := value.strip()) and (_YES.match(in_english(raw)) and not w.endswith("status")
                                                        or _GRIEVANCE_STILL_OPEN.match(raw))), None)


# a tenancy the tenant is giving up (a landlord's "Tenancy Status: Notice given", "Ending", "Terminating"):
# a tenant now, who may not be one by the interview; named when chosen (a landlord's notice to them is
# a possession claim: ``_EVICTION_STATE``)
_TENANCY_COLUMN = re.compile(r"^(?:tenancy|tenant|lease|licence|license|tenure|occupancy|occupation)\s(?:status|state)$")
_TENANCY_ENDING = re.compile(r"^(?:notice\s(?:given|received|to\squit|period)|(?:tenant\s)?gave\snotice|"
                             r"(?:tenancy\s)?(?:ending|terminating|leaving|moving\sout)|termination\spending|"
                             r"(?:end\sof\stenancy|eot)\spending)\b", re.I)


def tenancy_ending(p: Participant) -> str | None:
    """A tenancy status that says they are giving it up ("Tenancy Status: Notice given"), or None."""
    return next((f"{col}: {value.strip()}" for col, value in p.attributes.items()
                 if _TENANCY_COLUMN.fullmatch(_words(col)) and _TENANCY_ENDING.match(in_english(value.strip()))), None)


# a note or a flag that a visit to them needs two people or none (a landlord's lone-worker alert, "do not visit
# alone", "visit in pairs", "two-officer visits only"): a home visit is for the interviewer's safety to plan
_VISIT_SAFETY = re.compile(r"\blone[\s-]work(?:er|ing)\s(?:alert|flag|warning|risk|marker)\b|"
                           r"\b(?:do\snot|don'?t|never|not\sto)\svisit\salone\b|\bvisit\sin\spairs\b|"
                           r"\b(?:two|2|double)[\s-](?:person|officer|staff|handed)\svisits?\b|"
                           r"\bpotentially\sviolent\b|\bpvp\s(?:flag|marker|alert)\b|\bviolence\smarker\b")


def visit_safety(p: Participant) -> str | None:
    """A note or flag that no one should visit them alone (a lone-worker alert), quoted."""
    return _noted(p, _VISIT_SAFETY)


def in_care_facility(p: Participant) -> str | None:
    """A note or a column that they live in a care facility (a skilled nursing facility, a nursing home,
    long-term care), quoted: still theirs to say, but someone may need to help them take the call."""
    for col, value in p.attributes.items():
        w, raw = _words(col), value.strip()
        if _IN_CARE_FACILITY_COLUMN.fullmatch(w) and present(raw) and _YES.match(in_english(raw)):
            return f"{col}: {raw}"
    said = _noted(p, _IN_CARE_FACILITY_NOTE)
    return said if said and not _SOMEONE_ELSES_CARE.search(fold(said).lower()) else None


def leaving_the_plan(p: Participant, today: dt.date | None = None) -> str | None:
    """A disenrollment or coverage end dated after today ("DISENROLL_DT: 12/31/2026"): a member now, who may
    not be one by the interview."""
    today = today or dt.date.today()
    return next((f"{col}: {value.strip()}" for col, value in p.attributes.items()
                 if _DISENROLLED_COLUMN.fullmatch(_words(col)) and present(value.strip())
                 and _either_way(value.strip()) is not None and not _ended_by(value.strip(), today)), None)


def former_staff(p: Participant) -> str | None:
    """A note that they used to work for us ("ex-employee", "former staff member"), quoted."""
    return _noted(p, _FORMER_STAFF)


def _noted(p: Participant, pattern: re.Pattern[str]) -> str | None:
    return next((f"{col}: {_quoted(v.strip())}" for col, v in p.attributes.items()
                 if _NOTES_COLUMN.search(_words(col)) and (pattern.search(fold(v).replace("\u2019", "'"))
                                                          or pattern.search(in_english(v)))), None)


def note_columns(columns: list[str]) -> list[str]:
    """The roster's note columns ("Notes", "Remarques", "Comentarios", a form's "Anything else…"),
    in the roster's order: what a caller reads before phoning ("call after 6pm", "son translates")."""
    return [c for c in columns if _NOTES_COLUMN.search(_words(c))]


# a note that the contact details the roster lists may not be safe to use: a domestic-violence flag, a
# safe number or address to use alone ("DV – use only safe number", "Only text safe number 0491 …, never
# email", "Do NOT call home mobile"): named when chosen, and their listed email and phones are withheld
# from the contacts file (``cli/recruit.contact_details``), as a message there may reach whoever harms them
_SAFE_CONTACT_ONLY = re.compile(
    r"\bsafe\s(?:phone\s|mobile\s)?(?:number|phone|mobile|contact|address|email|e-mail)\b|"
    r"\b(?:dv|domestic\s(?:violence|abuse)|family\sviolence|intimate\spartner\sviolence|coercive\scontrol)\b|"
    r"\b(?:do\snot|don'?t|never)\s(?:call|text|ring|phone)\s(?:the\s|their\s|her\s|his\s)?home\b|"
    r"\bnever\s(?:e-?mail|write\sto|post|send\sletters)\b")
# a note that the account, its login or its email is a parent's ("Minor – parent account holder Karen
# Scott", "parent's email"), or that calls them a minor beside more: the address may reach the parent,
# and the person may be under 18 whatever the date of birth says
_PARENTS_ACCOUNT = re.compile(
    r"\bparent(?:'?s)?\s(?:account|login|email|e-mail|mailbox|phone)\b|"
    r"\b(?:account|login|email)\s(?:is\s)?(?:held|owned|managed|run)\sby\s(?:a\s|the\s|their\s|his\s|her\s)?"
    r"(?:parent|mother|father|mum|mom|dad|guardian)\b|^\W*minor\b|"
    # "account for a minor", "minor's account", "… managed by a parent" (Polish "konto dla małoletniego
    # prowadzone przez rodzica", as ``in_english`` reads it)
    r"\b(?:account|login)\s(?:for|of)\s(?:a\s)?minor\b|\bminor'?s\saccount\b|\b(?:managed|run|held)\sby\s(?:a\s|the\s)?parent\b")
# a note of a representative role among those the study is about: a students' union officer ("SU
# sabbatical officer"), a union's president; a stakeholder, not a typical member, so named when chosen
_REPRESENTATIVE = re.compile(
    r"\bsabbatical\sofficer\b|\b(?:su|students'?\sunion|student\sunion|guild)\s(?:sabbatical\s)?"
    r"(?:officer|president|vice[\s-]president|vp|trustee)\b|\bstudents'?\sunion\s(?:president|officer)\b")
# a note of circumstances to be ready for in the interview ("estranged student", "care leaver", "young
# carer"): not a reason to leave them out, named so the interviewer goes in prepared
_CIRCUMSTANCES = re.compile(r"\bestranged\b|\bcare[\s-](?:leaver|experienced)\b|\byoung\scarer\b")


def safe_contact_only(p: Participant) -> str | None:
    """A note that only a safe number or address may be used for them (a domestic-violence flag), quoted."""
    return _noted(p, _SAFE_CONTACT_ONLY)


def parents_account(p: Participant) -> str | None:
    """A note that their account or email is a parent's, or that they are a minor, quoted."""
    return _noted(p, _PARENTS_ACCOUNT)


def representative_role(p: Participant) -> str | None:
    """A note of a representative role (a students' union officer), quoted."""
    return _noted(p, _REPRESENTATIVE)


def circumstances(p: Participant) -> str | None:
    """A note of circumstances to be ready for (estranged, a care leaver, a young carer), quoted."""
    return _noted(p, _CIRCUMSTANCES)


# a column that says whether they can read ("Can read (Y/N)", "Literate", "Reads and writes"): a no is
# something to arrange (consent read aloud), as a note's "cannot read" is
_READS_COLUMN = re.compile(r"^(?:can|able\sto)\sread(?:\s(?:and|or)\swrite)?(?:\s(?:y\sn|yes\sno))?$|"
                           r"^(?:literate|is\sliterate|reads(?:\sand\swrites)?)(?:\s(?:y\sn|yes\sno))?$")


# a language named in an interpreter column ("Interpreter Required: Sylheti", "Urdu", "BSL", "Polish (Mr K)"): a
# few words, not a no, nor English, nor "not required"
_NOT_A_LANGUAGE = re.compile(r"^(?:none|nil|not\b|no\b|n/?a\b|unknown|english|tbc|tba|-|\?)", re.I)


def _language_named(col: str, raw: str) -> bool:
    """Whether an interpreter column's cell names a language (a few words, no digits), not a no."""
    return bool(re.search(r"\binterpreter\b", _words(col))
                and re.fullmatch(r"[^\W\d_]+(?:[\s/&,()-]+[^\W\d_]+){0,3}\)?", raw)
                and not _NO.match(in_english(raw)) and not _NOT_A_LANGUAGE.match(in_english(raw)))


def to_arrange(p: Participant) -> str | None:
    """A note of something to arrange before the interview (an interpreter, hearing, consent read aloud),
    quoted; or a column that asks for it, ticked ("TTY_FLAG: Y", "Interpreter needed: Yes") or naming the
    language ("Interpreter Required: Sylheti"); or a column that says they cannot read."""
    return _noted(p, _TO_ARRANGE) or next(
        (f"{col}: {raw}" for col, value in p.attributes.items() if _ARRANGE_COLUMN.fullmatch(_words(col))
         and present(raw := value.strip()) and (_YES.match(in_english(raw)) or _language_named(col, raw))), None) or next(
        (f"{col}: {value.strip()}" for col, value in p.attributes.items() if _CONTACT_METHOD_COLUMN.match(_words(col))
         and _ARRANGE_VALUE.search(fold(value))), None) or next(
        (f"cannot read ({col}: {v.strip()})" for col, v in p.attributes.items()
         if _READS_COLUMN.match(_words(col)) and present(v) and _NO.match(in_english(v.strip()))), None)


# a note that they are in hospital now ("in hospital since Monday", "hospitalised", Hindi "अस्पताल में
# भर्ती है", Hinglish "abhi hospital mein hai" as ``in_english`` reads them): not a time to call, so named
# when chosen; not someone who works there ("works in the hospital", "staff nurse at the county hospital")
_IN_HOSPITAL = re.compile(r"(?<!\bworks\s)(?<!\bworking\s)(?<!\bjob\s)\bin\s(?:the\s)?hospital\b(?!\s(?:admin|"
                          r"administration|pharmacy|canteen|kitchen|laundry|reception)\b)|\bhospitali[sz]ed\b|"
                          r"\badmitted\s(?:to|in|into)\s(?:the\s)?hospital\b|"
                          # a disability or care provider's "hospital admission 20/10 - check with SC", "inpatient"
                          r"\b(?:hospital|inpatient)\s(?:admission|stay)\b(?!\s(?:avoidance|prevention)\b)|"
                          r"\b(?:currently|now)\s(?:an\s)?inpatient\b")


def in_hospital(p: Participant) -> str | None:
    """A note that they are in hospital, quoted."""
    return _noted(p, _IN_HOSPITAL)


# a note that they are a relative of one of our staff ("Prima da Juliana (vendedora)", "irmão do nosso
# representante", "cousin of our rep", "sister of Tom (sales rep)"): not staff, so not left out, but a
# conflict of interest the researcher decides on, so named when chosen; kept narrow (a staff role said)
_KIN_PT = (r"(?:prim[oa]|irmao|irma|filh[oa]|espos[oa]|marido|mulher|mae|pai|sobrinh[oa]|ti[oa]|cunhad[oa]|genro|nora|"
           r"sogr[oa]|namorad[oa]|parente|neto|neta)")
_STAFF_PT = r"(?:vendedor(?:a)?|representante|funcionari[oa]|colaborador(?:a)?|gerente|consultor(?:a)?|atendente)"
_KIN_EN = (r"(?:cousin|sister|brother|son|daughter|wife|husband|mother|father|niece|nephew|aunt|uncle|spouse|"
           r"(?:sister|brother|son|daughter|mother|father)-in-law|relative)")
_STAFF_EN = r"(?:sales\s)?(?:rep|reps|representative|staff|employee|colleague|account\smanager|salesperson|team\smember)"
_RELATIVE_OF_STAFF = re.compile(
    rf"\b{_KIN_PT}\s(?:do|da|de)\s(?:(?:nosso|nossa)\s{_STAFF_PT}\b|[a-z]+(?:\s[a-z]+)?\s?\((?:nosso\s|nossa\s)?"
    rf"{_STAFF_PT}\b[^)]*\))|"
    rf"\b{_KIN_EN}\sof\s(?:one\sof\s)?(?:our\s{_STAFF_EN}\b|[a-z]+(?:\s[a-z]+)?\s?\((?:our\s)?{_STAFF_EN}\b[^)]*\))|"
    rf"\bour\s{_STAFF_EN}'?s\s{_KIN_EN}\b|"
    # a health plan's or a company's own ("member is a plan employee's spouse", "spouse of a plan employee")
    rf"\b(?:plan|health\splan|company)\s{_STAFF_EN}'?s\s{_KIN_EN}\b|"
    rf"\b{_KIN_EN}\sof\s(?:an?\s)?(?:plan|health\splan|company)\s{_STAFF_EN}\b|"
    # a staff member's family, unnamed ("staff family member", "family member of staff", "related to a staff member")
    r"\b(?:staff|employee|worker)(?:'?s)?\s(?:family\smember|relative)s?\b|"
    # our agent's family ("agent's family member", Banglish "Agent er family member" as ``in_english`` reads it)
    r"\b(?:our\s)?agent(?:'?s)?\s(?:family\smember|relative|wife|husband|son|daughter|brother|sister|father|mother)s?\b|"
    r"\b(?:family\smember|relative)\sof\s(?:a\s|an\s|one\sof\s(?:our\s)?|our\s)?(?:staff|employee|worker|team\smember)s?\b|"
    r"\brelated\sto\s(?:a\s|an\s|one\sof\s(?:our\s)?|our\s)?(?:staff(?:\smember)?|employee|team\smember|worker)s?\b", re.I)
# a note that they used to work for us ("ex-employee", "former staff", "used to work here"): no longer staff,
# so not left out, but they know the inside of what the study asks about, a conflict of interest to decide
_FORMER_STAFF = re.compile(r"^\W*(?:an?\s)?(?:ex|former)[\s-](?:employee|staff(?:\smember)?|colleague|team\smember)\b|"
                           r"\b(?:our|plan|company)\s(?:ex|former)[\s-](?:employee|staff(?:\smember)?|colleague)\b|"
                           r"\bused\sto\swork\s(?:here|for\sus|at\sthe\splan|for\sthe\splan|with\sus)\b", re.I)


def relative_of_staff(p: Participant) -> str | None:
    """A note that they are a relative of one of our staff ("Prima da Juliana (vendedora)"), quoted."""
    return _noted(p, _RELATIVE_OF_STAFF)


# a dependent on someone else's account: a family or group account's member whom its holder books and pays for
# (a Mexican telemedicine app's "Titular de la cuenta" and "Parentesco: madre", a health plan's "Relationship to
# subscriber: Child", "Primary member"): their usage is the holder's doing, and the email and phone often the
# holder's, so named when chosen with whom to ask first. By the relationship, a relative's word (not "titular",
# "self" or a B2B CRM's "Relationship: Customer"); with no relationship column, a holder who is someone else
_HOLDER_COLUMN = re.compile(r"^(?:titular(?:\sde\s(?:la\s)?account)?|(?:primary\s)?account\s(?:holder|owner)|"
                            r"primary\s(?:member|subscriber|insured|policyholder|policy\sholder)|policy\s?holder|"
                            r"main\s(?:member|account\sholder)|family\s(?:account\s)?(?:owner|organi[sz]er|manager)|"
                            r"head\sof\s(?:household|family)|responsable\sde\s(?:la\s)?account)"
                            r"(?:\s(?:name|nombre|id))?$")
_RELATION_COLUMN = re.compile(r"^(?:parentesco|relacion|relationship|relation|member\srelationship|relationship\scode|"
                              r"(?:relationship|relation|parentesco|relacion)\s(?:to|with|con|del|de|al)\s(?:the\s|el\s|la\s)?"
                              r"(?:account\s)?(?:holder|owner|primary(?:\smember)?|subscriber|policyholder|insured|"
                              r"titular|member)|dependent\s(?:type|relationship)|tipo\sde\s(?:miembro|beneficiario))$")
_DEPENDENT_KIN = re.compile(r"\b(?:hij[oa]s?|madre|padre|mama|papa|conyuge|espos[oa]|abuel[oa]|niet[oa]|herman[oa]|"
                            r"sobrin[oa]|suegr[oa]|yerno|nuera|ti[oa]|prim[oa]|dependiente|beneficiari[oa]|"
                            r"child|children|son|daughter|mother|father|parent|spouse|husband|wife|domestic\spartner|"
                            r"grandmother|grandfather|grandparent|grandchild|grandson|granddaughter|sibling|sister|"
                            r"brother|stepchild|stepson|stepdaughter|in[\s-]law|dependent|dependant)\b")


def dependent_on_account(p: Participant) -> str | None:
    """Their relationship to a family or group account's holder who is someone else, quoted with the holder
    ("parentesco: madre; titular de la cuenta: Lucía Fernández"), or None."""
    rel = next(((col, v.strip()) for col, v in p.attributes.items()
                if _RELATION_COLUMN.match(_words(col)) and present(v)), None)
    holder = next(((col, v.strip()) for col, v in p.attributes.items() if _HOLDER_COLUMN.match(_words(col))
                   and present(v) and not _YES.match(in_english(v.strip())) and not _NO.match(in_english(v.strip()))),
                  None)
    if rel:
        if not _DEPENDENT_KIN.search(fold(rel[1]).lower()) or _relation_to_student(p) == rel:
            return None  # (a parent's row of a student the row names holds the account: "Relationship: Mother")
    elif not holder:
        return None
    else:
        theirs = {fold(x).lower().strip() for x in (p.pid, p.name or "", p.email or "") if x}
        if fold(holder[1]).lower().strip() in theirs or not (p.name or holder[1].replace("-", "").isdigit()):
            return None
    return "; ".join(f"{pair[0]}: {_quoted(pair[1])}" for pair in (rel, holder) if pair)


def moved_away(p: Participant) -> str | None:
    """A note that they moved out of the area ("verhuisd naar buiten de gemeente"), quoted."""
    return _noted(p, _MOVED_AWAY)


def staff_assignment_columns(people: list[Participant]) -> list[str]:
    """The columns read as a guardian's or a proxy's but not as a legal one ("Betreuer/in") that hold a
    handful of names repeated across most of the roster: the staff each person is assigned to (a
    caseworker, an account manager), not each person's own guardian, who is seldom shared so."""
    filled: dict[str, list[str]] = {}
    for p in people:
        for col, value in p.attributes.items():
            found = _guardian(col, value)
            if found is not None and not found[0] and not _NOTES_COLUMN.search(_words(col)):
                filled.setdefault(col, []).append(fold(value).strip().lower())
    return [col for col, values in filled.items()
            if len(values) >= 8 and len(values) * 2 >= len(people) and len(set(values)) * 4 <= len(values)]


def proxy_columns(people: list[Participant]) -> list[str]:
    """The roster's own columns that name someone who acts for the person (a guardian, a proxy, an
    authorized representative: "AUTH_REP_NAME"), not a note and not the staff they are assigned to, in the
    roster's order: whom the caller asks for, so the contacts file carries them."""
    staff = set(staff_assignment_columns(people))
    found = [col for p in people for col, value in p.attributes.items()
             if col not in staff and not _NOTES_COLUMN.search(_words(col)) and _guardian(col, value)
             and _GUARDIAN_COLUMN.search(_words(col))]
    return list(dict.fromkeys(found))


def acts_for_them_in_roster(people: list[Participant]) -> dict[str, str]:
    """``acts_for_them`` of each person, less the columns of the staff they are assigned to
    (``staff_assignment_columns``): pid → said."""
    staff = set(staff_assignment_columns(people))
    out = {}
    for p in people:
        said = [found[1] for col, value in p.attributes.items()
                if col not in staff and (found := _guardian(col, value)) and not found[0]]
        if said:
            out[p.pid] = "; ".join(said)
    return out


# a note that holds all contact back until a day ("Per ED, no asks and no outreach until spring 2027",
# "do not contact until 3/1/2027", "hold off on contact until January"): a do-not-contact until then
_HOLD_UNTIL = re.compile(
    r"\b(?:no|do\snot|don'?t|hold\s(?:off\s)?(?:on\s)?|pause\s|paused\s)\s?(?:\w+\s){0,4}?"
    r"(?:outreach|contact|contacting|asks|solicitations?|approach(?:es)?|calls?\sor\se ?mails?)\s"
    r"(?:(?:of|with|to)\s(?:her|him|them)\s)?(?:until|till)\s(?P<end>[^.;,()]{2,40})", re.I)
_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_MONTH_WORDS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | \
    {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}


def _hold_ends(end: str) -> dt.date | None:
    """The first day contact may resume, read from the words after "until": a date ("3/1/2027",
    "2027-03-01"), a month or season with its year ("spring 2027", "January 2027", "Jan '27"), or
    a year ("2027"); None where no year is said or the words are not read."""
    e = end.strip().lower()
    if m := re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})\b", e):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})\b", e):  # (US month first: the notes that say "spring")
        y, mo, d = int(m.group(3)), int(m.group(1)), int(m.group(2))
    elif m := re.match(r"(?:(?:early|late|mid)[\s-])?([a-z]+)\.?\s(?:of\s)?'?(\d{4}|\d{2})\b", e):
        word, year = m.group(1), int(m.group(2))
        mo = _SEASON_START.get(word) or _MONTH_WORDS.get(word[:3] if word[:3] != "sep" else "sep") or 0
        if not mo or word not in _SEASON_START and word not in _MONTH_WORDS:
            return None
        y, d = (year if year > 99 else 2000 + year), 1
    elif m := re.match(r"(\d{4})\b", e):
        y, mo, d = int(m.group(1)), 1, 1
    else:
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


_TIME_OF_DAY = re.compile(r"(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|h)\b|\d{1,2}:\d{2}\b|noon|midday|midnight|"
                          r"(?:the\s)?(?:evening|morning|afternoon|lunch)\b|after\s(?:work|school|\d))", re.I)


def held_until(value: str) -> tuple[str, dt.date | None] | None:
    """(what the note says, the day contact may resume or None where that is not read) for a note
    that holds contact back until some time, or None."""
    m = _HOLD_UNTIL.search(fold(value).replace("\u2019", "'"))
    if not m or _TIME_OF_DAY.match(m.group("end").strip()):  # "no calls or emails until 10am": when in a day
        return None
    return m.group(0).strip(), _hold_ends(m.group("end"))


def on_hold_unclear(p: Participant) -> str | None:
    """A note that holds contact back until a time the plan cannot read ("no outreach until after the
    holidays"), quoted: named, as the day may not have come."""
    return next((f"{col}: {_quoted(v.strip())}" for col, v in p.attributes.items()
                 if _NOTES_COLUMN.search(_words(col)) and (h := held_until(v)) and h[1] is None), None)


# a request not to be contacted about one thing ("Asked that we never contact her about her giving", "do
# not solicit", "no solicitations"): about their giving, money or appeals it is a do-not-contact in a
# donor's record (``_NEVER_ABOUT_GIVING``); about anything else it is named, for the researcher to judge
# whether the study is about it
_NEVER_ABOUT = re.compile(
    r"\b(?:never|not|do\snot|don'?t)\s(?:to\s)?(?:be\s)?(?:contact(?:ed)?|approach(?:ed)?|ask(?:ed)?|call(?:ed)?|"
    r"e ?mail(?:ed)?)\s(?:(?:her|him|them|me|us)\s)?(?:again\s)?(?:about|regarding)\s(?P<what>[\w\s'-]{2,40})|"
    r"\b(?:do\snot|don'?t|never)\ssolicit\b|\bno\s(?:more\s)?solicitations?\b|\bno\sasks\b", re.I)
_ABOUT_GIVING = re.compile(r"^(?:(?:her|his|their|my|our|the|any|a|an|further|future|more)\s)*"
                           r"(?:giving|gifts?|donations?|donating|money|fundraising|appeals?|pledges?|support|"
                           r"solicitations?|asks?)\b")


def never_about(p: Participant) -> str | None:
    """A note asking not to be contacted about one thing, or not to be solicited, quoted: named, as
    the study may be about it (one about their giving leaves them out: ``_column_says``)."""
    return next((f"{col}: {_quoted(v.strip())}" for col, v in p.attributes.items()
                 if (_NOTES_COLUMN.search(_words(col)) or _SOLICIT_CODES.search(_words(col)))
                 and _NEVER_ABOUT.search(fold(v).replace("\u2019", "'"))), None)


# a marketing consent answered no ("마케팅 수신동의: N", "Accepts Email Marketing: no", "Marketing consent: No"):
# an interview invitation is not marketing, so it leaves nobody out (README), but a team whose policy
# treats research invitations as marketing must see who said it
_MARKETING_CONSENT = re.compile(r"^(?:accepts?\s(?:e ?mail\s|sms\s)?marketing|(?:e ?mail\s|sms\s)?marketing\s"
                                r"(?:opt\sin|consent|permission|agreed|agreement)|consent\s(?:to\s)?marketing)"
                                r"(?:\s(?:status|yn|y\sn|flag))?$")


# (the same said as an opt-out answered yes: "Telemarketing opt-out: Yes", Norway's "Reservert mot telefonsalg: Ja",
# the national register's no to sales calls)
_MARKETING_OPT_OUT = re.compile(r"^(?:e ?mail\s|sms\s|tele|telephone\s|phone\s)?marketing\sopt(?:ed)?\sout"
                                r"(?:\s(?:status|yn|y\sn|flag))?$")


def declined_marketing(p: Participant) -> str | None:
    """Their no to marketing messages, with its column (see above), or None."""
    return next((f"{col}: {v.strip()}" for col, v in p.attributes.items()
                 if present(v) and (_MARKETING_CONSENT.match(_words(col)) and _NO.match(in_english(v).strip())
                                    or _MARKETING_OPT_OUT.match(in_english(_words(col)))
                                    and _YES.match(in_english(v).strip()))), None)


def _never_about_giving(value: str) -> bool:
    m = _NEVER_ABOUT.search(fold(value).replace("\u2019", "'"))
    return bool(m and m.group("what") and _ABOUT_GIVING.match(m.group("what").strip().lower()))


# a note that marks what it says confidential ("client of our pantry - CONFIDENTIAL, never reference in
# donor context", "keep confidential", "never reference"): named, the note read before the interview and
# kept out of anything shared (a column that marks the record so leaves them out: ``_sensitive``)
_CONFIDENTIAL_NOTE = re.compile(r"\b(?:keep|kept|strictly|highly|is)\sconfidential\b|"
                                r"\bconfidential\s(?:info|information|matter|client)\b|"
                                r"\bnever\s(?:reference|mention|disclose|share)\b")
_CONFIDENTIAL_WORD = re.compile(r"\bCONFIDENTIAL\b")  # (in capitals: a mark, not "confidential gifts")


def confidential_note(p: Participant) -> str | None:
    """A note that marks something about them confidential, quoted."""
    return next((f"{col}: {_quoted(v.strip())}" for col, v in p.attributes.items()
                 if _NOTES_COLUMN.search(_words(col))
                 and (_CONFIDENTIAL_WORD.search(v) or _CONFIDENTIAL_NOTE.search(fold(v).lower()))), None)


# an insider of the organisation or a partner's contact, not an ordinary supporter or user: a board
# member or trustee, by a relationship column ("Primary Affiliation: Board") or a note ("Board Treasurer
# since 2023"), or a corporate partner or sponsor's contact ("Primary Affiliation: Corporate Partner")
_AFFILIATION_COLUMN = re.compile(r"\b(?:affiliation|relationship|relation|constituency|constituent\s(?:type|codes?)|"
                                 r"contact\stype|record\stype|type|category|role)$")
_BOARD_VALUE = re.compile(r"^(?:board|board\smember|trustee|trustee\semerit(?:us|a|i)|emerit(?:us|a)\strustee|"
                          r"board\sof\s(?:directors|trustees|visitors|governors|regents|overseers))s?$", re.I)
_PARTNER_VALUE = re.compile(r"^(?:corporate\s(?:partner|sponsor|donor|contact)|sponsor|corporate|partner\s"
                            r"(?:contact|organi[sz]ation)|corporate\sfoundation)s?$", re.I)
# a local leader the company works with, by a column for it ("Sarpanch/FPO leader: Yes - Sarpanch", "Village
# leader", "Community leader: FPO chairman") holding anything but a no, or a note ("Sarpanch hai", "FPO
# chairman", "gram pradhan"): a partner's voice more than a customer's
_LEADER_COLUMN = re.compile(r"\b(?:sarpanch|pradhan|mukhiya|lead\sfarmer|brand\sambassador)\b|"
                            r"\b(?:village|community|local|fpo|fpc|cooperative|co\sop|panchayat|opinion|shg)\s"
                            r"(?:leaders?|head|chief|chair(?:man|person|woman)?|president)\b")
_LEADER_NOTE = re.compile(r"\b(?:sarpanch|gram\spradhan|mukhiya|village\s(?:head|chief)|fpo\s(?:chairman|chairperson|"
                          r"chair|president|director|leader|head|secretary)|(?:chairman|president|director)\sof\s(?:the\s)?"
                          r"(?:fpo|cooperative|co-?op)|brand\sambassador)\b")


def _names_someone(value: str) -> bool:
    """Whether a column that names a person (a village leader, a gift officer) names one: filled
    (``present``), and not a no (``_NO``) nor "nil" or "not assigned"."""
    said = in_english(value.strip())
    return present(value) and not _NO.match(said) and not re.match(r"(?:nil|not)\b", said, re.I)


_BOARD_NOTE = re.compile(r"\b(?:board|trustee)\s(?:member|treasurer|chair|chairman|chairwoman|secretary|"
                         r"president|vice[\s-]chair|officer)\b|\b(?:sits|serves|served)\son\s(?:our|the)\sboard\b|"
                         r"\bgifts?\s(?:are|is)\scorporate\b|"
                         # a university's "Trustee", "Trustee emeritus", "Board of Visitors, College of …"
                         r"^(?:university\s|college\s)?trustees?(?:\semerit(?:us|a|i))?\W*$|^emerit(?:us|a)\strustee\W*$|"
                         r"\b(?:board\sof\s(?:trustees|visitors|governors|regents|overseers))\b")
# (a donor CRM's relationship to the organisation, "Primary Affiliation: Staff"; not a school's "Role: Staff")
# (Raiser's Edge's "Constituent Code: Staff" or "Faculty": a university's own staff in its alumni export)
_AFFILIATED_AS = re.compile(r"\b(?:affiliation|relationship|constituency|constituent\s(?:type|codes?))$")
_STAFF_AFFILIATION = re.compile(r"^(?:staff|employee|staff\smember|employees|faculty|faculty\smember|"
                                r"faculty\s?(?:/|&|and)\s?staff)$", re.I)
# a donor CRM's constituent code for a current student ("Constituent Code: Student"): not yet an
# alumnus; --mix on the column with the value asks for them
NOT_ALUMNUS = "a current student, not an alumnus"
_CONSTITUENT_CODE = re.compile(r"\bconstituent\s(?:type|codes?)$")
_STUDENT_CODE = re.compile(r"^(?:current\s)?students?$", re.I)
# a note that names them staff in an aside: "Volunteer coordinator (staff)", "(employee)"
_STAFF_ASIDE = re.compile(r"\((?:our\s)?(?:staff|employee|staff\smember)\)", re.I)


def insider_or_partner(p: Participant) -> str | None:
    """The column or note that makes them a board member or trustee, or a corporate partner's
    contact, quoted."""
    for col, v in p.attributes.items():
        w, raw = _words(col), v.strip()
        if not present(raw):
            continue
        if _AFFILIATION_COLUMN.search(w) and (_BOARD_VALUE.match(raw) or _PARTNER_VALUE.match(raw)):
            return f"{col}: {raw}"
        if _NOTES_COLUMN.search(w) and (_BOARD_NOTE.search(fold(raw).lower()) or _LEADER_NOTE.search(fold(raw).lower())):
            return f"{col}: {_quoted(raw)}"
        if _LEADER_COLUMN.search(w) and not _NOTES_COLUMN.search(w) and _names_someone(raw):
            return f"{col}: {raw}"
    return None


def acts_for_them(p: Participant) -> str | None:
    """Where the roster names a proxy, power of attorney or guardian for this adult, not as their
    legal guardian ("guardian_proxy_name: Ward, Tom (son)", "portal_status: proxy-only"): the plan
    names the chosen so, for the researcher to check they can consent for themselves."""
    said = [found[1] for col, value in p.attributes.items() if (found := _guardian(col, value)) and not found[0]]
    return "; ".join(said) or None


# a note that the person works here: the whole note a staff word ("Funcionária", "Staff"), one of
# ours ("nosso funcionário", "our employee"), or staff of our own shop, stock or support ("Funcionário
# do estoque", "Empleado de la tienda", "Mitarbeiter des Kundenservice"); not someone's job elsewhere
# ("Employee at a bank", "Staff nurse")
_STAFF_NOTE = re.compile(
    r"^(?:employee|staff|staff member|team member|colleague|internal)\W*$|"
    # the note writer's own row in the CRM ("my own row", "own row (sales)", "sales rep's own record")
    r"\b(?:my|our)\sown\s(?:row|entry)\b|\bown\s(?:row|record|entry)\s(?:sales|support|marketing|team|staff|internal|ops)\b|"
    r"\b(?:sales|support|marketing|ops)\s(?:team|rep|reps|staff)\s(?:s\s)?own\s(?:row|record|entry)\b|"
    # a staff discount or code on their own order ("Staff discount code TEAM50", "uses staff code")
    r"\bstaff\s(?:discount|code|price|pricing|rate)s?\b|"
    # on the organisation's own payroll beside being a student or a member ("student ambassador – staff
    # contract", "works in the Library (casual staff)", "part-time staff"); not a staff nurse elsewhere
    r"\bon\sa\sstaff\scontract\b|"
    # works in the advancement office that keeps this roster ("current student worker in the alumni office",
    # "intern, advancement services"); not a volunteer for it ("volunteers with the alumni office")
    r"\b(?:student\s)?(?:worker|employee|works|working|intern|assistant|caller)\s(?:\w+\s){0,3}?(?:alumni|advancement|"
    r"development|annual\sfund)\s(?:office|relations|services|team|department|dept)\b|\bstaff\scontract\b|\b(?:casual|part\stime|temporary|temp|sessional|hourly|"
    r"fixed\sterm)\s(?:staff|employee)\b|"
    # a note that they work for us ("works for us in the repairs team", "employed by us as a surveyor"), said of
    # them, not of a thing ("the portal works for us"), nor of a past job ("no longer works for us")
    r"^(?:(?:he|she|they|also|now|tenant|member|customer)\s)*(?:works|is\semployed|employed)\s(?:for|by)\sus\b|"
    r"(?<!\blonger\s)\b(?:works|employed)\s(?:for|by)\sus\s(?:in|on|at)\s(?:the\s|our\s)?[a-z]+(?:\s[a-z]+)?\s"
    r"(?:team|department|dept|office|depot|service|services)\b|"
    # (not a relative of one: "uncle of our employee Mercy", "our employee's uncle")
    # a health plan's own ("member is a plan employee - pharmacy ops"), not a relative of one ("… employee's spouse")
    r"\b(?:member|client|customer|patient|enrollee)\sis\s(?:an?\s|also\san?\s)?(?:health\s)?plan\s(?:employee|staff\smember)\b"
    r"(?!\ss\b)|"
    r"(?<!\bof\s)\b(?:our|nosso|nossa|nuestro|nuestra|notre|unser|unsere|unserer|onze|nostro|nostra|nasz|nasza)\s"
    r"(?:own\s)?(?:employee|colleague|staff member)s?\b(?!\ss\b)|"
    # (and a colleague from support: "Kollegin aus dem Support, testet Releases")
    r"^(?:employee|staff|team|colleague)\s(?:(?:do|da|de|du|del|della|dello|der|des|van|of|from|aus|im|vom|in)\s)?"
    r"(?:(?:the|la|el|le|l|o|a|dem|den)\s)?"
    r"(?:estoque|stock|stockroom|warehouse|almacen|lager|magazzino|entrepot|magazijn|magazyn|loja|store|shop|tienda|"
    r"boutique|winkel|negozio|sklep|logistica|logistics|logistik|atendimento|sac|support|suporte|soporte|"
    r"customer service|kundenservice|service client)\b|"
    # staff of the public body that keeps the roster, named by its kind alone: a council's own
    # residents panel notes "medewerker gemeente" (not "Medewerker gemeente Utrecht", a job named)
    r"^(?:employee|staff|colleague)\s(?:(?:of|van|der|de|the|des|der|du|de la)\s){0,2}"
    r"(?:gemeente|municipality|council|city council|town hall|city hall|stadhuis|gemeindeverwaltung|stadtverwaltung|"
    r"mairie|ayuntamiento|prefeitura|comune|kommune|kommun)(?:\s(?:[a-z]\s)?(?:afdeling|department|dept|team)\b.*)?$")
# a tag that is the team itself ("team", "equipe", "equipo", "Team intern"), not a plan ("team plan")
_TEAM_TAG = re.compile(r"^(?:(?:our|the|internal)\s)?team(?:\s(?:member|members|internal|staff))?$")


def name_in_roster(p: Participant) -> str:
    """The person's name: the one the import read, else a column that holds it ("datos/nombre")."""
    return p.name or next((v for c, v in p.attributes.items()
                           if _PERSON_NAME_COLUMN.search(_words(c)) and v.strip()), "")


# Romanian staff words that open a note before a company's name ("angajat Orange", "angajată Vodafone")
_RO_STAFF_WORDS = {"angajat", "angajata", "salariat", "salariata"}


def _staff_of_another_company(p: Participant) -> str | None:
    """A note that is a staff word and a company's name ("Mitarbeiterin LogiTrack", "Funcionário
    Lojas Ribeiro"), where that company is not the row's own (its organisation column, its email's
    domain): one of ours, noted as such. (A customer's contact noted as staff of their own company
    is no colleague of ours.)"""
    for col, value in p.attributes.items():
        raw = value.strip().split()
        if len(raw) > 2 and fold(raw[0]).lower() in _RO_STAFF_WORDS:
            # (a Romanian note goes on after the company: "angajat Orange, magazin Unirea")
            raw = re.split(r"\s*[,;(\u2013\u2014]\s*|\s+-\s+", value.strip(), maxsplit=1)[0].split()
        if len(raw) != 2 or not _NOTES_COLUMN.search(_words(col)) or not raw[1][:1].isupper():
            continue
        said = re.findall(r"[a-z]+", in_english(raw[0]).lower())
        if fold(raw[0]).lower() in _RO_STAFF_WORDS:
            said = ["employee"]
        if said not in (["employee"], ["colleague"]) or fold(raw[0]).startswith("employee"):
            continue  # (an English "Employee Relations" is a department)
        company = "".join(words(raw[1]))
        domain = (p.email or "").rpartition("@")[2].lower()
        own = set(places(p.attributes)) | {"".join(words(d)) for d in domain.split(".")[:-1]}
        if company and not any(company in o or o in company for o in own if len(o) > 2):
            return f"staff, by the roster's note ({col}: {_quoted(value.strip())})"
    return None


def _tag_words(tag: str) -> str:
    """A tag as plain English words: '"staff"', "Funcionária", "no-research" → "staff", "employee",
    "no research"."""
    return " ".join(re.sub(r"[^\w\s]+|_", " ", in_english(tag.strip())).split())


def _quoted(note: str, most: int = 100) -> str:
    """A note as a reason quotes it: whole, or cut at a word with "…" when long."""
    return note if len(note) <= most else note[:most].rsplit(" ", 1)[0] + "\u2026"


def _asks_to_opt_in(col: str) -> bool:
    """A column where people say yes to research contact: "research_opt_in", "Research panel",
    "May we contact you for a follow-up interview?" (not one that records the opposite)."""
    w = _words(col)
    return bool((_MAY_CONTACT.search(w) or _PANEL_ITSELF.match(w))
                and not _OPTED_OUT.search(w) and not _DO_NOT_CONTACT.search(w) and not _marketing_ask(w))


def _marketing_ask(w: str) -> bool:
    """A column (its words) that asks about being contacted with offers, not for research."""
    return bool(_MARKETING_ASK.search(w)) and not _ABOUT_RESEARCH.search(w)


# a yes that is not one yet: "Maybe", "prob", "depends when", "Peut-être", "Vielleicht"
_SOFT_YES = re.compile(r"^(?:maybe|mayb|perhaps|prob|probably|probs|possibly|potentially|not sure|unsure|depends|"
                       r"it depends|idk|dunno|might|could be|if\s|peut[\s-]?etre|quizas?|tal vez|talvez|vielleicht|"
                       r"eventuell|forse|misschien|moze|kanske|kanskje|maske)\b", re.I)


def soft_yes(value: str) -> bool:
    """An answer that is no clear yes nor a no: "Maybe", "prob", "depends when"."""
    return bool(_SOFT_YES.match(fold(value).strip().lower().replace("\u2019", "'")))


def opt_in_columns(people: list[Participant]) -> list[str]:
    """The roster's opt-in columns that someone answered yes in. An empty cell there is read as
    never asked, not as a no (the bundled answer files read it so, where a "false" is the no),
    and a plan names the chosen people with it empty, for the researcher to check."""
    said: dict[str, bool | None] = {}
    for p in people:
        for col, value in p.attributes.items():
            if col not in said:
                said[col] = _asks_to_opt_in(col)
            if said[col] is True and _YES.match(in_english(value.strip())):
                said[col] = None  # someone opted in here: the column is in use
    return [col for col, state in said.items() if state is None]


# a death said of someone named with a title ("Sr. Antônio faleceu", "Dona Lúcia (falecida)", "Mr Patel passed
# away"): the row's own person where the name is theirs, someone else's (a father's, an owner's) where not
_DIED_NAMED = re.compile(r"\b(?:sr|sra|srta|seu|dona|dom|mr|mrs|ms|miss|sig|sra)\.?\s(?P<name>[a-z]+)\s(?:[a-z]+\s)?"
                         r"\(?(?:faleceu|falecid[oa]|morreu|passed\saway|died|deceased)\b\)?")


# the student's parent who died, in the note of a row whose relationship to the student says it is that parent's
# ("baba mara gechen", "বাবা মারা গেছেন", "Father passed away" on a "Relationship: Father" row): this row's person
_KIN_DIED = re.compile(r"(?:^|[,;.(]\s?)(?:(?:the\s)?(?:student|child)(?:'s|s)?\s)?(?P<kin>\S+)\s"
                       r"(?:died|passed\saway|deceased|expired)\b")
_EN_KIN = {"father": "father", "dad": "father", "papa": "father", "mother": "mother", "mom": "mother", "mum": "mother",
           "guardian": "guardian"}


def _their_kin_died(p: Participant) -> str | None:
    """A note that the student's father (mother) died on the row of the student's father (mother), quoted."""
    rel = _relation_to_student(p)
    kin = _EN_KIN.get(in_english(rel[1]).lower().strip()) if rel else None
    if not kin:
        return None
    for col, value in p.attributes.items():
        if _NOTES_COLUMN.search(_words(col)) and present(value):
            for m in _KIN_DIED.finditer(in_english(value).lower()):
                if (_EN_KIN.get(m.group("kin")) or bengali_kin(m.group("kin"))) == kin:
                    return (f"deceased, by the roster's note: the student's {kin} died, on the {kin}'s own row "
                            f"({rel[0]}: {rel[1]}; {col}: {_quoted(value.strip())})")
    return None


def _died_someone_else_named(p: Participant, value: str) -> bool:
    """Whether the note's death is of someone it names with a title who is not this row's person."""
    names = set(re.findall(r"[a-z]+", fold(p.name or "").lower()))
    found = [m.group("name") for m in _DIED_NAMED.finditer(fold(value).lower())]
    return bool(names and found and all(n not in names for n in found))


# a column whose lookup failing (a "#N/A" read as empty) may hide why someone is not to be asked, by its
# name: an age or a birth date, a minor's flag, an account's or a record's status, a note, a consent,
# an opt-out or a do-not-contact, a death; any other column that leaves someone out in this roster too
# (not a bare "state", a US roster's geography)
_DECIDING_WORDS = re.compile(r"\b(?:status|consent\w*|unsubscribed?|blocked|banned)\b")


def _decides_who_is_left_out(col: str, people: list[Participant], today: dt.date) -> bool:
    w = _words(col)
    if any(rx.search(w) for rx in (_AGE_COLUMN, _BIRTH_COLUMN, _MINOR_FLAG_COLUMN, _ACCOUNT_COLUMN, _NOTES_COLUMN,
                                   _DECEASED_COLUMN, _DO_NOT_CONTACT, _OPTED_OUT, _DECIDING_WORDS)):
        return True
    return any(present(v := p.attributes.get(col) or "") and _column_says(col, v, today) for p in people)


def _failed_lookups(people: list[Participant]) -> dict[str, tuple[list[str], list[str]]]:
    """pid → (the columns whose lookup failed for them that decide who is left out, the others)."""
    today = dt.date.today()
    cols = {c for p in people for c in p.lookup_failed}
    deciding = {c for c in cols if _decides_who_is_left_out(c, people, today)}
    return {p.pid: ([c for c in p.lookup_failed if c in deciding], [c for c in p.lookup_failed if c not in deciding])
            for p in people if p.lookup_failed}


def lookup_failed_deciding(people: list[Participant]) -> dict[str, str]:
    """pid → the columns of theirs where the roster's spreadsheet lookup found nothing ("#N/A", read as
    empty), one of them a column that decides who is left out (an age, a status, a note, a
    do-not-contact): what may be the reason not to ask them is unknown."""
    return {pid: ", ".join(d) + (f"; also {', '.join(o)}" if o else "")
            for pid, (d, o) in _failed_lookups(people).items() if d}


def lookup_failed_other(people: list[Participant]) -> dict[str, str]:
    """pid → the columns of theirs where the lookup found nothing, none of which decides who is left out."""
    return {pid: ", ".join(o) for pid, (d, o) in _failed_lookups(people).items() if not d}


# A CRM's flag on the record itself (Raiser's Edge's "Inactive" beside its "Deceased"): the record is no
# longer in use (lost, a duplicate merged away), not a person who uses the product little
_INACTIVE_RECORD = re.compile(r"(?:is |constituent |record |contact )?inactive(?: flag| record| constituent)?")


def inactive_record(p: Participant) -> str | None:
    """Why an inactive CRM record is left out ("an inactive record in the CRM (Inactive: Yes)"), where the
    roster is a CRM's records of people: an "Inactive" flag answered yes beside a "Deceased" column. In a
    product's export "Inactive" says how little they use it, and is read for usage instead."""
    cols = [_words(c) for c in p.attributes]
    if not any(_DECEASED_COLUMN.fullmatch(w) for w in cols):
        return None
    return next((f"an inactive record in the CRM ({c}: {v.strip()})" for c, v in p.attributes.items()
                 if _INACTIVE_RECORD.fullmatch(_words(c)) and _YES.match(v.strip())), None)


# a note of fraud beside an account the status says is blocked or suspended ("Status: Blocked" and "promo abuse -
# fraud team ne block kiya"): the sanction's reason, so banned, as a note "blocked for fraud" alone is; not a
# victim's ("victim of card fraud, card blocked") nor one they reported
_NOT_THEIR_FRAUD = re.compile(r"\b(?:victim|victims|reported|scammed|defrauded|targeted|phishing)\b")


def _blocked_for_fraud(p: Participant) -> str | None:
    """Why a blocked or suspended account whose note on the same row says fraud leaves them out, or None."""
    status = suspended_account(p)
    if not status:
        return None
    note = next(((col, v) for col, v in p.attributes.items() if _NOTES_COLUMN.search(_words(col))
                 and _FRAUD.search(in_english(v)) and not _NOT_THEIR_FRAUD.search(in_english(v))), None)
    return f"banned ({status}; {note[0]}: {_quoted(note[1])})" if note else None


def left_out_by_roster(p: Participant, today: dt.date | None = None,
                       keep: frozenset[str] = frozenset(), adult: int = 18) -> str | None:
    """Why the roster says not to ask this person, or None (``today``: the plan's day, for an
    age from a date of birth; ``keep``: the columns whose sensitive-record mark the researcher
    asked for by its value, with --mix, so it leaves nobody out; ``adult``: the study's age of
    majority, --adult-age, below which an age, a birth date or their own words leave them out)."""
    for col, value in p.attributes.items():
        why = _column_says(col, value, today or dt.date.today(), adult=adult)
        if why and _calls_refused_only(p, col, value):
            # "wil niet gebeld worden" from someone with an email who said yes to research: a way
            # not to reach them (the plan names it), read for the rest of the note
            why = _column_says(col, _CALL_REFUSAL.sub(" ", fold(value)), today or dt.date.today(), adult=adult)
        if why and col in keep and why.startswith((SENSITIVE_RECORD, NOT_STUDYING, NOT_A_TENANT, NOT_ALUMNUS,
                                                          NOT_AN_END_CUSTOMER)):
            why = _column_says(col, value, today or dt.date.today(), asked_for=True, adult=adult)
        if why and why.startswith("deceased") and _died_someone_else_named(p, value):
            # ("Sr. Antônio faleceu" in his son Rafael's row: the father's death, read for the rest)
            why = _column_says(col, _DIED_NAMED.sub(" ", fold(value).lower()), today or dt.date.today(), adult=adult)
        if why:
            return why
    blocked = _blocked_for_fraud(p)
    if blocked:
        return blocked
    staff = inactive_record(p) or _staff_of_another_company(p) or _their_kin_died(p) or school_minor(p) \
        or parental_consent_minor(p, today or dt.date.today(), adult)
    if staff:
        return staff
    pending = consent_pending(p)
    if pending:
        return pending
    flags = contact_flags(p)
    if flags and not said_yes_to_research(p):
        return "; ".join(flags)
    # (the name and address are private: the reason says where it was seen, not what)
    names = [p.name or "", *p.other_names,
             *(v for c, v in p.attributes.items() if _PERSON_NAME_COLUMN.search(_words(c)))]
    if any(_TEST_NAME.search(fold(n).lower()) or _MARKED_INTERNAL.search(fold(n).lower()) for n in names):
        return "an internal or test account (its name says so)"
    if p.email and _TEST_MAILBOX.match(p.email.strip().lower()):
        return "an internal or test account (a test mailbox)"
    if any(_DEMO_NAME.search(fold(n).lower()) for n in names):
        return "a demo or sandbox account (its name says so)"
    if p.email and _DEMO_MAILBOX.match(p.email.strip().lower()):
        return "a demo or sandbox account (a demo mailbox)"
    tag = next((t for t in p.tags if _INTERNAL_TAG.search(_tag_words(t)) or _TEAM_TAG.match(_tag_words(t))), None)
    if tag:
        return f"tagged {tag!r}"
    return None


def awaiting_review(p: Participant) -> str | None:
    """The column and value that say this person's submission is not reviewed yet ("Status:
    AWAITING REVIEW", Prolific's): they may still be rejected, so a plan names them."""
    return next((f"{col}: {value.strip()}" for col, value in p.attributes.items()
                 if (_SUBMISSION_COLUMN.match(_words(col)) and _AWAITING_REVIEW.match(value.strip()))
                 or (_VALIDATION_COLUMN.match(_words(col))
                     and _ON_HOLD.match(re.sub(r"[\s_-]+", " ", value.strip().lower())))), None)


def of_the_row_only(reason: str) -> bool:
    """A reason that is about one row, not its person (a survey's unfinished or test response, a
    row the researcher marked "Duplicate"): another row of the same person does not inherit it."""
    return reason.startswith(("an unfinished survey response", "a test response", "a test record",
                              "a submission rejected in review")) or \
        bool(re.match(r"the roster leaves them out \(.*\b(?:duplicate|doublon|duplicado|duplikat|dubbel)", reason, re.I)) or \
        bool(re.match(r"the roster leaves them out \(.*\bduplicate\b", in_english(reason)))  # "重複帳號"


def unfinished_in_a_joined_survey(people: list[Participant]) -> frozenset[str]:
    """The columns that say a survey response is unfinished ("Finished: False", "Status: partial")
    where some of the roster have no value in them: a survey joined to a roster by its id, which only
    some of them answered. There an abandoned answer is no answer, as for anyone who did not take
    it, and does not leave its person out; in a roster that is the survey's own export it does."""
    today = dt.date.today()
    cols = {c for p in people for c, v in p.attributes.items()
            if (_words(c) == "finished" or _SUBMISSION_COLUMN.match(_words(c))) and present(v)
            and (_column_says(c, v, today) or "").startswith("an unfinished survey response")}
    return frozenset(c for c in cols if any(not present(p.attributes.get(c)) for p in people))


def contact_flags(p: Participant) -> list[str]:
    """The CRM's own do-not-email and do-not-call flags set for this person, each as a reason that
    names its column ("opted out of email (Email Opt Out)"). They leave a person out unless the
    same row says yes to research (``said_yes_to_research``): that consent is the more particular,
    and a plan names the chosen people it kept so (a marketing opt-out is none of these)."""
    return [why for col, value in p.attributes.items() if (why := _channel_says(col, value))]


@functools.lru_cache(maxsize=4096)
def _channel_says(col: str, value: str) -> str | None:
    w, raw = _words(col), value.strip()
    if not present(raw) or _MARKETING.search(w):
        return None
    v = in_english(raw)
    if (_NO_EMAIL.match(w) and _YES.match(v)) or (_EMAIL_STATE.match(w) and _OUT_VALUE.match(v)) or \
            (_UNSUBSCRIBED_ON.match(w) and _either_way(raw) is not None):
        return f"opted out of email ({col}: {raw})" if _EMAIL_STATE.match(w) or _UNSUBSCRIBED_ON.match(w) \
            else f"opted out of email ({col})"
    if _NO_CALLS.match(w) and _YES.match(v):
        return f"marked do not call ({col})"
    for code in solicit_codes(col, raw):  # "Solicit codes: Do Not Solicit; Do Not Email"
        if _CODE_NO_EMAIL.match(code):
            return f"opted out of email ({col}: {raw})"
        if _CODE_NO_CALLS.match(code):
            return f"marked do not call ({col}: {raw})"
        if _CODE_NO_CONTACT.match(code):
            return f"marked do not contact ({col}: {raw})"
    if re.search(r"\bdo not allow\b", w) and re.match(r"^do not allow\b", v, re.I):  # Dynamics 365
        return f"marked do not contact ({col}: {raw})"
    return None


def recorded_refusal(col: str, value: str) -> str | None:
    """Why one cell records a no to being asked ("Research consent: No", "Research opt-out: Y",
    "Do not contact: TRUE", "Email Opt Out: 1"), or None: a re-import whose cell is empty keeps it,
    as it keeps a no to recording or quotes (a yes in the file changes it)."""
    why = _column_says(col, value, dt.date.today())
    if why and why.startswith(("opted out of research", "said no to research contact", "not in the research panel",
                               "marked do not contact", "withdrew consent", "asked not to be contacted",
                               "asked not to be interviewed", "did not agree to take part",
                               "did not give consent under the data protection law")):
        return why
    return _channel_says(col, value)


def said_yes_to_research(p: Participant) -> str | None:
    """The column in which this person said yes to research ("Research Panel: Opted In",
    "research_consent: yes"), or None."""
    for col, value in p.attributes.items():
        w, v = _words(col), in_english(value.strip())
        if not _ABOUT_RESEARCH.search(w) or _OPTED_OUT.search(w) or _DO_NOT_CONTACT.search(w):
            continue
        if re.match(r"^opt(?:ed)?[\s_-]?in\b", v) or (_asks_to_opt_in(col) and _YES.match(v)):
            return col
    return None


@functools.lru_cache(maxsize=65536)  # a roster's values repeat ("active", "TRUE", "Pro") across people
def _column_says(col: str, value: str, today: dt.date, asked_for: bool = False, adult: int = 18) -> str | None:
    """Why one cell says not to ask its person, or None. ``asked_for``: the researcher asked for
    this cell's value with --mix, so its sensitive-record or not-studying mark leaves nobody out,
    but anything else the cell says still does ("in crisis plan; do not contact")."""
    w, raw = _words(col), value.strip()
    if re.fullmatch(r"consent[\s_-]?revoked", raw, re.I):  # Prolific's, in every field of the person
        return f"withdrew consent ({col}: {raw})"
    if not present(raw):
        return None
    v = in_english(raw)  # "Oui", "TAK", "Ne pas contacter": yes, yes, do not contact
    if _DO_NOT_CONTACT.search(w) and _YES.match(v):
        # (the column is named, not repeated: "Do not contact" ticked says it already)
        return "marked do not contact" + ("" if w == "do not contact" else f" ({col})")
    if _DECEASED_COLUMN.fullmatch(w) and (_YES.match(v) or _DEATH_DATE.search(w) and _either_way(raw) is not None):
        return f"deceased ({col}: {raw})"  # NPSP's "Deceased" ticked, a date of death
    if _HOSPICE_COLUMN.fullmatch(w) and _YES.match(v) or _HOSPICE_DATE_COLUMN.fullmatch(w) and _either_way(raw) is not None:
        return f"in hospice care ({col}: {raw})"
    if _NOTES_COLUMN.search(w) and _HOSPICE_NOTE.search(fold(raw).lower()) \
            and not _SOMEONE_ELSES.search(fold(raw)) and not _SOMEONE_ELSES_CARE.search(fold(raw).lower()):
        return f"in hospice care, by the roster's note ({col}: {_quoted(raw)})"
    if _DISENROLLED_FLAG.fullmatch(w) and _YES.match(v) or _DISENROLLED_COLUMN.fullmatch(w) and _ended_by(raw, today):
        return f"{NO_LONGER_A_MEMBER} ({col}: {raw})"
    if _sensitive(col, value) and not asked_for:
        return f"{SENSITIVE_RECORD} ({col}: {_quoted(raw)})"
    guardian = _guardian(col, value)
    if guardian and guardian[0]:
        return f"has a legal guardian or representative, so may not consent for themselves ({guardian[1]})"
    if _NOTES_COLUMN.search(w) and _NO_CAPACITY_NOTE.search(fold(raw).replace("\u2019", "'")) \
            or _CAPACITY_COLUMN.match(w) and _NO.match(v):
        return f"cannot consent for themselves, by the roster ({col}: {_quoted(raw)})"
    if _OPTED_OUT.search(w) and (_ABOUT_RESEARCH.search(w) or w.startswith("opt")) and _YES.match(v):
        return f"opted out of research ({col})"
    if _PRIVACY_NOTICE_COLUMN.match(w) and _NO.match(v):
        return f"did not accept the privacy notice ({col}: {raw})"
    if _DATA_LAW_CONSENT_COLUMN.match(w) and (_NO.match(v) or _PH_NO.match(fold(raw).lower().strip(" .!"))):
        return f"did not give consent under the data protection law ({col}: {raw})"
    if _RESEARCH_APPROVAL_COLUMN.search(w) and (_NO.match(v) or _NOT_APPROVED_YET.match(fold(raw).strip())):
        return f"{NO_RESEARCH_APPROVAL} ({col}: {raw})"
    if _ABOUT_RESEARCH.search(w) and _OUT_VALUE.match(v):
        return f"opted out of research ({col}: {raw})"
    if _ABOUT_RESEARCH.search(w) and _UNSURE.match(fold(raw)):
        # consent is a yes: "Ne sais pas" beside a "Non" that leaves out is no consent either
        return f"did not say yes to research ({col}: {raw})"
    held = held_until(raw) if _NOTES_COLUMN.search(w) else None  # "no outreach until spring 2027"
    if held and held[1] and held[1] > today:
        return f"no contact until {held[1].isoformat()}, by the roster's note ({col}: {_quoted(raw)})"
    if re.match(r"^(?:dnc|do[ -]not[ -]contact)\b", v, re.I):
        return f"marked do not contact ({col}: {_quoted(raw)})"
    if re.match(r"^(?:no recording|not to be recorded|does not want to be recorded)\b", v, re.I) or \
            re.search(r"\b(?:no recording|not to be recorded|without recording|does not want to be recorded)\b", v, re.I):
        # ("Yes - no recording"; "인터뷰는 가능하나 녹음 원치 않음": an interview yes, the recording a no)
        return f"said no to recording ({col}: {raw})"
    said = set(re.findall(r"[a-z]+", v.lower()))
    kind = _KIND_COLUMN.search(w) or (re.search(r"\brole$", w) and said & {"internal", "qa"})
    if kind and (said & _INSIDERS or {"test", "account"} <= said) and said <= _KIND_WORDS:
        return f"an internal or test account ({col}: {raw})"
    if kind and said & {"demo", "sandbox"} and said <= _KIND_WORDS | {"sandbox"}:
        return f"a demo or sandbox account ({col}: {raw})"
    if _DEMO_FLAG.match(w) and _YES.match(v):
        return f"a demo or sandbox account ({col})"
    if _NOTES_COLUMN.search(w) and (_DEMO_NOTE.search(fold(raw).strip()) or _DEMO_NOTE.search(v)):
        return f"a demo or sandbox account, by the roster's note ({col}: {_quoted(raw)})"
    # (the record's kind, not a product's: "Permit type: Business" is a person's permit)
    if (re.search(r"\b(?:type|kind|category)$", w) and not _PRODUCT_KIND.search(w)
            and _ORGANISATION_ROW.match(v.lower())) or \
            (re.fullmatch(r"is (?:organi[sz]ation|company)", w) and _YES.match(v)):
        return f"a company's record, not a person ({col}: {raw})"
    if _CUSTOMER_KIND_COLUMN.match(w) and not asked_for and (_NOT_END_CUSTOMER.match(fold(raw).lower().strip())
                                                             or _NOT_END_CUSTOMER.match(raw.lower())):
        return f"{NOT_AN_END_CUSTOMER} ({col}: {raw})"
    if _RECENT_RESEARCH.search(w) and _YES.match(v):
        return f"took part in research recently ({col}: {raw})"
    # "please don't call, email only": how to reach them, not a no (the plan names it)
    one_way = bool(_ONE_WAY_ONLY.search(v))
    note = _CALLS_REFUSED.sub(" ", v) if one_way else v
    if _NOTES_COLUMN.search(w) and _NOTE_SAYS.search(note):
        # (a death said so, in whatever language the note put in English: "… ka dehant ho gaya")
        said = "deceased, by the roster's note" if re.search(r"\bdeceased\b", note) else "the roster's note says so"
        if said != "deceased, by the roster's note" and _NOTE_SAYS_TEST.search(note) \
                and not re.search(r"\b(?:do not|don'?t|dnc|dnd|not to be|no more|no (?:phone )?calls)\b", note):
            said = "the roster's note says so: a test account"  # ("IT:n testitili…", named as a death or staff is)
        elif said != "deceased, by the roster's note" and _NOTE_SAYS_STAFF.fullmatch(note.strip(" .!")):
            said = "the roster's note says so: staff"  # (a note that is the word alone: "직원 계정", "Staff account")
        elif said != "deceased, by the roster's note" and re.search(r"\bno[- ]?show\b", note):
            said = "the roster's note says so: missed an interview (a no-show)"  # ("9월 인터뷰 불참 (노쇼)")
        elif said != "deceased, by the roster's note" and re.search(
                r"\b(?:not interested in (?:interviews|research)|refused the interview)\b", note):
            said = "the roster's note says so: declined research"  # ("리서치 참여 거절", named as staff is)
        return f"{said} ({col}: {_quoted(raw)})"
    if _NOTES_COLUMN.search(w) and _STAFF_NOTE.search(" ".join(re.findall(r"[a-z]+", v))):
        return f"staff, by the roster's note ({col}: {_quoted(raw)})"
    if _NOTES_COLUMN.search(w) and _STAFF_ASIDE.search(raw) or _AFFILIATED_AS.search(w) \
            and _STAFF_AFFILIATION.match(raw):  # "Volunteer coordinator (staff)", "Primary Affiliation: Staff"
        return f"staff, by the roster's {'note' if _NOTES_COLUMN.search(w) else 'relationship'} ({col}: {_quoted(raw)})"
    if any(_CODE_NO_RESEARCH.match(code) for code in solicit_codes(col, raw)):  # "Solicit codes: No Surveys"
        return f"opted out of research ({col}: {raw})"
    if _CONSTITUENT_CODE.search(w) and _STUDENT_CODE.match(raw) and not asked_for:
        return f"{NOT_ALUMNUS} ({col}: {raw})"
    if _NOTES_COLUMN.search(w) and _TEST_NOTE.search(fold(raw).strip()):
        return f"a test record, by the roster's note ({col}: {_quoted(raw)})"
    if _VALIDATION_COLUMN.match(w) and _NOT_APPROVED.match(re.sub(r"[\s_-]+", " ", raw.lower()).strip()):
        return f"a submission rejected in review ({col}: {raw})"
    age = _age_in_note(v) if _NOTES_COLUMN.search(w) and not _SOMEONE_ELSES.search(fold(raw)) else None
    if age and 5 <= int(age.group(1) or age.group(2)) < adult:
        return f"under {adult} ({col}: {_quoted(raw)})"
    born = _BORN_IN_NOTE.search(v) if _NOTES_COLUMN.search(w) and not _SOMEONE_ELSES.search(fold(raw)) else None
    if born and 5 <= today.year - int(born.group(1)) <= adult - 1:  # "(born 2011)", Polish "(ur. 2011)": under 18 all year
        return f"under {adult} ({col}: {_quoted(raw)})"
    if _NOTES_COLUMN.search(w) and _UNDER_18_NOTE.match(v):  # "Under 18", "未成年（用媽媽的卡）"
        return f"under 18 ({col}: {_quoted(raw)})"
    said = fold(raw).replace("\u2019", "'")
    own = _SAYS_OWN_AGE.search(said)
    if (own and 5 <= int(next(g for g in own.groups() if g and g.isdigit())) < adult) or _SAYS_MINOR.search(said):
        return f"under {adult}, in their own words ({col}: {_quoted(raw)})"
    if _ERASURE_UNDER_LAW.search(said) or (re.search(rf"\b{_PRIVACY_LAW}\b", w) and re.search(rf"\b{_ERASURE}\b", said)) \
            or (_NOTES_COLUMN.search(w) and (_ERASURE_NOTE.search(said) or _ERASURE_NOTE.search(v))):
        return f"asked to have their data erased ({col}: {_quoted(raw)})"
    if _ASKS_NOT_TO_BE_CONTACTED.search(note) or (not one_way and _ASKS_NOT_TO_BE_CONTACTED.search(said)):
        return f"asked not to be contacted ({col}: {_quoted(raw)})"
    if _NOTES_COLUMN.search(w) and _never_about_giving(raw):  # "never contact her about her giving"
        return f"asked not to be contacted about their giving ({col}: {_quoted(raw)})"
    if _ASKS_NOT_TO_BE_INTERVIEWED.search(v) or _ASKS_NOT_TO_BE_INTERVIEWED.search(said):
        return f"asked not to be interviewed ({col}: {_quoted(raw)})"
    if not _ABOUT_THEIR_ACCOUNT.search(w) and (_LEFT_COMPANY.search(v) or _LEFT_COMPANY.search(fold(raw))) or \
            (_LEFT_COMPANY_COLUMN.match(w) and _YES.match(v)):
        return f"has left the company ({col}: {_quoted(raw)})"
    if _NOTES_COLUMN.search(w) and _CONTACT_REPLACED.search(v):
        return f"no longer the contact, by the roster's note ({col}: {_quoted(raw)})"
    if _TEST_ACCOUNT_VALUE.match(v.lower()) or _MARKED_INTERNAL.search(fold(raw).lower()):
        return f"an internal or test account ({col}: {raw})"
    # (a "Research Do Not Contact" flag answered false says the opposite: ask away)
    if _MAY_CONTACT.search(w) and not _OPTED_OUT.search(w) and not _DO_NOT_CONTACT.search(w) and _NO.match(v) \
            and not _marketing_ask(w):
        return f"said no to research contact ({col}: {raw})"
    if _PANEL_ITSELF.match(w) and _NO.match(v):
        return f"not in the research panel ({col}: {raw})"
    if re.search(r"\bconsent\b", w) and re.match(r"^(?:withdrawn|revoked)\b", v, re.I):
        return f"withdrew consent ({col}: {raw})"
    # a screener's verdict, not a sales lead's ("Lead Status: Disqualified")
    if re.match(r"^(?:disqualified|screened out|over[\s_-]?quota|quota full)\b", v, re.I) \
            and not re.search(r"\b(?:lead|deal|sales)\b", w):
        return f"screened out ({col}: {raw})"
    if re.match(r"^(?:excluded|do not invite|don'?t invite|duplicate)\b", v, re.I) or _EXCLUDE_NOTE.match(v):
        # a researcher's own "Exclu – mineur", "EXCLUDE - says 16 in survey"
        return f"the roster leaves them out ({col}: {raw})"
    if _MINOR_FLAG_COLUMN.match(w) and _YES.match(v):  # "Kind/Minderjährig: ja", "Minor: Yes", "Under 18: TRUE"
        return f"under 18 ({col}: {raw})"
    if _CONFIRMS_ADULT.search(w) and _NO.match(v):  # "Please confirm you are aged 18 or over": No
        return f"under 18 ({col}: {raw})"
    if _TAKES_PART.search(w) and _DECLINES.match(v):  # a screener's consent to take part, declined
        return f"did not agree to take part ({col}: {raw})"
    if w == "finished" and _NO.match(v):  # a survey tool's unfinished response
        return f"an unfinished survey response ({col}: {raw})"
    if _SUBMISSION_COLUMN.match(w):
        why = next((why for out, why in _SUBMISSION_OUT if out.match(v.lower())), None)
        if why:
            return f"{why} ({col}: {raw})"
    state = re.sub(r"[\s_-]+", " ", v.lower()).strip()
    account = _ACCOUNT_COLUMN.search(w) and not _NOT_THE_ACCOUNT.search(w)
    # (a bare "Status" column too, an admin panel's only status: "Status: Deleted", Hungarian "Státusz: Törölt";
    # not a bare "state", Paddle's subscription export's, whose "deleted" is a cancellation)
    if (account or w == "status") and _DELETED.search(state):
        return f"account deleted ({col}: {raw})"
    if (account or re.search(r"\b(?:status|state)$", w) and not _NOT_THE_ACCOUNT.search(w)
            or _CLOSED_REASON.search(w)) and (_FRAUD.search(state) or _BANNED.search(state)):
        return f"{'banned' if _BANNED.search(state) else 'closed or flagged for fraud'} ({col}: {_quoted(raw)})"
    # an admin panel's "Blocked" account ("Status Akun: Diblokir"), or a note that it was banned for fraud
    if account and re.fullmatch(r"(?:is\s)?blocked", state) or \
            _NOTES_COLUMN.search(w) and re.match(r"^\W*(?:account\s)?(?:banned|blocked)\s(?:for\s)?fraud\b", state):
        return f"banned ({col}: {_quoted(raw)})"
    # a debt in collection ("Status: In collections", "debt collection", Polish "windykacja", "sprawa w
    # windykacji"): a customer the company is pursuing for money is not one to invite to research; left out
    if (account or re.search(r"\b(?:status|state)$", w) and not _NOT_THE_ACCOUNT.search(w)) and _IN_COLLECTION_STATE.match(state) \
            or _NOTES_COLUMN.search(w) and _IN_COLLECTION_NOTE.search(state):
        return f"in debt collection ({col}: {_quoted(raw)})"
    # a fraud suspected or investigated, in a note ("suspected fraud", "fraud investigation open", Polish
    # "podejrzenie wyłudzenia"): not someone to invite; a victim of fraud is not one ("victim of card fraud")
    if _NOTES_COLUMN.search(w) and _FRAUD_SUSPECTED_NOTE.search(state):
        return f"flagged for fraud, by the roster's note ({col}: {_quoted(raw)})"
    if _DELETED_ON.match(w) and _either_way(raw) is not None:
        return f"account deleted ({col}: {raw})"
    if re.fullmatch(r"(?:is\s)?(?:deleted|erased)", w) and _YES.match(v):
        return f"account deleted ({col})"
    if _ARCHIVED_COLUMN.fullmatch(w) and (_YES.match(v) or _either_way(raw) is not None) or \
            _RECORD_STATUS.fullmatch(w) and re.match(r"^archived\b", state):
        return f"an archived record ({col}: {raw})"  # Cliniko's "Patient archived: Yes", closed by the practice
    if _ENROLMENT_COLUMN.fullmatch(w) and _NOT_STUDYING.match(state) and not asked_for:
        return f"{NOT_STUDYING} ({col}: {raw})"
    if (_TENANCY_COLUMN.fullmatch(w) and _NOT_A_TENANT.match(state)
            or _TENANCY_END_COLUMN.fullmatch(w) and _ended_by(raw, today)) and not asked_for:
        return f"{NOT_A_TENANT} ({col}: {raw})"
    if (re.search(r"\b(?:status|state)$", w) and not _NOT_THE_ACCOUNT.search(w) and _EVICTION_STATE.match(state)) \
            or _NOTES_COLUMN.search(w) and _EVICTION_NOTE.search(state) and not _EVICTION_OVER.search(state):
        return f"in eviction or possession proceedings ({col}: {_quoted(raw)})"
    if _AGE_COLUMN.search(w) and not _SOMEONE_ELSES.search(w) and (_minor(v, adult) or _age_first_minor(v, adult)):
        return f"under {adult} ({col}: {raw})"
    if _BIRTH_COLUMN.search(w) and not _SOMEONE_ELSES.search(w) \
            and _born_under_18(raw, today, adult, col):
        return f"under {adult} ({col}: {raw})"
    if re.match(r"^(?:deceased|died|passed away)\b", v, re.I) or _NOTES_COLUMN.search(w) and _DIED_NOTE.match(fold(raw)) \
            or _NOTES_COLUMN.search(w) and _MEMBER_DIED_NOTE.search(fold(raw).lower()):
        return f"deceased ({col})"
    if (_PANEL_STATUS.search(w) or _PANEL_ITSELF.match(w)) and _PANEL_OFF.search(v):  # "Forschungspanel: pausiert"
        return f"panel status {raw!r}"
    if _INTERNAL.match(w) and _YES.match(v):
        return f"an internal or test account ({col})"
    if _BLOCKED.match(w) and _YES.match(v):
        return f"a suspended or blocked account ({col})"
    if _SPAM.search(w) and _YES.match(v):
        return f"marked our email as spam ({col})"
    if _TEST_RESPONSE[0].match(w) and _TEST_RESPONSE[1].match(v):
        return f"a test response ({col}: {raw})"
    return None



# mailbox providers: an address there says nothing of whom the person works for
_MAILBOX_PROVIDERS = {
    "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "icloud", "me", "mac", "aol",
    "protonmail", "proton", "pm", "gmx", "web", "t-online", "orange", "free", "wanadoo", "laposte", "sfr", "libero",
    "virgilio", "alice", "tiscali", "uol", "bol", "terra", "ig", "globo", "globomail", "yandex", "mail", "wp", "o2",
    "onet", "interia", "seznam", "telenet", "ziggo", "kpnmail", "xs4all", "hetnet", "planet", "home", "btinternet",
    "sky", "comcast", "att", "verizon", "sbcglobal", "qq", "163", "126", "naver", "hanmail", "zoho", "fastmail",
    "tutanota", "hey", "sapo", "eastlink", "shaw", "rogers", "bigpond", "optusnet", "telus", "cox", "earthlink",
    "rediffmail", "example",
    # Israel's ("user@walla.co.il", Bezeq's, 012's)
    "walla", "012", "bezeqint", "netvision", "zahav",
    # Finland's ("user@elisanet.fi", Elisa's, DNA's, Telia's; "pp.inet.fi")
    "elisanet", "saunalahti", "kolumbus", "luukku", "suomi24", "welho", "dnainternet", "netti", "mbnet", "anvianet",
    "telia", "pp"}


def work_domain(email: str | None) -> str | None:
    """An email address's domain where it says whom the person works for ("paystead.com"); None for
    a mailbox provider's (gmail, outlook…), which says nothing of it, or no address."""
    domain = (email or "").strip().lower().rpartition("@")[2] if "@" in (email or "") else ""
    return domain if "." in domain and domain.split(".")[0] not in _MAILBOX_PROVIDERS else None


def marked_staff(p: Participant) -> bool:
    """The roster says this person works here (a staff, employee, internal or team tag, a kind or
    internal column that says so, a note): not a test account, which may sit at anyone's domain."""
    if any(re.search(r"(?:^|\s)(?:staff|employee|employees|internal)(?:\s|$)", _tag_words(t))
           or _TEAM_TAG.match(_tag_words(t)) for t in p.tags):
        return True
    for col, value in p.attributes.items():
        w, v = _words(col), in_english(value.strip())
        said = set(re.findall(r"[a-z]+", v.lower()))
        if _KIND_COLUMN.search(w) and said & _INSIDERS and not said & {"test", "qa"} and said <= _KIND_WORDS:
            return True
        if re.match(r"^(?:is\s)?(?:internal|staff|employee)$", w) and _YES.match(v):
            return True
        if _NOTES_COLUMN.search(w) and _STAFF_NOTE.search(" ".join(re.findall(r"[a-z]+", v))):
            return True
    return _staff_of_another_company(p) is not None


def staff_by_domain(people: list[Participant], also: frozenset[str] = frozenset()) -> dict[str, str]:
    """pid → why: the others at an email domain the roster marks as its own staff's. A domain is
    taken as the team's own only where at least half of its rows are marked staff (a shop's two
    employees, one tagged), never a mailbox provider's, and not where the marked are few among
    many (a customer company whose one contact is tagged, a university's tutors among its students).
    In a roster of personal mailboxes (most at a provider), rows marked as tests count too: a
    company domain most of whose rows are the team's tests of the form is the team's own (a
    customer's test account may sit at the customer's domain, so a roster of work addresses
    counts staff alone). ``also``: the pids the roster shows as staff otherwise (the owner of other
    rows: ``colleagues.team_by_owner``)."""
    at: dict[str, list[Participant]] = {}
    mailed = 0
    for p in people:
        domain = (p.email or "").strip().lower().rpartition("@")[2]
        mailed += bool(domain)
        if domain and "." in domain and domain.split(".")[0] not in _MAILBOX_PROVIDERS:
            at.setdefault(domain, []).append(p)
    personal = mailed - sum(len(rows) for rows in at.values())
    out: dict[str, str] = {}
    for rows in at.values():
        marked = [p.pid for p in rows if p.pid in also or marked_staff(p)]
        tests = [p.pid for p in rows if p.pid not in marked and _marked_test(p)] if 2 * personal > mailed else []
        if marked and len(rows) > len(marked) + len(tests) and 2 * len(marked) >= len(rows):
            out.update({p.pid: f"staff: the same email domain as {marked[0]}, whom the roster marks as staff"
                        for p in rows if p.pid not in marked and p.pid not in tests})
        elif tests and len(rows) > len(marked) + len(tests) and 2 * (len(marked) + len(tests)) >= len(rows):
            out.update({p.pid: f"staff: the same email domain as {(marked + tests)[0]}, whom the roster marks as "
                        f"{'staff or ' if marked else ''}a test (a team's own domain among personal addresses)"
                        for p in rows if p.pid not in marked and p.pid not in tests})
    return out


def marked_test(p: Participant) -> bool:
    """The roster marks this row as a test or internal account (its name, mailbox, a note)."""
    return _marked_test(p)


def _marked_test(p: Participant) -> bool:
    """The roster marks this row as a test or internal account (its name, mailbox, a note)."""
    why = left_out_by_roster(p) or ""
    return why.startswith(("an internal or test account", "a test record", "a test response", "a demo or sandbox")) \
        or (why.startswith("the roster's note says so") and _NOTE_SAYS_TEST.search(in_english(why)) is not None)


# a note that says test account among other things ("testaccount KCC, niet gebruiken"): left out for
# its note, and a test row all the same
_NOTE_SAYS_TEST = re.compile(r"\b(?:test account|test user|internal test)\b|^test\W*$")
_NOTE_SAYS_STAFF = re.compile(r"(?:our\s)?(?:staff|employee|staff member)(?:\saccount)?")


def last_interviewed_in_roster(p: Participant, date_order: str = DAY_FIRST,
                               today: dt.date | None = None) -> dt.date | None:
    """The day of this person's latest interview the roster records: a column for it, else a note
    that gives it, and (with ``today``, the plan's day) one that says when without a year or a day
    ("interviewed last month", "上月已訪談", "已於10/15訪談過")."""
    col = LAST_INTERVIEWED.find(p.attributes)
    if col is None:
        return _interviewed_in_notes(p, date_order) or (_interviewed_lately(p, today) if today else None)
    if _NEVER.match(in_english(p.attributes[col].strip())):  # "Never", "jamais"
        return None
    return parse_date(p.attributes[col], col, p.pid, date_order)


# a note of an earlier interview with its day: "Interviewed 15-10-2026 for onboarding", "Interjú volt 2026.10.15.", "interviewed
# for the portal study 09/2026" (a month alone counts as its last day, so the recency rule errs
# towards leaving them out)
_INTERVIEWED_ON = re.compile(r"\b(?:interviewed|wywiad|entrevistad[oa]|interview[ée]e?|intervistat[oa]|geinterviewd|"
                             r"interviewt|interju\svolt|interjun\sreszt\svett|interjut\sadott|interjuztunk|"  # (Hungarian)
                             # (a Hungarian team's "UX interjú 2026.10.14.": an interview of research with its day,
                             # not one to come: "UX interjú időpont egyeztetve 2026.12.03.")
                             r"(?:ux|felhasznaloi|kutatasi)\sinterju(?![^.;]{0,40}?\b(?:tervez\w*|lesz|idopont\w*|"
                             r"egyeztet\w*|meghiv\w*|foglal\w*|szervez\w*)\b)|"
                             # "took part in Library UX interviews 12/11/2026": research taken part in, not a webinar
                             r"(?:took part|participated|was a participant) in\b[^.;]{0,40}?\b(?:interviews?|research|"
                             r"stud(?:y|ies)|usability|user test(?:s|ing)?|focus groups?|ux))\b[^.;]{0,40}?\b(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}|"
                             r"\d{4}[/.]\s?\d{1,2}[/.]\s?\d{1,2}|"  # (the year first: Hungarian's "Interjú volt 2026.10.15.")
                             r"(\d{1,2})[-/.](\d{4})|\d{1,2}\s[a-z]{3,9}\.?\s\d{4}|"  # "… 3 Nov 2026"
                             # a month by its name alone: "interviewed Oct 2026"
                             r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                             r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s(\d{4}))\b", re.I)
_MONTH_OF_NAME = {name: i for i, names in enumerate(("jan january", "feb february", "mar march", "apr april", "may",
                                               "jun june", "jul july", "aug august", "sep sept september",
                                               "oct october", "nov november", "dec december"), 1) for name in names.split()}
# what a reason says of an interview the note gives by its month alone
MONTH_ONLY = "the note gives the month only: counted as its last day"


# the day first: "2026/10/02 interviewed", "12.10.2026 – interviewed" (a Japanese note's
# "2026/10/02 インタビュー実施済み" as ``in_english`` reads it)
_DAY_THEN_INTERVIEWED = re.compile(r"(?<![\d/.-])(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"
                                   r"\s*(?:[-\u2013\u2014:,]\s*)?(?:に\s*)?interviewed\b|"
                                   # Hungarian, the day with its ending: "2026.06.02-án interjúztuk"
                                   r"(?<![\d/.-])(\d{4}\.\s?\d{1,2}\.\s?\d{1,2})\.?-?(?:[aeo]n|j[ae]n|n)\s"
                                   r"(?:interjuztuk|interjuztunk|interjut\s(?:adott|keszitettunk)|interju\svolt)\b")


def _interviewed_in_notes(p: Participant, date_order: str) -> dt.date | None:
    for col, value in p.attributes.items():
        # (read without accents: "Geïnterviewd 15-10-2026", "Interviewé le 03/10/2026")
        m = (_INTERVIEWED_ON.search(fold(value)) or _INTERVIEWED_ON.search(in_english(value))) \
            if _NOTES_COLUMN.search(_words(col)) else None
        if not m and _NOTES_COLUMN.search(_words(col)):
            day = _DAY_THEN_INTERVIEWED.search(in_english(value))
            try:
                return parse_date(day.group(1) or day.group(2), col, p.pid, date_order) if day else None
            except InputError:
                continue
        if not m:
            continue
        if m.group(4):
            month, year = _MONTH_OF_NAME.get(m.group(4).lower(), 0), int(m.group(5))
            if month:
                return dt.date(year, month, calendar.monthrange(year, month)[1])
            continue
        if m.group(2):
            month, year = int(m.group(2)), int(m.group(3))
            if 1 <= month <= 12:
                return dt.date(year, month, calendar.monthrange(year, month)[1])
            continue
        try:
            return parse_date(m.group(1), col, p.pid, date_order)
        except InputError:
            continue  # a note's numbers that are not a day: not an interview date
    return None


def interviewed_by_month(p: Participant) -> bool:
    """Whether the roster's note gives the earlier interview by its month alone ("interviewed Oct 2026",
    "… 09/2026"), which ``last_interviewed_in_roster`` counts as the month's last day."""
    if LAST_INTERVIEWED.find(p.attributes) is not None:
        return False
    for col, value in p.attributes.items():
        if _NOTES_COLUMN.search(_words(col)):
            m = _INTERVIEWED_ON.search(fold(value)) or _INTERVIEWED_ON.search(in_english(value))
            if m:
                return bool(m.group(2) or m.group(4) and m.group(4).lower() in _MONTH_OF_NAME)
    return False


# a note of an earlier interview that says when, not the day: "interviewed last month", "上月已訪談"
# ("last month interviewed", as ``in_english`` reads it); a month counts as its last day, a week as its
# Sunday, so the recency rule errs towards leaving them out
_INTERVIEWED_LATELY = re.compile(r"\binterviewed\s(?:(?:in|during)\s)?(?:the\s)?(last|this)\s(week|month)\b|"
                                 r"\b(last|this)\s(week|month)\s(?:\w+\s)?interviewed\b")
# or a day without its year ("已於10/15訪談過": "on 10/15 interviewed"), read where it reads one way only
_INTERVIEWED_NO_YEAR = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})(?![\d/.-])\s*(?:[-\u2013\u2014:,]\s*)?interviewed\b|"
                                  r"\binterviewed\s(?:on\s|\()?(\d{1,2})/(\d{1,2})(?![\d/.-])")  # ("인터뷰 참여 (4/30)")

# or a day by its month's name, without its year ("interviewed 2 Sep", "interviewed on Sept 2nd"; a Banglish
# "interview neowa hoyeche 2 Sep" as ``in_english`` reads it): the last such day on or before the plan's
_MONTH_NAME = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
              r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_INTERVIEWED_DAY_MONTH = re.compile(r"\binterviewed\s(?:on\s)?(?:(\d{1,2})(?:st|nd|rd|th)?\s" + _MONTH_NAME + r"|"
                                    + _MONTH_NAME + r"\.?\s(\d{1,2})(?:st|nd|rd|th)?)\b(?!\.?,?\s?'?\d)|"
                                    # the day first ("15 Oct – interviewed"; a Korean "10월 15일 인터뷰 완료")
                                    r"(?<![\d/.-])(\d{1,2})\s" + _MONTH_NAME + r"\.?\s*(?:[-\u2013\u2014:,]\s*)?interviewed\b")


def _interviewed_lately(p: Participant, today: dt.date) -> dt.date | None:
    for col, value in p.attributes.items():
        if not _NOTES_COLUMN.search(_words(col)):
            continue
        said = in_english(value)
        m = _INTERVIEWED_LATELY.search(said)
        if m:
            which, span = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            if which == "this":
                return today
            if span == "week":
                return today - dt.timedelta(days=today.weekday() + 1)
            return today.replace(day=1) - dt.timedelta(days=1)
        m = _INTERVIEWED_NO_YEAR.search(said)
        named = _INTERVIEWED_DAY_MONTH.search(said.lower()) if not m else None
        if named:
            day_, name = (named.group(1), named.group(2)) if named.group(1) else (named.group(4), named.group(3)) \
                if named.group(3) else (named.group(5), named.group(6))
            month = _MONTH_OF_NAME.get(name, 0) or next((i for n, i in _MONTH_OF_NAME.items() if n.startswith(name)), 0)
            for year in (today.year, today.year - 1):
                try:
                    when = dt.date(year, month, int(day_))
                except ValueError:
                    break
                if when <= today:
                    return when
        if m:
            a, b = (int(g) for g in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
            readings = {(a, b), (b, a)} if a <= 12 and b <= 12 else {(a, b)} if a <= 12 else {(b, a)}
            if len(readings) == 1 and b <= 31 and (month_day := readings.pop())[1] >= 1:
                month, day = month_day
                for year in (today.year, today.year - 1):
                    try:
                        when = dt.date(year, month, day)
                    except ValueError:
                        break
                    if when <= today:
                        return when
    return None


def check_not_ahead(people: list[Participant], today: dt.date) -> None:
    """Refuse a last-active or last-interviewed day that has not come yet: typed wrong, or a sheet
    from a Mac whose 1904 date system moved every date four years on. (Checked when a roster comes
    in; a plan made for an earlier day may well see later activity.)"""
    for role in (LAST_ACTIVE, LAST_INTERVIEWED):
        order, _ = slash_date_order(people, role)
        for p in people:
            col = role.find(p.attributes)
            value = p.attributes[col].strip() if col else ""
            if col is None or days_ago(value) is not None or _NEVER.match(in_english(value)):
                continue
            day = parse_date(p.attributes[col], col, p.pid, order)
            if (day - today).days > 2:
                raise InputError(f"participant {p.pid}, column {col!r}: {p.attributes[col]!r} is after today "
                                 f"({today.isoformat()}); a typo, or dates from a spreadsheet using the 1904 "
                                 "date system (four years late)?")
