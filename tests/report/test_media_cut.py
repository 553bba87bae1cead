
import av
import numpy as np
import pytest

from listenwell.domain.errors import InputError
from listenwell.report.media_cut import ClipSpec, cut_clip, make_reel, probe
from tests.report.media_fixture import RATE, decode_audio, write_media


@pytest.fixture(scope="module")
def media(tmp_path_factory):
    d = tmp_path_factory.mktemp("media")
    return write_media(d / "talk.m4a", 6.0, video=False), write_media(d / "talk.mp4", 6.0, video=True)


def rms(x: np.ndarray, s: float, e: float) -> float:
    return float(np.sqrt(np.mean(x[int(s * RATE) : int(e * RATE)] ** 2)))


def test_audio_clip_has_padding_fades_and_muted_span(media, tmp_path):
    audio, _ = media
    out = cut_clip(ClipSpec(audio, 1.0, 3.0, mute=[(2.0, 2.5)]), tmp_path / "c.m4a")
    x = decode_audio(out)
    assert abs(x.size / RATE - 2.8) < 0.1  # 2 s + 0.4 s padding each side
    assert rms(x, 0.5, 1.3) > 0.2  # the tone plays
    assert rms(x, 1.45, 1.85) < 0.01  # 2.0-2.5 s of the source (1.4-1.9 s in the clip) is silent
    assert rms(x, 0.0, 0.02) < rms(x, 0.5, 0.6)  # fade in
    info = probe(out)
    assert info.has_audio and not info.has_video


def test_video_clip_keeps_picture_and_sound(media, tmp_path):
    _, video = media
    out = cut_clip(ClipSpec(video, 1.0, 2.0), tmp_path / "c.mp4")
    info = probe(out)
    assert info.has_video and info.has_audio
    with av.open(str(out)) as c:
        frames = sum(1 for _ in c.decode(video=0))
    assert frames == pytest.approx(1.8 * 25, abs=3)


def test_reels_from_audio_and_video(media, tmp_path):
    audio, video = media
    specs = [ClipSpec(video, 1.0, 2.0, caption=["“it froze”", "P1 · Interview 1 · 00:01"]), ClipSpec(audio, 3.0, 4.0, caption=["P2"])]
    v = probe(make_reel(specs, tmp_path / "r.mp4"))
    assert v.has_video and v.duration == pytest.approx(2 * (2.0 + 1.8), abs=0.3)  # card + clip, twice
    a = probe(make_reel(specs, tmp_path / "r.m4a"))
    assert not a.has_video and a.duration == pytest.approx(1.8 * 2 + 0.8, abs=0.2)  # clips + a gap


def test_bad_media_and_outputs(tmp_path):
    bad = tmp_path / "x.m4a"
    bad.write_bytes(b"not media at all")
    with pytest.raises(InputError):
        cut_clip(ClipSpec(bad, 0, 1), tmp_path / "o.m4a")
    with pytest.raises(InputError):
        make_reel([], tmp_path / "o.m4a")
