"""Guide parsing and guide-level checks, on small guides written for these tests."""

from __future__ import annotations

import re
from textwrap import dedent

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from listenwell.analysis.guide import (GuideIssueKind, alternative_groups, as_written, check_followup, check_guide, parse_guide,
                                      runs_the_session)
from listenwell.analysis.questions import QuestionKind, check_question
from listenwell.domain import InputError

GOOD = """\
# Grocery app study
Length: 30 minutes

## Warm-up
- Tell me a bit about how your household does its food shopping.

## Planning the shop (goal: 1)
- Can you walk me through how you planned your last weekly shop?
  - What happened next?
  - How did that make you feel?
- What gets in the way when you plan?
  - Can you give me another example?

## Paying
Goal: understand why people abandon the basket at payment
1. Tell me about the last time you paid for groceries online.
   - What did you do then?

## Wrap-up
- What should I have asked that I didn't?
- Thank them and stop the recording.
"""

GOALS = ["Learn how households plan a weekly shop",
         "Understand why people abandon the basket at payment"]


def test_parse_structure() -> None:
    g = parse_guide(GOOD, "good.md", GOALS)
    assert g.title == "Grocery app study"
    assert g.planned_minutes == 30
    assert [s.title for s in g.sections] == ["Warm-up", "Planning the shop", "Paying", "Wrap-up"]
    plan = g.sections[1]
    assert plan.goal == "1" and plan.goal_index == 0
    assert g.sections[2].goal_index == 1  # matched by words
    assert len(plan.questions) == 2
    assert [f.text for f in plan.questions[0].followups] == ["What happened next?",
                                                             "How did that make you feel?"]
    assert plan.questions[0].line == 8
    wrap = g.sections[3]
    assert [q.instruction for q in wrap.items] == [False, True]
    assert len(g.questions) == 5


def test_clean_guide_has_no_problems() -> None:
    report = check_guide(parse_guide(GOOD, "good.md"), GOALS)
    assert report.issues == []
    assert all(q.check.ok for q in report.questions), [
        (q.check.text, q.check.problems) for q in report.questions if not q.check.ok]
    assert report.clean
    mains = [q for q in report.questions if not q.followup]
    # the closer that hands the floor over gets the one probe that fits it: "say more"
    closer = [q for q in mains if "should I have asked" in q.check.text]
    assert [q.suggested_followups for q in closer] == [["Can you say more about that?"]]
    assert all(2 <= len(q.suggested_followups) <= 3 for q in mains if q not in closer)


BAD = """\
## Money
- How much would you pay for a meal-kit subscription and why did you cancel your last one?
- Do you like our app?

## Features
- Don't you think the new basket is easier?
- Would you use a shared shopping list?
- Which of these features would you click first?
- What do you want?
"""


def test_bad_guide_issues() -> None:
    report = check_guide(parse_guide(BAD, "bad.md"), GOALS, planned_minutes=12)
    kinds = {i.kind for i in report.issues}
    assert GuideIssueKind.GOAL_WITHOUT_QUESTIONS in kinds
    assert GuideIssueKind.SECTION_WITHOUT_FOLLOWUPS in kinds
    assert GuideIssueKind.TOO_MANY_QUESTIONS in kinds
    assert GuideIssueKind.HARDEST_FIRST in kinds
    goal_issues = [i for i in report.issues if i.kind == GuideIssueKind.GOAL_WITHOUT_QUESTIONS]
    assert len(goal_issues) == 2
    verdicts = {q.check.text: q.check.kind for q in report.questions}
    assert verdicts["Do you like our app?"] == QuestionKind.CLOSED
    assert verdicts["Don't you think the new basket is easier?"] == QuestionKind.LEADING
    assert verdicts["Would you use a shared shopping list?"] == QuestionKind.HYPOTHETICAL
    assert not report.clean


def test_sections_of_probes_and_advice_need_no_probes_of_their_own() -> None:
    guide = parse_guide("""\
## Starting the session
- How is your week going?

## The weekly shop
- Tell me about the last time you did the weekly shop.
  - What happened next?

## Key follow-up phrases
- What happened next?
- Why was that?

## Don'ts
- Do you like our app?

## (Note for Sam: ask only one of the groups below)

## Paying
- How did you pay for the last shop?
""", "asides.md")
    issues = {(i.kind, i.section) for i in check_guide(guide, []).issues}
    assert issues == {(GuideIssueKind.SECTION_WITHOUT_FOLLOWUPS, "Paying")}


def test_a_protocol_numbers_its_questions_part_by_part_and_tags_them_with_research_questions() -> None:
    g = parse_guide("""\
# Moving house: interview protocol

## Research questions
- RQ1. How do people choose a removal firm?

## Procedure
- Duration: approximately 45 minutes, recorded with consent.

### Part A: The move [RQ2] (approx. 10 min)

**A1.** [RQ2] Could you describe the day the removal van came?
- Prompt: Who was there? How much notice did you have?

**A2.** [RQ2] Tell me about the first night in the new place.
- Prompt: What was missing?

**A4.** What did you unpack last? *[RQ1]*

A3) What did you unpack first?
""", "protocol.md", ["Learn how people find a removal firm", "Understand the moving day"])
    part = g.sections[-1]
    assert g.planned_minutes == 45
    assert (part.title, part.minutes, part.goal, part.goal_index) == ("Part A: The move", 10, "RQ2", 1)
    assert [(q.text, [f.text for f in q.followups]) for q in part.questions] == [
        ("Could you describe the day the removal van came?", ["Who was there?", "How much notice did you have?"]),
        ("Tell me about the first night in the new place.", ["What was missing?"]),
        ("What did you unpack last?", []),  # a tag after it is not part of it either
        ("What did you unpack first?", []),
    ]


def test_an_item_that_runs_on_with_more_questions_holds_its_own_follow_ups() -> None:
    g = parse_guide("""\
# Talking to the client

1. **What is the shop trying to fix?** What problem started it? How will you know it worked?
   Usually a goal such as faster service.
2. (Opening hours) How did you settle on the hours you open? Who had a say (staff, owners?)
3. "Who is the site for?" or "Who do you think uses it?"
4. Who else should we talk to? Agree who sends the invitations.
6. Which tools do you use? E.g. spreadsheets or paper. Ask to see them.
5. Were they able to find the menu? [Y][N]
""", "runs_on.md")
    assert [(q.text, [(f.text, f.instruction) for f in q.followups]) for q in g.questions] == [
        ("What is the shop trying to fix?", [("What problem started it?", False),
                                             ("How will you know it worked?", False),
                                             ("Usually a goal such as faster service.", True)]),
        ("How did you settle on the hours you open?", [("Who had a say (staff, owners?)", False)]),
        ('"Who is the site for?" or "Who do you think uses it?"', []),
        ("Who else should we talk to?", [("Agree who sends the invitations.", True)]),
        ("Which tools do you use?", [("E.g. spreadsheets or paper.", True), ("Ask to see them.", True)]),
    ]
    assert g.sections[0].items[-1].instruction  # the note-taker's checklist stays whole


def test_a_guide_that_writes_each_question_as_a_heading() -> None:
    g = parse_guide("""\
Consent:
- [ ] OK to quote

# How did you join the allotment society?

# What is the biggest problem at the plots right now?
Ask for a recent example.

# Anything you want to add?
""", "headings.md")
    assert [q.text for q in g.questions] == ["How did you join the allotment society?",
                                            "What is the biggest problem at the plots right now?",
                                            "Anything you want to add?"]


def test_fields_of_a_template_are_notes_unless_their_value_asks() -> None:
    g = parse_guide("""\
**Sample interview:**

- **When to engage**: From the first planning meeting
- **Key considerations**: Describe the purpose of the interview before you start.
- **Privacy**: tell your participant how the notes are kept.
- **Warm-up**: Tell me about your role.
- Say: "We're looking at how rotas and swaps work at your practice so we can improve the app. I'm interested in how things really work day to day, including the workarounds — there are no right or wrong answers and nothing goes back to your manager with your name on it."
- Say: "Is it OK if we record? It is only for our notes."
- **Budget**: How was the last project funded?
""", "template.md")
    assert g.sections[0].title == "Sample interview"
    assert [(q.text, q.instruction) for q in g.sections[0].items] == [
        ("When to engage: From the first planning meeting", True),
        ("Key considerations: Describe the purpose of the interview before you start.", True),
        ("Privacy: tell your participant how the notes are kept.", True),
        ("Warm-up: Tell me about your role.", False),
        ('Say: "We\'re looking at how rotas and swaps work at your practice so we can improve the app. I\'m '
         "interested in how things really work day to day, including the workarounds \u2014 there are no right or "
         'wrong answers and nothing goes back to your manager with your name on it."', True),  # words to say
        ('Say: "Is it OK if we record? It is only for our notes."', False),
        ("Budget: How was the last project funded?", False),
    ]


def test_a_plain_text_outline_with_sections_in_capitals() -> None:
    g = parse_guide("""\
ALLOTMENT WAITING LIST - HOLDER INTERVIEWS
Draft 1, Sam

PURPOSE
  Hear how people get onto the waiting list and what keeps them waiting.

HOW LONG
  About 25 minutes by phone.

INTRODUCTION (read out, 2 mins)
  "Thanks for talking to me. There are no right or wrong answers."

THE WAIT (10 mins)
  [Skip for people who got a plot this year]
  1. Tell me about the day you joined the waiting list.
       [ONLY if they mention the council office]
  2. What have you done about a plot since then?
       - allotment swaps, a neighbour's garden?
""", "outline.txt")
    assert (g.title, g.planned_minutes) == ("ALLOTMENT WAITING LIST - HOLDER INTERVIEWS", 25)
    assert [(s.title, s.minutes) for s in g.sections] == [
        ("PURPOSE", None), ("HOW LONG", None), ("INTRODUCTION", 2), ("THE WAIT", 10)]
    first, second = g.sections[3].questions
    assert first.text == "Tell me about the day you joined the waiting list."
    assert [(f.text, f.instruction) for f in first.followups] == [("[ONLY if they mention the council office]", True)]
    assert [f.text for f in second.followups] == ["allotment swaps, a neighbour's garden?"]


def test_a_usability_script_with_goals_a_scenario_to_read_and_its_session_length() -> None:
    g = parse_guide("""\
# Parcel locker app - usability test

**Session length:** 40 minutes

**Goals of this round**
1. Can first-time users find a free locker?

## Task 1 - Send a parcel (8 min)

**Scenario (read aloud):**
> "You want to send a birthday present to your sister. Book a locker near you."

After the task:

1. Talk me through how you picked the locker.
""", "script.md")
    assert g.planned_minutes == 40
    goals, task = g.sections
    assert (goals.title, goals.asked, goals.questions) == ("Goals of this round", False, [])
    assert task.title == "Task 1 - Send a parcel" and [q.text for q in task.questions] == [
        "Talk me through how you picked the locker."]
    assert any("birthday present" in n for n in task.notes)


def test_a_guide_kept_as_a_table_with_section_probe_and_time_columns() -> None:
    g = parse_guide("""\
# Repair café interviews

## Why we're doing this
- how volunteers pick which repairs to take on

## 2. Research questions
1. What makes a repair worth doing?

## Intro script (\u22483 min)
Thanks for joining.

## Guide

| Section | Question | Probe | Time |
|---|---|---|---|
| Warm-up | Could you tell me how you started volunteering? | Who brought you along? | 3 min |
| Warm-up | What do you fix most often? | | 2 min |
| Repairs | Walk me through the last repair you turned down. | Tools, parts, time | 5 min |
""", "table.md")
    by_title = {s.title: s for s in g.sections}
    assert not by_title["Why we're doing this"].asked and not by_title["2. Research questions"].asked
    assert by_title["Intro script"].minutes == 3
    assert [(s.title, s.minutes, [q.text for q in s.questions]) for s in g.sections[-2:]] == [
        ("Warm-up", 5, ["Could you tell me how you started volunteering?", "What do you fix most often?"]),
        ("Repairs", 5, ["Walk me through the last repair you turned down."]),
    ]
    assert [f.text for f in g.sections[-2].questions[0].followups] == ["Who brought you along?"]
    assert [f.text for f in g.sections[-1].questions[0].followups] == ["Tools, parts, time"]


def test_a_phone_script_with_running_times_in_the_margin() -> None:
    g = parse_guide("""\
BIN COLLECTION CALLS - RESIDENT SCRIPT
Length:    20 minutes by phone.

00:00   INTRO  (read out)

        "Thanks for taking my call. Is now still a good time?"

00:03   MISSED COLLECTIONS   [only for residents who reported one]

        1   Can you tell me about the last time your bin was
            not collected?
              > probe: what did you do, who did you call?

        2   I have heard a lot of people find the app confusing, so what
            was your experience of reporting it
            - the form, the map, or anything else?

00:12   WRAP-UP

        3   What should I have asked?
""", "script.txt")
    assert (g.title, g.planned_minutes) == ("BIN COLLECTION CALLS - RESIDENT SCRIPT", 20)
    # each section runs from its time to the next one's, the last to the planned length
    assert [(s.title, s.minutes) for s in g.sections] == [
        ("INTRO (read out)", 3), ("MISSED COLLECTIONS", 9), ("WRAP-UP", 8)]
    missed = g.sections[1]
    assert missed.notes[0] == "only for residents who reported one"
    first, second = missed.questions
    assert first.text == "Can you tell me about the last time your bin was not collected?"
    assert [f.text for f in first.followups] == ["what did you do, who did you call?"]
    assert second.text.endswith("what was your experience of reporting it - the form, the map, or anything else?")
    assert second.followups == []


def test_a_notion_export_with_toggles_and_an_email_with_a_timings_list() -> None:
    notion = parse_guide("""\
# \U0001f6b2 Cycle hire interviews

\u23f1\ufe0f **Session length:** 25 minutes

## \U0001f44b Intro

- \u25b8 Intro script (read out)
    "Thanks for stopping. Is it OK if I record?"

## \u2615 Warm-up

1. How did today's ride come about?
    - \u25b8 Probes
        - Who with?
        - Planned or not?
""", "notion.md")
    assert notion.planned_minutes == 25
    intro, warm = notion.sections
    assert intro.questions == [] and intro.notes[0] == "Intro script (read out)"
    assert [(q.text, [f.text for f in q.followups]) for q in warm.questions] == [
        ("How did today's ride come about?", ["Who with?", "Planned or not?"])]
    email = parse_guide("""\
Hi Sam, here is the draft.

Rough timings:
- Intro - 3 min
- The decision - 10 min

INTRO (read this out)

"Thanks for your time."

THE DECISION

1. What was going on when you started looking?
2. How did payroll go in Q4?
3. Can I ask who signs off the pay run?

Things I wasn't sure about:
- Q1 feels a bit pointed?
- Should we ask about the accountant separately?
""", "email.txt")
    assert [(s.title, s.minutes) for s in email.sections if s.minutes] == [
        ("INTRO (read this out)", 3), ("THE DECISION", 10)]
    assert [q.text for q in email.questions] == ["What was going on when you started looking?",
                                               "How did payroll go in Q4?", "Can I ask who signs off the pay run?"]


def test_a_topic_that_shares_a_word_with_the_warm_up_or_close_still_needs_probes() -> None:
    guide = parse_guide("""\
## Session opening
- How has your week been?

## Opening hours
- Tell me about the last time you found the branch closed.

## Closing your account
- Walk me through the day you closed your old account.

## Project background
- What was the project for?
""", "topics.md")
    issues = {(i.kind, i.section) for i in check_guide(guide, []).issues}
    assert issues == {(GuideIssueKind.SECTION_WITHOUT_FOLLOWUPS, "Opening hours"),
                      (GuideIssueKind.SECTION_WITHOUT_FOLLOWUPS, "Closing your account")}


def test_examples_of_what_not_to_ask_are_not_questions_of_the_guide() -> None:
    guide = parse_guide("""\
## The weekly shop
- Tell me about the last time you did the weekly shop.

| Avoid | Instead |
|---|---|
| "Would you use a shopping app?" | "Tell me about the last time you…" |

## Questions to avoid
- Do you like our app?

## Paying
- How did you pay for the last shop?

## [Optional] Delivery
- When did you last have the shopping delivered?
""", "avoid.md")
    assert [q.text for q in guide.questions] == ["Tell me about the last time you did the weekly shop.",
                                                 "How did you pay for the last shop?",
                                                 "When did you last have the shopping delivered?"]
    assert any("Would you use a shopping app?" in note for s in guide.sections for note in s.notes)
    report = check_guide(guide, [])
    assert {i.section for i in report.issues} == {"The weekly shop", "Paying"}  # no probes (a backup list needs none)
    assert all(q.check.ok for q in report.questions)


@pytest.mark.parametrize("text, line", [("", None), ("   \n\n", None),
                                        ("# Title\n\nSome prose only.\n", 1)])
def test_empty_or_no_questions(text: str, line: int | None) -> None:
    with pytest.raises(InputError) as err:
        parse_guide(text, "g.md")
    assert "g.md" in str(err.value)


def test_items_without_heading_and_unknown_goal() -> None:
    g = parse_guide("- What did you do last weekend?\n", "g.md")
    assert g.sections[0].title == "Questions"
    text = "## Money (goal: 7)\n- Tell me about your last purchase.\n  - What happened next?\n"
    report = check_guide(parse_guide(text, "g.md"), GOALS)
    assert GuideIssueKind.UNKNOWN_GOAL in {i.kind for i in report.issues}


