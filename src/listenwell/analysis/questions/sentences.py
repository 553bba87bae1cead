"""Sentences of a question text: fillers stripped, the ask found, invitations ("Can you tell me
about…") told from yes/no questions."""

from __future__ import annotations

import re

from .words import (
    _AUX,
    _CHECK_IN,
    _EMPHASIS,
    _FILLERS,
    _IMPERATIVE_OPENERS,
    _INVITE_VERBS,
    _NEG_AUX,
    _PERMISSION,
    _WH,
)


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9'’/\-]*", text)


def _norm(text: str) -> str:
    t = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    t = re.sub(r"\s+", " ", t).strip()
    letters = [c for c in t if c.isalpha()]
    if len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        # a question written in capitals is read (and rewritten) in sentence case, not as a
        # string of abbreviations
        t = re.sub(r"(^|[.?!]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), t.lower())
        t = re.sub(r"\bi\b(?=\s|'|$)", "I", t)
    else:  # a word in capitals for emphasis is the word itself: "Have you ever PAID for it?"
        t = re.sub(r"\b[A-Z]{2,}\b", lambda w: w.group(0).lower() if w.group(0) in _EMPHASIS else w.group(0), t)
    return t


def _strip_fillers(sentence: str) -> str:
    s = sentence.strip().lstrip("-—–…. ").strip()
    # vocatives like "Sarah, " or "So, Bob, " are not part of the ask
    prev = None
    while prev != s:
        prev = s
        s = _FILLERS.sub("", s).strip()
        m = re.match(r"^([A-Z][a-z]+),\s+(?=[A-Za-z])", s)
        if m and m.group(1).lower() not in _WH + _AUX + _IMPERATIVE_OPENERS:
            s = s[m.end():]
        # a routing note for the interviewer: "(if not addressed by previous answer)", "If yes:"
        s = re.sub(r"^\((?:if|only if|optional|skip|ask|probe|for)\b[^)]{0,80}\)\s*|"
                   r"^(?:if (?:yes|no|so|not|applicable|relevant|needed|time allows)|optional|probe|"
                   r"follow[- ]up|ask)\s*[:\u2013]\s*", "", s, flags=re.I).strip()
        # a greeting or thanks said before the ask ("Thanks so much for joining, is it ok if I
        # record this?") is said to open the call; the ask after it is what is checked
        s = re.sub(r"^(?:thanks|thank you|hi|hello|hey|welcome|good (?:morning|afternoon|evening)|"
                   r"(?:(?:it'?s )?(?:great|nice|good|lovely) )?to (?:meet|see|talk to|chat with) you)\b[^,;:?!.\u2014]{0,60}[,;:\u2014]\s*(?=\S)",
                   "", s, flags=re.I).strip()
        s = re.sub(r"^(?:let me ask you (?:this|something)|i'?m wondering|i wonder(?: if)?|"
                   r"i'?d like to (?:know|ask)|i want to ask(?: you)?|"
                   r"i'?m (?:interested|curious)(?: to (?:know|hear))?(?: in)?|"
                   r"let me see if i can remember them)[,:.\s-]*", "", s, flags=re.I).strip()
    return s


# Words whose dot ends no sentence: "the U.S. is", "Mr. Jones", "e.g. a form"
DOTTED_ABBREVIATIONS = r"U\.S|U\.K|e\.g|i\.e|Mr|Mrs|Ms|Dr|St|vs|approx|Co|Inc|Ltd|Corp|Jr|Sr|Prof"


def _sentences(text: str) -> list[str]:
    """Sentences, with spoken self-repairs ("Is it-- Why'd she leave?") split at the dash."""
    # not inside a quotation: 'what did you mean by "Oh! I like that."?' is one sentence
    text = re.sub(r'"[^"]{1,200}"', lambda q: q.group(0).replace(". ", ".\0").replace("? ", "?\0")
                  .replace("! ", "!\0"), _norm(text))
    # nor after an abbreviation: "the U.S. is", "Mr. Jones", "e.g. a form"
    text = re.sub(rf"\b({DOTTED_ABBREVIATIONS})\. (?=\S)", r"\1.\0", text)
    parts = re.split(r"(?:(?<=[.?!])|(?<=[.?!]\"))\s+(?=\S)|\s*(?:--+|—)\s*(?=[A-Z])", text)
    return [p.replace("\0", " ").strip() for p in parts if p and p.strip(" -—")]


def _first_word(s: str) -> str:
    w = _words(s)
    if not w:
        return ""
    first = w[0].lower().replace("’", "'")
    base, _, rest = first.partition("'")
    if base in _WH and rest in ("s", "re", "d", "ll", "ve"):
        return base  # "What's", "How'd", "Who're" open like their wh-word
    return first


def _is_invitation(s: str) -> bool:
    """ "Can you tell me...", "Could you walk me through...", "Do you mind showing me..." """
    low = s.lower()
    inv = "|".join(_INVITE_VERBS)
    m = re.match(rf"^(?:can|could|would|will)\s+(?:you|we)\s+(?:please\s+|maybe\s+|just\s+|"
                 rf"perhaps\s+|briefly\s+|kindly\s+)?(?:{inv})\b", low)
    if m:
        # "Would you say the search works well?" asks to confirm a view; "Could you say more
        # about that?" invites talk
        return not re.search(r"\bsay\s*$", m.group(0)) or bool(re.match(
            r"\s+(?:more|a (?:little )?bit|a few words|something|anything|what|how|why|who|where|when)\b",
            low[m.end():]))
    if re.match(r"^would you (?:be willing|like|mind|care) to (?:" + inv + r")\b", low):
        return True
    if re.match(r"^(?:can|could|would) you (?:please )?(?:start|begin|kick off|open) by (?:telling|describing|walking|"
                r"talking|explaining|showing|sharing|taking|giving)\b", low):
        return True  # "Could you start by telling me a little about yourself?"
    if re.match(r"^(?:do|would) you mind (?:\w+ing)\b", low):
        return True
    if re.match(r"^(?:can|could|would|will) you (?:please |briefly |quickly |just )?introduce (?:yourself|yourselves)\b", low):
        return True  # "Could you introduce yourself in a few words?": the warm-up's request to talk
    if re.match(r"^(?:can|could|would) you (?:please )?be (?:a (?:bit|little) )?more (?:specific|concrete|precise)\b", low):
        return True  # "Can you be more specific about who this person is?" asks for more, not a yes
    if re.match(r"^do you (?:remember|recall) (?:the last time|a time|the first time|a moment|a specific)\b", low):
        return True  # "Do you remember the last time you had pizza?" asks for the story
    if re.match(rf"^(?:can|could|may) (?:i|we) (?:ask you to|get you to|have you) (?:{inv})\b", low):
        return True
    if _OPEN_FLOOR.match(low):
        return True
    return False


# The closing ask that hands the floor to the participant ("Is there anything else you'd like to
# add?", "Is there anything I should have asked?"): yes/no in form, but it is the standard open
# ending of an interview (our own kit closes with it), and nobody answers it with a bare "yes".
_OPEN_FLOOR = re.compile(
    r"^is there (?:anything|something) (?:else\b|(?:that )?(?:i|we) (?:should(?:n't)? have|didn't|"
    r"did not|haven't|have not|forgot to) (?:ask|asked|cover|covered)\b|"
    r"(?:that )?you(?:'?d| would) like to (?:add|share|tell|say|mention|ask)\b)|"
    # "Do you have any other feedback about the site?", "…any advice for us?"
    r"^do you have any (?:other |more |final |last |further )?(?:feedback|thoughts|comments|advice|suggestions)\b"
)


def is_check_in(s: str) -> bool:
    """A check-in that runs the session ("Any questions before we begin?", "Are you comfortable
    if we use a clip…?"), also after a short lead-in ("Knowing this, would you be comfortable…",
    "I'd like to confirm: are you comfortable…")."""
    return bool(_CHECK_IN.match(s) or _CHECK_IN.match(re.sub(r"^[^,:;?]{1,40}[,:;]\s*", "", s)))


def runs_session(sentence: str) -> bool:
    """A sentence that runs the session rather than asks for a story: a check-in ("Any
    questions before we start?"), consent to record, a permission asked ("Is it ok if I…?"),
    also after a greeting ("Thanks for joining, is it ok if we record?")."""
    bare = _strip_fillers(sentence)
    return bool(bare) and bool(is_check_in(bare) or _PERMISSION.match(bare)
                               or re.match(r"^(?:any|got any) (?:other |more )?questions\b", bare, re.I))


def _opens_closed(s: str) -> bool:
    """An auxiliary-verb opener or a statement with a question mark: yes/no form."""
    fw = _first_word(s)
    if not fw:
        return False
    if fw in _WH or fw in _IMPERATIVE_OPENERS:
        return False
    if fw in _AUX or fw in _NEG_AUX:
        bare = _strip_fillers(s)
        return not _is_invitation(s) and not _PERMISSION.match(bare) and not is_check_in(bare)
    if fw in ("any", "anything", "anyone", "anybody", "something", "somebody", "someone"):
        return False  # "Anything else?" invites more talk
    return False


def _is_declarative_question(s: str) -> bool:
    """ "You're surprised to hear that?", "That's number one?" — a statement asked as a question."""
    if not s.rstrip().endswith("?"):
        return False
    fw = _first_word(s)
    if not fw or fw in _WH or fw in _AUX or fw in _NEG_AUX or fw in _IMPERATIVE_OPENERS:
        return False
    if fw in ("any", "anything", "anyone", "anybody", "else", "or") or len(_words(s)) < 3:
        return False
    low = s.lower()
    if re.search(r"\b(?:what|how|why|where|when|who|which|wetin)\b", low):
        return False  # "In terms of X, what ..." — the ask is further in (Pidgin's "wetin" is "what")
    if is_check_in(s.strip()) or any(_is_invitation(c.strip()) or is_check_in(c.strip())
                                     for c in re.split(r"\s*[,;:\u2014]\s*|\s+-+\s+", s)[1:]):
        return False  # "That's interesting, can you give me an example?", "To confirm: are you okay if…",
        # "(I want to re-confirm that) you are comfortable if we share a clip?"
    return True


def is_question(text: str) -> bool:
    """Does this utterance ask something? A '?' counts, and so do the usual question forms
    without one (transcripts drop punctuation): wh-openers, auxiliary inversion, "tell me"."""
    t = _norm(text)
    if not t:
        return False
    if "?" in t:
        return True
    return any(_sentence_asks(s) for s in _sentences(t))


def _sentence_asks(sentence: str) -> bool:
    s = _strip_fillers(sentence)
    low = s.lower()
    if not s:
        return False
    if s.endswith("?"):
        return True
    fw = _first_word(s)
    if fw in _WH:
        # "What a day." / "How nice." are exclamations; "When I got there, ..." a clause
        if re.match(r"^(?:what an? |how (?:nice|lovely|great|cool|interesting|funny|sad|awful)\b)", low):
            return False
        if re.match(r"^(?:when|where|while|which)\s+(?:i|we|he|she|they|it)\b", low):
            return False
        # "When the participant is ready, begin the session": a time set, then what comes after it
        # asks or not ("When the app crashed, what did you do" asks)
        then = re.match(r"^(?:when|while)\b(?!\s+(?:did|do|does|was|were|is|are|will|would|can|could|have|has|"
                        r"had|should)\b)[^,]{2,80},\s*(?=\w)", s, re.I)
        if then:
            return _sentence_asks(s[then.end():])
        return len(_words(s)) >= 2
    if fw == "don't" and not re.match(r"^don't\s+(?:you|we|they)\s+(?:\w+\s+)?(?:think|agree|feel|like|love|want|"
                                     r"remember|know|see|find|believe|reckon|have|need|mind|wish|wonder|get)\b", low):
        return False  # without a "?", "Don't you worry…", "Please don't anyone…" tell, not ask
    if fw in _AUX or fw in _NEG_AUX:
        nxt = _words(s)[1].lower() if len(_words(s)) > 1 else ""
        if len(_words(s)) > 2:
            nxt = nxt.rstrip("-")  # "did you- was there…" goes on; a bare "Are you-" was cut off
        return nxt in ("you", "we", "they", "it", "that", "this", "there", "he", "she", "your",
                       "anyone", "anything", "i")
    # "If so, tell me about the last time.": the invitation after a yes/no question asks as well
    if re.match(r"^(?:(?:if so|if yes|if you have|if you did|if they have|if they did),?\s+)?(?:tell me|walk me through|talk me through|take me through|describe|"
                r"explain|help me understand|show me|say more|share (?:with me|more))\b", low):
        return True
    if re.match(r"^(?:i'?m (?:curious|wondering)|i wonder|i'?d (?:love|like) to (?:hear|know|understand|learn)|"
                r"i would (?:love|like) to (?:hear|know|understand|learn)|i want to (?:hear|understand))\b",
                _FILLERS.sub("", sentence.strip().lower())):
        return True
    return False


def split_questions(text: str) -> list[str]:
    """The question sentences inside a spoken turn, in order, without surrounding chit-chat. A
    fragment that carries on the question just asked ("Is there anything else you'd like to
    add? Something we haven't covered?", "…? Especially with the new model?") is part of that
    question, not a closed question of its own."""
    out: list[str] = []
    prev_asked = False
    for s in _sentences(text):
        asks = _sentence_asks(s)
        if asks and prev_asked and _CARRIES_ON.match(s):
            out[-1] = f"{out[-1]} {s}"
        elif asks:
            out.append(s)
        prev_asked = asks
    return out


# How a spoken fragment carries on the question before it rather than asking a new one.
_CARRIES_ON = re.compile(
    r"^(?:something|anything|whether|especially|particularly|maybe|perhaps|or|like|say|even|"
    r"including|specifically|either|for (?:example|instance)|such as|in particular)\b", re.I)


# A tag that turns a statement into a question: "…, isn't it?", "…, right?"
# (after a comma, or a word that cannot end a statement: "how would you do it?" ends in "do it?",
# and asks)
_TAG_Q = re.compile(
    r"(?:^\s*|,\s*|(?<!\byou)(?<!\bwould)(?<!\bcould)(?<!\bshould)(?<!\bwill)(?<!\bcan)(?<!\bhow)(?<!\bwhat)"
    r"(?<!\bwhy)(?<!\bwhere)(?<!\bwhen)(?<!\bwho)(?<!\bdid)(?<!\bdo)(?<!\bdoes)\s+)"
    r"(?:(?:isn't|aren't|don't|doesn't|didn't|wasn't|weren't|won't|wouldn't|can't|couldn't|"
    r"haven't|hasn't|shouldn't|is|are|do|does|did|was|were|have|has)\s+(?:it|you|they|he|she|we|"
    r"that|there|i)|right|correct|yeah|no)\s*\?\s*$",
    re.I,
)
