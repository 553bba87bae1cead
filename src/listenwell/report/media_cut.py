"""Clips and highlight reels, cut with PyAV (FFmpeg's libraries; no ffmpeg binary needed).

A clip is the media behind a quote: its time span plus a little padding, with short fades
in and out so it does not start or stop mid-syllable with a click, and with the words that
redaction removed from the text silenced in the sound too (``ClipSpec.mute``).

A reel joins several clips. For video output each clip is preceded by a caption card (who
said it, when, the theme); for audio output by a short silent gap. Audio-only recordings
can still become an ``.mp4`` reel: the picture is then the caption card held while the
clip plays. Everything is re-encoded to one format (AAC mono 48 kHz, H.264 yuv420p), which
keeps the joins simple and the files small.

Audio is processed as NumPy arrays per clip (fades and mutes are array slices); video frames
are streamed from decoder to encoder, never held in memory all at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from listenwell.domain.errors import InputError

Progress = Callable[[float, float, str], None]

RATE = 48000
AUDIO_EXTS = {".m4a", ".aac", ".mp3", ".wav", ".ogg", ".opus", ".flac"}
VIDEO_EXTS = {".mp4", ".mov", ".mkv", ".webm"}


@dataclass
class ClipSpec:
    """What to cut: ``start``/``end`` in seconds of ``source``; ``mute`` spans in the same
    clock; ``caption`` lines for the reel's card (already redacted)."""

    source: Path
    start: float
    end: float
    mute: list[tuple[float, float]] = field(default_factory=list)
    caption: list[str] = field(default_factory=list)


@dataclass
class CutOptions:
    padding: float = 0.4  # seconds added before and after the quote
    fade: float = 0.15  # fade in and out, seconds
    gap: float = 0.8  # silence between clips in an audio reel
    card_seconds: float = 2.0  # caption card length in a video reel
    width: int = 640
    height: int = 360
    fps: int = 25
    audio_bitrate: int = 96_000


@dataclass
class MediaInfo:
    has_audio: bool
    has_video: bool
    duration: float | None


def probe(path: Path) -> MediaInfo:
    try:
        with av.open(str(path)) as c:
            dur = float(c.duration / av.time_base) if c.duration else None
            return MediaInfo(bool(c.streams.audio), bool(c.streams.video), dur)
    except (av.FFmpegError, OSError) as exc:
        raise InputError(f"cannot read media: {exc}", file=str(path)) from exc


def output_kind(path: Path) -> str:
    ext = Path(path).suffix.lower()
    if ext == ".m4a":
        return "audio"
    if ext == ".mp4":
        return "video"
    raise InputError("clips and reels are written as .m4a (audio) or .mp4 (video)", file=str(path))


# --- reading ----------------------------------------------------------------------------


def read_audio(path: Path, start: float, end: float) -> np.ndarray:
    """Mono float32 samples at 48 kHz for ``start..end`` seconds (silence where the media
    has no audio or ends early)."""
    n_want = max(0, int(round((end - start) * RATE)))
    out = np.zeros(n_want, dtype=np.float32)
    with av.open(str(path)) as c:
        if not c.streams.audio:
            return out
        stream = c.streams.audio[0]
        if start > 0.5:
            c.seek(int(max(0.0, start - 0.5) / stream.time_base), stream=stream, backward=True, any_frame=False)
        resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        chunks: list[np.ndarray] = []
        t0: float | None = None
        got = 0
        for frame in c.decode(stream):
            if frame.time is None:
                continue
            if t0 is None:
                t0 = float(frame.time)
            for rf in resampler.resample(frame):
                arr = rf.to_ndarray().reshape(-1)
                chunks.append(arr)
                got += arr.size
            if t0 + got / RATE > end + 0.2:
                break
        for rf in resampler.resample(None):
            chunks.append(rf.to_ndarray().reshape(-1))
    if not chunks or t0 is None:
        return out
    data = np.concatenate(chunks).astype(np.float32)
    offset = int(round((start - t0) * RATE))
    if offset >= 0:
        piece = data[offset : offset + n_want]
        out[: piece.size] = piece
    else:
        piece = data[: n_want + offset]
        out[-offset : -offset + piece.size] = piece
    return out


