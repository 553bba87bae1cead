"""Did the interviewer dig in when the participant mentioned a problem, an emotion or a
workaround, or jump to the next topic?

A participant's floor is their turns up to the interviewer's next real turn (encouragers
like "mm-hm" do not end it). A reply counts as a follow-up when it uses a follow-up prompt
("what happened then?", "how did that feel?"), reflects back, or asks about the same thing
(shares a content word with the sentence that raised the moment).
"""

from __future__ import annotations

from listenwell.analysis.questions import is_question, split_questions

from .cues import FOLLOW_UP, MOMENT_CUES, REFLECTION, content_stems, is_encourager, sentences
from .model import FollowUps, Moment
from .options import CoachOptions
from .turns import INTERVIEWER, PARTICIPANT, Turn


MIN_MOMENT_WORDS = 5


def _floors(turns: list[Turn], options: CoachOptions):
    """Yield (participant turns, the interviewer's next real turn or None)."""
    floor: list[Turn] = []
    for t in turns:
        if t.side == PARTICIPANT:
            floor.append(t)
        elif t.side == INTERVIEWER:
            if is_encourager(t.text, options.encourager_words):
                continue
            if floor:
                yield floor, t
            floor = []
    if floor:
        yield floor, None


def _cue_sentences(floor: list[Turn]) -> tuple[list[str], list[tuple[Turn, str]]]:
    kinds: list[str] = []
    hits: list[tuple[Turn, str]] = []
    for t in floor:
        for s in sentences(t.text):
            if len(s.split()) < MIN_MOMENT_WORDS:
                continue  # "I love that." is a pleasantry, not a story to dig into
            found = [k for k, rx in MOMENT_CUES.items() if rx.search(s)]
            if found:
                hits.append((t, s))
                kinds += [k for k in found if k not in kinds]
    return kinds, hits


def _followed(reply: Turn, cue_text: str) -> str | None:
    text = reply.text
    if FOLLOW_UP.search(text):
        return "follow-up prompt"
    if REFLECTION.search(text):
        return "reflected back"
    questions = [q for q in split_questions(text) if is_question(q)]
    shared = content_stems(" ".join(questions)) & content_stems(cue_text)
    if shared:
        return "asked about it (" + ", ".join(sorted(shared)[:3]) + ")"
    return None


def followups(turns: list[Turn], options: CoachOptions) -> FollowUps:
    missed: list[Moment] = []
    taken: list[Moment] = []
    for floor, reply in _floors(turns, options):
        kinds, hits = _cue_sentences(floor)
        if not hits:
            continue
        turn, first = hits[0]
        quote = turn.quote(first)
        if reply is None:
            # The interview ended on it: nothing to judge.
            continue
        how = _followed(reply, " ".join(s for _, s in hits))
        moment = Moment(kinds, quote, reply.quote(), how is not None, how or "changed topic")
        (taken if moment.followed_up else missed).append(moment)
    n = len(missed) + len(taken)
    return FollowUps(
        moments=n,
        followed=len(taken),
        rate=len(taken) / n if n else None,
        missed=missed,
        taken=taken,
    )
