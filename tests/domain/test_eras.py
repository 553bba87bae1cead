"""The one mapping of a year of the Buddhist Era (Thai dates) to the Gregorian year, which every reader of
dates uses: a roster's, a note's and a transcript's."""

from __future__ import annotations

import datetime as dt

from listenwell.analysis.roster_signals import parse_date
from listenwell.domain.dates import find_date
from listenwell.domain.eras import gregorian_year
from listenwell.domain.glossary import in_english


def test_a_year_from_2400_to_2699_is_of_the_buddhist_era_and_read_543_less() -> None:
    assert [gregorian_year(y) for y in (2569, 2533, 2400, 2699)] == [2026, 1990, 1857, 2156]
    assert [gregorian_year(y) for y in (2026, 1990, 2399, 2700)] == [2026, 1990, 2399, 2700]


def test_every_reader_of_dates_reads_the_same_day() -> None:
    day = dt.date(2026, 8, 15)
    assert parse_date("15/08/2569", "last active", "P1") == day  # a roster's
    assert find_date("วันที่: 15/08/2569") == day  # a transcript's head
    assert in_english("เคยให้สัมภาษณ์แล้ว 15/08/2569") == "interviewed 15/08/2026"  # a Thai note's
