"""Phone numbers in one form for a bulk WhatsApp or SMS send: E.164 ("+919450011223").

A sheet writes numbers as people typed them ("+91 94433 66778", "9450011223", "098480 77889").
A number with its country code ("+91", "0091") is written so whatever the roster (less a trunk
"0" written after the code, "+44 (0)20…", "+91 0422…", where the country does not dial it); one
without it only where the roster's other numbers make the country certain: every number that has
a code has the same one, and the national part has a length those numbers have (its trunk "0"
dropped likewise, or the trunk prefix its country dials instead: Hungary's "06"). Otherwise it is
left blank: a guessed country sends the message to a stranger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# the two-digit country calling codes; 1 and 7 are the one-digit ones, every other is three digits
_TWO_DIGIT = {"20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47",
              "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65",
              "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98"}
_WRITTEN = re.compile(r"^\+?[\d\s().\-/]{6,24}$")  # digits and what people put between them


def _split(value: str) -> tuple[bool, str] | None:
    """(written with its country code, the digits), or None for what is no phone number."""
    v = value.strip()
    if not _WRITTEN.match(v):
        return None
    prefixed = v.startswith("+")
    v = re.sub(r"(?<=\d)\s*\(0\)\s*", "", v) if prefixed else v  # "+44 (0)7700…": the (0) is not dialled
    digits = re.sub(r"\D", "", v)
    if not prefixed and digits.startswith("00"):  # "0091 98480 77889": dialled from abroad
        prefixed, digits = True, digits[2:]
    return (prefixed, digits) if 7 <= len(digits) <= 15 else None


# where the 0 after the code is part of the number (Italy, San Marino, Vatican City, Côte
# d'Ivoire); elsewhere "+91 0422…" is the trunk 0 written in by habit, as "+44 (0)20…" marks it
_KEEPS_ZERO = {"39", "378", "379", "225"}
# the trunk prefix dialled before a national number written without its country code, where it is not a
# lone "0": Hungary's "06" ("06 30 111 2233" is "+36 30 111 2233"), Russia's and Kazakhstan's "8" ("8 912
# 345-67-89" is "+7 912 345-67-89")
_TRUNK = {"36": "06", "7": "8"}


def _trunk(code: str) -> str:
    return _TRUNK.get(code, "0")


def _international(digits: str) -> tuple[str, str]:
    """(country code, national number) of a number written with its code."""
    code = calling_code(digits)
    national = digits[len(code):]
    if national.startswith("0") and code not in _KEEPS_ZERO:
        national = national[1:]
    if code == "52" and len(national) == 11 and national.startswith("1"):
        # Mexico's mobile "1" ("+52 1 81 3304 5582"), no longer dialled since 2019: ten digits after +52
        national = national[1:]
    return code, national


def calling_code(digits: str) -> str:
    """The country code at the start of an international number's digits."""
    if digits[:1] in ("1", "7"):
        return digits[:1]
    return digits[:2] if digits[:2] in _TWO_DIGIT else digits[:3]


def written_code(value: str) -> str | None:
    """The country calling code a number is written with ("+971 50 123 4567": "971"), or None for
    one written without it, or no number."""
    split = _split(value)
    return calling_code(split[1]) if split and split[0] else None


@dataclass(frozen=True)
class Country:
    """The one country a roster's numbers with a code share: the code, the national parts'
    lengths, and whether they may start with 0."""
    code: str
    lengths: frozenset[int]
    keeps_zero: bool


def roster_country(values: Iterable[str]) -> Country | None:
    """The country of a roster's numbers, where every number written with a code has the same
    one; None where none has a code, or codes differ."""
    nationals: dict[str, list[str]] = {}
    for value in values:
        split = _split(value)
        if split and split[0]:
            code, national = _international(split[1])
            nationals.setdefault(code, []).append(national)
    if len(nationals) != 1:
        return None
    (code, parts), = nationals.items()
    return Country(code, frozenset(map(len, parts)), code in _KEEPS_ZERO)


def e164(value: str, country: Country | None) -> str:
    """The number as +<code><number>, or "" where it is no number or its country is not certain."""
    split = _split(value)
    if split is None:
        return ""
    prefixed, digits = split
    if prefixed:
        return "+" + "".join(_international(digits))
    if country is None:
        return ""
    code = country.code
    readings = set()
    if digits.startswith(code) and len(digits) - len(code) in country.lengths:  # "91 98480 77889"
        readings.add("+" + digits)
    if len(digits) in country.lengths and (country.keeps_zero or not digits.startswith("0")):
        readings.add("+" + code + digits)
    trunk = _trunk(code)
    if digits.startswith(trunk) and not country.keeps_zero and len(digits) - len(trunk) in country.lengths:
        readings.add("+" + code + digits[len(trunk):])  # "098480 77889": the trunk 0 is not dialled from abroad
    return readings.pop() if len(readings) == 1 else ""  # none, or two: not certain


def lost_zeros(values: Iterable[str]) -> dict[str, str]:
    """The numbers of one column that a spreadsheet saved without their leading 0, each with a
    number of the column beside which it shows: written without a country code, in digits alone (a
    cell Excel read as a number keeps no dashes or spaces), one digit shorter than the column's
    numbers written with a trunk 0, and starting as those do after it ("912384561" beside
    "0928-771-305", a Taiwanese mobile; "7700900123" beside "07700 900456"). Said, never changed:
    only the roster's owner knows the country."""
    split = [(v.strip(), s[1]) for v in values if (s := _split(v)) and not s[0]]
    trunk: dict[tuple[int, str], str] = {}
    for v, d in split:
        if d.startswith("0") and not d.startswith("00"):
            trunk.setdefault((len(d) - 1, d[1]), v)
    return {v: trunk[(len(d), d[0])] for v, d in split
            if v.isdigit() and not d.startswith("0") and (len(d), d[0]) in trunk}


def one_number(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one phone number, written once with its country code and once in
    the national form its country dials at home: "+880 1711-234501", "008801711234501" or
    "8801711234501" (Excel drops the "+" of a cell it reads as a number) beside "01711234501"; Hungary's
    "+36 30 111 2233" beside "06 30 111 2233"; Italy's "+39 06 1234 5678" beside "06 1234 5678". Digits
    alone with no "+" or "00" are read as a code only before a national number with its trunk prefix,
    which they are longer than; with one, the national number may also be written without its trunk
    prefix ("1711234501", as a spreadsheet drops the 0, or a country that dials none: "+52 1 81 3304
    5582" beside "8133045582"). Two different numbers never match: the national digits are the same."""
    for x, y in ((a, b), (b, a)):
        sx, sy = _split(x), _split(y)
        if sx is None or sy is None or sy[0] or not (x.strip().isascii() and y.strip().isascii()):
            continue
        (prefixed, digits), national = sx, sy[1]
        if not prefixed and len(digits) <= len(national):
            continue
        code, rest = _international(digits)
        if len(rest) < 7:
            continue
        if code in _KEEPS_ZERO:
            if national == rest:
                return True
        elif national == _trunk(code) + rest or (prefixed and national == rest):
            return True
    return False