def test_a_guide_pasted_as_plain_lines_reads_its_question_lines() -> None:
    text = ("Interview guide\n\n## Shopping\nThanks for joining.\nHow do you plan the weekly shop?\n"
            "Do you use a list app?\n\n## Paying\nWhat happened the last time a payment failed?\n")
    g = parse_guide(text, "g.md")
    assert [(s.title, [q.text for q in s.items]) for s in g.sections] == [
        ("Shopping", ["How do you plan the weekly shop?", "Do you use a list app?"]),
        ("Paying", ["What happened the last time a payment failed?"])]
    assert [q.line for q in g.questions] == [5, 6, 9]  # the file's own line numbers
    assert g.markdown == text and g.sections[0].notes == ["Thanks for joining."]


def test_question_labels_are_list_items() -> None:
    g = parse_guide("## Shopping\nQ1. How do you plan the weekly shop?\n**Q2:** Where do you shop?\n"
                    "3) What happened last time?\n", "g.md")
    assert [q.text for q in g.questions] == ["How do you plan the weekly shop?", "Where do you shop?",
                                             "What happened last time?"]
    g = parse_guide("## Shopping\nQ1 - How do you plan the weekly shop?\nQuestion 2: Where do you shop?\n"
                    "- Q3 \u2013 Tell me about the last time.\n\n**Wrap up**\nQ4 \u2014 Anything else?\n", "g.md")
    assert [(q.text, q.line) for q in g.questions] == [
        ("How do you plan the weekly shop?", 2), ("Where do you shop?", 3),
        ("Tell me about the last time.", 4), ("Anything else?", 7)]
    assert [s.title for s in g.sections] == ["Shopping", "Wrap up"]


def test_sub_numbered_items_are_probes_of_the_question_before() -> None:
    g = parse_guide("## 1. Background\n1. Tell me about your job.\n1.1 What does a normal day look like?\n"
                    "1.2. Who do you work with?\n2. How do you track expenses today?\n", "g.md")
    assert [q.text for q in g.questions] == ["Tell me about your job.", "How do you track expenses today?"]
    assert [f.text for f in g.questions[0].followups] == ["What does a normal day look like?",
                                                          "Who do you work with?"]


def test_a_word_processor_export_with_bold_sections_and_lettered_probes() -> None:
    text = ("# Grocery delivery guide\n\n**Goal:** why people stop after the first box.\n\n"
            "**Section 1: Warm-up (5 min)**\n\n1. Tell me how your household shops for food.\n\n"
            "**Section 2: The first order (15 min)**\n\n"
            "2. Walk me through the day your first box arrived.\n   a. What happened next?\n"
            "   b) How did that make you feel?\n3. **Why?** is not a heading, nor is this line.\n")
    g = parse_guide(text, "g.md")
    assert g.title == "Grocery delivery guide"
    assert [(s.title, s.minutes) for s in g.sections] == [("Section 1: Warm-up", 5),
                                                          ("Section 2: The first order", 15)]
    first_order = g.sections[1].items[0]
    assert first_order.text == "Walk me through the day your first box arrived."
    assert [f.text for f in first_order.followups] == ["What happened next?",
                                                       "How did that make you feel?"]
    assert [f.line for f in first_order.followups] == [12, 13]
    assert g.sections[1].items[1].text.startswith("Why?")


def test_probes_written_on_their_own_line_are_follow_ups() -> None:
    text = ("## Planning\n1. How did you plan your last weekly shop?\n"
            "   Probe: What happened next? / What did you do when something was missing?\n"
            "2. Where do you keep your list?\nFollow-ups: Why there? How long have you done it that way?\n"
            "→ Who else uses it?\n")
    g = parse_guide(text, "g.md")
    assert [q.text for q in g.sections[0].items] == ["How did you plan your last weekly shop?",
                                                     "Where do you keep your list?"]
    assert [f.text for f in g.sections[0].items[0].followups] == [
        "What happened next?", "What did you do when something was missing?"]
    assert [(f.text, f.line) for f in g.sections[0].items[1].followups] == [
        ("Why there?", 5), ("How long have you done it that way?", 5), ("Who else uses it?", 6)]


def test_a_guide_kept_as_a_table() -> None:
    text = ("## Planning (10 min)\n\n| # | Question | Probes |\n|---|---|---|\n"
            "| 1 | How did you plan your last weekly shop? | What happened next? <br> Who helped? |\n"
            "| 2 | Do you like our app? | |\n")
    g = parse_guide(text, "g.md")
    assert [(q.text, q.line) for q in g.questions] == [
        ("How did you plan your last weekly shop?", 5), ("Do you like our app?", 6)]
    assert [f.text for f in g.questions[0].followups] == ["What happened next?", "Who helped?"]
    report = check_guide(g)
    assert [r.check.kind for r in report.questions if not r.followup] == [QuestionKind.OPEN,
                                                                       QuestionKind.CLOSED]


def test_the_participants_own_words_are_not_jargon() -> None:
    text = ("# Developer study\nTheir words: API, ARM, CI/CD\n\n## Tools\n"
            "- What share of your workloads run on ARM today?\n"
            "- Walk me through the last time you set up CI/CD for a new service.\n"
            "  - Which API did you call first?\n- How do you track KPIs for the team?\n")
    g = parse_guide(text, "g.md")
    assert g.terms == ["API", "ARM", "CI/CD"]
    verdicts = {r.check.text: r.check.kind for r in check_guide(g).questions}
    assert verdicts["What share of your workloads run on ARM today?"] == QuestionKind.OPEN
    assert verdicts["Walk me through the last time you set up CI/CD for a new service."] == QuestionKind.OPEN
    assert verdicts["Which API did you call first?"] == QuestionKind.OPEN
    assert verdicts["How do you track KPIs for the team?"] == QuestionKind.JARGON  # not in their words
    # without the line, the same questions are flagged
    plain = check_guide(parse_guide(text.replace("Their words: API, ARM, CI/CD\n", ""), "g.md"))
    assert sum(r.check.kind == QuestionKind.JARGON for r in plain.questions) == 4


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_text_parses_or_input_error(text: str) -> None:
    try:
        g = parse_guide(text, "x.md", GOALS)
    except InputError:
        return
    assert g.questions
    check_guide(g, GOALS, planned_minutes=30)


def test_a_guide_pasted_from_a_document_keeps_its_bullets_and_sections() -> None:
    # what a guide copied out of a word processor looks like: plain section lines, "•" bullets,
    # "◦" probes indented under them, and an instruction that is not a question
    text = ("# Meal kit study\n\nWarm-up\n\u2022 Tell me about how your household plans dinner.\n\n"
            "First order, step by step (10 min):\n\u2022 Walk me through the evening you placed your first order.\n"
            "\t\u25e6 What happened next?\n\t\u25e6 Who else was involved?\n"
            "\u2022 Do you think the menu is good?\n\nWrap-up\n\u2013 Anything else you'd like to add?\n"
            "\u2013 Thank them and stop the recording\n")
    g = parse_guide(text, "g.md")
    assert g.title == "Meal kit study"
    assert [(s.title, [q.text for q in s.questions]) for s in g.sections] == [
        ("Warm-up", ["Tell me about how your household plans dinner."]),
        ("First order, step by step", ["Walk me through the evening you placed your first order.",
                         "Do you think the menu is good?"]),
        ("Wrap-up", ["Anything else you'd like to add?"])]
    assert g.sections[1].minutes == 10
    walk = g.sections[1].questions[0]
    assert [f.text for f in walk.followups] == ["What happened next?", "Who else was involved?"]
    assert [(q.text, q.instruction) for q in g.sections[2].items][-1] == (
        "Thank them and stop the recording", True)
    assert [q.line for q in g.questions] == [4, 7, 10, 13]
    # a Markdown guide's own headings stay in charge: a short line before a list is a note
    md = ("## Shopping\n\nRead this first\n- How do you plan the weekly shop?\n\n## Paying\n"
          "- What happened the last time a payment failed?\n")
    g = parse_guide(md, "g.md")
    assert [s.title for s in g.sections] == ["Shopping", "Paying"]
    assert g.sections[0].notes == ["Read this first"]


def test_guide_shapes_found_in_public_guides() -> None:
    # shapes seen in public discussion guides, written here in our own words: a question in bold
    # on its own line (in a blockquote too), a "Listen, then probe:" label over its probes,
    # quoted questions, "-What" with no space, "Ask:" lines, a link whose "?" asks nothing
    text = ("## First order (5 min)\n\n> Let's go back to the week you first ordered.\n>\n"
            "> **When did you first think about ordering meal kits?**\n\nListen, then probe:\n"
            "- \"What was happening that week?\"\n- \"Who else was part of it?\"\n\n"
            "**How did you choose between the kits?**\n\n**Follow-up probes**:\n- What almost stopped you?\n\n"
            "## Today\n-What does a normal week of dinners look like now?\nAsk: What would you miss if it stopped?\n"
            "- [Our notes](https://example.org/notes?id=3)\n")
    g = parse_guide(text, "g.md")
    first, today = g.sections
    assert [(q.text, q.line) for q in first.questions] == [
        ("When did you first think about ordering meal kits?", 5), ("How did you choose between the kits?", 11)]
    assert [f.text for f in first.questions[0].followups] == ["What was happening that week?",
                                                              "Who else was part of it?"]
    assert [f.text for f in first.questions[1].followups] == ["What almost stopped you?"]
    assert first.minutes == 5 and first.notes == ["Let's go back to the week you first ordered."]
    assert [q.text for q in today.questions] == ["What does a normal week of dinners look like now?",
                                                 "What would you miss if it stopped?"]
    assert today.items[-1].instruction  # the link is not a question


def test_a_section_written_as_paragraphs_reads_its_question_lines() -> None:
    # a script written as paragraphs in one section, bullets in another; the study's own
    # research questions are not interview questions
    text = ("## Research questions\nWhy do people drop off at payment?\n\n## Script\n"
            "Thanks for joining. Before we begin, do you have any questions?\n\n"
            "First, what do you do for work?\n\n## Tasks\n- Find the delivery fee.\n"
            "- What did you expect to see there?\n")
    g = parse_guide(text, "g.md")
    assert [(s.title, [q.text for q in s.questions]) for s in g.sections] == [
        ("Research questions", []),
        ("Script", ["Thanks for joining. Before we begin, do you have any questions?",
                    "First, what do you do for work?"]),
        ("Tasks", ["What did you expect to see there?"])]
    assert g.sections[0].notes == ["Why do people drop off at payment?"]


def test_a_section_without_questions_is_flagged_only_when_it_looks_forgotten() -> None:
    text = dedent("""\
        # Guide

        ## Moderator logistics
        Send the consent form two days before.

        ## Habits

        ### At home
        - How do you plan the week's meals?
          - What happened last time?

        ## Pricing (goal: 2)

        ## Leftovers
        """)
    report = check_guide(parse_guide(text, "g.md", ["meals", "prices"]), ["meals", "prices"])
    empty = [i.section for i in report.issues if i.kind == GuideIssueKind.SECTION_WITHOUT_QUESTIONS]
    # notes of their own and a parent heading are not forgotten; a goal's section and an empty one are
    assert empty == ["Pricing", "Leftovers"]


def test_notes_to_the_interviewer_about_the_session_are_not_questions() -> None:
    text = dedent("""\
        # Guide

        ## Intro
        - Introduce yourself and the team.
        - Explain there are no right or wrong answers.
        - Talk about what will happen in the session.

        ## Cooking
        - Describe the last time you cooked for friends.
          - What happened next?
        """)
    guide = parse_guide(text, "g.md")
    assert [q.text for q in guide.questions] == ["Describe the last time you cooked for friends."]


def test_the_note_takers_checklist_is_not_a_question() -> None:
    text = dedent("""\
        # Guide

        ## Task 1
        - Can you find the opening hours for Saturday?
          - Were they able to find the opening hours? [Y][N]
          - What did you expect to see there?
        """)
    guide = parse_guide(text, "g.md")
    (question,) = guide.questions
    assert [f.text for f in question.followups if not f.instruction] == ["What did you expect to see there?"]


@pytest.mark.parametrize("line, minutes", [("**Duration**: 30-40 minutes", 40), ("Length: about 45 min", 45),
                                           ("Time: 20 to 25 minutes", 25)])
def test_a_planned_length_given_as_a_range_is_read_as_its_upper_end(line: str, minutes: int) -> None:
    guide = parse_guide(f"# Guide\n{line}\n\n## Shopping\n- Tell me about your last shop.\n", "g.md")
    assert guide.planned_minutes == minutes


@pytest.mark.parametrize("heading, title, minutes", [("## Intro - 5 minutes", "Intro", 5),
                                                     ("## Closing: 3 min", "Closing", 3),
                                                     ("## Deciding (5-7 min)", "Deciding", 7)])
def test_minutes_at_the_end_of_a_heading_are_the_sections_time(heading: str, title: str, minutes: int) -> None:
    guide = parse_guide(f"# Guide\n\n{heading}\n- Tell me about your last shop.\n", "g.md")
    assert (guide.sections[0].title, guide.sections[0].minutes) == (title, minutes)


def test_an_advice_title_over_questions_to_ask_is_a_section_of_the_interview() -> None:
    # "Reminders" in a study of reminders holds questions; "Tips" of statements or quoted
    # phrasings stays advice for the interviewer
    guide = parse_guide("""\
## Tips
- Let silences run.
- "What happened next?"
- "Can you say more?"

## Reminders
- How do you remind patients of their appointments?
  - What happened the last time a reminder was missed?
- What do patients say about the reminder texts?
""", "reminders.md")
    asked = [q.text for q in guide.questions]
    assert asked == ["How do you remind patients of their appointments?",
                     "What do patients say about the reminder texts?"]
    assert not check_guide(guide, []).issues


def test_a_bold_note_in_brackets_and_an_indented_heading_are_read_as_written() -> None:
    guide = parse_guide("""\
## Intro - 5 minutes
- Are you comfortable if I record this call? We keep the recording on our own machines, only the two of us
  listen to it, it is deleted when the study ends, and nothing you say is quoted with your name, in this
  report or anywhere else, unless you tell us that is fine.

**(Note for Priya: the next part runs long with managers)**

- When the participant is ready, start the timer.
- How did you choose your last phone contract?
  - What happened next?
 ## Wrap-up
- Who else should we talk to?
""", "notes.md")
    assert [(s.title, s.minutes) for s in guide.sections] == [("Intro", 5), ("Wrap-up", None)]
    intro = guide.sections[0]
    assert intro.notes == ["(Note for Priya: the next part runs long with managers)"]
    # the timer is an instruction; the consent ask with what it must explain is not "too long"
    assert [q.text for q in intro.questions][1:] == ["How did you choose your last phone contract?"]
    assert not check_question(intro.questions[0].text).problems


def test_of_alternative_sections_only_the_longest_counts_against_the_length() -> None:
    sets = "\n".join(f"## Questions for {who}\n" + "".join(f"- Tell me about the last time you {v}.\n  - What happened next?\n"
                                                       for v in ("planned a trip", "booked a room", "paid a deposit"))
                     for who in ("students", "parents", "retirees"))
    text = f"# Travel\nLength: 15 minutes\n\n## Intro\nAsk only one of the following groups.\n\n{sets}"
    issues = check_guide(parse_guide(text, "sets.md"), []).issues
    assert not [i for i in issues if i.kind == GuideIssueKind.TOO_MANY_QUESTIONS]  # 3 questions, 9 minutes
    without = check_guide(parse_guide(text.replace("Ask only one of the following groups.", ""), "sets.md"), []).issues
    assert [i for i in without if i.kind == GuideIssueKind.TOO_MANY_QUESTIONS]  # 9 questions


def test_the_studys_own_goals_listed_in_a_guide_are_not_its_questions() -> None:
    guide = parse_guide("""\
# Bike share study

Research questions:
1. Why do riders end a trip early?
2. What would make them ride in winter?

## Context (5 min)
- Where do you usually ride?

## Learning objectives
- How do riders pick a bike?

## The last ride
- Tell me about the last ride you took.
  - What happened next?
""", "goals.md")
    assert [q.text for q in guide.questions] == ["Where do you usually ride?", "Tell me about the last ride you took."]
    # a context section, like a warm-up, is not asked for probes
    assert not check_guide(guide, []).issues


@pytest.mark.parametrize("label", ["Kutatási kérdések:", "Forschungsfragen:", "Pytania badawcze:",
                                   "Preguntas de investigación:"])
def test_the_studys_research_questions_listed_in_another_language_are_not_its_questions(label: str) -> None:
    guide = parse_guide(f"# Piac\n\n{label}\n- Miért vásárolnak a piacon?\n- Mi tartja vissza a fiatalokat?\n\n"
                        "## Vásárlás (10 perc)\n- Hogyan vásárolt legutóbb a piacon?\n  - Mi történt ezután?\n", "g.md")
    assert [q.text for q in guide.questions] == ["Hogyan vásárolt legutóbb a piacon?"]
    assert not [i for i in check_guide(guide, []).issues if "follow-up" in i.message]


def test_a_word_processor_exports_first_bold_line_is_its_title() -> None:
    text = ("**Interview guide: library opening hours**\n\nDuration: 30 minutes\n\n**Section 1: Visits (10 min)**\n\n"
            "**Tell me about your last visit to the library.**\nProbe: What happened next?\n")
    guide = parse_guide(text, "export.md")
    assert guide.title == "Interview guide: library opening hours"
    assert [s.title for s in guide.sections] == ["Section 1: Visits"]
    assert not check_guide(guide, []).issues
    # a label ("DRAFT:") over the guide does not name it
    assert parse_guide("**DRAFT:**\n\n" + text, "export.md").title is None


def test_a_section_of_check_ins_needs_no_probes() -> None:
    guide = parse_guide("## The last trip\n- Tell me about your last trip.\n  - What happened next?\n\n"
                        "## Over to my colleague\n- Do you have any questions for us?\n"
                        "- [NOTE-TAKER], did you have any clarification questions?\n", "handover.md")
    assert not check_guide(guide, []).issues


