"""The interview kit in its three formats."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
import shutil

import pytest

from listenwell.analysis.guide import parse_guide
from listenwell.domain import InputError, Study
from listenwell.analysis.questions.followups import bank
from listenwell.report.kit import (
    ANY_ANSWER_PROBES,
    CONSENT,
    STANDARD_INTRO,
    build_kit,
    render_html,
    render_markdown,
    rtl_lang,
    write_kit,
)

GUIDE = """\
# Grocery app study

## Warm-up
- Tell me a bit about how your household does its food shopping.

## Planning the shop (goal: 1)
- Can you walk me through how you planned your last weekly shop?
  - What happened next?
- What gets in the way when you plan?

## Wrap-up
- What should I have asked that I didn't?
- Thank them and stop the recording.
"""

STUDY = Study(title="Grocery planning", slug="grocery-planning",
              goals=["Learn how households plan a weekly shop <fast>"], planned_minutes=30)


@pytest.fixture(scope="module")
def kit():
    return build_kit(STUDY, parse_guide(GUIDE, "g.md", STUDY.goals))


def test_structure(kit) -> None:  # noqa: ANN001
    # the guide's own section names; the kit adds an intro (it has none) and nothing to its closing
    titles = [s.title for s in kit.sections]
    assert titles == ["Intro", "Warm-up", "Planning the shop", "Wrap-up"]
    assert [s.added for s in kit.sections] == [True, False, False, False]
    plan = kit.sections[2]
    assert plan.goal == STUDY.goals[0]
    assert plan.questions[0].followups == ["What happened next?"]
    assert plan.questions[1].suggested
    closing = [q.text for q in kit.sections[-1].questions]
    assert closing == ["What should I have asked that I didn't?"]
    assert kit.sections[-1].notes == ["Thank them and stop the recording."]
    starts = [s.start_minute for s in kit.sections]
    assert starts == sorted(starts) and starts[:2] == [0, 3]
    assert kit.total_minutes == kit.sections[-1].start_minute + kit.sections[-1].minutes == 19
    assert kit.planned_minutes == 30 and kit.warnings == []  # under the planned length
    script = " ".join(kit.intro.script).lower()
    assert "not selling" in script and "no right or wrong" in script
    assert [q.added for q in kit.intro.questions] == [True] and "record" in kit.intro.questions[0].text


def test_markdown_and_html(kit) -> None:  # noqa: ANN001
    md = render_markdown(kit)
    assert "## Note-taker sheet" in md and "| Time | Quote | Observation |" in md
    assert "- Can you walk me through how you planned your last weekly shop?" in md
    html = render_html(kit)
    assert "<th>Quote</th>" in html
    assert "&lt;fast&gt;" in html  # escaped


def test_write_formats(kit, tmp_path: Path) -> None:  # noqa: ANN001
    md = write_kit(kit, tmp_path / "kit.md")
    assert md.read_text().startswith("# Interview kit")
    pdf = write_kit(kit, tmp_path / "kit.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Note-taker sheet" in text and "Planning the shop" in text
    with pytest.raises(InputError):
        write_kit(kit, tmp_path / "kit.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kit.md", "kit.pdf"]


def test_flagged_questions_keep_the_guides_wording_with_the_checks_note_beside_them() -> None:
    guide = parse_guide("## Paying\n- Do you like our checkout?\n- Tell me about the last time you paid.\n",
                        "g.md")
    k = build_kit(STUDY, guide)
    paying = next(s for s in k.sections if s.title == "Paying")
    q = paying.questions[0]
    assert q.text == "Do you like our checkout?" and q.problem == "closed"
    assert q.suggestion and "our checkout" in q.suggestion
    assert paying.questions[1].problem is None and k.flagged == 1
    md = render_markdown(k)
    assert "- Do you like our checkout?\n  - _check: closed; suggestion: \u201c" in md
    assert "<li>Do you like our checkout?" in render_html(k)


def test_a_leading_form_in_the_guides_language_is_noted_with_the_checks_explanation_not_a_bare_label() -> None:
    # the check has no rewrite for "…, não é?" in Portuguese: the kit carries what it says instead
    guide = parse_guide("## Feira (10 min)\n- Como foi a última vez que você comprou na feira?\n"
                        "- Comprar na feira sai mais barato, não é?\n", "g.md")
    md = render_markdown(build_kit(STUDY, guide))
    note = next(ln for ln in md.splitlines() if "_check: leading" in ln)
    assert "a leading form in Portuguese" in note and "ask what they think" in note
    assert "The other checks read English only" not in note


def test_the_kit_notes_a_probe_checked_through_the_english_under_it() -> None:
    guide = parse_guide("## גינה (10 דקות)\n- איך נראה בוקר רגיל שלך בגינה?\n"
                        "  *What does a usual morning in the garden look like?*\n"
                        "  - לא נכון שהשקיה בבוקר יותר קלה?\n    *Isn't it true that watering in the morning is easier?*\n",
                        "g.md")
    k = build_kit(STUDY, guide)
    q = next(q for s in k.sections for q in s.questions if q.text.startswith("איך"))
    assert [note.split(";")[0] for note in q.followup_checks.values()] == ["check: leading"]


def test_the_standard_closing_questions_are_not_asked_twice() -> None:
    guide = GUIDE.replace("- What should I have asked that I didn't?",
                          "- What else should we know that I didn't ask about?")
    closing = [q.text for q in build_kit(STUDY, parse_guide(guide, "g.md", STUDY.goals)).sections[-1].questions]
    assert closing == ["What else should we know that I didn't ask about?"]
    # a guide's own closing without a catch-all gets one, marked as the kit's; nothing else is added
    plain = GUIDE.replace("- What should I have asked that I didn't?", "- How was this for you?")
    last = build_kit(STUDY, parse_guide(plain, "g.md", STUDY.goals)).sections[-1]
    assert [(q.text, q.added) for q in last.questions] == [
        ("Is there anything I should have asked but didn't?", True), ("How was this for you?", False)]


def test_a_guide_intro_is_used_and_not_repeated() -> None:
    own = ("## Before we start\n\nSay: thanks for joining; I'm on the research team and we want to "
           "understand how people plan meals. I'm not pitching anything, and there are no right "
           "or wrong answers.\n\nAny questions before we begin?\n\n## Meals\n"
           "- Tell me about the last meal you planned.\n")
    kit = build_kit(STUDY, parse_guide(own, "g.md"))
    intro = kit.intro
    assert intro.title == "Before we start" and not intro.added
    assert intro.lead[0].startswith("Say: thanks for joining")
    assert intro.script == []  # the guide's own intro is its approved wording: nothing slipped in
    assert [q.text for q in intro.questions][-1] == "Any questions before we begin?"  # the last thing said
    assert [s.title for s in kit.sections] == ["Before we start", "Warm-up", "Meals", "Closing"]
    bare = ("## Introduction\n\nKeep it under three minutes.\n\n## Meals\n"
            "- Tell me about the last meal you planned.\n")
    intro = build_kit(STUDY, parse_guide(bare, "g.md")).intro
    assert intro.lead == ["Keep it under three minutes."] and len(intro.script) == len(STANDARD_INTRO)
    joined = " ".join(intro.script).lower()
    assert "not selling" in joined and "no right or wrong" in joined


def test_an_introduction_section_full_of_questions_is_asked_not_said() -> None:
    text = ("## Participant introduction\n- What do you do for work?\n- How do you usually shop?\n"
            "- Who does the cooking at home?\n\n## Meals\n- Tell me about the last meal you planned.\n")
    kit = build_kit(STUDY, parse_guide(text, "g.md"))
    # with no warm-up of its own, the guide's questions about the person are the warm-up
    assert [s.title for s in kit.sections] == ["Intro", "Participant introduction", "Meals", "Closing"]
    assert [q.text for q in kit.sections[1].questions][:1] == ["What do you do for work?"]
    assert "What do you do for work?" not in [q.text for q in kit.intro.questions]
    # after a warm-up of its own, it is asked as a section
    both = "## Warm-up\n- How has your week been?\n\n" + text
    kit = build_kit(STUDY, parse_guide(both, "g.md"))
    assert [s.title for s in kit.sections] == ["Intro", "Warm-up", "Participant introduction", "Meals", "Closing"]


def test_a_part_titled_introduction_that_asks_about_the_person_is_the_warm_up() -> None:
    text = ("## Part A: Introduction and context (5 min)\n\n**A1.** Could you start by telling me about "
            "your household?\n\n**A2.** What brought you to the food bank?\n\n## Part B: Visits\n"
            "- Tell me about your last visit.\n")
    kit = build_kit(STUDY, parse_guide(text, "g.md"))
    assert [s.title for s in kit.sections] == ["Intro", "Part A: Introduction and context", "Part B: Visits",
                                               "Closing"]
    assert [q.text for q in kit.sections[1].questions] == [
        "Could you start by telling me about your household?", "What brought you to the food bank?"]
    assert not any("household" in q.text for q in kit.intro.questions)


def test_script_shapes_keep_the_timings_honest() -> None:
    # an "Opening" script is the intro; a notes-only section takes no interview time; a
    # "(5-7 min)" range counts as its upper end; a "---" rule is not a note
    text = ("## Opening\nThanks for joining; we want to learn how you plan meals. I'm not selling "
            "anything, and there are no right or wrong answers.\n\n---\n\n## Logistics\n- Record if they "
            "consent\n\n## First order (5-7 min)\n- Tell me about your first order.\n\n---\n")
    kit = build_kit(Study(title="Meals", slug="meals", goals=[]), parse_guide(text, "g.md"))
    assert kit.intro.title == "Opening" and kit.intro.lead[0].startswith("Thanks for joining")
    assert not any("---" in line for line in kit.intro.lead)
    by_title = {s.title: s for s in kit.sections}
    assert by_title["First order"].minutes == 7
    assert by_title["First order"].notes == []  # the rule is not kept as a note
    # notes before the first question are for before the call, ahead of the intro
    assert [(s.title, s.minutes, s.notes) for s in kit.before] == [("Logistics", 0, ["Record if they consent"])]
    md = render_markdown(kit)
    assert md.index("## Logistics\n") < md.index("## Opening") < md.index("## First order (")
    html = render_html(kit)
    assert html.index("<h2>Logistics</h2>") < html.index("<h2>Opening") < html.index("<h2>First order")


def test_a_parent_headings_minutes_are_shared_by_the_sections_under_it() -> None:
    # the time is on "### Shopping (10 minutes)", the questions under its sub-headings
    text = ("# Guide\n\n### Shopping (10 minutes)\nGoal: learn how they shop.\n\n#### Questions\n"
            "- Tell me about your last shop.\n- How did you pay?\n- What did you forget?\n\n"
            "#### Follow-up questions\n- Who else was there?\n- What happened next?\n\n"
            "### Paying (4 minutes)\n- How did you pay last time?\n\n## Tips\n- Ask for an example.\n")
    kit = build_kit(Study(title="Shop", slug="shop", goals=[]), parse_guide(text, "g.md"))
    minutes = {s.title: s.minutes for s in kit.sections}
    assert minutes.get("Shopping", 0) == 0 and minutes["Questions"] == 6 and minutes["Follow-up questions"] == 4
    assert minutes["Paying"] == 4 and "Tips" not in minutes  # advice for the interviewer takes no time
    assert [(s.title, s.notes) for s in kit.after] == [("Tips", ["Ask for an example."])]  # after the call
    md = render_markdown(kit)
    assert md.index("## Closing") < md.index("## Tips") < md.index("## Note-taker sheet")


def test_a_warm_up_whose_questions_sit_under_a_sub_heading_is_the_kits_warm_up() -> None:
    text = ("# Guide\n\n### Section 1: Warm-up (5 minutes)\n\n#### Questions\n"
            "- What do you do for a living?\n- How does a normal week look?\n\n"
            "### Section 2: Shopping (10 minutes)\n\n#### Questions\n- Tell me about your last shop.\n")
    kit = build_kit(Study(title="Shop", slug="shop", goals=[]), parse_guide(text, "g.md"))
    warm = kit.sections[1]
    assert warm.title == "Section 1: Warm-up" and warm.minutes == 5  # the guide's name for it
    assert [q.text for q in warm.questions] == ["What do you do for a living?", "How does a normal week look?"]
    assert sum(s.minutes for s in kit.sections if s.title == "Questions") == 10  # the shopping questions only


def test_a_guide_that_asks_for_consent_itself_is_not_asked_twice() -> None:
    asks = ("## Introduction\nThanks for joining; we want to learn how you shop.\n"
            "Is it okay if I record this for our notes?\n\n## Shopping\n- Tell me about your last shop.\n")
    kit = build_kit(STUDY, parse_guide(asks, "g.md"))
    assert [(q.text, q.added) for q in kit.intro.questions] == [("Is it okay if I record this for our notes?", False)]
    assert CONSENT not in render_markdown(kit) and CONSENT not in render_html(kit)

    def consent(text: str) -> list[str]:
        return [q.text for q in build_kit(STUDY, parse_guide(text, "g.md")).intro.questions if q.added]

    # an instruction to ask, or no word about it: the kit gives the words
    assert consent(asks.replace("Is it okay if I record this for our notes?", "Ask for consent to record.")) == [CONSENT]
    assert consent(asks.replace("Is it okay if I record this for our notes?\n", "")) == [CONSENT]
    told = asks.replace("Is it okay if I record this for our notes?",
                        "With your permission we'll record the call for our notes. Are you happy to go ahead?")
    assert consent(told) == []


BRANCHES = """\
# Commuting study

## Warm-up
- How do you usually get to work?

## Getting to work
We ask only one of the following question groups, the one for how the participant travels.

## Questions for cyclists (12 minutes)
- Tell me about your ride in this morning.
  - What happened next?
- Where do you leave your bike?

## Questions for bus riders (9 minutes)
- Tell me about your last bus journey to work.
  - What happened next?

### Paying the fare
- How did you pay for that journey?

## Questions for drivers
- Walk me through finding a parking space last week.
  - What happened next?

