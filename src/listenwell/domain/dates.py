"""A calendar date written inside a line of text, as people and meeting tools write one.

"2026-11-27", "27 Nov 2026", "Nov 27, 2026", "27 de novembro de 2026", "19.11.2026", "2026年11月27日", and a
numeric "27/11/2026" (or "27/11/2569", its year of the Buddhist Era, as Thai writes it, the day first)
whose order the caller may know (a German or Portuguese label writes the day first). A numeric date both of whose first numbers could be the month ("03/04/2026") is
not read unless the order is known: a wrong day is worse than none.
"""

from __future__ import annotations

import datetime as dt
import re

from listenwell.domain.eras import BUDDHIST_YEAR, gregorian_year, is_buddhist_year
from listenwell.domain.glossary import fold

# month names and their usual short forms in the languages researchers write notes in
MONTHS: dict[str, int] = {fold(w): n for n, words in enumerate((
    "january jan januar janvier janv enero ene janeiro gennaio gen januari jänner",
    "february feb februar fevrier fevr febrero febreiro fevereiro fev febbraio februari",
    "march mar marz maerz mrz mars marzo marco maart maret mac",
    "april apr avril avr abril abr aprile",
    "may mai mayo maio maggio mag mei",
    "june jun juni juin junio junho giugno giu",
    "july jul juli juillet juil julio julho luglio lug julai",
    "august aug aout agosto ago augustus agustus agu agt ags ogos",
    "september sep sept septembre septiembre setembro set settembre",
    "october oct oktober okt octobre octubre outubro out ottobre ott",
    "november nov novembre noviembre novembro",
    "december dec dezember dez decembre diciembre dic dezembro dicembre desember des disember"), 1) for w in words.split()}

# Greek's, short (as Greek Excel writes them: "27 Νοε 2026"), nominative and genitive ("21 Οκτωβρίου 2026")
MONTHS.update({fold(w): n for n, words in enumerate((
    "Ιαν Ιανουάριος Ιανουαρίου", "Φεβ Φεβρουάριος Φεβρουαρίου", "Μαρ Μάρτιος Μαρτίου", "Απρ Απρίλιος Απριλίου",
    "Μαΐ Μάιος Μαΐου Μάη", "Ιουν Ιούνιος Ιουνίου", "Ιουλ Ιούλιος Ιουλίου", "Αυγ Αύγουστος Αυγούστου",
    "Σεπ Σεπτ Σεπτέμβριος Σεπτεμβρίου", "Οκτ Οκτώβριος Οκτωβρίου", "Νοε Νοέμβριος Νοεμβρίου",
    "Δεκ Δεκέμβριος Δεκεμβρίου"), 1) for w in words.split()})
_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WRITTEN = (
    # "27 Nov 2026", "27th November, 2026", "27 de novembro de 2026", "24. November 2026"
    re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th|º|\.)?\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}(?!\d)"),
    # "Nov 24, 2026", "Tue, Nov 24, 2026 10:03AM", "November 24th 2026"
    re.compile(rf"(?<![^\W\d_]){_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\d)"),
)
# the long date of Japanese (and Chinese) writing, Japanese Excel's own: "2026年11月20日", "2026年11月20日(金)"
_KANJI = re.compile(rf"(?<!\d){_YEAR}\s*年\s*(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})\s*日"
                    r"(?:\s*[(（][月火水木金土日][)）])?")
_ISO = re.compile(rf"(?<!\d){_YEAR}(?P<sep>[-/.]?)(?P<month>\d\d)(?P=sep)(?P<day>\d\d)(?!\d)")
# (a year of the Buddhist Era, as Thai writes dates: "20/11/2569" is 20/11/2026; no Gregorian date is so far on)
_NUMERIC = re.compile(r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
                      rf"(?P<year>(?:19|20)\d\d|{BUDDHIST_YEAR})(?!\d)")


def _date(year: str, month: int, day: str) -> dt.date | None:
    try:
        return dt.date(gregorian_year(int(year)), month, int(day))  # (the Buddhist Era's, 543 on)
    except ValueError:  # "31.11.2026": no such day
        return None


def _written(text: str) -> dt.date | None:
    for pattern in _WRITTEN:
        for m in pattern.finditer(text):
            month = MONTHS.get(fold(m.group("month")))
            if month is not None:
                return _date(m.group("year"), month, m.group("day"))
    return None


def _numeric(text: str, day_first: bool | None) -> dt.date | None:
    m = _NUMERIC.search(text)
    if m is None:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    # "19.11.2026", and "04/09/2569", a Thai date (its year of the Buddhist Era), are written day first
    if m.group("sep") == "." or a > 12 or is_buddhist_year(int(m.group("year"))):
        day_first = True
    elif b > 12:
        day_first = False
    elif a == b:
        day_first = True  # either way the same day
    if day_first is None:
        return None  # "03/04/2026": the 3rd of April or the 4th of March, and nothing says which
    day, month = (a, b) if day_first else (b, a)
    return _date(m.group("year"), month, str(day))