def test_ask_labels_quoted_questions_and_conditional_probe_labels() -> None:
    guide = parse_guide("""\
# Allotment study

## Logistics
- **Duration:** 30-40 minutes
- **Platform:** phone

## Section 1: The plot (10 minutes)

**Main Question 1.1:**
> "Tell me about the last time you spent a morning at the plot."

**Probes:**
- What did you do first?
- Who else was there?

### Q2 - Sharing the harvest

**Ask**

* "What happened to the last glut of courgettes?"

**Probe only if needed**

* "Who did you give them to?"

## Participant Screener

### Include
- Do you rent an allotment plot?
""", "plot.md")
    assert guide.planned_minutes == 40
    asked = {q.text: [f.text for f in q.followups] for q in guide.questions}
    assert asked == {"Tell me about the last time you spent a morning at the plot.": ["What did you do first?",
                                                                                      "Who else was there?"],
                     "What happened to the last glut of courgettes?": ["Who did you give them to?"]}
    assert not check_guide(guide, []).issues


def test_a_pandoc_export_reads_without_its_escapes() -> None:
    guide = parse_guide("## Your work\n\n1.  Briefly describe your current project.\n\n"
                        "2.  What tools have been used and where?\\\n\n3.  Is it \\*really\\* finished?\n", "p.md")
    assert [q.text for q in guide.questions] == ["Briefly describe your current project.",
                                                 "What tools have been used and where?", "Is it *really* finished?"]


def test_a_usability_task_section_needs_no_probes() -> None:
    guide = parse_guide("## Task 2 - The fees page\n- Can you find out on this page when the library opens?\n"
                        "- Where would you look for the holiday hours?\n\n"
                        "## Your last visit\n- Tell me about your last visit.\n  - What happened next?\n", "tasks.md")
    assert not check_guide(guide, []).issues


def test_a_list_in_raw_html_is_read_as_a_list() -> None:
    guide = parse_guide("""\
## Your data
<table>
  <tr>
   <td>
<ul>
<li><em>Where do you keep your survey data?</em>
<ul>
<li><em>Who else can open it? </em></li>
</ul></li>
<li><strong>How long do you keep it?</strong></li>
</ul>
   </td>
  </tr>
</table>
""", "html.md")
    assert {q.text: [f.text for f in q.followups] for q in guide.questions} == {
        "Where do you keep your survey data?": ["Who else can open it?"], "How long do you keep it?": []}


def test_a_question_written_as_a_paragraph_keeps_the_list_under_it_as_probes() -> None:
    guide = parse_guide("""\
# Cycling to work [~20 mins]

What got you cycling to work in the first place?
- Who or what helped you start?
- What almost stopped you?

Could you talk me through your ride this morning? _[note the route they name]_
- Where did you slow down?

How do you carry your things?

- Tell me about your bag.
""", "para.md")
    assert {q.text: [f.text for f in q.followups] for q in guide.questions} == {
        "What got you cycling to work in the first place?": ["Who or what helped you start?", "What almost stopped you?"],
        # the note after it is a note for the interviewer, kept with it
        "Could you talk me through your ride this morning?": ["[note the route they name]", "Where did you slow down?"],
        "How do you carry your things?": ["Tell me about your bag."]}


def test_a_bold_label_over_a_quoted_question_labels_it() -> None:
    guide = parse_guide("""\
## Closing (5 minutes)

**Referrals:**
> "Who else at the allotments should we talk to?"

**Thank You:**
> "Thanks for your time. Any questions for me before we end?"

## Notes
**Checklist:**
- Upload the recording
""", "closing.md")
    assert [s.title for s in guide.sections] == ["Closing", "Notes", "Checklist"]
    assert [q.text for q in guide.sections[0].questions] == [
        "Who else at the allotments should we talk to?", "Thanks for your time. Any questions for me before we end?"]


def test_minutes_in_the_title_are_the_planned_length() -> None:
    guide = parse_guide("# Allotment interview (20-30 min)\n\n## The plot\n- Tell me about your plot.\n", "t.md")
    assert (guide.title, guide.planned_minutes) == ("Allotment interview", 30)


def test_asks_addressed_to_the_participant_in_paragraphs_and_tables() -> None:
    guide = parse_guide("""\
# Allotment study

Participants: plot holders who book the shared rotavator through the API or the website.

## 2. Background

To begin, tell me about your plot and how you came to have it.

- Size, location

You've had the plot a while now. Show me how you plan the beds for a season.

A4. Talk me through a normal Saturday at the plot.

## 3. Tools

| Question | Probes |
|---|---|
| Talk me through the last time you booked the rotavator. | What did you click first? |
| How do you book the rotavator through the API? | |
""", "addressed.md")
    assert [q.text for q in guide.questions] == [
        "To begin, tell me about your plot and how you came to have it.",
        "You've had the plot a while now. Show me how you plan the beds for a season.",
        "Talk me through a normal Saturday at the plot.",  # "A4." labels it
        "Talk me through the last time you booked the rotavator.",
        "How do you book the rotavator through the API?"]
    assert [f.text for f in guide.questions[3].followups] == ["What did you click first?"]
    # "API" describes who is interviewed, so it is their word
    assert not any(r.check.kind == QuestionKind.JARGON for r in check_guide(guide, []).questions)


def test_what_is_said_in_the_same_breath_as_a_question_stays_part_of_it() -> None:
    g = parse_guide("## Hello\n- Are you okay with us recording this call? Only the team hears it.\n"
                    "- Is it alright if I take notes? They stay with us.\n\n## Money\n"
                    "- What do you spend on getting around? Buses, taxis, anything?\n"
                    "- Who should we talk to next? Ask for their role, not their name.\n", "g.md")
    assert [(q.text, [f.text for f in q.followups]) for q in g.questions] == [
        ("Are you okay with us recording this call? Only the team hears it.", []),
        ("Is it alright if I take notes? They stay with us.", []),
        ("What do you spend on getting around? Buses, taxis, anything?", []),
        # an instruction to the interviewer after the question stays a note under it
        ("Who should we talk to next?", ["Ask for their role, not their name."])]


def test_what_a_consent_ask_says_of_the_recording_stays_part_of_it_in_other_languages() -> None:
    g = parse_guide("## Begrüßung\n- Darf ich unser Gespräch aufnehmen? Die Aufnahme wird nach der Auswertung gelöscht.\n"
                    "- Vind je het goed als ik dit opneem? De opname blijft bij ons onderzoeksteam.\n\n## Einkaufen\n"
                    "- Wie planen Sie Ihren Wocheneinkauf? Nach Apps fragen, nicht nach Marken.\n", "g.md")
    assert [(q.text, [f.text for f in q.followups]) for q in g.questions] == [
        ("Darf ich unser Gespräch aufnehmen? Die Aufnahme wird nach der Auswertung gelöscht.", []),
        ("Vind je het goed als ik dit opneem? De opname blijft bij ons onderzoeksteam.", []),
        # after any other question, an instruction to the interviewer is a note under it
        ("Wie planen Sie Ihren Wocheneinkauf?", ["Nach Apps fragen, nicht nach Marken."])]


def _kinds(report) -> list[str]:  # noqa: ANN001
    return [i.kind.value for i in report.issues]


def test_check_ins_are_not_counted_as_three_minute_questions() -> None:
    # five questions to ask, with the consent and "any questions?" around them: 15 minutes fit five
    text = ("## Start\n- Is it alright if we record the call?\n- Any questions before we start?\n\n"
            "## Commuting\n- Walk me through this morning's commute.\n  - What happened next?\n"
            "- Where did it slow down?\n  - Why there?\n- How did you pick the route?\n  - Who told you?\n"
            "- What did it cost?\n  - Was that usual?\n- What would you change first?\n  - Why that?\n")
    report = check_guide(parse_guide(text, "g.md"), planned_minutes=15)
    assert "too_many_questions" not in _kinds(report)
    assert report.planned_minutes == 15


def test_a_guide_that_times_its_sections_is_checked_by_those_times() -> None:
    text = ("## Hello (2 min)\n- Is it alright if we record the call?\n- Any questions before we start?\n\n"
            "## Commuting (10 min)\n- Walk me through this morning's commute.\n  - What happened next?\n"
            "- Where did it slow down?\n- How did you pick the route?\n- What did it cost?\n\n"
            "## Parking (3 min)\n- Tell me about the last time you parked in town.\n  - Where?\n"
            "- How long did it take?\n- What did it cost?\n\n"
            "## Bye (2 min)\n- Is there anything I should have asked?\n")
    guide = parse_guide(text, "g.md")
    # the sections add up to 17 of a planned 20; four questions in ten minutes is the researcher's pace
    fits = check_guide(guide, planned_minutes=20)
    squeezed = [i for i in fits.issues if i.kind.value == "too_many_questions"]
    assert [i.section for i in squeezed] == ["Parking"]  # three questions in three minutes is the squeeze
    assert "3 main questions for 3 minutes" in squeezed[0].message
    assert "over_time" not in _kinds(fits)
    over = check_guide(guide, planned_minutes=15)
    assert [i.message for i in over.issues if i.kind.value == "over_time"] == [
        "the sections' times add up to 17 minutes, 2 over the planned 15: shorten a section or move questions "
        "to a backup list"]


def test_a_bold_goal_label_as_notion_writes_it_is_read_as_the_goal() -> None:
    for line in ("**Goal:** Learn how riders plan trips", "**Goal**: Learn how riders plan trips",
                 "__Goal:__ Learn how riders plan trips"):
        g = parse_guide(f"## Planning\n{line}\n\n- Walk me through your last trip.\n", "g.md")
        assert g.sections[0].goal == "Learn how riders plan trips", line


def test_an_opening_or_closing_made_of_check_ins_needs_no_probes_whatever_its_name() -> None:
    text = ("## Começo\n- Is it ok if we record this call? It stays with us.\n- Any questions before we start?\n\n"
            "## Rotina\n- Walk me through your last week of sales.\n  - What happened next?\n\n"
            "## Fim\n- Is there anything I didn't ask that you think I should know?\n")
    report = check_guide(parse_guide(text, "g.md"))
    assert "section_without_followups" not in _kinds(report)


def test_a_numbered_section_after_the_tracks_is_asked_in_every_interview() -> None:
    text = ("## 1. Warm-up\n- Tell me about your week.\n\nWe will only ask one of the following question groups.\n\n"
            "## Track A — New riders\n- Tell me about your first ride.\n\n"
            "## Track B — Regulars\n- Tell me about your last ride.\n\n"
            "## 2. Safety\n- Tell me about a time you felt unsafe on a bike.\n\n## 3. Wrap-up\n"
            "- Is there anything I should have asked?\n")
    guide = parse_guide(text, "g.md")
    groups = alternative_groups(guide)
    assert [[guide.sections[j].title for alt in group for j in alt] for group in groups] == [
        ["Track A — New riders", "Track B — Regulars"]]


def test_a_goal_phrased_with_learn_or_understand_is_served_by_the_section_on_its_topic() -> None:
    goals = ["Learn what makes regular riders recommend us (or not)"]
    text = ("## Regular riders\n- Tell me about the last time you recommended a way of getting around.\n"
            "  - What happened next?\n")
    report = check_guide(parse_guide(text, "g.md", goals), goals)
    assert "goal_without_questions" not in _kinds(report)
    missing = check_guide(parse_guide("## Parking\n- Tell me about parking.\n", "g.md", goals), goals)
    assert any("\u201cGoal: 1\u201d under the heading" in i.message for i in missing.issues)


def test_a_backup_list_takes_none_of_the_planned_time() -> None:
    # the guide has already set these questions aside: neither the timed nor the untimed length
    # check counts them, and an untimed backup section leaves the guide's own timings in force
    timed = ("## Riding (10 min)\n- Walk me through your last ride.\n  - What happened next?\n"
             "- How did you pay?\n  - Why that way?\n\n"
             "## Spare questions, if there is time\n- What would you change?\n- Who else rides with you?\n"
             "- What did you ride before?\n- How did you hear of us?\n- What do friends say?\n")
    report = check_guide(parse_guide(timed, "g.md"), planned_minutes=10)
    assert not [i for i in report.issues if i.kind in (GuideIssueKind.TOO_MANY_QUESTIONS, GuideIssueKind.OVER_TIME)]
    untimed = timed.replace(" (10 min)", "")
    report = check_guide(parse_guide(untimed, "g.md"), planned_minutes=6)
    assert not [i for i in report.issues if i.kind is GuideIssueKind.TOO_MANY_QUESTIONS]
    # a section for some participants only is not a backup list: it is timed like any other
    assert not parse_guide("## Returns (only if they returned something)\n- Tell me about it.\n", "g.md").sections[0].optional


def test_a_short_warm_up_is_not_called_a_squeeze_but_a_packed_topic_is() -> None:
    text = ("## Warm-up (3 min)\n- What do you do for work?\n- Who do you live with?\n\n"
            "## Riding (6 min)\n- Walk me through your last ride.\n  - What happened next?\n"
            "- How did you pay?\n- Where did you park?\n- What went wrong?\n")
    issues = [i for i in check_guide(parse_guide(text, "g.md"), planned_minutes=9).issues
              if i.kind is GuideIssueKind.TOO_MANY_QUESTIONS]
    assert [i.section for i in issues] == ["Riding"]


def test_a_goal_is_served_by_a_section_that_asks_about_it_without_naming_the_people() -> None:
    # both goals name "bus drivers"; the section's questions say "you", as questions do
    goals = ["Understand why bus drivers swap or drop shifts", "Learn what bus drivers need from the depot app"]
    text = ("## Dropping shifts\n- When did you last drop a shift?\n  - What happened next?\n- Why swap shifts?\n\n"
            "## The depot app\n- Walk me through the depot app the last time you used it.\n  - What next?\n")
    issues = check_guide(parse_guide(text, "g.md"), goals).issues
    assert not [i for i in issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS]
    # and the advice names the syntax the README gives ("Goal: …" under the heading)
    unserved = check_guide(parse_guide(text, "g.md"), goals + ["Find out how bus drivers see their pay"]).issues
    advice = next(i for i in unserved if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS).message
    assert "\u201cGoal: 3\u201d under the heading" in advice
    assert parse_guide(text.replace("## Dropping shifts\n", "## Dropping shifts\nGoal: 1\n"), "g.md").sections[0].goal == "1"


def test_a_goal_asked_with_an_irregular_past_and_its_people_by_their_role_is_served() -> None:
    # the goal names the people studied ("admins") and asks "where do they get stuck"; the
    # section asks "you" about the last time they "sent" it, which is how the goal's "send" is asked
    goals = ["How do admins set up and send a newsletter, step by step, and where do they get stuck?",
             "Why did readers who unsubscribed last month leave?"]
    text = ("## Your last newsletter (10 min)\n- Think back to the last newsletter you sent. Walk me through it.\n"
            "  - What happened next?\n- Which step took the most time?\n\n"
            "## Readers who left (5 min)\n- Tell me about the readers who unsubscribed last month.\n"
            "  - What did they say when they left?\n")
    issues = check_guide(parse_guide(text, "g.md"), goals).issues
    assert not [i for i in issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS]
    # a section about something else still leaves the goal unserved
    other = text.replace("Think back to the last newsletter you sent. Walk me through it.", "What do you read at lunch?")
    other = other.replace("Which step took the most time?", "Who recommended it to you?")
    unserved = [i for i in check_guide(parse_guide(other, "g.md"), goals).issues
                if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS]
    assert len(unserved) == 1 and "goal 1" in unserved[0].message


def test_a_welcome_in_another_language_and_a_backup_list_need_no_probes():
    guide = parse_guide("""\
## Powitanie i zgoda (2 min)
- Dzień dobry, nazywam się Ola. Czy ma Pani teraz pół godziny na rozmowę?
- Is it okay if I record our talk?

## Paying the rent (10 min)
- Tell me about the last time you paid the rent late.
  - What happened next?

## Extra questions if there is time
- How do you budget for the month?
""", "g.md")
    report = check_guide(guide, [])
    assert not [i for i in report.issues if i.kind == GuideIssueKind.SECTION_WITHOUT_FOLLOWUPS]


def test_questions_listed_under_a_label_or_a_note_are_asked_not_lost() -> None:
    guide = parse_guide(dedent("""\
        # Study
        ## Shopping (15 min)
        - Only for people who shop weekly
          - What did you buy last time?
            - What made you choose it?
          - How did you pay?
        - Delivery
          - How did the delivery go?
        """))
    section = guide.sections[0]
    assert [q.text for q in section.questions] == ["What did you buy last time?", "How did you pay?",
                                                    "How did the delivery go?"]
    assert [f.text for f in section.questions[0].followups] == ["What made you choose it?"]
    assert [q.text for q in section.items if q.instruction] == ["Only for people who shop weekly", "Delivery"]


_AUDIENCES = ("# Library visits\nLength: 30 min\n\n{note}"
              "## Welcome (5 min)\n- Tell me a little about your week.\n\n"
              "## {a} (20 min)\n- Tell me about the last time you borrowed a book.\n"
              "- How did you choose it?\n- What happened when it was due back?\n\n"
              "## {b} (15 min)\n- Tell me about the last story time you ran.\n- What made it go well?\n\n"
              "## Closing (5 min)\n- Is there anything I should have asked?\n")


def _groups(text: str) -> list[list[str]]:
    guide = parse_guide(text, "g.md")
    return [[guide.sections[j].title for alt in group for j in alt] for group in alternative_groups(guide)]


