import pytest

from listenwell.analysis.insights import classify, label_statements
from listenwell.domain import InsightType as T
from listenwell.domain import Statement


@pytest.mark.parametrize(("text", "expected"), [
    ("So I just copy it into a spreadsheet every week.", T.WORKAROUND),
    ("Let me save my progress, I need to be able to come back later.", T.NEED),
    ("It would be great if you added an option to export to PDF.", T.FEATURE_REQUEST),
    ("I'm worried whether my data is safe.", T.WORRY),
    ("The checkout is so frustrating, it never works on my phone.", T.PAIN_POINT),
    ("I love how easy the new dashboard is.", T.PRAISE),
    ("Honestly I was so stressed and overwhelmed that week.", T.EMOTION),
    ("We have four people on the team.", T.OTHER),
    ("The search is not great, it is really slow.", T.PAIN_POINT),
    ("When I came back my session had expired and I had to start from scratch.", T.PAIN_POINT),
    ("I don't trust forms to keep things.", T.WORRY),
    ("I don't know, the problem was the timeout.", T.PAIN_POINT),
    # a shock, a near drop-off, a cost sprung on you or shown only at the end
    ("The bill at the end was a real shock.", T.PAIN_POINT),
    ("I nearly gave up on the whole thing.", T.PAIN_POINT),
    ("They spring the booking charge on you after you've paid.", T.PAIN_POINT),
    ("The tax only shows up on the last page.", T.PAIN_POINT),
    ("The total was higher than what I'd seen on the menu.", T.PAIN_POINT),
    ("At the till there was a bag fee added on.", T.PAIN_POINT),
    # a cost that outweighed the value, a complaint about not being told
    ("With the parking charge it just wasn't worth it.", T.PAIN_POINT),
    ("I thought, why didn't they tell me at the start?", T.PAIN_POINT),
    ("It was worth every penny.", T.OTHER),
    # trust itself is no worry; doubting it is
    ("Seeing the bank's logo made me trust the shop more.", T.OTHER),
    ("I wasn't sure the shop was even legit?", T.WORRY),
    ("Now I only pay on sites with a logo I trust.", T.WORRY),
    ("I keep asking myself whether I can trust these forms.", T.WORRY),
    ("I would not trust it for the final accounts.", T.WORRY),
    ("We model the radiative shock in the plasma.", T.OTHER),
])
def test_classify(text: str, expected: T) -> None:
    label = classify(text)
    assert label.type == expected
    assert 0.0 <= label.confidence <= 1.0
    assert (label.confidence > 0) == (expected != T.OTHER)


def test_more_cues_give_more_confidence() -> None:
    weak = classify("It is a bit slow.").confidence
    strong = classify("It is slow and frustrating and it never works, I gave up.").confidence
    assert strong > weak > 0


def test_label_statements_sets_type_in_place() -> None:
    st = Statement(1, 1, "P", "P1", 0, 10, "I'm worried about privacy.")
    label_statements([st])
    assert st.insight_type == T.WORRY and st.confidence > 0


@pytest.mark.parametrize("text", [
    "No worries.", "Cheers, no worries at all.", "That's not a problem.", "It was no surprise, honestly.",
    "I don't mind the fee.", "I wasn't worried about it.", "I never had an issue with the app.",
    "I didn't really notice any surprises there.", "Don't worry about it.",
])
def test_negated_worry_and_pain_cues_do_not_fire(text: str) -> None:
    assert classify(text).type not in (T.WORRY, T.PAIN_POINT), classify(text)


def test_a_later_unnegated_cue_still_fires() -> None:
    label = classify("No worries about the price, but I worry about my card details.")
    assert label.type == T.WORRY


def test_cues_that_carry_their_own_negation_still_fire() -> None:
    assert classify("I'm not sure if they keep my card.").type == T.WORRY
    assert classify("It doesn't work on my phone.").type == T.PAIN_POINT


def _turns(*turns: tuple[int, str, str | None]) -> list[Statement]:
    """Statements of one interview: (segment, text, question answered)."""
    out = []
    for n, (seg, text, question) in enumerate(turns):
        out.append(Statement(1, seg, "Maya", "P1", n * 100, n * 100 + len(text), text,
                             question=question))
    return out


def test_the_answer_to_a_feeling_probe_types_the_fact_it_is_about() -> None:
    sts = _turns(
        (1, "There was a delivery fee and a service fee at the end.", "What happened next?"),
        (3, "A bit cheated, to be honest.", "How did that feel?"),
    )
    label_statements(sts)
    assert sts[1].insight_type == T.PAIN_POINT
    assert sts[0].insight_type == T.PAIN_POINT  # lent by the reaction
    assert 0 < sts[0].confidence < sts[1].confidence


@pytest.mark.parametrize("question", ["What happened next?", "And then?"])
def test_without_a_feeling_probe_nothing_is_lent(question: str) -> None:
    sts = _turns(
        (1, "There was a delivery fee and a service fee at the end.", "What happened next?"),
        (3, "A bit cheated, to be honest.", question),
    )
    label_statements(sts)
    assert sts[0].insight_type == T.OTHER and sts[0].confidence == 0


def test_a_statement_with_its_own_cue_keeps_its_type() -> None:
    sts = _turns(
        (1, "I love the recipes, they are great.", "What do you cook?"),
        (3, "A bit cheated by the fees, to be honest.", "How did that feel?"),
    )
    label_statements(sts)
    assert sts[0].insight_type == T.PRAISE
