"""The thing a question is about, so a rewrite keeps the topic ("Do you like our service?" →
"Can you walk me through how you last used our service?")."""

from __future__ import annotations

import re
from collections.abc import Collection

from .sentences import _TAG_Q, _norm, _sentences, _strip_fillers, _words
from .words import _EVALUATIVE, _WH


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
    # "a feature that…" (not "a way to do that", "what you know about that")
    t = re.sub(r"(?<!\bdo)(?<!\bdid)(?<!\bdoes)(?<!\bknow)(?<!\babout)(?<!\bthink)(?<!\bsay)(?<!\bsaid)"
               r"(?<!\blike)(?<!\bis)(?<!\bwas)(?<!\ball)\s+(?:that|which|who)$", "", t, flags=re.I)
    t = re.sub(r"\b(?:really|very|so|actually|just|ever)\b\s*", "", t, flags=re.I).strip()
    # a time phrase is not part of the topic: "the app next year" → "the app"; its preposition goes
    # with it ("reuse them from last year" → "reuse them", not "…them from?")
    # "every day" takes no preposition: the word before it stays with its verb ("log in every day")
    t = re.sub(r"(?:^|\s+)(?:(?:(?:from|since|during|over|until|till|for|of|in) )?(?:in the |the )?"
               r"(?:next|this|last|past)|every|each) (?:\d+ |few )?(?:years?|months?|weeks?|terms?|semesters?|quarters?|"
               r"times?|days?)$|(?:^|\s+)(?:now|"
               r"today|tomorrow|anymore|again|before|already|yet|so far|recently|lately|at all|frequently|often|a lot|"
               r"occasionally|sometimes|basically|actually|literally|though|then|these days|in the future|much|"
               r"from now on|daily|weekly|regularly|"
               # how much of the time or of the reason: not part of one time ("…the last time you gave mainly?")
               r"mainly|mostly|largely|primarily|chiefly|partly|usually|normally|generally|typically|"
               r"somewhere|anywhere|everywhere)$",
               "", t, flags=re.I).strip()
    return t


_FUNCTION = frozenset("to for of in on at by with from about it be been is are was were do does did have has "
                      "had a an the and or but so that this there get make".split())
_LOADED = {"confusing", "frustrating", "annoying", "horrible", "ugly", "terrible", "awful", "clunky",
           "broken", "outdated", "amazing", "awesome", "fantastic", "wonderful", "beautiful", "brilliant"}
_JUDGEMENTS = set(_EVALUATIVE) | _LOADED
# a claim's verdict ("privacy is important", "it is too expensive"): the judgements above and
# the words a claim put up for agreement is usually judged with
_NOT_ADJECTIVES = frozenset("like liked love loved enjoy enjoyed hate kind worth best".split())
_VERDICTS = _JUDGEMENTS | {"expensive", "cheap", "necessary", "essential", "vital", "crucial", "wrong", "right",
                           "fair", "unfair", "pointless", "useless", "overpriced", "harmful", "dangerous",
                           "safe", "healthy", "unhealthy"}


# a degree said of the thing's quality, after it: "find the app too complicated", "the team really helpful"
_INTENSIFIERS = frozenset("too overly excessively very really quite pretty rather extremely super".split())


def _cut_at_judgement(topic: str) -> str:
    """'our customer service team helpful' → 'our customer service team'; 'your most important or
    valuable notes' → 'your notes'."""
    run = re.match(r"^((?:the|our|your|this|that|these|my)\s+)((?:(?:most|more|least|very|really|so|or|and|"
                   + "|".join(sorted(_JUDGEMENTS | {"valuable", "important"})) + r")\s+)+)(\w.*)$", topic, re.I)
    if run and re.search(r"\b(?:most|more|least|or|and)\b", run.group(2), re.I):
        topic = run.group(1) + run.group(3)
    words = topic.split()
    for i, w in enumerate(words):
        if i and w.lower() in ("much", "far", "way", "even", "so") and i + 1 < len(words) \
                and re.fullmatch(r"[a-z]{3,}(?:er|ier)", words[i + 1].lower()):
            words = words[:i]  # a comparison judged: "the new hub much clearer (than…)"
            break
        if w.lower().strip(",.") in _JUDGEMENTS and 0 < i < len(words) - 1 \
                and words[i - 1].lower() in ("the", "our", "your", "this", "that", "these", "my"):
            words = words[:i] + words[i + 1:]  # "the confusing menu" → "the menu"
            break
        if w.lower().strip(",.") in _EVALUATIVE or w.lower() in ("a", "an") and i > 0:
            words = words[:i]
            break
        if i >= 2 and i + 1 < len(words) and w.lower() in _INTENSIFIERS \
                and words[i - 1].lower() not in ("the", "our", "your", "this", "that", "these", "my", "a", "an"):
            words = words[:i]  # a quality judged after the thing: "the current app too complicated"
            break
    # an intensifier left before the cut judgement: "the new hub much (easier)"
    t = re.sub(r"\s+(?:much|far|way|even|a lot|a bit|so|too)$", "", " ".join(words), flags=re.I)
    return t if t and t.lower() not in ("this", "it", "that", "there", "the", "our", "your", "a", "an",
                                        "my", "these", "those") else "this"


def _tidy(topic: str) -> str:
    """A quotation or a list begins after a colon; a cut phrase does not end on a preposition."""
    topic = re.split(r"\s*[:\"\u201c\u201d]", topic)[0]
    return re.sub(r"(?:\s+(?:in terms of|of|in|on|at|for|with|to|about|by|and|or))+$", "", topic, flags=re.I)


def _topic(sentence: str) -> str:
    """The noun phrase a question is about, e.g. 'Do you like our service?' → 'our service'."""
    s = _strip_fillers(_norm(sentence)).rstrip("?.! ")
    # nor who is said to hold a view: "Most people find the form frustrating, do you?"
    s = _ATTRIBUTION.sub("", s)
    # nor the label of a survey statement: "Agree/Disagree: the bus is reliable."
    s = re.sub(r"^(?:strongly )?agree ?(?:/|or|-) ?(?:strongly )?disagree\s*[:\-\u2013]\s*", "", s, flags=re.I)
    # the frame of a rating is not the topic: "On a scale of 1-10, how painful is this?"
    s = re.sub(r"^on a scale (?:of|from)\b.*,\s*(?=(?:how|what|which|where|when|who|to what)\b)|"
               r"^on a scale (?:of|from)\b[^,]*,\s*|\s+(?:on|using) a scale (?:of|from)\b.*$|"
               r"\s*\(\s*\d+\s*[-\u2013]\s*\d+\s*\)", "", s, flags=re.I)
    low = s.lower()
    # "… about X", "… with X", "… of X", "… for X" usually names the topic
    # a thing named in a condition or a time clause is not what the question is about when the ask
    # before it names one of its own ("How useful was the Check-in when you went on your last
    # date?"), nor when the ask is a wish ("Wouldn't you feel safer if everyone had a verified photo?")
    main = re.split(r"\s+(?:if|when|whenever|while|once|unless)\s+", s, maxsplit=1, flags=re.I)[0]
    scope = main if main != s and (re.search(r"\b(?:the|our|your|this|these|my)\s+\w", main, re.I)
                                   or re.match(r"\s+(?:if|unless)\s", s[len(main):], re.I)) else s
    m = next((c for c in re.finditer(r"\b(?:about|with|of|for|using|on)\s+((?:the|our|your|this|that|these|a|an|my)"
                                     r"\b[^?,.;]*)", scope, re.I)
              if not re.match(r"^(?:the|a) (?:time|scale|while|moment|way)\b|^your experience\b",
                              c.group(1), re.I)), None)
    if m:
        t = m.group(1)
        t = re.split(r"\s+(?:and|or|is|are|was|were|so|because|than|if|when)\s+", t)[0]
        return _cut_at_judgement(_tidy(_clean_topic(t))) or "this"
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
    topic = _tidy(topic)
    topic = re.sub(r",\s*(?:right|correct|yes|no|isn'?t it|aren'?t they|don'?t you|do you)$", "", topic,
                   flags=re.I)  # a tag is not part of the thing
    topic = re.sub(r"^that\s+(?=(?:the|our|your|this|these|those|a|an|my)\b)", "", topic, flags=re.I)
    topic = re.sub(r"^[A-Z][a-z]+ing\b", lambda g: g.group(0).lower(), topic)  # "Keeping staff…"
    if all(w.lower() in _FUNCTION for w in _words(topic)) or re.match(r"^(?:that'?s|or|i)\b", topic, re.I):
        return "this"  # "to", "it be", "that's inefficient", "or disagree": no thing named
    # a determiner that began the question is not capitalised mid-sentence: "This product…"
    topic = re.sub(r"^(?:The|This|That|These|Those|Our|Your|My|Their|A|An)(?=\s)",
                   lambda d: d.group(0).lower(), topic)
    if re.search(r"\byou\b|\b(?:should|would|could|must|did|does)\b|^(?:be|been)\b|^that \w+ (?:is|are|was|were|will|can)\b"
                 r"|^(?:the|a) (?:time|while|moment|way|day)$|^(?:know|think|feel|want|need|like|have|use|"
                 r"get|do|make|see|say)\b|^\d", topic, re.I):
        return "this"  # a clause ("you since switching", "that schools should not…"), not a thing
    return topic or "this"


def _verb_phrase(sentence: str) -> tuple[str, str] | None:
    """For 'Do you VERB REST?' return (verb, rest); None for other shapes."""
    s = _strip_fillers(_norm(sentence)).rstrip("?.! ")
    m = re.match(r"^(?:do|did|have|can|could|will|would)\s+you\s+(?:(?:ever|never|usually|currently|still|also|"
                 r"just|always|often|sometimes|really|actually|\w+ly)\s+)*"
                 r"(?!(?:ever|never|usually|currently|still|also|just|always|often|sometimes|really|actually|as|"
                 r"a|an|the|to|in|on|at|for|of|with|by|from|not)\b)(\w+)\s*(.*)$", s, re.I)
    if not m or m.group(1).lower().endswith("ly") or m.group(1)[:1].isupper() \
            or re.search(r"(?:ative|itive|ous|ful|able|ible|ical)$", m.group(1).lower()):
        return None  # "Have you John Tester winning?", "Do you conservative pundits…?": no verb there
    verb = m.group(1).lower()
    if s.lower().startswith("have"):  # "Have you ever paid for…?" → pay, "…taken up…?" → take
        verb = _PARTICIPLES.get(verb) or _base(verb)
    return verb, m.group(2)


