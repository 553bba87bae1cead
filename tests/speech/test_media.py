"""Decoding with PyAV: every container to 16 kHz mono, and every bad file to one InputError."""

from __future__ import annotations

import struct
import wave

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from listenwell.domain.errors import InputError
from listenwell.speech.media import SAMPLE_RATE, decode, encode, probe

from speech_audio import shared_audio, write_wav


def test_decodes_wav_and_flac_to_16k_mono():
    for name, seconds in [("jfk.wav", 11.0), ("librispeech_2412-153948-0000.flac", 11.66)]:
        audio = decode(shared_audio(name))
        assert audio.samples.dtype == np.float32
        assert audio.samples.ndim == 1
        assert audio.duration == pytest.approx(seconds, abs=0.05)
        assert 0.01 < float(np.abs(audio.samples).max()) <= 1.0


def test_stereo_keeps_each_channel():
    audio = decode(shared_audio("stereo_diarization.wav"), keep_channels=True)
    assert audio.info.channels == 2
    assert len(audio.channels) == 2
    left, right = audio.channels
    # The right speaker stops after about 2.5 s; the left one goes on.
    tail = slice(3 * SAMPLE_RATE, 4 * SAMPLE_RATE)
    assert np.abs(left[tail]).mean() > 10 * np.abs(right[tail]).mean()
    assert np.allclose(audio.samples, (left + right) / 2, atol=1e-6)


@pytest.mark.parametrize("suffix,video", [(".m4a", False), (".mp4", True)])
def test_m4a_and_mp4_made_with_pyav(tmp_path, suffix, video):
    tone = np.sin(2 * np.pi * 440 * np.arange(2 * SAMPLE_RATE) / SAMPLE_RATE).astype(np.float32)
    path = encode(0.3 * tone, tmp_path / f"clip{suffix}", video=video)
    info = probe(path)
    assert info.codec == "aac"
    assert info.kind == ("video" if video else "audio")
    audio = decode(path)
    assert audio.duration == pytest.approx(2.0, abs=0.1)
    # AAC is lossy, but a tone stays a tone: its energy sits at 440 Hz.
    spectrum = np.abs(np.fft.rfft(audio.samples))
    assert abs(np.argmax(spectrum) * SAMPLE_RATE / len(audio.samples) - 440) < 5


def _error(path) -> str:
    with pytest.raises(InputError) as info:
        decode(path)
    assert info.value.file == str(path)
    return str(info.value)


def test_not_media(tmp_path):
    text = tmp_path / "notes.m4a"
    text.write_text("this is not a recording\n")
    assert "not an audio or video file" in _error(text)


def test_random_bytes(tmp_path):
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(np.random.default_rng(0).integers(0, 256, 5000, dtype=np.uint8).tobytes())
    _error(junk)


def test_missing_file(tmp_path):
    assert "no such file" in _error(tmp_path / "nope.wav")


def test_truncated_wav(tmp_path):
    data = shared_audio("jfk.wav").read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(data[: len(data) // 3])
    assert "truncated" in _error(cut)


def test_truncated_m4a(tmp_path):
    tone = np.sin(np.arange(3 * SAMPLE_RATE) / 10).astype(np.float32) * 0.2
    whole = encode(tone, tmp_path / "whole.m4a").read_bytes()
    cut = tmp_path / "cut.m4a"
    cut.write_bytes(whole[: len(whole) // 2])
    assert "truncated" in _error(cut) or "corrupt" in _error(cut)


def test_zero_length_audio(tmp_path):
    empty = tmp_path / "empty.wav"
    with wave.open(str(empty), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(b"")
    assert "zero length" in _error(empty)


def test_unsupported_codec(tmp_path):
    fmt = struct.pack("<HHIIHH", 0x1234, 1, SAMPLE_RATE, 2 * SAMPLE_RATE, 2, 16)
    data = b"\0" * 32000
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + \
        struct.pack("<I", len(data)) + data
    odd = tmp_path / "odd.wav"
    odd.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    assert "unsupported audio codec" in _error(odd)


def test_video_without_audio_is_refused(tmp_path):
    import av

    path = tmp_path / "silent_film.mp4"
    with av.open(str(path), "w") as out:
        vs = out.add_stream("mpeg4", rate=5)
        vs.width, vs.height, vs.pix_fmt = 32, 32, "yuv420p"
        for n in range(5):
            frame = av.VideoFrame.from_ndarray(np.zeros((32, 32, 3), np.uint8), format="rgb24")
            frame.pts = n
            for p in vs.encode(frame):
                out.mux(p)
        for p in vs.encode(None):
            out.mux(p)
    assert "no audio stream" in _error(path)


def test_wav_round_trip_keeps_samples(tmp_path):
    x = (np.sin(np.arange(SAMPLE_RATE) / 7) * 0.5).astype(np.float32)
    audio = decode(write_wav(x, tmp_path / "x.wav"))
    assert np.allclose(audio.samples, x, atol=1e-4)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=4096))
def test_any_bytes_decode_or_input_error(tmp_path, data):
    path = tmp_path / "any.bin"
    path.write_bytes(data)
    try:
        audio = decode(path)
    except InputError as exc:
        assert exc.file == str(path)
    else:
        assert audio.samples.dtype == np.float32 and len(audio.samples) > 0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=0, max_value=8000), st.binary(min_size=1, max_size=64))
def test_damaged_wav_decodes_or_input_error(tmp_path, cut, noise):
    """A real WAV with its tail cut and garbage written in: a result or an InputError."""
    data = bytearray(shared_audio("jfk.wav").read_bytes()[: 44 + cut * 2])
    at = min(len(data) - 1, 20)
    data[at:at + len(noise)] = noise
    path = tmp_path / "damaged.wav"
    path.write_bytes(bytes(data))
    try:
        decode(path)
    except InputError as exc:
        assert exc.file == str(path)
