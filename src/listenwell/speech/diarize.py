"""Who spoke when: speaker embeddings over speech windows, clustered into speakers.

Steps, each small: find speech (Silero VAD, shipped inside faster-whisper), cut it into
overlapping 1.5 s windows, embed each window with resemblyzer's VoiceEncoder (its weights
ship in the package), cluster the embeddings (agglomerative, cosine; the number of speakers
given or estimated by silhouette), refine with a few nearest-centroid passes, and paint a
10 ms timeline of speaker labels that words are then assigned from. A timeline, rather than
labels per Whisper segment, lets one Whisper segment hold two speakers' words.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from listenwell.domain.errors import MissingDependency
from listenwell.domain.model import Word
from listenwell.speech.media import SAMPLE_RATE

FRAME_S = 0.01  # the timeline's resolution (the encoder's mel hop)
WINDOW_S = 1.5
HOP_S = 0.75
MIN_WINDOW_S = 0.5  # shorter speech is embedded with a little of what surrounds it
MAX_SPEAKERS = 8
# Estimating the count: a third speaker must raise the silhouette this much, and own this
# much of the speech, to be believed.
_MORE_SPEAKERS_GAIN = 0.05
_MIN_CLUSTER_WINDOWS = 8
_MIN_CLUSTER_SHARE = 0.1
_MAX_FIT_WINDOWS = 2500  # agglomerative clustering is quadratic; fit on a sample beyond this
_MIN_RUN_S = 0.6  # shorter label runs between two runs of one speaker are flicker
_MIN_RUN_IN_SPEECH_S = 1.3  # the same, when there is no pause on either side
_SHORT_TURN_S = 1.2  # shorter speech between pauses follows its nearer neighbour


@dataclass
class SpeakerTurn:
    start: float
    end: float
    speaker: int  # 0-based, numbered in order of first appearance


@functools.lru_cache(maxsize=2)
def load_encoder(device: str = "cpu"):
    """resemblyzer's VoiceEncoder; its import needs pkg_resources (through webrtcvad)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from resemblyzer import VoiceEncoder
    except ImportError as exc:
        raise MissingDependency(
            f"speaker diarization needs resemblyzer and its dependencies ({exc}); "
            f"pip install resemblyzer 'setuptools<81'"
        ) from exc
    return VoiceEncoder(device=device, verbose=False)


def speech_regions(samples: np.ndarray) -> list[tuple[float, float]]:
    """Speech spans in seconds, from the Silero VAD that faster-whisper ships."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    opts = VadOptions(min_silence_duration_ms=250, speech_pad_ms=60)
    spans = get_speech_timestamps(samples, opts, sampling_rate=SAMPLE_RATE)
    return [(s["start"] / SAMPLE_RATE, s["end"] / SAMPLE_RATE) for s in spans]


def word_regions(words: list[Word], *, join_gap: float = 0.3,
                 pad: float = 0.1) -> list[tuple[float, float]]:
    """Speech spans from Whisper's words (which already passed its voice-activity filter):
    the same speech, without running the VAD a second time."""
    spans: list[list[float]] = []
    for w in words:
        start, end = max(0.0, w.start - pad), w.end + pad
        if spans and start - spans[-1][1] < join_gap:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return [(a, b) for a, b in spans]


@contextmanager
def _torch_threads(n: int) -> Iterator[None]:
    """The encoder's small LSTM batches run best on one thread; more threads spin against
    each other, and against Whisper's, on a busy machine. Restored afterwards, because the
    setting is process-wide."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(max(1, n))
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _windows(regions: list[tuple[float, float]], duration: float) -> list[tuple[float, float]]:
    """Overlapping windows that never cross from one speech region into the next: a pause is
    where speakers change, and a window holding two voices embeds neither."""
    out: list[tuple[float, float]] = []
    for start, end in regions:
        if end - start <= WINDOW_S:
            if end - start < MIN_WINDOW_S:
                mid = (start + end) / 2
                start = max(0.0, min(mid - MIN_WINDOW_S / 2, duration - MIN_WINDOW_S))
                end = min(duration, start + MIN_WINDOW_S)
            out.append((start, end))
            continue
        t = start
        while t + WINDOW_S < end:
            out.append((t, t + WINDOW_S))
            t += HOP_S
        out.append((end - WINDOW_S, end))
    return out


