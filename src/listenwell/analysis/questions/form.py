"""The answer a question asks for: "open", "yes_no" or "short" (a fact). The construct of
motivational-interviewing coding (MITI), judged on a whole spoken turn."""

from __future__ import annotations

import re

from .closed import _check_closed
from .sentences import (
    _TAG_Q,
    _first_word,
    _is_invitation,
    _sentence_asks,
    _sentences,
    _strip_fillers,
    _words,
)
from .words import _AUX, _IMPERATIVE_OPENERS, _NEG_AUX, _PERMISSION, _WH


_SHORT_ANSWER = re.compile(
    r"^(?:about |roughly |approximately )?(?:how (?:many|much|long|often|far|old|soon|frequently)\b|"
    r"what (?:time|kind|type|sort|number|percentage|age|year|day|date|brand|size)\b|"
    r"what(?:'s| is| was) (?:your|his|her|their|the) (?:\w+'s )?(?:name|age|job|title|role|date)\b|"
    r"what(?:'s| is| was| were) (?:the|your) (?:longest|shortest|most|least|first|last|biggest|"
    r"highest|lowest|earliest|latest)\b|"
    r"when (?:did|do|does|was|were|is|are|will|would)\b|which\b|who(?:'s| is| are| was| were)\b|"
    r"where (?:do|did|does) (?:you|they|he|she) (?:live|work|stay|study|grow up|come from|go to)\b|"
    r"who (?:do|did|does) (?:you|they|he|she) (?:live|work|stay) with\b)",
    re.I,
)


def _answer_form(s: str) -> str:
    if _check_closed(s) is not None or _TAG_Q.search(s) and "," in s:
        return "yes_no"
    if _SHORT_ANSWER.match(s):
        return "short"
    return "open"


# --------------------------------------------------------------------------------------------
# Answer form: the open/closed construct of motivational-interviewing coding (MITI). It is
# judged on the turn as a whole, because a counsellor's turn is often a reflection, a
# preamble and then the ask:
#
# * the LAST ask of the turn decides; a trailing bare check ("Okay?", "Yes?", "Right?",
#   "Is that right?") makes the turn a confirmation request, which is closed;
# * inside a sentence, the first clause that has question form is the main ask; clauses that
#   only look like questions are skipped: a wh-word followed by a subject is embedded or
#   subordinate ("when you go to parties, ...", "... what the activity is");
# * a statement, with or without a question mark, offered back to the client ("So you're not
#   proud of it?") is closed; so is a question asking for a number on a scale (the scale may be
#   set up in an earlier sentence) or for a short fact ("How long...", "Which one...");
# * invitations anywhere in the sentence ("..., you know, tell me about...", "what else"),
#   "what kinds of things" (a range of examples, not one fact) and requests for permission or
#   collaboration ("Can I share some information?", "Do you mind if we explore this?") are open:
#   nobody answers them with one word, and MI coders do not count them as closed.

