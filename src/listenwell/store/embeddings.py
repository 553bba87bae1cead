"""The embedding cache: vectors by model name and text hash, so re-analysis does not re-embed.

Vectors are stored as little-endian float32 bytes. The cache is shared by all studies of a
workspace (the same sentence has the same vector wherever it was said).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from listenwell.store.tables import EmbeddingRow

_CHUNK = 500  # SQLite allows a limited number of bound parameters per statement


def load_vectors(session: Session, model: str, hashes: Iterable[str]) -> dict[str, np.ndarray]:
    wanted = sorted(set(hashes))
    out: dict[str, np.ndarray] = {}
    for lo in range(0, len(wanted), _CHUNK):
        rows = session.execute(
            select(EmbeddingRow.text_hash, EmbeddingRow.vector).where(
                EmbeddingRow.model == model, EmbeddingRow.text_hash.in_(wanted[lo : lo + _CHUNK])
            )
        )
        for h, blob in rows:
            out[h] = np.frombuffer(blob, dtype="<f4")
    return out


def save_vectors(session: Session, model: str, vectors: dict[str, np.ndarray]) -> None:
    """Add vectors not cached yet (callers pass only misses)."""
    if not vectors:
        return
    session.execute(
        insert(EmbeddingRow),
        [
            {"model": model, "text_hash": h, "dim": int(v.shape[0]),
             "vector": np.asarray(v, dtype="<f4").tobytes()}
            for h, v in sorted(vectors.items())
        ],
    )
