"""Diarization: clustering, the speaker timeline, and words given to speakers."""

from __future__ import annotations

import numpy as np
import pytest
from speech_audio import shared_audio

from listenwell.domain.model import Word
from listenwell.speech.diarize import (
    Diarizer,
    SpeakerTurn,
    _turns,
    assign_words,
    cluster,
)
from listenwell.speech.media import decode


def _blobs(sizes, dim=256, spread=0.15, seed=0):
    rng = np.random.default_rng(seed)
    base = rng.standard_normal(dim)
    out, labels = [], []
    for k, n in enumerate(sizes):
        centre = base + rng.standard_normal(dim)
        x = centre + spread * np.linalg.norm(centre) / np.sqrt(dim) * rng.standard_normal((n, dim))
        out.append(x)
        labels += [k] * n
    x = np.concatenate(out)
    return x / np.linalg.norm(x, axis=1, keepdims=True), np.array(labels)


def _same_partition(a, b) -> bool:
    return len(set(zip(a.tolist(), b.tolist()))) == len(set(a.tolist())) == len(set(b.tolist()))


def test_cluster_given_count():
    x, truth = _blobs([30, 25, 20])
    assert _same_partition(cluster(x, 3), truth)


def test_cluster_estimates_three_speakers():
    x, truth = _blobs([40, 30, 30])
    labels = cluster(x, None)
    assert len(set(labels.tolist())) == 3
    assert _same_partition(labels, truth)


def test_cluster_one_speaker_and_tiny_inputs():
    x, _ = _blobs([20])
    assert set(cluster(x, 1).tolist()) == {0}
    assert cluster(np.zeros((0, 256), np.float32), None).shape == (0,)
    assert set(cluster(x[:2], None).tolist()) == {0}


def test_short_flicker_joins_its_neighbours():
    line = np.array([0] * 200 + [1] * 20 + [0] * 200 + [-1] * 50 + [1] * 300)
    turns = _turns(line)
    assert [t.speaker for t in turns] == [0, 1]
    assert turns[0].start == 0 and turns[0].end == pytest.approx(4.2)


def test_short_burst_goes_with_the_nearer_turn():
    # "Sure." (0.3 s) labelled like the previous speaker, but 0.1 s before the next turn
    # and 1 s after the previous one: it starts the next turn.
    line = np.array([0] * 300 + [-1] * 100 + [0] * 30 + [-1] * 10 + [1] * 300)
    turns = _turns(line)
    assert [(round(t.start, 2), t.speaker) for t in turns] == [(0.0, 0), (4.0, 1)]


def test_speakers_numbered_by_first_appearance():
    line = np.array([1] * 100 + [-1] * 50 + [0] * 100)
    assert [t.speaker for t in _turns(line)] == [0, 1]


def test_assign_words_by_overlap_and_nearest():
    turns = [SpeakerTurn(0.0, 2.0, 0), SpeakerTurn(2.5, 5.0, 1)]
    words = [Word("a", 0.1, 0.4), Word("b", 1.8, 2.6), Word("c", 2.3, 2.45),
             Word("d", 4.0, 4.5), Word("e", 6.0, 6.2)]
    assert assign_words(words, turns) == [0, 0, 1, 1, 1]
    assert assign_words(words, []) == [0] * 5


@pytest.fixture(scope="module")
def diarizer():
    return Diarizer()


def test_two_speaker_sample_matches_reference(diarizer):
    """Against the RTTM: most reference speech gets the right (mapped) speaker."""
    audio = decode(shared_audio("two_speakers_sample.wav"))
    ref = []
    for line in shared_audio("two_speakers_sample.rttm").read_text().splitlines():
        p = line.split()
        ref.append((float(p[3]), float(p[3]) + float(p[4]), p[7]))
    turns = diarizer.diarize(audio.samples, speakers=2)
    assert {t.speaker for t in turns} == {0, 1}

    def hyp_at(t):
        return next((x.speaker for x in turns if x.start <= t < x.end), None)

    votes: dict[tuple[str, int | None], float] = {}
    for start, end, spk in ref:
        for t in np.arange(start + 0.25, end - 0.25, 0.05):
            key = (spk, hyp_at(t))
            votes[key] = votes.get(key, 0) + 1
    best = max(votes.get(("speaker90", 0), 0) + votes.get(("speaker91", 1), 0),
               votes.get(("speaker90", 1), 0) + votes.get(("speaker91", 0), 0))
    assert best / sum(votes.values()) > 0.8


def test_conversation_turns(diarizer, conversation):
    turns = diarizer.diarize(conversation.samples)
    assert [t.speaker for t in turns] == [0, 1, 0, 1]
    for got, (start, end, _, _) in zip(turns, conversation.turns):
        assert got.start == pytest.approx(start, abs=0.4)
        assert got.end == pytest.approx(end, abs=0.4)


def test_silence_has_no_turns(diarizer, silence_wav):
    assert diarizer.diarize(decode(silence_wav).samples) == []
