"""Hypothetical and future questions: predictions of one's own (or other people's) behaviour,
imagined situations, asks to design the solution."""

from __future__ import annotations

import re

from .model import Problem, QuestionKind
from .topic import _AUX, _DOING, _PARTICIPLES, _PAST, _PLACEHOLDER, _STATIVE, _base, _clean_topic, _past, _topic, ing_base, solution_rewrite
from .sentences import is_check_in
from .words import _BEHAVIOUR_VERBS, _PERMISSION

# a word after a thing that says how much or how often, not what: "the portal more", "the app again"
_HOW_MUCH_AFTER = re.compile(r"\s+(?:a lot |much |far |even |any )?(?:more|less|again|instead|anymore|any more|"
                             r"more often|less often|as much|so much|at all)$", re.I)

# an imagined situation set up, then a question about it ("Imagine we added X. Would you...?")
_IMAGINED = re.compile(r"^(?:imagine|suppose|pretend|picture this|say) (?:that )?(?:we|you|there|it)\b.*"
                       r"\b(?:would|will|'d)\b", re.S)


_FUTURE_VERBS = "|".join(_BEHAVIOUR_VERBS.split() + "renew cancel keep stay continue leave pay".split())


def _base_of(stem: str, strict: bool = True) -> str:
    """The verb behind an -ing form's stem: "us" → "use", "renew" → "renew", "shopp" → "shop".
    Unknown stems come back as the -ing word (``strict``) or as the bare stem."""
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    return ing_base(stem, _FUTURE_VERBS.split("|")) or (stem + "ing" if strict else doubled)


