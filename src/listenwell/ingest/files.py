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
