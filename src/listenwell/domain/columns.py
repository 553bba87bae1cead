"""What a roster column holds, judged by its values, whatever language its header is in: the
safety net under the header words of every roster language (a Turkish "Not", an Arabic "ملاحظات
الوكيل", a "Ad Soyad" no table knows).

- ``free_text_columns``: notes someone wrote, sentences that vary from row to row ("Kargo gecikmesi
  için arandı, memnun kaldı"); not a multi-word value of a kind ("Rio de Janeiro", "Grade 2
  Teacher", "Head of Customer Success", "Pro Annual"), an address ("12 rue de la Paix") or a date.
- ``name_like_columns``: people's names, two to four capitalised words (or words of a script
  without capitals), nearly every row its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from listenwell.domain.names import LEGAL_FORM

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_DIGIT = re.compile(r"\d")
_LINK = re.compile(r"@|https?://|www\.", re.I)
# the words written small inside a name: "Gerda van Dijk", "Ana de la Cruz", "Abdullah bin Saleh"
_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "la", "le", "da", "di", "dos", "das", "du", "y",
              "bin", "binti", "bint", "ibn", "al", "el", "ter", "ten", "zu", "af"}
# a column named for what it is (a place, a company, a role, a product): its values are of a kind,
# never a person's name, however varied
_OF_A_KIND = re.compile(r"\b(?:city|town|village|region|country|state|province|county|location|site|branch|"
                        r"company|organi[sz]ation|org|employer|account|business|school|team|department|dept|"
                        r"title|role|job|position|occupation|plan|product|tier|segment|industry|source|"
                        r"channel|campaign|address|street|status|stage|type|category|language)\b", re.I)


def _cased(word: str) -> bool:
    return word.lower() != word.upper()


def _prose(value: str) -> bool:
    """A sentence rather than a name for something: three words or more, two of them written small
    ("Vefat etti, eşi bildirdi"), or four and more in a script without capitals ("طلب عدم التواصل
    معه مرة أخرى")."""
    words = _WORD.findall(value)
    if len(words) < 3 or len(value.split()) < 3 or _LINK.search(value):  # (not "www.kaimaibee.co.nz")
        return False
    small = [w for w in words[1:] if _cased(w) and w[0].islower() and w.lower() not in _PARTICLES]
    caseless = [w for w in words if not _cased(w)]
    return len(small) >= 2 or (len(caseless) >= 4 and 2 * len(caseless) >= len(words))


# a name written surname first, as housing, council, health and payroll systems list people: "Bennett,
# Sharon", "OKAFOR, Chidi E", "JOHNSON, ROBERT E" (one comma, a word or two before it)
_SURNAME_FIRST = re.compile(r"^([^\W\d_][^,]{0,40}?),\s*([^\W\d_][^,]{0,40})$")


def _name_like(value: str) -> bool:
    """Two to four words, each capitalised or of a script without capitals, bar a particle: "Ayşe
    Yılmaz", "Gerda van Dijk", "أحمد المنصوري"; no digit, no address; or such a name written surname
    first, "Bennett, Sharon", capitals too ("JOHNSON, ROBERT E")."""
    if (m := _SURNAME_FIRST.match(value.strip().rstrip("."))) and len(_WORD.findall(m[1])) <= 2:
        return _name_like(" ".join(part.title() if part.isupper() else part for part in (m[2], m[1])))
    if (_DIGIT.search(value) or _LINK.search(value) or LEGAL_FORM.search(value)
            or re.search(r"[,;:!?()/]", value.strip().rstrip("."))):
        return False
    words = _WORD.findall(value)
    if not 2 <= len(words) <= 4 or len(" ".join(words)) < len(value.strip()) - 3:
        return False
    cased = [w for w in words if _cased(w)]
    # (not an all-capitals code or label: "VIP GOLD")
    return all(w[0].isupper() or w.lower() in _PARTICLES for w in cased) \
        and not (cased and all(w.isupper() and len(w) > 1 for w in cased))


def _values(rows: Iterable[Mapping[str, str]], column: str) -> list[str]:
    return [v.strip() for r in rows if (v := r.get(column)) and v.strip()]


def _choices(values: list[str]) -> bool:
    """A multiple choice written out ("Route planner, Offline maps"): the same few items again and
    again across the rows, where notes seldom repeat a phrase."""
    items = [i.strip().lower() for v in values for i in re.split(r"[,;|]", v) if i.strip()]
    return len(items) > len(values) and 2 * len(set(items)) <= len(items)


def free_text_columns(columns: Iterable[str], rows: Sequence[Mapping[str, str]]) -> list[str]:
    """The columns whose values are notes by what they say (``_prose``): at least three filled, half
    of them sentences, four words a row on average, most of them without a digit (not addresses),
    nearly each its own."""
    out = []
    for c in columns:
        vals = _values(rows, c)
        if len(vals) < 3:
            continue
        prose = sum(map(_prose, vals))
        digits = sum(bool(_DIGIT.search(v)) for v in vals)
        # (four words a row on average: a list of past studies, "Onboarding usability", is shorter)
        if (sum(len(v.split()) for v in vals) >= 4 * len(vals) and 2 * prose >= len(vals) and prose >= 3
                and 2 * digits < len(vals) and 5 * len(set(vals)) >= 4 * len(vals) and not _choices(vals)):
            out.append(c)
    return out


def name_like_columns(columns: Iterable[str], rows: Sequence[Mapping[str, str]]) -> list[str]:
    """The columns whose values are people's names by their form (``_name_like``): at least five
    filled, nearly all of them names and nearly each its own; not a column named for a kind of
    thing (a city, a company, a job title)."""
    out = []
    for c in columns:
        if _OF_A_KIND.search(c):
            continue
        vals = _values(rows, c)
        if len(vals) < 5:
            continue
        if 10 * sum(map(_name_like, vals)) >= 9 * len(vals) and 10 * len(set(vals)) >= 9 * len(vals):
            out.append(c)
    return out


# scripts written without spaces between words (Thai, Lao, Khmer, Myanmar, Chinese, Japanese): a note
# in them is one or two long runs of letters, "ขอไม่รับสาย ห้ามโทรหาอีก", which ``_prose`` cannot count
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")


def unspaced_text_columns(columns: Iterable[str], rows: Sequence[Mapping[str, str]]) -> list[str]:
    """The columns of text in a script without spaces between words, nearly each value its own and
    eight letters long or more, most without a digit: notes or free answers ("จ่ายค่าไฟค่าน้ำสะดวกมาก"),
    or names. Not a province, a status or a plan, whose values repeat. For what a redacted export
    leaves out, where a names column is left out anyway."""
    out = []
    for c in columns:
        vals = _values(rows, c)
        if len(vals) < 3:
            continue
        long = sum(len(_UNSPACED.findall(v)) >= 8 for v in vals)
        digits = sum(bool(_DIGIT.search(v)) for v in vals)
        if 2 * long >= len(vals) and 2 * digits < len(vals) and 5 * len(set(vals)) >= 4 * len(vals) \
                and not _choices(vals):
            out.append(c)
    return out


# (Hungarian Excel's short date ends in a dot: "1982.05.14.")
# (Czech and Slovak write it spaced: "3. 5. 1971")
_DAY_MONTH_YEAR = re.compile(r"^(?:(?P<y1>\d{4})[-/.]\d{1,2}[-/.]\d{1,2}\.?|\d{1,2}[-/.]\d{1,2}[-/.](?P<y2>\d{4})|"
                             r"\d{1,2}\.\s\d{1,2}\.\s(?P<y3>\d{4})\.?)$")


def birth_date_columns(columns: Iterable[str], rows: Sequence[Mapping[str, str]], this_year: int) -> list[str]:
    """The columns of dates of birth by their values, under a header in any language ("วันเกิด",
    "Geburtsdatum", "DOB"): whole dates without a time, nearly all of them sixteen years ago or more,
    spread over five years or more, the days and months mostly each their own (not the first of
    January that long-standing customers were all given as their start, "01/01/2004"). A Buddhist-Era
    year (2533) counts as its Common-Era one (1990)."""
    out = []
    for c in columns:
        vals = _values(rows, c)
        years, days = [], set()
        for v in vals:
            m = _DAY_MONTH_YEAR.match(v)
            if m:
                y = int(m.group("y1") or m.group("y2") or m.group("y3"))
                years.append(y - 543 if y > this_year + 300 else y)
                days.add(v.replace(m.group("y1") or m.group("y2") or m.group("y3"), ""))
        if len(years) < 5 or 10 * len(years) < 9 * len(vals):
            continue
        if (10 * sum(y <= this_year - 16 for y in years) >= 9 * len(years) and len(set(years)) >= 5
                and 2 * len(days) >= len(years)):
            out.append(c)
    return out
