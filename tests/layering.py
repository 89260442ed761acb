"""The layer contracts of dorpsboek, checked over the real import graph of a source tree.

An AST walk (no import of the code, so a planted Qt import cannot hide behind a missing
display) resolves every import into a module graph: `import x`, `from x import y` (y a module
or a name), relative imports, imports inside functions and under TYPE_CHECKING, and imports by
string (`importlib.import_module("...")`, `__import__("...")`, `find_spec("...")`) whose
argument is a literal or a module-level string constant. import-linter was the alternative; it
cannot see imports by string nor SQL text, which are two of the violations this must catch.

The contracts (docs/architecture.md shows the same picture):

    ui, cli                       on top; may import everything below
    handover | reports < printing the feature layers; printing renders reports (never back)
    services (+ demo)             one function per user action
    store                         SQLCipher, tables, SQL
    domain                        plain data and rules
    shared: errors, failure_sentences, paths, settings, atomic, gc_pause, qt_refcount,
            the package itself

- Nothing imports upward; shared modules import only shared modules.
- domain, store, demo, services, handover, reports and the Qt-free shared modules never reach
  PySide6 or shiboken6, directly or through any project module they import.
- services and ui hold no SQL: no SQLAlchemy query builders (`select(`, `text(`, ...), no SQL
  in string literals, no `.raw()`/`driver_connection`/`exec_driver_sql`; ui also no `.execute(`.
- ui and cli do not import store; the few cli exceptions are listed in STORE_FROM_CLI.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = "dorpsboek"
QT_ROOTS = ("PySide6", "shiboken6")

# Rank per top-level part; an import may go to an equal or lower rank only (see the rules
# for the two ranks that have an order inside: reports below printing, demo below services).
RANK: dict[str, int] = {
    "domain": 1,
    "store": 2,
    "demo": 3,
    "services": 4,
    "handover": 5,
    "reports": 5,
    "printing": 6,
    "cli": 7,
    "ui": 7,
}
SHARED = frozenset(
    {"", "errors", "failure_sentences", "paths", "settings", "atomic", "gc_pause", "qt_refcount"}
)
QT_ALLOWED = frozenset({"printing", "ui", "cli", "qt_refcount"})
SQL_FREE = frozenset({"services", "ui"})
# Parts of equal rank that must not import each other (ui and cli are two faces of one core;
# cli only starts the GUI by a lazy import, see UI_FROM_CLI).
APART = {("handover", "reports"), ("reports", "handover")}
UI_FROM_CLI = frozenset({"dorpsboek.ui.app"})
# The cli reads two things straight from the store; each has one reason:
STORE_FROM_CLI: dict[str, str] = {
    "dorpsboek.store.book": "cmd_core opens the book for `dorpsboek init` and `add-note`",
    "dorpsboek.store.digest": "`dorpsboek digest` hashes the records table by table",
}
# Services modules that still hand SQL to the store through `book.raw()`; the unit of work
# (issue 18 item 2) removes them one by one. A ratchet: listing one that no longer calls
# `.raw()` fails too, so the list can only shrink.
RAW_IN_SERVICES = frozenset(
    {
        "dorpsboek.services.activities",
        "dorpsboek.services.casebook",
        "dorpsboek.services.help",
        "dorpsboek.services.kaart",
        "dorpsboek.services.kernen",
        "dorpsboek.services.people",
        "dorpsboek.services.privacy",
        "dorpsboek.services.report",
        "dorpsboek.services.stories",
        "dorpsboek.services.volunteers",
    }
)

SQL_BUILDERS = frozenset({"select", "insert", "update", "delete", "text", "literal_column"})
SQL_TEXT = re.compile(
    r"\b(select\s+[\w*,\s.()]+\s+from|insert\s+(or\s+\w+\s+)?into|delete\s+from"
    r"|update\s+\w+\s+set|pragma\s+\w+|create\s+(table|index)|drop\s+table)\b",
    re.IGNORECASE,
)
STRING_IMPORTERS = frozenset({"import_module", "__import__", "find_spec"})
RAW_ATTRS = frozenset({"raw", "driver_connection", "exec_driver_sql"})


@dataclass(frozen=True)
class Edge:
    """One import: `source` (a module of ours) needs `target` (any dotted name)."""

    source: str
    target: str
    line: int
    how: str  # "import", "from", "string", "lazy" (inside a function)


@dataclass
class Graph:
    """The modules of a tree and every import between them."""

    modules: dict[str, Path]
    edges: list[Edge] = field(default_factory=list)
    sql: list[str] = field(default_factory=list)


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def part_of(name: str) -> str:
    """The top-level part of a module of ours: 'store' for dorpsboek.store.book, '' for the root."""
    pieces = name.split(".")
    return pieces[1] if len(pieces) > 1 else ""


def build(root: Path) -> Graph:
    """Walk every module under `root` (the dorpsboek package folder)."""
    modules = {module_name(root, p): p for p in sorted(root.rglob("*.py"))}
    graph = Graph(modules)
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        graph.edges.extend(_imports(tree, name, package, modules))
        if part_of(name) in SQL_FREE:
            graph.sql.extend(f"{name}:{line}: {what}" for line, what in _sql(tree, name))
    return graph


def _constants(tree: ast.Module) -> dict[str, str]:
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Constant):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    found[target.id] = node.value.value
    return found


def _walk(node: ast.AST, lazy: bool = False) -> Iterator[tuple[ast.AST, bool]]:
    for child in ast.iter_child_nodes(node):
        inside = lazy or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        yield child, inside
        yield from _walk(child, inside)


def _callee(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _imports(tree: ast.Module, name: str, package: str, modules: dict[str, Path]) -> list[Edge]:
    constants = _constants(tree)
    edges = []
    for node, lazy in _walk(tree):
        line = getattr(node, "lineno", 0)
        kind = "lazy" if lazy else "import"
        if isinstance(node, ast.Import):
            edges += [Edge(name, alias.name, line, kind) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, package)
            subs = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in modules]
            if len(subs) < len(node.names):  # some names live in `base` itself
                edges.append(Edge(name, base, line, kind))
            edges += [Edge(name, sub, line, kind) for sub in subs]
        elif isinstance(node, ast.Call) and _callee(node) in STRING_IMPORTERS and node.args:
            target = _literal(node.args[0], constants)
            if target:
                edges.append(Edge(name, target, line, "string"))
    return edges


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    pieces = package.split(".")
    base = pieces[: len(pieces) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _literal(arg: ast.expr, constants: dict[str, str]) -> str:
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    if isinstance(arg, ast.Name):
        return constants.get(arg.id, "")
    if isinstance(arg, ast.JoinedStr) and arg.values:  # f"dorpsboek.cli.{name}": its prefix
        head = arg.values[0]
        if isinstance(head, ast.Constant) and isinstance(head.value, str):
            return head.value.rstrip(".")
    return ""


def _docstrings(tree: ast.Module) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _sql(tree: ast.Module, name: str) -> Iterator[tuple[int, str]]:
    docs = _docstrings(tree)
    builders = _sqlalchemy_names(tree)
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            if SQL_TEXT.search(node.value):
                yield line, f"SQL in a string: {node.value.strip()[:40]!r}"
        elif isinstance(node, ast.Call):
            callee = _callee(node)
            if isinstance(node.func, ast.Name) and callee in builders:
                yield line, f"SQLAlchemy {callee}(...)"
            elif isinstance(node.func, ast.Attribute) and callee in SQL_BUILDERS:
                owner = node.func.value
                if isinstance(owner, ast.Name) and owner.id in builders:
                    yield line, f"SQLAlchemy {owner.id}.{callee}(...)"
            if callee == "exec_driver_sql" or (callee == "execute" and part_of(name) == "ui"):
                yield line, f".{callee}(...)"
            if callee == "raw":
                yield from _unless_grandfathered(name, line, ".raw() on the book")
        elif isinstance(node, ast.Attribute) and node.attr == "driver_connection":
            yield from _unless_grandfathered(name, line, "driver_connection")


def _unless_grandfathered(name: str, line: int, what: str) -> Iterator[tuple[int, str]]:
    if part_of(name) == "ui" or name not in RAW_IN_SERVICES:
        yield line, what


def _sqlalchemy_names(tree: ast.Module) -> set[str]:
    """Local names bound to SQLAlchemy's query builders or to the sqlalchemy module itself."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            names |= {a.asname or a.name for a in node.names if a.name in SQL_BUILDERS}
        elif isinstance(node, ast.Import):
            names |= {a.asname or a.name for a in node.names if a.name.startswith("sqlalchemy")}
    return names


