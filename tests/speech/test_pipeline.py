"""The whole pipeline on real audio: words, speakers in turn, roles, stereo, silence."""

from __future__ import annotations

import re

import numpy as np
import pytest
from speech_audio import shared_audio, write_wav

from listenwell.domain.errors import InputError
from listenwell.domain.model import Role, Word
from listenwell.speech.media import SAMPLE_RATE
from listenwell.speech.options import TranscribeOptions
from listenwell.speech.pipeline import SpeechPipeline, words_to_turns


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z']+", text.lower()))


def test_words_to_turns_merges_runs():
    words = [Word("Hi", 0, 0.2), Word("there.", 0.2, 0.5), Word("Hello.", 1, 1.4),
             Word("Bye.", 2, 2.3)]
    segs = words_to_turns(words, [0, 0, 1, 0])
    assert [(s.speaker, s.text, s.start, s.end) for s in segs] == [
        ("Speaker 1", "Hi there.", 0, 0.5), ("Speaker 2", "Hello.", 1, 1.4),
        ("Speaker 1", "Bye.", 2, 2.3)]
    assert [s.index for s in segs] == [0, 1, 2]
    assert segs[0].words == words[:2]


@pytest.fixture(scope="module")
def conversation_result(pipeline, conversation):
    return pipeline.run(conversation.path)


def test_conversation_key_words(conversation_result):
    text = " ".join(s.text for s in conversation_result.transcript.segments)
    for key in ["joining", "ordered", "vegetables", "bread", "delivery", "happened", "support",
                "refund"]:
        assert key in _words(text), key


def test_conversation_turns_alternate_in_order(conversation_result, conversation):
    t = conversation_result.transcript
    assert t.format == "whisper"
    assert [s.speaker for s in t.segments] == ["Speaker 1", "Speaker 2", "Speaker 1", "Speaker 2"]
    for seg, (start, end, _, text) in zip(t.segments, conversation.turns):
        assert seg.start == pytest.approx(start, abs=0.6)
        assert seg.end == pytest.approx(end, abs=0.6)
        # Most of the spoken words land in the right turn.
        assert len(_words(seg.text) & _words(text)) >= 0.6 * len(_words(text))
        assert seg.words and seg.text == " ".join(w.text for w in seg.words)


def test_conversation_guesses_the_interviewer(conversation_result):
    t = conversation_result.transcript
    roles = {s.name: s.role for s in t.speakers}
    assert roles == {"Speaker 1": Role.INTERVIEWER, "Speaker 2": Role.PARTICIPANT}
    assert conversation_result.warnings == []
    assert conversation_result.transcript.language == "en"


def test_progress_is_monotonic_and_completes(pipeline):
    seen: list[tuple[float, float, str]] = []
    result = pipeline.run(shared_audio("jfk.wav"), progress=lambda d, t, w: seen.append((d, t, w)))
    dones = [d for d, _, _ in seen]
    assert dones == sorted(dones)
    assert seen[-1][0] == pytest.approx(result.duration)
    assert all(t == pytest.approx(result.duration) for _, t, _ in seen)


def test_stereo_split_gives_each_channel_its_speaker():
    pipe = SpeechPipeline(TranscribeOptions(stereo_split=True))
    result = pipe.run(shared_audio("stereo_diarization.wav"))
    by = {}
    for seg in result.transcript.segments:
        by.setdefault(seg.speaker, set()).update(_words(seg.text))
    assert {"wizard", "curtain", "confused"} <= by["Speaker 1"]
    assert {"horizon", "distant"} <= by["Speaker 2"]
    assert not {"wizard", "curtain"} & by["Speaker 2"]
    assert not {"horizon"} & by["Speaker 1"]


def test_stereo_split_on_mono_warns_and_diarizes(conversation):
    pipe = SpeechPipeline(TranscribeOptions(stereo_split=True, speakers=2))
    result = pipe.run(conversation.path)
    assert any("two channels" in w for w in result.warnings)
    assert len(result.transcript.speakers) == 2


def test_silence_gives_an_empty_transcript_and_a_warning(pipeline, silence_wav):
    result = pipeline.run(silence_wav)
    assert result.transcript.segments == []
    assert result.transcript.speakers == []
    assert any("no speech" in w for w in result.warnings)


def test_music_only_gives_an_empty_transcript(pipeline, tmp_path):
    t = np.arange(6 * SAMPLE_RATE) / SAMPLE_RATE
    notes = 220 * 2 ** (np.floor(t * 2) % 8 / 12)  # a slow arpeggio of pure tones
    music = (0.2 * np.sin(2 * np.pi * notes * t)).astype(np.float32)
    result = pipeline.run(write_wav(music, tmp_path / "music.wav"))
    assert result.transcript.segments == []
    assert result.warnings


def test_one_speaker_when_asked(conversation):
    result = SpeechPipeline(TranscribeOptions(speakers=1)).run(conversation.path)
    assert {s.speaker for s in result.transcript.segments} == {"Speaker 1"}
    assert len(result.transcript.segments) == 1


def test_speaker_count_is_checked():
    with pytest.raises(InputError, match="--speakers"):
        SpeechPipeline(TranscribeOptions(speakers=0))
