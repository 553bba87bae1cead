"""Phone numbers in one form for a bulk send, only where the country is certain."""

from __future__ import annotations

from listenwell.domain.phones import calling_code, e164, lost_zeros, roster_country


def test_a_number_with_its_country_code_is_written_whole_whatever_the_roster() -> None:
    assert e164("+27 82 555 0142", None) == "+27825550142"
    assert e164("+44 (0)20 7946 0321", None) == "+442079460321"  # the (0) is not dialled
    assert e164("0033 6 12 34 56 78", None) == "+33612345678"
    assert e164("+91 0422 2345678", None) == "+914222345678"  # the trunk 0 written in by habit
    assert e164("not given", None) == "" and e164("12", None) == ""


def test_numbers_without_a_code_take_the_one_every_coded_number_shares() -> None:
    sheet = ["+62 812 3456 7890", "0812 3456 7891", "812 3456 7892", "62 812 3456 7893", ""]
    country = roster_country(sheet)
    assert country is not None and country.code == "62"
    assert [e164(v, country) for v in sheet] == ["+6281234567890", "+6281234567891", "+6281234567892",
                                                 "+6281234567893", ""]
    assert e164("555 0199", country) == ""  # a length none of the coded numbers has: not guessed


def test_no_country_is_guessed_where_codes_differ_or_none_is_given() -> None:
    assert roster_country(["+33 6 12 34 56 78", "+49 151 2345 6789", "0151 2345 6780"]) is None
    assert roster_country(["07911 123456", "07911 654321"]) is None
    mixed = roster_country(["+33 6 12 34 56 78", "+49 151 2345 6789"])
    assert e164("0151 2345 6780", mixed) == ""


def test_a_leading_zero_that_is_part_of_the_number_is_kept() -> None:
    rome = roster_country(["+39 06 6982 1234", "+39 06 4470 5678"])  # Italy dials the 0 from abroad
    assert e164("06 5550 1122", rome) == "+390655501122" and e164("+39 06 6982 1234", rome) == "+390669821234"


def test_calling_codes_of_one_two_and_three_digits() -> None:
    assert [calling_code(d) for d in ("14155550100", "74951234567", "919876543210", "353871234567")] == \
        ["1", "7", "91", "353"]


def test_numbers_a_spreadsheet_saved_without_their_leading_zero_are_found_beside_those_with_it() -> None:
    column = ["0917-204-883", "917305114", "0955 118 202", "955660731", "+886 912 000 111", "91730511"]
    lost = lost_zeros(column)
    assert sorted(lost) == ["917305114", "955660731"] and lost["917305114"] == "0917-204-883"
    # numbers that never had a 0 (a US column of ten digits) are no such numbers, nor those beside
    # a 0-number that starts otherwise
    assert lost_zeros(["2025550143", "3125550199"]) == {}
    assert lost_zeros(["07700 900456", "2025550143"]) == {}


def test_a_trunk_prefix_other_than_a_lone_zero_is_not_dialled_from_abroad() -> None:
    # Hungary dials "06" before a national number ("06 30 …" is "+36 30 …"), Budapest's "1" as well
    budapest = ["+36 20 412 7788", "06 20 412 7789", "+36 1 466 2020", "06 1 466 2021"]
    country = roster_country(budapest)
    assert [e164(v, country) for v in budapest] == ["+36204127788", "+36204127789", "+3614662020", "+3614662021"]
    moscow = ["+7 916 123 45 67", "8 916 123 45 68"]  # Russia's "8"
    assert [e164(v, roster_country(moscow)) for v in moscow] == ["+79161234567", "+79161234568"]


def test_mexicos_old_mobile_one_after_the_code_is_not_written() -> None:
    # since 2019 a Mexican mobile is +52 and ten digits, from anywhere; the "1" written by habit is dropped
    assert e164("+52 1 33 2001 4478", None) == "+523320014478"
    assert e164("+52 33 2001 4478", None) == "+523320014478"
    country = roster_country(["+52 1 33 2001 4478", "+52 55 8812 0034"])
    assert country is not None and country.lengths == frozenset({10})
    assert e164("33 1188 2290", country) == "+523311882290"
    assert e164("+1 212 555 0147", None) == "+12125550147"  # a "1" is Mexico's only
