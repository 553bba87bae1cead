"""The exception tree every layer raises and the CLI and web app translate.

ListenwellError                 root; anything listenwell raises on purpose
├── InputError                  a bad user file or value; names the file and line
├── NotFound                    a study, participant, interview or theme that does not exist
├── Conflict                    an edit lost a race, or something already exists
└── MissingDependency           an optional part is not installed; says how to get it

The CLI maps every ListenwellError to one line on stderr and exit code 2 (bad input or
usage); anything else is a bug and exits 1. The web app maps InputError to 400, NotFound to
404, Conflict to 409 and MissingDependency to 501.
"""

from __future__ import annotations


class ListenwellError(Exception):
    """Root of everything listenwell raises on purpose."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(ListenwellError):
    """A bad user file or value. Carries the file and the 1-based line when known."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        self.file = file
        self.line = line
        self.detail = message
        where = ""
        if file:
            where = f"{file}:{line}: " if line else f"{file}: "
        super().__init__(where + message)


class NotFound(ListenwellError):
    """A named thing does not exist."""


class Conflict(ListenwellError):
    """Something already exists, or someone else changed it first."""


class MissingDependency(ListenwellError):
    """An optional part is missing; the message says which package to install."""
