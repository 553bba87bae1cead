"""Question checks: is a question open, closed, leading, double-barreled, hypothetical ...?

A transparent rule set rather than a trained model, so a researcher can read *why* a question
was flagged and the rules can be argued with. The rules encode the craft advice of interview
methods (The Mom Test, 18F, NN/g, motivational interviewing coding), not single examples:

* closed: the question opens with an auxiliary verb ("Do you...", "Is it...", "Would you...")
  or is a statement with a question mark ("You're surprised?"), or asks for a rating on a scale.
  Invitations in yes/no form ("Can you tell me about...", "Could you walk me through...",
  "Do you mind showing me...") are open: nobody answers them with "yes".
* leading: negative openers ("Don't you think..."), tag questions ("..., isn't it?"), social
  proof ("Most people say..."), agreement prompts, and questions that presuppose a judgement
  ("How much do you love...", "How easy was it...").
* double-barreled: two asks joined by "and"/"or" (two clauses, or two qualities judged at once).
* hypothetical / future: predictions of one's own behaviour ("Would you use...", "How much
  would you pay...", "If we built X, would you...").
* also: vague or too general, jargon, too long, accusatory "why".

Separately, ``QuestionCheck.answer_form`` reports the open/closed construct of motivational-
interviewing coding on a whole spoken turn ("open", "yes_no" or "short"); see the
"Answer form" section below for its rules.

The same module serves the guide checker (``check_question``), the interview coach
(``is_question``, ``split_questions``) and the kit (``suggest_followups``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class QuestionKind(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    LEADING = "leading"
    DOUBLE_BARRELED = "double_barreled"
    HYPOTHETICAL = "hypothetical"
    VAGUE = "vague"
    JARGON = "jargon"
    TOO_LONG = "too_long"
    ACCUSATORY_WHY = "accusatory_why"


# Most serious first: the main verdict of a question is the first of its problems in this order.
SEVERITY: tuple[QuestionKind, ...] = (
    QuestionKind.LEADING,
    QuestionKind.HYPOTHETICAL,
    QuestionKind.DOUBLE_BARRELED,
    QuestionKind.ACCUSATORY_WHY,
    QuestionKind.CLOSED,
    QuestionKind.JARGON,
    QuestionKind.VAGUE,
    QuestionKind.TOO_LONG,
)


@dataclass
class Problem:
    kind: QuestionKind
    reason: str
    rewrite: str | None = None


@dataclass
class QuestionCheck:
    text: str
    kind: QuestionKind  # OPEN when no problem, else the most serious problem
    problems: list[Problem] = field(default_factory=list)
    # The answer the question asks for: "open" (a story), "yes_no" or "short" (a fact such as
    # a number, a time or a name: "How long have you used it?"). Short-answer questions are
    # fine in an interview and are not a problem, but coding schemes such as motivational
    # interviewing's count them as closed.
    answer_form: str = "open"

    @property
    def ok(self) -> bool:
        return not self.problems

    def has(self, kind: QuestionKind) -> bool:
        return any(p.kind == kind for p in self.problems)


# --------------------------------------------------------------------------------------------
# Word lists. Kept short and general: each names a grammatical or rhetorical pattern.

_AUX = (
    "do does did is are was were am have has had can could will would shall should may might "
    "must"
).split()
_NEG_AUX = (
    "don't doesn't didn't isn't aren't wasn't weren't haven't hasn't hadn't can't couldn't "
    "won't wouldn't shouldn't mustn't ain't"
).split()
_WH = "what how why where when who whom whose which".split()
_IMPERATIVE_OPENERS = (
    "tell describe explain walk show talk help share give think imagine say take list "
    "elaborate expand picture recall remember paint go"
).split()
# Verbs that, after "can/could/would you" or "do you mind", turn a yes/no form into a request.
_INVITE_VERBS = (
    "tell describe explain walk show talk share give say elaborate expand take help recall "
    "remember think paint go run clarify unpack speak"
).split()
_PRONOUN_SUBJECTS = "you you're you've you'd i i'm it it's that that's this there they we he she so".split()
_FILLERS = re.compile(
    r"^(?:(?:so|and|but|okay|ok|right|well|now|um+|uh+|uh-huh|huh|mhm|mm+|yeah|yes|alright|all right|great|"
    r"sure|mm-?hmm|hmm|oh|then|also|and then|just|first|to start|finally|lastly|please|"
    r"before we (?:finish|wrap up|close)|ok so)\b[,.\s-]*)+",
    re.I,
)
_EVALUATIVE = (
    "good great better best easier easy excellent superior amazing awesome helpful useful "
    "valuable frustrating annoying difficult hard painful confusing intuitive simple fast "
    "reliable friendly satisfied happy pleased enjoy enjoyed love loved like liked hate "
    "important clear convenient worth favorite favourite kind attentive bad worse worst terrible awful"
).split()
_BEHAVIOUR_VERBS = (
    "use buy pay switch sign subscribe recommend try spend purchase upgrade adopt choose "
    "consider install download join"
)
_JARGON_TERMS = {
    "ci/cd": "testing and deployment",
    "kpi": "the numbers you track",
    "kpis": "the numbers you track",
    "roi": "what you get back for what you spend",
    "saas": "online software",
    "b2b": "business customers",
    "omnichannel": "online and in-store",
    "touchpoint": "contact with us",
    "touchpoints": "contacts with us",
    "friction": "trouble",
    "value proposition": "what it offers you",
    "churn": "stopping using it",
    "nps": "how likely you are to recommend it",
    "conversion rate": "how many people buy",
    "funnel": "the steps people go through",
    "synergy": "working together",
    "leverage": "use",
    "paradigm": "approach",
    "ideation": "coming up with ideas",
    "mvp": "first version",
    "distribution": "where you can buy it",
    "user journey": "the steps you take",
    "pain points": "difficulties",
    "use case": "situation",
    "use cases": "situations",
    "affordance": "cue",
    "stakeholders": "the people involved",
    "scalability": "coping as you grow",
    "information architecture": "the way things are organised",
    "mental model": "picture of how it works",
    "call to action": "button or link",
    "user flow": "the steps you take",
    "monetization": "how it makes money",
    "monetisation": "how it makes money",
    "actionable": "useful",
}
_ACRONYM_OK = {"NOT", "AND", "ALL", "ANY", "YOU", "ONE", "NEVER", "EVER", "REALLY", "WHY", "HOW", "WHAT",
               "WHO", "THE", "BUT", "OWN", "YOUR", "ONLY", "MOST", "LEAST", "DID", "DON'T", "NOW",
               "THIS", "THAT", "LAST", "FIRST", "ACTUALLY", "OK", "TV", "US", "UK", "EU", "PC", "ID", "UI", "PDF", "FAQ", "CEO", "CTO", "HR",
               "IT", "AI", "USA", "SMS", "PM", "AM", "I", "A", "X", "Y", "Z", "NO", "Q", "QA",
               # acronyms people outside the team say every day (news, shopping, school)
               "SUV", "GPS", "ATM", "PIN", "DIY", "FBI", "NASA", "UN", "NATO", "WWII", "WWI", "BBC",
               "CNN", "PBS", "NHS", "IRS", "DMV", "USB", "DVD", "CD", "HIV", "AIDS", "COVID", "MBA",
               "PHD", "GP", "ER", "ICU", "VAT", "NGO", "LED", "PR", "MP", "EV", "UFO"}

LONG_QUESTION_WORDS = 30  # one question sentence longer than this is hard to hold in mind
LONG_TEXT_WORDS = 45  # a whole item (preamble included) longer than this is hard to read out


# --------------------------------------------------------------------------------------------
# Sentence handling


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9'’/\-]*", text)


def _norm(text: str) -> str:
    t = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    t = re.sub(r"\s+", " ", t).strip()
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
        s = re.sub(r"^(?:let me ask you (?:this|something)|i'?m wondering|i wonder(?: if)?|"
                   r"i'?d like to (?:know|ask)|i want to ask(?: you)?|"
                   r"i'?m (?:interested|curious)(?: to (?:know|hear))?(?: in)?|"
                   r"let me see if i can remember them)[,:.\s-]*", "", s, flags=re.I).strip()
    return s


def _sentences(text: str) -> list[str]:
    """Sentences, with spoken self-repairs ("Is it-- Why'd she leave?") split at the dash."""
    parts = re.split(r"(?<=[.?!])\s+(?=\S)|\s*(?:--+|—)\s*(?=[A-Z])", _norm(text))
    return [p.strip() for p in parts if p and p.strip(" -—")]


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
    if re.match(r"^(?:do|would) you mind (?:\w+ing)\b", low):
        return True
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
    r"(?:that )?you(?:'?d| would) like to (?:add|share|tell|say|mention|ask)\b)"
)


def _opens_closed(s: str) -> bool:
    """An auxiliary-verb opener or a statement with a question mark: yes/no form."""
    fw = _first_word(s)
    if not fw:
        return False
    if fw in _WH or fw in _IMPERATIVE_OPENERS:
        return False
    if fw in _AUX or fw in _NEG_AUX:
        return not _is_invitation(s) and not _PERMISSION.match(_strip_fillers(s))
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
    if re.search(r"\b(?:what|how|why|where|when|who|which)\b", low):
        return False  # "In terms of X, what ..." — the ask is further in
    if any(_is_invitation(c.strip()) for c in re.split(r"\s*[,;:\u2014]\s*|\s+-+\s+", s)[1:]):
        return False  # "That's interesting, can you give me an example?"
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
        return len(_words(s)) >= 2
    if fw in _AUX or fw in _NEG_AUX:
        nxt = _words(s)[1].lower() if len(_words(s)) > 1 else ""
        return nxt in ("you", "we", "they", "it", "that", "this", "there", "he", "she", "your",
                       "anyone", "anything", "i")
    if re.match(r"^(?:tell me|walk me through|talk me through|take me through|describe|"
                r"explain|help me understand|show me|say more|share (?:with me|more))\b", low):
        return True
    if re.match(r"^(?:i'?m (?:curious|wondering)|i wonder|i'?d (?:love|like) to (?:hear|know|understand|learn)|"
                r"i would (?:love|like) to (?:hear|know|understand|learn)|i want to (?:hear|understand))\b",
                _FILLERS.sub("", sentence.strip().lower())):
        return True
    return False


def split_questions(text: str) -> list[str]:
    """The question sentences inside a spoken turn, in order, without surrounding chit-chat."""
    out = []
    for s in _sentences(text):
        if _sentence_asks(s):
            out.append(s)
    return out


# --------------------------------------------------------------------------------------------
# Topic extraction, for rewrites that keep what the question was about

_SUBJECT_STRIP = re.compile(
    r"^(?:(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|should|don't|"
    r"doesn't|didn't|isn't|aren't|wasn't|weren't|won't|wouldn't|haven't|hasn't|can't)\s+)"
    r"(?:you\s+|we\s+|they\s+|it\s+|this\s+|that\s+|there\s+)?(?:not\s+|ever\s+|really\s+|also\s+|"
    r"usually\s+|still\s+|currently\s+)?",
    re.I,
)
_EVAL_VERBS = "like|love|enjoy|hate|prefer|dislike|appreciate|find|think|feel|agree|consider|believe"


def _clean_topic(t: str) -> str:
    t = re.sub(r"\s+", " ", t).strip(" ?.!,;:-—…")
    t = re.sub(r"\b(?:really|very|so|actually|just|ever)\b\s*", "", t, flags=re.I).strip()
    # a time phrase is not part of the topic: "the app next year" → "the app"
    t = re.sub(r"(?:^|\s+)(?:next|this|last|every|each) (?:year|month|week|time|day)$|(?:^|\s+)(?:now|"
               r"today|tomorrow|anymore|again|these days|in the future|from now on|daily|weekly|regularly)$",
               "", t, flags=re.I).strip()
    return t


_LOADED = {"confusing", "frustrating", "annoying", "horrible", "ugly", "terrible", "awful", "clunky",
           "broken", "outdated", "amazing", "awesome", "fantastic", "wonderful", "beautiful", "brilliant"}
_JUDGEMENTS = set(_EVALUATIVE) | _LOADED


def _cut_at_judgement(topic: str) -> str:
    """'our customer service team helpful' → 'our customer service team'."""
    words = topic.split()
    for i, w in enumerate(words):
        if w.lower().strip(",.") in _JUDGEMENTS and 0 < i < len(words) - 1 \
                and words[i - 1].lower() in ("the", "our", "your", "this", "that", "these", "my"):
            words = words[:i] + words[i + 1:]  # "the confusing menu" → "the menu"
            break
        if w.lower().strip(",.") in _EVALUATIVE or w.lower() in ("a", "an") and i > 0:
            words = words[:i]
            break
    t = " ".join(words)
    return t if t and t.lower() not in ("this", "it", "that", "there", "the", "our", "your", "a", "an",
                                        "my", "these", "those") else "this"


def _topic(sentence: str) -> str:
    """The noun phrase a question is about, e.g. 'Do you like our service?' → 'our service'."""
    s = _strip_fillers(_norm(sentence)).rstrip("?.! ")
    low = s.lower()
    # "… about X", "… with X", "… of X", "… for X" usually names the topic
    m = re.search(r"\b(?:about|with|of|for|using|on)\s+((?:the|our|your|this|that|these|a|an|my)"
                  r"\b[^?,.;]*)", s, re.I)
    if m:
        t = m.group(1)
        t = re.split(r"\s+(?:and|or|is|are|was|were|so|because|than|if|when)\s+", t)[0]
        return _cut_at_judgement(_clean_topic(t))
    s2 = _SUBJECT_STRIP.sub("", s)
    s2 = re.sub(rf"^(?:{_EVAL_VERBS})\s+(?:that\s+)?", "", s2, flags=re.I)
    s2 = re.sub(r"^(?:how (?:much|often|easy|hard|likely|satisfied|happy)\s+(?:do|did|would|are|is|"
                r"was|were)\s+(?:you\s+)?(?:\w+\s+)?)", "", s2, flags=re.I)
    s2 = re.sub(r"^how much (?:more \w+|\w+er)\s+(?:is|are|was|were)\s+", "", s2, flags=re.I)
    # "the new menu is easier" → "the new menu"
    s2 = re.split(r"\s+(?:is|are|was|were|would|will|be|makes?|and|or|so|because|if|than)\b", s2, 1,
                  flags=re.I)[0]
    m = re.search(r"\b((?:the|our|your|this|that|these|a|an|my)\b.*)$", s2, re.I)
    topic = m.group(1) if m else s2
    topic = _cut_at_judgement(_clean_topic(topic))
    if topic == "this":
        np = re.search(r"\b(?:the|our|your)\s+(?:[\w-]+\s+){0,1}[\w-]+", s, re.I)
        if np:
            topic = _cut_at_judgement(_clean_topic(np.group(0)))
    if not topic or low.startswith(topic.lower()) and len(_words(topic)) > 8 or topic.lower() in _WH \
            or re.match(r"^(?:what|how|why|where|when|who|which|given|considering|seeing)\b", topic, re.I):
        return "this"
    if len(_words(topic)) > 8:
        topic = " ".join(topic.split()[:8])
    if re.search(r"\byou\b|\b(?:should|would|could|must|did|does)\b|^(?:be|been)\b|^that \w+ (?:is|are|was|were|will|can)\b",
                 topic, re.I):
        return "this"  # a clause ("you since switching", "that schools should not…"), not a thing
    return topic or "this"


def _verb_phrase(sentence: str) -> tuple[str, str] | None:
    """For 'Do you VERB REST?' return (verb, rest); None for other shapes."""
    s = _strip_fillers(_norm(sentence)).rstrip("?.! ")
    m = re.match(r"^(?:do|did|have|can|could|will|would)\s+you\s+(?:ever\s+|usually\s+|currently\s+|"
                 r"still\s+|also\s+)?(\w+)\s*(.*)$", s, re.I)
    if not m:
        return None
    return m.group(1).lower(), m.group(2)


_PAST = {"use": "used", "have": "had", "take": "took", "buy": "bought", "pay": "paid",
         "find": "found", "get": "got", "make": "made", "go": "went", "try": "tried",
         "spend": "spent", "do": "did", "run": "ran", "see": "saw", "give": "gave",
         "send": "sent", "read": "read", "write": "wrote", "choose": "chose", "think": "thought",
         "feel": "felt", "know": "knew", "keep": "kept", "leave": "left", "pick": "picked",
         "shop": "shopped", "plan": "planned", "stop": "stopped", "travel": "travelled"}


def _past(verb: str) -> str:
    if verb in _PAST:
        return _PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _experience_rewrite(sentence: str) -> str:
    """A past-behaviour, open rewrite that keeps the topic."""
    vp = _verb_phrase(sentence)
    if vp:
        verb, rest = vp
        said = re.match(r"^(?:that\s+)?((?:the|our|your|this|that|it|they|these|those)\b(?:\s+[\w'-]+){0,3}?)\s+"
                        r"(?:is|was|are|were|has|had|works?|worked|did|does|went|goes|seems?|seemed)\b",
                        rest, re.I)
        if verb in ("say", "think", "feel", "find", "consider", "believe") and said:
            # "Would you say the search works well?" asks to confirm a verdict: ask for theirs
            return f"How would you describe {_clean_topic(said.group(1))}?"
        rest = _clean_topic(rest)
        if verb in ("like", "love", "enjoy", "hate", "prefer", "dislike", "appreciate", "think",
                    "feel", "agree", "consider", "believe", "find", "want", "need", "mind"):
            topic = _topic(sentence)
            return f"Can you walk me through how you last used {topic}?"
        if verb in ("use", "have", "take", "buy", "pay", "try", "spend", "get", "go", "do",
                    "make", "run", "travel", "shop", "read", "check", "book", "order", "visit",
                    "share", "send", "plan", "pick", "choose", "switch", "keep", "look", "work"):
            rest_words = rest.split()
            if len(rest_words) > 10:
                rest = " ".join(rest_words[:10])
            rest = re.sub(r"^(?:this|it)$", "this", rest)
            rest = re.sub(r"\byour\b", "your", rest)
            return f"Can you walk me through the last time you {_past(verb)} {rest}".rstrip() + "?"
    topic = _topic(sentence)
    if topic in ("this", "it", "that"):
        return "Can you tell me about the last time you dealt with this? What happened?"
    return f"Can you tell me about your experience with {topic}?"


# --------------------------------------------------------------------------------------------
# The individual checks; each takes one question sentence (fillers stripped) and the whole text


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
_PERMISSION = re.compile(
    r"^(?:(?:can|could|may|might) (?:i|we) (?:share|give|offer|suggest|tell|ask|talk|make|go over|"
    r"show|mention|add|provide|explore|look|take a look|check|record|start|begin)\b|"
    r"(?:is|would) it (?:be )?(?:ok|okay|alright|all right|helpful|useful|fine) (?:if|to|for)\b|"
    r"(?:do|may) (?:i|we) have your (?:consent|permission|ok|okay)\b|"
    r"(?:are|would) you (?:be )?(?:ok|okay|happy|comfortable|alright|fine) (?:with|if) (?:me|us|i|we) "
    r"(?:record|recording|take|taking)\b|(?:are|would) you (?:be )?(?:ok|okay|happy|comfortable|alright|fine) "
    r"(?:(?:with|to) )?(?:being )?record(?:ed|ing)\b|"
    r"(?:do|would) you mind if\b|would you like (?:some|me to|any|more|information|to hear|to know)\b|"
    r"would you be (?:willing|interested|open) (?:to|in)\b|shall (?:i|we)\b)",
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
        if "'" not in w[0] and nxt in _SUBJECT_WORDS:
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


# "Do you prefer email or phone?", "Is it good or bad?": a forced choice between two options.
# Not "... or not?", "... or anything else?", and not a list of three or more examples.
_EITHER_OR = re.compile(
    r"\b((?:the |a |an |your |our )?[\w'-]+(?: [\w'-]+){0,2}) or (?!not\b|no\b|anything\b|something\b|"
    r"else\b|other\b|so\b|two\b|more\b|less\b|whatever\b)((?:the |a |an |your |our |as )?[\w'-]+(?: [\w'-]+){0,3})"
    r"\s*\?\s*$", re.I)


# "Is there anything you do outside the tool to make this work?", "Has anyone on your team built
# something for this?": yes/no in form (the answer form stays yes_no, as MITI codes it), but
# guides use these existence checks as the standard probe for workarounds, people and gaps, and
# they are answered with the thing itself, so a guide is not told to rewrite them.
_EXISTENCE = re.compile(
    r"^(?:is|are|was|were) there (?:any|anything|anyone|anybody|something|someone|other)\b|"
    r"^(?:has|have|did) (?:anyone|anybody|anything)\b|^(?:is|was) (?:anything|anyone)\b", re.I)


def _check_closed(s: str) -> Problem | None:
    low = s.lower()
    if _EXISTENCE.match(_strip_fillers(s)):
        return None
    if re.search(r"\bon (?:a|that|the|this) scale\b|\bscale (?:of|from) \d|\bwhat number\b|\bfrom (?:0|1|one|zero) to (?:5|10|five|ten)\b"
                 r"|\b(?:0|1|one|zero) to (?:5|10|five|ten)\b|\brate\b.*\bout of\b", low):
        return Problem(QuestionKind.CLOSED,
                       "asks for a number on a scale, which gives a rating but no story",
                       _rating_rewrite(s))
    either = _EITHER_OR.search(s)
    if either and (_opens_closed(s) or re.match(r"^which\b", low)):
        seen_as = re.search(r"\b(?:think|feel|see|view|regard)\s+(?:of|about)?\s*((?:the |your |our )?"
                            r"[\w' -]+?)\s+as\b", low)
        if re.search(r"\b(?:prefer|rather|choose|pick|like better|go for|use|decide)\b", low):
            rewrite = "Can you walk me through the last time you had to make that choice?"
        elif seen_as:
            rewrite = f"How do you think about {_clean_topic(seen_as.group(1))}?"
        else:
            rewrite = _experience_rewrite(s[: either.end(1)].rstrip() + "?")
        return Problem(QuestionKind.CLOSED,
                       "offers only two answers (this or that); the real answer may be both, "
                       "neither or something else", rewrite)
    if _opens_closed(s):
        fw = _first_word(s)
        return Problem(QuestionKind.CLOSED,
                       f"starts with \u201c{fw.capitalize()}\u201d, so it can be answered with a "
                       "yes or no; an open question invites a story",
                       _experience_rewrite(s))
    if _is_declarative_question(s):
        return Problem(QuestionKind.CLOSED,
                       "a statement with a question mark invites a yes or no",
                       _experience_rewrite(s))
    return None


def _rating_rewrite(s: str) -> str:
    m = re.search(r"how (\w+) (?:is|are|was|were) (.+?)(?:\?|$)", s, re.I)
    if m:
        return f"Can you tell me about a time when {_clean_topic(m.group(2))} was {m.group(1)} for you?"
    return f"Can you tell me about your experience with {_topic(s)}?"


_TAG_Q = re.compile(
    r",?\s*(?:(?:isn't|aren't|don't|doesn't|didn't|wasn't|weren't|won't|wouldn't|can't|couldn't|"
    r"haven't|hasn't|shouldn't|is|are|do|does|did|was|were|have|has)\s+(?:it|you|they|he|she|we|"
    r"that|there|i)|right|correct|yeah|no)\s*\?\s*$",
    re.I,
)


_FEELING_REWRITE = "Can you tell me about the last time that happened? How did it feel?"
_IDEA_REWRITE = ("Can you tell me about the last time you ran into the problem this idea is meant to "
                 "solve? What did you do about it?")
_CONFIRM_REWRITE = "Can you tell me more about that?"

# Leading cues: (pattern on the lower-cased sentence, the reason a person reads[, a rewrite]).
# Without a rewrite of its own a cue's fix is the neutral "what was your experience with…"
# question. First match wins; cues that need more than a fixed rewrite are checked in
# ``_check_leading`` itself.
_LEADING_CUES: tuple[tuple[re.Pattern[str], str, str | None], ...] = tuple(
    (re.compile(c[0]), c[1], c[2] if len(c) > 2 else None) for c in (
    (r"^(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|wouldn't|won't|can't|couldn't|shouldn't|"
     r"haven't|hasn't)\b|^(?:do|does|did|are|is|would|could)\s+(?:you|it|they|we|that|this)\s+not\b",
     "a negative opener (\u201cdon't you\u2026\u201d) tells the participant which answer you expect"),
    (r"\b(?:do|would|don't|wouldn't) you agree\b|\bagree (?:that|with)\b|\bwouldn't it be\b|"
     r"\bi bet you\b|\byou (?:must|surely|probably) (?:love|like|hate|find|agree|think)\b|\bsurely\b",
     "asks the participant to agree with a view instead of giving their own"),
    (r"\bhow (?:much|often) (?:do|did|does|would|will) (?:you|they|people|it)\s+(?:really\s+)?(?:love|"
     r"like|enjoy|appreciate|value|hate|prefer|agree)\b|\bhow (?:do|did) you (?:like|love|enjoy)\b",
     "assumes the participant likes it and only asks how much; that fishes for praise"),
    (r"\bhow much (?:did|does|has|have|will|would)\s+.{1,40}?\b(?:improve|improved|help|helped|save|"
     r"saved|increase|boost|simplif\w*|reduce|speed)\b",
     "assumes there was an improvement and only asks its size"),
    (r"\bhow much (?:better|easier|faster|quicker|simpler|nicer|(?:more|less) (?!often\b|time\b|money\b)"
     r"[a-z]+)\b",
     "assumes it is better and only asks by how much"),
    (r"\bwhat (?:do|did) you (?:love|adore)\b",
     "assumes the participant loves it; that fishes for praise"),
    (r"^why (?:do|did|would) you (?:think|feel|say|believe)\b.{0,60}?\b(?:is|are|was|were)\s+"
     r"(?:so\s+|much\s+)?(?:better|worse|easier|harder|superior|inferior|slower|faster|cheaper)\b|"
     r"\bwhy (?:do |did )?you (?:find|found|consider|considered)\b.{1,40}?\b(?:helpful|useful|easy|easier|"
     r"great|better|valuable|frustrating|confusing|difficult|hard|annoying|slow)\b",
     "builds the verdict into the question and asks only for the reasons"),
    # Not "how easy was…": the usability tester's standard task question (the Single Ease
    # Question); guides that warn against loaded wording recommend it as the neutral form.
    (r"(?:^|[,;]\s*)how (?:great|good|helpful|useful|amazing|wonderful|simple|intuitive|enjoyable|"
     r"hard|difficult|frustrating|annoying|bad|painful|confusing)\b(?!\s+(?:or|to say))",
     "\u201chow helpful / how hard\u2026\u201d builds a judgement into the question"),
    (r"^how (?:confused|upset|frustrated|annoyed|angry|irritated|disappointed|stressed|worried|anxious|"
     r"delighted|excited|thrilled|pleased|relieved|concerned|scared|afraid|nervous|embarrassed|surprised|"
     r"grateful|proud)\b(?!\s+(?:or|if|whether))",
     "assumes how the participant feels and only asks how strongly; let them name the feeling",
     _FEELING_REWRITE),
    (r"^(?:is|was|would|will) (?:this|it|that|a|an|the|our)\b[\w' -]{0,40}? (?:be )?(?:a |an )?(?:good|great|"
     r"bad|useful|smart|clever|interesting) (?:idea|concept|plan)\b|"
     r"\b(?:does|would|did) (?:this|it|that|the|a|an|our)\b[\w' -]{0,40}? sound "
     r"(?:useful|interesting|helpful|valuable|appealing|like (?:a|something))\b|"
     r"^what do you think (?:of|about) (?:this|our|my|the) (?:idea|concept|solution|pitch|prototype)\b",
     "asks for a verdict on your idea; people are kind about ideas, so the answer says little about "
     "what they would actually do", _IDEA_REWRITE),
    (r"^you(?!(?:'re| are| were) like\b)(?:'re| are| were| did| had| liked| loved| found| thought| felt| prefer| like| love| "
     r"want| think| feel)\b(?=[^?,;]*\b(?:liked?|loved?|enjoy\w*|hated?|prefer\w*|easy|easier|hard|harder|"
     r"clear(?:er)?|better|worse|annoyed|frustrated|confused|pleased|happy|upset|worried|disappointed|"
     r"impressed|satisfied|useful|helpful|great|good|bad)\b)[^?]{0,100}\?\s*$",
     "states the answer (\u201cSo you liked\u2026?\u201d) and asks the participant to confirm it",
     _CONFIRM_REWRITE),
    (r"^(?:do|did|does|is|are|was|were|would|will)\b.*\b(?:you|it|this|that|they)\b.*\b"
     r"(?:think|feel|find|consider|say)\b.{0,60}?\b(?:good|great|better|best|easier|excellent|superior|"
     r"amazing|awesome|useful|helpful|valuable|frustrating|annoying|confusing|difficult|worse|bad|idea)\b|"
     r"^(?:is|are|was|were)\b.*\byour (?:favou?rite|preferred|go-to)\b",
     "names the judgement (good, better, frustrating\u2026) and asks the participant to confirm it"),
    (r"^(?:given|considering|seeing) (?:how|that it'?s|that it is) (?:easy|simple|good|great|cheap|useful|"
     r"helpful|fast|quick|popular)\b",
     "the opening states a verdict and asks the participant to explain around it"),
    (r"^if you (?:love|like|enjoy|hate)\b", "the condition assumes how the participant feels"),
))


def _check_leading(s: str, whole: str) -> Problem | None:
    low = s.lower()
    topic = _topic(s)
    neutral = f"What was your experience with {topic} the last time you used it?"
    if topic in ("this", "it", "that"):
        neutral = "Can you walk me through the last time you did this?"
    if _LEADING_CUES[0][0].search(low):  # a negative opener says the most
        return Problem(QuestionKind.LEADING, _LEADING_CUES[0][1], neutral)
    if _TAG_Q.search(s) and re.search(r"[,\w]\s+\S+\s+\S+\s*\?\s*$", s) and len(_words(s)) > 3 \
            and re.search(r",\s*\S+(?:\s+\S+)?\s*\?\s*$", s):
        return Problem(QuestionKind.LEADING,
                       "a tag at the end (\u201c\u2026, isn't it?\u201d, \u201c\u2026, right?\u201d) "
                       "asks the participant to agree", neutral)
    if re.search(r"\b(?:(?:most|many|all|other|our)\s+(?:people|customers|users|clients|members|"
                 r"participants|of our \w+)|everyone|everybody|nobody|no one)\s+(?:say|says|said|think|"
                 r"thinks|thought|love|loves|loved|like|likes|liked|agree|agrees|agreed|tell us|find|finds|"
                 r"found|prefer|prefers|hate|hates)\b|(?:^|[.?!]\s+)(?:like|along with|as do) (?:most|many|"
                 r"other|all)(?: [\w']+){1,4},", whole.lower()):  # in any sentence of the item
        crowd = re.match(r"^(?:like|along with|as do) (?:most|many|other|all)\b[^,]*,\s*(.+)$", s, re.I)
        return Problem(QuestionKind.LEADING,
                       "quoting what other people think pushes the participant to agree",
                       crowd.group(1)[:1].upper() + crowd.group(1)[1:] if crowd else neutral)
    if re.search(r"\b(?:we're|we are|i'm|i am|we've been|i've been) (?:building|making|creating|designing|"
                 r"working on|thinking (?:of|about) (?:starting|building|making|launching))\b|"
                 r"\bi (?:had|have) an? (?:\w+ )?idea\b|\b(?:an|my|our) idea (?:i|we)(?:'m|'re| am| are| have|'ve| had)\b",
                 whole.lower()) \
            and re.search(r"\bwhat do you think\b|\bdo you (?:like|love|think)\b|\bwould you\b|\bwill it\b|"
                          r"\bsound\b|\byour (?:thoughts|opinion|take)\b", low):
        return Problem(QuestionKind.LEADING,
                       "pitches your idea before asking; people are kind about what you are "
                       "building, so the answer says little", _IDEA_REWRITE)
    for pattern, why, rewrite in _LEADING_CUES[1:]:
        if pattern.search(low):
            return Problem(QuestionKind.LEADING, why, rewrite or neutral)
    loaded = re.search(r"\b(?:our|the|this|your|these)\s+(?:new\s+|improved\s+)?(amazing|awesome|great|"
                       r"excellent|fantastic|wonderful|beautiful|brilliant|innovative|improved|powerful|"
                       r"seamless|terrible|awful|clunky|broken|outdated|confusing|frustrating|annoying|horrible|ugly|"
                       r"exciting|revolutionary|failed|oppressive|wasteful|ridiculous|outrageous|disastrous|"
                       r"pointless|useless|unfair|overpriced|bloated)\b"
                       r"(?!\s+(?:part|thing|bit|moment))",
                       low)
    if loaded:
        plain = _topic(s[: loaded.start(1)] + s[loaded.end(1) + 1:])
        return Problem(QuestionKind.LEADING,
                       f"\u201c{loaded.group(1)}\u201d tells the participant what to think of it",
                       f"What was your experience with {plain} the last time you used it?"
                       if plain not in ("this", "it", "that") else "Can you walk me through the last "
                       "time you used it?")
    if re.search(r"\b(?:understand|know|learn|hear|see|find out)\s+(?:just\s+)?how\s+(?:hard|difficult|easy|"
                 r"frustrating|annoying|painful|confusing|great|good|helpful|simple|bad)\b", low):
        task = re.search(r"\bhow \w+ (?:it (?:is|was) to|(?:is|was) it to) (\w+)\b\s*([^.?!]*)", low)
        rewrite = (f"Can you walk me through the last time you {_past(task.group(1))} "
                   f"{_clean_topic(task.group(2))}?".replace(" ?", "?") if task
                   else "Can you walk me through the last time you did this? What was it like?")
        return Problem(QuestionKind.LEADING,
                       "the framing already says how it was (\u201chow hard\u2026\u201d); let the "
                       "participant say whether it was hard at all", rewrite)
    if re.match(r"^(?:do|did|does|are|were|is|was|would|have|has)\b", low) \
            and re.search(r"\b(?:so|so that|in order to|because)\s+(?:you|they|it|we|google|people|"
                          r"your \w+)\b", low):
        return Problem(QuestionKind.LEADING,
                       "the question supplies the reason (\u201c\u2026 so that \u2026\u201d); ask "
                       "why they do it instead", "What leads you to do that? Can you walk me through "
                       "the last time?")
    mw = re.search(r"\bwhich (?:of (?:these|the following|the)|one of these)\s+(.*?)(?:\s+(?:would|do|did|does|is|"
                   r"are|was|were|have|has|can|could|will)\b|[?,]|$)", low)
    if mw:
        things = _clean_topic(mw.group(1)) or "options"
        return Problem(QuestionKind.LEADING,
                       "offering a set of options primes the answer; ask what they remember or "
                       "look for first",
                       f"Can you walk me through the last time you chose between {things}?")
    return None


# an imagined situation set up, then a question about it ("Imagine we added X. Would you...?")
_IMAGINED = re.compile(r"^(?:imagine|suppose|pretend|picture this|say) (?:that )?(?:we|you|there|it)\b.*"
                       r"\b(?:would|will|'d)\b", re.S)


_FUTURE_VERBS = "|".join(_BEHAVIOUR_VERBS.split() + "renew cancel keep stay continue leave pay".split())


def _base_of(stem: str, strict: bool = True) -> str:
    """The verb behind an -ing form's stem: "us" → "use", "renew" → "renew", "shopp" → "shop".
    Unknown stems come back as the -ing word (``strict``) or as the bare stem."""
    verbs = _FUTURE_VERBS.split("|")
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    for cand in (stem, stem + "e", doubled):
        if cand in verbs:
            return cand
    return stem + "ing" if strict else doubled


def _intention_rewrite(low: str) -> str:
    """ "Are you likely to renew next year?" → "Can you tell me about the last time you renewed
    something like this? What made you decide?" """
    low = re.sub(r"\b(\w+?)ing\b", lambda g: _base_of(g.group(1)), low)  # "using" → "use"
    m = re.search(rf"\b(?:see|imagine|picture) yourself ({_FUTURE_VERBS})\b(.*)|"
                  rf"\b(?:likely|planning|going) to ({_FUTURE_VERBS})\b(.*)|"
                  rf"\binterested in ({_FUTURE_VERBS})\b(.*)", low)
    if not m:
        thing = re.search(r"\binterested in ((?:a|an|the|our|this|that)\b[^?,.]*)", low)
        if thing:
            return (f"What have you used so far instead of {_clean_topic(thing.group(1))}? "
                    "Can you walk me through the last time?")
        return "Can you walk me through the last time you did this? What made you decide?"
    verb = next(g for g in (m.group(1), m.group(3), m.group(5)) if g)
    rest = _clean_topic(next(g for g in (m.group(2), m.group(4), m.group(6)) if g is not None))
    if re.match(r"^(?:a|an|the|our|your|this|that|these|it)\b", rest):
        obj = rest
    elif re.match(r"^[a-z]+$", rest.split(" ")[0] if rest else "") and len(rest.split()) <= 3 \
            and rest.split()[0] not in ("to", "in", "on", "at", "for", "with", "from", "by"):
        obj = rest  # "switch banks"
    else:
        obj = "something like this"
    obj = obj or "something like this"
    obj = "something like this" if obj in ("this", "it") else obj
    return f"Can you tell me about the last time you {_past(verb)} {obj}? What made you decide?"


