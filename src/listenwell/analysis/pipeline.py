"""The theme pipeline: statements → insight types → vectors → themes → labels.

Each step is a replaceable part (BERTopic's idea): an ``Embedder`` (analysis/embed.py), a
``Clusterer`` (analysis/cluster.py) and a ``Labeler`` (analysis/label.py). Vectors may come
precomputed (the store caches them), so this module never opens a database or a model itself.

Placement is incremental so that people stay in charge. Statements that already belong to a
theme (placed by the analysis or by a person) stay where they are. New statements join the
closest existing theme when they are close enough to its centre; the rest are clustered
together with the earlier outliers, and each group that holds at least one new statement
becomes a new theme. With no new statements nothing moves, so running the analysis twice
changes nothing, and on a first run this is plain clustering of everything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from listenwell.analysis.cluster import (
    OUTLIER,
    Clusterer,
    GraphClusterer,
    GraphClusterOptions,
    assign_nearest,
    split_dominant_voice,
)
from listenwell.analysis.embed import normalize
from listenwell.analysis.statements import StatementOptions


@dataclass(frozen=True)
class AnalysisOptions:
    statements: StatementOptions = field(default_factory=StatementOptions)
    clustering: GraphClusterOptions = field(default_factory=GraphClusterOptions)
    join_similarity: float = 0.45  # a new statement joins an existing theme at this cosine
    quotes: int = 5  # quotes kept per theme view


@dataclass
class Placement:
    """Where each statement goes. ``existing[i]`` is a theme id or None; ``new_groups`` are
    lists of statement indices that become new themes (largest first)."""

    existing: list[int | None]
    new_groups: list[list[int]]
    joined: int  # new statements that joined an existing theme

    @property
    def outliers(self) -> list[int]:
        grouped = {i for g in self.new_groups for i in g}
        return [i for i, t in enumerate(self.existing) if t is None and i not in grouped]


def place_statements(
    vectors: np.ndarray,
    current: Sequence[int | None],
    is_new: Sequence[bool],
    centres: dict[int, np.ndarray],
    clusterer: Clusterer | None = None,
    options: AnalysisOptions = AnalysisOptions(),
    voices: Sequence[str] | None = None,
) -> Placement:
    """Decide the theme of every statement (see the module docstring for the rules).
    ``voices`` (who said each statement) lets a theme that one person's story dominates be
    cut back to that story (``split_dominant_voice``); without it grouping is by meaning only."""
    clusterer = clusterer or GraphClusterer(options.clustering)
    existing = list(current)
    fresh = [i for i, t in enumerate(existing) if t is None and is_new[i]]
    joined = 0
    if centres and fresh:
        near = assign_nearest(vectors[fresh], centres, options.join_similarity)
        for i, t in zip(fresh, near):
            if t is not None:
                existing[i] = t
                joined += 1
    pool = [i for i, t in enumerate(existing) if t is None]
    if not any(is_new[i] for i in pool):
        return Placement(existing, [], joined)
    labels = clusterer.fit(vectors[pool]) if len(pool) > 1 else np.full(len(pool), OUTLIER)
    if voices is not None and len(pool) > 1:
        labels = split_dominant_voice(normalize(vectors[pool]), labels, [voices[i] for i in pool],
                                      options.clustering.min_size, options.join_similarity)
    groups: list[list[int]] = []
    for g in sorted(set(labels.tolist()) - {OUTLIER}):
        members = [pool[j] for j in np.flatnonzero(labels == g)]
        if any(is_new[i] for i in members):
            groups.append(members)
    groups.sort(key=lambda m: (-len(m), m[0]))
    return Placement(existing, groups, joined)