def _ours(target: str, modules: dict[str, Path]) -> str:
    """The project module an import lands in ('' if it is not ours)."""
    while target and target not in modules:
        target = target.rpartition(".")[0]
    return target if target.startswith(PACKAGE) else ""


def _is_qt(target: str) -> bool:
    return target.split(".")[0] in QT_ROOTS


def violations(root: Path) -> list[str]:
    """Every broken contract in the tree at `root`, one readable line each."""
    graph = build(root)
    found = list(graph.sql)
    found += _upward(graph)
    found += _qt(graph)
    found += _ratchet(graph)
    found += _missing(graph)
    return sorted(set(found))


def _upward(graph: Graph) -> Iterator[str]:
    for edge in graph.edges:
        target = _ours(edge.target, graph.modules)
        if not target:
            continue
        src, dst = part_of(edge.source), part_of(target)
        if src == dst:
            continue
        where = f"{edge.source}:{edge.line}: {edge.how} {target}"
        if src in SHARED:
            if dst not in SHARED:
                yield f"{where} (a shared module imports {dst})"
        elif dst in SHARED:
            continue
        elif (src, dst) in APART or RANK[dst] > RANK[src]:
            yield f"{where} (upward: {src} -> {dst})"
        elif {src, dst} == {"ui", "cli"} and not _starts_the_gui(edge, target):
            yield f"{where} (cli and ui are two faces of one core)"
        if dst == "store" and (src == "ui" or (src == "cli" and target not in STORE_FROM_CLI)):
            yield f"{where} ({src} goes through services, not the store)"


