"""English words, to tell a text the rules can read from one they cannot.

The roster and question rules are English (other languages are put in English first, by
``domain.glossary.in_english``); a word none of them knows is positive evidence that a text is in a
language they do not read ("hataki kupigiwa simu"), where an English word is not. The vocabulary is
the WordPiece vocabulary of the sentence model the package already ships (``embed.default_model_path``:
all-MiniLM-L6-v2's ``vocab.txt``, 30,522 entries, lower case without accents): its whole words
only, not the ``##`` pieces that spell the rest, so it works offline and holds everyday English,
its inflections, names and the common words of product and support work ("app", "login", "pilot",
"staff"). It also holds some words of other languages (names, loans): it errs towards calling a
word English, so a text is called unread only where most of its words are not.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from listenwell.domain.glossary import fold

_WHOLE_WORD = re.compile(r"^[a-z]+$")


@lru_cache(maxsize=1)
def english_vocabulary() -> frozenset[str]:
    """The whole words of the shipped sentence model's vocabulary; empty where the model is
    missing (then nothing counts as unread: no evidence either way)."""
    from listenwell.analysis.embed import default_model_path
    from listenwell.domain.errors import MissingDependency

    try:
        path = default_model_path() / "vocab.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
    except (MissingDependency, OSError):
        return frozenset()
    return frozenset(w for w in (line.strip() for line in lines) if _WHOLE_WORD.match(w))


# the endings WordPiece spells as pieces ("templates", "unsubscribed", "footer"), tried on a word it
# does not hold whole: each with the stem's endings it may have dropped ("freez" + "e")
_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "ness", "ment", "ments", "able", "ful", "less")
# a prefix or the first of two words ("onboarding", "unsubscribed", "lifesaver", "signup")
_PREFIXES = ("un", "re", "pre", "non", "sub", "over", "under", "out", "up", "on", "off", "back", "self", "co", "mis")


@lru_cache(maxsize=1)
def _in_order() -> list[str]:
    return sorted(english_vocabulary())


def _a_word_begins(stem: str) -> bool:
    """Whether a word of the vocabulary begins with ``stem`` and goes on a few letters ("subscrib":
    "subscribers"), for a stem of five letters or more."""
    words = _in_order()
    i = bisect.bisect_left(words, stem)
    return len(stem) >= 5 and i < len(words) and words[i].startswith(stem) and len(words[i]) <= len(stem) + 4


@lru_cache(maxsize=65536)
def _english(word: str, depth: int = 0) -> bool:
    vocabulary = english_vocabulary()
    if word in vocabulary:
        return True
    if depth > 1 or len(word) < 4:
        return False
    for end in _ENDINGS:
        stem = word[:-len(end)]
        if word.endswith(end) and len(stem) >= 3 and (
                stem in vocabulary or stem + "e" in vocabulary
                or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in vocabulary)  # "shipped"
                or (stem.endswith("i") and stem[:-1] + "y" in vocabulary)  # "replies"
                or _a_word_begins(stem)):  # "unsubscribed": "subscrib" as in "subscribers"
            return True
    # a state or a person named from a word the vocabulary holds ("tenancy", "occupancies": "tenant",
    # "occupant"; "appointee", "trainee": "appoint", "train")
    for end, was in (("ancy", "ant"), ("ency", "ent"), ("ancies", "ant"), ("encies", "ent"), ("ee", ""), ("ees", "")):
        if word.endswith(end) and len(word) - len(end) >= 3 and word[:-len(end)] + was in vocabulary:
            return True
    for pre in _PREFIXES:
        if word.startswith(pre) and len(word) - len(pre) >= 4 and _english(word[len(pre):], depth + 1):
            return True
    # two whole words of four letters at least ("lifesaver", "feedbackform")
    return any(word[:i] in vocabulary and _english(word[i:], depth + 1) for i in range(4, len(word) - 3)) \
        or any(word.endswith(end) and word[:-len(end)] in vocabulary for end in ("up", "in", "out", "off"))


def is_english_word(word: str) -> bool:
    """Whether ``word`` (any case, accents or not) is an English word: a whole word of the
    vocabulary, or one with an ending or a prefix it spells in pieces ("templates", "onboarding"),
    or two of its words ("lifesaver"); an apostrophe's ending is its own word ("don't": "don", "t")."""
    parts = [p for p in re.split(r"['\u2019]", fold(word).lower()) if p]
    return bool(parts) and all(_english(p) for p in parts)


def have_vocabulary() -> bool:
    """Whether the vocabulary could be read (the rules that need it do nothing without it)."""
    return bool(english_vocabulary())
