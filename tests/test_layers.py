"""Dependencies flow one way: store/domain/services/handover never import Qt or the UI."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parents[1] / "src" / "dorpsboek"
CORE = ("store", "domain", "services", "handover", "demo")
FORBIDDEN = ("PySide6", "dorpsboek.ui", "dorpsboek.cli")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_never_imports_qt_ui_or_cli() -> None:
    wrong = []
    for package in CORE:
        for path in (SRC / package).rglob("*.py"):
            for name in _imports(path):
                if name.startswith(FORBIDDEN):
                    wrong.append(f"{path.relative_to(SRC)} imports {name}")
    assert wrong == []


def test_no_sql_outside_store() -> None:
    wrong = []
    for path in SRC.rglob("*.py"):
        if "store" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        for word in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM"):
            if word in text:
                wrong.append(f"{path.relative_to(SRC)}: {word.strip()}")
    assert wrong == []