def _check_hypothetical(s: str) -> Problem | None:
    low = s.lower()
    verbs = _BEHAVIOUR_VERBS.replace(" ", "|")
    topic = _topic(s)
    main_clause = re.split(r"\s+if\s+", s, maxsplit=1)[0]
    if re.match(r"^if\b[^,]+,\s*\S", s, re.I):  # "If we could…, would that be worth paying for?"
        main_clause = s.split(",", 1)[1].strip()
    if main_clause != s:  # the thing is in the main clause, not in the condition ("…if we offered X")
        topic = _topic(main_clause + "?")
        topic = topic if re.match(r"^(?:the|our|your|a|an|this|that|these)\b", topic, re.I) else "this"
        built = re.match(r"^if (?:we|you|they|i) (?:\w+ )?(?:built|made|added|offered|launched|created|"
                         r"released) ((?:a|an|the|our|this)\b[^,]*)", s, re.I)
        if topic == "this" and built:  # "If we built a budgeting app, would you use it?"
            topic = _clean_topic(built.group(1))
    like = topic if topic not in ("this", "it", "that", "x", "you", "them") else "this"
    if re.search(r"\b(?:did|does|do|had|has|was|were|would|will|could|is|are|you)\b|\bit$|^that\b", like):
        like = "this"  # a clause, not a thing ("the product did X it")
    past = f"Can you tell me about the last time you needed something like {like}? What did you do?"
    mv = re.search(r"\b(?:would|will|'d) you (?:ever |still |actually |really )?(\w+)(?:\s+(up|in|on|to))?\b",
                   low)
    if mv and mv.group(1) in _BEHAVIOUR_VERBS.split() and mv.group(1) not in ("pay", "spend"):
        verb = mv.group(1)
        fixed = {"switch": "switched from one product or provider to another",
                 "recommend": "recommended a product to someone",
                 "upgrade": "upgraded a plan or a product",
                 "sign": f"signed up for something like {like}",
                 "subscribe": f"subscribed to something like {like}",
                 "join": f"joined something like {like}"}
        phrase = fixed.get(verb, f"{_past(verb)} something like {like}")
        past = f"Can you tell me about the last time you {phrase}? What made you decide?"
    if re.search(r"\bhow much (?:would|will|might|could) you (?:be willing to )?(?:pay|spend|give)\b"
                 r"|\bwould you (?:be willing to )?(?:pay|spend)\b|\bwhat (?:would|should) (?:you|we) "
                 r"(?:pay|charge)\b|\bhow much should we charge\b|\bwhat should we charge\b", low):
        obj = re.search(r"\b(?:pay|spend|charge)\s+(?:for|on)\s+(.+?)(?:\s+(?:and|or|if|when|because)\b|[?.,]|$)",
                        s, re.I)
        thing = _clean_topic(obj.group(1)) if obj else "this"  # "How much would you pay?"
        what = f" on {thing}" if thing.lower() not in ("this", "it", "that", "x") else " on this"
        return Problem(QuestionKind.HYPOTHETICAL,
                       "people cannot predict what they would pay; ask what they spend today",
                       f"What have you spent{what} or its alternatives so far?")
    if re.search(rf"\b(?:would|will|might|could|'d)\s+(?:you|they|your team)\s+(?:ever\s+|still\s+|"
                 rf"actually\s+|really\s+|likely\s+|probably\s+)?(?:{verbs})\b", low) \
            or re.search(rf"\byou(?:'d| would| will|'ll)\s+(?:ever\s+|actually\s+)?(?:{verbs})\b", low) \
            or re.search(r"\bhow (?:often|likely|much) (?:would|will) you\b", low) \
            or re.search(r"\bhow likely (?:are|is) (?:you|it) to\b|\bhow (?:likely|probable) is it (?:that )?you\b", low) \
            or re.search(r"\bwould you ever\b|\bdo you think you(?:'d| would| will|'ll)\b", low) \
            or re.search(r"^(?:do you think )?you(?:'d| would)\b", low):
        return Problem(QuestionKind.HYPOTHETICAL,
                       "asks the participant to predict their own future behaviour, which people "
                       "do badly; ask about what they did last time", past)
    if re.search(r"\b(?:what|how) would you (?:do|react|feel|handle|use|change)\b.*\bif\b", low) \
            or re.search(r"\bif\b.{1,60}?\bwere\b.*\bwould (?:you|they)\b", low) \
            or re.search(r"\bwould (?:you|they)\b.*\bif\b.{1,60}?\bwere\b", low) \
            or _IMAGINED.match(low):
        return Problem(QuestionKind.HYPOTHETICAL,
                       "asks how the participant would act in an imagined situation; people guess "
                       "badly; ask about a real time instead",
                       "Can you tell me about a time something like that actually happened? "
                       "What did you do?")
    future = _FUTURE_VERBS
    if re.search(r"\b(?:could|can) you (?:see|imagine|picture) yourself\b|\bsee yourself \w+ing\b", low) \
            or re.search(rf"^(?:or |and |but )?(?:are|is) (?:you|they|your team) (?:likely to|planning to|going to "
                         rf"(?:{future})\b)",
                         low) \
            or re.search(r"\bin the future\b.*\bwould\b|\bwould\b.*\bin the future\b", low) \
            or re.search(rf"\bwould you be (?:interested|willing) (?:in|to) (?:a|an|the|our|this|that|"
                         rf"(?:{future})(?:ing)?)\b", low):
        return Problem(QuestionKind.HYPOTHETICAL,
                       "asks the participant to predict what they will want or do; ask about what "
                       "they have done", _intention_rewrite(low))
    if re.search(r"^(?:will|would) (?:users|people|customers|clients|buyers|teams|companies|"
                 r"they) (?:ever |really |actually )?(?:pay|use|buy|switch|adopt|want|like|sign up|"
                 r"subscribe|care)\b", low):
        return Problem(QuestionKind.HYPOTHETICAL,
                       "asks the participant to predict what other people will do; ask what they "
                       "themselves have done", past)
    if re.search(r"\b(?:are|is) (?:you|they) (?:going to|planning to)\b.*\b(?:next (?:week|month|year|"
                 r"time)|tomorrow|in the coming)\b", low):
        return Problem(QuestionKind.HYPOTHETICAL,
                       "asks the participant to predict what they will do; ask what they did "
                       "last time", "Can you walk me through the last time you did this?")
    if re.search(r"\bwill you (?:keep|continue|still|ever|stop|start)\b", low):
        doing = re.search(r"\bwill you (?:keep|continue|still|stop|start) (\w+?)ing\b\s*(.*?)"
                          r"(?:\s+(?:after|if|when|once|next|in the|for the)\b.*)?\??$", low)
        rewrite = "Can you walk me through the last time you made a choice like this? What made you decide?"
        if doing:
            what = f"{_base_of(doing.group(1), strict=False)} {_clean_topic(doing.group(2))}".strip()
            rewrite = f"How has the way you {what} changed over the past few months?"
        return Problem(QuestionKind.HYPOTHETICAL,
                       "asks the participant to predict what they will do; ask what they have done",
                       rewrite)
    if re.match(r"^what if (?:we|you|i|there|it|the|your|our)\b", low):
        return Problem(QuestionKind.HYPOTHETICAL,
                       "\u201cwhat if we\u2026\u201d pitches an idea and asks for a guess; ask "
                       "about what happens today", "How do you handle this today? Can you walk me "
                       "through the last time?")
    if re.search(r"\bif we could\b.*\b(?:would|will|'d)\b", low) \
            or re.search(r"\bif (?:we|you|i|they|it|the (?:product|app|tool|service|site|company)) (?:\w+ )?"
                         r"(?:built|made|added|offered|launched|created|had|released|gave|could build|did|"
                         r"included|supported|let you|allowed)\b.*\b(?:would|will|'d)\b", low) \
            or re.search(r"\b(?:would|will|'d) you\b[^?]{0,40}?\bif (?:we|it|they|there|the|you could)\b", low):
        return Problem(QuestionKind.HYPOTHETICAL,
                       "a \u201cif we built it, would you\u2026\u201d question gets a polite yes, "
                       "not evidence", past)
    if re.search(r"\bwould (?:this|it|that|these) (?:save|help|make|be useful|solve|change|improve)\b|"
                 r"\bwould (?:a|an|the|this|that|these|such a) [\w' -]{1,60}? (?:be (?:useful|helpful|valuable|"
                 r"worth (?:it|paying|having)|handy|of use)|save|help|solve|improve)\b", low):
        return Problem(QuestionKind.HYPOTHETICAL,
                       "asks for a guess about a future benefit; ask how they handle it today",
                       "How do you handle this today? Can you walk me through the last time?")
    if re.search(r"\b(?:ideal|perfect|dream) (?:solution|product|tool|app|world|experience)\b", low) \
            or re.search(r"\bwhat (?:new )?(?:features?|functionality|improvements?) would make\b|"
                         r"\bhow (?:exactly )?should we (?:change|improve|fix|redesign)\b", low) \
            or re.search(r"\bwhat (?:features?|functionality|improvements?) (?:do|would|should|could) "
                         r"(?:you|we|users|customers|people) (?:want|like|need|expect|build|add)\b",
                         low):
        return Problem(QuestionKind.HYPOTHETICAL,
                       "asks the participant to design the solution; ask about the problem and "
                       "what they do today",
                       "What's the hardest part of this for you today? Can you walk me through "
                       "the last time it came up?")
    return None


