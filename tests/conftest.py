"""Session-wide fixtures: heavy models are loaded once."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def embedder():
    from listenwell.analysis.coach.embedder import minilm_embed

    return minilm_embed
