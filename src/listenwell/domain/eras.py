"""Years of another era, as a calendar's own writers give them: the Buddhist Era of Thai dates.

Thai Excel under a Thai locale, Thai systems and a Thai ID card write a date's year in the Buddhist
Era, the Gregorian year and 543 ("15/08/2569" is 15 August 2026). A year from 2400 to 2699 (1857 to
2156) in a date can only be one: no date a roster, a note or a transcript holds is so far ahead. Every
reader of dates maps such a year here, and nowhere else.
"""

from __future__ import annotations

# a year of the Buddhist Era in a date, as a regular expression's part
BUDDHIST_YEAR = r"2[4-6]\d\d"
_OFFSET = 543


def gregorian_year(year: int) -> int:
    """The Gregorian year of a date's year: one of the Buddhist Era (2400 to 2699) less 543, any other as
    it is (2569 → 2026, 2026 → 2026)."""
    return year - _OFFSET if 2400 <= year <= 2699 else year


def is_buddhist_year(year: int) -> bool:
    """Whether a date's year is one of the Buddhist Era (``gregorian_year`` changes it)."""
    return gregorian_year(year) != year
