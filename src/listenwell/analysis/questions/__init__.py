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
  or a feeling ("How much do you love...", "How helpful was it...", "How upset do you get...").
* double-barreled: two asks joined by "and"/"or" (two clauses, or two qualities judged at once).
* hypothetical / future: predictions of one's own behaviour ("Would you use...", "How much
  would you pay...", "If we built X, would you...").
* also: vague or too general, jargon, too long, accusatory "why".

Separately, ``QuestionCheck.answer_form`` reports the open/closed construct of motivational-
interviewing coding on a whole spoken turn ("open", "yes_no" or "short"); see the
"Answer form" section below for its rules.

The same package serves the guide checker (``check_question``), the interview coach
(``is_question``, ``split_questions``) and the kit (``suggest_followups``). Its modules:
``model`` (what a check returns), ``words`` (shared word lists), ``sentences`` (finding the
ask), ``topic`` (what a rewrite keeps), ``form`` (the MITI answer form), ``closing`` (the
formulaic closing prompts, for the kit and the coach), ``language`` (whether a question is
in English, the only language the rules read), and one module per
family of problems: ``closed``, ``leading``, ``hypothetical``, ``wording`` (double-barreled,
accusatory why, jargon, vague, length). This file runs them in order and holds the follow-up
bank.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .closed import _check_closed
from .closing import OPEN_FLOOR, closing_prompts
from .followups import suggest_followups
from .form import _answer_form, _turn_form
from .hypothetical import _IMAGINED, _check_hypothetical
from .language import looks_english
from .leading import _check_leading
from .accusing_forms import accusing_form, accusing_reason
from .leading_forms import leading_form, leading_reason
from .model import SEVERITY, Problem, QuestionCheck, QuestionKind
from .sentences import (
    _TAG_Q,
    _norm,
    _sentence_asks,
    _sentences,
    _strip_fillers,
    is_check_in,
    is_question,
    runs_session,
    split_questions,
)
from .topic import _PLACEHOLDER, HOLLOW, NO_TOPIC, _experience_rewrite, _is_thing, _topic, condition_topic
from .words import _TASK_LABEL
from .wording import (
    _check_double,
    _check_jargon,
    _check_length,
    _check_second_question,
    _check_vague,
    _check_why,
    in_plain_words,
    terms_used,
)

__all__ = ["OPEN_FLOOR", "PLAIN_WORDS_UNKNOWN", "SEVERITY", "Problem", "QuestionCheck", "QuestionKind", "check_question",
           "closing_prompts", "is_check_in", "is_question", "split_questions", "suggest_followups", "terms_used"]

# --------------------------------------------------------------------------------------------


def _well_formed(rewrite: str) -> bool:
    """Not a rewrite of a rewrite gone wrong: no phrase said twice ("your experience with your
    experience with"), no sentence ending on a dangling word ("…with?")."""
    words = rewrite.lower().split()
    grams = [tuple(words[i:i + 3]) for i in range(len(words) - 2)]
    return len(grams) == len(set(grams)) and not re.search(
        r"\b(?:with|of|about|for|to|the|a|an|your|our|that)\s*[?.](?:\s|$)|"
        # a lone describing word or verb where a thing should be: "your experience with gradual?"
        r"\bexperience (?:with|of) (?:[a-z]+(?:al|ous|ive|ful|less|ic|able|ible|ual|rate|ent|ant)|[a-z]+-[a-z]+)\?",
        rewrite)


def check_question(text: str, known_terms: Iterable[str] = (), among_english: bool = True) -> QuestionCheck:
    """Check one question (a guide item or an interviewer turn) and suggest rewrites.

    Problems are collected across every question sentence in the text. A text counts as
    closed only when none of its question sentences is open: an open ask next to a closed one
    still invites a story. Each rewrite is checked in turn and refined (twice at most) so that
    a suggestion does not carry a problem of its own. ``known_terms`` are words the participants
    use themselves ("API" in a study of developers): never flagged as jargon. A question in
    another language is not checked (``checked`` is False): the rules read English, and only a
    leading form of the guide languages is told (``leading_forms``, "Vous ne trouvez pas que…").
    ``among_english`` False: the guide it comes from is in another language, and only a question
    clearly in English is checked (``language.looks_english``).
    """
    if not looks_english(text, among_english):
        # the checks read English; only the leading forms of the guide languages are read here
        found = leading_form(text)
        if found is None and (why := accusing_form(text)) is not None:
            return QuestionCheck(text=text, kind=QuestionKind.ACCUSATORY_WHY, checked=False,
                                 problems=[Problem(QuestionKind.ACCUSATORY_WHY, accusing_reason(*why))])
        if found is None:
            return QuestionCheck(text=text, kind=QuestionKind.OPEN, checked=False)
        return QuestionCheck(text=text, kind=QuestionKind.LEADING, checked=False,
                             problems=[Problem(QuestionKind.LEADING, leading_reason(*found))])
    known = frozenset(t.strip().lower() for t in known_terms if t.strip())
    check = _check(text, known)
    if check.problems and check.problems[0].kind is not QuestionKind.CLOSED and check.problems[0].rewrite:
        for p in check.problems[1:]:
            if p.kind is QuestionKind.CLOSED:
                p.rewrite = None  # the main problem's rewrite is already open; one fix, not two
    seen: set[str] = set()
    task = _is_task(_norm(text))  # a task's rewrite stays a task
    for p in check.problems:
        original = p.rewrite
        if p.rewrite and not task:
            # two questions asked apart: each half is refined on its own
            parts = p.rewrite.split(_SEPARATELY)
            keep = len(parts) > 1 or p.kind is not QuestionKind.JARGON
            halves = list(dict.fromkeys(_refined(part, known, keep_terms=keep) for part in parts))
            p.rewrite = _SEPARATELY.join(halves)  # two halves refined to the same ask are asked once
        if p.rewrite in seen and original not in seen:
            p.rewrite = original  # keep a rewrite that shows something the others do not
        if p.rewrite:
            p.rewrite = p.rewrite[:1].upper() + p.rewrite[1:]  # a filler it began with is gone
            seen.add(p.rewrite)
    for p in check.problems:
        if p.rewrite:
            p.rewrite = _keep_names(text, _sayable(p, text, known))
    return check


