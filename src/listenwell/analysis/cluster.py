"""Group statement vectors into themes, finding how many on its own; keep the outliers.

Why a neighbour graph and modularity (Louvain) rather than k-means or UMAP + HDBSCAN: the
number of themes is not known in advance, themes differ a lot in size, and a researcher needs
the same answer every time. Each statement is linked to its nearest neighbours (links below a
cosine floor are dropped, so a statement unlike anything else stays alone), and each link is
weighted by how many neighbours the two statements share (shared-nearest-neighbour, as in
single-cell clustering): a link inside a dense group of similar answers is strong, a link that
bridges two groups is weak. Modularity then finds the groups that are more tightly linked
inside than chance, which sets the number of themes by itself.

Plain modularity (resolution 1) merges groups that are small next to the whole graph (its
"resolution limit"), and interview themes are small: a handful of statements in a study of
hundreds. So the resolution is set higher (6: on real interviews that separates "worried where
my card details go" from "the fees showed up late", and it suits short requests as well). In
a very small study that would break every group apart, because a statement only joins a group
when its links into it outweigh about ``resolution * k / n``; so the resolution is capped at
``n / (small_study_factor * k)`` (factor 2; never below 1). A stronger cap (factor 15, so
450 statements get resolution 3) was tried for small studies: it cuts the sample study from
43 to 28 themes, but it merges the small, focused themes (two different workarounds told by
2–3 people each) before the broad narrative ones, so it was not taken; see
``effective_resolution``.

The price of a high resolution: a large theme of evenly similar statements can come out cut
in two or three neighbouring themes ("ideas · brainstorming", "brainstorm · help"). Groups
that are nearly as similar to each other as within themselves are joined again (merge_close),
and a person can merge the rest in one command; a catch-all theme would be worse, because it
hides the distinct things people said.

Groups too small to be a pattern, and statements far from the centre of their group, are
outliers (label ``-1``): they are listed, not dropped. With a fixed seed and a fixed node
order the result is deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from listenwell.analysis.embed import normalize

OUTLIER = -1


class Clusterer(Protocol):
    def fit(self, vectors: np.ndarray) -> np.ndarray:
        """One label per row; ``-1`` marks an outlier. Labels are 0..k-1, largest group first."""
        ...


@dataclass(frozen=True)
class GraphClusterOptions:
    n_neighbors: int = 10  # links per statement in the similarity graph
    min_similarity: float = 0.25  # links weaker than this (cosine) are not made
    resolution: float = 6.0  # modularity resolution: higher gives more, smaller themes
    small_study_factor: float = 2.0  # resolution <= n / (this * n_neighbors): a larger factor
    # gives small studies a lower resolution, so fewer, fuller themes (see the docstring)
    min_size: int = 3  # smaller groups are outliers, not themes
    outlier_similarity: float = 0.3  # a member less similar than this to its centre is an outlier
    merge_ratio: float = 0.9  # join groups as alike to each other as this share of their own
    # cohesion (see merge_close)
    refine_steps: int = 2  # rounds of moving each statement to its closest theme centre
    seed: int = 0


def knn(vectors: np.ndarray, k: int, chunk: int = 2048) -> tuple[np.ndarray, np.ndarray]:
    """Indices and cosine similarities of each row's ``k`` nearest other rows (unit vectors)."""
    n = vectors.shape[0]
    k = max(0, min(k, n - 1))
    idx = np.zeros((n, k), dtype=np.int64)
    sim = np.zeros((n, k), dtype=np.float32)
    if k == 0:
        return idx, sim
    for lo in range(0, n, chunk):
        block = vectors[lo : lo + chunk] @ vectors.T
        rows = np.arange(block.shape[0])
        block[rows, rows + lo] = -np.inf  # not your own neighbour
        part = np.argpartition(-block, k - 1, axis=1)[:, :k]
        psim = np.take_along_axis(block, part, axis=1)
        # order each row by similarity, ties by index, so the graph is built the same each time
        order = np.lexsort((part, -psim), axis=1)
        idx[lo : lo + chunk] = np.take_along_axis(part, order, axis=1)
        sim[lo : lo + chunk] = np.take_along_axis(psim, order, axis=1)
    return idx, sim