## Wrap-up
- Who else should we talk to?
"""


def test_alternative_sections_start_together_and_only_the_longest_takes_time() -> None:
    guide = parse_guide(BRANCHES, "branches.md")
    kit = build_kit(Study(title="Commute", slug="commute", goals=[]), guide)
    by_title = {s.title: s for s in kit.sections}
    starts = {by_title[t].start_minute for t in ("Questions for cyclists", "Questions for bus riders",
                                                 "Questions for drivers")}
    assert len(starts) == 1
    # the bus riders' set runs on into its sub-section; the closing comes after the longest set
    assert by_title["Paying the fare"].start_minute == by_title["Questions for bus riders"].start_minute + 9
    longest = max(by_title["Questions for cyclists"].minutes, 9 + by_title["Paying the fare"].minutes,
                  by_title["Questions for drivers"].minutes)
    assert by_title["Wrap-up"].start_minute == starts.pop() + longest
    assert by_title["Questions for drivers"].choice.startswith("Alternative 3 of 3")
    assert "**Alternative 1 of 3" in render_markdown(kit) and 'class="choice">Alternative 2 of 3' in render_html(kit)


def test_a_consent_section_at_the_end_stays_at_the_end() -> None:
    text = ("## Shopping\n- Tell me about your last shop.\n\n## Consent to use clips\n"
            "- Are you still happy for us to use a clip of this call?\n")
    kit = build_kit(STUDY, parse_guide(text, "g.md"))
    assert [s.title for s in kit.sections][-2:] == ["Consent to use clips", "Closing"]
    assert not any("clip" in q.text for q in kit.intro.questions)


def test_an_alternative_whose_questions_sit_under_sub_headings_runs_on_through_them() -> None:
    text = ("## Intro\nWe will ask only one of the following question groups.\n\n"
            "## Questions for riders\n### Getting on\n- Tell me about your last ride.\n- Where did you start?\n"
            "### Getting off\n- Where did you leave the bike?\n\n"
            "## Questions for walkers\n- Tell me about your last walk to work.\n")
    kit = build_kit(Study(title="Commute", slug="commute", goals=[]), parse_guide(text, "g.md"))
    by_title = {s.title: s for s in kit.sections}
    assert by_title["Getting off"].start_minute == by_title["Getting on"].start_minute + 6
    assert by_title["Questions for walkers"].start_minute == by_title["Getting on"].start_minute
    assert by_title["Getting on"].choice.startswith("Alternative 1 of 2")


def test_a_guide_intro_that_runs_the_consent_comes_before_the_warm_up_and_is_not_repeated() -> None:
    text = ("## Intro - 5 minutes\nThere are no right or wrong answers, and we will stop whenever you like.\n\n"
            "- Are you comfortable if I record the audio as we talk?\n- Are you okay with a note-taker joining us?\n"
            "- Are you comfortable if we use a clip of this call?\n\n"
            "## Warm-up\n- How did your week start?\n\n## The weekly shop\n- Tell me about your last shop.\n")
    kit = build_kit(STUDY, parse_guide(text, "g.md"))
    assert [s.title for s in kit.sections][:2] == ["Intro", "Warm-up"]
    assert kit.sections[0].minutes == 5 and not any(q.added for q in kit.intro.questions)
    assert not any("right or wrong" in line for line in kit.intro.script)  # the guide's own intro says it


def test_a_note_under_a_question_goes_with_it_into_the_kit() -> None:
    text = ("## Renewals\n- Why did you let your permit lapse?\n  - (Only if their record shows a lapse)\n"
            "  - What happened next?\n- Tell me about the last renewal.\n")
    kit = build_kit(STUDY, parse_guide(text, "g.md"))
    asked = next(s for s in kit.sections if s.title == "Renewals").questions[0]
    assert asked.notes == ["(Only if their record shows a lapse)"] and asked.followups == ["What happened next?"]
    md = render_markdown(kit)
    assert md.index("_(Only if their record shows a lapse)_") < md.index("  - What happened next?")
    assert '<li class="note">(Only if their record shows a lapse)</li><li>What happened next?' in render_html(kit)


def test_a_say_and_do_script_keeps_its_scenario_before_the_questions_and_its_notes_with_them() -> None:
    text = ("## Task 1 - Book a van (10 min)\n\n| SAY | DO |\n|---|---|\n"
            "| **Read aloud:** \"You are moving house on Saturday. Book a van.\" | Hand over the phone. |\n"
            "| What were you looking for on the map? | Only if they paused. |\n"
            "| How did you choose the size? | Probe: what told you it would fit? |\n")
    kit = build_kit(STUDY, parse_guide(text, "g.md"))
    task = next(s for s in kit.sections if s.title == "Task 1 - Book a van")
    assert task.lead == ['Read aloud: "You are moving house on Saturday. Book a van." \u2014 Hand over the phone.']
    assert [(q.text, q.notes) for q in task.questions] == [
        ("What were you looking for on the map?", ["Only if they paused."]), ("How did you choose the size?", [])]
    assert task.questions[1].followups == ["what told you it would fit?"]
    md = render_markdown(kit)
    assert md.index("You are moving house") < md.index("What were you looking for")
    html = render_html(kit)
    assert html.index("You are moving house") < html.index("What were you looking for")
    assert "SAY" not in md  # the header names the columns; it is not a note


def test_tracks_for_each_kind_of_participant_are_alternatives() -> None:
    text = ("# Allotment study\nLength: 30 minutes\n\n## Intro \u2014 3 min (all)\n"
            "- [ ] Say: *\"We're interested in how the plots really work, and there are no wrong answers.\"*\n"
            "- [ ] Say: *\"Is it OK if we record?\"*\n\n"
            "## Track P \u2014 Plot holders\n- [ ] Tell me about your plot.\n- [ ] What do you grow?\n\n"
            "## Track W \u2014 Waiting list\n- [ ] Tell me about joining the waiting list.\n\n"
            "## Everyone\n- [ ] What should the society change first?\n")
    guide = parse_guide(text, "g.md")
    assert guide.sections[0].minutes == 3 and guide.sections[0].title == "Intro (all)"
    kit = build_kit(STUDY, guide)
    by_title = {s.title: s for s in kit.sections}
    assert by_title["Track P \u2014 Plot holders"].start_minute == by_title["Track W \u2014 Waiting list"].start_minute
    assert by_title["Track W \u2014 Waiting list"].choice.startswith("Alternative 2 of 2")
    # the intro's words to say are said, and its own consent ask stands
    assert any("no wrong answers" in line for line in kit.intro.lead) and not any(q.added for q in kit.intro.questions)


# A guide written the way the testers wrote theirs: its own welcome, an opening about the person,
# its own goodbye, timed sections, a condition and a flagged question.
OWN_FRAME = """\
# Bike-share riders

Don't mention the price rise unless they raise it.

## Hello and recording (4 min)
- Thanks for joining us. Are you okay with us recording this call? Only the team hears it.
- Do you have any questions before we start?

## Your routine (6 min)
- Tell me a little about your week and how you get around.
- Which trips do you make most often?

## Riding (10 min)
- Walk me through the last ride you took with us.
  - What happened next?
- [only if they ride at night] How do you get home after dark?
- Wouldn't it be great if docks were closer to your home?
- How does the dock finder fit with your ParkNRide pass?

## Goodbye (5 min)
- Is there anything else you want to share with us?
- Thank them and send the voucher.
"""
FRAME_STUDY = Study(title="Bikes", slug="bikes", goals=[], planned_minutes=20)


def _frame_kit():  # noqa: ANN202
    return build_kit(FRAME_STUDY, parse_guide(OWN_FRAME.replace(
        "# Bike-share riders\n", "# Bike-share riders\nTheir words: ParkNRide\n"), "g.md"))


def test_the_kit_prints_every_question_as_the_guide_words_it() -> None:
    kit = _frame_kit()
    guide = parse_guide(OWN_FRAME, "g.md")
    written = {q.text for q in guide.questions}
    printed = [q for s in kit.sections for q in s.questions if not q.added]
    assert {q.text for q in printed} == written
    leading = next(q for q in printed if q.text.startswith("Wouldn't it be great"))
    assert leading.problem == "leading" and (leading.suggestion or leading.advice) not in (None, leading.text)
    # the study's own words ("Their words: ParkNRide") are not jargon in the kit either
    assert next(q for q in printed if "ParkNRide" in q.text).problem is None
    assert kit.flagged == 1 and kit.asked == len(written)
    md = render_markdown(kit)
    assert "- Wouldn't it be great if docks were closer to your home?\n  - _check: leading" in md
    assert "- How does the dock finder fit with your ParkNRide pass?\n" in md


def test_a_guides_own_opening_and_goodbye_are_used_instead_of_the_kits() -> None:
    kit = _frame_kit()
    assert [s.title for s in kit.sections] == ["Hello and recording", "Your routine", "Riding", "Goodbye"]
    assert not any(s.added for s in kit.sections)  # no stock intro, warm-up or closing section
    intro = kit.intro
    assert not any(q.added for q in intro.questions)  # it asks for consent itself
    assert intro.script == []  # it has its own words: the kit adds none of its script
    md = render_markdown(kit)
    # the guide's "any questions?" last, before the first topic
    assert md.index("Are you okay with us recording") \
        < md.index("Do you have any questions before we start?") < md.index("## Your routine")
    assert [q.text for q in kit.sections[-1].questions] == ["Is there anything else you want to share with us?"]


def test_the_kit_keeps_the_guides_minutes_and_says_when_it_runs_over_the_planned_length() -> None:
    kit = _frame_kit()
    assert [(s.start_minute, s.minutes) for s in kit.sections] == [(0, 4), (4, 6), (10, 10), (20, 5)]
    assert kit.total_minutes == 25 and kit.planned_minutes == 20
    assert len(kit.warnings) == 1 and "5 over the planned 20" in kit.warnings[0]
    md = render_markdown(kit)
    assert "About 25 minutes (planned: 20)." in md and "**Warning:**" in md
    assert "5 over the planned 20" in render_html(kit)
    # within its length, no warning
    assert build_kit(Study(title="B", slug="b", goals=[], planned_minutes=25), parse_guide(OWN_FRAME, "g.md")).warnings == []


def test_a_condition_in_brackets_is_printed_in_front_of_its_question() -> None:
    kit = _frame_kit()
    night = next(q for s in kit.sections for q in s.questions if "after dark" in q.text)
    assert night.condition == "[only if they ride at night]" and night.notes == []
    md = render_markdown(kit)
    assert "- _[only if they ride at night]_ How do you get home after dark?" in md
    assert '<span class="note">[only if they ride at night]</span> How do you get home after dark?' in render_html(kit)


def test_probes_for_any_answer_are_printed_once_and_check_ins_get_none() -> None:
    kit = _frame_kit()
    for s in (kit.sections[0], kit.sections[-1]):
        assert all(q.followups == [] for q in s.questions)
    suggested = [f for s in kit.sections for q in s.questions if q.suggested for f in q.followups]
    assert not set(suggested) & set(ANY_ANSWER_PROBES)
    assert set(ANY_ANSWER_PROBES) <= set(bank())  # the bank's own general probes
    md = render_markdown(kit)
    assert all(md.count(p) == 1 for p in ANY_ANSWER_PROBES)


def test_the_guides_words_before_its_first_section_are_kept_for_the_interviewer() -> None:
    notion = ("# Guide\n\nOwner: Sam\nStatus: Draft\n\n<aside>\n\U0001f4a1 Never name the competitor first.\n\n</aside>\n\n"
              "## Riding\n- Walk me through your last ride.\n")
    guide = parse_guide(notion, "g.md")
    assert guide.notes == ["\U0001f4a1 Never name the competitor first."]  # not the page's properties
    kit = build_kit(FRAME_STUDY, guide)
    assert kit.before[0].notes == guide.notes
    assert "- _\U0001f4a1 Never name the competitor first._" in render_markdown(kit)


def test_the_markdown_note_sheet_has_lines_for_participant_date_and_interviewer() -> None:
    md = render_markdown(_frame_kit())
    sheet = md[md.index("## Note-taker sheet"):]
    assert "Participant: ____" in sheet and "Date: ____" in sheet and "Interviewer: ____" in sheet


def test_the_studys_goals_are_printed_once_when_the_guide_lists_them_too() -> None:
    text = "## Research goals\n- Learn how riders plan trips\n\n## Riding\n- Walk me through your last ride.\n"
    study = Study(title="B", slug="b", goals=["Learn how riders plan trips"])
    md = render_markdown(build_kit(study, parse_guide(text, "g.md", study.goals)))
    assert md.count("Learn how riders plan trips") == 1


def test_a_labelled_note_for_the_interviewer_before_the_sections_is_kept_whole() -> None:
    # "Owner:" and "Status:" describe the page; a label that speaks to the interviewer, or a value
    # that goes on into a second sentence, is an instruction for the call and must reach the kit
    text = ("# Guide\n\nOwner: Sam\nStatus: Draft\n\n"
            "> Reminder for the moderator: never mention pricing. If they ask, say a colleague will follow up.\n\n"
            "> Moderator: Lee. Share the prototype link only after section 2.\n\n"
            "## Riding\n- Walk me through your last ride.\n")
    guide = parse_guide(text, "g.md")
    assert guide.notes == ["Reminder for the moderator: never mention pricing. If they ask, say a colleague "
                           "will follow up.", "Moderator: Lee. Share the prototype link only after section 2."]
    md = render_markdown(build_kit(FRAME_STUDY, guide))
    assert "never mention pricing" in md and "Share the prototype link only after section 2." in md


def test_a_condition_in_front_of_a_follow_up_stays_with_it() -> None:
    text = ("## Riding\n- Walk me through your last ride.\n"
            "  - [only if they rode at night] How did you get home?\n  - What happened next?\n")
    kit = build_kit(FRAME_STUDY, parse_guide(text, "g.md"))
    asked = next(q for s in kit.sections for q in s.questions if "last ride" in q.text)
    assert asked.followups == ["[only if they rode at night] How did you get home?", "What happened next?"]
    assert "  - [only if they rode at night] How did you get home?" in render_markdown(kit)


def test_a_backup_section_is_printed_in_place_but_untimed() -> None:
    text = ("## Riding (10 min)\n- Walk me through your last ride.\n\n"
            "## Backup questions (only if time allows)\n- What would you change?\n\n"
            "## Wrap-up (5 min)\n- Is there anything I should have asked?\n")
    kit = build_kit(FRAME_STUDY, parse_guide(text, "g.md"))
    spare = next(s for s in kit.sections if s.title.startswith("Backup"))
    wrap = kit.sections[-1]
    assert spare.optional and spare.minutes == 0
    assert wrap.start_minute == spare.start_minute  # the clock goes on as if it were skipped
    md = render_markdown(kit)
    assert "## Backup questions (only if time allows)\n_Only if there is time left" in md
    assert "Only if there is time left" in render_html(kit)


def test_a_guides_own_intro_gets_no_lines_slipped_in_and_its_recording_choice_stands() -> None:
    # a numbered "1. Opening" with a greeting, a no-recording promise and a question about the
    # person is the guide's intro and warm-up: the kit adds no intro, no recording ask, no warm-up
    text = ("## 1. Opening (5 min)\n"
            "1. Hello, I'm Ana from the library. Thanks for your time. Is now still a good time?\n"
            "2. I'll write notes but won't record anything. Is that alright?\n"
            "3. Can you tell me a little about yourself?\n\n"
            "## 2. Borrowing (10 min)\n4. Walk me through the last book you borrowed.\n   1. What happened next?\n")
    kit = build_kit(FRAME_STUDY, parse_guide(text, "g.md"))
    assert [s.title for s in kit.sections] == ["1. Opening", "2. Borrowing", "Closing"]
    assert kit.intro.script == [] and not any(q.added for q in kit.intro.questions)
    assert "record this conversation" not in render_markdown(kit)
    # "## 1. Intro — 3 min" with its own recording ask, written as a paragraph
    cc = ("## 1. Intro \u2014 3 min\nHi, I'm Sam. Thanks for making time. Can I record this so I can listen "
          "properly?\n\n## 2. Your last order \u2014 10 min\n1. Tell me about your last order.\n")
    kit = build_kit(FRAME_STUDY, parse_guide(cc, "g.md"))
    assert kit.sections[0].title == "1. Intro" and not kit.sections[0].added
    assert [s.title for s in kit.sections].count("Intro") == 0
    assert not any(q.added for q in kit.intro.questions)


def test_the_kits_intro_lines_are_marked_when_they_go_into_a_guides_own_intro_section() -> None:
    bare = "## Introduction\n\nKeep it short.\n\n## Meals\n- Tell me about the last meal you planned.\n"
    kit = build_kit(STUDY, parse_guide(bare, "g.md"))
    assert kit.intro.script and not kit.intro.added
    md = render_markdown(kit)
    assert all(f"- {line} _(added by the kit)_" in md for line in kit.intro.script)
    assert render_html(kit).count("(added by the kit)") >= len(kit.intro.script)


def test_every_problem_the_check_finds_is_named_and_advice_is_not_quoted_as_words_to_say() -> None:
    text = ("## Learning\n- How helpful do you find the SRS and the flashcards in the LMS?\n"
            "- What's the onboarding UX like vs. the old CRM?\n")
    kit = build_kit(FRAME_STUDY, parse_guide(text, "g.md"))
    several, advised = next(s for s in kit.sections if s.title == "Learning").questions
    # more than one problem: the first is the verdict, the others are named too, the term included
    assert several.also and any(a.startswith("jargon \u201c") for a in several.also)
    md = render_markdown(kit)
    assert f"check: {several.problem} (also {', '.join(several.also)})" in md
    # the check's advice (no wording to offer) reads as advice: unquoted, not a "suggestion"
    assert advised.suggestion is None and advised.advice
    note = next(line for line in md.splitlines() if advised.advice in line)
    assert "suggestion" not in note and "\u201c" + advised.advice not in note


def test_the_kit_title_does_not_say_guide_after_saying_kit() -> None:
    guide = parse_guide("# Interview guide: How couriers plan their week\n\n## Work\n- Tell me about your last shift.\n",
                        "g.md")
    assert build_kit(STUDY, guide).title == "How couriers plan their week"
    assert build_kit(STUDY, parse_guide("# Guide to nothing\n\n## Work\n- Tell me about it.\n", "g.md")).title \
        == "Guide to nothing"


# A guide written in another language names the parts of the call in its own words; the kit
# must recognise them and keep every section where the guide put it.
GUIA_PT = """\
# Roteiro: renovação do seguro

