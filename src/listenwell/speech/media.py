"""Open any audio or video container with PyAV and turn its first audio stream into samples.

Whisper and the speaker encoder both want 16 kHz mono float32, so that is what ``decode``
returns; call recordings keep one array per channel as well (for ``--stereo-split``). Every
way a file can be unusable — not media at all, cut short, a codec FFmpeg cannot decode, an
audio stream with no samples — becomes one ``InputError`` that names the file, so a bad
recording never reaches the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import av
import numpy as np

from listenwell.domain.errors import InputError

SAMPLE_RATE = 16_000

# A file whose decodable audio falls this far short of what its header promises is cut off.
_TRUNCATED_RATIO = 0.9
_TRUNCATED_SLACK_S = 1.0
_COVER_ART_CODECS = {"mjpeg", "png", "bmp", "gif", "webp"}


@dataclass
class MediaInfo:
    """What a container says about itself, before any decoding."""

    path: Path
    format: str
    kind: str  # "audio" or "video"
    codec: str
    channels: int
    sample_rate: int
    duration: float | None  # seconds, as the header declares it; None when it does not say


@dataclass
class DecodedAudio:
    """16 kHz float32 samples in [-1, 1]: the mono mix, and each channel when asked for."""

    info: MediaInfo
    samples: np.ndarray
    channels: list[np.ndarray] = field(default_factory=list)
    sample_rate: int = SAMPLE_RATE

    @property
    def duration(self) -> float:
        return len(self.samples) / self.sample_rate


def _open(path: Path) -> av.container.InputContainer:
    if not path.is_file():
        raise InputError("no such file", file=str(path))
    try:
        return av.open(str(path), mode="r")
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"not an audio or video file, or truncated/corrupt ({_reason(exc)})",
                         file=str(path)) from exc


def _reason(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc)
    return text.split(":")[-1].strip() if text else type(exc).__name__


def _info(path: Path, container: av.container.InputContainer) -> MediaInfo:
    if not container.streams.audio:
        raise InputError("has no audio stream", file=str(path))
    stream = container.streams.audio[0]
    ctx = stream.codec_context
    if ctx is None or ctx.codec is None:
        raise InputError("unsupported audio codec: FFmpeg cannot decode this audio stream",
                         file=str(path))
    duration = None
    if stream.duration is not None and stream.time_base is not None:
        duration = float(stream.duration * stream.time_base)
    elif container.duration is not None:
        duration = container.duration / av.time_base
    # Cover art in .m4a/.mp3 files is a one-picture video stream; it does not make a video.
    has_video = any(v.codec_context.name not in _COVER_ART_CODECS for v in container.streams.video)
    return MediaInfo(
        path=path,
        format=container.format.name,
        kind="video" if has_video else "audio",
        codec=ctx.name,
        channels=ctx.channels or 1,
        sample_rate=ctx.sample_rate or 0,
        duration=duration,
    )


def _wav_declared_seconds(path: Path) -> float | None:
    """What a RIFF/WAVE header promises. FFmpeg sizes a WAV from the file length, so a WAV
    that was cut off mid-copy would otherwise pass as a shorter, valid recording."""
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return None
            byte_rate = None
            while True:
                chunk = fh.read(8)
                if len(chunk) < 8:
                    return None
                cid, size = chunk[:4], int.from_bytes(chunk[4:], "little")
                if cid == b"fmt ":
                    fmt = fh.read(size)
                    byte_rate = int.from_bytes(fmt[8:12], "little") if len(fmt) >= 12 else None
                    fh.seek(size % 2, 1)
                elif cid == b"data":
                    if not byte_rate or size in (0, 0xFFFFFFFF):  # 0/-1: streamed, size unknown
                        return None
                    return size / byte_rate
                else:
                    fh.seek(size + size % 2, 1)
    except OSError:
        return None


def probe(path: str | Path) -> MediaInfo:
    """Read the header only: cheap enough to size a progress bar over many files."""
    path = Path(path)
    with _open(path) as container:
        return _info(path, container)


def decode(path: str | Path, *, keep_channels: bool = False) -> DecodedAudio:
    """Decode the first audio stream to 16 kHz float32.

    ``keep_channels`` also returns each channel separately; the mono mix is then their mean,
    so the file is decoded once.
    """
    path = Path(path)
    with _open(path) as container:
        info = _info(path, container)
        stream = container.streams.audio[0]
        try:
            stream.codec_context  # noqa: B018 - raises for codecs FFmpeg cannot open
            layout = "stereo" if keep_channels and info.channels >= 2 else "mono"
            resampler = av.AudioResampler(format="fltp", layout=layout, rate=SAMPLE_RATE)
            chunks: list[np.ndarray] = []
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray())
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray())
        except av.error.FFmpegError as exc:
            raise InputError(f"cannot decode the audio ({_reason(exc)})", file=str(path)) from exc
        except (ValueError, NotImplementedError) as exc:
            raise InputError(f"unsupported audio codec {info.codec!r} ({exc})",
                             file=str(path)) from exc
    if not chunks:
        raise InputError("the audio stream is empty (zero length)", file=str(path))
    data = np.concatenate(chunks, axis=1).astype(np.float32, copy=False)
    if data.shape[1] == 0:
        raise InputError("the audio stream is empty (zero length)", file=str(path))
    np.clip(data, -1.0, 1.0, out=data)
    decoded_s = data.shape[1] / SAMPLE_RATE
    if info.format == "wav":
        info.duration = _wav_declared_seconds(path) or info.duration
    if info.duration and decoded_s < info.duration * _TRUNCATED_RATIO - _TRUNCATED_SLACK_S:
        raise InputError(
            f"truncated or corrupt: the header promises {info.duration:.1f} s of audio "
            f"but only {decoded_s:.1f} s can be decoded",
            file=str(path),
        )
    if data.shape[0] == 1:
        mono = np.ascontiguousarray(data[0])
        channels = [mono] if keep_channels else []
    else:
        channels = [np.ascontiguousarray(ch) for ch in data]
        mono = data.mean(axis=0).astype(np.float32)
    return DecodedAudio(info=info, samples=mono, channels=channels)


def encode(samples: np.ndarray, path: str | Path, *, bitrate: int = 32_000,
           video: bool = False) -> Path:
    """Write 16 kHz mono float32 samples as AAC in an .m4a/.mp4 (with a plain black video
    track when ``video``): how the sample recording and the tests make phone- and Zoom-like
    files. Written to a temporary name, then moved into place."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    pcm = np.clip(np.asarray(samples, np.float32), -1.0, 1.0).reshape(1, -1)
    fmt = "mp4" if path.suffix.lower() in (".m4a", ".mp4", ".mov") else None
    with av.open(str(tmp), mode="w", format=fmt) as out:
        astream = out.add_stream("aac", rate=SAMPLE_RATE)
        astream.bit_rate = bitrate
        astream.layout = "mono"
        vstream = None
        if video:
            vstream = out.add_stream("mpeg4", rate=5)
            vstream.width, vstream.height, vstream.pix_fmt = 64, 48, "yuv420p"
        step = 1024
        for i in range(0, pcm.shape[1], step):
            frame = av.AudioFrame.from_ndarray(pcm[:, i:i + step], format="fltp", layout="mono")
            frame.sample_rate = SAMPLE_RATE
            frame.pts = i
            for packet in astream.encode(frame):
                out.mux(packet)
        for packet in astream.encode(None):
            out.mux(packet)
        if vstream is not None:
            black = np.zeros((48, 64, 3), np.uint8)
            for n in range(int(pcm.shape[1] / SAMPLE_RATE * 5) + 1):
                vf = av.VideoFrame.from_ndarray(black, format="rgb24")
                vf.pts = n
                for packet in vstream.encode(vf):
                    out.mux(packet)
            for packet in vstream.encode(None):
                out.mux(packet)
    tmp.replace(path)
    return path
