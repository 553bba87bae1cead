"""A date inside a line of text, read only when it can be read one way."""

from __future__ import annotations

import datetime as dt

import pytest

from listenwell.domain.dates import find_date


@pytest.mark.parametrize(("text", "day"), [
    ("Session held 2025-06-03, afternoon", dt.date(2025, 6, 3)),
    ("interview_20250603_1400.vtt", dt.date(2025, 6, 3)),
    ("Chat with Olu, 3rd June 2025", dt.date(2025, 6, 3)),
    ("Wed, Jun 4, 2025 9:15AM • 41:02", dt.date(2025, 6, 4)),
    ("4 de junho de 2025", dt.date(2025, 6, 4)),
    ("5. Juni 2025", dt.date(2025, 6, 5)),
    ("15 mars 2025", dt.date(2025, 3, 15)),
    ("06.07.2025", dt.date(2025, 7, 6)),       # dots: day first
    ("25/06/2025", dt.date(2025, 6, 25)),      # only one way round
    ("06/25/2025", dt.date(2025, 6, 25)),
])
def test_dates_that_read_one_way(text: str, day: dt.date) -> None:
    assert find_date(text) == day


def test_a_slash_date_either_way_round_needs_the_order() -> None:
    assert find_date("Date 06/07/2025") is None
    assert find_date("06/07/2025", day_first=True) == dt.date(2025, 7, 6)
    assert find_date("06/07/2025", day_first=False) == dt.date(2025, 6, 7)


@pytest.mark.parametrize("text", ["30.02.2025", "no date here", "Room 12/3", "Price 12.50"])
def test_no_date_or_an_impossible_one(text: str) -> None:
    assert find_date(text) is None


def test_the_japanese_long_date() -> None:
    from listenwell.domain.dates import find_date, whole_date
    assert whole_date("2025年3月9日") == dt.date(2025, 3, 9)
    assert whole_date("２０２５年３月９日（日）") == dt.date(2025, 3, 9)  # full-width, with the weekday
    assert find_date("定例会議_2025年3月9日_録画.mp4") == dt.date(2025, 3, 9)
    assert whole_date("2025年2月30日") is None


def test_the_japanese_long_date_in_a_roster() -> None:
    from listenwell.analysis.roster_signals import parse_date
    assert parse_date("2025年3月9日", "最終ログイン日", "P1") == dt.date(2025, 3, 9)
    assert parse_date("2025年3月", "最終ログイン日", "P1") == dt.date(2025, 3, 1)


def test_a_solar_hijri_day_in_the_gregorian_calendar_and_which_hijri_calendar_a_date_is_named_of() -> None:
    from listenwell.domain.dates import jalali, other_calendar, solar_hijri
    assert jalali(1405, 9, 5) == dt.date(2026, 11, 26)
    assert jalali(1404, 1, 1) == dt.date(2025, 3, 21)  # Nowruz
    assert jalali(1403, 12, 30) == dt.date(2025, 3, 20)  # a leap year's 30 Esfand
    assert jalali(1404, 12, 30) is None and jalali(1404, 7, 31) is None
    assert solar_hijri("۱۴۰۲/۰۳/۱۵") == dt.date(2023, 6, 5) and solar_hijri("2026-06-05") is None
    today = dt.date(2026, 11, 28)
    assert other_calendar("1405-08-25", today) == "the Solar Hijri (Jalali) calendar (2026-11-16 in the Gregorian)"
    for lunar in ("1447/05/12", "12/05/1447", "1405/08/25 هـ"):
        assert other_calendar(lunar, today) == "the lunar Hijri calendar", lunar
    assert other_calendar("2026-11-16", today) is None and other_calendar("U1405", today) is None


def test_a_day_option_in_bengali_digits_or_with_the_dot_after_its_year() -> None:
    from listenwell.cli.common import day_option
    from listenwell.domain import InputError

    assert day_option("date", "২৩/১০/২০২৬") == dt.date(2026, 10, 23)
    assert day_option("date", "२३/१०/२०२६") == dt.date(2026, 10, 23)
    assert day_option("date", "23.10.2026.") == dt.date(2026, 10, 23)
    with pytest.raises(InputError, match="reads as 2026-02-09 or 2026-09-02"):
        day_option("date", "০২/০৯/২০২৬")
