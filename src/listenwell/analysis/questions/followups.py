"""The follow-up bank: two or three probes that fit a main question.

A probe follows the answer the question is likely to get: a story gets "what happened next",
a frequency gets "when was the last time", a cost gets "how did you decide it was worth it", a
view gets "what makes you say that". The rules read what the question asks about: its main
clause, not a time set beside it ("…as much as when you bought your pass?" is not about a
purchase). Probes that take an event for granted (a story, a purchase, a difficulty) are not
given under a yes/no question, whose answer may be "no", nor under one about what would be.
The fitting kinds come first, then general probes fill the list (the kit prints those once at
the top, so under a question that nothing fits it prints none: fewer probes, not generic ones).
Check-ins that run the session ("Any questions before we begin?", consent to record) get none.
Every probe here is an open question the checker passes itself, and none presumes the answer
("What made it take that long?" assumes it was long) (tested).
"""

from __future__ import annotations

import re

from .closing import OPEN_FLOOR, closing_prompts
from .form import _answer_form
from .language import looks_english
from .leading import _PRESUMED_AMOUNT
from .sentences import _norm, _sentence_asks, _sentences, _strip_fillers, runs_session

# Tools in use side by side: "alongside the other tools you use", "together with a spreadsheet"
_SIDE_BY_SIDE = (r"\b(?:alongside|together with|in combination with|along with|combined with|next to|on top of|"
                 r"fits? (?:in )?(?:with|into))\b[^?]*\b(?:tools?|apps?|products?|services?|software|programs?|"
                 r"devices?|systems?|spreadsheets?|notebooks?|pen and paper)\b|"
                 r"\bother (?:tools|apps|products|services|software|programs|devices|systems)\b(?: (?:that )?(?:you|your "
                 r"\w+) (?:use|have|rely on|keep)\b|[^?]*\b(?:alongside|together with|in combination with|along with|"
                 r"combined with)\b)")