## 1. Boas-vindas e consentimento (2 min)
- Olá, sou a Rita, da equipa de clientes. Obrigada por falar connosco.
- May we record this call for our notes?

## 2. Aquecimento (4 min)
- Tell me about the household the policy covers.

## 3. The last renewal (10 min)
- Walk me through how you renewed the policy last year.
  - What did you do first?

## 4. Encerramento (3 min)
- Is there anything else we should have asked you?

## Perguntas opcionais (se houver tempo)
- How do you keep track of the renewal date?
"""


def test_a_guide_in_another_language_keeps_its_own_intro_closing_and_order():
    kit = build_kit(Study(title="Renovação", slug="renovacao", goals=[]), parse_guide(GUIA_PT, "guia.md"))
    # the guide's sections in its order, the backup list after the closing as written, nothing added
    assert [s.title for s in kit.sections] == ["1. Boas-vindas e consentimento", "2. Aquecimento",
                                               "3. The last renewal", "4. Encerramento",
                                               "Perguntas opcionais (se houver tempo)"]
    assert not any(s.added for s in kit.sections)
    assert not any(q.text == CONSENT for s in kit.sections for q in s.questions)  # the guide asks already
    assert kit.sections[-1].optional and kit.sections[-1].minutes == 0
    assert kit.total_minutes == 19


def test_a_backup_list_after_the_wrap_up_stays_after_it():
    guide = parse_guide(GUIDE + "\n## Spare questions (if time allows)\n- How do you split the bill?\n", "g.md")
    kit = build_kit(STUDY, guide)
    assert [s.title for s in kit.sections][-2:] == ["Wrap-up", "Spare questions (if time allows)"]


def test_the_check_note_names_every_jargon_term():
    guide = parse_guide("## Admin\n- What do you think about the SAML setup and the SCIM sync?\n", "g.md")
    kit = build_kit(STUDY, guide)
    q = next(q for s in kit.sections for q in s.questions if "SAML" in q.text)
    note = " ".join([q.problem or ""] + q.also)
    assert "\u201cSAML\u201d" in note and "\u201cSCIM\u201d" in note


def test_the_guides_own_research_questions_and_labelled_prompts_are_kept():
    guide = parse_guide("""\
## Research questions
- Q1: How do tenants choose a flat?
- Q2: What role do letting agents play?

## Finding a flat
- Tell me about how you found the flat you live in now.
  - What did you look at first?
  - Prompt: portals, friends, agents, notice boards
""", "g.md")
    kit = build_kit(Study(title="Flats", slug="flats", goals=["How tenants choose a flat"]), guide)
    listed = next(s for s in kit.before if s.title == "Research questions")
    assert any("letting agents" in n for n in listed.notes)  # a question the study's goals leave out
    q = next(q for s in kit.sections for q in s.questions if q.text.startswith("Tell me about how"))
    md = render_markdown(kit)
    # the prompt keeps its label and its place after the probe it was written under
    assert md.index("What did you look at first?") < md.index("Prompt: portals, friends, agents")
    assert q.later_notes == ["Prompt: portals, friends, agents, notice boards"]


def test_a_note_that_the_call_is_not_recorded_and_a_wrapping_up_section() -> None:
    guide = parse_guide("# Permits\n\n> Note to interviewer: phone calls, 40 mins. We are NOT recording; type notes up.\n\n"
                        "## Your permit (30 mins)\n- Tell me about the last time you renewed your permit.\n"
                        "  - What happened next?\n\n## Wrapping up (5 mins)\n- Is there anything else you'd like to tell me?\n",
                        "g.md")
    kit = build_kit(STUDY, guide)
    asked = [q.text for s in kit.sections for q in s.questions]
    assert not any("record" in t.lower() for t in asked), asked
    assert kit.sections[-1].title == "Wrapping up" and not kit.sections[-1].added


def test_a_list_item_that_asks_nothing_stays_where_the_guide_put_it():
    guide = parse_guide("""\
## Prices (10 min)
- What did you pay for your last ticket?
  - How did you pay?
- Hand over the card with the three prices.
- Which of these did you notice first, and why?
  - What else caught your eye?
- Thank them and take the card back.
""", "g.md")
    kit = build_kit(STUDY, guide)
    prices = next(s for s in kit.sections if s.title == "Prices")
    assert [q.text for q in prices.questions][:2] == ["What did you pay for your last ticket?",
                                                      "Which of these did you notice first, and why?"]
    assert prices.questions[1].before == ["Hand over the card with the three prices."]
    assert prices.notes == ["Thank them and take the card back."]
    for text in (render_markdown(kit), render_html(kit)):
        assert text.index("How did you pay?") < text.index("Hand over the card") < text.index("Which of these") \
            < text.index("Thank them and take")


# A guide whose questions are in its own language too: its intro asks consent and takes
# questions in Portuguese or Polish, its closing hands the floor over in its words; the kit
# adds none of its English lines around them.
ROTEIRO_ACADEMIA = """\
# Roteiro: alunos da academia

## Introdução (5 min)
- Olá! Obrigado por vir. Podemos gravar a conversa só para uso da equipe?
- Antes de começarmos, tem alguma dúvida?
- Me conta um pouco sobre você e a sua rotina de treinos.

## O último treino (20 min)
- Pensando no seu último treino: me conta como foi, do começo ao fim.
  - O que aconteceu depois?

## Encerramento (5 min)
- Tem algo que eu não perguntei e que você gostaria de contar?
- Obrigado pelo seu tempo.
"""

PRZEWODNIK_PIEKARNIA = """\
# Przewodnik: klienci piekarni

## Wstęp i zgoda (5 min)
- Dzień dobry, dziękuję za poświęcony czas. Czy mogę nagrywać naszą rozmowę?
- Proszę opowiedzieć o sobie i o swojej pracy.
- Jak często robi Pani zakupy w naszej piekarni?

## Ostatnie zakupy (20 min)
- Proszę opowiedzieć o swoich ostatnich zakupach.
  - Co było potem?

## Zakończenie (5 min)
- Czy jest coś, o co nie zapytałam, a co warto wiedzieć?
"""


@pytest.mark.parametrize("text, intro, closing", [
    (ROTEIRO_ACADEMIA, "Introdução", "Encerramento"),
    (PRZEWODNIK_PIEKARNIA, "Wstęp i zgoda", "Zakończenie"),
])
def test_a_guide_in_another_language_has_its_own_intro_consent_and_closing_prompt(text, intro, closing):
    kit = build_kit(Study(title="Estudo", slug="estudo", goals=[]), parse_guide(text, "g.md"))
    assert [s.title for s in kit.sections][0] == intro and kit.sections[-1].title == closing
    assert not any(s.added for s in kit.sections)
    added = [q.text for s in kit.sections for q in s.questions if q.added]
    assert added == [] and not kit.sections[0].script
    # the ask that opens the topic is asked there, not moved to the section's notes
    topic = kit.sections[1]
    assert topic.questions[0].followups and not topic.notes


def test_the_guides_intro_script_is_printed_as_words_to_say_and_its_notes_as_notes():
    guide = parse_guide("""\
## Introduction (3 min)
Hi, I'm Sam from the library team. Thanks for talking to us; Jo is here to take notes.

Welcome the participant and check their camera works.
- Is it okay if we record this call?

## Borrowing (10 min)
- Tell me about the last book you borrowed.
  - What happened next?
""", "g.md")
    kit = build_kit(STUDY, guide)
    intro = kit.sections[0]
    script = "Hi, I'm Sam from the library team. Thanks for talking to us; Jo is here to take notes."
    note = "Welcome the participant and check their camera works."
    assert intro.lead == [script, note] and intro.said == [script]
    md = render_markdown(kit)
    assert f"- {script}\n" in md and f"- _{note}_" in md
    html = render_html(kit)
    assert f"<li>{script.replace(chr(39), '&#39;')}</li>" in html and f'<li class="note">{note}</li>' in html


def test_a_warm_up_keeps_its_goal_and_a_consent_confirmation_is_the_intro() -> None:
    text = ("## 1. Introduction and consent (5 min)\n"
            "- Thanks for joining. Before we start, can I check that you have read the information sheet and "
            "that you are happy for the call to be recorded?\n"
            "## 2. Your background (5 min)\nGoal: 1\n"
            "- Could you tell me a little about how your household plans its food shopping?\n"
            "## 3. Last shop (15 min)\n- Tell me about your last weekly shop.\n")
    kit = build_kit(STUDY, parse_guide(text, "g.md", STUDY.goals))
    assert [s.title for s in kit.sections][:3] == ["1. Introduction and consent", "2. Your background", "3. Last shop"]
    assert kit.sections[1].goal == STUDY.goals[0]
    assert not any(q.added and "record" in q.text for s in kit.sections for q in s.questions)
    assert kit.sections[0].questions[0].problem is None


# A guide written in German, timed in its own abbreviation, its warm-up called "Einstieg"
LEITFADEN_BAECKEREI = """\
# Leitfaden: Bäckereikunden

## 1. Begrüßung und Einwilligung (3 Min.)
- Ist es in Ordnung, wenn wir das Gespräch aufzeichnen?

## 2. Einstieg: Ihr Alltag (5 Min.)
- Erzählen Sie mir bitte von Ihrer Rolle im Familienbetrieb.

## 3. Der letzte Einkauf (20 Min.)
- Erzählen Sie mir von Ihrem letzten Einkauf bei uns.
  - Was ist danach passiert?

## 4. Abschluss (5 Min.)
- Gibt es etwas, das ich nicht gefragt habe?
"""


def test_a_german_guide_keeps_its_own_warm_up_and_minutes_and_gets_nothing_in_english() -> None:
    kit = build_kit(Study(title="Bäckerei", slug="b", goals=[], planned_minutes=33),
                    parse_guide(LEITFADEN_BAECKEREI, "leitfaden.md"))
    assert [(s.title, s.start_minute, s.minutes) for s in kit.sections] == [
        ("1. Begrüßung und Einwilligung", 0, 3), ("2. Einstieg: Ihr Alltag", 3, 5),
        ("3. Der letzte Einkauf", 8, 20), ("4. Abschluss", 28, 5)]
    assert not any(s.added for s in kit.sections) and not kit.warnings
    md = render_markdown(kit)
    assert "(3 Min.)" not in md and "Warm-up" not in md and "Probes for any answer" not in md
    assert kit.notices and "in German" in kit.notices[0] and "not checked" in kit.notices[0]


# A guide in Spanish with no intro, warm-up or closing of its own
GUIA_TALLER = """\
## El último arreglo (15 min)
- Cuénteme de la última vez que llevó la bicicleta al taller.
  - ¿Qué pasó después?
- ¿Cómo eligió el taller?

## Los precios (10 min)
- ¿Cuánto pagó la última vez?
"""


def test_a_guide_in_another_language_gets_notes_to_the_interviewer_not_english_lines() -> None:
    kit = build_kit(Study(title="Taller", slug="t", goals=[], planned_minutes=40), parse_guide(GUIA_TALLER, "g.md"))
    added = [q.text for s in kit.sections for q in s.questions if q.added]
    assert added == [] and not any(s.script for s in kit.sections) and kit.probes == ()
    assert "Warm-up" not in [s.title for s in kit.sections]  # not timed for, and not asked in English
    intro, closing = kit.sections[0], kit.sections[-1]
    assert intro.added and "consent to record" in " ".join(intro.kit_notes)
    assert any("warm-up" in n for n in intro.kit_notes)
    assert closing.added and not closing.questions and any("should have asked" in n for n in closing.notes)
    for text in (render_markdown(kit), render_html(kit)):
        assert CONSENT not in text and not any(line in text for line, _made in STANDARD_INTRO)
        assert "in Spanish" in text
    # a guide in English still gets the kit's lines
    english = build_kit(Study(title="Shop", slug="s", goals=[], planned_minutes=40),
                        parse_guide("## Repairs (15 min)\n- Tell me about the last repair you had done.\n"
                                    "  - What happened next?\n", "g.md"))
    assert any(q.text == CONSENT for q in english.intro.questions) and english.probes and not english.notices


def test_a_question_left_in_another_language_is_marked_not_checked_in_the_kit() -> None:
    guide = parse_guide("## Renting (10 min)\n- Tell me about the last flat you rented.\n  - What happened next?\n"
                        "- Wie haben Sie die Wohnung gefunden, und was war dabei schwierig?\n", "g.md")
    kit = build_kit(STUDY, guide)
    marked = [q.text for s in kit.sections for q in s.questions if q.unchecked]
    assert marked == ["Wie haben Sie die Wohnung gefunden, und was war dabei schwierig?"]
    md = render_markdown(kit)
    assert md.index("Wie haben Sie") < md.index("not checked (not in English)") < md.index("## Closing")
    assert md.count("not checked (not in English)") == 1
    assert "not checked (not in English)" in render_html(kit)


def test_a_guides_goals_in_nearly_the_studys_words_are_printed_once() -> None:
    study = Study(title="Gym", slug="gym", goals=["Why do members on a trial pass not join?",
                                                  "How do regulars fit the gym into their week?"])
    same = ("## Goals\n- Understand why trial-pass members don't join\n- Learn how regulars fit the gym into their week\n\n"
            "## Joining (10 min)\n- Tell me about the day you first came in.\n  - What happened next?\n")
    kit = build_kit(study, parse_guide(same, "g.md"))
    assert "Goals" not in [s.title for s in kit.before]
    assert render_markdown(kit).count("fit the gym into their week") == 1
    # a list that says more than the study's goals is the guide's to print
    more = same.replace("- Learn how regulars", "- Learn how regulars on night shifts, after the price rise in March,")
    kit = build_kit(study, parse_guide(more, "g.md"))
    assert "Goals" in [s.title for s in kit.before]


def test_the_kit_prints_the_guides_own_numbers_for_the_note_taker() -> None:
    guide = parse_guide("## Ordering\n1. Tell me about your last order.\n   a. What happened next?\n"
                        "2. What got in the way?\n- Anything else about ordering?\n", "g.md")
    kit = build_kit(STUDY, guide)
    md = render_markdown(kit)
    assert "- **1.** Tell me about your last order." in md and "  - a. What happened next?" in md
    assert "- **2.** What got in the way?" in md and "- Anything else about ordering?" in md
    html = render_html(kit)
    assert '<span class="num">1.</span> Tell me about your last order.' in html
    assert "<li>a. What happened next?" in html


# A French guide whose consent ask puts the pronoun after the verb ("Acceptez-vous…"), whose
# opening asks who the person is, whose closing asks what was not talked about and ends on a
# spoken thank-you: the kit finds each of them and adds no note of its own
GUIDE_MEDIATHEQUE = """\
# Guide : usagers de la médiathèque

## Accueil (5 min)
- Acceptez-vous que j'enregistre la conversation ? Elle reste dans l'équipe.
- Pour démarrer, pouvez-vous me dire qui vous êtes et ce que vous empruntez en général ?

## Le dernier emprunt (15 min)
- Racontez-moi la dernière fois que vous avez emprunté un livre.
  - Que s'est-il passé ensuite ?

## Fin (5 min)
- Y a-t-il un sujet dont nous n'avons pas parlé et que vous voudriez aborder ?

Merci pour votre temps, et bonne lecture.
"""

# the same parts in Swedish and in Portuguese (an enclitic pronoun: "Importa-se que eu grave…?")
GUIDE_SIMHALL = """\
## Välkommen (5 min)
- Går det bra att jag spelar in samtalet?
- Kan du berätta vem du är och hur ofta du simmar?

## Senaste besöket (15 min)
- Berätta om ditt senaste besök i simhallen.
  - Vad hände sedan?

## Avslutning (5 min)
- Finns det något mer du vill tillägga?
"""

ROTEIRO_FEIRA = """\
## Boas-vindas (5 min)
- Importa-se que eu grave a conversa? Fica só com a equipe.
- Me conta um pouco sobre você e a sua rotina de compras.

## A última feira (15 min)
- Me conta como foi a sua última ida à feira.
  - O que aconteceu depois?