_STUTTER = re.compile(r"\b(\w{1,4})-\s?(?=\1)", re.I)  # "Do-do you", "Wh-What", "that-that"
_REPEAT = re.compile(r"\b([\w']+)[-\u2014]+\s*(?=\1\b)", re.I)  # "what's- what's your sense"
_SUBJECT_WORDS = set(
    "i i'm i've i'd you you're you've you'd we we're they they're he he's she she's it it's there "
    "these those the a an my his her their your our this that people someone somebody".split()
)
_BARE_CHECKS = re.compile(
    r"^(?:(?:is )?(?:that|this) (?:right|correct|true|okay|ok|fair)|right|correct|okay|ok|yes|yeah|"
    r"no|true|fair|sound (?:good|right|okay|ok)|does that (?:sound|make sense)\b.*|make sense|"
    r"am i right|did i get that right|yes or no|or not|huh|eh)?[\s?.!,]*$",
    re.I,
)
_SCALE = re.compile(
    r"\bscale\b|\bfrom (?:0|1|one|zero) to (?:5|10|100|five|ten|a hundred)\b|"
    r"\b(?:0|1|one|zero) (?:to|through) (?:5|10|100|five|ten)\b|\bwhat number\b|"
    r"\b(?:zero|0|1|one) (?:is|being|means)\b.*\b(?:10|ten|100)\b",
    re.I,
)
_SCALE_ASK = re.compile(
    r"\b(?:what number|which number|where would you (?:be|put|place|say)|where (?:are|do) you|"
    r"how (?:confident|ready|important|motivated|willing|likely|interested|sure|committed)\b)",
    re.I,
)
_OPEN_ANYWHERE = re.compile(
    r"(?:^|[,;:\s])(?:tell (?:me|us)|walk me through|talk me through|take me through|"
    r"help me understand|say (?:a (?:little )?bit )?more|what else\b|describe|explain|"
    r"i'?d (?:like|love) to (?:hear|know|find out|understand|learn)|"
    r"i would (?:like|love) to (?:hear|know|find out|understand|learn)|"
    r"i'?m (?:curious|wondering) (?:about|what|how|why)|i wonder (?:about|what|how|why))\b",
    re.I,
)
_WONDER_IF = re.compile(r"\b(?:i'?m wondering|i wonder(?:ed)?|i was wondering) (?:if|whether)\b", re.I)
_PLURAL_KIND = re.compile(r"^what (?:kinds?|sorts?|types?) of (?:\w+ )?(?:things|stuff|\w+s)\b", re.I)


_ABANDONED = re.compile(r"(?<![\w-])[\w']+-(?!-)\s+(?=[\w'])")  # "what's- what sorts", "the- to the"


def _destutter(s: str) -> str:
    return _ABANDONED.sub("", _REPEAT.sub("", _STUTTER.sub("", s)))


# A wh-ask joined to a statement inside one clause ("... and the Tai Chi, and how's that
# going?"); the wh-word must be followed by an auxiliary so that subordinate clauses ("and what
# you said") stay where they are.
_JOINED_WH = (r"\s+(?:and|so|but)\s+(?=(?:how|what|why)(?:'s|\s+(?:is|was|are|were|did|do|does|"
              r"has|have|had|would|could|can|will)\b))")


# After "any", nouns that ask for more talk rather than a yes or no ("Any thoughts?", "Any other
# ideas?"); "Any kids?" is a yes/no.
_OPEN_NOUNS = set(
    "other else thoughts thought ideas idea comments questions feelings concerns suggestions examples "
    "reasons stories memories worries hopes plans reactions impressions advice".split()
)
_ELLIPTICAL_PROBE = re.compile(
    r"^(?:such as|for example|for instance|meaning|how so|in what sense|in what way|like what|"
    r"and then what|because|and|so|\w+ how)\s*\?+\s*$", re.I)


def _clause_kind(clause: str) -> str | None:
    """ "wh", "aux", "invite" when the clause has question form, else None."""
    c = _strip_fillers(clause)
    c = re.sub(r"^like,?\s+(?=(?:what|how|why|where|when|who|which)\b)", "", c, flags=re.I)
    w = [x.lower() for x in _words(c)]
    if not w:
        return None
    fw = _first_word(c)
    nxt = w[1] if len(w) > 1 else ""
    if fw in _WH:
        if "'" not in w[0] and nxt in _SUBJECT_WORDS and fw != "wetin":
            return None  # "when you go out, ...", "what the activity is"
        if fw in ("when", "where", "while") and not nxt:
            return None
        if fw == "how" and nxt != "come" and len(w) > 2 and w[2] in _SUBJECT_WORDS \
                and nxt not in _AUX + _NEG_AUX:
            return None  # "... just how bad it is"
        return "wh"
    if fw in _AUX or fw in _NEG_AUX:
        return "aux" if nxt in _SUBJECT_WORDS | {"anyone", "anything", "anybody", "any", "everyone",
                                                 "everything", "someone", "something"} else None
    if fw in _IMPERATIVE_OPENERS and fw not in ("think", "say", "go", "take", "give", "help"):
        return "invite"
    if fw == "anything" or fw == "any" and nxt in _OPEN_NOUNS:
        return "invite"  # "Anything else?", "Any other thoughts about it?": an elliptical call for more
    if fw in ("any", "anyone", "anybody"):
        return "aux"  # "Any kids?", "Anyone else?": an elliptical yes/no
    if _ELLIPTICAL_PROBE.match(c):
        return "invite"  # "Such as?", "How so?", "Hard how?": asks them to go on
    if re.match(r"^(?:in|to|for|about|on|from|with|by|at) (?:what|which|whom|how)\b", c, re.I):
        return "wh"  # "In what ways...", "To what extent..."
    return None


