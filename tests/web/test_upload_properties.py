"""Any bytes under any name: stored by hash or refused with InputError, never a crash, and
never a file outside the uploads folder."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from listenwell.domain.errors import InputError
from listenwell.services.uploads import display_name, store_upload

NAMES = st.one_of(st.text(max_size=80), st.sampled_from([
    "../../x.vtt", "..\\..\\x.srt", "/etc/passwd.txt", "a.wav", "b.mp4", "c.docx", "d.json", ".vtt", ""]))


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=3000), name=NAMES)
def test_any_upload_is_stored_by_hash_or_refused(data, name):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "uploads"
        try:
            stored = store_upload(io.BytesIO(data), name, root, limit=2000)
        except InputError:
            assert not [p for p in root.rglob("*") if p.is_file()]
            return
        assert stored.path.parent == root
        assert stored.path.name == f"{stored.sha256}.{stored.ext}"
        assert stored.path.read_bytes() == data
        assert [p for p in Path(tmp).rglob("*") if p.is_file()] == [stored.path]


@given(st.text(max_size=200))
def test_display_names_have_no_path(name):
    shown = display_name(name)
    assert "/" not in shown and "\\" not in shown and 0 < len(shown) <= 200