## Encerramento (5 min)
- Tem algo que não falamos e que você queira comentar?
"""


@pytest.mark.parametrize("text", [GUIDE_MEDIATHEQUE, GUIDE_SIMHALL, ROTEIRO_FEIRA])
def test_a_guide_in_another_language_asking_consent_warm_up_and_closing_in_its_words_gets_no_kit_notes(text):
    kit = build_kit(Study(title="Étude", slug="etude", goals=[]), parse_guide(text, "g.md"))
    assert [n for s in kit.sections for n in s.kit_notes] == []
    assert not any(s.added for s in kit.sections)
    md = render_markdown(kit)
    assert "(added by the kit)" not in md and "Added by the kit" not in md


def test_a_closing_thank_you_is_printed_as_words_to_say():
    kit = build_kit(Study(title="Étude", slug="etude", goals=[]), parse_guide(GUIDE_MEDIATHEQUE, "g.md"))
    thanks = "Merci pour votre temps, et bonne lecture."
    assert kit.sections[-1].said == [thanks]
    assert f"- {thanks}\n" in render_markdown(kit)
    assert f"<li>{thanks}</li>" in render_html(kit)
    # an instruction to the interviewer in the closing stays a note
    english = build_kit(STUDY, parse_guide(GUIDE.replace("- Thank them and stop the recording.\n",
                                                         "\nThank them and stop the recording.\n"), "g.md"))
    assert english.sections[-1].said == []


def test_the_html_kit_declares_the_guides_language_and_marks_its_english_sentences_english():
    html = render_html(build_kit(Study(title="Étude", slug="etude", goals=["Comprendre les emprunts"]),
                                 parse_guide(GUIDE_MEDIATHEQUE, "g.md")))
    assert '<html lang="fr">' in html
    # its labels are French, in the page's language; its notice, an English sentence, says it is English
    assert '<section class="sheet-page">' in html and "<span>Kit d&#39;entretien :</span>" in html
    assert '<p class="meta" lang="en"><strong>Note:</strong>' in html
    assert '<html lang="de">' in render_html(build_kit(Study(title="B", slug="b", goals=[]),
                                                       parse_guide(LEITFADEN_BAECKEREI, "g.md")))


@pytest.mark.parametrize(("guide", "lang"), [
    ("## 暖身（5分鐘）\n- 請您簡單介紹一下自己。\n- 您平常在哪裡買菜？\n", "zh-Hant"),
    ("## 热身（5分钟）\n- 请您简单介绍一下自己。\n- 您平时在哪里买菜？\n", "zh-Hans"),
    ("## はじめに（5分）\n- 普段どこで買い物をしていますか？\n- 最近の注文について教えてください。\n", "ja"),
    ("## 도입 (5분)\n- 평소에 어디에서 장을 보시나요?\n- 최근 주문에 대해 말씀해 주세요.\n", "ko"),
])
def test_the_html_kit_of_a_chinese_japanese_or_korean_guide_declares_its_language(guide: str, lang: str):
    html = render_html(build_kit(Study(title="S", slug="s", goals=[]), parse_guide(guide, "g.md")))
    assert f'<html lang="{lang}">' in html
    english = render_html(build_kit(STUDY, parse_guide(GUIDE, "g.md")))
    assert '<html lang="en">' in english and 'lang="en"' not in english.split("<html", 1)[1].split(">", 1)[1]


def test_a_guides_aim_above_its_sections_is_printed_whole_or_once():
    text = ("Objectif : comprendre comment les usagers réservent un livre\n"
            "et pourquoi certains passent au comptoir.\n\n" + GUIDE_MEDIATHEQUE.split("\n", 2)[2])
    guide = parse_guide(text, "g.md")
    other = build_kit(Study(title="Étude", slug="etude", goals=["Comprendre les horaires d'ouverture"]), guide)
    md = render_markdown(other)
    assert ("- _Objectif : comprendre comment les usagers réservent un livre et pourquoi certains passent au "
            "comptoir._") in md
    assert "- _et pourquoi" not in md
    # the study's goals say it already: printed once, under "Research goals"
    same = build_kit(Study(title="Étude", slug="etude", goals=["Comprendre comment les usagers réservent un livre",
                                                               "Pourquoi certains passent au comptoir ?"]), guide)
    assert not same.before


def test_a_guides_goals_list_with_one_more_prints_only_the_one_more_under_its_heading() -> None:
    study = Study(title="Library", slug="lib", goals=["Learn how members choose a book",
                                                      "Understand why members stop borrowing"])
    text = ("## Goals\n- Learn how members choose a book\n- Understand why members stop borrowing\n"
            "- Find out what members expect from story time\n\n"
            "## Choosing (10 min)\n- Tell me about the last book you borrowed.\n  - What happened next?\n")
    kit = build_kit(study, parse_guide(text, "g.md", study.goals))
    listed = next(s for s in kit.before if s.title == "Goals")
    assert listed.notes == ["Find out what members expect from story time"]
    md = render_markdown(kit)
    assert md.count("Learn how members choose a book") == 1
    assert md.count("Understand why members stop borrowing") == 1


def test_a_thank_you_written_as_the_closings_last_item_is_printed_as_words_to_say() -> None:
    text = ("## Choosing (10 min)\n- Tell me about the last book you borrowed.\n  - What happened next?\n\n"
            "## Wrap-up (5 min)\n- What should I have asked that I didn't?\n"
            "- Thanks a lot. We'll post your gift card this week.\n- Stop the recording.\n")
    kit = build_kit(Study(title="Library", slug="lib", goals=[]), parse_guide(text, "g.md"))
    md = render_markdown(kit)
    assert "\n- Thanks a lot. We'll post your gift card this week.\n" in md
    assert "\n- _Stop the recording._\n" in md  # an instruction stays a note
    html = render_html(kit)
    assert "<li>Thanks a lot. We&#39;ll post your gift card this week.</li>" in html


# A guide in Danish, a language the kit has no labels in (nor can it tell it from Norwegian)
GUIDE_BIBLIOTEK = """\
## Det sidste lån (15 min)
- Hvordan fandt du den bog, du lånte sidst?
  - Hvad skete der så?
- Hvorfor valgte du den?
"""


def test_a_kit_for_a_guide_in_german_has_its_labels_in_german() -> None:
    kit = build_kit(Study(title="Bäckerei", slug="b", goals=["Verstehen, wie Kunden bestellen"], planned_minutes=40),
                    parse_guide(LEITFADEN_BAECKEREI.replace("\n", "\n\n> Hinweis: Bitte keine Preise nennen.\n", 1),
                                "g.md"))
    md = render_markdown(kit)
    assert md.startswith("# Interview-Kit: ")
    assert "Etwa 33 Minuten (geplant: 40). Studie: `b`." in md
    assert "**Forschungsziele**" in md and "## Hinweise für die Interviewführung" in md
    assert "## Protokollbogen" in md and "Teilnehmer/in: ____" in md and "| Zeit | Zitat | Beobachtung |" in md
    for english in ("Research goals", "Notes for the interviewer", "Note-taker sheet", "Participant:",
                    "| Time |", "About 33 minutes"):
        assert english not in md
    html = render_html(kit)
    assert '<html lang="de">' in html and "<h2>Protokollbogen</h2>" in html and "<th>Beobachtung</th>" in html


def test_the_kits_own_sections_and_notes_are_named_in_the_guides_language() -> None:
    kit = build_kit(Study(title="Taller", slug="t", goals=[]), parse_guide(GUIA_TALLER, "g.md"))
    assert kit.sections[0].title == "Introducción" and kit.sections[-1].title == "Cierre"
    # the added closing's notes are the kit's English sentences, marked so on the Spanish page
    assert '<li class="note" lang="en">Thank them, say what happens next' in render_html(kit)
    # a guide with an intro of its own that asks no consent: the kit's note for it is marked as added
    own = "## Bienvenida (5 min)\nHola, soy Ana. Gracias por venir.\n- ¿Alguna pregunta antes de empezar?\n\n"
    kit = build_kit(Study(title="Taller", slug="t", goals=[]), parse_guide(own + GUIA_TALLER, "g.md"))
    assert kit.intro.title == "Bienvenida" and kit.intro.kit_notes
    md = render_markdown(kit)
    # the kit's note to the interviewer stays English (a sentence), its mark "added" is Spanish
    assert "_(añadido por el kit)_" in md and "(added by the kit)" not in md
    html = render_html(kit)
    assert '<span class="probe" lang="es">(añadido por el kit)</span>' in html


def test_a_kit_for_a_guide_in_a_language_without_labels_keeps_them_english_and_says_so() -> None:
    kit = build_kit(Study(title="Bibliotek", slug="bib", goals=[]), parse_guide(GUIDE_BIBLIOTEK, "g.md"))
    assert kit.lang is None
    md = render_markdown(kit)
    assert "## Note-taker sheet" in md and "| Time | Quote | Observation |" in md
    html = render_html(kit)
    assert '<section class="sheet-page" lang="en">' in html and '<span lang="en">Interview kit:</span>' in html


def test_every_language_the_kit_names_has_every_label() -> None:
    from dataclasses import fields
    from listenwell.report.kit import _LANGUAGE_TAGS
    from listenwell.report.kit_labels import LABELS
    # (Croatian: a Serbian-tagged guide's words; Danish and Norwegian: a "Norwegian or Danish" guide's words)
    assert set(_LANGUAGE_TAGS.values()) | {"en", "hr", "da", "nb"} == set(LABELS)
    for labels in LABELS.values():
        assert all(getattr(labels, f.name) for f in fields(labels))
        assert "{n}" in labels.about and "{n}" in labels.planned and len(labels.note_columns) == 3


@pytest.mark.parametrize("title", ["Leitfaden: Bäckereikunden", "Guide d'entretien : Bäckereikunden",
                                   "Guía de entrevista – Bäckereikunden", "Roteiro: Bäckereikunden",
                                   "Intervjuguide: Bäckereikunden"])
def test_the_kits_heading_leaves_out_the_word_for_a_guide_in_the_guides_language(title: str) -> None:
    guide = parse_guide(LEITFADEN_BAECKEREI.replace("Leitfaden: Bäckereikunden", title), "g.md")
    assert build_kit(Study(title="B", slug="b", goals=[]), guide).title == "Bäckereikunden"


def test_a_japanese_guide_with_its_own_intro_consent_and_closing_gets_no_sections_added() -> None:
    guide = parse_guide("## 1. はじめに・同意確認（5分）\n- 録画させていただいてもよろしいでしょうか？\n"
                        "## 2. 業務について（15分）\n- 普段の流れを教えてください。\n  - そのあと、どうなりましたか？\n"
                        "## 3. クロージング（5分）\n- 他に何かありますか？\n", "ガイド.md")
    md = render_markdown(build_kit(STUDY, guide))
    assert "## Intro" not in md and "## Closing" not in md and "asks no consent" not in md
    assert "## 2. 業務について (5–20 min)" in md


# An intro and a closing written as words to say in the guide's own language: a greeting, the
# speaker's name or thanks opens them, as "Hi, I'm Sam…" does in English (our own made-up guides)
_SPOKEN_IN_OTHER_LANGUAGES = [
    ("## 1. Welkom (5 min)\n\nLeuk dat je er bent. Ik ben Joost van de bibliotheek.\n\n"
     "Heet de deelnemer welkom en zet de camera aan.\n\n- Mag ik dit gesprek opnemen?\n\n"
     "## 2. Lenen (10 min)\n- Vertel eens over het laatste boek dat je hebt geleend.\n\n"
     "## 3. Afsluiting (3 min)\n- Is er nog iets dat je wilt toevoegen?\n- Bedankt voor je tijd, en veel leesplezier!\n",
     "Leuk dat je er bent. Ik ben Joost van de bibliotheek.", "Heet de deelnemer welkom en zet de camera aan.",
     "Bedankt voor je tijd, en veel leesplezier!"),
    ("## 1. Einleitung (5 Min.)\n\nSchön, dass Sie da sind. Ich bin Lena und arbeite in der Bücherei.\n\n"
     "Teilnehmerin begrüßen, Kamera prüfen.\n\n- Darf ich das Gespräch aufnehmen?\n\n"
     "## 2. Ausleihen (10 Min.)\n- Erzählen Sie mir von dem letzten Buch, das Sie ausgeliehen haben.\n\n"
     "## 3. Abschluss (3 Min.)\n- Möchten Sie noch etwas ergänzen?\n- Vielen Dank für Ihre Zeit!\n",
     "Schön, dass Sie da sind. Ich bin Lena und arbeite in der Bücherei.", "Teilnehmerin begrüßen, Kamera prüfen.",
     "Vielen Dank für Ihre Zeit!"),
    ("## 1. はじめに（5分）\n\n- 本日はお時間をいただき、ありがとうございます。図書館の佐藤です。\n"
     "- 参加者にありがとうと伝え、カメラを確認する。\n- 録音してもよろしいでしょうか？\n\n"
     "## 2. 貸出について（10分）\n- 最近借りた本について教えてください。\n\n"
     "## 3. クロージング（3分）\n- 最後に、他に何か伝えておきたいことはありますか？\n"
     "- 本日は誠にありがとうございました。\n",
     "本日はお時間をいただき、ありがとうございます。図書館の佐藤です。", "参加者にありがとうと伝え、カメラを確認する。",
     "本日は誠にありがとうございました。"),
]


@pytest.mark.parametrize("text, spoken, note, thanks", _SPOKEN_IN_OTHER_LANGUAGES, ids=["nl", "de", "ja"])
def test_an_intro_and_a_thank_you_written_as_speech_in_another_language_are_words_to_say(text, spoken, note, thanks):
    kit = build_kit(Study(title="Bib", slug="bib", goals=[]), parse_guide(text, "g.md"))
    intro, closing = kit.sections[0], kit.sections[-1]
    assert not intro.added and spoken in intro.lead and note in intro.lead
    assert intro.said == [spoken]  # the note about the participant stays a note
    assert closing.said == [thanks]
    md = render_markdown(kit)
    assert f"- {spoken}\n" in md and f"- _{note}_\n" in md and f"- {thanks}\n" in md


def test_a_closing_that_hands_the_floor_over_in_japanese_gets_no_note_asking_for_it():
    text = ("## 1. 貸出について（10分）\n- 最近借りた本について教えてください。\n\n"
            "## 2. クロージング（3分）\n- 最後に、他に何か伝えておきたいことはありますか？\n- 本日はありがとうございました。\n")
    kit = build_kit(Study(title="Bib", slug="bib", goals=[]), parse_guide(text, "g.md"))
    closing = kit.sections[-1]
    assert closing.title.startswith("2. クロージング") and not closing.added
    assert closing.kit_notes == []
    assert "anything you should have asked" not in render_markdown(kit)


def test_an_intro_tied_to_a_goal_shows_it_as_the_other_sections_do():
    text = ("## 1. Hello and consent (5 min)\nGoal: 2\n- Hi, is it okay if I record our chat?\n- Any questions before we start?\n\n"
            "## 2. Borrowing (10 min)\nGoal: 1\n- Tell me about the last book you borrowed.\n\n"
            "## 3. Wrap-up (3 min)\nGoal: 2\n- What should I have asked that I didn't?\n")
    study = Study(title="Lib", slug="lib", goals=["Learn how people borrow", "Learn what they expect of a first visit"])
    kit = build_kit(study, parse_guide(text, "g.md", study.goals))
    intro = kit.sections[0]
    assert intro.title == "1. Hello and consent" and not intro.added
    assert intro.goal == "Learn what they expect of a first visit"
    assert kit.sections[-1].title == "3. Wrap-up" and kit.sections[-1].goal == intro.goal
    md = render_markdown(kit)
    assert "_Goal: Learn what they expect of a first visit_" in md and "_Goal: Learn how people borrow_" in md


def test_a_note_written_after_the_last_list_item_stays_after_it():
    text = ("## Borrowing (10 min)\n- Tell me about the last book you borrowed.\n- Hand over the reading-list card.\n\n"
            "Collect the card before moving on.\n\n"
            "## Wrap-up (3 min)\n- What should I have asked that I didn't?\n- Thank you so much, your voucher is on its way.\n\n"
            "(Interviewer only: add them to the voucher list.)\n")
    kit = build_kit(STUDY, parse_guide(text, "g.md"))
    borrowing, closing = kit.sections[-2], kit.sections[-1]
    assert borrowing.notes == ["Hand over the reading-list card.", "Collect the card before moving on."]
    assert closing.notes == ["Thank you so much, your voucher is on its way.", "(Interviewer only: add them to the voucher list.)"]
    assert closing.said == ["Thank you so much, your voucher is on its way."]
    md = render_markdown(kit)
    assert md.index("your voucher is on its way") < md.index("add them to the voucher list")


def test_a_task_read_out_to_the_participant_is_words_to_say_and_a_task_note_stays_a_note():
    text = ("## Finding a book (10 min)\n"
            "- Task A: Please open the catalogue and look for a cookbook you might borrow.\n"
            "- What did you expect to see first?\n"
            "- Task B: watch whether they use the filters.\n"
            "- How did you decide which one to pick?\n")
    kit = build_kit(STUDY, parse_guide(text, "g.md"))
    section = next(s for s in kit.sections if s.title == "Finding a book")
    read_out = "Task A: Please open the catalogue and look for a cookbook you might borrow."
    note = "Task B: watch whether they use the filters."
    assert section.questions[0].before == [read_out] and section.questions[0].said == [read_out]
    assert section.questions[1].before == [note] and section.questions[1].said == []
    md = render_markdown(kit)
    assert f"- {read_out}\n" in md and f"- _{note}_\n" in md
    html = render_html(kit)
    assert f"<li>{read_out}</li>" in html and f'<li class="note">{note}</li>' in html


def test_what_the_intro_says_after_its_last_question_stays_after_it():
    text = ("## Introduction (3 min)\n- Hi, I'm Sam from the library.\n- Is it okay if I record this call?\n"
            "- The recording is deleted once the study ends.\n\n## Borrowing (10 min)\n- Tell me about the last book you borrowed.\n")
    kit = build_kit(STUDY, parse_guide(text, "g.md"))
    intro = kit.sections[0]
    assert intro.lead == ["Hi, I'm Sam from the library."] and intro.notes == ["The recording is deleted once the study ends."]
    md = render_markdown(kit)
    assert md.index("Hi, I'm Sam") < md.index("Is it okay if I record this call?") < md.index("The recording is deleted")


def test_a_question_s_translation_is_printed_with_it_not_as_a_probe_or_a_note() -> None:
    guide = parse_guide("## Getting there (5 min)\n"
                        "- Is it alright if I record our talk? Only the two of us will hear it.\n"
                        "  *¿Le parece bien si grabo la charla? Solo nosotros dos la escucharemos.*\n"
                        "- Tell me how you usually travel to the library.\n"
                        "  *Cuénteme cómo viaja normalmente a la biblioteca.*\n"
                        "  - What happened the last time the bus was late?\n"
                        "    *¿Qué pasó la última vez que el autobús llegó tarde?*\n", "g.md")
    kit = build_kit(STUDY, guide)
    asked = [q for s in kit.sections for q in s.questions if not q.added]
    record, travel = asked[0], asked[1]
    assert record.translation == "¿Le parece bien si grabo la charla? Solo nosotros dos la escucharemos."
    assert record.followups == [] and record.notes == [] and record.later_notes == []
    assert travel.followups == ["What happened the last time the bus was late?"]
    md = render_markdown(kit)
    # in the question's own item, on the line under it, whole
    assert "- Is it alright if I record our talk? Only the two of us will hear it.  \n" \
           "  _¿Le parece bien si grabo la charla? Solo nosotros dos la escucharemos._" in md
    assert "    _¿Qué pasó la última vez que el autobús llegó tarde?_" in md
    html = render_html(kit)
    assert '<br><span class="translation" lang="es">¿Le parece bien si grabo la charla? Solo nosotros dos la ' \
           'escucharemos.</span>' in html
    assert 'class="note">Solo' not in html


def test_what_a_consent_ask_says_of_the_recording_in_its_own_item_is_said_not_a_note() -> None:
    guide = parse_guide("## はじめに (5分)\n"
                        "- 本日はありがとうございます。リサーチ担当の佐藤です。\n"
                        "- 録音してもよろしいでしょうか？\n"
                        "- 録音は研究チームの中だけで使います。\n"
                        "- （インタビュアーのみ：録音ボタンを確認）\n"
                        "## 使い方 (10分)\n"
                        "- 最後にアプリを使ったときのことを教えてください。\n", "g.md")
    intro = build_kit(STUDY, guide).sections[0]
    assert "録音は研究チームの中だけで使います。" in intro.said
    assert "（インタビュアーのみ：録音ボタンを確認）".translate({0xFF08: "(", 0xFF09: ")", 0xFF1A: ":"}) not in intro.said
    english = parse_guide("## Intro (5 min)\n- Is it okay if I record this call?\n"
                          "- The recording stays with our team.\n- Check that the recorder is running.\n"
                          "## Visits (10 min)\n- Tell me about your last visit.\n", "g.md")
    intro = build_kit(STUDY, english).sections[0]
    assert "The recording stays with our team." in intro.said
    assert "Check that the recorder is running." not in intro.said
    assert "- _Check that the recorder is running._" in render_markdown(build_kit(STUDY, english))


# A trauma-informed guide of our own: a read-out intro in a blockquote whose middle paragraph tells the
# participant they run the session, then two check-ins listed under it, and a distress protocol
SAFE_GUIDE = """\
# Pharmacy refills – guide

