"""Turn participant talk into statements: idea-sized, verbatim spans of one segment.

Why spans and not rewritten text: every quote in a report must lead back to the exact
characters (and second) of a transcript, so a statement is ``segment.text[start:end]`` and
nothing else. Sentences are the unit of an idea; very short sentences ("It was slow. Really
slow.") are merged into a neighbour so a statement carries enough words to be grouped, and
backchannel ("yeah", "mm-hmm", "right") is dropped. Social pleasantries and talk about the
call itself ("Thanks for having me", "No worries", "Sure, go ahead" to "is it okay if I
record?", "Good luck with it") are dropped the same way: they say nothing about the
participant's experience, yet every interview has them, so left in they would form the
study's "largest theme". The rule is general, not a phrase list to grow per study: a short
unit that holds a pleasantry and no content word beyond the pleasantry lexicon (function
words, backchannel, the names of the people greeted). Interviewer talk is never evidence: it
only supplies the question a statement answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from listenwell.domain.model import Interview, Role, Segment, Statement

BACKCHANNEL = frozenset(
    """yeah yes yep yup ya yah no nope nah ok okay okey right sure uh um uhm erm er ah oh hm hmm
    hmmm mm mhm mm-hmm mmhmm uh-huh uh-uh huh wow cool nice great exactly totally absolutely
    definitely alright all i see got it gotcha true fair thanks thank you so well like and
    anyway mean know sounds good interesting indeed of course""".split()
)
# A unit is a pleasantry only when it holds one of these markers...
_PLEASANTRY_MARK = re.compile(
    r"\b(?:hi|hello|hey|hiya|bye|goodbye|cheers|thanks|thank you|welcome|my pleasure|"
    r"good (?:luck|morning|afternoon|evening|night|day)|nice (?:to|meeting|talking|chatting)|"
    r"(?:pleased|glad|great|lovely|good) to (?:meet|see|talk|chat|hear)|take care|"
    r"see you|talk (?:to you )?soon|have a (?:good|nice|great|lovely) \w+|"
    r"no (?:worries|worry|problem|problems|bother)|not a (?:problem|bother)|"
    r"(?:do ?n[o'’]?t|never) (?:worry|mind)|happy to (?:help|chat|talk|do it|be here)|"
    r"glad to help|go ahead|(?:that'?s|that is|it'?s|it is|all) (?:fine|ok|okay|alright|"
    r"all right|good|no problem)|(?:loud|nice) and clear|(?:can|could) (?:you )?hear me|"
    r"i can hear you|(?:you'?re|you are) (?:on )?mute)\b",
    re.IGNORECASE,
)
# ...and no word outside function words, backchannel and this lexicon of pleasantry and
# call talk (a content word, "Thanks, the fees were a shock", keeps the unit).
PLEASANTRY_WORDS = frozenset(
    """hi hello hey hiya bye goodbye cheers thanks thank welcome pleasure good luck morning
    afternoon evening night day nice meet meeting pleased glad lovely talk talking chat chatting
    take care see soon thing have having had invite inviting invited me you your yours time problem
    problems worries worry bother mind happy help helping go ahead fine ok okay alright all
    sure record recording recorded loud clear hear hearing mute muted honest honestly be
    certainly course no not don't dont do never it it's its that that's this is was are am
    i i'm i'll my you're we we're us a an the to for with of on in at too also again very much lot
    so really just again everything anything all hope well way yes everyone both guys
    question questions ask asking""".split()
)
_GREETED = re.compile(
    r"\b(?i:hi|hello|hey|bye|thanks|thank you|cheers|morning|welcome|care|and)[,!]?\s+"
    r"([A-Z][\w'’-]*)")
_FILLER_LEAD = re.compile(
    r"^(?:(?:yeah|yes|yep|ok|okay|so|well|um+|uh+|uhm|erm|oh|hmm+|mm+|like|right|and|but)"
    r"[\s,.\-—–…]+)+",
    re.IGNORECASE,
)
# A sentence ends at . ! ? or … (possibly repeated, possibly followed by closing quotes)
# followed by white space; a line break also ends one.
_SENTENCE_END = re.compile(r"(?:[.!?…]+[\"'”’)\]]*\s+|\n+)")
_WORD = re.compile(r"[\w'’-]+", re.UNICODE)
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s+|\s+-\s+")


@dataclass(frozen=True)
class StatementOptions:
    """How talk is cut into statements. Defaults suit spoken and typed interviews alike."""

    min_words: int = 6  # a unit shorter than this is merged into a neighbour
    drop_below_words: int = 3  # after merging, a unit shorter than this is not a statement
    max_words: int = 60  # longer sentences are cut at the clause break nearest the middle


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def is_backchannel(text: str) -> bool:
    """True when every word is a filler or an acknowledgement ("Yeah, right, mm-hmm.")."""
    ws = words(text)
    return not ws or all(w in BACKCHANNEL for w in ws)


def is_pleasantry(text: str, max_words: int = 14) -> bool:
    """True for social talk with no content: greetings, thanks, goodbyes, "you're welcome",
    "good luck", "no worries", "happy to help", "sure, go ahead", "yes, that's fine" (to
    "is it okay if I record?"). Needs a pleasantry marker, at most ``max_words`` words, and
    no word beyond the pleasantry lexicon, function words, backchannel and the names of the
    people greeted ("Hi Sam, hi Lena")."""
    flat = text.replace("’", "'")
    ws = words(flat)
    if not ws or len(ws) > max_words or not _PLEASANTRY_MARK.search(flat):
        return False
    names = {m.group(1).lower() for m in _GREETED.finditer(flat)}
    allowed = PLEASANTRY_WORDS | BACKCHANNEL | names
    return all(w in allowed for w in ws)


def is_small_talk(text: str) -> bool:
    """Backchannel or a pleasantry: not evidence of anything."""
    return is_backchannel(text) or is_pleasantry(text)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + len(m.group(0).rstrip())
        spans.append((pos, end))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for a, b in spans:
        a, b = _trim(text, a, b)
        if b > a:
            out.append((a, b))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _split_long(text: str, a: int, b: int, max_words: int) -> list[tuple[int, int]]:
    """Cut an over-long run-on sentence at the clause break nearest its middle, recursively."""
    if len(words(text[a:b])) <= max_words:
        return [(a, b)]
    mid = (a + b) // 2
    best = None
    for m in _CLAUSE_BREAK.finditer(text, a, b):
        cut = m.end()
        if a < cut < b and (best is None or abs(cut - mid) < abs(best - mid)):
            best = cut
    if best is None:  # no punctuation at all: cut at the space nearest the middle
        left, right = text.rfind(" ", a, mid), text.find(" ", mid, b)
        cands = [c for c in (left, right) if c > a]
        if not cands:
            return [(a, b)]
        best = min(cands, key=lambda c: abs(c - mid)) + 1
    left = _trim(text, a, best)
    right = _trim(text, best, b)
    return _split_long(text, *left, max_words) + _split_long(text, *right, max_words)


def _merge_short(text: str, spans: list[tuple[int, int]], min_words: int) -> list[tuple[int, int]]:
    """Merge units under ``min_words`` words into the following unit (or the previous one)."""
    merged: list[tuple[int, int]] = []
    carry: tuple[int, int] | None = None
    for a, b in spans:
        if carry is not None:
            a = carry[0]
            carry = None
        if len(words(text[a:b])) < min_words:
            carry = (a, b)
            continue
        merged.append((a, b))
    if carry is not None:
        if merged and len(words(text[carry[0] : carry[1]])) < min_words:
            merged[-1] = (merged[-1][0], carry[1])
        else:
            merged.append(carry)
    return merged


def split_segment(text: str, options: StatementOptions = StatementOptions()) -> list[tuple[int, int]]:
    """Statement spans of one participant turn: sentences, short ones merged, filler dropped."""
    spans: list[tuple[int, int]] = []
    for a, b in sentence_spans(text):
        if is_small_talk(text[a:b]):
            continue
        lead = _FILLER_LEAD.match(text, a, b)
        if lead and lead.end() < b and not is_backchannel(text[lead.end() : b]):
            a = lead.end()
        spans.extend(_split_long(text, a, b, options.max_words))
    spans = _merge_short(text, spans, options.min_words)
    # merging can join two pleasantries ("My pleasure. Good luck.") into one unit: test again
    return [(a, b) for a, b in spans
            if len(words(text[a:b])) >= options.drop_below_words and not is_small_talk(text[a:b])]


def _last_question(text: str) -> str:
    """The last question asked in an interviewer turn (verbatim), or the turn's last sentence."""
    sents = [text[a:b] for a, b in sentence_spans(text)]
    asked = [s for s in sents if s.rstrip().endswith("?")]
    chosen = asked[-1] if asked else (sents[-1] if sents else "")
    return chosen[:500]