# Everyday activities that take an object; two of them joined by "and" are two questions.
_ACTION_VERBS = set(
    "book submit pay use buy plan track manage share find choose pick order cook shop read write send "
    "file approve review check store cancel install learn compare prepare organise organize schedule "
    "invite report print sell deliver return search export import upload download edit update "
    "set create build test fix hire train sign".split()
)


def _check_double(s: str, sentences: list[str]) -> Problem | None:
    low = s.lower()
    q_start = r"(?:what|how|why|where|when|who|which|do|does|did|are|is|was|were|would|will|can|could|have|has)"
    m = re.search(rf"\b(?:and|or)\s+(?:also\s+)?{q_start}\s+(?:do|does|did|are|is|was|were|would|"
                  rf"will|you|your|it|they|the|features|about|many|much|often|long|kind)\b|"
                  rf"\b(?:and|or)\s+(?:what|how|who|where|when)'s\b", low)
    if m and re.match(r"\s*(?:and|or)\s+(?:also\s+)?(?:what|how|why|where|when|who|which)\s+(?:you|your|it|"
                      r"they|the)\b", low[m.start():]):
        m = None  # "describe a project and how you handled it": one story, told with its ending
    # "...and why?" asks the reason for the same answer: a probe, not a second question
    if m and _sentence_asks(s[: m.start()] + "?") and not re.search(r"\band (?:then|so|why)\b",
                                                                   low[m.start():m.start() + 10]):
        first = s[: m.start()].rstrip(" ,;") + "?"
        second = re.sub(r"^(?:and|or)\s+(?:also\s+)?", "", s[m.start():].strip(), flags=re.I)
        second = second[:1].upper() + second[1:]
        second = second if second.endswith("?") else second.rstrip(".") + "?"
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       "asks two questions at once; the participant will answer one of them",
                       f"{first} Then, separately: {second}")
    # "what do you like and dislike about...": two opposite judgements in one ask
    m3 = re.search(r"\b(like|love|enjoy|value|hate|dislike)\s+(?:and|or)\s+(?:what you\s+)?"
                   r"(dislike|hate|like|love|enjoy|don't like|do not like)\b", low)
    if m3 and m3.group(1) != m3.group(2):
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       f"asks what they {m3.group(1)} and what they {m3.group(2)} at once; people "
                       "answer the easier half",
                       (s[: m3.start()] + m3.group(1) + s[m3.end():]).strip())
    # "how do you book travel and submit expenses": two activities, each with its own object
    verbs = _ACTION_VERBS
    m4 = re.search(r"\b(do|did|does|would|will|can|could) you (\w+) ((?:\w+ ){1,4}?)and (\w+)\b", low)
    if m4 and m4.group(2) in verbs and m4.group(4) in verbs and m4.group(2) != m4.group(4) \
            and not m4.group(3).startswith("to "):
        first = s[: m4.start(4) - len("and ")].rstrip(" ,") + "?"
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       f"asks about two activities (\u201c{m4.group(2)}\u201d and "
                       f"\u201c{m4.group(4)}\u201d) at once; ask about one, then the other",
                       f"{first} Then, separately: how {m4.group(1)} you "
                       f"{s[m4.start(4):].strip().rstrip('?.')}?")
    m5 = re.match(r"^what do you think (?:of|about) ((?:the|your|our|this|these) [\w' -]+?) and "
                  r"((?:the|your|our|this|these) [\w' -]+?)\s*\??$", low)
    if m5:
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       "asks about two things at once; the participant will answer one of them",
                       f"What do you think of {m5.group(1)}? Then, separately: what do you think of "
                       f"{m5.group(2)}?")
    # "Is your manager honest and trustworthy?": a yes/no ask ending in two qualities; someone
    # who finds one true and the other not has no answer
    m6 = re.match(r"^(?:is|are|was|were|do you (?:think|find|feel)|did you find|would you say)\b.*?"
                  r"\b([a-z]+) and ([a-z]+)\s*\??$", low)
    if m6 and not re.search(r"\bbetween\b", low) and m6.group(1) != m6.group(2) \
            and m6.group(1) not in ("you", "i", "we", "they", "me", "them", "us", "here", "there") \
            and m6.group(2) not in ("then", "why", "how", "what", "so", "more", "others", "other"):
        a, b = m6.group(1), m6.group(2)
        subject = re.match(r"^(?:(?:do you (?:think|find|feel)|did you find|would you say) (?:that )?)?"
                           r"(?:(?:is|are|was|were) )?(.+?) (?:(?:is|are|was|were) )?"
                           + re.escape(a) + r" and ", low)
        what = subject.group(1) if subject and len(subject.group(1).split()) <= 5 else "it"
        what = {"you": "yourself", "i": "it"}.get(what, what)
        return Problem(QuestionKind.DOUBLE_BARRELED,
                       f"asks about two things at once (\u201c{a}\u201d and \u201c{b}\u201d); "
                       "someone who feels differently about each cannot answer",
                       f"How would you describe {what}?")
    # "how satisfied are you with X and Y", "was it helpful and friendly", "fast and reliable"
    evaluative = "|".join(_EVALUATIVE)
    if re.search(rf"\b(?:{evaluative}|rate)\b", low) and re.match(
            r"^(?:how|is|are|was|were|do|does|did|would|what do you think)\b", low):
        m2 = re.search(r"\b(\w+)\s+and\s+(\w+)\b", s)
        if m2 and m2.group(1).lower() not in ("you", "i", "we", "then", "between", "here") \
                and m2.group(2).lower() not in ("then", "why", "how", "what"):
            a, b = m2.group(1), m2.group(2)
            first = (s[: m2.start()] + a + s[m2.end():]).strip()
            return Problem(QuestionKind.DOUBLE_BARRELED,
                           f"judges two things at once (\u201c{a}\u201d and \u201c{b}\u201d); "
                           "someone who feels differently about each cannot answer",
                           first if first.endswith("?") else first + "?")
    return None