@pytest.mark.parametrize("a, b, note", [
    ("Members only", "Volunteers only", ""),
    ("Only for members", "Only for volunteers", ""),
    ("For members", "For volunteers",
     "> Ask the members' questions of members and the volunteers' of volunteers, never both.\n\n"),
    ("Questions for members", "Questions for volunteers",
     "Interviewer: only one of these sections applies to each person; use whichever applies.\n\n"),
])
def test_sections_for_one_audience_each_are_alternatives(a: str, b: str, note: str) -> None:
    text = _AUDIENCES.format(a=a, b=b, note=note)
    assert _groups(text) == [[a, b]]
    over = [i for i in check_guide(parse_guide(text, "g.md"), []).issues if i.kind is GuideIssueKind.OVER_TIME]
    assert over == []  # 5 + 20 + 5, not 5 + 20 + 15 + 5 against the planned 30


def test_sections_for_two_audiences_without_a_note_are_both_asked() -> None:
    # a joint interview may well ask both: only the guide's own word makes them alternatives
    text = _AUDIENCES.format(a="For members", b="For volunteers", note="")
    assert _groups(text) == []
    assert GuideIssueKind.OVER_TIME in {i.kind for i in check_guide(parse_guide(text, "g.md"), []).issues}


@pytest.mark.parametrize("a, b", [
    ("3. Members 65+ only", "4. Volunteers only"),
    ("Over-18s only", "Under 18s only"),
    ("Parents & carers only", "Teachers only"),
    ("Year 10/11 pupils only", "Staff only"),
])
def test_an_audience_named_with_an_age_or_a_pair_is_still_one_audience(a: str, b: str) -> None:
    text = _AUDIENCES.format(a=a, b=b, note="")
    assert _groups(text) == [[a, b]]
    over = [i for i in check_guide(parse_guide(text, "g.md"), []).issues if i.kind is GuideIssueKind.OVER_TIME]
    assert over == []


def test_a_section_for_everyone_is_not_an_alternative() -> None:
    text = _AUDIENCES.format(a="Members only", b="For everyone", note="Never both of the first two.\n\n")
    assert _groups(text) == []


# A guide written in Portuguese: its short questions have too few words to tell their language
# alone ("Como foi a viagem?"), and some share words with English ("no", "a", "as"); read with
# the rest of the guide, every one of them is "not checked" alike, none given an English verdict.
GUIA_BICICLETAS = """\
## Uso das bicicletas (15 min)
- Como foi a viagem?
  - E depois?
- Quantos anos tem a sua bicicleta (ou as das crianças)?
- Você usa mais no fim de semana ou no trabalho, e paga no cartão ou no app?
- Você não acha que o preço é o mais importante?
- Do you use any other apps to plan the ride?
"""


def test_in_a_guide_in_another_language_only_a_clearly_english_question_is_checked() -> None:
    guide = parse_guide(GUIA_BICICLETAS, "roteiro.md")
    assert not guide.in_english
    report = check_guide(guide, [])
    by_text = {r.check.text: r for r in report.questions}
    for text in ["Como foi a viagem?", "E depois?", "Quantos anos tem a sua bicicleta (ou as das crianças)?",
                 "Você usa mais no fim de semana ou no trabalho, e paga no cartão ou no app?"]:
        r = by_text[text]
        assert not r.check.checked and r.check.problems == [] and r.suggested_followups == [], text
    # the one English question among them is still read by the English rules
    assert by_text["Do you use any other apps to plan the ride?"].check.checked
    assert not by_text["Do you use any other apps to plan the ride?"].check.ok
    # an English guide's short question is checked as before
    assert parse_guide("## Rides\n- Was it late?\n- Tell me about your last ride.\n", "g.md").in_english
    assert not check_guide(parse_guide("## Rides\n- Was it late?\n", "g.md"), []).questions[0].check.ok


def test_the_guides_own_numbers_are_kept_and_a_list_of_ones_is_counted_as_markdown_counts_it() -> None:
    guide = parse_guide("## Ordering\n1. Tell me about your last order.\n   a. What happened next?\n"
                        "   b) Who else was involved?\n2. What got in the way?\n   2.1 How did you get round it?\n"
                        "## Paying\n1. How did you pay?\n1. What did it cost?\n1. Walk me through the receipt.\n"
                        "- Q7 – How do you budget?\n- Anything else?\n", "g.md")
    ordering, paying = guide.sections
    assert [(q.number, [f.number for f in q.followups]) for q in ordering.items] == [
        ("1.", ["a.", "b)"]), ("2.", ["2.1"])]
    assert [(q.number, q.text) for q in paying.items] == [
        ("1.", "How did you pay?"), ("2.", "What did it cost?"), ("3.", "Walk me through the receipt."),
        ("Q7", "How do you budget?"), (None, "Anything else?")]


@pytest.mark.parametrize("title", ["Distress protocol (do not read out)", "If the participant gets upset",
                                   "Safeguarding procedure", "Wrap-up notes (interviewer only)"])
def test_a_section_for_the_interviewer_only_holds_notes_not_questions(title: str) -> None:
    guide = parse_guide(f"## Giving (10 min)\n- Tell me about the first time you gave.\n  - What happened next?\n"
                        f"## {title}\n- If they cry, stop and ask \"Would you like a break?\"\n"
                        f"- Offer to end the call; do not push on.\n", "g.md")
    protocol = guide.sections[1]
    assert not protocol.asked and protocol.questions == [], title
    report = check_guide(guide, [])
    assert [r.check.text for r in report.questions] == [
        "Tell me about the first time you gave.", "What happened next?"]
    assert not [i for i in report.issues if title in i.message], title  # no "add probes" to it


def test_a_consent_ask_is_not_weighed_by_guide_check_as_the_kit_does_not_weigh_it() -> None:
    guide = parse_guide("## Intro\n- Is it OK with you if I record this call? The recording is deleted after "
                        "a year.\n- Does that sound good?\n## Giving\n- Tell me about the first time you gave.\n"
                        "  - What happened next?\n", "g.md")
    report = check_guide(guide, [])
    assert [r.check.ok for r in report.questions if not r.followup] == [True, True, True]


def test_a_japanese_guides_own_intro_closing_and_full_width_minutes_are_read() -> None:
    guide = parse_guide("## 1. はじめに・同意確認（5分）\n- 録音してもよろしいでしょうか？\n"
                        "## 2. 業務について（１５分）\n- 普段の流れを教えてください。\n  - そのあと、どうなりましたか？\n"
                        "## 3. クロージング（5分）\n- 他に何かありますか？\n", "ガイド.md")
    intro, work, closing = guide.sections
    assert [s.minutes for s in guide.sections] == [5, 15, 5]
    assert [intro.title, work.title, closing.title] == ["1. はじめに・同意確認", "2. 業務について", "3. クロージング"]
    assert "introduction" in intro.english_title and "consent" in intro.english_title
    assert "closing" in closing.english_title and work.english_title == work.title


def test_a_taiwanese_guides_warm_up_is_its_own() -> None:
    guide = parse_guide("## 二、暖身（5分鐘）\n- 可以先簡單介紹一下您自己嗎？\n", "大綱.md")
    assert "warm-up" in guide.sections[0].english_title


def test_full_width_question_marks_of_a_japanese_or_chinese_guide_end_questions() -> None:
    guide = parse_guide("## 注文について\n- 最後に注文したのはいつですか？\n  - そのあと、どうなりましたか？\n"
                        "- 你上次下单是什么时候？\n", "ガイド.md")
    section = guide.sections[0]
    assert [q.text for q in section.questions] == ["最後に注文したのはいつですか?", "你上次下单是什么时候?"]
    assert [f.text for f in section.questions[0].followups] == ["そのあと、どうなりましたか?"]
    assert not guide.in_english


@pytest.mark.parametrize(("item", "asks"), [
    ("前回の注文で困ったことを教えてください。", True),
    ("普段の買い物の流れをお聞かせください。", True),
    ("请说说你上次下单的经历。", True),
    ("跟我聊聊你平时怎么买菜。", True),
    ("지난번 주문했던 경험을 말씀해 주세요.", True),
    ("参加者に録音の同意を説明してください。", False),  # to the interviewer, about the session
    ("次の質問へ進む。", False),
])
def test_a_polite_ask_in_japanese_chinese_or_korean_is_a_question(item: str, asks: bool) -> None:
    guide = parse_guide(f"## 注文\n- いつ注文しましたか？\n- {item}\n", "g.md")
    assert guide.sections[0].items[1].instruction is not asks, item


@pytest.mark.parametrize("ask", [
    "Pensando no seu último aluguel de bicicleta: me conta como foi, do início ao fim.",
    "Conte-me sobre a última vez que a bicicleta quebrou.",
    "Cuéntame cómo fue tu primer viaje con la bici.",
    "Racontez-moi votre dernier trajet.",
    "Erzählen Sie mir von Ihrer letzten Fahrt.",
    "Vertel eens over je laatste rit.",
    "Raccontami l'ultima volta che hai preso la bici.",
    "Proszę opowiedzieć o swojej ostatniej przejażdżce.",
    "Opisz, jak wygląda twój dojazd do pracy.",
])
def test_an_ask_in_another_language_is_a_question_with_its_follow_ups(ask: str) -> None:
    guide = parse_guide(f"## Trips (10 min)\n- {ask}\n  - Quando?\n  - Onde?\n- Por quê?\n", "g.md")
    first = guide.sections[0].items[0]
    assert not first.instruction, ask
    assert [f.text for f in first.followups] == ["Quando?", "Onde?"]


@pytest.mark.parametrize("note", [
    "Explique ao participante como funciona a gravação.",
    "Erklären Sie den Ablauf des Interviews.",
    "Agradeça e encerre a chamada.",
])
def test_a_note_about_the_session_in_another_language_stays_a_note(note: str) -> None:
    guide = parse_guide(f"## Trips (10 min)\n- {note}\n- Onde você guarda a bicicleta?\n", "g.md")
    assert guide.sections[0].items[0].instruction, note


@pytest.mark.parametrize("text, runs", [
    ("Oi! Tudo bem se eu gravar a nossa conversa?", True),
    ("Antes de começar, você tem alguma dúvida?", True),
    ("Czy mogę nagrywać naszą rozmowę?", True),
    ("Haben Sie noch Fragen, bevor wir anfangen?", True),
    ("¿Te parece bien si grabamos la llamada?", True),
    ("Como você grava os vídeos das aulas?", False),  # recording as the topic, no leave asked
    ("Você tem alguma dúvida sobre o plano anual?", False),  # doubts about the topic
    ("Posso ver como você registra os treinos?", False),
    # Hungarian: leave asked to record, or written on to the verb; not recording as the topic
    ("Hozzájárul, hogy rögzítsük a beszélgetést?", True), ("Rögzíthetjük a beszélgetést?", True),
    ("Nem bánja, ha felvételt készítünk?", True), ("Van kérdése, mielőtt elkezdjük?", True),
    ("Van még kérdése?", True), ("Hol rögzítheti a kiadásait?", False),
    ("Van kérdése a számlával kapcsolatban?", False),
])
def test_the_consent_ask_and_check_in_in_another_language_run_the_session(text: str, runs: bool) -> None:
    assert runs_the_session(text) is runs


@pytest.mark.parametrize("heading, minutes", [
    ("Rückblick (12 Min.)", 12), ("Rückblick (12 Minuten)", 12), ("Repaso (12 minutos)", 12),
    ("Ripasso (12 minuti)", 12), ("Przegląd (12 minut)", 12), ("Tillbakablick (12 minuter)", 12),
    ("Retour (12 mn)", 12), ("Rückblick – ca. 12 Min.", 12),
    # Hungarian "perc", and the other languages' singulars and plurals of the Latin word
    ("Áttekintés (12 perc)", 12), ("Áttekintés (kb. 12 perc)", 12), ("Pregled (12 minuta)", 12),
    ("Prehľad (12 minút)", 12), ("Katsaus (12 minuuttia)", 12), ("Pārskats (12 minūtes)", 12),
    ("Apžvalga (12 minutės)", 12), ("Pagbabalik-tanaw (12 minuto)", 12),
])
def test_section_minutes_in_the_guides_own_language_are_read(heading: str, minutes: int) -> None:
    guide = parse_guide(f"## {heading}\n- Erzählen Sie mir von der letzten Lieferung.\n", "g.md")
    assert guide.sections[0].minutes == minutes
    assert "12" not in guide.sections[0].title  # the time is taken off the title, not printed twice


def test_a_length_line_in_another_language_is_the_planned_length() -> None:
    guide = parse_guide("# Leitfaden\nDauer: 35 Minuten\n\n## Lieferungen (10 Min.)\n"
                        "- Erzählen Sie mir von der letzten Lieferung.\n", "g.md")
    assert guide.planned_minutes == 35
    hungarian = parse_guide("# Vezérfonal\nIdőtartam: kb. 45 perc\n\n## Vásárlás (10 perc)\n"
                            "- Hogyan vásárolt legutóbb?\n", "g.md")
    assert hungarian.planned_minutes == 45 and hungarian.sections[0].minutes == 10


@pytest.mark.parametrize("label", ["Objetivo: 2", "Objectif : 2", "Ziel: 2", "Doel: 2", "Obiettivo: 2", "Cel: 2",
                                   "**Objetivo:** 2"])
def test_a_goal_label_in_another_language_ties_the_section_to_the_goal(label: str) -> None:
    text = ("## Los pedidos (10 min)\n- Cuénteme del último pedido que hizo.\n  - ¿Y después?\n\n"
            f"## Las devoluciones (10 min)\n{label}\n- Cuénteme de la última vez que devolvió algo.\n  - ¿Y después?\n")
    goals = ["Saber cómo piden las tiendas", "Entender por qué devuelven mercancía"]
    report = check_guide(parse_guide(text, "g.md", goals), goals)
    assert report.guide.sections[1].goal_index == 1
    assert not [i for i in report.issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS and "2" in i.message]


@pytest.mark.parametrize("label", ["Cél: 2", "**Cél:** 2", "CÉL: 2"])
def test_a_hungarian_goal_label_ties_the_section_to_the_goal_and_the_hint_says_it_in_hungarian(label: str) -> None:
    text = ("## Számlák (10 perc)\n- Mesélje el, hogyan fizette be a legutóbbi számláját!\n  - És utána?\n"
            "- Mi az, amit keres, de nem talál?\n\n"
            f"## Mérőállás (10 perc)\n{label}\n- Mesélje el, mikor diktálta be utoljára a mérőállást!\n"
            "  - És utána?\n")
    goals = ["Megérteni, hogyan fizetik a számlákat", "Megérteni, miért nem diktálnak mérőállást az appban",
             "Feltárni a részletfizetési kérelmek akadályait"]
    report = check_guide(parse_guide(text, "g.md", goals), goals)
    assert report.guide.sections[1].goal_index == 1
    assert not report.guide.sections[1].notes
    hints = [i.message for i in report.issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS]
    assert len(hints) == 1 and "“Cél: 3”" in hints[0], hints


@pytest.mark.parametrize("label", ["目標：了解顧客停止下單的原因", "目标：2", "目標: 2"])
def test_a_chinese_goal_line_ties_the_section_to_the_goal(label: str) -> None:
    text = ("## 一、下單習慣（10分鐘）\n- 請您說說最近一次下單的經過。\n  - 然後呢？\n\n"
            f"## 二、停止下單（10分鐘）\n{label}\n- 請您說說後來沒有再下單的經過。\n  - 然後呢？\n")
    goals = ["了解顧客平常怎麼下單", "了解顧客停止下單的原因"]
    report = check_guide(parse_guide(text, "g.md", goals), goals)
    assert report.guide.sections[1].goal_index == 1
    assert not [i for i in report.issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS and "goal 2" in i.message]


def test_an_english_question_in_a_guide_in_another_script_is_checked() -> None:
    text = ("## 配送\n- 請描述一下您最後一次收到訂單的經驗，從下單到收貨的過程。\n- Was the delivery slot easy to pick?\n"
            "- 您覺得我們的配送時段好不好選？為什麼？\n")
    report = check_guide(parse_guide(text, "g.md"))
    checked = {r.check.text: r.check for r in report.questions}
    english = checked["Was the delivery slot easy to pick?"]
    assert english.checked and english.answer_form == "yes_no" and english.problems
    assert [c.checked for c in checked.values()] == [False, True, False]
    # (a question in another language of Latin letters stays not checked: "Fue facil elegir la franja?")
    spanish = check_guide(parse_guide("## Entrega\n- 您覺得配送時段好選嗎？\n- Fue facil elegir la franja?\n", "g.md"))
    assert not any(r.check.checked for r in spanish.questions)


def test_audience_headings_with_hyphenated_names_are_alternatives() -> None:
    text = _AUDIENCES.format(a="Day-shift volunteers only", b="Weekend-only volunteers only", note="")
    assert _groups(text) == [["Day-shift volunteers only", "Weekend-only volunteers only"]]
    assert _groups(_AUDIENCES.format(a="Only for part-time members", b="Only for full-time members", note="")) \
        == [["Only for part-time members", "Only for full-time members"]]


@pytest.mark.parametrize("title", ["Einstieg: Ihr Arbeitstag", "Uppvärmning", "Opvarmning"])
def test_a_warm_up_named_in_another_language_needs_no_probes(title: str) -> None:
    guide = parse_guide(f"## {title} (5 Min.)\n- Erzählen Sie mir bitte von Ihrer Rolle.\n\n"
                        "## Lieferungen (10 Min.)\n- Erzählen Sie mir von der letzten Lieferung.\n"
                        "  - Was ist danach passiert?\n", "g.md")
    assert guide.sections[0].english_title.startswith("Warm-up")
    report = check_guide(guide, [])
    assert not [i for i in report.issues if i.kind == GuideIssueKind.SECTION_WITHOUT_FOLLOWUPS]


