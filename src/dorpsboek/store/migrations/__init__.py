"""Schema migrations: `mNNN_name.py` modules applied in number order; PRAGMA user_version holds
the number of the last one applied.

Each migration is frozen SQL for its step (never the current table definitions), so a book
made by any earlier Dorpsboek upgrades step by step. The book is backed up before migrating.
Numbers may have gaps (features reserve theirs), but a new migration must get a number above
every released one.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from typing import Any

Upgrade = Callable[[Any], None]
_NAME = re.compile(r"^m(\d{3})_\w+$")


def _discover() -> dict[int, str]:
    # pkgutil (not a glob over *.py) so that discovery also works inside a frozen app.
    found: dict[int, str] = {}
    for module in pkgutil.iter_modules(__path__):
        match = _NAME.match(module.name)
        if match:
            found[int(match.group(1))] = module.name
    return dict(sorted(found.items()))


MIGRATIONS: dict[int, str] = _discover()
LATEST = max(MIGRATIONS)


def _load(name: str) -> Upgrade:
    module = importlib.import_module(f"{__name__}.{name}")
    upgrade: Upgrade = module.upgrade
    return upgrade


def steps(current: int, target: int = LATEST) -> list[tuple[int, Upgrade]]:
    """The (version, upgrade) pairs that bring a book from `current` to `target`."""
    return [(v, _load(name)) for v, name in MIGRATIONS.items() if current < v <= target]