def _check_second_question(sentences: list[str]) -> Problem | None:
    """Two separate asks in one item where the second is a new question, not a probe."""
    qs = [x for x in sentences if _sentence_asks(x)]
    for prev, cur in zip(qs, qs[1:]):
        if re.match(r"^(?:and|also|plus)\s+(?:what|how|where|when|who|which|do|does|did|are|is|"
                    r"was|were|have|has)\b", cur.strip(), re.I) and len(_words(cur)) > 4:
            return Problem(QuestionKind.DOUBLE_BARRELED,
                           "asks two separate questions in one item; ask them one at a time",
                           _strip_fillers(prev))
    return None


def _check_why(s: str) -> Problem | None:
    low = s.lower()
    lead = re.match(r"^[^,;]{3,80}[,;]\s+(?=why\b)", low)  # "Given how easy it is, why haven't you..."
    if lead:
        low = low[lead.end():]
    # the negation blames a person ("why didn't you…"), not a thing ("why didn't that work?")
    m = re.match(r"^why (?:on earth |ever |the hell )?(?:(?:didn't|don't|haven't|won't|wouldn't|"
                 r"couldn't|can't|aren't|weren't)(?= you\b)|did you not|do you not|would you|"
                 r"on earth|would anyone|did you even|do you even|do you still|did you ever|"
                 r"would you ever)\b(.*)$", low)
    if m or re.search(r"\bwhy on earth\b", low):
        rest = (m.group(1) if m else "").strip().rstrip("?. ")
        found = re.search(r"\b((?:the|your|this|that|our|a|an)\b.*)$", rest)
        if found:
            rewrite = f"Can you walk me through what happened around {_clean_topic(found.group(1))}?"
        else:
            rewrite = "What led up to that? Can you walk me through what was going on at the time?"
        return Problem(QuestionKind.ACCUSATORY_WHY,
                       "a \u201cwhy didn't you / why would you\u2026\u201d question sounds like "
                       "blame and makes people defend themselves", rewrite)
    return None