def test_the_advice_to_write_a_condition_is_not_given_where_the_guide_already_has_one() -> None:
    guide = parse_guide(dedent("""\
        # Gym members

        ## Leaving the gym (only for those who left) (5 min)
        - Why did you quit the gym?
          - Why did you give up the classes?

        ## Classes (5 min)
        - [only if they stopped] Why did you stop going to spin?
        - Why did you stop going to yoga?

        ## Spare questions (only if we have time)
        - Why did you stop going to the pool?
        """))
    advice = {r.check.text: "put the condition before it" in r.check.problems[0].reason
              for r in check_guide(guide).questions}
    assert advice == {"Why did you quit the gym?": False, "Why did you give up the classes?": False,
                      "Why did you stop going to spin?": False,
                      # nothing says who is asked: the advice stays
                      "Why did you stop going to yoga?": True, "Why did you stop going to the pool?": True}


def test_a_goal_written_over_two_lines_is_one_goal_and_one_before_the_sections_is_kept_whole() -> None:
    text = ("# Guide : la médiathèque\n\n"
            "Objectif : comprendre comment les usagers réservent un livre\n"
            "et pourquoi certains passent encore au comptoir.\n\n"
            "## Les réservations (10 min)\n"
            "Objectif : les outils utilisés pour réserver, du catalogue\n"
            "au comptoir.\n"
            "- Racontez-moi votre dernière réservation.\n  - Que s'est-il passé ensuite ?\n\n"
            "## Riding\nGoal: 1\nAsk them to open the app first.\n- Tell me about your last ride.\n")
    g = parse_guide(text, "g.md")
    assert g.notes == ["Objectif : comprendre comment les usagers réservent un livre et pourquoi certains "
                       "passent encore au comptoir."]
    assert g.sections[0].goal == "les outils utilisés pour réserver, du catalogue au comptoir."
    assert g.sections[0].notes == []
    # a goal given by number is not run on into the note under it
    assert g.sections[1].goal == "1" and g.sections[1].notes == ["Ask them to open the app first."]


# A French guide whose sections say what they are for on an "Objectif :" line, in words of their
# own: the study's second goal is asked about in a probe ("…le guichet ou le site ?")
GOALS_MEDIATHEQUE = ["Comprendre comment les usagers réservent un livre",
                     "Pourquoi certains passent encore par le guichet plutôt que par le site ?"]
GUIDE_MEDIATHEQUE = """\
## Vos réservations (15 min)
Objectif : habitudes, moments et outils ; place du catalogue parmi les autres moyens.

- Racontez-moi votre dernière réservation d'un livre.
  - Qu'est-ce qui s'est passé ensuite ?
- Quand vous cherchez un livre, comment faites-vous ?
  - Qu'est-ce qui vous fait choisir le guichet ou le site ?
"""


def test_a_sections_aim_in_its_own_words_is_no_unknown_goal_and_its_probes_serve_a_goal() -> None:
    report = check_guide(parse_guide(GUIDE_MEDIATHEQUE, "g.md", GOALS_MEDIATHEQUE), GOALS_MEDIATHEQUE)
    assert report.issues == []
    # a goal pointed at by number that the study lacks is still a mistake
    numbered = GUIDE_MEDIATHEQUE.replace("Objectif : habitudes, moments et outils ; place du catalogue parmi les "
                                         "autres moyens.", "Objectif : 7")
    kinds = _kinds(check_guide(parse_guide(numbered, "g.md", GOALS_MEDIATHEQUE), GOALS_MEDIATHEQUE))
    assert "unknown_goal" in kinds


def test_the_advice_for_an_unserved_goal_names_the_goal_label_in_the_guides_language() -> None:
    goals = GOALS_MEDIATHEQUE + ["Ce que les usagers pensent des horaires d'ouverture"]
    issues = check_guide(parse_guide(GUIDE_MEDIATHEQUE, "g.md", goals), goals).issues
    advice = next(i for i in issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS).message
    assert "research goal 3" in advice and "\u201cObjectif : 3\u201d under the heading" in advice
    # which the parser reads back as the section's goal
    tied = parse_guide(GUIDE_MEDIATHEQUE.replace("## Vos réservations (15 min)\n", "## Horaires\nObjectif : 3\n"
                                                 "- Que pensez-vous des horaires ?\n\n## Vos réservations\n"), "g.md", goals)
    assert tied.sections[0].goal_index == 2


@pytest.mark.parametrize("heading, title, goal, index", [
    ("## 2. Renewals (15 min) Goal: Learn why members renew", "2. Renewals", "Learn why members renew", 0),
    ("## Renewals (15 min) – lapsed members only Goal: 2", "Renewals – lapsed members only", "2", 1),
    ("## Renewals – Objectif : comprendre les renouvellements (15 min)", "Renewals",
     "comprendre les renouvellements", None),
])
def test_a_goal_written_after_the_headings_title_is_not_part_of_its_name(heading: str, title: str, goal: str,
                                                                          index: int | None) -> None:
    guide = parse_guide(f"{heading}\n- Tell me about the last time you renewed.\n", "g.md",
                        ["Learn why members renew", "See how members pay"])
    section = guide.sections[0]
    assert (section.title, section.goal, section.minutes, section.goal_index) == (title, goal, 15, index)


def test_a_heading_about_the_goals_keeps_its_name() -> None:
    guide = parse_guide("## Research Goals: what we want to learn\n- Learn why members renew\n\n"
                        "## Renewals\n- Tell me about the last time you renewed.\n", "g.md")
    assert guide.sections[0].title == "Research Goals: what we want to learn"
    assert guide.sections[0].goal is None


@pytest.mark.parametrize("note", ["Hinweis: Bitte nie zuerst den Preis nennen.",
                                  "Remarque : ne jamais citer le prix en premier.",
                                  "Atenção: nunca fale do preço primeiro.",
                                  "Let op: noem nooit eerst de prijs.",
                                  "Uwaga: nigdy nie podawaj ceny jako pierwszy.",
                                  "Obs: nämn aldrig priset först."])
def test_a_note_for_the_call_labelled_in_another_language_is_kept_not_taken_for_a_page_property(note: str) -> None:
    guide = parse_guide(f"# Guide\n\nOwner: Sam\n\n> {note}\n\n## Einkauf\n- Erzählen Sie mir von Ihrem letzten Einkauf.\n",
                        "g.md")
    assert guide.notes == [note]


BILINGUAL = """\
# Library visits

## Getting there (5 min)
- Tell me how you usually travel to the library.
  *Cuénteme cómo viaja normalmente a la biblioteca.*
- Is it alright if I record our talk? Only the two of us will hear it.
  *¿Le parece bien si grabo la charla? Solo nosotros dos la escucharemos.*
- What happened the last time the bus was late?
  FR: Que s'est-il passé la dernière fois que le bus était en retard ?
  - Who did you tell about it?
    (¿A quién se lo contó usted?)
- Walk me through renewing a book online.
  - *Explíqueme cómo renueva un libro por internet.*
  - What did the page ask you for?
- What do you like about the reading room?
  *Listen for the quiet and the opening hours.*
"""


def test_a_translation_under_a_question_is_kept_as_its_translation_not_merged_nor_a_probe() -> None:
    guide = parse_guide(BILINGUAL)
    travel, record, bus, renew, room = guide.sections[0].items
    # the English question stays whole, and is checked on its own
    assert travel.text == "Tell me how you usually travel to the library."
    assert travel.translation == "Cuénteme cómo viaja normalmente a la biblioteca."
    assert check_question(travel.text).checked
    # the consent ask keeps its sentence, and its translation stays whole
    assert record.text == "Is it alright if I record our talk? Only the two of us will hear it."
    assert record.translation == "¿Le parece bien si grabo la charla? Solo nosotros dos la escucharemos."
    assert record.followups == []
    # a labelled translation, and a probe's own translation in brackets
    assert bus.translation == "Que s'est-il passé la dernière fois que le bus était en retard ?"
    assert [f.text for f in bus.followups] == ["Who did you tell about it?"]
    assert bus.followups[0].translation == "¿A quién se lo contó usted?"
    # a nested item in italics first under the question is its translation; the probe stays a probe
    assert renew.translation == "Explíqueme cómo renueva un libro por internet."
    assert [f.text for f in renew.followups] == ["What did the page ask you for?"]
    # a note in English under a question is no translation
    assert room.translation is None
    assert [f.text for f in room.followups] == ["Listen for the quiet and the opening hours."]
    # nothing in Spanish is counted as an unchecked question or probe
    report = check_guide(guide)
    assert report.unchecked == 0


def test_a_paragraph_and_its_translation_under_it_are_two_notes() -> None:
    guide = parse_guide("## Closing\n- What else should I know?\n\nThanks so much for your time today.\n"
                        "*Muchas gracias por su tiempo hoy.*\n")
    assert guide.sections[0].notes == ["Thanks so much for your time today.", "Muchas gracias por su tiempo hoy."]


def test_a_short_question_in_another_language_wrapped_onto_the_next_line_is_not_translated() -> None:
    guide = parse_guide("## Partie 1\n- Et puis,\n  qu'est-ce que vous avez fait avec la facture ?\n")
    item = guide.sections[0].items[0]
    assert item.text == "Et puis, qu'est-ce que vous avez fait avec la facture ?"
    assert item.translation is None


def test_follow_ups_in_a_language_with_no_word_list_are_not_checked_under_an_english_question() -> None:
    # a Swahili probe under an English question: no English word list reads it, so it is not judged
    # (a leading "Si unakubali…?" is no "ok"), while the English questions round it are
    guide = parse_guide("## Savings (10 min)\n- How do you decide how much to put aside each week?\n"
                        "  - Si unaona kwamba akiba ya kila wiki inasaidia sana?\n"
                        "  - Ungependa kupokea ujumbe kila Jumatatu?\n"
                        "- Don't you think weekly saving is the best way?\n", "g.md")
    assert guide.in_english
    by_text = {r.check.text: r for r in check_guide(guide, []).questions}
    for text in ["Si unaona kwamba akiba ya kila wiki inasaidia sana?", "Ungependa kupokea ujumbe kila Jumatatu?"]:
        assert not by_text[text].check.checked and by_text[text].check.problems == [], text
    assert by_text["How do you decide how much to put aside each week?"].check.ok
    assert not by_text["Don't you think weekly saving is the best way?"].check.ok


def test_the_list_after_a_quoted_consent_ask_is_the_sections_own_not_its_probes() -> None:
    guide = parse_guide(dedent("""\
        ## Intro (5 min)
        > Hi, I'm Ana from the library team. The recording stays with our team. Would it be okay if I record this?

        - Is it alright if the recorder goes on now?
        - Is now still a good time, and are you in a place where you can talk freely?

        ## Borrowing (10 min)
        What made you start borrowing e-books?

        - What did you try first?
        """), "g.md")
    intro, borrowing = guide.sections
    assert [q.text for q in intro.questions][1:] == [
        "Is it alright if the recorder goes on now?",
        "Is now still a good time, and are you in a place where you can talk freely?"]
    assert all(q.followups == [] for q in intro.questions)
    # a question paragraph that asks about the topic still takes the list under it as its probes
    assert [f.text for f in borrowing.questions[0].followups] == ["What did you try first?"]


def test_a_check_in_written_as_a_probe_is_not_weighed() -> None:
    from listenwell.analysis.guide import check_followup
    assert check_followup("Is now still a good time, and are you somewhere you can talk freely?").ok
    assert not check_followup("What did you like, and what did you hate?").ok  # a probe on the topic still is


@pytest.mark.parametrize("said, off", [
    ("- Note: don't probe on feelings, keep to what they did.", True),
    ("- No emotions probes in this study.", True),
    ("- Avoid asking how it made them feel.", True),
    ("- Keep to the ordering flow.", False),
    ("- Don't forget to ask how they felt about it.", False),
    ("- If they are upset about the fees, ask what they expected.", False),
])
def test_a_guide_that_says_to_keep_off_feelings_gets_no_feeling_probes(said: str, off: bool) -> None:
    from listenwell.analysis.guide import keeps_off_feelings
    guide = parse_guide(f"## Ordering (10 min)\n{said}\n- What made it hard to reorder last time?\n"
                        "- How do you decide when to reorder?\n", "g.md")
    assert keeps_off_feelings(guide) is off
    probes = [p for r in check_guide(guide).questions for p in r.suggested_followups]
    assert probes and any("feel" in p for p in probes) is not off


def test_a_question_about_distress_does_not_make_a_guide_keep_off_feelings() -> None:
    from listenwell.analysis.guide import keeps_off_feelings
    guide = parse_guide("## Training (10 min)\n- What do you do if the participant becomes distressed?\n"
                        "- How did that session make you feel?\n", "g.md")
    assert not keeps_off_feelings(guide)


# --- a guide in another script with the English under each question -------------------------

ARABIC_ENGLISH = """\
# دليل: توصيل الطعام
Guide: food delivery

الهدف: نفهم كيف يطلب الناس الطعام.
Goal: understand how people order food.

## ١. البداية (٥ دقائق) / Start (5 min)

1. هل تسمح لي بتسجيل هذه المحادثة؟
   May I record this conversation?
2. حدثني عن آخر مرة طلبت فيها طعاماً.
   Tell me about the last time you ordered food.

## ٢. الطلب (١٠ دقائق) / Ordering (10 min)

3. لماذا لم تلغِ الطلب عندما تأخر؟
   Why didn't you cancel the order when it was late?
4. ألا تظن أن التوصيل المجاني أفضل بكثير؟
   Don't you think free delivery is much better?
5. كيف دفعت آخر مرة؟ نقداً، أم بالبطاقة، أم بالمحفظة؟
   How did you pay last time? Cash, card, or wallet?
6. كيف تختار المطعم وكم تنفق عادة في الأسبوع؟
   How do you choose a restaurant and how much do you usually spend a week?
"""


def _bilingual_reports():
    report = check_guide(parse_guide(ARABIC_ENGLISH, "g.md"))
    return {q.check.text.split(" / ")[1]: q for q in report.questions if not q.followup}


def test_the_english_under_a_question_in_another_script_is_its_translation_and_is_what_the_checks_read() -> None:
    guide = parse_guide(ARABIC_ENGLISH, "g.md")
    qs = guide.questions
    assert len(qs) == 6 and all(q.translation for q in qs)
    # ("؟" read as "?", and printed as the guide writes it)
    assert as_written(guide, qs[2].text) == "لماذا لم تلغِ الطلب عندما تأخر؟"
    assert qs[2].translation == "Why didn't you cancel the order when it was late?"
    reports = _bilingual_reports()
    # the same verdicts as the English lines alone get
    for english in ("Why didn't you cancel the order when it was late?", "Don't you think free delivery is much better?",
                    "How do you choose a restaurant and how much do you usually spend a week?"):
        alone = check_question(english)
        through = reports[english].check
        assert through.checked and [p.kind for p in through.problems] == [p.kind for p in alone.problems]
        assert through.problems and through.kind is alone.kind
    assert reports["Why didn't you cancel the order when it was late?"].check.kind is QuestionKind.ACCUSATORY_WHY
    assert reports["Don't you think free delivery is much better?"].check.kind is QuestionKind.LEADING


def test_a_rewrite_through_the_translation_is_of_the_english_only_and_says_the_question_needs_the_same_change() -> None:
    double = _bilingual_reports()["How do you choose a restaurant and how much do you usually spend a week?"]
    assert double.translated
    rewrites = [p.rewrite for p in double.check.problems if p.rewrite]
    assert rewrites and not any(re.search("[\u0600-\u06ff]", r) for r in rewrites)


def test_options_after_a_question_are_part_of_it_with_or_without_a_translation() -> None:
    reports = _bilingual_reports()
    assert "How did you pay last time? Cash, card, or wallet?" in reports  # one question, its English whole
    guide = parse_guide(ARABIC_ENGLISH, "g.md")
    assert all(not q.followups for q in guide.questions)
    english = parse_guide("## Paying (10 min)\n"
                          "- How did you pay for your last trip? Cash, a travel card, or your phone?\n"
                          "- How often do you ride? Daily, weekly or less often?\n"
                          "- What did you buy? How did you pay, or did someone else?\n", "g.md")
    first, second, third = english.questions
    assert first.text == "How did you pay for your last trip? Cash, a travel card, or your phone?" and not first.followups
    assert not second.followups
    assert [f.text for f in third.followups] == ["How did you pay, or did someone else?"]  # a second ask stays a probe


@pytest.mark.parametrize("ask", ["Do you allow me to record the interview for research purposes only?",
                                 "May I record our conversation today?",
                                 "Is it OK if I record this session?",
                                 "Do I have your permission to record this interview?"])
def test_asks_for_consent_to_record_run_the_session(ask: str) -> None:
    assert runs_the_session(ask)
    report = check_guide(parse_guide(f"## Intro (5 min)\n- {ask}\n- Tell me about your work.\n", "g.md"))
    assert report.questions[0].check.ok


def test_a_consent_ask_through_its_translation_gets_no_verdict() -> None:
    consent = _bilingual_reports()["May I record this conversation?"]
    assert consent.check.ok and not consent.suggested_followups


def test_a_paragraph_s_english_under_it_before_the_sections_is_a_note_of_its_own() -> None:
    guide = parse_guide(ARABIC_ENGLISH, "g.md")
    assert "Goal: understand how people order food." in guide.notes
    assert not any("Goal:" in n and "الهدف" in n for n in guide.notes)


# A guide written in Turkish, with a few questions left in English: its sections timed "(4 dk)"
# and "(6 dakika)", its own opening, warm-up and closing, and short probes of three words
REHBER_KAHVE = """\
# Kahve aboneliği görüşmesi

## 1. Giriş ve onay (4 dk)
- Merhaba, ben Deniz. Bugün abonelik deneyiminizi konuşacağız.
- Görüşmeyi kayda almamızda bir sakınca var mı?

## 2. Isınma (6 dakika)
1. Bana biraz kendinizden ve sabah rutininizden bahseder misiniz?

## 3. Abonelik (20 dk)
2. Aboneliğinizi en son ne zaman değiştirdiniz? O günü anlatır mısınız?
   - Sonra ne yaptınız?
   - Neden öyle düşündünüz?
3. Tell me about the last time a coffee delivery arrived late.
4. Yeni paketleme sizce de çok şık değil miydi?

## 4. Kapanış (5 dk)
5. Eklemek istediğiniz başka bir şey var mı?
"""