def _embed(encoder, samples: np.ndarray, windows: list[tuple[float, float]],
           batch: int = 64) -> np.ndarray:
    """One embedding per window; windows of equal length are batched through the LSTM."""
    import torch
    from resemblyzer.audio import normalize_volume, wav_to_mel_spectrogram

    wav = normalize_volume(samples.astype(np.float32), -30, increase_only=True)
    # (frames, 40), 10 ms hop; a minute at a time, since the STFT of an hour is gigabytes.
    # Each whole-minute piece yields one frame more than its share (centred frames): drop it.
    step = 60 * SAMPLE_RATE
    pieces = [wav_to_mel_spectrogram(wav[i:i + step]) for i in range(0, len(wav), step)]
    mel = np.concatenate([p[:-1] for p in pieces[:-1]] + pieces[-1:])
    spans = []
    for s, e in windows:
        a = max(0, min(int(round(s / FRAME_S)), len(mel) - 1))
        b = max(a + 1, min(int(round(e / FRAME_S)), len(mel)))
        spans.append((a, b))
    out = np.zeros((len(windows), 256), np.float32)
    by_len: dict[int, list[int]] = {}
    for i, (a, b) in enumerate(spans):
        by_len.setdefault(b - a, []).append(i)
    with torch.no_grad():
        for n, idx in by_len.items():
            for j in range(0, len(idx), batch):
                part = idx[j:j + batch]
                chunk = np.stack([mel[spans[i][0]:spans[i][0] + n] for i in part])
                x = torch.from_numpy(chunk).to(encoder.device)
                out[part] = encoder(x).cpu().numpy()
    return out


def _agglomerative(x: np.ndarray, k: int) -> np.ndarray:
    from sklearn.cluster import AgglomerativeClustering

    return AgglomerativeClustering(n_clusters=k, metric="cosine", linkage="average").fit_predict(x)


def _refine(x: np.ndarray, labels: np.ndarray, k: int, rounds: int = 5) -> np.ndarray:
    """Nearest-centroid passes (k-means on the sphere) starting from the clustering."""
    for _ in range(rounds):
        cents = np.stack([x[labels == c].mean(0) if np.any(labels == c) else np.zeros(x.shape[1])
                          for c in range(k)])
        cents /= np.linalg.norm(cents, axis=1, keepdims=True) + 1e-9
        new = (x @ cents.T).argmax(1)
        if np.array_equal(new, labels):
            break
        labels = new
    return labels


def _centred(embeddings: np.ndarray) -> np.ndarray:
    """Subtract the recording's mean embedding: what every window shares (the room, the
    microphone, the codec) drowns the difference between voices, which is what we cluster."""
    x = embeddings - embeddings.mean(0)
    return x / (np.linalg.norm(x, axis=1, keepdims=True) + 1e-9)