def _base(past: str) -> str:
    """The verb a past form comes from: "paid" → "pay", "visited" → "visit", "moved" → "move",
    "stopped" → "stop"; a word that is not a past form is returned as it is."""
    irregular = next((base for base, p in _PAST.items() if p == past), None)
    if irregular or not past.endswith("ed") or past.endswith("eed"):
        return irregular or past
    stem = past[:-2]  # "liked" → "like", "stopped" → "stop" when the verb is known; else a form
    # that gives the same past again ("lied" → "lie")
    # "stayed" → "stay", "renewed" → "renew", "rained" → "rain": not "staye", "renewe", "raine"
    return ing_base(stem, _KNOWN_VERBS) or next(
        (b for b in ((stem,) if re.search(r"[wxy]$|[aeiou]{2}[b-df-hj-np-rtv-z]$", stem) else ()) + (stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1]
                                                                else None, stem) if b and _past(b) == past),
        stem)


_PARTICIPLES = {"taken": "take", "given": "give", "seen": "see", "done": "do", "gone": "go", "written": "write",
                "eaten": "eat", "driven": "drive", "spoken": "speak", "chosen": "choose", "forgotten": "forget",
                "fallen": "fall", "been": "be", "known": "know", "begun": "begin", "broken": "break",
                "grown": "grow", "thrown": "throw", "worn": "wear", "flown": "fly", "ridden": "ride",
                "become": "become", "come": "come", "run": "run", "swum": "swim", "sung": "sing"}


_PAST = {"use": "used", "have": "had", "take": "took", "buy": "bought", "pay": "paid",
         "find": "found", "get": "got", "make": "made", "go": "went", "try": "tried",
         "spend": "spent", "do": "did", "run": "ran", "see": "saw", "give": "gave",
         "send": "sent", "read": "read", "write": "wrote", "choose": "chose", "think": "thought",
         "feel": "felt", "know": "knew", "keep": "kept", "leave": "left", "pick": "picked",
         "shop": "shopped", "plan": "planned", "stop": "stopped", "travel": "travelled",
         "teach": "taught", "bring": "brought", "catch": "caught", "sell": "sold", "tell": "told",
         "eat": "ate", "drive": "drove", "ride": "rode", "speak": "spoke", "meet": "met", "lose": "lost",
         "build": "built", "feed": "fed", "fly": "flew", "grow": "grew", "draw": "drew", "wear": "wore",
         "hear": "heard", "hold": "held", "win": "won", "begin": "began", "break": "broke",
         "forget": "forgot", "lead": "led", "put": "put", "set": "set", "cut": "cut", "quit": "quit",
         "sleep": "slept", "swim": "swam", "throw": "threw", "become": "became", "come": "came",
         "fall": "fell", "fight": "fought", "say": "said", "sing": "sang", "lend": "lent", "hit": "hit",
         "shut": "shut", "cost": "cost", "upload": "uploaded", "submit": "submitted", "commit": "committed",
         "refer": "referred", "prefer": "preferred", "admit": "admitted", "chat": "chatted", "beat": "beat",
         "deal": "dealt", "stand": "stood", "understand": "understood", "hang": "hung", "dig": "dug",
         "stick": "stuck", "spin": "spun", "bet": "bet", "let": "let", "seek": "sought",
         "drink": "drank", "sit": "sat", "wake": "woke", "shake": "shook", "hide": "hid", "ring": "rang",
         "steal": "stole", "freeze": "froze", "bite": "bit", "sink": "sank", "drop": "dropped",
         "cancel": "cancelled"}
# Verbs of a state or of the mind: "the last time you knew…" does not read
_STATIVE = frozenset("know understand believe remember mean own belong need want agree like love hate prefer "
                     "think feel find consider mind seem care wish hope expect realize realise recognize "
                     "recognise trust be am is are was were have has had see hear dislike appreciate enjoy "
                     "suppose guess imagine doubt deserve matter depend contain consist exist support approve "
                     "disapprove favor favour oppose live".split())


def _past(verb: str) -> str:
    if verb in _PAST:
        return _PAST[verb]
    if verb.endswith("ed") and not verb.endswith("eed"):
        return verb  # already in the past: "You visited the store?"
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def policy_rewrite(sentence: str) -> str | None:
    """An opinion on what others should do, asked for as the participant's view: "Do you think
    the council should build more bike lanes?", "Do you agree that…should…?", "Should cyclists
    be allowed on the pavement?" → "What are your views on whether…?"."""
    vp = _verb_phrase(sentence)
    if vp is None:
        return should_rewrite(sentence)
    verb, rest = vp
    should = re.match(r"^(?:that\s+)?(.{3,80}?)\s+(?:should|must|ought to)\s+(.+)$", rest, re.I)
    if verb in ("think", "believe", "feel", "agree") and should \
            and not re.match(r"^(?:i|we|you)\b", should.group(1), re.I):
        view = re.split(r",\s*(?:and|or|but)\b", re.sub(r"^that\s+", "", rest, flags=re.I))[0]
        return f"What are your views on whether {_clean_topic(view)}?"
    # "Do you believe (that) young people welcome some authority?": a claim about the world, not
    # about the participant or a thing they use, and no prediction in it
    claim = re.sub(r"^that\s+", "", rest, flags=re.I)
    if verb in ("think", "believe") and len(_words(claim)) >= 4 \
            and not re.match(r"^(?:i|we|you|it|this|that|there|they)\b", claim, re.I) \
            and not re.search(r"\b(?:would|could|will|might|can|may|you|your|we|our|us|i|my|me)\b", claim, re.I) \
            and not re.search(r"\b(?:is|are|was|were)\s+(?:(?:very|so|too|really|quite|more|less|a|an)\s+)?"
                              r"(?:" + "|".join(sorted(_JUDGEMENTS)) + r")\b", claim, re.I) \
            and not re.search(r"\b(?:is|are|was|were)\s+(?:[\w-]+\s+)?[\w-]+$", claim, re.I) \
            and not re.match(r"^(?:,|along with|like|as)\b", claim, re.I) \
            and not _PLACEHOLDER.search(claim) and len(_words(claim)) <= 14:
        return f"What are your views on whether {_clean_topic(claim)}?"
    return None


# Things a person uses, so "how you last used X" reads; anything else is described instead
_USABLE = frozenset(
    "app apps service services product products tool tools site website websites feature features checkout "
    "dashboard menu system platform software card account portal form page device phone program programme "
    "machine car bike subscription store shop library gym bank kiosk printer search filter editor calendar "
    "integration extension plugin chatbot assistant interface option options setting settings mode template "
    "templates report reports version update browser email newsletter map maps game tracker planner "
    "scheduler wallet button".split())


def _usable(topic: str) -> bool:
    words = topic.lower().split()
    return bool(words) and words[-1].strip("'") in _USABLE


_CONTRACTED = {"you're": ("are", "you"), "you've": ("have", "you"), "you'll": ("will", "you"),
               "you'd": ("would", "you")}
# Words after "you" in speech that are not its verb: "you all", "you guys", "you gotta"
_NOT_VERBS = frozenset("all guys gotta gonna wanna maybe just kind sort both two folks people lot only even actually "
                       "literally basically know mean".split())
_ASKING_AUX = frozenset("am is are was were can could will would should have has had do does did".split())
_NEGATED = {"didn't": "did", "don't": "do", "doesn't": "does", "wasn't": "was", "weren't": "were",
            "isn't": "is", "aren't": "are", "can't": "can", "won't": "will", "haven't": "have",
            "hasn't": "has", "wouldn't": "would", "couldn't": "could"}


def as_asked(sentence: str) -> str | None:
    """A statement handed over for a yes ("You visited the store, didn't you?", "You were at
    the bank?") as the yes/no question it stands for ("Did you visit the store?", "Were you at
    the bank?"), so the usual rewrites find its topic. None when the sentence is not such a
    statement, or is spoken in a way that cannot be turned round ("you guys know…")."""
    s = _strip_fillers(_norm(sentence)).strip()
    s = _TAG_Q.sub("", s).strip().rstrip(",.?! ")
    m = re.match(r"^(you|it|this|that|there|he|she|they|we|(?:the|your|our|my|their) [\w-]+)\s+"
                 r"(?:(?:probably|really|surely|definitely|also|still|obviously)\s+)?([\w']+)\b\s*(.*)$", s, re.I)
    if not m:
        c = re.match(r"^(you're|you've|you'll|you'd)\s+(.*)$", s, re.I)
        if not c:
            return None
        aux, subject = _CONTRACTED[c.group(1).lower()]
        return f"{aux.capitalize()} {subject} {c.group(2)}?"
    subject, verb, rest = m.group(1), m.group(2).lower(), re.split(r",\s*", m.group(3))[0]
    if verb in _NOT_VERBS or verb.endswith("ing") or not verb.replace("'", "").isalpha() \
            or m.group(2)[:1].isupper() or re.search(r"(?:ative|itive|ous|ful|able|ible|ical)$", verb) \
            or verb == "like" and re.match(r"^\w+ed\b", rest):  # "you like pretended…": a filler
        return None  # "You all ready?", "you guys know…", "you gotta…": spoken, not a statement to turn
    subject = subject[:1].lower() + subject[1:]  # it opened the sentence: "The light was green"
    if verb in _NEGATED:
        verb = _NEGATED[verb]  # "You didn't see the sign, did you?" asks whether you saw it
        rest = re.sub(r"^(?:really|even|ever)\s+", "", rest, flags=re.I)
    if subject.lower() in ("it", "this", "that", "there", "he", "she", "they", "we"):
        return None  # "It was raining, wasn't it?": nothing the participant did or used
    if verb in _ASKING_AUX:
        return f"{verb.capitalize()} {subject} {rest}".rstrip() + "?"
    if subject.lower() != "you" or verb in ("must", "might", "may"):
        return None
    base = _base(verb)  # in the past: "You visited the store" → "Did you visit the store?"
    return f"{'Did' if base != verb else 'Do'} you {base} {rest}".rstrip() + "?"