## Opening (5 min)
Say, in your own words:

> Hello, I'm Sam and I look after research for the pharmacy app.
>
> You're in control of how this goes. You can pass on any question or stop at any point, and nothing changes for your prescriptions.
>
> May I record our talk? Only the research team hears it. Is that okay if I record?

- Is it alright if I switch the recorder on now?
- Is this still a good time, and are you in a place where you can talk privately?

## Refills (15 min)
- What makes it hard to reorder a prescription?
- How did you feel about the reminder texts?

## Distress protocol
- If the participant becomes upset: pause, and offer a break or to stop.
"""


def test_a_trauma_informed_intro_says_the_participant_runs_the_session_and_its_check_ins_stay_its_own() -> None:
    kit = build_kit(STUDY, parse_guide(SAFE_GUIDE, "g.md"))
    intro = kit.sections[0]
    control = ("You're in control of how this goes. You can pass on any question or stop at any point, and nothing "
               "changes for your prescriptions.")
    assert control in intro.said  # words to say, like the greeting before it, not a note in italics
    md = render_markdown(kit)
    assert f"- {control}\n" in md and f"_{control}_" not in md
    # the check-ins after the quoted consent ask are the section's own, not its probes
    asked = [q.text for q in intro.questions]
    assert "Is it alright if I switch the recorder on now?" in asked
    check = next(q for q in intro.questions if q.text.startswith("Is this still a good time"))
    # a check-in is said, not weighed: no verdict and no rewrite ("…tell me about the last time…")
    assert check.problem is None and check.suggestion is None and check.followups == []
    assert "last time you dealt with this" not in md


def test_a_guide_with_a_distress_protocol_gets_no_probes_about_feelings() -> None:
    kit = build_kit(STUDY, parse_guide(SAFE_GUIDE, "g.md"))
    refills = next(s for s in kit.sections if s.title.startswith("Refills"))
    probes = [p for q in refills.questions for p in q.followups]
    assert probes and not any("feel" in p.lower() for p in probes)
    # its own question about a feeling stays as written
    assert "How did you feel about the reminder texts?" in [q.text for q in refills.questions]
    # without the protocol (nor a note against it) the bank's feeling probes stay
    plain = build_kit(STUDY, parse_guide(SAFE_GUIDE.split("## Distress protocol")[0], "g.md"))
    refills = next(s for s in plain.sections if s.title.startswith("Refills"))
    assert any("feel" in p.lower() for q in refills.questions for p in q.followups)


def test_an_indonesian_guides_minutes_opening_consent_and_closing_are_its_own() -> None:
    panduan = ("## 1. Pembukaan dan persetujuan (4 menit)\n"
               "Selamat pagi Ibu, terima kasih sudah mau ngobrol. Saya Dewi dari tim produk.\n\n"
               "- Bolehkah saya rekam percakapan ini supaya tidak ada yang terlewat?\n\n"
               "## 2. Belanja bulanan (20 menit)\n"
               "- Bagaimana Ibu biasanya belanja kebutuhan dapur?\n"
               "- Ceritakan terakhir kali Ibu belanja lewat aplikasi.\n\n"
               "## 3. Penutup (6 menit)\n"
               "- Ada hal lain yang belum kita bicarakan tapi penting buat Ibu?\n")
    kit = build_kit(Study(title="Belanja", slug="belanja", goals=[]), parse_guide(panduan, "p.md"))
    md = render_markdown(kit)
    # its own minutes, 4 + 20 + 6, and no intro, consent note or closing added by the kit
    assert "(0–4 menit)" in md and "(4–24 menit)" in md and "(24–30 menit)" in md  # in its own minute word
    assert "asks no consent" not in md and "## Intro" not in md and "## Closing" not in md
    # the greeting is words to say, not a note
    assert "- Selamat pagi Ibu, terima kasih" in md
    assert '<html lang="id">' in render_html(kit)


# --- a guide in Arabic with the English under each question ----------------------------------

ARABIC_ENGLISH = """\
# دليل: توصيل الطعام

## ١. المقدمة (٥ دقائق) / Intro (5 min)

1. هل تسمح لي بتسجيل هذه المحادثة؟
   Do you allow me to record this conversation?
2. حدثني عن آخر مرة طلبت فيها طعاماً.
   Tell me about the last time you ordered food.

## ٢. الطلب (١٠ دقائق) / Ordering (10 min)

3. لماذا لم تلغِ الطلب عندما تأخر؟
   Why didn't you cancel the order when it was late?
"""


def test_a_bilingual_kit_gives_the_verdict_through_the_english_and_adds_no_second_consent_ask() -> None:
    kit = build_kit(STUDY, parse_guide(ARABIC_ENGLISH, "g.md"))
    intro = kit.sections[0]
    assert not any(q.added for q in intro.questions) and not any("consent" in n for n in intro.kit_notes)
    why = kit.sections[-2].questions[0] if kit.sections[-1].added else kit.sections[-1].questions[0]
    assert why.translation == "Why didn't you cancel the order when it was late?"
    assert why.problem == "accusatory why" and why.suggestion and "the same change" in (why.advice or "")
    md = render_markdown(kit)
    # the translation on a line of its own under its question
    assert "- **3.** لماذا لم تلغِ الطلب عندما تأخر؟  \n  _Why didn't you cancel the order when it was late?_" in md


def test_a_bilingual_kit_in_html_marks_each_arabic_line_right_to_left_and_its_english_as_english() -> None:
    html = render_html(build_kit(STUDY, parse_guide(ARABIC_ENGLISH, "g.md")))
    assert '<html lang="ar">' in html
    assert '<li dir="rtl" lang="ar"><span class="num">3.</span> لماذا لم تلغِ الطلب عندما تأخر؟<br>' \
           '<span class="translation" lang="en" dir="ltr">Why didn&#39;t you cancel the order when it was late?</span>' \
           in html
    assert '<h2 dir="rtl" lang="ar">٢. الطلب (١٠ دقائق) / Ordering' in html


@pytest.mark.parametrize(("line", "tag"), [("هل تثق في الملاك؟", "ar"), ("آیا به صاحبخانه اعتماد دارید؟", "fa"),
                                           ("کیا آپ مالک مکان پر بھروسہ کرتے ہیں؟", "ur"),
                                           ("האם אתה סומך על בעל הדירה?", "he"),
                                           ("Do you trust landlords?", None),
                                           ("How did you pay on بيتك last month?", None)])
def test_the_direction_and_language_of_a_line_are_read_from_its_script(line: str, tag: str | None) -> None:
    assert rtl_lang(line) == tag


def test_a_bilingual_intro_that_asks_about_the_person_in_its_english_needs_no_warm_up_note() -> None:
    guide = parse_guide("## ١. المقدمة (٥ دقائق) / Intro (5 min)\n"
                        "1. هل تسمح لي بتسجيل هذه المحادثة؟\n   Is it OK if I record this conversation?\n"
                        "2. حدثني قليلاً عن نفسك وعن عملك.\n   Tell me a little about yourself and your work.\n"
                        "## ٢. الطلب (١٠ دقائق) / Ordering (10 min)\n"
                        "3. حدثني عن آخر مرة طلبت فيها طعاماً.\n   Tell me about the last time you ordered food.\n", "g.md")
    kit = build_kit(STUDY, guide)
    assert not any("warm-up" in n for s in kit.sections for n in s.kit_notes)


def test_a_turkish_guides_minutes_opening_warm_up_and_closing_are_its_own() -> None:
    rehber = ("## 1. Giriş ve onay (3 dk)\n"
              "Merhaba, ben Selin. Zaman ayırdığınız için teşekkür ederim.\n\n"
              "- Görüşmeyi kayda almamızda bir sakınca var mı?\n\n"
              "## 2. Isınma (5 dk)\n"
              "- Bana biraz kendinizden bahseder misiniz?\n\n"
              "## 3. Market alışverişi (20 dakika)\n"
              "- Son market alışverişinizi anlatır mısınız?\n"
              "  - Sonra ne yaptınız?\n\n"
              "## 4. Kapanış (4 dk)\n"
              "- Konuşmadığımız ama sizin için önemli bir şey var mı?\n")
    kit = build_kit(Study(title="Market", slug="market", goals=[]), parse_guide(rehber, "r.md"))
    md = render_markdown(kit)
    # its own minutes, 3 + 5 + 20 + 4, and no intro, consent ask, warm-up or closing added by the kit
    assert "(0–3 dk)" in md and "(3–8 dk)" in md and "(8–28 dk)" in md and "(28–32 dk)" in md  # in its own minute word
    assert "Yaklaşık 32 dakika" in md
    assert "## Intro" not in md and "## Warm-up" not in md and "## Closing" not in md and "## Giriş\n" not in md
    assert "kit tarafından eklendi" not in md
    # the greeting is words to say, not a note
    assert "- Merhaba, ben Selin." in md
    assert '<html lang="tr">' in render_html(kit)


def test_a_ukrainian_guide_keeps_its_own_intro_and_closing_and_the_html_says_ukrainian() -> None:
    from tests.analysis.test_guide import GUIDE_UK
    kit = build_kit(Study(title="Житло", slug="zhytlo", goals=["Зрозуміти, як люди шукають житло"],
                          planned_minutes=20), parse_guide(GUIDE_UK, "g.md"))
    # the guide's intro with consent and its closing are its own: the kit adds neither, nor a consent note
    assert not any(s.added for s in kit.sections)
    assert [s.title for s in kit.sections][0] == "1. Вступ і згода"
    assert kit.sections[0].minutes == 4 and kit.sections[-1].title == "4. Завершення"
    assert not any("consent" in n for s in kit.sections for n in s.kit_notes)
    html = render_html(kit)
    assert '<html lang="uk">' in html and "Аркуш нотаток" in html
    assert "Інтерв&#39;юер(ка):" in html or "Інтерв'юер(ка):" in html
    russian = build_kit(Study(title="Ж", slug="zh", goals=[]),
                        parse_guide("## Жильё (10 мин)\n- Как вы искали квартиру в последний раз?\n"
                                    "- Кто вам помогал с договором?\n", "g.md"))
    assert '<html lang="ru">' in render_html(russian) and russian.sections[-2].minutes == 10


def test_a_trauma_informed_guide_gets_no_closing_asking_who_else_to_talk_to() -> None:
    guide = ("## Housing (15 min)\n- Tell me about the last time you looked for a flat.\n  - What happened next?\n\n"
             "## If the participant gets upset (do not read out)\n- Offer a break, or to stop.\n")
    kit = build_kit(STUDY, parse_guide(guide, "g.md"))
    closing = [q.text for q in kit.sections[-1].questions]
    assert kit.sections[-1].added and "Is there anything I should have asked but didn't?" in closing
    assert "Who else do you think we should talk to?" not in closing
    plain = build_kit(STUDY, parse_guide(guide.split("\n\n## If")[0] + "\n", "g.md"))
    assert "Who else do you think we should talk to?" in [q.text for q in plain.sections[-1].questions]


def test_the_polish_note_sheet_names_the_interviewer_of_either_gender() -> None:
    from listenwell.report.kit_labels import labels_for
    assert labels_for("pl").interviewer == "Prowadzący/a:"


def test_a_vietnamese_guides_own_intro_consent_and_closing_stand_and_its_greeting_is_said() -> None:
    from tests.analysis.test_guide import HUONG_DAN
    kit = build_kit(Study(title="Chợ", slug="cho", goals=[]), parse_guide(HUONG_DAN, "g.md"))
    md = render_markdown(kit)
    # its own minutes, 4 + 6 + 20 + 5, and nothing added: no intro, consent note, warm-up or closing
    assert [s.minutes for s in kit.sections] == [4, 6, 20, 5] and not any(s.added for s in kit.sections)
    assert not any(s.kit_notes for s in kit.sections)
    assert "Khoảng 35 phút" in md
    assert "- Xin chào chị, em là Mai bên nhóm nghiên cứu." in md
    assert '<html lang="vi">' in render_html(kit)


def test_a_hebrew_guides_spoken_lines_carry_their_translation_under_them() -> None:
    from tests.analysis.test_guide import MADRICH
    kit = build_kit(Study(title="דירה", slug="dira", goals=[]), parse_guide(MADRICH, "g.md"))
    # its opening asks consent in its own words: no intro or consent note added (a warm-up note only: it has none)
    assert not any(s.added for s in kit.sections)
    assert [n for s in kit.sections for n in s.kit_notes if "consent" in n or "Open the call" in n] == []
    md = render_markdown(kit)
    # the greeting and the thanks are words to say, with their English under them, not a grey note and
    # a line of English of their own
    assert "- שלום, אני דנה מצוות המחקר. תודה שבאת.  \n  _Hello, I'm Dana from the research team. Thanks for coming._" in md
    assert "- תודה רבה על הזמן!  \n  _Thank you very much for your time!_" in md
    assert "- Thank you very much for your time!" not in md and "- _תודה" not in md
    html = render_html(kit)
    assert 'תודה רבה על הזמן!<br><span class="translation" lang="en" dir="ltr">Thank you very much for your time!</span>' in html


def test_a_heading_the_kit_adds_in_english_on_a_page_in_another_language_says_it_is_english() -> None:
    guide = parse_guide("## חיפוש דירה (10 דקות)\n- ספר/י לי על הפעם האחרונה שחיפשת דירה.\n  - מה קרה אחר כך?\n"
                        "- מי עזר לך לחפש?\n", "g.md")
    html = render_html(build_kit(Study(title="ד", slug="d", goals=[]), guide))
    assert '<html lang="he">' in html
    assert '<h2 lang="en">Intro <span class="time">' in html and '<h2 lang="en">Closing <span class="time">' in html


def test_a_rewrite_of_a_question_with_its_translation_in_brackets_says_the_translation_needs_it_too() -> None:
    guide = parse_guide("## Paying back (15 min)\n"
                        "- Why didn't you pay the water bill last month? (पिछले महीने आपने पानी का बिल क्यों नहीं भरा?)\n"
                        "  - What happened then?\n", "g.md")
    kit = build_kit(STUDY, guide)
    why = next(q for s in kit.sections for q in s.questions if not q.added)
    assert why.translation == "पिछले महीने आपने पानी का बिल क्यों नहीं भरा?"
    assert why.followups == ["What happened then?"]
    assert why.problem == "accusatory why" and why.suggestion
    assert "translation of this question needs the same change" in (why.advice or "")


# A guide in Thai, which writes no space between words: its own opening, consent ask, closing and
# minutes are read as the other guide languages' are.
THAI_GUIDE = """\
# คู่มือสัมภาษณ์: การใช้แอปสั่งอาหาร (30 นาที)

