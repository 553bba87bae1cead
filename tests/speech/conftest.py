"""Session fixtures for the speech tests: the conversation and the loaded pipeline, built once."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from speech_audio import CONVERSATION, Conversation, build_conversation, write_wav

from listenwell.speech.media import SAMPLE_RATE


@pytest.fixture(scope="session")
def conversation(tmp_path_factory) -> Conversation:
    samples, turns = build_conversation(CONVERSATION)
    path = write_wav(samples, tmp_path_factory.mktemp("speech") / "conversation.wav")
    return Conversation(path, samples, turns)


@pytest.fixture(scope="session")
def pipeline():
    from listenwell.speech.pipeline import SpeechPipeline

    return SpeechPipeline()


@pytest.fixture(scope="session")
def silence_wav(tmp_path_factory) -> Path:
    rng = np.random.default_rng(1)
    quiet = (rng.standard_normal(4 * SAMPLE_RATE) * 1e-4).astype(np.float32)
    return write_wav(quiet, tmp_path_factory.mktemp("speech") / "silence.wav")
