"""What a caller can choose about a transcription run, in one value object."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

DEVICES = ("auto", "cpu", "cuda")


@dataclass(frozen=True)
class TranscribeOptions:
    """Choices for ``Workspace.transcribe`` and ``listenwell transcribe``.

    ``model`` is ``None`` for the packaged tiny.en model (works offline), a folder holding a
    CTranslate2 Whisper model, or a faster-whisper model name (downloaded only then).
    ``speakers`` is ``None`` to estimate how many people talk. ``stereo_split`` takes one
    speaker per channel, for call recordings. ``allow_download`` lets a named model be fetched
    when it is not on this machine yet.
    """

    model: str | None = None
    language: str | None = None
    speakers: int | None = None
    stereo_split: bool = False
    device: str = "auto"
    beam_size: int = 1
    cpu_threads: int = 0  # 0: let CTranslate2 decide
    allow_download: bool = True


Progress = Callable[[float, float, str], None]
"""``progress(done, total, what)``: the core reports long work; the CLI draws it."""

Notice = Callable[[str], None]
"""One line the user should see (a model download, a silent recording)."""
