import numpy as np

from listenwell.analysis.cluster import (
    OUTLIER,
    GraphClusterer,
    assign_nearest,
    knn,
    relabel_by_size,
    split_in_two,
)


def _blobs(seed: int = 0, sizes=(40, 25, 12), dim: int = 32, noise: float = 0.15):  # noqa: ANN001
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(len(sizes), dim))
    xs, ys = [], []
    for c, (centre, size) in enumerate(zip(centres, sizes)):
        xs.append(centre + noise * rng.normal(size=(size, dim)) * np.linalg.norm(centre))
        ys += [c] * size
    x = np.vstack(xs).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True), np.array(ys)


def test_finds_the_number_of_groups_by_itself() -> None:
    x, y = _blobs(sizes=(16, 10, 6))
    labels = GraphClusterer().fit(x)
    assert len(set(labels.tolist()) - {OUTLIER}) == 3
    for g in range(3):  # each true group lands in one cluster
        assert len(set(labels[y == g].tolist()) - {OUTLIER}) == 1
    assert (labels == 0).sum() >= (labels == 1).sum() >= (labels == 2).sum(), "largest first"


def test_a_far_away_point_is_an_outlier() -> None:
    x, _ = _blobs(dim=128)
    q, _ = np.linalg.qr(x.T)  # a direction unlike every statement: orthogonal to all of them
    r = np.random.default_rng(9).normal(size=128)
    odd = (r - q @ (q.T @ r))[None, :]
    odd /= np.linalg.norm(odd)
    labels = GraphClusterer().fit(np.vstack([x, odd]))
    assert labels[-1] == OUTLIER


def test_deterministic() -> None:
    x, _ = _blobs(seed=3)
    assert (GraphClusterer().fit(x) == GraphClusterer().fit(x)).all()


def test_knn_orders_neighbours_and_skips_self() -> None:
    x, _ = _blobs()
    idx, sim = knn(x, 5, chunk=7)
    assert (idx != np.arange(len(x))[:, None]).all()
    assert (np.diff(sim, axis=1) <= 1e-6).all()


def test_assign_nearest_respects_the_threshold() -> None:
    centres = {10: np.array([1.0, 0.0]), 20: np.array([0.0, 1.0])}
    got = assign_nearest(np.array([[0.9, 0.1], [0.1, 0.9], [-1.0, -1.0]]), centres, 0.5)
    assert got == [10, 20, None]


def test_split_in_two_and_relabel() -> None:
    x, y = _blobs(sizes=(30, 10))
    parts = split_in_two(x)
    assert set(parts.tolist()) == {0, 1} and (parts == 0).sum() == 30
    assert relabel_by_size(np.array([5, 5, -1, 2, 2, 2])).tolist() == [1, 1, -1, 0, 0, 0]


def test_one_voice_that_dominates_a_group_keeps_it_and_the_others_leave() -> None:
    from listenwell.analysis.cluster import split_dominant_voice

    x, y = _blobs(sizes=(16, 10, 6))
    labels = y.copy()
    # group 0: 10 statements from "A" and one each from six others (A has more than half)
    voices = ["A"] * 10 + ["B", "C", "D", "E", "F", "G"] + [f"v{i}" for i in range(16)]
    out = split_dominant_voice(x, labels, voices)
    story = set(out[:10].tolist())
    assert len(story) == 1 and OUTLIER not in story, "the story stays together"
    rest = set(out[10:16].tolist())
    assert len(rest) == 1 and rest != story, "six other voices form a group of their own"
    assert len(set(out.tolist())) == 4


def test_a_dominant_voice_with_few_others_sends_them_to_the_nearest_group_or_out() -> None:
    from listenwell.analysis.cluster import split_dominant_voice

    x, y = _blobs(sizes=(16, 10))
    voices = ["A"] * 15 + ["B"] + [f"v{i}" for i in range(10)]
    out = split_dominant_voice(x, y.copy(), voices)
    assert len(set(out[:15].tolist())) == 1 and out[15] != out[0]
    # no dominance (10 voices of one each): nothing changes
    assert (split_dominant_voice(x, y.copy(), [f"w{i}" for i in range(26)]) == y).all()
    # a single voice throughout is already a single-voice theme: nothing changes
    assert (split_dominant_voice(x, y.copy(), ["A"] * 26) == y).all()
