"""The interview kit prints the guide as written: its own full-width marks, its notes apart, its
greeting and thanks as words to say, its probes' numbers only where they restart, and the check's
note under a flagged probe, counted as `guide check` counts it. Guides written for these tests."""

from __future__ import annotations

from listenwell.analysis.guide import check_guide, parse_guide
from listenwell.domain import Study
from listenwell.report.kit import build_kit, render_html, render_markdown

STUDY = Study(title="Bakery orders", slug="bakery-orders", goals=[])


def _kit(text: str):  # noqa: ANN202
    return build_kit(STUDY, parse_guide(text, "g.md"))


def test_full_width_marks_are_printed_as_the_guide_writes_them_and_a_quoted_note_is_its_own_line() -> None:
    guide = ("# 麵包店訂購訪談\n"
             "負責人：林小姐 ｜ 更新日：2026/10/02\n"
             "> 給訪談員：不要替產品辯護。\n"
             "## 一、訂購經驗（10分鐘）\n"
             "1. 請您描述一下最近一次訂購的經過？\n"
             "2. 預購（pre-order）對您有什麼影響？\n")
    kit = _kit(guide)
    md = render_markdown(kit)
    assert "請您描述一下最近一次訂購的經過？" in md and "預購（pre-order）對您有什麼影響？" in md
    assert "負責人：林小姐 ｜ 更新日：2026/10/02" in md
    notes = [n for s in kit.before for n in s.notes]
    assert notes == ["負責人：林小姐 ｜ 更新日：2026/10/02", "給訪談員：不要替產品辯護。"]
    html = render_html(kit)
    assert "經過？" in html and "經過?" not in html
    # the checks still read the marks as ASCII: the question is a question
    assert [q.text for q in parse_guide(guide, "g.md").questions][0].endswith("?")


def test_a_closing_that_asks_what_was_not_talked_about_in_chinese_gets_no_added_catch_all() -> None:
    guide = ("# 訪談\n## 一、訂購（10分鐘）\n1. 請您描述一下最近一次訂購的經過？\n"
             "## 二、收尾（2分鐘）\n2. 還有什麼我們剛才沒談到、但您想讓我們知道的嗎？\n")
    closing = _kit(guide).sections[-1]
    assert closing.kit_notes == [] and not any(q.added for q in closing.questions)


def test_a_greeting_and_thanks_in_the_guide_are_words_to_say() -> None:
    guide = ("# Orders\n## Intro (3 min)\n"
             "Sawubona! My name is Thandi, I work on the research team at the bakery. Thanks for picking up.\n"
             "- Is it okay if I record this call?\n"
             "## Orders (10 min)\n- Walk me through your last order.\n  - What happened next?\n"
             "## Closing (2 min)\n- What should I have asked that I didn't?\n"
             "- Asante sana kwa muda wako. We will send the voucher tomorrow.\n")
    kit = _kit(guide)
    intro, closing = kit.sections[0], kit.sections[-1]
    assert intro.lead[0].startswith("Sawubona!") and intro.lead[0] in intro.said
    assert closing.notes[-1].startswith("Asante sana") and closing.notes[-1] in closing.said
    # the speaker introducing themselves is speech, whoever else the paragraph speaks of
    kit2 = _kit(guide.replace("Thanks for picking up.", "We talk with bakers to learn how orders go for them."))
    assert kit2.sections[0].lead[0] in kit2.sections[0].said
    # a note about the participant is still a note
    kit3 = _kit(guide.replace("Sawubona! My name is Thandi, I work on the research team at the bakery. "
                              "Thanks for picking up.", "Thank them for picking up."))
    assert kit3.sections[0].lead[0] not in kit3.sections[0].said


def test_probes_numbered_on_from_an_earlier_question_lose_their_numbers_and_a_flagged_probe_gets_its_note() -> None:
    guide = ("# Orders\n## Orders (15 min)\n"
             "1. Walk me through your last order.\n"
             "  1. What did you order?\n"
             "  2. Where were you, and what else was going on that day?\n"
             "2. How do you pay for it?\n"
             "  3. What do you do when the card fails?\n")
    kit = _kit(guide)
    first, second = [q for s in kit.sections for q in s.questions if not q.added][:2]
    assert first.followups[0] == "1. What did you order?"  # numbered from the start: kept
    assert second.followups == ["What do you do when the card fails?"]  # "3." under its one probe: dropped
    flagged = "2. Where were you, and what else was going on that day?"
    assert flagged in first.followup_checks and "double-barreled" in first.followup_checks[flagged]
    assert "    - _check: double-barreled" in render_markdown(kit)
    # counted as `guide check` counts it: main questions and probes apart
    report = check_guide(parse_guide(guide, "g.md"))
    assert kit.flagged == sum(not q.check.ok for q in report.questions if not q.followup)
    assert kit.flagged_probes == sum(not q.check.ok for q in report.questions if q.followup) == 1
    assert kit.probes_asked == 3
