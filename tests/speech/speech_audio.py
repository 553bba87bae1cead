"""Audio for the speech tests: the public clips, and conversations spoken by espeak-ng."""

from __future__ import annotations

import io
import shutil
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
import pytest

from listenwell.speech.media import SAMPLE_RATE

REPO = Path(__file__).resolve().parents[2]
AUDIO = REPO.parent / "shared" / "data" / "audio"

# Two clearly different synthetic voices: a low US male, a high British female.
INTERVIEWER_VOICE = ("en-us+m3", 30)
PARTICIPANT_VOICE = ("en-gb+f4", 75)

CONVERSATION = [
    ("A", "Thanks for joining. Can you tell me about the last time you ordered groceries online?"),
    ("B", "Last Tuesday I ordered vegetables and bread, but the delivery arrived two hours late."),
    ("A", "What happened when the delivery was late?"),
    ("B", "I called support and they gave me a refund for the delivery fee."),
]


def shared_audio(name: str) -> Path:
    path = AUDIO / name
    if not path.exists():
        pytest.skip(f"shared test audio not found: {path}")
    return path


def speak(text: str, voice: tuple[str, int]) -> np.ndarray:
    """espeak-ng's voice saying ``text``, as 16 kHz mono float32."""
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng)")
    name, pitch = voice
    wav = subprocess.run(["espeak-ng", "-v", name, "-p", str(pitch), "-s", "160", "--stdout", text],
                         capture_output=True, check=True).stdout
    with av.open(io.BytesIO(wav)) as c:
        resampler = av.AudioResampler(format="fltp", layout="mono", rate=SAMPLE_RATE)
        chunks = [f.to_ndarray()[0] for frame in c.decode(audio=0)
                  for f in resampler.resample(frame)]
    return np.concatenate(chunks).astype(np.float32)


def write_wav(samples: np.ndarray, path: Path, channels: int = 1) -> Path:
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(pcm.tobytes())
    return path


@dataclass
class Conversation:
    path: Path
    samples: np.ndarray
    turns: list[tuple[float, float, str, str]]  # start, end, who, text


def build_conversation(lines: list[tuple[str, str]], pause: float = 0.8) -> tuple[np.ndarray, list]:
    parts, turns, t = [], [], 0.5
    parts.append(np.zeros(int(0.5 * SAMPLE_RATE), np.float32))
    for who, text in lines:
        x = speak(text, INTERVIEWER_VOICE if who == "A" else PARTICIPANT_VOICE)
        parts += [x, np.zeros(int(pause * SAMPLE_RATE), np.float32)]
        turns.append((t, t + len(x) / SAMPLE_RATE, who, text))
        t += len(x) / SAMPLE_RATE + pause
    return np.concatenate(parts), turns