_FEELINGS = frozenset(
    "afraid scared nervous anxious worried concerned upset angry sad happy unhappy glad proud ashamed embarrassed "
    "excited bored frustrated satisfied dissatisfied disappointed stressed enraged annoyed pleased confused "
    "motivated surprised relieved lonely".split())
# A frame before the ask, not part of it: "In the past year, have you…", "Given the changes, do you…"
_LEAD_IN = re.compile(r"^(?:in|during|over|within) (?:the |an? )?(?:past|last|average|typical)\b[^,?]{0,20}?,?\s+"
                      r"(?=(?:have|has|do|does|did|are|is|was|were|would|will|can)\b)|^given [^,?]{3,60},\s+", re.I)


# What a thing does, after "Did the notebook…": "provide", "work", "crash"
_DOING = frozenset(set(_PAST) | set("provide work help show offer support include allow cover explain approve review "
                                    "check track manage share order answer change handle respond reply ask charge "
                                    "cost update load crash fail ship arrive maintain "
                                    # verbs whose -ing and -ed forms hide the base: "moving", "cancelled"
                                    "move save close compare prepare store decide create rate schedule purchase "
                                    "receive serve solve improve remove continue require produce reduce describe "
                                    "subscribe unsubscribe cancel travel label type delete complete upgrade "
                                    "downgrade configure automate operate negotiate hire refuse browse raise replace "
                                    "place price notice practise practice measure explore ignore file organise "
                                    "organize exercise budget argue cope".split()))
_KNOWN_VERBS = _DOING | _STATIVE | frozenset(
    "enjoy dislike appreciate consider agree prefer move close hope vote rate save use".split())


_CHANGE_VERB = (r"(?:change|changed|shift|shifted|affect|affected|influence|influenced|alter|altered|impact|"
                r"impacted|evolve|evolved|transform|transformed)")


def change_rewrite(plain: str) -> str | None:
    """A yes/no question about change, asked as how it changed: "Has it shifted how you plan?" →
    "How, if at all, has it shifted how you plan?"; a change predicted, asked about so far:
    "Do you think your approach will change?" → "How has your approach changed so far?"."""
    predicted = re.match(
        r"^(?:do|did) you (?:think|anticipate|expect|imagine|see|foresee|believe) (?:that )?"
        r"((?:the|your|our|this|that|these|those|its|their)\b[^?,]{1,60}?) (?:will|might|would|could|may|is going to|"
        r"are going to) (?:\w+ly )?(?:change|shift|evolve|stay the same|remain the same|be different)\b", plain, re.I)
    if predicted:
        subject = _clean_topic(predicted.group(1))
        head = re.split(r"\s+(?:around|with|of|in|for|that|to|you|when|as|on|about)\b", subject)[0].split()[-1]
        plural = " and " in subject or re.search(r"[^sui]s$", head.lower()) is not None and head.lower() != "its"
        return f"How {'have' if plural else 'has'} {subject} changed so far?"
    # a change claimed for confirmation, or asked about with its direction: "Surely the no-show rate
    # has gone down since…?", "Has the queue got shorter?" → "How, if at all, has … changed…?"
    claimed = re.match(r"^(?:(?:surely|clearly|obviously|of course|so|and)\b,?\s+)?(?:(has|have) )?((?:the|your|our|"
                       r"this|that|these|those|its|their)\b[^?,]{1,60}?) (?(1)|(has|have) )(?:really |definitely |"
                       r"certainly )?(?:gone (?:down|up)|dropped|fallen|risen|increased|decreased|declined|grown|"
                       r"improved|worsened|shrunk|got(?:ten)? (?:better|worse|\w+er))\b(.*)$", plain, re.I)
    if claimed and not _PLACEHOLDER.search(claimed.group(2)):
        aux = (claimed.group(1) or claimed.group(3)).lower()
        thing = re.sub(r"^(?:The|Your|Our|This|That|These|Those|Its|Their)\b", lambda d: d.group(0).lower(),
                       claimed.group(2))
        rest = re.sub(r",\s*(?:right|correct|yes|no|(?:isn't|hasn't|haven't|hadn't|didn't) (?:it|they|that))\s*$", "",
                      claimed.group(4))  # the tag asked for agreement, not part of the change
        return f"How, if at all, {aux} {thing} changed{rest}?"
    asked = re.match(rf"^(has|have|did|does|do) ((?:[\w'-]+ ){{0,7}}?[\w'-]+) (?:ever |really )?({_CHANGE_VERB})\b(.*)$",
                     plain, re.I)
    if asked and not re.search(r"\b(?:you|it|they|this|that)\s+(?!ever\b)\w+ed\b|\bto$", asked.group(2), re.I) \
            and (asked.group(2).lower() != "you" or re.match(r"\s+(?:how|what|the way|your)\b", asked.group(4), re.I)):
        # "Did you change banks?" is an event to walk through, "Do you want to change…?" a want
        rest = re.split(r",\s+or\s+", re.sub(r"\s+at all\b", "", asked.group(4)))[0].rstrip(" ,")
        return f"How, if at all, {asked.group(1).lower()} {asked.group(2)} {asked.group(3)}{rest}?"
    return None


_PHRASE_STARTS = frozenset("to for in on at with from by about because so when while if or and that which whether "
                           "how what where who why depending including especially even but".split())
# words that cannot end the cut: "…depending on | whether…", "…the problem is | how…"
_LEAVES_HANGING = frozenset("to for in on at with from by about of the a an your our their my is are was were be "
                            "been whether how what and or but depending according based due than".split())


# What one has as an event, not a belonging: "Do you have lunch at your desk?", "…trouble logging
# in?", "…meetings about it?" can be asked as the last time
_HAD_EVENTS = frozenset("breakfast lunch dinner coffee tea drink drinks snack snacks meal meals meeting meetings call calls "
                        "chat chats conversation conversations appointment appointments visit visits trouble problem "
                        "problems issue issues difficulty difficulties go look try break breaks chance chances accident "
                        "accidents argument arguments party parties holiday holidays day days time fun questions "
                        "question reaction reactions fight fights talk talks session sessions class classes "
                        "lesson lessons".split())


def _owned_rewrite(plain: str) -> str | None:
    """ "Do you have reliable internet at home?" → "Can you tell me about your internet at home?";
    "Do you have a smartphone?" → "…about your smartphone?". Not an event had ("lunch", "trouble"),
    an obligation ("have to") or "any" (asked as "any …" elsewhere)."""
    m = re.match(r"^(?:do|does) you (?:currently |still |already |now |also |actually )?have (?:got )?"
                 r"(?:(?:a|an|some)\s+)?(.+)$", plain, re.I)
    if m is None:
        return None
    words = m.group(1).split()
    verdicts = _JUDGEMENTS - {"favourite", "favorite", "important", "valuable", "kind"} | {
        "stable", "decent", "proper", "regular", "steady", "enough", "sufficient", "adequate"}
    while len(words) > 1 and words[0].lower() in verdicts:
        words = words[1:]  # the verdict on it goes: "reliable internet" → "internet"
    first = words[0].lower() if words else ""
    if not first or first in _HAD_EVENTS | _DETERMINERS | {"to", "any", "no", "it", "them", "that", "this", "one",
                                                           "got", "been", "had", "enough", "more", "less"} \
            or not first.isalpha():
        return None
    thing = _clean_topic(" ".join(words))
    if not thing or _PLACEHOLDER.search(thing) or len(thing.split()) > 10 or not _is_thing(thing):
        return None
    return f"Can you tell me about your {thing}?"


# how easy a thing was to do, asked yes or no: "Was it easy to reach a person?", "Is it hard for you to
# find a seat?"
_EASE_TO = re.compile(r"^(is|was|were) it (?:(?:very|really|too|so|pretty|quite) )?(?:easy|easier|hard|harder|difficult|"
                      r"simple|quick|straightforward|complicated|tricky|possible|clear|convenient)"
                      r" (?:for (?:you|them) )?to ([a-z][\w'-]*(?: [\w'-]+){0,8})$", re.I)