def _estimate(x: np.ndarray) -> tuple[int, np.ndarray]:
    """Pick the speaker count by silhouette, preferring two (an interview).

    More than two only when it separates clearly better and every group holds enough speech
    to be a person rather than a cough or a laugh. Telling one voice from two is not reliable
    on short recordings with these embeddings, so at least two are assumed: pass
    ``speakers=1`` for a monologue.
    """
    from sklearn.metrics import silhouette_score

    best_k = 2
    best_labels = _refine(x, _agglomerative(x, 2), 2)
    best_score = silhouette_score(x, best_labels, metric="cosine")
    min_size = max(_MIN_CLUSTER_WINDOWS, int(_MIN_CLUSTER_SHARE * len(x)))
    for k in range(3, min(MAX_SPEAKERS, len(x) // min_size) + 1):
        cand = _refine(x, _agglomerative(x, k), k)
        counts = np.bincount(cand, minlength=k)
        if counts.min() < min_size:
            continue
        score = silhouette_score(x, cand, metric="cosine")
        if score > best_score + _MORE_SPEAKERS_GAIN:
            best_k, best_labels, best_score = k, cand, score
    return best_k, best_labels


def cluster(embeddings: np.ndarray, speakers: int | None) -> np.ndarray:
    """Label each embedding; estimate the count (2..MAX_SPEAKERS) when ``speakers`` is None."""
    n = len(embeddings)
    if n == 0:
        return np.zeros(0, int)
    if speakers == 1 or n < 4:
        return np.zeros(n, int)
    x = _centred(embeddings)
    rng = np.random.default_rng(0)
    fit_idx = np.arange(n) if n <= _MAX_FIT_WINDOWS else np.sort(
        rng.choice(n, _MAX_FIT_WINDOWS, replace=False))
    fit = x[fit_idx]
    if speakers is not None:
        k = min(speakers, len(fit))
        labels = _refine(fit, _agglomerative(fit, k), k)
    else:
        k, labels = _estimate(fit)
    full = np.zeros(n, int)
    full[fit_idx] = labels
    if len(fit_idx) < n:  # the rest go to the nearest centroid of the sample's clusters
        full = _refine(x, full, k, rounds=1)
    return _refine(x, full, k)


def _timeline(windows: list[tuple[float, float]], labels: np.ndarray,
              regions: list[tuple[float, float]], duration: float) -> np.ndarray:
    """A label per 10 ms frame (-1 outside speech): the label of the nearest window centre."""
    nframes = int(np.ceil(duration / FRAME_S)) + 1
    line = np.full(nframes, -1, int)
    if not windows:
        return line
    centres = np.array([(s + e) / 2 for s, e in windows])
    order = np.argsort(centres)
    centres, labs = centres[order], labels[order]
    for start, end in regions:
        a, b = int(start / FRAME_S), min(nframes, int(np.ceil(end / FRAME_S)))
        t = (np.arange(a, b) + 0.5) * FRAME_S
        idx = np.clip(np.searchsorted(centres, t), 1, len(centres) - 1)
        left_closer = np.abs(t - centres[idx - 1]) <= np.abs(centres[idx] - t)
        nearest = np.where(left_closer, idx - 1, idx)
        if len(centres) == 1:
            nearest = np.zeros_like(idx)
        line[a:b] = labs[nearest]
    return line


def _merge(turns: list[SpeakerTurn], max_gap: float = float("inf")) -> list[SpeakerTurn]:
    """Join neighbouring turns of one speaker less than ``max_gap`` apart."""
    merged: list[SpeakerTurn] = []
    for t in turns:
        if merged and merged[-1].speaker == t.speaker and t.start - merged[-1].end <= max_gap:
            merged[-1].end = t.end
        else:
            merged.append(SpeakerTurn(t.start, t.end, t.speaker))
    return merged


def _turns(line: np.ndarray) -> list[SpeakerTurn]:
    turns: list[SpeakerTurn] = []
    i, n = 0, len(line)
    while i < n:
        j = i
        while j < n and line[j] == line[i]:
            j += 1
        if line[i] >= 0:
            turns.append(SpeakerTurn(i * FRAME_S, j * FRAME_S, int(line[i])))
        i = j
    # Flicker: a short run between two runs of the same speaker belongs to them. Inside
    # continuous speech a voice change must last longer to be believed than across a pause,
    # where a short "Right." from the other person is common.
    for k in range(1, len(turns) - 1):
        t, prev, nxt = turns[k], turns[k - 1], turns[k + 1]
        if not prev.speaker == nxt.speaker != t.speaker:
            continue
        joined = t.start - prev.end < 0.05 and nxt.start - t.end < 0.05
        if t.end - t.start < (_MIN_RUN_IN_SPEECH_S if joined else _MIN_RUN_S):
            t.speaker = prev.speaker
    turns = _merge(turns, max_gap=0.05)  # speech between two pauses
    # A short burst ("Sure.") is too little speech to embed reliably; people pause less inside
    # their own turn than between turns, so it goes with the neighbour it is clearly closer to.
    # Backwards first, so a burst at the start of a turn sees the turn's settled label.
    for k in [*range(len(turns) - 1, -1, -1), *range(len(turns))]:
        t = turns[k]
        if t.end - t.start >= _SHORT_TURN_S:
            continue
        if k == 0 or k + 1 == len(turns):
            continue  # nothing to compare with on one side
        prev, nxt = turns[k - 1], turns[k + 1]
        gap_prev, gap_next = t.start - prev.end, nxt.start - t.end
        if gap_next * 2 < gap_prev:
            t.speaker = nxt.speaker
        elif gap_prev * 2 < gap_next:
            t.speaker = prev.speaker
    merged = _merge(turns)
    # Number speakers by first appearance, so "Speaker 1" is whoever talks first.
    first: dict[int, int] = {}
    for t in merged:
        first.setdefault(t.speaker, len(first))
    for t in merged:
        t.speaker = first[t.speaker]
    return merged


class Diarizer:
    """Speaker turns for one recording; the encoder loads once and is reused."""

    def __init__(self, device: str = "cpu", threads: int = 1) -> None:
        self.encoder = load_encoder(device)
        self.threads = threads

    def diarize(self, samples: np.ndarray, *, speakers: int | None = None,
                regions: list[tuple[float, float]] | None = None) -> list[SpeakerTurn]:
        duration = len(samples) / SAMPLE_RATE
        if regions is None:
            regions = speech_regions(samples)
        if not regions:
            return []
        windows = _windows(regions, duration)
        with _torch_threads(self.threads):
            embeddings = _embed(self.encoder, samples, windows)
        labels = cluster(embeddings, speakers)
        return _turns(_timeline(windows, labels, regions, duration))


def assign_words(words: list[Word], turns: list[SpeakerTurn]) -> list[int]:
    """The speaker of each word: the turn it overlaps most, else the nearest turn."""
    if not turns:
        return [0] * len(words)
    starts = np.array([t.start for t in turns])
    out: list[int] = []
    for w in words:
        best, best_overlap = None, 0.0
        i = max(0, int(np.searchsorted(starts, w.start)) - 1)
        while i < len(turns) and turns[i].start <= max(w.end, w.start + 0.01):
            ov = min(w.end, turns[i].end) - max(w.start, turns[i].start)
            if ov > best_overlap:
                best, best_overlap = turns[i].speaker, ov
            i += 1
        if best is None:
            mid = (w.start + w.end) / 2
            near = min(turns, key=lambda t: 0.0 if t.start <= mid <= t.end
                       else min(abs(mid - t.start), abs(mid - t.end)))
            best = near.speaker
        out.append(best)
    return out
