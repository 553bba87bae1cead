"""What every command shares: the workspace option, error mapping, JSON and progress output."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import re
import shlex
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from listenwell.domain import InputError
from listenwell.domain.dates import other_calendar, readings, whole_date
from listenwell.domain.glossary import ascii_digits
from listenwell.workspace import Workspace

console = Console()
err_console = Console(stderr=True)


def counted(n: int, noun: str) -> str:
    """'1 question', '3 questions', '0 guide issues'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def day_option(option: str, value: str | None, past: bool = False) -> dt.date | None:
    """A YYYY-MM-DD option's value (``--date``), or None when not given. ``past``: a day already had (an
    interview's), so a date that reads both ways, one of them still to come, is the other."""
    if value is None:
        return None
    calendar = other_calendar(value)
    if calendar:  # ("1405-08-25" is no day of the year 1405: Iran's 2026-11-16)
        raise InputError(f"{option} {value!r} is a date of {calendar}, not a Gregorian one: write the day in "
                         "the Gregorian calendar (YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):  # the form is right, the day is not
            raise InputError(f"{option} {value!r}: that month has no such day") from None
        # a date written as people write it that can be read one way only ("20/11/2026", "19.11.2026",
        # "20 novembre 2026"), as the roster and transcripts are read; one that reads both ways is
        # named with both days, each in the form to write
        # (in another script's digits too: the Bengali "০২/০৯/২০২৬", the Arabic "٠٢/٠٩/٢٠٢٦")
        day = whole_date(ascii_digits(value))
        if day is not None:
            return day
        plain = ascii_digits(value)
        both = readings(plain) if re.fullmatch(r"\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*", plain) else None
        if both and past and len(had := [d for d in both if d <= dt.date.today()]) == 1:
            return had[0]
        if both:
            raise InputError(f"{option} {value!r} reads as {both[0].isoformat()} or {both[1].isoformat()}: "
                             "write the one you mean") from None
        raise InputError(f"{option} {value!r} is not a date like 2026-10-15") from None


def with_workspace(ctx: click.Context, text: str) -> str:
    """Every `listenwell …` command quoted in ``text`` gets the -w the user ran with, so a hint
    copied as it stands runs against the same workspace, not the default one."""
    root = ctx.find_root()
    path = root.obj.get("path") if isinstance(root.obj, dict) else None
    if path is None:
        return text
    return text.replace("`listenwell ", f"`listenwell -w {shlex.quote(str(path))} ")


def hint(ctx: click.Context, command: str) -> str:
    """A command to copy, e.g. hint(ctx, "recruit coverage --study s") → `listenwell -w ws recruit …`."""
    return with_workspace(ctx, f"`listenwell {command}`")


def open_workspace(ctx: typer.Context) -> Workspace:
    """The workspace named by -w/--workspace (or LISTENWELL_WORKSPACE), opened once per run."""
    root = ctx.find_root()
    obj = root.obj if isinstance(root.obj, dict) else {}
    if obj.get("workspace") is None:
        ws = Workspace.open(obj.get("path"))
        obj["workspace"] = ws
        root.obj = obj
        root.call_on_close(ws.close)
    return obj["workspace"]


def to_jsonable(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    if isinstance(obj, Path):
        return str(obj)
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set)):
        return [to_jsonable(v) for v in obj]
    return obj


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(to_jsonable(obj), indent=2, ensure_ascii=False) + "\n")


@contextmanager
def progress_bar(description: str, *, transient: bool = False) -> Iterator[Any]:
    """Yields a ``progress(done, total, what)`` callback drawn as a Rich bar on stderr."""
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[what]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=transient,
    ) as bar:
        task = bar.add_task(description, total=None, what="")

        def update(done: float, total: float, what: str = "") -> None:
            bar.update(task, completed=done, total=total, what=what)

        yield update
