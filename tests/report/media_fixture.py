"""Generate small test recordings with PyAV: a steady tone (so silence is measurable) as
.m4a, and the same tone under moving colour frames as .mp4."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np

RATE = 48000


def tone(seconds: float, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (0.4 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def write_media(path: Path, seconds: float = 6.0, *, video: bool) -> Path:
    """A steady tone as .m4a, or as .mp4 under moving colour frames."""
    return write_speech_media(tone(seconds), RATE, path, video=video)


def decode_audio(path: Path) -> np.ndarray:
    with av.open(str(path)) as c:
        rs = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        out = []
        for fr in c.decode(c.streams.audio[0]):
            out += [r.to_ndarray().reshape(-1) for r in rs.resample(fr)]
        return np.concatenate(out)


def write_speech_media(samples: np.ndarray, rate: int, path: Path, *, video: bool) -> Path:
    """Real speech (e.g. espeak-ng) as .m4a, or as .mp4 under plain moving frames."""
    fmt = "ipod" if path.suffix == ".m4a" else "mp4"
    c = av.open(str(path), "w", format=fmt)
    v = None
    if video:
        v = c.add_stream("libx264", rate=10)
        v.width, v.height, v.pix_fmt = 160, 120, "yuv420p"
    a = c.add_stream("aac", rate=rate)
    a.layout = "mono"
    size = 1024
    x = np.concatenate([samples.astype(np.float32), np.zeros(size, np.float32)])
    for i in range(0, x.size - size, size):
        f = av.AudioFrame.from_ndarray(x[i : i + size].reshape(1, -1), format="fltp", layout="mono")
        f.sample_rate, f.pts, f.time_base = rate, i, Fraction(1, rate)
        for p in a.encode(f):
            c.mux(p)
    if v is not None:
        for k in range(int(samples.size / rate * 10)):
            img = np.full((120, 160, 3), (k * 5) % 255, dtype=np.uint8)
            f = av.VideoFrame.from_ndarray(img, format="rgb24").reformat(format="yuv420p")
            f.pts = k
            for p in v.encode(f):
                c.mux(p)
        for p in v.encode(None):
            c.mux(p)
    for p in a.encode(None):
        c.mux(p)
    c.close()
    return path
