"""The layer contracts hold on the real tree, and the checker catches each planted violation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.layering import build, violations

SRC = Path(__file__).parents[1] / "src" / "dorpsboek"


def test_the_real_tree_keeps_every_contract() -> None:
    # Each line names the module, the line and the contract; tests/layering.py's docstring
    # has the contracts. A new service that must still use book.raw() until the unit of work
    # lands goes on RAW_IN_SERVICES there; a new import upward is a design change, not a list.
    assert violations(SRC) == []


def test_the_graph_sees_every_kind_of_import() -> None:
    graph = build(SRC)
    assert len(graph.modules) > 150
    hows = {edge.how for edge in graph.edges}
    assert {"import", "lazy"} <= hows
    targets = {(e.source, e.target) for e in graph.edges}
    # a relative import and a lazy one, resolved to the module they load
    assert ("dorpsboek.cli.main", "dorpsboek.ui.app") in targets
    assert any(s.startswith("dorpsboek.reports") for s, _ in targets)
    assert any(s.startswith("dorpsboek.printing") for s, _ in targets)


# (file to plant in, code appended to it, a piece of the line the checker must print)
PLANTS = {
    "qt by string in services": (
        "services/people.py",
        'import importlib\n\ndef _qt():\n    return importlib.import_module("PySide6.QtWidgets")\n',
        "dorpsboek.services.people: reaches Qt via PySide6.QtWidgets",
    ),
    "qt by a string constant in services": (
        "services/today.py",
        'QT = "PySide6.QtCore"\n\ndef _qt():\n    return __import__(QT)\n',
        "dorpsboek.services.today: reaches Qt via PySide6.QtCore",
    ),
    "select() in services": (
        "services/people.py",
        "from sqlalchemy import select\n\ndef _rows(t):\n    return select(t)\n",
        "SQLAlchemy select(...)",
    ),
    "text('select ...') in services": (
        "services/stories.py",
        'import sqlalchemy as sa\n\ndef _q():\n    return sa.text("select id from persons")\n',
        "SQL in a string: 'select id from persons'",
    ),
    "store imports services": (
        "store/notes.py",
        "def _up():\n    from dorpsboek.services import casebook\n    return casebook\n",
        "lazy dorpsboek.services.casebook (upward: store -> services)",
    ),
    "store imports services relatively": (
        "store/people.py",
        "from ..services.today import today_list\n",
        "dorpsboek.store.people:",
    ),
    "ui deletes through book.raw()": (
        "ui/screens/today.py",
        "def _wipe(book):\n"
        "    with book.raw() as conn:\n"
        '        conn.execute("delete from persons")\n',
        "SQL in a string: 'delete from persons'",
    ),
    "ui calls raw()": (
        "ui/screens/kaart.py",
        "def _peek(book):\n    return book.raw()\n",
        ".raw() on the book",
    ),
    "reports imports PySide6": (
        "reports/html.py",
        "from PySide6.QtGui import QTextDocument\n",
        "dorpsboek.reports.html: reaches Qt via PySide6.QtGui",
    ),
    "reports imports printing": (
        "reports/markdown.py",
        "def _pdf():\n    from dorpsboek.printing import report_pdf\n    return report_pdf\n",
        "(upward: reports -> printing)",
    ),
    "services reach Qt through printing": (
        "services/report.py",
        "from dorpsboek.printing.a4 import *  # noqa\n",
        "dorpsboek.services.report: reaches Qt via dorpsboek.printing.a4",
    ),
    "domain imports ui under TYPE_CHECKING": (
        "domain/dates.py",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from dorpsboek.ui import app\n",
        "(upward: domain -> ui)",
    ),
    "ui imports the store": (
        "ui/screens/help_requests.py",
        "from dorpsboek.store import people as _people\n",
        "(ui goes through services, not the store)",
    ),
    "an import of a module that moved away": (
        "handover/letter.py",
        "from dorpsboek.store.atomic import write_bytes_atomic\n",
        "import dorpsboek.store.atomic (no such module)",
    ),
    "a string import of a module that is not there": (
        "ui/start.py",
        'import importlib\n\nLATER = importlib.import_module("dorpsboek.ui.nope")\n',
        "string dorpsboek.ui.nope (no such module)",
    ),
    "a shared module imports services": (
        "errors.py",
        "def _up():\n    import dorpsboek.services.today\n",
        "(a shared module imports services)",
    ),
}


@pytest.mark.parametrize("plant", sorted(PLANTS))
def test_a_planted_violation_is_reported(plant: str, tmp_path: Path) -> None:
    where, code, expected = PLANTS[plant]
    copy = tmp_path / "dorpsboek"
    for path in SRC.rglob("*.py"):  # the sources only: the checker reads nothing else
        (copy / path.relative_to(SRC)).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy / path.relative_to(SRC))
    target = copy / where
    target.write_text(target.read_text(encoding="utf-8") + "\n" + code, encoding="utf-8")
    found = violations(copy)
    assert any(expected in line for line in found), found
