import pytest

from listenwell.domain import format_timecode, parse_timecode


@pytest.mark.parametrize(("text", "seconds"), [
    ("00:00:01.020", 1.02), ("00:01:02,5", 62.5), ("1:02:03", 3723.0), ("12:03", 723.0),
    ("0:0:3.12", 3.12),
])
def test_parse(text: str, seconds: float) -> None:
    assert parse_timecode(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "1.5", "00:61", "aa:bb", "00:00:99", "--:--"])
def test_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_timecode(text)


def test_format_round_trip() -> None:
    assert format_timecode(723) == "12:03"
    assert format_timecode(3723.4) == "1:02:03"
    assert format_timecode(None) == "--:--"
    assert parse_timecode(format_timecode(3723, millis=True)) == 3723