## 1. เปิดการสนทนา (5 นาที)
- ขออนุญาตอัดเสียงระหว่างคุยกันได้ไหมครับ?
- ช่วยเล่าเกี่ยวกับตัวคุณสั้นๆ หน่อยได้ไหมครับ?

## 2. การสั่งอาหาร (20 นาที)
- ครั้งล่าสุดที่คุณสั่งอาหารผ่านแอป เกิดอะไรขึ้นบ้าง?
- อะไรทำให้คุณเลือกร้านนั้น?

## 3. ปิดการสนทนา (5 นาที)
- มีอะไรที่ผมยังไม่ได้ถาม แต่คุณอยากเล่าไหมครับ?
- ขอบคุณมากครับ เราจะส่งคูปองให้ทางอีเมลภายในสัปดาห์นี้
"""


def test_thai_guide_keeps_its_own_parts_and_minutes() -> None:
    study = Study(title="Food orders", slug="food-orders", goals=["Learn how people order food"], planned_minutes=30)
    kit = build_kit(study, parse_guide(THAI_GUIDE, "g.md", study.goals))
    assert [s.added for s in kit.sections] == [False, False, False]
    assert [(s.start_minute, s.minutes) for s in kit.sections] == [(0, 5), (5, 20), (25, 5)]
    assert kit.total_minutes == 30 and not kit.warnings
    assert "consent" not in " ".join(n for s in kit.sections for n in s.kit_notes)
    # its own closing hands the floor over and thanks them: no note added, the thanks is words to say
    closing = kit.sections[-1]
    assert closing.kit_notes == [] and closing.notes == closing.said == ["ขอบคุณมากครับ เราจะส่งคูปองให้ทางอีเมลภายในสัปดาห์นี้"]


# A script the guide says to read word for word, in quotes under the instruction, with a blank for
# the interviewer's name: printed apart from the instruction, as written, quotes and blank included.
SCRIPT_GUIDE = """\
# Pharmacy study

## 1. Opening (3 min)
Read this out exactly as it is written.
"Good afternoon, I'm ____ from Riverside Clinic. This is a research call, not a sales call. Saying no changes nothing about your care. May we record the call?"

## 2. Your medicines (15 min)
- Tell me about the last time you picked up a prescription.
- What happened when you ran out of one?
"""


def test_a_quoted_script_and_its_blank_are_printed_as_written(tmp_path: Path) -> None:
    study = Study(title="Pharmacy", slug="pharmacy", goals=["Learn how people refill"], planned_minutes=20)
    guide = parse_guide(SCRIPT_GUIDE, "g.md", study.goals)
    script = ('"Good afternoon, I\'m ____ from Riverside Clinic. This is a research call, not a sales call. '
              'Saying no changes nothing about your care. May we record the call?"')
    opening = guide.sections[0]
    assert script in opening.notes + [q.text for q in opening.items]
    assert "Read this out exactly as it is written." in opening.notes
    kit = build_kit(study, guide)
    md = render_markdown(kit)
    assert f"- {script}" in md  # a line of its own, words to say (not in italics)
    assert "written. \"Good" not in md
    html = render_html(kit)
    assert "I&#39;m ____ from Riverside" in html and "&#34;Good afternoon" in html


# a question the participant may leave unanswered, said to them or marked for the interviewer
LEFT_TO_THEM = """## Getting to the shop (10 min)
- What makes it harder for you to get to the shops, if anything? You don't have to say.
- [Only if they raise it] How does your money situation affect where you shop?
- Is there anything about your caring duties that makes shopping harder? (optional, sensitive)
- What happened the last time you ran out of something?
- How did you find the bus service?
  - Note: sensitive for some; let them lead.
  - What happened on the way?
"""


def test_a_question_the_guide_leaves_to_the_participant_gets_no_probes_from_the_bank() -> None:
    kit = build_kit(STUDY, parse_guide(LEFT_TO_THEM, "g.md"))
    shop = next(s for s in kit.sections if s.title.startswith("Getting"))
    by_text = {q.text: q for q in shop.questions}
    for asked in ("What makes it harder for you to get to the shops, if anything? You don't have to say.",
                  "How does your money situation affect where you shop?",
                  "Is there anything about your caring duties that makes shopping harder?"):
        assert by_text[asked].followups == [], asked
    # an ordinary question still gets the bank's probes, and the guide's own probe is kept
    assert by_text["What happened the last time you ran out of something?"].followups
    assert by_text["How did you find the bus service?"].followups == ["What happened on the way?"]
    md = render_markdown(kit)
    assert md.count("_(probe)_") == len(by_text["What happened the last time you ran out of something?"].followups)


# one numbered list runs through the statements to say and the questions alike
NUMBERED_THROUGH = """## Welcome (3 min)
1. Thanks for coming in today. I'm Sam from the parks team.
2. Is it OK if I record this chat?
3. You can stop whenever you like.
## The park (10 min)
4. When did you last visit the park?
5. What did you do there?
6. Please keep the map face down for now.
7. What would you change about the paths?
## Wrap-up (2 min)
8. Is there anything else you would like to tell me?
9. Thanks again. Your voucher will arrive by post.
"""


def test_numbers_the_guide_gives_its_statements_are_printed_so_none_seem_missing() -> None:
    kit = build_kit(STUDY, parse_guide(NUMBERED_THROUGH, "g.md"))
    md = render_markdown(kit)
    printed = [int(n) for n in re.findall(r"^- \*\*(\d+)\.\*\*", md, re.M)]
    assert printed == list(range(1, 10))
    assert "- **6.** _Please keep the map face down for now._" in md
    html = render_html(kit)
    assert '<span class="num">3.</span> You can stop whenever you like.' in html
    assert '<span class="num">9.</span> Thanks again.' in html


def test_a_persian_guides_own_intro_consent_minutes_and_closing_stand_and_its_marks_are_printed() -> None:
    from tests.analysis.test_guide import RAHNAMA
    kit = build_kit(Study(title="لغو", slug="laghv", goals=[]), parse_guide(RAHNAMA, "g.md"))
    # her own 4 + 6 + 15 + 5 minutes, and nothing added: no English intro or closing, no consent note
    assert [s.minutes for s in kit.sections] == [4, 6, 15, 5] and not any(s.added for s in kit.sections)
    assert not any(s.kit_notes for s in kit.sections)
    md = render_markdown(kit)
    assert kit.title == "راهنما: چرا مشتریان اشتراک را لغو می‌کنند؟"
    assert "- سلام، من مریم هستم. ممنون که وقت گذاشتید." in md  # words to say, not a note
    assert "  - چه چیزی باعث شد تصمیم بگیرید؟" in md and "- **2.** آخرین باری" in md
    assert '<html lang="fa">' in render_html(kit)


def test_a_greek_guides_own_parts_stand_and_its_kit_is_declared_and_labelled_greek() -> None:
    from tests.analysis.test_guide import ODIGOS
    kit = build_kit(Study(title="Κρατήσεις", slug="kratiseis", goals=["Πώς κλείνουν τραπέζι"]),
                    parse_guide(ODIGOS, "g.md"))
    assert [s.minutes for s in kit.sections] == [5, 10, 5] and not any(s.added for s in kit.sections)
    # (only the note that it has no warm-up: its consent ask is read)
    assert not any("consent" in n for s in kit.sections for n in s.kit_notes)
    md = render_markdown(kit)
    assert "- **1.** Πειτε μου για την τελευταία φορά που κλείσατε τραπέζι." in md
    assert "  - Ποιος το έκλεισε;" in md and "- Καλημέρα σας, είμαι η Άννα." in md
    html = render_html(kit)
    assert '<html lang="el">' in html and "Φύλλο σημειώσεων" in html and "Περίπου 20 λεπτά" in html


# A Hungarian guide of our own (a pharmacy app): minutes in "perc", its own intro with a consent ask,
# warm-up and closing, a quoted script to read out, asks in the imperative ending in "!", and the
# study's research questions listed before the first section
UTMUTATO = """\
# Interjúvezérfonal – Patikai rendelés

Kutatási kérdések:
- Miért rendelnek a vásárlók gyógyszert az alkalmazásban?
- Mi tartja vissza azokat, akik csak egyszer rendeltek?

## 1. Bevezetés és beleegyezés (4 perc)

„Jó napot kívánok! Szabó Dániel vagyok, a Patika+ kutatója. Köszönöm, hogy eljött. Nincsenek jó vagy rossz válaszok, és bármikor szünetet tarthatunk."

- Beleegyezik, hogy felvételt készítsünk a beszélgetésről?
- Van kérdése, mielőtt elkezdjük?

## 2. Bemelegítés (6 perc)

- Meséljen egy kicsit magáról: hol dolgozik, kikkel él?

## 3. Rendelés (20 perc)

- Mesélje el, hogyan rendelt utoljára gyógyszert!
  - Mi történt ezután?
  - Mennyi ideig tartott?
- Mondja el, mi zavarta a legjobban a fizetésnél!
- Mit tesz, ha egy termék nincs raktáron?

## 4. Zárás (5 perc)