# (what the question asks about, the probes that follow its answer, whether those probes take
# it that something already happened or went wrong), most specific first
_PROBE_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...], bool], ...] = tuple(
    (re.compile(pattern), probes, past) for pattern, probes, past in (
        # how often: anchor the average in one instance
        # (also a second ask: "How many people do you pay, and how often do you run payroll?")
        (r"(?:^|,\s*(?:and\s+)?|\band\s+)how (?:often|frequently)\b|\bhow many times\b",
         ("When was the last time?", "Can you walk me through what happened that time?"), False),
        # what it costs in money: a purchase was weighed ("money" or "worth" alone is a topic or
        # a value, "to be worth opening every week", not a purchase)
        # ("your budget" is a sum they keep, "check your budget": no purchase weighed)
        (r"\b(?:pay|paid|spend|spent|cost|costs|(?<!your )(?<!their )(?<!the )budget|buy|bought|purchased?)\b|"
         r"\bhow much\b[^?]*\bprice\b",
         ("How did you decide that was worth it?", "Who else was involved in that decision?"), True),
        # how long they have been at it (tenure), not how long something takes
        (r"\bhow long (?:have|has|had) (?:you|they|your [\w-]+)(?: \w+)? been\b|\bhow long ago\b|"
         r"\bhow many years\b",
         ("What got you started?", "What has changed since then?"), False),
        # how long something usually takes: there is a last time to walk through
        (r"\bhow long (?:does|do|will|would|is) (?:it|that|this|the|a|an|your)\b|\bhow much time\b|"
         r"\bhow long\b[^?]*\btakes\b",
         ("What affects how long it takes?", "Can you walk me through the last time?"), False),
        # how long one thing took ("How long did it take before all your staff were set up?"):
        # done once, so there is no "last time"
        (r"\bhow long (?:did|was) \b|\bhow long\b[^?]*\btook\b",
         ("What affected how long it took?", "What happened along the way?"), True),
        # what is at stake
        (r"\bwhat (?:happens|would happen|is at stake|'s at stake)\b|\bat stake\b|\bif you don'?t\b",
         ("When did that last happen? What was it like?", "Who else does it affect?"), False),
        # tools used side by side ("How does the app fit alongside the other tools you use?"):
        # what each is for; nothing was tried and dropped
        (_SIDE_BY_SIDE, ("What do you use each one for?",), False),
        (_SIDE_BY_SIDE, ("Can you walk me through the last time you used them together?",), True),
        # a workaround, a solution tried, a switch: something looked for, and perhaps dropped
        # ("fixed shifts" is a kind of shift, not a fix; "other tools" alone are tools in use);
        # the probes take the search for granted, so a yes/no or a guess ("Wouldn't it be easier
        # to use the app instead?", whose answer may be "no") does not get them
        # (a word inside a name is not the act: "the doubt-solving feature", "a self-fix guide")
        (r"(?<![\w-])(?:solve|solved|solving|fix (?:it|that|this|the)|fixed (?:it|that|this|the)|tried|"
         r"alternative|switch(?:ed|ing)?(?! (?:on|off)\b)|other (?:[\w-]+ )?(?:tools|products|options|apps|"
         r"services)\b[^?]*\b(?:tried|looked at|considered|compared|tested))\b(?!-)",
         ("What have you tried so far?", "What made you stop using the last thing you tried?",
          "Where does that still fall short?"), True),
        # what they do instead, a workaround: in use now; nothing was given up ("What do you do
        # instead when the app is down?" is not "What made you stop using the last thing you tried?")
        (r"(?<![\w-])(?:workarounds?|instead)\b(?!-)",
         ("How well does that work for you?", "Can you walk me through the last time you had to do that?"), True),
        # a beginning: when it started, how they found it, why they chose it (in the past: "How
        # do you decide who gets admin rights?" is a routine, not a beginning)
        (r"\b(?:first|realis\w+|realiz\w+|start(?:ed)? (?:to|using|looking)|began|decided|chose|"
         r"did (?:you|they|your \w+) (?:\w+ )?(?:decide|choose)|"
         r"discover\w*|come across|came across|hear about|heard about|signed up)\b",
         ("What was going on at the time?", "What did you do next?"), True),
        # either way ("What makes it easy or hard to read?"): a quality weighed both ways, not a
        # difficulty that happened (the words are joined before the rules read them: ``_EITHER_WAY``)
        (r"\beitherway\b", ("Can you give me an example of each?",), False),
        # a difficulty
        (r"\b(?:difficult\w*|hard\w*|tough\w*|trick\w*|worst|frustrat\w*|annoy\w*|problem\w*|challeng\w*|"
         r"struggl\w*|pain\w*|"
         r"stuck|went wrong|goes wrong|confus\w*)\b",
         ("Can you tell me about the last time that happened?", "What did you do about it?",
          "How did that make you feel?"), True),
        # what works
        (r"\b(?:works? well|worked well)\b",
         ("Can you give me an example of when it worked well?", "What makes it work for you?"), False),
        # a liking asked about: the answer may be yes or no, so the probes do not assume it
        (r"\b(?:you|they) (?:\w+ )?(?:like|love|enjoy|dislike|hate)\b",
         ("What makes you say that?", "Can you give me an example?"), False),
        # a feeling: what lay behind it, once it was felt; under a yes/no ("Are you nervous before a
        # call?"), whose answer may be "no", the probes do not take it that it was
        (r"\b(?:feel|felt|feeling|worr\w*|excit\w*|upset|happy|nervous)\b",
         ("What made it feel that way?", "Can you give me an example of when you felt that?"), True),
        (r"\b(?:feel|felt|feeling|worr\w*|excit\w*|upset|happy|nervous)\b",
         ("What makes you say that?", "Can you give me an example?"), False),
        # a story: an event asked for ("tell me about" or "describe" alone asks for a description,
        # "How would you describe the builder?", which has no "next")
        (r"\b(?:last time|recent\w*|time when|a time|walk me through|story|happened)\b",
         ("What happened next?", "What was going through your mind then?"), True),
        # a description
        (r"\b(?:describe|tell me about|tell me a (?:bit|little) about)\b",
         ("Can you give me an example?",), False),
        # a view or a guess
        (r"\b(?:think|thought|opinion|impression|expect\w*|view|believe)\b",
         ("What makes you say that?", "Can you give me an example?"), False),
        # a comparison
        (r"\b(?:compare|compared|difference|different|versus|vs)\b",
         ("What made the difference?", "Can you give me an example?"), False),
        # a role or a job: what the days hold
        (r"\b(?:your|their) (?:job|role|occupation|line of work)\b|\bwhat do you do for (?:a living|work)\b",
         ("Can you walk me through a typical day?", "What takes up most of your time?"), False),
        # how they know or make sure of something ("When you give online, how do you know your gift
        # arrived?"): the signs they go by, not what gets in the way of a routine
        (r"\bhow (?:do|did|would|can) you (?:know|tell|find out|make sure|check)\b",
         ("Can you walk me through the last time you checked?", "What, if anything, has left you unsure?"), False),
        # a routine or a process (not "how do you feel / think about…", a view; not "work" or
        # "day" as a topic: "How does this work fit with your family life?" is not a process)
        (r"\b(?:how do you (?!feel|think|see|find|rate|like|describe|know|tell|make sure|check)|process|steps|usually|"
         r"typical(?:ly)?|handle|workflow|routine)\b",
         ("Can you walk me through the last time you did that?", "What, if anything, gets in the way?"), False),
    ))

