"""Participant ids compared: the same record under another form of its id (a Salesforce id's
15 or 18 characters, a number id without its leading zeros or with its thousands grouped, a phone
number id with its country code for its national form, an id
typed in another case or without its hyphens), and the ids a mistyped one is a slip away from."""

from __future__ import annotations

import difflib
import re

from listenwell.domain.phones import one_number

# a Salesforce record id: 15 case-sensitive letters and digits (a report's "Contact ID"), or the
# same 15 with 3 more that spell their capitals, as the API, Data Loader and a report's
# "Contact ID (18)" write it
_SALESFORCE_15 = re.compile(r"[0-9A-Za-z]{15}")
_SALESFORCE_18 = re.compile(r"[0-9A-Za-z]{18}")


def same_salesforce_record(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are the 15- and 18-character forms of one Salesforce id: the
    short one is the long one's first 15 characters, capitals as they are."""
    short, long = sorted((a, b), key=len)
    return bool(_SALESFORCE_15.fullmatch(short) and _SALESFORCE_18.fullmatch(long) and long[:15] == short)


def same_number_id(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one number id written with and without its leading zeros
    ("00481236" and "481236"): a spreadsheet (Excel) reads a column of digits as numbers and saves
    them without the zeros a hospital's MRN or a member number is padded with."""
    return a != b and a.isascii() and b.isascii() and a.isdigit() and b.isdigit() \
        and a.lstrip("0") == b.lstrip("0") != ""


def same_phone_id(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one phone number used as an id (a mobile-money wallet, a
    subscriber's MSISDN), written once with its country code and once in its national form:
    "8801711234501" or "+8801711234501" for the roster's "01711234501" (``phones.one_number``)."""
    return a != b and one_number(a, b)


# a number id shown with its thousands grouped, as a BI tool's formatted export (Metabase, Looker,
# Excel's "Number" format) writes one: "100,231", "100.231", "100 231" (a narrow or no-break space in
# French), "100'231" (Swiss); one separator throughout, three digits after each
_GROUPED = re.compile(r"\d{1,3}(?P<sep>[,.' \u00a0\u202f])\d{3}(?:(?P=sep)\d{3})*")


def ungrouped(pid: str) -> str:
    """``pid`` without the thousands separators a formatted export put in a number id ("100,231" →
    "100231"); any other id as it is."""
    return re.sub(r"[,.' \u00a0\u202f]", "", pid) if _GROUPED.fullmatch(pid.strip()) else pid


def same_grouped_number(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one number id, one of them written with its thousands grouped
    ("100,231" and "100231"): a BI tool's export with its formatting on (Metabase's default CSV)
    groups the digits of an integer id as it does an amount's."""
    return a != b and ungrouped(a).isascii() and ungrouped(a).isdigit() and ungrouped(a) == ungrouped(b)


_SEPARATORS = re.compile(r"[\s._/-]+")


def same_typed_id(typed: str, stored: str) -> bool:
    """Whether ``typed`` is ``stored`` as a person types their own id into a form: in one case
    throughout, with its hyphens, dots, underscores or spaces left out or put in ("plr-0063558",
    "PLR0065003" for "PLR-0063558", "PLR-0065003"). Ids of mixed case (a Salesforce id, where
    "a" and "A" are two records) are never matched so; the two must share a letter and a digit,
    so that two plain numbers or two words are not taken as one."""
    if typed == stored or not typed.isascii() or not stored.isascii():
        return False
    letters = [c for c in typed if c.isalpha()]
    if not letters or not any(c.isdigit() for c in typed) or \
            not (all(c.islower() for c in letters) or all(c.isupper() for c in letters)):
        return False
    stored_letters = [c for c in stored if c.isalpha()]
    if not (all(c.islower() for c in stored_letters) or all(c.isupper() for c in stored_letters)):
        return False
    return _SEPARATORS.sub("", typed).lower() == _SEPARATORS.sub("", stored).lower()


def _edits(a: str, b: str) -> int:
    """Edits between two strings: a character added, dropped, changed, or two swapped."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _common_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def nearest_ids(wanted: str, ids: list[str], n: int = 3) -> list[str]:
    """The ids ``wanted`` is likeliest a slip for, nearest first: those a character or two away
    (a digit dropped, added, changed or two swapped in a long number id; two for ids of ten
    characters or more), else those difflib finds alike ("p9" for "P9"). Of ids equally near,
    those that start as it does the longest come first: a number copied short loses its end."""
    w = wanted.strip().lower()
    by_lower = {i.lower(): i for i in ids}
    allowed = 0 if len(w) < 5 else 1 if len(w) < 10 else 2
    pool = {k for k in by_lower if allowed and abs(len(k) - len(w)) <= allowed and _edits(w, k) <= allowed} \
        or set(difflib.get_close_matches(w, list(by_lower), n=n, cutoff=0.75))
    ranked = sorted(pool, key=lambda k: (_edits(w, k), -_common_start(w, k),
                                        -difflib.SequenceMatcher(None, w, k).ratio(), k))
    return [by_lower[k] for k in ranked[:n]]
