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


def test_chunk_bounds_cut_in_a_pause():
    import numpy as np

    from listenwell.speech.transcriber import chunk_bounds

    sr = 16_000
    loud = np.ones(sr * 10, np.float32) * 0.5
    quiet_at = 7 * sr
    loud[quiet_at:quiet_at + sr // 5] = 0.0  # a 200 ms pause at 7 s
    bounds = chunk_bounds(loud, chunk_s=8.0, search_s=4.0)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(loud)
    assert all(a < b for a, b in bounds)
    assert all(bounds[i][1] == bounds[i + 1][0] for i in range(len(bounds) - 1))
    assert quiet_at <= bounds[0][1] <= quiet_at + sr // 5
    assert chunk_bounds(loud[: sr], chunk_s=8.0) == [(0, sr)]


def test_long_audio_in_chunks_keeps_times_and_words():
    import numpy as np

    jfk = decode(shared_audio("jfk.wav")).samples
    twice = np.concatenate([jfk, np.zeros(16_000, np.float32), jfk])
    chunked = Transcriber(chunk_s=15.0).transcribe(twice)
    whole = _words(" ".join(w.text for w in chunked.words))
    assert whole.count("country") == 4  # "...your country can do ... for your country" x2
    second = [w for w in chunked.words if w.start > 12.0]
    assert second and second[0].start == pytest.approx(12.0, abs=1.0)
    assert [w.start for w in chunked.words] == sorted(w.start for w in chunked.words)


@pytest.mark.skipif(cuda_available(), reason="needs a machine where CUDA does not work")
def test_auto_falls_back_to_cpu_when_the_gpu_cannot_run_the_model(monkeypatch):
    """`--device auto` on a GPU whose CUDA libraries CTranslate2 cannot load (seen on an H200
    with only CUDA 13 libraries: 'libcublas.so.12 is not found') must still transcribe, on the
    CPU, and say so. Here the GPU is pretended by the device choice; the failure is real."""
    import listenwell.speech.transcriber as tr

    monkeypatch.setattr(tr, "resolve_device", lambda device: ("cuda", "float16"))
    notices: list[str] = []
    t = Transcriber(device="auto", notice=notices.append)
    assert (t.device, t.compute_type) == ("cpu", "int8")
    assert len(notices) == 1 and "using the CPU" in notices[0]
    with pytest.raises(InputError, match="cannot run the speech model on the GPU.*--device cpu"):
        Transcriber(device="cuda")