def _experience_rewrite(sentence: str) -> str:
    """A past-behaviour, open rewrite that keeps the topic."""
    sentence = as_asked(sentence) or sentence
    sentence = _LEAD_IN.sub("", _strip_fillers(_norm(sentence)))
    sentence = re.sub(r"\s+of any (?:kind|sort|type)(?=\s*[?.!]*$)", "", sentence, flags=re.I)  # "…area of any kind?"
    policy = policy_rewrite(sentence)
    if policy:
        return policy
    plain = _strip_fillers(_norm(sentence)).rstrip("?.! ")
    # "Was it easy to reach a person?" → "What was it like to reach a person?": the doing stays the
    # topic, not what it was done to ("your experience with a person")
    like = _EASE_TO.match(plain)
    if like and not _PLACEHOLDER.search(like.group(2)):
        return f"What {'is' if like.group(1).lower() == 'is' else 'was'} it like to {like.group(2)}?"
    # "Is there support that you wish you had…?" → "What support do you wish you had…?"
    there = re.match(r"^(?:is|are) there (?:a |an |any |some )?((?:[\w-]+ ){0,2}?[\w-]+) (?:that |which )?"
                     r"you ((?!(?:are|were|was|have|had|did|do|'re)\b)[a-z]+)\b(.*)$", plain, re.I)
    if there and not there.group(2).endswith("ed"):
        return f"What {there.group(1)} do you {there.group(2)}{there.group(3)}?"
    # "Do you have any favourite websites?" → "Can you tell me about any favourite websites?"
    have_any = re.match(r"^(?:do|did) you (?:have|had) (any .+)$", plain, re.I)
    if have_any and not _PLACEHOLDER.search(have_any.group(1)):
        return f"Can you tell me about {_clean_topic(have_any.group(1))}?"
    # "Do you have reliable internet at home?": something owned or at hand, a state, not an event
    # ("the last time you had a car" does not read); asked about as theirs, without the verdict
    # ("reliable"), which someone without it would have to deny
    owned = _owned_rewrite(plain)
    if owned:
        return owned
    # "Have you tried any other tools?", "…tried other tools?" → "What other tools have you tried?"
    which = re.match(r"^(have|did) (you|they) (noticed?|seen|see|found|find|come across|run into|experienced?|heard|"
                     r"hear|tried|try|used|use|considered|consider|looked at|look at|encountered|encounter|faced|face|"
                     r"received|receive|spotted|spot) (?:any |(?=other\b))((?:other |new |particular )?[\w'-]+"
                     r"(?:\s+(?!(?:in|with|without|within|through|about|from|that|which|where|when|for|on|to|while|"
                     r"during|at|or|and|you|they|like|since|after|before|over|across|around|by|of|into|so|because|"
                     r"if|yet|now|recently|lately|between|among|against|outside|inside|under|than|via|per|as|"
                     r"whether|using|when)\b)[\w'-]+){0,1})\b(.*)$", plain, re.I)
    if which and not _PLACEHOLDER.search(which.group(4)):
        aux, who, verb, thing, rest = which.groups()
        return f"What {thing} {aux.lower()} {who.lower()} {verb}{rest}?"
    # "Would you say you travel abroad often?", "Did I hear you say you published…?": the statement inside
    # "Would you say the app has changed the way you…?": the claim inside, about the thing, too
    said_you = re.match(r"^(?:would you say|did i hear you say|did you say|are you saying) (?:that )?"
                        r"(you\b.+|(?:the|your|our|this|these|those|its|their) .+)$", plain, re.I)
    inner = as_asked(said_you.group(1)) if said_you else None
    # "Would you say reading at home is a struggle or a joy in your house?": an opinion asked as this or
    # that, not something they once said: how it goes, or how they would describe the thing
    opinion = re.match(r"^would you say (?:that )?(?!you\b|i\b|we\b|they\b|it\b)([\w'-]+(?: [\w'-]+){0,5}?) "
                       r"(is|are|was|were) (?:(?:a|an|very|really|more|less|quite|too|so|pretty)\s+)*[\w-]+"
                       r"(?: or (?:(?:a|an|very|really|more|less|quite|too|so|pretty)\s+)*[\w-]+)?"
                       r"((?: (?:in|at|for|with|on|during|around|among) [\w' -]{1,40})?)$", plain, re.I)
    if opinion and not _PLACEHOLDER.search(opinion.group(1)):
        subject, verb, tail = opinion.groups()
        if subject.split()[0].lower().endswith("ing"):  # an activity: how it goes
            return f"How {'did' if verb.lower() in ('was', 'were') else 'does'} {subject} go{tail}?"
        return f"How would you describe {subject}{tail}?"
    claim = said_you and re.match(r"^((?:the|your|our|this|these|those|its|their) [\w'-]+(?: [\w'-]+){0,3}?) "
                                  r"(has|have|had|is|are|was|were) (.+)$", said_you.group(1), re.I)
    if claim and not inner:  # "…the loyalty card has changed…" → "Has the loyalty card changed…?"
        inner = f"{claim.group(2).capitalize()} {claim.group(1)} {claim.group(3)}?"
    if inner:
        return _experience_rewrite(inner)
    # "Were you upset?", "Are you happy with the rota?": the feeling is the participant's to name
    felt = re.match(r"^(are|were|was|is|do|did) you (?:feel |feeling )?(?:(?:very|really|so|more|less|at all|"
                    r"a bit)\s+)*(\w+)\b\s*(.*)$", plain, re.I)
    if felt and felt.group(2).lower() in _FEELINGS:
        about = re.match(r"^(?:about|with|by|of|at)\s+(?!that\b|you\b|it\b|this\b|them\b)(.{2,80})$",
                         felt.group(3), re.I)
        past = felt.group(1).lower() in ("were", "was", "did")
        if about:
            return f"How {'did' if past else 'do'} you feel about {_clean_topic(about.group(1))}?"
        when = re.match(r"^when\s+(.{3,60})$", felt.group(3), re.I)
        if when:  # "Were you upset when you found out?" → "How did you feel when you found out?"
            return f"How {'did' if past else 'do'} you feel when {_clean_topic(when.group(1))}?"
        return "How did you feel at that point?" if past else "How have you been feeling about it lately?"
    # "Do you support free trade?", "Are you in favour of the bike lanes?": a stance, asked as a view
    stance = re.match(r"^(?:do|did|would|will) you (?:\w+ly )?(?:support|favou?r|oppose|approve of|disapprove of|"
                      r"back|endorse) (.+)$|^(?:are|were) you (?:\w+ly )?(?:in favou?r of|for or against|against|"
                      r"opposed to|for) (.+)$", plain, re.I)
    if stance:
        thing = _clean_topic(stance.group(1) or stance.group(2))
        if thing and len(_words(thing)) <= 12 and not _PLACEHOLDER.search(thing):
            return f"What are your views on {thing}?"
    # "Has that made things easier?": what an earlier answer did, asked without taking it for granted
    effect = re.match(r"^(has|have) (that|this|it) ((?!been\b)[a-z]+(?:ed|en|ne|wn)|" + "|".join(sorted(_PAST_ONLY))
                      + r") (\S.*)$", plain, re.I)
    if effect:
        return f"How, if at all, {effect.group(1).lower()} {effect.group(2).lower()} {effect.group(3)} {effect.group(4)}?"
    change = change_rewrite(plain) or ever_rewrite(plain)
    if change:
        return change
    vp = _verb_phrase(sentence)
    if vp:
        verb, rest = vp
        # "Do you think it is fair that…?": a claim about the world, asked as their view of it
        claim = re.match(r"^(?:that\s+)?(it(?:'s| is| was) \w+(?: \w+)? (?:that|to|for)\b.+)$", rest, re.I)
        if verb in ("think", "believe", "feel", "say", "find", "consider") and claim \
                and not _PLACEHOLDER.search(claim.group(1)):
            return f"What are your views on whether {claim.group(1)}?"
        said = re.match(r"^(?:that\s+)?((?:the|our|your|this|that|it|they|these|those)\b(?:\s+[\w'-]+){0,3}?)\s+"
                        r"(?:is|was|are|were|has|had|works?|worked|did|does|went|goes|seems?|seemed)\b",
                        rest, re.I)
        if verb in ("say", "think", "feel", "find", "consider", "believe") and said \
                and not re.search(r"\byou\b", said.group(1), re.I):
            # "Would you say the search works well?" asks to confirm a verdict: ask for theirs
            return f"How would you describe {_clean_topic(said.group(1))}?"
        rest = _clean_topic(rest)
        if verb in ("like", "love", "enjoy", "hate", "prefer", "dislike", "appreciate", "think",
                    "feel", "agree", "consider", "believe", "find", "want", "need", "mind"):
            topic = _clean_topic(re.sub(r"[\s,]+(?:yes or no|or not|yes|no)$", "", _topic(sentence), flags=re.I))
            if re.match(r"^it'?s\b", topic, re.I):
                topic = "this"
            if re.match(r"^(?:that\s+)?you\b", rest, re.I):  # "Do you feel that you are missing…?"
                return "Can you tell me more about that? What happened?"
            if verb == "feel" and re.fullmatch(r"[a-z]+", topic):  # "Did you feel fear?", "Do you feel sad?"
                return ("How did you feel at that point?" if re.match(r"^did\b", sentence.strip(), re.I)
                        else "How have you been feeling about it lately?")
            if re.search(r"\b(?:consider|see|call) yourself\b", sentence, re.I):
                return "How would you describe yourself?"
            bare = re.fullmatch(r"[a-z]+", topic) and re.search(
                rf"\b((?:the|that|this|your|our|my) {re.escape(topic)})\b", sentence, re.I)
            if bare:  # "Did you find that task easy?" → "that task", not "task"
                topic = bare.group(1)
            if topic.lower().startswith("to ") and len(_words(topic)) > 1:  # "Do you like to fly…?"
                return f"Can you tell me about the last time you chose {topic}?"
            if verb in ("want", "need", "mind", "think", "feel", "believe", "consider", "agree") \
                    and topic in ("this", "it", "that"):
                return _GENERIC  # "Do you want to quit smoking?": nothing that was used
            if topic in ("this", "it", "that") or _usable(topic):
                return f"Can you walk me through how you last used {topic}?"
            if re.match(r"^\w+ing\b(?! \w+ed\b)", topic):  # "getting some training", "cooking"
                return f"Can you tell me about your experience of {topic}?"
            if not _is_thing(topic):
                return _GENERIC  # "Do you think that call happened?", "that meeting happened": a clause
            # a quality after the thing ("Did you find the form long?") is what is asked of it
            return f"How would you describe {predicate_cut(topic)}?"  # a person, an idea, a place: not "used"
        if verb in ("use", "have", "take", "buy", "pay", "try", "spend", "get", "go", "do",
                    "make", "run", "travel", "shop", "read", "check", "book", "order", "visit",
                    "share", "send", "plan", "pick", "choose", "switch", "keep", "look", "work") \
                or (verb.isalpha() and len(verb) > 2 and verb not in _STATIVE
                    and not verb.endswith(("ing", "ed")) and verb not in _JUDGEMENTS
                    # (not "…use it?" alone, which says nothing; "…freeze it for later?" does)
                    and not re.match(r"^(?:you|yourself|that|this|to)\b|^it\W*$", rest, re.I)):
            rest_words = rest.split()
            if len(rest_words) > 10:
                # cut at the last phrase that starts within the first ten words ("…documentation | to
                # keep your insurance…"), so no verb or preposition is left hanging
                cut = next((i for i in range(10, 0, -1) if rest_words[i].lower() in _PHRASE_STARTS
                            and rest_words[i - 1].lower() not in _LEAVES_HANGING), 10)
                rest = _tidy(re.sub(r"\s+(?:that|which|who)$", "", " ".join(rest_words[:cut])))  # cut: no "…that?"
            rest = rest.rstrip(" ,;:")
            rest = re.sub(r"^(?:this|it)$", "this", rest)
            # "Would you contribute or just observe?": both verbs in the past
            rest = re.sub(r"^or ((?:just |only |simply )?)([a-z]+)\b", lambda v: f"or {v.group(1)}{_past(v.group(2))}", rest)
            rest = re.sub(r"\byour\b", "your", rest)
            return f"Can you walk me through the last time you {_past(verb)} {rest}".rstrip() + "?"
    described = doing_rewrite(plain) or describe_rewrite(sentence) or when_rewrite(sentence)
    if described:
        return described
    topic = _topic(sentence)
    # "Do they talk to each other?": the word after the subject is a verb, not a thing
    acting = re.match(r"^(?:do|does|did) (?:they|he|she|it|we|people|users)\s+(\w+)", plain, re.I)
    if acting and topic.lower().startswith(acting.group(1).lower()):
        topic = "this"
    # "Did the notebook provide enough information?": the thing is the subject, not what it did
    for size in (1, 2):
        doer = re.match(rf"^(?:do|does|did) ({_DETERMINED}(?:\s+[\w-]+){{{size}}})\s+([a-z]+)\b", plain, re.I)
        if doer and doer.group(2).lower() in _DOING and topic.lower().startswith(doer.group(1).lower() + " "):
            topic = doer.group(1)
            break
    # "Are you involved in any service organisations?": the thing is after the preposition
    topic = re.sub(r"^\w+ed\s+(?:in|with|by|about|to|of|for)\s+(?=\w)", "", topic, flags=re.I)
    # "Is the project behind schedule?": the thing asked about, without what is asked of it
    copula = re.match(rf"^(?:is|was|are|were)\s+({_DETERMINED}(?:\s+[\w'-]+){{1,3}}?)\s+(?:behind|ahead|on|in|at|"
                      r"under|over|still|already|too|very|really|ready|done|finished|late|okay|ok|fine|"
                      r"\w+ing)\b", _strip_fillers(_norm(sentence)), re.I)
    if copula and topic.lower().startswith(copula.group(1).lower()):
        topic = _tidy(_clean_topic(copula.group(1)))
    if re.search(r"\bexperiences?$", topic, re.I):  # "Was that experience helpful?"
        return "Can you tell me more about that experience? What happened?"
    return tell_about(topic)


