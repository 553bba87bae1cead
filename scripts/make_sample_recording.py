"""Speak the sample study's recorded interview with espeak-ng and save it as a small .m4a.

The recording in src/listenwell/samples/checkout/recordings/ was made by this script from the
script text beside it ("Name: line" per turn), so anyone can rebuild or change it:

    PYTHONPATH=src python scripts/make_sample_recording.py

Needs the Debian package espeak-ng. Each speaker gets a clearly different synthetic voice,
turns are separated by a pause, and the audio is encoded to mono AAC through PyAV.
"""

from __future__ import annotations

import argparse
import io
import subprocess
from pathlib import Path

import av
import numpy as np

from listenwell.speech.media import SAMPLE_RATE, encode

HERE = Path(__file__).resolve().parent.parent / "src/listenwell/samples/checkout/recordings"
VOICES = [("en+m7", 40, 150), ("en-gb+f4", 60, 135)]  # voice, pitch, words per minute
PAUSE_S = 0.9


def speak(text: str, voice: str, pitch: int, speed: int) -> np.ndarray:
    wav = subprocess.run(["espeak-ng", "-v", voice, "-p", str(pitch), "-s", str(speed),
                          "--stdout", text], capture_output=True, check=True).stdout
    with av.open(io.BytesIO(wav)) as c:
        r = av.AudioResampler(format="fltp", layout="mono", rate=SAMPLE_RATE)
        return np.concatenate([f.to_ndarray()[0] for fr in c.decode(audio=0)
                               for f in r.resample(fr)]).astype(np.float32)


def build(script: Path) -> np.ndarray:
    turns = [line.split(":", 1) for line in script.read_text(encoding="utf-8").splitlines()
             if ":" in line]
    names: list[str] = []
    pause = np.zeros(int(PAUSE_S * SAMPLE_RATE), np.float32)
    parts = [pause]
    for name, text in turns:
        if name not in names:
            names.append(name)
        voice, pitch, speed = VOICES[names.index(name) % len(VOICES)]
        parts += [0.8 * speak(text.strip(), voice, pitch, speed), pause]
    return np.concatenate(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--script", type=Path, default=HERE / "p9_call.script.txt")
    ap.add_argument("--out", type=Path, default=HERE / "p9_call.m4a")
    ap.add_argument("--bitrate", type=int, default=24_000)
    args = ap.parse_args()
    samples = build(args.script)
    encode(samples, args.out, bitrate=args.bitrate)
    print(f"{args.out}: {len(samples) / SAMPLE_RATE:.1f} s, {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