def _sentence_form(sentence: str, whole: str) -> str:
    s = _strip_fillers(_destutter(sentence))
    if _SCALE.search(s) or _SCALE_ASK.search(s) and _SCALE.search(whole):
        return "short"  # a number on a scale
    repaired = re.split(r"\s*--+\s*|\s*\u2014\s*", s)
    if len(repaired) > 1 and _clause_kind_in(repaired[-1]):
        s = repaired[-1]  # a self-repair: the words after the last "--" are the ask
    low = s.lower()
    if re.search(r"\bor\s*(?:-+|\u2014|\.\.\.|\u2026)?\s*\??\s*$", low):
        return "open"  # "... or?": alternatives left open for the client to fill
    if _SCALE.search(s) or _SCALE_ASK.search(s) and _SCALE.search(whole):
        return "short"  # a number on a scale
    if _PERMISSION.match(s):
        return "open"
    if _OPEN_ANYWHERE.search(s):
        return "open"
    if _WONDER_IF.search(sentence):
        return "yes_no"
    for clause in re.split(r"\s*[,;:\u2014]\s*|\s+-+\s*|\s*--+\s*|" + _JOINED_WH, s):
        kind = _clause_kind(clause)
        if kind == "wh":
            c = _strip_fillers(clause)
            if _PLURAL_KIND.match(c):
                return "open"
            return "short" if _SHORT_ANSWER.match(c) else "open"
        if kind == "aux":
            c = _strip_fillers(clause)
            return "open" if _is_invitation(c) or _PERMISSION.match(c) else "yes_no"
        if kind == "invite":
            return "open"
    if re.match(r"^(?:what|how|why|where|who)\b", low) and s.endswith("?") \
            and not sentence.lstrip().startswith(("-", "\u2014", "\u2026")):
        return "short" if _SHORT_ANSWER.match(s) else "open"  # "What you want to do in life?"
    if re.search(r"\b(?:what|how|why)\b", low) and not s.endswith("?") and re.search(r"[-\u2014]$", s):
        return "open"  # a wh-ask cut off mid-word ("For, like why do you think, wh-what kinds of-")
    return "yes_no"  # a statement or reflection offered for confirmation


def _clause_kind_in(s: str) -> bool:
    return any(_clause_kind(c) for c in re.split(r"\s*[,;:]\s*", s))


def _turn_form(text: str) -> str:
    """The answer a whole turn asks for: "open", "yes_no" or "short" (see above)."""
    sentences = _sentences(text) or [text]
    asks = [x for x in sentences if _sentence_asks(x)]
    if asks:
        if _BARE_CHECKS.match(_strip_fillers(asks[-1])) and "?" in asks[-1]:
            return "yes_no"  # "..., can't they? Yeah?", "Anything else? No?": a closing check
        forms = [_sentence_form(x, text) for x in asks
                 if not (_BARE_CHECKS.match(_strip_fillers(x)) and "?" in x)]
        if "open" in forms:
            return "open"  # an open ask next to closed ones still invites a story
        return forms[-1] if forms else "yes_no"
    content = [x for x in sentences if _strip_fillers(x).strip(" .,!-\u2014")]
    return _sentence_form(content[-1] if content else sentences[-1], text)
