"""Thresholds of the coach, in one place, so a team can tune them and tests can pin them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CoachOptions:
    # Talk share above this is worth a look (a third: the participant should talk most).
    talk_share_warn: float = 1 / 3
    # The interviewer starting within this many seconds of the participant stopping counts as
    # an interruption. People take turns with gaps of about 0.2 s, so this stays below that.
    quick_gap: float = 0.2
    # Overlaps shorter than this are timing noise, not interruptions.
    min_overlap: float = 0.05
    # A pause of at least this many seconds was "allowed to run".
    long_pause: float = 2.0
    # A median pause below this is rushed: advice to let the silence run.
    short_pause: float = 0.6
    # Bucket edges (seconds) of the silence distribution.
    silence_edges: tuple[float, ...] = (0.5, 1.0, 2.0, 3.0)
    # A short interviewer turn of at most this many words that is only "mm-hm", "right", ...
    # counts as an encourager, never as an interruption or a question.
    encourager_words: int = 4
    # Advice on questions when any is leading or at least this share has a problem.
    problem_share_warn: float = 0.2
    # Advice on follow-ups when fewer than this share of moments got one.
    followup_rate_warn: float = 0.75
    # Guide coverage: cosine similarity at which an asked question matches a guide question
    # (after one-to-one pairing, with the study's names and topic words masked). Chosen on the
    # hand-labelled sample study (benchmarks/guide_coverage.py), where 0.55 missed half of the
    # guide questions that were asked in other words.
    guide_match: float = 0.50
    # Mask the study's topic words (in at least three guide questions and a fifth of them) as
    # well as its names; off, only names are masked (the coach before 2026-11-27).
    mask_topic_words: bool = True
    # A guide's closing prompt ("What should I have asked?") matches any asked prompt that
    # hands the floor over, whatever its words; off, only by similarity (the coach before
    # 2026-11-27).
    match_closing_prompts: bool = True
    # How much of the opening counts as the intro: the first N interviewer turns.
    intro_turns: int = 3
    # At most this many quotes per list in a report.
    max_quotes: int = 5