# "Have you ever taken part in a strike?" is a gate: many have not, and the guide's "If yes / If
# no" branches follow it. The open ask keeps the gate's topic without presuming that it happened
# ("the last time you took part" leaves nothing to say for those who never did).
_EVER = re.compile(r"^(?:have|has) you ever ((?!been\b|had\b)[a-z]+(?:ed|en|ne|wn|ught|ept|ent|id|ade|ok|ot|un|ung))\s+(\S.*)$",
                   re.I)


# The same gate asked of the times themselves: "Have there been times when you stopped using the
# app and then came back to it?", "Was there ever a time you…?": the times are the topic
_TIMES = re.compile(r"^(?:have|has|had|were|was|are|is) there (?:ever )?(?:been )?(?:ever )?(?:any |a |some )?"
                    r"(?:times?|occasions?|moments?|periods?) (?:when |that |where )?((?:you|they|your|the|it|we)\b.{3,})$",
                    re.I)


def ever_rewrite(plain: str) -> str | None:
    """ "Have you ever VERBED X?" → "Can you tell me about any time you have VERBED X, if there has been one?";
    "Have there been times when X?" → "Can you tell me about any time when X, if there has been one?"."""
    times = _TIMES.match(plain)
    if times and not _PLACEHOLDER.search(times.group(1)):
        return f"Can you tell me about any time when {times.group(1)}, if there has been one?"
    m = _EVER.match(plain)
    if m is None:
        return _thing_ever(plain)
    if _PLACEHOLDER.search(m.group(2)):
        return None
    rest = re.sub(r"\b(in|on|with|to|for|at|from|of) any\b", r"\1", m.group(2), count=1, flags=re.I)  # "in any collective action"
    return f"Can you tell me about any time you have {m.group(1).lower()} {rest}, if there has been one?"


# "Have any of our messages ever felt like a threat…?", "Has the app ever lost your data?": the
# same gate asked of a thing; "any of" them is "one of" them when it happened
_THING_EVER = re.compile(r"^(have|has) ((?:any|one|either) of (?:the|our|your|their|these|those) [\w'-]+(?: [\w'-]+)?|"
                         r"(?:the|our|your|their|this|that|these|those) [\w'-]+(?: [\w'-]+){0,2}?) ever "
                         r"([a-z]+(?:ed|en|ne|wn|ught|ept|ent|id|ade|ok|ot|un|ung|elt|ost|old|eft))\s+(\S.*)$", re.I)


def _thing_ever(plain: str) -> str | None:
    m = _THING_EVER.match(plain)
    if m is None or _PLACEHOLDER.search(m.group(4)):
        return None
    aux, subject, verb, rest = m.groups()
    if re.match(r"(?:any|either) of\b", subject, re.I):
        aux, subject = "has", re.sub(r"^(?:any|either)\b", "one", subject, flags=re.I)
    # an example set beside the ask ("…, for example in the group chat") is no part of it
    rest = re.split(r",\s*(?:for example|for instance|e\.g\.|such as|like|say)\b", rest, maxsplit=1, flags=re.I)[0]
    return f"Can you tell me about any time {subject} {aux.lower()} {verb.lower()} {rest.strip(' ,')}, if there has been one?"


# "Was connecting the payroll integration with the API key difficult?": the subject is an
# activity (a gerund and its object); the thing used for it ("with the API key") and the verdict
# are not the topic. Two to five words after the gerund, cut at a preposition or a judgement.
_DOING_SUBJECT = re.compile(r"^(?:is|was|are|were|has been|had been)\s+([a-z]{3,}ing)\s+"
                            r"((?:the|your|our|their|a|an|my|this|that)\s+[\w-]+(?:\s+[\w-]+){0,4})", re.I)


def doing_rewrite(plain: str) -> str | None:
    """The activity a yes/no question judges, asked about as an experience."""
    m = _DOING_SUBJECT.match(plain)
    if m is None:
        return None
    words = m.group(2).split()
    end = next((i for i, w in enumerate(words[1:], 1)
                if w.lower() in _PREPOSITIONS | _VERDICTS | {"into", "onto", "across", "over", "under", "within",
                                                             "through", "via", "using", "and", "or", "so", "too",
                                                             "very", "really", "quite", "hard", "difficult"}), len(words))
    thing = " ".join(words[:end])
    if end < 2 or not _is_thing(thing):
        return None
    return f"Can you tell me about your experience of {m.group(1).lower()} {thing}?"


# --------------------------------------------------------------------------------------------
# Rewrites for question shapes whose topic is a clause or sits after the judgement, where
# ``_topic`` alone finds nothing and the fix used to fall back to "…the last time you did this?"

_DETERMINED = r"(?:the|our|your|this|that|these|those|a|an|my|his|her|their|its)\b"
_WHEN_SHAPE = re.compile(
    r"^(?:how \w+ (?P<a1>is|was|are|were) it|(?P<a2>isn't|wasn't|doesn't|don't|didn't) (?:it|you) (?:\w+ ){0,3}?"
    r"(?:it )?|how \w+ (?P<a3>do|did) you (?:get|feel)|how \w+ (?P<a4>are|were) you|(?P<a5>does|did) it "
    r"(?:\w+ )?(?:you )?|(?P<a6>is|was) it (?:(?:so|really|very|too|ever) )?\w+)\s*when\s+(?!\w+ing\b)"
    r"(?P<clause>.+?)\s*[?.!]*$", re.I)
# "How frustrated were you when using our app?", "It must be frustrating waiting on hold, right?",
# "It's awful to wait in long lines, isn't it?": the doing is what to ask about
_DOING_JUDGED = re.compile(
    r"^(?:how \w+ (?:are|were|do|did) you (?:get |feel )?when|(?:it|that) (?:must be|must have been|is|was|'s|can be)"
    r"(?: (?:so|really|very|quite|pretty|too))? \w+(?: to)?)\s+(?P<verb>[a-z]+?)(?P<ing>ing)?\b(?P<rest>[^,?]*)", re.I)
_PLACEHOLDER = re.compile(r"[\[\]…]|\.\.\.|_{3,}|\bx+\b|\by\b", re.I)


def ing_base(stem: str, verbs: Collection[str]) -> str | None:
    """The verb among ``verbs`` behind an -ing form's stem: "us" → "use", "renew" → "renew",
    "shopp" → "shop"; None when none of them is known."""
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    return next((c for c in (stem, stem + "e", doubled) if c in verbs), None)


def _base_of_ing(stem: str) -> str:
    """ "wait" → "wait", "mak" → "make", "shopp" → "shop"; an unknown stem is taken as the verb, with
    the "e" a one-syllable stem ending in one vowel and one consonant lost ("phon" → "phone")."""
    known = ing_base(stem, _DOING)
    if known:
        return known
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
        return stem[:-1]
    return stem + "e" if re.fullmatch(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]", stem) else stem


