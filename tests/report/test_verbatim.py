from hypothesis import given, settings
from hypothesis import strategies as st

from listenwell.domain.model import Participant
from listenwell.report.redact import Redactor
from listenwell.report.verbatim import check_quote, matches_span, quotes_in_html


def test_exact_and_placeholder_matches():
    assert matches_span("I gave up twice.", "I gave up twice.")
    assert matches_span("mail me at [email].", "mail me at a@b.co.")
    assert matches_span("[P1] told me", "Anna Berg told me")


def test_any_other_change_fails():
    assert not matches_span("I gave up twice", "I gave up twice.")
    assert not matches_span("I gave up, twice.", "I gave up twice.")
    assert not matches_span("[email] told me", "told me")


def test_check_quote_uses_offsets():
    segs = {7: "Well. The page froze and I lost my basket."}
    assert check_quote("The page froze", 7, 6, 20, segs) is None
    assert check_quote("The page froze", 7, 0, 14, segs) is not None
    assert check_quote("x", 8, 0, 1, segs) is not None


def test_quotes_read_back_from_html():
    html = '<q data-segment="3" data-start="0" data-end="5">it&#39;s</q>'
    [q] = quotes_in_html(html)
    assert (q.text, q.segment_id, q.start_char, q.end_char) == ("it's", 3, 0, 5)

RED = Redactor([Participant("anna-1", name="Anna Berg", email="a@b.co"), Participant("P2", name="Ben Okafor")],
               other_names=["Sam Lee"], terms=["Falcon"])
WORDS = st.sampled_from(["Anna", "Berg", "Ben Okafor", "a@b.co", "call", "+44 20 7946 0958", "Falcon", "the", ",", "Sam Lee", "ok"])


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=15))
def test_property_redacted_text_is_still_verbatim(words):
    original = " ".join(words)
    shown = RED(original)
    assert matches_span(shown, original, RED.placeholder_pattern())
    assert matches_span(shown, original)


def test_a_placeholder_the_redactor_never_writes_is_not_a_wildcard():
    assert not matches_span("[x] told me", "Anna told me", RED.placeholder_pattern())
    assert matches_span("[anna-1] told me", "Anna told me", RED.placeholder_pattern())