def test_a_turkish_guides_minutes_and_own_opening_warm_up_and_closing_are_read() -> None:
    guide = parse_guide(REHBER_KAHVE, "rehber.md")
    assert [s.minutes for s in guide.sections] == [4, 6, 20, 5]
    assert [s.english_title for s in guide.sections][:2] == ["1. Introduction ve consent", "2. Warm-up"]
    assert guide.sections[3].english_title == "4. Closing"
    report = check_guide(guide, [], planned_minutes=35)
    # no probes asked of the opening, the warm-up or the closing; the sections' 35 minutes fit
    assert [i.section for i in report.issues] == []


def test_short_turkish_probes_are_not_checked_like_the_turkish_questions() -> None:
    report = check_guide(parse_guide(REHBER_KAHVE, "rehber.md"), [])
    checked = {r.check.text: r.check.checked for r in report.questions}
    assert checked["Sonra ne yaptınız?"] is False and checked["Neden öyle düşündünüz?"] is False
    assert checked["Tell me about the last time a coffee delivery arrived late."] is True
    assert report.language == "Turkish"


def test_a_short_line_in_another_language_is_not_checked_in_an_english_guide() -> None:
    text = ("## Deliveries\n- Tell me about the last delivery you received.\n  - Sonra ne yaptınız?\n"
            "  - ¿Qué pasó?\n  - Why not?\n  - Any pets?\n")
    report = check_guide(parse_guide(text, "g.md"), [])
    assert [r.check.checked for r in report.questions] == [True, False, False, True, True]


def test_a_turkish_tag_question_is_told_leading() -> None:
    report = check_guide(parse_guide(REHBER_KAHVE, "rehber.md"), [])
    leading = [r for r in report.questions if r.check.problems]
    assert len(leading) == 1 and "Turkish" in leading[0].check.problems[0].reason


def test_two_sections_in_a_row_for_one_audience_follow_each_other() -> None:
    text = ("## 1. Welcome (5 min)\n- Is it okay if I record this call?\n\n"
            "## 2. Lending desk – Librarians only (20 min)\n- Tell me about the last busy shift.\n"
            "  - What happened next?\n\n"
            "## 3. Reports – Librarians only (10 min)\n- Walk me through the last report you pulled.\n"
            "  - What did you do with it?\n\n"
            "## 4. Borrowing (Members only) (15 min)\n- Tell me about the last book you borrowed.\n"
            "  - What happened next?\n\n"
            "## 5. Wrap-up (5 min)\n- Is there anything else you'd like to add?\n")
    guide = parse_guide(text, "g.md")
    assert [[[guide.sections[j].title for j in alt] for alt in group] for group in alternative_groups(guide)] \
        == [[["2. Lending desk – Librarians only", "3. Reports – Librarians only"], ["4. Borrowing (Members only)"]]]
    # 5 + (20 + 10) + 5 = 40 minutes for a librarian, 25 for a member: no more than the planned 40
    report = check_guide(parse_guide(text, "g.md"), [], planned_minutes=40)
    assert not [i for i in report.issues if i.kind is GuideIssueKind.OVER_TIME]
    assert [i.kind for i in check_guide(parse_guide(text, "g.md"), [], planned_minutes=35).issues] \
        == [GuideIssueKind.OVER_TIME]


def test_a_condition_in_brackets_is_no_audience() -> None:
    text = ("## Cancelling (only if they cancelled) (10 min)\n- Tell me about the day you cancelled.\n"
            "  - What happened next?\n\n"
            "## Extras (if time only) (5 min)\n- Tell me about the last add-on you bought.\n  - Why that one?\n")
    assert _groups(text) == []


def test_the_length_is_read_from_the_sections_minutes_where_most_give_them() -> None:
    # four sections timed (4 + 6 + 10 + 5), one not: its two questions counted at ~3 minutes each
    text = ("## Intro (4 min)\n- Is it okay if I record this call?\n\n"
            "## Warm-up (6 min)\n- Tell me a bit about your week.\n\n"
            "## Orders (10 min)\n- Tell me about your last order.\n  - What happened next?\n"
            "- Tell me about the last order that went wrong.\n  - What did you do?\n"
            "- Walk me through how you pick a supplier.\n  - What happened next?\n"
            "- Tell me about the last invoice you queried.\n  - What happened next?\n\n"
            "## Returns\n- Tell me about your last return.\n  - What happened next?\n"
            "- Walk me through how a refund reaches you.\n  - What happened next?\n\n"
            "## Wrap-up (5 min)\n- Is there anything else you'd like to add?\n")
    issues = check_guide(parse_guide(text, "g.md"), [], planned_minutes=30).issues
    # 31 minutes by the guide's own plan, not 6 main questions x 3 = 18 (which would fit 30)
    assert [i.kind for i in issues] == [GuideIssueKind.OVER_TIME]
    assert "31 minutes" in issues[0].message and "1 section not timed" in issues[0].message
    assert check_guide(parse_guide(text, "g.md"), [], planned_minutes=31).issues == []


# a Ukrainian guide: its intro with consent, warm-up and closing named in Ukrainian, timed in "хв"
GUIDE_UK = """\
# Гайд: оренда житла

## 1. Вступ і згода (4 хв)
- Чи можу я записати нашу розмову?
- Чи є у вас запитання, перш ніж ми почнемо?

## 2. Знайомство (4 хв)
- Розкажіть трохи про себе: де ви зараз живете?

## 3. Оренда (8 хв)
Мета: 1
- Розкажіть, як ви востаннє шукали кімнату.
- Хто вам допомагав з договором?
- Що було найважчим у переписці з орендодавцем?
- Як ви дізналися про субсидію на житло?

## Перевірка самопочуття (1 хв)
- Як ви почуваєтеся зараз? Чи хочете зробити невелику перерву?

## Якщо учасник засмутився (не зачитувати)
- Запитайте: «Чи хочете зробити перерву або завершити розмову?»

## 4. Завершення (3 хв)
- Чи є щось, про що я не запитала, але що для вас важливо?
"""


def test_a_ukrainian_guide_has_its_parts_minutes_and_consent_read() -> None:
    guide = parse_guide(GUIDE_UK, "g.md", ["Зрозуміти, як люди шукають житло"])
    titles = [s.english_title for s in guide.sections]
    assert titles[0] == "1. Introduction і consent" and titles[1] == "2. Warm-up" and titles[-1] == "4. Closing"
    assert [s.minutes for s in guide.sections] == [4, 4, 8, 1, None, 3]
    assert runs_the_session("Чи можу я записати нашу розмову?")
    assert runs_the_session("Чи є у вас запитання, перш ніж ми почнемо?")
    # "Мета: 1" ties the section to the goal, as "Goal: 1" does
    assert guide.sections[2].goal_index == 0
    report = check_guide(guide, ["Зрозуміти, як люди шукають житло"], planned_minutes=20)
    kinds = {i.kind for i in report.issues}
    # the sections' own minutes fit 20; the check-in and the advice are not questions to probe or time
    assert GuideIssueKind.TOO_MANY_QUESTIONS not in kinds and GuideIssueKind.OVER_TIME not in kinds
    assert [i.section for i in report.issues if i.kind is GuideIssueKind.SECTION_WITHOUT_FOLLOWUPS] \
        == ["3. Оренда"]
    # and the example probe, English, is not offered to a guide in another language
    assert not any("What happened next" in i.message for i in report.issues)


@pytest.mark.parametrize("title", ["Якщо учасник засмутився (не зачитувати)", "Если участник расстроился (не зачитывать)",
                                   "Gdy uczestnik jest poruszony (nie czytać)", "Wenn jemand aufgewühlt ist (nicht vorlesen)",
                                   "If the participant gets upset (do not read out)"])
def test_a_section_not_to_be_read_out_is_advice_in_any_language(title: str) -> None:
    guide = parse_guide(f"## Topic (10 min)\n- Tell me about the last time you moved.\n  - What happened next?\n\n"
                        f"## {title}\n- Stop, and offer a break.\n- «Would you like a break?»\n", "g.md")
    assert not guide.sections[1].asked
    report = check_guide(guide)
    assert not any(i.section == title for i in report.issues)


@pytest.mark.parametrize("label", ["Ціль: 1", "Мета: 1", "Цель: 1", "Cel: 1"])
def test_a_goal_label_in_ukrainian_russian_or_polish_ties_the_section(label: str) -> None:
    guide = parse_guide(f"## Житло (10 хв)\n{label}\n- Як ви шукали житло востаннє?\n", "g.md", ["Житло"])
    assert guide.sections[0].goal_index == 0


@pytest.mark.parametrize("item", ["How are you feeling right now? Would you like a short break?",
                                  "Як ви почуваєтеся зараз? Чи хочете зробити невелику перерву?",
                                  "Как вы себя чувствуете? Хотите сделать перерыв?"])
def test_a_check_in_keeps_its_offer_of_a_break_as_one_item(item: str) -> None:
    guide = parse_guide(f"## Moving (5 min)\n- Tell me about your last move.\n\n## Check-in (1 min)\n- {item}\n", "g.md")
    q = guide.sections[1].items[0]
    assert q.text == item and q.followups == []
    # two questions about the topic in one item are still a question and its probe, as written
    two = parse_guide("## Use (5 min)\n- How do you use the app? What did you last open it for?\n", "g.md")
    assert [f.text for f in two.sections[0].items[0].followups] == ["What did you last open it for?"]


def test_a_goal_no_section_is_tied_to_names_the_section_most_like_it() -> None:
    text = ("## Booking (10 min)\nGoal: 1\n- Tell me about the last time you booked a class.\n  - What happened next?\n\n"
            "## If they stopped coming (8 min)\n[only if they cancelled their membership]\n"
            "- Tell me about the last time you thought about coming back.\n  - What got in the way?\n")
    goals = ["How members book classes", "Why members who cancelled their membership do not come back"]
    report = check_guide(parse_guide(text, "g.md", goals), goals)
    issue = next(i for i in report.issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS)
    assert "section \u201cIf they stopped coming\u201d may ask about it" in issue.message
    assert "\u201cGoal: 2\u201d" in issue.message and "has no question" not in issue.message
    # a goal nothing in the guide is like is still said to have no question
    far = check_guide(parse_guide(text, "g.md", goals[:1] + ["Pricing of gift vouchers"]),
                      goals[:1] + ["Pricing of gift vouchers"])
    assert any("has no question" in i.message for i in far.issues)


def test_a_line_naming_the_study_above_the_sections_is_kept() -> None:
    guide = parse_guide("# Scenariusz\n\nBadanie: Faktury w aplikacji – listopad\nCzas: 50 minut. Moderatorka: Ewa.\n\n"
                        "Właściciel: Anna\n\n"
                        "## Faktury (10 min)\n- Proszę opowiedzieć o ostatniej fakturze.\n", "g.md")
    # each header line as written, not run into the next; a page's property ("Właściciel: Anna") still left out
    assert guide.notes == ["Badanie: Faktury w aplikacji – listopad", "Czas: 50 minut. Moderatorka: Ewa."]


# A guide written in Vietnamese: its parts named in Vietnamese, timed "(4 phút)"
HUONG_DAN = """\
# Hướng dẫn phỏng vấn: đi chợ online

## 1. Giới thiệu và xin phép ghi âm (4 phút)
Xin chào chị, em là Mai bên nhóm nghiên cứu.

- Chị cho em xin phép ghi âm cuộc trò chuyện này được không ạ?

## 2. Làm quen (6 phút)
- Chị kể em nghe một chút về gia đình mình nhé?

## 3. Đi chợ online (20 phút)
- Chị kể em nghe về lần gần nhất chị đặt rau qua ứng dụng?
  - Sau đó chuyện gì xảy ra?
- Phí giao hàng bên mình rẻ hơn chỗ khác, đúng không chị?

## 4. Kết thúc và cảm ơn (5 phút)
- Còn điều gì chị muốn nói thêm mà em chưa hỏi không ạ?
"""

# A bilingual Hebrew guide, its English under each line in italics, timed "(5 דקות)" and "(10 דק')"
MADRICH = """\
# מדריך ראיון – שכירות דירה
*Interview guide – renting a flat*

## 1. פתיחה והסכמה (5 דקות)
שלום, אני דנה מצוות המחקר. תודה שבאת.
*Hello, I'm Dana from the research team. Thanks for coming.*

- האם אפשר להקליט את השיחה?
  *May I record our conversation?*

## 2. חיפוש דירה (10 דק')
- איך חיפשת דירה בפעם האחרונה?
  *How did you look for a flat the last time?*
  - מה קרה אחר כך?
    *What happened next?*

## 3. סיום (5 דקות)
- יש משהו שלא שאלתי ושחשוב לך?
  *Is there anything I didn't ask that matters to you?*

תודה רבה על הזמן!
*Thank you very much for your time!*
"""


def test_a_vietnamese_guides_minutes_and_own_intro_warm_up_and_closing_are_read() -> None:
    guide = parse_guide(HUONG_DAN, "huong-dan.md")
    assert [s.minutes for s in guide.sections] == [4, 6, 20, 5]
    assert [s.english_title for s in guide.sections] == ["1. Introduction và consent", "2. Warm-up",
                                                         "3. Đi chợ online", "4. Closing và cảm ơn"]
    report = check_guide(guide, [], planned_minutes=35)
    # no probes asked of the intro, the warm-up or the closing; the tag question is leading
    assert [i.kind for i in report.issues] == []
    assert report.language == "Vietnamese"
    leading = [r for r in report.questions if r.check.problems]
    assert len(leading) == 1 and "Vietnamese" in leading[0].check.problems[0].reason


def test_a_hebrew_guides_minutes_and_own_opening_and_closing_are_read() -> None:
    guide = parse_guide(MADRICH, "madrich.md")
    assert [s.minutes for s in guide.sections] == [5, 10, 5]
    assert guide.sections[0].english_title == "1. welcome consent" and guide.sections[2].english_title == "3. closing"
    assert [i.kind for i in check_guide(guide, [], planned_minutes=20).issues] == []


# a bilingual guide: Hebrew, each question and probe with its English under it in italics
HEBREW_ENGLISH = """\
## גינה (10 דקות)
- איך נראה בוקר רגיל שלך בגינה?
  *What does a usual morning in the garden look like?*
  - לא נכון שהשקיה בבוקר יותר קלה?
    *Isn't it true that watering in the morning is easier?*
  - מי עוזר לך עם זה, אם בכלל?
    *Who helps you with it, if anyone?*

## שכנים (10 דקות)
- ספר/י לי על הפעם האחרונה ששיתפת ירקות עם שכנים.
  *Tell me about the last time you shared vegetables with neighbours.*
"""


def test_a_probe_in_another_language_is_checked_through_the_english_under_it() -> None:
    report = check_guide(parse_guide(HEBREW_ENGLISH, "g.md"))
    probes = [q for q in report.questions if q.followup]
    assert len(probes) == 2 and all(q.check.checked and q.translated for q in probes)
    assert report.unchecked == 0
    leading, fine = probes
    assert leading.check.text.endswith(" / Isn't it true that watering in the morning is easier?")
    assert [p.kind for p in leading.check.problems] == \
        [p.kind for p in check_followup("Isn't it true that watering in the morning is easier?").problems]
    assert leading.check.problems and fine.check.ok


def test_goals_in_english_are_matched_through_the_translations_of_a_bilingual_guide() -> None:
    goals = ["How gardeners water their garden in the morning", "Sharing vegetables with neighbours"]
    report = check_guide(parse_guide(HEBREW_ENGLISH, "g.md", goals), goals)
    assert not [i for i in report.issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS]
    # a goal no line is about is still said to have no question
    other = goals[:1] + ["Pricing of seed subscriptions"]
    far = check_guide(parse_guide(HEBREW_ENGLISH, "g.md", other), other)
    assert [i.message for i in far.issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS] == \
        ["research goal 2 (\u201cPricing of seed subscriptions\u201d) has no question: add a section for it, or write "
         "\u201cGoal: 2\u201d under the heading of the section that asks about it"]


def test_a_consent_ask_that_opens_the_guide_is_not_its_hardest_question() -> None:
    # the recording ask comes before anything is recorded by design; the warm-up is after it
    guide = parse_guide("""\
## Welcome (4 min)
- May I record our talk today? Only the two of us in the research team will hear it, and you can ask me to stop whenever you like.
- Any questions before we start?

## Warm-up (5 min)
- What does a normal weekday look like for you?
- How did you first hear about the library app?

## Borrowing (15 min)
- Can you walk me through the last time you borrowed an e-book?
- What happened the last time a loan ran out before you finished?
""")
    kinds = {i.kind for i in check_guide(guide).issues}
    assert GuideIssueKind.HARDEST_FIRST not in kinds


def test_a_hard_first_research_question_after_the_consent_ask_is_still_flagged() -> None:
    guide = parse_guide("""\
## Welcome (4 min)
- May I record our talk today? Only the research team will hear it.

## Money (15 min)
- Why didn't you pay back the loan from your family, and how much debt do you have now?
- What does a normal weekday look like for you?
- Can you walk me through the last time you borrowed an e-book?
""")
    kinds = {i.kind for i in check_guide(guide).issues}
    assert GuideIssueKind.HARDEST_FIRST in kinds