def _check_jargon(s: str, known: frozenset[str] = frozenset()) -> Problem | None:
    """Team language and unexplained abbreviations; ``known`` holds the words the participants
    use themselves (lower case), which are never flagged."""
    low = s.lower()
    found = [t for t in _JARGON_TERMS if t not in known
             and re.search(rf"(?<![\w/]){re.escape(t)}(?![\w/])", low)]
    if found:
        rewrite = s
        for term in found:
            rewrite = re.sub(rf"(?<![\w/]){re.escape(term)}(?![\w/])", _JARGON_TERMS[term], rewrite,
                             flags=re.I)
        names = ", ".join(f"\u201c{t}\u201d" for t in found)
        return Problem(QuestionKind.JARGON,
                       f"{names} {'is' if len(found) == 1 else 'are'} team language; participants "
                       "may not use or know it", rewrite)
    for tok in re.findall(r"\b[A-Z][A-Z0-9]*(?:/[A-Z0-9]+)+\b|\b[A-Z]{3,}s?\b", s):
        if tok.rstrip("s") in _ACRONYM_OK or tok in _ACRONYM_OK \
                or tok.lower() in known or tok.rstrip("s").lower() in known:
            continue
        return Problem(QuestionKind.JARGON,
                       f"the abbreviation \u201c{tok}\u201d may mean nothing to the participant",
                       s.replace(tok, f"[{tok} in plain words]", 1))
    return None