def when_rewrite(sentence: str) -> str | None:
    """A judgement put on a situation, asked about the situation itself: "How frustrating is it
    when the app logs you out?" → "What happens when the app logs you out? Can you walk me
    through the last time it happened?"; a past one ("…when the upload failed?") → "Can you
    walk me through the last time the upload failed?"."""
    plain = _strip_fillers(_norm(sentence)).strip()
    doing = _DOING_JUDGED.match(plain.replace("It's", "It is").replace("it's", "it is"))
    if doing and (doing.group("ing") or re.search(r"\bto$", doing.group(0).split(doing.group("verb"))[0].strip())):
        verb = _base_of_ing(doing.group("verb").lower()) if doing.group("ing") else doing.group("verb").lower()
        rest = _clean_topic(re.sub(r"\s+for so long$|\s+so long$", "", doing.group("rest").strip()))
        if verb.isalpha() and verb not in _STATIVE and not _PLACEHOLDER.search(rest) and len(_words(rest)) <= 10:
            return f"Can you walk me through the last time you {_past(verb)} {rest}".rstrip() + "?"
    m = _WHEN_SHAPE.match(plain)
    if not m:
        return None
    clause = _clean_topic(m.group("clause"))
    if not clause or len(_words(clause)) > 12 or _PLACEHOLDER.search(clause):
        return None
    aux = next(m.group(g) for g in ("a1", "a2", "a3", "a4", "a5", "a6") if m.group(g)).lower()
    if aux in ("was", "were", "did", "wasn't", "didn't"):  # the question's own tense
        if re.match(r"^you\b", clause, re.I) and not any(_base(w) != w for w in clause.lower().split()[1:2]):
            return None  # "…when you have…" asked in the past: no time to point at
        return f"Can you walk me through the last time {clause}?"
    return f"What happens when {clause}? Can you walk me through the last time it happened?"


# A judgement put on something the participant cannot do: "Don't you find it frustrating that you
# can't import questions from Google Forms?", "Isn't it a pain that the app won't sync with Outlook?"
_CANNOT_JUDGED = re.compile(
    r"^(?:(?:don't|doesn't|didn't|wouldn't|do|does|did|would) you (?:not )?(?:find|think|feel|agree)|(?:isn't|wasn't) it|"
    r"is it not|was it not)\s+(?:it\s+)?(?:(?:a bit|a little|kind of|sort of|really|so|quite|pretty|rather)\s+)?"
    r"(?:frustrating|annoying|irritating|confusing|inconvenient|tiresome|tedious|limiting|a (?:pain|shame|problem|hassle|"
    r"nuisance|drag|bother))\s+(?:that|how)\s+"
    r"(?P<subj>you|(?:the|your|our) [\w-]+(?: [\w-]+)?|[A-Z][\w-]*)\s+"
    r"(?:can't|cannot|can not|couldn't|won't|wouldn't|doesn't|don't|isn't able to|aren't able to|has no way to|"
    r"have no way to)\s+(?P<verb>[a-z]+)\b(?P<rest>[^?]*)", re.I)


def cannot_rewrite(sentence: str) -> str | None:
    """The thing they cannot do, asked as the last time they tried it: "Don't you find it frustrating
    that you can't import questions from Google Forms?" → "Can you walk me through the last time you
    tried to import questions from Google Forms? What happened?"."""
    m = _CANNOT_JUDGED.match(_strip_fillers(_norm(sentence)).strip())
    if not m or m.group("verb").lower() in _STATIVE:
        return None
    rest = _clean_topic(m.group("rest"))
    if _PLACEHOLDER.search(rest) or len(_words(rest)) > 12:
        return None
    act = f"{m.group('verb').lower()} {rest}".strip()
    subject = m.group("subj")
    if subject.lower() == "you":
        return f"Can you walk me through the last time you tried to {act}? What happened?"
    subject = subject if subject[:1].isupper() and subject.split()[0].lower() not in ("the", "your", "our") \
        else subject[:1].lower() + subject[1:]
    return f"Can you walk me through the last time you needed {subject} to {act}? What happened?"


_JUDGED_NP = re.compile(
    r"^how (?!much\b|many\b|often\b|long\b|far\b|old\b|soon\b|easy\b|likely\b|important\b)\w+ "
    r"(?:is|are|was|were) (?!it\b|you\b|that\b|there\b|this\b|they\b)(.+?)\s*[?.!]*$|"
    r"^(?:don't|doesn't|didn't|wouldn't|isn't) you (?:think|feel|find|agree|believe) (?:that )?"
    r"(" + _DETERMINED + r"[\w' -]{1,60}?|\w+ing\b[\w' -]{0,40}?) (?:is|are|was|were|could|would|should|might|can|will|"
    r"seems?|looks?|has|have|feels?|takes|saves|provides|offers|lacks|deserves|makes|gives|helps|needs|works|"
    r"costs|got|gets|get|became|becomes|become|has become|have become|has got|have got|has gotten|have gotten)\b|"
    # "Is the process painful for your team?", "Was the new menu confusing?": a verdict to confirm
    r"^(?:is|are|was|were) (" + _DETERMINED + r"[\w' -]{1,40}?) (?:(?:too|so|very|really|quite|a bit|a little|"
    r"pretty|rather|more|less)\s+)?(?:" + "|".join(sorted(_VERDICTS - _NOT_ADJECTIVES)) + r")\b|"
    # "Isn't the price getting too high?", "Wasn't the wait a bit long?"
    r"^(?:isn't|aren't|wasn't|weren't) (" + _DETERMINED + r"[\w' -]{1,40}?) (?:getting|becoming|too|so|a bit|"
    r"a little|rather|quite|really|very|pretty|kind of|sort of|way too)\b|"
    # "Do you agree or disagree that ecommerce on the Web lacks security?"
    r"^(?:do you |would you )?(?:agree or disagree|disagree or agree) (?:that |with )?(\w[\w' -]{1,50}?) "
    r"(?:is|are|was|were|lacks|provides|offers|has|have|makes|takes|needs|saves)\b", re.I)


def describe_rewrite(sentence: str) -> str | None:
    """A verdict asked for confirmation, turned into a request for the participant's own:
    "How useful is the weekly report?", "Don't you think the form could be shorter?" → "How
    would you describe the weekly report?"."""
    plain = _strip_fillers(_norm(sentence)).strip()
    # "On a scale of 1 to 10, how good is…": the scale goes with the score it asks for
    plain = re.sub(r"^(?:on a scale\b[^,]{0,30}|overall|in general|generally|honestly|all in all),\s*", "", plain, flags=re.I)
    m = _JUDGED_NP.match(plain)
    if not m:
        # "Was Henry Miller a good boss?": a person or thing given a verdict in a role
        role = re.match(r"^(?i:is|was|are|were|isn't|wasn't|aren't|weren't) ((?i:the|your|our|their|my|this|that) "
                        r"[\w' -]{1,40}?|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}) (?i:a|an) (?i:good|great|bad|poor|"
                        r"fair|nice|helpful|reliable|effective|strong|weak|decent) [\w-]+(?: to [\w -]{1,30})?"
                        r"\s*[?.!]*$",
                        _strip_fillers(_norm(sentence)).strip())
        return f"How would you describe {role.group(1)}?" if role and not _PLACEHOLDER.search(role.group(1)) else None
    np = _clean_topic(next(g for g in m.groups() if g))
    np = re.sub(r"\s+(?:to|for) (?:you|your team|them)$", "", np, flags=re.I)
    np = _cut_at_judgement(np)  # "our amazing app" → "our app"
    if np == "this" or len(_words(np)) > 8 or _PLACEHOLDER.search(np) \
            or re.search(r"\b(?:you|if|when|that)\b", np, re.I):
        return None
    return f"How would you describe {np}?"


# "Don't you think a video tutorial would have made it easier?": the interviewer's own remedy,
# offered for agreement. What they want to learn is what would have helped, so the remedy goes
# and the effect stays, open to any answer (none included).
_OFFERED_REMEDY = re.compile(
    r"^(?:don't|didn't|wouldn't|doesn't|isn't) (?:you|it) (?:think|feel|agree|believe|find|seem|true)(?: that)? "
    r".+? ((?:would|could|might|will)(?: have)?) (made|make|helped|help|saved|save)\b(.*?)\s*[?.!]*$", re.I)


def remedy_rewrite(sentence: str) -> str | None:
    """ "Don't you think X would have made it easier?" → "What, if anything, would have made it easier?"."""
    m = _OFFERED_REMEDY.match(_strip_fillers(_norm(sentence)).strip())
    if m is None:
        return None
    modal, verb, rest = m.groups()
    return f"What, if anything, {modal.lower()} {verb.lower()}{rest}?"


# A yes/no ask that offers its own reason: "Was the price the main reason you paused?", "Are you
# leaving because of your manager?", "Did you pick it so that you could save time?"
OFFERED_REASON = re.compile(
    r"\bso\s+(?:you|they|it|we|people|your \w+)\b|\b(?:so that|in order to|because)\b|"
    r"(?<!\bknow )(?<!\bremember )(?<!\brecall )\b(?:the|your) (?:main |real |only |biggest |key |primary |"
    r"deciding |whole )?(?:reason|cause)\b(?! (?:for|of) (?:this|that|it)\b)")
_REASON_OF = {"you": "you", "they": "them", "we": "you"}


def reason_rewrite(sentence: str) -> str | None:
    """The reason asked for, without naming one: "Was the price the main reason you paused?" →
    "What led you to pause?"; "Are you leaving because of your manager?" → "What is leading you to
    leave?"; "Do you batch orders because it saves time?" → "What leads you to batch orders?"."""
    plain = _strip_fillers(_norm(sentence)).strip().rstrip("?.! ")
    # "Would you say you give mainly because…?", "Do you think you stayed because…?": the statement
    # inside, asked as it is ("Do you give mainly because…?")
    framed = re.match(r"^(?:would you say|do you think|did you say|are you saying|is it (?:true|fair to say) that)"
                      r" (?:that )?(you|they) (\w+)\b(.*)$", plain, re.I)
    if framed and framed.group(2).lower() not in _AUX and not framed.group(2).lower().endswith("ing"):
        verb = framed.group(2).lower()
        aux = "did" if verb != _base(verb) or verb in _PAST.values() else "do"
        plain = f"{aux} {framed.group(1)} {_base(verb)}{framed.group(3)}"
    said = re.search(r"\breason (?:why |that )?(you|they) (\w+)\b(.*)$", plain, re.I)
    if said:
        who, verb, rest = said.group(1).lower(), said.group(2).lower(), said.group(3)
        tense = "led"
    else:
        said = re.match(r"^(are|is|were|was|did|do|does) (you|they) (\w+?)(ing)?\b(.*?)\s+(?:because|so that|so|"
                        r"in order to)\b", plain, re.I)
        if not said or (said.group(1).lower() in ("are", "is", "were", "was")) != bool(said.group(4)):
            return None
        aux, who, rest = said.group(1).lower(), said.group(2).lower(), said.group(5)
        verb = _base_of_ing(said.group(3).lower()) if said.group(4) else said.group(3).lower()
        tense = {"are": "is leading", "is": "is leading", "do": "leads", "does": "leads"}.get(aux, "led")
    verb = _base(verb)
    if verb in _STATIVE | _AUX or verb in ("just", "really", "ever", "still", "only", "not") \
            or _PLACEHOLDER.search(rest) or len(_words(rest)) > 8:
        return None
    rest = _clean_topic(rest)  # "…give mainly because": how much of the reason goes with it
    return f"What {tense} {_REASON_OF[who]} to {verb}{' ' + rest if rest else ''}?"


