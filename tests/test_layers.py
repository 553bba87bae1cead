"""The layers of STYLE.md: imports point inward only."""

from __future__ import annotations

import ast
from pathlib import Path

import listenwell

PKG = Path(listenwell.__file__).parent
FORBIDDEN = {
    "domain": {"store", "ingest", "speech", "analysis", "report", "services", "workspace", "cli", "web"},
    "ingest": {"store", "services", "workspace", "cli", "web"},
    "speech": {"store", "services", "workspace", "cli", "web"},
    "analysis": {"store", "services", "workspace", "cli", "web"},
    "report": {"store", "services", "workspace", "cli", "web"},
    "store": {"services", "workspace", "cli", "web"},
    "services": {"cli", "web"},
}
ONLY_IN = {"typer": "cli", "rich": "cli", "fastapi": "web", "starlette": "web"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_imports_point_inward() -> None:
    bad = []
    for py in PKG.rglob("*.py"):
        layer = py.relative_to(PKG).parts[0].removesuffix(".py")
        for name in _imports(py):
            parts = name.split(".")
            if parts[0] == "listenwell" and len(parts) > 1 and parts[1] in FORBIDDEN.get(layer, ()):
                bad.append(f"{py.relative_to(PKG)} imports {name}")
            if parts[0] in ONLY_IN and layer != ONLY_IN[parts[0]]:
                bad.append(f"{py.relative_to(PKG)} imports {name} (only {ONLY_IN[parts[0]]}/ may)")
    assert not bad, "\n".join(bad)


def test_the_check_can_fail(tmp_path) -> None:
    f = tmp_path / "x.py"
    f.write_text("from listenwell.store import tables\nimport typer\n")
    assert _imports(f) == {"listenwell.store", "typer"}