# a word written with a capital inside it ("TakaPay", "iPhone"), or capitalised but not first in its sentence ("Monzo"
# in "How did you find Monzo?"): a name, kept as written in a rewrite
_NAME_WORD = re.compile(r"(?<![\w'-])[A-Za-z][\w'-]*")


def _keep_names(text: str, rewrite: str) -> str:
    """The rewrite with the question's names as the question writes them: "what did you use takapay for?" back to
    "…use TakaPay for?" (the rules read the question lower-cased)."""
    names: dict[str, str] = {}
    for m in _NAME_WORD.finditer(text):
        w = m.group(0)
        # (not a word all in capitals: an abbreviation the rules keep, or a word stressed, "Have you ever PAID…?")
        if len(w) < 2 or w == w.lower() or w == w.upper() or w.lower() in ("i'm", "i've", "i'd", "i'll"):
            continue
        first = not text[:m.start()].strip() or text[:m.start()].rstrip()[-1] in ".?!:;\"\u201c("
        if first and not any(c.isupper() for c in w[1:]):
            continue  # "What", "Tell": capitalised as the sentence's first word
        names.setdefault(w.lower(), w)
    for low, name in names.items():
        rewrite = re.sub(rf"(?<![\w'-]){re.escape(low)}(?![\w'-])", name, rewrite)
    return rewrite


# Two asks split apart are joined with this while each half is refined; the researcher gets
# them as two questions one after the other, not with a direction to the interviewer
_SEPARATELY = " Then, separately: "
# Said plainly when a term has no everyday words the checker knows
PLAIN_WORDS_UNKNOWN = ("No everyday words are known for the term: say it as your participants would, or, if "
                       "they use it themselves, add it to the guide's \u201cTheir words:\u201d line.")
_IN_PLAIN_WORDS = re.compile(r"\[([^\]]+?) in plain words\]")


def _sayable(p: Problem, text: str, known: frozenset[str]) -> str:
    """A rewrite as a line to say aloud: two asks as two questions; no "[X in plain words]"
    placeholder (a jargon term with no plain words known is named in a plain note instead); no
    question about "this" or "something like that" once the original is crossed out, but one
    that names the topic (the condition's thing, or the question's), or NO_TOPIC saying so."""
    rewrite = p.rewrite or ""
    if _IN_PLAIN_WORDS.search(rewrite):  # the reason names the term; the note is a line that passes the check
        return PLAIN_WORDS_UNKNOWN
    # only the first of two asks must name its thing: the second may point back to it ("…the
    # locker? How did the staff deal with it?")
    # two asks keep the question's own terms ("…via the NACH mandate?"): the jargon problem names
    # them on its own, and naming one topic in their place would drop the other ask
    carried = known | frozenset(terms_used(text)) if _SEPARATELY in rewrite and p.kind is not QuestionKind.JARGON \
        else known
    if HOLLOW.search(rewrite.split(_SEPARATELY)[0]) or not _passes(rewrite, carried) \
            or not all(_reads(half) for half in rewrite.split(_SEPARATELY)):
        rewrite = _naming_the_topic(text, known) or NO_TOPIC
    return re.sub(re.escape(_SEPARATELY) + r"(\w)", lambda m: " " + m.group(1).upper(), rewrite)


def _reads(ask: str) -> bool:
    """Not a piece cut out of the question: every bracket and quotation mark it opens is closed,
    and no sentence ends on an opening bracket ("…have you been (?")."""
    pairs = (("(", ")"), ("[", "]"), ("\u201c", "\u201d"))
    return all(ask.count(a) == ask.count(b) for a, b in pairs) and ask.count('"') % 2 == 0 \
        and not re.search(r"[(\[\u201c]\s*[?.!]", ask)


def _passes(rewrite: str, known: frozenset[str]) -> bool:
    """A rewrite is offered only if it passes the whole check itself: one that is still closed,
    still names the judgement, or still says the jargon would carry into the guide the very
    problem it was offered to fix. Each of two asks is checked on its own."""
    return all(_check(half, known).ok for half in rewrite.split(_SEPARATELY))