_VAGUE_PATTERNS = (
    r"^(?:any )?(?:thoughts|feedback|comments|questions|opinions)\s*\??$",
    r"^what do you think\s*\??$",
    r"^what do you think (?:of|about) (?:it|this|that|everything|things|stuff)\s*\??$",
    r"^how (?:was|is) (?:it|everything|that)\s*\??$",
    r"^what about (?:it|this|that)\s*\??$",
    r"^(?:what is|what's) your (?:(?:annual|yearly|monthly|household|total|personal) )*"
    r"(?:income|salary|opinion|view|age)\s*\??$",
    r"^what are your (?:thoughts|feelings|views|opinions|impressions)\s*\??$",
    r"^what do you think (?:of|about) .{0,40}\b(?:overall|in general|generally)\s*\??$",
    r"\b(?:in general|generally speaking),? what do you think\b",
    r"\beverything about\b",
    r"\bno(?:t)? (?:in)?frequently\b",
)


# Words that already carry a "not" ("unhappy", "dislike"): a "not" in front makes a double negative.
# A closed list, because "understand", "discuss" or "unique" begin the same way and negate nothing.
_UN_WORDS = ("happy|friendly|likely|clear|fair|usual|common|satisfied|comfortable|reasonable|helpful|"
             "important|necessary|able|aware|safe|pleasant|interested|sure|true|wise|kind|known|easy|"
             "acceptable|available|reliable|popular|professional")
