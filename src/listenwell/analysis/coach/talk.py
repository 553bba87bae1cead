"""Talk share, interruptions and silences: the measures of who held the floor and how long
the interviewer let a pause run."""

from __future__ import annotations

import statistics

from .cues import cut_off, is_encourager
from .model import Interruption, Silence, TalkShare
from .options import CoachOptions
from .turns import INTERVIEWER, PARTICIPANT, Turn


def _seconds(turns: list[Turn], side: str) -> float:
    return sum(
        max(0.0, s.end - s.start)
        for t in turns
        if t.side == side
        for s in t.segments
        if s.start is not None and s.end is not None
    )


def talk_share(turns: list[Turn], timed: bool, options: CoachOptions) -> TalkShare:
    """The interviewer's share of speaking time (of words when untimed)."""
    iw = sum(t.words for t in turns if t.side == INTERVIEWER)
    pw = sum(t.words for t in turns if t.side == PARTICIPANT)
    word_share = iw / (iw + pw) if iw + pw else 0.0
    isec = psec = None
    basis, share = "words", word_share
    if timed:
        isec, psec = _seconds(turns, INTERVIEWER), _seconds(turns, PARTICIPANT)
        if isec + psec > 0:
            basis, share = "time", isec / (isec + psec)
    longest = sorted((t for t in turns if t.side == INTERVIEWER), key=lambda t: -t.words)
    return TalkShare(
        basis=basis,
        share=share,
        word_share=word_share,
        interviewer_seconds=isec,
        participant_seconds=psec,
        interviewer_words=iw,
        participant_words=pw,
        longest_turns=[t.quote() for t in longest[: min(3, options.max_quotes)]],
        participant_longest=[
            t.quote()
            for t in sorted((t for t in turns if t.side == PARTICIPANT), key=lambda t: -t.words)[:2]
        ],
    )


def _takeovers(turns: list[Turn], options: CoachOptions):
    """(participant turn, interviewer turn) pairs where the interviewer takes the floor."""
    for prev, cur in zip(turns, turns[1:]):
        if prev.side == PARTICIPANT and cur.side == INTERVIEWER:
            if not is_encourager(cur.text, options.encourager_words):
                yield prev, cur


def interruptions(turns: list[Turn], timed: bool, options: CoachOptions) -> list[Interruption]:
    """The interviewer starting while the participant speaks, within ``quick_gap`` seconds of
    them stopping, or (any transcript) right after a turn marked as cut off."""
    found: list[Interruption] = []
    for p, i in _takeovers(turns, options):
        how, overlap = None, None
        if timed and p.end is not None and i.start is not None:
            gap = i.start - p.end
            if gap < -options.min_overlap:
                how, overlap = "overlap", -gap
            elif gap < options.quick_gap:
                how, overlap = "quick", 0.0
        if how is None and cut_off(p.text):
            how = "cut-off"
        if how:
            found.append(Interruption(p.quote(), i.quote(), overlap, how))
    return found


def _bucket_labels(edges: tuple[float, ...]) -> list[str]:
    labels = [f"< {edges[0]:g} s"]
    labels += [f"{a:g}–{b:g} s" for a, b in zip(edges, edges[1:])]
    labels.append(f"≥ {edges[-1]:g} s")
    return labels


def silences(turns: list[Turn], timed: bool, options: CoachOptions) -> Silence:
    """Pauses after the participant stops and before the interviewer takes the floor.
    Overlaps count as a pause of zero."""
    labels = _bucket_labels(options.silence_edges)
    buckets = dict.fromkeys(labels, 0)
    if not timed:
        return Silence(0, None, None, None, buckets, 0, timed=False)
    pairs = [
        (max(0.0, i.start - p.end), i)
        for p, i in _takeovers(turns, options)
        if i.start is not None and p.end is not None
    ]
    gaps = [g for g, _ in pairs]
    quickest = [i.quote() for _, i in sorted(pairs, key=lambda x: x[0])[:3]]
    for g in gaps:
        k = sum(1 for e in options.silence_edges if g >= e)
        buckets[labels[k]] += 1
    return Silence(
        count=len(gaps),
        median=statistics.median(gaps) if gaps else None,
        mean=statistics.fmean(gaps) if gaps else None,
        longest=max(gaps) if gaps else None,
        buckets=buckets,
        long_pauses=sum(1 for g in gaps if g >= options.long_pause),
        timed=True,
        quickest=quickest,
    )
