"""Reading a user's file: every way it can fail becomes one InputError naming the file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def user_file(path: str | Path, what: str = "file") -> Iterator[Path]:
    """``with user_file(p, "recording") as p: ...`` — OS errors inside become InputErrors."""
    from listenwell.domain import InputError

    p = Path(path)
    try:
        yield p
    except FileNotFoundError:
        raise InputError("no such file", file=str(p)) from None
    except IsADirectoryError:
        raise InputError(f"is a folder, not a {what}", file=str(p)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", file=str(p)) from None


def read_user_file(path: str | Path, what: str = "file") -> bytes:
    with user_file(path, what) as p:
        return p.read_bytes()


def office_kind(data: bytes) -> str | None:
    """What an Office or OpenDocument file is, from the parts its zip holds: "word" (.docx,
    .odt), "workbook" (.xlsx, .ods; an old .xls too), "slides" (.pptx, .odp); None for anything
    else."""
    import io
    import zipfile

    if data[:4] == b"\xd0\xcf\x11\xe0":  # the old binary formats: a .xls is the one a roster is given as
        return "workbook"
    if data[:4] != b"PK\x03\x04":
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = z.namelist()
            mime = z.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except Exception:  # noqa: BLE001 - a broken zip raises many kinds; it is then no Office file
        return None
    if any(n.startswith("word/") for n in names) or mime.endswith("opendocument.text"):
        return "word"
    if any(n.startswith("xl/") for n in names) or mime.endswith("opendocument.spreadsheet"):
        return "workbook"
    if any(n.startswith("ppt/") for n in names) or mime.endswith("opendocument.presentation"):
        return "slides"
    return None
