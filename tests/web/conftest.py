"""A small real workspace for the web tests: a study with a roster, two timed interviews (one
with a recording, one with a line of would-be script), statements and themes.

Built once per session, then copied for each test so tests can change it freely.
"""

from __future__ import annotations

import asyncio
import math
import re
import shutil
import struct
import wave
from pathlib import Path

import httpx
import pytest

from listenwell.domain.text import sha256_bytes
from listenwell.ingest import read_transcript
from listenwell.store.tables import StatementRow, ThemeRow
from listenwell.web.app import create_app
from listenwell.web.settings import WebSettings
from listenwell.workspace import Workspace

XSS = "<script>alert(1)</script>"

VTT_ONE = """WEBVTT

00:00:00.000 --> 00:00:04.000
<v Interviewer>Can you walk me through the last time you bought something from us?

00:00:04.500 --> 00:00:12.000
<v Dana>Sure. I had the cart ready but the pricing page confused me, the total jumped at the end.

00:00:12.500 --> 00:00:16.000
<v Interviewer>How did that make you feel?

00:00:16.500 --> 00:00:24.000
<v Dana>Annoyed. I opened a spreadsheet to compare the pricing before paying.

00:00:24.200 --> 00:00:24.400
<v Interviewer>Mm.

00:00:24.500 --> 00:00:29.500
<v Dana>And the checkout was slow on my phone, it took ages to load.
"""

TEXT_TWO = f"""[00:00:00] Interviewer: Tell me about the last time you paid.
[00:00:03.5] Sam: {XSS} is what I typed in the coupon box, honestly.
[00:00:09.1] Interviewer: Go on.
[00:00:09.5] Sam: The pricing was unclear, I worried about hidden fees and my card data.
"""

ROSTER = "id,name,segment,plan\nP1,Dana Smith,frequent,pro\nP2,Sam Lee,churned,free\n"


def make_wav(path: Path, seconds: float = 30.0, rate: int = 8000) -> None:
    """A quiet tone: enough for a browser to play and seek, no external tools needed."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = bytearray()
        for i in range(int(seconds * rate)):
            frames += struct.pack("<h", int(2000 * math.sin(2 * math.pi * 220 * i / rate)))
        w.writeframes(bytes(frames))


def build_workspace(root: Path) -> dict:
    src = root.parent / (root.name + "-src")
    src.mkdir(parents=True, exist_ok=True)
    (src / "one.vtt").write_text(VTT_ONE, encoding="utf-8")
    (src / "two.txt").write_text(TEXT_TWO, encoding="utf-8")
    (src / "roster.csv").write_text(ROSTER, encoding="utf-8")
    make_wav(src / "one.wav")
    ws = Workspace.open(root)
    ws.create_study("Checkout study", ["Why do people abandon checkout?", "What worries them?"],
                    "Interviews about paying.", slug="checkout")
    ws.import_roster(src / "roster.csv", "checkout")
    media = ws.store_media(src / "one.wav", kind="audio", duration=30.0)
    ids = {}
    for name, pid, speaker, m in (("one.vtt", "P1", "Dana", media), ("two.txt", "P2", "Sam", None)):
        path = src / name
        iv = ws.add_interview("checkout", read_transcript(path),
                              content_hash=sha256_bytes(path.read_bytes()), source_name=name,
                              participants=[pid], interviewer="Interviewer", media=m)
        ids[pid] = iv
    # Statements and themes as the analysis would leave them.
    with ws.transaction() as s:
        study_id = s.execute(__import__("sqlalchemy").text("select id from studies")).scalar()
        pricing = ThemeRow(study_id=study_id, label="pricing confusion", version=1)
        slow = ThemeRow(study_id=study_id, label="slow checkout", version=1)
        s.add_all([pricing, slow])
        s.flush()
        from listenwell.store.tables import ParticipantRow
        pids = {p.pid: p.id for p in s.query(ParticipantRow)}

        def stmt(iv, seg_index, theme, itype):
            seg = iv.segments[seg_index]
            return StatementRow(study_id=study_id, interview_id=iv.id, segment_id=seg.id,
                                participant_id=pids[iv.participants[0]], speaker=seg.speaker,
                                start_char=0, end_char=len(seg.text), text=seg.text,
                                start=seg.start, end=seg.end, insight_type=itype,
                                theme_id=theme.id if theme else None)

        s.add_all([
            stmt(ids["P1"], 1, pricing, "pain_point"),
            stmt(ids["P1"], 3, pricing, "workaround"),
            stmt(ids["P2"], 3, pricing, "worry"),
            stmt(ids["P1"], 5, slow, "pain_point"),
            stmt(ids["P2"], 1, None, "other"),
        ])
        s.flush()
        theme_ids = {"pricing": pricing.id, "slow": slow.id}
    ws.close()
    return {"interviews": {k: v.id for k, v in ids.items()}, "themes": theme_ids}


@pytest.fixture(scope="session")
def template_ws(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("web") / "ws"
    info = build_workspace(root)
    return root, info


@pytest.fixture
def ws(template_ws, tmp_path):
    root, _ = template_ws
    dest = tmp_path / "ws"
    shutil.copytree(root, dest)
    w = Workspace.open(dest)
    yield w
    w.close()


@pytest.fixture
def info(template_ws) -> dict:
    return template_ws[1]


@pytest.fixture
def settings() -> WebSettings:
    return WebSettings(secret_key=b"k" * 32, max_upload_bytes=200_000)


class ASGIClient:
    """A synchronous face on httpx's ASGI transport: the app runs in this process, with a
    cookie jar kept between requests like a browser's."""

    def __init__(self, app, base_url: str = "http://testserver") -> None:
        self.app = app
        self.base_url = base_url
        self.cookies = httpx.Cookies()

    def request(self, method: str, url: str, **kwargs) -> httpx.Response:
        async def go() -> httpx.Response:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app),
                                         base_url=self.base_url, cookies=self.cookies) as c:
                resp = await c.request(method, url, **kwargs)
                self.cookies = httpx.Cookies(c.cookies)
                return resp

        return asyncio.run(go())

    def get(self, url: str, **kw) -> httpx.Response:
        return self.request("GET", url, **kw)

    def post(self, url: str, **kw) -> httpx.Response:
        return self.request("POST", url, **kw)

    def delete(self, url: str, **kw) -> httpx.Response:
        return self.request("DELETE", url, **kw)

    def csrf(self, path: str = "/studies") -> str:
        """The token a page hands its forms (read from the page, as a browser would)."""
        html = self.get(path).text
        return re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)


@pytest.fixture
def client(ws, settings) -> ASGIClient:
    return ASGIClient(create_app(ws, settings))