- Van még valami, amiről nem kérdeztem, de fontosnak tartja?
- Köszönöm szépen az idejét!
"""


def test_a_hungarian_guide_gets_hungarian_labels_and_the_html_says_hungarian() -> None:
    kit = build_kit(Study(title="Patika", slug="patika", goals=[]), parse_guide(UTMUTATO, "u.md"))
    assert kit.lang == "hu" and kit.title == "Patikai rendelés"
    md = render_markdown(kit)
    assert "The guide is in Hungarian" in md
    assert "## Jegyzetlap" in md and "| Idő | Idézet | Megfigyelés |" in md
    assert "Résztvevő: ____________ · Dátum: ____________ · Interjúkészítő: ____________" in md
    assert '<html lang="hu">' in render_html(kit)


def test_a_hungarian_kit_times_its_sections_in_perc_as_the_guide_does() -> None:
    kit = build_kit(Study(title="Patika", slug="patika", goals=[]), parse_guide(UTMUTATO, "u.md"))
    timed = [s for s in kit.sections if s.minutes]
    assert timed
    md, html = render_markdown(kit), render_html(kit)
    first = timed[0]
    assert f"## {first.title} ({first.start_minute}–{first.start_minute + first.minutes} perc)" in md
    assert f"{first.start_minute}–{first.start_minute + first.minutes} perc</span>" in html
    assert not re.search(r"\(\d+–\d+ min\)", md)


def test_a_hungarian_guides_own_intro_consent_warm_up_and_closing_stand_and_its_script_is_said() -> None:
    kit = build_kit(Study(title="Patika", slug="patika", goals=[]), parse_guide(UTMUTATO, "u.md"))
    # its own minutes, 4 + 6 + 20 + 5, and nothing added: no intro, consent note, warm-up or closing
    assert [s.minutes for s in kit.sections] == [4, 6, 20, 5] and not any(s.added for s in kit.sections)
    assert not any(s.kit_notes for s in kit.sections)
    md = render_markdown(kit)
    assert "Körülbelül 35 perc" in md and "(30–35 perc)" in md and " min)" not in md  # its own minute word
    assert "Körülbelül 35 perc" in md and "(30–35 perc)" in md
    # the quoted greeting is words to say, not a note in italics
    assert "- „Jó napot kívánok! Szabó Dániel vagyok" in md and "_„Jó napot" not in md
    # the study's research questions are notes, not a section asked before the intro
    assert [s.title for s in kit.sections][0] == "1. Bevezetés és beleegyezés"
    # "Lezárás", "Rögzíthetjük…?" and "Van még valami, amit szeretne hozzátenni?" are its own too
    other = (UTMUTATO.replace("4. Zárás", "4. Lezárás")
             .replace("Beleegyezik, hogy felvételt készítsünk a beszélgetésről?", "Rögzíthetjük a beszélgetést?")
             .replace("amiről nem kérdeztem, de fontosnak tartja?", "amit szeretne hozzátenni?"))
    kit = build_kit(Study(title="Patika", slug="patika", goals=[]), parse_guide(other, "u.md"))
    assert not any(s.added for s in kit.sections) and not any(s.kit_notes for s in kit.sections)


@pytest.mark.parametrize("script", ["„Köszöntöm! Nagy Péter vagyok, a csapat kutatója.”",
                                    "„Tóth Eszter vagyok, köszönöm, hogy eljött.”",
                                    "„Guten Tag! Ich bin Anna vom Forschungsteam.“", "«Bonjour, je suis Léa. Merci d’être là.»"])
def test_a_quoted_intro_script_in_another_language_is_words_to_say(script: str) -> None:
    from listenwell.report.kit import _is_said
    assert _is_said(script)


def test_a_guides_goals_list_that_says_more_keeps_its_goals_in_its_own_words() -> None:
    # the study's goals reworded as questions; the guide's list has one of its own besides
    study = Study(title="Pool", slug="pool", goals=["Why do swimmers stop booking lanes online?",
                                                    "What makes a lesson booking fail?"])
    text = ("## Research goals\n1. Learn why swimmers stop booking lanes online, or never start.\n"
            "2. Understand what makes a lesson booking work or fail.\n"
            "3. See where the website fits in a swimmer's week.\n\n"
            "## Booking (10 min)\n- Tell me about the last lane you booked.\n  - What happened next?\n")
    kit = build_kit(study, parse_guide(text, "g.md", study.goals))
    listed = next(s for s in kit.before if s.title == "Research goals")
    assert listed.notes == ["Learn why swimmers stop booking lanes online, or never start.",
                            "Understand what makes a lesson booking work or fail.",
                            "See where the website fits in a swimmer's week."]


def test_the_right_to_stop_and_confidentiality_told_in_spanish_are_words_to_say() -> None:
    text = ("# Guía: pedir comida para la oficina\n\n## Bienvenida (5 min)\n"
            "- Hola, soy Marta, del equipo de diseño.\n"
            "- Lo que nos cuente hoy es totalmente confidencial.\n"
            "- Nuestro objetivo es entender su día; no hay respuestas buenas ni malas.\n"
            "- Usted puede saltarse cualquier pregunta o parar cuando quiera.\n"
            "- Recuérdale que puede parar en cualquier momento.\n"
            "- ¿Está de acuerdo con que grabemos la llamada?\n\n"
            "## Pedidos (10 min)\n- Cuénteme el último pedido que hizo para la oficina.\n")
    kit = build_kit(Study(title="Comida", slug="comida", goals=[]), parse_guide(text, "g.md"))
    md = render_markdown(kit)
    assert "\n- Lo que nos cuente hoy es totalmente confidencial.\n" in md
    assert "\n- Nuestro objetivo es entender su día; no hay respuestas buenas ni malas.\n" in md
    assert "\n- Usted puede saltarse cualquier pregunta o parar cuando quiera.\n" in md
    assert "\n- _Recuérdale que puede parar en cualquier momento._\n" in md  # told to the interviewer: a note


def test_a_consent_ask_told_then_asked_after_it_in_another_language_gets_no_consent_note() -> None:
    guide = parse_guide("## Mở đầu (5 phút)\n> Em chào chị, em là Vy. Em xin phép thu âm buổi trò chuyện, bản thu chỉ "
                        "nhóm em nghe. Chị có đồng ý không ạ?\n\n- Chị bán hàng online được mấy năm rồi?\n\n"
                        "## Đơn hàng (10 phút)\n- Lần gần nhất chị nhận một đơn lớn là khi nào?\n", "g.md")
    kit = build_kit(Study(title="Bán hàng", slug="ban-hang", goals=[]), guide)
    assert not any("consent" in n for s in kit.sections for n in s.kit_notes)
    assert "asks no consent" not in render_markdown(kit)


def test_a_ukrainian_guides_greeting_thanks_show_task_and_closing_prompt_are_its_own() -> None:
    from textwrap import dedent
    guide = parse_guide(dedent("""\
        ## Вступ (5 хв)

        «Доброго дня! Мене звати Ігор, я з команди застосунку. Ви можете зупинити розмову будь-коли.»

        - Чи можу я записувати нашу розмову?

        ## Поїздки (15 хв)

        - Розкажіть про вашу останню поїздку таксі.
        - Покажіть, будь ласка, як ви викликаєте таксі в застосунку. (Попросити поділитися екраном.)
        - Покажіть учаснику новий екран оплати.

        ## Завершення (5 хв)

        - Чи є щось, про що ми не поговорили, але що для вас важливо?
        - Щиро дякую за розмову! Промокод надішлемо сьогодні.
        """), "g.md")
    kit = build_kit(Study(title="Таксі", slug="taksi", goals=[]), guide)
    md = render_markdown(kit)
    # the greeting and the thanks are words to say; the "show me" task is a thing to do, not a note
    assert "- «Доброго дня! Мене звати Ігор" in md and "- Щиро дякую за розмову!" in md
    assert "- Покажіть, будь ласка, як ви викликаєте таксі" in md
    # ...but an instruction about the participant stays a note
    assert "- _Покажіть учаснику новий екран оплати._" in md
    # its own closing prompt: no note added for one
    assert not any(n for s in kit.sections for n in s.kit_notes if "anything you should have asked" in n)
    assert "anything you should have asked" not in md


def test_a_guides_easy_read_version_in_italics_is_printed_under_its_question_in_italics() -> None:
    from tests.analysis.test_guide import EASY_READ
    kit = build_kit(Study(title="Library", slug="library", goals=[]), parse_guide(EASY_READ, "g.md"))
    md = render_markdown(kit)
    assert ("Tell me about the last time you borrowed an e-book from us.  \n"
            "  _Tell me about the last e-book you got from us._") in md
    assert "from us. Tell me about the last e-book" not in md
    assert '<br><span class="translation">What is easy in the app? What is hard?</span>' in render_html(kit)


def test_section_times_use_the_minute_word_of_the_kits_language() -> None:
    from tests.analysis.test_guide import HUONG_DAN
    kit = build_kit(Study(title="Chợ", slug="cho", goals=[]), parse_guide(HUONG_DAN, "g.md"))
    md = render_markdown(kit)
    assert "(0–4 phút)" in md and " min)" not in md
    assert '<span class="time">0–4 phút</span>' in render_html(kit)
    guide = parse_guide("## Житло (10 хв)\n- Розкажіть, як ви востаннє шукали житло.\n  - Що було далі?\n", "g.md")
    assert "## Житло (" in (md := render_markdown(build_kit(Study(title="Ж", slug="zh", goals=[]), guide))) \
        and " хв)" in md and " min)" not in md
    assert re.search(r"## Intro \(0–\d+ min\)", render_markdown(build_kit(Study(title="G", slug="g", goals=[]), parse_guide(GUIDE, "g.md"))))
# A Romanian guide of our own (a pharmacy app), written with comma-below ș ț: minutes in "min", its own intro
# with a consent ask, warm-up and closing, and asks ending in a full stop
GHID = """\
# Ghid de interviu – Comenzi la farmacie

## Introducere și acord (4 min)

- Mulțumesc că ați acceptat. Nu există răspunsuri corecte sau greșite.
- Sunteți de acord să înregistrăm discuția?
- Puteți opri interviul oricând.
- Explicați scopul studiului.
- Aveți întrebări înainte să începem?

## Încălzire (6 min)

- Povestiți-mi puțin despre dumneavoastră și despre familia dumneavoastră.

## Comenzi (20 min)

- Descrieți-mi ultima comandă de medicamente făcută în aplicație.
  - Ce s-a întâmplat apoi?
- Cum alegeți între farmacia din cartier și aplicație?

## Încheiere (5 min)

- Mai este ceva ce nu v-am întrebat și ar trebui să știm?
"""


def test_a_romanian_guide_gets_romanian_labels_and_its_own_intro_warm_up_and_closing_stand() -> None:
    kit = build_kit(Study(title="Farmacie", slug="farmacie", goals=[]), parse_guide(GHID, "g.md"))
    assert kit.lang == "ro" and kit.title == "Comenzi la farmacie"
    md = render_markdown(kit)
    assert "The guide is in Romanian" in md and "French" not in md
    assert "Participant: ____________ · Data: ____________ · Intervievator: ____________" in md
    assert '<html lang="ro">' in render_html(kit)
    # its own minutes, 4 + 6 + 20 + 5, and nothing added: no intro, consent note, warm-up or closing
    assert [s.minutes for s in kit.sections] == [4, 6, 20, 5] and not any(s.added for s in kit.sections)
    assert not any(s.kit_notes for s in kit.sections)
    # the asks ending in a full stop are questions, not notes in italics
    assert "- Povestiți-mi puțin despre dumneavoastră" in md and "- Descrieți-mi ultima comandă" in md
    assert "_Povestiți" not in md and "_Descrieți" not in md
    # the right to stop told is words to say; an instruction to the interviewer stays a note
    assert "- Puteți opri interviul oricând." in md and "- _Explicați scopul studiului._" in md
    # the cedilla spelling Windows writes is the same guide
    cedilla = GHID.replace("ș", "ş").replace("ț", "ţ")
    kit = build_kit(Study(title="Farmacie", slug="farmacie", goals=[]), parse_guide(cedilla, "g.md"))
    assert kit.lang == "ro" and not any(s.added for s in kit.sections) and not any(s.kit_notes for s in kit.sections)


# A Finnish guide of our own (a gym's booking app): its own intro with a consent ask, warm-up and closing with the
# closing prompt, asks in the imperative ending in a full stop, and a header line naming who runs the call
OPAS = """\
# Haastattelurunko: Ryhmätuntien varaaminen

Haastattelija: Mikko · Muistiinpanot: Sanna

## Alku ja suostumus (4 min)

- Sopiiko, että nauhoitan tämän keskustelun?
- Onko sinulla kysyttävää ennen kuin aloitetaan?

## Lämmittely (6 min)

- Kerro vähän itsestäsi ja tavallisesta viikostasi.

## Varaaminen (20 min)

- Kerro, miten varasit viimeisimmän tuntisi.
  - Mitä sitten tapahtui?
- Miten valitset tunnin?

## Lopetus (5 min)

- Onko jotain, mitä en tullut kysyneeksi, mutta mikä on sinusta tärkeää?
"""

# and one in Serbian Latin (a food delivery app)
VODIC = """\
# Vodič za intervju: Naručivanje hrane

## Uvod (5 min)

- Da li se slažete da snimamo razgovor?
- Recite mi nešto o sebi.

## Porudžbine (20 min)
Cilj: 1

- Ispričajte mi o poslednjoj porudžbini.
  - Šta se desilo posle toga?
- Kako birate restoran?

## Završetak (5 min)

- Da li postoji nešto što vas nisam pitao, a važno je?
"""


def test_a_finnish_guide_gets_finnish_labels_and_its_own_intro_consent_and_closing_stand() -> None:
    kit = build_kit(Study(title="Salit", slug="salit", goals=[]), parse_guide(OPAS, "g.md"))
    assert kit.lang == "fi" and kit.title == "Ryhmätuntien varaaminen"
    md = render_markdown(kit)
    assert "The guide is in Finnish" in md and '<html lang="fi">' in render_html(kit)
    assert "Osallistuja: ____________ · Päivämäärä: ____________ · Haastattelija: ____________" in md
    assert "Haastattelija: Mikko · Muistiinpanot: Sanna" in md  # the guide's own header line is kept
    # its own minutes, 4 + 6 + 20 + 5, and nothing added: no intro, consent note, warm-up or closing
    assert [s.minutes for s in kit.sections] == [4, 6, 20, 5] and not any(s.added for s in kit.sections)
    assert not any(s.kit_notes for s in kit.sections)
    assert "- Kerro, miten varasit viimeisimmän tuntisi." in md and "_Kerro" not in md


def test_a_serbian_latin_guide_is_not_taken_for_turkish_and_its_own_intro_and_closing_stand() -> None:
    goals = ["Kako ljudi naručuju"]
    kit = build_kit(Study(title="Hrana", slug="hrana", goals=goals), parse_guide(VODIC, "g.md", goals))
    assert kit.lang == "sr" and kit.title == "Naručivanje hrane"
    md = render_markdown(kit)
    assert "Turkish" not in md and "Görüşme" not in md and "Giriş" not in md
    assert "Učesnik: ____________ · Datum: ____________ · Intervjuer: ____________" in md
    assert [s.minutes for s in kit.sections] == [5, 20, 5] and not any(s.added for s in kit.sections)
    assert not any(s.kit_notes for s in kit.sections)
    assert "- Ispričajte mi o poslednjoj porudžbini.\n  - Šta se desilo posle toga?" in md
    assert "## Porudžbine (5–25 min)\n_Cilj: Kako ljudi naručuju_" in md  # its "Cilj: 1" ties it to the goal
def test_a_croatian_guide_gets_croatian_labels_and_a_serbian_one_keeps_serbian() -> None:
    """Croatian and Serbian share the rules, not the kit's words: a guide that asks "Tko…", "prošli tjedan" and
    "tvrtka" gets "Bilješke", "Sudionik" and "Vrijeme", and HTML tagged "hr"."""
    vodic = ("# Knjižnica — vodič\n\n## Uvod (3 min)\n\n- Smijem li snimati razgovor?\n\n## Posudba (20 min)\n\n"
             "- Tko u vašoj obitelji najčešće posuđuje knjige?\n- Opišite mi posljednji posjet prošli tjedan.\n"
             "- Kako ste saznali za aplikaciju knjižnice?\n\n## Završetak (2 min)\n\n- Ima li još nešto što biste dodali?\n")
    kit = build_kit(Study(title="Knjige", slug="knjige", goals=[]), parse_guide(vodic, "g.md"))
    assert kit.lang == "hr"
    md = render_markdown(kit)
    assert "## Bilješke" in md and "Sudionik: ____________ · Datum: ____________" in md and "| Vrijeme |" in md
    assert '<html lang="hr">' in render_html(kit)
    serbian = build_kit(Study(title="Hrana", slug="hrana", goals=[]), parse_guide(VODIC, "g.md"))
    assert serbian.lang == "sr" and "Učesnik:" in render_markdown(serbian)




# a Croatian guide (a bike-sharing app) whose intro asks "may I" ("Smijem li…?") to record, among notes to say
VODIC_HR = """\
# Vodič za razgovor: Javni bicikli

**Trajanje:** 30 minuta

## Uvod (4 min)

- Hvala što ste odvojili vrijeme, zanima nas kako se vozite gradom.
- Smijem li snimati naš razgovor? Snimka služi samo timu.

## Vožnje (26 min)

1. Ispričajte mi kako je izgledala vaša zadnja vožnja.
2. Što vam je bilo najteže kod otključavanja bicikla?
"""


def test_a_croatian_intro_that_asks_may_i_record_is_the_guides_own_and_the_kit_adds_none() -> None:
    kit = build_kit(Study(title="Bicikli", slug="bicikli", goals=[]), parse_guide(VODIC_HR, "g.md"))
    assert [s.title for s in kit.sections][:2] == ["Uvod", "Vožnje"]
    intro = kit.sections[0]
    assert intro.minutes == 4 and not intro.added and not intro.kit_notes  # no second intro, no consent note
    assert kit.sections[1].minutes == 26 and kit.sections[1].start_minute == 4
# A Bengali guide for a bill-payment app, timed in Bengali digits and "মিনিট" (4 + 6 + 15 + 5 = 30), its closing
# "সমাপ্তি" with its own "anything else I did not ask?", and "tell me" asks ending in the danda ("…বলুন।")
NIRDESHIKA = """\
# বিল পরিশোধ — সাক্ষাৎকার নির্দেশিকা

## ১. পরিচয় ও সম্মতি (৪ মিনিট)

- অংশগ্রহণকারীকে বলুন যে কথাগুলো শুধু গবেষণার কাজে লাগবে।
- আমি কি আমাদের কথাগুলো রেকর্ড করতে পারি?

## ২. শুরুর আলাপ (৬ মিনিট)

- আপনার সাধারণ একটা দিন কেমন কাটে?
- শেষবার বিদ্যুৎ বিল কীভাবে দিয়েছিলেন, শুরু থেকে বলুন।

## ৩. বিল দেওয়ার অভিজ্ঞতা (১৫ মিনিট)

- অ্যাপে বিল দেওয়ার সময় কী কী করেন, ধাপে ধাপে বলুন।
- কোনো সমস্যা হলে কার কাছে যান?

## ৪. সমাপ্তি (৫ মিনিট)

