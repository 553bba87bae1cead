import pytest

from listenwell.domain import InputError, Role, Segment, Speaker, Transcript
from listenwell.domain.roles import assign_roles, guess_interviewer


def _t(turns: list[tuple[str, str]]) -> Transcript:
    segs = [Segment(speaker=s, text=t, index=i) for i, (s, t) in enumerate(turns)]
    names = list(dict.fromkeys(s for s, _ in turns))
    return Transcript(segs, [Speaker(n) for n in names], "text")


def test_interviewer_is_who_asks_most() -> None:
    t = _t([("Ana", "Thanks for coming in."), ("Ben", "Happy to."),
            ("Ana", "What do you do at work?"), ("Ben", "I'm a nurse. Why do you ask?"),
            ("Ana", "Tell me about your last shift. How did it start?"), ("Ben", "Early.")])
    assert guess_interviewer(t.segments) == "Ana"
    assert assign_roles(t) == "Ana"
    assert {s.name: s.role for s in t.speakers} == {"Ana": Role.INTERVIEWER, "Ben": Role.PARTICIPANT}


def test_override_and_known_roles() -> None:
    t = _t([("Ana", "What do you do?"), ("Ben", "Nursing."), ("Cy", "Noted.")])
    assert assign_roles(t, interviewer="Ben", known_roles={"Cy": Role.NOTE_TAKER}) == "Ben"
    assert [s.role for s in t.speakers] == [Role.PARTICIPANT, Role.INTERVIEWER, Role.NOTE_TAKER]


def test_no_questions_no_guess() -> None:
    assert guess_interviewer(_t([("A", "Hello."), ("B", "Hi.")]).segments) is None


def test_full_width_question_marks_count() -> None:
    t = _t([("林", "はい、オーナーの林です。"), ("小林", "いつから使っていますか？どうでしたか？"),
            ("林", "去年からです。"), ("小林", "きっかけは何でしたか？")])
    assert guess_interviewer(t.segments) == "小林"


def test_japanese_questions_end_in_ka() -> None:
    # written Japanese often ends a question with "か。" rather than a question mark
    t = _t([("森", "本日はありがとうございます。自己紹介をお願いしてもいいですか。"), ("田中", "田中です。店長をしています。"),
            ("森", "いつから使っていますか。"), ("田中", "去年の春からです。そうですね。"),
            ("森", "きっかけは何でしたか。"), ("田中", "予約が重なったことです。")])
    assert guess_interviewer(t.segments) == "森"


def test_a_label_that_names_the_role_is_believed() -> None:
    # a think-aloud test: the participant reads the prototype's questions out, more than the
    # interviewer asks; the label says who is who
    t = _t([("HANNAH", "Thanks for a second session."), ("PARTICIPANT", "Last time was about bookings, right?"),
            ("HANNAH", "Go ahead and think out loud."), ("PARTICIPANT", "Does the bunk disappear? Does it go to me?"),
            ("HANNAH", "What would feel fair?"), ("PARTICIPANT", "Do you want to pay for his place? Who is who?")])
    assert assign_roles(t) == "HANNAH"
    assert {s.name: s.role for s in t.speakers} == {"HANNAH": Role.INTERVIEWER, "PARTICIPANT": Role.PARTICIPANT}
    labelled = _t([("Interviewer", "Hello."), ("Dana", "Hi, what is this about? Who are you?"),
                   ("Interviewer", "A study."), ("Dana", "Why me?")])
    assert assign_roles(labelled) == "Interviewer"


def test_a_given_interviewer_matches_the_files_short_form_or_role_label() -> None:
    short = _t([("Kit", "What do you grow?"), ("Lou", "Beans."), ("Kit", "Why beans?"), ("Lou", "Cheap.")])
    assert assign_roles(short, interviewer="Kit Marsh") == "Kit Marsh"
    assert {s.name: s.role for s in short.speakers} == {"Kit Marsh": Role.INTERVIEWER, "Lou": Role.PARTICIPANT}
    assert [s.speaker for s in short.segments][:2] == ["Kit Marsh", "Lou"]
    full = _t([("Kit Marsh", "What do you grow?"), ("Lou", "Beans.")])
    assert assign_roles(full, interviewer="Kit") == "Kit Marsh"  # the file's fuller name stays
    labelled = _t([("Moderator", "What do you grow?"), ("Lou", "Beans.")])
    assert assign_roles(labelled, interviewer="Kit Marsh") == "Kit Marsh"
    assert [s.name for s in labelled.speakers] == ["Kit Marsh", "Lou"]


def test_no_speaker_is_made_up_for_an_interviewer_the_file_lacks() -> None:
    t = _t([("Ana", "What do you grow?"), ("Lou", "Beans.")])
    with pytest.raises(InputError, match="no speaker is the interviewer 'Kit Marsh'.*Ana, Lou"):
        assign_roles(t, interviewer="Kit Marsh")
    assert [s.name for s in t.speakers] == ["Ana", "Lou"]
    # captions that number the speakers but name nobody: the message says which label to give
    unnamed = _t([("Speaker 1", "What do you grow?"), ("Speaker 2", "Beans.")])
    with pytest.raises(InputError, match="names no speakers.*--interviewer 'Speaker 1'"):
        assign_roles(unnamed, interviewer="Kit Marsh")


def test_a_speaker_labelled_as_interpreter_is_neither_side() -> None:
    # the interpreter repeats every question in the other language: they must not be guessed
    # the interviewer, nor counted as a second participant
    t = _t([("Lena Holt", "How do you book a follow-up?"),
            ("Dolmetscherin (Eva)", "Wie buchen Sie einen Folgetermin? Telefonisch? Online?"),
            ("Jonas Weber", "Meistens telefonisch."),
            ("Dolmetscherin (Eva)", "Mostly by phone."),
            ("Lena Holt", "Why by phone?")])
    assert assign_roles(t) == "Lena Holt"
    assert {s.name: s.role for s in t.speakers} == {
        "Lena Holt": Role.INTERVIEWER, "Dolmetscherin (Eva)": Role.INTERPRETER, "Jonas Weber": Role.PARTICIPANT}


def test_a_given_interviewer_written_in_the_other_order_keeps_the_files_order() -> None:
    # Hungarian writes the family name first: "Tóth Bence" in the file, "Bence Tóth" given
    hu = _t([("Tóth Bence", "Mit termesztenek?"), ("Lou", "Babot."), ("Tóth Bence", "Miért babot?")])
    assert assign_roles(hu, interviewer="Bence Tóth") == "Tóth Bence"
    assert {s.name: s.role for s in hu.speakers} == {"Tóth Bence": Role.INTERVIEWER, "Lou": Role.PARTICIPANT}
    # a directory's "Marsh, Kit" is the name given, put the usual way round
    directory = _t([("Marsh, Kit", "What do you grow?"), ("Lou", "Beans.")])
    assert assign_roles(directory, interviewer="Kit Marsh") == "Kit Marsh"