# A question about what would be or would have to change ("What would need to be true for…",
# "If it did X, would you…") has no past yet: probes that take a story or a purchase for granted
# ("What happened next?", "How did you decide that was worth it?") do not fit it; these ask what
# lies behind the answer, and for a time it came up, if there was one: it may never have, for
# those who never did the thing ("[only if never activated] What would make it worth setting up?")
_FUTURE = re.compile(r"\b(?:would|will|going to|in the future|next year|someday|one day)\b|^if\b|\bwhat if\b")
# "…would have made it easier?" wonders about what might have been: no last time came up
# ...and so does a situation set up to be imagined ("If the school stopped paying for it, what would you
# use?"): "that" may never have happened
_WHAT_MIGHT_HAVE_BEEN = re.compile(r"\b(?:would|could|might) have\b|^if\b[^?]*,\s*(?:\w+\s+){0,3}?(?:would|will)\b|"
                                   r"\bwhat if\b")
# A time or a comparison set beside the ask, dropped before the rules read it: "Do you still
# ride as much as when you bought your pass?" asks about riding, not buying
_BESIDE_THE_ASK = re.compile(r",?\s*\b(?:as (?:much|often|well) as |since |before |after )?when\b[^?,]*"
                             r"|,?\s*\b(?:since|before|after) (?:you|they|we|i) \w+\b[^?,]*")
# Paying people is wages, not a purchase weighed: "How many people do you pay…?" is a count, and
# "How do you pay your staff?" a routine; neither gets "How did you decide that was worth it?"
_PAYING_PEOPLE = re.compile(r"\b(?:pay|paid|paying)\s+(?:all\s+)?(?:your |their |the |our |his |her )?(?:[\w-]+ )?"
                            r"(?:people|staff|employees|workers|team|contractors|freelancers|wages|salar\w+|payroll|"
                            r"crew|drivers|nurses|teachers|cleaners|carers)\b|"
                            r"\bhow many (?:[\w-]+ ){0,2}?(?:people|staff|employees|workers|contractors|freelancers|"
                            r"drivers|nurses|teachers|cleaners|carers) (?:do|does|did) (?:you|they|we|your \w+) "
                            r"(?:pay|paid)\b")
# a quality asked both ways: "easy or hard", "easier or harder", "hard or easy", "good or bad"
_EITHER_WAY = re.compile(r"\b(?:easy|easier|simple|hard|harder|difficult|good|bad|better|worse)\s+or\s+"
                         r"(?:easy|easier|simple|hard|harder|difficult|good|bad|better|worse)\b")
