"""The coach's measures on hand-written interviews with known answers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from listenwell.analysis.coach import CoachOptions, coach_interview, summarise_study
from listenwell.analysis.coach.advice import advise
from listenwell.analysis.coach.guide import mask_terms, study_terms
from listenwell.domain.errors import InputError
from listenwell.domain.model import Interview, Role, Segment, Speaker

from .coach_fixtures import (
    GUIDE,
    TIMED_ROWS,
    monologue_interview,
    no_interviewer_interview,
    timed_interview,
    untimed_interview,
)


@pytest.fixture(scope="module")
def timed():
    return coach_interview(timed_interview())


def test_talk_share_is_time_based_and_exact(timed):
    assert timed.timed
    assert timed.talk.basis == "time"
    assert timed.talk.share == pytest.approx(0.6)
    assert timed.talk.interviewer_seconds == pytest.approx(61.35)
    assert timed.talk.participant_seconds == pytest.approx(40.9)


def test_three_interruptions_quoted_with_time(timed):
    got = [(i.how, i.interviewer.at, i.interviewer.text) for i in timed.interruptions]
    assert [(h, at) for h, at, _ in got] == [("overlap", 32.0), ("quick", 44.1), ("overlap", 69.5)]
    assert timed.interruptions[0].overlap == pytest.approx(1.0)
    assert timed.interruptions[0].participant.text.startswith("Last week I ordered shoes.")


def test_two_leading_questions_with_rewrites(timed):
    q = timed.questions
    assert q.by_kind["leading"] == 2
    leading = [a for a in q.asked if a.kind == "leading"]
    assert [a.quote.text for a in leading] == [
        "Don't you think our new app is much easier?",
        "Wouldn't you agree that paying by card is faster?",
    ]
    assert [a.quote.at for a in leading] == [32.0, 44.1]
    assert all(p.rewrite for a in leading for p in a.problems if p.kind == "leading")
    assert q.total == 6
    assert q.housekeeping == 1  # "Is it okay if I record this call?" is not judged
    assert q.by_kind["open"] == 4
    assert q.by_kind["closed"] == 0
    assert sum(q.by_kind.values()) == q.total


def test_a_term_the_participant_said_first_is_mirroring_not_jargon():
    from .coach_fixtures import _interview

    rows = [
        ("Alex", 0.0, 4.0, "What happened with the SLA reports?"),  # Alex says it first: jargon
        ("Sam", 5.0, 12.0, "Our PCB supplier missed the SLA twice, so the MRP run was late."),
        ("Alex", 13.0, 17.0, "What did you do when the PCB order was late?"),  # Sam's word
        ("Alex", 18.0, 22.0, "And how did the ERP handle it?"),  # nobody said it before
    ]
    asked = coach_interview(_interview("Mirroring", rows)).questions.asked
    jargon = [a.quote.text for a in asked if any(p.kind == "jargon" for p in a.problems)]
    assert jargon == ["What happened with the SLA reports?", "And how did the ERP handle it?"]


def test_silence_median_and_distribution(timed):
    s = timed.silence
    assert s.count == 7
    assert s.median == pytest.approx(1.0)
    assert s.long_pauses == 2
    assert list(s.buckets.values()) == [3, 0, 2, 1, 1]
    assert s.longest == pytest.approx(3.0)


def test_followups_rate_and_missed_moment(timed):
    f = timed.followups
    assert (f.moments, f.followed) == (2, 1)
    assert f.rate == pytest.approx(0.5)
    missed = f.missed[0]
    assert set(missed.kinds) == {"problem", "emotion", "workaround"}
    assert missed.quote.text.startswith("The checkout kept failing")
    # timed where the sentence starts inside Sam's 12-second turn (21.0–33.0 s)
    said = TIMED_ROWS[3][3]
    assert missed.quote.at == pytest.approx(21.0 + 12.0 * said.index("The checkout") / len(said), abs=0.01)
    assert missed.reply.text == "Don't you think our new app is much easier?"
    assert f.taken[0].how == "follow-up prompt"


def test_listening_signals(timed):
    assert timed.listening.reflections == 1
    assert timed.listening.encouragers == 1
    assert timed.listening.examples[0].text.startswith("So what I'm hearing is")


def test_intro_checks_all_found(timed):
    assert {c.name: c.passed for c in timed.intro} == {
        "purpose": True, "not_selling": True, "no_right_answers": True, "consent_to_record": True,
    }
    assert "record" in next(c for c in timed.intro if c.name == "consent_to_record").evidence.text


def test_three_pieces_of_advice_with_quotes(timed):
    titles = [a.title for a in timed.advice]
    assert len(titles) == 3
    assert "Talk less, listen more" in titles
    assert "Ask open, neutral questions" in titles
    assert all(a.quotes for a in timed.advice)
    ask = next(a for a in timed.advice if a.title == "Ask open, neutral questions")
    assert ask.quotes[0].text == "Don't you think our new app is much easier?"
    assert ask.rewrites[0]


def test_untimed_uses_words_and_cut_offs():
    c = coach_interview(untimed_interview())
    assert not c.timed
    assert c.talk.basis == "words"
    iw, pw = c.talk.interviewer_words, c.talk.participant_words
    assert (iw, pw) == (112, 76)  # whitespace-separated words
    assert c.talk.share == pytest.approx(iw / (iw + pw))
    assert [i.how for i in c.interruptions] == ["cut-off"]
    assert c.interruptions[0].participant.text == "Well, when the page froze I tried to-"
    assert c.interruptions[0].interviewer.at is None
    assert c.silence.median is None and not c.silence.timed
    assert c.questions.by_kind["leading"] == 2
    assert any("no timings" in n for n in c.notes)


def test_no_interviewer_says_how_to_set_one():
    with pytest.raises(InputError) as e:
        coach_interview(no_interviewer_interview())
    assert "no interviewer" in str(e.value)
    assert "listenwell interviews speakers" in str(e.value)


def test_no_participant_speech_is_a_report_not_a_crash():
    c = coach_interview(monologue_interview())
    assert c.no_participant_speech
    assert c.talk is None and c.advice == []
    assert "No participant speech" in c.notes[0]


def test_silent_interviewer_is_noted():
    interview = timed_interview()
    interview.interviewers = ["Nobody"]
    for sp in interview.speakers:
        sp.role = Role.PARTICIPANT
    c = coach_interview(interview)
    assert c.talk.share == 0.0 and c.questions.total == 0
    assert any("says nothing" in n for n in c.notes)


def test_options_change_the_verdict():
    c = coach_interview(timed_interview(), options=CoachOptions(quick_gap=0.05))
    assert [i.how for i in c.interruptions] == ["overlap", "overlap"]


def test_study_summary_per_interviewer(timed):
    other = coach_interview(untimed_interview())
    other.interviewers = ["Bea"]
    s = summarise_study("fixture", "Fixture", [timed, other, coach_interview(monologue_interview())])
    alex = next(r for r in s.interviewers if r.name == "Alex")
    assert alex.interviews == 2
    assert alex.leading == 2
    assert alex.interruptions == 3
    assert alex.mean_talk_share == pytest.approx(0.6)
    bea = next(r for r in s.interviewers if r.name == "Bea")
    assert bea.interruptions == 1 and bea.leading == 2
    assert any("No answer" in n for n in s.notes)
    assert s.trends == []  # fewer than four coached interviews


def test_trend_first_half_against_second():
    early = [coach_interview(timed_interview()) for _ in range(2)]
    late = [coach_interview(untimed_interview()) for _ in range(2)]
    s = summarise_study("f", "F", early + late)
    t = {x.measure: x for x in s.trends}
    assert t["interruptions per interview"].first == 3 and t["interruptions per interview"].second == 1
    assert t["talk share"].first == pytest.approx(0.6)


@pytest.mark.slow
def test_guide_coverage_by_meaning(embedder):
    c = coach_interview(timed_interview(), guide=GUIDE, embed=embedder)
    g = c.guide
    asked = {m.guide_question: m for m in g.matches}
    assert asked[GUIDE[0]].asked and not asked[GUIDE[0]].leading
    assert asked[GUIDE[1]].asked  # "keep track of your orders" said differently
    assert asked[GUIDE[1]].matched.text == "How do you keep track of your orders?"
    assert asked[GUIDE[2]].asked and asked[GUIDE[2]].leading
    assert asked[GUIDE[2]].matched.text == "Don't you think our new app is much easier?"
    assert not asked[GUIDE[3]].asked
    assert (g.total, g.asked, g.leading) == (4, 3, 1)


@pytest.mark.slow
def test_a_guide_question_the_guide_check_flags_is_not_advice_to_cover(embedder):
    guide = [*GUIDE, "Would you pay more for faster delivery?"]
    c = coach_interview(timed_interview(), guide=guide, embed=embedder)
    flags = {m.guide_question: m.flagged for m in c.guide.matches}
    assert flags[guide[-1]] and not flags[GUIDE[0]] and not flags[GUIDE[3]]
    cover = next(a for a in advise(c, CoachOptions(), n=10) if a.title == "Cover the guide")
    assert cover.detail.startswith("1 of 5 guide questions were not asked")  # GUIDE[3] only
    assert "not counting 1 that the guide check flags: fix it in the guide" in cover.detail
    assert guide[-1] not in cover.detail


@pytest.mark.slow
def test_the_closing_prompt_counts_as_asked_in_other_words(embedder):
    from .coach_fixtures import TIMED_ROWS, _interview

    rows = [*TIMED_ROWS, ("Alex", 200.0, 203.0, "Is there anything else you'd like to add?"),
            ("Sam", 204.0, 206.0, "No, I think that's it.")]
    guide = [*GUIDE, "What should I have asked that I didn't?"]
    c = coach_interview(_interview("Closing", rows), guide=guide, embed=embedder)
    closing = c.guide.matches[-1]
    assert closing.asked and closing.matched.text == "Is there anything else you'd like to add?"
    off = coach_interview(_interview("Closing", rows), guide=guide, embed=embedder,
                          options=CoachOptions(match_closing_prompts=False))
    assert not off.guide.matches[-1].asked  # by similarity alone the two are far apart


def test_the_studys_names_and_topic_words_are_masked_for_matching():
    guide = ["How did you first hear about Acme?", "Walk me through your last invoice.",
             "What happened when the invoice was wrong?", "Who else reads an invoice at your place?",
             "What would you change about invoices in Acme?"]
    terms = study_terms(guide)
    assert terms == {"Acme", "invoice"}  # "invoices" and "wrong" are in fewer than three questions
    assert mask_terms("Can we talk about the Invoice you sent, Can?", terms) == \
        "Can we talk about the it you sent, Can?"  # a topic word in any case; a name as written
    assert mask_terms("Did acme help?", terms) == "Did acme help?"
    assert study_terms(guide, topic_words=False) == {"Acme"}
    assert mask_terms("How did you first hear about Acme?", {"Acme", "Can"}) == "How did you first hear about it?"


_turn = st.tuples(
    st.sampled_from(["I", "P", "Q"]),
    st.text(alphabet=st.characters(codec="utf-8", categories=("L", "P", "Zs", "N")), max_size=80),
    st.one_of(st.none(), st.floats(0, 500, allow_nan=False)),
    st.floats(0, 30, allow_nan=False),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_turn, max_size=25))
def test_any_interview_gives_a_coaching_or_says_why(turns):
    segs = [
        Segment(sp, text, start, None if start is None else start + dur, index=i)
        for i, (sp, text, start, dur) in enumerate(turns)
    ]
    interview = Interview("s", "random", segments=segs, interviewers=["I"],
                          speakers=[Speaker("I", Role.INTERVIEWER), Speaker("P"), Speaker("Q")])
    c = coach_interview(interview)
    if c.no_participant_speech:
        assert c.talk is None
        return
    assert 0 <= c.talk.share <= 1 and 0 <= c.talk.word_share <= 1
    assert c.followups.rate is None or 0 <= c.followups.rate <= 1
    assert all(i.interviewer.speaker == "I" for i in c.interruptions)
    assert c.silence.median is None or c.silence.median >= 0


def _opening(*rows: tuple[str, str]) -> Interview:
    segments = [Segment(speaker=sp, text=text, start=None, end=None, index=i) for i, (sp, text) in enumerate(rows)]
    return Interview(study_slug="fixture", title="Opening", segments=segments,
                     speakers=[Speaker("Ines", Role.INTERVIEWER), Speaker("Rosa", Role.PARTICIPANT)],
                     interviewers=["Ines"])


def test_a_consent_ask_in_another_language_is_found_and_what_cannot_be_read_is_not_called_missing():
    c = coach_interview(_opening(
        ("Ines", "Buenas tardes, soy Inés, de la cooperativa. Gracias por atenderme."),
        ("Rosa", "Buenas tardes."),
        ("Ines", "¿Está bien si grabo la conversación? Solo la escucha el equipo."),
        ("Rosa", "Sí, está bien."),
        ("Ines", "Cuénteme cómo fue la última vez que llevó su cosecha al mercado."),
        ("Rosa", "Fue el sábado, llegamos temprano y vendimos casi todo."),
    ))
    consent = next(ch for ch in c.intro if ch.name == "consent_to_record")
    assert consent.passed and "grabo" in consent.evidence.text
    unread = [ch for ch in c.intro if not ch.checked]
    assert {ch.name for ch in unread} == {"purpose", "not_selling", "no_right_answers"}
    assert c.intro_score == 1 and len(c.intro_checked) == 1
    assert not any(a.title == "Open with the full intro" for a in c.advice)
    assert any("not in English" in n for n in c.notes)
    assert c.questions.housekeeping == 1  # the consent ask is not judged as a question


def test_an_opening_in_another_language_without_a_consent_ask_is_still_told_so():
    c = coach_interview(_opening(
        ("Ines", "Buenas tardes, soy Inés, de la cooperativa. Gracias por atenderme."),
        ("Rosa", "Buenas tardes."),
        ("Ines", "Cuénteme cómo fue la última vez que llevó su cosecha al mercado."),
        ("Rosa", "Fue el sábado, llegamos temprano y vendimos casi todo."),
    ))
    consent = next(ch for ch in c.intro if ch.name == "consent_to_record")
    assert consent.checked and not consent.passed
    intro = next(a for a in c.advice if a.title == "Open with the full intro")
    assert "consent to record" in intro.detail and "purpose" not in intro.detail


def test_a_japanese_interview_finds_its_consent_ask_and_leaves_guide_coverage_unscored():
    c = coach_interview(_opening(
        ("Ines", "本日はお時間をいただきありがとうございます。録画させていただいてもよろしいでしょうか？"),
        ("Rosa", "はい、大丈夫です。"),
        ("Ines", "まず、普段のお仕事の流れを教えてください。"),
        ("Rosa", "毎朝メールを確認して、それから経費の申請をまとめています。"),
    ), guide=["普段のお仕事の流れを教えてください。", "最後に困ったのはいつですか？"], embed=lambda texts: None)
    consent = next(ch for ch in c.intro if ch.name == "consent_to_record")
    assert consent.passed and "録画" in consent.evidence.text
    assert c.guide is None  # no "0 of 2 asked" from an English embedder
    assert any("guide coverage was not checked" in n for n in c.notes)
    assert not any(a.title == "Cover the guide" for a in c.advice)


def test_questions_in_another_language_are_counted_but_not_judged():
    # our French interview: a closed question and a story ask, neither of which the English
    # checks can read; "0 leading" would be a verdict nobody made
    c = coach_interview(_opening(
        ("Ines", "Bonjour, merci d'être là. Est-ce que je peux enregistrer notre conversation ?"),
        ("Rosa", "Oui, bien sûr."),
        ("Ines", "Racontez-moi la dernière fois que vous avez réservé un terrain au club."),
        ("Rosa", "La semaine dernière, pour jouer avec ma sœur, mais le site plantait."),
        ("Ines", "Est-ce que le nouveau site vous a plu ?"),
        ("Rosa", "Pas vraiment, non."),
    ))
    assert c.questions.total == 2  # the story ask and the closed one; the consent ask is housekeeping
    assert c.questions.housekeeping == 1
    assert c.questions.unchecked == 2 and not c.questions.judged
    assert all(q.kind == "not_checked" and not q.checked and q.ok for q in c.questions.asked)
    assert sum(c.questions.by_kind.values()) == 0  # no "open" verdict either
    assert any("2 of the interviewer's 2 questions are not in English" in n for n in c.notes)
    row = summarise_study("f", "F", [c]).interviewers[0]
    assert row.questions == 2 and row.leading is None and row.closed is None


def test_japanese_questions_are_split_at_full_width_marks_and_counted():
    c = coach_interview(_opening(
        ("Ines", "本日はありがとうございます。最近の出張について教えてください。いつでしたか？"),
        ("Rosa", "先週、大阪に行きました。"),
    ))
    assert [q.quote.text for q in c.questions.asked] == ["最近の出張について教えてください。", "いつでしたか？"]
    assert not c.questions.judged


def test_an_english_interview_is_still_judged():
    c = coach_interview(_opening(
        ("Ines", "Thanks for joining. Don't you think the new booking site is much easier?"),
        ("Rosa", "Not really."),
    ))
    assert c.questions.judged and c.questions.by_kind["leading"] == 1
    assert not any("not in English" in n for n in c.notes)


def test_a_leading_form_in_another_language_is_told_in_an_interview_not_in_english():
    c = coach_interview(_opening(
        ("Ines", "Racontez-moi votre dernière réservation au club."),
        ("Rosa", "C'était mardi, pour un double."),
        ("Ines", "Vous ne trouvez pas que le nouveau site est beaucoup plus simple ?"),
        ("Rosa", "Si, un peu."),
    ))
    leading = [q for q in c.questions.asked if q.kind == "leading"]
    assert [q.quote.text for q in leading] == ["Vous ne trouvez pas que le nouveau site est beaucoup plus simple ?"]
    assert "a leading form in French" in leading[0].problems[0].reason
    assert c.questions.judged and c.questions.by_kind["leading"] == 1 and c.questions.by_kind["open"] == 0
    row = summarise_study("f", "F", [c]).interviewers[0]
    assert row.leading == 1 and row.closed is None  # nothing read as closed or open