def test_a_translation_in_brackets_after_a_question_is_its_translation_not_a_probe() -> None:
    guide = parse_guide("""\
## Paying back (15 min)
- Why didn't you pay the water bill last month? (पिछले महीने आपने पानी का बिल क्यों नहीं भरा?)
  - What happened then?
- Can you walk me through the last time you paid a bill? (¿Me puede contar la última vez que pagó una factura?)
- What do you buy at the market? (And what do you grow yourself?)
""")
    why, walk, market = guide.questions
    assert why.text == "Why didn't you pay the water bill last month?"
    assert why.translation == "पिछले महीने आपने पानी का बिल क्यों नहीं भरा?"
    assert [f.text for f in why.followups] == ["What happened then?"]
    assert walk.translation and walk.translation.startswith("¿Me puede") and walk.followups == []
    # an English aside in brackets is no translation
    assert market.translation is None
    report = check_guide(guide)
    flagged = next(r for r in report.questions if r.check.text == why.text)
    assert flagged.check.problems and flagged.check.problems[0].rewrite
    assert flagged.translation_too and not flagged.translated
    assert not any("पानी" in r.check.text for r in report.questions)  # not checked as a probe of its own


def test_a_getting_to_know_you_section_is_a_warm_up_and_its_invitation_opens_a_yes_no_question() -> None:
    guide = parse_guide("""\
## Getting to know you (3 min)
- What do you do on a normal weekday?
- Have you ever phoned the council about your bins? Tell me about that.

## Bins (20 min)
- Can you walk me through the last time a collection was missed?
- Do you sort your recycling at home? If so, walk me through how you do it.
- What happened the last time you had to put out extra rubbish?
""")
    asked = guide.questions
    assert asked[1].text == "Have you ever phoned the council about your bins? Tell me about that."
    assert asked[1].followups == [] and asked[3].followups == []
    report = check_guide(guide)
    assert not any(i.kind is GuideIssueKind.TOO_MANY_QUESTIONS for i in report.issues)
    # a warm-up needs no probes of its own
    assert not any(i.kind is GuideIssueKind.SECTION_WITHOUT_FOLLOWUPS and i.section == "Getting to know you"
                   for i in report.issues)
    closed = [r.check.text for r in report.questions if r.check.kind is QuestionKind.CLOSED]
    assert closed == []


def test_a_yes_no_question_whose_probe_is_a_question_of_its_own_is_still_closed() -> None:
    guide = parse_guide("""\
## Bins (20 min)
- Do you sort your recycling at home? What goes in which bin?
- Can you walk me through the last time a collection was missed?
""")
    first = guide.questions[0]
    assert first.text == "Do you sort your recycling at home?" and [f.text for f in first.followups] == \
        ["What goes in which bin?"]
    assert check_guide(guide).questions[0].check.kind is QuestionKind.CLOSED


def test_a_thai_guide_ties_its_goal_line_reads_a_tell_me_ask_and_tells_a_tag_asking_for_a_yes() -> None:
    guide = parse_guide("""\
## 1. เริ่มต้น (5 นาที)
- แนะนำตัว อธิบายว่าการสัมภาษณ์ใช้เวลาประมาณ 30 นาที

## 2. การสั่งอาหาร (15 นาที)
เป้าหมาย: ค้นหาเหตุผลที่ลูกค้าเลิกสั่งอาหารผ่านแอป
- เล่าให้ฟังถึงครั้งล่าสุดที่คุณสั่งอาหารแล้วไม่ได้รับ
  - แล้วเกิดอะไรขึ้นต่อ?
- คุณชอบโปรโมชันส่งฟรีใช่ไหมครับ?
- คุณสั่งอาหารบ่อยแค่ไหน?
""")
    food = guide.sections[1]
    assert food.goal == "ค้นหาเหตุผลที่ลูกค้าเลิกสั่งอาหารผ่านแอป"
    assert food.questions[0].text.startswith("เล่าให้ฟังถึงครั้งล่าสุด")
    assert guide.sections[0].questions == []  # told to the interviewer ("อธิบายว่า…"), not asked
    report = check_guide(guide, goals=["เข้าใจเหตุผลที่ลูกค้าเลิกสั่งอาหารผ่านแอป"])
    assert food.goal_index == 0
    assert not any(i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS for i in report.issues)
    verdicts = {r.check.text: r.check for r in report.questions}
    assert verdicts["คุณชอบโปรโมชันส่งฟรีใช่ไหมครับ?"].kind is QuestionKind.LEADING
    assert "Thai" in verdicts["คุณชอบโปรโมชันส่งฟรีใช่ไหมครับ?"].problems[0].reason
    assert not verdicts["คุณสั่งอาหารบ่อยแค่ไหน?"].checked and verdicts["คุณสั่งอาหารบ่อยแค่ไหน?"].ok


def test_guide_check_suggests_no_probes_for_a_question_left_to_the_participant() -> None:
    guide = parse_guide("## Health (5 min)\n"
                        "- Is there anything about your health that makes the stairs harder? Only if you're comfortable sharing.\n"
                        "- (Sensitive: only if they bring it up) What support have you had from your GP?\n"
                        "- How do you usually get to the library?\n", "g.md")
    reports = {r.check.text: r for r in check_guide(guide).questions}
    assert [len(r.suggested_followups) > 0 for r in reports.values()] == [False, False, True]


WARM_UP_BY_ANOTHER_NAME = """## 1. Hello (2 min)
- Is it OK if I record our conversation?
## 2. You and your allotment (4 min)
- Can you tell me a bit about your family and who helps on the plot?
- How long have you had the plot?
- Who else do you see there?
## 3. Watering (10 min)
- Think about the last dry spell. What did you do about watering?
  - What happened next?
- What did the water butts cost you?
  - How did you decide?
"""


def test_a_warm_up_under_a_topics_name_is_checked_at_a_warm_ups_pace() -> None:
    issues = check_guide(parse_guide(WARM_UP_BY_ANOTHER_NAME, "g.md")).issues
    about = [i for i in issues if i.section == "2. You and your allotment"]
    assert about == []
    # the same three questions later in the guide, not about the person, are a squeeze
    later = WARM_UP_BY_ANOTHER_NAME.replace("Can you tell me a bit about your family and who helps on the plot?",
                                            "What do you grow on the plot?")
    kinds = {i.kind for i in check_guide(parse_guide(later, "g.md")).issues if i.section == "2. You and your allotment"}
    assert GuideIssueKind.TOO_MANY_QUESTIONS in kinds
# --- Persian and Greek guides: their question marks, asks, parts, minutes and goals -------------

# A Persian guide, its questions ending in "؟", timed "(۴ دقیقه)", with a "tell me" ask ("…را برایم
# تعریف کنید") holding its probe, and a title that asks the study's question
RAHNAMA = """\
# راهنما: چرا مشتریان اشتراک را لغو می‌کنند؟

مدت: ۳۰ دقیقه

## مقدمه و رضایت (۴ دقیقه)
- سلام، من مریم هستم. ممنون که وقت گذاشتید.
- اجازه می‌دهید گفتگو را ضبط کنیم؟

## آشنایی (۶ دقیقه)
1. روز کاری‌تان معمولاً چطور می‌گذرد؟
2. آخرین باری که اشتراکی را لغو کردید برایم تعریف کنید.
   - چه چیزی باعث شد تصمیم بگیرید؟

## تجربه لغو (15 دقیقه)
هدف: 2
3. وقتی دکمه لغو را پیدا کردید چه اتفاقی افتاد؟

## جمع‌بندی (۵ دقیقه)
4. چیز دیگری هست که باید از آن می‌پرسیدم؟
"""


def test_a_persian_guide_is_read_by_its_question_mark_with_its_asks_parts_minutes_and_goal() -> None:
    guide = parse_guide(RAHNAMA, "rahnama.md")
    assert [s.minutes for s in guide.sections] == [4, 6, 15, 5] and guide.planned_minutes == 30
    assert [s.english_title for s in guide.sections] == ["introduction و consent", "warm-up", "تجربه لغو", "closing"]
    assert guide.sections[2].goal == "2"
    # the title is no question; the "tell me" ask is main question 2, its probe under it
    assert not any("راهنما" in q.text for q in guide.questions)
    tell = guide.sections[1].items[1]
    assert tell.number == "2." and not tell.instruction and tell.text.endswith("تعریف کنید.")
    assert [f.text for f in tell.followups] == ["چه چیزی باعث شد تصمیم بگیرید?"]
    # read as "?", printed as written
    assert as_written(guide, tell.followups[0].text) == "چه چیزی باعث شد تصمیم بگیرید؟"
    assert as_written(guide, guide.title) == "راهنما: چرا مشتریان اشتراک را لغو می‌کنند؟"


def test_an_arabic_guide_with_no_english_under_it_is_read_by_its_question_mark() -> None:
    guide = parse_guide("## البداية\n- ما الذي دفعك إلى الاشتراك؟\n- كيف تستخدم التطبيق كل يوم؟\n", "g.md")
    assert len(guide.questions) == 2


# A Greek guide as Greek is typed: the plain ";" as its question mark (and U+037E once), accents
# left off in capitals and in a hurried "Πειτε μου", timed "(5 λεπτά)", a "Στόχος: 1" line
ODIGOS = """\
# Οδηγός: Κρατήσεις εστιατορίων

## Καλωσόρισμα και συναίνεση (5 λεπτά)
- Καλημέρα σας, είμαι η Άννα. Σας ευχαριστώ που ήρθατε.
- Μας επιτρέπετε να ηχογραφήσουμε τη συζήτηση;

## Κρατήσεις (10 λεπτά)
Στόχος: 1
1. Πειτε μου για την τελευταία φορά που κλείσατε τραπέζι.
   - Ποιος το έκλεισε;
2. ΠΟΤΕ ΑΚΥΡΩΣΑΤΕ ΤΕΛΕΥΤΑΙΑ ΦΟΡΑ ΜΙΑ ΚΡΑΤΗΣΗ;
3. Τι σας δυσκόλεψε στην εφαρμογή\u037e

## Κλείσιμο (5 λεπτά)
4. Υπάρχει κάτι που δεν σας ρώτησα;
"""


def test_a_greek_guide_reads_its_semicolon_question_mark_asks_parts_minutes_and_goal() -> None:
    guide = parse_guide(ODIGOS, "odigos.md")
    assert [s.minutes for s in guide.sections] == [5, 10, 5]
    assert [s.english_title for s in guide.sections] == ["Welcome και consent", "Κρατήσεις", "Closing"]
    assert guide.sections[1].goal == "1"
    items = guide.sections[1].items
    assert [q.number for q in items] == ["1.", "2.", "3."] and not any(q.instruction for q in items)
    assert items[0].followups[0].text == "Ποιος το έκλεισε?"
    assert as_written(guide, items[0].followups[0].text) == "Ποιος το έκλεισε;"
    assert as_written(guide, items[2].text).endswith("εφαρμογή\u037e")
    report = check_guide(guide, [], planned_minutes=20)
    assert [i.kind for i in report.issues] == []


def test_an_english_line_ending_a_clause_with_a_semicolon_keeps_it() -> None:
    # no Greek letters: the ";" is a semicolon, and the line is a note, as before
    guide = parse_guide("## Pricing (5 min)\n- Ask about the last bill;\n- What did the bill say?\n", "g.md")
    items = guide.sections[0].items
    assert items[0].text == "Ask about the last bill;" and items[0].instruction


def test_a_title_above_the_sections_that_asks_the_studys_question_stays_the_title() -> None:
    guide = parse_guide("# Guide: why do families switch banks?\n\nLength: 30 min\n\n## Warm-up (5 min)\n"
                        "- What do you do for work?\n\n## Switching (20 min)\n- Tell me about the last time you switched.\n",
                        "g.md")
    assert guide.title == "Guide: why do families switch banks?" and guide.planned_minutes == 30
    assert [s.title for s in guide.sections] == ["Warm-up", "Switching"]
    assert [q.text for q in guide.questions] == ["What do you do for work?", "Tell me about the last time you switched."]


def test_a_hungarian_ask_in_the_imperative_ending_in_an_exclamation_mark_is_a_question_with_its_probes() -> None:
    guide = parse_guide("## Piac (15 perc)\n"
                        "- Magyarázza el a kutatás célját.\n"
                        "- Mesélje el, mikor járt utoljára piacon!\n  - Mit vett?\n  - Kivel ment?\n"
                        "- Mutassa meg, kérem, hogyan keres árut az alkalmazásban!\n"
                        "- Mondja el, mi zavarta a legjobban!\n"
                        "- Mutassa meg a prototípust.\n", "g.md")
    assert [q.text for q in guide.questions] == ["Mesélje el, mikor járt utoljára piacon!",
                                                 "Mutassa meg, kérem, hogyan keres árut az alkalmazásban!",
                                                 "Mondja el, mi zavarta a legjobban!"]
    assert [f.text for f in guide.questions[0].followups] == ["Mit vett?", "Kivel ment?"]
    assert not [i for i in check_guide(guide, []).issues if "follow-up" in i.message]


def test_a_hungarian_ask_with_keren_is_a_question_whatever_word_follows_and_keeps_its_probe() -> None:
    guide = parse_guide("## Csekkek (10 perc)\n"
                        "- Mutassa meg, kérem, a telefonján a múlt havi csekkjét, és mondja el hangosan, mit gondol!\n"
                        "  - Mit keresne először?\n"
                        "- Kérem, mondja el a saját szavaival, mi történt!\n"
                        "- Mutassa meg a prototípust.\n", "g.md")
    assert [q.text for q in guide.questions] == [
        "Mutassa meg, kérem, a telefonján a múlt havi csekkjét, és mondja el hangosan, mit gondol!",
        "Kérem, mondja el a saját szavaival, mi történt!"]
    assert [f.text for f in guide.questions[0].followups] == ["Mit keresne először?"]


def test_a_swahili_ask_tell_us_or_explain_to_me_is_a_question_and_tell_them_is_a_note() -> None:
    guide = parse_guide("## Kujuana (5 min)\n"
                        "- Waambie kwamba mahojiano yatarekodiwa.\n"
                        "- Tuambie kuhusu shamba lako na mazao unayolima.\n"
                        "- Nieleze jinsi unavyouza mazao yako sokoni.\n", "g.md")
    assert [q.text for q in guide.questions] == ["Tuambie kuhusu shamba lako na mazao unayolima.",
                                                 "Nieleze jinsi unavyouza mazao yako sokoni."]


def test_a_length_line_that_says_the_calls_format_too_is_kept_as_a_note() -> None:
    text = ("# Bakery pre-orders\n\n**Durée :** 30 minutes · **Format :** téléphone ou Teams\n\n"
            "## Ordering (10 min)\n- Tell me about your last pre-order.\n")
    guide = parse_guide(text, "g.md")
    assert guide.planned_minutes == 30
    assert guide.notes == ["Durée : 30 minutes · Format : téléphone ou Teams"]
    plain = parse_guide(text.replace(" · **Format :** téléphone ou Teams", ""), "g.md")
    assert plain.planned_minutes == 30 and plain.notes == []  # the length alone is the kit's own line
    inside = parse_guide("## Ordering\n- Length: 20 min, on the phone, two of us.\n- Tell me about your last order.\n",
                         "g.md")
    assert inside.planned_minutes == 20 and inside.sections[0].notes == ["Length: 20 min, on the phone, two of us."]


def test_a_consent_ask_told_then_asked_in_a_short_sentence_ends_a_quoted_intro_in_another_language() -> None:
    # the recording in one sentence, the leave asked in a short one after it: the list after is the
    # section's own warm-up, not probes of the script
    guide = parse_guide(dedent("""\
        ## Mở đầu (5 phút)
        > Em chào chị, em là Vy bên nhóm thiết kế. Em xin phép thu âm buổi trò chuyện, bản thu chỉ nhóm em nghe. Chị có đồng ý không ạ?

        - Chị bán hàng online được mấy năm rồi?
          - Chị bán trên những kênh nào?
        - Một buổi sáng của chị thường bắt đầu thế nào?
        """), "g.md")
    intro = guide.sections[0]
    assert [q.text for q in intro.questions][1:] == ["Chị bán hàng online được mấy năm rồi?",
                                                    "Một buổi sáng của chị thường bắt đầu thế nào?"]
    assert intro.questions[0].followups == []
    assert [f.text for f in intro.questions[1].followups] == ["Chị bán trên những kênh nào?"]


@pytest.mark.parametrize("label", ["Mục tiêu: 2", "**Mục tiêu:** 2", "Tujuan: 2", "Hedef: 2"])
def test_the_goal_labels_the_kit_writes_in_vietnamese_indonesian_and_turkish_tie_the_section(label: str) -> None:
    text = ("## Đặt hàng (10 phút)\n- Chị kể em nghe lần gần nhất chị đặt hàng?\n\n"
            f"## Trả hàng (10 phút)\n{label}\n- Chị kể em nghe lần gần nhất chị trả một món hàng?\n")
    goals = ["Hiểu cách đặt hàng", "Hiểu vì sao trả hàng"]
    report = check_guide(parse_guide(text, "g.md", goals), goals)
    assert report.guide.sections[1].goal_index == 1
    assert not [i for i in report.issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS and "2" in i.message]
    assert not any(label.replace("*", "") in n for s in report.guide.sections for n in s.notes)


EASY_READ = """\
# Library app guide

Plain-language wording of each question is in *italics* under it: read it if the person prefers it.

## Borrowing (10 min)

1. Tell me about the last time you borrowed an e-book from us.
   *Tell me about the last e-book you got from us.*
2. What makes the app easy or hard to use?
   *What is easy in the app? What is hard?*
   - What happened next?
"""


def test_a_version_in_italics_the_guide_announces_is_said_in_the_questions_stead_not_carried_on_or_probed() -> None:
    guide = parse_guide(EASY_READ, "g.md")
    q1, q2 = guide.sections[0].questions
    assert q1.text == "Tell me about the last time you borrowed an e-book from us."
    assert q1.translation == "Tell me about the last e-book you got from us." and q1.followups == []
    assert q2.text == "What makes the app easy or hard to use?"
    assert q2.translation == "What is easy in the app? What is hard?"
    assert [f.text for f in q2.followups] == ["What happened next?"]


