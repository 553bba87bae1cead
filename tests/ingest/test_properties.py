"""Any bytes give a transcript or a clean InputError, never a crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from listenwell.domain import InputError, Transcript
from listenwell.ingest import parse_transcript
from listenwell.ingest.roster import parse_roster

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse_or_input_error(data: bytes) -> None:
    try:
        t = parse_transcript(data, "any.bin")
    except InputError as exc:
        assert exc.file == "any.bin"
    else:
        assert isinstance(t, Transcript) and t.segments
        assert all(s.text.strip() for s in t.segments)
        assert {s.speaker for s in t.segments} <= {sp.name for sp in t.speakers}


@FAST
@given(st.binary(max_size=600))
def test_any_bytes(data: bytes) -> None:
    _parse_or_input_error(data)


# Text that looks like each format, with random damage, reaches deeper into the readers.
_line = st.one_of(
    st.from_regex(r"\A\d{1,2}:\d{2}:\d{2}[.,]\d{3} --?> \d{1,2}:\d{2}:\d{2}[.,]\d{3}\Z"),
    st.from_regex(r"\A[A-Z][a-z]{0,8}( [A-Z][a-z]{0,8})?:? .{0,30}\Z"),
    st.from_regex(r"\A[A-Z][a-z]{1,8}  \d{1,2}:\d{2}\Z"),
    st.from_regex(r"\A\[\d{2}:\d{2}:\d{2}\] [A-Z][a-z]{1,6}: .{0,20}\Z"),
    st.from_regex(r"\A<v [A-Za-z ]{1,10}>.{0,20}(</v>)?\Z"),
    st.sampled_from(["", "WEBVTT", "1", "2", "NOTE x", "{", "[", "]", '{"segments": []}']),
    st.text(max_size=30),
)


@FAST
@given(st.lists(_line, max_size=25), st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_format_shaped_text(lines: list[str], encoding: str) -> None:
    _parse_or_input_error("\n".join(lines).encode(encoding, errors="ignore"))


@FAST
@given(st.one_of(st.binary(max_size=400),
                 st.lists(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=8),
                                   max_size=6), max_size=8)
                 .map(lambda rows: "\n".join(",".join(r) for r in [["id", "name", "nps"], *rows]).encode())))
def test_roster_any_bytes(data: bytes) -> None:
    try:
        people = parse_roster(data, "roster.csv")
    except InputError as exc:
        assert exc.file == "roster.csv"
    else:
        assert people and all(p.pid for p in people)
        assert len({p.pid for p in people}) == len(people)