_FUTURE_PROBES = ("What makes you say that?", "Can you tell me about a time that came up for you, if there was one?")

# a probe that asks them to recount one instance, step by step
_RECOUNT = re.compile(r"\bwalk me through\b|\btell me about the last time\b")

_GENERAL_PROBES = (
    "Can you say more about that?",
    "Can you give me an example?",
    "What else should I know about that?",
)


def suggest_followups(text: str, among_english: bool = True) -> list[str]:
    """Two or three probes that fit the question (none for a check-in that runs the session, nor
    for a question not in English: ``among_english`` as in ``check_question``)."""
    low = _norm(text).lower()
    bare = _strip_fillers(low)  # "First, what's your occupation?" is not about a beginning
    # an item whose asks all run the session ("Thanks for joining! Is it ok if we record? The
    # recording stays with us.") gets no probe, whatever is said around the ask
    asks = [x for x in _sentences(text) if _sentence_asks(x)] or [text]
    # the bank is English: under a question in another language its probes would be a mix
    if not low or all(runs_session(x) for x in asks) or not looks_english(text, among_english):
        return []
    if closing_prompts(bare) & OPEN_FLOOR:
        # "Anything else you'd like to add?" hands the floor over: whatever comes is new, and
        # asking for more of it is the one probe that fits
        return [_GENERAL_PROBES[0]]
    future = bool(_FUTURE.search(bare)) and not re.search(r"\bhow would you describe\b", bare)
    guess = bool(_WHAT_MIGHT_HAVE_BEEN.search(bare))
    # "How many problems have you had…?" may be answered "none": like a "no", it leaves no event to follow
    yes_no = any(_answer_form(_strip_fillers(x)) == "yes_no" or _PRESUMED_AMOUNT.match(_strip_fillers(x).strip())
                 for x in asks)
    probes: list[str] = list(_FUTURE_PROBES[:1] if guess else _FUTURE_PROBES) if future else []
    asked = _BESIDE_THE_ASK.sub("", bare) if not bare.startswith(("when", "since")) else bare
    asked = _PAYING_PEOPLE.sub("wages", asked)  # what is asked of the wages stays: "How do you…"
    asked = _EITHER_WAY.sub("eitherway", asked)
    fitted: set[str] = set()
    for pattern, fitting, past in _PROBE_RULES:
        # a rule given again after its probes that take the event for granted stands in for them
        # under a question that may be answered "no"; where those fitted, it is not needed
        if pattern.search(asked) and not (past and (future or yes_no)) and pattern.pattern not in fitted:
            probes += fitting
            if past:
                fitted.add(pattern.pattern)
        if len(probes) >= 3:
            break
    probes += _GENERAL_PROBES
    if re.search(r"\byou\b", asked):  # "How did you feel about…?": the one who felt it is "you"
        probes = [p.replace("What made it feel", "What made you feel") for p in probes]
    chosen: list[str] = []
    for probe in probes:
        # "What did you do next?" and "What happened next?" ask the same thing: one of them
        # ...and so do two asks to recount one instance ("Can you walk me through what happened that
        # time?", "Can you walk me through the last time you did that?")
        twice = probe.endswith("next?") and any(c.endswith("next?") for c in chosen) \
            or bool(_RECOUNT.search(probe)) and any(_RECOUNT.search(c) for c in chosen)
        # ...and under a question about what would be ("What would make you trust the process
        # more?") there is no last time to walk through: "a time that came up, if there was one" asks it
        recount = future and bool(_RECOUNT.search(probe)) and probe not in _FUTURE_PROBES
        if probe not in chosen and not twice and not recount and probe.lower().rstrip("?") not in low:
            chosen.append(probe)
    return chosen[:3]


def bank() -> list[str]:
    """Every probe the bank can suggest (for tests and documentation)."""
    return sorted({p for _, probes, _ in _PROBE_RULES for p in probes} | set(_GENERAL_PROBES) | set(_FUTURE_PROBES))