_NEGATED = rf"un(?:{_UN_WORDS})|dis(?:agree|agreed|like|liked|satisfied|approve|approved|trust|honest|organi[sz]ed)"


def _check_vague(s: str) -> Problem | None:
    low = s.lower().strip()
    if re.search(r"^how important (?:is|are|was|were|would) .+ (?:to|for) you\b", low):
        return Problem(QuestionKind.VAGUE,
                       "asks how much something matters in the abstract; most things sound "
                       "important when asked; ask what they did about it",
                       "When did this last come up for you? What did you do about it?")
    generic = re.match(r"^(?:how|what|where|when|who)\b[^?]*?\bdo you (?:usually|typically|normally) "
                       r"(\w+)\b\s*([^?]*)", low)
    if generic:
        verb, rest = generic.group(1), _clean_topic(generic.group(2))
        return Problem(QuestionKind.VAGUE,
                       "asks what usually happens; people describe the routine they think they "
                       "have, not what they did; ask about the last time",
                       f"Can you walk me through the last time you {_past(verb)} {rest}?"
                       if verb.isalpha() and rest else "Can you walk me through the last time that "
                       "happened? What did you do?")
    if re.search(r"\bhow (?:many|much|often)\b.*\b(?:in|over|during) the (?:past|last) (?:year|(?:\d+|two|"
                 r"three|six|twelve|few) (?:months|years))\b", low):
        return Problem(QuestionKind.VAGUE,
                       "asks people to count over a long stretch of time; they will guess; ask "
                       "about a recent, short stretch or the last time",
                       "Think of the last month: how many times did this come up?")
    if re.search(r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,2}?(?:" + _NEGATED + r")\b|\bdisagree\b.*\bnot\b", low):
        plain = re.sub(rf"\bnot un(?=(?:{_UN_WORDS})\b)", "", s, flags=re.I)
        return Problem(QuestionKind.VAGUE,
                       "a double negative is hard to follow and to answer",
                       plain if plain != s else
                       "Can you say that as a plain question? For example: what do you think of it?")
    for pat in _VAGUE_PATTERNS:
        if re.search(pat, low):
            return Problem(QuestionKind.VAGUE,
                           "too general to answer well; anchor it in a specific, recent moment",
                           "Can you tell me about a specific recent time this came up? "
                           "What happened?")
    return None


