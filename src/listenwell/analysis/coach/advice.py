"""The three things to do differently next time: every weakness the measures found gets a
weight, the heaviest three win, and each comes with the quotes that show it."""

from __future__ import annotations

from .asked import is_leading
from .model import Advice, InterviewCoaching
from .options import CoachOptions


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def advise(c: InterviewCoaching, options: CoachOptions, n: int = 3) -> list[Advice]:
    cands: list[tuple[float, Advice]] = []
    q = options.max_quotes
    if c.talk and c.talk.share > options.talk_share_warn:
        what = "of the speaking time" if c.talk.basis == "time" else "of the words"
        cands.append((
            1 + 10 * (c.talk.share - options.talk_share_warn),
            Advice(
                "Talk less, listen more",
                f"You had {_pct(c.talk.share)} {what}; aim for under {_pct(options.talk_share_warn)}. "
                "Your longest turns:",
                c.talk.longest_turns[:2],
            ),
        ))
    bad = c.questions.with_problems if c.questions else []
    bad.sort(key=lambda a: (not is_leading(a), a.quote.segment))
    leading = sum(1 for a in bad if is_leading(a))
    if bad and (leading or len(bad) / c.questions.total >= options.problem_share_warn):
        cands.append((
            1 + 4 * len(bad) / max(1, c.questions.total) + 0.5 * leading,
            Advice(
                "Ask open, neutral questions",
                f"{len(bad)} of {c.questions.total} questions had a problem"
                + (f" ({leading} leading)" if leading else "")
                + ". Ask instead:",
                [a.quote for a in bad[:3]],
                [next((p.rewrite for p in a.problems if p.rewrite), "") for a in bad[:3]],
            ),
        ))
    if c.interruptions:
        k = len(c.interruptions)
        cands.append((
            0.8 * k,
            Advice(
                "Let them finish",
                f"You took the floor before the participant had finished {k} time{'s' if k > 1 else ''}.",
                [i.interviewer for i in c.interruptions[:3]],
            ),
        ))
    sp = options.short_pause
    if c.silence and c.silence.median is not None and c.silence.median < sp and c.silence.count >= 3:
        cands.append((
            1 + 2 * (sp - c.silence.median) / sp,
            Advice(
                "Let the silence run",
                f"Your median pause after the participant stopped was {c.silence.median:.1f} s; "
                f"only {c.silence.long_pauses} of {c.silence.count} pauses reached "
                f"{options.long_pause:g} s. Count to three before the next question. "
                "You came in fastest here:",
                c.silence.quickest,
            ),
        ))
    if c.followups and c.followups.missed and (c.followups.rate or 0) < options.followup_rate_warn:
        f = c.followups
        cands.append((
            0.6 * len(f.missed) * (1 - (f.rate or 0)) + 0.5,
            Advice(
                "Dig into problems and feelings",
                f"{len(f.missed)} of {f.moments} moments where the participant mentioned a problem, "
                "an emotion or a workaround got no follow-up. Try \"What happened then?\" or "
                "\"How did that feel?\"",
                [m.quote for m in f.missed[:3]],
            ),
        ))
    if c.listening and c.listening.reflections == 0 and c.questions and c.questions.total >= 5:
        cands.append((
            0.9,
            Advice(
                "Reflect back what you hear",
                "You never summarised or reflected back (\"So what I'm hearing is…\"); "
                "it shows you listened and invites correction. A summary would have fit after:",
                c.talk.participant_longest[:1] if c.talk else [],
            ),
        ))
    missing = [ch for ch in c.intro if ch.checked and not ch.passed]  # not what could not be read
    if missing:
        cands.append((
            0.4 * len(missing),
            Advice(
                "Open with the full intro",
                "The opening never " + "; never ".join(ch.label for ch in missing) + ". It went:",
                [c.opening] if c.opening else [],
            ),
        ))
    if c.guide and c.guide.total:
        # A guide question the guide check flags is not one to cover as written: it is
        # counted apart, and the fix belongs in the guide.
        skipped = [m for m in c.guide.matches if not m.asked and not m.flagged]
        flagged = sum(1 for m in c.guide.matches if not m.asked and m.flagged)
        led = [m for m in c.guide.matches if m.leading]
        if skipped or led:
            cands.append((
                2 * len(skipped) / c.guide.total + 0.5 * len(led),
                Advice(
                    "Cover the guide",
                    f"{len(skipped)} of {c.guide.total} guide questions were not asked"
                    + (f" and {len(led)} were asked in a leading form" if led else "")
                    + ": " + "; ".join(m.guide_question.rstrip(".") for m in (led + skipped)[:3])
                    + (f" (not counting {flagged} that the guide check flags: fix "
                       f"{'it' if flagged == 1 else 'them'} in the guide)" if flagged else ""),
                    [m.matched for m in led[:2] if m.matched],
                ),
            ))
    cands.sort(key=lambda x: -x[0])
    out = [a for _, a in cands[:n]]
    for a in out:
        a.quotes = a.quotes[:q]
    return out