def _naming_the_topic(text: str, known: frozenset[str]) -> str | None:
    """An open ask about the thing the question is about, if one can be named and passes."""
    thing = condition_topic(text)
    asks = [x for x in _sentences(_norm(text)) if _sentence_asks(x)] or [text]
    # the topic in everyday words: a term the check calls jargon is never carried into the rewrite
    topic = in_plain_words(_topic(asks[-1]), known)
    candidates = [f"Can you tell me about the last time {thing} came up for you? What did you do?"] if thing else []
    named = re.search(r"\b(?:about|with|of|using|in|on)\s+([A-Z][\w-]*[a-z][\w-]*(?:\s+[A-Z][\w-]*)*)", asks[-1])
    if topic in ("this", "it", "that") and named:  # a product by its name: "…about MealMate?"
        topic = named.group(1)
    if topic not in ("this", "it", "that") and _is_thing(topic) and not _PLACEHOLDER.search(topic) \
            and not re.match(r"(?:if|when|whether|because)\b", topic, re.I):  # a clause, not a thing
        candidates.append(f"Can you tell me about your experience with {topic}?")
    return next((c for c in candidates if not HOLLOW.search(c) and _reads(c) and _check(c, known).ok), None)


def _refined(rewrite: str, known: frozenset[str], keep_terms: bool = False) -> str:
    """A rewrite checked again, and replaced (twice at most) by the rewrite of its own problem,
    as long as that reads as a sentence. With ``keep_terms`` (the fix of another problem, or
    half of a split) a term with no plain words known stays as it is: the jargon problem names
    it on its own, and a placeholder would turn the whole fix into a note."""
    for _ in range(2):
        if _SEPARATELY in rewrite or _IN_PLAIN_WORDS.search(rewrite):
            # two asks now: each was refined as a half; checked as one text, it reads as too
            # long; or a term with no plain words known, which the rewrite names (``_sayable``):
            # refined as a question it would only lose the term ("How would you describe it?")
            break
        again = _check(rewrite, known)
        if again.ok or not again.problems[0].rewrite or again.problems[0].rewrite == rewrite \
                or not _well_formed(again.problems[0].rewrite) \
                or keep_terms and _IN_PLAIN_WORDS.search(again.problems[0].rewrite):
            break
        rewrite = again.problems[0].rewrite
    return rewrite


def _is_task(text: str) -> bool:
    """ "Task 2: Can you find the refund page?": a usability task asks the participant to do
    something; it is not a yes/no question."""
    label = _TASK_LABEL.match(text)
    if label is not None and re.match(r"(?:can|could|would|will) you\b", text[label.end():], re.I):
        return True
    # unlabelled, a task names what to do on the screen: "Can you find out on this page how many…?"
    return bool(re.match(r"^(?:can|could) you (?:please )?(?:now )?(?:try to )?(?:find|locate|navigate|go to|look up|"
                         r"point (?:to|out)|click|sign up|log in|add|search for|download|book|complete|show me where)\b",
                         text.strip(), re.I)
                and re.search(r"\b(?:this|the) (?:page|site|website|screen|app|form|menu|prototype|link|dashboard)\b",
                              text, re.I))


# An alternative offered in brackets, with no question mark of its own: "how long have you been
# (or were you) with us?" gives another tense of the same ask, "(or your team)" another subject,
# "(or the website)" another thing, and "(and are you still)" borrows the rest of the sentence;
# none is a second question, and a rewrite cut inside it would not read ("…have you been (?").
# Other asides ("(1 to 5)", "(e.g. …)", "(and do your kids help?)") carry what the ask means
_OR_ASIDE = re.compile(r"\s*\((?:(?:or|and/or)\s[^()?]{1,80}|(?:and|but)\s[^()?]{0,40}\b(?:you|they|we|it|is|are|was|"
                       r"were|do|does|did|have|has|had|will|would|can|could|still|now|then|ever|not))\)", re.I)


def _check(text: str, known: frozenset[str] = frozenset()) -> QuestionCheck:
    t = _norm(text)
    sentences = _sentences(t) or [t]
    asks = [x for x in sentences if _sentence_asks(x)]
    # an alternative in brackets is read past: "how long have you been (or were you) with us?"
    targets = [_strip_fillers(_OR_ASIDE.sub("", x)) for x in (asks or sentences[-1:])]
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
    task = _is_task(t)
    closed = [None if task else _check_closed(s) for s in targets]
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
    # a consent ask carries what the participant must know to agree ("We use the recordings
    # to…"); that is read out by design, so its length is not a fault of the question
    if not (targets and all(runs_session(x) for x in targets)
            or asks and all(is_check_in(x.strip()) for x in asks)):  # "OK with that?" before "ok" is stripped
        add(_check_length(t, sentences))
    problems.sort(key=lambda p: SEVERITY.index(p.kind))
    kind = problems[0].kind if problems else QuestionKind.OPEN
    return QuestionCheck(text=text, kind=kind, problems=problems, answer_form=form)


