"""Participant ids compared: a Salesforce id's two forms, and the ids a typed one is a slip for."""

from __future__ import annotations

from listenwell.domain.ids import nearest_ids, same_grouped_number, same_number_id, same_salesforce_record


def test_the_15_and_18_character_forms_of_a_salesforce_id_are_one_record() -> None:
    assert same_salesforce_record("0015g00000XyZ12", "0015g00000XyZ12AAC")
    assert same_salesforce_record("0015g00000XyZ12AAC", "0015g00000XyZ12")
    assert not same_salesforce_record("0015g00000xyz12", "0015g00000XyZ12AAC")  # the 15 are case-sensitive
    assert not same_salesforce_record("0015g00000XyZ12", "0015g00000XyZ12")  # the same form is no twin
    assert not same_salesforce_record("12345", "12345678")  # nor a short number inside a longer one


def test_a_long_number_id_with_a_digit_dropped_suggests_those_one_digit_away_that_start_alike() -> None:
    ids = [f"40012{k:03d}" for k in range(100, 160)]
    assert nearest_ids("4001213", ids) == ["40012130", "40012131", "40012132"]  # its last digit dropped
    assert nearest_ids("40012531", ids) == ["40012131"]  # one digit changed
    assert nearest_ids("40021114", ids)[0] == "40012114"  # two digits swapped


def test_short_ids_keep_the_looser_likeness_and_a_case_slip_is_found() -> None:
    assert nearest_ids("p9", ["P9", "P19", "P1"]) == ["P9", "P19"]
    assert nearest_ids("P1", ["P2", "P3"]) == []  # another short id is no slip for it
    assert nearest_ids("0015G00000XYZ12AA", ["0015g00000XyZ12AAC", "0015g00000QrS34AAD"]) == ["0015g00000XyZ12AAC"]


def test_a_number_id_with_and_without_its_leading_zeros_is_one_id() -> None:
    assert same_number_id("00481236", "481236") and same_number_id("7", "007")
    assert not same_number_id("481236", "481236")  # the same id, not another form of it
    assert not same_number_id("4812360", "481236") and not same_number_id("000", "0")
    assert not same_number_id("A00481", "A481") and not same_number_id("٠٠١٢", "١٢")


def test_a_phone_number_id_with_its_country_code_is_its_national_form() -> None:
    from listenwell.domain.ids import same_phone_id

    for international, national in (("8801922000111", "01922000111"), ("+880 1922-000111", "01922000111"),
                                    ("008801922000111", "01922000111"), ("+447700900123", "07700900123"),
                                    ("+36 30 111 2233", "06301112233"), ("+39 06 1234 5678", "0612345678"),
                                    ("+52 1 81 3304 5582", "8133045582")):
        assert same_phone_id(international, national) and same_phone_id(national, international), international
    assert not same_phone_id("8801922000112", "01922000111")  # another number
    # digits alone as long as the other, or with no trunk 0 to stand for: two numbers, not one
    assert not same_phone_id("36301112233", "06301112233") and not same_phone_id("79123456789", "89123456789")
    assert not same_phone_id("447700900123", "7700900123") and not same_phone_id("4412345", "012345")


def test_an_id_typed_into_a_form_in_one_case_or_without_its_hyphens_is_the_stored_one() -> None:
    from listenwell.domain.ids import same_typed_id

    assert same_typed_id("wlk-00412", "WLK-00412")
    assert same_typed_id("WLK00412", "WLK-00412")
    assert same_typed_id("wlk 00412", "WLK-00412")
    assert not same_typed_id("WLK-00412", "WLK-00412")  # the same id is no other form of it
    assert not same_typed_id("WLK-00413", "WLK-00412")
    # a Salesforce id's case tells two records apart
    assert not same_typed_id("0031t00000kqa23", "0031t00000KqA23")
    assert not same_typed_id("0031T00000KQA23", "0031t00000KqA23")
    # two words, or two numbers, are not one id written two ways
    assert not same_typed_id("north-east", "NorthEast") and not same_typed_id("12-34", "1234")


def test_a_number_id_with_its_thousands_grouped_is_one_id() -> None:
    for grouped in ("318,204", "318.204", "318 204", "318\u202f204", "318'204"):
        assert same_grouped_number(grouped, "318204") and same_grouped_number("318204", grouped), grouped
    assert same_grouped_number("2,318,204", "2318204")
    # not grouped in threes, two separators, or another number: no match
    assert not any(same_grouped_number(a, b) for a, b in (("31,8204", "318204"), ("318,204.5", "3182045"),
                                                          ("318,205", "318204"), ("318,204", "318,204"),
                                                          ("A18,204", "A18204")))
