"""English words, from the shipped sentence model's vocabulary (analysis/english_words.py)."""

import pytest

from listenwell.analysis.english_words import english_vocabulary, is_english_word


def test_the_vocabulary_is_whole_words_only() -> None:
    words = english_vocabulary()
    assert len(words) > 20000 and {"call", "refused", "staff", "interview"} <= words
    assert not any(w.startswith("##") or not w.isalpha() for w in words)


@pytest.mark.parametrize("word", ["Refused", "don't", "templates", "onboarding", "unsubscribed", "lifesaver",
                                  "screener", "signup", "replies", "shipped"])
def test_english_words_and_those_spelled_in_pieces(word: str) -> None:
    assert is_english_word(word)


@pytest.mark.parametrize("word", ["hataki", "kupigiwa", "usimpigie", "anaelewa", "zinasaidia", "wanashughulikia"])
def test_words_of_a_language_it_does_not_hold(word: str) -> None:
    assert not is_english_word(word)


@pytest.mark.parametrize("word", ["tenancy", "tenancies", "appointee", "trainees"])
def test_a_state_or_a_person_named_from_a_word_it_holds(word: str) -> None:
    assert is_english_word(word)


def test_a_plain_english_note_of_a_tenancy_ended_is_read() -> None:
    from listenwell.analysis.roster_signals import unread_words
    assert unread_words("Tenancy ended 14/07/2019") == ()
