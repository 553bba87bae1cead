import numpy as np
import pytest

from listenwell.analysis.embed import PrecomputedEmbedder, default_model_path, text_hash

pytestmark = pytest.mark.slow


def test_real_model_puts_similar_sentences_close(theme_embedder) -> None:  # noqa: ANN001
    v = theme_embedder.encode(["My card was declined at checkout.",
                         "The payment with my credit card failed.",
                         "I love hiking in the mountains."])
    assert v.shape == (3, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2


def test_encode_keeps_the_callers_order(theme_embedder) -> None:  # noqa: ANN001
    texts = ["a much longer sentence about exporting orders to a spreadsheet", "short", "mid one"]
    both = theme_embedder.encode(texts)
    alone = theme_embedder.encode([texts[1]])
    assert np.allclose(both[1], alone[0], atol=1e-5)


def test_model_ships_in_a_package_and_hash_is_stable() -> None:
    assert (default_model_path() / "config.json").exists()
    assert text_hash("abc") == text_hash("abc") != text_hash("abd")
    pre = PrecomputedEmbedder("m", {"x": np.array([3.0, 4.0])})
    assert np.allclose(pre.encode(["x"]), [[0.6, 0.8]])