- আর কিছু কি বলতে চান যা আমি জিজ্ঞেস করিনি?
"""


def test_a_bengali_guide_is_timed_by_its_own_minutes_with_its_closing_and_its_asks_as_questions() -> None:
    kit = build_kit(Study(title="Bill", slug="bill", goals=[]), parse_guide(NIRDESHIKA, "g.md"))
    assert kit.lang == "bn"
    md = render_markdown(kit)
    assert "The guide is in Bengali" in md and '<html lang="bn">' in render_html(kit)
    # "(৫ মিনিট)" read as 5 minutes: the kit is the guide's 30, and no second closing is added after "সমাপ্তি"
    assert [s.minutes for s in kit.sections] == [4, 6, 15, 5] and not any(s.added for s in kit.sections)
    assert "## ৪. সমাপ্তি (25–30 মিনিট)" in md and "অংশগ্রহণকারী: ____________" in md
    # the asks ending in "বলুন।" (please tell) are questions, not notes in italics
    assert "- শেষবার বিদ্যুৎ বিল কীভাবে দিয়েছিলেন, শুরু থেকে বলুন।" in md
    assert "- অ্যাপে বিল দেওয়ার সময় কী কী করেন, ধাপে ধাপে বলুন।" in md and "_অ্যাপে" not in md
    # ...but "tell the participant that…" is a note to the interviewer
    assert "- _অংশগ্রহণকারীকে বলুন যে কথাগুলো শুধু গবেষণার কাজে লাগবে।_" in md
    # য় typed as one letter (U+09DF), not as য and its dot, is the same guide
    dotted = NIRDESHIKA.replace("\u09af\u09bc", "\u09df")
    assert dotted != NIRDESHIKA
    kit = build_kit(Study(title="Bill", slug="bill", goals=[]), parse_guide(dotted, "g.md"))
    assert [s.minutes for s in kit.sections] == [4, 6, 15, 5] and not any(s.added for s in kit.sections)


def test_a_guide_in_another_language_with_a_leading_form_found_is_not_said_to_be_unchecked() -> None:
    # (a Finnish guide for a library app: one question in the leading form the check knows in Finnish)
    guide = parse_guide("# Haastattelurunko: Kirjastosovellus\n\n## Lainaaminen (20 min)\n\n"
                        "1. Kerro, miten lainasit viimeisimmän kirjasi.\n"
                        "2. Eikö olekin helpompaa varata kirja sovelluksella?\n"
                        "3. Mitä teit, kun kirja oli myöhässä?\n", "g.md")
    md = render_markdown(build_kit(Study(title="Kirjasto", slug="kirjasto", goals=[]), guide))
    assert "its questions were not checked" not in md
    assert "checked only for the few forms the check knows in Finnish (1 found" in md
    # and with none found, it still says they were not checked
    plain = parse_guide("# Haastattelurunko\n\n## Lainaaminen (20 min)\n\n1. Kerro, miten lainasit kirjan.\n", "g.md")
    assert "its questions were not checked" in render_markdown(build_kit(Study(title="K", slug="k", goals=[]), plain))


@pytest.mark.parametrize("ask", [
    "- আপনার অনুমতি নিয়ে আমাদের কথা record করতে পারি? শুধু research team শুনবে।",  # the English word, the Bengali verb
    "- Apnar anumoti niye amader kotha record korte pari?",  # (Banglish, in Latin letters)
])
def test_a_bengali_intro_that_asks_to_record_in_english_words_is_the_guides_own(ask: str) -> None:
    # (a guide for a tiffin delivery service: its "শুরু (Intro)" asks leave to record with the English word)
    text = ("# টিফিন সার্ভিস\n\n## শুরু (Intro) — ৩ মিনিট\n\n- নমস্কার, আমি রুমা, research team থেকে বলছি।\n" + ask
            + "\n\n## অর্ডার — ১০ মিনিট\n\n1. শেষবার কীভাবে টিফিন অর্ডার করেছিলেন, একটু বলবেন?\n")
    kit = build_kit(Study(title="Tiffin", slug="tiffin", goals=[]), parse_guide(text, "g.md"))
    intro = kit.sections[0]
    assert not intro.added and intro.minutes == 3 and not [n for n in intro.kit_notes if "consent" in n]
    assert kit.sections[1].start_minute == 3


# A Czech guide of our own (a car-sharing app): its own intro that asks leave to record ("Můžeme…nahrávat?"), a
# "Cíl: 1" under a section, asks in the imperative ("Povězte mi…", "Popište mi prosím…") with probes under them, and
# a closing "Závěr" with its own "anything I did not ask?" (5 + 15 + 3 = 23 minutes)
SCENAR = """\
# Scénář rozhovoru: Sdílená auta

## Úvod a souhlas (5 min)
Děkujeme, že jste si na nás udělal/a čas.
- Můžeme si rozhovor nahrávat? Nahrávku uslyší jen náš tým.

## Poslední jízda (15 min)
Cíl: 1
1. Povězte mi, jak proběhla vaše poslední jízda.
   • Kde jste auto našel/našla?
   • Co bylo nejtěžší?
1. Popište mi prosím, jak vybíráte, kterým autem pojedete.
   • Podle čeho se rozhodujete?

## Závěr (3 min)
- Je ještě něco, na co jsem se nezeptal/a?
"""


def test_a_czech_guide_is_not_taken_for_polish_and_its_own_intro_asks_and_closing_stand() -> None:
    goals = ["Jak lidé používají sdílená auta"]
    kit = build_kit(Study(title="Auta", slug="auta", goals=goals, planned_minutes=23), parse_guide(SCENAR, "g.md", goals))
    assert kit.lang == "cs"
    md = render_markdown(kit)
    assert "Polish" not in md and "Zestaw" not in md and "Arkusz" not in md and "The guide is in Czech" in md
    assert "Účastník/ce: ____________ · Datum: ____________ · Tazatel/ka: ____________" in md
    assert '<html lang="cs">' in render_html(kit)
    # its own minutes and nothing added: no second intro, no consent note, no closing, no overrun warning
    assert [s.minutes for s in kit.sections] == [5, 15, 3] and not any(s.added for s in kit.sections)
    assert not any(s.kit_notes for s in kit.sections) and not kit.warnings
    assert "- **1.** Povězte mi, jak proběhla vaše poslední jízda.\n  - Kde jste auto našel/našla?" in md
    assert "- **2.** Popište mi prosím, jak vybíráte, kterým autem pojedete.\n  - Podle čeho se rozhodujete?" in md
    assert "_Cíl: Jak lidé používají sdílená auta_" in md  # its "Cíl: 1" ties it to the goal


# A Taglish guide of our own (a grocery supplier's app for carinderias): section titles half in English, its
# questions in Tagalog and English
GABAY = """\
# Gabay sa Panayam: Pag-order ng supplies

## 1. Pagpapakilala / Intro & consent (4 min)
- Okay lang po ba na i-record namin ang usapan natin?

## 2. Ang karinderya / The eatery (10 min)
- Kuwentuhan n'yo po ako tungkol sa karinderya ninyo.
  - Sino po ang kasama ninyo sa pagluluto?
- Ano po ang pinakamabenta ninyo tuwing tanghali?
- Tell me about the last time you ordered supplies through the app.
- Hindi po ba mas mura ang app kaysa sa palengke?

## 3. Pagtatapos / Closing (3 min)
- May gusto pa po ba kayong idagdag na hindi ko naitanong?
"""


def test_a_tagalog_guide_is_not_taken_for_serbian_and_keeps_english_labels() -> None:
    kit = build_kit(Study(title="Supplies", slug="supplies", goals=[]), parse_guide(GABAY, "g.md"))
    assert kit.lang == "tl"
    md = render_markdown(kit)
    assert "Serbian" not in md and "Zapažanje" not in md and "Materijal" not in md and "The guide is in Tagalog" in md
    assert "## Note-taker sheet" in md and "Participant: ____________ · Date: ____________" in md
    assert '<html lang="tl">' in render_html(kit)
    # its "tell me" ask in Tagalog is a question with its probe under it, and its own closing prompt is not repeated
    assert "- Kuwentuhan n'yo po ako tungkol sa karinderya ninyo.\n  - Sino po ang kasama ninyo sa pagluluto?" in md
    assert "anything you should have asked" not in md and not any(s.added for s in kit.sections)
    # the Tagalog "Hindi po ba…?" is told as leading
    assert "a leading form in Tagalog" in md


def test_a_cebuano_guide_gets_no_english_warm_up_and_its_closing_prompt_is_not_repeated() -> None:
    """A Cebuano and English guide of our own (a rice retailer's credit line): its intro 'Pagpaila', its first topic
    asking about their business ('Unsa imong negosyo karon?') and its closing 'wala nako napangutana' are its own, so
    the kit adds no English warm-up and no second closing prompt (walk86 F13)."""
    guide = ("# Bigasan credit interviews\n\n## Pagpaila ug pahintulot / Intro and consent (5 min)\n- Pwede ba namo i-record ang istorya?\n\n"
             "## Imong tindahan / Your shop (15 min)\n- Unsa imong negosyo karon?\n- Asa ka nagpalit og bugas?\n"
             "- Tell me about the last time you ran out of stock.\n\n## Katapusan / Closing (5 min)\n"
             "- Naa pa bay gusto nimo isulti nga wala nako napangutana?\n")
    kit = build_kit(Study(title="Bigas", slug="bigas", goals=[]), parse_guide(guide, "g.md"))
    md = render_markdown(kit)
    assert not any(s.added for s in kit.sections) and "Warm-up" not in md
    assert "should have asked" not in md and "Can you tell me a bit about yourself?" not in md


def test_a_danish_intro_that_asks_may_i_record_is_the_guides_own_and_the_kit_adds_none() -> None:
    # (a Danish guide for a bike-repair shop's booking page: "Må jeg optage…?" is the consent ask)
    guide = ("# Interviewguide: Cykelværksted\n\n## 1. Introduktion (5 min)\n\n- Tak fordi du vil tale med os.\n"
             "- Må jeg optage samtalen? Optagelsen bruges kun internt.\n\n## 2. Booking (20 min)\n\n"
             "1. Fortæl mig om, hvordan du bookede din sidste reparation.\n   - Hvad skete der bagefter?\n"
             "2. Hvad var svært ved at vælge et tidspunkt?\n")
    kit = build_kit(Study(title="Cykler", slug="cykler", goals=[]), parse_guide(guide, "g.md"))
    intro = kit.sections[0]
    assert not intro.added and intro.minutes == 5 and not [n for n in intro.kit_notes if "consent" in n]
    md = render_markdown(kit)
    assert "- **1.** Fortæl mig om, hvordan du bookede din sidste reparation.\n  - Hvad skete der bagefter?" in md


def test_a_pidgin_intro_that_tells_the_interviewer_to_ask_leave_to_record_is_the_guides_own() -> None:
    # (a guide for market traders: its intro tells the interviewer to ask, with the Pidgin words to say)
    guide = ("# Traders guide\n\n## Intro (3 mins)\n- Greet well. Introduce self.\n"
             "- Ask for permission to record the call. \"Abeg, you gree make we record this call? Na only our team go hear am.\"\n\n"
             "## Your shop (10 mins)\n1. How long you don dey sell for this market?\n2. Wetin you dey sell pass?\n"
             "   - Who dey help you for shop?\n")
    kit = build_kit(Study(title="Traders", slug="traders", goals=[]), parse_guide(guide, "g.md"))
    assert kit.sections[0].title == "Intro" and not kit.sections[0].added and kit.sections[0].minutes == 3
    assert kit.sections[1].start_minute == 3 and not [s for s in kit.sections if s.added and s.title == "Intro"]
    md = render_markdown(kit)
    assert "Is it okay if I record this conversation?" not in md and "check: closed" not in md


def test_a_section_marked_only_if_they_raise_it_gets_no_bank_probes_in_the_kit() -> None:
    guide = ("# Riders\n\n## Safety & trust (8 min)\n[only if they raise it]\n"
             "- Tell me about a time you felt unsafe during a ride.\n")
    md = render_markdown(build_kit(Study(title="R", slug="r", goals=[]), parse_guide(guide, "g.md")))
    assert "Tell me about a time you felt unsafe during a ride." in md
    assert "_(probe)_" not in md.split("## Safety & trust")[1].split("##")[0]


def test_a_note_between_two_questions_stays_in_front_of_the_one_after_it() -> None:
    # (an insurer's guide: the condition is a paragraph of its own between two list questions)
    guide = ("# Rinnovi\n\n## La scadenza (15 min)\n\n- Mi racconti cosa è successo alla scadenza.\n"
             "  - Quando se n'è accorto?\n- Il nuovo prezzo le sembrava chiaro?\n\n"
             "_[solo se ha disdetto] chiedere come ha inviato la disdetta._\n\n"
             "- Come ha fatto a disdire la polizza?\n  - È stato facile?\n")
    md = render_markdown(build_kit(Study(title="R", slug="r", goals=[]), parse_guide(guide, "g.md")))
    assert ("- Il nuovo prezzo le sembrava chiaro?\n- _[solo se ha disdetto] chiedere come ha inviato la disdetta._\n"
            "- Come ha fatto a disdire la polizza?") in md.replace("- **1.** ", "- ").replace("- **2.** ", "- ").replace("- **3.** ", "- ")


def test_a_danish_guide_gets_danish_labels_and_a_norwegian_one_norwegian() -> None:
    danish = ("# Interviewguide: Cykelværksted\n\n## 1. Introduktion (5 min)\n\n- Må jeg optage samtalen?\n\n"
              "## 2. Booking (20 min)\n\n1. Fortæl mig om, hvordan du bookede din sidste reparation.\n"
              "2. Hvad var svært ved at vælge et tidspunkt?\n3. Hvornår bruger du appen?\n")
    kit = build_kit(Study(title="Cykler", slug="cykler", goals=[]), parse_guide(danish, "g.md"))
    md = render_markdown(kit)
    assert kit.lang == "da" and "## Noteark" in md and "Deltager: ____________" in md and "Note-taker" not in md
    norwegian = ("# Intervjuguide: Sykkelverksted\n\n## 1. Innledning (5 min)\n\n- Kan jeg ta opp samtalen?\n\n"
                 "## 2. Booking (20 min)\n\n1. Fortell meg om hvordan du booket siste reparasjon.\n"
                 "2. Hva var vanskelig med å velge tidspunkt?\n3. Når bruker du appen?\n")
    kit = build_kit(Study(title="Sykler", slug="sykler", goals=[]), parse_guide(norwegian, "g.md"))
    assert kit.lang == "nb" and "## Notatark" in render_markdown(kit)


def test_a_norwegian_beskriv_ask_keeps_its_probes_and_its_own_closing_gets_no_added_line() -> None:
    # (a Norwegian guide for a bank's mortgage switch: "Beskriv hvordan…" asks for an account, its "Oppfølging:"
    # probes, one of two sentences, stay under it; "…som jeg ikke har spurt om?" is the guide's own closing prompt)
    guide = ("# Intervjuguide: Bytte av boliglån\n\n## 1. Bytte (15 min)\n\n"
             "1. Beskriv hvordan du gikk fram da du flyttet lånet, steg for steg.\n"
             "   - Oppfølging: Hvem tok kontakt først?\n"
             "   - Oppfølging: Fikk du et motbud fra oss? Hva syntes du om det?\n"
             "2. Hva var det vanskeligste?\n\n## 2. Avslutning (5 min)\n\n"
             "3. Er det noe du vil legge til som jeg ikke har spurt om?\n")
    kit = build_kit(Study(title="Lån", slug="lan", goals=[]), parse_guide(guide, "g.md"))
    md = render_markdown(kit)
    assert ("- **1.** Beskriv hvordan du gikk fram da du flyttet lånet, steg for steg.\n"
            "  - Oppfølging: Hvem tok kontakt først?\n"
            "  - Oppfølging: Fikk du et motbud fra oss? Hva syntes du om det?\n") in md, md
    assert "- **2.** Hva var det vanskeligste?" in md
    assert "anything you should have asked" not in md and not kit.sections[-1].added, md


def test_a_korean_guide_whose_intro_asks_to_record_and_for_questions_gets_no_intro_added() -> None:
    # "인트로" is the intro; "시작 전에 궁금하신 점 있으세요?" is the check-in before starting, as "Any questions?"
    guide = parse_guide("## 1. 인트로 (5분)\n\n안녕하세요, 리서치팀 김도윤입니다.\n\n- 편하게 말씀해 주시면 됩니다.\n"
                        "- 녹음해도 될까요?\n- 시작하기 전에 질문 있으신가요?\n\n"
                        "## 2. 장보기 (10분)\n- 최근에 장을 본 경험을 이야기해 주세요.\n\n"
                        "## 3. 마무리 (3분)\n- 더 하고 싶으신 말씀 있으세요?\n", "가이드.md")
    md = render_markdown(build_kit(STUDY, guide))
    assert "## Intro" not in md and "asks no consent" not in md
    assert "## 1. 인트로 (0–5 min)" in md and "## 2. 장보기 (5–15 min)" in md