def shape_audio(samples: np.ndarray, clip_start: float, spec: ClipSpec, fade: float) -> np.ndarray:
    """Silence the muted spans and fade the edges. ``clip_start`` is the source time of
    sample 0."""
    out = samples.copy()
    n = out.size
    edge = int(0.01 * RATE)  # 10 ms ramps just outside a muted span: no click, no leak
    for s, e in spec.mute:
        a = max(0, int((s - clip_start) * RATE))
        b = min(n, int(np.ceil((e - clip_start) * RATE)))
        if b <= a:
            continue
        out[a:b] = 0.0
        lo = max(0, a - edge)
        out[lo:a] *= np.linspace(1.0, 0.0, a - lo, dtype=np.float32)
        hi = min(n, b + edge)
        out[b:hi] *= np.linspace(0.0, 1.0, hi - b, dtype=np.float32)
    k = min(int(fade * RATE), n // 2)
    if k > 0:
        ramp = np.linspace(0.0, 1.0, k, dtype=np.float32)
        out[:k] *= ramp
        out[n - k :] *= ramp[::-1]
    return out


# --- writing ----------------------------------------------------------------------------


class _Writer:
    """One output container with an AAC stream and, for video, an H.264 stream; keeps the
    running timestamps so clips append seamlessly."""

    def __init__(self, path: Path, *, video: bool, options: CutOptions) -> None:
        self.options = options
        fmt = "ipod" if Path(path).suffix.lower() == ".m4a" else "mp4"
        self.c = av.open(str(path), mode="w", format=fmt)
        self.v = None
        if video:
            self.v = self.c.add_stream("libx264", rate=options.fps)
            self.v.width, self.v.height = options.width, options.height
            self.v.pix_fmt = "yuv420p"
            self.v.options = {"preset": "veryfast", "crf": "28"}
            self.v.codec_context.time_base = Fraction(1, options.fps)
        self.a = self.c.add_stream("aac", rate=RATE)
        self.a.layout = "mono"
        self.a.bit_rate = options.audio_bitrate
        self.audio_pts = 0
        self.video_pts = 0
        self._pending = np.zeros(0, dtype=np.float32)

    @property
    def video_time(self) -> float:
        return self.video_pts / self.options.fps

    @property
    def audio_time(self) -> float:
        return (self.audio_pts + self._pending.size) / RATE

    def audio(self, samples: np.ndarray) -> None:
        self._pending = np.concatenate([self._pending, samples.astype(np.float32)])
        size = self.a.codec_context.frame_size or 1024
        while self._pending.size >= size:
            self._emit(self._pending[:size])
            self._pending = self._pending[size:]

    def _emit(self, chunk: np.ndarray) -> None:
        frame = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
        frame.sample_rate = RATE
        frame.pts = self.audio_pts
        frame.time_base = Fraction(1, RATE)
        self.audio_pts += chunk.size
        for pkt in self.a.encode(frame):
            self.c.mux(pkt)

    def frame(self, frame: av.VideoFrame) -> None:
        assert self.v is not None
        f = frame.reformat(width=self.options.width, height=self.options.height, format="yuv420p")
        f.pts = self.video_pts
        f.time_base = Fraction(1, self.options.fps)
        self.video_pts += 1
        for pkt in self.v.encode(f):
            self.c.mux(pkt)

    def pad_video_to(self, t: float, frame: av.VideoFrame) -> None:
        while self.v is not None and self.video_time + 1e-9 < t:
            self.frame(frame)

    def close(self) -> None:
        if self._pending.size:
            size = self.a.codec_context.frame_size or 1024
            pad = np.zeros(size - self._pending.size, dtype=np.float32)
            self._emit(np.concatenate([self._pending, pad]))
            self._pending = np.zeros(0, dtype=np.float32)
        for pkt in self.a.encode(None):
            self.c.mux(pkt)
        if self.v is not None:
            for pkt in self.v.encode(None):
                self.c.mux(pkt)
        self.c.close()

    def abort(self) -> None:
        try:
            self.c.close()
        except Exception:  # noqa: BLE001 - closing a half-written file after a failure
            pass


def caption_frame(lines: Sequence[str], options: CutOptions) -> av.VideoFrame:
    """A dark card with the caption lines, drawn with Pillow's built-in font."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (options.width, options.height), (24, 42, 52))
    draw = ImageDraw.Draw(img)
    font, small = _fonts()
    y = options.height // 3
    for i, line in enumerate(lines[:5]):
        for part in _wrap(line, 48):
            draw.text((40, y), part, fill=(240, 240, 240) if i == 0 else (180, 200, 210), font=font if i == 0 else small)
            y += 30 if i == 0 else 24
    return av.VideoFrame.from_image(img)


#: Fonts with wide Unicode coverage, tried in order (Debian's fonts-dejavu-core first);
#: Pillow's built-in font lacks accents and dashes.
FONT_FILES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)


def _fonts():  # noqa: ANN202 - Pillow font objects
    from PIL import ImageFont

    for path in FONT_FILES:
        if Path(path).is_file():
            try:
                return ImageFont.truetype(path, 22), ImageFont.truetype(path, 16)
            except OSError:
                continue
    try:
        return ImageFont.load_default(size=22), ImageFont.load_default(size=16)
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default(), ImageFont.load_default()


def _wrap(text: str, width: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    if cur:
        lines.append(cur)
    return lines[:3] or [""]


def _append_clip(w: _Writer, spec: ClipSpec, options: CutOptions, still: av.VideoFrame | None) -> None:
    info = probe(spec.source)
    start = max(0.0, spec.start - options.padding)
    end = spec.end + options.padding
    if info.duration:
        end = min(end, info.duration)
    if end <= start:
        raise InputError(f"empty clip span {spec.start:.2f}-{spec.end:.2f}s", file=str(spec.source))
    samples = shape_audio(read_audio(spec.source, start, end), start, spec, options.fade)
    t_audio = w.audio_time
    w.audio(samples)
    if w.v is None:
        return
    clip_len = samples.size / RATE
    target = t_audio + clip_len
    if info.has_video:
        _append_video(w, spec.source, start, end, target, options)
    else:
        w.pad_video_to(target, still if still is not None else caption_frame(spec.caption, options))


def _append_video(w: _Writer, source: Path, start: float, end: float, target: float, options: CutOptions) -> None:
    base = w.video_time
    last: av.VideoFrame | None = None
    with av.open(str(source)) as c:
        vs = c.streams.video[0]
        if start > 0.5:
            c.seek(int(max(0.0, start - 0.5) / vs.time_base), stream=vs, backward=True, any_frame=False)
        for frame in c.decode(vs):
            t = frame.time
            if t is None:
                continue
            if t < start:
                last = frame
                continue
            if t >= end:
                break
            # emit `last` until the output clock reaches this frame's time
            while w.video_time + 1e-9 < base + (t - start) and w.video_time < target:
                w.frame(last if last is not None else frame)
            last = frame
    if last is None:
        last = caption_frame([], options)
    w.pad_video_to(target, last)


def _needs_video(out: Path) -> bool:
    return output_kind(out) == "video"


def cut_clip(spec: ClipSpec, out: Path, options: CutOptions | None = None) -> Path:
    """Write one clip to ``out`` (.m4a or .mp4). The caller writes to a temporary path."""
    options = options or CutOptions()
    w = _Writer(out, video=_needs_video(out), options=options)
    try:
        _append_clip(w, spec, options, None)
    except BaseException:
        w.abort()
        raise
    w.close()
    return out


def make_reel(
    specs: Sequence[ClipSpec], out: Path, options: CutOptions | None = None, progress: Progress | None = None
) -> Path:
    """Join clips with a caption card (video) or a silent gap (audio) before each."""
    options = options or CutOptions()
    if not specs:
        raise InputError("no clips to put in the reel")
    video = _needs_video(out)
    w = _Writer(out, video=video, options=options)
    try:
        for i, spec in enumerate(specs):
            if progress:
                progress(i, len(specs), "cutting clips")
            if video:
                card = caption_frame(spec.caption, options)
                t0 = w.video_time
                w.pad_video_to(t0 + options.card_seconds, card)
                w.audio(np.zeros(int(round((w.video_time - w.audio_time) * RATE)), dtype=np.float32))
                _append_clip(w, spec, options, card)
                # keep audio and video clocks together before the next card
                if w.audio_time < w.video_time:
                    w.audio(np.zeros(int(round((w.video_time - w.audio_time) * RATE)), dtype=np.float32))
            else:
                if i > 0:
                    w.audio(np.zeros(int(options.gap * RATE), dtype=np.float32))
                _append_clip(w, spec, options, None)
        if progress:
            progress(len(specs), len(specs), "cutting clips")
    except BaseException:
        w.abort()
        raise
    w.close()
    return out
