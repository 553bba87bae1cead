import numpy as np

from listenwell.analysis.pipeline import place_statements


def _group(centre: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    x = centre + 0.1 * rng.normal(size=(n, centre.shape[0]))
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_first_run_clusters_everything() -> None:
    rng = np.random.default_rng(1)
    a, b = rng.normal(size=16), rng.normal(size=16)
    x = np.vstack([_group(a, 8, rng), _group(b, 6, rng)])
    p = place_statements(x, [None] * 14, [True] * 14, {})
    assert sorted(sorted(g) for g in p.new_groups) == [list(range(8)), list(range(8, 14))]
    assert p.joined == 0


def test_new_statements_join_the_closest_theme_and_placed_ones_stay() -> None:
    rng = np.random.default_rng(2)
    a, b, c = rng.normal(size=16), rng.normal(size=16), rng.normal(size=16)
    old = _group(a, 5, rng)
    new_like_a = _group(a, 2, rng)
    new_other = _group(c, 4, rng)
    x = np.vstack([old, new_like_a, new_other])
    current = [7] * 5 + [None] * 6
    current[0] = 9  # a person moved it elsewhere: it stays there
    centre_a = a / np.linalg.norm(a)
    centre_b = b / np.linalg.norm(b)
    p = place_statements(x, current, [False] * 5 + [True] * 6, {7: centre_a, 9: centre_b})
    assert p.existing[:7] == [9, 7, 7, 7, 7, 7, 7]
    assert p.joined == 2
    assert [sorted(g) for g in p.new_groups] == [[7, 8, 9, 10]]


def test_nothing_new_moves_nothing() -> None:
    rng = np.random.default_rng(3)
    x = _group(rng.normal(size=8), 6, rng)
    current = [1, 1, 1, None, None, 1]
    p = place_statements(x, current, [False] * 6, {1: x[0]})
    assert p.existing == current and p.new_groups == [] and p.outliers == [3, 4]