def _intention_rewrite(low: str) -> str:
    """ "Are you likely to renew next year?" → "Can you tell me about the last time you renewed
    something like this? What made you decide?" """
    low = re.sub(r"\b(\w+?)ing\b", lambda g: _base_of(g.group(1)), low)  # "using" → "use"
    m = re.search(rf"\b(?:see|imagine|picture)(?: yourself)? ({_FUTURE_VERBS})\b(.*)|"
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


def _situation_rewrite(s: str) -> str:
    """ "What would you do if a customer was upset because their order never arrived?" → "Can you
    tell me about a time a customer was upset because their order never arrived? What did you
    do?"; "…if you were to have a disagreement…" → "…a time you had a disagreement…"."""
    m = re.search(r"\bwhat (?:would you|you would|you'd) do if (.+?)\s*[?.!]*$", s, re.I)
    generic = "Can you tell me about a time something like that actually happened? What did you do?"
    if not m or _PLACEHOLDER.search(m.group(1)) or len(m.group(1).split()) > 16:
        return generic
    clause = re.sub(r"\byou were to (\w+)", lambda v: "you " + _past(v.group(1).lower()), m.group(1), flags=re.I)
    head = re.findall(r"[a-z']+", clause.lower())[:4]  # the verb after the subject: "a customer was…", "you saw…"
    past = any(w in ("was", "were", "had", "did") or _base(w) != w for w in head)
    if not past or not re.match(r"^(?:you|a|an|the|your|our|some|someone|somebody)\b", clause, re.I):
        return generic  # "…if you see someone…" is no time that happened; "…if it disappeared" is our guess
    return f"Can you tell me about a time {_clean_topic(clause)}? What did you do?"


# The textbook hypothetical: a condition set first, then what the participant would do ("If the
# fee were waived, would you renew?", "If the shop closed, where would you go instead?"): a guess
# about their own behaviour in a situation that may never have come. Not a condition that asks
# leave or sets up recall ("If it's okay with you…", "If you think back to…", "If so, …"), nor a
# request for what they would say ("…, how would you describe it?").
_CONDITION_FIRST = re.compile(
    r"^if\s+(?P<cond>[^,?]{3,100}?),\s*(?:then\s+)?(?P<main>(?:(?:what|how|which|where|who|when|why)\b[^?]{0,40}?\s)?"
    r"(?:would|will|'d|might)\s+(?:you|they|your [\w-]+|you all)\b[^?]*)", re.I)
_ASKS_LEAVE_OR_RECALL = re.compile(
    r"^(?:so|yes|not|no|any|applicable|relevant|possible|needed|necessary)$|"
    r"\b(?:ok(?:ay)?|alright|all right|fine|comfortable|(?:don'?t|do not) mind|not too (?:personal|private)|"
    r"(?:have|got) (?:a )?(?:minute|moment|second|few minutes|time)|think back|look back|remember|recall|"
    r"willing|happy to|wouldn'?t mind|rather not)\b", re.I)
_SAYS_NOT_DOES = re.compile(r"^(?:(?:what|how) )?(?:would|will|could) you (?:mind|be (?:willing|happy|able) to|please|"
                            r"tell|show|walk|talk|describe|share|explain|say|give (?:me|us)|send|help|recommend)\b|"
                            r"^what would (?:you say|it|that|this|they) (?:be\b|look like|mean)|"
                            r"^how would you (?:describe|explain|sum up|put it|define)\b", re.I)
_LATER = re.compile(r"\s+(?:tomorrow|next (?:week|month|year|time)|one day|someday|some day|in the future|"
                    r"from now on|in a year|in the coming \w+)\b", re.I)


def _if_then(s: str) -> re.Match[str] | None:
    """The condition and the ask of an "If …, would you…?" question that guesses at behaviour."""
    m = _CONDITION_FIRST.match(s.strip())
    if not m or _ASKS_LEAVE_OR_RECALL.search(m.group("cond").strip()) or _SAYS_NOT_DOES.match(m.group("main")):
        return None
    return m


def _condition_rewrite(s: str) -> str | None:
    """ "If delivery were free, would you order more?" → "Can you tell me about a time delivery was
    free, if there was one? What did you do?": the condition as something that may have happened,
    asked without taking it for granted (None when the condition is no event in the past tense)."""
    m = _if_then(s)
    if not m:
        return None
    clause = _LATER.sub("", m.group("cond")).strip()
    words = re.findall(r"[A-Za-z']+", clause)
    if not words or _PLACEHOLDER.search(clause) or len(words) > 14:
        return None
    head = [w.lower() for w in words[:4]]

    def in_the_past(w: str) -> bool:
        return w in ("was", "were", "had", "did") or w in _PAST.values() or _base(w) != w

    # the subject: a person, a thing the question names ("the price", "your school", "Premium"), or a
    # bare noun right before its verb ("delivery were free")
    if not re.match(r"^(?:you|we|they|a|an|the|your|our|their|my|some|someone|somebody|[A-Z][\w-]*)\b", clause) \
            and not (len(head) > 1 and in_the_past(head[1])):
        return None
    if not any(in_the_past(w) for w in head[1:]):
        return None  # "If the price goes up, …": no event to ask about, only a guess
    if re.match(r"^[\w'-]+(?: [\w'-]+){0,2}? had (?:\w+ )?(?:\w+ed|" + "|".join(_PARTICIPLES) + "|"
                + "|".join(_PAST.values()) + r")\b", clause, re.I) and not re.match(r"^\w+ had (?:a|an|the|to|no|any|some|more|less)\b", clause, re.I):
        return None  # "If we had offered a specialist, …": what did not happen (no "a time we had offered")
    subject = head[0]
    if subject not in ("you", "we", "they") and not words[0].lower().endswith("s"):
        clause = re.sub(r"\bwere\b", "was", clause, count=1)  # "if delivery were free" → "delivery was free"
    if subject == "you":
        clause = re.sub(r"^you (?:were to|had to) (\w+)", lambda v: "you " + _past(v.group(1).lower()), clause)
    return f"Can you tell me about a time {clause.strip(' ?.!,;')}, if there was one? What did you do?"


# What would move the participant to act: "What would make you come back more often?", "What would
# it take for you to switch?", "What would have to change for you to use it daily?". The answer
# is a guess about their own future behaviour, however open the question's form.
_WOULD_MOVE = re.compile(
    r"\bwhat (?:would|might|will|could) (?:(?:make|get|convince|persuade|encourage|motivate|push|lead|prompt|"
    r"cause|bring) you(?: to)?|it take (?:for you to|to (?:get|make|convince) you(?: to)?)|"
    r"(?:need|have) to (?:happen|change|be different|be true) for you to) "
    r"(?:ever |actually |really |finally )?(?:want to |decide to |choose to |start to )?([a-z]+)\b"
    r"(?: (back|up|in|over|out|away|off))?", re.I)
# acts whose future people are asked to guess (a purchase, a return visit, a switch, a stop)
_ACTS = frozenset(_FUTURE_VERBS.split("|")) | frozenset(
    "come return go stop start order book shop visit sell list stay move give open pick change invite share refer "
    "post review read".split())
_MORE_OF_IT = re.compile(r"\s*(?:[\w']+\s+){0,3}?(?:more(?: often)?|again|less(?: often)?|sooner|instead|"
                         r"regularly|every (?:day|week|month))\b", re.I)


_MORE_OFTEN = re.compile(r"\s*(?:[\w']+\s+){0,3}?(?:more|less|sooner|regularly|every)\b", re.I)
# a return to what they stopped: "come back", "return", "rejoin", "resubscribe"
_COMING_BACK = re.compile(r"^(?:(?:come|go|get|switch) back|return|rejoin|resubscribe|reactivate|restart)\b", re.I)
# verbs that name no act of their own: "What would make you say that?" asks for a reason
_NO_ACT = frozenset("do say make get feel look sound seem decide".split())
_TAKES_A_THING = frozenset("buy purchase order book sell spend pick choose try download install".split())


def _what_would_move(s: str) -> str | None:
    """The rewrite of a question about what would move the participant to act (None when it is
    not one): the last time they did it, and what made them."""
    m = _WOULD_MOVE.search(s)
    if not m:
        return None
    verb, particle = m.group(1).lower(), m.group(2)
    act = verb in _ACTS or verb in _DOING and verb not in _STATIVE and verb not in _NO_ACT \
        or bool(_COMING_BACK.match(verb))
    if not act and not (verb not in _STATIVE and verb not in _NO_ACT and _MORE_OF_IT.match(s[m.end():])):
        return None  # "What would make you feel at home?" asks no act; "…be a 10?" neither
    rest = s[m.end():]
    if (_COMING_BACK.match(f"{verb} {particle or ''}") or verb in ("start", "use", "play") and re.match(
            r"\s*(?:[\w']+\s+){0,4}?again\b", rest, re.I)) and not _MORE_OFTEN.match(rest):
        # "What would make you come back?", "…start using it again?": asked of people who stopped,
        # for whom "the last time you came back" is no time at all: ask about the stopping ("come
        # back more often" is asked of people who still come, and keeps the last time)
        doing = re.match(r"\s*(\w+ing\b[\w' -]{0,30}?)\s+again\b", rest, re.I)
        place = re.match(r"\s*" + ("(?:to )?" if verb == "rejoin" else "to ") + r"((?:a|an|the|our|your|this|that|us|it|them)\b[\w' -]{0,30}?)(?=\s*[?.,;!]|\s+(?:if|and|or)\b|$)",
                         rest, re.I)
        what = f"stopped {_clean_topic(doing.group(1))}" if doing else f"left {_clean_topic(place.group(1))}" \
            if place else "stopped"
        return f"Can you tell me about when you {what}? What was going on for you then?"
    # the thing acted on, when the question names one: "…switch to another bank", "…buy a plan"
    obj = re.match(r"\s*((?:[a-z]+ing )?(?:to |from |with |for |at )?(?:a|an|the|our|your|this|that|another|other|some|"
                   r"us|it|them)\b[\w' -]{0,30}?)"
                   r"(?=\s+(?:more|again|less|and|or|if|when|instead|often|sooner|every|rather)\b|\s*[?.,;!]|$)",
                   rest, re.I)
    thing = f" {_clean_topic(obj.group(1))}" if obj and not _PLACEHOLDER.search(obj.group(1)) else ""
    if not thing and not particle and verb in _TAKES_A_THING:
        thing = " something"  # "…make you buy more?" → "…the last time you bought something?"
    act = f"{_past(verb)}{' ' + particle.lower() if particle else ''}{thing}"
    return f"Can you tell me about the last time you {act}? What made you do it then?"


_BACKSHIFT = {"has": "had", "have": "had", "hasn't": "hadn't", "haven't": "hadn't", "is": "was", "isn't": "wasn't",
              "are": "were", "aren't": "weren't", "does": "did", "doesn't": "didn't", "don't": "didn't",
              "can't": "couldn't", "can": "could", "won't": "wouldn't", "will": "would"}


def _backshift(phrase: str) -> str:
    """A clause told as the past it will be asked about: "a shop that hasn't added anything" →
    "a shop that hadn't added anything"."""
    parts = re.split(r"\b(that|which|who|where)\b", phrase.replace("\u2019", "'"), maxsplit=1)
    if len(parts) < 3:
        return phrase
    head, rel, clause = parts
    # the clause's first verb only ("doesn't have" → "didn't have"), within its first words
    verb = re.search(r"^\s*(?:[\w-]+\s+){0,2}?(" + "|".join(map(re.escape, _BACKSHIFT)) + r")(?![\w'])", clause, re.I)
    if verb:
        clause = clause[: verb.start(1)] + _BACKSHIFT[verb.group(1).lower()] + clause[verb.end(1):]
    return f"{head}{rel}{clause}"


def _check_hypothetical(s: str) -> Problem | None:
    low = s.lower()
    if is_check_in(s):
        return None  # "Would you be comfortable if we used a clip?" asks consent, not a prediction
    # The wish question ("If you could change one thing about X, what would it be?", "If you had a
    # magic wand…", "If you were in charge…") names what matters most now; it asks for no
    # prediction of behaviour (good in every guide that quotes it)
    if re.match(r"^if\b", low) and re.search(r",\s*what would (?:it|that|this|they) (?:be|look like)\s*\??$", low) \
            or re.match(r"^if you\b", low) and re.search(
                r"\bmagic(?:al)? wand\b|\bmagically\b|\bwave a wand\b|\bwere in charge\b|"
                r"\b(?:could|were to) change (?:one|any|a single) thing\b|"
                r"\bone thing (?:you|that you) (?:would|could) change\b", low):
        return None
    verbs = _BEHAVIOUR_VERBS.replace(" ", "|")
    topic = _topic(s)
    main_clause = re.split(r"\s+if\s+", s, maxsplit=1)[0]
    if re.match(r"^if\b[^,]+,\s*\S", s, re.I):  # "If we could…, would that be worth paying for?"
        main_clause = s.split(",", 1)[1].strip()
    if main_clause != s:  # the thing is in the main clause, not in the condition ("…if we offered X")
        topic = _topic(main_clause + "?")
        topic = topic if re.match(r"^(?:the|our|your|a|an|this|that|these)\b", topic, re.I) else "this"
        # the thing is the condition's when the main clause only judges it ("Would you like it if
        # we added a map…?"), not when it names a behaviour ("…order more often if we offered…")
        built = re.search(r"\bif (?:we|you|they|i) (?:\w+ )?(?:built|made|added|offered|launched|created|"
                          r"released) ((?:a|an|the|our|this)\b[^,?]*)", s, re.I)
        if built and not re.match(r"^if\b", s, re.I) and not re.match(
                r"^(?:would|will) you (?:\w+ )?(?:like|love|use|want|try|buy|be interested in|find)\s+"
                r"(?:it|that|this|them)\b", s, re.I):
            built = None
        if topic == "this" and built:  # "If we built a budgeting app, would you use it?"
            topic = _clean_topic(built.group(1))
    topic = topic.rstrip("?!.,; ")  # a quoted question's own mark: "…something like this site??"
    like = topic if topic not in ("this", "it", "that", "x", "you", "them", "people", "someone", "anyone",
                                  "everyone", "others", "users", "customers") else "this"
    if re.search(r"\b(?:did|does|do|had|has|was|were|would|will|could|is|are|you)\b|\bit$|^that\b", like) \
            or like.split()[:1] and like.split()[0].lower() in _BEHAVIOUR_VERBS.split():
        like = "this"  # a clause or a verb phrase, not a thing ("the product did X it", "recommend us")
    like = _HOW_MUCH_AFTER.sub("", like) or like
    past = f"Can you tell me about the last time you needed something like {like}? What did you do?"
    # "Would you increase your gift if…?", "Would you cancel your plan?": something done to their own
    # thing, asked as the last time they did it, not as something "like" it they needed
    done = re.match(r"^(?:would|will) you (?:ever |still |actually |really |then )?([a-z]{3,})\s+((?:your|the|our|their|"
                    r"this|that|my)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?)\s*[?.!]*$", main_clause.strip(), re.I)
    if done and done.group(1).lower() not in _STATIVE | _AUX and not done.group(1).lower().endswith(("ing", "ed")) \
            and not _PLACEHOLDER.search(done.group(2)):
        past = (f"Can you tell me about the last time you {_past(done.group(1).lower())} {_clean_topic(done.group(2))}, "
                "if there was one? What led to it?")
    act = re.search(r"\b(?:would|will|'d) you (?:ever |still |actually |really )?(\w+)\s*[?.!]*$", low)
    if act and topic.lower() == act.group(1):  # "How often would you engage?": the act itself
        past = f"Can you tell me about the last time you {_past(act.group(1))}? What made you do it?"
    # "How likely are you to attend the spring fair?" → the last time they attended one
    likely = re.search(r"\bhow likely (?:are you to|is it (?:that )?you(?:'ll| will)?) (?!recommend\b)(\w+) "
                       r"((?:the|a|an|our|your|this)\b(?: [\w'-]+){1,3}?)(?=\s+(?:at|in|on|for|with|if|when|"
                       r"next|this|again)\b|\s*[?.,]|$)", s, re.I)
    if likely:
        past = (f"Can you tell me about the last time you {_past(likely.group(1).lower())} something like "
                f"{_clean_topic(likely.group(2))}? What made you decide?")
    if re.search(r"\blikely (?:are you|you are|is it that you|would you be|you would be) (?:to )?recommend\b", low):
        # what is recommended is the topic ("us", "the app"), never who it would be told to
        # also an activity: "recommend volunteering with us to a friend"
        told = re.search(r"\brecommend (us|it|them|(?:the|our|this) [\w' -]{1,30}?|[A-Z][\w-]+|"
                         r"[a-z]{3,}ing(?: [\w' -]{1,30}?)?) to\b", s)
        about = told.group(1) if told else "a product you use"
        past = f"Can you tell me about the last time you told someone about {about}? What did you say?"
    mv = re.search(r"\b(?:would|will|'d) you (?:ever |still |actually |really )?(\w+)(?:\s+(up|in|on|to))?\b",
                   low)
    if mv and mv.group(1) in _BEHAVIOUR_VERBS.split() and mv.group(1) not in ("pay", "spend"):
        verb = mv.group(1)
        bare = re.match(r"\s*((?:an? |the |some )?[a-z][\w'-]*(?: [\w'-]+){0,3}?)(?:\s+(?:if|for|when|to|in|on|at|"
                        r"instead|again|every|next)\b|\s*[?.!]*$)", s[mv.end():], re.I)
        one_word = bare and " " not in bare.group(1).strip()
        if one_word and re.search(r"(?:er|ly|est)$|^(?:more|less|again|often|now|today|instead|soon|much|well)$",
                                  bare.group(1).strip(), re.I):
            bare = None  # "Would you sign up faster…?": how, not what
        if like == "this" and bare and len(bare.group(1)) > 2 and not _PLACEHOLDER.search(bare.group(1)) \
                and bare.group(1).lower() not in ("it", "this", "that", "them", "one", "something", "anything") \
                and not re.match(r"^(?:it|this|that|them|me|us|you|more|less|up|out|back|something|anything|what|"
                                 r"how|which|who|where|when|why)\b", bare.group(1), re.I):
            like = _clean_topic(bare.group(1))  # "Would you use automatic tagging?"
        fixed = {"switch": "switched from one product or provider to another",
                 "recommend": "recommended a product to someone",
                 "upgrade": "upgraded a plan or a product",
                 "sign": f"signed up for something like {like}",
                 "subscribe": f"subscribed to something like {like}",
                 "join": f"joined something like {like}"}
        # "Would you use the portal more…?": how much, not what; "something like the portal more" reads wrong
        like = _HOW_MUCH_AFTER.sub("", like) or like
        phrase = fixed.get(verb, f"{_past(verb)} something like {like}")
        past = f"Can you tell me about the last time you {phrase}? What made you decide?"
        # "Would you recommend the line to a friend?": what is recommended stays the topic
        told = re.match(r"\s*((?:the|our|this) [\w'-]+(?: [\w'-]+){0,3}?|us|[A-Z][\w-]+) to\b", s[mv.end():]) \
            if verb == "recommend" else None
        if told and not _PLACEHOLDER.search(told.group(1)):
            past = (f"Can you tell me about any time you have told someone about {_clean_topic(told.group(1))}, "
                    "if there has been one? What did you say?")
        # "Would you buy from a shop that…?": the shop is where, not what; a kind of place or
        # seller described by a clause is one they came across ("…a shop that hadn't added…")
        where = re.match(r"\s*(from|at|with|through|via)\s+((?:a|an|the|some|one)\s+[\w' -]{2,60}?)\s*[?.!]*$",
                         s[mv.end():], re.I)
        if where and not _PLACEHOLDER.search(where.group(2)):
            prep, place = where.group(1).lower(), _clean_topic(where.group(2))
            past = (f"Can you tell me about the last time you came across {_backshift(place)}? What did you do?"
                    if re.search(r"\b(?:that|which|who|where)\b", place, re.I) else
                    f"Can you tell me about the last time you {_past(verb)} {prep} {place}? What made you decide?")
    # "Would you use an app that helps you plan your meals?": the job is the topic, not the app
    job = re.search(r"\b(?:a|an|the|some)\s+(?:[\w-]+\s+){0,2}?(?:that|which|to) (?:helps?|lets?|allows?) "
                    r"you (?:to )?([a-z][\w' -]{2,60}?)(?:\s+(?:better|more easily|faster|easier|quicker))?"
                    r"\s*[?.!]*$", s, re.I)
    if job and not _PLACEHOLDER.search(job.group(1)):
        past = f"Can you tell me about the last time you tried to {_clean_topic(job.group(1))}? What did you use?"
    # "If you had to resolve a conflict with a co-worker, how would you do it?" → the last time
    task = re.match(r"^if you (?:were going to|had to|needed to|wanted to|were to|have to|need to) "
                    r"(?:\w+ly\s+)?(\w+)\b([^,?]{0,60}),\s*(?:how|what) (?:would|will) you\b", s, re.I)
    if task:
        past = (f"Can you tell me about the last time you {_past(task.group(1).lower())} "
                f"{_clean_topic(task.group(2))}? What did you do?").replace(" ?", "?")
    # "The next time you shop for detergent, will you buy this brand?" → the last time they did
    next_time = re.match(r"^(?:the )?next time (?:that )?you (\w+)\b([^,]*),\s*(?:will|would|are) you\b", s, re.I)
    if next_time and next_time.group(1).isalpha():
        past = (f"Can you walk me through the last time you {_past(next_time.group(1).lower())}"
                f"{_clean_topic(' ' + next_time.group(2)) and ' ' + _clean_topic(next_time.group(2))}? "
                "What did you choose?")
    # "Do you think you'll keep using it, or…?", "Do you anticipate expanding how you use it?": a
    # prediction about their own way of working, asked as how it has changed so far
    ahead = re.match(r"^(?:do|did) you (?:think|anticipate|expect|imagine|foresee|see yourself)\s+(?:that\s+)?"
                     r"(?:you(?:'ll| will| would|'d| might| may)\s+)?(?:(?:maintain|expand|stick|chang|shift|find|"
                     r"integrat)(?:e|es|ing)?\b|(?:be |continue |keep )?using it\b)", s, re.I)
    if ahead:
        past = ("How has the way you use it changed since you started? What changed it?"
                if re.search(r"\b(?:us(?:e|ing)|integrat(?:e|ing)) it\b", s, re.I)
                else "How has your approach changed since you started? What changed it?")
    if re.search(r"\bhow much (?:would|will|might|could) you (?:be willing to )?(?:pay|spend|give)\b"
                 r"|\bwould you (?:be willing to )?(?:pay|spend)\b|\bwhat (?:would|should) (?:you|we) "
                 r"(?:pay|charge)\b|\bhow much should we charge\b|\bwhat should we charge\b", low):
        amount = r"(?:\s+(?:[$\u00a3\u20ac]?\d[\d.,]*\S*|\[[^\]]*\]|x)(?:\s+(?:a|per|every|each)\s+\w+)?)?"
        obj = re.search(r"\b(?:pay|spend|charge)" + amount + r"\s+(?:for|on)\s+(.+?)(?:\s+(?:and|or|if|when|because|"
                        r"to)\b|[?.,]|$)", s, re.I)
        thing = _clean_topic(obj.group(1)) if obj else "this"  # "How much would you pay?"
        if _PLACEHOLDER.search(thing) and re.search(r"\b(?:which|that|who)\b", thing):
            thing = "this"  # "…for a product which did y?": a placeholder clause, not a thing
        what = f" on {thing}" if thing.lower() not in ("this", "it", "that", "x") else " on this"
        return Problem(QuestionKind.HYPOTHETICAL,
                       "people cannot predict what they would pay; ask what they spend today",
                       f"What have you spent{what} or its alternatives so far?")
    moved = _what_would_move(s)
    if moved:
        return Problem(QuestionKind.HYPOTHETICAL,
                       "asks what would change the participant's future behaviour, which people "
                       "cannot predict; ask what made them act the last time", moved)
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
    if re.search(r"\b(?:what|how) (?:would you|you would|you'd) (?:do|react|feel|handle|use|change)\b.*"
                 r"\b(?:if|in (?:a |an |this |that |such a |the )?(?:situation|scenario|case) ?\w*)\b", low) \
            or re.search(r"\bif\b.{1,60}?\b(?:were|was|had)\b.*\bwould (?:you|they)\b", low) \
            or re.search(r"^if\b[^,?]{3,80}?\b(?:\w+ed|offered|gave|made|built|could|did|sold|ran|took)\b[^,?]*,\s*"
                         r"would (?:you|they|your \w+)\b", low) \
            or re.search(r"\bwould (?:you|they)\b.*\bif\b.{1,60}?\b(?:were|was)\b", low) \
            or _IMAGINED.match(low):
        return Problem(QuestionKind.HYPOTHETICAL,
                       "asks how the participant would act in an imagined situation; people guess "
                       "badly; ask about a real time instead",
                       past if task else _condition_rewrite(s) or _situation_rewrite(s))
    if _if_then(s):
        past_time = past.replace("?", ", if there was one?", 1) if re.match(r"^Can you tell me about the last time",
                                                                            past) else past
        return Problem(QuestionKind.HYPOTHETICAL,
                       "sets up a situation and asks what the participant would do in it; people guess "
                       "badly at their own behaviour; ask what they did when it actually happened, if it ever did",
                       _condition_rewrite(s) or past_time)
    future = _FUTURE_VERBS
    if re.search(r"\b(?:could|can) you (?:see|imagine|picture) yourself\b|\bsee yourself \w+ing\b|"
                 r"\b(?:could|can) you imagine \w+ing\b", low) \
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
    named = re.search(r"\bwould ((?:a|an|the|this|that|these|such a) [\w' -]{1,60}?) (?:be (?:useful|helpful|"
                      r"valuable|worth (?:it|paying|having)|handy|of use)|save|help|solve|improve)\b", s, re.I)
    # "Would it be easier if you could pay by card?": a change pitched, its benefit to be guessed
    pitched = re.search(r"\bwould (?:it|this|that) (?:be|make (?:it|things|life)) (?:a lot |much |any )?(?:useful|helpful|"
                        r"valuable|handy|easier|better|simpler|faster|quicker|nicer|smoother)\b[^?]*\bif\b", low) \
        and not _PERMISSION.match(low)  # "Would it be helpful if I went over…" offers, in the talk
    if named or pitched or re.search(r"\bwould (?:this|it|that|these) (?:save|help|make|be useful|solve|change|"
                                     r"improve)\b", low):
        thing = _clean_topic(named.group(1)) if named else "this"
        return Problem(QuestionKind.HYPOTHETICAL,
                       "asks for a guess about a future benefit; ask how they handle it today",
                       solution_rewrite(s) if pitched and solution_rewrite(s) else
                       f"How do you manage today without {thing}? Can you walk me through the last time?"
                       if thing.lower() not in ("this", "that", "it") and not _PLACEHOLDER.search(thing)
                       and len(thing.split()) <= 10 else
                       "How do you handle this today? Can you walk me through the last time?")
    if re.search(r"\b(?:ideal|perfect|dream) (?:[\w-]+ ){0,3}?(?:solution|product|tool|app|world|experience|system|"
                 r"service|platform|setup|process|workflow)\b", low) \
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
