"""The faster-whisper adapter: model and device choice, and real transcription."""

from __future__ import annotations

import re

import pytest
from speech_audio import shared_audio

from listenwell.domain.errors import InputError, MissingDependency
from listenwell.speech.media import decode
from listenwell.speech.transcriber import (
    Transcriber,
    cuda_available,
    packaged_model_path,
    resolve_device,
    resolve_model,
)


def test_default_model_is_the_packaged_tiny_en():
    path = resolve_model(None)
    assert path == str(packaged_model_path())
    assert (packaged_model_path() / "model.bin").is_file()


def test_model_folder_is_used_as_is(tmp_path):
    assert resolve_model(str(packaged_model_path())) == str(packaged_model_path())
    with pytest.raises(InputError, match="model.bin"):
        resolve_model(str(tmp_path))


def test_unknown_model_name():
    with pytest.raises(InputError, match="unknown model 'tiny-banana'"):
        resolve_model("tiny-banana")


def test_named_model_not_here_says_how_to_get_it():
    notices: list[str] = []
    with pytest.raises(MissingDependency) as info:
        resolve_model("large-v1", allow_download=False, notice=notices.append)
    assert "--model" in str(info.value) and "download_model('large-v1')" in str(info.value)
    assert notices == []  # nothing was announced, nothing fetched


def test_devices():
    assert resolve_device("cpu") == ("cpu", "int8")
    with pytest.raises(InputError, match="--device"):
        resolve_device("tpu")
    if cuda_available():
        assert resolve_device("auto") == ("cuda", "float16")
    else:
        assert resolve_device("auto") == ("cpu", "int8")
        with pytest.raises(InputError, match="no CUDA GPU"):
            resolve_device("cuda")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def test_transcribes_jfk_with_word_times(pipeline):
    transcriber: Transcriber = pipeline.transcriber
    audio = decode(shared_audio("jfk.wav"))
    seen: list[tuple[float, float]] = []
    result = transcriber.transcribe(audio.samples, progress=lambda d, t, w: seen.append((d, t)))
    text = " ".join(w.text for w in result.words)
    for key in ["fellow", "americans", "country", "ask"]:
        assert key in _words(text)
    assert result.language == "en"
    starts = [w.start for w in result.words]
    assert starts == sorted(starts)
    assert all(w.end >= w.start for w in result.words)
    assert result.words[-1].end == pytest.approx(10.5, abs=1.0)
    assert seen[-1] == (audio.duration, audio.duration)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_english_only_model_refuses_other_languages(pipeline):
    with pytest.raises(InputError, match="English-only"):
        pipeline.transcriber.transcribe(decode(shared_audio("jfk.wav")).samples, language="de")
