"""Every `listenwell …` command the README and the web pages tell people to run exists, with
the options it is shown with (a hint naming a command that is not there sends people astray)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer

from listenwell.cli.app import app

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "README.md", *sorted((ROOT / "src/listenwell/web/templates").glob("*.html"))]
# a command in a code block (indented), in `backticks` or in <code>
_LINE = re.compile(r"(?:^ {4}|`|<code>)listenwell((?:\s+-w\s+\S+)?(?:\s+[a-z][\w-]*)+)([^\n<`#]*)",
                   re.MULTILINE)
_JINJA = re.compile(r"\{\{[^}]*\}\}")


def _documented() -> list[tuple[str, str]]:
    found = []
    for path in SOURCES:
        for m in _LINE.finditer(path.read_text(encoding="utf-8")):
            found.append((path.name, _JINJA.sub("x", "listenwell" + m.group(1) + m.group(2)).strip()))
    return found


def _is_group(cmd: object) -> bool:
    return hasattr(cmd, "list_commands")


def _resolve(words: list[str]) -> tuple[object, list[str]]:
    """The command a documented line names, and the words after the command path."""
    cmd = typer.main.get_command(app)
    rest = list(words)
    while _is_group(cmd) and rest and not rest[0].startswith("-"):
        sub = cmd.get_command(cmd.context_class(cmd), rest[0])
        if sub is None:
            break
        cmd, rest = sub, rest[1:]
    return cmd, rest


@pytest.mark.parametrize(("source", "line"), _documented())
def test_documented_command_exists(source: str, line: str) -> None:
    # "[--json]" is optional, "owner|editor|viewer" is a choice: keep the first
    text = re.sub(r"(\S+?)(?:\|\S+)+", r"\1", line.replace("[", " ").replace("]", " "))
    words = shlex.split(text)[1:]
    if words[:1] == ["-w"]:
        words = words[2:]
    cmd, rest = _resolve(words)
    assert not _is_group(cmd), f"{source}: `{line}` names no command"
    try:  # parse the documented words as the command would
        cmd.make_context(cmd.name, rest)
    except Exception as e:  # noqa: BLE001 - click's usage errors, named in the message
        pytest.fail(f"{source}: `{line}`: {type(e).__name__}: {e}")


def test_the_sources_hold_commands() -> None:
    assert len(_documented()) > 30