_SOLUTION_IF = re.compile(
    r"\b(?:(?:would|could|wouldn't|couldn't) (?:it|that|this)|(?:it|that|this) (?:would|could)) (?:be|make it) "
    r"(?:\w+ ){0,2}?\w+ if (?:you could|you can) ([\w' -]{3,60}?)\s*[?.!]*$|"
    r"\b(?:would|could|wouldn't|couldn't) (?:it|that|this) (?:be|make it) (?:\w+ ){0,2}?\w+ if (?:we|they) (?:\w+ )?"
    r"(?:added|built|made|offered|had|gave you|included|launched|shipped) (" + _DETERMINED +
    r"[\w' -]{1,50}?|[\w' -]{1,50}?)\s*[?.!]*$", re.I)


def solution_rewrite(sentence: str) -> str | None:
    """A solution pitched inside the question, turned to how they manage without it: "Wouldn't it
    be easier if you could filter orders by date?" → "Can you walk me through the last time you
    had to filter orders by date?"; "…if we added a dark mode?" → "How do you manage today
    without a dark mode? Can you walk me through the last time?"."""
    m = _SOLUTION_IF.search(_strip_fillers(_norm(sentence)).strip())
    if not m:
        return None
    if m.group(1):
        task = _clean_topic(m.group(1))
        return f"Can you walk me through the last time you had to {task}?" if task and not _PLACEHOLDER.search(task) else None
    thing = _clean_topic(m.group(2))
    if not thing or _PLACEHOLDER.search(thing):
        return None
    return f"How do you manage today without {thing}? Can you walk me through the last time?"


# "Most people believe that…", "Experts say…": who holds the view, not the view
_ATTRIBUTION = re.compile(
    r"^(?:(?:most|many|some|all|other)\s+(?:of\s+(?:our|the)\s+)?(?:\w+\s+)?(?:people|customers|users|"
    r"experts|doctors|parents|teachers|scientists)|experts|studies|research|scientists|doctors|everyone|"
    r"everybody|some)\s+(?:\w+\s+)?(?:believe|believes|think|thinks|say|says|agree|agrees|feel|feels|shown|"
    r"show|shows|found|find|finds|suggest|suggests|love|loves|like|likes|hate|hates|prefer|prefers)\s+"
    r"(?:that\s+)?", re.I)
_AGREE_ASK = re.compile(r"^(?:so,?\s+)?(?:(?:do|would|don't|wouldn't)\s+you\s+)?agree(?:\s+or\s+disagree)?"
                        r"(?:\s+(?:with\s+)?(?:that|this|them|me|it))?\s*\??$", re.I)


def _claim_and_ask(whole: str) -> tuple[str, str] | None:
    """A claim set before the ask, in a sentence of its own or before a comma: "Most people love
    the export, how do you use it?" → ("Most people love the export", "how do you use it?")."""
    sents = _sentences(whole)
    if len(sents) >= 2:
        return sents[-2].strip().rstrip(".!"), sents[-1].strip()
    m = re.match(r"^(.{8,}?)\s*[,;]\s+((?:what|how|which|where|when|who|do|does|did|don't|would|wouldn't)\b[^,;]*\?)\s*$",
                 whole.strip(), re.I)
    return (m.group(1), m.group(2)) if m else None


def agree_rewrite(whole: str) -> str | None:
    """A claim set up and then "Do you agree?", turned into a request for the participant's own
    view of it, without the claim's verdict or who holds it: "Most people believe that privacy
    is important. Do you agree?" → "What do you think about privacy?"; "Experts say everyone
    should floss daily. Do you agree?" → "What are your views on whether everyone should floss
    daily?"."""
    parts = _claim_and_ask(whole)
    if not parts or not _AGREE_ASK.match(parts[1]):
        return None
    claim = _ATTRIBUTION.sub("", parts[0])
    if not claim or len(_words(claim)) > 20 or _PLACEHOLDER.search(claim):
        return None
    judged = re.match(r"^(.{3,60}?)\s+(?:is|are|was|were)\s+(?:(?:very|really|so|too|quite|a|an)\s+)*"
                      r"([\w-]+)(?:\s+(?:value|quality|idea|choice|thing|service|product)\b.*)?$", claim, re.I)
    if judged and judged.group(2).lower() in _VERDICTS:
        thing = re.sub(r"^(?:The|This|That|These|Those|Our|Your|My|Their|A|An)(?=\s)",
                       lambda d: d.group(0).lower(), judged.group(1))
        return f"What do you think about {thing}?"
    return f"What are your views on whether {claim[:1].lower() + claim[1:] if not claim[:2].isupper() else claim}?"


def crowd_rewrite(whole: str) -> str | None:
    """What others think, then an ask of the participant's own: the ask alone, about the thing
    the others judged. "Some say the clinic is slow, what is your impression of the clinic?" →
    "What is your impression of the clinic?"; "Most of our users love the export. How do you use
    it?" → "How do you use the export?"; "…, what do you think?" → the experience of the thing."""
    parts = _claim_and_ask(whole)
    if not parts or not _ATTRIBUTION.match(parts[0]) or parts[1].split()[0].lower() not in _WH:
        return None
    claim, ask = parts
    ask = ask[:1].upper() + ask[1:]
    pronoun = re.search(r"\b(?:it|this|that|them)(\s*\?)$", ask, re.I)
    if not pronoun and len(_words(ask)) > 4:
        return ask  # the ask names its own thing
    thing = _topic(claim)
    if thing in ("this", "it", "that") or not _is_thing(thing) or _PLACEHOLDER.search(thing):
        return None
    return ask[: pronoun.start()] + thing + pronoun.group(1) if pronoun else experience_with(thing)


_SHOULD = re.compile(r"^should\s+(?!i\b|we\b|you\b)((?:[\w'-]+\s+){1,5}?)(be|have|get|pay|make|allow|ban|"
                     r"require|do|go|use|receive|build|stop|keep|give|take|provide|charge|change|continue|"
                     r"offer|include|introduce|raise|lower|cut|spend|invest|focus|need|protect|vote|work|"
                     r"learn|let|support|fund|close|open|own|carry|wear)\b(.*)$", re.I)


def should_rewrite(sentence: str) -> str | None:
    """A yes/no question on what others should do, turned into a request for views: "Should
    cyclists be allowed on the pavement?" → "What are your views on whether cyclists should be
    allowed on the pavement?"."""
    m = _SHOULD.match(_strip_fillers(_norm(sentence)).strip().rstrip("?.! "))
    if not m or _PLACEHOLDER.search(sentence):
        return None
    return f"What are your views on whether {m.group(1).strip()} should {m.group(2)}{m.group(3)}?"


_GENERIC = "Can you tell me about the last time you dealt with this? What happened?"

# A rewrite that points at nothing once the question is crossed out ("the last time you did
# this", "something like that", "around it"): read aloud, the participant cannot tell what it
# is about. ``check_question`` replaces it with one that names the topic, or with NO_TOPIC.
HOLLOW = re.compile(r"\b(?:did|dealt with|needed|used|tried|signed up for|bought|chose) (?:this|that)\b|"
                    r"\bsomething like (?:this|that)\b|\baround it\?|\bdescribe it\?|\bwith it\?$|\bto do that\?", re.I)
# Said plainly when no rewrite keeps the topic, rather than a question about "this"
NO_TOPIC = ("No rewrite keeps this question's topic; ask about the last time it actually happened, "
            "and name what it is about.")


def condition_topic(sentence: str) -> str | None:
    """What a condition is about: "If the shop lowered the delivery fee, would you…" → "the
    delivery fee"; "…if we added AI-made quizzes" → "AI-made quizzes"; None when the condition
    names no thing after its verb ("if the van came on Saturdays")."""
    plain = re.sub(r"\b(?:had|'d) (?=\w+ed\b)", "", _norm(sentence))
    m = re.search(r"\b[Ii]f (?:we|you|they|i|it|[A-Z][\w-]*|(?:the|our|your) [\w-]+) (?:could |would |were to |did )?"
                  r"(?:\w+ed|made|built|took|gave|cut|set|put|brought|sold|paid|got|had|\w+ed up) "
                  r"((?:the |our |your |a |an |more |fewer |less )?[\w-]+(?: (?!and\b|or\b|but\b|so\b)[\w-]+){0,4})",
                  # "If we had offered evening classes": what was offered, past perfect or not
                  plain)
    if m is None:
        return None
    # a long thing is not cut in its middle ("a better impact dashboard with real-time meal counts"):
    # the words after the first five, up to the end of the condition, where it ends soon after
    more = re.match(r"((?: (?!and\b|or\b|but\b|so\b|would\b|will\b|could\b|can\b|do\b|does\b|did\b|you\b|"
                    r"we\b|they\b|i\b)[\w-]+){1,4})(?=\s*(?:[?,.;!]|$))", plain[m.end(1):], re.I)
    words = (m.group(1) + (more.group(1) if more else "")).split()
    if words[-2:] == ["at", "all"]:
        words = words[:-2]
    while words and words[-1].lower() in _TRAILING_ADVERBS | {"automatically", "again", "instead", "too", "more",
                                                               "less", "first", "later", "now", "then"}:
        words = words[:-1]
    thing = _tidy(" ".join(words))
    if words and words[0].lower() in _PARTICIPLES:
        return None  # "If you had known about the fee": a verb in the past perfect, no thing
    if not thing or words[0].lower() in _PREPOSITIONS | {"itself", "yourself", "themselves", "it", "them", "us",
                                                         "you", "me", "that", "this", "to", "down", "up", "out", "off",
                                                         "over", "away", "back"} \
            or not _is_thing(thing) and "-" not in words[0]:  # "AI-generated questions" is a thing
        return None
    return thing