def participant_of(interview: Interview, speaker: str) -> str | None:
    """The roster pid behind a speaker: the speaker's own link, else the interview's only one."""
    sp = interview.speaker(speaker)
    if sp is not None and sp.participant_pid:
        return sp.participant_pid
    others = [s for s in interview.speakers if s.role == Role.PARTICIPANT]
    if len(interview.participants) == 1 and len(others) <= 1:
        return interview.participants[0]
    return None


def _is_participant(interview: Interview, seg: Segment) -> bool:
    role = interview.role_of(seg.speaker)
    if role is None:
        return seg.speaker not in interview.interviewers
    return role == Role.PARTICIPANT


def _word_spans(seg: Segment) -> list[tuple[int, int, float, float]]:
    """(start_char, end_char, start, end) of each timed word found, in order, in the text."""
    out, pos = [], 0
    for w in seg.words:
        token = w.text.strip()
        if not token:
            continue
        at = seg.text.find(token, pos)
        if at < 0:
            continue
        out.append((at, at + len(token), w.start, w.end))
        pos = at + len(token)
    return out


def _span_time(seg: Segment, a: int, b: int) -> tuple[float | None, float | None]:
    """Time span of characters ``a:b``: from the words' own timings when the transcript has
    them (Whisper does), else interpolated over the turn by character position (good to a few
    seconds, which is what a quote's time code needs to find its place in the recording)."""
    if seg.words:
        inside = [(s, e) for ca, cb, s, e in _word_spans(seg) if cb > a and ca < b]
        if inside:
            return round(inside[0][0], 2), round(inside[-1][1], 2)
    if seg.start is None or seg.end is None:
        return seg.start, seg.end
    n = max(len(seg.text), 1)
    dur = seg.end - seg.start
    return round(seg.start + dur * a / n, 2), round(seg.start + dur * b / n, 2)


def extract_statements(
    interview: Interview, options: StatementOptions = StatementOptions()
) -> list[Statement]:
    """All statements of one interview, in speaking order. Needs saved ids on the interview
    and its segments (the store sets them); the benchmark sets its own."""
    out: list[Statement] = []
    question: str | None = None
    for seg in sorted(interview.segments, key=lambda s: s.index):
        if not _is_participant(interview, seg):
            if seg.text.strip():
                question = _last_question(seg.text)
            continue
        pid = participant_of(interview, seg.speaker)
        for a, b in split_segment(seg.text, options):
            start, end = _span_time(seg, a, b)
            out.append(
                Statement(
                    interview_id=interview.id or 0,
                    segment_id=seg.id or 0,
                    speaker=seg.speaker,
                    participant=pid,
                    start_char=a,
                    end_char=b,
                    text=seg.text[a:b],
                    start=start,
                    end=end,
                    question=question,
                )
            )
    return out