def _starts_the_gui(edge: Edge, target: str) -> bool:
    return part_of(edge.source) == "cli" and target in UI_FROM_CLI and edge.how == "lazy"


def _qt(graph: Graph) -> Iterator[str]:
    """Qt-free parts never reach Qt, directly or through a project module they import."""
    needs: dict[str, set[str]] = {}
    for edge in graph.edges:
        needs.setdefault(edge.source, set()).add(
            edge.target if _is_qt(edge.target) else _ours(edge.target, graph.modules)
        )
    for name in graph.modules:
        if part_of(name) in QT_ALLOWED:
            continue
        path = _path_to_qt(name, needs)
        if path:
            yield f"{name}: reaches Qt via {' -> '.join(path)}"


def _path_to_qt(start: str, needs: dict[str, set[str]]) -> list[str]:
    seen = {start}
    queue = [[start]]
    while queue:
        path = queue.pop(0)
        for target in sorted(needs.get(path[-1], ())):
            if _is_qt(target):
                return [*path[1:], target]
            if target and target not in seen:
                seen.add(target)
                queue.append([*path, target])
    return []


def _missing(graph: Graph) -> Iterator[str]:
    """An import of a module of ours that does not exist (a move that missed a caller)."""
    for edge in graph.edges:
        if edge.target.split(".")[0] == PACKAGE and edge.target not in graph.modules:
            yield f"{edge.source}:{edge.line}: {edge.how} {edge.target} (no such module)"


def _ratchet(graph: Graph) -> Iterator[str]:
    for name in sorted(RAW_IN_SERVICES):
        path = graph.modules.get(name)
        if path is None or not re.search(r"\.raw\(|driver_connection", path.read_text("utf-8")):
            yield f"{name}: no longer uses .raw(); take it off RAW_IN_SERVICES"