# Words that, opening what was taken for the topic, show it is a state or a clause, not a thing:
# "Were you nervous?", "Is everything okay?", "He was a good trainer, wasn't he?"
_NOT_A_THING_START = frozenset(
    "he she it it's they we i him them us me sounds sound seems by whom too more less everything "
    "something anything nothing afraid scared nervous anxious worried concerned upset angry sad happy glad "
    "proud ashamed embarrassed excited bored tired busy sick hungry thirsty married pregnant single "
    "divorced ready sure aware able willing likely unlikely okay ok alright fine comfortable confident "
    "familiar interested responsible allergic prepared satisfied stressful feeling doing going having "
    "looking being normally usually not been always never often".split())
_AUX = frozenset("is are was were am has have had do does did don't doesn't didn't isn't aren't wasn't can will "
                 "would should could must may might".split())
# A verb after the subject means the topic runs on into a clause: "our service deserves a rating",
# "the Web lacks security" (but "the needs of users" is a thing)
_THIRD_PERSON = frozenset("provides offers lacks takes saves deserves makes gives needs wants works goes helps "
                          "uses says gets looks feels runs keeps".split())
_DETERMINERS = frozenset("the a an your our my this that their these those its his her".split())
# Verbs of a state that also name things: "live chat", "support tickets", "care homes"
_NOUN_TOO = frozenset("live care support love hope need want trust wish doubt mind".split())
_PREPOSITIONS = frozenset("of in on at for with to from by about".split())
# Words that end a yes/no ask rather than name anything: "…this right?", "…the time before, too?"
_TAILS = frozenset("right correct ok okay too before again yet already anymore there here now".split())
# A predicate adjective left at the end of "Is the invoice final?": the thing is before it
_PREDICATE_END = frozenset(
    "final complete done finished ready green red blue black white sharp clear true false fair right wrong "
    "late early open closed full empty safe free new old big small high low long short fast slow easy hard "
    "accurate correct enough necessary possible available broken working normal busy quiet crowded noisy "
    "clean dirty expensive cheap reliable simple confusing friendly rude helpful useful good bad difficult "
    "secure stable popular affordable convenient".split())


# Verbs that, after a noun, make the topic a clause: they are hardly ever nouns themselves
_CLAUSE_VERBS = frozenset("seem seems tend tends appear appears create creates cause causes differ differs become "
                          "becomes happen happens exist exists affect affects require requires improve improves".split())
# An adverb left at the end ("…that you find particularly"): what was cut after it was the point
_TRAILING_ADVERBS = frozenset("particularly really especially actually usually typically currently recently generally "
                              "mostly exactly definitely probably normally regularly frequently rarely honestly "
                              "basically finally quickly easily truly fully".split())


# Irregular past forms that are no noun or describing word as well ("made", "felt", "took"; not
# "set", "cut", "lost", "left", "read", "broke")
_PAST_ONLY = frozenset(_PAST.values()) - frozenset(
    "used had paid read put set cut hit let bet cost shut quit beat left lost broke fed led won met sold built "
    "spent picked shopped planned stopped travelled uploaded submitted committed referred preferred admitted "
    "chatted dropped cancelled tried fell dug hung stuck".split())


# describing words whose forms "…er" are taken for a topic in "Wouldn't you feel safer if…?"
_DESCRIBING = _PREDICATE_END | _VERDICTS | _FEELINGS | frozenset(
    "calm relaxed comfortable confident nice smooth warm cool quiet happy lucky healthy strong weak".split())


def _compared(word: str) -> bool:
    """A describing word itself or compared ("safe", "safer", "easier", "bigger", "better")."""
    if word in _DESCRIBING or word in ("better", "worse", "more", "less"):
        return True
    if not word.endswith("er") or len(word) < 4:
        return False
    stem = word[:-2]
    return any(b in _DESCRIBING for b in (stem, word[:-1], stem[:-1] + "y" if stem.endswith("i") else "",
                                         stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""))


def _is_thing(topic: str) -> bool:
    """Whether what was taken as a question's topic reads as a thing after "your experience
    with…": not a pronoun, a state ("nervous"), a clause ("your team use the calendar",
    "your family moved away") or a piece cut at a dash or a comma."""
    words = [w.lower().strip("'\".") for w in topic.split()]
    if not words or re.search(r"[,;\u2013\u2014]|\s-\s", topic):
        return False  # a piece cut at a comma or a dash
    if words[0] in _NOT_A_THING_START | _PREPOSITIONS | {"no", "between", "under", "over", "around", "about",
                                                         "before", "after", "than", "as", "and", "but", "or",
                                                         "wait", "like"} or words[-1] in _AUX | {"ago"} \
            or words[-1] in _TRAILING_ADVERBS | _DETERMINERS | {"that", "which"} \
            or any(w in ("mostly", "mainly", "more", "less") for w in words[1:]) \
            or any(w in _AUX for w in words[1:-1]):
        return False
    if len(words) == 1 and _compared(words[0]):
        return False  # "safer", "calmer", "easier": how something would be, not a thing
    if words[0] in _STATIVE and (len(words) == 1 or words[0] not in _NOUN_TOO):
        return False  # a verb of the mind: "matter", "mean poor", "understand what I'm saying"
    if len(words[0]) > 4 and words[0].endswith("ed") and not words[0].endswith("eed"):
        return False  # "happened before", "lied at work": a verb, not a thing
    if words[0] in _PAST_ONLY or len(words) > 1 and words[-1] in _PAST_ONLY:
        return False  # "made things", "our messages felt": a verb in the past, not a thing
    if len(words) > 1 and (words[0].endswith("ing") or words[0] in _NOUN_TOO) \
            and words[1] in _PREPOSITIONS | {"up", "out", "over", "within", "near"}:
        return False  # "talking about the festival", "live within five minutes": a verb phrase
    if len(words) > 1 and words[0] in ("that", "what", "if", "whether") \
            and words[1] in ("they", "he", "she", "we", "i", "you", "it", "there"):
        return False  # "that they believe it": a clause
    if len(words) > 1 and words[1] in ("it", "them", "him", "her", "us", "me") and words[0] not in _DETERMINERS:
        return False  # "freeze it for later", "reuse them": a verb and its object, not a thing
    for i, w in enumerate(words[1:], 1):
        after_noun = words[i - 1] not in _DETERMINERS | _PREPOSITIONS
        if after_noun and i < len(words) - 1 and w in _THIRD_PERSON:
            return False
        # a verb in the past right after a short subject: "your family moved away"
        if after_noun and i <= 2 and len(w) > 4 and w.endswith("ed") and not w.endswith("eed") \
                and (i == 1 or words[0] in _DETERMINERS):
            return False
        if after_noun and w in _CLAUSE_VERBS:
            return False  # "revisions seem to improve…", "transitions create difficulty": a clause
        if after_noun and w in ("getting", "becoming", "going", "being", "having", "taking", "making", "doing",
                                "coming", "starting"):
            return False  # "the price getting too high": a verb, and what follows is said of the price
        if w in ("use", "speak", "think", "go", "maintain", "take", "have", "make", "get", "got", "became",
                 "become", "gone") \
                and (i == 1 or i <= 3 and words[0] in _DETERMINERS):
            return False  # "your team use the calendar", "a user use this feature", "she speak Spanish"
    return True


def predicate_cut(topic: str) -> str:
    """ "the invoice final" → "the invoice", "this problem before" → "this problem": what is
    asked of the thing, or a tail of the ask, is not part of it."""
    words = topic.split()
    while len(words) >= 2 and words[0].lower() in _DETERMINERS and words[-1].lower().strip(".") in _TAILS:
        words = words[:-1]
    if len(words) >= 3 and words[0].lower() in _DETERMINERS and words[-1].lower() in _PREDICATE_END:
        words = words[:-1]
    cut = _tidy(" ".join(words))
    return "this" if cut.lower() in _DETERMINERS else cut


# what a verb in the third person goes on to: its object ("slows down your stations", "eats the
# battery"), so the word before it is a verb, not a plural noun
_OBJECT_START = _DETERMINERS | frozenset("down up out off away it them us me you people everyone".split())


def clause_cut(topic: str) -> str:
    """ "the QR badge login slows down your stations" → "the QR badge login": a thing, then a verb
    in the third person and what it says of the thing, which is no part of it (pasted after "your
    experience with" it cannot be said)."""
    words = topic.split()
    if len(words) < 4 or words[0].lower() not in _DETERMINERS:
        return topic
    for i in range(2, len(words) - 1):
        w, before, after = words[i].lower(), words[i - 1].lower(), words[i + 1].lower()
        if before in _DETERMINERS | _PREPOSITIONS:
            continue
        if w in _THIRD_PERSON | _CLAUSE_VERBS or re.fullmatch(r"[a-z]{2,}[^s'u]s", w) and after in _OBJECT_START \
                or before.endswith("s") and w + "s" in _THIRD_PERSON | _CLAUSE_VERBS and after in _OBJECT_START:
            return " ".join(words[:i])  # (the last: "the sales reports help the team")
    return topic


def tell_about(topic: str) -> str:
    """ "Can you tell me about your experience with <topic>?"; when what was found is not a thing
    ("nervous", "your team use the calendar"), the plain ask for the last time it came up."""
    topic = predicate_cut(clause_cut(topic))
    if topic in ("this", "it", "that") or not _is_thing(topic):
        return _GENERIC
    return f"Can you tell me about your experience with {topic}?"


def experience_with(topic: str) -> str:
    """The neutral ask about a thing: "the last time you used it" only for something used."""
    topic = clause_cut(topic)
    if _usable(topic) and _is_thing(topic):
        return f"What was your experience with {topic} the last time you used it?"
    return tell_about(topic)
