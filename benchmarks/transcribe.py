"""Speed, accuracy and memory of `listenwell transcribe` (decode + transcribe + diarize).

    PYTHONPATH=src python benchmarks/transcribe.py [--minutes 30] [--threads 2]

Uses the public clips in ../shared/data/audio/ (skips what is missing):
- real-time factor on a long file built by concatenating the clips with pauses (at least
  30 minutes), and on a quarter and a half of it, to see whether cost grows linearly;
  each length runs in a fresh process, so its peak memory is its own;
- word error rate on jfk.wav + the LibriSpeech clip, together (target <= 8%);
- diarization error rate on two_speakers_sample.wav against its RTTM, 0.25 s collar
  (target <= 15%), with the speaker count given and estimated;
- --stereo-split on stereo_diarization.wav: each channel's words against its text.
Baseline, measured in the same run: transcription alone (no diarization), so the printed
ratios show what diarization costs. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from listenwell.speech.diarize import Diarizer, assign_words, word_regions  # noqa: E402
from listenwell.speech.media import SAMPLE_RATE, decode  # noqa: E402
from listenwell.speech.options import TranscribeOptions  # noqa: E402
from listenwell.speech.pipeline import SpeechPipeline, words_to_turns  # noqa: E402
from listenwell.speech.transcriber import Transcriber  # noqa: E402

AUDIO = ROOT.parent / "shared" / "data" / "audio"
CLIPS = ["jfk.wav", "librispeech_2412-153948-0000.flac", "two_speakers_sample.wav",
         "stereo_diarization.wav"]
COLLAR = 0.25


# --- text and speaker metrics ------------------------------------------------------------------
def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("-", " "))


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    row = list(range(len(hyp) + 1))
    for i in range(1, len(ref) + 1):
        prev, row[0] = row[:], i
        for j in range(1, len(hyp) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ref[i - 1] != hyp[j - 1]))
    return row[-1]


def der(ref: list[tuple[float, float, str]], hyp: list[tuple[float, float, int]],
        duration: float, step: float = 0.01) -> dict[str, float]:
    """Diarization error rate: (missed + false alarm + confusion) / reference speech, frames
    of 10 ms, a collar around every reference boundary not scored, the best speaker mapping."""
    n = int(duration / step) + 1
    scored = np.ones(n, bool)
    ref_spk = sorted({r[2] for r in ref})
    hyp_spk = sorted({h[2] for h in hyp})
    R = np.zeros((len(ref_spk), n), bool)
    H = np.zeros((len(hyp_spk), n), bool)
    for s, e, who in ref:
        R[ref_spk.index(who), int(s / step):int(e / step)] = True
        for edge in (s, e):
            scored[max(0, int((edge - COLLAR) / step)):int((edge + COLLAR) / step)] = False
    for s, e, who in hyp:
        H[hyp_spk.index(who), int(s / step):int(e / step)] = True
    R, H = R[:, scored], H[:, scored]
    nref, nhyp = R.sum(0), H.sum(0)
    total = nref.sum()
    miss = np.maximum(nref - nhyp, 0).sum()
    fa = np.maximum(nhyp - nref, 0).sum()
    best = None
    pad = list(range(len(hyp_spk))) + [None] * len(ref_spk)
    for perm in set(itertools.permutations(pad, len(ref_spk))):
        correct = sum((R[i] & H[j]).sum() for i, j in enumerate(perm) if j is not None)
        conf = np.minimum(nref, nhyp).sum() - correct
        if best is None or conf < best:
            best = conf
    return {"der": (miss + fa + best) / total, "missed": miss / total,
            "false_alarm": fa / total, "confusion": best / total}


# --- the long file -------------------------------------------------------------------------------
def build_long(minutes: float, out: Path) -> float:
    clips = [decode(AUDIO / c).samples for c in CLIPS if (AUDIO / c).exists()]
    pause = np.zeros(int(1.5 * SAMPLE_RATE), np.float32)
    need = int(minutes * 60 * SAMPLE_RATE)
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        written = 0
        for clip in itertools.cycle(clips):
            for part in (clip, pause):
                w.writeframes((np.clip(part, -1, 1) * 32767).astype("<i2").tobytes())
                written += len(part)
            if written >= need:
                break
    return written / SAMPLE_RATE


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run_one(path: str, threads: int, diarize: bool, device: str = "cpu") -> dict:
    """One file in this (fresh) process: stage times and peak memory, printed as JSON."""
    t0 = time.perf_counter()
    transcriber = Transcriber(device=device, cpu_threads=threads)
    diarizer = Diarizer("cpu") if diarize else None
    t_load = time.perf_counter() - t0
    c0 = cpu_seconds()
    t0 = time.perf_counter()
    audio = decode(path)
    t_decode = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = transcriber.transcribe(audio.samples)
    t_asr = time.perf_counter() - t0
    t_diar = 0.0
    speakers = 1
    if diarizer is not None:
        t0 = time.perf_counter()
        turns = diarizer.diarize(audio.samples, regions=word_regions(result.words))
        segments = words_to_turns(result.words, assign_words(result.words, turns))
        t_diar = time.perf_counter() - t0
        speakers = len({s.speaker for s in segments})
    cpu = cpu_seconds() - c0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"duration": audio.duration, "load": t_load, "decode": t_decode, "transcribe": t_asr,
            "diarize": t_diar, "words": len(result.words), "speakers": speakers,
            "peak_mb": peak_mb, "cpu": cpu, "device": transcriber.device}


def child(path: Path, threads: int, diarize: bool, device: str) -> dict:
    cmd = [sys.executable, __file__, "--one", str(path), "--threads", str(threads),
           "--device", device]
    if not diarize:
        cmd.append("--no-diarize")
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


# --- the report ----------------------------------------------------------------------------------
def speed(minutes: float, threads: int, device: str) -> None:
    print(f"\n== Speed: whole pipeline, default model (tiny.en), device {device}, "
          f"{threads} CPU threads ==")
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for frac in (0.25, 0.5, 1.0):
            path = Path(tmp) / f"long_{frac}.wav"
            secs = build_long(minutes * frac, path)
            full = child(path, threads, diarize=True, device=device)
            rows.append((secs, full))
            work = full["decode"] + full["transcribe"] + full["diarize"]
            print(f"{secs / 60:5.1f} min audio: decode {full['decode']:.1f} s, transcribe "
                  f"{full['transcribe']:.1f} s, diarize {full['diarize']:.1f} s, total "
                  f"{work:.1f} s (+{full['load']:.1f} s model load) -> "
                  f"{secs / work:.1f}x faster than real time; {full['speakers']} speakers "
                  f"found; peak memory {full['peak_mb']:.0f} MB; CPU time {full['cpu']:.1f} s "
                  f"on {full['device']} (an idle machine's wall time lies between CPU/threads "
                  f"and CPU: {secs / full['cpu']:.0f}x to {secs * threads / full['cpu']:.0f}x "
                  f"real time)")
        base = child(Path(tmp) / "long_1.0.wav", threads, diarize=False, device=device)
        secs, full = rows[-1]
        work = full["decode"] + full["transcribe"] + full["diarize"]
        base_work = base["decode"] + base["transcribe"]
        print(f"baseline (same file, transcription only, no diarization): {base_work:.1f} s "
              f"wall -> {secs / base_work:.1f}x real time, CPU time {base['cpu']:.1f} s; "
              f"diarization adds {(full['cpu'] / base['cpu'] - 1) * 100:.0f}% CPU time "
              f"({(work / base_work - 1) * 100:.0f}% wall, which the load on the machine blurs)")
        (s1, f1), (s4, f4) = rows[0], rows[-1]
        w1 = f1["decode"] + f1["transcribe"] + f1["diarize"]
        print(f"growth: {s4 / s1:.1f}x the audio took {work / w1:.2f}x the wall time and "
              f"{f4['cpu'] / f1['cpu']:.2f}x the CPU time (linear = {s4 / s1:.1f}x)")
        print(f"peak memory on {secs / 60:.1f} min: {full['peak_mb']:.0f} MB (target < 2048 MB)")


def accuracy() -> None:
    pipe = SpeechPipeline(TranscribeOptions(speakers=1, device="cpu"))
    print("\n== Word error rate (tiny.en, VAD, greedy) ==")
    errs = total = 0
    for name, ref_name in [("jfk.wav", "jfk.ref.txt"),
                           ("librispeech_2412-153948-0000.flac",
                            "librispeech_2412-153948-0000.ref.txt")]:
        if not (AUDIO / name).exists():
            print(f"{name}: missing, skipped")
            continue
        hyp = " ".join(s.text for s in pipe.run(AUDIO / name).transcript.segments)
        ref = tokens((AUDIO / ref_name).read_text())
        e = edit_distance(ref, tokens(hyp))
        errs, total = errs + e, total + len(ref)
        print(f"{name}: WER {e / len(ref):.1%} ({e}/{len(ref)})")
    if total:
        print(f"together: WER {errs / total:.1%} (target <= 8%)")

    print(f"\n== Diarization error rate, two_speakers_sample.wav vs RTTM, collar {COLLAR} s ==")
    wav, rttm = AUDIO / "two_speakers_sample.wav", AUDIO / "two_speakers_sample.rttm"
    if wav.exists() and rttm.exists():
        ref = []
        for line in rttm.read_text().splitlines():
            p = line.split()
            ref.append((float(p[3]), float(p[3]) + float(p[4]), p[7]))
        audio = decode(wav)
        diarizer = Diarizer("cpu")
        regions = word_regions(pipe.transcriber.transcribe(audio.samples).words)
        for label, n, where in [("2 speakers given, pipeline (speech from Whisper's words)", 2,
                                 regions),
                                ("count estimated, pipeline", None, regions),
                                ("2 speakers given, diarizer alone (speech from Silero VAD)", 2,
                                 None)]:
            turns = diarizer.diarize(audio.samples, speakers=n, regions=where)
            m = der(ref, [(t.start, t.end, t.speaker) for t in turns], audio.duration)
            print(f"{label}: DER {m['der']:.1%} (missed {m['missed']:.1%}, false alarm "
                  f"{m['false_alarm']:.1%}, confusion {m['confusion']:.1%}; "
                  f"{len({t.speaker for t in turns})} speakers) (target <= 15%)")
        # Baseline: everyone is one speaker (what a transcript without diarization gives).
        m = der(ref, [(t.start, t.end, 0) for t in diarizer.diarize(audio.samples, speakers=1)],
                audio.duration)
        print(f"baseline, one speaker for all speech: DER {m['der']:.1%}")

    print("\n== --stereo-split on stereo_diarization.wav ==")
    stereo, refs = AUDIO / "stereo_diarization.wav", AUDIO / "stereo_diarization.ref.tsv"
    if stereo.exists() and refs.exists():
        expect = dict(line.split("\t", 1) for line in refs.read_text().splitlines() if line)
        got = SpeechPipeline(TranscribeOptions(stereo_split=True, device="cpu")).run(stereo)
        by: dict[str, str] = {}
        for seg in got.transcript.segments:
            by[seg.speaker] = (by.get(seg.speaker, "") + " " + seg.text).strip()
        for channel, speaker in [("left", "Speaker 1"), ("right", "Speaker 2")]:
            ref = tokens(expect[channel])
            e = edit_distance(ref, tokens(by.get(speaker, "")))
            print(f"{channel} channel -> {speaker}: {by.get(speaker, '')!r} "
                  f"(WER {e / len(ref):.1%})")


def main() -> None:
    ap = argparse.ArgumentParser(description="listenwell transcription benchmark")
    ap.add_argument("--minutes", type=float, default=30.0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--no-diarize", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--device", default="cpu", choices=["cpu", "cuda", "auto"],
                    help="where Whisper runs for the speed figures")
    ap.add_argument("--skip-speed", action="store_true", help="accuracy figures only")
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.threads, not args.no_diarize, args.device)))
        return
    if not AUDIO.exists():
        print(f"shared audio not found at {AUDIO}; nothing to measure")
        return
    print(f"machine: {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()}"
          f" CPUs visible; load average {open('/proc/loadavg').read().split()[:3]}")
    accuracy()
    if not args.skip_speed:
        speed(args.minutes, args.threads, args.device)


if __name__ == "__main__":
    main()