def snn_weights(idx: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Shared-neighbour weight of each link ``rows[e] -> idx[rows[e], cols[e]]``: the share of
    the two neighbour lists they have in common, plus 0.5 when the link goes both ways."""
    from scipy.sparse import csr_matrix

    n, k = idx.shape
    if k == 0 or rows.size == 0:
        return np.zeros(rows.size, dtype=np.float32)
    adj = csr_matrix((np.ones(n * k, dtype=np.float32), (np.repeat(np.arange(n), k), idx.ravel())),
                     shape=(n, n))
    targets = idx[rows, cols]
    shared = np.asarray(adj[rows].multiply(adj[targets]).sum(axis=1)).ravel()
    mutual = np.asarray(adj[targets, rows]).ravel()
    return (shared / k + 0.5 * mutual).astype(np.float32)


def relabel_by_size(labels: np.ndarray) -> np.ndarray:
    """Renumber groups 0..k-1, largest first (ties: earliest member first); keep -1."""
    out = np.full_like(labels, OUTLIER)
    groups = [g for g in np.unique(labels) if g != OUTLIER]
    sized = sorted(groups, key=lambda g: (-int((labels == g).sum()), int(np.argmax(labels == g))))
    for new, g in enumerate(sized):
        out[labels == g] = new
    return out


def centroids(vectors: np.ndarray, labels: np.ndarray) -> dict[int, np.ndarray]:
    """Unit-length mean vector of each group (not of the outliers)."""
    out = {}
    for g in np.unique(labels):
        if g == OUTLIER:
            continue
        out[int(g)] = normalize(vectors[labels == g].mean(axis=0, keepdims=True))[0]
    return out


def merge_close(vectors: np.ndarray, labels: np.ndarray, ratio: float) -> np.ndarray:
    """Join two groups when they are, on average, nearly as similar to each other as each is
    within itself: then they are pieces of one evenly dense theme that a high modularity
    resolution cut apart. Most alike pair first.

    With unit vectors the mean similarity between groups A and B is ``mean(A) . mean(B)`` and
    between distinct members of A it is ``(n|mean(A)|^2 - 1) / (n - 1)``, so this needs only
    the group means; the more cohesive group of the two sets the bar. Comparing with
    each group's own cohesion, not with a fixed threshold, keeps broad related themes apart
    (their means are alike, but their members are not)."""
    labels = labels.copy()
    while True:
        keys = sorted(int(g) for g in np.unique(labels) if g != OUTLIER)
        if len(keys) < 2:
            return labels
        means = np.stack([vectors[labels == k].mean(axis=0) for k in keys])
        sizes = np.array([(labels == k).sum() for k in keys], dtype=np.float64)
        # mean similarity between distinct members: |mean|^2 counts each member with itself
        within = (sizes * np.einsum("ij,ij->i", means, means) - 1) / np.maximum(sizes - 1, 1)
        cross = means @ means.T
        score = cross / np.maximum(np.maximum.outer(within, within), 1e-6)
        np.fill_diagonal(score, -np.inf)
        i, j = np.unravel_index(int(np.argmax(score)), score.shape)
        if score[i, j] < ratio:
            return labels
        labels[labels == keys[j]] = keys[i]


def settle_borders(vectors: np.ndarray, labels: np.ndarray, min_similarity: float,
                   steps: int) -> np.ndarray:
    """Move each statement to the group whose centre it is closest to (k-means steps started
    from the graph's groups): the graph finds the themes, the centres settle their borders.
    A statement closer than ``min_similarity`` to no centre becomes an outlier."""
    for _ in range(steps):
        cents = centroids(vectors, labels)
        if not cents:
            return labels
        keys = np.array(sorted(cents))
        sims = vectors @ np.stack([cents[k] for k in keys]).T
        best = sims.argmax(axis=1)
        new = np.where(sims[np.arange(len(best)), best] >= min_similarity, keys[best], OUTLIER)
        if (new == labels).all():
            break
        labels = new
    return labels


def mark_outliers(
    vectors: np.ndarray, labels: np.ndarray, min_size: int, min_similarity: float
) -> np.ndarray:
    """Drop members far from their group's centre and groups too small to be a pattern."""
    labels = labels.copy()
    for _ in range(2):  # centres move a little once the far members leave
        for g, c in centroids(vectors, labels).items():
            members = np.flatnonzero(labels == g)
            far = members[vectors[members] @ c < min_similarity]
            labels[far] = OUTLIER
        for g in np.unique(labels):
            if g != OUTLIER and (labels == g).sum() < min_size:
                labels[labels == g] = OUTLIER
    return relabel_by_size(labels)


def effective_resolution(options: GraphClusterOptions, n: int) -> float:
    """The modularity resolution used for ``n`` statements: the configured one, lowered for
    small studies in proportion to their size (never below 1)."""
    cap = n / (max(options.small_study_factor, 1e-6) * max(options.n_neighbors, 1))
    return max(1.0, min(options.resolution, cap))


class GraphClusterer:
    """k-nearest-neighbour similarity graph + Louvain modularity (networkx)."""

    def __init__(self, options: GraphClusterOptions = GraphClusterOptions()) -> None:
        self.options = options

    def fit(self, vectors: np.ndarray) -> np.ndarray:
        import networkx as nx

        o = self.options
        v = normalize(vectors)
        n = v.shape[0]
        if n == 0:
            return np.zeros(0, dtype=np.int64)
        idx, sim = knn(v, o.n_neighbors)
        graph = nx.Graph()
        graph.add_nodes_from(range(n))
        rows, cols = np.nonzero(sim >= o.min_similarity)
        weights = snn_weights(idx, rows, cols)
        graph.add_weighted_edges_from(
            (int(i), int(idx[i, j]), float(w)) for i, j, w in zip(rows, cols, weights) if w > 0
        )
        resolution = effective_resolution(o, n)
        comms = nx.community.louvain_communities(
            graph, weight="weight", resolution=resolution, seed=o.seed
        )
        labels = np.full(n, OUTLIER, dtype=np.int64)
        for g, members in enumerate(sorted(comms, key=lambda c: min(c))):
            labels[list(members)] = g
        labels = merge_close(v, labels, o.merge_ratio)
        labels = settle_borders(v, labels, o.outlier_similarity, o.refine_steps)
        return mark_outliers(v, labels, o.min_size, o.outlier_similarity)


def split_dominant_voice(
    vectors: np.ndarray,
    labels: np.ndarray,
    voices: Sequence[str],
    min_size: int = 3,
    join_similarity: float = 0.45,
) -> np.ndarray:
    """Take one person's story out of a theme that it dominates.

    Statements are grouped by meaning, without knowing who said them, so one participant
    telling one vivid story at length (eight sentences about signing up on the smart TV) can
    pull a few related lines from other people into "their" group: the theme then shows four
    voices where there is one story. One story must not pass for a pattern. So when more than
    half of a group's statements, and at least ``min_size`` of them, come from one voice, that
    voice's statements stay as the group (a single-voice theme, flagged as such) and the
    others leave it: they form a group of their own when they are still ``min_size`` or more
    from at least two voices, else each joins the closest other group (cosine to its centre at
    least ``join_similarity``) or becomes an outlier. ``vectors`` are unit rows."""
    labels = labels.copy()
    voices = list(voices)
    next_label = int(labels.max()) + 1 if labels.size else 0
    loose: list[tuple[int, int]] = []
    for g in sorted(int(x) for x in np.unique(labels) if x != OUTLIER):
        members = np.flatnonzero(labels == g)
        counts: dict[str, int] = {}
        for i in members:
            counts[voices[i]] = counts.get(voices[i], 0) + 1
        top, n_top = max(sorted(counts.items()), key=lambda kv: kv[1])
        if len(counts) < 2 or n_top < min_size or 2 * n_top <= len(members):
            continue
        rest = [int(i) for i in members if voices[i] != top]
        if len(rest) >= min_size and len({voices[i] for i in rest}) >= 2:
            labels[rest] = next_label
            next_label += 1
        else:
            labels[rest] = OUTLIER
            loose.extend((i, g) for i in rest)
    if loose:
        cents = centroids(vectors, labels)
        for i, origin in loose:  # the closest *other* group: the story is one person's
            others = {k: c for k, c in cents.items() if k != origin}
            key = assign_nearest(vectors[[i]], others, join_similarity)[0]
            labels[i] = OUTLIER if key is None else key
    return relabel_by_size(labels)


def assign_nearest(
    vectors: np.ndarray, centres: dict[int, np.ndarray], min_similarity: float
) -> list[int | None]:
    """For each row, the key of the most similar centre when at least ``min_similarity``."""
    if not centres or vectors.shape[0] == 0:
        return [None] * vectors.shape[0]
    keys = sorted(centres)
    mat = np.stack([centres[k] for k in keys])
    sims = normalize(vectors) @ mat.T
    best = sims.argmax(axis=1)
    return [keys[b] if sims[i, b] >= min_similarity else None for i, b in enumerate(best)]


def split_in_two(vectors: np.ndarray, seed: int = 0) -> np.ndarray:
    """Labels 0/1 cutting a theme in two (deterministic k-means); the larger part is 0."""
    from sklearn.cluster import KMeans

    if vectors.shape[0] < 2:
        return np.zeros(vectors.shape[0], dtype=np.int64)
    lab = KMeans(n_clusters=2, n_init=4, random_state=seed).fit_predict(normalize(vectors))
    return relabel_by_size(lab.astype(np.int64))