def test_a_line_in_italics_under_a_question_is_not_a_version_where_the_guide_announces_none() -> None:
    guide = parse_guide(EASY_READ.replace("Plain-language wording of each question is in *italics* under it: read "
                                          "it if the person prefers it.", "Be kind."), "g.md")
    assert guide.sections[0].questions[0].translation is None


def test_a_section_that_asks_about_a_goal_through_its_probe_topics_and_a_name_spelled_out_serves_it() -> None:
    # the goal writes "NDIS", the section "National Disability Insurance Scheme", and its probe list
    # names the "forms": the section asks about the goal, so no "no question" for it
    goals = ["Learn how tenants pay their rent online", "Find paperwork barriers with NDIS forms for RTO students"]
    guide = parse_guide(dedent("""\
        ## Paying rent (10 min)
        Goal: 1
        - Tell me about the last time you paid your rent online.
          - What happened next?

        ## Paperwork (10 min)
        - What was it like to apply to the National Disability Insurance Scheme?
          - Probe: forms, paperwork, deadlines
        - Who helped you with it?
        """), "g.md", goals)
    report = check_guide(guide, goals)
    assert [i for i in report.issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS] == []


def test_an_interviewer_line_and_a_what_to_bring_line_above_the_first_section_are_kept_whole() -> None:
    """'Interviewer: our field team. …' above the sections is who runs the call, kept with its label (not script
    words with the label cut off); 'Bring: …' (and 'Materials:', Tagalog 'Dalhin:') is a note for the call, not a
    page's property dropped (walk86 F12). A script's 'INTERVIEWER: …' inside a section still loses its label."""
    guide = parse_guide(dedent("""\
        # Market stall loans

        Interviewer: branch research pair. Speak Hiligaynon or English, whichever they pick.
        Bring: signed privacy notice, receipt pad for the thank-you voucher
        Dalhin: extra ballpen

        ## Their stall (10 min)
        INTERVIEWER: Thanks for having us at your stall.
        - Tell me about the last week at the stall.
        """), "g.md")
    assert guide.notes == ["Interviewer: branch research pair. Speak Hiligaynon or English, whichever they pick.",
                           "Bring: signed privacy notice, receipt pad for the thank-you voucher",
                           "Dalhin: extra ballpen"]
    assert guide.sections[0].notes == ["Thanks for having us at your stall."]


def test_the_header_lines_keep_their_labels_each_on_its_own_line_and_the_length_line_keeps_how_the_call_runs() -> None:
    guide = parse_guide(dedent("""\
        # Clinic booking guide

        **Duration:** 40 minutes (video call or phone, their choice)
        **Moderator:** Aroha Ngata · **Note-taker:** Sam Li

        ## Booking (10 min)
        - Tell me about the last time you booked an appointment.
        """), "g.md")
    assert guide.planned_minutes == 40
    assert guide.notes == ["Duration: 40 minutes (video call or phone, their choice)",
                           "Moderator: Aroha Ngata · Note-taker: Sam Li"]
    guide = parse_guide(dedent("""\
        # Гайд

        Учасники: власники кав'ярень у Львові та Києві
        Формат: онлайн, Google Meet

        ## Замовлення (10 хв)
        - Розкажіть, як ви востаннє замовляли каву для закладу.
        """), "g.md")
    assert guide.notes == ["Учасники: власники кав'ярень у Львові та Києві", "Формат: онлайн, Google Meet"]


@pytest.mark.parametrize("item, asks", [
    ("Explain the $40 voucher thank-you.", False),  # the thank-you for taking part: a note for the interviewer
    ("Mention the gift card.", False),
    ("Explain how you spent the gift card.", True),  # an ask about the topic, in a study of gift cards
    ("Walk me through how you redeemed the voucher.", True),
])
def test_explaining_the_thank_you_for_taking_part_is_an_instruction_not_a_question(item: str, asks: bool) -> None:
    guide = parse_guide(f"## Intro (5 min)\n- {item}\n- Tell me about your last purchase.\n", "g.md")
    assert (item in [q.text for q in guide.sections[0].questions]) is asks


@pytest.mark.parametrize(("label", "hint"), [("Tavoite: 2", "“Tavoite: 3”"), ("Cilj: 2", "“Cilj: 3”"),
                                             ("**Циљ:** 2", None)])
def test_a_finnish_or_serbian_goal_label_ties_the_section_to_the_goal(label: str, hint: str | None) -> None:
    finnish = label.startswith("Tavoite")
    ask = ("- Kerro, miten varasit viimeisen tuntisi.\n  - Entä sitten?\n" if finnish
           else "- Ispričajte mi kako ste poslednji put rezervisali termin.\n  - A onda?\n")
    text = f"## Varaukset (10 min)\n{ask}\n## Peruutukset (10 min)\n{label}\n{ask}"
    goals = ["Ymmärtää varaamista", "Ymmärtää peruuttamista", "Selvittää hinnoittelun vaikutus"]
    report = check_guide(parse_guide(text, "g.md", goals), goals)
    assert report.guide.sections[1].goal_index == 1 and not report.guide.sections[1].notes
    hints = [i.message for i in report.issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS]
    assert not [h for h in hints if "goal 2" in h], hints
    assert hint is None or any(hint in h for h in hints if "goal 3" in h), hints


@pytest.mark.parametrize("text", [
    "## Alku ja suostumus (5 min)\n- Sopiiko, että nauhoitan keskustelun?\n\n## Salilla käynti (20 min)\n"
    "- Kerro viimeisestä käynnistäsi.\n  - Entä sitten?\n\n## Lopetus (3 min)\n- Haluaisitko vielä lisätä jotain?\n",
    "## Uvod i saglasnost (5 min)\n- Da li se slažete da snimamo razgovor?\n\n## Porudžbine (20 min)\n"
    "- Ispričajte mi o poslednjoj porudžbini.\n  - A onda?\n\n## Završetak (3 min)\n"
    "- Da li postoji nešto što vas nisam pitao, a važno je?\n",
    "## Увод (5 min)\n- Да ли се слажете да снимамо разговор?\n\n## Поруџбине (20 min)\n"
    "- Испричајте ми о последњој поруџбини.\n  - А онда?\n\n## Завршетак (3 min)\n- Хвала вам на времену!\n",
])
def test_a_finnish_or_serbian_intro_consent_and_closing_need_no_probes(text: str) -> None:
    report = check_guide(parse_guide(text, "g.md"))
    assert not [i for i in report.issues if i.kind is GuideIssueKind.SECTION_WITHOUT_FOLLOWUPS], report.issues


# a guide's yes/no question in Finnish (the "-ko/-kö" on its first word) or in Serbian, Croatian, Bosnian ("Jeste li…",
# "Je li…", "Da li…", a verb and "li") is closed; the open asks, requests, existence checks, the consent ask, the
# check-in and the closing prompt beside them are not (a pharmacy app's guide in each)
_CLOSED_FI = """\
## Alku (3 min)
- Sopiiko, että nauhoitan keskustelun?
- Onko sinulla kysyttävää ennen kuin aloitetaan?

## Reseptit (20 min)
1. Oliko reseptin uusiminen sovelluksessa vaivatonta?
2. Käytättekö sovellusta joka kuukausi?
3. Kerro, miten uusit reseptisi viimeksi.
4. Voisitko näyttää, miten etsit lääkkeen?
5. Muistatko, mitä tapahtui, kun tilaus viivästyi?
6. Eikö maksu mennyt läpi?
7. Miten valitset noutoapteekin?

## Lopetus (2 min)
8. Onko vielä jotain, mitä en osannut kysyä?
"""
_CLOSED_HR = """\
## Uvod (3 min)
- Smijem li snimati razgovor?

## Recepti (20 min)
1. Jeste li obnovili recept preko aplikacije?
2. Je li vam obavijest o lijeku bila jasna?
3. Koristite li aplikaciju svaki mjesec?
4. Ispričajte mi kako ste zadnji put podigli lijek.
5. Možete li mi pokazati gdje tražite ljekarnu?
6. Koliko često podižete lijekove?
7. Sjećate li se što se dogodilo kad je narudžba kasnila?

## Završetak (2 min)
8. Ima li još nešto što bismo trebali znati?
"""


@pytest.mark.parametrize(("text", "double"), [
    ("Mitä mieltä olit toimitusmaksuista ja pakkausmateriaaleista?", ("toimitusmaksuista", "pakkausmateriaaleista")),
    ("Koliko ste zadovoljni brzinom i točnošću dostave?", ("brzinom", "točnošću")),
    ("Mitä mieltä olet hinnan ja laadun suhteesta?", None),  # one thing: the ratio of the two
    ("Koliko ste zadovoljni omjerom cijene i kvalitete?", None),
    ("Mitä mieltä olit uudesta sovelluksesta?", None),
    # Bengali, where the question names its two things itself ("these two"): a tiffin service's menu and price
    ("মেনু আর দাম — এই দুটো নিয়ে আপনি কতটা সন্তুষ্ট?", ("মেনু", "দাম")),
    ("প্রথমবার কীভাবে অর্ডার করলেন, আর কেন?", None),
])
def test_a_finnish_or_croatian_question_that_judges_two_things_is_double(text: str, double: tuple | None) -> None:
    check = check_guide(parse_guide(f"## Tilaus (10 min)\n1. {text}\n", "g.md")).questions[0].check
    if double is None:
        assert check.problems == [] and not check.checked
    else:
        assert check.kind is QuestionKind.DOUBLE_BARRELED and f"(\u201c{double[0]}\u201d and \u201c{double[1]}\u201d" \
            in check.problems[0].reason


@pytest.mark.parametrize(("text", "closed", "language"), [
    (_CLOSED_FI, ["Oliko reseptin", "Käytättekö sovellusta"], "Finnish"),
    (_CLOSED_HR, ["Jeste li", "Je li", "Koristite li"], "Serbian, Croatian or Bosnian"),
    (_CLOSED_HR.replace("Jeste li obnovili recept preko aplikacije", "Јесте ли обновили рецепт преко апликације"),
     ["Јесте ли", "Je li", "Koristite li"], "Serbian, Croatian or Bosnian"),
])
def test_a_finnish_or_croatian_yes_no_question_is_closed_and_the_open_asks_beside_it_are_not(
        text: str, closed: list[str], language: str) -> None:
    report = check_guide(parse_guide(text, "g.md"))
    flagged = [q for q in report.questions if not q.check.ok]
    assert [q.check.text.split()[0] + " " + q.check.text.split()[1] for q in flagged] == closed
    assert all(q.check.kind is QuestionKind.CLOSED and not q.check.checked for q in flagged)
    assert f"a closed form in {language}" in flagged[0].check.problems[0].reason
# --- a Bengali guide beside goals in English ---------------------------------------------------------------------

PROSHNO = """\
## ১. শুরুর আলাপ (৫ মিনিট)
- আপনার সাধারণ একটা দিন কেমন কাটে?

## ২. বিল দেওয়া (১৫ মিনিট)
- শেষবার গ্যাস বিল কীভাবে দিয়েছিলেন, শুরু থেকে বলুন।
  - তারপর কী হলো?

## ৩. অ্যাপ ছেড়ে দেওয়া (১০ মিনিট)
- অ্যাপটা এখন কম ব্যবহার করেন কেন, সেই সময়ের কথা বলুন।
  - তখন কী করেছিলেন?
"""
BILL_GOALS = ["How do households pay their utility bills today?", "Why do some people stop using the app?"]


def test_english_goals_beside_a_bengali_guide_are_not_compared_rather_than_called_unasked() -> None:
    report = check_guide(parse_guide(PROSHNO, "g.md"), goals=BILL_GOALS)
    assert report.language == "Bengali"
    # its words cannot be compared with the goals': not "has no question: add a section"
    assert not [i for i in report.issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS]
    assert report.goals_not_compared == [0, 1]
    # a section tied by the Bengali goal label, its number in Bengali digits, is compared: the other goal still is not
    tied = PROSHNO.replace("## ২. বিল দেওয়া (১৫ মিনিট)\n", "## ২. বিল দেওয়া (১৫ মিনিট)\nলক্ষ্য: ১\n")
    report = check_guide(parse_guide(tied, "g.md"), goals=BILL_GOALS)
    assert report.guide.sections[1].goal_index == 0 and report.goals_not_compared == [1]
    # the same guide with English under every question is compared through it, as before
    english = ("## 1. Bills (15 min)\n- ধাপে ধাপে বলুন।\n  (Tell me how you paid your last utility bill.)\n"
               "## 2. Leaving (10 min)\n- সেই সময়ের কথা বলুন।\n  (Tell me about the time you stopped using the app.)\n")
    report = check_guide(parse_guide(english, "g.md"), goals=BILL_GOALS)
    assert report.goals_not_compared == []


@pytest.mark.parametrize("label", ["Cíl: 2", "**Cíl:** 2", "Cieľ: 2"])
def test_a_czech_or_slovak_goal_label_ties_the_section_to_the_goal(label: str) -> None:
    ask = "- Povězte mi, jak jste si naposledy rezervoval/a stůl.\n  - A potom?\n"
    text = f"## Rezervace (10 min)\n{ask}\n## Rušení (10 min)\n{label}\n{ask}"
    goals = ["Pochopit rezervace", "Pochopit rušení rezervací", "Zjistit vliv ceny"]
    report = check_guide(parse_guide(text, "g.md", goals), goals)
    assert report.guide.sections[1].goal_index == 1 and not report.guide.sections[1].notes
    hints = [i.message for i in report.issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS]
    assert not [h for h in hints if "goal 2" in h], hints
    assert any("\u201cCíl: 3\u201d" in h for h in hints if "goal 3" in h), hints
    assert report.language == "Czech"


def test_a_czech_intro_consent_and_closing_need_no_probes() -> None:
    text = ("## Úvod a souhlas (5 min)\n- Můžeme rozhovor nahrávat?\n\n## Nákupy (20 min)\n"
            "- Povězte mi o posledním nákupu.\n  - A potom?\n\n## Závěr (3 min)\n"
            "- Je ještě něco, na co jsem se nezeptal/a?\n")
    report = check_guide(parse_guide(text, "g.md"))
    assert not [i for i in report.issues if i.kind is GuideIssueKind.SECTION_WITHOUT_FOLLOWUPS], report.issues


def test_goal_none_serves_no_goal_and_goal_1_2_serves_both() -> None:
    text = ("## Intro & consent (5 min)\nGoal: none\n- Is it okay if I record this call?\n\n"
            "## Stopping (10 min)\nGoal: 1, 2\n- Tell me about the last time you took the ferry.\n  - What happened next?\n\n"
            "## Coming back (10 min)\nGoal: 3 & 4\n- What would bring you back to the ferry?\n  - Why that?\n")
    goals = ["Why commuters stopped", "What they use instead", "What would bring them back"]
    report = check_guide(parse_guide(text, "g.md", goals), goals)
    intro, stopping, back = report.guide.sections
    assert intro.goal is None and stopping.goal_index == 0 and stopping.more_goals == [1]
    assert back.goal_index is None  # (a goal 4 the study does not have: none matched, and said)
    kinds = [(i.kind, i.message) for i in report.issues]
    assert not [m for k, m in kinds if k is GuideIssueKind.GOAL_WITHOUT_QUESTIONS and ("goal 1 " in m or "goal 2 " in m)]
    assert [m for k, m in kinds if k is GuideIssueKind.UNKNOWN_GOAL] == [
        "section \u201cComing back\u201d names goal \u201c3 & 4\u201d, which matches none of the study's goals"]


def test_a_section_marked_only_if_they_raise_it_gets_no_bank_probes() -> None:
    text = ("## Trips (10 min)\n- Tell me about your last trip with us.\n  - What happened next?\n\n"
            "## Safety (8 min)\n[only if they raise it]\n- Tell me about a time you felt unsafe on a trip.\n"
            "- What did you do afterwards?\n")
    report = check_guide(parse_guide(text, "g.md"))
    safety = [r for r in report.questions if r.section == "Safety"]
    assert safety and all(r.suggested_followups == [] for r in safety)


def test_goals_in_the_guides_own_language_are_not_said_unasked_where_no_section_names_one() -> None:
    # (a Korean guide for a grocery app, its goals in Korean: "주문을", "주문하게" do not meet by their spelling)
    text = ("## 1. 인사 (3분)\n- 녹음해도 괜찮을까요?\n\n## 2. 장보기 경험 (10분)\n"
            "- 최근에 앱으로 장을 보신 경험을 말씀해 주세요.\n  - 그 다음에는 어떻게 되었나요?\n\n"
            "## 3. 마무리 (3분)\n- 다시 이용하게 된다면 어떤 계기일 것 같으세요?\n")
    goals = ["고객이 장보기를 줄인 이유를 이해한다", "다시 이용하게 만들 계기를 찾는다"]
    report = check_guide(parse_guide(text, "g.md", goals), goals)
    assert not [i for i in report.issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS]
    assert report.goals_not_compared == [0, 1]
    from listenwell.cli.guide import not_compared_line
    assert "(in English)" not in not_compared_line(report) and "none of its sections names a goal" in not_compared_line(report)
    # where a section names a goal by its label, a goal no section names is said to have no question
    labelled = text.replace("## 2. 장보기 경험 (10분)\n", "## 2. 장보기 경험 (10분)\nGoal: 1\n")
    report = check_guide(parse_guide(labelled, "g.md", goals), goals)
    assert [i.message for i in report.issues if i.kind is GuideIssueKind.GOAL_WITHOUT_QUESTIONS][0].startswith("research goal 2")