def find_date(text: str, day_first: bool | None = None) -> dt.date | None:
    """The first date written in ``text``, or None. ``day_first`` says how to read a numeric
    date such as 03/04/2026 (None: leave it unread)."""
    iso = _ISO.search(text)
    found = _date(iso.group("year"), int(iso.group("month")), iso.group("day")) if iso else None
    return found or _written(text) or kanji_date(text) or _numeric(text, day_first)


def kanji_date(text: str) -> dt.date | None:
    """The first date written the Japanese way in ``text`` ("2026年11月20日"), or None."""
    m = _KANJI.search(fold(text))  # (full-width digits as well: "２０２６年１１月２０日")
    return _date(m.group("year"), int(m.group("month")), m.group("day")) if m else None


def readings(text: str) -> tuple[dt.date, dt.date] | None:
    """The two days a numeric date that reads both ways ("03/11/2026") could be, month first and
    day first, when ``find_date`` leaves it unread; else None. For saying which, not choosing."""
    if find_date(text) is not None or _NUMERIC.search(text) is None:
        return None
    one, other = _numeric(text, False), _numeric(text, True)
    return (one, other) if one and other else None


def whole_date(text: str) -> dt.date | None:
    """The day ``text`` names when it is nothing but one date that reads one way only ("20/11/2026",
    "19.11.2026", "20 novembre 2026", "26.11.2026." with the dot Serbian and Croatian write after the year), else
    None (a date that reads both ways, ``readings``, too)."""
    t = re.sub(r"^(\d{1,2}\.\d{1,2}\.\d{4})\.$", r"\1", text.strip())
    if _NUMERIC.fullmatch(t):
        return _numeric(t, None)
    if any(p.fullmatch(t) for p in _WRITTEN):
        return _written(t)
    if _KANJI.fullmatch(fold(t)):
        return kanji_date(t)
    return None


# a date of the Solar Hijri (Jalali) calendar, Iran's and Afghanistan's, the year first as Persian writes it:
# "1405/09/05", "1405-08-25", "۱۴۰۵/۰۹/۰۵" (a year from 1300 to 1499: 1921 to 2121 of the Gregorian)
_SOLAR_HIJRI = re.compile(r"\s*(1[34]\d\d)([/.-])(\d{1,2})\2(\d{1,2})\s*(?:ش|ه\.?\s?ش|هـ\.?\s?ش)?\.?\s*")
# the lunar Hijri era written after a date: "هـ", "ه.ق" (Persian's "qamari", lunar)
_LUNAR_ERA = re.compile(r"(?:هـ|ه)(?:\.?\s?ق)?\.?\s*$")


def jalali(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Solar Hijri (Jalali) one (1405/09/05 → 2026-11-26), by the calendar's
    33-year arithmetic, exact for its years 1178 to 1633; None for a day it does not have (its first six
    months have 31 days, the next five 30, Esfand 29, or 30 in a leap year)."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    jy = year + 1595
    days = (-355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + day
            + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186))
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    found = dt.date(gy, 1, 1) + dt.timedelta(days=days)
    if month == 12 and day == 30 and found == jalali(year + 1, 1, 1):
        return None  # (30 Esfand of a year that is not leap is the next year's 1 Farvardin)
    return found


# letters Persian writes and Arabic does not (پ چ ژ گ ی ک): a file with them is Persian, and a year-first
# date of 1300 to 1499 in it is of Iran's Solar Hijri calendar, not the lunar one
_PERSIAN_ONLY = re.compile("[\u067e\u0686\u0698\u06af\u06cc\u06a9]")


def shows_persian(text: str) -> bool:
    """Whether ``text`` has letters only Persian writes (پ چ ژ گ ی ک), not Arabic."""
    return bool(_PERSIAN_ONLY.search(text))


def solar_hijri(text: str) -> dt.date | None:
    """The Gregorian day of ``text`` where it is nothing but a Solar Hijri date written year first
    ("1405/08/25", "۱۴۰۵-۰۸-۲۵", "1405/08/25 ش"), else None. For a file that shows it is Persian; a
    bare year of 1300 to 1499 may as well be of the lunar Hijri calendar (``other_calendar``)."""
    m = _SOLAR_HIJRI.fullmatch(fold(text))
    return jalali(int(m.group(1)), int(m.group(3)), int(m.group(4))) if m else None


def other_calendar(text: str, today: dt.date | None = None) -> str | None:
    """How a date whose year is of a Hijri calendar is named in a message, where a date of 1300 to 1499
    is no Gregorian one: "the Solar Hijri (Jalali) calendar (2026-11-16 in the Gregorian)" where it reads
    as a Solar Hijri day not after next year (Iran's calendar; the lunar year 1405 was 1984), else "the
    lunar Hijri calendar" (Saudi and Gulf systems' "1445/07/12", a day first "12/07/1445", an era "هـ"
    after it); None for a date of no such year."""
    t = fold(text).strip()
    if not re.search(r"(?<!\d)1[34]\d\d(?!\d)", t) or not re.fullmatch(r"[\d/.\-\s]+(?:\S{1,4})?", t):
        return None
    day = None if _LUNAR_ERA.search(t) else solar_hijri(t)
    if day is not None and day <= (today or dt.date.today()) + dt.timedelta(days=366):
        return f"the Solar Hijri (Jalali) calendar ({day.isoformat()} in the Gregorian)"
    return "the lunar Hijri calendar"
