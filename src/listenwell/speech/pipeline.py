"""One recording in, one domain ``Transcript`` out: decode → transcribe → diarize → turns.

The pipeline holds the loaded models, so a batch of files (or a test session) pays for them
once. It never touches the store: the transcribe service decides what to keep.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from listenwell.domain.errors import InputError
from listenwell.domain.model import Segment, Speaker, Transcript, Word
from listenwell.domain.roles import assign_roles
from listenwell.speech.diarize import MAX_SPEAKERS, Diarizer, assign_words
from listenwell.speech.media import DecodedAudio, MediaInfo, decode
from listenwell.speech.options import Notice, Progress, TranscribeOptions
from listenwell.speech.transcriber import Transcriber

# Share of a file's progress bar that transcription takes; diarization gets the rest.
_TRANSCRIBE_SHARE = 0.85
# With --stereo-split, a pause this long inside one channel ends that speaker's turn.
_CHANNEL_RUN_GAP_S = 1.0


@dataclass
class PipelineResult:
    transcript: Transcript
    media: MediaInfo
    duration: float  # seconds of decoded audio
    warnings: list[str] = field(default_factory=list)


def speaker_name(index: int) -> str:
    return f"Speaker {index + 1}"


def words_to_turns(words: list[Word], speakers: list[int]) -> list[Segment]:
    """Consecutive words of one speaker become one turn (a domain Segment with its words)."""
    segments: list[Segment] = []
    for word, spk in zip(words, speakers, strict=True):
        name = speaker_name(spk)
        if segments and segments[-1].speaker == name:
            seg = segments[-1]
            seg.words.append(word)
            seg.end = word.end
        else:
            segments.append(Segment(speaker=name, text="", start=word.start, end=word.end,
                                    words=[word], index=len(segments)))
    for seg in segments:
        seg.text = " ".join(w.text for w in seg.words)
    return segments


class SpeechPipeline:
    """Transcribes and diarizes recordings with one set of loaded models."""

    def __init__(self, options: TranscribeOptions | None = None,
                 notice: Notice | None = None) -> None:
        self.options = options or TranscribeOptions()
        if self.options.speakers is not None and not 1 <= self.options.speakers <= MAX_SPEAKERS:
            raise InputError(f"--speakers must be between 1 and {MAX_SPEAKERS}")
        self.transcriber = Transcriber(
            self.options.model, device=self.options.device, cpu_threads=self.options.cpu_threads,
            beam_size=self.options.beam_size, allow_download=self.options.allow_download,
            notice=notice)
        self._diarizer: Diarizer | None = None

    @property
    def diarizer(self) -> Diarizer:
        if self._diarizer is None:
            device = "cpu"
            if self.transcriber.device == "cuda":
                import torch

                device = "cuda" if torch.cuda.is_available() else "cpu"
            self._diarizer = Diarizer(device)
        return self._diarizer

    def run(self, path: str | Path, progress: Progress | None = None,
            decoded: DecodedAudio | None = None) -> PipelineResult:
        """Transcribe one file. Progress is reported in seconds of this file's audio."""
        path = Path(path)
        audio = decoded or decode(path, keep_channels=self.options.stereo_split)
        total = audio.duration
        warnings: list[str] = []

        def scaled(lo: float, hi: float) -> Progress | None:
            if progress is None:
                return None
            return lambda done, of, what: progress(lo + (hi - lo) * (done / of if of else 1.0),
                                                   total, what)

        if self.options.stereo_split and len(audio.channels) >= 2:
            words, speakers, language = self._by_channel(audio, path.name, scaled)
        else:
            if self.options.stereo_split:
                warnings.append(f"{path.name}: --stereo-split needs two channels but the "
                                f"recording has one; telling speakers apart by voice instead")
            words, speakers, language = self._by_voice(audio, path.name, scaled)
        segments = words_to_turns(words, speakers)
        names = []
        for seg in segments:
            if seg.speaker not in names:
                names.append(seg.speaker)
        transcript = Transcript(segments=segments, speakers=[Speaker(n) for n in names],
                                format="whisper", title=path.stem,
                                language=self.options.language or language)
        if segments:
            assign_roles(transcript)
        else:
            warnings.append(f"{path.name}: no speech found (silence or music only?); "
                            f"the interview has an empty transcript")
        if progress is not None:
            progress(total, total, path.name)
        return PipelineResult(transcript=transcript, media=audio.info, duration=total,
                              warnings=warnings)

    def _by_voice(self, audio: DecodedAudio, label: str,
                  scaled) -> tuple[list[Word], list[int], str | None]:
        result = self.transcriber.transcribe(
            audio.samples, language=self.options.language,
            progress=scaled(0.0, _TRANSCRIBE_SHARE * audio.duration), label=label)
        if not result.words:
            return [], [], result.language
        if self.options.speakers == 1:
            return result.words, [0] * len(result.words), result.language
        turns = self.diarizer.diarize(audio.samples, speakers=self.options.speakers)
        report = scaled(_TRANSCRIBE_SHARE * audio.duration, audio.duration)
        if report is not None:
            report(1.0, 1.0, f"{label}: speakers")
        return result.words, assign_words(result.words, turns), result.language

    def _by_channel(self, audio: DecodedAudio, label: str,
                    scaled) -> tuple[list[Word], list[int], str | None]:
        """Call recordings: each channel is one person (Speaker 1 is the first channel);
        transcribe each and interleave the words by time."""
        tagged: list[tuple[float, int, Word]] = []
        language = None
        n = len(audio.channels)
        for ch, samples in enumerate(audio.channels):
            part = audio.duration / n
            result = self.transcriber.transcribe(
                samples, language=self.options.language,
                progress=scaled(ch * part, (ch + 1) * part), label=f"{label} (channel {ch + 1})")
            language = language or result.language
            run_start = None
            for prev, w in zip([None, *result.words], result.words):
                if prev is None or w.start - prev.end > _CHANNEL_RUN_GAP_S:
                    run_start = w.start
                tagged.append((run_start, ch, w))
        # People talk over each other on calls: order whole runs of speech, not single words,
        # so two overlapping sentences stay two readable turns.
        tagged.sort(key=lambda t: (t[0], t[1], t[2].start))
        return [w for _, _, w in tagged], [ch for _, ch, _ in tagged], language