def _check_length(text: str, sentences: list[str]) -> Problem | None:
    words = len(_words(text))
    longest = max((len(_words(s)) for s in sentences), default=0)
    if words > LONG_TEXT_WORDS or longest > LONG_QUESTION_WORDS:
        qs = [x for x in sentences if _sentence_asks(x)] or sentences
        ask = _strip_fillers(qs[-1])
        if len(_words(ask)) > LONG_QUESTION_WORDS:
            ask = re.split(r"[,;—]", ask)[0].rstrip() + "?"
        return Problem(QuestionKind.TOO_LONG,
                       f"{words} words is hard to follow when spoken; keep one short ask",
                       ask if ask.endswith("?") else ask + "?")
    return None


# --------------------------------------------------------------------------------------------


def check_question(text: str, known_terms: Iterable[str] = ()) -> QuestionCheck:
    """Check one question (a guide item or an interviewer turn) and suggest rewrites.

    Problems are collected across every question sentence in the text. A text counts as
    closed only when none of its question sentences is open: an open ask next to a closed one
    still invites a story. Each rewrite is checked in turn and refined (twice at most) so that
    a suggestion does not carry a problem of its own. ``known_terms`` are words the participants
    use themselves ("API" in a study of developers): never flagged as jargon.
    """
    known = frozenset(t.strip().lower() for t in known_terms if t.strip())
    check = _check(text, known)
    if check.problems and check.problems[0].kind is not QuestionKind.CLOSED and check.problems[0].rewrite:
        for p in check.problems[1:]:
            if p.kind is QuestionKind.CLOSED:
                p.rewrite = None  # the main problem's rewrite is already open; one fix, not two
    seen: set[str] = set()
    for p in check.problems:
        original = p.rewrite
        for _ in range(2):
            if not p.rewrite:
                break
            again = _check(p.rewrite, known)
            if again.ok or not again.problems[0].rewrite or again.problems[0].rewrite == p.rewrite:
                break
            p.rewrite = again.problems[0].rewrite
        if p.rewrite in seen and original not in seen:
            p.rewrite = original  # keep a rewrite that shows something the others do not
        if p.rewrite:
            seen.add(p.rewrite)
    return check


def _check(text: str, known: frozenset[str] = frozenset()) -> QuestionCheck:
    t = _norm(text)
    sentences = _sentences(t) or [t]
    asks = [x for x in sentences if _sentence_asks(x)]
    targets = [_strip_fillers(x) for x in (asks or sentences[-1:])]
    targets = [x for x in targets if x]
    problems: list[Problem] = []

    def add(p: Problem | None) -> None:
        if p and not any(q.kind == p.kind for q in problems):
            problems.append(p)

    for s in targets:
        add(_check_leading(s, t))
    for s in targets:
        add(_check_hypothetical(s))
    if len(sentences) > 1 and _IMAGINED.match(t.lower()):
        add(_check_hypothetical(t))  # the set-up is its own sentence, the ask another
    for s in targets:
        add(_check_double(s, sentences))
    add(_check_second_question(sentences))
    for s in targets:
        add(_check_why(s))
    closed = [_check_closed(s) for s in targets]
    if targets and all(closed):
        add(closed[-1])
    forms = [_answer_form(s) for s in targets] or ["open"]
    old_form = "open" if "open" in forms else forms[-1]
    if not asks and t:
        old_form = "yes_no"
    form = _turn_form(t) if t else "open"
    if old_form == "yes_no" and not any(closed) and asks and any(_TAG_Q.search(x) for x in targets):
        closed_tag = Problem(QuestionKind.CLOSED, "a statement with a tag (\u201c\u2026, isn't it?\u201d) "
                             "invites a yes or no", _experience_rewrite(targets[-1]))
        add(closed_tag)
    for s in targets:
        add(_check_jargon(s, known))
    for s in targets:
        add(_check_vague(s))
    add(_check_length(t, sentences))
    problems.sort(key=lambda p: SEVERITY.index(p.kind))
    kind = problems[0].kind if problems else QuestionKind.OPEN
    return QuestionCheck(text=text, kind=kind, problems=problems, answer_form=form)


# --------------------------------------------------------------------------------------------
# Follow-up bank

_GENERAL_PROBES = (
    "What happened next?",
    "How did that make you feel?",
    "Can you give me another example?",
    "What did you do then?",
    "Can you say more about that?",
)


def suggest_followups(text: str) -> list[str]:
    """Two or three probes that fit the question: stories get "what happened next", feelings
    get "what made it feel that way", processes get "where does it get stuck"."""
    low = _norm(text).lower()
    probes: list[str] = []
    if re.search(r"\b(?:last time|recent|time when|a time|walk me through|tell me about|example|"
                 r"story|happened)\b", low):
        probes += ["What happened next?", "How did that make you feel?"]
    if re.search(r"\b(?:feel|felt|frustrat\w*|worr\w*|annoy\w*|love|hate|enjoy|like)\b", low):
        probes += ["What made it feel that way?", "Can you give me an example of when you felt that?"]
    if re.search(r"\b(?:how do you|process|step|currently|today|usually|typical|handle|workflow|"
                 r"routine|day)\b", low):
        probes += ["Where does that get stuck or take longer than it should?",
                   "What do you do when that goes wrong?"]
    if re.search(r"\b(?:pay|paid|spend|spent|cost|price|money|budget)\b", low):
        probes += ["How did you decide that was worth it?", "Who else was involved in that decision?"]
    if re.search(r"\b(?:tried|alternative|other (?:tools|products|options)|switch|instead)\b", low):
        probes += ["What made you stop using it?", "What did it do better or worse?"]
    for p in _GENERAL_PROBES:
        probes.append(p)
    seen: list[str] = []
    for p in probes:
        if p not in seen and p.lower().rstrip("?") not in low:
            seen.append(p)
    return seen[:3]
